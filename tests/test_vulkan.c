/* The Vulkan backend (lavapipe in CI): every op against the same double-precision
   references as the CPU engine (test_ops.c cases, run on Vulkan), weights split into row
   blocks, whole FLUX / SD3 forwards against the diffusers fixtures and the CPU engine, the
   CPU fallback when Vulkan is made unavailable, device selection, limits, profiling, and
   the embedded SPIR-V being up to date with shaders/.
   Without a Vulkan device these tests print a note and pass, unless RALU_REQUIRE_VULKAN=1
   (CI sets it), where an unavailable Vulkan is a failure. */
#ifdef RALU__HAVE_VULKAN
#include <ctype.h>

static void t_flux_check(ralu_backend kind, const char *dir, const char *file, const char *ref_key, double tol, float **keep);
static void t_sd3_case(ralu_backend kind, const char *variant, const char *file, const char *io_name, float **keep);

static void t_vk_log_quiet(void *u, ralu_log_level lv, const char *m) { (void)u; (void)lv; if (getenv("RALU_TEST_VERBOSE")) fprintf(stderr, "    [ralu] %s\n", m); }

/* 1 when Vulkan works here; otherwise prints a note (skip), or fails under RALU_REQUIRE_VULKAN=1 */
static int t_vk_available(void) {
    ralu_ctx *ctx = NULL; ralu_ctx_desc d; const char *req = getenv("RALU_REQUIRE_VULKAN");
    memset(&d, 0, sizeof d);
    d.backends[0] = RALU_BACKEND_VULKAN; d.log = t_vk_log_quiet;
    if (ralu_create(&d, &ctx) == RALU_OK) { ralu_destroy(ctx); return 1; }
    if (req && !strcmp(req, "1")) T_FAIL("Vulkan is unavailable and RALU_REQUIRE_VULKAN=1");
    else printf("     note: no usable Vulkan device; Vulkan test skipped (RALU_REQUIRE_VULKAN=1 makes this a failure)\n");
    return 0;
}

/* The op and model tests check the f32 (scalar) shaders at the CPU engine's tolerances:
   they run with RALU_VK_COOPMAT=0, and the cooperative-matrix path has its own test. */
typedef struct t_env_saved { char *value; int had; } t_env_saved;
static t_env_saved t_scalar_only(void) {
    t_env_saved s; const char *v = getenv("RALU_VK_COOPMAT");
    s.had = v != NULL; s.value = v ? strdup(v) : NULL;
    setenv("RALU_VK_COOPMAT", "0", 1);
    return s;
}
static void t_env_restore(t_env_saved s) {
    if (s.had) setenv("RALU_VK_COOPMAT", s.value, 1); else unsetenv("RALU_VK_COOPMAT");
    free(s.value);
}
#define T_VK_SCALAR(call) do { if (t_vk_available()) { t_env_saved s_ = t_scalar_only(); call; t_env_restore(s_); } } while (0)

static void test_vk_linear(void) { T_VK_SCALAR(t_linear_all(RALU_BACKEND_VULKAN)); }
static void test_vk_rowops(void) { T_VK_SCALAR(t_rowops_all(RALU_BACKEND_VULKAN)); }
static void test_vk_rope(void) { T_VK_SCALAR(t_rope_all(RALU_BACKEND_VULKAN)); }
static void test_vk_attention(void) { T_VK_SCALAR(t_attention_all(RALU_BACKEND_VULKAN)); }
static void test_vk_conv2d(void) { T_VK_SCALAR(t_conv_all(RALU_BACKEND_VULKAN)); }
/* test_ops' image cases, and a GroupNorm large enough to be split into several slices per
   group (more than 65536 values a group: here 5 uneven slices) */
static void t_vk_image_ops(void) {
    t_image_ops_all(RALU_BACKEND_VULKAN);
    if (!t_failed) t_case_groupnorm(RALU_BACKEND_VULKAN, 70001, 8, 2, 1);
}
static void test_vk_image_ops(void) { T_VK_SCALAR(t_vk_image_ops()); }

/* GEMMs of at least 256 x 256 take the 128 x 128-tile shader (test_ops' shapes are smaller),
   and those with at most 16 output features the 128 x 16 one */
