#version 450
// GroupNorm over a channels-last image x [HW, C] (n = HW x C/groups values per group), as
// four dispatches so that large images use the whole GPU:
//   PASS 1 (groups x S workgroups): partial sums of slice s of group g   -> part[g S + s]
//   PASS 2 (groups x S): the group mean from the partials, then partial sums of squared
//          deviations (centred variance, like the CPU engine)             -> part[G S + g S + s]
//   PASS 3 (groups): mean and rstd of each group                          -> stat[2 g], stat[2 g + 1]
//   apply:  y = (x - mean) rstd [* gamma] [+ beta], then SiLU if asked.
// stats points at scratch laid out as part[2 G S] then stat[2 G].
#extension GL_GOOGLE_include_directive : require
#include "common.glsl"

layout(local_size_x = 256) in;

layout(push_constant) uniform P {
    uvec2 x, y, gamma, beta, stats;
    uint HW, C, groups, silu;
    float eps;
    uint S;                   // slices per group
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

// element e of group g (e < HW x cpg)
float gelem(uint g, uint cpg, uint e) { return F32Ref(p.x).v[(e / cpg) * p.C + g * cpg + e % cpg]; }

float group_mean(uint g, uint n) {
    float s = 0.0;
    for (uint i = 0u; i < p.S; i++) s += F32Ref(p.stats).v[g * p.S + i];
    return s / float(n);
}

void main() {
    uint cpg = p.C / p.groups, n = p.HW * cpg, t = gl_LocalInvocationID.x;
#if defined(PASS) && PASS == 3
    uint g = gl_WorkGroupID.x;
    if (t == 0u) {
        float q = 0.0;
        for (uint i = 0u; i < p.S; i++) q += F32Ref(p.stats).v[p.groups * p.S + g * p.S + i];
        uint o = 2u * p.groups * p.S;
        F32Ref(p.stats).v[o + 2u * g] = group_mean(g, n);
        F32Ref(p.stats).v[o + 2u * g + 1u] = inversesqrt(q / float(n) + p.eps);
    }
#elif defined(PASS)
    uint g = gl_WorkGroupID.x, s = gl_WorkGroupID.y, chunk = (n + p.S - 1u) / p.S;
    uint e0 = s * chunk, e1 = min(n, e0 + chunk);
#if PASS == 1
    float acc = 0.0;
    for (uint e = e0 + t; e < e1; e += 256u) acc += gelem(g, cpg, e);
    acc = reduce_sum(acc);
    if (t == 0u) F32Ref(p.stats).v[g * p.S + s] = acc;
#else
    float mean = group_mean(g, n), acc = 0.0;
    for (uint e = e0 + t; e < e1; e += 256u) { float d = gelem(g, cpg, e) - mean; acc += d * d; }
    acc = reduce_sum(acc);
    if (t == 0u) F32Ref(p.stats).v[p.groups * p.S + g * p.S + s] = acc;
#endif
#else
    uint total = p.HW * p.C, stride = gl_NumWorkGroups.x * 256u, o = 2u * p.groups * p.S;
    for (uint e = gl_GlobalInvocationID.x; e < total; e += stride) {
        uint c = e % p.C, g = c / cpg;
        float v = (F32Ref(p.x).v[e] - F32Ref(p.stats).v[o + 2u * g]) * F32Ref(p.stats).v[o + 2u * g + 1u];
        if (!is_null(p.gamma)) v *= F32Ref(p.gamma).v[c];
        if (!is_null(p.beta)) v += F32Ref(p.beta).v[c];
        F32Ref(p.y).v[e] = p.silu != 0u ? v / (1.0 + exp(-v)) : v;
    }
#endif
}
