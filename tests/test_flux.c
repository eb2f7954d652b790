/* The FLUX transformer against diffusers' FluxTransformer2DModel (fixtures written by
   tools/oracle_flux.py): both checkpoint formats, f32 / bf16 / fp8 / scaled-fp8 weights,
   full grids, half-resolution grids, RALU's mixed sequence with fractional ids, odd token
   counts, batches with per-element ids; the FLOP counter against torch's FlopCounterMode;
   and the errors a broken checkpoint must give. */

/* reads a tensor of a fixture file as floats (F32, or F64 converted); NULL if absent */
static float *t_load_f32(const ralu_tensor_file *tf, const char *name, size_t *n) {
    const ralu__st_entry *e = ralu__st_lookup(tf, name);
    size_t cnt, i; float *o;
    if (!e) return NULL;
    if (e->dtype == RALU_DTYPE_F32) cnt = (size_t)(e->end - e->begin) / 4;
    else if (!strcmp(e->dtype_name, "F64")) cnt = (size_t)(e->end - e->begin) / 8;
    else return NULL;
    o = (float *)malloc(cnt * 4 + 4);
    for (i = 0; i < cnt; i++) {
        const unsigned char *p = tf->shards[e->shard].map.base + e->begin;
        if (e->dtype == RALU_DTYPE_F32) memcpy(&o[i], p + 4 * i, 4);
        else { double d; memcpy(&d, p + 8 * i, 8); o[i] = (float)d; }
    }
    if (n) *n = cnt;
    return o;
}
static double t_load_f64_scalar(const ralu_tensor_file *tf, const char *name) {
    const ralu__st_entry *e = ralu__st_lookup(tf, name); double d = -1;
    if (e && !strcmp(e->dtype_name, "F64")) memcpy(&d, tf->shards[e->shard].map.base + e->begin, 8);
    return d;
}

typedef struct t_flux_io {
    ralu_tensor_file *tf;
    int batch, n_img, n_txt;
    float *img, *img_ids, *txt, *txt_ids, *t, *y, *g;
} t_flux_io;
static int t_flux_io_open(ralu_ctx *ctx, const char *path, t_flux_io *io) {
    const ralu__st_entry *e;
    memset(io, 0, sizeof *io);
    if (ralu_tensor_file_open(ctx, path, &io->tf) != RALU_OK) return 0;
    e = ralu__st_lookup(io->tf, "img"); io->batch = (int)e->shape[0]; io->n_img = (int)e->shape[1];
    e = ralu__st_lookup(io->tf, "txt"); io->n_txt = (int)e->shape[1];
    io->img = t_load_f32(io->tf, "img", NULL); io->img_ids = t_load_f32(io->tf, "img_ids", NULL);
    io->txt = t_load_f32(io->tf, "txt", NULL); io->txt_ids = t_load_f32(io->tf, "txt_ids", NULL);
    io->t = t_load_f32(io->tf, "t", NULL); io->y = t_load_f32(io->tf, "y", NULL); io->g = t_load_f32(io->tf, "g", NULL);
    return 1;
}
static void t_flux_io_close(t_flux_io *io) {
    free(io->img); free(io->img_ids); free(io->txt); free(io->txt_ids); free(io->t); free(io->y); free(io->g);
    ralu_tensor_file_close(io->tf);
    memset(io, 0, sizeof *io);
}
static ralu_flux_input t_flux_input(const t_flux_io *io) {
    ralu_flux_input in;
    memset(&in, 0, sizeof in);
    in.batch = io->batch; in.n_img = io->n_img; in.n_txt = io->n_txt;
    in.img = io->img; in.img_ids = io->img_ids; in.txt = io->txt; in.txt_ids = io->txt_ids;
    in.t = io->t; in.y = io->y; in.guidance = io->g;
    return in;
}

static const char *const t_flux_cases[] = { "grid", "half", "mixed", "odd" };

/* runs every case of model `dir` (dev | schnell) loaded from `file`, compares with `ref_key`
   within tol; optionally keeps the outputs for a cross-format comparison */
