/* txt2img — generate an image from a prompt with ralu.h.

   Build (one command; Debian: apt-get install libvulkan-volk-dev libvulkan-dev libstb-dev):
       cc -std=c99 -O2 -march=native -fopenmp examples/txt2img.c -o txt2img -lm -ldl

   FLUX.1-dev from Black Forest Labs' single files, RALU 4x (the default):
       ./txt2img --diffusion-model flux1-dev.safetensors --vae ae.safetensors \
                 --clip_l clip_l.safetensors --t5xxl t5xxl_fp16.safetensors --t5-tokenizer spiece.model \
                 -p "a red fox in the snow" -W 1024 -H 1024 --seed 42 -o fox.png
   A diffusers folder (FLUX or SD3):   ./txt2img -m FLUX.1-schnell/ -p "..." -o out.png
   The 50-step baseline instead:        --sampler euler --steps 50
   Run ./txt2img --help for every option. */
#define RALU_IMPLEMENTATION
#include "../ralu.h"
#define STB_IMAGE_WRITE_IMPLEMENTATION
#include <stb/stb_image_write.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#if defined(_WIN32)
#include <io.h>
#define isatty _isatty
#define fileno _fileno
#else
#include <unistd.h>
#endif

static const char *usage =
"usage: txt2img [model files] -p PROMPT [options]\n"
"model files (any combination; missing parts are looked for in -m):\n"
"  -m, --model PATH           diffusers pipeline folder, or an all-in-one checkpoint file\n"
"  --diffusion-model FILE     the transformer (flux1-dev.safetensors, sd3.5_large.safetensors, a folder)\n"
"  --vae FILE                 ae.safetensors or a vae/ folder\n"
"  --clip_l FILE  --clip_g FILE  --t5xxl FILE     text encoders\n"
"  --t5-tokenizer FILE        spiece.model or tokenizer.json (T5's vocabulary is not built in)\n"
"  --clip-tokenizer PATH      vocab.json+merges.txt folder or tokenizer.json (default: built in)\n"
"generation:\n"
"  -p, --prompt TEXT          the prompt (required)\n"
"  -n, --negative-prompt TEXT SD3 only\n"
"  -W, --width N  -H, --height N   image size in pixels, multiples of 16 (32 with RALU); default 1024\n"
"  -s, --seed N               default 42\n"
"  --guidance X, --cfg-scale X    FLUX.1-dev distilled guidance (3.5) or SD3 CFG scale (7.0)\n"
"  --sampler ralu|euler       default ralu (RALU with the model's default preset: flux-4x, schnell, sd3-2x)\n"
"  --steps N                  use the plain Euler baseline with N steps (default sampler: RALU)\n"
"  --ralu NAME                RALU preset: 4x 5x 7x (FLUX.1-dev), 2x 3x (SD3), 124 (schnell), or a full name\n"
"                             (flux-4x flux-7x flux-5x-paper flux-7x-paper sd3-2x sd3-3x schnell)\n"
"  --ralu-N a,b,c  --ralu-e a,b,c   custom RALU steps and stage ends (shifts and Z fitted by NT-DM)\n"
"  --ralu-shifts a,b,c  --ralu-Z X  set those too instead of fitting them\n"
"  --up-ratio X               share of half-resolution tokens upsampled early (0..1)\n"
"  --clean-gray  --clean-upsample   use the clean variants of the reference's quirks\n"
"  --sd3-half-grid            SD3: stages 1-2 take positions from the half-size grid's table crop\n"
"  --t5-max-length N          T5 tokens (default 512 for FLUX.1-dev, 256 for schnell and SD3)\n"
"output:\n"
"  -o, --output FILE          PNG to write (default output.png)\n"
"  --save-preview FILE        RALU's half-resolution preview (stage 1), as PNG\n"
"  --save-regions FILE        the image with the early-upsampled regions outlined, as PNG\n"
"device:\n"
"  --cpu                      run on the CPU engine even if a GPU is present\n"
"  --device NAME|INDEX        pick a Vulkan device (see --list-devices)\n"
"  --list-devices             print the Vulkan devices and exit\n"
"  --threads N                CPU threads (default: all)\n"
"  -v, --verbose              log more\n";

typedef struct cli {
    ralu_model_desc md;
    ralu_gen_desc gd;
    const char *preset;
    const char *out, *preview_out, *regions_out, *device;
    int cpu, threads, verbose, list;
    ralu_ralu_params custom;
    int have_N, have_e, have_shifts, have_Z, have_up;
    /* progress display */
    int tty;
    double last_print;
    int last_stage;
} cli;

