/* Benchmark: one FLUX transformer call at real FLUX.1 width (hidden 3072, 24 heads x 128,
   MLP 12288) with a chosen number of double / single blocks and tokens, random bf16 (or f32)
   weights written to a temporary single file in Black Forest Labs layout, on the CPU engine
   and/or the Vulkan device. Prints seconds, TFLOP per call (ralu_flux_flops) and GFLOP/s.
   Not a test: timings, not pass/fail.

   build:  cc -O3 -march=native -fopenmp tools/bench_flux.c -o build/bench_flux -lm -ldl
   run:    ./build/bench_flux                      (1 double + 1 single block, 4096 + 512 tokens, CPU)
           ./build/bench_flux --backend vulkan --quick
   options: --backend cpu|vulkan|both  --img N  --txt N  --double N  --single N  --f32  --reps N
            --quick (1024 + 256 tokens)  --threads N */
#define RALU_IMPLEMENTATION
#include "../ralu.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint64_t rng_state = 88172645463325252ull;
static uint64_t rng(void) { rng_state ^= rng_state << 13; rng_state ^= rng_state >> 7; rng_state ^= rng_state << 17; return rng_state; }
/* roughly N(0, s^2) via the sum of 4 uniforms (fast; the values only need to be plausible) */
static float rnd(float s) {
    uint64_t r = rng();
    float a = (float)(r & 0xffff) + (float)((r >> 16) & 0xffff) + (float)((r >> 32) & 0xffff) + (float)(r >> 48);
    return (a / 65536.0f - 2.0f) * 1.7320508f * s;
}

typedef struct { char name[256]; int64_t rows, cols; int is_vec; } tensor_spec;

static int add(tensor_spec *t, int n, const char *name, int64_t rows, int64_t cols, int is_vec) {
    snprintf(t[n].name, sizeof t[n].name, "%s", name); t[n].rows = rows; t[n].cols = cols; t[n].is_vec = is_vec;
    return n + 1;
}
static int add_linear(tensor_spec *t, int n, const char *base, int64_t in, int64_t out) {
    char nm[160];
    snprintf(nm, sizeof nm, "%s.weight", base); n = add(t, n, nm, out, in, 0);
    snprintf(nm, sizeof nm, "%s.bias", base); return add(t, n, nm, out, 1, 1);
}