static void t_flux_check(ralu_backend kind, const char *dir, const char *file, const char *ref_key, double tol, float **keep) {
    ralu_ctx *ctx = t_ctx_backend(kind);
    ralu_flux *m = NULL; ralu_flux_desc fd;
    char path[512];
    size_t c;
    if (!ctx || ralu_active_backend(ctx) != kind) { if (ctx) ralu_destroy(ctx); T_FAIL("backend %d unavailable", (int)kind); return; }
    memset(&fd, 0, sizeof fd);
    if (strstr(file, "bfl")) fd.axes_dim[0] = fd.axes_dim[1] = fd.axes_dim[2] = 4; /* single files carry no config */
    snprintf(path, sizeof path, "%s/flux/%s/%s", t_fixtures, dir, file);
    if (ralu_flux_load(ctx, path, &fd, &m) != RALU_OK) { T_FAIL("load %s: %s", path, ralu_last_error(ctx)); ralu_destroy(ctx); return; }
    for (c = 0; c < sizeof t_flux_cases / sizeof t_flux_cases[0]; c++) {
        t_flux_io io; ralu_flux_input in; float *out, *ref; size_t n; double e;
        snprintf(path, sizeof path, "%s/flux/%s/io_%s.safetensors", t_fixtures, dir, t_flux_cases[c]);
        if (!t_flux_io_open(ctx, path, &io)) { T_FAIL("cannot open %s", path); break; }
        in = t_flux_input(&io);
        ref = t_load_f32(io.tf, ref_key, &n);
        out = (float *)malloc(n * 4);
        t_poison(out, n);
        if (ralu_flux_forward(m, &in, out) != RALU_OK) T_FAIL("%s %s: forward failed: %s", file, t_flux_cases[c], ralu_last_error(ctx));
        else if (!((e = t_rel_l2f(out, ref, n)) <= tol)) T_FAIL("%s/%s case %s vs %s: rel L2 %.3g > %.3g", dir, file, t_flux_cases[c], ref_key, e, tol);
        if (keep) keep[c] = out; else free(out);
        free(ref);
        t_flux_io_close(&io);
        if (t_failed) break;
    }
    ralu_flux_free(m);
    ralu_destroy(ctx);
}

static void t_flux_formats(ralu_backend kind, const char *dir) {
    float *a[4] = { 0 }, *b[4] = { 0 };
    size_t c;
    t_flux_check(kind, dir, "bfl.safetensors", "out", 1e-4, a);
    if (!t_failed) t_flux_check(kind, dir, "diffusers", "out", 1e-4, b);
    for (c = 0; !t_failed && c < 4; c++) {
        /* the two formats of one model: the same numbers */
        t_flux_io io; char path[512]; size_t n, i; double maxd = 0;
        ralu_ctx *ctx = t_cpu_ctx();
        snprintf(path, sizeof path, "%s/flux/%s/io_%s.safetensors", t_fixtures, dir, t_flux_cases[c]);
        t_flux_io_open(ctx, path, &io);
        n = (size_t)io.batch * io.n_img * 64;
        for (i = 0; i < n; i++) { double d = fabs((double)a[c][i] - b[c][i]); if (d > maxd) maxd = d; }
        t_flux_io_close(&io); ralu_destroy(ctx);
        if (maxd > 1e-6) T_FAIL("%s case %s: BFL and diffusers formats differ by %.3g", dir, t_flux_cases[c], maxd);
    }
    for (c = 0; c < 4; c++) { free(a[c]); free(b[c]); }
}
static void test_flux_dev_formats(void) { t_flux_formats(RALU_BACKEND_CPU, "dev"); }
static void test_flux_schnell_formats(void) { t_flux_formats(RALU_BACKEND_CPU, "schnell"); }
static void test_flux_bf16(void) {
    /* the reference with the same bf16-rounded weights, then the f32 model itself (the
       issue's bound for bf16 weights). torch computing everything in bf16 is not a useful
       reference: on this tiny random model it lands 27% away from its own f32 result. */
    t_flux_check(RALU_BACKEND_CPU, "dev", "bfl_bf16_prefixed.safetensors", "out_bf16", 1e-4, NULL);
    if (!t_failed) t_flux_check(RALU_BACKEND_CPU, "dev", "bfl_bf16_prefixed.safetensors", "out", 2e-2, NULL);
}
static void test_flux_fp8(void) {
    t_flux_check(RALU_BACKEND_CPU, "dev", "bfl_fp8.safetensors", "out_fp8", 1e-4, NULL);
    if (!t_failed) t_flux_check(RALU_BACKEND_CPU, "dev", "bfl_fp8_scaled.safetensors", "out_fp8_scaled", 1e-4, NULL);
}

static void test_flux_flops(void) {
    ralu_ctx *ctx = t_cpu_ctx(); ralu_flux *m = NULL; t_flux_io io; double ref, got;
    CHECK(ctx);
    CHECK_OK(ralu_flux_load(ctx, t_path("flux/dev/diffusers"), NULL, &m));
    CHECK(t_flux_io_open(ctx, t_path("flux/dev/io_grid.safetensors"), &io));
    ref = t_load_f64_scalar(io.tf, "flops");  /* torch.utils.flop_counter over one element */
    got = ralu_flux_flops(ralu_flux_get_info(m), io.n_img, io.n_txt);
    t_flux_io_close(&io);
    CHECKF(ref > 0 && got == ref, "FLOP counter %.0f, torch FlopCounterMode %.0f", got, ref);
    {   /* FLUX.1-dev at 1024x1024 (4096 + 512 tokens). The paper reports 2991 TFLOPs for 50
           steps = 59.8 per step, which is our count without attention (its 4 L^2 D per
           block); with attention a step is 74.4 TFLOP. */
        ralu_flux_info f = ralu_flux_info_flux1(1);
        double L = 4608, all = ralu_flux_flops(&f, 4096, 512), attn = 57 * 4 * L * L * 3072;
        CHECKF(fabs(all / 1e12 - 74.4) < 0.1, "FLUX.1 step at 1024^2 = %.2f TFLOP", all / 1e12);
        CHECKF(fabs((all - attn) / 1e12 / 59.82 - 1) < 0.01, "FLUX.1 step without attention = %.2f TFLOP, paper 59.8", (all - attn) / 1e12);
    }
    ralu_destroy(ctx);
}