static void die(const char *fmt, const char *arg) {
    fprintf(stderr, "txt2img: ");
    fprintf(stderr, fmt, arg);
    fprintf(stderr, "\n");
    exit(2);
}
static int parse_int(const char *s, const char *flag, int lo, int hi) {
    char *end; long v;
    errno = 0;
    v = strtol(s, &end, 10);
    if (errno || *end || end == s || v < lo || v > hi) {
        fprintf(stderr, "txt2img: %s expects an integer in %d..%d, got '%s'\n", flag, lo, hi, s);
        exit(2);
    }
    return (int)v;
}
static double parse_num(const char *s, const char *flag) {
    char *end; double v;
    errno = 0;
    v = strtod(s, &end);
    if (errno || *end || end == s) { fprintf(stderr, "txt2img: %s expects a number, got '%s'\n", flag, s); exit(2); }
    return v;
}
static void parse_list(const char *s, const char *flag, double *out) {
    char buf[256], *p, *tok; int n = 0;
    snprintf(buf, sizeof buf, "%s", s);
    for (p = buf; (tok = strtok(p, ",")) != NULL; p = NULL) {
        if (n == 3) break;
        out[n++] = parse_num(tok, flag);
    }
    if (n != 3 || strtok(NULL, ",")) { fprintf(stderr, "txt2img: %s expects three comma-separated values, got '%s'\n", flag, s); exit(2); }
}

static void logfn(void *user, ralu_log_level lv, const char *msg) {
    cli *c = (cli *)user;
    /* errors reach the user once, as the "txt2img: ..." line from ralu_last_error */
    if (lv == RALU_LOG_WARN || c->verbose) fprintf(stderr, "%s%s\n", lv == RALU_LOG_ERROR ? "error: " : lv == RALU_LOG_WARN ? "warning: " : "", msg);
}

static int progress(void *user, const ralu_progress *p) {
    cli *c = (cli *)user;
    static const char *const names[3] = { "low-res", "mixed", "full-res" };
    const char *stage = p->stages == 1 ? "sampling" : names[p->stage < 3 ? p->stage : 2];
    double frac = p->calls ? (double)p->call / p->calls : 0;
    if (c->tty) {
        int w = 30, i, filled = (int)(frac * w + 0.5);
        fprintf(stderr, "\r%-9s [", stage);
        for (i = 0; i < w; i++) fputc(i < filled ? '#' : '.', stderr);
        fprintf(stderr, "] %3d/%-3d calls  %5lld tokens  %6.1fs  ETA ", p->call, p->calls, (long long)p->tokens, p->elapsed);
        if (p->eta >= 0) fprintf(stderr, "%5.1fs ", p->eta); else fprintf(stderr, "  ... ");
        if (p->call == p->calls) fputc('\n', stderr);
        fflush(stderr);
    } else if (p->stage != c->last_stage || p->call == p->calls || p->elapsed - c->last_print > 10) {
        char eta[32];
        if (p->eta >= 0) snprintf(eta, sizeof eta, "%.1fs", p->eta); else snprintf(eta, sizeof eta, "?");
        fprintf(stderr, "stage %d/%d (%s): call %d/%d, %lld tokens, %.1fs elapsed, ETA %s\n",
                p->stage + 1, p->stages, stage, p->call, p->calls, (long long)p->tokens, p->elapsed, eta);
        c->last_stage = p->stage; c->last_print = p->elapsed;
    }
    return 0;
}

/* FLOPs in readable units (tiny test models do kFLOPs, FLUX.1 hundreds of TFLOPs) */
static const char *flops_str(double f, char *buf, size_t cap) {
    static const char *const unit[] = { "FLOP", "kFLOP", "MFLOP", "GFLOP", "TFLOP", "PFLOP" };
    int u = 0;
    while (f >= 1000 && u < 5) { f /= 1000; u++; }
    snprintf(buf, cap, "%.3g %s", f, unit[u]);
    return buf;
}

static void preview(void *user, const float *image, int w, int h) {
    cli *c = (cli *)user;
    unsigned char *img;
    if (!c->preview_out) return;
    img = (unsigned char *)malloc((size_t)w * h * 3);
    if (img) ralu_image_to_rgb8(image, h, w, img);
    if (!img || !stbi_write_png(c->preview_out, w, h, 3, img, w * 3)) fprintf(stderr, "txt2img: cannot write the preview '%s'\n", c->preview_out);
    else fprintf(stderr, "%spreview %dx%d written to %s\n", c->tty ? "\r" : "", w, h, c->preview_out);
    free(img);
}

