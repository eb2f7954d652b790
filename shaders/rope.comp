#version 450
// RoPE in place: rotates adjacent pairs (x[2p], x[2p+1]) of every head by the row's
// (cos, sin) table entries t[2p], t[2p+1].
#extension GL_GOOGLE_include_directive : require
#include "common.glsl"

layout(local_size_x = 256) in;

layout(push_constant) uniform P {
    uvec2 x, t;
    uint ldx, ldt, rows, heads, head_dim;
} p;

void main() {
    uint half_d = p.head_dim / 2u, per_row = p.heads * half_d, total = p.rows * per_row;
    uint stride = gl_NumWorkGroups.x * 256u;
    for (uint e = gl_GlobalInvocationID.x; e < total; e += stride) {
        uint r = e / per_row, rem = e % per_row, h = rem / half_d, q = rem % half_d;
        uint xi = r * p.ldx + h * p.head_dim + 2u * q, ti = r * p.ldt + 2u * q;
        float c = F32Ref(p.t).v[ti], s = F32Ref(p.t).v[ti + 1u];
        float a = F32Ref(p.x).v[xi], b = F32Ref(p.x).v[xi + 1u];
        F32Ref(p.x).v[xi] = c * a - s * b;
        F32Ref(p.x).v[xi + 1u] = s * a + c * b;
    }
}
