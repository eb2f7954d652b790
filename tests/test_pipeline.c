/* txt2img end to end: ralu_model_load on the tiny fixture pipelines (tests/fixtures/pipeline,
   written by tools/oracle_pipeline.py with the real diffusers / Black Forest Labs layouts),
   ralu_generate against diffusers' own FluxPipeline output, and the command-line example
   (build/txt2img, built by tests/run.sh): its PNG equals the library's output for the same
   seed, reruns are byte-identical, bad flags give one clear line and a non-zero exit. */
#include <sys/wait.h>
#if defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#pragma GCC diagnostic ignored "-Wsign-compare"
#pragma GCC diagnostic ignored "-Wunused-parameter"
#endif
#define STB_IMAGE_WRITE_STATIC
#define STB_IMAGE_WRITE_IMPLEMENTATION
#include <stb/stb_image_write.h>
#if defined(__GNUC__)
#pragma GCC diagnostic pop
#endif

/* runs a shell command, its stdout+stderr into a file; returns the exit status (-1 if it did not exit) */
static int t_run(const char *cmd, char *output, size_t cap) {
    char full[4096], path[600]; int st; size_t n = 0; FILE *f;
    snprintf(path, sizeof path, "%s/cmd_output.txt", t_tmpdir());
    snprintf(full, sizeof full, "%s > '%s' 2>&1", cmd, path);
    st = system(full);
    if (output && cap) {
        output[0] = 0;
        if ((f = fopen(path, "rb")) != NULL) { n = fread(output, 1, cap - 1, f); output[n] = 0; fclose(f); }
    }
    return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

/* width and height from a PNG's IHDR; 0 if it is not a PNG */
static int t_png_size(const char *path, int *w, int *h) {
    size_t n = 0; unsigned char *p = (unsigned char *)t_read_file(path, &n);
    int ok = p && n > 24 && !memcmp(p, "\x89PNG\r\n\x1a\n", 8) && !memcmp(p + 12, "IHDR", 4);
    if (ok) {
        *w = (p[16] << 24) | (p[17] << 16) | (p[18] << 8) | p[19];
        *h = (p[20] << 24) | (p[21] << 16) | (p[22] << 8) | p[23];
    }
    free(p);
    return ok;
}
static int t_files_equal(const char *a, const char *b) {
    size_t na = 0, nb = 0; void *pa = t_read_file(a, &na), *pb = t_read_file(b, &nb);
    int eq = pa && pb && na == nb && !memcmp(pa, pb, na);
    free(pa); free(pb);
    return eq;
}

static const char *t_cli = "./build/txt2img";
static int t_file_exists_(const char *p) { FILE *f = fopen(p, "rb"); if (f) fclose(f); return f != NULL; }

/* a fixture tensor's raw bytes (any dtype) */
static const unsigned char *t_raw(const ralu_tensor_file *tf, const char *name, size_t *nbytes) {
    const ralu__st_entry *e = ralu__st_lookup(tf, name);
    if (!e) return NULL;
    if (nbytes) *nbytes = (size_t)(e->end - e->begin);
    return tf->shards[e->shard].map.base + e->begin;
}
/* a BF16 fixture tensor widened to f32 (caller frees) */
static float *t_load_bf16(const ralu_tensor_file *tf, const char *name, size_t *n) {
    size_t nb = 0, i; const unsigned char *p = t_raw(tf, name, &nb); float *o;
    if (!p) return NULL;
    o = (float *)malloc(nb * 2 + 4);
    for (i = 0; i < nb / 2; i++) { uint32_t u = ((uint32_t)p[2 * i] | ((uint32_t)p[2 * i + 1] << 8)) << 16; memcpy(&o[i], &u, 4); }
    if (n) *n = nb / 2;
    return o;
}

typedef struct t_gen { ralu_ctx *ctx; ralu_model *model; } t_gen;
/* the tiny FLUX.1-dev pipeline, from the diffusers folder or from the BFL single files (which do
   not say their RoPE axes, GroupNorm groups or CLIP heads: given through the advanced fields) */
static int t_gen_open(t_gen *p, ralu_backend kind, int bfl) {
    ralu_model_desc md; ralu_flux_desc fd; ralu_vae_desc vd;
    memset(p, 0, sizeof *p); memset(&md, 0, sizeof md); memset(&fd, 0, sizeof fd); memset(&vd, 0, sizeof vd);
    if (!(p->ctx = t_ctx_backend(kind))) return 0;
    md.t5_max_length = 32;
    if (bfl) {   /* (t_path's buffers rotate: fixed strings here) */
        md.transformer = "tests/fixtures/pipeline/flux-bfl/flux1-tiny.safetensors";
        md.vae = "tests/fixtures/pipeline/flux-bfl/ae.safetensors";
        md.clip_l = "tests/fixtures/pipeline/flux-bfl/clip_l.safetensors";
        md.t5 = "tests/fixtures/pipeline/flux-bfl/t5xxl.safetensors";
        md.t5_tokenizer = "tests/fixtures/pipeline/flux/tokenizer_2/spiece.model";
        fd.axes_dim[0] = 2; fd.axes_dim[1] = 2; fd.axes_dim[2] = 4; md.flux_desc = &fd;
        vd.norm_groups = 2; md.vae_desc = &vd;
        md.clip_l_heads = 2;
    } else md.path = t_path("pipeline/flux");
    if (ralu_model_load(p->ctx, &md, &p->model) != RALU_OK) { T_FAIL("ralu_model_load: %s", ralu_last_error(p->ctx)); return 0; }
    return 1;
}
static void t_gen_close(t_gen *p) { if (p->ctx) ralu_destroy(p->ctx); memset(p, 0, sizeof *p); }

/* ralu_generate (baseline, 4 steps, guidance 3.5, the golden's noise) against diffusers' FluxPipeline:
   8-bit pixels within 1 level (rounding of the f32 -> u8 mapping), float pixels within 2e-3 */
static void t_pipe_golden(ralu_backend kind, int bfl, int prompt, int W, int H) {
    t_gen p; ralu_tensor_file *tf = NULL; ralu_gen_desc g; ralu_draws dr; ralu_image img;
    char key[64], text[512]; size_t n = 0, i, worst = 0, over1 = 0; const unsigned char *u8, *pr; float *noise;
    double err_num = 0, err_den = 0;
    memset(&img, 0, sizeof img);
    if (!t_gen_open(&p, kind, bfl)) { t_gen_close(&p); return; }
    CHECK_OK(ralu_tensor_file_open(p.ctx, t_path("pipeline/flux_golden.safetensors"), &tf));
    snprintf(key, sizeof key, "p%d.prompt", prompt); pr = t_raw(tf, key, &n);
    CHECK(pr && n < sizeof text); memcpy(text, pr, n); text[n] = 0;
    snprintf(key, sizeof key, "p%d.%dx%d.noise", prompt, H, W); noise = t_load_bf16(tf, key, &n);
    CHECK(noise && n == (size_t)16 * (H / 8) * (W / 8));
    memset(&g, 0, sizeof g); memset(&dr, 0, sizeof dr);
    dr.noise = noise;
    g.prompt = text; g.sample.width = W; g.sample.height = H; g.sample.sampler = RALU_SAMPLER_BASELINE;
    g.sample.steps = 4; g.sample.guidance = 3.5f; g.sample.draws = &dr;
    if (ralu_generate(p.model, &g, &img) != RALU_OK) { T_FAIL("ralu_generate: %s", ralu_last_error(p.ctx)); goto out; }
    CHECK(img.width == W && img.height == H);
    snprintf(key, sizeof key, "p%d.%dx%d.image_u8", prompt, H, W); u8 = t_raw(tf, key, &n);
    CHECK(u8 && n == (size_t)W * H * 3);
    for (i = 0; i < n; i++) {
        int d = abs((int)img.rgb[i] - (int)u8[i]);
        if ((size_t)d > worst) worst = (size_t)d;
        over1 += d > 0;
    }
    {   /* float pixels: ours [3, H, W] in [-1, 1]; the golden [H, W, 3] = clamp(x/2 + 0.5) in f16 */
        const unsigned char *f16; size_t nb = 0; int c, y, x;
        snprintf(key, sizeof key, "p%d.%dx%d.image", prompt, H, W); f16 = t_raw(tf, key, &nb);
        CHECK(f16 && nb == (size_t)W * H * 3 * 2);
        for (y = 0; y < H; y++) for (x = 0; x < W; x++) for (c = 0; c < 3; c++) {
            size_t k = ((size_t)y * W + x) * 3 + c; uint16_t h = (uint16_t)(f16[2 * k] | (f16[2 * k + 1] << 8));
            double ref = ralu__f16_to_f32(h), got = img.pixels[((size_t)c * H + y) * W + x] * 0.5 + 0.5;
            got = got < 0 ? 0 : got > 1 ? 1 : got;
            err_num += (got - ref) * (got - ref); err_den += ref * ref;
        }
    }
    CHECKF(worst <= 1 && over1 * 100 <= n, "%s p%d %dx%d: 8-bit pixels differ by up to %zu levels, %zu of %zu differ", bfl ? "bfl" : "diffusers", prompt, W, H, worst, over1, n);
    CHECKF(sqrt(err_num / err_den) < 2e-3, "%s p%d %dx%d: float image rel L2 %.3g", bfl ? "bfl" : "diffusers", prompt, W, H, sqrt(err_num / err_den));
out:
    ralu_image_free(&img); free(noise);
    if (tf) ralu_tensor_file_close(tf);
    t_gen_close(&p);
}
static void test_pipeline_golden_diffusers(void) {
    t_pipe_golden(RALU_BACKEND_CPU, 0, 0, 128, 128);
    if (!t_failed) t_pipe_golden(RALU_BACKEND_CPU, 0, 1, 128, 96);
}
static void test_pipeline_golden_bfl(void) { t_pipe_golden(RALU_BACKEND_CPU, 1, 1, 128, 128); }
static void test_pipeline_golden_vulkan(void) {
    if (!t_vk_available()) return;
    t_pipe_golden(RALU_BACKEND_VULKAN, 0, 0, 128, 96);
}

/* writes the API's image as the CLI would */
static int t_write_png(const char *path, const ralu_image *img) { return stbi_write_png(path, img->width, img->height, 3, img->rgb, img->width * 3); }

/* the CLI's PNG = the library's image for the same request, byte for byte; reruns identical */
static void t_cli_vs_api(const char *sampler_args, ralu_sampler_kind kind, int steps) {
    char out[8192], cmd[2048], a[600], b[600], api[600];
    t_gen p; ralu_gen_desc g; ralu_image img; int w = 0, h = 0, code;
    memset(&img, 0, sizeof img);
    snprintf(a, sizeof a, "%s/cli_a.png", t_tmpdir()); snprintf(b, sizeof b, "%s/cli_b.png", t_tmpdir()); snprintf(api, sizeof api, "%s/api.png", t_tmpdir());
    snprintf(cmd, sizeof cmd, "%s --cpu -m tests/fixtures/pipeline/flux --t5-max-length 32 -p 'a lighthouse at dawn, 35mm' -W 128 -H 96 --seed 7 %s -o '%s'", t_cli, sampler_args, a);
    code = t_run(cmd, out, sizeof out);
    CHECKF(code == 0, "txt2img exit %d: %s", code, out);
    CHECKF(t_png_size(a, &w, &h) && w == 128 && h == 96, "the PNG is %dx%d, not 128x96", w, h);
    CHECKF(strstr(out, "transformer calls") != NULL, "no summary line in: %s", out);
    snprintf(cmd, sizeof cmd, "%s --cpu -m tests/fixtures/pipeline/flux --t5-max-length 32 -p 'a lighthouse at dawn, 35mm' -W 128 -H 96 --seed 7 %s -o '%s'", t_cli, sampler_args, b);
    code = t_run(cmd, out, sizeof out);
    CHECKF(code == 0 && t_files_equal(a, b), "a rerun with the same seed wrote a different PNG (exit %d)", code);
    if (!t_gen_open(&p, RALU_BACKEND_CPU, 0)) { t_gen_close(&p); return; }
    memset(&g, 0, sizeof g);
    g.prompt = "a lighthouse at dawn, 35mm"; g.sample.width = 128; g.sample.height = 96; g.sample.seed = 7;
    g.sample.sampler = kind; g.sample.steps = steps;
    if (ralu_generate(p.model, &g, &img) != RALU_OK) T_FAIL("ralu_generate: %s", ralu_last_error(p.ctx));
    else {
        CHECKF(t_write_png(api, &img), "cannot write %s", api);
        CHECKF(t_files_equal(a, api), "the CLI's PNG differs from ralu_generate's image for the same seed (%s)", sampler_args);
    }
    ralu_image_free(&img); t_gen_close(&p);
}
static void test_cli_ralu(void) { t_cli_vs_api("", RALU_SAMPLER_RALU, 0); }
static void test_cli_baseline(void) { t_cli_vs_api("--sampler euler --steps 4", RALU_SAMPLER_BASELINE, 4); }

/* --save-preview and --save-regions write their pictures (half size, full size) */
static void test_cli_pictures(void) {
    char out[8192], cmd[2048], o[600], pv[600], rg[600]; int w = 0, h = 0, code;
    snprintf(o, sizeof o, "%s/pic.png", t_tmpdir()); snprintf(pv, sizeof pv, "%s/preview.png", t_tmpdir()); snprintf(rg, sizeof rg, "%s/regions.png", t_tmpdir());
    snprintf(cmd, sizeof cmd, "%s --cpu -m tests/fixtures/pipeline/flux --t5-max-length 32 -p 'a cat' -W 128 -H 128 --ralu 7x -o '%s' --save-preview '%s' --save-regions '%s'", t_cli, o, pv, rg);
    code = t_run(cmd, out, sizeof out);
    CHECKF(code == 0, "exit %d: %s", code, out);
    CHECKF(t_png_size(pv, &w, &h) && w == 64 && h == 64, "preview %dx%d, want 64x64", w, h);
    CHECKF(t_png_size(rg, &w, &h) && w == 128 && h == 128, "regions %dx%d, want 128x128", w, h);
    CHECKF(!t_files_equal(o, rg), "the regions picture equals the image: nothing outlined");
    CHECKF(strstr(out, "10 transformer calls") != NULL, "--ralu 7x should make 10 calls: %s", out);
}

/* CPU and Vulkan give the same picture up to float rounding (baseline: no edge decision to flip) */
static void test_pipeline_cpu_vs_vulkan(void) {
    t_gen pc, pv; ralu_gen_desc g; ralu_image a, b; size_t i, n, worst = 0; double mean = 0;
    if (!t_vk_available()) return;
    memset(&a, 0, sizeof a); memset(&b, 0, sizeof b);
    if (!t_gen_open(&pc, RALU_BACKEND_CPU, 0) || !t_gen_open(&pv, RALU_BACKEND_VULKAN, 0)) { t_gen_close(&pc); t_gen_close(&pv); return; }
    memset(&g, 0, sizeof g);
    g.prompt = "a lighthouse at dawn"; g.sample.width = 128; g.sample.height = 96; g.sample.seed = 11;
    g.sample.sampler = RALU_SAMPLER_BASELINE; g.sample.steps = 4;
    if (ralu_generate(pc.model, &g, &a) != RALU_OK || ralu_generate(pv.model, &g, &b) != RALU_OK) { T_FAIL("generate: %s / %s", ralu_last_error(pc.ctx), ralu_last_error(pv.ctx)); goto out; }
    n = (size_t)128 * 96 * 3;
    for (i = 0; i < n; i++) { int d = abs((int)a.rgb[i] - (int)b.rgb[i]); if ((size_t)d > worst) worst = (size_t)d; mean += d; }
    mean /= (double)n;
    CHECKF(worst <= 2 && mean < 0.05, "CPU vs Vulkan: 8-bit pixels differ by up to %zu levels (mean %.4f); tolerance 2 levels, mean 0.05", worst, mean);
out:
    ralu_image_free(&a); ralu_image_free(&b); t_gen_close(&pc); t_gen_close(&pv);
}


/* bad requests: exit code 2 (usage) or 1 (files), one line naming the problem, no PNG */
static void test_cli_errors(void) {
    char out[8192], cmd[2048], png[600];
    struct { const char *args; int code; const char *text; } cases[] = {
        { "--bogus", 2, "unknown option '--bogus'" },
        { "-p cat", 2, "no model" },
        { "-m tests/fixtures/pipeline/flux", 2, "no prompt" },
        { "-m tests/fixtures/pipeline/flux -p cat -W 100", 2, "multiples of 32" },
        { "-m tests/fixtures/pipeline/flux -p cat -W 48 -H 64 --sampler euler", 0, NULL },  /* 16-multiples are fine for the baseline */
        { "-m tests/fixtures/pipeline/flux -p cat -W abc", 2, "expects an integer" },
        { "-m tests/fixtures/pipeline/flux -p cat --seed -1", 2, "non-negative integer" },
        { "-m tests/fixtures/pipeline/flux -p cat --sampler dpm", 2, "'ralu' or 'euler'" },
        { "-m tests/fixtures/pipeline/flux -p cat --ralu 9x", 2, "9x" },
        { "-m tests/fixtures/pipeline/flux -p cat --ralu-N 2,3", 2, "three comma-separated" },
        { "-m tests/fixtures/pipeline/flux -p cat --ralu-e 0.5,0.3,1", 2, "e[1]" },
        { "-m tests/fixtures/pipeline/flux -p cat --up-ratio 1.5", 2, "up_ratio" },
        { "-m /nonexistent/model -p cat", 1, "/nonexistent/model" },
        { "--diffusion-model tests/fixtures/pipeline/flux-bfl/flux1-tiny.safetensors -p cat", 1, "VAE" },
        { "-m tests/fixtures/pipeline/flux -p cat -W 32768", 2, "16384" },
    };
    size_t i;
    snprintf(png, sizeof png, "%s/err.png", t_tmpdir());
    for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        int code;
        remove(png);
        snprintf(cmd, sizeof cmd, "%s --cpu -W 64 -H 64 --steps 1 %s -o '%s'", t_cli, cases[i].args, png);
        if (cases[i].code != 0) snprintf(cmd, sizeof cmd, "%s --cpu %s -o '%s'", t_cli, cases[i].args, png);
        code = t_run(cmd, out, sizeof out);
        CHECKF(code == cases[i].code, "'%s': exit %d, want %d; output: %s", cases[i].args, code, cases[i].code, out);
        if (cases[i].text) {
            const char *nl = strchr(out, '\n');
            CHECKF(strstr(out, cases[i].text) != NULL, "'%s': output lacks '%s': %s", cases[i].args, cases[i].text, out);
            CHECKF(nl && !strchr(nl + 1, '\n'), "'%s': the error takes more than one line: %s", cases[i].args, out);
            CHECKF(!t_file_exists_(png), "'%s' failed but wrote %s", cases[i].args, png);
        }
    }
}

