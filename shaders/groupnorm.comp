#version 450
// GroupNorm over a channels-last image x [HW, C] in two dispatches:
//   STATS (one workgroup per group): mean and rstd of the group's HW x C/groups values,
//          two passes (centred variance), into stats[2 g], stats[2 g + 1];
//   apply: y = (x - mean) rstd [* gamma] [+ beta], then SiLU if asked.
#extension GL_GOOGLE_include_directive : require
#include "common.glsl"

layout(local_size_x = 256) in;

layout(push_constant) uniform P {
    uvec2 x, y, gamma, beta, stats;
    uint HW, C, groups, silu;
    float eps;
} p;

#ifdef STATS
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
    uint g = gl_WorkGroupID.x, cpg = p.C / p.groups, n = p.HW * cpg, t = gl_LocalInvocationID.x;
    float s = 0.0;
    for (uint e = t; e < n; e += 256u) s += F32Ref(p.x).v[(e / cpg) * p.C + g * cpg + e % cpg];
    float mean = reduce_sum(s) / float(n), q = 0.0;
    for (uint e = t; e < n; e += 256u) { float d = F32Ref(p.x).v[(e / cpg) * p.C + g * cpg + e % cpg] - mean; q += d * d; }
    float var = reduce_sum(q) / float(n);
    if (t == 0u) {
        F32Ref(p.stats).v[2u * g] = mean;
        F32Ref(p.stats).v[2u * g + 1u] = inversesqrt(var + p.eps);
    }
}
#else
void main() {
    uint total = p.HW * p.C, cpg = p.C / p.groups, stride = gl_NumWorkGroups.x * 256u;
    for (uint e = gl_GlobalInvocationID.x; e < total; e += stride) {
        uint c = e % p.C, g = c / cpg;
        float v = (F32Ref(p.x).v[e] - F32Ref(p.stats).v[2u * g]) * F32Ref(p.stats).v[2u * g + 1u];
        if (!is_null(p.gamma)) v *= F32Ref(p.gamma).v[c];
        if (!is_null(p.beta)) v += F32Ref(p.beta).v[c];
        F32Ref(p.y).v[e] = p.silu != 0u ? v / (1.0 + exp(-v)) : v;
    }
}
#endif
