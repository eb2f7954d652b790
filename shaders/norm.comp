#version 450
// Row normalisations, one workgroup per (row, group of `group` columns):
//   mode 0 layernorm      y = (x - mean) rstd [* gamma] [+ beta]
//   mode 1 norm_modulate  y = (x - mean) rstd (1 + scale) + shift   (shift, scale: one row)
//   mode 2 rmsnorm        y = x / sqrt(mean(x^2) + eps) [* w]       (w: `group` values)
// Mean and variance in two passes over the row (centred variance, like the CPU engine).
#extension GL_GOOGLE_include_directive : require
#include "common.glsl"

layout(local_size_x = 256) in;

layout(push_constant) uniform P {
    uvec2 x, y, p1, p2;       // p1: gamma / shift / w; p2: beta / scale (null = none)
    uint ldx, ldy, rows, group, mode;
    float eps;
} p;

shared float red[256];

float reduce_sum(float v) {
    uint t = gl_LocalInvocationID.x;
    red[t] = v;
    barrier();
    for (uint s = 128u; s > 0u; s >>= 1) {
        if (t < s) red[t] += red[t + s];
        barrier();
    }
    float r = red[0];
    barrier();
    return r;
}

void main() {
    uint t = gl_LocalInvocationID.x, c0 = gl_WorkGroupID.x * p.group, n = p.group;
    for (uint row = gl_WorkGroupID.y; row < p.rows; row += gl_NumWorkGroups.y) {
        uint xb = row * p.ldx + c0, yb = row * p.ldy + c0;
        float mean = 0.0, rstd;
        if (p.mode != 2u) {
            float s = 0.0;
            for (uint j = t; j < n; j += 256u) s += F32Ref(p.x).v[xb + j];
            mean = reduce_sum(s) / float(n);
        }
        float q = 0.0;
        for (uint j = t; j < n; j += 256u) { float d = F32Ref(p.x).v[xb + j] - mean; q += d * d; }
        rstd = inversesqrt(reduce_sum(q) / float(n) + p.eps);
        for (uint j = t; j < n; j += 256u) {
            float v = (F32Ref(p.x).v[xb + j] - mean) * rstd;
            if (p.mode == 1u) v = v * (1.0 + F32Ref(p.p2).v[c0 + j]) + F32Ref(p.p1).v[c0 + j];
            else {
                if (!is_null(p.p1)) v *= F32Ref(p.p1).v[p.mode == 2u ? j : c0 + j];
                if (!is_null(p.p2)) v += F32Ref(p.p2).v[c0 + j];
            }
            F32Ref(p.y).v[yb + j] = v;
        }
    }
}