static void t_vk_big_tiles(void) {
    static const ralu_dtype dts[] = { RALU_DTYPE_F32, RALU_DTYPE_F16, RALU_DTYPE_BF16, RALU_DTYPE_F8_E4M3, RALU_DTYPE_F8_E5M2 };
    size_t d;
    for (d = 0; d < sizeof dts / sizeof dts[0] && !t_failed; d++) t_case_linear(RALU_BACKEND_VULKAN, dts[d], 300, 270, 77, 1, d & 1, 1.0f, 2e-6);
    if (!t_failed) t_case_linear(RALU_BACKEND_VULKAN, RALU_DTYPE_BF16, 257, 600, 130, 2, 1, 1.0f, 2e-6);
    if (!t_failed) t_case_conv(RALU_BACKEND_VULKAN, RALU_DTYPE_F32, 17, 17, 8, 260, 3, 1, 1, 1, 1, 1, 2e-6);
    if (!t_failed) t_case_linear(RALU_BACKEND_VULKAN, RALU_DTYPE_F8_E4M3, 150, 13, 77, 1, 1, 0.5f, 2e-6);
    if (!t_failed) t_case_linear(RALU_BACKEND_VULKAN, RALU_DTYPE_F16, 300, 16, 100, 1, 0, 1.0f, 2e-6);
    if (!t_failed) t_case_conv(RALU_BACKEND_VULKAN, RALU_DTYPE_BF16, 20, 9, 6, 3, 3, 1, 1, 1, 1, 1, 2e-6);
}
static void test_vk_big_tiles(void) { T_VK_SCALAR(t_vk_big_tiles()); }

/* the cooperative-matrix GEMM and attention, where the device has them (not lavapipe):
   f16 inputs, so about 1e-3 relative instead of 1e-6 */
static void test_vk_coopmat(void) {
    static const ralu_dtype dts[] = { RALU_DTYPE_F32, RALU_DTYPE_F16, RALU_DTYPE_BF16, RALU_DTYPE_F8_E4M3, RALU_DTYPE_F8_E5M2 };
    ralu_ctx *ctx; int have; size_t d;
    if (!t_vk_available()) return;
    ctx = t_ctx_backend(RALU_BACKEND_VULKAN);
    CHECK(ctx);
    have = ctx->vk->use_coopmat;
    ralu_destroy(ctx);
    if (!have) { printf("     note: this device has no usable cooperative matrices (or RALU_VK_COOPMAT=0); coopmat test skipped\n"); return; }
    for (d = 0; d < sizeof dts / sizeof dts[0] && !t_failed; d++) {
        t_case_linear(RALU_BACKEND_VULKAN, dts[d], 67, 129, 300, 1, 0, 1.0f, 3e-3);
        if (!t_failed) t_case_linear(RALU_BACKEND_VULKAN, dts[d], 130, 200, 257, 2, 1, 0.5f, 3e-3);
    }
    if (!t_failed) t_case_conv(RALU_BACKEND_VULKAN, RALU_DTYPE_F16, 17, 11, 32, 19, 3, 1, 1, 1, 1, 1, 3e-3);
    if (!t_failed) t_case_attention(RALU_BACKEND_VULKAN, 37, 150, 3, 64, 0, 0, 0, 3e-3);
    if (!t_failed) t_case_attention(RALU_BACKEND_VULKAN, 300, 300, 2, 128, 0, 0, 1, 3e-3);
    if (!t_failed) t_flux_check(RALU_BACKEND_VULKAN, "dev", "bfl.safetensors", "out", 1e-2, NULL);
}

/* the coopmat path forced on a device that does not report it (lavapipe): the driver either
   rejects the pipelines, and the op falls back to the scalar shaders with a warning, or runs
   them; either way the op succeeds within the coopmat tolerance */
