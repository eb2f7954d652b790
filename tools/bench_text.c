/* Benchmark: the tokenizers (embedded CLIP vocabulary: load time, prompts per second; T5 with
   --spiece PATH) and one text-encoder call at real widths with random bf16 weights written to
   a temporary single file: CLIP-L (768, 12 heads, MLP 3072, 77 ids) and T5-XXL (4096, 64 heads,
   gated FF 10240, 512 ids) with a chosen number of layers. The reference measured in the same
   run is the encoder's matmuls alone (the same linears on the same shapes): the ratio
   encode / matmuls shows what attention, norms and the host-side embedding gather add.
   Not a test: timings, not pass/fail.

   build:  cc -O3 -march=native -fopenmp tools/bench_text.c -o build/bench_text -lm -ldl
   run:    ./build/bench_text                   (CPU, CLIP-L 12 layers, T5 2 layers)
   options: --backend cpu|vulkan  --clip-layers N  --t5-layers N  --t5-len N  --reps N
            --spiece PATH  --threads N */
#define RALU_IMPLEMENTATION
#include "../ralu.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench_common.h"

static int write_specs(const char *path, const tensor_spec *t, int n) { return write_random_safetensors(path, t, n, 0); }

static int write_clip(const char *path, int layers) {
    static tensor_spec t[512]; int n = 0, i; char b[160];
    const int64_t D = 768, ff = 3072;
    n = add(t, n, "text_model.embeddings.token_embedding.weight", 49408, D, 0);
    n = add(t, n, "text_model.embeddings.position_embedding.weight", 77, D, 0);
    for (i = 0; i < layers; i++) {
        const char *ln[2] = { "layer_norm1", "layer_norm2" }, *pr[4] = { "q_proj", "k_proj", "v_proj", "out_proj" }; int k;
        for (k = 0; k < 2; k++) {
            snprintf(b, sizeof b, "text_model.encoder.layers.%d.%s.weight", i, ln[k]); n = add(t, n, b, D, 1, 2);
            snprintf(b, sizeof b, "text_model.encoder.layers.%d.%s.bias", i, ln[k]); n = add(t, n, b, D, 1, 1);
        }
        for (k = 0; k < 4; k++) { snprintf(b, sizeof b, "text_model.encoder.layers.%d.self_attn.%s", i, pr[k]); n = add_linear(t, n, b, D, D); }
        snprintf(b, sizeof b, "text_model.encoder.layers.%d.mlp.fc1", i); n = add_linear(t, n, b, D, ff);
        snprintf(b, sizeof b, "text_model.encoder.layers.%d.mlp.fc2", i); n = add_linear(t, n, b, ff, D);
    }
    n = add(t, n, "text_model.final_layer_norm.weight", D, 1, 2); n = add(t, n, "text_model.final_layer_norm.bias", D, 1, 1);
    return write_specs(path, t, n);
}
static int write_t5(const char *path, int layers) {
    static tensor_spec t[512]; int n = 0, i; char b[160];
    const int64_t D = 4096, ff = 10240;
    n = add(t, n, "shared.weight", 1000, D, 0);   /* a small vocabulary: the gather reads 512 rows either way */
    n = add(t, n, "encoder.block.0.layer.0.SelfAttention.relative_attention_bias.weight", 32, 64, 0);
    for (i = 0; i < layers; i++) {
        const char *pr[4] = { "q", "k", "v", "o" }; int k;
        for (k = 0; k < 4; k++) { snprintf(b, sizeof b, "encoder.block.%d.layer.0.SelfAttention.%s.weight", i, pr[k]); n = add(t, n, b, D, D, 0); }
        snprintf(b, sizeof b, "encoder.block.%d.layer.0.layer_norm.weight", i); n = add(t, n, b, D, 1, 2);
        snprintf(b, sizeof b, "encoder.block.%d.layer.1.layer_norm.weight", i); n = add(t, n, b, D, 1, 2);
        snprintf(b, sizeof b, "encoder.block.%d.layer.1.DenseReluDense.wi_0.weight", i); n = add(t, n, b, ff, D, 0);
        snprintf(b, sizeof b, "encoder.block.%d.layer.1.DenseReluDense.wi_1.weight", i); n = add(t, n, b, ff, D, 0);
        snprintf(b, sizeof b, "encoder.block.%d.layer.1.DenseReluDense.wo.weight", i); n = add(t, n, b, D, ff, 0);
    }
    n = add(t, n, "encoder.final_layer_norm.weight", D, 1, 2);
    return write_specs(path, t, n);
}

