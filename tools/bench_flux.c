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

#include "bench_common.h"

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
    if (!write_flux_model(path, 3072, 12288, nd, ns, f32)) { fprintf(stderr, "cannot write %s\n", path); return 1; }
    if (which & 1) bench(RALU_BACKEND_CPU, path, Ni, Lt, reps, threads);
    if (which & 2) bench(RALU_BACKEND_VULKAN, path, Ni, Lt, reps, threads);
    remove(path);
    return 0;
}