static void test_vk_coopmat_forced(void) {
    enum { M = 100, N = 48, K = 40 };
    ralu_ctx *ctx; ralu__backend *be; ralu__buffer *b = NULL; ralu__linear lin; t_rng rng = { 99 };
    static float x[M * K], w[N * K], y[M * N]; static double ref[M * N]; int i, j, k;
    if (!t_vk_available()) return;
    ctx = t_ctx_backend(RALU_BACKEND_VULKAN); be = ctx->backend;
    if (ctx->vk->coopmat) { ralu_destroy(ctx); return; }   /* the real thing is tested by vulkan/coopmat */
    ctx->vk->use_coopmat = 1;
    t_fill_normal(&rng, x, M * K, 1.0f); t_fill_normal(&rng, w, N * K, 0.5f);
    for (i = 0; i < M; i++) for (j = 0; j < N; j++) { double acc = 0; for (k = 0; k < K; k++) acc += (double)x[i * K + k] * w[j * K + k]; ref[i * N + j] = acc; }
    memset(&lin, 0, sizeof lin);
    lin.in = K; lin.out = N; lin.nparts = 1;
    lin.w[0].dtype = RALU_DTYPE_F32; lin.w[0].rows = N; lin.w[0].cols = K; lin.w[0].host = w; lin.w[0].scale = 1;
    CHECK_OK(be->buffer_alloc(be, M * K + M * N, &b));
    CHECK_OK(be->upload(be, ralu__view_make(b, 0, M, K), x));
    t_poison(y, M * N);
    CHECK_OK(be->upload(be, ralu__view_make(b, M * K, M, N), y));
    be->begin(be);
    ralu__op_linear(be, ralu__view_make(b, M * K, M, N), ralu__view_make(b, 0, M, K), &lin, 0);
    CHECK_OK(be->end(be));
    CHECK_OK(be->download(be, y, ralu__view_make(b, M * K, M, N)));
    if (getenv("RALU_TEST_VERBOSE")) printf("     coopmat forced: %s\n", ctx->vk->use_coopmat ? "the driver ran the coopmat shader" : "rejected, scalar fallback");
    { double e = t_rel_l2(y, ref, M * N); CHECKF(e <= 3e-3, "forced coopmat linear: rel L2 %.3g", e); }
    be->weight_release(be, &lin.w[0]);
    be->buffer_free(be, b);
    ralu_destroy(ctx);
}

/* ---- one linear layer on a given context: the CPU-vs-Vulkan and fallback cases ---- */
static float *t_linear_on(ralu_ctx *ctx, ralu_dtype dt, int64_t M, int64_t N, int64_t K, uint64_t chunk_bytes) {
    ralu__backend *be = ctx->backend; t_rng rng = { 4242 };
    float *x = (float *)malloc((size_t)(M * K) * 4), *w = (float *)malloc((size_t)(N * K) * 4), *b = (float *)malloc((size_t)N * 4), *out = NULL;
    ralu__linear lin; ralu__buffer *bx = NULL, *by = NULL; ralu__view vx, vy;
    t_fill_normal(&rng, x, (size_t)(M * K), 1.0f); t_fill_normal(&rng, w, (size_t)(N * K), 0.5f); t_fill_normal(&rng, b, (size_t)N, 0.3f);
    if (ctx->vk && chunk_bytes) ctx->vk->weight_chunk_bytes = chunk_bytes;
    if (ctx->vk) ctx->vk->use_coopmat = 0;   /* compared at f32 tolerances */
    memset(&lin, 0, sizeof lin);
    lin.in = K; lin.out = N; lin.nparts = 1;
    t_weight(&lin.w[0], dt, w, N, K, 1.0f, NULL);
    t_weight(&lin.bias, RALU_DTYPE_F32, b, 1, N, 1.0f, NULL);
    if (be->weight_prepare(be, &lin.w[0]) || be->weight_prepare(be, &lin.bias) ||
        be->buffer_alloc(be, (size_t)(M * K), &bx) || be->buffer_alloc(be, (size_t)(M * N), &by)) goto done;
    vx = ralu__view_make(bx, 0, M, K); vy = ralu__view_make(by, 0, M, N);
    be->upload(be, vx, x);
    be->begin(be);
    ralu__op_linear(be, vy, vx, &lin, 0);
    if (be->end(be) != RALU_OK) goto done;
    out = (float *)malloc((size_t)(M * N) * 4);
    t_poison(out, (size_t)(M * N));
    if (be->download(be, out, vy) != RALU_OK) { free(out); out = NULL; }
done:
    if (lin.w[0].dev && be->weight_release) be->weight_release(be, &lin.w[0]);
    if (lin.bias.dev && be->weight_release) be->weight_release(be, &lin.bias);
    free((void *)lin.w[0].host); free((void *)lin.bias.host);
    if (bx) be->buffer_free(be, bx);
    if (by) be->buffer_free(be, by);
    free(x); free(w); free(b);
    return out;
}

/* weights stored as many row blocks (what a > maxMemoryAllocationSize weight becomes) give
   the CPU engine's numbers */
