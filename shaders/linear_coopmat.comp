#version 450
// The GEMM of linear.comp on cooperative-matrix units (GL_KHR_cooperative_matrix): f16 x f16
// 16x16x16 products accumulated in f32. Same push constants and results as linear.comp (to
// f16 input rounding). The host selects it only on devices that report that shape at
// subgroup scope with 32-wide subgroups (4 subgroups per workgroup). UNVERIFIED ON HARDWARE:
// no device with cooperative matrices was available when it was written (see ralu.h).
//
// Activations are f32 and can exceed f16's range, so every 64 x 32 tile of X is scaled by a
// power of two (exact) that brings its largest magnitude to 2^14 before the f16 conversion;
// the tile's product is accumulated into a zeroed matrix and added back times that power.
// Weights are converted to f16 as read (f32 / f16 / bf16 / fp8; the per-tensor scale is
// applied to the result).
#extension GL_GOOGLE_include_directive : require
#extension GL_KHR_cooperative_matrix : require
#extension GL_KHR_memory_scope_semantics : require
#extension GL_KHR_shader_subgroup_basic : require
#extension GL_KHR_shader_subgroup_arithmetic : require
#extension GL_EXT_shader_explicit_arithmetic_types_float16 : require
#include "common.glsl"

layout(local_size_x = 128) in;

layout(push_constant) uniform P {
    uvec2 x, y, w, bias;
    uint ldx, ldy, M, N;
    uint K, dtype, flags;
    float scale;
    uint H, W, Cin, k, stride, pad_top, pad_left, Wo;
} p;

#define BM 64
#define BN 64
#define BK 32
#define LDS (BK + 8)
shared float16_t As[BM * LDS];
shared float16_t Bs[BN * LDS];
shared float Cs[4 * 256];
shared float smax[4];

float load_a(uint row, uint kk) {
    if (row >= p.M || kk >= p.K) return 0.0;
    if ((p.flags & 2u) == 0u) return F32Ref(p.x).v[row * p.ldx + kk];
    uint kk2 = p.k * p.k, ch = kk / kk2, tap = kk % kk2, ky = tap / p.k, kx = tap % p.k;
    int oy = int(row / p.Wo), ox = int(row % p.Wo);
    int iy = oy * int(p.stride) - int(p.pad_top) + int(ky), ix = ox * int(p.stride) - int(p.pad_left) + int(kx);
    if (iy < 0 || ix < 0 || iy >= int(p.H) || ix >= int(p.W)) return 0.0;
    return F32Ref(p.x).v[(uint(iy) * p.W + uint(ix)) * p.Cin + ch];
}

void main() {
    uint tid = gl_LocalInvocationID.x, sid = gl_SubgroupID;
    uint row0 = gl_WorkGroupID.y * BM, col0 = gl_WorkGroupID.x * BN;
    uint sr = (sid / 2u) * 32u, sc = (sid % 2u) * 32u;     // this subgroup's 32 x 32 corner
    coopmat<float, gl_ScopeSubgroup, 16, 16, gl_MatrixUseAccumulator> acc[2][2];
    for (int i = 0; i < 2; i++) for (int j = 0; j < 2; j++) acc[i][j] = coopmat<float, gl_ScopeSubgroup, 16, 16, gl_MatrixUseAccumulator>(0.0);
    for (uint k0 = 0u; k0 < p.K; k0 += BK) {
        float av[16];
        float m = 0.0;
        for (uint i = 0u; i < 16u; i++) {
            uint e = tid + 128u * i, r = e / BK, kk = e % BK;
            av[i] = load_a(row0 + r, k0 + kk);
            m = max(m, abs(av[i]));
        }
        m = subgroupMax(m);
        if (subgroupElect()) smax[sid] = m;
        for (uint i = 0u; i < 16u; i++) {
            uint e = tid + 128u * i, n = e / BK, kk = e % BK;
            float wv = (col0 + n < p.N && k0 + kk < p.K) ? wload(p.w, p.dtype, (col0 + n) * p.K + k0 + kk) : 0.0;
            Bs[n * LDS + kk] = float16_t(wv);
        }
        barrier();
        float tmax = max(max(smax[0], smax[1]), max(smax[2], smax[3]));
        int ex = 0;
        frexp(tmax, ex);
        float s = tmax > 0.0 ? ldexp(1.0, ex - 14) : 1.0, inv = 1.0 / s;
        for (uint i = 0u; i < 16u; i++) {
            uint e = tid + 128u * i, r = e / BK, kk = e % BK;
            As[r * LDS + kk] = float16_t(av[i] * inv);
        }
        barrier();
        coopmat<float, gl_ScopeSubgroup, 16, 16, gl_MatrixUseAccumulator> t[2][2];
        for (int i = 0; i < 2; i++) for (int j = 0; j < 2; j++) t[i][j] = coopmat<float, gl_ScopeSubgroup, 16, 16, gl_MatrixUseAccumulator>(0.0);
        for (uint kk = 0u; kk < BK; kk += 16u) {
            coopmat<float16_t, gl_ScopeSubgroup, 16, 16, gl_MatrixUseA> a[2];
            coopmat<float16_t, gl_ScopeSubgroup, 16, 16, gl_MatrixUseB> b[2];
            for (int i = 0; i < 2; i++) coopMatLoad(a[i], As, (sr + 16u * uint(i)) * LDS + kk, LDS, gl_CooperativeMatrixLayoutRowMajor);
            for (int j = 0; j < 2; j++) coopMatLoad(b[j], Bs, (sc + 16u * uint(j)) * LDS + kk, LDS, gl_CooperativeMatrixLayoutColumnMajor);
            for (int i = 0; i < 2; i++) for (int j = 0; j < 2; j++) t[i][j] = coopMatMulAdd(a[i], b[j], t[i][j]);
        }
        for (int i = 0; i < 2; i++) for (int j = 0; j < 2; j++) acc[i][j] = acc[i][j] + t[i][j] * s;
        barrier();
    }
    // epilogue through a 16 x 16 f32 tile per subgroup: bounds, scale, bias, accumulate
    uint lane = gl_SubgroupInvocationID;
    for (int i = 0; i < 2; i++) for (int j = 0; j < 2; j++) {
        coopMatStore(acc[i][j], Cs, sid * 256u, 16u, gl_CooperativeMatrixLayoutRowMajor);
        subgroupMemoryBarrierShared();
        subgroupBarrier();
        for (uint e = lane; e < 256u; e += gl_SubgroupSize) {
            uint r = row0 + sr + 16u * uint(i) + e / 16u, c = col0 + sc + 16u * uint(j) + e % 16u;
            if (r >= p.M || c >= p.N) continue;
            float v = Cs[sid * 256u + e] * p.scale;
            if (!is_null(p.bias)) v += F32Ref(p.bias).v[c];
            uint o = r * p.ldy + c;
            if ((p.flags & 1u) != 0u) v += F32Ref(p.y).v[o];
            F32Ref(p.y).v[o] = v;
        }
        subgroupBarrier();
    }
}
