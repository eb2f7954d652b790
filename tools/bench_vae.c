/* Benchmark: one VAE decode at the real FLUX / SD3 widths (128, 256, 512, 512; 32 groups;
   16 latent channels), random bf16 (or f32) decoder weights written to a temporary
   ae.safetensors in Black Forest Labs layout, on the CPU engine and/or the Vulkan device.
   Prints seconds, TFLOP per decode (ralu_vae_decode_flops) and GFLOP/s; with --tiled also
   the forced-tiled decode of the same latent and its time relative to the untiled one (the
   reference measured in the same run), and with both backends Vulkan's speed-up over the CPU.
   Not a test: timings, not pass/fail.

   build:  cc -O3 -march=native -fopenmp tools/bench_vae.c -o build/bench_vae -lm -ldl
   run:    ./build/bench_vae                         (1024 x 1024, CPU)
           ./build/bench_vae --backend both --tiled
   options: --backend cpu|vulkan|both  --size PIXELS (multiple of 8)  --f32  --reps N
            --threads N  --tiled  --tile LATENT_PIXELS */
#define RALU_IMPLEMENTATION
#include "../ralu.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint64_t rng_state = 88172645463325252ull;
static uint64_t rng(void) { rng_state ^= rng_state << 13; rng_state ^= rng_state >> 7; rng_state ^= rng_state << 17; return rng_state; }
static float rnd(float s) {   /* roughly N(0, s^2): the sum of 4 uniforms */
    uint64_t r = rng();
    float a = (float)(r & 0xffff) + (float)((r >> 16) & 0xffff) + (float)((r >> 32) & 0xffff) + (float)(r >> 48);
    return (a / 65536.0f - 2.0f) * 1.7320508f * s;
}

typedef struct { char name[256]; int ndim; int64_t shape[4]; int kind; /* 0 weight, 1 bias, 2 norm scale */ } tensor_spec;
static tensor_spec specs[1024];
static int nspec;

static void add(const char *name, int ndim, int64_t a, int64_t b, int64_t c, int64_t d, int kind) {
    tensor_spec *t = &specs[nspec++];
    snprintf(t->name, sizeof t->name, "%s", name); t->ndim = ndim; t->kind = kind;
    t->shape[0] = a; t->shape[1] = b; t->shape[2] = c; t->shape[3] = d;
}
static void add_conv(const char *base, int cin, int cout, int k) {
    char n[200];
    snprintf(n, sizeof n, "%s.weight", base); add(n, 4, cout, cin, k, k, 0);
    snprintf(n, sizeof n, "%s.bias", base); add(n, 1, cout, 0, 0, 0, 1);
}
static void add_norm(const char *base, int c) {
    char n[200];
    snprintf(n, sizeof n, "%s.weight", base); add(n, 1, c, 0, 0, 0, 2);
    snprintf(n, sizeof n, "%s.bias", base); add(n, 1, c, 0, 0, 0, 1);
}
static void add_res(const char *base, int cin, int cout) {
    char n[200];
    snprintf(n, sizeof n, "%s.norm1", base); add_norm(n, cin);
    snprintf(n, sizeof n, "%s.conv1", base); add_conv(n, cin, cout, 3);
    snprintf(n, sizeof n, "%s.norm2", base); add_norm(n, cout);
    snprintf(n, sizeof n, "%s.conv2", base); add_conv(n, cout, cout, 3);
    if (cin != cout) { snprintf(n, sizeof n, "%s.nin_shortcut", base); add_conv(n, cin, cout, 1); }
}