static void test_vk_weight_blocks(void) {
    static const ralu_dtype dts[] = { RALU_DTYPE_F32, RALU_DTYPE_F16, RALU_DTYPE_BF16, RALU_DTYPE_F8_E4M3, RALU_DTYPE_F8_E5M2 };
    size_t d;
    if (!t_vk_available()) return;
    for (d = 0; d < sizeof dts / sizeof dts[0]; d++) {
        ralu_ctx *cpu = t_cpu_ctx(), *vk = t_ctx_backend(RALU_BACKEND_VULKAN);
        float *a, *b; double e;
        CHECK(cpu && vk);
        a = t_linear_on(cpu, dts[d], 70, 203, 97, 0);
        b = t_linear_on(vk, dts[d], 70, 203, 97, 97 * 4 * 13 + 5);  /* 13 rows a block: 16 blocks */
        CHECKF(a && b, "linear failed: %s", ralu_last_error(vk));
        e = t_rel_l2f(b, a, 70 * 203);
        free(a); free(b);
        ralu_destroy(cpu); ralu_destroy(vk);
        CHECKF(e <= 2e-6, "%s weight in 16 row blocks: Vulkan vs CPU rel L2 %.3g", ralu_dtype_name(dts[d]), e);
    }
}

/* one weight larger than lavapipe's 128 MiB maxStorageBufferRange (135 MB of f32), read by
   single dispatches through its device address; few rows, so the GEMV shader */
static void test_vk_big_weight(void) {
    enum { M = 1, N = 1030, K = 32768 };
    ralu_ctx *ctx; ralu__backend *be; ralu__linear lin; ralu__buffer *bx = NULL, *by = NULL;
    float *w, x[M * K], y[M * N]; double *ref; size_t i; int64_t m, n, k;
    uint32_t st = 12345u;
    if (!t_vk_available()) return;
    ctx = t_ctx_backend(RALU_BACKEND_VULKAN); be = ctx->backend;
    if (getenv("RALU_TEST_VERBOSE")) printf("     maxStorageBufferRange %u, maxMemoryAllocationSize %llu\n", ctx->vk->props.limits.maxStorageBufferRange, (unsigned long long)ctx->vk->max_alloc);
    w = (float *)malloc((size_t)N * K * 4); ref = (double *)calloc((size_t)M * N, 8);
    for (i = 0; i < (size_t)N * K; i++) { st = st * 1664525u + 1013904223u; w[i] = (float)((int32_t)st >> 8) * (1.0f / 8388608.0f); }
    for (i = 0; i < (size_t)M * K; i++) { st = st * 1664525u + 1013904223u; x[i] = (float)((int32_t)st >> 8) * (1.0f / 8388608.0f); }
    for (n = 0; n < N; n++) for (m = 0; m < M; m++) { double acc = 0; for (k = 0; k < K; k++) acc += (double)x[m * K + k] * w[(size_t)n * K + k]; ref[m * N + n] = acc; }
    memset(&lin, 0, sizeof lin);
    lin.in = K; lin.out = N; lin.nparts = 1;
    lin.w[0].dtype = RALU_DTYPE_F32; lin.w[0].rows = N; lin.w[0].cols = K; lin.w[0].host = w; lin.w[0].scale = 1;
    CHECKF((uint64_t)N * K * 4 > ctx->vk->props.limits.maxStorageBufferRange || ctx->vk->props.limits.maxStorageBufferRange > (1u << 30), "the weight should exceed the binding limit");
    CHECK_OK(be->weight_prepare(be, &lin.w[0]));
    CHECK(((ralu__vk_weight *)lin.w[0].dev)->nchunks == 1);
    CHECK_OK(be->buffer_alloc(be, M * K, &bx)); CHECK_OK(be->buffer_alloc(be, M * N, &by));
    CHECK_OK(be->upload(be, ralu__view_make(bx, 0, M, K), x));
    t_poison(y, M * N);
    CHECK_OK(be->upload(be, ralu__view_make(by, 0, M, N), y));
    ralu__op_linear(be, ralu__view_make(by, 0, M, N), ralu__view_make(bx, 0, M, K), &lin, 0);
    CHECK_OK(be->end(be));
    CHECK_OK(be->download(be, y, ralu__view_make(by, 0, M, N)));
    {
        double e = t_rel_l2(y, ref, M * N);
        be->weight_release(be, &lin.w[0]); be->buffer_free(be, bx); be->buffer_free(be, by);
        free(w); free(ref); ralu_destroy(ctx);
        CHECKF(e <= 2e-6, "135 MB weight: rel L2 %.3g", e);
    }
}

