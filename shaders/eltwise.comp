#version 450
// Elementwise ops on 2-D views (rows x cols, each operand with its row stride):
//   op 0 copy       y = a
//   op 1 add        y = a + b
//   op 2 act        y = act(a)                  (in place allowed)
//   op 3 gate_mul   y = act(a) * b
//   op 4 gated_add  y += a * b                  (b: the gate, one row: ldb = 0)
#extension GL_GOOGLE_include_directive : require
#include "common.glsl"

layout(local_size_x = 256) in;

layout(push_constant) uniform P {
    uvec2 y, a, b;
    uint ldy, lda, ldb, rows, cols, op, kind;
} p;

void main() {
    uint total = p.rows * p.cols, stride = gl_NumWorkGroups.x * 256u;
    for (uint e = gl_GlobalInvocationID.x; e < total; e += stride) {
        uint r = e / p.cols, c = e % p.cols;
        float a = F32Ref(p.a).v[r * p.lda + c], v;
        if (p.op == 0u) v = a;
        else if (p.op == 1u) v = a + F32Ref(p.b).v[r * p.ldb + c];
        else if (p.op == 2u) v = act1(a, p.kind);
        else if (p.op == 3u) v = act1(a, p.kind) * F32Ref(p.b).v[r * p.ldb + c];
        else v = F32Ref(p.y).v[r * p.ldy + c] + a * F32Ref(p.b).v[r * p.ldb + c];
        F32Ref(p.y).v[r * p.ldy + c] = v;
    }
}
