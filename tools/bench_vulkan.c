/* Benchmark: the Vulkan backend's GEMM (linear) and attention next to the CPU engine on the
   same shapes, in one run. FLUX.1 shapes (hidden 3072, MLP 12288, 24 heads x 128) scaled
   down by default so that lavapipe (Vulkan on the CPU) finishes in seconds; --full uses a
   1024x1024 FLUX.1 image's 4608 tokens. Not a test: timings, not pass/fail.

   build:  cc -O3 -march=native -fopenmp tools/bench_vulkan.c -o build/bench_vulkan -lm -ldl
   run:    ./build/bench_vulkan                 (scaled shapes, CPU + Vulkan)
           ./build/bench_vulkan --full --reps 5 (FLUX.1 at 1024^2 shapes; for a real GPU)
   options: --tokens N  --hidden N  --mlp N  --heads N  --head-dim N  --dtype f32|f16|bf16|e4m3|e5m2
            --reps N  --threads N  --backend cpu|vulkan|both  --device NAME|INDEX  --full

   Vulkan times are GPU timestamps around the dispatches (ralu_profile_*), and wall-clock
   times with the submit and wait included; on a device with cooperative matrices both the
   scalar shaders and the coopmat shaders are measured. Every timed result is compared with
   the CPU engine's (relative L2) so that a fast wrong kernel cannot pass unnoticed. */
#define RALU_IMPLEMENTATION
#include "../ralu.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct bench_opts {
    int64_t tokens, hidden, mlp; int heads, head_dim, reps, threads, which; ralu_dtype dt; const char *device;
} bench_opts;

static uint64_t rng_state = 88172645463325252ull;
static float rnd(float s) {
    uint64_t r;
    rng_state ^= rng_state << 13; rng_state ^= rng_state >> 7; rng_state ^= rng_state << 17; r = rng_state;
    return ((float)(r & 0xffff) + (float)((r >> 16) & 0xffff) + (float)((r >> 32) & 0xffff) + (float)(r >> 48) - 131070.0f) / 65536.0f * 1.7320508f * s;
}

/* a weight of dtype dt, rows x cols, random; the bytes are malloc'ed (freed by the caller) */
static void make_weight(ralu__weight *w, ralu_dtype dt, int64_t rows, int64_t cols) {
    size_t n = (size_t)(rows * cols), i, es = ralu__dtype_size(dt);
    unsigned char *p = (unsigned char *)malloc(n * es);
    for (i = 0; i < n; i++) {
        float v = rnd(0.02f);
        switch (dt) {
        case RALU_DTYPE_F32: memcpy(p + 4 * i, &v, 4); break;
        case RALU_DTYPE_F16: { uint16_t h = ralu__f32_to_f16(v); memcpy(p + 2 * i, &h, 2); break; }
        case RALU_DTYPE_BF16: { uint16_t h = ralu__f32_to_bf16(v); memcpy(p + 2 * i, &h, 2); break; }
        default: p[i] = (unsigned char)((rng_state >> (i % 48)) & 0x77); break; /* finite fp8 codes */
        }
    }
    memset(w, 0, sizeof *w);
    w->dtype = dt; w->rows = rows; w->cols = cols; w->host = p; w->scale = 1.0f;
}

typedef struct timing { double wall_ms, gpu_ms; float *out; } timing;

static ralu_ctx *open_ctx(ralu_backend kind, const bench_opts *o) {
    ralu_ctx *ctx = NULL; ralu_ctx_desc d;
    memset(&d, 0, sizeof d);
    d.backends[0] = kind; d.num_threads = o->threads; d.device = o->device; d.vk_timestamps = 1;
    if (ralu_create(&d, &ctx) != RALU_OK) return NULL;
    return ctx;
}
static double prof_ms(ralu_ctx *ctx, const char *op) {
    int i, n = ralu_profile_count(ctx), calls; const char *name; double ms;
    for (i = 0; i < n; i++) if (ralu_profile_get(ctx, i, &name, &calls, &ms) == RALU_OK && !strcmp(name, op)) return ms;
    return -1;
}