/* ops outside begin/end run at once; transfers inside a recording keep their order */
static void test_vk_immediate_and_order(void) {
    ralu_ctx *ctx; ralu__backend *be; ralu__buffer *b = NULL; ralu__view v, w;
    float in[8] = { 1, -2, 3, -4, 5, -6, 7, -8 }, out[8];
    int i;
    if (!t_vk_available()) return;
    ctx = t_ctx_backend(RALU_BACKEND_VULKAN); be = ctx->backend;
    CHECK_OK(be->buffer_alloc(be, 16, &b));
    v = ralu__view_make(b, 0, 1, 8); w = ralu__view_make(b, 8, 1, 8);
    CHECK_OK(be->upload(be, v, in));
    ralu__op_act(be, w, v, RALU__ACT_SILU);            /* outside begin/end */
    CHECK_OK(be->end(be));
    CHECK_OK(be->download(be, out, w));
    for (i = 0; i < 8; i++) CHECKF(fabsf(out[i] - in[i] / (1 + expf(-in[i]))) < 1e-6f, "immediate silu[%d] = %g", i, out[i]);
    be->begin(be);
    ralu__op_copy(be, w, v);                            /* recorded ... */
    CHECK_OK(be->download(be, out, w));                /* ... and run before this download */
    for (i = 0; i < 8; i++) CHECKF(out[i] == in[i], "download inside a recording saw %g at %d", out[i], i);
    CHECK_OK(be->upload(be, v, out + 0));
    ralu__op_add(be, w, v, v);
    CHECK_OK(be->end(be));
    CHECK_OK(be->download(be, out, w));
    for (i = 0; i < 8; i++) CHECKF(out[i] == 2 * in[i], "add after an upload in a recording: %g at %d", out[i], i);
    be->buffer_free(be, b);
    ralu_destroy(ctx);
}

/* whole transformer calls on the GPU against the diffusers fixtures (the same bound as
   the CPU engine): FLUX with f32, bf16 and scaled-fp8 weights (four token layouts each),
   SD3-Medium and SD3.5-Medium (QK-norm, dual attention) */
static void t_vk_flux(void) {
    t_flux_check(RALU_BACKEND_VULKAN, "dev", "bfl.safetensors", "out", 1e-4, NULL);
    if (!t_failed) t_flux_check(RALU_BACKEND_VULKAN, "schnell", "diffusers", "out", 1e-4, NULL);
    if (!t_failed) t_flux_check(RALU_BACKEND_VULKAN, "dev", "bfl_bf16_prefixed.safetensors", "out_bf16", 1e-4, NULL);
    if (!t_failed) t_flux_check(RALU_BACKEND_VULKAN, "dev", "bfl_fp8_scaled.safetensors", "out_fp8_scaled", 1e-4, NULL);
}
static void test_vk_flux(void) { T_VK_SCALAR(t_vk_flux()); }
static void t_vk_sd3(void) {
    t_sd3_case(RALU_BACKEND_VULKAN, "sd3m", "diffusers", "io_grid", NULL);
    if (!t_failed) t_sd3_case(RALU_BACKEND_VULKAN, "sd35m", "diffusers", "io_mixed", NULL);
}
static void test_vk_sd3(void) { T_VK_SCALAR(t_vk_sd3()); }

/* Vulkan made unavailable (an ICD list naming a file that does not exist): the default
   context falls back to the CPU with one log line and computes the same numbers */
