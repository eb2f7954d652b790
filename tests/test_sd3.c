/* The SD3 / SD3.5 MMDiT against diffusers' SD3Transformer2DModel (tools/oracle_sd3.py): the
   three structures (SD3-Medium, SD3.5-Large with QK-norm, SD3.5-Medium with a dual-attention
   block), both checkpoint formats, a batch of two on a plain grid (the full reference
   forward), and a RALU-style mixed sequence with fractional positions. */

static void t_sd3_case(ralu_backend kind, const char *variant, const char *file, const char *io_name, float **keep) {
    ralu_ctx *ctx = t_ctx_backend(kind);
    ralu_sd3 *m = NULL; ralu_sd3_desc sd; ralu_tensor_file *io = NULL; ralu_sd3_input in;
    char path[512]; float *img, *ids, *txt, *t, *y, *grid, *ref, *out; size_t n; double e;
    const ralu__st_entry *en;
    if (!ctx || ralu_active_backend(ctx) != kind) { if (ctx) ralu_destroy(ctx); T_FAIL("backend %d unavailable", (int)kind); return; }
    memset(&sd, 0, sizeof sd);
    if (!strcmp(variant, "sd3m") && strstr(file, "single")) sd.head_dim = 8; /* no QK-norm, no config: say it */
    snprintf(path, sizeof path, "%s/sd3/%s/%s", t_fixtures, variant, file);
    if (ralu_sd3_load(ctx, path, &sd, &m) != RALU_OK) { T_FAIL("load %s: %s", path, ralu_last_error(ctx)); ralu_destroy(ctx); return; }
    snprintf(path, sizeof path, "%s/sd3/%s/%s.safetensors", t_fixtures, variant, io_name);
    if (ralu_tensor_file_open(ctx, path, &io) != RALU_OK) { T_FAIL("open %s", path); ralu_destroy(ctx); return; }
    img = t_load_f32(io, "img", NULL); ids = t_load_f32(io, "ids", NULL); txt = t_load_f32(io, "txt", NULL);
    t = t_load_f32(io, "t", NULL); y = t_load_f32(io, "y", NULL); grid = t_load_f32(io, "grid", NULL); ref = t_load_f32(io, "out", &n);
    memset(&in, 0, sizeof in);
    en = ralu__st_lookup(io, "img"); in.batch = (int)en->shape[0]; in.n_img = (int)en->shape[1];
    en = ralu__st_lookup(io, "txt"); in.n_txt = (int)en->shape[1];
    in.img = img; in.img_ids = ids; in.txt = txt; in.t = t; in.y = y; in.grid_h = (int)grid[0]; in.grid_w = (int)grid[1];
    out = (float *)malloc(n * 4); t_poison(out, n);
    if (ralu_sd3_forward(m, &in, out) != RALU_OK) T_FAIL("%s %s %s: %s", variant, file, io_name, ralu_last_error(ctx));
    else if (!((e = t_rel_l2f(out, ref, n)) <= 1e-4)) T_FAIL("%s %s %s: rel L2 %.3g > 1e-4", variant, file, io_name, e);
    if (keep) *keep = out; else free(out);
    free(img); free(ids); free(txt); free(t); free(y); free(grid); free(ref);
    ralu_tensor_file_close(io);
    ralu_sd3_free(m);
    ralu_destroy(ctx);
}
static void t_sd3_variant(ralu_backend kind, const char *variant) {
    static const char *const ios[2] = { "io_grid", "io_mixed" };
    int i;
    for (i = 0; i < 2 && !t_failed; i++) {
        float *a = NULL, *b = NULL;
        t_sd3_case(kind, variant, "sd3_single.safetensors", ios[i], &a);
        if (!t_failed) t_sd3_case(kind, variant, "diffusers", ios[i], &b);
        if (!t_failed && a && b) {
            size_t n = !strcmp(ios[i], "io_grid") ? 2 * 24 * 64 : 14 * 64, j; double md = 0;
            for (j = 0; j < n; j++) { double d = fabs((double)a[j] - b[j]); if (d > md) md = d; }
            if (md > 1e-6) T_FAIL("%s %s: the two formats differ by %.3g", variant, ios[i], md);
        }
        free(a); free(b);
    }
}
static void test_sd3_medium(void) { t_sd3_variant(RALU_BACKEND_CPU, "sd3m"); }
static void test_sd35_large(void) { t_sd3_variant(RALU_BACKEND_CPU, "sd35l"); }
static void test_sd35_medium(void) { t_sd3_variant(RALU_BACKEND_CPU, "sd35m"); }

static void test_sd3_info_and_errors(void) {
    ralu_ctx *ctx = t_cpu_ctx(); ralu_sd3 *m = NULL; const ralu_sd3_info *f;
    CHECK(ctx);
    CHECK_OK(ralu_sd3_load(ctx, t_path("sd3/sd35m/diffusers"), NULL, &m));
    f = ralu_sd3_get_info(m);
    CHECK(f->hidden == 16 && f->heads == 2 && f->head_dim == 8 && f->depth == 2 && f->qk_norm && f->dual_layers == 1 && f->pos_max == 12);
    {   /* a grid larger than the position table */
        float tok[64] = { 0 }, ids[3] = { 0, 0, 0 }, t = 0.5f, y[24] = { 0 }, out[64];
        ralu_sd3_input in; memset(&in, 0, sizeof in);
        in.batch = 1; in.n_img = 1; in.img = tok; in.img_ids = ids; in.t = &t; in.y = y; in.grid_h = 13; in.grid_w = 4;
        CHECK(ralu_sd3_forward(m, &in, out) == RALU_ERR_INVALID_ARGUMENT && strstr(ralu_last_error(ctx), "13 x 4"));
    }
    ralu_sd3_free(m);
    CHECK(ralu_sd3_load(ctx, t_path("flux/dev/bfl.safetensors"), NULL, &m) == RALU_ERR_MODEL_UNKNOWN && !m);
    {   /* SD3-Medium at 1024^2, 333 text tokens: 6.0 TFLOP of per-stream matmuls
           (12 D^2 weights per token per block) + 2.9 of attention, per batch element */
        ralu_sd3_info md = ralu_sd3_info_medium();
        double L = 4429, D = 1536, lin = 2.0 * 24 * 12 * D * D * L, att = 24 * 4 * L * L * D;
        double tf = ralu_sd3_flops(&md, 4096, 333);
        CHECKF(fabs(tf / (lin + att) - 1) < 0.01, "SD3-Medium call at 1024^2: %.3f TFLOP, expected about %.3f", tf / 1e12, (lin + att) / 1e12);
    }
    ralu_destroy(ctx);
}

static const test_case tests_sd3[] = {
    { "sd3/medium_both_formats", test_sd3_medium },
    { "sd3/3.5-large_qk_norm_both_formats", test_sd35_large },
    { "sd3/3.5-medium_dual_attention_both_formats", test_sd35_medium },
    { "sd3/info_and_errors", test_sd3_info_and_errors },
};