/* the encoder's linears alone, on the same shapes (the reference) */
static double matmuls_only(ralu_text_encoder *te, int n) {
    ralu__backend *be = te->ctx->backend; int i; double t0;
    const ralu_text_encoder_info *f = &te->info;
    int64_t D = f->width, I = te->inner, ffm = f->kind == RALU_TEXT_T5 ? 2 * (int64_t)f->ff : f->ff;
    ralu__buffer *x, *y;
    if (be->buffer_alloc(be, (size_t)n * (size_t)(3 * I > ffm ? 3 * I : ffm), &y) || be->buffer_alloc(be, (size_t)n * (size_t)(ffm > I ? ffm : I), &x)) return -1;
    t0 = ralu__now();
    be->begin(be);
    for (i = 0; i < f->layers; i++) {
        const ralu__te_layer *l = &te->layers[i];
        ralu__op_linear(be, ralu__view_make(y, 0, n, 3 * I), ralu__view_make(x, 0, n, D), &l->qkv, 0);
        ralu__op_linear(be, ralu__view_make(y, 0, n, D), ralu__view_make(x, 0, n, I), &l->out, 0);
        ralu__op_linear(be, ralu__view_make(y, 0, n, ffm), ralu__view_make(x, 0, n, D), &l->fc1, 0);
        ralu__op_linear(be, ralu__view_make(y, 0, n, D), ralu__view_make(x, 0, n, f->ff), &l->fc2, 0);
    }
    if (be->end(be) != RALU_OK) return -1;
    t0 = ralu__now() - t0;
    be->buffer_free(be, x); be->buffer_free(be, y);
    return t0;
}

static void bench_encoder(ralu_backend kind, const char *path, int n, int reps, int threads) {
    ralu_ctx *ctx = NULL; ralu_ctx_desc cd; ralu_text_encoder *te = NULL; ralu_text_output o;
    int32_t *ids = (int32_t *)malloc(sizeof(int32_t) * (size_t)n); float *last; double best = 1e30, mm = 1e30, t0; int i;
    memset(&cd, 0, sizeof cd); cd.backends[0] = kind; cd.num_threads = threads;
    if (ralu_create(&cd, &ctx) != RALU_OK) { printf("backend unavailable\n"); free(ids); return; }
    t0 = ralu__now();
    if (ralu_text_encoder_load(ctx, path, NULL, &te) != RALU_OK) { printf("load: %s\n", ralu_last_error(ctx)); ralu_destroy(ctx); free(ids); return; }
    printf("  %s, %s: %d layers x %d wide, %d ids; load %.2f s\n", ralu_device_name(ctx), te->info.kind == RALU_TEXT_T5 ? "T5" : "CLIP-L",
           te->info.layers, te->info.width, n, ralu__now() - t0);
    for (i = 0; i < n; i++) ids[i] = (int32_t)(rng() % (uint64_t)(te->info.vocab - 2));
    if (te->info.kind != RALU_TEXT_T5) ids[n - 1] = te->info.vocab - 1;
    last = (float *)malloc(sizeof(float) * (size_t)n * (size_t)te->info.width);
    memset(&o, 0, sizeof o); o.last = last;
    for (i = 0; i < reps + 1; i++) {
        double a = ralu__now(), m;
        if (ralu_text_encode(te, ids, n, &o) != RALU_OK) { printf("encode: %s\n", ralu_last_error(ctx)); break; }
        a = ralu__now() - a;
        m = matmuls_only(te, n);
        if (i && a < best) best = a;       /* the first call warms up (buffers, weight upload) */
        if (i && m > 0 && m < mm) mm = m;
    }
    printf("  encode %.3f s, matmuls alone %.3f s: ratio %.2f\n", best, mm, best / mm);
    free(ids); free(last);
    ralu_destroy(ctx);
}