static int list_devices(void) {
    ralu_device_info dev[16];
    int n = ralu_list_devices(dev, 16), i;
    if (n == 0) { printf("no Vulkan device (no loader, no driver, or built with RALU_NO_VULKAN): ralu.h runs on the CPU\n"); return 0; }
    for (i = 0; i < n && i < 16; i++)
        printf("%d: %s (%s, %.1f GiB)%s%s\n", dev[i].index, dev[i].name, dev[i].type, dev[i].memory_bytes / 1073741824.0,
               dev[i].usable ? "" : "  [not usable: needs Vulkan 1.2 with buffer device address]",
               dev[i].cooperative_matrix ? "  [cooperative matrix]" : "");
    return 0;
}

int main(int argc, char **argv) {
    static cli c;
    ralu_ctx_desc cd;
    ralu_ctx *ctx = NULL;
    ralu_model *model = NULL;
    ralu_image img;
    ralu_result r;
    int i, rc = 1;
    memset(&cd, 0, sizeof cd);
    memset(&img, 0, sizeof img);
    c.out = "output.png"; c.gd.sample.seed = 42; c.last_stage = -1;
    for (i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char *v = i + 1 < argc ? argv[i + 1] : NULL;
#define OPT(name) (!strcmp(a, name))
#define NEED() do { if (!v) die("option %s needs a value", a); i++; } while (0)
        if (OPT("-h") || OPT("--help")) { fputs(usage, stdout); return 0; }
        else if (OPT("-m") || OPT("--model")) { NEED(); c.md.path = v; }
        else if (OPT("--diffusion-model") || OPT("--transformer")) { NEED(); c.md.transformer = v; }
        else if (OPT("--vae")) { NEED(); c.md.vae = v; }
        else if (OPT("--clip_l") || OPT("--clip-l")) { NEED(); c.md.clip_l = v; }
        else if (OPT("--clip_g") || OPT("--clip-g")) { NEED(); c.md.clip_g = v; }
        else if (OPT("--t5xxl") || OPT("--t5")) { NEED(); c.md.t5 = v; }
        else if (OPT("--t5-tokenizer")) { NEED(); c.md.t5_tokenizer = v; }
        else if (OPT("--clip-tokenizer")) { NEED(); c.md.clip_tokenizer = v; }
        else if (OPT("--t5-max-length")) { NEED(); c.md.t5_max_length = parse_int(v, a, 1, 4096); }
        else if (OPT("-p") || OPT("--prompt")) { NEED(); c.gd.prompt = v; }
        else if (OPT("-n") || OPT("--negative-prompt")) { NEED(); c.gd.negative_prompt = v; }
        else if (OPT("-W") || OPT("--width")) { NEED(); c.gd.sample.width = parse_int(v, a, 16, 16384); }
        else if (OPT("-H") || OPT("--height")) { NEED(); c.gd.sample.height = parse_int(v, a, 16, 16384); }
        else if (OPT("-s") || OPT("--seed")) {
            char *end; NEED(); errno = 0;
            c.gd.sample.seed = (uint64_t)strtoull(v, &end, 10);
            if (errno || *end || end == v || *v == '-') die("--seed expects a non-negative integer, got '%s'", v);
        }
        else if (OPT("--guidance") || OPT("--cfg-scale")) { NEED(); c.gd.sample.guidance = (float)parse_num(v, a); if (c.gd.sample.guidance <= 0) die("%s must be positive", a); }
        else if (OPT("--steps")) { NEED(); c.gd.sample.steps = parse_int(v, a, 1, 10000); c.gd.sample.sampler = RALU_SAMPLER_BASELINE; }
        else if (OPT("--sampler")) {
            NEED();
            if (!strcmp(v, "ralu")) c.gd.sample.sampler = RALU_SAMPLER_RALU;
            else if (!strcmp(v, "euler") || !strcmp(v, "baseline")) c.gd.sample.sampler = RALU_SAMPLER_BASELINE;
            else die("--sampler must be 'ralu' or 'euler', not '%s'", v);
        }
        else if (OPT("--ralu")) { NEED(); c.preset = v; c.gd.sample.sampler = RALU_SAMPLER_RALU; }
        else if (OPT("--ralu-N")) { double d[3]; int k; NEED(); parse_list(v, a, d); for (k = 0; k < 3; k++) c.custom.N[k] = (int)d[k]; c.have_N = 1; }
        else if (OPT("--ralu-e")) { double d[3]; NEED(); parse_list(v, a, d); memcpy(c.custom.e, d, sizeof d); c.have_e = 1; }
        else if (OPT("--ralu-shifts")) { double d[3]; NEED(); parse_list(v, a, d); memcpy(c.custom.shift, d, sizeof d); c.have_shifts = 1; }
        else if (OPT("--ralu-Z")) { NEED(); c.custom.Z = parse_num(v, a); c.have_Z = 1; }
        else if (OPT("--up-ratio")) { NEED(); c.custom.up_ratio = parse_num(v, a); c.have_up = 1; }
        else if (OPT("--clean-gray")) c.gd.sample.flags |= RALU_CLEAN_GRAY;
        else if (OPT("--clean-upsample")) c.gd.sample.flags |= RALU_CLEAN_UPSAMPLE;
        else if (OPT("--sd3-half-grid")) c.gd.sample.flags |= RALU_SD3_HALF_GRID;
        else if (OPT("-o") || OPT("--output")) { NEED(); c.out = v; }
        else if (OPT("--save-preview")) { NEED(); c.preview_out = v; }
        else if (OPT("--save-regions")) { NEED(); c.regions_out = v; }
        else if (OPT("--cpu")) c.cpu = 1;
        else if (OPT("--device")) { NEED(); c.device = v; }
        else if (OPT("--list-devices")) c.list = 1;
        else if (OPT("--threads")) { NEED(); c.threads = parse_int(v, a, 1, 1024); }
        else if (OPT("-v") || OPT("--verbose")) c.verbose = 1;
        else die("unknown option '%s' (see --help)", a);
#undef OPT
#undef NEED
    }
    cd.log = logfn; cd.log_user = &c; cd.log_level = c.verbose ? RALU_LOG_DEBUG : RALU_LOG_INFO;
    cd.num_threads = c.threads; cd.device = c.device;
    if (c.cpu) cd.backends[0] = RALU_BACKEND_CPU;
    if (c.list) return list_devices();
    if (!c.gd.prompt) die("%s", "no prompt: give one with -p \"...\" (see --help)");
    if (!c.md.path && !c.md.transformer) die("%s", "no model: give -m PATH (diffusers folder or all-in-one file) or --diffusion-model FILE (see --help)");
    {   /* sizes are checked again by the library; this catches typos before loading gigabytes */
        int W = c.gd.sample.width ? c.gd.sample.width : 1024, H = c.gd.sample.height ? c.gd.sample.height : 1024;
        int mult = c.gd.sample.sampler == RALU_SAMPLER_BASELINE ? 16 : 32;
        if (W % mult || H % mult) {
            fprintf(stderr, "txt2img: image size %dx%d: width and height must be multiples of %d%s\n", W, H, mult, mult == 32 ? " with RALU (16 with --sampler euler)" : "");
            return 2;
        }
    }
    c.tty = isatty(fileno(stderr));
    if ((r = ralu_create(&cd, &ctx)) != RALU_OK) { fprintf(stderr, "txt2img: cannot create a context (%s)\n", ralu_result_string(r)); return 1; }
    if ((r = ralu_model_load(ctx, &c.md, &model)) != RALU_OK) { fprintf(stderr, "txt2img: %s\n", ralu_last_error(ctx)); goto out; }
    if (c.preset) c.gd.preset = c.preset;   /* names and short aliases (4x, 7x, 2x, 124) are the library's */
    if (c.have_N || c.have_e || c.have_shifts || c.have_Z || c.have_up) {
        /* custom values start from the chosen (or the model's default) preset and replace what was given */
        ralu_ralu_params base;
        const char *pname = c.gd.preset ? c.gd.preset : ralu_model_get_info(model)->default_preset;
        if ((r = ralu_ralu_preset(ctx, pname, &base)) != RALU_OK) { fprintf(stderr, "txt2img: %s\n", ralu_last_error(ctx)); rc = 2; goto out; }
        if (c.have_N) memcpy(base.N, c.custom.N, sizeof base.N);
        if (c.have_e) memcpy(base.e, c.custom.e, sizeof base.e);
        if (c.have_up) base.up_ratio = c.custom.up_ratio;
        if ((c.have_N || c.have_e) && !c.have_shifts) { base.shift[0] = base.shift[1] = base.shift[2] = 0; }
        if ((c.have_N || c.have_e) && !c.have_Z) base.Z = 0;   /* NT-DM fits what was not given */
        if (c.have_shifts) memcpy(base.shift, c.custom.shift, sizeof base.shift);
        if (c.have_Z) base.Z = c.custom.Z;
        if ((r = ralu_ralu_validate(ctx, &base)) != RALU_OK) { fprintf(stderr, "txt2img: %s\n", ralu_last_error(ctx)); rc = 2; goto out; }
        c.gd.sample.ralu = base;
        c.gd.preset = NULL;
        c.gd.sample.sampler = RALU_SAMPLER_RALU;
    }
    c.gd.sample.progress = progress; c.gd.sample.preview = preview; c.gd.sample.user = &c;
    if ((r = ralu_generate(model, &c.gd, &img)) != RALU_OK) {
        fprintf(stderr, "%stxt2img: %s\n", c.tty ? "\n" : "", ralu_last_error(ctx));
        rc = r == RALU_ERR_SAMPLER_PARAM || r == RALU_ERR_INVALID_ARGUMENT ? 2 : 1;
        goto out;
    }
    if (!stbi_write_png(c.out, img.width, img.height, 3, img.rgb, img.width * 3)) { fprintf(stderr, "txt2img: cannot write '%s'\n", c.out); goto out; }
    if (c.regions_out) {
        unsigned char *reg = (unsigned char *)malloc((size_t)img.width * img.height * 3);
        if (reg) {
            memcpy(reg, img.rgb, (size_t)img.width * img.height * 3);
            ralu_draw_regions(reg, img.width, img.height, img.selected, img.n_selected);
        }
        if (!reg || !stbi_write_png(c.regions_out, img.width, img.height, 3, reg, img.width * 3)) fprintf(stderr, "txt2img: cannot write '%s'\n", c.regions_out);
        free(reg);
    }
    {   /* the summary: time, calls, FLOPs, and what the plain baseline would cost */
        const ralu_model_info *mi = ralu_model_get_info(model);
        const ralu_report *rep = &img.report;
        ralu_sample_desc bd; ralu_report br;
        int s, have_base;
        memset(&bd, 0, sizeof bd);
        bd.width = img.width; bd.height = img.height; bd.sampler = RALU_SAMPLER_BASELINE;
        have_base = (mi->flux ? ralu_sample_plan_flux(ctx, mi->flux, mi->n_txt, &bd, &br)
                              : ralu_sample_plan_sd3(ctx, mi->sd3, mi->n_txt, rep->stage[0].batch == 2, &bd, &br)) == RALU_OK;
        printf("%s: %dx%d, seed %llu, %s, %s on %s\n", c.out, img.width, img.height, (unsigned long long)c.gd.sample.seed,
               mi->family_name, rep->stages == 3 ? "RALU" : "Euler", ralu_device_name(ctx));
        printf("  text encoders: %.2f s\n", img.seconds_encode);
        char f1[32], f2[32];
        for (s = 0; s < rep->stages; s++)
            printf("  stage %d: %2d calls x %5lld tokens  %12s  %7.2f s\n", s + 1, rep->stage[s].steps,
                   (long long)rep->stage[s].image_tokens, flops_str(rep->stage[s].flops, f1, sizeof f1), rep->stage[s].seconds);
        if (rep->stages == 3) printf("  regions: %lld of %lld half-resolution tokens upsampled early\n", (long long)rep->n_selected, (long long)rep->half_tokens);
        printf("  VAE decode: %.2f s\n", img.seconds_decode);
        printf("  total: %d transformer calls, %s, %.2f s sampling", rep->calls, flops_str(rep->flops, f1, sizeof f1), rep->seconds);
        if (rep->stages == 3 && have_base && rep->flops > 0)
            printf(" (the %d-step baseline: %s, %.2fx these FLOPs)", br.calls, flops_str(br.flops, f2, sizeof f2), br.flops / rep->flops);
        printf("\n");
    }
    if (c.regions_out && img.n_selected == 0) fprintf(stderr, "txt2img: note: no regions were upsampled early (baseline sampler, or up_ratio gave 0 tokens)\n");
    rc = 0;
out:
    ralu_image_free(&img);
    if (model) ralu_model_free(model);
    ralu_destroy(ctx);
    return rc;
}