/* the decoder of a FLUX-width VAE, BFL names (ARCH.md §5.5) */
static int write_decoder(const char *path, int f32) {
    static const int ch[4] = { 128, 256, 512, 512 };
    int l, j, i; char n[200], *hdr; size_t hl = 0, hcap = 1 << 20, es = f32 ? 4 : 2; int64_t off = 0;
    FILE *f; unsigned char len[8];
    nspec = 0;
    add_conv("decoder.conv_in", 16, 512, 3);
    add_res("decoder.mid.block_1", 512, 512);
    add_norm("decoder.mid.attn_1.norm", 512);
    add_conv("decoder.mid.attn_1.q", 512, 512, 1); add_conv("decoder.mid.attn_1.k", 512, 512, 1);
    add_conv("decoder.mid.attn_1.v", 512, 512, 1); add_conv("decoder.mid.attn_1.proj_out", 512, 512, 1);
    add_res("decoder.mid.block_2", 512, 512);
    for (l = 3; l >= 0; l--) {
        for (j = 0; j < 3; j++) {
            snprintf(n, sizeof n, "decoder.up.%d.block.%d", l, j);
            add_res(n, j ? ch[l] : (l == 3 ? 512 : ch[l + 1]), ch[l]);
        }
        if (l > 0) { snprintf(n, sizeof n, "decoder.up.%d.upsample.conv", l); add_conv(n, ch[l], ch[l], 3); }
    }
    add_norm("decoder.norm_out", 128);
    add_conv("decoder.conv_out", 128, 3, 3);
    hdr = (char *)malloc(hcap);
    hl += (size_t)snprintf(hdr + hl, hcap - hl, "{");
    for (i = 0; i < nspec; i++) {
        tensor_spec *t = &specs[i]; int64_t cnt = 1; int d;
        for (d = 0; d < t->ndim; d++) cnt *= t->shape[d];
        hl += (size_t)snprintf(hdr + hl, hcap - hl, "%s\"%s\":{\"dtype\":\"%s\",\"shape\":[", i ? "," : "", t->name, f32 ? "F32" : "BF16");
        for (d = 0; d < t->ndim; d++) hl += (size_t)snprintf(hdr + hl, hcap - hl, d ? ",%lld" : "%lld", (long long)t->shape[d]);
        hl += (size_t)snprintf(hdr + hl, hcap - hl, "],\"data_offsets\":[%lld,%lld]}", (long long)off, (long long)(off + cnt * (int64_t)es));
        off += cnt * (int64_t)es;
    }
    hl += (size_t)snprintf(hdr + hl, hcap - hl, "}");
    f = fopen(path, "wb");
    if (!f) { free(hdr); return 0; }
    for (i = 0; i < 8; i++) len[i] = (unsigned char)((uint64_t)hl >> (8 * i));
    fwrite(len, 1, 8, f); fwrite(hdr, 1, hl, f); free(hdr);
    for (i = 0; i < nspec; i++) {
        tensor_spec *t = &specs[i]; int64_t cnt = 1, q, fan = 1; int d;
        for (d = 0; d < t->ndim; d++) cnt *= t->shape[d];
        for (d = 1; d < t->ndim; d++) fan *= t->shape[d];
        for (q = 0; q < cnt; q++) {
            float v = t->kind == 2 ? 1.0f + rnd(0.1f) : t->kind == 1 ? rnd(0.02f) : rnd(1.0f / sqrtf((float)fan));
            if (f32) fwrite(&v, 4, 1, f);
            else { uint32_t u; unsigned char b[2]; memcpy(&u, &v, 4); b[0] = (unsigned char)(u >> 16); b[1] = (unsigned char)(u >> 24); fwrite(b, 1, 2, f); }
        }
    }
    return fclose(f) == 0;
}

static void logfn(void *u, ralu_log_level lv, const char *m) { (void)u; if (lv <= RALU_LOG_INFO) fprintf(stderr, "[ralu] %s\n", m); }

/* best seconds of `reps` decodes, or a negative number on failure */
static double time_decode(ralu_vae *v, const float *z, int h, int w, const ralu_vae_decode_opts *o, float *img, int reps, const char *what) {
    double best = 1e30; int r;
    for (r = 0; r < reps; r++) {
        double t0 = ralu__now();
        if (ralu_vae_decode_ex(v, z, h, w, o, img) != RALU_OK) return -1;
        t0 = ralu__now() - t0;
        if (t0 < best) best = t0;
        printf("  %s decode %d: %.3f s\n", what, r + 1, t0);
    }
    return best;
}

