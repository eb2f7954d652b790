/* The VAE against diffusers' AutoencoderKL (fixtures written by tools/oracle_vae.py): decoder
   and encoder, BFL and diffusers files, f32 / bf16 / f16 weights, FLUX and SD3 constants, the
   sampler's tiny VAE; tiled against untiled decoding (accuracy and seams), automatic tiling
   under a small binding limit, and the errors broken files and bad inputs must give. Each
   numeric test runs on the CPU and, when a Vulkan device exists, on Vulkan too. */

/* a context on the given backend, or NULL (with a note) when Vulkan is not there */
static ralu_ctx *t_vae_ctx(ralu_backend kind, int *skipped) {
    ralu_ctx *ctx = t_ctx_backend(kind);
    *skipped = 0;
    if (kind == RALU_BACKEND_VULKAN && (!ctx || ralu_active_backend(ctx) != RALU_BACKEND_VULKAN)) {
        ralu_destroy(ctx);
        if (getenv("RALU_REQUIRE_VULKAN") && atoi(getenv("RALU_REQUIRE_VULKAN"))) { T_FAIL("no Vulkan device, and RALU_REQUIRE_VULKAN=1"); return NULL; }
        *skipped = 1;
        return NULL;
    }
    return ctx;
}

typedef struct t_vae_gold { ralu_tensor_file *tf; float *latent, *image; } t_vae_gold;
static int t_vae_gold_open(ralu_ctx *ctx, t_vae_gold *g) {
    memset(g, 0, sizeof *g);
    if (ralu_tensor_file_open(ctx, t_path("vae/golden.safetensors"), &g->tf) != RALU_OK) return 0;
    g->latent = t_load_f32(g->tf, "latent", NULL); g->image = t_load_f32(g->tf, "image", NULL);
    return g->latent && g->image;
}
static void t_vae_gold_close(t_vae_gold *g) { free(g->latent); free(g->image); ralu_tensor_file_close(g->tf); }

/* decode the golden latent [16, 5, 4] and encode the golden image [3, 32, 24] */
static void t_vae_case(ralu_ctx *ctx, const char *path, int groups, const char *dec_key, const char *enc_key, ralu_vae_family want_family) {
    ralu_vae *v = NULL; ralu_vae_desc d; t_vae_gold g; float *ref = NULL, *out = NULL; size_t n; double e;
    memset(&d, 0, sizeof d); d.norm_groups = groups;
    CHECKF(ralu_vae_load(ctx, t_path(path), &d, &v) == RALU_OK, "%s: %s", path, ralu_last_error(ctx));
    CHECKF(ralu_vae_get_info(v)->family == want_family, "%s: family %d", path, (int)ralu_vae_get_info(v)->family);
    CHECK(t_vae_gold_open(ctx, &g));
    ref = t_load_f32(g.tf, dec_key, &n);
    CHECK(ref && n == 3 * 40 * 32);
    out = (float *)malloc(n * sizeof(float));
    t_poison(out, n);
    CHECK_OK(ralu_vae_decode(v, g.latent, 5, 4, out));
    e = t_rel_l2f(out, ref, n);
    CHECKF(e <= 1e-4, "%s decode: rel L2 %.3g > 1e-4", path, e);
    free(ref); ref = NULL;
    if (enc_key) {
        ref = t_load_f32(g.tf, enc_key, &n);
        CHECK(ref && n == 16 * 4 * 3);
        t_poison(out, n);
        CHECK_OK(ralu_vae_encode(v, g.image, 32, 24, out));
        e = t_rel_l2f(out, ref, n);
        CHECKF(e <= 1e-4, "%s encode: rel L2 %.3g > 1e-4", path, e);
        free(ref); ref = NULL;
    }
    free(out);
    t_vae_gold_close(&g);
    ralu_vae_free(v);
}