/* writes a BFL-layout FLUX checkpoint with random weights; returns 0 on failure */
static int write_model(const char *path, int nd, int ns, int f32) {
    static tensor_spec t[4096];
    int n = 0, i, k; int64_t D = 3072, mlp = 12288, off = 0; size_t es = f32 ? 4 : 2;
    char nm[128], *hdr; size_t hl = 0, hcap = 1 << 20; FILE *f; unsigned char len[8];
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

static void logfn(void *u, ralu_log_level lv, const char *m) { (void)u; if (lv <= RALU_LOG_INFO) fprintf(stderr, "[ralu] %s\n", m); }

static int bench(ralu_backend kind, const char *path, int Ni, int Lt, int reps, int threads) {
    ralu_ctx *ctx = NULL; ralu_ctx_desc cd; ralu_flux *m = NULL; ralu_flux_input in;
    float *img, *ids, *txt, *y, t = 0.6f, g = 3.5f, *out; int i, r; double best = 1e30, t0, fl;
    memset(&cd, 0, sizeof cd);
    cd.backends[0] = kind; cd.log = logfn; cd.log_level = RALU_LOG_INFO; cd.num_threads = threads;
    if (ralu_create(&cd, &ctx) != RALU_OK) { printf("%-8s unavailable\n", kind == RALU_BACKEND_VULKAN ? "vulkan" : "cpu"); return 1; }
    t0 = ralu__now();
    if (ralu_flux_load(ctx, path, NULL, &m) != RALU_OK) { printf("load failed: %s\n", ralu_last_error(ctx)); ralu_destroy(ctx); return 1; }
    printf("%-8s %s: load %.2f s\n", kind == RALU_BACKEND_VULKAN ? "vulkan" : "cpu", ralu_device_name(ctx), ralu__now() - t0);
    img = (float *)malloc((size_t)Ni * 64 * 4); ids = (float *)malloc((size_t)Ni * 12); txt = (float *)malloc((size_t)Lt * 4096 * 4);
    y = (float *)malloc(768 * 4); out = (float *)malloc((size_t)Ni * 64 * 4);
    for (i = 0; i < Ni * 64; i++) img[i] = rnd(1.0f);
    for (i = 0; i < Lt * 4096; i++) txt[i] = rnd(0.3f);
    for (i = 0; i < 768; i++) y[i] = rnd(0.5f);
    { int side = 1; while (side * side < Ni) side++; for (i = 0; i < Ni; i++) { ids[3 * i] = 0; ids[3 * i + 1] = (float)(i / side); ids[3 * i + 2] = (float)(i % side); } }
    memset(&in, 0, sizeof in);
    in.batch = 1; in.n_img = Ni; in.n_txt = Lt; in.img = img; in.img_ids = ids; in.txt = txt; in.t = &t; in.y = y; in.guidance = &g;
    fl = ralu_flux_flops(ralu_flux_get_info(m), Ni, Lt);
    for (r = 0; r < reps; r++) {
        t0 = ralu__now();
        if (ralu_flux_forward(m, &in, out) != RALU_OK) { printf("forward failed: %s\n", ralu_last_error(ctx)); break; }
        t0 = ralu__now() - t0;
        if (t0 < best) best = t0;
        printf("  call %d: %.3f s\n", r + 1, t0);
    }
    printf("%-8s %d img + %d txt tokens: %.3f s/call, %.3f TFLOP/call, %.1f GFLOP/s\n",
           kind == RALU_BACKEND_VULKAN ? "vulkan" : "cpu", Ni, Lt, best, fl / 1e12, fl / best / 1e9);
    free(img); free(ids); free(txt); free(y); free(out);
    ralu_flux_free(m); ralu_destroy(ctx);
    return 0;
}

int main(int argc, char **argv) {
    int Ni = 4096, Lt = 512, nd = 1, ns = 1, f32 = 0, reps = 1, threads = 0, i, which = 1; /* 1 cpu, 2 vulkan, 3 both */
    char path[512];
    const char *tmp = getenv("TMPDIR");
    for (i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--backend") && i + 1 < argc) { i++; which = !strcmp(argv[i], "vulkan") ? 2 : !strcmp(argv[i], "both") ? 3 : 1; }
        else if (!strcmp(argv[i], "--img") && i + 1 < argc) Ni = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--txt") && i + 1 < argc) Lt = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--double") && i + 1 < argc) nd = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--single") && i + 1 < argc) ns = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--reps") && i + 1 < argc) reps = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--threads") && i + 1 < argc) threads = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--f32")) f32 = 1;
        else if (!strcmp(argv[i], "--quick")) { Ni = 1024; Lt = 256; }
        else { fprintf(stderr, "unknown option %s (see the comment at the top of tools/bench_flux.c)\n", argv[i]); return 2; }
    }
    snprintf(path, sizeof path, "%s/ralu_bench_flux_%d_%d_%s.safetensors", tmp && *tmp ? tmp : "/tmp", nd, ns, f32 ? "f32" : "bf16");
    printf("FLUX.1-width transformer call: %d double + %d single blocks, %s weights, %d + %d tokens\n", nd, ns, f32 ? "f32" : "bf16", Ni, Lt);
    if (!write_model(path, nd, ns, f32)) { fprintf(stderr, "cannot write %s\n", path); return 1; }
    if (which & 1) bench(RALU_BACKEND_CPU, path, Ni, Lt, reps, threads);
    if (which & 2) bench(RALU_BACKEND_VULKAN, path, Ni, Lt, reps, threads);
    remove(path);
    return 0;
}