/* Y[M, N] = X[M, K] W^T: best of reps */
static timing run_linear(ralu_ctx *ctx, const float *x, ralu__weight *wsrc, int64_t M, int64_t N, int64_t K, int reps) {
    ralu__backend *be = ctx->backend; ralu__linear lin; ralu__buffer *bx = NULL, *by = NULL; timing t; int r;
    memset(&t, 0, sizeof t); t.wall_ms = t.gpu_ms = 1e30;
    memset(&lin, 0, sizeof lin);
    lin.in = K; lin.out = N; lin.nparts = 1; lin.w[0] = *wsrc; lin.w[0].dev = NULL;
    if (be->weight_prepare(be, &lin.w[0]) || be->buffer_alloc(be, (size_t)(M * K), &bx) || be->buffer_alloc(be, (size_t)(M * N), &by)) { printf("  setup failed: %s\n", ralu_last_error(ctx)); goto out; }
    be->upload(be, ralu__view_make(bx, 0, M, K), x);
    for (r = 0; r <= reps; r++) {   /* the first run warms up (pipelines, caches) */
        double t0 = ralu__now(), g0 = prof_ms(ctx, "linear"), wall, gpu;
        be->begin(be);
        ralu__op_linear(be, ralu__view_make(by, 0, M, N), ralu__view_make(bx, 0, M, K), &lin, 0);
        if (be->end(be) != RALU_OK) { printf("  linear failed: %s\n", ralu_last_error(ctx)); goto out; }
        wall = (ralu__now() - t0) * 1e3; gpu = prof_ms(ctx, "linear") - g0;
        if (r && wall < t.wall_ms) t.wall_ms = wall;
        if (r && g0 >= 0 && gpu < t.gpu_ms) t.gpu_ms = gpu;
    }
    t.out = (float *)malloc((size_t)(M * N) * 4);
    be->download(be, t.out, ralu__view_make(by, 0, M, N));
out:
    if (lin.w[0].dev && be->weight_release) be->weight_release(be, &lin.w[0]);
    if (bx) be->buffer_free(be, bx);
    if (by) be->buffer_free(be, by);
    return t;
}

/* self-attention over L tokens, q|k|v fused [L, 3 H D] like FLUX */
static timing run_attention(ralu_ctx *ctx, const float *qkv, int64_t L, int H, int D, int reps) {
    ralu__backend *be = ctx->backend; ralu__buffer *bq = NULL, *bo = NULL; ralu__attn_opts a; timing t; int r;
    int64_t HD = (int64_t)H * D;
    ralu__view whole, q, k, v, o;
    memset(&t, 0, sizeof t); t.wall_ms = t.gpu_ms = 1e30;
    memset(&a, 0, sizeof a);
    a.heads = H; a.head_dim = D; a.scale = 1.0f / sqrtf((float)D);
    if (be->buffer_alloc(be, (size_t)(L * 3 * HD), &bq) || be->buffer_alloc(be, (size_t)(L * HD), &bo)) { printf("  setup failed: %s\n", ralu_last_error(ctx)); goto out; }
    whole = ralu__view_make(bq, 0, L, 3 * HD);
    be->upload(be, whole, qkv);
    q = ralu__view_sub(whole, 0, L, 0, HD); k = ralu__view_sub(whole, 0, L, HD, HD); v = ralu__view_sub(whole, 0, L, 2 * HD, HD);
    o = ralu__view_make(bo, 0, L, HD);
    for (r = 0; r <= reps; r++) {
        double t0 = ralu__now(), g0 = prof_ms(ctx, "attention"), wall, gpu;
        be->begin(be);
        ralu__op_attention(be, o, q, k, v, &a);
        if (be->end(be) != RALU_OK) { printf("  attention failed: %s\n", ralu_last_error(ctx)); goto out; }
        wall = (ralu__now() - t0) * 1e3; gpu = prof_ms(ctx, "attention") - g0;
        if (r && wall < t.wall_ms) t.wall_ms = wall;
        if (r && g0 >= 0 && gpu < t.gpu_ms) t.gpu_ms = gpu;
    }
    t.out = (float *)malloc((size_t)(L * HD) * 4);
    be->download(be, t.out, o);
out:
    if (bq) be->buffer_free(be, bq);
    if (bo) be->buffer_free(be, bo);
    return t;
}