static void t_vae_formats(ralu_backend kind) {
    int skipped; ralu_ctx *ctx = t_vae_ctx(kind, &skipped);
    if (skipped) { printf("     (no Vulkan device: Vulkan VAE checks skipped)\n"); return; }
    CHECK(ctx);
    /* BFL names, f32, no config: groups from the desc, FLUX constants by default */
    t_vae_case(ctx, "vae/ae.safetensors", 2, "dec_flux", "enc_flux", RALU_VAE_FAMILY_FLUX); if (t_failed) goto out;
    /* diffusers folder, bf16, config.json; and the model root that holds it */
    t_vae_case(ctx, "vae/vae", 0, "dec_flux", "enc_flux", RALU_VAE_FAMILY_FLUX); if (t_failed) goto out;
    t_vae_case(ctx, "vae", 0, "dec_flux", "enc_flux", RALU_VAE_FAMILY_FLUX); if (t_failed) goto out;
    /* SD3 single-file names ("first_stage_model."), f16: SD3 constants by default */
    t_vae_case(ctx, "vae/ae_sd3_f16.safetensors", 2, "dec_sd3", "enc_sd3", RALU_VAE_FAMILY_SD3); if (t_failed) goto out;
    /* the sampler's tiny VAE (widths 8, 8, 16, 16; 4 groups) */
    t_vae_case(ctx, "sampler/vae", 0, "dec_sampler_vae", NULL, RALU_VAE_FAMILY_FLUX);
out:
    ralu_destroy(ctx);
}
static void test_vae_formats_cpu(void) { t_vae_formats(RALU_BACKEND_CPU); }
static void test_vae_formats_vulkan(void) { t_vae_formats(RALU_BACKEND_VULKAN); }

/* the desc picks the constants: a FLUX-named file decoded with SD3's matches the SD3 golden */
static void test_vae_family_override(void) {
    ralu_ctx *ctx = t_cpu_ctx(); ralu_vae *v = NULL; ralu_vae_desc d; t_vae_gold g; float *ref, out[3 * 40 * 32]; size_t n;
    CHECK(ctx);
    memset(&d, 0, sizeof d); d.norm_groups = 2; d.family = RALU_VAE_FAMILY_SD3;
    CHECK_OK(ralu_vae_load(ctx, t_path("vae/ae.safetensors"), &d, &v));
    CHECK(fabsf(ralu_vae_get_info(v)->scaling_factor - 1.5305f) < 1e-7f && fabsf(ralu_vae_get_info(v)->shift_factor - 0.0609f) < 1e-7f);
    CHECK(t_vae_gold_open(ctx, &g));
    ref = t_load_f32(g.tf, "dec_sd3", &n);
    CHECK(ref && n == 3 * 40 * 32);
    t_poison(out, n);
    CHECK_OK(ralu_vae_decode(v, g.latent, 5, 4, out));
    CHECKF(t_rel_l2f(out, ref, n) <= 1e-4, "rel L2 %.3g", t_rel_l2f(out, ref, n));
    free(ref);
    ralu_vae_free(v);
    /* custom constants */
    d.family = RALU_VAE_FAMILY_CUSTOM; d.scaling_factor = 0.5f; d.shift_factor = -0.25f;
    CHECK_OK(ralu_vae_load(ctx, t_path("vae/ae.safetensors"), &d, &v));
    CHECK(ralu_vae_get_info(v)->scaling_factor == 0.5f && ralu_vae_get_info(v)->shift_factor == -0.25f);
    {   /* info from the tensors */
        const ralu_vae_info *f = ralu_vae_get_info(v);
        CHECK(f->channels == 16 && f->levels == 4 && f->downscale == 8 && f->layers_per_block == 2 && f->norm_groups == 2);
        CHECK(f->block_out_channels[0] == 4 && f->block_out_channels[1] == 8 && f->block_out_channels[2] == 16 && f->block_out_channels[3] == 16);
        CHECK(f->has_encoder && !f->quant_conv && !f->post_quant_conv && f->dtype == RALU_DTYPE_F32 && !strcmp(f->format, "bfl"));
    }
    t_vae_gold_close(&g);
    ralu_destroy(ctx);
}

