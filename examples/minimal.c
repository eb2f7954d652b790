/* minimal.c — the smallest complete use of ralu.h: a diffusers folder in, a PNG out.
   cc -std=c99 -O2 -march=native -fopenmp examples/minimal.c -o minimal -lm -ldl
   ./minimal path/to/FLUX.1-dev "a lighthouse at dawn" out.png */
#define RALU_IMPLEMENTATION
#include "../ralu.h"
#define STB_IMAGE_WRITE_IMPLEMENTATION
#include <stb/stb_image_write.h>
#include <stdio.h>
#include <string.h>

int main(int argc, char **argv) {
    ralu_ctx *ctx = NULL; ralu_model *model = NULL; ralu_image img;
    ralu_model_desc md; ralu_gen_desc gd;
    int ok = 0;
    if (argc < 4) { fprintf(stderr, "usage: minimal MODEL_DIR PROMPT OUT.png\n"); return 2; }
    memset(&md, 0, sizeof md); memset(&gd, 0, sizeof gd); memset(&img, 0, sizeof img);
    md.path = argv[1];
    gd.prompt = argv[2];
    gd.sample.seed = 42;            /* everything else: defaults (1024 x 1024, RALU's 4x preset) */
    if (ralu_create(NULL, &ctx) == RALU_OK && ralu_model_load(ctx, &md, &model) == RALU_OK &&
        ralu_generate(model, &gd, &img) == RALU_OK)
        ok = stbi_write_png(argv[3], img.width, img.height, 3, img.rgb, img.width * 3);
    if (!ok) fprintf(stderr, "minimal: %s\n", ctx ? ralu_last_error(ctx) : "no context");
    ralu_image_free(&img);
    ralu_destroy(ctx);              /* frees the model too */
    return ok ? 0 : 1;
}
