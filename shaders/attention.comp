#version 450
// Flash-style attention, one (head, block of bq queries) per workgroup: keys stream in
// blocks of bk with an online softmax, so the Lq x Lk matrix never exists; f32 throughout.
// o = softmax(scale q.k^T + rel_bias, causal mask) v. Any head dim up to 2048: the query
// block, the key block and the value block each hold 2048 floats of shared memory
// (bq = min(32, 2048 / D) from the host, bk = min(32, 2048 / D)), and each of the 64
// threads keeps its 2048 / 64 = 32 output values in registers.
#extension GL_GOOGLE_include_directive : require
#include "common.glsl"

layout(local_size_x = 64) in;

layout(push_constant) uniform P {
    uvec2 q, k, v, o, bias;   // bias: [heads, Lq + Lk - 1] by (j - i + Lq - 1), null = none
    uint ldq, ldk, ldv, ldo, ldb;
    uint Lq, Lk, D, bq, causal;
    float scale;
} p;

#define NEG_INF uintBitsToFloat(0xff800000u)
#define PER 32                 // output values per thread: 2048 / 64
shared float Qs[2048];
shared float Ks[2048 + 32];    // rows padded by one float: no bank conflicts across keys
shared float Vs[2048];
shared float Ss[32 * 32];
shared float ms[32], ls[32], alphas[32];

void main() {
    uint h = gl_WorkGroupID.y, i0 = gl_WorkGroupID.x * p.bq, tid = gl_LocalInvocationID.x, D = p.D;
    uint bq = min(p.bq, p.Lq - i0), hD = h * D, BK = min(32u, 2048u / D), KD = D + 1u;
    float acc[PER];
    for (int r = 0; r < PER; r++) acc[r] = 0.0;
    for (uint e = tid; e < bq * D; e += 64u) {
        uint i = e / D, d = e % D;
        Qs[e] = F32Ref(p.q).v[(i0 + i) * p.ldq + hD + d] * p.scale;
    }
    if (tid < bq) { ms[tid] = NEG_INF; ls[tid] = 0.0; }
    uint jend = p.causal != 0u ? min(p.Lk, i0 + bq) : p.Lk;
    for (uint j0 = 0u; j0 < jend; j0 += BK) {
        uint bk = min(BK, jend - j0);
        barrier();   // the previous block's Ks / Vs / Ss are no longer read
        for (uint e = tid; e < bk * D; e += 64u) {
            uint j = e / D, d = e % D;
            Ks[j * KD + d] = F32Ref(p.k).v[(j0 + j) * p.ldk + hD + d];
            Vs[e] = F32Ref(p.v).v[(j0 + j) * p.ldv + hD + d];
        }
        barrier();
        for (uint e = tid; e < bq * BK; e += 64u) {
            uint i = e / BK, j = e % BK;
            float s = NEG_INF;
            if (j < bk && !(p.causal != 0u && j0 + j > i0 + i)) {
                s = 0.0;
                for (uint d = 0u; d < D; d++) s = fma(Qs[i * D + d], Ks[j * KD + d], s);
                if (!is_null(p.bias)) s += F32Ref(p.bias).v[h * p.ldb + j0 + j + p.Lq - 1u - (i0 + i)];
            }
            Ss[e] = s;
        }
        barrier();
        if (tid < bq) {
            uint i = tid;
            float mx = ms[i];
            for (uint j = 0u; j < bk; j++) mx = max(mx, Ss[i * BK + j]);
            float alpha = 1.0, sum = 0.0;
            if (isinf(mx)) {
                for (uint j = 0u; j < bk; j++) Ss[i * BK + j] = 0.0;   // everything masked so far
            } else {
                alpha = isinf(ms[i]) ? 0.0 : exp(ms[i] - mx);
                for (uint j = 0u; j < bk; j++) {
                    float s = Ss[i * BK + j];
                    float e = isinf(s) ? 0.0 : exp(s - mx);
                    Ss[i * BK + j] = e;
                    sum += e;
                }
                ms[i] = mx;
            }
            ls[i] = ls[i] * alpha + sum;
            alphas[i] = alpha;
        }
        barrier();
        for (int r = 0; r < PER; r++) {
            uint e = tid + 64u * uint(r);
            if (e >= bq * D) break;
            uint i = e / D, d = e % D;
            float a = acc[r] * alphas[i];
            for (uint j = 0u; j < bk; j++) a = fma(Ss[i * BK + j], Vs[j * D + d], a);
            acc[r] = a;
        }
    }
    barrier();
    for (int r = 0; r < PER; r++) {
        uint e = tid + 64u * uint(r);
        if (e >= bq * D) break;
        uint i = e / D, d = e % D;
        float l = ls[i];
        F32Ref(p.o).v[(i0 + i) * p.ldo + hD + d] = l > 0.0 ? acc[r] / l : 0.0;
    }
}
