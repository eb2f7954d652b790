/* Benchmark: what RALU saves against plain flow-matching sampling.
   Part 1 (computed from the real dimensions, nothing run): transformer calls and FLOPs at
   1024 x 1024 of FLUX.1-dev's 50-step baseline against each FLUX preset, FLUX.1-schnell's
   4 steps against its RALU preset, and SD3-Medium's 28 steps with CFG against the SD3
   presets (ralu_sample_plan_*, FLOPs from ralu_flux_flops / ralu_sd3_flops, which match
   torch's FlopCounterMode on the reference model: tests/test_flux.c).
   Part 2 (measured, same run, same machine): wall time of the baseline and of RALU on a
   mid-size random-weight FLUX (FLUX.1's layout at hidden 768, 2 double + 4 single blocks,
   bf16) with the tiny fixture VAE, on the CPU engine (or --backend vulkan).
   Not a test: timings, not pass/fail.

   build:  cc -O3 -march=native -fopenmp tools/bench_sampler.c -o build/bench_sampler -lm -ldl
   run:    ./build/bench_sampler                 (both parts; 512 x 512 for part 2)
           ./build/bench_sampler --flops-only    (part 1)
           ./build/bench_sampler --size 256 --steps 50 --backend cpu|vulkan --threads N */
#define RALU_IMPLEMENTATION
#include "../ralu.h"
#include "bench_common.h"

static void row(const char *name, const ralu_report *r, const ralu_report *base) {
    printf("  %-26s %3d calls  tokens/stage %5lld %5lld %5lld  %9.1f TFLOP  x%.2f FLOPs  x%.2f calls\n", name, r->calls,
           (long long)r->stage[0].image_tokens, (long long)(r->stages > 1 ? r->stage[1].image_tokens : 0), (long long)(r->stages > 2 ? r->stage[2].image_tokens : 0),
           r->flops / 1e12, base->flops / r->flops, (double)base->calls / r->calls);
}

static int part1(void) {
    static const char *const flux_presets[] = { "flux-4x", "flux-7x", "flux-5x-paper", "flux-7x-paper" };
    static const char *const sd3_presets[] = { "sd3-2x", "sd3-3x" };
    ralu_flux_info dev = ralu_flux_info_flux1(1), schnell = ralu_flux_info_flux1(0);
    ralu_sd3_info sd3 = ralu_sd3_info_medium();
    ralu_sample_desc d; ralu_report base, r, sbase;
    size_t i;
    printf("Part 1: computed at 1024 x 1024 (FLOPs of the transformer calls; 2 per multiply-add)\n");
    memset(&d, 0, sizeof d); d.width = d.height = 1024; d.sampler = RALU_SAMPLER_BASELINE; d.steps = 50;
    if (ralu_sample_plan_flux(NULL, &dev, 512, &d, &base)) return 1;
    printf(" FLUX.1-dev, 512 T5 tokens; baseline = 50 Euler steps\n");
    row("baseline 50 steps", &base, &base);
    for (i = 0; i < sizeof flux_presets / sizeof flux_presets[0]; i++) {
        memset(&d, 0, sizeof d); d.width = d.height = 1024; d.sampler = RALU_SAMPLER_RALU;
        if (ralu_ralu_preset(NULL, flux_presets[i], &d.ralu) || ralu_sample_plan_flux(NULL, &dev, 512, &d, &r)) return 1;
        row(flux_presets[i], &r, &base);
    }
    memset(&d, 0, sizeof d); d.width = d.height = 1024; d.sampler = RALU_SAMPLER_BASELINE; d.steps = 4;
    if (ralu_sample_plan_flux(NULL, &schnell, 256, &d, &sbase)) return 1;
    printf(" FLUX.1-schnell, 256 T5 tokens; baseline = 4 steps\n");
    row("baseline 4 steps", &sbase, &sbase);
    memset(&d, 0, sizeof d); d.width = d.height = 1024; d.sampler = RALU_SAMPLER_RALU;
    if (ralu_ralu_preset(NULL, "schnell", &d.ralu) || ralu_sample_plan_flux(NULL, &schnell, 256, &d, &r)) return 1;
    row("schnell (RALU 1-2-4)", &r, &sbase);
    printf("  %-26s x%.2f FLOPs against FLUX.1-dev's 50 steps\n", "schnell (RALU 1-2-4)", base.flops / r.flops);
    memset(&d, 0, sizeof d); d.width = d.height = 1024; d.sampler = RALU_SAMPLER_BASELINE; d.steps = 28;
    if (ralu_sample_plan_sd3(NULL, &sd3, 333, 1, &d, &base)) return 1;
    printf(" SD3-Medium, 77 + 256 text tokens, CFG (batch 2 per call); baseline = 28 steps\n");
    row("baseline 28 steps", &base, &base);
    for (i = 0; i < sizeof sd3_presets / sizeof sd3_presets[0]; i++) {
        memset(&d, 0, sizeof d); d.width = d.height = 1024; d.sampler = RALU_SAMPLER_RALU;
        if (ralu_ralu_preset(NULL, sd3_presets[i], &d.ralu) || ralu_sample_plan_sd3(NULL, &sd3, 333, 1, &d, &r)) return 1;
        row(sd3_presets[i], &r, &base);
    }
    return 0;
}

