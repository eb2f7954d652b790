#version 450
// Attention on cooperative-matrix units (GL_KHR_cooperative_matrix, f16 x f16 -> f32), for
// the transformer case: no causal mask, no bias, head_dim a multiple of 16 up to 128.
// Same push constants as attention.comp. UNVERIFIED ON HARDWARE (see linear_coopmat.comp).
//
// A workgroup (4 subgroups of 32) owns 64 queries of one head, 16 per subgroup. Keys stream
// in blocks of 16 through shared memory. Rescaling accumulators row by row is not
// expressible on cooperative matrices, so instead of the one-pass online softmax it makes
// two passes: the first finds each row's max and sum of exponentials; the second forms the
// final probabilities P = exp(s - max) / sum in f16 and accumulates P.V in f32 matrices.
// Memory stays O(block) like flash attention; S = Q.K^T is computed twice.
#extension GL_GOOGLE_include_directive : require
#extension GL_KHR_cooperative_matrix : require
#extension GL_KHR_memory_scope_semantics : require
#extension GL_KHR_shader_subgroup_basic : require
#extension GL_EXT_shader_explicit_arithmetic_types_float16 : require
#include "common.glsl"

layout(local_size_x = 128) in;

layout(push_constant) uniform P {
    uvec2 q, k, v, o, bias;
    uint ldq, ldk, ldv, ldo, ldb;
    uint Lq, Lk, D, bq, causal;
    float scale;
} p;

#define BQ 64
#define BKV 16
#define DMAX 128
#define LDQ (DMAX + 8)
#define LDP (BKV + 8)
shared float16_t Qs[BQ * LDQ];
shared float16_t Ks[BKV * LDQ];
shared float16_t Vs[BKV * LDQ];
shared float Ss[BQ * BKV];
shared float16_t Ps[BQ * LDP];
shared float rmax[BQ], rsum[BQ];
shared float Ot[4 * 256];

#define ACC coopmat<float, gl_ScopeSubgroup, 16, 16, gl_MatrixUseAccumulator>
#define MA coopmat<float16_t, gl_ScopeSubgroup, 16, 16, gl_MatrixUseA>
#define MB coopmat<float16_t, gl_ScopeSubgroup, 16, 16, gl_MatrixUseB>

void load_kv(uint j0, bool with_v, uint hD) {
    for (uint e = gl_LocalInvocationID.x; e < BKV * p.D; e += 128u) {
        uint j = e / p.D, d = e % p.D;
        bool inside = j0 + j < p.Lk;
        Ks[j * LDQ + d] = float16_t(inside ? F32Ref(p.k).v[(j0 + j) * p.ldk + hD + d] : 0.0);
        if (with_v) Vs[j * LDQ + d] = float16_t(inside ? F32Ref(p.v).v[(j0 + j) * p.ldv + hD + d] : 0.0);
    }
}
// S rows [16 sid, +16) x the block's 16 keys, into Ss (scaled already through Q)
void scores(uint sid) {
    ACC s = ACC(0.0);
    for (uint d0 = 0u; d0 < p.D; d0 += 16u) {
        MA a; MB b;
        coopMatLoad(a, Qs, (16u * sid) * LDQ + d0, LDQ, gl_CooperativeMatrixLayoutRowMajor);
        coopMatLoad(b, Ks, d0, LDQ, gl_CooperativeMatrixLayoutColumnMajor);
        s = coopMatMulAdd(a, b, s);
    }
    coopMatStore(s, Ss, (16u * sid) * BKV, BKV, gl_CooperativeMatrixLayoutRowMajor);
}

void main() {
    uint tid = gl_LocalInvocationID.x, sid = gl_SubgroupID, h = gl_WorkGroupID.y, i0 = gl_WorkGroupID.x * BQ, D = p.D, hD = h * D;
    for (uint e = tid; e < BQ * D; e += 128u) {
        uint i = e / D, d = e % D;
        Qs[i * LDQ + d] = float16_t(i0 + i < p.Lq ? F32Ref(p.q).v[(i0 + i) * p.ldq + hD + d] * p.scale : 0.0);
    }
    if (tid < BQ) { rmax[tid] = uintBitsToFloat(0xff800000u); rsum[tid] = 0.0; }
    barrier();
    // pass 1: row max and sum of exponentials (online over blocks, on scalars)
    for (uint j0 = 0u; j0 < p.Lk; j0 += BKV) {
        load_kv(j0, false, hD);
        barrier();
        scores(sid);
        barrier();
        if (tid < BQ) {
            float m = rmax[tid], l = rsum[tid], mx = m;
            for (uint j = 0u; j < BKV && j0 + j < p.Lk; j++) mx = max(mx, Ss[tid * BKV + j]);
            l *= isinf(m) ? 0.0 : exp(m - mx);
            for (uint j = 0u; j < BKV && j0 + j < p.Lk; j++) l += exp(Ss[tid * BKV + j] - mx);
            rmax[tid] = mx; rsum[tid] = l;
        }
        barrier();
    }
    // pass 2: O = P.V with the final probabilities
    ACC acc[DMAX / 16];
    for (int t = 0; t < DMAX / 16; t++) acc[t] = ACC(0.0);
    for (uint j0 = 0u; j0 < p.Lk; j0 += BKV) {
        load_kv(j0, true, hD);
        barrier();
        scores(sid);
        barrier();
        for (uint e = tid; e < BQ * BKV; e += 128u) {
            uint i = e / BKV, j = e % BKV;
            float pr = j0 + j < p.Lk ? exp(Ss[e] - rmax[i]) / rsum[i] : 0.0;
            Ps[i * LDP + j] = float16_t(pr);
        }
        barrier();
        MA a;
        coopMatLoad(a, Ps, (16u * sid) * LDP, LDP, gl_CooperativeMatrixLayoutRowMajor);
        for (int t = 0; t < DMAX / 16; t++) {
            if (uint(t) * 16u >= D) break;
            MB b;
            coopMatLoad(b, Vs, uint(t) * 16u, LDQ, gl_CooperativeMatrixLayoutRowMajor);
            acc[t] = coopMatMulAdd(a, b, acc[t]);
        }
        barrier();
    }
    uint lane = gl_SubgroupInvocationID;
    for (int t = 0; t < DMAX / 16; t++) {
        if (uint(t) * 16u >= D) break;
        coopMatStore(acc[t], Ot, sid * 256u, 16u, gl_CooperativeMatrixLayoutRowMajor);
        subgroupMemoryBarrierShared();
        subgroupBarrier();
        for (uint e = lane; e < 256u; e += gl_SubgroupSize) {
            uint i = i0 + 16u * sid + e / 16u, d = uint(t) * 16u + e % 16u;
            if (i < p.Lq) F32Ref(p.o).v[i * p.ldo + hD + d] = Ot[sid * 256u + e];
        }
        subgroupBarrier();
    }
}