/* an SD1-style VAE: two levels (downscale 2), 4 latent channels, quant convs, no shift */
static void t_vae_quant(ralu_backend kind) {
    int skipped; ralu_ctx *ctx = t_vae_ctx(kind, &skipped);
    ralu_vae *v = NULL; t_vae_gold g; float *z, *ref, out[3 * 32 * 24]; size_t n; const ralu_vae_info *f;
    if (skipped) { printf("     (no Vulkan device: Vulkan checks skipped)\n"); return; }
    CHECK(ctx);
    CHECK_OK(ralu_vae_load(ctx, t_path("vae/vae_quant"), NULL, &v));
    f = ralu_vae_get_info(v);
    CHECK(f->levels == 2 && f->downscale == 2 && f->channels == 4 && f->layers_per_block == 1 && f->quant_conv && f->post_quant_conv);
    CHECK(f->family == RALU_VAE_FAMILY_CUSTOM && fabsf(f->scaling_factor - 0.18215f) < 1e-7f && f->shift_factor == 0.0f);
    CHECK(t_vae_gold_open(ctx, &g));
    z = t_load_f32(g.tf, "quant_latent", &n); CHECK(z && n == 4 * 5 * 4);
    ref = t_load_f32(g.tf, "dec_quant", &n); CHECK(ref && n == 3 * 10 * 8);
    t_poison(out, n);
    CHECK_OK(ralu_vae_decode(v, z, 5, 4, out));
    CHECKF(t_rel_l2f(out, ref, n) <= 1e-4, "decode rel L2 %.3g", t_rel_l2f(out, ref, n));
    free(ref);
    ref = t_load_f32(g.tf, "enc_quant", &n); CHECK(ref && n == 4 * 16 * 12);
    t_poison(out, n);
    CHECK_OK(ralu_vae_encode(v, g.image, 32, 24, out));
    CHECKF(t_rel_l2f(out, ref, n) <= 1e-4, "encode rel L2 %.3g", t_rel_l2f(out, ref, n));
    free(ref); free(z);
    t_vae_gold_close(&g);
    ralu_destroy(ctx);
}
static void test_vae_quant_cpu(void) { t_vae_quant(RALU_BACKEND_CPU); }
static void test_vae_quant_vulkan(void) { t_vae_quant(RALU_BACKEND_VULKAN); }

/* ---- tiling ---- */
static double t_mae8(const float *a, const float *b, int H, int W, uint8_t *ra, uint8_t *rb) {
    double s = 0; size_t i, n = (size_t)H * W * 3;
    ralu_image_to_rgb8(a, H, W, ra); ralu_image_to_rgb8(b, H, W, rb);
    for (i = 0; i < n; i++) s += fabs((double)ra[i] - rb[i]);
    return s / (double)n;
}

