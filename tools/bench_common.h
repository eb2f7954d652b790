/* Shared by the benchmarks in tools/: a deterministic fast random source and a writer of
   FLUX checkpoints with random weights in Black Forest Labs' layout (no real weights needed). */
#ifndef RALU_BENCH_COMMON_H
#define RALU_BENCH_COMMON_H
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint64_t rng_state = 88172645463325252ull;
static inline uint64_t rng(void) { rng_state ^= rng_state << 13; rng_state ^= rng_state >> 7; rng_state ^= rng_state << 17; return rng_state; }
/* roughly N(0, s^2) via the sum of 4 uniforms (fast; the values only need to be plausible) */
static inline float rnd(float s) {
    uint64_t r = rng();
    float a = (float)(r & 0xffff) + (float)((r >> 16) & 0xffff) + (float)((r >> 32) & 0xffff) + (float)(r >> 48);
    return (a / 65536.0f - 2.0f) * 1.7320508f * s;
}

typedef struct { char name[256]; int64_t rows, cols; int is_vec; } tensor_spec;

static inline int add(tensor_spec *t, int n, const char *name, int64_t rows, int64_t cols, int is_vec) {
    size_t l = strlen(name);
    if (l >= sizeof t[n].name) l = sizeof t[n].name - 1;
    memcpy(t[n].name, name, l); t[n].name[l] = 0;
    t[n].rows = rows; t[n].cols = cols; t[n].is_vec = is_vec;
    return n + 1;
}
static inline int add_linear(tensor_spec *t, int n, const char *base, int64_t in, int64_t out) {
    char nm[256];
    snprintf(nm, sizeof nm, "%.200s.weight", base); n = add(t, n, nm, out, in, 0);
    snprintf(nm, sizeof nm, "%.200s.bias", base); return add(t, n, nm, out, 1, 1);
}

/* writes the tensors t[0..n) with random values (weights ~ N(0, 1/cols), vectors small, norm
   scales ~ 1) as a safetensors file, bf16 or f32; returns 0 on failure */
static inline int write_random_safetensors(const char *path, const tensor_spec *t, int n, int f32) {
    int i; int64_t off = 0; size_t es = f32 ? 4 : 2;
    char *hdr; size_t hl = 0, hcap = 1 << 20; FILE *f; unsigned char len[8];
    hdr = (char *)malloc(hcap);
    hl += (size_t)snprintf(hdr + hl, hcap - hl, "{");
    for (i = 0; i < n; i++) {
        int64_t nb = t[i].rows * t[i].cols * (int64_t)es;
        if (t[i].is_vec) hl += (size_t)snprintf(hdr + hl, hcap - hl, "%s\"%s\":{\"dtype\":\"%s\",\"shape\":[%lld],\"data_offsets\":[%lld,%lld]}", i ? "," : "", t[i].name, f32 ? "F32" : "BF16", (long long)t[i].rows, (long long)off, (long long)(off + nb));
        else hl += (size_t)snprintf(hdr + hl, hcap - hl, "%s\"%s\":{\"dtype\":\"%s\",\"shape\":[%lld,%lld],\"data_offsets\":[%lld,%lld]}", i ? "," : "", t[i].name, f32 ? "F32" : "BF16", (long long)t[i].rows, (long long)t[i].cols, (long long)off, (long long)(off + nb));
        off += nb;
    }
    hl += (size_t)snprintf(hdr + hl, hcap - hl, "}");
    f = fopen(path, "wb");
    if (!f) { free(hdr); return 0; }
    for (i = 0; i < 8; i++) len[i] = (unsigned char)((uint64_t)hl >> (8 * i));
    fwrite(len, 1, 8, f); fwrite(hdr, 1, hl, f); free(hdr);
    {
        size_t chunk = 1 << 20; unsigned char *buf = (unsigned char *)malloc(chunk * 4);
        for (i = 0; i < n; i++) {
            int64_t cnt = t[i].rows * t[i].cols, j = 0;
            float s = t[i].is_vec == 2 ? 0.0f : t[i].is_vec ? 0.02f : 1.0f / sqrtf((float)t[i].cols);
            while (j < cnt) {
                size_t m = (size_t)(cnt - j < (int64_t)chunk ? cnt - j : (int64_t)chunk), q;
                for (q = 0; q < m; q++) {
                    float v = t[i].is_vec == 2 ? 1.0f + rnd(0.1f) : rnd(s);
                    if (f32) memcpy(buf + 4 * q, &v, 4);
                    else { uint32_t u; memcpy(&u, &v, 4); buf[2 * q] = (unsigned char)(u >> 16); buf[2 * q + 1] = (unsigned char)(u >> 24); }
                }
                fwrite(buf, es, m, f); j += (int64_t)m;
            }
        }
        free(buf);
    }
    return fclose(f) == 0;
}

