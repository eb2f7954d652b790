#version 450
// Nearest-neighbour 2x upsampling of a channels-last image: x [H*W, C] -> y [4*H*W, C].
#extension GL_GOOGLE_include_directive : require
#include "common.glsl"

layout(local_size_x = 256) in;

layout(push_constant) uniform P {
    uvec2 y, x;
    uint H, W, C;
} p;

void main() {
    uint W2 = 2u * p.W, total = 4u * p.H * p.W * p.C, stride = gl_NumWorkGroups.x * 256u;
    for (uint e = gl_GlobalInvocationID.x; e < total; e += stride) {
        uint r = e / p.C, c = e % p.C, oy = r / W2, ox = r % W2;
        F32Ref(p.y).v[e] = F32Ref(p.x).v[((oy / 2u) * p.W + ox / 2u) * p.C + c];
    }
}
