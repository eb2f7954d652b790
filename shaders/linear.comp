#version 450
// Tiled GEMM: Y[M, N] = (accumulate ? Y : 0) + bias + scale * X[M, K] . W[N, K]^T, with f32
// accumulation; W in its file dtype (f32 / f16 / bf16 / fp8 e4m3 / e5m2). With conv set,
// X is the im2col view of a channels-last image (implicit GEMM: conv2d without a copy).
// 64 x 64 output tile per workgroup of 256 threads, 4 x 4 per thread, depth steps of 16.
// Variant GEMV (M <= 8 rows: modulation vectors, pooled embeddings): 4 output features per
// workgroup, 64 threads streaming each weight row once, the M dot products reduced in
// shared memory; no tile is wasted on absent rows.
#extension GL_GOOGLE_include_directive : require
#include "common.glsl"

#ifdef GEMV
layout(local_size_x = 256) in;
#else
layout(local_size_x = 16, local_size_y = 16) in;
#endif

layout(push_constant) uniform P {
    uvec2 x, y, w, bias;      // bias: null = none
    uint ldx, ldy, M, N;
    uint K, dtype, flags;     // flags: 1 = accumulate, 2 = conv
    float scale;
    // conv only: input H, W, Cin; kernel k; stride; pads; output width
    uint H, W, Cin, k, stride, pad_top, pad_left, Wo;
} p;

// tile sizes: 64 x 64 (4 x 4 per thread); BIG 128 x 128 (8 x 8 per thread: half the
// shared-memory reads per multiply-add, for large GEMMs); NARROW 128 x 16 (8 x 1 per thread:
// few output features, e.g. a convolution to 3 or 16 channels, without idle columns)
#if defined(BIG)
#define TM 8
#define TN 8
#define BK 8
#elif defined(NARROW)
#define TM 8
#define TN 1
#define BK 16
#else
#define TM 4
#define TN 4
#define BK 16
#endif
#define BM (16 * TM)
#define BN (16 * TN)
shared float As[BK][BM + 1];
shared float Bs[BK][BN + 1];

float load_a(uint row, uint kk) {
    if (row >= p.M || kk >= p.K) return 0.0;
    if ((p.flags & 2u) == 0u) return F32Ref(p.x).v[row * p.ldx + kk];
    uint kk2 = p.k * p.k, ch = kk / kk2, tap = kk % kk2, ky = tap / p.k, kx = tap % p.k;
    int oy = int(row / p.Wo), ox = int(row % p.Wo);
    int iy = oy * int(p.stride) - int(p.pad_top) + int(ky), ix = ox * int(p.stride) - int(p.pad_left) + int(kx);
    if (iy < 0 || ix < 0 || iy >= int(p.H) || ix >= int(p.W)) return 0.0;
    return F32Ref(p.x).v[(uint(iy) * p.W + uint(ix)) * p.Cin + ch];
}

#ifdef GEMV
shared float red[256];
void main() {
    uint t = gl_LocalInvocationID.x, f = t / 64u, lane = t % 64u, n = gl_WorkGroupID.x * 4u + f;
    float acc[8];
    for (int m = 0; m < 8; m++) acc[m] = 0.0;
    if (n < p.N)
        for (uint k = lane; k < p.K; k += 64u) {
            float wv = wload(p.w, p.dtype, n * p.K + k);
            // constant bounds keep acc[] in registers (a dynamic index would spill it)
            for (int m = 0; m < 8; m++) if (uint(m) < p.M) acc[m] = fma(F32Ref(p.x).v[uint(m) * p.ldx + k], wv, acc[m]);
        }
    for (int mi = 0; mi < 8; mi++) {
        uint m = uint(mi);
        if (m >= p.M) break;
        red[t] = acc[mi];
        barrier();
        for (uint s = 32u; s > 0u; s >>= 1) {
            if (lane < s) red[t] += red[t + s];
            barrier();
        }
        if (lane == 0u && n < p.N) {
            float v = red[t] * p.scale;
            if (!is_null(p.bias)) v += F32Ref(p.bias).v[n];
            uint o = m * p.ldy + n;
            if ((p.flags & 1u) != 0u) v += F32Ref(p.y).v[o];
            F32Ref(p.y).v[o] = v;
        }
        barrier();
    }
}
#else
void main() {
    uint tx = gl_LocalInvocationID.x, ty = gl_LocalInvocationID.y, tid = ty * 16u + tx;
    uint row0 = gl_WorkGroupID.y * BM, col0 = gl_WorkGroupID.x * BN;
    float acc[TM][TN];
    for (int i = 0; i < TM; i++) for (int j = 0; j < TN; j++) acc[i][j] = 0.0;
    for (uint k0 = 0u; k0 < p.K; k0 += BK) {
        // the two tiles; consecutive threads walk the depth (contiguous in memory)
        for (uint e = tid; e < BM * BK; e += 256u) {
            uint r = e / BK, kk = e % BK;
            As[kk][r] = load_a(row0 + r, k0 + kk);
        }
        for (uint e = tid; e < BN * BK; e += 256u) {
            uint c = e / BK, kk = e % BK, n = col0 + c;
            Bs[kk][c] = (n < p.N && k0 + kk < p.K) ? wload(p.w, p.dtype, n * p.K + k0 + kk) : 0.0;
        }
        barrier();
        for (uint kk = 0u; kk < BK; kk++) {
            float a[TM], b[TN];
            for (int i = 0; i < TM; i++) a[i] = As[kk][ty + 16u * uint(i)];
            for (int j = 0; j < TN; j++) b[j] = Bs[kk][tx + 16u * uint(j)];
            for (int i = 0; i < TM; i++) for (int j = 0; j < TN; j++) acc[i][j] = fma(a[i], b[j], acc[i][j]);
        }
        barrier();
    }
    for (int i = 0; i < TM; i++) {
        uint r = row0 + ty + 16u * uint(i);
        if (r >= p.M) continue;
        for (int j = 0; j < TN; j++) {
            uint c = col0 + tx + 16u * uint(j);
            if (c >= p.N) continue;
            float v = acc[i][j] * p.scale;
            if (!is_null(p.bias)) v += F32Ref(p.bias).v[c];
            uint o = r * p.ldy + c;
            if ((p.flags & 1u) != 0u) v += F32Ref(p.y).v[o];
            F32Ref(p.y).v[o] = v;
        }
    }
}
#endif
