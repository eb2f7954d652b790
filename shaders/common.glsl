// Shared by every ralu.h compute shader. Operands are reached through buffer device
// addresses (Vulkan 1.2 bufferDeviceAddress) passed in push constants: no descriptor sets,
// and no maxStorageBufferRange limit on what one op may address (lavapipe binds 128 MiB).
// An address is a uvec2 (low, high) already offset to the operand's first element.
#extension GL_EXT_buffer_reference : require
#extension GL_EXT_buffer_reference_uvec2 : require

layout(buffer_reference, std430, buffer_reference_align = 4) buffer F32Ref { float v[]; };
layout(buffer_reference, std430, buffer_reference_align = 4) buffer U32Ref { uint v[]; };

// weight dtypes (ralu_dtype)
#define DT_F32 1u
#define DT_F16 2u
#define DT_BF16 3u
#define DT_E4M3 4u
#define DT_E5M2 5u

bool is_null(uvec2 a) { return a.x == 0u && a.y == 0u; }

// fp8 e4m3fn: bias 7, no infinities, S.1111.111 is NaN
float e4m3_to_f32(uint b) {
    uint e = (b >> 3) & 15u, m = b & 7u;
    float r = e != 0u ? ldexp(1.0 + float(m) / 8.0, int(e) - 7) : ldexp(float(m) / 8.0, -6);
    if (e == 15u && m == 7u) r = uintBitsToFloat(0x7fc00000u);
    return (b & 0x80u) != 0u ? -r : r;
}

// element i of a weight stored in its file dtype, widened to f32 (the per-tensor scale is
// applied by the caller)
float wload(uvec2 w, uint dtype, uint i) {
    if (dtype == DT_F32) return F32Ref(w).v[i];
    if (dtype == DT_F16 || dtype == DT_BF16) {
        uint u = U32Ref(w).v[i >> 1];
        uint h = (i & 1u) != 0u ? (u >> 16) : (u & 0xffffu);
        return dtype == DT_F16 ? unpackHalf2x16(h).x : uintBitsToFloat(h << 16);
    }
    uint b = (U32Ref(w).v[i >> 2] >> ((i & 3u) * 8u)) & 0xffu;
    return dtype == DT_E4M3 ? e4m3_to_f32(b) : unpackHalf2x16(b << 8).x;
}

// activations (ralu__act kinds)
float act1(float v, uint kind) {
    if (kind == 0u) return v / (1.0 + exp(-v));
    if (kind == 1u) { float u = clamp(0.7978845608028654 * (v + 0.044715 * v * v * v), -15.0, 15.0); return 0.5 * v * (1.0 + tanh(u)); }
    if (kind == 2u) {
        // erf through the Numerical Recipes erfc fit (fractional error < 1.2e-7 everywhere)
        float x = v * 0.7071067811865476, ax = abs(x), t = 1.0 / (1.0 + 0.5 * ax);
        float y = t * exp(-ax * ax - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 +
                  t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 +
                  t * (-0.82215223 + t * 0.17087277)))))))));
        float erfv = 1.0 - y;
        return 0.5 * v * (1.0 + (x >= 0.0 ? erfv : -erfv));
    }
    if (kind == 3u) return v / (1.0 + exp(-1.702 * v));
    return v;
}