int main(int argc, char **argv) {
    ralu_backend kind = RALU_BACKEND_CPU; int clip_layers = 12, t5_layers = 2, t5_len = 512, reps = 2, threads = 0, i;
    const char *spiece = NULL; char path[600]; const char *tmp = getenv("TMPDIR");
    for (i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--backend") && i + 1 < argc) { i++; kind = !strcmp(argv[i], "vulkan") ? RALU_BACKEND_VULKAN : RALU_BACKEND_CPU; }
        else if (!strcmp(argv[i], "--clip-layers") && i + 1 < argc) clip_layers = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--t5-layers") && i + 1 < argc) t5_layers = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--t5-len") && i + 1 < argc) t5_len = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--reps") && i + 1 < argc) reps = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--threads") && i + 1 < argc) threads = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--spiece") && i + 1 < argc) spiece = argv[++i];
        else { fprintf(stderr, "unknown option %s (see the top of tools/bench_text.c)\n", argv[i]); return 2; }
    }
    {   /* tokenizers */
        ralu_ctx *ctx = NULL; ralu_ctx_desc cd; ralu_tokenizer *tok = NULL; double t0, tl; int32_t ids[77]; int k, np = 2000;
        static const char *const words[] = { "a", "photo", "of", "cat", "sitting", "on", "café", "table,", "golden", "hour", "東京", "😀", "8k", "ultra-detailed", "portrait", "(dramatic", "lighting:1.2)" };
        static char prompt[2000][400];
        memset(&cd, 0, sizeof cd); cd.backends[0] = RALU_BACKEND_CPU;
        if (ralu_create(&cd, &ctx) != RALU_OK) return 1;
        for (k = 0; k < np; k++) { int w, o = 0, nw = 5 + (int)(rng() % 30); for (w = 0; w < nw; w++) o += snprintf(prompt[k] + o, sizeof prompt[k] - (size_t)o, "%s%s", w ? " " : "", words[rng() % (sizeof words / sizeof words[0])]); }
        t0 = ralu__now(); ralu_tokenizer_load(ctx, NULL, &tok); tl = ralu__now() - t0;
        t0 = ralu__now(); for (k = 0; k < np; k++) ralu_tokenize(tok, prompt[k], 77, -1, ids, NULL);
        printf("CLIP tokenizer (embedded vocabulary): load %.1f ms, %.0f prompts/s (5-35 words)\n", tl * 1e3, np / (ralu__now() - t0));
        if (spiece) {
            ralu_tokenizer *t5 = NULL; int32_t tid[512];
            t0 = ralu__now();
            if (ralu_tokenizer_load(ctx, spiece, &t5) != RALU_OK) printf("T5 tokenizer: %s\n", ralu_last_error(ctx));
            else {
                tl = ralu__now() - t0;
                t0 = ralu__now(); for (k = 0; k < np; k++) ralu_tokenize(t5, prompt[k], 512, -1, tid, NULL);
                printf("T5 tokenizer (%s): load %.1f ms, %.0f prompts/s\n", spiece, tl * 1e3, np / (ralu__now() - t0));
            }
        }
        ralu_destroy(ctx);
    }
    if (clip_layers > 0) {
        snprintf(path, sizeof path, "%s/ralu_bench_clip_l.safetensors", tmp && *tmp ? tmp : "/tmp");
        if (!write_clip(path, clip_layers)) { printf("cannot write %s\n", path); return 1; }
        printf("CLIP-L encoder:\n"); bench_encoder(kind, path, 77, reps, threads); remove(path);
    }
    if (t5_layers > 0) {
        snprintf(path, sizeof path, "%s/ralu_bench_t5.safetensors", tmp && *tmp ? tmp : "/tmp");
        if (!write_t5(path, t5_layers)) { printf("cannot write %s\n", path); return 1; }
        printf("T5-XXL encoder (24 layers in the real model):\n"); bench_encoder(kind, path, t5_len, reps, threads); remove(path);
    }
    printf("reproduce: ./build/bench_text --backend %s --clip-layers %d --t5-layers %d --t5-len %d --reps %d\n",
           kind == RALU_BACKEND_VULKAN ? "vulkan" : "cpu", clip_layers, t5_layers, t5_len, reps);
    return 0;
}