static void logfn(void *u, ralu_log_level lv, const char *m) { (void)u; if (lv <= RALU_LOG_WARN) fprintf(stderr, "[ralu] %s\n", m); }

static int part2(ralu_backend kind, int size, int steps, int threads) {
    static const char *const presets[] = { "flux-4x", "flux-7x" };
    char path[512];
    const char *tmp = getenv("TMPDIR");
    ralu_ctx *ctx = NULL; ralu_ctx_desc cd; ralu_flux *m = NULL; ralu_vae *vae = NULL;
    ralu_sample_desc d; ralu_report rep; ralu_cond cond;
    float *txt, *y, *lat; int n_txt = 64, i; double base_s, base_flops;
    size_t p;
    snprintf(path, sizeof path, "%s/ralu_bench_sampler_flux.safetensors", tmp && *tmp ? tmp : "/tmp");
    printf("\nPart 2: measured, %d x %d, random FLUX (hidden 768, 2 double + 4 single blocks, bf16), %d text tokens, tiny VAE\n", size, size, n_txt);
    if (!write_flux_model(path, 768, 3072, 2, 4, 0)) { fprintf(stderr, "cannot write %s\n", path); return 1; }
    memset(&cd, 0, sizeof cd);
    cd.backends[0] = kind; cd.log = logfn; cd.num_threads = threads;
    if (ralu_create(&cd, &ctx) != RALU_OK || ralu_flux_load(ctx, path, NULL, &m) != RALU_OK ||
        ralu_vae_load(ctx, "tests/fixtures/sampler/vae", NULL, &vae) != RALU_OK) {
        fprintf(stderr, "setup failed: %s (run from the repository root)\n", ctx ? ralu_last_error(ctx) : "no context");
        remove(path); ralu_destroy(ctx); return 1;
    }
    printf(" on %s\n", ralu_device_name(ctx));
    txt = (float *)malloc((size_t)n_txt * 4096 * 4); y = (float *)malloc(768 * 4);
    lat = (float *)malloc((size_t)16 * (size / 8) * (size / 8) * 4);
    for (i = 0; i < n_txt * 4096; i++) txt[i] = rnd(0.3f);
    for (i = 0; i < 768; i++) y[i] = rnd(0.5f);
    memset(&cond, 0, sizeof cond); cond.n_txt = n_txt; cond.txt = txt; cond.y = y;
    /* warm-up (page in the mapped weights, plan the buffers): not counted */
    memset(&d, 0, sizeof d); d.width = d.height = size; d.seed = 1; d.sampler = RALU_SAMPLER_BASELINE; d.steps = 2;
    if (ralu_sample_flux(m, vae, &cond, &d, lat, &rep) != RALU_OK) { fprintf(stderr, "%s\n", ralu_last_error(ctx)); return 1; }
    memset(&d, 0, sizeof d); d.width = d.height = size; d.seed = 1; d.sampler = RALU_SAMPLER_BASELINE; d.steps = steps;
    if (ralu_sample_flux(m, vae, &cond, &d, lat, &rep) != RALU_OK) { fprintf(stderr, "%s\n", ralu_last_error(ctx)); return 1; }
    base_s = rep.seconds; base_flops = rep.flops;
    printf("  %-12s %3d calls  %8.3f TFLOP  %7.2f s\n", "baseline", rep.calls, rep.flops / 1e12, rep.seconds);
    for (p = 0; p < sizeof presets / sizeof presets[0]; p++) {
        memset(&d, 0, sizeof d); d.width = d.height = size; d.seed = 1; d.sampler = RALU_SAMPLER_RALU;
        ralu_ralu_preset(NULL, presets[p], &d.ralu);
        if (ralu_sample_flux(m, vae, &cond, &d, lat, &rep) != RALU_OK) { fprintf(stderr, "%s\n", ralu_last_error(ctx)); return 1; }
        printf("  %-12s %3d calls  %8.3f TFLOP  %7.2f s  (stages %.2f / %.2f / %.2f s)  wall-time ratio x%.2f (FLOP ratio x%.2f)\n", presets[p], rep.calls,
               rep.flops / 1e12, rep.seconds, rep.stage[0].seconds, rep.stage[1].seconds, rep.stage[2].seconds, base_s / rep.seconds, base_flops / rep.flops);
    }
    free(txt); free(y); free(lat);
    remove(path);
    ralu_destroy(ctx);
    return 0;
}

int main(int argc, char **argv) {
    int i, flops_only = 0, size = 512, steps = 50, threads = 0;
    ralu_backend kind = RALU_BACKEND_CPU;
    for (i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--flops-only")) flops_only = 1;
        else if (!strcmp(argv[i], "--size") && i + 1 < argc) size = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--steps") && i + 1 < argc) steps = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--threads") && i + 1 < argc) threads = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--backend") && i + 1 < argc) { i++; kind = !strcmp(argv[i], "vulkan") ? RALU_BACKEND_VULKAN : RALU_BACKEND_CPU; }
        else { fprintf(stderr, "unknown option %s (see the comment at the top of tools/bench_sampler.c)\n", argv[i]); return 2; }
    }
    if (part1()) { fprintf(stderr, "planning failed\n"); return 1; }
    return flops_only ? 0 : part2(kind, size, steps, threads);
}