static double bench(ralu_backend kind, const char *path, int size, int reps, int threads, int tiled, int tile) {
    ralu_ctx *ctx = NULL; ralu_ctx_desc cd; ralu_vae *v = NULL; ralu_vae_decode_opts o;
    int h = size / 8, w = size / 8, i; float *z, *img; double t0, fl, best, bt;
    const char *name = kind == RALU_BACKEND_VULKAN ? "vulkan" : "cpu";
    memset(&cd, 0, sizeof cd);
    cd.backends[0] = kind; cd.log = logfn; cd.log_level = RALU_LOG_INFO; cd.num_threads = threads;
    if (ralu_create(&cd, &ctx) != RALU_OK) { printf("%-8s unavailable\n", name); return -1; }
    if (ralu_active_backend(ctx) != kind) { printf("%-8s unavailable (context fell back)\n", name); ralu_destroy(ctx); return -1; }
    t0 = ralu__now();
    if (ralu_vae_load(ctx, path, NULL, &v) != RALU_OK) { printf("load failed: %s\n", ralu_last_error(ctx)); ralu_destroy(ctx); return -1; }
    printf("%-8s %s: load %.2f s\n", name, ralu_device_name(ctx), ralu__now() - t0);
    z = (float *)malloc(sizeof(float) * 16 * (size_t)h * w); img = (float *)malloc(sizeof(float) * 3 * (size_t)size * size);
    for (i = 0; i < 16 * h * w; i++) z[i] = rnd(1.0f);
    fl = ralu_vae_decode_flops(ralu_vae_get_info(v), h, w);
    memset(&o, 0, sizeof o);
    best = time_decode(v, z, h, w, &o, img, reps, "auto");
    if (best < 0) printf("decode failed: %s\n", ralu_last_error(ctx));
    else printf("%-8s %dx%d decode: %.3f s, %.2f TFLOP, %.1f GFLOP/s\n", name, size, size, best, fl / 1e12, fl / best / 1e9);
    if (best > 0 && tiled) {
        o.tiling = RALU_VAE_TILING_ON; o.tile_size = tile;
        bt = time_decode(v, z, h, w, &o, img, reps, "tiled");
        if (bt < 0) printf("tiled decode failed: %s\n", ralu_last_error(ctx));
        else printf("%-8s tiled (%s): %.3f s = %.2fx the untiled time\n", name, tile ? "given tile" : "64-pixel latent tiles", bt, bt / best);
    }
    free(z); free(img);
    ralu_vae_free(v); ralu_destroy(ctx);
    return best;
}

int main(int argc, char **argv) {
    int size = 1024, f32 = 0, reps = 1, threads = 0, tiled = 0, tile = 0, i, which = 1; /* 1 cpu, 2 vulkan, 3 both */
    double tc = -1, tv = -1;
    char path[512];
    const char *tmp = getenv("TMPDIR");
    for (i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--backend") && i + 1 < argc) { i++; which = !strcmp(argv[i], "vulkan") ? 2 : !strcmp(argv[i], "both") ? 3 : 1; }
        else if (!strcmp(argv[i], "--size") && i + 1 < argc) size = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--reps") && i + 1 < argc) reps = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--threads") && i + 1 < argc) threads = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--tile") && i + 1 < argc) { tile = atoi(argv[++i]); tiled = 1; }
        else if (!strcmp(argv[i], "--tiled")) tiled = 1;
        else if (!strcmp(argv[i], "--f32")) f32 = 1;
        else { fprintf(stderr, "unknown option %s (see the comment at the top of tools/bench_vae.c)\n", argv[i]); return 2; }
    }
    if (size < 8 || size % 8) { fprintf(stderr, "--size must be a positive multiple of 8\n"); return 2; }
    snprintf(path, sizeof path, "%s/ralu_bench_vae_%s.safetensors", tmp && *tmp ? tmp : "/tmp", f32 ? "f32" : "bf16");
    printf("FLUX/SD3-width VAE decode: %dx%d pixels (latent %dx%d), %s weights\n", size, size, size / 8, size / 8, f32 ? "f32" : "bf16");
    printf("command: %s", argv[0]); for (i = 1; i < argc; i++) printf(" %s", argv[i]); printf("\n");
    if (!write_decoder(path, f32)) { fprintf(stderr, "cannot write %s\n", path); return 1; }
    if (which & 1) tc = bench(RALU_BACKEND_CPU, path, size, reps, threads, tiled, tile);
    if (which & 2) tv = bench(RALU_BACKEND_VULKAN, path, size, reps, threads, tiled, tile);
    if (tc > 0 && tv > 0) printf("vulkan speed-up over cpu: %.2fx\n", tc / tv);
    remove(path);
    return 0;
}