typedef struct t_logcount { int warn, error; char last[512]; } t_logcount;
static void t_count_log(void *u, ralu_log_level lv, const char *m) {
    t_logcount *c = (t_logcount *)u;
    if (lv == RALU_LOG_WARN) { c->warn++; snprintf(c->last, sizeof c->last, "%s", m); }
    if (lv == RALU_LOG_ERROR) c->error++;
}
static void test_vk_fallback(void) {
    static const char *const vars[2] = { "VK_ICD_FILENAMES", "VK_DRIVER_FILES" };
    char *saved[2] = { NULL, NULL };
    ralu_ctx *ctx = NULL, *vk = NULL; ralu_ctx_desc d; t_logcount lc; ralu_result r;
    ralu_device_info info[4];
    float *a = NULL, *b = NULL; int i, ndev;
    int have_vk = t_vk_available();
    if (t_failed) return;
    for (i = 0; i < 2; i++) { const char *s = getenv(vars[i]); saved[i] = s ? strdup(s) : NULL; setenv(vars[i], "/nonexistent/ralu-no-icd.json", 1); }
    memset(&d, 0, sizeof d); memset(&lc, 0, sizeof lc);
    d.log = t_count_log; d.log_user = &lc;
    r = ralu_create(&d, &ctx);
    ndev = ralu_list_devices(info, 4);
    if (r == RALU_OK) a = t_linear_on(ctx, RALU_DTYPE_BF16, 33, 45, 70, 0);
    for (i = 0; i < 2; i++) { if (saved[i]) setenv(vars[i], saved[i], 1); else unsetenv(vars[i]); free(saved[i]); }
    CHECKF(r == RALU_OK, "ralu_create without a Vulkan driver: %s", ralu_result_string(r));
    CHECKF(ralu_active_backend(ctx) == RALU_BACKEND_CPU, "fell back to backend %d", (int)ralu_active_backend(ctx));
    CHECKF(lc.warn == 1 && lc.error == 0 && strstr(lc.last, "Vulkan backend unavailable"), "log: %d warnings, %d errors, last '%s'", lc.warn, lc.error, lc.last);
    CHECKF(ndev == 0, "ralu_list_devices found %d devices without a driver", ndev);
    ralu_destroy(ctx);
    CHECK(a);
    if (have_vk) {
        vk = t_ctx_backend(RALU_BACKEND_VULKAN);
        CHECK(vk && ralu_active_backend(vk) == RALU_BACKEND_VULKAN);   /* the driver is back */
        b = t_linear_on(vk, RALU_DTYPE_BF16, 33, 45, 70, 0);
        ralu_destroy(vk);
        CHECK(b);
        { double e = t_rel_l2f(a, b, 33 * 45); free(b); CHECKF(e <= 2e-6, "CPU fallback vs Vulkan: rel L2 %.3g", e); }
    }
    free(a);
}

/* device listing and choice by index or name; a name that matches nothing falls back */
static void test_vk_devices(void) {
    ralu_device_info info[16]; int n, i; ralu_ctx *ctx = NULL; ralu_ctx_desc d; char idx[16];
    if (!t_vk_available()) return;
    n = ralu_list_devices(info, 16);
    CHECKF(n >= 1, "ralu_list_devices: %d", n);
    for (i = 0; i < n && i < 16; i++) {
        CHECK(info[i].index == i && info[i].name[0] && info[i].type);
        if (getenv("RALU_TEST_VERBOSE")) printf("     device %d: %s (%s, %.1f GiB, usable %d, coopmat %d)\n", i, info[i].name, info[i].type, info[i].memory_bytes / 1073741824.0, info[i].usable, info[i].cooperative_matrix);
    }
    for (i = 0; i < n && !info[i].usable; i++) {}
    CHECK(i < n);
    memset(&d, 0, sizeof d);
    d.backends[0] = RALU_BACKEND_VULKAN; d.log = t_vk_log_quiet;
    snprintf(idx, sizeof idx, "%d", i); d.device = idx;
    CHECK_OK(ralu_create(&d, &ctx));
    CHECKF(strstr(ralu_device_name(ctx), info[i].name) != NULL, "device \"%s\" gave '%s'", idx, ralu_device_name(ctx));
    ralu_destroy(ctx);
    {   /* by name, ignoring case: the first 3 letters upper-cased */
        char part[8]; int k;
        for (k = 0; k < 3 && info[i].name[k]; k++) part[k] = (char)toupper((unsigned char)info[i].name[k]);
        part[k] = 0;
        d.device = part;
        CHECK_OK(ralu_create(&d, &ctx));
        ralu_destroy(ctx);
    }
    d.device = "no-such-gpu-xyz";
    CHECK(ralu_create(&d, &ctx) == RALU_ERR_VK_UNAVAILABLE && !ctx);
    d.backends[1] = RALU_BACKEND_CPU;
    CHECK_OK(ralu_create(&d, &ctx));
    CHECK(ralu_active_backend(ctx) == RALU_BACKEND_CPU);
    ralu_destroy(ctx);
    d.device = "99"; d.backends[1] = RALU_BACKEND_DEFAULT;
    CHECK(ralu_create(&d, &ctx) == RALU_ERR_VK_UNAVAILABLE);
    {   /* a CPU implementation (lavapipe) as the best device: the default list {VULKAN, CPU}
           takes the CPU engine instead; a list of VULKAN alone, or naming it, takes it */
        int best = -1;
        for (i = 0; i < n && i < 16; i++) if (info[i].usable && (best < 0 || strcmp(info[i].type, "cpu"))) best = i;
        if (best >= 0 && !strcmp(info[best].type, "cpu")) {
            memset(&d, 0, sizeof d); d.log = t_vk_log_quiet;
            CHECK_OK(ralu_create(&d, &ctx));
            CHECKF(ralu_active_backend(ctx) == RALU_BACKEND_CPU, "default context on %s", ralu_device_name(ctx));
            ralu_destroy(ctx);
            d.device = info[best].name;
            CHECK_OK(ralu_create(&d, &ctx));
            CHECKF(ralu_active_backend(ctx) == RALU_BACKEND_VULKAN, "named CPU device gave %s", ralu_device_name(ctx));
            ralu_destroy(ctx);
        }
    }
}