static void t_vae_tiling(ralu_backend kind) {
    /* lavapipe (CI's Vulkan) is slow at convolutions: a smaller image there */
    const int vk = kind == RALU_BACKEND_VULKAN, h = vk ? 8 : 24, w = vk ? 6 : 20, H = 8 * h, W = 8 * w, T = vk ? 3 : 8;
    const int NTY = (h + T - 1) / T, NTX = (w + T - 1) / T;
    int skipped; ralu_ctx *ctx = t_vae_ctx(kind, &skipped);
    ralu_vae *v = NULL; ralu_vae_decode_opts o; t_rng rng = { 42 };
    float *z = (float *)malloc(sizeof(float) * 16 * h * w), *full = (float *)malloc(sizeof(float) * 3 * H * W), *tiled = (float *)malloc(sizeof(float) * 3 * H * W);
    uint8_t *ra = (uint8_t *)malloc(3 * H * W), *rb = (uint8_t *)malloc(3 * H * W);
    double mae, border = 0, inner = 0; int nb = 0, ni = 0, y, x, k;
    if (skipped) { printf("     (no Vulkan device: Vulkan tiling checks skipped)\n"); goto out; }
    CHECK(ctx);
    CHECK_OK(ralu_vae_load(ctx, t_path("vae/vae"), NULL, &v));
    /* a smooth random latent (real latents are smooth; white noise is the worst case for tiles) */
    {
        float *raw = (float *)malloc(sizeof(float) * 16 * h * w);
        t_fill_normal(&rng, raw, (size_t)16 * h * w, 1.0f);
        for (k = 0; k < 16; k++) for (y = 0; y < h; y++) for (x = 0; x < w; x++) {
            double s = 0; int dy, dx, c = 0;
            for (dy = -1; dy <= 1; dy++) for (dx = -1; dx <= 1; dx++) {
                int yy = y + dy, xx = x + dx;
                if (yy < 0 || yy >= h || xx < 0 || xx >= w) continue;
                s += raw[(k * h + yy) * w + xx]; c++;
            }
            z[(k * h + y) * w + x] = (float)(s / c * 2.0);
        }
        free(raw);
    }
    t_poison(full, (size_t)3 * H * W); t_poison(tiled, (size_t)3 * H * W);
    memset(&o, 0, sizeof o); o.tiling = RALU_VAE_TILING_OFF;
    CHECK_OK(ralu_vae_decode_ex(v, z, h, w, &o, full));
    o.tiling = RALU_VAE_TILING_ON; o.tile_size = T;   /* overlap: the default, the receptive field */
    CHECK_OK(ralu_vae_decode_ex(v, z, h, w, &o, tiled));
    mae = t_mae8(full, tiled, H, W, ra, rb);
    CHECKF(mae < 1.0, "tiled vs untiled: mean abs error %.3f of 255 (limit 1)", mae);
    /* with the default overlap (the receptive field) tiles are exact up to rounding */
    CHECKF(t_rel_l2f(tiled, full, (size_t)3 * H * W) < 1e-5, "tiled vs untiled: rel L2 %.3g", t_rel_l2f(tiled, full, (size_t)3 * H * W));
    /* seams: the error within 4 pixels of a tile-core edge is no larger than elsewhere */
    for (y = 0; y < H; y++) for (x = 0; x < W; x++) {
        int near = 0; double e = 0;
        for (k = 1; k < NTY; k++) if (abs(y - 8 * (k * h / NTY)) <= 4) near = 1;
        for (k = 1; k < NTX; k++) if (abs(x - 8 * (k * w / NTX)) <= 4) near = 1;
        for (k = 0; k < 3; k++) e += fabs((double)full[(k * H + y) * W + x] - tiled[(k * H + y) * W + x]);
        if (near) { border += e; nb++; } else { inner += e; ni++; }
    }
    CHECK(nb > 0 && ni > 0);
    border /= nb; inner /= ni;
    CHECKF(border <= inner * 2 + 1e-5, "seam: error near tile edges %.3g vs %.3g elsewhere (mean per pixel)", border, inner);
    /* automatic tiling: a binding limit too small for the untiled decode */
    {
        uint64_t keep = ctx->backend->max_binding_bytes;
        ctx->backend->max_binding_bytes = (uint64_t)(H * W * 8 / 10 * 9) * 4;   /* 90% of the largest map (8 channels at full size) */
        t_poison(tiled, (size_t)3 * H * W);
        o.tiling = RALU_VAE_TILING_AUTO; o.tile_size = 0; o.tile_overlap = 2;   /* a short overlap: approximate, cheap */
        CHECKF(ralu_vae_decode_ex(v, z, h, w, &o, tiled) == RALU_OK, "auto-tiled decode: %s", ralu_last_error(ctx));
        {   /* it is the explicit tiling with the size auto-tiling picks */
            int Ta = ralu__vae_auto_tile(v, h, w, 2, 1 << 20);
            float *again = (float *)malloc(sizeof(float) * 3 * H * W);
            CHECK(Ta >= 1 && Ta < (h > w ? h : w));
            o.tiling = RALU_VAE_TILING_ON; o.tile_size = Ta;
            CHECK_OK(ralu_vae_decode_ex(v, z, h, w, &o, again));
            CHECK(memcmp(again, tiled, sizeof(float) * 3 * H * W) == 0);
            free(again);
        }
        mae = t_mae8(full, tiled, H, W, ra, rb);
        CHECKF(vk || mae < 1.0, "auto-tiled (overlap 2) vs untiled: mean abs error %.3f of 255", mae);
        /* untiled forced: a clear error; too small even for tiles: a clear error, never an image */
        o.tiling = RALU_VAE_TILING_OFF;
        CHECK(ralu_vae_decode_ex(v, z, h, w, &o, tiled) == RALU_ERR_VK_LIMIT && strstr(ralu_last_error(ctx), "allow tiling"));
        ctx->backend->max_binding_bytes = 4096;
        CHECK(ralu_vae_decode(v, z, h, w, tiled) == RALU_ERR_VK_LIMIT && strstr(ralu_last_error(ctx), "even"));
        ctx->backend->max_binding_bytes = keep;
    }
out:
    free(z); free(full); free(tiled); free(ra); free(rb);
    ralu_destroy(ctx);
}
static void test_vae_tiling_cpu(void) { t_vae_tiling(RALU_BACKEND_CPU); }
static void test_vae_tiling_vulkan(void) { t_vae_tiling(RALU_BACKEND_VULKAN); }