/* model loading: formats detected by themselves; missing parts named */
static void test_pipeline_load_errors(void) {
    ralu_ctx *ctx = t_cpu_ctx(); ralu_model *m = NULL; ralu_model_desc md; ralu_sd3_desc sd; ralu_result r;
    CHECK(ctx);
    memset(&md, 0, sizeof md);
    md.path = t_path("pipeline/flux");
    md.t5_max_length = 32;
    CHECK_OK(ralu_model_load(ctx, &md, &m));
    CHECKF(ralu_model_get_info(m)->family == RALU_FAMILY_FLUX_DEV && ralu_model_get_info(m)->n_txt == 32 && ralu_model_vae(m) && ralu_model_flux(m),
           "family %d n_txt %d", (int)ralu_model_get_info(m)->family, ralu_model_get_info(m)->n_txt);
    ralu_model_free(m); m = NULL;
    memset(&md, 0, sizeof md);
    r = ralu_model_load(ctx, &md, &m);
    CHECKF(r == RALU_ERR_INVALID_ARGUMENT && strstr(ralu_last_error(ctx), "neither path nor transformer"), "empty desc: %s", ralu_last_error(ctx));
    md.transformer = t_path("pipeline/flux-bfl/flux1-tiny.safetensors");
    r = ralu_model_load(ctx, &md, &m);
    CHECKF(r == RALU_ERR_FILE_NOT_FOUND && strstr(ralu_last_error(ctx), "no VAE"), "no VAE: %s %s", ralu_result_string(r), ralu_last_error(ctx));
    md.vae = "tests/fixtures/pipeline/flux-bfl/ae.safetensors"; md.clip_l = "tests/fixtures/pipeline/flux-bfl/clip_l.safetensors"; md.t5 = "tests/fixtures/pipeline/flux-bfl/t5xxl.safetensors";
    r = ralu_model_load(ctx, &md, &m);
    CHECKF(r != RALU_OK && m == NULL && strstr(ralu_last_error(ctx), "T5 vocabulary") , "no T5 tokenizer: %s %s", ralu_result_string(r), ralu_last_error(ctx));
    md.path = t_path("pipeline/flux/vae"); md.transformer = NULL;
    r = ralu_model_load(ctx, &md, &m);
    CHECKF(r != RALU_OK && m == NULL, "a VAE folder as the model: %s", ralu_last_error(ctx));
    md.path = t_path("pipeline/flux/vae/diffusion_pytorch_model.safetensors");
    r = ralu_model_load(ctx, &md, &m);
    CHECKF(r == RALU_ERR_MODEL_UNKNOWN && strstr(ralu_last_error(ctx), "not a FLUX.1 or SD3 transformer"), "a VAE file as the model: %s", ralu_last_error(ctx));
    /* parts that do not fit together: an SD3 transformer with text encoders of other widths */
    memset(&md, 0, sizeof md);
    md.transformer = "tests/fixtures/sd3/sd3m/sd3_single.safetensors";
    memset(&sd, 0, sizeof sd); sd.head_dim = 8; md.sd3_desc = &sd;   /* the tiny file's heads (no config beside it) */
    md.vae = "tests/fixtures/sampler/vae";
    md.clip_l = md.clip_g = md.t5 = "tests/fixtures/text/sd3_text.safetensors";
    md.clip_l_heads = md.clip_g_heads = 2;
    md.t5_tokenizer = "tests/fixtures/pipeline/flux/tokenizer_2/spiece.model";
    r = ralu_model_load(ctx, &md, &m);
    CHECKF(r == RALU_ERR_MODEL_SHAPE && m == NULL && strstr(ralu_last_error(ctx), "40-wide") && strstr(ralu_last_error(ctx), "takes 20"),
           "mismatched SD3 parts: %s %s", ralu_result_string(r), ralu_last_error(ctx));
    ralu_destroy(ctx);
}