/* thousands of small weights share a few slabs (drivers cap allocations at ~4096); freed
   in any order, the slabs go away and the contents stay right */
static void test_vk_small_weights(void) {
    enum { NW = 3000, WC = 2048 };   /* 8 KiB each: 24 MB, two 16 MiB slabs */
    ralu_ctx *ctx; ralu__backend *be; ralu__weight *w; float *vals; int i, nslabs = 0; ralu__vk_slab *sl;
    ralu__buffer *b = NULL; float x[64], y[64];
    if (!t_vk_available()) return;
    ctx = t_ctx_backend(RALU_BACKEND_VULKAN); be = ctx->backend;
    w = (ralu__weight *)calloc(NW, sizeof *w); vals = (float *)malloc(sizeof(float) * WC * NW);
    for (i = 0; i < WC * NW; i++) vals[i] = (float)(i % 977) * 0.01f + 0.5f;
    for (i = 0; i < NW; i++) {
        w[i].dtype = RALU_DTYPE_F32; w[i].rows = 1; w[i].cols = WC; w[i].host = vals + (size_t)WC * i; w[i].scale = 1;
        CHECK_OK(be->weight_prepare(be, &w[i]));
    }
    for (sl = ctx->vk->slabs; sl; sl = sl->next) nslabs++;
    CHECKF(nslabs == 2, "%d small weights took %d slabs", NW, nslabs);
    for (i = 0; i < NW; i += 2) be->weight_release(be, &w[i]);
    CHECK_OK(be->buffer_alloc(be, 128, &b));
    for (i = 0; i < 64; i++) x[i] = (float)i - 20.0f;
    CHECK_OK(be->upload(be, ralu__view_make(b, 0, 1, 64), x));
    ralu__op_rmsnorm(be, ralu__view_make(b, 64, 1, 64), ralu__view_make(b, 0, 1, 64), 64, 1e-6f, &w[NW - 1]);
    CHECK_OK(be->end(be));
    CHECK_OK(be->download(be, y, ralu__view_make(b, 64, 1, 64)));
    {
        double q = 0; for (i = 0; i < 64; i++) q += (double)x[i] * x[i];
        q = 1.0 / sqrt(q / 64 + 1e-6);
        for (i = 0; i < 64; i++) CHECKF(fabs(y[i] - x[i] * q * vals[(size_t)WC * (NW - 1) + i]) < 1e-5 * (1 + fabs(y[i])), "rmsnorm with a slab weight: [%d] %g", i, y[i]);
    }
    for (i = 1; i < NW; i += 2) be->weight_release(be, &w[i]);
    CHECK(ctx->vk->slabs == NULL || (ctx->vk->slabs->next == NULL && ctx->vk->slabs->live == 0 && ctx->vk->slabs->used == 0));
    be->buffer_free(be, b);
    free(w); free(vals);
    ralu_destroy(ctx);
}

/* limits: a buffer larger than one allocation may be is refused with a clear code */
static void test_vk_limits(void) {
    ralu_ctx *ctx; ralu__backend *be; ralu__buffer *b = NULL; ralu_result r;
    if (!t_vk_available()) return;
    ctx = t_ctx_backend(RALU_BACKEND_VULKAN); be = ctx->backend;
    r = be->buffer_alloc(be, (size_t)(ctx->vk->max_alloc / 4) + 1024, &b);
    CHECKF(r == RALU_ERR_VK_LIMIT && !b, "oversized buffer: %s", ralu_result_string(r));
    CHECKF(strstr(ralu_last_error(ctx), "maxMemoryAllocationSize") != NULL, "message: %s", ralu_last_error(ctx));
    CHECK(be->max_binding_bytes == ctx->vk->max_alloc && be->memory_bytes > 0);
    ralu_destroy(ctx);
}