/* ---- pixels and FLOPs ---- */
static void test_vae_rgb8_and_flops(void) {
    float img[3 * 2 * 3] = { -1.0f, 1.0f, 0.0f, -2.0f, 2.0f, 0.002f,   -0.5f, 0.5f, NAN, -0.999f, 0.999f, 0.0039f,   0, 0, 0, 0, 0, 0 };
    uint8_t rgb[18], all[256 * 3]; float back[256 * 3]; int i;
    ralu_image_to_rgb8(img, 2, 3, rgb);
    CHECK(rgb[0] == 0 && rgb[3] == 255 && rgb[6] == 128 && rgb[9] == 0 && rgb[12] == 255 && rgb[15] == 128);
    CHECK(rgb[1] == 64 && rgb[4] == 191 && rgb[7] == 0 /* NaN */ && rgb[10] == 0 && rgb[13] == 255 && rgb[16] == 128);
    for (i = 0; i < 256 * 3; i++) all[i] = (uint8_t)(i % 256);
    ralu_rgb8_to_image(all, 16, 16, back);
    for (i = 0; i < 256 * 3; i++) CHECKF(back[(i % 3) * 256 + i / 3] == (float)all[i] / 127.5f - 1.0f, "8-bit %d -> %g", all[i], back[(i % 3) * 256 + i / 3]);
    {
        uint8_t again[256 * 3];
        ralu_image_to_rgb8(back, 16, 16, again);
        for (i = 0; i < 256 * 3; i++) CHECKF(again[i] == all[i], "round trip of %d gave %d", all[i], again[i]);
    }
    {   /* the FLUX VAE decoder at 1024^2 (latent 128^2) */
        ralu_vae_info f = ralu_vae_info_default();
        double fl = ralu_vae_decode_flops(&f, 128, 128);
        /* hand count: up-path convs dominate; 128^2 latent -> 1024^2 image */
        double L0 = 1024.0 * 1024, L1 = L0 / 4, L2 = L1 / 4, L3 = L2 / 4, mac = 0;
        mac += L3 * 16 * 512 * 9 + 4 * L3 * 512 * 512 * 9 + L3 * 512 * 512 * 4 + L3 * L3 * 512 * 2;   /* conv_in, mid */
        mac += 6 * L3 * 512 * 512 * 9 + L2 * 512 * 512 * 9;                                          /* up.3 + upsample */
        mac += 6 * L2 * 512 * 512 * 9 + L1 * 512 * 512 * 9;                                          /* up.2 + upsample */
        mac += L1 * (512 * 256 * 9 + 256 * 256 * 9 + 512 * 256) + 4 * L1 * 256 * 256 * 9 + L0 * 256 * 256 * 9; /* up.1 */
        mac += L0 * (256 * 128 * 9 + 128 * 128 * 9 + 256 * 128) + 4 * L0 * 128 * 128 * 9 + L0 * 128 * 3 * 9; /* up.0, out */
        CHECKF(fabs(fl / (2 * mac) - 1) < 1e-9, "decode FLOPs %.6g vs hand count %.6g", fl, 2 * mac);
        CHECKF(fl > 9e12 && fl < 12e12, "FLUX VAE decode at 1024^2 = %.2f TFLOP (about 5 T multiply-adds)", fl / 1e12);
    }
}

/* ---- broken files and bad inputs ---- */
/* copies a tensor file with one change (tests/test_flux.c's t_st_rewrite) */
static int t_vae_rewrite_ex(const ralu_tensor_file *tf, const char *path, const char *drop_prefix, const char *flatten, const char *const *renames) {
    t_st_edit ed;
    memset(&ed, 0, sizeof ed);
    ed.drop_prefix = drop_prefix; ed.flatten = flatten; ed.renames = renames;
    return t_st_rewrite(tf, path, &ed);
}
static int t_vae_rewrite(const ralu_tensor_file *tf, const char *path, const char *drop_prefix, const char *flatten) {
    return t_vae_rewrite_ex(tf, path, drop_prefix, flatten, NULL);
}