/* writes a BFL-layout FLUX checkpoint with random weights (hidden D = heads x 128, MLP width mlp,
   T5 4096 / CLIP 768 inputs like FLUX.1); returns 0 on failure */
static inline int write_flux_model(const char *path, int64_t D, int64_t mlp, int nd, int ns, int f32) {
    static tensor_spec t[4096];
    int n = 0, i, k;
    char nm[128];
    n = add_linear(t, n, "img_in", 64, D); n = add_linear(t, n, "txt_in", 4096, D);
    n = add_linear(t, n, "time_in.in_layer", 256, D); n = add_linear(t, n, "time_in.out_layer", D, D);
    n = add_linear(t, n, "vector_in.in_layer", 768, D); n = add_linear(t, n, "vector_in.out_layer", D, D);
    n = add_linear(t, n, "guidance_in.in_layer", 256, D); n = add_linear(t, n, "guidance_in.out_layer", D, D);
    for (i = 0; i < nd; i++) {
        const char *s[2] = { "img", "txt" };
        for (k = 0; k < 2; k++) {
            snprintf(nm, sizeof nm, "double_blocks.%d.%s_mod.lin", i, s[k]); n = add_linear(t, n, nm, D, 6 * D);
            snprintf(nm, sizeof nm, "double_blocks.%d.%s_attn.qkv", i, s[k]); n = add_linear(t, n, nm, D, 3 * D);
            snprintf(nm, sizeof nm, "double_blocks.%d.%s_attn.proj", i, s[k]); n = add_linear(t, n, nm, D, D);
            snprintf(nm, sizeof nm, "double_blocks.%d.%s_mlp.0", i, s[k]); n = add_linear(t, n, nm, D, mlp);
            snprintf(nm, sizeof nm, "double_blocks.%d.%s_mlp.2", i, s[k]); n = add_linear(t, n, nm, mlp, D);
            snprintf(nm, sizeof nm, "double_blocks.%d.%s_attn.norm.query_norm.scale", i, s[k]); n = add(t, n, nm, 128, 1, 2);
            snprintf(nm, sizeof nm, "double_blocks.%d.%s_attn.norm.key_norm.scale", i, s[k]); n = add(t, n, nm, 128, 1, 2);
        }
    }
    for (i = 0; i < ns; i++) {
        snprintf(nm, sizeof nm, "single_blocks.%d.modulation.lin", i); n = add_linear(t, n, nm, D, 3 * D);
        snprintf(nm, sizeof nm, "single_blocks.%d.linear1", i); n = add_linear(t, n, nm, D, 3 * D + mlp);
        snprintf(nm, sizeof nm, "single_blocks.%d.linear2", i); n = add_linear(t, n, nm, D + mlp, D);
        snprintf(nm, sizeof nm, "single_blocks.%d.norm.query_norm.scale", i); n = add(t, n, nm, 128, 1, 2);
        snprintf(nm, sizeof nm, "single_blocks.%d.norm.key_norm.scale", i); n = add(t, n, nm, 128, 1, 2);
    }
    n = add_linear(t, n, "final_layer.adaLN_modulation.1", D, 2 * D); n = add_linear(t, n, "final_layer.linear", D, 64);
    return write_random_safetensors(path, t, n, f32);
}

#endif