static double rel_l2(const float *a, const float *ref, size_t n) {
    double num = 0, den = 0; size_t i;
    if (!a || !ref) return -1;
    for (i = 0; i < n; i++) { double d = (double)a[i] - ref[i]; num += d * d; den += (double)ref[i] * ref[i]; }
    return den > 0 ? sqrt(num / den) : sqrt(num);
}
static void report(const char *what, const char *backend, double flops, timing t, const float *ref, size_t n) {
    if (!t.out) { printf("  %-34s %-16s failed\n", what, backend); return; }
    printf("  %-34s %-16s %9.2f ms %9.1f GFLOP/s", what, backend, t.wall_ms, flops / t.wall_ms * 1e-6);
    if (t.gpu_ms < 1e29) printf("   GPU %9.2f ms %9.1f GFLOP/s", t.gpu_ms, flops / t.gpu_ms * 1e-6);
    if (ref && ref != t.out) printf("   vs CPU rel L2 %.2g", rel_l2(t.out, ref, n));
    printf("\n");
}

int main(int argc, char **argv) {
    bench_opts o; int i, nvk = 0; ralu_ctx *cpu = NULL, *vk = NULL;
    char cmd[1024]; size_t cl = 0;
    memset(&o, 0, sizeof o);
    o.tokens = 1024; o.hidden = 1024; o.mlp = 4096; o.heads = 8; o.head_dim = 128; o.reps = 3; o.dt = RALU_DTYPE_BF16; o.which = 3;
    for (i = 0; i < argc; i++) cl += (size_t)snprintf(cmd + cl, cl < sizeof cmd ? sizeof cmd - cl : 0, "%s%s", i ? " " : "", argv[i]);
    for (i = 1; i < argc; i++) {
        const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (!strcmp(a, "--full")) { o.tokens = 4608; o.hidden = 3072; o.mlp = 12288; o.heads = 24; o.head_dim = 128; }
        else if (!strcmp(a, "--tokens") && v) { o.tokens = atoll(v); i++; }
        else if (!strcmp(a, "--hidden") && v) { o.hidden = atoll(v); i++; }
        else if (!strcmp(a, "--mlp") && v) { o.mlp = atoll(v); i++; }
        else if (!strcmp(a, "--heads") && v) { o.heads = atoi(v); i++; }
        else if (!strcmp(a, "--head-dim") && v) { o.head_dim = atoi(v); i++; }
        else if (!strcmp(a, "--reps") && v) { o.reps = atoi(v); i++; }
        else if (!strcmp(a, "--threads") && v) { o.threads = atoi(v); i++; }
        else if (!strcmp(a, "--device") && v) { o.device = v; i++; }
        else if (!strcmp(a, "--backend") && v) { o.which = !strcmp(v, "cpu") ? 1 : !strcmp(v, "vulkan") ? 2 : 3; i++; }
        else if (!strcmp(a, "--dtype") && v) {
            o.dt = !strcmp(v, "f32") ? RALU_DTYPE_F32 : !strcmp(v, "f16") ? RALU_DTYPE_F16 : !strcmp(v, "e4m3") ? RALU_DTYPE_F8_E4M3 : !strcmp(v, "e5m2") ? RALU_DTYPE_F8_E5M2 : RALU_DTYPE_BF16;
            i++;
        } else { fprintf(stderr, "bench_vulkan: unknown option %s (see the header of tools/bench_vulkan.c)\n", a); return 2; }
    }
    printf("command: %s\n", cmd);
    printf("build:   cc -O3 -march=native -fopenmp tools/bench_vulkan.c -o build/bench_vulkan -lm -ldl\n");
    if (o.which & 1) { cpu = open_ctx(RALU_BACKEND_CPU, &o); printf("cpu:     %s\n", cpu ? ralu_device_name(cpu) : "unavailable"); }
    if (o.which & 2) {
        vk = open_ctx(RALU_BACKEND_VULKAN, &o);
        printf("vulkan:  %s\n", vk ? ralu_device_name(vk) : "unavailable");
        nvk = vk ? (vk->vk->coopmat ? 2 : 1) : 0;
    }
    printf("weights %s, tokens %lld, hidden %lld, mlp %lld, attention %d x %d; best of %d after a warm-up\n",
           ralu_dtype_name(o.dt), (long long)o.tokens, (long long)o.hidden, (long long)o.mlp, o.heads, o.head_dim, o.reps);
    {   /* GEMMs of a FLUX block: qkv, mlp up, mlp down */
        int64_t shapes[3][2] = { { o.hidden, 3 * o.hidden }, { o.hidden, o.mlp }, { o.mlp, o.hidden } };
        static const char *const names[3] = { "linear qkv", "linear mlp-up", "linear mlp-down" };
        int s, c;
        for (s = 0; s < 3; s++) {
            int64_t M = o.tokens, K = shapes[s][0], N = shapes[s][1];
            float *x = (float *)malloc((size_t)(M * K) * 4); ralu__weight w; size_t j; char what[96];
            timing tc; double fl = 2.0 * (double)M * (double)N * (double)K;
            memset(&tc, 0, sizeof tc);
            for (j = 0; j < (size_t)(M * K); j++) x[j] = rnd(1.0f);
            make_weight(&w, o.dt, N, K);
            snprintf(what, sizeof what, "%s %lldx%lldx%lld", names[s], (long long)M, (long long)N, (long long)K);
            if (cpu) { tc = run_linear(cpu, x, &w, M, N, K, o.reps); report(what, "cpu", fl, tc, NULL, 0); }
            for (c = 0; c < nvk; c++) {
                timing tv;
                vk->vk->use_coopmat = c;
                tv = run_linear(vk, x, &w, M, N, K, o.reps);
                report(what, c ? "vulkan coopmat" : "vulkan scalar", fl, tv, tc.out, (size_t)(M * N));
                free(tv.out);
            }
            free(tc.out); free(x); free((void *)w.host);
        }
    }
    {   /* attention */
        int64_t L = o.tokens, HD = (int64_t)o.heads * o.head_dim; size_t j; int c; char what[96];
        float *qkv = (float *)malloc((size_t)(L * 3 * HD) * 4);
        timing tc; double fl = 4.0 * (double)L * (double)L * (double)HD;
        memset(&tc, 0, sizeof tc);
        for (j = 0; j < (size_t)(L * 3 * HD); j++) qkv[j] = rnd(1.0f);
        snprintf(what, sizeof what, "attention L=%lld %dx%d", (long long)L, o.heads, o.head_dim);
        if (cpu) { tc = run_attention(cpu, qkv, L, o.heads, o.head_dim, o.reps); report(what, "cpu", fl, tc, NULL, 0); }
        for (c = 0; c < nvk; c++) {
            timing tv;
            vk->vk->use_coopmat = c;
            tv = run_attention(vk, qkv, L, o.heads, o.head_dim, o.reps);
            report(what, c ? "vulkan coopmat" : "vulkan scalar", fl, tv, tc.out, (size_t)(L * HD));
            free(tv.out);
        }
        free(tc.out); free(qkv);
    }
    if (cpu) ralu_destroy(cpu);
    if (vk) ralu_destroy(vk);
    return 0;
}