/* diffusers files written before 0.14 name the attention query / key / value / proj_attn */
static void test_vae_old_attention_names(void) {
    static const char *const ren[] = { "attentions.0.to_q.", "attentions.0.query.", "attentions.0.to_k.", "attentions.0.key.",
                                       "attentions.0.to_v.", "attentions.0.value.", "attentions.0.to_out.0.", "attentions.0.proj_attn.", NULL };
    ralu_ctx *ctx = t_cpu_ctx(); ralu_tensor_file *good = NULL; ralu_vae *v = NULL; t_vae_gold g;
    char dir[600], path[700]; void *cfg; size_t n; float *ref, out[3 * 40 * 32];
    CHECK(ctx);
    snprintf(dir, sizeof dir, "%s/vae_old_names", t_tmpdir());
    mkdir(dir, 0700);
    cfg = t_read_file(t_path("vae/vae/config.json"), &n);
    snprintf(path, sizeof path, "%s/config.json", dir);
    CHECK(cfg && t_write_file(path, cfg, n));
    free(cfg);
    CHECK_OK(ralu_tensor_file_open(ctx, t_path("vae/vae/diffusion_pytorch_model.safetensors"), &good));
    snprintf(path, sizeof path, "%s/diffusion_pytorch_model.safetensors", dir);
    CHECK(t_vae_rewrite_ex(good, path, NULL, NULL, ren));
    ralu_tensor_file_close(good);
    CHECKF(ralu_vae_load(ctx, dir, NULL, &v) == RALU_OK, "%s", ralu_last_error(ctx));
    CHECK(t_vae_gold_open(ctx, &g));
    ref = t_load_f32(g.tf, "dec_flux", &n);
    CHECK(ref && n == 3 * 40 * 32);
    t_poison(out, n);
    CHECK_OK(ralu_vae_decode(v, g.latent, 5, 4, out));
    CHECKF(t_rel_l2f(out, ref, n) <= 1e-4, "rel L2 %.3g", t_rel_l2f(out, ref, n));
    free(ref);
    t_vae_gold_close(&g);
    ralu_destroy(ctx);
}