/* GPU timestamps summed per op kind */
static void test_vk_profile(void) {
    ralu_ctx *ctx = NULL; ralu_ctx_desc d; float *y; int i, n, found = 0;
    if (!t_vk_available()) return;
    memset(&d, 0, sizeof d);
    d.backends[0] = RALU_BACKEND_VULKAN; d.log = t_vk_log_quiet; d.vk_timestamps = 1;
    CHECK_OK(ralu_create(&d, &ctx));
    y = t_linear_on(ctx, RALU_DTYPE_F32, 64, 64, 64, 0);
    CHECK(y);
    free(y);
    n = ralu_profile_count(ctx);
    for (i = 0; i < n; i++) {
        const char *op; int calls; double ms;
        CHECK_OK(ralu_profile_get(ctx, i, &op, &calls, &ms));
        if (!strcmp(op, "linear")) { found = 1; CHECKF(calls == 1 && ms > 0, "linear: %d calls, %g ms", calls, ms); }
    }
    CHECK(found);
    ralu_profile_reset(ctx);
    CHECK_OK(ralu_profile_get(ctx, 0, NULL, &i, NULL));
    CHECK(i == 0);
    ralu_destroy(ctx);
}

/* the embedded SPIR-V was generated from the shaders/ sources now in the tree */
static int t_cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }
static void test_vk_spirv_fresh(void) {
    DIR *dir = opendir("shaders");
    struct dirent *e; char *names[256]; int n = 0, i;
    uint64_t h = 0xcbf29ce484222325ull;
    CHECKF(dir != NULL, "no shaders/ folder (run the tests from the repository root)");
    while ((e = readdir(dir)) && n < 256) {
        size_t l = strlen(e->d_name);
        if ((l > 5 && !strcmp(e->d_name + l - 5, ".comp")) || (l > 5 && !strcmp(e->d_name + l - 5, ".glsl"))) names[n++] = strdup(e->d_name);
    }
    closedir(dir);
    qsort(names, (size_t)n, sizeof names[0], t_cmp_str);
    for (i = 0; i < n; i++) {
        char path[600]; size_t len = 0, k; unsigned char *data;
        snprintf(path, sizeof path, "shaders/%s", names[i]);
        data = (unsigned char *)t_read_file(path, &len);
        for (k = 0; k <= strlen(names[i]); k++) { h ^= (unsigned char)names[i][k]; h *= 0x100000001b3ull; }
        for (k = 0; data && k < len; k++) { h ^= data[k]; h *= 0x100000001b3ull; }
        h ^= 0; h *= 0x100000001b3ull;
        free(data); free(names[i]);
    }
    CHECKF(h == ralu__spirv_source_hash, "the SPIR-V in ralu.h is stale: shaders/ hash to %016llx, ralu.h was generated from %016llx; run python3 tools/embed_shaders.py",
           (unsigned long long)h, (unsigned long long)ralu__spirv_source_hash);
}

static const test_case tests_vulkan[] = {
    { "vulkan/spirv_fresh", test_vk_spirv_fresh },
    { "vulkan/linear", test_vk_linear },
    { "vulkan/linear_big_tiles", test_vk_big_tiles },
    { "vulkan/weight_blocks", test_vk_weight_blocks },
    { "vulkan/big_weight", test_vk_big_weight },
    { "vulkan/rowops", test_vk_rowops },
    { "vulkan/rope", test_vk_rope },
    { "vulkan/attention", test_vk_attention },
    { "vulkan/conv2d", test_vk_conv2d },
    { "vulkan/groupnorm_upsample", test_vk_image_ops },
    { "vulkan/coopmat", test_vk_coopmat },
    { "vulkan/coopmat_forced_fallback", test_vk_coopmat_forced },
    { "vulkan/immediate_and_order", test_vk_immediate_and_order },
    { "vulkan/flux", test_vk_flux },
    { "vulkan/sd3", test_vk_sd3 },
    { "vulkan/fallback", test_vk_fallback },
    { "vulkan/devices", test_vk_devices },
    { "vulkan/small_weights_slabs", test_vk_small_weights },
    { "vulkan/limits", test_vk_limits },
    { "vulkan/profile", test_vk_profile },
    { NULL, NULL }
};
#else
static const test_case tests_vulkan[] = { { NULL, NULL } };
#endif