/* ---- broken checkpoints: rewrite a fixture with one change ---- */
/* drop names with a prefix; give one 2-D tensor its transposed shape (same bytes); declare one
   as I32; flatten one to 2-D [d0, rest]; rename (each name's first `from` substring becomes
   `to`, NULL-terminated pairs). Also used by tests/test_vae.c. */
typedef struct t_st_edit { const char *drop_prefix; const char *reshape; const char *retype; const char *flatten; const char *const *renames; } t_st_edit;
static int t_st_rewrite(const ralu_tensor_file *tf, const char *path, const t_st_edit *ed) {
    size_t hcap = 1 << 20, hl = 0, off = 0; int i; char *h = (char *)malloc(hcap); FILE *f; unsigned char len[8]; int k;
    hl += (size_t)snprintf(h + hl, hcap - hl, "{");
    for (i = 0; i < tf->count; i++) {
        const ralu__st_entry *e = &tf->entries[i]; int d, q; size_t nb = (size_t)(e->end - e->begin);
        char name[512];
        if (ed->drop_prefix && !strncmp(e->name, ed->drop_prefix, strlen(ed->drop_prefix))) continue;
        snprintf(name, sizeof name, "%s", e->name);
        for (q = 0; ed->renames && ed->renames[q]; q += 2) {
            char *at = strstr(name, ed->renames[q]), tail[512];
            if (!at) continue;
            snprintf(tail, sizeof tail, "%s", at + strlen(ed->renames[q]));
            snprintf(at, sizeof name - (size_t)(at - name), "%s%s", ed->renames[q + 1], tail);
            break;
        }
        hl += (size_t)snprintf(h + hl, hcap - hl, "%s\"%s\":{\"dtype\":\"%s\",\"shape\":[", hl > 1 ? "," : "", name,
                               ed->retype && !strcmp(ed->retype, e->name) ? "I32" : e->dtype_name);
        if (ed->reshape && !strcmp(ed->reshape, e->name) && e->ndim == 2)  /* same bytes, transposed shape */
            hl += (size_t)snprintf(h + hl, hcap - hl, "%lld,%lld", (long long)e->shape[1], (long long)e->shape[0]);
        else if (ed->flatten && !strcmp(ed->flatten, e->name)) {
            long long rest = 1;
            for (d = 1; d < e->ndim; d++) rest *= (long long)e->shape[d];
            hl += (size_t)snprintf(h + hl, hcap - hl, "%lld,%lld", (long long)e->shape[0], rest);
        } else for (d = 0; d < e->ndim; d++) hl += (size_t)snprintf(h + hl, hcap - hl, d ? ",%lld" : "%lld", (long long)e->shape[d]);
        hl += (size_t)snprintf(h + hl, hcap - hl, "],\"data_offsets\":[%zu,%zu]}", off, off + nb);
        off += nb;
    }
    hl += (size_t)snprintf(h + hl, hcap - hl, "}");
    f = fopen(path, "wb");
    if (!f) { free(h); return 0; }
    for (k = 0; k < 8; k++) len[k] = (unsigned char)((uint64_t)hl >> (8 * k));
    fwrite(len, 1, 8, f); fwrite(h, 1, hl, f);
    for (i = 0; i < tf->count; i++) {
        const ralu__st_entry *e = &tf->entries[i];
        if (ed->drop_prefix && !strncmp(e->name, ed->drop_prefix, strlen(ed->drop_prefix))) continue;
        fwrite(tf->shards[e->shard].map.base + e->begin, 1, (size_t)(e->end - e->begin), f);
    }
    free(h);
    return fclose(f) == 0;
}
static void test_flux_broken(void) {
    static const struct { t_st_edit ed; ralu_result want; const char *needle; } cases[] = {
        { { "double_blocks.1.txt_mlp.2.weight", NULL, NULL, NULL, NULL }, RALU_ERR_MODEL_MISSING_TENSOR, "'double_blocks.1.txt_mlp.2.weight'" },
        { { "double_blocks.0.", NULL, NULL, NULL, NULL }, RALU_ERR_MODEL_MISSING_TENSOR, "'double_blocks.0." },       /* a dropped block */
        { { "single_blocks.1.", NULL, NULL, NULL, NULL }, RALU_ERR_MODEL_MISSING_TENSOR, "single_blocks.1" },       /* the last block gone: depth shrinks, so it must still load */
        { { NULL, "single_blocks.0.linear2.weight", NULL, NULL, NULL }, RALU_ERR_MODEL_SHAPE, "'single_blocks.0.linear2.weight'" },
        { { NULL, NULL, "double_blocks.0.img_attn.proj.weight", NULL, NULL }, RALU_ERR_MODEL_DTYPE, "'double_blocks.0.img_attn.proj.weight' has dtype I32" },
        { { "img_in.", NULL, NULL, NULL, NULL }, RALU_ERR_MODEL_UNKNOWN, "not a FLUX transformer" },
    };
    ralu_ctx *ctx = t_cpu_ctx(); ralu_tensor_file *good = NULL; ralu_flux_desc fd; size_t i; char path[600];
    CHECK(ctx);
    CHECK_OK(ralu_tensor_file_open(ctx, t_path("flux/dev/bfl.safetensors"), &good));
    memset(&fd, 0, sizeof fd); fd.axes_dim[0] = fd.axes_dim[1] = fd.axes_dim[2] = 4;
    for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        ralu_flux *m = NULL; ralu_result r;
        snprintf(path, sizeof path, "%s/flux_broken%zu.safetensors", t_tmpdir(), i);
        CHECK(t_st_rewrite(good, path, &cases[i].ed));
        r = ralu_flux_load(ctx, path, &fd, &m);
        if (i == 2) { /* dropping the last single block is a valid, shallower model */
            CHECKF(r == RALU_OK && ralu_flux_get_info(m)->depth_single == 1, "case %zu: %s", i, ralu_last_error(ctx));
            ralu_flux_free(m);
            continue;
        }
        CHECKF(r == cases[i].want && !m, "case %zu: got %s (%s), want %s", i, ralu_result_string(r), ralu_last_error(ctx), ralu_result_string(cases[i].want));
        CHECKF(strstr(ralu_last_error(ctx), cases[i].needle) != NULL, "case %zu: message '%s' lacks '%s'", i, ralu_last_error(ctx), cases[i].needle);
    }
    ralu_tensor_file_close(good);
    {   /* RoPE axes cannot be guessed for a single file with a non-FLUX.1 head size */
        ralu_flux *m = NULL;
        CHECK(ralu_flux_load(ctx, t_path("flux/dev/bfl.safetensors"), NULL, &m) == RALU_ERR_MODEL_UNKNOWN && !m);
        CHECK(strstr(ralu_last_error(ctx), "axes_dim") != NULL);
        fd.axes_dim[0] = 2; fd.axes_dim[1] = 4; fd.axes_dim[2] = 4;
        CHECK(ralu_flux_load(ctx, t_path("flux/dev/bfl.safetensors"), &fd, &m) == RALU_ERR_INVALID_ARGUMENT && !m);
        CHECK(strstr(ralu_last_error(ctx), "{2, 4, 4}") != NULL);
    }
    {   /* bad inputs to a good model */
        ralu_flux *m = NULL; t_flux_io io; ralu_flux_input in; float out[24 * 64 * 2];
        CHECK_OK(ralu_flux_load(ctx, t_path("flux/dev/diffusers"), NULL, &m));
        CHECK(t_flux_io_open(ctx, t_path("flux/dev/io_grid.safetensors"), &io));
        in = t_flux_input(&io);
        io.img[77] = NAN;
        CHECK(ralu_flux_forward(m, &in, out) == RALU_ERR_INVALID_ARGUMENT && strstr(ralu_last_error(ctx), "img[77]"));
        io.img[77] = 0.5f;
        in.guidance = NULL;
        CHECK(ralu_flux_forward(m, &in, out) == RALU_ERR_INVALID_ARGUMENT && strstr(ralu_last_error(ctx), "guidance"));
        in.guidance = io.g; in.n_img = 0;
        CHECK(ralu_flux_forward(m, &in, out) == RALU_ERR_INVALID_ARGUMENT && strstr(ralu_last_error(ctx), "n_img is 0"));
        t_flux_io_close(&io);
        /* the context frees a model the caller forgot */
    }
    ralu_destroy(ctx);
}

static const test_case tests_flux[] = {
    { "flux/dev_both_formats_f32", test_flux_dev_formats },
    { "flux/schnell_both_formats_f32", test_flux_schnell_formats },
    { "flux/bf16_prefixed", test_flux_bf16 },
    { "flux/fp8_and_scaled_fp8", test_flux_fp8 },
    { "flux/flop_counter", test_flux_flops },
    { "flux/broken_checkpoints", test_flux_broken },
};