static void test_vae_errors(void) {
    static const struct { const char *drop, *flatten; ralu_result want; const char *needle; } cases[] = {
        { "decoder.up.2.block.1.conv2.weight", NULL, RALU_ERR_MODEL_MISSING_TENSOR, "'decoder.up.2.block.1.conv2.weight'" },
        { "decoder.mid.attn_1.k.", NULL, RALU_ERR_MODEL_MISSING_TENSOR, "'decoder.mid.attn_1.k.weight'" },
        { "encoder.down.1.block.0.nin_shortcut.bias", NULL, RALU_ERR_MODEL_MISSING_TENSOR, "nin_shortcut.bias" },
        { NULL, "decoder.up.1.upsample.conv.weight", RALU_ERR_MODEL_SHAPE, "'decoder.up.1.upsample.conv.weight' has shape [8, 72]" },
        { "decoder.conv_in.", NULL, RALU_ERR_MODEL_UNKNOWN, "not a VAE" },
    };
    ralu_ctx *ctx = t_cpu_ctx(); ralu_tensor_file *good = NULL; ralu_vae_desc d; size_t i; char path[600];
    ralu_vae *v = NULL; float lat[16 * 2 * 2], img[3 * 16 * 16] = { 0 };
    CHECK(ctx);
    memset(&d, 0, sizeof d); d.norm_groups = 2;
    CHECK_OK(ralu_tensor_file_open(ctx, t_path("vae/ae.safetensors"), &good));
    for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        ralu_result r;
        snprintf(path, sizeof path, "%s/vae_broken%zu.safetensors", t_tmpdir(), i);
        CHECK(t_vae_rewrite(good, path, cases[i].drop, cases[i].flatten));
        r = ralu_vae_load(ctx, path, &d, &v);
        CHECKF(r == cases[i].want && !v, "case %zu: got %s (%s), want %s", i, ralu_result_string(r), ralu_last_error(ctx), ralu_result_string(cases[i].want));
        CHECKF(strstr(ralu_last_error(ctx), cases[i].needle) != NULL, "case %zu: message '%s' lacks '%s'", i, ralu_last_error(ctx), cases[i].needle);
    }
    /* a decoder-only file loads; encoding then says why it cannot */
    snprintf(path, sizeof path, "%s/vae_decoder_only.safetensors", t_tmpdir());
    CHECK(t_vae_rewrite(good, path, "encoder.", NULL));
    CHECKF(ralu_vae_load(ctx, path, &d, &v) == RALU_OK, "%s", ralu_last_error(ctx));
    CHECK(!ralu_vae_get_info(v)->has_encoder);
    CHECK(ralu_vae_encode(v, img, 16, 16, lat) == RALU_ERR_MODEL_NOT_LOADED);
    ralu_vae_free(v); v = NULL;
    ralu_tensor_file_close(good);
    /* groups that do not divide the widths (no config.json: the default 32) */
    CHECK(ralu_vae_load(ctx, t_path("vae/ae.safetensors"), NULL, &v) == RALU_ERR_MODEL_SHAPE && !v);
    CHECK(strstr(ralu_last_error(ctx), "norm_groups") != NULL);
    /* bad inputs to a good model */
    CHECK_OK(ralu_vae_load(ctx, t_path("vae/vae"), NULL, &v));
    for (i = 0; i < 16 * 4; i++) lat[i] = 0.1f * (float)i;
    for (i = 0; i < 3 * 16 * 16; i++) img[i] = 0.5f;
    CHECK(ralu_vae_decode(v, lat, 0, 2, img) == RALU_ERR_INVALID_ARGUMENT && strstr(ralu_last_error(ctx), "h = 0"));
    CHECK(ralu_vae_encode(v, img, 12, 16, lat) == RALU_ERR_INVALID_ARGUMENT && strstr(ralu_last_error(ctx), "multiple of 8"));
    CHECK(ralu_vae_encode(v, img, 16, 4, lat) == RALU_ERR_INVALID_ARGUMENT);
    lat[5] = NAN;
    CHECK(ralu_vae_decode(v, lat, 2, 2, img) == RALU_ERR_INVALID_ARGUMENT && strstr(ralu_last_error(ctx), "[5]"));
    lat[5] = 0;
    {
        ralu_vae_decode_opts o; float big[3 * 16 * 16];
        memset(&o, 0, sizeof o); o.tiling = RALU_VAE_TILING_ON; o.tile_size = -2;
        CHECK(ralu_vae_decode_ex(v, lat, 2, 2, &o, big) == RALU_ERR_INVALID_ARGUMENT && strstr(ralu_last_error(ctx), "tile_size -2"));
        o.tile_size = 0; o.tiling = (ralu_vae_tiling)7;
        CHECK(ralu_vae_decode_ex(v, lat, 2, 2, &o, big) == RALU_ERR_INVALID_ARGUMENT && strstr(ralu_last_error(ctx), "tiling is 7"));
        /* odd latent sizes decode (1 x 3) */
        CHECK_OK(ralu_vae_decode(v, lat, 1, 3, big));
        CHECK(isfinite(big[0]) && isfinite(big[3 * 8 * 24 - 1]));
    }
    CHECK(ralu_vae_decode(v, NULL, 2, 2, img) == RALU_ERR_INVALID_ARGUMENT);
    ralu_vae_free(v);
    ralu_destroy(ctx);
}

static const test_case tests_vae[] = {
    { "vae/formats_cpu", test_vae_formats_cpu },
    { "vae/formats_vulkan", test_vae_formats_vulkan },
    { "vae/family_override", test_vae_family_override },
    { "vae/quant_convs_two_levels_cpu", test_vae_quant_cpu },
    { "vae/quant_convs_two_levels_vulkan", test_vae_quant_vulkan },
    { "vae/tiling_cpu", test_vae_tiling_cpu },
    { "vae/tiling_vulkan", test_vae_tiling_vulkan },
    { "vae/rgb8_and_flops", test_vae_rgb8_and_flops },
    { "vae/old_attention_names", test_vae_old_attention_names },
    { "vae/errors", test_vae_errors },
    { NULL, NULL }
};