/* SD3 through ralu_model_load and ralu_generate (CFG with a negative prompt, SD3's latent
   constants, RALU's SD3 preset and the baseline) equals the same steps done by hand with the
   lower-level calls, each of which has its own reference test: the pipeline's glue, checked.
   The parts: a tiny SD3 transformer (pipeline/sd3-glue) sized for the text fixtures' SD3
   all-in-one encoders, their tiny CLIP vocabulary and T5 spiece.model, the sampler's VAE. */
static void t_sd3_glue(ralu_sampler_kind kind) {
    ralu_ctx *ctx = t_cpu_ctx(); ralu_model *m = NULL; ralu_model_desc md; ralu_vae_desc vd;
    ralu_gen_desc g; ralu_image img; ralu_text_encoder *L = NULL, *G = NULL, *T = NULL; ralu_tokenizer *ct = NULL, *tt = NULL;
    ralu_text_encoder_desc td; ralu_cond c; ralu_sample_desc sd; ralu_vae *vae = NULL;
    const char *text = "tests/fixtures/text/sd3_text.safetensors";
    float *txt = NULL, *y = NULL, *txtn = NULL, *yn = NULL, *lat = NULL, *pix = NULL; uint8_t *rgb = NULL;
    int W = 64, H = 64, n_txt;
    CHECK(ctx);
    memset(&img, 0, sizeof img); memset(&md, 0, sizeof md); memset(&vd, 0, sizeof vd);
    md.transformer = "tests/fixtures/pipeline/sd3-glue/transformer";
    md.vae = "tests/fixtures/sampler/vae"; vd.family = RALU_VAE_FAMILY_SD3; md.vae_desc = &vd;
    md.clip_l = md.clip_g = md.t5 = text; md.clip_l_heads = md.clip_g_heads = 2;
    md.clip_tokenizer = "tests/fixtures/text/clip_tiny"; md.t5_tokenizer = "tests/fixtures/text/t5_tok/spiece.model";
    md.t5_max_length = 16;
    if (ralu_model_load(ctx, &md, &m) != RALU_OK) { T_FAIL("load: %s", ralu_last_error(ctx)); goto out; }
    CHECKF(ralu_model_get_info(m)->family == RALU_FAMILY_SD3 && ralu_model_get_info(m)->n_txt == 77 + 16, "family %d, n_txt %d",
           (int)ralu_model_get_info(m)->family, ralu_model_get_info(m)->n_txt);
    memset(&g, 0, sizeof g);
    g.prompt = "a small red house"; g.negative_prompt = "blurry";
    g.sample.width = W; g.sample.height = H; g.sample.seed = 5; g.sample.guidance = 4.0f;
    g.sample.sampler = kind; g.sample.steps = kind == RALU_SAMPLER_BASELINE ? 3 : 0;
    if (ralu_generate(m, &g, &img) != RALU_OK) { T_FAIL("generate: %s", ralu_last_error(ctx)); goto out; }
    /* by hand */
    memset(&td, 0, sizeof td);
    td.kind = RALU_TEXT_CLIP_L; td.heads = 2; CHECK_OK(ralu_text_encoder_load(ctx, text, &td, &L));
    td.kind = RALU_TEXT_CLIP_G; CHECK_OK(ralu_text_encoder_load(ctx, text, &td, &G));
    td.kind = RALU_TEXT_T5; td.heads = 0; CHECK_OK(ralu_text_encoder_load(ctx, text, &td, &T));
    CHECK_OK(ralu_tokenizer_load(ctx, md.clip_tokenizer, &ct));
    CHECK_OK(ralu_tokenizer_load(ctx, md.t5_tokenizer, &tt));
    CHECK_OK(ralu_vae_load(ctx, md.vae, &vd, &vae));
    n_txt = 77 + 16;
    txt = (float *)malloc((size_t)n_txt * 40 * 4); txtn = (float *)malloc((size_t)n_txt * 40 * 4);
    y = (float *)malloc(28 * 4); yn = (float *)malloc(28 * 4);
    CHECK_OK(ralu_sd3_encode_prompt(L, ct, G, ct, T, tt, g.prompt, 16, txt, y));
    CHECK_OK(ralu_sd3_encode_prompt(L, ct, G, ct, T, tt, g.negative_prompt, 16, txtn, yn));
    memset(&c, 0, sizeof c);
    c.n_txt = n_txt; c.txt = txt; c.y = y; c.txt_neg = txtn; c.y_neg = yn;
    sd = g.sample;
    lat = (float *)malloc((size_t)16 * (H / 8) * (W / 8) * 4); pix = (float *)malloc((size_t)3 * W * H * 4); rgb = (uint8_t *)malloc((size_t)3 * W * H);
    t_poison(lat, (size_t)16 * (H / 8) * (W / 8));
    CHECK_OK(ralu_sample_sd3(ralu_model_sd3(m), vae, &c, &sd, lat, NULL));
    CHECK_OK(ralu_vae_decode(vae, lat, H / 8, W / 8, pix));
    ralu_image_to_rgb8(pix, H, W, rgb);
    CHECKF(img.report.stage[0].batch == 2, "CFG should run [negative, prompt] as a batch of two (batch %d)", img.report.stage[0].batch);
    CHECKF(!memcmp(rgb, img.rgb, (size_t)3 * W * H), "ralu_generate's SD3 image differs from the same steps by hand (%s)", kind == RALU_SAMPLER_BASELINE ? "baseline" : "RALU");
    {   /* and the negative prompt matters: without it the image changes */
        ralu_image img2; memset(&img2, 0, sizeof img2);
        g.negative_prompt = NULL;
        CHECK_OK(ralu_generate(m, &g, &img2));
        CHECKF(memcmp(img2.rgb, img.rgb, (size_t)3 * W * H) != 0, "the negative prompt had no effect");
        ralu_image_free(&img2);
    }
out:
    free(txt); free(y); free(txtn); free(yn); free(lat); free(pix); free(rgb);
    ralu_image_free(&img);
    ralu_destroy(ctx);   /* frees the model, encoders, tokenizers and VAE */
}
static void test_pipeline_sd3_glue_baseline(void) { t_sd3_glue(RALU_SAMPLER_BASELINE); }
static void test_pipeline_sd3_glue_ralu(void) { t_sd3_glue(RALU_SAMPLER_RALU); }

static const test_case tests_pipeline[] = {
    { "pipeline/golden-diffusers", test_pipeline_golden_diffusers },
    { "pipeline/golden-bfl", test_pipeline_golden_bfl },
    { "pipeline/golden-vulkan", test_pipeline_golden_vulkan },
    { "pipeline/cpu-vs-vulkan", test_pipeline_cpu_vs_vulkan },
    { "pipeline/load-errors", test_pipeline_load_errors },
    { "pipeline/sd3-glue-baseline", test_pipeline_sd3_glue_baseline },
    { "pipeline/sd3-glue-ralu", test_pipeline_sd3_glue_ralu },
    { "pipeline/cli-ralu", test_cli_ralu },
    { "pipeline/cli-baseline", test_cli_baseline },
    { "pipeline/cli-pictures", test_cli_pictures },
    { "pipeline/cli-errors", test_cli_errors },
    { NULL, NULL }
};
