/* ralu.h — Region-Adaptive Latent Upsampling for diffusion transformers, in one header.

   ========================================================================================
   WHAT IT IS
   ========================================================================================
   ralu.h generates images with flow-matching diffusion transformers (FLUX.1-dev,
   FLUX.1-schnell, Stable Diffusion 3 / 3.5) from the checkpoints users already have, and
   does it several times faster than plain sampling with RALU (Jeong et al. 2025,
   arXiv 2507.08422): denoise at half resolution, upsample the edge regions early, then
   everything, re-noising and re-scheduling time at each jump. Training-free.

   The transformer matmuls and attention run on precompiled Vulkan compute shaders (the
   SPIR-V is embedded at the end of this file), so one binary runs on any GPU vendor; an
   OpenMP CPU engine is the fallback and the reference.

   ========================================================================================
   BUILD
   ========================================================================================
   In exactly one C or C++ file:

       #define RALU_IMPLEMENTATION
       #include "ralu.h"

   and build with one command, for example

       cc -O2 -march=native -fopenmp examples/txt2img.c -o txt2img -lm -ldl

   Vulkan is opened at run time through volk (Debian: libvulkan-volk-dev, header only), so
   no -lvulkan is needed and a program still starts where no Vulkan driver exists: it logs
   why and runs on the CPU. Without -fopenmp the CPU engine runs on one thread.

   Options (define before the implementation include):
     RALU_NO_VULKAN          build without the Vulkan backend (no volk/Vulkan headers needed)
     RALU_VOLK_IMPLEMENTED   your program already compiles volk's implementation elsewhere
     RALU_MALLOC(sz,u) / RALU_FREE(p,u)
                             replace the default allocator at compile time (both or neither);
                             a ralu_allocator in ralu_ctx_desc overrides it at run time
     RALU_STATIC             make every public function static (private to one file)
     RALUDEF                 the linkage of public functions (default: extern)

   ========================================================================================
   USE
   ========================================================================================
       ralu_ctx *ctx;
       ralu_ctx_desc cd = {0};                      // zero means "defaults" everywhere
       if (ralu_create(&cd, &ctx) != RALU_OK) ...   // Vulkan if present, else CPU
       ...
       ralu_destroy(ctx);

   Every function returns a ralu_result (0 = RALU_OK, negative = error, grouped by
   subsystem); ralu_result_string() names the code and ralu_last_error(ctx) gives a
   message that names the offending field and its value. Nothing in ralu.h calls exit()
   or abort(); bad input never crashes.

   ralu.h keeps no global mutable state: everything hangs off a ralu_ctx, so a program may
   hold several contexts and models at once. (One exception is outside our control: volk
   keeps the Vulkan instance-level function pointers in globals; they are the same for
   every instance of a loader. Device-level functions live in the context.)

   ========================================================================================
   WHAT RALU.H DOES NOT DO
   ========================================================================================
   - train, fine-tune, or load LoRAs (yet);
   - download weights: you bring the checkpoint files;
   - decode images other than through the model's own VAE; write files (the examples use
     stb_image_write for PNG).

   ========================================================================================
   LICENSE: MIT (see the end of this file and LICENSE).
   ======================================================================================== */

#ifndef RALU_H
#define RALU_H

/* the implementation uses POSIX (mmap, clock_gettime, opendir); ask for it under -std=c99 */
#if defined(RALU_IMPLEMENTATION) && !defined(_WIN32) && !defined(_POSIX_C_SOURCE) && !defined(_GNU_SOURCE) && !defined(_DEFAULT_SOURCE)
#define _POSIX_C_SOURCE 200809L
#endif

#include <stddef.h>
#include <stdint.h>

#ifndef RALUDEF
#ifdef RALU_STATIC
#define RALUDEF static
#else
#define RALUDEF extern
#endif
#endif

#ifdef __cplusplus
extern "C" {
#endif

#define RALU_VERSION_MAJOR 0
#define RALU_VERSION_MINOR 1
#define RALU_VERSION_PATCH 0

/* ---------------------------------------------------------------------------------------
   Result codes. 0 is success; errors are negative and grouped by subsystem in hundreds.
   --------------------------------------------------------------------------------------- */
typedef enum ralu_result {
    RALU_OK = 0,
    /* general */
    RALU_ERR_INVALID_ARGUMENT   = -1,   /* a parameter or desc field is out of range */
    RALU_ERR_OUT_OF_MEMORY      = -2,   /* host allocation failed */
    RALU_ERR_CANCELLED          = -3,   /* a callback asked to stop */
    RALU_ERR_UNSUPPORTED        = -4,   /* valid request this build or device cannot do */
    RALU_ERR_INTERNAL           = -5,   /* a bug in ralu.h: please report */
    /* files */
    RALU_ERR_FILE_OPEN          = -100, /* cannot open or stat a file */
    RALU_ERR_FILE_READ          = -101, /* read or map failed */
    RALU_ERR_FILE_NOT_FOUND     = -102, /* a needed file is not in the folder */
    /* safetensors and JSON */
    RALU_ERR_ST_TRUNCATED       = -200, /* file shorter than its header says */
    RALU_ERR_ST_HEADER_SIZE     = -201, /* header length absurd (over the cap or past EOF) */
    RALU_ERR_ST_JSON            = -202, /* header or index is not valid JSON */
    RALU_ERR_ST_SCHEMA          = -203, /* valid JSON, wrong structure (missing field...) */
    RALU_ERR_ST_DTYPE           = -204, /* unknown dtype name */
    RALU_ERR_ST_SHAPE_SIZE      = -205, /* shape x dtype size != byte range */
    RALU_ERR_ST_OFFSET_RANGE    = -206, /* data_offsets outside the data section or reversed */
    RALU_ERR_ST_OVERLAP         = -207, /* two tensors share bytes */
    RALU_ERR_ST_OVERFLOW        = -208, /* a size computation overflows 64 bits */
    RALU_ERR_ST_DUPLICATE       = -209, /* one tensor name twice */
    RALU_ERR_ST_INDEX           = -210, /* sharded index names a missing shard or tensor */
    /* models */
    RALU_ERR_MODEL_MISSING_TENSOR = -300, /* a tensor the architecture needs is absent */
    RALU_ERR_MODEL_SHAPE        = -301, /* a tensor has the wrong shape */
    RALU_ERR_MODEL_DTYPE        = -302, /* a tensor's dtype cannot be used there */
    RALU_ERR_MODEL_UNKNOWN      = -303, /* the files are not a model ralu.h knows */
    RALU_ERR_MODEL_NOT_LOADED   = -304, /* a call needs a model component not loaded */
    /* Vulkan */
    RALU_ERR_VK_UNAVAILABLE     = -400, /* no loader, no instance or no usable device */
    RALU_ERR_VK_DEVICE_OOM      = -401, /* device memory exhausted */
    RALU_ERR_VK_DEVICE_LOST     = -402, /* the driver lost the device */
    RALU_ERR_VK_FAILED          = -403, /* another Vulkan call failed */
    RALU_ERR_VK_LIMIT           = -404, /* a tensor cannot fit the device's limits */
    /* sampler */
    RALU_ERR_SAMPLER_PARAM      = -500, /* a sampler / RALU parameter is invalid */
    /* text */
    RALU_ERR_TOKENIZER          = -600, /* malformed vocabulary / merges / spiece model */
    RALU_ERR_TEXT_ENCODING      = -601  /* the prompt is not valid UTF-8 */
} ralu_result;

RALUDEF const char *ralu_result_string(ralu_result r);

/* ---------------------------------------------------------------------------------------
   Context: the owner of everything (allocator, logger, backend, loaded models).
   --------------------------------------------------------------------------------------- */
typedef enum ralu_log_level {
    RALU_LOG_DEFAULT = 0, /* = RALU_LOG_INFO */
    RALU_LOG_ERROR = 1,
    RALU_LOG_WARN  = 2,
    RALU_LOG_INFO  = 3,
    RALU_LOG_DEBUG = 4
} ralu_log_level;

typedef void (*ralu_log_fn)(void *user, ralu_log_level level, const char *message);

/* The one allocation funnel. Set both functions or neither. Memory returned must be
   aligned for any C type (like malloc); ralu.h aligns large blocks further itself. */
typedef struct ralu_allocator {
    void *(*alloc)(void *user, size_t size);
    void  (*free)(void *user, void *ptr);
    void *user;
} ralu_allocator;

typedef enum ralu_backend {
    RALU_BACKEND_DEFAULT = 0, /* end of a priority list; an all-zero list = VULKAN, CPU */
    RALU_BACKEND_VULKAN  = 1,
    RALU_BACKEND_CPU     = 2
} ralu_backend;

#define RALU_MAX_BACKENDS 4

typedef struct ralu_ctx_desc {
    ralu_backend   backends[RALU_MAX_BACKENDS]; /* tried in order; all zero = {VULKAN, CPU} */
    const char    *device;      /* Vulkan device: NULL or "" = discrete GPU first; "2" = the
                                   device with that index (ralu_list_devices); any other text
                                   = the first device whose name contains it (ignoring case) */
    int            num_threads; /* CPU threads; 0 = OpenMP's default */
    ralu_allocator allocator;   /* zero = RALU_MALLOC/RALU_FREE (default malloc/free) */
    ralu_log_fn    log;         /* NULL = messages go nowhere */
    void          *log_user;
    ralu_log_level log_level;   /* most verbose level delivered; 0 = INFO */
    int            vk_timestamps; /* 1 = record GPU timestamps per op (ralu_profile_*) */
} ralu_ctx_desc;

typedef struct ralu_ctx ralu_ctx;

/* Creates a context. On failure *out is NULL, the reason goes to the desc's logger and the
   result says which check failed. A missing Vulkan driver is not a failure when the CPU is
   in the backend list: the context falls back and logs why. */
RALUDEF ralu_result ralu_create(const ralu_ctx_desc *desc, ralu_ctx **out);
RALUDEF void        ralu_destroy(ralu_ctx *ctx);
/* The message of the most recent error on this context ("" if none). */
RALUDEF const char *ralu_last_error(const ralu_ctx *ctx);
/* Which backend the context runs on, and its device name ("CPU (2 threads)", "NVIDIA ..."). */
RALUDEF ralu_backend ralu_active_backend(const ralu_ctx *ctx);
RALUDEF const char  *ralu_device_name(const ralu_ctx *ctx);

/* ---------------------------------------------------------------------------------------
   Tensor files (safetensors): open, inspect. Models use these internally; they are public
   for tools that want to look inside a checkpoint.
   --------------------------------------------------------------------------------------- */
typedef enum ralu_dtype {
    RALU_DTYPE_UNKNOWN = 0,
    RALU_DTYPE_F32     = 1,
    RALU_DTYPE_F16     = 2,
    RALU_DTYPE_BF16    = 3,
    RALU_DTYPE_F8_E4M3 = 4,
    RALU_DTYPE_F8_E5M2 = 5
} ralu_dtype;

#define RALU_MAX_DIMS 8

typedef struct ralu_tensor_info {
    const char *name;       /* as stored in the file (prefix included) */
    ralu_dtype  dtype;
    int         ndim;
    int64_t     shape[RALU_MAX_DIMS];
    uint64_t    nbytes;
    const void *data;       /* mapped read-only; valid while the file is open */
    const char *file;       /* the shard that holds it */
} ralu_tensor_info;

typedef struct ralu_tensor_file ralu_tensor_file;

/* path: a .safetensors file, a sharded set's *.safetensors.index.json, or a folder holding
   either (e.g. a diffusers "transformer/" folder). Files are memory-mapped: nothing is read
   until a tensor is used, so a 24 GB checkpoint opens in milliseconds. */
RALUDEF ralu_result ralu_tensor_file_open(ralu_ctx *ctx, const char *path, ralu_tensor_file **out);
RALUDEF void        ralu_tensor_file_close(ralu_tensor_file *tf);
RALUDEF int         ralu_tensor_file_count(const ralu_tensor_file *tf);
RALUDEF ralu_result ralu_tensor_file_info(const ralu_tensor_file *tf, int index, ralu_tensor_info *out);
/* Looks a tensor up by exact name; returns 0 and fills *out if present, -1 if not. */
RALUDEF int         ralu_tensor_file_find(const ralu_tensor_file *tf, const char *name, ralu_tensor_info *out);
RALUDEF const char *ralu_dtype_name(ralu_dtype dt);
RALUDEF size_t      ralu_dtype_size(ralu_dtype dt);

/* >>api-vulkan */
/* ---------------------------------------------------------------------------------------
   Vulkan devices and GPU profiling.
   --------------------------------------------------------------------------------------- */
typedef struct ralu_device_info {
    int         index;              /* what ralu_ctx_desc.device = "<index>" selects */
    char        name[256];
    const char *type;               /* "discrete", "integrated", "virtual", "cpu" or "other" */
    uint64_t    memory_bytes;       /* the largest device-local heap */
    int         usable;             /* 1: Vulkan 1.2 with buffer device address and compute */
    int         cooperative_matrix; /* 1: the GL_KHR_cooperative_matrix shaders would be used */
} ralu_device_info;

/* The Vulkan devices of this machine: fills up to max entries and returns how many exist
   (0 when there is no loader, no driver, or the build has RALU_NO_VULKAN). */
RALUDEF int ralu_list_devices(ralu_device_info *out, int max);

/* GPU time per op kind, summed over every call since the context was created or the last
   reset; recorded only when ralu_ctx_desc.vk_timestamps is 1 (else *ms = -1). Entries
   0 .. ralu_profile_count() - 1 ("linear", "attention", ...); count is 0 off Vulkan. */
RALUDEF int         ralu_profile_count(const ralu_ctx *ctx);
RALUDEF ralu_result ralu_profile_get(const ralu_ctx *ctx, int i, const char **op, int *calls, double *ms);
RALUDEF void        ralu_profile_reset(ralu_ctx *ctx);

/* ---------------------------------------------------------------------------------------
   FLUX.1 transformer (dev / schnell): load from a Black Forest Labs single file (plain,
   "model.diffusion_model."-prefixed, bf16, fp8, scaled fp8) or a diffusers transformer/
   folder; run one call on any token sequence with caller-given position ids.
   --------------------------------------------------------------------------------------- */
typedef struct ralu_flux ralu_flux;

typedef struct ralu_flux_desc {
    int axes_dim[3];    /* RoPE axes; 0 = from config.json beside the weights, or {16, 56, 56}
                           when head_dim is 128 (every released FLUX.1) */
} ralu_flux_desc;

/* What the checkpoint says about itself (read from tensor shapes, not from a name). */
typedef struct ralu_flux_info {
    int hidden, heads, head_dim;       /* 3072, 24, 128 for FLUX.1 */
    int depth_double, depth_single;    /* 19, 38 */
    int in_channels, out_channels;     /* 64, 64 (16 latent channels x 2x2 patch) */
    int context_dim, vec_dim;          /* 4096 (T5-XXL), 768 (CLIP-L pooled) */
    int mlp_hidden;                    /* 12288 */
    int axes_dim[3];                   /* 16, 56, 56 */
    int guidance;                      /* 1: guidance-distilled (dev), 0: schnell */
    ralu_dtype dtype;                  /* the dtype of the big weights */
    const char *format;                /* "bfl" or "diffusers" */
} ralu_flux_info;

typedef struct ralu_flux_input {
    int batch;            /* elements computed in one call (seeds, or a CFG pair) */
    int n_img, n_txt;     /* tokens per element */
    const float *img;     /* [batch, n_img, in_channels] packed latent tokens */
    const float *img_ids; /* [batch, n_img, 3] position ids (0, row, col); fractional allowed */
    const float *txt;     /* [batch, n_txt, context_dim] T5 features */
    const float *txt_ids; /* [batch, n_txt, 3], or NULL for zeros (what FLUX uses) */
    const float *t;       /* [batch] flow time in [0, 1] (1 = noise); the model scales by 1000 */
    const float *y;       /* [batch, vec_dim] pooled CLIP-L vector */
    const float *guidance;/* [batch] distilled guidance (e.g. 3.5); required iff info.guidance */
} ralu_flux_input;

RALUDEF ralu_result ralu_flux_load(ralu_ctx *ctx, const char *path, const ralu_flux_desc *desc, ralu_flux **out);
RALUDEF void        ralu_flux_free(ralu_flux *model);
RALUDEF const ralu_flux_info *ralu_flux_get_info(const ralu_flux *model);
/* One transformer call: out = velocity [batch, n_img, out_channels]. */
RALUDEF ralu_result ralu_flux_forward(ralu_flux *model, const ralu_flux_input *in, float *out);
/* FLOPs of one call per batch element (matmuls and attention, 2 per multiply-add): the
   figure the sampler's reports add up. ralu_flux_info_flux1() gives FLUX.1's dimensions so
   costs can be computed without loading 24 GB. */
RALUDEF double         ralu_flux_flops(const ralu_flux_info *info, int n_img, int n_txt);
RALUDEF ralu_flux_info ralu_flux_info_flux1(int guidance);

/* >>api-flux */

/* ---------------------------------------------------------------------------------------
   Stable Diffusion 3 / 3.5 MMDiT (SD3-Medium, SD3.5-Large/Turbo, SD3.5-Medium): load from a
   Stability single file ("model.diffusion_model.", text encoders may share the file) or a
   diffusers transformer/ folder. It takes and returns the same packed tokens as FLUX
   (16 channels x 2x2 patch in (c, py, px) order), so one sampler serves both.
   Positions: SD3 has a stored 2-D position table instead of RoPE. A token at (row, col) of
   the full-resolution token grid takes the table center-cropped as the reference does
   (top = (M - grid_h) / 2, left = (M - grid_w) / 2) at (top + row, left + col), sampled
   bilinearly when the position is fractional. RALU's half-resolution and early-upsampled
   tokens therefore get positions in full-resolution units: a half-resolution token (r, c)
   sits at (2r, 2c) (its first sub-token), an early-upsampled sub-token (r + 1/2, c) at
   (2r + 1, 2c) — exactly its full-resolution place (see ralu_sample for the choice).
   --------------------------------------------------------------------------------------- */
typedef struct ralu_sd3 ralu_sd3;

typedef struct ralu_sd3_desc {
    int head_dim;       /* 0 = from the QK-norm weights, config.json, or 64 (every release) */
} ralu_sd3_desc;

typedef struct ralu_sd3_info {
    int hidden, heads, head_dim, depth;
    int context_dim, pooled_dim, mlp_hidden;
    int pos_max;                /* M: the table is M x M (192 for SD3 / 3.5-Large, 384 for 3.5-Medium) */
    int qk_norm;                /* RMS QK-norm (SD3.5) */
    int dual_layers;            /* blocks with the extra self-attention (SD3.5-Medium: 13) */
    ralu_dtype dtype;
    const char *format;         /* "stability" or "diffusers" */
} ralu_sd3_info;

typedef struct ralu_sd3_input {
    int batch, n_img, n_txt;
    const float *img;           /* [batch, n_img, 64] packed tokens */
    const float *img_ids;       /* [batch, n_img, 3] (0, row, col) on the full-resolution token grid */
    int grid_h, grid_w;         /* that grid (H/16, W/16): decides the table's center crop */
    const float *txt;           /* [batch, n_txt, context_dim] (CLIP-L|G padded to 4096, then T5) */
    const float *t;             /* [batch] flow time in [0, 1]; the model sees 1000 t */
    const float *y;             /* [batch, pooled_dim] pooled CLIP-L|G */
} ralu_sd3_input;

RALUDEF ralu_result ralu_sd3_load(ralu_ctx *ctx, const char *path, const ralu_sd3_desc *desc, ralu_sd3 **out);
RALUDEF void        ralu_sd3_free(ralu_sd3 *model);
RALUDEF const ralu_sd3_info *ralu_sd3_get_info(const ralu_sd3 *model);
/* One call: out = velocity [batch, n_img, 64] in the input's token order and packing. */
RALUDEF ralu_result ralu_sd3_forward(ralu_sd3 *model, const ralu_sd3_input *in, float *out);
RALUDEF double      ralu_sd3_flops(const ralu_sd3_info *info, int n_img, int n_txt);
/* SD3-Medium's dimensions (depth 24, hidden 1536), for costs computed without loading. */
RALUDEF ralu_sd3_info ralu_sd3_info_medium(void);

/* >>api-sd3 */

/* >>api-vae */

/* ---------------------------------------------------------------------------------------
   VAE: the AutoencoderKL shared by FLUX.1 and SD3 / SD3.5 (16 latent channels, spatial
   factor 8; ARCH.md §5), decoding latents to pixels and encoding pixels to latents.
   Loads a Black Forest Labs / LDM single file (ae.safetensors; "first_stage_model."-prefixed
   names as in SD3 single files), a diffusers vae/ folder (config.json +
   diffusion_pytorch_model.safetensors), or a diffusers model root holding vae/. Widths,
   levels and resnets per level come from the tensors; f32, f16 and bf16 weights.

   Latents in this API are in "model space", as the transformers and the sampler see them:
   decode computes z = latent / scaling_factor + shift_factor before the decoder, encode
   returns (posterior mean - shift_factor) * scaling_factor. Images are planar [3, H, W]
   floats, nominally in [-1, 1] (decoder outputs may overshoot a little).

   Large decodes are tiled automatically when the untiled one would not fit the backend (its
   largest buffer binding or its memory): the latent-resolution stage (conv_in and the mid
   block with its global attention) runs once on the whole latent, then the upsampling path
   runs on overlapping tiles, layer by layer, each GroupNorm taking its statistics over the
   whole image (the maps wait in host memory between layers). With the default overlap (the
   path's receptive field, 13 latent pixels for FLUX/SD3) the tiled image equals the untiled
   one up to rounding: no seams, no colour drift. A decode too large even tiled fails with
   RALU_ERR_VK_LIMIT; ralu.h never returns a blank image.
   --------------------------------------------------------------------------------------- */
typedef struct ralu_vae ralu_vae;

typedef enum ralu_vae_family {
    RALU_VAE_FAMILY_AUTO = 0, /* config.json's constants; without one, SD3 for "first_stage_model."
                                 names (SD3 single files), FLUX otherwise */
    RALU_VAE_FAMILY_FLUX = 1, /* scaling_factor 0.3611, shift_factor 0.1159 */
    RALU_VAE_FAMILY_SD3  = 2, /* scaling_factor 1.5305, shift_factor 0.0609 */
    RALU_VAE_FAMILY_CUSTOM = 3 /* the desc's scaling_factor and shift_factor */
} ralu_vae_family;

typedef struct ralu_vae_desc {
    ralu_vae_family family;     /* which latent constants; zero = AUTO */
    float scaling_factor;       /* used with RALU_VAE_FAMILY_CUSTOM (must be > 0) */
    float shift_factor;         /* used with RALU_VAE_FAMILY_CUSTOM */
    int   norm_groups;          /* GroupNorm groups; 0 = config.json's norm_num_groups, else 32 */
    int   tile_size;            /* decode tile core, latent pixels per side; 0 = auto (largest that fits) */
    int   tile_overlap;         /* latent pixels a tile reads past its core on each side; 0 = the
                                   decoder's receptive field (13 for FLUX/SD3), which makes tiles exact */
} ralu_vae_desc;

typedef struct ralu_vae_info {
    int channels;               /* latent channels: 16 */
    int levels;                 /* resolution levels: 4 (spatial factor 2^(levels-1) = 8) */
    int block_out_channels[8];  /* per level, highest resolution first: 128, 256, 512, 512 */
    int layers_per_block;       /* encoder resnets per level: 2 (the decoder has one more) */
    int norm_groups;            /* 32 */
    int downscale;              /* 8 */
    float scaling_factor, shift_factor;
    ralu_vae_family family;     /* FLUX, SD3 or CUSTOM (from config.json or the desc) */
    int has_encoder;            /* 0 for decoder-only files: ralu_vae_encode then fails */
    int quant_conv, post_quant_conv; /* SD1-style 1x1 convs around the latent (absent in FLUX/SD3) */
    ralu_dtype dtype;           /* dtype of the convolution weights */
    const char *format;         /* "bfl" or "diffusers" */
} ralu_vae_info;

typedef enum ralu_vae_tiling {
    RALU_VAE_TILING_AUTO = 0,   /* tile only when the untiled decode would not fit */
    RALU_VAE_TILING_OFF  = 1,   /* never tile: RALU_ERR_VK_LIMIT if it does not fit */
    RALU_VAE_TILING_ON   = 2    /* always tile (tile_size or a 64-latent-pixel default) */
} ralu_vae_tiling;

typedef struct ralu_vae_decode_opts {
    ralu_vae_tiling tiling;
    int tile_size;              /* 0 = the desc's */
    int tile_overlap;           /* 0 = the desc's */
} ralu_vae_decode_opts;

RALUDEF ralu_result ralu_vae_load(ralu_ctx *ctx, const char *path, const ralu_vae_desc *desc, ralu_vae **out);
RALUDEF void        ralu_vae_free(ralu_vae *vae);
RALUDEF const ralu_vae_info *ralu_vae_get_info(const ralu_vae *vae);
/* latent: model-space [channels, h, w] planar; image: [3, 8h, 8w] planar, about [-1, 1]. */
RALUDEF ralu_result ralu_vae_decode(ralu_vae *vae, const float *latent, int h, int w, float *image);
RALUDEF ralu_result ralu_vae_decode_ex(ralu_vae *vae, const float *latent, int h, int w,
                                       const ralu_vae_decode_opts *opts, float *image);
/* image: [3, H, W] planar in [-1, 1], H and W multiples of 8; latent: model-space
   [channels, H/8, W/8] = (posterior mean - shift) * scaling (no sampling: BFL's choice). */
RALUDEF ralu_result ralu_vae_encode(ralu_vae *vae, const float *image, int H, int W, float *latent);
/* FLOPs (2 per multiply-add, convolutions and attention) of one decode of an h x w latent. */
RALUDEF double       ralu_vae_decode_flops(const ralu_vae_info *info, int h, int w);
/* The FLUX / SD3 VAE's dimensions (FLUX constants), for costs computed without loading. */
RALUDEF ralu_vae_info ralu_vae_info_default(void);

/* Pixels. image -> 8-bit: p = round(255 * clamp((x + 1) / 2, 0, 1)) (diffusers' mapping;
   rounding to nearest), rgb interleaved HWC. 8-bit -> image: x = p / 127.5 - 1 (exact
   inverse at the 256 levels). */
RALUDEF void ralu_image_to_rgb8(const float *image, int H, int W, uint8_t *rgb);
RALUDEF void ralu_rgb8_to_image(const uint8_t *rgb, int H, int W, float *image);


/* >>api-text */

/* ---------------------------------------------------------------------------------------
   Prompts: tokenizers and text encoders (CLIP-L, OpenCLIP bigG, T5-XXL v1.1), and the
   conditioning FLUX and SD3 build from them (ARCH.md §6).

   Tokenizers (ids identical to the references on our corpus of 335 prompts):
     CLIP: byte-level BPE, as transformers' CLIPTokenizer with ftfy (what diffusers loads):
       ftfy's fixes that matter for prompts (HTML entities &amp; &lt; &gt; &quot; &apos;
       &nbsp; &#N; &#xH; unless the line holds '<'; curly quotes; Latin ligatures; full and
       half-width forms; control characters; NFC), whitespace collapsed, Python's lower-casing,
       the CLIP pre-tokenising pattern, BPE by merge rank, "<|startoftext|>"/"<|endoftext|>"
       written in the prompt become the special ids. Not done: ftfy's mojibake repair
       ("cafÃ©" stays as it is), the rarer HTML5 entity names, and NFC's mapping of CJK
       compatibility ideographs (U+F900..FAFF, U+2F800..2FA1F).
     T5: SentencePiece unigram (spiece.model), as sentencepiece itself and transformers'
       T5Tokenizer: the model's precompiled normaliser (nmt_nfkc for T5), whitespace removal
       and "▁" marking, Viterbi over the piece scores, a run of unknown characters as one
       <unk> (id 2). T5TokenizerFast (diffusers' choice) agrees on ordinary prompts; it
       normalises by grapheme, so decomposed letters carrying two or more combining marks
       ("a\u0302\u0323"), and runs of thousands of one character, may segment differently
       (6 of our 335 prompts). "</s>" or
       "<extra_id_0>" typed in a prompt are tokenized as text.
   The prompt must be valid UTF-8: anything else is RALU_ERR_TEXT_ENCODING naming the byte
   offset (nothing is silently replaced).

   Where the vocabulary comes from (ralu_tokenizer_load's path):
     NULL          the CLIP vocabulary compiled into ralu.h (openai/clip-vit-large-patch14's
                   merges; CLIP-L and CLIP-G share it): what single-file CLIP users need.
     a folder      a diffusers tokenizer folder (tokenizer/, tokenizer_2/ ...): spiece.model (T5), else tokenizer.json,
                   else vocab.json + merges.txt; special_tokens_map.json's pad token is used
                   when present (SD3's tokenizer_2 pads CLIP-G with "!" = 0).
     a file        spiece.model (T5), tokenizer.json (CLIP BPE), or vocab.json with merges.txt
                   beside it.
   T5's vocabulary is not embedded (it is 800 KB): T5 users pass the spiece.model of
   google/t5-v1_1-xxl (FLUX's and SD3's tokenizer_2/ or tokenizer_3/ folder holds it).
   --------------------------------------------------------------------------------------- */
typedef struct ralu_tokenizer ralu_tokenizer;

typedef enum ralu_tokenizer_kind {
    RALU_TOKENIZER_CLIP = 1,    /* byte-level BPE */
    RALU_TOKENIZER_T5   = 2     /* SentencePiece unigram */
} ralu_tokenizer_kind;

typedef struct ralu_tokenizer_info {
    ralu_tokenizer_kind kind;
    int vocab_size;
    int bos, eos, pad;          /* -1 = none (T5 has no BOS); CLIP: 49406, 49407, 49407 */
    int pad_from_file;          /* 1: pad came from the folder's special_tokens_map.json */
    const char *source;         /* "embedded" or the file read */
} ralu_tokenizer_info;

RALUDEF ralu_result ralu_tokenizer_load(ralu_ctx *ctx, const char *path, ralu_tokenizer **out);
RALUDEF void        ralu_tokenizer_free(ralu_tokenizer *tok);
RALUDEF const ralu_tokenizer_info *ralu_tokenizer_get_info(const ralu_tokenizer *tok);
/* Tokenizes a NUL-terminated UTF-8 prompt into exactly max_len ids, as the pipelines'
   tokenizer(..., padding="max_length", truncation=True) does:
     CLIP: [BOS] tokens[:max_len-2] [EOS], then pad;   T5: tokens[:max_len-1] [EOS], then pad.
   pad_id < 0 = the tokenizer's pad. *n_used (may be NULL) = ids before the padding.
   A pad token read from special_tokens_map.json that is not a CLIP special (SD3's and SDXL's
   tokenizer_2: "!") is an added token, as in transformers: it is split out of the prompt. */
RALUDEF ralu_result ralu_tokenize(ralu_tokenizer *tok, const char *text, int max_len, int pad_id, int32_t *ids, int *n_used);

typedef struct ralu_text_encoder ralu_text_encoder;

typedef enum ralu_text_kind {
    RALU_TEXT_AUTO   = 0,       /* from the file: fails if it holds several encoders */
    RALU_TEXT_CLIP_L = 1,       /* OpenAI CLIP ViT-L/14 text model: QuickGELU */
    RALU_TEXT_CLIP_G = 2,       /* OpenCLIP ViT-bigG/14 text model: GELU, text_projection */
    RALU_TEXT_T5     = 3        /* T5 v1.1 encoder (T5-XXL): gated GELU, RMSNorm, relative bias */
} ralu_text_kind;

typedef struct ralu_text_encoder_desc {
    ralu_text_kind kind;        /* which encoder (needed for SD3 files holding all three) */
    int heads;                  /* CLIP: 0 = config.json beside the weights, or width / 64 */
} ralu_text_encoder_desc;

typedef struct ralu_text_encoder_info {
    ralu_text_kind kind;
    int width, layers, heads, ff;   /* CLIP-L 768/12/12/3072, CLIP-G 1280/32/20/5120, T5-XXL 4096/24/64/10240 */
    int vocab;                      /* rows of the token embedding */
    int max_positions;              /* CLIP: 77; T5: 0 (no limit) */
    int proj_width;                 /* CLIP text_projection outputs, 0 if the file has none */
    ralu_dtype dtype;               /* of the big matrices */
    const char *prefix;             /* tensor name prefix found in the file */
} ralu_text_encoder_info;

/* What one call returns; NULL members are not computed. Sizes: n x width for the states. */
typedef struct ralu_text_output {
    float *last;         /* [n, width] last_hidden_state (after the final norm) */
    float *penultimate;  /* [n, width] CLIP hidden_states[-2]: layer n-1's output, no final LN */
    float *pooled;       /* [width] CLIP: last at argmax(ids) (the first EOS) = pooler_output */
    float *projected;    /* [proj_width] CLIP: text_projection(pooled) = text_embeds; the
                            pooled vector itself when the file has no projection */
} ralu_text_output;

/* path: a diffusers text encoder folder (text_encoder/, text_encoder_2/ ...), or a single file (clip_l.safetensors
   'text_model.…', clip_g.safetensors, t5xxl_fp16/fp8 'encoder.…' + 'shared.weight', an SD3
   file with 'text_encoders.{clip_l,clip_g,t5xxl}.transformer.…'); weights f32/f16/bf16/fp8. */
RALUDEF ralu_result ralu_text_encoder_load(ralu_ctx *ctx, const char *path, const ralu_text_encoder_desc *desc, ralu_text_encoder **out);
RALUDEF void        ralu_text_encoder_free(ralu_text_encoder *te);
RALUDEF const ralu_text_encoder_info *ralu_text_encoder_get_info(const ralu_text_encoder *te);
/* Runs the encoder on n ids (CLIP: n <= 77; no attention mask, as FLUX and SD3 use them). */
RALUDEF ralu_result ralu_text_encode(ralu_text_encoder *te, const int32_t *ids, int n, ralu_text_output *out);

/* FLUX conditioning, as diffusers' FluxPipeline.encode_prompt: txt = T5(prompt padded /
   truncated to t5_len (512 dev, 256 schnell)).last_hidden_state [t5_len, t5 width];
   pooled = CLIP-L pooler_output [clip_l width] (77 ids padded with the tokenizer's pad). */
RALUDEF ralu_result ralu_flux_encode_prompt(ralu_text_encoder *clip_l, ralu_tokenizer *clip_tok,
                                            ralu_text_encoder *t5, ralu_tokenizer *t5_tok,
                                            const char *prompt, int t5_len, float *txt, float *pooled);
/* SD3 conditioning, as diffusers' StableDiffusion3Pipeline.encode_prompt: CLIP-L and CLIP-G
   penultimate states [77, wL + wG] zero-padded to W, then T5's [t5_len, W]; W = the T5 width,
   or 4096 when t5 is NULL (then its rows are zeros, as diffusers does without text_encoder_3).
   pooled = [projected L | projected G] (a CLIP file without text_projection gives its pooled
   vector, which is what the single-file loaders' identity projection does).
   Pads: each tokenizer's own when it came from a folder; otherwise 49407 for CLIP-L and 0
   ("!") for CLIP-G, as SD3's tokenizer_2. As in transformers, a "!" pad is an added token:
   every "!" in the prompt becomes its own id 0 for CLIP-G (not a BPE piece).
   clip_g_tok may be the same object as clip_l_tok. */
RALUDEF ralu_result ralu_sd3_encode_prompt(ralu_text_encoder *clip_l, ralu_tokenizer *clip_l_tok,
                                           ralu_text_encoder *clip_g, ralu_tokenizer *clip_g_tok,
                                           ralu_text_encoder *t5, ralu_tokenizer *t5_tok,
                                           const char *prompt, int t5_len, float *txt, float *pooled);

/* >>api-ralu-math */
/* ---------------------------------------------------------------------------------------
   RALU math: the host-side numbers of the sampler (shared/RALU.md). Everything here is
   plain C on the CPU, deterministic, and reproduces its reference bit for bit where the
   reference is bit-exact (schedules, stage grids, gray conversion, Canny, selection) and to
   its stated tolerance where it is an optimiser (NT-DM).
   --------------------------------------------------------------------------------------- */

/* ---- baseline schedules (flow matching: t = 1 noise ... t = 0 data) ---- */

/* FLUX's resolution-dependent shift mu, exactly as diffusers' calculate_shift computes it:
   m = (1.15 - 0.5) / (4096 - 256), b = 0.5 - 256 m, mu = image_tokens * m + b (not clamped). */
RALUDEF double ralu_flux_mu(int64_t image_tokens);
/* The baseline grids: steps + 1 values t[0] > ... > t[steps] = 0, the float32 sigmas of
   diffusers' FlowMatchEulerDiscreteScheduler (0.36), bit for bit:
   - FLUX dev (schnell == 0): sigmas = float32(linspace(1, 1/steps, steps)), shifted by
     exp(mu) in float32 as time_shift_exponential does (mu = ralu_flux_mu(image_tokens));
   - FLUX schnell (schnell != 0): the same linspace, unshifted (shift 1, no dynamic shift);
   - SD3 (shift 3 for every released model): the scheduler's quirk: its sigma_min is the
     already shifted float32 sigma(1/1000), the grid linspace(1, sigma_min, steps) is shifted
     again (in double), then rounded to float32.
   RALU_ERR_INVALID_ARGUMENT for steps < 1, image_tokens < 1 (dev), shift <= 0 or t == NULL. */
RALUDEF ralu_result ralu_schedule_flux(int steps, int64_t image_tokens, int schnell, float *t);
RALUDEF ralu_result ralu_schedule_sd3(int steps, double shift, float *t);

/* ---- RALU parameters ---- */
typedef struct ralu_ralu_params {
    int    N[3];          /* Euler steps per stage, each >= 1 */
    double e[3];          /* end progress (1 - t) per stage, increasing in (0, 1], e[2] == 1 */
    double shift[3];      /* time shift per stage, > 0; all three 0 = fit by NT-DM */
    double Z;             /* re-noise constant, >= 1; 0 = fit by NT-DM (with the shifts) */
    double up_ratio;      /* fraction of half-resolution tokens upsampled early, in (0, 1) */
    double base_shift;    /* NT-DM's h0: 3 for FLUX.1-dev and SD3, 1 for schnell; 0 means 3 */
} ralu_ralu_params;

/* Named presets (RALU.md):
     "flux-4x"        N 5,6,7  e .30,.45,1  shifts 5.019 2.589 2.226  Z 6.317  up 0.3  (published code "4x")
     "flux-7x"        N 2,3,5  e .20,.30,1  shifts 8.141 2.856 2.193  Z 6.261  up 0.1  (published code "7x")
     "flux-5x-paper"  N 4,5,6  e .30,.45,1  shifts 5.12  2.64  2.25   Z 7.52   up 0.2  (paper Tab. S1)
     "flux-7x-paper"  N 2,3,5  e .20,.30,1  shifts 8.14  2.86  2.19   Z 6.26   up 0.2  (paper Tab. S1)
     "sd3-2x"         N 5,6,9  e .20,.30,1  shifts 6.21  2.23  1.97   Z 4.13   up 0.3  (paper Tab. S1)
     "sd3-3x"         N 3,3,6  e .25,.30,1  shifts 6.40  2.60  2.23   Z 6.26   up 0.2  (paper Tab. S1)
     "schnell"        N 1,2,4  e .30,.45,1  shifts 1.963 1.374 1.030  Z 6.317  up 0.2  h0 = 1
   The paper rows are the published numbers as printed (the solver gives 6.121 for SD3-2x's
   first shift and 2.273 for SD3-3x's last: the table's 6.21 / 2.23 look like typos, kept
   because they are what the paper ran). schnell + RALU has no published numbers: with the
   unshifted target (h0 = 1) the NT-DM fit runs Z into its bound of 100, which would re-noise
   stage 2 almost back to pure noise (s_1 = 0.004) and waste its steps. ralu.h fixes Z at the
   dev 4x preset's 6.317 (same e) and fits the three shifts by NT-DM with that Z (SciPy's
   L-BFGS-B on the same objective gives the same values; tools/oracle_ralu_math.py).
   Aliases: "4x" = flux-4x, "5x" = flux-5x-paper, "7x" = flux-7x, "2x" = sd3-2x, "3x" = sd3-3x.
   An unknown name is RALU_ERR_SAMPLER_PARAM with a message listing the valid names.
   ctx may be NULL (then no message is stored). */
RALUDEF int         ralu_ralu_preset_count(void);
RALUDEF const char *ralu_ralu_preset_name(int index);   /* NULL outside [0, count) */
RALUDEF ralu_result ralu_ralu_preset(ralu_ctx *ctx, const char *name, ralu_ralu_params *out);
/* RALU_ERR_SAMPLER_PARAM, with a message naming the field and its value
   ("ralu.N[1] = 0: must be >= 1"), unless: every N >= 1; 0 < e[0] < e[1] < e[2] == 1;
   0 < up_ratio < 1; shifts all 0 or all > 0 (finite); Z == 0 or Z >= 1; base_shift >= 0 and
   finite. ctx may be NULL. */
RALUDEF ralu_result ralu_ralu_validate(ralu_ctx *ctx, const ralu_ralu_params *p);
/* Validates, then fills what is zero by NT-DM: all shifts and Z zero = the full fit; shifts
   zero with Z given = the shifts fitted with Z held; shifts given with Z zero = Z fitted with
   the shifts held. base_shift 0 becomes 3. out may equal in. */
RALUDEF ralu_result ralu_ralu_resolve(ralu_ctx *ctx, const ralu_ralu_params *in, ralu_ralu_params *out);
/* NT-DM (RALU.md): minimises the Jensen-Shannon distance between the target and the staged
   time densities over shifts in [0.5, 10] and Z in [2, 100] from (3, 3, 3, 2) with L-BFGS-B
   (Byrd, Lu, Nocedal, Zhu; version 3.0 as SciPy 1.16 runs it: m = 10, factr 1e7, pgtol 1e-5,
   forward-difference gradients with step 1e-8), the reference's own optimiser. Why not a
   better one: the objective is piecewise smooth (the 1000-point grid truncations move with Z)
   with many shallow local minima (Nelder-Mead finds lower values with Z 30% away), so only
   the same optimiser lands on the published numbers. It does for every published row and
   preset, within 0.5%. Beware that SciPy's own answer is not reproducible for ill-conditioned
   requests (a shift at its bound, a flat valley in Z): numpy's AVX-512 log and libm's differ
   in the last bit and move SciPy's Z by 5% for N 3,4,8 / e .2,.4; there ralu.h may stop in
   another minimum (tests/test_sampler.c "ralu-math/oracle" accepts it when its objective is no
   worse). Deterministic; 3 to 25 ms. base_shift 0 means 3. RALU_ERR_SAMPLER_PARAM for N < 1,
   e not increasing in (0, 1) with e[2] == 1, or base_shift < 0; RALU_ERR_INVALID_ARGUMENT for
   NULL pointers. */
RALUDEF ralu_result ralu_ntdm_fit(const int N[3], const double e[3], double base_shift, double shift_out[3], double *Z_out);

/* The transitions (RALU.md): s[0] = 0 and s[i+1] = e_i / (Z (1 - e_i) + e_i), the progress at
   which stage i+1 starts; alpha_i = 1 - s[i+1] (fresh-noise weight); beta_i =
   1 / (Z (1 - e_i) + e_i) (weight of the upsampled latent); gamma = -1/Z^2 + 1e-6, the
   off-diagonal covariance of the 4 copies of an upsampled token's re-noise. p must be
   resolved (Z > 0). */
typedef struct ralu_ralu_transitions { double s[3], alpha[2], beta[2], gamma; } ralu_ralu_transitions;
RALUDEF ralu_ralu_transitions ralu_ralu_get_transitions(const ralu_ralu_params *p);
/* Stage `stage`'s grid, N[stage] + 1 values t in double, computed exactly like the reference's
   numpy: S = 1 - s[stage], E = 1 - e[stage], u(X) = X / (h - (h-1) X),
   sigma = linspace(u(S), u(E), N + 1), t = h sigma / (1 + (h-1) sigma). p must be resolved. */
RALUDEF void    ralu_ralu_stage_times(const ralu_ralu_params *p, int stage, double *t);
/* k = floor(half_tokens * up_ratio) in double, like Python's int(math.floor(Md * up)). */
RALUDEF int64_t ralu_ralu_topk_count(int64_t half_tokens, double up_ratio);

/* ---- randomness: one documented, seeded, counter-based generator ----
   ralu_rng_normal writes values first .. first+n-1 of the standard normal sequence (seed,
   stream). Value i is a pure function of (seed, stream, i), so any slice can be drawn in any
   order, on any thread, and equals the same slice of a longer draw. Definition:
     block b = i / 4 is Philox4x32-10 (Salmon et al. 2011, Random123's constants) of the
     counter (lo32(b), hi32(b), stream, 0) under the key (lo32(seed), hi32(seed)), giving
     words x0..x3; with u(x) = (x + 0.5) / 2^32 in (0, 1), r = sqrt(-2 ln u(x0)),
     th = 2 pi u(x1): values 4b, 4b+1 = r cos th, r sin th; values 4b+2, 4b+3 the same from
     (x2, x3); computed in double, rounded to float. (Values agree across platforms up to the
     last-bit rounding of libm's log/cos/sin, which rounding to float almost always hides.)
   The sampler's streams: */
enum { RALU_STREAM_NOISE = 1, RALU_STREAM_RENOISE1 = 2, RALU_STREAM_RENOISE2 = 3, RALU_STREAM_TIEBREAK = 4 };
RALUDEF void ralu_rng_normal(uint64_t seed, uint32_t stream, uint64_t first, size_t n, float *out);
/* Correlated re-noise, in place on z [rows, channels] (row-major): for each block b of 4 rows
   starting at row first_row + 4b (b < blocks), per channel c, z += a * mean4(z) with
   a = sqrt(1 + 4 gamma) - 1 (an exact sampler of covariance I + gamma 11^T over the 4 rows
   when z is iid N(0, 1)). Float32 arithmetic like the torch reference: mean =
   (((z0 + z1) + z2) + z3) / 4, then z + (float)a * mean, each rounded. */
RALUDEF void ralu_correlated_noise(float *z, int channels, int64_t first_row, int64_t blocks, double gamma);

/* ---- edges and token selection (RALU.md transition 1 -> 2) ---- */
/* gray = 0.299 R + 0.587 G + 0.114 B of the decoder output rgb [3, H, W] (planar, about
   [-1, 1]), quirk: clipped to [0, 1] without the [-1,1] -> [0,1] map, times 255, truncated to
   uint8. float32 steps like torch (each product and sum rounded, no FMA), so it is bit-exact
   to the reference; NaN gives 0. */
RALUDEF void        ralu_gray_u8(const float *rgb, int H, int W, uint8_t *gray);
/* OpenCV's cv2.Canny(gray, lo, hi) (aperture 3, L2gradient false), bit-identical to OpenCV
   4.12: 3x3 Sobel with replicated borders, L1 magnitude |dx| + |dy|, non-maximum suppression
   in 4 directions (tan 22.5 deg in Q15, zero magnitude outside the image), thresholds
   floor(lo) < m and floor(hi) < m (swapped if lo > hi), 8-connected hysteresis; edges are
   255, the rest 0. Scratch memory comes from ctx. RALU_ERR_INVALID_ARGUMENT for H or W < 1,
   NULL pointers, or thresholds that are not finite numbers within +-1e9. */
RALUDEF ralu_result ralu_canny(ralu_ctx *ctx, const uint8_t *gray, int H, int W, double lo, double hi, uint8_t *edges);
/* Per token (patch x patch pixels) sums of edge values, in double: scores[(H/patch) * (W/patch)]
   in raster order (pixels beyond a whole patch are ignored). */
RALUDEF void        ralu_edge_scores(const uint8_t *edges, int H, int W, int patch, double *scores);
/* Indices of the k largest of score[i] + tiebreak[i] * 1e-6 (in double; tiebreak may be NULL),
   written sorted ascending; exact ties go to the lower index; NaN ranks lowest.
   RALU_ERR_INVALID_ARGUMENT for n < 0 or k outside [0, n]. */
RALUDEF ralu_result ralu_select_topk(ralu_ctx *ctx, const double *scores, const float *tiebreak, int64_t n, int64_t k, int64_t *selected);

/* >>api-sampler */

/* >>api-pipeline */

#ifdef __cplusplus
}
#endif
#endif /* RALU_H */

/* =========================================================================================
   IMPLEMENTATION
   ========================================================================================= */
#ifdef RALU_IMPLEMENTATION
#ifndef RALU_IMPLEMENTATION_DONE
#define RALU_IMPLEMENTATION_DONE

#if defined(__GNUC__) || defined(__clang__)
#pragma GCC diagnostic push
/* internal helpers a given build (RALU_NO_VULKAN, a subset of models) may not call */
#pragma GCC diagnostic ignored "-Wunused-function"
#endif


/* =========================================================================================
   >>base — allocation funnel, errors, logging, number formats, time
   ========================================================================================= */
#include <stdlib.h>
#include <string.h>
#include <stdio.h>
#include <stdarg.h>
#include <math.h>
#include <limits.h>
#include <float.h>

#if defined(_WIN32)
#  define WIN32_LEAN_AND_MEAN
#  include <windows.h>
#else
#  include <sys/types.h>
#  include <sys/stat.h>
#  include <sys/mman.h>
#  include <fcntl.h>
#  include <unistd.h>
#  include <dirent.h>
#  include <time.h>
#endif

#ifdef _OPENMP
#  include <omp.h>
#endif

#if defined(__AVX2__) && defined(__FMA__)
#  include <immintrin.h>
#  define RALU__AVX2 1
#endif

#if defined(RALU_MALLOC) != defined(RALU_FREE)
#  error "ralu.h: define both RALU_MALLOC and RALU_FREE, or neither"
#endif
#ifndef RALU_MALLOC
#  define RALU_MALLOC(sz, u) ((void)(u), malloc(sz))
#  define RALU_FREE(p, u)    ((void)(u), free(p))
#endif

#define RALU__UNUSED(x) ((void)(x))
#define RALU__MIN(a, b) ((a) < (b) ? (a) : (b))
#define RALU__MAX(a, b) ((a) > (b) ? (a) : (b))
#define RALU__ERRMSG 1024

struct ralu__backend;
struct ralu__vk;

struct ralu_ctx {
    ralu_allocator allocator;       /* resolved: never NULL functions */
    ralu_log_fn    log;
    void          *log_user;
    ralu_log_level log_level;
    int            num_threads;     /* resolved thread count for the CPU engine */
    ralu_backend   backend_kind;    /* the backend in use */
    struct ralu__backend *backend;  /* op table + state */
    struct ralu__vk *vk;            /* NULL unless the Vulkan backend is active */
    char           device_name[256];
    struct ralu__object *objects;   /* models etc. still alive (freed by ralu_destroy) */
    char           error[RALU__ERRMSG];
    ralu_result    error_code;
    int            vk_timestamps;
};

/* ---- the allocation funnel: every byte ralu.h owns comes through here ---- */
static void *ralu__default_alloc(void *user, size_t size) { RALU__UNUSED(user); return RALU_MALLOC(size, user); }
static void  ralu__default_free(void *user, void *p)     { RALU__UNUSED(user); RALU_FREE(p, user); }

static void *ralu__alloc(ralu_ctx *ctx, size_t size) {
    return ctx->allocator.alloc(ctx->allocator.user, size ? size : 1);
}
static void ralu__free(ralu_ctx *ctx, void *p) {
    if (p) ctx->allocator.free(ctx->allocator.user, p);
}
static void *ralu__calloc(ralu_ctx *ctx, size_t n, size_t size) {
    void *p;
    if (size && n > SIZE_MAX / size) return NULL;
    p = ralu__alloc(ctx, n * size);
    if (p) memset(p, 0, n * size);
    return p;
}
/* 64-byte aligned blocks (SIMD loads, cache lines). The offset to the raw pointer is kept
   in the byte before the returned address. */
static void *ralu__alloc_aligned(ralu_ctx *ctx, size_t size) {
    unsigned char *raw, *p;
    if (size > SIZE_MAX - 64) return NULL;
    raw = (unsigned char *)ralu__alloc(ctx, size + 64);
    if (!raw) return NULL;
    p = (unsigned char *)(((uintptr_t)raw + 64) & ~(uintptr_t)63);
    p[-1] = (unsigned char)(p - raw);
    return p;
}
static void ralu__free_aligned(ralu_ctx *ctx, void *p) {
    unsigned char *q = (unsigned char *)p;
    if (q) ralu__free(ctx, q - q[-1]);
}
static char *ralu__strdup(ralu_ctx *ctx, const char *s) {
    size_t n = strlen(s);
    char *d = (char *)ralu__alloc(ctx, n + 1);
    if (d) memcpy(d, s, n + 1);
    return d;
}

/* ---- logging and errors ---- */
static void ralu__logv(ralu_ctx *ctx, ralu_log_level lv, const char *fmt, va_list ap) {
    char buf[RALU__ERRMSG];
    if (!ctx || !ctx->log || lv > ctx->log_level) return;
    vsnprintf(buf, sizeof buf, fmt, ap);
    ctx->log(ctx->log_user, lv, buf);
}
static void ralu__log(ralu_ctx *ctx, ralu_log_level lv, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    ralu__logv(ctx, lv, fmt, ap);
    va_end(ap);
}
/* Records an error (code + message naming field and value) and returns the code, so call
   sites read `return ralu__fail(ctx, RALU_ERR_X, "field 'w' is %d", w);`. */
static ralu_result ralu__fail(ralu_ctx *ctx, ralu_result code, const char *fmt, ...) {
    va_list ap;
    if (!ctx) return code;
    va_start(ap, fmt);
    vsnprintf(ctx->error, sizeof ctx->error, fmt, ap);
    va_end(ap);
    ctx->error_code = code;
    ralu__log(ctx, RALU_LOG_ERROR, "%s (%s)", ctx->error, ralu_result_string(code));
    return code;
}
static ralu_result ralu__oom(ralu_ctx *ctx, const char *what, size_t bytes) {
    return ralu__fail(ctx, RALU_ERR_OUT_OF_MEMORY, "out of host memory allocating %s (%zu bytes)", what, bytes);
}

RALUDEF const char *ralu_result_string(ralu_result r) {
    switch (r) {
    case RALU_OK: return "RALU_OK";
    case RALU_ERR_INVALID_ARGUMENT: return "RALU_ERR_INVALID_ARGUMENT";
    case RALU_ERR_OUT_OF_MEMORY: return "RALU_ERR_OUT_OF_MEMORY";
    case RALU_ERR_CANCELLED: return "RALU_ERR_CANCELLED";
    case RALU_ERR_UNSUPPORTED: return "RALU_ERR_UNSUPPORTED";
    case RALU_ERR_INTERNAL: return "RALU_ERR_INTERNAL";
    case RALU_ERR_FILE_OPEN: return "RALU_ERR_FILE_OPEN";
    case RALU_ERR_FILE_READ: return "RALU_ERR_FILE_READ";
    case RALU_ERR_FILE_NOT_FOUND: return "RALU_ERR_FILE_NOT_FOUND";
    case RALU_ERR_ST_TRUNCATED: return "RALU_ERR_ST_TRUNCATED";
    case RALU_ERR_ST_HEADER_SIZE: return "RALU_ERR_ST_HEADER_SIZE";
    case RALU_ERR_ST_JSON: return "RALU_ERR_ST_JSON";
    case RALU_ERR_ST_SCHEMA: return "RALU_ERR_ST_SCHEMA";
    case RALU_ERR_ST_DTYPE: return "RALU_ERR_ST_DTYPE";
    case RALU_ERR_ST_SHAPE_SIZE: return "RALU_ERR_ST_SHAPE_SIZE";
    case RALU_ERR_ST_OFFSET_RANGE: return "RALU_ERR_ST_OFFSET_RANGE";
    case RALU_ERR_ST_OVERLAP: return "RALU_ERR_ST_OVERLAP";
    case RALU_ERR_ST_OVERFLOW: return "RALU_ERR_ST_OVERFLOW";
    case RALU_ERR_ST_DUPLICATE: return "RALU_ERR_ST_DUPLICATE";
    case RALU_ERR_ST_INDEX: return "RALU_ERR_ST_INDEX";
    case RALU_ERR_MODEL_MISSING_TENSOR: return "RALU_ERR_MODEL_MISSING_TENSOR";
    case RALU_ERR_MODEL_SHAPE: return "RALU_ERR_MODEL_SHAPE";
    case RALU_ERR_MODEL_DTYPE: return "RALU_ERR_MODEL_DTYPE";
    case RALU_ERR_MODEL_UNKNOWN: return "RALU_ERR_MODEL_UNKNOWN";
    case RALU_ERR_MODEL_NOT_LOADED: return "RALU_ERR_MODEL_NOT_LOADED";
    case RALU_ERR_VK_UNAVAILABLE: return "RALU_ERR_VK_UNAVAILABLE";
    case RALU_ERR_VK_DEVICE_OOM: return "RALU_ERR_VK_DEVICE_OOM";
    case RALU_ERR_VK_DEVICE_LOST: return "RALU_ERR_VK_DEVICE_LOST";
    case RALU_ERR_VK_FAILED: return "RALU_ERR_VK_FAILED";
    case RALU_ERR_VK_LIMIT: return "RALU_ERR_VK_LIMIT";
    case RALU_ERR_SAMPLER_PARAM: return "RALU_ERR_SAMPLER_PARAM";
    case RALU_ERR_TOKENIZER: return "RALU_ERR_TOKENIZER";
    case RALU_ERR_TEXT_ENCODING: return "RALU_ERR_TEXT_ENCODING";
    }
    return "RALU_ERR_(unknown code)";
}

RALUDEF const char *ralu_last_error(const ralu_ctx *ctx) { return ctx ? ctx->error : ""; }

/* ---- number formats (weights come in five; activations are always f32) ---- */
static float ralu__f32_from_bits(uint32_t u) { float f; memcpy(&f, &u, 4); return f; }
static uint32_t ralu__bits_from_f32(float f) { uint32_t u; memcpy(&u, &f, 4); return u; }

static float ralu__bf16_to_f32(uint16_t h) { return ralu__f32_from_bits((uint32_t)h << 16); }
/* round to nearest even, NaN kept quiet (what torch does) */
static uint16_t ralu__f32_to_bf16(float f) {
    uint32_t u = ralu__bits_from_f32(f);
    if ((u & 0x7fffffffu) > 0x7f800000u) return (uint16_t)((u >> 16) | 0x40);
    u += 0x7fffu + ((u >> 16) & 1u);
    return (uint16_t)(u >> 16);
}
static float ralu__f16_to_f32(uint16_t h) {
    uint32_t sign = (uint32_t)(h & 0x8000u) << 16, exp = (h >> 10) & 0x1f, man = h & 0x3ffu, u;
    if (exp == 0) {
        if (man == 0) u = sign;
        else { /* subnormal: normalise */
            int e = -1;
            do { e++; man <<= 1; } while (!(man & 0x400u));
            u = sign | ((uint32_t)(127 - 15 - e) << 23) | ((man & 0x3ffu) << 13);
        }
    } else if (exp == 31) u = sign | 0x7f800000u | (man << 13);
    else u = sign | ((exp + 127 - 15) << 23) | (man << 13);
    return ralu__f32_from_bits(u);
}
static uint16_t ralu__f32_to_f16(float f) {
    uint32_t u = ralu__bits_from_f32(f), sign = (u >> 16) & 0x8000u;
    int32_t exp = (int32_t)((u >> 23) & 0xff) - 127 + 15;
    uint32_t man = u & 0x7fffffu;
    if (((u >> 23) & 0xff) == 0xff) return (uint16_t)(sign | 0x7c00u | (man ? 0x200u : 0));
    if (exp >= 31) return (uint16_t)(sign | 0x7c00u);
    if (exp <= 0) {
        uint32_t shift, m, r;
        if (exp < -10) return (uint16_t)sign;
        m = man | 0x800000u; shift = (uint32_t)(14 - exp);
        r = m >> shift;
        if ((m >> (shift - 1)) & 1u) { if ((m & ((1u << (shift - 1)) - 1)) || (r & 1u)) r++; }
        return (uint16_t)(sign | r);
    }
    {
        uint32_t r = sign | ((uint32_t)exp << 10) | (man >> 13);
        uint32_t rem = man & 0x1fffu;
        if (rem > 0x1000u || (rem == 0x1000u && (r & 1u))) r++;
        return (uint16_t)r;
    }
}
/* fp8 e4m3fn: bias 7, no infinities, S.1111.111 is NaN, max 448 */
static float ralu__e4m3_to_f32(uint8_t v) {
    int s = v >> 7, e = (v >> 3) & 15, m = v & 7;
    float r;
    if (e == 15 && m == 7) return NAN;
    r = e ? ldexpf(1.0f + (float)m / 8.0f, e - 7) : ldexpf((float)m / 8.0f, -6);
    return s ? -r : r;
}
/* fp8 e5m2: bias 15, IEEE-like (it is the top byte of an f16) */
static float ralu__e5m2_to_f32(uint8_t v) { return ralu__f16_to_f32((uint16_t)((uint16_t)v << 8)); }

static size_t ralu__dtype_size(ralu_dtype dt) {
    switch (dt) {
    case RALU_DTYPE_F32: return 4;
    case RALU_DTYPE_F16: case RALU_DTYPE_BF16: return 2;
    case RALU_DTYPE_F8_E4M3: case RALU_DTYPE_F8_E5M2: return 1;
    default: return 0;
    }
}
RALUDEF size_t ralu_dtype_size(ralu_dtype dt) { return ralu__dtype_size(dt); }
RALUDEF const char *ralu_dtype_name(ralu_dtype dt) {
    switch (dt) {
    case RALU_DTYPE_F32: return "F32";
    case RALU_DTYPE_F16: return "F16";
    case RALU_DTYPE_BF16: return "BF16";
    case RALU_DTYPE_F8_E4M3: return "F8_E4M3";
    case RALU_DTYPE_F8_E5M2: return "F8_E5M2";
    default: return "UNKNOWN";
    }
}
/* one element of a weight, as f32 (slow path: tests, tiny tensors, host-side math) */
static float ralu__load_elem(ralu_dtype dt, const void *p, size_t i) {
    switch (dt) {
    case RALU_DTYPE_F32: { float f; memcpy(&f, (const char *)p + 4 * i, 4); return f; }
    case RALU_DTYPE_F16: { uint16_t h; memcpy(&h, (const char *)p + 2 * i, 2); return ralu__f16_to_f32(h); }
    case RALU_DTYPE_BF16: { uint16_t h; memcpy(&h, (const char *)p + 2 * i, 2); return ralu__bf16_to_f32(h); }
    case RALU_DTYPE_F8_E4M3: return ralu__e4m3_to_f32(((const uint8_t *)p)[i]);
    case RALU_DTYPE_F8_E5M2: return ralu__e5m2_to_f32(((const uint8_t *)p)[i]);
    default: return 0.0f;
    }
}

/* checked size arithmetic: returns 0 on overflow */
static int ralu__mul_u64(uint64_t a, uint64_t b, uint64_t *out) {
    if (a && b > UINT64_MAX / a) return 0;
    *out = a * b;
    return 1;
}

static double ralu__now(void) {
#if defined(_WIN32)
    LARGE_INTEGER f, c;
    QueryPerformanceFrequency(&f); QueryPerformanceCounter(&c);
    return (double)c.QuadPart / (double)f.QuadPart;
#elif defined(CLOCK_MONOTONIC)
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
#else /* system headers came before ralu.h without _POSIX_C_SOURCE: coarse fallback */
    return (double)time(NULL);
#endif
}

static int ralu__streq_nocase_sub(const char *hay, const char *needle) {
    size_t n = strlen(needle), i, j;
    if (!n) return 1;
    for (i = 0; hay[i]; i++) {
        for (j = 0; j < n && hay[i + j]; j++) {
            char a = hay[i + j], b = needle[j];
            if (a >= 'A' && a <= 'Z') a = (char)(a - 'A' + 'a');
            if (b >= 'A' && b <= 'Z') b = (char)(b - 'A' + 'a');
            if (a != b) break;
        }
        if (j == n) return 1;
    }
    return 0;
}

/* =========================================================================================
   >>json — a strict JSON reader (safetensors headers, shard indexes, configs, tokenizers)
   Arena-allocated DOM; depth-limited; every syntax error reports its byte offset.
   ========================================================================================= */
enum { RALU__J_NULL, RALU__J_FALSE, RALU__J_TRUE, RALU__J_NUM, RALU__J_STR, RALU__J_ARR, RALU__J_OBJ };

typedef struct ralu__jv {
    int type;
    uint32_t count;               /* number of children (array elements / object members) */
    const char *s; size_t n;      /* STR: decoded UTF-8 (NUL-terminated); NUM: raw text */
    const char *key; size_t keylen; /* the member name when inside an object */
    struct ralu__jv *first, *last, *next;
} ralu__jv;

typedef struct ralu__arena_block { struct ralu__arena_block *next; size_t used, cap; } ralu__arena_block;
typedef struct ralu__arena { ralu_ctx *ctx; ralu__arena_block *head; } ralu__arena;

static void *ralu__arena_alloc(ralu__arena *a, size_t size) {
    ralu__arena_block *b = a->head;
    size = (size + 15) & ~(size_t)15;
    if (!b || b->cap - b->used < size) {
        size_t cap = size > 65536 ? size : 65536;
        b = (ralu__arena_block *)ralu__alloc(a->ctx, sizeof(ralu__arena_block) + 16 + cap);
        if (!b) return NULL;
        b->next = a->head; b->used = 0; b->cap = cap;
        a->head = b;
    }
    {
        char *base = (char *)(((uintptr_t)(b + 1) + 15) & ~(uintptr_t)15);
        void *p = base + b->used;
        b->used += size;
        return p;
    }
}
static void ralu__arena_free(ralu__arena *a) {
    while (a->head) { ralu__arena_block *n = a->head->next; ralu__free(a->ctx, a->head); a->head = n; }
}

typedef struct ralu__jparser {
    ralu__arena *arena;
    const char *p, *end, *begin;
    const char *what;      /* the document's name, for messages */
    ralu_ctx *ctx;
    ralu_result err;
} ralu__jparser;

#define RALU__JSON_MAX_DEPTH 64

static ralu_result ralu__jerr(ralu__jparser *jp, const char *reason) {
    if (!jp->err)
        jp->err = ralu__fail(jp->ctx, RALU_ERR_ST_JSON, "%s: invalid JSON at byte %zu: %s",
                             jp->what, (size_t)(jp->p - jp->begin), reason);
    return jp->err;
}
static void ralu__jws(ralu__jparser *jp) {
    while (jp->p < jp->end && (*jp->p == ' ' || *jp->p == '\t' || *jp->p == '\n' || *jp->p == '\r')) jp->p++;
}
static int ralu__hex4(const char *s, uint32_t *out) {
    uint32_t v = 0; int i;
    for (i = 0; i < 4; i++) {
        char c = s[i]; v <<= 4;
        if (c >= '0' && c <= '9') v |= (uint32_t)(c - '0');
        else if (c >= 'a' && c <= 'f') v |= (uint32_t)(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F') v |= (uint32_t)(c - 'A' + 10);
        else return 0;
    }
    *out = v; return 1;
}
static size_t ralu__utf8_put(char *o, uint32_t cp) {
    if (cp < 0x80) { o[0] = (char)cp; return 1; }
    if (cp < 0x800) { o[0] = (char)(0xc0 | (cp >> 6)); o[1] = (char)(0x80 | (cp & 63)); return 2; }
    if (cp < 0x10000) { o[0] = (char)(0xe0 | (cp >> 12)); o[1] = (char)(0x80 | ((cp >> 6) & 63)); o[2] = (char)(0x80 | (cp & 63)); return 3; }
    o[0] = (char)(0xf0 | (cp >> 18)); o[1] = (char)(0x80 | ((cp >> 12) & 63)); o[2] = (char)(0x80 | ((cp >> 6) & 63)); o[3] = (char)(0x80 | (cp & 63));
    return 4;
}
/* Reads a string token at jp->p (which is at '"'); decoded text goes to the arena. */
static int ralu__jstring(ralu__jparser *jp, const char **out, size_t *outn) {
    const char *s = ++jp->p;
    size_t cap = 0;
    char *o;
    size_t n = 0;
    /* first pass: find the end and bound the decoded size */
    while (s < jp->end && *s != '"') {
        if ((unsigned char)*s < 0x20) { jp->p = s; ralu__jerr(jp, "control character in string"); return 0; }
        if (*s == '\\') { s++; if (s >= jp->end) break; }
        s++;
    }
    if (s >= jp->end) { ralu__jerr(jp, "unterminated string"); return 0; }
    cap = (size_t)(s - jp->p) + 1;
    o = (char *)ralu__arena_alloc(jp->arena, cap);
    if (!o) { jp->err = ralu__oom(jp->ctx, "JSON string", cap); return 0; }
    while (jp->p < s) {
        char c = *jp->p++;
        if (c != '\\') { o[n++] = c; continue; }
        c = *jp->p++;
        switch (c) {
        case '"': o[n++] = '"'; break;
        case '\\': o[n++] = '\\'; break;
        case '/': o[n++] = '/'; break;
        case 'b': o[n++] = '\b'; break;
        case 'f': o[n++] = '\f'; break;
        case 'n': o[n++] = '\n'; break;
        case 'r': o[n++] = '\r'; break;
        case 't': o[n++] = '\t'; break;
        case 'u': {
            uint32_t cp, lo;
            if (s - jp->p < 4 || !ralu__hex4(jp->p, &cp)) { ralu__jerr(jp, "bad \\u escape"); return 0; }
            jp->p += 4;
            if (cp >= 0xd800 && cp < 0xdc00) {
                if (s - jp->p < 6 || jp->p[0] != '\\' || jp->p[1] != 'u' || !ralu__hex4(jp->p + 2, &lo) || lo < 0xdc00 || lo > 0xdfff) {
                    ralu__jerr(jp, "unpaired UTF-16 surrogate"); return 0;
                }
                jp->p += 6;
                cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
            } else if (cp >= 0xdc00 && cp < 0xe000) { ralu__jerr(jp, "unpaired UTF-16 surrogate"); return 0; }
            n += ralu__utf8_put(o + n, cp);
            break;
        }
        default: jp->p--; ralu__jerr(jp, "unknown escape"); return 0;
        }
    }
    o[n] = 0;
    jp->p = s + 1;
    *out = o; *outn = n;
    return 1;
}

static ralu__jv *ralu__jvalue(ralu__jparser *jp, int depth) {
    ralu__jv *v;
    ralu__jws(jp);
    if (jp->p >= jp->end) { ralu__jerr(jp, "unexpected end"); return NULL; }
    if (depth > RALU__JSON_MAX_DEPTH) { ralu__jerr(jp, "nesting deeper than 64"); return NULL; }
    v = (ralu__jv *)ralu__arena_alloc(jp->arena, sizeof *v);
    if (!v) { jp->err = ralu__oom(jp->ctx, "JSON node", sizeof *v); return NULL; }
    memset(v, 0, sizeof *v);
    switch (*jp->p) {
    case '{': case '[': {
        char close = *jp->p == '{' ? '}' : ']';
        v->type = close == '}' ? RALU__J_OBJ : RALU__J_ARR;
        jp->p++;
        ralu__jws(jp);
        if (jp->p < jp->end && *jp->p == close) { jp->p++; return v; }
        for (;;) {
            ralu__jv *c;
            const char *key = NULL; size_t keylen = 0;
            if (v->type == RALU__J_OBJ) {
                ralu__jws(jp);
                if (jp->p >= jp->end || *jp->p != '"') { ralu__jerr(jp, "expected a member name"); return NULL; }
                if (!ralu__jstring(jp, &key, &keylen)) return NULL;
                ralu__jws(jp);
                if (jp->p >= jp->end || *jp->p != ':') { ralu__jerr(jp, "expected ':'"); return NULL; }
                jp->p++;
            }
            c = ralu__jvalue(jp, depth + 1);
            if (!c) return NULL;
            c->key = key; c->keylen = keylen;
            if (v->last) v->last->next = c; else v->first = c;
            v->last = c;
            v->count++;
            ralu__jws(jp);
            if (jp->p < jp->end && *jp->p == ',') { jp->p++; continue; }
            if (jp->p < jp->end && *jp->p == close) { jp->p++; return v; }
            ralu__jerr(jp, close == '}' ? "expected ',' or '}'" : "expected ',' or ']'");
            return NULL;
        }
    }
    case '"':
        v->type = RALU__J_STR;
        if (!ralu__jstring(jp, &v->s, &v->n)) return NULL;
        return v;
    case 't': case 'f': case 'n': {
        static const char *const words[3] = { "true", "false", "null" };
        static const int types[3] = { RALU__J_TRUE, RALU__J_FALSE, RALU__J_NULL };
        int i;
        for (i = 0; i < 3; i++) {
            size_t L = strlen(words[i]);
            if ((size_t)(jp->end - jp->p) >= L && !memcmp(jp->p, words[i], L)) { v->type = types[i]; jp->p += L; return v; }
        }
        ralu__jerr(jp, "unknown literal");
        return NULL;
    }
    default: {
        const char *s = jp->p;
        if (jp->p < jp->end && *jp->p == '-') jp->p++;
        if (jp->p >= jp->end || *jp->p < '0' || *jp->p > '9') { ralu__jerr(jp, "unexpected character"); return NULL; }
        if (*jp->p == '0') jp->p++;
        else while (jp->p < jp->end && *jp->p >= '0' && *jp->p <= '9') jp->p++;
        if (jp->p < jp->end && *jp->p == '.') {
            jp->p++;
            if (jp->p >= jp->end || *jp->p < '0' || *jp->p > '9') { ralu__jerr(jp, "digit expected after '.'"); return NULL; }
            while (jp->p < jp->end && *jp->p >= '0' && *jp->p <= '9') jp->p++;
        }
        if (jp->p < jp->end && (*jp->p == 'e' || *jp->p == 'E')) {
            jp->p++;
            if (jp->p < jp->end && (*jp->p == '+' || *jp->p == '-')) jp->p++;
            if (jp->p >= jp->end || *jp->p < '0' || *jp->p > '9') { ralu__jerr(jp, "digit expected in exponent"); return NULL; }
            while (jp->p < jp->end && *jp->p >= '0' && *jp->p <= '9') jp->p++;
        }
        v->type = RALU__J_NUM; v->s = s; v->n = (size_t)(jp->p - s);
        return v;
    }
    }
}

/* Parses text[0..n) into a DOM in `arena`. `what` names the document in messages. */
static ralu_result ralu__json_parse(ralu_ctx *ctx, ralu__arena *arena, const char *text, size_t n,
                                    const char *what, ralu__jv **root) {
    ralu__jparser jp;
    ralu__jv *v;
    memset(&jp, 0, sizeof jp);
    jp.arena = arena; jp.p = jp.begin = text; jp.end = text + n; jp.what = what; jp.ctx = ctx;
    v = ralu__jvalue(&jp, 0);
    if (!v) return jp.err ? jp.err : ralu__jerr(&jp, "no value");
    ralu__jws(&jp);
    if (jp.p != jp.end) return ralu__jerr(&jp, "trailing characters after the value");
    *root = v;
    return RALU_OK;
}

static ralu__jv *ralu__jget(const ralu__jv *obj, const char *key) {
    ralu__jv *c;
    size_t n = strlen(key);
    if (!obj || obj->type != RALU__J_OBJ) return NULL;
    for (c = obj->first; c; c = c->next)
        if (c->keylen == n && !memcmp(c->key, key, n)) return c;
    return NULL;
}
/* A non-negative integer without sign, fraction or exponent; 0 if not one or it overflows. */
static int ralu__jv_u64(const ralu__jv *v, uint64_t *out) {
    uint64_t x = 0; size_t i;
    if (!v || v->type != RALU__J_NUM || !v->n) return 0;
    for (i = 0; i < v->n; i++) {
        unsigned d;
        if (v->s[i] < '0' || v->s[i] > '9') return 0;
        d = (unsigned)(v->s[i] - '0');
        if (x > (UINT64_MAX - d) / 10) return 0;
        x = x * 10 + d;
    }
    *out = x;
    return 1;
}
/* Locale-independent number conversion (strtod obeys LC_NUMERIC, which a host program may
   have changed). Exact for up to 19 significant digits and |exponent| <= 22. */
static double ralu__jv_num(const ralu__jv *v) {
    static const double p10[23] = { 1e0,1e1,1e2,1e3,1e4,1e5,1e6,1e7,1e8,1e9,1e10,1e11,1e12,1e13,1e14,1e15,1e16,1e17,1e18,1e19,1e20,1e21,1e22 };
    const char *s, *e;
    int neg = 0, ex = 0, eneg = 0, digits = 0;
    uint64_t m = 0;
    double r;
    if (!v || v->type != RALU__J_NUM) return 0.0;
    s = v->s; e = s + v->n;
    if (s < e && *s == '-') { neg = 1; s++; }
    for (; s < e && *s >= '0' && *s <= '9'; s++) { if (digits < 19) { m = m * 10 + (uint64_t)(*s - '0'); if (m) digits++; } else ex++; }
    if (s < e && *s == '.') for (s++; s < e && *s >= '0' && *s <= '9'; s++) { if (digits < 19) { m = m * 10 + (uint64_t)(*s - '0'); if (m) digits++; ex--; } }
    if (s < e && (*s == 'e' || *s == 'E')) {
        int x = 0;
        s++;
        if (s < e && (*s == '+' || *s == '-')) { eneg = *s == '-'; s++; }
        for (; s < e && *s >= '0' && *s <= '9'; s++) if (x < 10000) x = x * 10 + (*s - '0');
        ex += eneg ? -x : x;
    }
    r = (double)m;
    while (ex > 22) { r *= 1e22; ex -= 22; }
    while (ex < -22) { r /= 1e22; ex += 22; }
    r = ex >= 0 ? r * p10[ex] : r / p10[-ex];
    return neg ? -r : r;
}

/* =========================================================================================
   >>formats — memory-mapped files, safetensors (single, sharded, folders)
   A checkpoint is mapped, never read whole: a tensor's bytes are touched only when a model
   uses them (the CPU engine reads weights straight from the mapping).
   ========================================================================================= */
typedef struct ralu__mapped {
    const unsigned char *base;
    uint64_t size;
#if defined(_WIN32)
    HANDLE file, map;
#endif
} ralu__mapped;

static ralu_result ralu__map_file(ralu_ctx *ctx, const char *path, ralu__mapped *m) {
    memset(m, 0, sizeof *m);
#if defined(_WIN32)
    {
        LARGE_INTEGER sz;
        m->file = CreateFileA(path, GENERIC_READ, FILE_SHARE_READ, NULL, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, NULL);
        if (m->file == INVALID_HANDLE_VALUE) return ralu__fail(ctx, RALU_ERR_FILE_OPEN, "cannot open file '%s'", path);
        if (!GetFileSizeEx(m->file, &sz)) { CloseHandle(m->file); return ralu__fail(ctx, RALU_ERR_FILE_OPEN, "cannot stat file '%s'", path); }
        m->size = (uint64_t)sz.QuadPart;
        if (m->size == 0) return RALU_OK;
        m->map = CreateFileMappingA(m->file, NULL, PAGE_READONLY, 0, 0, NULL);
        if (!m->map) { CloseHandle(m->file); return ralu__fail(ctx, RALU_ERR_FILE_READ, "cannot map file '%s'", path); }
        m->base = (const unsigned char *)MapViewOfFile(m->map, FILE_MAP_READ, 0, 0, 0);
        if (!m->base) { CloseHandle(m->map); CloseHandle(m->file); return ralu__fail(ctx, RALU_ERR_FILE_READ, "cannot map file '%s' (%llu bytes)", path, (unsigned long long)m->size); }
    }
#else
    {
        struct stat st;
        int fd = open(path, O_RDONLY);
        void *p;
        if (fd < 0) return ralu__fail(ctx, RALU_ERR_FILE_OPEN, "cannot open file '%s'", path);
        if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) { close(fd); return ralu__fail(ctx, RALU_ERR_FILE_OPEN, "'%s' is not a regular file", path); }
        m->size = (uint64_t)st.st_size;
        if (m->size == 0) { close(fd); return RALU_OK; }
        if ((uint64_t)(size_t)m->size != m->size) { close(fd); return ralu__fail(ctx, RALU_ERR_FILE_READ, "file '%s' (%llu bytes) is larger than this process can map", path, (unsigned long long)m->size); }
        p = mmap(NULL, (size_t)m->size, PROT_READ, MAP_PRIVATE, fd, 0);
        close(fd); /* the mapping keeps the file */
        if (p == MAP_FAILED) return ralu__fail(ctx, RALU_ERR_FILE_READ, "cannot map file '%s' (%llu bytes)", path, (unsigned long long)m->size);
        m->base = (const unsigned char *)p;
    }
#endif
    return RALU_OK;
}
static void ralu__unmap_file(ralu__mapped *m) {
#if defined(_WIN32)
    if (m->base) UnmapViewOfFile(m->base);
    if (m->map) CloseHandle(m->map);
    if (m->file && m->file != INVALID_HANDLE_VALUE) CloseHandle(m->file);
#else
    if (m->base) munmap((void *)m->base, (size_t)m->size);
#endif
    memset(m, 0, sizeof *m);
}

static int ralu__is_dir(const char *path) {
#if defined(_WIN32)
    DWORD a = GetFileAttributesA(path);
    return a != INVALID_FILE_ATTRIBUTES && (a & FILE_ATTRIBUTE_DIRECTORY);
#else
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
#endif
}
static int ralu__file_exists(const char *path) {
#if defined(_WIN32)
    DWORD a = GetFileAttributesA(path);
    return a != INVALID_FILE_ATTRIBUTES && !(a & FILE_ATTRIBUTE_DIRECTORY);
#else
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
#endif
}
static int ralu__ends_with(const char *s, const char *suffix) {
    size_t a = strlen(s), b = strlen(suffix);
    return a >= b && !strcmp(s + a - b, suffix);
}
/* dir + "/" + name into a fresh allocation */
static char *ralu__path_join(ralu_ctx *ctx, const char *dir, const char *name) {
    size_t a = strlen(dir), b = strlen(name);
    char *p = (char *)ralu__alloc(ctx, a + b + 2);
    if (!p) return NULL;
    memcpy(p, dir, a);
    if (a && dir[a - 1] != '/' && dir[a - 1] != '\\') p[a++] = '/';
    memcpy(p + a, name, b + 1);
    return p;
}
/* Calls fn(user, name) for each regular entry of a directory, in sorted order. */
typedef struct ralu__namelist { char **names; int count, cap; } ralu__namelist;
static int ralu__cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }
static void ralu__namelist_free(ralu_ctx *ctx, ralu__namelist *nl) {
    int i;
    for (i = 0; i < nl->count; i++) ralu__free(ctx, nl->names[i]);
    ralu__free(ctx, nl->names);
    memset(nl, 0, sizeof *nl);
}
static ralu_result ralu__namelist_add(ralu_ctx *ctx, ralu__namelist *nl, const char *name) {
    if (nl->count == nl->cap) {
        int cap = nl->cap ? nl->cap * 2 : 16;
        char **n = (char **)ralu__alloc(ctx, sizeof(char *) * (size_t)cap);
        if (!n) return ralu__oom(ctx, "name list", sizeof(char *) * (size_t)cap);
        if (nl->count) memcpy(n, nl->names, sizeof(char *) * (size_t)nl->count);
        ralu__free(ctx, nl->names);
        nl->names = n; nl->cap = cap;
    }
    if (!(nl->names[nl->count] = ralu__strdup(ctx, name))) return ralu__oom(ctx, "name", strlen(name));
    nl->count++;
    return RALU_OK;
}
static ralu_result ralu__list_dir(ralu_ctx *ctx, const char *dir, ralu__namelist *out) {
    ralu_result r = RALU_OK;
    memset(out, 0, sizeof *out);
#if defined(_WIN32)
    {
        WIN32_FIND_DATAA fd;
        char *pat = ralu__path_join(ctx, dir, "*");
        HANDLE h;
        if (!pat) return ralu__oom(ctx, "path", strlen(dir));
        h = FindFirstFileA(pat, &fd);
        ralu__free(ctx, pat);
        if (h == INVALID_HANDLE_VALUE) return ralu__fail(ctx, RALU_ERR_FILE_OPEN, "cannot list folder '%s'", dir);
        do { if (!(fd.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY) && !r) r = ralu__namelist_add(ctx, out, fd.cFileName); } while (FindNextFileA(h, &fd));
        FindClose(h);
    }
#else
    {
        DIR *d = opendir(dir);
        struct dirent *e;
        if (!d) return ralu__fail(ctx, RALU_ERR_FILE_OPEN, "cannot list folder '%s'", dir);
        while ((e = readdir(d)) != NULL && !r) if (e->d_name[0] != '.') r = ralu__namelist_add(ctx, out, e->d_name);
        closedir(d);
    }
#endif
    if (r) { ralu__namelist_free(ctx, out); return r; }
    if (out->count) qsort(out->names, (size_t)out->count, sizeof(char *), ralu__cmp_str);
    return RALU_OK;
}

/* ---- safetensors ---- */
#define RALU__ST_MAX_HEADER 100000000ull /* the reference implementation's cap (100 MB) */

typedef struct ralu__st_entry {
    char *name;
    ralu_dtype dtype;      /* RALU_DTYPE_UNKNOWN for valid-but-unused dtypes (I64, BOOL...) */
    char dtype_name[12];
    int ndim;
    int64_t shape[RALU_MAX_DIMS];
    uint64_t begin, end;   /* absolute offsets into the shard's mapping */
    int shard;
} ralu__st_entry;

typedef struct ralu__st_shard { char *path; ralu__mapped map; } ralu__st_shard;

struct ralu_tensor_file {
    ralu_ctx *ctx;
    char *path;
    ralu__st_shard *shards; int nshards;
    ralu__st_entry *entries; int count, cap; /* sorted by name after loading */
};

static int ralu__st_dtype(const char *s, ralu_dtype *dt, size_t *elem) {
    static const struct { const char *n; ralu_dtype d; size_t sz; } tab[] = {
        {"F32", RALU_DTYPE_F32, 4}, {"F16", RALU_DTYPE_F16, 2}, {"BF16", RALU_DTYPE_BF16, 2},
        {"F8_E4M3", RALU_DTYPE_F8_E4M3, 1}, {"F8_E5M2", RALU_DTYPE_F8_E5M2, 1},
        /* valid in the format, not used as weights (position_ids, markers): sizes only */
        {"F64", RALU_DTYPE_UNKNOWN, 8}, {"I64", RALU_DTYPE_UNKNOWN, 8}, {"U64", RALU_DTYPE_UNKNOWN, 8},
        {"I32", RALU_DTYPE_UNKNOWN, 4}, {"U32", RALU_DTYPE_UNKNOWN, 4}, {"I16", RALU_DTYPE_UNKNOWN, 2},
        {"U16", RALU_DTYPE_UNKNOWN, 2}, {"I8", RALU_DTYPE_UNKNOWN, 1}, {"U8", RALU_DTYPE_UNKNOWN, 1},
        {"BOOL", RALU_DTYPE_UNKNOWN, 1}
    };
    size_t i;
    for (i = 0; i < sizeof tab / sizeof tab[0]; i++)
        if (!strcmp(s, tab[i].n)) { *dt = tab[i].d; *elem = tab[i].sz; return 1; }
    return 0;
}

static ralu_result ralu__st_push(ralu_tensor_file *tf, ralu__st_entry **e) {
    if (tf->count == tf->cap) {
        int cap = tf->cap ? tf->cap * 2 : 256;
        ralu__st_entry *n = (ralu__st_entry *)ralu__alloc(tf->ctx, sizeof *n * (size_t)cap);
        if (!n) return ralu__oom(tf->ctx, "tensor table", sizeof *n * (size_t)cap);
        if (tf->count) memcpy(n, tf->entries, sizeof *n * (size_t)tf->count);
        ralu__free(tf->ctx, tf->entries);
        tf->entries = n; tf->cap = cap;
    }
    *e = &tf->entries[tf->count++];
    memset(*e, 0, sizeof **e);
    return RALU_OK;
}

static int ralu__cmp_begin(const void *a, const void *b) {
    const ralu__st_entry *x = *(ralu__st_entry *const *)a, *y = *(ralu__st_entry *const *)b;
    return x->begin < y->begin ? -1 : x->begin > y->begin ? 1 : 0;
}

/* Maps one .safetensors file and validates its header completely before any use. */
static ralu_result ralu__st_load_shard(ralu_tensor_file *tf, const char *path) {
    ralu_ctx *ctx = tf->ctx;
    ralu__st_shard *sh;
    ralu__arena arena;
    ralu__jv *root = NULL, *m;
    uint64_t hlen = 0, data0, dsize;
    int i, first = tf->count, nnew;
    ralu_result r;
    ralu__st_entry **order = NULL;
    {
        ralu__st_shard *n = (ralu__st_shard *)ralu__alloc(ctx, sizeof *n * (size_t)(tf->nshards + 1));
        if (!n) return ralu__oom(ctx, "shard table", sizeof *n);
        if (tf->nshards) memcpy(n, tf->shards, sizeof *n * (size_t)tf->nshards);
        ralu__free(ctx, tf->shards);
        tf->shards = n;
    }
    sh = &tf->shards[tf->nshards];
    memset(sh, 0, sizeof *sh);
    if (!(sh->path = ralu__strdup(ctx, path))) return ralu__oom(ctx, "path", strlen(path));
    tf->nshards++;
    if ((r = ralu__map_file(ctx, path, &sh->map)) != RALU_OK) return r;
    if (sh->map.size < 8)
        return ralu__fail(ctx, RALU_ERR_ST_TRUNCATED, "safetensors file '%s' is %llu bytes; it must start with an 8-byte header length",
                          path, (unsigned long long)sh->map.size);
    for (i = 7; i >= 0; i--) hlen = (hlen << 8) | sh->map.base[i];
    if (hlen > RALU__ST_MAX_HEADER)
        return ralu__fail(ctx, RALU_ERR_ST_HEADER_SIZE, "safetensors file '%s': header length %llu exceeds the %llu-byte cap",
                          path, (unsigned long long)hlen, (unsigned long long)RALU__ST_MAX_HEADER);
    if (hlen < 2)
        return ralu__fail(ctx, RALU_ERR_ST_HEADER_SIZE, "safetensors file '%s': header length %llu is too small for a JSON object",
                          path, (unsigned long long)hlen);
    if (hlen > sh->map.size - 8)
        return ralu__fail(ctx, RALU_ERR_ST_TRUNCATED, "safetensors file '%s': header length %llu but only %llu bytes follow it (truncated file?)",
                          path, (unsigned long long)hlen, (unsigned long long)(sh->map.size - 8));
    data0 = 8 + hlen;
    dsize = sh->map.size - data0;
    arena.ctx = ctx; arena.head = NULL;
    {
        char what[512];
        snprintf(what, sizeof what, "safetensors header of '%s'", path);
        r = ralu__json_parse(ctx, &arena, (const char *)sh->map.base + 8, (size_t)hlen, what, &root);
    }
    if (r) goto done;
    if (root->type != RALU__J_OBJ) { r = ralu__fail(ctx, RALU_ERR_ST_SCHEMA, "safetensors file '%s': the header is not a JSON object", path); goto done; }
    for (m = root->first; m; m = m->next) {
        ralu__jv *dt, *shape, *offs, *d;
        ralu__st_entry *e = NULL;
        size_t elem = 0;
        uint64_t nel = 1, nbytes, b0, b1;
        if (!strcmp(m->key, "__metadata__")) continue;
        if (m->type != RALU__J_OBJ) { r = ralu__fail(ctx, RALU_ERR_ST_SCHEMA, "safetensors file '%s': tensor '%s' is not an object", path, m->key); goto done; }
        dt = ralu__jget(m, "dtype"); shape = ralu__jget(m, "shape"); offs = ralu__jget(m, "data_offsets");
        if (!dt || dt->type != RALU__J_STR) { r = ralu__fail(ctx, RALU_ERR_ST_SCHEMA, "safetensors file '%s': tensor '%s' has no string field 'dtype'", path, m->key); goto done; }
        if (!shape || shape->type != RALU__J_ARR) { r = ralu__fail(ctx, RALU_ERR_ST_SCHEMA, "safetensors file '%s': tensor '%s' has no array field 'shape'", path, m->key); goto done; }
        if (!offs || offs->type != RALU__J_ARR || offs->count != 2) { r = ralu__fail(ctx, RALU_ERR_ST_SCHEMA, "safetensors file '%s': tensor '%s': field 'data_offsets' must be an array of 2 integers", path, m->key); goto done; }
        if ((r = ralu__st_push(tf, &e)) != RALU_OK) goto done;
        if (!(e->name = ralu__strdup(ctx, m->key))) { r = ralu__oom(ctx, "tensor name", m->keylen); goto done; }
        e->shard = tf->nshards - 1;
        if (!ralu__st_dtype(dt->s, &e->dtype, &elem)) {
            r = ralu__fail(ctx, RALU_ERR_ST_DTYPE, "safetensors file '%s': tensor '%s' has unknown dtype '%s'", path, m->key, dt->s);
            goto done;
        }
        snprintf(e->dtype_name, sizeof e->dtype_name, "%s", dt->s);
        if (shape->count > RALU_MAX_DIMS) { r = ralu__fail(ctx, RALU_ERR_ST_SCHEMA, "safetensors file '%s': tensor '%s' has %u dimensions (at most %d)", path, m->key, shape->count, RALU_MAX_DIMS); goto done; }
        for (d = shape->first; d; d = d->next) {
            uint64_t s;
            if (!ralu__jv_u64(d, &s) || s > (uint64_t)INT64_MAX) { r = ralu__fail(ctx, RALU_ERR_ST_SCHEMA, "safetensors file '%s': tensor '%s': shape entry '%.*s' is not a non-negative integer", path, m->key, (int)(d->type == RALU__J_NUM || d->type == RALU__J_STR ? d->n : 1), d->type == RALU__J_NUM || d->type == RALU__J_STR ? d->s : "?"); goto done; }
            e->shape[e->ndim++] = (int64_t)s;
            if (!ralu__mul_u64(nel, s, &nel)) { r = ralu__fail(ctx, RALU_ERR_ST_OVERFLOW, "safetensors file '%s': tensor '%s': the element count of its shape overflows 64 bits", path, m->key); goto done; }
        }
        if (!ralu__mul_u64(nel, elem, &nbytes)) { r = ralu__fail(ctx, RALU_ERR_ST_OVERFLOW, "safetensors file '%s': tensor '%s': its byte size overflows 64 bits", path, m->key); goto done; }
        if (!ralu__jv_u64(offs->first, &b0) || !ralu__jv_u64(offs->first->next, &b1)) {
            r = ralu__fail(ctx, RALU_ERR_ST_SCHEMA, "safetensors file '%s': tensor '%s': data_offsets must be non-negative integers below 2^64", path, m->key); goto done;
        }
        if (b1 < b0) { r = ralu__fail(ctx, RALU_ERR_ST_OFFSET_RANGE, "safetensors file '%s': tensor '%s': data_offsets [%llu, %llu] end before they begin", path, m->key, (unsigned long long)b0, (unsigned long long)b1); goto done; }
        if (b1 > dsize) { r = ralu__fail(ctx, RALU_ERR_ST_OFFSET_RANGE, "safetensors file '%s': tensor '%s': data_offsets [%llu, %llu] reach past the data section of %llu bytes (truncated file?)", path, m->key, (unsigned long long)b0, (unsigned long long)b1, (unsigned long long)dsize); goto done; }
        if (b1 - b0 != nbytes) { r = ralu__fail(ctx, RALU_ERR_ST_SHAPE_SIZE, "safetensors file '%s': tensor '%s': shape x %s size is %llu bytes but data_offsets [%llu, %llu] hold %llu", path, m->key, dt->s, (unsigned long long)nbytes, (unsigned long long)b0, (unsigned long long)b1, (unsigned long long)(b1 - b0)); goto done; }
        e->begin = data0 + b0; e->end = data0 + b1;
    }
    /* no two tensors may share a byte */
    nnew = tf->count - first;
    if (nnew > 1) {
        order = (ralu__st_entry **)ralu__alloc(ctx, sizeof *order * (size_t)nnew);
        if (!order) { r = ralu__oom(ctx, "overlap check", sizeof *order * (size_t)nnew); goto done; }
        for (i = 0; i < nnew; i++) order[i] = &tf->entries[first + i];
        qsort(order, (size_t)nnew, sizeof *order, ralu__cmp_begin);
        {
            const ralu__st_entry *prev = NULL;
            for (i = 0; i < nnew; i++) {
                const ralu__st_entry *e = order[i];
                if (e->begin == e->end) continue;
                if (prev && e->begin < prev->end) {
                    r = ralu__fail(ctx, RALU_ERR_ST_OVERLAP, "safetensors file '%s': tensors '%s' [%llu, %llu] and '%s' [%llu, %llu] overlap",
                                   path, prev->name, (unsigned long long)(prev->begin - data0), (unsigned long long)(prev->end - data0),
                                   e->name, (unsigned long long)(e->begin - data0), (unsigned long long)(e->end - data0));
                    goto done;
                }
                prev = e;
            }
        }
    }
done:
    ralu__free(ctx, order);
    ralu__arena_free(&arena);
    return r;
}

static int ralu__cmp_entry_name(const void *a, const void *b) {
    return strcmp(((const ralu__st_entry *)a)->name, ((const ralu__st_entry *)b)->name);
}

/* Loads a sharded set from its index JSON: every named shard once, then checks that each
   tensor of the weight_map is in the shard the index says. */
static ralu_result ralu__st_load_index(ralu_tensor_file *tf, const char *index_path) {
    ralu_ctx *ctx = tf->ctx;
    ralu__mapped im;
    ralu__arena arena;
    ralu__jv *root = NULL, *wm, *m;
    ralu_result r;
    char *dir = NULL;
    ralu__namelist files;
    int i;
    memset(&files, 0, sizeof files);
    if ((r = ralu__map_file(ctx, index_path, &im)) != RALU_OK) return r;
    arena.ctx = ctx; arena.head = NULL;
    {
        char what[512];
        snprintf(what, sizeof what, "shard index '%s'", index_path);
        r = ralu__json_parse(ctx, &arena, im.size ? (const char *)im.base : "", (size_t)im.size, what, &root);
    }
    if (r) goto done;
    wm = ralu__jget(root, "weight_map");
    if (!wm || wm->type != RALU__J_OBJ) { r = ralu__fail(ctx, RALU_ERR_ST_INDEX, "shard index '%s' has no object 'weight_map'", index_path); goto done; }
    {   /* the index's folder */
        size_t n = strlen(index_path);
        while (n && index_path[n - 1] != '/' && index_path[n - 1] != '\\') n--;
        dir = (char *)ralu__alloc(ctx, n + 2);
        if (!dir) { r = ralu__oom(ctx, "path", n); goto done; }
        if (n) memcpy(dir, index_path, n); else dir[n++] = '.';
        dir[n] = 0;
    }
    for (m = wm->first; m; m = m->next) {
        if (m->type != RALU__J_STR || !m->n || strchr(m->s, '/') || strchr(m->s, '\\')) {
            r = ralu__fail(ctx, RALU_ERR_ST_INDEX, "shard index '%s': tensor '%s' maps to an invalid shard name", index_path, m->key); goto done;
        }
        for (i = 0; i < files.count; i++) if (!strcmp(files.names[i], m->s)) break;
        if (i == files.count && (r = ralu__namelist_add(ctx, &files, m->s)) != RALU_OK) goto done;
    }
    for (i = 0; i < files.count; i++) {
        char *p = ralu__path_join(ctx, dir, files.names[i]);
        if (!p) { r = ralu__oom(ctx, "path", strlen(files.names[i])); goto done; }
        if (!ralu__file_exists(p)) {
            r = ralu__fail(ctx, RALU_ERR_ST_INDEX, "shard index '%s' names shard '%s', which does not exist", index_path, files.names[i]);
            ralu__free(ctx, p); goto done;
        }
        r = ralu__st_load_shard(tf, p);
        ralu__free(ctx, p);
        if (r) goto done;
    }
    /* every indexed tensor must be where the index says */
    qsort(tf->entries, (size_t)tf->count, sizeof *tf->entries, ralu__cmp_entry_name);
    for (m = wm->first; m; m = m->next) {
        ralu__st_entry key, *e;
        key.name = (char *)m->key;
        e = (ralu__st_entry *)bsearch(&key, tf->entries, (size_t)tf->count, sizeof key, ralu__cmp_entry_name);
        if (!e || !ralu__ends_with(tf->shards[e->shard].path, m->s)) {
            r = ralu__fail(ctx, RALU_ERR_ST_INDEX, "shard index '%s': tensor '%s' is not in shard '%s'", index_path, m->key, m->s); goto done;
        }
    }
done:
    ralu__namelist_free(ctx, &files);
    ralu__free(ctx, dir);
    ralu__arena_free(&arena);
    ralu__unmap_file(&im);
    return r;
}

RALUDEF void ralu_tensor_file_close(ralu_tensor_file *tf) {
    int i;
    ralu_ctx *ctx;
    if (!tf) return;
    ctx = tf->ctx;
    for (i = 0; i < tf->count; i++) ralu__free(ctx, tf->entries[i].name);
    for (i = 0; i < tf->nshards; i++) { ralu__unmap_file(&tf->shards[i].map); ralu__free(ctx, tf->shards[i].path); }
    ralu__free(ctx, tf->entries);
    ralu__free(ctx, tf->shards);
    ralu__free(ctx, tf->path);
    ralu__free(ctx, tf);
}

/* Picks the file to open inside a folder: an index first, then a lone .safetensors, then
   the conventional diffusers / transformers names. Variant files (".fp16.") come last. */
static ralu_result ralu__st_pick_in_dir(ralu_ctx *ctx, const char *dir, char **out) {
    ralu__namelist nl;
    ralu_result r;
    int i, pick = -1, nst = 0, pass;
    *out = NULL;
    if ((r = ralu__list_dir(ctx, dir, &nl)) != RALU_OK) return r;
    for (pass = 0; pass < 2 && pick < 0; pass++)
        for (i = 0; i < nl.count && pick < 0; i++)
            if (ralu__ends_with(nl.names[i], ".safetensors.index.json") && (pass || !strstr(nl.names[i], ".fp16.")))
                pick = i;
    if (pick < 0) {
        for (i = 0; i < nl.count; i++) if (ralu__ends_with(nl.names[i], ".safetensors")) { nst++; if (pick < 0) pick = i; }
        if (nst > 1) {
            static const char *const pref[] = { "diffusion_pytorch_model.safetensors", "model.safetensors" };
            int k;
            pick = -1;
            for (k = 0; k < 2 && pick < 0; k++)
                for (i = 0; i < nl.count; i++) if (!strcmp(nl.names[i], pref[k])) { pick = i; break; }
            if (pick < 0) {
                r = ralu__fail(ctx, RALU_ERR_INVALID_ARGUMENT, "folder '%s' holds %d .safetensors files and no index; name the file to open", dir, nst);
                ralu__namelist_free(ctx, &nl);
                return r;
            }
        }
    }
    if (pick < 0) r = ralu__fail(ctx, RALU_ERR_FILE_NOT_FOUND, "folder '%s' holds no .safetensors file or *.safetensors.index.json", dir);
    else if (!(*out = ralu__path_join(ctx, dir, nl.names[pick]))) r = ralu__oom(ctx, "path", strlen(dir));
    ralu__namelist_free(ctx, &nl);
    return r;
}

RALUDEF ralu_result ralu_tensor_file_open(ralu_ctx *ctx, const char *path, ralu_tensor_file **out) {
    ralu_tensor_file *tf;
    ralu_result r;
    char *file = NULL;
    int i;
    if (!ctx || !out) return RALU_ERR_INVALID_ARGUMENT;
    *out = NULL;
    if (!path || !*path) return ralu__fail(ctx, RALU_ERR_INVALID_ARGUMENT, "tensor file path is empty");
    if (ralu__is_dir(path)) { if ((r = ralu__st_pick_in_dir(ctx, path, &file)) != RALU_OK) return r; }
    else if (!(file = ralu__strdup(ctx, path))) return ralu__oom(ctx, "path", strlen(path));
    tf = (ralu_tensor_file *)ralu__calloc(ctx, 1, sizeof *tf);
    if (!tf) { ralu__free(ctx, file); return ralu__oom(ctx, "tensor file", sizeof *tf); }
    tf->ctx = ctx;
    tf->path = file;
    if (ralu__ends_with(file, ".json")) r = ralu__st_load_index(tf, file);
    else r = ralu__st_load_shard(tf, file);
    if (!r) {
        qsort(tf->entries, (size_t)tf->count, sizeof *tf->entries, ralu__cmp_entry_name);
        for (i = 1; i < tf->count; i++)
            if (!strcmp(tf->entries[i - 1].name, tf->entries[i].name)) {
                r = ralu__fail(ctx, RALU_ERR_ST_DUPLICATE, "tensor '%s' appears twice (in '%s' and '%s')", tf->entries[i].name,
                               tf->shards[tf->entries[i - 1].shard].path, tf->shards[tf->entries[i].shard].path);
                break;
            }
    }
    if (r) { ralu_tensor_file_close(tf); return r; }
    ralu__log(ctx, RALU_LOG_DEBUG, "opened '%s': %d tensors in %d file(s)", file, tf->count, tf->nshards);
    *out = tf;
    return RALU_OK;
}

RALUDEF int ralu_tensor_file_count(const ralu_tensor_file *tf) { return tf ? tf->count : 0; }

static void ralu__st_fill_info(const ralu_tensor_file *tf, const ralu__st_entry *e, ralu_tensor_info *out) {
    int d;
    memset(out, 0, sizeof *out);
    out->name = e->name; out->dtype = e->dtype; out->ndim = e->ndim;
    for (d = 0; d < e->ndim; d++) out->shape[d] = e->shape[d];
    out->nbytes = e->end - e->begin;
    out->data = tf->shards[e->shard].map.base ? tf->shards[e->shard].map.base + e->begin : NULL;
    out->file = tf->shards[e->shard].path;
}
RALUDEF ralu_result ralu_tensor_file_info(const ralu_tensor_file *tf, int index, ralu_tensor_info *out) {
    if (!tf || !out || index < 0 || index >= tf->count) return RALU_ERR_INVALID_ARGUMENT;
    ralu__st_fill_info(tf, &tf->entries[index], out);
    return RALU_OK;
}
static const ralu__st_entry *ralu__st_lookup(const ralu_tensor_file *tf, const char *name) {
    ralu__st_entry key;
    if (!tf || !tf->count) return NULL;
    key.name = (char *)name;
    return (const ralu__st_entry *)bsearch(&key, tf->entries, (size_t)tf->count, sizeof key, ralu__cmp_entry_name);
}
RALUDEF int ralu_tensor_file_find(const ralu_tensor_file *tf, const char *name, ralu_tensor_info *out) {
    const ralu__st_entry *e = ralu__st_lookup(tf, name);
    if (!e) return -1;
    if (out) ralu__st_fill_info(tf, e, out);
    return 0;
}

/* =========================================================================================
   >>engine — weights, activations, and the op interface both backends implement
   Model graphs are written once against ralu__op_*(); the CPU backend runs each op at once,
   the Vulkan backend records it into the current command buffer. Activations are always
   f32 (large FLUX activations overflow f16); weights keep their file dtype and are widened
   to f32 inside the kernels.
   ========================================================================================= */
typedef struct ralu__weight {
    ralu_dtype  dtype;
    int64_t     rows, cols;   /* PyTorch [out, in] (conv: [cout, cin*kh*kw]) */
    const void *host;         /* CPU-visible bytes: the file mapping, or `owned` */
    void       *owned;        /* allocated by ralu.h (f32 biases, converted copies), or NULL */
    float       scale;        /* per-tensor multiplier (scaled-fp8 files); 1 otherwise */
    void       *dev;          /* backend-resident copy (Vulkan), or NULL */
} ralu__weight;

/* A linear layer whose [out, in] weight may be stored as up to four row blocks in separate
   tensors (diffusers' split to_q/to_k/to_v, a swapped final-layer half, a weight split to
   fit a device binding): block p supplies output rows [row0[p], row0[p] + w[p].rows). */
#define RALU__MAX_PARTS 4
typedef struct ralu__linear {
    int64_t      in, out;
    int          nparts;
    ralu__weight w[RALU__MAX_PARTS];
    int64_t      row0[RALU__MAX_PARTS];
    ralu__weight bias;        /* f32 [1, out]; dtype UNKNOWN when the layer has no bias */
} ralu__linear;

typedef struct ralu__buffer {
    float  *host;             /* CPU backend */
    size_t  nfloats;
    void   *dev;              /* Vulkan backend */
} ralu__buffer;

/* A 2-D window into a buffer: rows x cols floats, row stride ld, starting at float `off`. */
typedef struct ralu__view {
    ralu__buffer *buf;
    size_t  off;
    int64_t rows, cols, ld;
} ralu__view;

static ralu__view ralu__view_make(ralu__buffer *b, size_t off, int64_t rows, int64_t cols) {
    ralu__view v; v.buf = b; v.off = off; v.rows = rows; v.cols = cols; v.ld = cols; return v;
}
/* rows [r0, r0+n) and columns [c0, c0+m) of v */
static ralu__view ralu__view_sub(ralu__view v, int64_t r0, int64_t n, int64_t c0, int64_t m) {
    v.off += (size_t)(r0 * v.ld + c0); v.rows = n; v.cols = m; return v;
}
static float *ralu__view_host(ralu__view v) { return v.buf->host + v.off; }

enum { RALU__ACT_SILU, RALU__ACT_GELU_TANH, RALU__ACT_GELU_ERF, RALU__ACT_QUICK_GELU };

/* attention options */
typedef struct ralu__attn_opts {
    int      heads, head_dim;
    float    scale;           /* 1/sqrt(head_dim) for most models, 1 for T5 */
    int      causal;          /* CLIP: key j > query i is masked */
    ralu__view rel_bias;      /* T5: [heads, Lq + Lk - 1] additive bias by (j - i + Lq - 1); buf NULL = none */
} ralu__attn_opts;

/* conv2d on channels-last images: x [H*W, Cin] -> y [Ho*Wo, Cout]; weight [Cout, Cin*k*k] */
typedef struct ralu__conv_opts {
    int64_t H, W, Cin, Cout;
    int k, stride, pad_top, pad_left, pad_bottom, pad_right;
} ralu__conv_opts;

typedef struct ralu__backend ralu__backend;
struct ralu__backend {
    ralu_ctx   *ctx;
    ralu_backend kind;
    ralu_result err;          /* sticky: the first failure while recording ops */
    void       *impl;
    /* limits that decide tiling and splitting (the VAE tiles, the Vulkan binding splits) */
    uint64_t    max_binding_bytes;  /* largest single buffer an op may address */
    uint64_t    memory_bytes;       /* memory the backend computes in (device or host RAM) */
    ralu_result (*buffer_alloc)(ralu__backend *, size_t nfloats, ralu__buffer **out);
    void        (*buffer_free)(ralu__backend *, ralu__buffer *);
    ralu_result (*upload)(ralu__backend *, ralu__view dst, const float *src);   /* packed rows x cols */
    ralu_result (*download)(ralu__backend *, float *dst, ralu__view src);
    ralu_result (*weight_prepare)(ralu__backend *, ralu__weight *w);
    void        (*weight_release)(ralu__backend *, ralu__weight *w);
    void        (*begin)(ralu__backend *);
    ralu_result (*end)(ralu__backend *);       /* runs what was recorded; waits */
    void        (*destroy)(ralu__backend *);
    /* ops: y and x may alias only where the op says "in place" */
    void (*linear)(ralu__backend *, ralu__view y, ralu__view x, const ralu__linear *lin, int accumulate);
    void (*layernorm)(ralu__backend *, ralu__view y, ralu__view x, float eps, const ralu__weight *gamma, const ralu__weight *beta);
    void (*norm_modulate)(ralu__backend *, ralu__view y, ralu__view x, float eps, ralu__view shift, ralu__view scale);
    void (*rmsnorm)(ralu__backend *, ralu__view y, ralu__view x, int64_t group, float eps, const ralu__weight *w);
    void (*gated_add)(ralu__backend *, ralu__view x, ralu__view y, ralu__view gate);   /* x += gate*y */
    void (*add)(ralu__backend *, ralu__view y, ralu__view a, ralu__view b);            /* y = a + b */
    void (*act)(ralu__backend *, ralu__view y, ralu__view x, int kind);                /* in place ok */
    void (*gate_mul)(ralu__backend *, ralu__view y, ralu__view a, ralu__view b, int kind); /* y = act(a)*b */
    void (*rope)(ralu__backend *, ralu__view x, ralu__view table, int heads, int head_dim); /* in place */
    void (*attention)(ralu__backend *, ralu__view o, ralu__view q, ralu__view k, ralu__view v, const ralu__attn_opts *);
    void (*copy)(ralu__backend *, ralu__view y, ralu__view x);
    void (*conv2d)(ralu__backend *, ralu__view y, ralu__view x, const ralu__weight *w, const ralu__weight *bias, const ralu__conv_opts *);
    void (*groupnorm)(ralu__backend *, ralu__view y, ralu__view x, int64_t HW, int groups, float eps, const ralu__weight *gamma, const ralu__weight *beta, int silu);
    void (*upsample2x)(ralu__backend *, ralu__view y, ralu__view x, int64_t H, int64_t W);
};

/* ---- op front ends: check shapes (a mismatch is a bug in ralu.h, reported, never a crash) ---- */
static int ralu__op_ok(ralu__backend *be, int cond, const char *op, const char *what) {
    if (be->err) return 0;
    if (!cond) { be->err = ralu__fail(be->ctx, RALU_ERR_INTERNAL, "op %s: %s", op, what); return 0; }
    return 1;
}
static int ralu__view_ok(ralu__view v) {
    return v.buf && v.rows >= 0 && v.cols >= 0 && v.ld >= v.cols &&
           (v.rows == 0 || v.off + (size_t)((v.rows - 1) * v.ld + v.cols) <= v.buf->nfloats);
}
static void ralu__op_linear(ralu__backend *be, ralu__view y, ralu__view x, const ralu__linear *lin, int accumulate) {
    if (!ralu__op_ok(be, ralu__view_ok(y) && ralu__view_ok(x) && x.cols == lin->in && y.cols == lin->out && x.rows == y.rows, "linear", "shape mismatch")) return;
    be->linear(be, y, x, lin, accumulate);
}
static void ralu__op_layernorm(ralu__backend *be, ralu__view y, ralu__view x, float eps, const ralu__weight *g, const ralu__weight *b) {
    if (!ralu__op_ok(be, ralu__view_ok(y) && ralu__view_ok(x) && x.rows == y.rows && x.cols == y.cols, "layernorm", "shape mismatch")) return;
    be->layernorm(be, y, x, eps, g, b);
}
static void ralu__op_norm_modulate(ralu__backend *be, ralu__view y, ralu__view x, float eps, ralu__view shift, ralu__view scale) {
    if (!ralu__op_ok(be, ralu__view_ok(y) && ralu__view_ok(x) && x.rows == y.rows && x.cols == y.cols && shift.cols == x.cols && scale.cols == x.cols, "norm_modulate", "shape mismatch")) return;
    be->norm_modulate(be, y, x, eps, shift, scale);
}
static void ralu__op_rmsnorm(ralu__backend *be, ralu__view y, ralu__view x, int64_t group, float eps, const ralu__weight *w) {
    if (!ralu__op_ok(be, ralu__view_ok(y) && ralu__view_ok(x) && x.rows == y.rows && x.cols == y.cols && group > 0 && x.cols % group == 0, "rmsnorm", "shape mismatch")) return;
    be->rmsnorm(be, y, x, group, eps, w);
}
static void ralu__op_gated_add(ralu__backend *be, ralu__view x, ralu__view y, ralu__view gate) {
    if (!ralu__op_ok(be, ralu__view_ok(y) && ralu__view_ok(x) && x.rows == y.rows && x.cols == y.cols && gate.cols == x.cols, "gated_add", "shape mismatch")) return;
    be->gated_add(be, x, y, gate);
}
static void ralu__op_add(ralu__backend *be, ralu__view y, ralu__view a, ralu__view b) {
    if (!ralu__op_ok(be, ralu__view_ok(y) && ralu__view_ok(a) && ralu__view_ok(b) && a.rows == y.rows && a.cols == y.cols && b.rows == y.rows && b.cols == y.cols, "add", "shape mismatch")) return;
    be->add(be, y, a, b);
}
static void ralu__op_act(ralu__backend *be, ralu__view y, ralu__view x, int kind) {
    if (!ralu__op_ok(be, ralu__view_ok(y) && ralu__view_ok(x) && x.rows == y.rows && x.cols == y.cols, "act", "shape mismatch")) return;
    be->act(be, y, x, kind);
}
static void ralu__op_gate_mul(ralu__backend *be, ralu__view y, ralu__view a, ralu__view b, int kind) {
    if (!ralu__op_ok(be, ralu__view_ok(y) && ralu__view_ok(a) && ralu__view_ok(b) && a.rows == y.rows && a.cols == y.cols && b.rows == y.rows && b.cols == y.cols, "gate_mul", "shape mismatch")) return;
    be->gate_mul(be, y, a, b, kind);
}
static void ralu__op_rope(ralu__backend *be, ralu__view x, ralu__view table, int heads, int head_dim) {
    if (!ralu__op_ok(be, ralu__view_ok(x) && ralu__view_ok(table) && table.rows == x.rows && table.cols == head_dim && x.cols >= (int64_t)heads * head_dim && head_dim % 2 == 0, "rope", "shape mismatch")) return;
    be->rope(be, x, table, heads, head_dim);
}
static void ralu__op_attention(ralu__backend *be, ralu__view o, ralu__view q, ralu__view k, ralu__view v, const ralu__attn_opts *a) {
    int64_t hd = (int64_t)a->heads * a->head_dim;
    if (!ralu__op_ok(be, ralu__view_ok(o) && ralu__view_ok(q) && ralu__view_ok(k) && ralu__view_ok(v) &&
                         q.cols == hd && k.cols == hd && v.cols == hd && o.cols == hd && o.rows == q.rows && k.rows == v.rows && k.rows > 0 &&
                         (!a->rel_bias.buf || (a->rel_bias.rows == a->heads && a->rel_bias.cols == q.rows + k.rows - 1)), "attention", "shape mismatch")) return;
    be->attention(be, o, q, k, v, a);
}
static void ralu__op_copy(ralu__backend *be, ralu__view y, ralu__view x) {
    if (!ralu__op_ok(be, ralu__view_ok(y) && ralu__view_ok(x) && x.rows == y.rows && x.cols == y.cols, "copy", "shape mismatch")) return;
    be->copy(be, y, x);
}
static void ralu__conv_out_size(const ralu__conv_opts *c, int64_t *Ho, int64_t *Wo) {
    *Ho = (c->H + c->pad_top + c->pad_bottom - c->k) / c->stride + 1;
    *Wo = (c->W + c->pad_left + c->pad_right - c->k) / c->stride + 1;
}
static void ralu__op_conv2d(ralu__backend *be, ralu__view y, ralu__view x, const ralu__weight *w, const ralu__weight *bias, const ralu__conv_opts *c) {
    int64_t Ho, Wo;
    ralu__conv_out_size(c, &Ho, &Wo);
    if (!ralu__op_ok(be, ralu__view_ok(y) && ralu__view_ok(x) && x.rows == c->H * c->W && x.cols == c->Cin && y.rows == Ho * Wo && y.cols == c->Cout &&
                         w->rows == c->Cout && w->cols == c->Cin * c->k * c->k && x.ld == x.cols && y.ld == y.cols, "conv2d", "shape mismatch")) return;
    be->conv2d(be, y, x, w, bias, c);
}
static void ralu__op_groupnorm(ralu__backend *be, ralu__view y, ralu__view x, int64_t HW, int groups, float eps, const ralu__weight *g, const ralu__weight *b, int silu) {
    if (!ralu__op_ok(be, ralu__view_ok(y) && ralu__view_ok(x) && x.rows == HW && y.rows == HW && x.cols == y.cols && groups > 0 && x.cols % groups == 0 && x.ld == x.cols && y.ld == y.cols, "groupnorm", "shape mismatch")) return;
    be->groupnorm(be, y, x, HW, groups, eps, g, b, silu);
}
static void ralu__op_upsample2x(ralu__backend *be, ralu__view y, ralu__view x, int64_t H, int64_t W) {
    if (!ralu__op_ok(be, ralu__view_ok(y) && ralu__view_ok(x) && x.rows == H * W && y.rows == 4 * H * W && x.cols == y.cols && x.ld == x.cols && y.ld == y.cols, "upsample2x", "shape mismatch")) return;
    be->upsample2x(be, y, x, H, W);
}

/* ---- weights from tensor files ---- */

/* Points w at rows [row0, row0+rows) of a 2-D (or flattened N-D) tensor from a file. */
static void ralu__weight_from_info(ralu__weight *w, const ralu_tensor_info *ti, int64_t row0, int64_t rows) {
    int64_t cols = 1; int d;
    for (d = 1; d < ti->ndim; d++) cols *= ti->shape[d];
    if (ti->ndim == 0) { rows = 1; }
    memset(w, 0, sizeof *w);
    w->dtype = ti->dtype;
    w->rows = rows; w->cols = ti->ndim ? cols : 1;
    w->host = (const char *)ti->data + (size_t)(row0 * w->cols) * ralu__dtype_size(ti->dtype);
    w->scale = 1.0f;
}
/* An owned f32 copy (biases, norm scales: small tensors the kernels read as f32). */
static ralu_result ralu__weight_f32_copy(ralu_ctx *ctx, ralu__weight *w, const ralu__weight *src) {
    size_t n = (size_t)(src->rows * src->cols), i;
    float *f = (float *)ralu__alloc_aligned(ctx, n * 4);
    if (!f) return ralu__oom(ctx, "f32 weight copy", n * 4);
    for (i = 0; i < n; i++) f[i] = ralu__load_elem(src->dtype, src->host, i) * src->scale;
    memset(w, 0, sizeof *w);
    w->dtype = RALU_DTYPE_F32; w->rows = src->rows; w->cols = src->cols;
    w->host = f; w->owned = f; w->scale = 1.0f;
    return RALU_OK;
}
static void ralu__weight_free(ralu_ctx *ctx, ralu__weight *w) {
    if (ctx->backend && w->dev && ctx->backend->weight_release) ctx->backend->weight_release(ctx->backend, w);
    ralu__free_aligned(ctx, w->owned);
    memset(w, 0, sizeof *w);
}
static void ralu__linear_free(ralu_ctx *ctx, ralu__linear *l) {
    int p;
    for (p = 0; p < l->nparts; p++) ralu__weight_free(ctx, &l->w[p]);
    ralu__weight_free(ctx, &l->bias);
    memset(l, 0, sizeof *l);
}

/* ---- loading weights by name, with checks that name the tensor ---- */

/* objects a context owns (models, encoders): freed by ralu_destroy if the caller has not */
typedef struct ralu__object {
    struct ralu__object *prev, *next;
    ralu_ctx *ctx;
    void (*destroy)(struct ralu__object *self);
} ralu__object;

static void ralu__object_track(ralu_ctx *ctx, ralu__object *o, void (*destroy)(ralu__object *)) {
    o->ctx = ctx; o->destroy = destroy; o->prev = NULL;
    o->next = ctx->objects;
    if (ctx->objects) ctx->objects->prev = o;
    ctx->objects = o;
}
static void ralu__object_untrack(ralu__object *o) {
    if (!o->ctx) return;
    if (o->prev) o->prev->next = o->next; else o->ctx->objects = o->next;
    if (o->next) o->next->prev = o->prev;
    o->prev = o->next = NULL; o->ctx = NULL;
}

/* a + b into dst (cap bytes); 0 if it does not fit */
static int ralu__concat(char *dst, size_t cap, const char *a, const char *b) {
    size_t la = strlen(a), lb = strlen(b);
    if (la + lb + 1 > cap) return 0;
    memcpy(dst, a, la); memcpy(dst + la, b, lb + 1);
    return 1;
}
static int ralu__find(const ralu_tensor_file *tf, const char *prefix, const char *name, ralu_tensor_info *ti) {
    char full[768];
    if (!ralu__concat(full, sizeof full, prefix ? prefix : "", name)) return -1;
    return ralu_tensor_file_find(tf, full, ti);
}
/* the tensor must exist and hold a weight dtype */
static ralu_result ralu__need(ralu_ctx *ctx, const ralu_tensor_file *tf, const char *prefix, const char *name, ralu_tensor_info *ti) {
    if (ralu__find(tf, prefix, name, ti) != 0)
        return ralu__fail(ctx, RALU_ERR_MODEL_MISSING_TENSOR, "tensor '%s%s' is missing from '%s'", prefix ? prefix : "", name, tf->path);
    if (ti->dtype == RALU_DTYPE_UNKNOWN) {
        const ralu__st_entry *e = ralu__st_lookup(tf, ti->name);
        return ralu__fail(ctx, RALU_ERR_MODEL_DTYPE, "tensor '%s' has dtype %s; weights must be F32, F16, BF16, F8_E4M3 or F8_E5M2",
                          ti->name, e ? e->dtype_name : "?");
    }
    return RALU_OK;
}
static void ralu__shape_str(const int64_t *s, int n, char *buf, size_t cap) {
    size_t o = 0; int i;
    o += (size_t)snprintf(buf + o, cap - o, "[");
    for (i = 0; i < n && o < cap; i++) o += (size_t)snprintf(buf + o, cap - o, i ? ", %lld" : "%lld", (long long)s[i]);
    if (o < cap) snprintf(buf + o, cap - o, "]");
}
/* shape check: ndim entries of `want`; a negative entry matches anything */
static ralu_result ralu__check_shape(ralu_ctx *ctx, const ralu_tensor_info *ti, int ndim, const int64_t *want) {
    int i, ok = ti->ndim == ndim;
    for (i = 0; ok && i < ndim; i++) if (want[i] >= 0 && ti->shape[i] != want[i]) ok = 0;
    if (!ok) {
        char got[128], exp[128];
        ralu__shape_str(ti->shape, ti->ndim, got, sizeof got);
        ralu__shape_str(want, ndim, exp, sizeof exp);
        return ralu__fail(ctx, RALU_ERR_MODEL_SHAPE, "tensor '%s' has shape %s; expected %s", ti->name, got, exp);
    }
    return RALU_OK;
}
/* scaled-fp8 files (ComfyUI convention) carry "<layer>.scale_weight" or "<layer>.weight_scale" */
static float ralu__fp8_scale(const ralu_tensor_file *tf, const char *prefix, const char *wname, const ralu_tensor_info *w) {
    char base[512]; size_t n; ralu_tensor_info si;
    static const char *const suffixes[2] = { "scale_weight", "weight_scale" };
    int k;
    if (w->dtype != RALU_DTYPE_F8_E4M3 && w->dtype != RALU_DTYPE_F8_E5M2) return 1.0f;
    snprintf(base, sizeof base, "%s", wname);
    n = strlen(base);
    if (n >= 6 && !strcmp(base + n - 6, "weight")) base[n - 6] = 0;
    for (k = 0; k < 2; k++) {
        char name[600];
        if (!ralu__concat(name, sizeof name, base, suffixes[k])) continue;
        if (ralu__find(tf, prefix, name, &si) == 0 && si.dtype != RALU_DTYPE_UNKNOWN && si.nbytes == ralu__dtype_size(si.dtype))
            return ralu__load_elem(si.dtype, si.data, 0);
    }
    return 1.0f;
}
/* A weight [rows, cols] from a tensor of that shape (conv kernels flatten to [out, in*k*k]). */
static ralu_result ralu__load_weight(ralu_ctx *ctx, const ralu_tensor_file *tf, const char *prefix, const char *name,
                                     int ndim, const int64_t *shape, ralu__weight *w) {
    ralu_tensor_info ti; ralu_result r;
    if ((r = ralu__need(ctx, tf, prefix, name, &ti)) != RALU_OK) return r;
    if ((r = ralu__check_shape(ctx, &ti, ndim, shape)) != RALU_OK) return r;
    ralu__weight_from_info(w, &ti, 0, ti.ndim ? ti.shape[0] : 1);
    w->scale = ralu__fp8_scale(tf, prefix, name, &ti);
    return RALU_OK;
}
/* A small f32 vector (biases, norm scales) of n elements, copied and widened. */
static ralu_result ralu__load_vector(ralu_ctx *ctx, const ralu_tensor_file *tf, const char *prefix, const char *name, int64_t n, ralu__weight *w) {
    ralu__weight raw; ralu_result r;
    if ((r = ralu__load_weight(ctx, tf, prefix, name, 1, &n, &raw)) != RALU_OK) return r;
    raw.rows = 1; raw.cols = n;
    if ((r = ralu__weight_f32_copy(ctx, w, &raw)) != RALU_OK) return r;
    if (ctx->backend->weight_prepare && (r = ctx->backend->weight_prepare(ctx->backend, w)) != RALU_OK) return r;
    return RALU_OK;
}

/* Adds rows [src_row0, src_row0 + rows) of tensor `wname` ([*, in]) as output rows
   [dst_row0, ...) of lin, and the same rows of `bname` (may be NULL) to its bias. */
static ralu_result ralu__linear_add(ralu_ctx *ctx, const ralu_tensor_file *tf, const char *prefix, const char *wname, const char *bname,
                                    int64_t src_row0, int64_t rows, int64_t dst_row0, ralu__linear *lin) {
    ralu_tensor_info ti; ralu_result r;
    int64_t want[2];
    ralu__weight *w;
    if (lin->nparts == RALU__MAX_PARTS) return ralu__fail(ctx, RALU_ERR_INTERNAL, "linear layer '%s' has too many parts", wname);
    if ((r = ralu__need(ctx, tf, prefix, wname, &ti)) != RALU_OK) return r;
    {   /* [out, in], or a convolution kernel [out, c, kh, kw] used as a linear of in = c*kh*kw */
        int64_t cols = 1; int d;
        for (d = 1; d < ti.ndim; d++) cols *= ti.shape[d];
        if (ti.ndim < 2 || cols != lin->in) {
            want[0] = -1; want[1] = lin->in;
            return ralu__check_shape(ctx, &ti, 2, want) ? ctx->error_code : ralu__fail(ctx, RALU_ERR_MODEL_SHAPE, "tensor '%s': shape does not match a %lld-input layer", ti.name, (long long)lin->in);
        }
    }
    if (rows < 0) rows = ti.shape[0] - src_row0;
    if (src_row0 < 0 || src_row0 + rows > ti.shape[0] || dst_row0 < 0 || dst_row0 + rows > lin->out) {
        char got[128]; ralu__shape_str(ti.shape, ti.ndim, got, sizeof got);
        return ralu__fail(ctx, RALU_ERR_MODEL_SHAPE, "tensor '%s' has shape %s; expected at least %lld rows for output rows %lld..%lld of a %lld-wide layer",
                          ti.name, got, (long long)(src_row0 + rows), (long long)dst_row0, (long long)(dst_row0 + rows), (long long)lin->out);
    }
    w = &lin->w[lin->nparts];
    ralu__weight_from_info(w, &ti, src_row0, rows);
    w->scale = ralu__fp8_scale(tf, prefix, wname, &ti);
    lin->row0[lin->nparts++] = dst_row0;
    if (bname) {
        ralu_tensor_info bi; int64_t i;
        if ((r = ralu__need(ctx, tf, prefix, bname, &bi)) != RALU_OK) return r;
        want[0] = ti.shape[0];
        if ((r = ralu__check_shape(ctx, &bi, 1, want)) != RALU_OK) return r;
        if (!lin->bias.owned) {
            float *b = (float *)ralu__alloc_aligned(ctx, (size_t)lin->out * 4);
            if (!b) return ralu__oom(ctx, "bias", (size_t)lin->out * 4);
            memset(b, 0, (size_t)lin->out * 4);
            lin->bias.dtype = RALU_DTYPE_F32; lin->bias.rows = 1; lin->bias.cols = lin->out;
            lin->bias.host = b; lin->bias.owned = b; lin->bias.scale = 1.0f;
        }
        for (i = 0; i < rows; i++) ((float *)lin->bias.owned)[dst_row0 + i] = ralu__load_elem(bi.dtype, bi.data, (size_t)(src_row0 + i));
    }
    return RALU_OK;
}
/* Checks that the parts cover every output row once, then hands the weights to the backend. */
static ralu_result ralu__linear_finish(ralu_ctx *ctx, ralu__linear *lin, const char *what) {
    int64_t covered = 0; int p; ralu_result r;
    for (p = 0; p < lin->nparts; p++) covered += lin->w[p].rows;
    if (covered != lin->out) return ralu__fail(ctx, RALU_ERR_MODEL_SHAPE, "layer '%s': its tensors give %lld output rows; expected %lld", what, (long long)covered, (long long)lin->out);
    for (p = 0; p < lin->nparts; p++)
        if ((r = ctx->backend->weight_prepare(ctx->backend, &lin->w[p])) != RALU_OK) return r;
    if (lin->bias.owned && (r = ctx->backend->weight_prepare(ctx->backend, &lin->bias)) != RALU_OK) return r;
    return RALU_OK;
}
/* The common case: weight "<name>.weight" [out, in] and optional bias "<name>.bias". */
static ralu_result ralu__load_linear(ralu_ctx *ctx, const ralu_tensor_file *tf, const char *prefix, const char *name,
                                     int64_t in, int64_t out, int has_bias, ralu__linear *lin) {
    char wn[512], bn[512]; ralu_result r;
    memset(lin, 0, sizeof *lin);
    lin->in = in; lin->out = out;
    snprintf(wn, sizeof wn, "%s.weight", name);
    snprintf(bn, sizeof bn, "%s.bias", name);
    if ((r = ralu__linear_add(ctx, tf, prefix, wn, has_bias ? bn : NULL, 0, -1, 0, lin)) != RALU_OK) return r;
    return ralu__linear_finish(ctx, lin, wn);
}

/* =========================================================================================
   >>cpu — the CPU engine: packed GEMM (AVX2/FMA micro-kernel with a portable twin),
   flash-style attention, norms, convolutions; OpenMP across cores.
   ========================================================================================= */
/* Register tile of the GEMM micro-kernel, chosen at compile time: with AVX-512, 12 rows of A
   times 32 output features (24 zmm accumulators, two B vectors, one broadcast: 27 of 32
   registers); with AVX2/FMA, 6 x 16 (12 ymm accumulators); the plain C twin uses 6 x 16. */
#if defined(RALU__AVX2) && defined(__AVX512F__) && defined(__AVX512BW__) && defined(__AVX512VL__) && defined(__AVX512DQ__)
#  define RALU__AVX512 1
#  define RALU__MR 12
#  define RALU__NR 32
#else
#  define RALU__MR 6
#  define RALU__NR 16
#endif
#ifndef RALU__KC
#define RALU__KC 256   /* depth of a packed panel: a B micro-panel (KC x NR) stays in L1 */
#endif
#ifndef RALU__MC
#define RALU__MC (RALU__MR * 16)  /* rows of A packed at once: an MC x KC block stays in L2 */
#endif
#define RALU__NC 3072  /* output features packed at once (multiple of NR): KC x NC in L2/L3 */

typedef struct ralu__cpu {
    int nthreads;
    float *scratch;        /* packed B panel + per-thread packed A / attention tiles */
    size_t scratch_floats;
} ralu__cpu;

static ralu__cpu *ralu__cpu_of(ralu__backend *be) { return (ralu__cpu *)be->impl; }

/* grows the backend's scratch (outside parallel regions only) */
static float *ralu__cpu_scratch(ralu__backend *be, size_t nfloats) {
    ralu__cpu *c = ralu__cpu_of(be);
    if (c->scratch_floats < nfloats) {
        ralu__free_aligned(be->ctx, c->scratch);
        c->scratch = (float *)ralu__alloc_aligned(be->ctx, nfloats * sizeof(float));
        c->scratch_floats = c->scratch ? nfloats : 0;
        if (!c->scratch && !be->err) be->err = ralu__oom(be->ctx, "CPU scratch", nfloats * 4);
    }
    return c->scratch;
}

/* ---- widening a run of weights to f32 ---- */
static void ralu__fp8_lut(ralu_dtype dt, float *lut) {
    int i;
    for (i = 0; i < 256; i++) lut[i] = dt == RALU_DTYPE_F8_E4M3 ? ralu__e4m3_to_f32((uint8_t)i) : ralu__e5m2_to_f32((uint8_t)i);
}
static void ralu__cvt_run(ralu_dtype dt, const void *src, int64_t n, float *dst, float scale, const float *lut) {
    int64_t i = 0;
    switch (dt) {
    case RALU_DTYPE_F32: {
        const float *s = (const float *)src;
        if (scale == 1.0f) memcpy(dst, s, (size_t)n * 4);
        else for (i = 0; i < n; i++) dst[i] = s[i] * scale;
        return;
    }
    case RALU_DTYPE_BF16: {
        const uint16_t *s = (const uint16_t *)src;
#ifdef RALU__AVX2
        __m256 vs = _mm256_set1_ps(scale);
        for (; i + 8 <= n; i += 8) {
            __m256i w = _mm256_cvtepu16_epi32(_mm_loadu_si128((const __m128i *)(s + i)));
            _mm256_storeu_ps(dst + i, _mm256_mul_ps(_mm256_castsi256_ps(_mm256_slli_epi32(w, 16)), vs));
        }
#endif
        for (; i < n; i++) dst[i] = ralu__bf16_to_f32(s[i]) * scale;
        return;
    }
    case RALU_DTYPE_F16: {
        const uint16_t *s = (const uint16_t *)src;
#if defined(RALU__AVX2) && defined(__F16C__)
        __m256 vs = _mm256_set1_ps(scale);
        for (; i + 8 <= n; i += 8)
            _mm256_storeu_ps(dst + i, _mm256_mul_ps(_mm256_cvtph_ps(_mm_loadu_si128((const __m128i *)(s + i))), vs));
#endif
        for (; i < n; i++) dst[i] = ralu__f16_to_f32(s[i]) * scale;
        return;
    }
    case RALU_DTYPE_F8_E4M3: case RALU_DTYPE_F8_E5M2: {
        const uint8_t *s = (const uint8_t *)src;
        for (i = 0; i < n; i++) dst[i] = lut[s[i]] * scale;
        return;
    }
    default:
        for (i = 0; i < n; i++) dst[i] = 0.0f;
    }
}

/* ---- where GEMM's A rows come from: a dense matrix, or im2col of a channels-last image ---- */
typedef struct ralu__asrc {
    const float *x; int64_t ld;
    const ralu__conv_opts *conv; int64_t Wo;
} ralu__asrc;

#if defined(RALU__AVX512)
/* 16 weights of row `row` from column k, widened to f32 (lanes outside m are zero) */
static __m512 ralu__load16(ralu_dtype dt, const void *row, int64_t k, __mmask16 m, const float *lut) {
    switch (dt) {
    case RALU_DTYPE_F32: return _mm512_maskz_loadu_ps(m, (const float *)row + k);
    case RALU_DTYPE_BF16: return _mm512_castsi512_ps(_mm512_slli_epi32(_mm512_cvtepu16_epi32(_mm256_maskz_loadu_epi16(m, (const uint16_t *)row + k)), 16));
    case RALU_DTYPE_F16: return _mm512_cvtph_ps(_mm256_maskz_loadu_epi16(m, (const uint16_t *)row + k));
    case RALU_DTYPE_F8_E4M3: case RALU_DTYPE_F8_E5M2:
        return _mm512_i32gather_ps(_mm512_cvtepu8_epi32(_mm_maskz_loadu_epi8(m, (const uint8_t *)row + k)), lut, 4); /* masked lanes read lut[0] */
    default: return _mm512_setzero_ps();
    }
}
/* r[i] = row i of a 16 x 16 block in; out: r[t] = column t (element t of every row) */
static void ralu__transpose16(__m512 *r) {
    __m512 t[16], u[16];
    int i, e;
    for (i = 0; i < 8; i++) { t[2 * i] = _mm512_unpacklo_ps(r[2 * i], r[2 * i + 1]); t[2 * i + 1] = _mm512_unpackhi_ps(r[2 * i], r[2 * i + 1]); }
    /* u[4g + e], lane L: element 4L + e of rows 4g .. 4g+3 */
    for (i = 0; i < 4; i++) {
        __m512d a = _mm512_castps_pd(t[4 * i]), b = _mm512_castps_pd(t[4 * i + 1]), c = _mm512_castps_pd(t[4 * i + 2]), d = _mm512_castps_pd(t[4 * i + 3]);
        u[4 * i + 0] = _mm512_castpd_ps(_mm512_unpacklo_pd(a, c)); u[4 * i + 1] = _mm512_castpd_ps(_mm512_unpackhi_pd(a, c));
        u[4 * i + 2] = _mm512_castpd_ps(_mm512_unpacklo_pd(b, d)); u[4 * i + 3] = _mm512_castpd_ps(_mm512_unpackhi_pd(b, d));
    }
    /* a 4 x 4 transpose of 128-bit lanes for each e */
    for (e = 0; e < 4; e++) {
        __m512 v0 = _mm512_shuffle_f32x4(u[e], u[4 + e], 0x44), v1 = _mm512_shuffle_f32x4(u[e], u[4 + e], 0xee);
        __m512 v2 = _mm512_shuffle_f32x4(u[8 + e], u[12 + e], 0x44), v3 = _mm512_shuffle_f32x4(u[8 + e], u[12 + e], 0xee);
        r[e] = _mm512_shuffle_f32x4(v0, v2, 0x88); r[4 + e] = _mm512_shuffle_f32x4(v0, v2, 0xdd);
        r[8 + e] = _mm512_shuffle_f32x4(v1, v3, 0x88); r[12 + e] = _mm512_shuffle_f32x4(v1, v3, 0xdd);
    }
}
#endif

/* packs rows [i0, i0+mc) x depth [k0, k0+kc) of A as MR-row panels, each [kc][MR] */
static void ralu__pack_a(const ralu__asrc *a, int64_t i0, int64_t mc, int64_t k0, int64_t kc, float *dst) {
    int64_t ip, k;
    int r;
    for (ip = 0; ip < mc; ip += RALU__MR, dst += kc * RALU__MR) {
        int mr = (int)RALU__MIN(RALU__MR, mc - ip);
        if (!a->conv) {
#if defined(RALU__AVX512)
            /* 16 x 16 blocks through registers; rows past mr (and 12..15) are zero */
            __m512 v[16];
            int t;
            for (k = 0; k < kc; k += 16) {
                int nk = (int)RALU__MIN(16, kc - k);
                __mmask16 m = (__mmask16)(nk == 16 ? 0xffffu : (1u << nk) - 1u);
                for (r = 0; r < 16; r++) v[r] = r < mr ? _mm512_maskz_loadu_ps(m, a->x + (i0 + ip + r) * a->ld + k0 + k) : _mm512_setzero_ps();
                ralu__transpose16(v);
                for (t = 0; t < nk; t++) _mm512_mask_storeu_ps(dst + (k + t) * RALU__MR, (__mmask16)((1u << RALU__MR) - 1u), v[t]);
            }
            continue;
#endif
            for (r = 0; r < RALU__MR; r++) {
                if (r < mr) { const float *row = a->x + (i0 + ip + r) * a->ld + k0; for (k = 0; k < kc; k++) dst[k * RALU__MR + r] = row[k]; }
                else for (k = 0; k < kc; k++) dst[k * RALU__MR + r] = 0.0f;
            }
        } else {
            const ralu__conv_opts *c = a->conv;
            int64_t kk = (int64_t)c->k * c->k;
            for (r = 0; r < RALU__MR; r++) {
                int64_t p = i0 + ip + r, oy, ox, ch, tap, ky, kx;
                if (r >= mr) { for (k = 0; k < kc; k++) dst[k * RALU__MR + r] = 0.0f; continue; }
                oy = p / a->Wo; ox = p % a->Wo;
                ch = k0 / kk; tap = k0 % kk; ky = tap / c->k; kx = tap % c->k;
                for (k = 0; k < kc; k++) {
                    int64_t iy = oy * c->stride - c->pad_top + ky, ix = ox * c->stride - c->pad_left + kx;
                    dst[k * RALU__MR + r] = (iy >= 0 && iy < c->H && ix >= 0 && ix < c->W) ? a->x[(iy * c->W + ix) * c->Cin + ch] : 0.0f;
                    if (++kx == c->k) { kx = 0; if (++ky == c->k) { ky = 0; ch++; } }
                }
            }
        }
    }
}

/* packs output features [j0, j0+nr) x depth [k0, k0+kc) of W ([N, K] row-major) as one
   NR-wide panel [kc][NR], widened to f32 (rows past nr are zero) */
#if defined(RALU__AVX512)
static void ralu__pack_b_panel(const ralu__weight *w, int64_t j0, int nr, int64_t k0, int64_t kc, float *dst, const float *lut, float *tmp) {
    size_t es = ralu__dtype_size(w->dtype);
    __m512 r[16], vs = _mm512_set1_ps(w->scale);
    int h, i, t;
    int64_t k;
    (void)tmp;
    for (h = 0; h < RALU__NR / 16; h++)
        for (k = 0; k < kc; k += 16) {
            int nk = (int)RALU__MIN(16, kc - k);
            __mmask16 m = (__mmask16)(nk == 16 ? 0xffffu : (1u << nk) - 1u);
            for (i = 0; i < 16; i++) {
                int jj = h * 16 + i;
                const char *row = (const char *)w->host + (size_t)(j0 + jj) * (size_t)w->cols * es;
                if (jj >= nr) { r[i] = _mm512_setzero_ps(); continue; }
                r[i] = ralu__load16(w->dtype, row, k0 + k, m, lut);
                if (w->scale != 1.0f) r[i] = _mm512_mul_ps(r[i], vs);
            }
            ralu__transpose16(r);
            for (t = 0; t < nk; t++) _mm512_store_ps(dst + (k + t) * RALU__NR + h * 16, r[t]);
        }
}
#else
static void ralu__pack_b_panel(const ralu__weight *w, int64_t j0, int nr, int64_t k0, int64_t kc, float *dst, const float *lut, float *tmp) {
    size_t es = ralu__dtype_size(w->dtype);
    int jj; int64_t k;
    for (jj = 0; jj < RALU__NR; jj++) {
        if (jj < nr) {
            ralu__cvt_run(w->dtype, (const char *)w->host + ((size_t)(j0 + jj) * (size_t)w->cols + (size_t)k0) * es, kc, tmp, w->scale, lut);
            for (k = 0; k < kc; k++) dst[k * RALU__NR + jj] = tmp[k];
        } else for (k = 0; k < kc; k++) dst[k * RALU__NR + jj] = 0.0f;
    }
}
#endif

/* C[mr x nr] += A_panel[kc][MR] . B_panel[kc][NR] */
static void ralu__kernel(int64_t kc, const float *a, const float *b, float *c, int64_t ldc, int mr, int nr) {
#if defined(RALU__AVX512)
#define RALU__ROWS12(X) X(0) X(1) X(2) X(3) X(4) X(5) X(6) X(7) X(8) X(9) X(10) X(11)
#define RALU__DECL(r) __m512 c##r##a = _mm512_setzero_ps(), c##r##b = _mm512_setzero_ps();
#define RALU__FMA(r) ar = _mm512_set1_ps(a[r]); c##r##a = _mm512_fmadd_ps(ar, b0, c##r##a); c##r##b = _mm512_fmadd_ps(ar, b1, c##r##b);
#define RALU__STORE(r) if (r < mr) { float *cr = c + r * ldc; \
        _mm512_mask_storeu_ps(cr, m0, _mm512_add_ps(_mm512_maskz_loadu_ps(m0, cr), c##r##a)); \
        _mm512_mask_storeu_ps(cr + 16, m1, _mm512_add_ps(_mm512_maskz_loadu_ps(m1, cr + 16), c##r##b)); }
    RALU__ROWS12(RALU__DECL)
    int64_t k;
    /* masks: a partial tile writes only its nr columns (masked loads never fault) */
    __mmask16 m0 = (__mmask16)(nr >= 16 ? 0xffffu : (1u << nr) - 1u), m1 = (__mmask16)(nr >= 32 ? 0xffffu : nr > 16 ? (1u << (nr - 16)) - 1u : 0u);
    {   /* the C tile is touched once per KC steps: fetch it while the FMAs run */
        int r;
        for (r = 0; r < mr; r++) { _mm_prefetch((const char *)(c + r * ldc), _MM_HINT_T0); _mm_prefetch((const char *)(c + r * ldc + 16), _MM_HINT_T0); }
    }
    for (k = 0; k < kc; k++, a += RALU__MR, b += RALU__NR) {
        __m512 b0 = _mm512_load_ps(b), b1 = _mm512_load_ps(b + 16), ar;
        RALU__ROWS12(RALU__FMA)
    }
    RALU__ROWS12(RALU__STORE)
#undef RALU__ROWS12
#undef RALU__DECL
#undef RALU__FMA
#undef RALU__STORE
#elif defined(RALU__AVX2)
    __m256 c00 = _mm256_setzero_ps(), c01 = c00, c10 = c00, c11 = c00, c20 = c00, c21 = c00,
           c30 = c00, c31 = c00, c40 = c00, c41 = c00, c50 = c00, c51 = c00;
    int64_t k;
    for (k = 0; k < kc; k++, a += RALU__MR, b += RALU__NR) {
        __m256 b0 = _mm256_load_ps(b), b1 = _mm256_load_ps(b + 8), ar;
        ar = _mm256_broadcast_ss(a + 0); c00 = _mm256_fmadd_ps(ar, b0, c00); c01 = _mm256_fmadd_ps(ar, b1, c01);
        ar = _mm256_broadcast_ss(a + 1); c10 = _mm256_fmadd_ps(ar, b0, c10); c11 = _mm256_fmadd_ps(ar, b1, c11);
        ar = _mm256_broadcast_ss(a + 2); c20 = _mm256_fmadd_ps(ar, b0, c20); c21 = _mm256_fmadd_ps(ar, b1, c21);
        ar = _mm256_broadcast_ss(a + 3); c30 = _mm256_fmadd_ps(ar, b0, c30); c31 = _mm256_fmadd_ps(ar, b1, c31);
        ar = _mm256_broadcast_ss(a + 4); c40 = _mm256_fmadd_ps(ar, b0, c40); c41 = _mm256_fmadd_ps(ar, b1, c41);
        ar = _mm256_broadcast_ss(a + 5); c50 = _mm256_fmadd_ps(ar, b0, c50); c51 = _mm256_fmadd_ps(ar, b1, c51);
    }
    if (mr == RALU__MR && nr == RALU__NR) {
#define RALU__ACC_ROW(r, lo, hi) \
        _mm256_storeu_ps(c + (r) * ldc, _mm256_add_ps(_mm256_loadu_ps(c + (r) * ldc), lo)); \
        _mm256_storeu_ps(c + (r) * ldc + 8, _mm256_add_ps(_mm256_loadu_ps(c + (r) * ldc + 8), hi));
        RALU__ACC_ROW(0, c00, c01) RALU__ACC_ROW(1, c10, c11) RALU__ACC_ROW(2, c20, c21)
        RALU__ACC_ROW(3, c30, c31) RALU__ACC_ROW(4, c40, c41) RALU__ACC_ROW(5, c50, c51)
#undef RALU__ACC_ROW
    } else {
        float t[RALU__MR * RALU__NR];
        int i, j;
        _mm256_storeu_ps(t + 0, c00);  _mm256_storeu_ps(t + 8, c01);  _mm256_storeu_ps(t + 16, c10); _mm256_storeu_ps(t + 24, c11);
        _mm256_storeu_ps(t + 32, c20); _mm256_storeu_ps(t + 40, c21); _mm256_storeu_ps(t + 48, c30); _mm256_storeu_ps(t + 56, c31);
        _mm256_storeu_ps(t + 64, c40); _mm256_storeu_ps(t + 72, c41); _mm256_storeu_ps(t + 80, c50); _mm256_storeu_ps(t + 88, c51);
        for (i = 0; i < mr; i++) for (j = 0; j < nr; j++) c[i * ldc + j] += t[i * RALU__NR + j];
    }
#else
    float t[RALU__MR][RALU__NR];
    int64_t k; int i, j;
    memset(t, 0, sizeof t);
    for (k = 0; k < kc; k++, a += RALU__MR, b += RALU__NR)
        for (i = 0; i < RALU__MR; i++) for (j = 0; j < RALU__NR; j++) t[i][j] += a[i] * b[j];
    for (i = 0; i < mr; i++) for (j = 0; j < nr; j++) c[i * ldc + j] += t[i][j];
#endif
}

/* Y[M, N] += A[M, K] . W[N, K]^T, Y row stride ldy. The caller has initialised Y.
   Threads share out tiles of Y (a range of rows x a chunk of output features, see
   ralu__gemm_grid) dynamically and run each one start to finish without meeting the other
   threads: for each depth slab of KC, a thread packs its chunk of W (widened to f32 from
   the file dtype, NR-wide panels, in L2), then for each MC-row block of A packs it (MR-row
   panels, in L2) and runs the micro-kernel over it with a B micro-panel held in L1. No
   barrier inside the GEMM means a core slowed by other work only does fewer tiles. */
#define RALU__NCHUNK (RALU__NR * 16)  /* output features per tile: 512 with AVX-512 */
static void ralu__gemm_grid(int64_t M, int64_t N, int nt, int64_t *mrows, int64_t *ncols) {
    int64_t nch = (N + RALU__NCHUNK - 1) / RALU__NCHUNK, mblk = (M + RALU__MC - 1) / RALU__MC, mparts = 1;
    /* B is packed once per row range, A once per chunk: split rows only when the chunks are
       too few to keep every thread busy */
    if (nch < 4 * (int64_t)nt) mparts = RALU__MIN(mblk, (4 * (int64_t)nt + nch - 1) / nch);
    *ncols = nch > 1 ? RALU__NCHUNK : (N + RALU__NR - 1) / RALU__NR * RALU__NR;
    *mrows = (mblk + mparts - 1) / mparts * RALU__MC;
}
static void ralu__cpu_gemm(ralu__backend *be, int64_t M, int64_t N, int64_t K, const ralu__asrc *A, const ralu__weight *W, float *Y, int64_t ldy) {
    ralu__cpu *cpu = ralu__cpu_of(be);
    int nt = cpu->nthreads;
    int64_t mrows, ncols, ntm, ntn, it;
    size_t bfloats, per;
    float *scratch;
    float lut[256];
    if (M <= 0 || N <= 0 || K <= 0) return;
    ralu__gemm_grid(M, N, nt, &mrows, &ncols);
    ntm = (M + mrows - 1) / mrows; ntn = (N + ncols - 1) / ncols;
    bfloats = (size_t)RALU__KC * (size_t)ncols;
    per = bfloats + (size_t)RALU__KC * RALU__MC + RALU__KC;   /* B chunk, A block, a row for the portable pack */
    scratch = ralu__cpu_scratch(be, per * (size_t)nt);
    if (!scratch) return;
    if (W->dtype == RALU_DTYPE_F8_E4M3 || W->dtype == RALU_DTYPE_F8_E5M2) ralu__fp8_lut(W->dtype, lut);
#ifdef _OPENMP
#pragma omp parallel for num_threads(nt) schedule(dynamic, 1)
#endif
    for (it = 0; it < ntm * ntn; it++) {
#ifdef _OPENMP
        float *bpack = scratch + per * (size_t)omp_get_thread_num();
#else
        float *bpack = scratch;
#endif
        float *apack = bpack + bfloats, *tmp = apack + (size_t)RALU__KC * RALU__MC;
        int64_t m0 = it / ntn * mrows, m1 = RALU__MIN(M, m0 + mrows), j0 = it % ntn * ncols, nc = RALU__MIN(ncols, N - j0);
        int64_t npan = (nc + RALU__NR - 1) / RALU__NR, pc, p, i0, ip;
        for (pc = 0; pc < K; pc += RALU__KC) {
            int64_t kc = RALU__MIN(RALU__KC, K - pc);
            for (p = 0; p < npan; p++)
                ralu__pack_b_panel(W, j0 + p * RALU__NR, (int)RALU__MIN(RALU__NR, nc - p * RALU__NR), pc, kc, bpack + p * kc * RALU__NR, lut, tmp);
            for (i0 = m0; i0 < m1; i0 += RALU__MC) {
                int64_t mc = RALU__MIN(RALU__MC, m1 - i0);
                ralu__pack_a(A, i0, mc, pc, kc, apack);
                for (p = 0; p < npan; p++) {
                    int nr = (int)RALU__MIN(RALU__NR, nc - p * RALU__NR);
                    for (ip = 0; ip < mc; ip += RALU__MR)
                        ralu__kernel(kc, apack + ip * kc, bpack + p * kc * RALU__NR,
                                     Y + (i0 + ip) * ldy + j0 + p * RALU__NR, ldy, (int)RALU__MIN(RALU__MR, mc - ip), nr);
                }
            }
        }
    }
}

/* Few rows (modulation vectors, pooled embeddings): stream the weight once, dot products. */
static void ralu__cpu_gemv(ralu__backend *be, int64_t M, int64_t N, int64_t K, const float *X, int64_t ldx, const ralu__weight *W, float *Y, int64_t ldy) {
    int nt = ralu__cpu_of(be)->nthreads;
    float lut[256];
    int64_t j;
    (void)nt;
    size_t es = ralu__dtype_size(W->dtype);
    float *scratch = ralu__cpu_scratch(be, (size_t)nt * (size_t)K);
    if (!scratch) return;
    if (W->dtype == RALU_DTYPE_F8_E4M3 || W->dtype == RALU_DTYPE_F8_E5M2) ralu__fp8_lut(W->dtype, lut);
#ifdef _OPENMP
#pragma omp parallel for num_threads(nt) schedule(static)
#endif
    for (j = 0; j < N; j++) {
#ifdef _OPENMP
        float *wrow = scratch + (size_t)omp_get_thread_num() * (size_t)K;
#else
        float *wrow = scratch;
#endif
        int64_t i, k;
        ralu__cvt_run(W->dtype, (const char *)W->host + (size_t)j * (size_t)K * es, K, wrow, W->scale, lut);
        for (i = 0; i < M; i++) {
            const float *x = X + i * ldx;
            float s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
            for (k = 0; k + 8 <= K; k += 8) {
                s0 += x[k] * wrow[k]; s1 += x[k + 1] * wrow[k + 1]; s2 += x[k + 2] * wrow[k + 2]; s3 += x[k + 3] * wrow[k + 3];
                s4 += x[k + 4] * wrow[k + 4]; s5 += x[k + 5] * wrow[k + 5]; s6 += x[k + 6] * wrow[k + 6]; s7 += x[k + 7] * wrow[k + 7];
            }
            for (; k < K; k++) s0 += x[k] * wrow[k];
            Y[i * ldy + j] += ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7));
        }
    }
}

/* Y = bias (or Y += bias when accumulating), row by row */
static void ralu__cpu_init_rows(ralu__backend *be, float *Y, int64_t ldy, int64_t M, int64_t N, const ralu__weight *bias, int accumulate) {
    int nt = ralu__cpu_of(be)->nthreads;
    const float *b = bias && bias->dtype == RALU_DTYPE_F32 ? (const float *)bias->host : NULL;
    int64_t i;
    (void)nt;
#ifdef _OPENMP
#pragma omp parallel for num_threads(nt) schedule(static) if (M * N > 65536)
#endif
    for (i = 0; i < M; i++) {
        float *y = Y + i * ldy; int64_t j;
        if (accumulate) { if (b) for (j = 0; j < N; j++) y[j] += b[j]; }
        else if (b) memcpy(y, b, (size_t)N * 4);
        else memset(y, 0, (size_t)N * 4);
    }
}

static void ralu__cpu_linear(ralu__backend *be, ralu__view y, ralu__view x, const ralu__linear *lin, int accumulate) {
    float *Y = ralu__view_host(y);
    const float *X = ralu__view_host(x);
    int p;
    ralu__cpu_init_rows(be, Y, y.ld, y.rows, y.cols, lin->bias.dtype ? &lin->bias : NULL, accumulate);
    for (p = 0; p < lin->nparts && !be->err; p++) {
        const ralu__weight *w = &lin->w[p];
        if (x.rows < RALU__MR) ralu__cpu_gemv(be, x.rows, w->rows, w->cols, X, x.ld, w, Y + lin->row0[p], y.ld);
        else {
            ralu__asrc a; memset(&a, 0, sizeof a); a.x = X; a.ld = x.ld;
            ralu__cpu_gemm(be, x.rows, w->rows, w->cols, &a, w, Y + lin->row0[p], y.ld);
        }
    }
}

/* ---- row-wise ops ---- */
#ifdef _OPENMP
#define RALU__PARALLEL_ROWS(be, rows) _Pragma("omp parallel for num_threads(ralu__cpu_of(be)->nthreads) schedule(static)")
#else
#define RALU__PARALLEL_ROWS(be, rows) (void)(be);
#endif

static void ralu__row_stats(const float *x, int64_t n, double *mean, double *var) {
    double s = 0, q = 0; int64_t j;
    for (j = 0; j < n; j++) s += x[j];
    s /= (double)n;
    for (j = 0; j < n; j++) { double d = x[j] - s; q += d * d; }
    *mean = s; *var = q / (double)n;
}
static void ralu__cpu_layernorm(ralu__backend *be, ralu__view y, ralu__view x, float eps, const ralu__weight *g, const ralu__weight *b) {
    int64_t i, n = x.cols;
    const float *G = g && g->dtype ? (const float *)g->host : NULL, *B = b && b->dtype ? (const float *)b->host : NULL;
    RALU__PARALLEL_ROWS(be, x.rows)
    for (i = 0; i < x.rows; i++) {
        const float *xr = ralu__view_host(x) + i * x.ld; float *yr = ralu__view_host(y) + i * y.ld;
        double mean, var; float rstd; int64_t j;
        ralu__row_stats(xr, n, &mean, &var);
        rstd = (float)(1.0 / sqrt(var + eps));
        for (j = 0; j < n; j++) {
            float v = (xr[j] - (float)mean) * rstd;
            if (G) v *= G[j];
            if (B) v += B[j];
            yr[j] = v;
        }
    }
}
static void ralu__cpu_norm_modulate(ralu__backend *be, ralu__view y, ralu__view x, float eps, ralu__view shift, ralu__view scale) {
    int64_t i, n = x.cols;
    const float *sh = ralu__view_host(shift), *sc = ralu__view_host(scale);
    RALU__PARALLEL_ROWS(be, x.rows)
    for (i = 0; i < x.rows; i++) {
        const float *xr = ralu__view_host(x) + i * x.ld; float *yr = ralu__view_host(y) + i * y.ld;
        double mean, var; float rstd; int64_t j;
        ralu__row_stats(xr, n, &mean, &var);
        rstd = (float)(1.0 / sqrt(var + eps));
        for (j = 0; j < n; j++) yr[j] = (xr[j] - (float)mean) * rstd * (1.0f + sc[j]) + sh[j];
    }
}
static void ralu__cpu_rmsnorm(ralu__backend *be, ralu__view y, ralu__view x, int64_t group, float eps, const ralu__weight *w) {
    int64_t i;
    const float *W = w && w->dtype ? (const float *)w->host : NULL;
    RALU__PARALLEL_ROWS(be, x.rows)
    for (i = 0; i < x.rows; i++) {
        const float *xr = ralu__view_host(x) + i * x.ld; float *yr = ralu__view_host(y) + i * y.ld;
        int64_t g0, j;
        for (g0 = 0; g0 < x.cols; g0 += group) {
            double q = 0; float r;
            for (j = 0; j < group; j++) q += (double)xr[g0 + j] * xr[g0 + j];
            r = (float)(1.0 / sqrt(q / (double)group + eps));
            for (j = 0; j < group; j++) yr[g0 + j] = xr[g0 + j] * r * (W ? W[j] : 1.0f);
        }
    }
}
static void ralu__cpu_gated_add(ralu__backend *be, ralu__view x, ralu__view y, ralu__view gate) {
    int64_t i;
    const float *g = ralu__view_host(gate);
    RALU__PARALLEL_ROWS(be, x.rows)
    for (i = 0; i < x.rows; i++) {
        float *xr = ralu__view_host(x) + i * x.ld; const float *yr = ralu__view_host(y) + i * y.ld; int64_t j;
        for (j = 0; j < x.cols; j++) xr[j] += g[j] * yr[j];
    }
}
static void ralu__cpu_add(ralu__backend *be, ralu__view y, ralu__view a, ralu__view b) {
    int64_t i;
    RALU__PARALLEL_ROWS(be, y.rows)
    for (i = 0; i < y.rows; i++) {
        float *yr = ralu__view_host(y) + i * y.ld; const float *ar = ralu__view_host(a) + i * a.ld, *br = ralu__view_host(b) + i * b.ld; int64_t j;
        for (j = 0; j < y.cols; j++) yr[j] = ar[j] + br[j];
    }
}
static float ralu__act1(float v, int kind) {
    switch (kind) {
    case RALU__ACT_SILU: return v / (1.0f + expf(-v));
    case RALU__ACT_GELU_TANH: return 0.5f * v * (1.0f + tanhf(0.7978845608028654f * (v + 0.044715f * v * v * v)));
    case RALU__ACT_GELU_ERF: return 0.5f * v * (1.0f + erff(v * 0.7071067811865476f));
    case RALU__ACT_QUICK_GELU: return v / (1.0f + expf(-1.702f * v));
    }
    return v;
}
static void ralu__cpu_act(ralu__backend *be, ralu__view y, ralu__view x, int kind) {
    int64_t i;
    RALU__PARALLEL_ROWS(be, y.rows)
    for (i = 0; i < y.rows; i++) {
        float *yr = ralu__view_host(y) + i * y.ld; const float *xr = ralu__view_host(x) + i * x.ld; int64_t j;
        for (j = 0; j < y.cols; j++) yr[j] = ralu__act1(xr[j], kind);
    }
}
static void ralu__cpu_gate_mul(ralu__backend *be, ralu__view y, ralu__view a, ralu__view b, int kind) {
    int64_t i;
    RALU__PARALLEL_ROWS(be, y.rows)
    for (i = 0; i < y.rows; i++) {
        float *yr = ralu__view_host(y) + i * y.ld; const float *ar = ralu__view_host(a) + i * a.ld, *br = ralu__view_host(b) + i * b.ld; int64_t j;
        for (j = 0; j < y.cols; j++) yr[j] = ralu__act1(ar[j], kind) * br[j];
    }
}
static void ralu__cpu_copy(ralu__backend *be, ralu__view y, ralu__view x) {
    int64_t i;
    RALU__PARALLEL_ROWS(be, y.rows)
    for (i = 0; i < y.rows; i++) memmove(ralu__view_host(y) + i * y.ld, ralu__view_host(x) + i * x.ld, (size_t)y.cols * 4);
}
/* rotates adjacent pairs (x[2p], x[2p+1]) of every head by the row's (cos, sin) table */
static void ralu__cpu_rope(ralu__backend *be, ralu__view x, ralu__view table, int heads, int head_dim) {
    int64_t i;
    RALU__PARALLEL_ROWS(be, x.rows)
    for (i = 0; i < x.rows; i++) {
        float *xr = ralu__view_host(x) + i * x.ld; const float *t = ralu__view_host(table) + i * table.ld;
        int h, p;
        for (h = 0; h < heads; h++) {
            float *v = xr + (int64_t)h * head_dim;
            for (p = 0; p < head_dim / 2; p++) {
                float c = t[2 * p], s = t[2 * p + 1], a = v[2 * p], b = v[2 * p + 1];
                v[2 * p] = c * a - s * b;
                v[2 * p + 1] = s * a + c * b;
            }
        }
    }
}

/* Flash-style attention: per (head, block of BQ queries), stream keys in blocks of BK with
   an online softmax; never materialises the L x L matrix. f32 throughout. Both products
   run on the GEMM micro-kernel: S = Q K^T with the key rows packed as B panels (they have
   the weight layout [keys, d]), and O += P V with V's rows copied straight into B panels. */
#define RALU__ATT_BQ (RALU__MR * 8)   /* 96 queries with AVX-512, 48 otherwise */
#define RALU__ATT_BK 256
#define RALU__ATT_DMAX 1024           /* head dims up to this run blocked (the VAE uses 512) */

/* x[0..n) = exp(x - sub), returning the sum; exp(-inf) = 0 */
static float ralu__exp_sub_sum(float *x, int64_t n, float sub) {
    int64_t j = 0;
    float sum = 0.0f;
#if defined(RALU__AVX512)
    /* Cephes expf: exp(x) = 2^n e^r, |r| <= ln2/2, degree-6 polynomial (rel. error ~1e-7) */
    __m512 vsub = _mm512_set1_ps(sub), acc = _mm512_setzero_ps();
    for (; j < n; j += 16) {
        __mmask16 m = (__mmask16)(n - j >= 16 ? 0xffffu : (1u << (n - j)) - 1u);
        __m512 v = _mm512_sub_ps(_mm512_maskz_loadu_ps(m, x + j), vsub), nn, r, p;
        v = _mm512_min_ps(_mm512_max_ps(v, _mm512_set1_ps(-104.0f)), _mm512_set1_ps(88.5f)); /* -inf -> 2^-150 -> 0 */
        nn = _mm512_roundscale_ps(_mm512_mul_ps(v, _mm512_set1_ps(1.44269504088896341f)), _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC);
        r = _mm512_fnmadd_ps(nn, _mm512_set1_ps(0.693359375f), v);
        r = _mm512_fnmadd_ps(nn, _mm512_set1_ps(-2.12194440e-4f), r);
        p = _mm512_set1_ps(1.9875691500e-4f);
        p = _mm512_fmadd_ps(p, r, _mm512_set1_ps(1.3981999507e-3f));
        p = _mm512_fmadd_ps(p, r, _mm512_set1_ps(8.3334519073e-3f));
        p = _mm512_fmadd_ps(p, r, _mm512_set1_ps(4.1665795894e-2f));
        p = _mm512_fmadd_ps(p, r, _mm512_set1_ps(1.6666665459e-1f));
        p = _mm512_fmadd_ps(p, r, _mm512_set1_ps(5.0000001201e-1f));
        p = _mm512_fmadd_ps(p, _mm512_mul_ps(r, r), _mm512_add_ps(r, _mm512_set1_ps(1.0f)));
        p = _mm512_scalef_ps(p, nn);
        _mm512_mask_storeu_ps(x + j, m, p);
        acc = _mm512_mask_add_ps(acc, m, acc, p);
    }
    sum = _mm512_reduce_add_ps(acc);
#else
    for (; j < n; j++) { x[j] = expf(x[j] - sub); sum += x[j]; }
#endif
    return sum;
}

/* x[0..n) *= scale, returning max(init, max x) */
static float ralu__scale_max(float *x, int64_t n, float scale, float init) {
    int64_t j = 0;
    float mx = init;
#if defined(RALU__AVX512)
    __m512 vs = _mm512_set1_ps(scale), vm = _mm512_set1_ps(-INFINITY);
    for (; j < n; j += 16) {
        __mmask16 m = (__mmask16)(n - j >= 16 ? 0xffffu : (1u << (n - j)) - 1u);
        __m512 v = _mm512_mul_ps(_mm512_maskz_loadu_ps(m, x + j), vs);
        _mm512_mask_storeu_ps(x + j, m, v);
        vm = _mm512_mask_max_ps(vm, m, vm, v);
    }
    { float b = _mm512_reduce_max_ps(vm); if (b > mx) mx = b; }
#else
    for (; j < n; j++) { x[j] *= scale; if (x[j] > mx) mx = x[j]; }
#endif
    return mx;
}

/* B panels straight from rows: dst[k][0..nr) = src[k * ld + 0..nr), zero past nr */
static void ralu__pack_rows(const float *src, int64_t ld, int nr, int64_t kc, float *dst) {
    int64_t k;
    for (k = 0; k < kc; k++, dst += RALU__NR) {
        memcpy(dst, src + k * ld, (size_t)nr * sizeof(float));
        if (nr < RALU__NR) memset(dst + nr, 0, (size_t)(RALU__NR - nr) * sizeof(float));
    }
}

static void ralu__cpu_attention(ralu__backend *be, ralu__view o, ralu__view q, ralu__view k, ralu__view v, const ralu__attn_opts *a) {
    int nt = ralu__cpu_of(be)->nthreads;
    int64_t Lq = q.rows, Lk = k.rows, D = a->head_dim;
    int64_t nqb = (Lq + RALU__ATT_BQ - 1) / RALU__ATT_BQ, items = nqb * a->heads, it;
    int64_t dpan = (D + RALU__NR - 1) / RALU__NR, kpan = (RALU__ATT_BK + RALU__NR - 1) / RALU__NR;
    /* per thread: packed Q, packed K, scores S, packed P, packed V, O accumulator, m, l */
    size_t per = (size_t)(RALU__ATT_BQ * D + kpan * RALU__NR * D + 2 * RALU__ATT_BQ * RALU__ATT_BK + dpan * RALU__NR * RALU__ATT_BK + RALU__ATT_BQ * D + 2 * RALU__ATT_BQ + 64);
    float *scratch;
    if (D > RALU__ATT_DMAX) { if (!be->err) be->err = ralu__fail(be->ctx, RALU_ERR_INTERNAL, "attention: head_dim = %d exceeds %d", a->head_dim, RALU__ATT_DMAX); return; }
    scratch = ralu__cpu_scratch(be, per * (size_t)nt);
    if (!scratch) return;
#ifdef _OPENMP
#pragma omp parallel for num_threads(nt) schedule(dynamic, 1)
#endif
    for (it = 0; it < items; it++) {
#ifdef _OPENMP
        float *base = scratch + per * (size_t)omp_get_thread_num();
#else
        float *base = scratch;
#endif
        int64_t h = it / nqb, qb = it % nqb, i0 = qb * RALU__ATT_BQ, bq = RALU__MIN(RALU__ATT_BQ, Lq - i0);
        float *Qp = base, *Kp = Qp + RALU__ATT_BQ * D, *S = Kp + kpan * RALU__NR * D, *Pp = S + RALU__ATT_BQ * RALU__ATT_BK;
        float *Vp = Pp + RALU__ATT_BQ * RALU__ATT_BK, *O = Vp + dpan * RALU__NR * RALU__ATT_BK, *m = O + RALU__ATT_BQ * D, *l = m + RALU__ATT_BQ;
        const float *bias = a->rel_bias.buf ? ralu__view_host(a->rel_bias) + h * a->rel_bias.ld : NULL;
        ralu__asrc qs, ss;
        ralu__weight kw;
        int64_t i, j, d, j0, p, ip;
        memset(&qs, 0, sizeof qs); qs.x = ralu__view_host(q) + i0 * q.ld; qs.ld = q.ld;
        memset(&ss, 0, sizeof ss); ss.x = S; ss.ld = RALU__ATT_BK;
        memset(&kw, 0, sizeof kw); kw.dtype = RALU_DTYPE_F32; kw.cols = k.ld; kw.scale = 1.0f;
        ralu__pack_a(&qs, 0, bq, h * D, D, Qp);
        for (i = 0; i < bq; i++) { m[i] = -INFINITY; l[i] = 0.0f; }
        memset(O, 0, sizeof(float) * (size_t)(bq * D));
        for (j0 = 0; j0 < Lk; j0 += RALU__ATT_BK) {
            int64_t bk = RALU__MIN(RALU__ATT_BK, Lk - j0), nkp = (bk + RALU__NR - 1) / RALU__NR;
            if (a->causal && j0 > i0 + bq - 1) break;
            /* S = Q K^T */
            kw.host = ralu__view_host(k) + j0 * k.ld; kw.rows = bk;
            for (p = 0; p < nkp; p++) ralu__pack_b_panel(&kw, p * RALU__NR, (int)RALU__MIN(RALU__NR, bk - p * RALU__NR), h * D, D, Kp + p * D * RALU__NR, NULL, Pp);
            memset(S, 0, sizeof(float) * (size_t)(bq * RALU__ATT_BK));
            for (p = 0; p < nkp; p++)
                for (ip = 0; ip < bq; ip += RALU__MR)
                    ralu__kernel(D, Qp + ip * D, Kp + p * D * RALU__NR, S + ip * RALU__ATT_BK + p * RALU__NR, RALU__ATT_BK,
                                 (int)RALU__MIN(RALU__MR, bq - ip), (int)RALU__MIN(RALU__NR, bk - p * RALU__NR));
            /* online softmax: scale, bias, mask; new running max; P = exp(S - max); rescale O */
            for (i = 0; i < bq; i++) {
                float *s = S + i * RALU__ATT_BK, mx = m[i], alpha;
                if (!bias && !a->causal) mx = ralu__scale_max(s, bk, a->scale, mx);
                else for (j = 0; j < bk; j++) {
                    float val = s[j] * a->scale;
                    if (bias) val += bias[j0 + j - (i0 + i) + Lq - 1];
                    if (a->causal && j0 + j > i0 + i) val = -INFINITY;
                    s[j] = val;
                    if (val > mx) mx = val;
                }
                if (mx == -INFINITY) { memset(s, 0, sizeof(float) * (size_t)bk); continue; } /* all masked so far */
                alpha = m[i] == -INFINITY ? 0.0f : expf(m[i] - mx);
                l[i] = l[i] * alpha + ralu__exp_sub_sum(s, bk, mx);
                m[i] = mx;
                if (alpha != 1.0f) { float *orow = O + i * D; for (d = 0; d < D; d++) orow[d] *= alpha; }
            }
            /* O += P V */
            ralu__pack_a(&ss, 0, bq, 0, bk, Pp);
            for (p = 0; p < dpan; p++)
                ralu__pack_rows(ralu__view_host(v) + j0 * v.ld + h * D + p * RALU__NR, v.ld, (int)RALU__MIN(RALU__NR, D - p * RALU__NR), bk, Vp + p * bk * RALU__NR);
            for (p = 0; p < dpan; p++)
                for (ip = 0; ip < bq; ip += RALU__MR)
                    ralu__kernel(bk, Pp + ip * bk, Vp + p * bk * RALU__NR, O + ip * D + p * RALU__NR, D,
                                 (int)RALU__MIN(RALU__MR, bq - ip), (int)RALU__MIN(RALU__NR, D - p * RALU__NR));
        }
        for (i = 0; i < bq; i++) {
            float *orow = ralu__view_host(o) + (i0 + i) * o.ld + h * D, inv = l[i] > 0 ? 1.0f / l[i] : 0.0f;
            for (d = 0; d < D; d++) orow[d] = O[i * D + d] * inv;
        }
    }
}

static void ralu__cpu_conv2d(ralu__backend *be, ralu__view y, ralu__view x, const ralu__weight *w, const ralu__weight *bias, const ralu__conv_opts *c) {
    ralu__asrc a;
    int64_t Ho, Wo;
    ralu__conv_out_size(c, &Ho, &Wo);
    ralu__cpu_init_rows(be, ralu__view_host(y), y.ld, y.rows, y.cols, bias && bias->dtype ? bias : NULL, 0);
    memset(&a, 0, sizeof a);
    a.x = ralu__view_host(x); a.conv = c; a.Wo = Wo;
    if (c->k == 1 && c->stride == 1 && !c->pad_top && !c->pad_left && !c->pad_bottom && !c->pad_right) { a.conv = NULL; a.ld = x.ld; }
    ralu__cpu_gemm(be, Ho * Wo, c->Cout, w->cols, &a, w, ralu__view_host(y), y.ld);
}

static void ralu__cpu_groupnorm(ralu__backend *be, ralu__view y, ralu__view x, int64_t HW, int groups, float eps, const ralu__weight *g, const ralu__weight *b, int silu) {
    int nt = ralu__cpu_of(be)->nthreads;
    int64_t C = x.cols, cpg = C / groups, i;
    const float *G = g && g->dtype ? (const float *)g->host : NULL, *B = b && b->dtype ? (const float *)b->host : NULL;
    double *stats = (double *)ralu__cpu_scratch(be, (size_t)groups * 4 * (size_t)nt + (size_t)groups * 2 + 64);
    float *mean_rstd;
    int gi;
    if (!stats) return;
    memset(stats, 0, sizeof(double) * (size_t)groups * 2 * (size_t)nt);
    /* pass 1: per-thread partial sums per group, then means; pass 2: centred variance */
#ifdef _OPENMP
#pragma omp parallel num_threads(nt)
#endif
    {
#ifdef _OPENMP
        double *st = stats + (size_t)omp_get_thread_num() * (size_t)groups * 2;
#else
        double *st = stats;
#endif
        int64_t r;
#ifdef _OPENMP
#pragma omp for schedule(static)
#endif
        for (r = 0; r < HW; r++) {
            const float *xr = ralu__view_host(x) + r * x.ld; int gg; int64_t j;
            for (gg = 0; gg < groups; gg++) { double s = 0; for (j = 0; j < cpg; j++) s += xr[gg * cpg + j]; st[2 * gg] += s; }
        }
    }
    for (gi = 0; gi < groups; gi++) { int t; double s = 0; for (t = 1; t < nt; t++) s += stats[(size_t)t * groups * 2 + 2 * gi]; stats[2 * gi] += s; stats[2 * gi] /= (double)(HW * cpg); }
    for (gi = 0; gi < groups; gi++) { int t; for (t = 1; t < nt; t++) stats[(size_t)t * groups * 2 + 2 * gi] = stats[2 * gi]; }
#ifdef _OPENMP
#pragma omp parallel num_threads(nt)
#endif
    {
#ifdef _OPENMP
        double *st = stats + (size_t)omp_get_thread_num() * (size_t)groups * 2;
#else
        double *st = stats;
#endif
        int64_t r;
#ifdef _OPENMP
#pragma omp for schedule(static)
#endif
        for (r = 0; r < HW; r++) {
            const float *xr = ralu__view_host(x) + r * x.ld; int gg; int64_t j;
            for (gg = 0; gg < groups; gg++) { double s = 0, mu = st[2 * gg]; for (j = 0; j < cpg; j++) { double d = xr[gg * cpg + j] - mu; s += d * d; } st[2 * gg + 1] += s; }
        }
    }
    mean_rstd = (float *)(stats + (size_t)groups * 2 * (size_t)nt);
    for (gi = 0; gi < groups; gi++) {
        int t; double q = 0;
        for (t = 0; t < nt; t++) q += stats[(size_t)t * groups * 2 + 2 * gi + 1];
        mean_rstd[2 * gi] = (float)stats[2 * gi];
        mean_rstd[2 * gi + 1] = (float)(1.0 / sqrt(q / (double)(HW * cpg) + eps));
    }
    RALU__PARALLEL_ROWS(be, HW)
    for (i = 0; i < HW; i++) {
        const float *xr = ralu__view_host(x) + i * x.ld; float *yr = ralu__view_host(y) + i * y.ld; int64_t j;
        for (j = 0; j < C; j++) {
            int64_t gg = j / cpg;
            float v = (xr[j] - mean_rstd[2 * gg]) * mean_rstd[2 * gg + 1];
            if (G) v *= G[j];
            if (B) v += B[j];
            yr[j] = silu ? v / (1.0f + expf(-v)) : v;
        }
    }
}

static void ralu__cpu_upsample2x(ralu__backend *be, ralu__view y, ralu__view x, int64_t H, int64_t W) {
    int64_t oy, C = x.cols;
    RALU__PARALLEL_ROWS(be, 2 * H)
    for (oy = 0; oy < 2 * H; oy++) {
        int64_t ox;
        for (ox = 0; ox < 2 * W; ox++)
            memcpy(ralu__view_host(y) + (oy * 2 * W + ox) * y.ld, ralu__view_host(x) + ((oy / 2) * W + ox / 2) * x.ld, (size_t)C * 4);
    }
}

/* ---- CPU buffers, transfers, lifecycle ---- */
static ralu_result ralu__cpu_buffer_alloc(ralu__backend *be, size_t nfloats, ralu__buffer **out) {
    ralu__buffer *b = (ralu__buffer *)ralu__calloc(be->ctx, 1, sizeof *b);
    if (!b) return ralu__oom(be->ctx, "buffer", sizeof *b);
    b->host = (float *)ralu__alloc_aligned(be->ctx, (nfloats ? nfloats : 1) * sizeof(float));
    if (!b->host) { ralu__free(be->ctx, b); return ralu__oom(be->ctx, "activation buffer", nfloats * 4); }
    b->nfloats = nfloats;
    *out = b;
    return RALU_OK;
}
static void ralu__cpu_buffer_free(ralu__backend *be, ralu__buffer *b) {
    if (!b) return;
    ralu__free_aligned(be->ctx, b->host);
    ralu__free(be->ctx, b);
}
static ralu_result ralu__cpu_upload(ralu__backend *be, ralu__view dst, const float *src) {
    int64_t i;
    RALU__UNUSED(be);
    for (i = 0; i < dst.rows; i++) memcpy(ralu__view_host(dst) + i * dst.ld, src + i * dst.cols, (size_t)dst.cols * 4);
    return RALU_OK;
}
static ralu_result ralu__cpu_download(ralu__backend *be, float *dst, ralu__view src) {
    int64_t i;
    RALU__UNUSED(be);
    for (i = 0; i < src.rows; i++) memcpy(dst + i * src.cols, ralu__view_host(src) + i * src.ld, (size_t)src.cols * 4);
    return RALU_OK;
}
static ralu_result ralu__cpu_weight_prepare(ralu__backend *be, ralu__weight *w) { RALU__UNUSED(be); RALU__UNUSED(w); return RALU_OK; }
static void ralu__cpu_begin(ralu__backend *be) { RALU__UNUSED(be); }
static ralu_result ralu__cpu_end(ralu__backend *be) { ralu_result r = be->err; be->err = RALU_OK; return r; }
static void ralu__cpu_destroy(ralu__backend *be) {
    ralu__cpu *c = ralu__cpu_of(be);
    ralu_ctx *ctx = be->ctx;
    ralu__free_aligned(ctx, c->scratch);
    ralu__free(ctx, c);
    ralu__free(ctx, be);
}

static ralu_result ralu__cpu_create(ralu_ctx *ctx, ralu__backend **out) {
    ralu__backend *be = (ralu__backend *)ralu__calloc(ctx, 1, sizeof *be);
    ralu__cpu *c = (ralu__cpu *)ralu__calloc(ctx, 1, sizeof *c);
    if (!be || !c) { ralu__free(ctx, be); ralu__free(ctx, c); return ralu__oom(ctx, "CPU backend", sizeof *be); }
    c->nthreads = ctx->num_threads > 0 ? ctx->num_threads : 1;
    be->ctx = ctx; be->kind = RALU_BACKEND_CPU; be->impl = c;
    be->max_binding_bytes = (uint64_t)SIZE_MAX / 2;
#if defined(_WIN32)
    { MEMORYSTATUSEX ms; ms.dwLength = sizeof ms; be->memory_bytes = GlobalMemoryStatusEx(&ms) ? (uint64_t)ms.ullTotalPhys : ((uint64_t)8 << 30); }
#elif defined(_SC_PHYS_PAGES) && defined(_SC_PAGESIZE)
    { long pages = sysconf(_SC_PHYS_PAGES), ps = sysconf(_SC_PAGESIZE); be->memory_bytes = pages > 0 && ps > 0 ? (uint64_t)pages * (uint64_t)ps : ((uint64_t)8 << 30); }
#else
    be->memory_bytes = (uint64_t)8 << 30;
#endif
    be->buffer_alloc = ralu__cpu_buffer_alloc; be->buffer_free = ralu__cpu_buffer_free;
    be->upload = ralu__cpu_upload; be->download = ralu__cpu_download;
    be->weight_prepare = ralu__cpu_weight_prepare; be->weight_release = NULL;
    be->begin = ralu__cpu_begin; be->end = ralu__cpu_end; be->destroy = ralu__cpu_destroy;
    be->linear = ralu__cpu_linear; be->layernorm = ralu__cpu_layernorm; be->norm_modulate = ralu__cpu_norm_modulate;
    be->rmsnorm = ralu__cpu_rmsnorm; be->gated_add = ralu__cpu_gated_add; be->add = ralu__cpu_add;
    be->act = ralu__cpu_act; be->gate_mul = ralu__cpu_gate_mul; be->rope = ralu__cpu_rope;
    be->attention = ralu__cpu_attention; be->copy = ralu__cpu_copy; be->conv2d = ralu__cpu_conv2d;
    be->groupnorm = ralu__cpu_groupnorm; be->upsample2x = ralu__cpu_upsample2x;
    *out = be;
    return RALU_OK;
}

/* >>impl-vulkan (the Vulkan backend sits here, before the context that picks it) */
#ifndef RALU_NO_VULKAN
#define RALU__HAVE_VULKAN 1
#endif

#ifdef RALU__HAVE_VULKAN
/* =========================================================================================
   >>vulkan — the Vulkan backend: every op of the engine as a precompiled compute shader
   (shaders/<op>.comp, embedded as SPIR-V at the end of this file by tools/embed_shaders.py).

   How it is put together, and why:
   - Vulkan is opened at run time through volk, so a program starts where no driver exists;
     every way of failing (no loader, no driver, no usable device) returns
     RALU_ERR_VK_UNAVAILABLE with the reason, and ralu_create logs it once and falls back.
   - Operands are reached through buffer device addresses (Vulkan 1.2 bufferDeviceAddress,
     on every desktop driver and lavapipe) passed in push constants. No descriptor sets to
     manage, and no per-binding maxStorageBufferRange (lavapipe: 128 MiB) on what one op may
     address: a FLUX 3072 x 21504 bf16 weight (132 MB) is read by one dispatch. What still
     binds is maxMemoryAllocationSize: weights are stored in row blocks of at most
     weight_chunk_bytes each (one dispatch per block), and an activation buffer larger than
     it is refused with RALU_ERR_VK_LIMIT.
   - Weights are uploaded once in their file dtype (bf16/f16/fp8 stay compact on the GPU) and
     widened in the GEMM's tile loads; activations are f32 buffers the models allocate once.
   - One command buffer per begin/end: ops record a dispatch and a compute-to-compute
     barrier, nothing returns to the host until end() submits and waits. Ops outside
     begin/end run at once; upload/download inside a recording first run what was recorded.
   - Optional GPU timestamps around every dispatch (ralu_ctx_desc.vk_timestamps), summed per
     op kind for ralu_profile_*.
   - Cooperative-matrix GEMM and attention (GL_KHR_cooperative_matrix, compiled with glslang
     13) are chosen when the device reports a 16x16x16 f16 x f16 -> f32 subgroup shape with
     32-wide subgroups; the scalar shaders otherwise, and always when the environment has
     RALU_VK_COOPMAT=0. They take f16 inputs (activation tiles scaled by a power of two to
     stay in range), so they agree with the f32 path to about 1e-3, not 1e-6.
     UNVERIFIED ON HARDWARE: they validate (spirv-val) but no device with cooperative
     matrices was available to run them when they were written; lavapipe has none.
   ========================================================================================= */
#ifndef RALU_VOLK_IMPLEMENTED
#define VOLK_IMPLEMENTATION
#endif
#include <volk.h>

/* VK_KHR_cooperative_matrix postdates the Vulkan headers of Debian 12 (1.3.239): the few
   definitions the capability query needs, from the registry. */
#ifndef VK_KHR_cooperative_matrix
#define RALU__VK_STRUCTURE_TYPE_COOPMAT_PROPERTIES ((VkStructureType)1000506001)
#define RALU__VK_STRUCTURE_TYPE_COOPMAT_FEATURES ((VkStructureType)1000506000)
typedef struct ralu__VkCooperativeMatrixPropertiesKHR {
    VkStructureType sType; void *pNext;
    uint32_t MSize, NSize, KSize;
    int32_t AType, BType, CType, ResultType; /* VkComponentTypeKHR */
    VkBool32 saturatingAccumulation;
    int32_t scope;                            /* VkScopeKHR */
} ralu__VkCooperativeMatrixPropertiesKHR;
typedef struct ralu__VkPhysicalDeviceCooperativeMatrixFeaturesKHR {
    VkStructureType sType; void *pNext;
    VkBool32 cooperativeMatrix, cooperativeMatrixRobustBufferAccess;
} ralu__VkPhysicalDeviceCooperativeMatrixFeaturesKHR;
#else
#define RALU__VK_STRUCTURE_TYPE_COOPMAT_PROPERTIES VK_STRUCTURE_TYPE_COOPERATIVE_MATRIX_PROPERTIES_KHR
#define RALU__VK_STRUCTURE_TYPE_COOPMAT_FEATURES VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_COOPERATIVE_MATRIX_FEATURES_KHR
typedef VkCooperativeMatrixPropertiesKHR ralu__VkCooperativeMatrixPropertiesKHR;
typedef VkPhysicalDeviceCooperativeMatrixFeaturesKHR ralu__VkPhysicalDeviceCooperativeMatrixFeaturesKHR;
#endif
typedef VkResult (VKAPI_PTR *ralu__PFN_coopmat_props)(VkPhysicalDevice, uint32_t *, ralu__VkCooperativeMatrixPropertiesKHR *);
#define RALU__VK_COMPONENT_FLOAT16 0
#define RALU__VK_COMPONENT_FLOAT32 2
#define RALU__VK_SCOPE_SUBGROUP 3

/* the generated SPIR-V (>>impl-spirv, at the end of the file) */
typedef struct ralu__spv_blob { const char *name; const uint32_t *words; size_t bytes; } ralu__spv_blob;
static const ralu__spv_blob *ralu__spv_table(int *count);

enum {
    RALU__VKP_LINEAR, RALU__VKP_LINEAR_COOPMAT, RALU__VKP_ATTENTION, RALU__VKP_ATTENTION_COOPMAT,
    RALU__VKP_NORM, RALU__VKP_ELTWISE, RALU__VKP_ROPE, RALU__VKP_UPSAMPLE,
    RALU__VKP_GN_STATS, RALU__VKP_GN_APPLY, RALU__VKP_COUNT
};
static const char *const ralu__vk_pipe_names[RALU__VKP_COUNT] = {
    "linear", "linear_coopmat", "attention", "attention_coopmat", "norm", "eltwise", "rope", "upsample",
    "groupnorm_stats", "groupnorm_apply"
};

/* op kinds for the profile */
enum {
    RALU__PROF_LINEAR, RALU__PROF_LAYERNORM, RALU__PROF_NORM_MODULATE, RALU__PROF_RMSNORM, RALU__PROF_GATED_ADD,
    RALU__PROF_ADD, RALU__PROF_ACT, RALU__PROF_GATE_MUL, RALU__PROF_ROPE, RALU__PROF_ATTENTION, RALU__PROF_COPY,
    RALU__PROF_CONV2D, RALU__PROF_GROUPNORM, RALU__PROF_UPSAMPLE2X, RALU__PROF_COUNT
};
static const char *const ralu__prof_names[RALU__PROF_COUNT] = {
    "linear", "layernorm", "norm_modulate", "rmsnorm", "gated_add", "add", "act", "gate_mul", "rope",
    "attention", "copy", "conv2d", "groupnorm", "upsample2x"
};

/* Small weights (biases, norm scales, small layers) share 16 MiB slabs instead of taking an
   allocation each: drivers cap the number of allocations (maxMemoryAllocationCount, often
   4096) and a FLUX + T5 + VAE session holds thousands of small tensors. A slab is freed
   when its last weight is; space is not reused before that (weights live as long as their
   model). */
typedef struct ralu__vk_slab {
    struct ralu__vk_slab *next;
    VkBuffer buf;
    VkDeviceMemory mem;
    VkDeviceAddress addr;
    VkDeviceSize size, used;
    int live;
} ralu__vk_slab;
#define RALU__VK_SLAB_BYTES ((VkDeviceSize)16 << 20)
#define RALU__VK_SLAB_MAX_ITEM ((VkDeviceSize)1 << 20)

typedef struct ralu__vk_mem {
    VkBuffer buf;           /* the slab's buffer for a slab item */
    VkDeviceMemory mem;     /* VK_NULL_HANDLE for a slab item */
    VkDeviceAddress addr;   /* of the first byte (offset included); 0 for host-visible staging */
    VkDeviceSize size, offset;
    ralu__vk_slab *slab;
} ralu__vk_mem;

/* a resident weight: row blocks [row0, row0 + rows), each in its own allocation */
typedef struct ralu__vk_wchunk { ralu__vk_mem m; int64_t row0, rows; } ralu__vk_wchunk;
typedef struct ralu__vk_weight { int nchunks; ralu__vk_wchunk *chunks; } ralu__vk_weight;

#define RALU__VK_MAX_TIMED 4096      /* dispatches timed per command buffer */
#define RALU__VK_SCRATCH_FLOATS 8192 /* groupnorm statistics: 2 per group */

typedef struct ralu__vk ralu__vk;
struct ralu__vk {
    ralu_ctx *ctx;
    VkInstance instance;
    VkPhysicalDevice phys;
    VkDevice device;
    struct VolkDeviceTable vk;      /* device-level functions of this context */
    VkQueue queue;
    uint32_t queue_family;
    VkPhysicalDeviceProperties props;
    VkPhysicalDeviceMemoryProperties memprops;
    uint64_t max_alloc;             /* maxMemoryAllocationSize */
    uint64_t weight_chunk_bytes;    /* weights above this are stored as row blocks (tests lower it) */
    VkCommandPool pool;
    VkCommandBuffer cmd, xfer;
    VkFence fence;
    int recording;
    VkPipelineLayout layout;
    VkPipeline pipe[RALU__VKP_COUNT];
    ralu__vk_mem staging;
    void *staging_map;
    ralu__vk_mem scratch;
    ralu__vk_slab *slabs;           /* newest first: the one being filled */
    /* coopmat: 1 when the device has a 16x16x16 f16 -> f32 subgroup shape (and the shaders
       are embedded); use_coopmat may be cleared to force the scalar path */
    int coopmat, use_coopmat;
    /* timestamps */
    VkQueryPool qpool;
    uint32_t timed;
    unsigned char timed_kind[RALU__VK_MAX_TIMED];
    uint64_t ts_mask;
    int prof_calls[RALU__PROF_COUNT];
    double prof_ms[RALU__PROF_COUNT];
};

static ralu__vk *ralu__vk_of(ralu__backend *be) { return (ralu__vk *)be->impl; }

/* an unavailable Vulkan is not an error of the program: record why, without logging at
   ERROR level (ralu_create logs the one line) */
static ralu_result ralu__vk_unavailable(ralu_ctx *ctx, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(ctx->error, sizeof ctx->error, fmt, ap);
    va_end(ap);
    ctx->error_code = RALU_ERR_VK_UNAVAILABLE;
    return RALU_ERR_VK_UNAVAILABLE;
}
static ralu_result ralu__vk_check(ralu_ctx *ctx, VkResult vr, const char *what) {
    if (vr == VK_SUCCESS) return RALU_OK;
    if (vr == VK_ERROR_OUT_OF_DEVICE_MEMORY || vr == VK_ERROR_OUT_OF_HOST_MEMORY)
        return ralu__fail(ctx, RALU_ERR_VK_DEVICE_OOM, "%s: out of %s memory (VkResult %d)", what, vr == VK_ERROR_OUT_OF_DEVICE_MEMORY ? "device" : "host", (int)vr);
    if (vr == VK_ERROR_DEVICE_LOST) return ralu__fail(ctx, RALU_ERR_VK_DEVICE_LOST, "%s: the Vulkan device was lost (VkResult %d)", what, (int)vr);
    return ralu__fail(ctx, RALU_ERR_VK_FAILED, "%s failed (VkResult %d)", what, (int)vr);
}

/* ---- instance and devices ---- */
static const char *ralu__vk_type_name(VkPhysicalDeviceType t) {
    switch (t) {
    case VK_PHYSICAL_DEVICE_TYPE_DISCRETE_GPU: return "discrete";
    case VK_PHYSICAL_DEVICE_TYPE_INTEGRATED_GPU: return "integrated";
    case VK_PHYSICAL_DEVICE_TYPE_VIRTUAL_GPU: return "virtual";
    case VK_PHYSICAL_DEVICE_TYPE_CPU: return "cpu";
    default: return "other";
    }
}
/* discrete GPUs first, then integrated, virtual, others, CPU (lavapipe) */
static int ralu__vk_type_rank(VkPhysicalDeviceType t) {
    switch (t) {
    case VK_PHYSICAL_DEVICE_TYPE_DISCRETE_GPU: return 0;
    case VK_PHYSICAL_DEVICE_TYPE_INTEGRATED_GPU: return 1;
    case VK_PHYSICAL_DEVICE_TYPE_VIRTUAL_GPU: return 2;
    case VK_PHYSICAL_DEVICE_TYPE_CPU: return 4;
    default: return 3;
    }
}

/* Opens the loader and makes an instance; *why says what failed. */
static VkResult ralu__vk_make_instance(VkInstance *out, char *why, size_t cap) {
    VkApplicationInfo app; VkInstanceCreateInfo ci; VkResult vr; uint32_t ver;
    *out = VK_NULL_HANDLE;
    if ((vr = volkInitialize()) != VK_SUCCESS) { snprintf(why, cap, "no Vulkan loader (libvulkan) could be opened"); return vr; }
    ver = volkGetInstanceVersion();
    if (ver < VK_API_VERSION_1_2) {
        snprintf(why, cap, "the Vulkan loader is version %u.%u; ralu.h needs 1.2", VK_API_VERSION_MAJOR(ver), VK_API_VERSION_MINOR(ver));
        return VK_ERROR_INCOMPATIBLE_DRIVER;
    }
    memset(&app, 0, sizeof app);
    app.sType = VK_STRUCTURE_TYPE_APPLICATION_INFO;
    app.pApplicationName = "ralu.h"; app.pEngineName = "ralu.h";
    app.apiVersion = VK_API_VERSION_1_2;
    memset(&ci, 0, sizeof ci);
    ci.sType = VK_STRUCTURE_TYPE_INSTANCE_CREATE_INFO;
    ci.pApplicationInfo = &app;
    if ((vr = vkCreateInstance(&ci, NULL, out)) != VK_SUCCESS) {
        snprintf(why, cap, "vkCreateInstance failed (VkResult %d%s)", (int)vr,
                 vr == VK_ERROR_INCOMPATIBLE_DRIVER ? ": no Vulkan driver (ICD) is installed or it is too old" : "");
        *out = VK_NULL_HANDLE;
        return vr;
    }
    volkLoadInstanceOnly(*out);
    return VK_SUCCESS;
}

typedef struct ralu__vk_devinfo {
    VkPhysicalDevice phys;
    VkPhysicalDeviceProperties props;
    uint64_t memory_bytes;
    uint32_t queue_family;
    int usable;            /* Vulkan 1.2, buffer device address, a compute queue */
    int coopmat;
    char why[160];         /* why not usable */
} ralu__vk_devinfo;

static int ralu__vk_has_extension(VkPhysicalDevice pd, const char *name) {
    uint32_t n = 0, i; VkExtensionProperties ext[512];
    if (vkEnumerateDeviceExtensionProperties(pd, NULL, &n, NULL) != VK_SUCCESS) return 0;
    if (n > 512) n = 512;
    if (vkEnumerateDeviceExtensionProperties(pd, NULL, &n, ext) < 0) return 0;
    for (i = 0; i < n; i++) if (!strcmp(ext[i].extensionName, name)) return 1;
    return 0;
}

/* a 16x16x16 f16 x f16 + f32 -> f32 subgroup shape: what the coopmat shaders use */
static int ralu__vk_coopmat_ok(VkInstance inst, VkPhysicalDevice pd) {
    ralu__PFN_coopmat_props get;
    ralu__VkCooperativeMatrixPropertiesKHR props[64];
    uint32_t n = 0, i;
    if (!ralu__vk_has_extension(pd, "VK_KHR_cooperative_matrix")) return 0;
    get = (ralu__PFN_coopmat_props)vkGetInstanceProcAddr(inst, "vkGetPhysicalDeviceCooperativeMatrixPropertiesKHR");
    if (!get || get(pd, &n, NULL) != VK_SUCCESS) return 0;
    if (n > 64) n = 64;
    for (i = 0; i < n; i++) { memset(&props[i], 0, sizeof props[i]); props[i].sType = RALU__VK_STRUCTURE_TYPE_COOPMAT_PROPERTIES; }
    if (get(pd, &n, props) < 0) return 0;
    for (i = 0; i < n; i++)
        if (props[i].MSize == 16 && props[i].NSize == 16 && props[i].KSize == 16 &&
            props[i].AType == RALU__VK_COMPONENT_FLOAT16 && props[i].BType == RALU__VK_COMPONENT_FLOAT16 &&
            props[i].CType == RALU__VK_COMPONENT_FLOAT32 && props[i].ResultType == RALU__VK_COMPONENT_FLOAT32 &&
            props[i].scope == RALU__VK_SCOPE_SUBGROUP)
            return 1;
    return 0;
}

static void ralu__vk_describe(VkInstance inst, VkPhysicalDevice pd, ralu__vk_devinfo *di) {
    VkPhysicalDeviceMemoryProperties mp;
    VkPhysicalDeviceVulkan12Features f12;
    VkPhysicalDeviceFeatures2 f2;
    VkQueueFamilyProperties qf[32];
    uint32_t nq = 32, i;
    memset(di, 0, sizeof *di);
    di->phys = pd;
    vkGetPhysicalDeviceProperties(pd, &di->props);
    vkGetPhysicalDeviceMemoryProperties(pd, &mp);
    for (i = 0; i < mp.memoryHeapCount; i++)
        if ((mp.memoryHeaps[i].flags & VK_MEMORY_HEAP_DEVICE_LOCAL_BIT) && mp.memoryHeaps[i].size > di->memory_bytes) di->memory_bytes = mp.memoryHeaps[i].size;
    di->queue_family = UINT32_MAX;
    vkGetPhysicalDeviceQueueFamilyProperties(pd, &nq, qf);
    for (i = 0; i < nq; i++) if (qf[i].queueFlags & VK_QUEUE_COMPUTE_BIT) { di->queue_family = i; break; }
    if (di->props.apiVersion < VK_API_VERSION_1_2) { snprintf(di->why, sizeof di->why, "Vulkan %u.%u < 1.2", VK_API_VERSION_MAJOR(di->props.apiVersion), VK_API_VERSION_MINOR(di->props.apiVersion)); return; }
    memset(&f12, 0, sizeof f12); f12.sType = VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_VULKAN_1_2_FEATURES;
    memset(&f2, 0, sizeof f2); f2.sType = VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_FEATURES_2; f2.pNext = &f12;
    vkGetPhysicalDeviceFeatures2(pd, &f2);
    if (!f12.bufferDeviceAddress) { snprintf(di->why, sizeof di->why, "no bufferDeviceAddress"); return; }
    if (di->queue_family == UINT32_MAX) { snprintf(di->why, sizeof di->why, "no compute queue"); return; }
    di->usable = 1;
    {   /* the coopmat shaders need f16 arithmetic, the Vulkan memory model, and 32-wide
           subgroups with arithmetic operations in compute shaders (4 per workgroup) */
        VkPhysicalDeviceSubgroupProperties sg; VkPhysicalDeviceProperties2 p2;
        memset(&sg, 0, sizeof sg); sg.sType = VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_SUBGROUP_PROPERTIES;
        memset(&p2, 0, sizeof p2); p2.sType = VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_PROPERTIES_2; p2.pNext = &sg;
        vkGetPhysicalDeviceProperties2(pd, &p2);
        di->coopmat = f12.shaderFloat16 && f12.vulkanMemoryModel && sg.subgroupSize == 32 &&
                      (sg.supportedStages & VK_SHADER_STAGE_COMPUTE_BIT) &&
                      (sg.supportedOperations & VK_SUBGROUP_FEATURE_ARITHMETIC_BIT) && (sg.supportedOperations & VK_SUBGROUP_FEATURE_BASIC_BIT) &&
                      ralu__vk_coopmat_ok(inst, pd);
    }
}

/* every physical device (at most 16), described */
static int ralu__vk_enumerate(VkInstance inst, ralu__vk_devinfo *out, int max) {
    VkPhysicalDevice pds[16]; uint32_t n = 16, i;
    if (vkEnumeratePhysicalDevices(inst, &n, pds) < 0) return 0;
    for (i = 0; i < n && (int)i < max; i++) ralu__vk_describe(inst, pds[i], &out[i]);
    return (int)RALU__MIN((int)n, max);
}

/* ---- memory ---- */
static int ralu__vk_memtype(ralu__vk *v, uint32_t bits, VkMemoryPropertyFlags want, VkMemoryPropertyFlags avoid) {
    uint32_t i;
    for (i = 0; i < v->memprops.memoryTypeCount; i++)
        if ((bits & (1u << i)) && (v->memprops.memoryTypes[i].propertyFlags & want) == want && !(v->memprops.memoryTypes[i].propertyFlags & avoid)) return (int)i;
    return -1;
}
static void ralu__vk_mem_free(ralu__vk *v, ralu__vk_mem *m) {
    if (m->slab) {
        ralu__vk_slab *s = m->slab, **pp;
        if (--s->live == 0 && s != v->slabs) {
            for (pp = &v->slabs; *pp && *pp != s; pp = &(*pp)->next) {}
            if (*pp) *pp = s->next;
            v->vk.vkDestroyBuffer(v->device, s->buf, NULL);
            v->vk.vkFreeMemory(v->device, s->mem, NULL);
            ralu__free(v->ctx, s);
        } else if (s->live == 0) s->used = 0;   /* the slab being filled: start it over */
        memset(m, 0, sizeof *m);
        return;
    }
    if (m->buf) v->vk.vkDestroyBuffer(v->device, m->buf, NULL);
    if (m->mem) v->vk.vkFreeMemory(v->device, m->mem, NULL);
    memset(m, 0, sizeof *m);
}
/* a buffer with its own memory: device-local with a device address, or host-visible staging */
static ralu_result ralu__vk_mem_alloc(ralu__vk *v, VkDeviceSize size, int host, ralu__vk_mem *m, const char *what) {
    VkBufferCreateInfo bi; VkMemoryRequirements req; VkMemoryAllocateInfo ai; VkMemoryAllocateFlagsInfo fl;
    VkResult vr; int type;
    memset(m, 0, sizeof *m);
    size = (size + 15) & ~(VkDeviceSize)15;
    if (!size) size = 16;
    if (size > v->max_alloc)
        return ralu__fail(v->ctx, RALU_ERR_VK_LIMIT, "%s needs %llu bytes in one buffer; this device allows %llu (maxMemoryAllocationSize)",
                          what, (unsigned long long)size, (unsigned long long)v->max_alloc);
    memset(&bi, 0, sizeof bi);
    bi.sType = VK_STRUCTURE_TYPE_BUFFER_CREATE_INFO;
    bi.size = size;
    bi.usage = VK_BUFFER_USAGE_TRANSFER_SRC_BIT | VK_BUFFER_USAGE_TRANSFER_DST_BIT |
               (host ? 0 : (VK_BUFFER_USAGE_STORAGE_BUFFER_BIT | VK_BUFFER_USAGE_SHADER_DEVICE_ADDRESS_BIT));
    bi.sharingMode = VK_SHARING_MODE_EXCLUSIVE;
    if ((vr = v->vk.vkCreateBuffer(v->device, &bi, NULL, &m->buf)) != VK_SUCCESS) { m->buf = VK_NULL_HANDLE; return ralu__vk_check(v->ctx, vr, what); }
    v->vk.vkGetBufferMemoryRequirements(v->device, m->buf, &req);
    if (host) {
        type = ralu__vk_memtype(v, req.memoryTypeBits, VK_MEMORY_PROPERTY_HOST_VISIBLE_BIT | VK_MEMORY_PROPERTY_HOST_COHERENT_BIT | VK_MEMORY_PROPERTY_HOST_CACHED_BIT, 0);
        if (type < 0) type = ralu__vk_memtype(v, req.memoryTypeBits, VK_MEMORY_PROPERTY_HOST_VISIBLE_BIT | VK_MEMORY_PROPERTY_HOST_COHERENT_BIT, 0);
    } else {
        type = ralu__vk_memtype(v, req.memoryTypeBits, VK_MEMORY_PROPERTY_DEVICE_LOCAL_BIT, 0);
        if (type < 0) type = ralu__vk_memtype(v, req.memoryTypeBits, 0, 0);
    }
    if (type < 0) { ralu__vk_mem_free(v, m); return ralu__fail(v->ctx, RALU_ERR_VK_FAILED, "%s: no suitable Vulkan memory type", what); }
    memset(&fl, 0, sizeof fl);
    fl.sType = VK_STRUCTURE_TYPE_MEMORY_ALLOCATE_FLAGS_INFO;
    fl.flags = VK_MEMORY_ALLOCATE_DEVICE_ADDRESS_BIT;
    memset(&ai, 0, sizeof ai);
    ai.sType = VK_STRUCTURE_TYPE_MEMORY_ALLOCATE_INFO;
    ai.pNext = host ? NULL : &fl;
    ai.allocationSize = req.size;
    ai.memoryTypeIndex = (uint32_t)type;
    if ((vr = v->vk.vkAllocateMemory(v->device, &ai, NULL, &m->mem)) != VK_SUCCESS) {
        m->mem = VK_NULL_HANDLE;
        ralu__vk_mem_free(v, m);
        if (vr == VK_ERROR_OUT_OF_DEVICE_MEMORY || vr == VK_ERROR_OUT_OF_HOST_MEMORY)
            return ralu__fail(v->ctx, RALU_ERR_VK_DEVICE_OOM, "out of device memory allocating %s (%llu bytes)", what, (unsigned long long)size);
        if (vr == VK_ERROR_TOO_MANY_OBJECTS)
            return ralu__fail(v->ctx, RALU_ERR_VK_LIMIT, "allocating %s: the device's limit of %u memory allocations is reached", what, v->props.limits.maxMemoryAllocationCount);
        return ralu__vk_check(v->ctx, vr, what);
    }
    if ((vr = v->vk.vkBindBufferMemory(v->device, m->buf, m->mem, 0)) != VK_SUCCESS) { ralu__vk_mem_free(v, m); return ralu__vk_check(v->ctx, vr, what); }
    if (!host) {
        VkBufferDeviceAddressInfo da;
        memset(&da, 0, sizeof da);
        da.sType = VK_STRUCTURE_TYPE_BUFFER_DEVICE_ADDRESS_INFO;
        da.buffer = m->buf;
        m->addr = v->vk.vkGetBufferDeviceAddress(v->device, &da);
    }
    m->size = size;
    return RALU_OK;
}

/* device memory for a weight block: small ones from a slab */
static ralu_result ralu__vk_weight_mem(ralu__vk *v, VkDeviceSize size, ralu__vk_mem *m) {
    ralu__vk_slab *s = v->slabs;
    ralu_result r;
    size = (size + 63) & ~(VkDeviceSize)63;
    if (size > RALU__VK_SLAB_MAX_ITEM) return ralu__vk_mem_alloc(v, size, 0, m, "a weight");
    if (!s || s->used + size > s->size) {
        ralu__vk_mem whole;
        ralu__vk_slab *ns = (ralu__vk_slab *)ralu__calloc(v->ctx, 1, sizeof *ns);
        if (!ns) return ralu__oom(v->ctx, "a weight slab", sizeof *ns);
        if ((r = ralu__vk_mem_alloc(v, RALU__MIN(RALU__VK_SLAB_BYTES, v->max_alloc), 0, &whole, "a slab of small weights")) != RALU_OK) { ralu__free(v->ctx, ns); return r; }
        ns->buf = whole.buf; ns->mem = whole.mem; ns->addr = whole.addr; ns->size = whole.size;
        ns->next = s;   /* a full slab stays until its last weight goes */
        v->slabs = ns;
        s = ns;
    }
    memset(m, 0, sizeof *m);
    m->buf = s->buf; m->addr = s->addr + s->used; m->offset = s->used; m->size = size; m->slab = s;
    s->used += size;
    s->live++;
    return RALU_OK;
}

/* ---- submission ---- */
static ralu_result ralu__vk_submit_wait(ralu__vk *v, VkCommandBuffer cb) {
    VkSubmitInfo si; VkResult vr;
    memset(&si, 0, sizeof si);
    si.sType = VK_STRUCTURE_TYPE_SUBMIT_INFO;
    si.commandBufferCount = 1; si.pCommandBuffers = &cb;
    if ((vr = v->vk.vkQueueSubmit(v->queue, 1, &si, v->fence)) != VK_SUCCESS) return ralu__vk_check(v->ctx, vr, "vkQueueSubmit");
    vr = v->vk.vkWaitForFences(v->device, 1, &v->fence, VK_TRUE, UINT64_MAX);
    v->vk.vkResetFences(v->device, 1, &v->fence);
    return ralu__vk_check(v->ctx, vr, "vkWaitForFences");
}
static ralu_result ralu__vk_cmd_begin(ralu__vk *v, VkCommandBuffer cb) {
    VkCommandBufferBeginInfo bi;
    VkResult vr = v->vk.vkResetCommandBuffer(cb, 0);
    if (vr != VK_SUCCESS) return ralu__vk_check(v->ctx, vr, "vkResetCommandBuffer");
    memset(&bi, 0, sizeof bi);
    bi.sType = VK_STRUCTURE_TYPE_COMMAND_BUFFER_BEGIN_INFO;
    bi.flags = VK_COMMAND_BUFFER_USAGE_ONE_TIME_SUBMIT_BIT;
    return ralu__vk_check(v->ctx, v->vk.vkBeginCommandBuffer(cb, &bi), "vkBeginCommandBuffer");
}

static ralu_result ralu__vk_staging(ralu__vk *v, VkDeviceSize bytes) {
    ralu_result r; VkResult vr;
    if (v->staging.buf && v->staging.size >= bytes) return RALU_OK;
    if (v->staging.buf) { v->vk.vkUnmapMemory(v->device, v->staging.mem); ralu__vk_mem_free(v, &v->staging); v->staging_map = NULL; }
    if ((r = ralu__vk_mem_alloc(v, bytes, 1, &v->staging, "the staging buffer")) != RALU_OK) return r;
    if ((vr = v->vk.vkMapMemory(v->device, v->staging.mem, 0, VK_WHOLE_SIZE, 0, &v->staging_map)) != VK_SUCCESS) {
        ralu__vk_mem_free(v, &v->staging);
        return ralu__vk_check(v->ctx, vr, "vkMapMemory (staging)");
    }
    return RALU_OK;
}
#define RALU__VK_STAGING_MAX ((VkDeviceSize)64 << 20)

/* Copies `rows` runs of `run` bytes between host (packed) and buffer (row pitch `pitch`,
   first byte `off`), through the staging buffer in pieces. */
static ralu_result ralu__vk_transfer(ralu__vk *v, VkBuffer buf, VkDeviceSize off, VkDeviceSize pitch, size_t run, int64_t rows, void *host, int to_device) {
    VkDeviceSize cap = RALU__MIN(RALU__VK_STAGING_MAX, (VkDeviceSize)run * (VkDeviceSize)rows);
    int64_t r0, per;
    VkBufferCopy *regions;
    ralu_result r;
    if (!rows || !run) return RALU_OK;
    if (cap < run) cap = run;
    if ((r = ralu__vk_staging(v, cap)) != RALU_OK) return r;
    per = (int64_t)(v->staging.size / run);
    regions = (VkBufferCopy *)ralu__alloc(v->ctx, sizeof(VkBufferCopy) * (size_t)RALU__MIN(per, rows));
    if (!regions) return ralu__oom(v->ctx, "copy regions", sizeof(VkBufferCopy) * (size_t)RALU__MIN(per, rows));
    for (r0 = 0; r0 < rows; r0 += per) {
        int64_t n = RALU__MIN(per, rows - r0), i;
        uint32_t nreg;
        unsigned char *h = (unsigned char *)host + (size_t)r0 * run;
        if (pitch == run) { /* contiguous: one region */
            regions[0].srcOffset = to_device ? 0 : off + (VkDeviceSize)r0 * pitch;
            regions[0].dstOffset = to_device ? off + (VkDeviceSize)r0 * pitch : 0;
            regions[0].size = (VkDeviceSize)n * run;
            nreg = 1;
        } else {
            for (i = 0; i < n; i++) {
                VkDeviceSize dev = off + (VkDeviceSize)(r0 + i) * pitch, st = (VkDeviceSize)i * run;
                regions[i].srcOffset = to_device ? st : dev;
                regions[i].dstOffset = to_device ? dev : st;
                regions[i].size = run;
            }
            nreg = (uint32_t)n;
        }
        if (to_device) memcpy(v->staging_map, h, (size_t)n * run);
        if ((r = ralu__vk_cmd_begin(v, v->xfer)) != RALU_OK) break;
        if (to_device) v->vk.vkCmdCopyBuffer(v->xfer, v->staging.buf, buf, nreg, regions);
        else v->vk.vkCmdCopyBuffer(v->xfer, buf, v->staging.buf, nreg, regions);
        if ((r = ralu__vk_check(v->ctx, v->vk.vkEndCommandBuffer(v->xfer), "vkEndCommandBuffer")) != RALU_OK) break;
        if ((r = ralu__vk_submit_wait(v, v->xfer)) != RALU_OK) break;
        if (!to_device) memcpy(h, v->staging_map, (size_t)n * run);
    }
    ralu__free(v->ctx, regions);
    return r;
}

/* ---- the op command buffer ---- */
static ralu_result ralu__vk_record_start(ralu__backend *be) {
    ralu__vk *v = ralu__vk_of(be);
    ralu_result r = ralu__vk_cmd_begin(v, v->cmd);
    if (r) return r;
    v->recording = 1;
    v->timed = 0;
    if (v->qpool) v->vk.vkCmdResetQueryPool(v->cmd, v->qpool, 0, 2 * RALU__VK_MAX_TIMED);
    return RALU_OK;
}
/* ends, submits and waits for what was recorded; adds the timestamps to the profile */
static ralu_result ralu__vk_record_finish(ralu__backend *be, int run) {
    ralu__vk *v = ralu__vk_of(be);
    ralu_result r;
    v->recording = 0;
    if ((r = ralu__vk_check(v->ctx, v->vk.vkEndCommandBuffer(v->cmd), "vkEndCommandBuffer")) != RALU_OK) return r;
    if (!run) return RALU_OK;
    if ((r = ralu__vk_submit_wait(v, v->cmd)) != RALU_OK) return r;
    if (v->qpool && v->timed) {
        uint64_t *ts = (uint64_t *)ralu__alloc(v->ctx, sizeof(uint64_t) * 2 * v->timed);
        uint32_t i;
        if (!ts) return ralu__oom(v->ctx, "timestamps", sizeof(uint64_t) * 2 * v->timed);
        if (v->vk.vkGetQueryPoolResults(v->device, v->qpool, 0, 2 * v->timed, sizeof(uint64_t) * 2 * v->timed, ts, sizeof(uint64_t),
                                        VK_QUERY_RESULT_64_BIT | VK_QUERY_RESULT_WAIT_BIT) == VK_SUCCESS)
            for (i = 0; i < v->timed; i++) {
                uint64_t d = ((ts[2 * i + 1] & v->ts_mask) - (ts[2 * i] & v->ts_mask)) & v->ts_mask;
                v->prof_ms[v->timed_kind[i]] += (double)d * v->props.limits.timestampPeriod * 1e-6;
            }
        ralu__free(v->ctx, ts);
    }
    return RALU_OK;
}

static void ralu__vk_begin(ralu__backend *be) {
    ralu__vk *v = ralu__vk_of(be);
    ralu_result r;
    if (v->recording) return;
    if ((r = ralu__vk_record_start(be)) != RALU_OK && !be->err) be->err = r;
}
static ralu_result ralu__vk_end(ralu__backend *be) {
    ralu__vk *v = ralu__vk_of(be);
    ralu_result r = RALU_OK;
    if (v->recording) r = ralu__vk_record_finish(be, !be->err);
    if (be->err) r = be->err;
    be->err = RALU_OK;
    return r;
}
/* ops outside begin/end run at once: each op brackets itself */
static int ralu__vk_enter(ralu__backend *be) {
    if (ralu__vk_of(be)->recording) return 0;
    ralu__vk_begin(be);
    return 1;
}
static void ralu__vk_leave(ralu__backend *be, int own) {
    ralu__vk *v = ralu__vk_of(be);
    ralu_result r;
    if (!own || !v->recording) return;
    r = ralu__vk_record_finish(be, !be->err);
    if (r && !be->err) be->err = r;
}
/* transfers inside a recording: first run what was recorded, so that order is kept */
static ralu_result ralu__vk_flush(ralu__backend *be) {
    ralu__vk *v = ralu__vk_of(be);
    ralu_result r;
    if (!v->recording) return RALU_OK;
    if (be->err) return be->err;
    if ((r = ralu__vk_record_finish(be, 1)) != RALU_OK) return r;
    return ralu__vk_record_start(be);
}

static VkPipeline ralu__vk_pipeline(ralu__backend *be, int id) {
    ralu__vk *v = ralu__vk_of(be);
    const ralu__spv_blob *tab; int n, i;
    VkShaderModuleCreateInfo mi; VkShaderModule mod; VkComputePipelineCreateInfo pi; VkResult vr;
    if (v->pipe[id]) return v->pipe[id];
    tab = ralu__spv_table(&n);
    for (i = 0; i < n; i++) if (!strcmp(tab[i].name, ralu__vk_pipe_names[id])) break;
    if (i == n) { be->err = ralu__fail(v->ctx, RALU_ERR_INTERNAL, "shader '%s' is not embedded (run tools/embed_shaders.py)", ralu__vk_pipe_names[id]); return VK_NULL_HANDLE; }
    memset(&mi, 0, sizeof mi);
    mi.sType = VK_STRUCTURE_TYPE_SHADER_MODULE_CREATE_INFO;
    mi.codeSize = tab[i].bytes; mi.pCode = tab[i].words;
    if ((vr = v->vk.vkCreateShaderModule(v->device, &mi, NULL, &mod)) != VK_SUCCESS) { be->err = ralu__vk_check(v->ctx, vr, "vkCreateShaderModule"); return VK_NULL_HANDLE; }
    memset(&pi, 0, sizeof pi);
    pi.sType = VK_STRUCTURE_TYPE_COMPUTE_PIPELINE_CREATE_INFO;
    pi.stage.sType = VK_STRUCTURE_TYPE_PIPELINE_SHADER_STAGE_CREATE_INFO;
    pi.stage.stage = VK_SHADER_STAGE_COMPUTE_BIT;
    pi.stage.module = mod;
    pi.stage.pName = "main";
    pi.layout = v->layout;
    vr = v->vk.vkCreateComputePipelines(v->device, VK_NULL_HANDLE, 1, &pi, NULL, &v->pipe[id]);
    v->vk.vkDestroyShaderModule(v->device, mod, NULL);
    if (vr != VK_SUCCESS) { v->pipe[id] = VK_NULL_HANDLE; be->err = ralu__vk_check(v->ctx, vr, ralu__vk_pipe_names[id]); return VK_NULL_HANDLE; }
    return v->pipe[id];
}

/* records one dispatch and the barrier that orders it before the next op */
static void ralu__vk_dispatch(ralu__backend *be, int pipe, int kind, const void *pc, uint32_t pc_bytes, uint32_t gx, uint32_t gy) {
    ralu__vk *v = ralu__vk_of(be);
    VkPipeline p;
    VkMemoryBarrier mb;
    int timed;
    if (be->err || !gx || !gy) return;
    if (!v->recording) { be->err = ralu__fail(v->ctx, RALU_ERR_INTERNAL, "Vulkan dispatch outside a recording"); return; }
    if (gx > v->props.limits.maxComputeWorkGroupCount[0] || gy > v->props.limits.maxComputeWorkGroupCount[1]) {
        be->err = ralu__fail(v->ctx, RALU_ERR_VK_LIMIT, "op %s needs %u x %u workgroups; the device allows %u x %u", ralu__prof_names[kind], gx, gy,
                             v->props.limits.maxComputeWorkGroupCount[0], v->props.limits.maxComputeWorkGroupCount[1]);
        return;
    }
    if (!(p = ralu__vk_pipeline(be, pipe))) return;
    timed = v->qpool && v->timed < RALU__VK_MAX_TIMED;
    if (timed) v->vk.vkCmdWriteTimestamp(v->cmd, VK_PIPELINE_STAGE_TOP_OF_PIPE_BIT, v->qpool, 2 * v->timed);
    v->vk.vkCmdBindPipeline(v->cmd, VK_PIPELINE_BIND_POINT_COMPUTE, p);
    v->vk.vkCmdPushConstants(v->cmd, v->layout, VK_SHADER_STAGE_COMPUTE_BIT, 0, pc_bytes, pc);
    v->vk.vkCmdDispatch(v->cmd, gx, gy, 1);
    if (timed) {
        v->vk.vkCmdWriteTimestamp(v->cmd, VK_PIPELINE_STAGE_BOTTOM_OF_PIPE_BIT, v->qpool, 2 * v->timed + 1);
        v->timed_kind[v->timed++] = (unsigned char)kind;
    }
    memset(&mb, 0, sizeof mb);
    mb.sType = VK_STRUCTURE_TYPE_MEMORY_BARRIER;
    mb.srcAccessMask = VK_ACCESS_SHADER_WRITE_BIT;
    mb.dstAccessMask = VK_ACCESS_SHADER_READ_BIT | VK_ACCESS_SHADER_WRITE_BIT;
    v->vk.vkCmdPipelineBarrier(v->cmd, VK_PIPELINE_STAGE_COMPUTE_SHADER_BIT, VK_PIPELINE_STAGE_COMPUTE_SHADER_BIT, 0, 1, &mb, 0, NULL, 0, NULL);
}
static void ralu__vk_count(ralu__backend *be, int kind) { ralu__vk_of(be)->prof_calls[kind]++; }

/* ---- buffers and weights ---- */
static ralu_result ralu__vk_buffer_alloc(ralu__backend *be, size_t nfloats, ralu__buffer **out) {
    ralu__vk *v = ralu__vk_of(be);
    ralu__buffer *b = (ralu__buffer *)ralu__calloc(be->ctx, 1, sizeof *b);
    ralu__vk_mem *m = (ralu__vk_mem *)ralu__calloc(be->ctx, 1, sizeof *m);
    ralu_result r;
    *out = NULL;
    if (!b || !m) { ralu__free(be->ctx, b); ralu__free(be->ctx, m); return ralu__oom(be->ctx, "buffer", sizeof *b); }
    if (nfloats > (size_t)(v->max_alloc / 4)) r = ralu__fail(be->ctx, RALU_ERR_VK_LIMIT, "an activation buffer of %zu floats exceeds this device's maxMemoryAllocationSize (%llu bytes)", nfloats, (unsigned long long)v->max_alloc);
    else r = ralu__vk_mem_alloc(v, (VkDeviceSize)(nfloats ? nfloats : 1) * 4, 0, m, "an activation buffer");
    if (r) { ralu__free(be->ctx, b); ralu__free(be->ctx, m); return r; }
    b->nfloats = nfloats; b->dev = m;
    *out = b;
    return RALU_OK;
}
static void ralu__vk_buffer_free(ralu__backend *be, ralu__buffer *b) {
    if (!b) return;
    if (b->dev) { ralu__vk_mem_free(ralu__vk_of(be), (ralu__vk_mem *)b->dev); ralu__free(be->ctx, b->dev); }
    ralu__free(be->ctx, b);
}
static VkDeviceAddress ralu__vk_addr(ralu__view v) { return ((ralu__vk_mem *)v.buf->dev)->addr + (VkDeviceAddress)v.off * 4; }
static ralu_result ralu__vk_upload(ralu__backend *be, ralu__view dst, const float *src) {
    ralu_result r;
    if ((r = ralu__vk_flush(be)) != RALU_OK) return r;
    return ralu__vk_transfer(ralu__vk_of(be), ((ralu__vk_mem *)dst.buf->dev)->buf, (VkDeviceSize)dst.off * 4, (VkDeviceSize)dst.ld * 4,
                             (size_t)dst.cols * 4, dst.rows, (void *)(uintptr_t)src, 1);
}
static ralu_result ralu__vk_download(ralu__backend *be, float *dst, ralu__view src) {
    ralu_result r;
    if ((r = ralu__vk_flush(be)) != RALU_OK) return r;
    return ralu__vk_transfer(ralu__vk_of(be), ((ralu__vk_mem *)src.buf->dev)->buf, (VkDeviceSize)src.off * 4, (VkDeviceSize)src.ld * 4,
                             (size_t)src.cols * 4, src.rows, dst, 0);
}
static void ralu__vk_weight_release(ralu__backend *be, ralu__weight *w) {
    ralu__vk_weight *vw = (ralu__vk_weight *)w->dev;
    int c;
    if (!vw) return;
    for (c = 0; c < vw->nchunks; c++) ralu__vk_mem_free(ralu__vk_of(be), &vw->chunks[c].m);
    ralu__free(be->ctx, vw->chunks);
    ralu__free(be->ctx, vw);
    w->dev = NULL;
}
/* uploads the weight's bytes once, in its own dtype, as row blocks that fit one allocation */
static ralu_result ralu__vk_weight_prepare(ralu__backend *be, ralu__weight *w) {
    ralu__vk *v = ralu__vk_of(be);
    ralu__vk_weight *vw;
    size_t es = ralu__dtype_size(w->dtype), row_bytes;
    int64_t per, r0;
    int n, c;
    ralu_result r = RALU_OK;
    if (w->dev || !es || !w->host || w->rows <= 0 || w->cols <= 0) return RALU_OK;
    row_bytes = (size_t)w->cols * es;
    if ((uint64_t)row_bytes > RALU__MIN(v->max_alloc, RALU__MAX(v->weight_chunk_bytes, (uint64_t)row_bytes)))
        return ralu__fail(be->ctx, RALU_ERR_VK_LIMIT, "a weight row of %zu bytes exceeds maxMemoryAllocationSize (%llu)", row_bytes, (unsigned long long)v->max_alloc);
    per = (int64_t)(RALU__MAX((uint64_t)row_bytes, RALU__MIN(v->weight_chunk_bytes, v->max_alloc)) / row_bytes);
    n = (int)((w->rows + per - 1) / per);
    vw = (ralu__vk_weight *)ralu__calloc(be->ctx, 1, sizeof *vw);
    if (vw) vw->chunks = (ralu__vk_wchunk *)ralu__calloc(be->ctx, (size_t)n, sizeof *vw->chunks);
    if (!vw || !vw->chunks) { ralu__free(be->ctx, vw); return ralu__oom(be->ctx, "weight blocks", (size_t)n * sizeof *vw->chunks); }
    w->dev = vw;
    for (c = 0, r0 = 0; c < n && !r; c++, r0 += per) {
        int64_t rows = RALU__MIN(per, w->rows - r0);
        size_t bytes = (size_t)rows * row_bytes;
        vw->chunks[c].row0 = r0; vw->chunks[c].rows = rows;
        if ((r = ralu__vk_weight_mem(v, (VkDeviceSize)bytes, &vw->chunks[c].m)) != RALU_OK) break;
        vw->nchunks = c + 1;
        r = ralu__vk_transfer(v, vw->chunks[c].m.buf, vw->chunks[c].m.offset, bytes, bytes, 1, (void *)(uintptr_t)((const char *)w->host + (size_t)r0 * row_bytes), 1);
    }
    if (r) ralu__vk_weight_release(be, w);
    return r;
}
/* the resident copy, uploaded now if a model skipped weight_prepare */
static ralu__vk_weight *ralu__vk_weight_dev(ralu__backend *be, const ralu__weight *w) {
    ralu_result r;
    if (!w || !w->dtype) return NULL;
    if (!w->dev && (r = ralu__vk_weight_prepare(be, (ralu__weight *)(uintptr_t)w)) != RALU_OK) { if (!be->err) be->err = r; return NULL; }
    return (ralu__vk_weight *)w->dev;
}
/* address of a small f32 weight (bias, norm scales), 0 when absent */
static VkDeviceAddress ralu__vk_vec_addr(ralu__backend *be, const ralu__weight *w) {
    ralu__vk_weight *vw = ralu__vk_weight_dev(be, w);
    if (!vw) return 0;
    if (w->dtype != RALU_DTYPE_F32 || vw->nchunks != 1) { if (!be->err) be->err = ralu__fail(be->ctx, RALU_ERR_INTERNAL, "a bias or norm weight must be one f32 block"); return 0; }
    return vw->chunks[0].m.addr;
}
static void ralu__vk_put(uint32_t a[2], VkDeviceAddress addr) { a[0] = (uint32_t)addr; a[1] = (uint32_t)(addr >> 32); }

/* ---- ops ---- */
typedef struct ralu__vk_pc_linear {
    uint32_t x[2], y[2], w[2], bias[2];
    uint32_t ldx, ldy, M, N, K, dtype, flags;
    float scale;
    uint32_t H, W, Cin, k, stride, pad_top, pad_left, Wo;
} ralu__vk_pc_linear;

/* Y[:, col0 + block rows] for every row block of a weight (parts of a linear, or a conv) */
static void ralu__vk_gemm(ralu__backend *be, int kind, ralu__view y, int64_t col0, VkDeviceAddress x, int64_t ldx, int64_t M,
                          const ralu__weight *w, const ralu__weight *bias, int64_t bias0, uint32_t flags, const ralu__vk_pc_linear *conv) {
    ralu__vk_weight *vw = ralu__vk_weight_dev(be, w);
    VkDeviceAddress b = bias && bias->dtype ? ralu__vk_vec_addr(be, bias) : 0;
    int c;
    if (!vw || be->err) return;
    for (c = 0; c < vw->nchunks; c++) {
        ralu__vk_pc_linear pc;
        const ralu__vk_wchunk *ch = &vw->chunks[c];
        if (conv) pc = *conv; else memset(&pc, 0, sizeof pc);
        ralu__vk_put(pc.x, x);
        ralu__vk_put(pc.y, ralu__vk_addr(y) + (VkDeviceAddress)(col0 + ch->row0) * 4);
        ralu__vk_put(pc.w, ch->m.addr);
        ralu__vk_put(pc.bias, b ? b + (VkDeviceAddress)(bias0 + ch->row0) * 4 : 0);
        pc.ldx = (uint32_t)ldx; pc.ldy = (uint32_t)y.ld; pc.M = (uint32_t)M; pc.N = (uint32_t)ch->rows; pc.K = (uint32_t)w->cols;
        pc.dtype = (uint32_t)w->dtype; pc.flags = flags; pc.scale = w->scale;
        ralu__vk_dispatch(be, ralu__vk_of(be)->use_coopmat ? RALU__VKP_LINEAR_COOPMAT : RALU__VKP_LINEAR, kind, &pc, sizeof pc,
                          (uint32_t)((ch->rows + 63) / 64), (uint32_t)((M + 63) / 64));
    }
}
static void ralu__vk_linear(ralu__backend *be, ralu__view y, ralu__view x, const ralu__linear *lin, int accumulate) {
    int own = ralu__vk_enter(be), p;
    ralu__vk_count(be, RALU__PROF_LINEAR);
    for (p = 0; p < lin->nparts && !be->err; p++)
        ralu__vk_gemm(be, RALU__PROF_LINEAR, y, lin->row0[p], ralu__vk_addr(x), x.ld, x.rows, &lin->w[p],
                      lin->bias.dtype ? &lin->bias : NULL, lin->row0[p], accumulate ? 1u : 0u, NULL);
    ralu__vk_leave(be, own);
}
static void ralu__vk_conv2d(ralu__backend *be, ralu__view y, ralu__view x, const ralu__weight *w, const ralu__weight *bias, const ralu__conv_opts *c) {
    int own = ralu__vk_enter(be);
    ralu__vk_pc_linear pc;
    int64_t Ho, Wo;
    ralu__conv_out_size(c, &Ho, &Wo);
    memset(&pc, 0, sizeof pc);
    pc.H = (uint32_t)c->H; pc.W = (uint32_t)c->W; pc.Cin = (uint32_t)c->Cin; pc.k = (uint32_t)c->k; pc.stride = (uint32_t)c->stride;
    pc.pad_top = (uint32_t)c->pad_top; pc.pad_left = (uint32_t)c->pad_left; pc.Wo = (uint32_t)Wo;
    ralu__vk_count(be, RALU__PROF_CONV2D);
    ralu__vk_gemm(be, RALU__PROF_CONV2D, y, 0, ralu__vk_addr(x), x.ld, Ho * Wo, w, bias && bias->dtype ? bias : NULL, 0, 2u, &pc);
    ralu__vk_leave(be, own);
}

typedef struct ralu__vk_pc_attention {
    uint32_t q[2], k[2], v[2], o[2], bias[2];
    uint32_t ldq, ldk, ldv, ldo, ldb, Lq, Lk, D, bq, causal;
    float scale;
} ralu__vk_pc_attention;
static void ralu__vk_attention(ralu__backend *be, ralu__view o, ralu__view q, ralu__view k, ralu__view v, const ralu__attn_opts *a) {
    int own = ralu__vk_enter(be);
    ralu__vk_pc_attention pc;
    uint32_t bq;
    ralu__vk_count(be, RALU__PROF_ATTENTION);
    if (a->head_dim > 2048) { if (!be->err) be->err = ralu__fail(be->ctx, RALU_ERR_VK_LIMIT, "attention head_dim %d > 2048", a->head_dim); ralu__vk_leave(be, own); return; }
    bq = (uint32_t)RALU__MIN(32, 2048 / a->head_dim);
    memset(&pc, 0, sizeof pc);
    ralu__vk_put(pc.q, ralu__vk_addr(q)); ralu__vk_put(pc.k, ralu__vk_addr(k)); ralu__vk_put(pc.v, ralu__vk_addr(v)); ralu__vk_put(pc.o, ralu__vk_addr(o));
    if (a->rel_bias.buf) { ralu__vk_put(pc.bias, ralu__vk_addr(a->rel_bias)); pc.ldb = (uint32_t)a->rel_bias.ld; }
    pc.ldq = (uint32_t)q.ld; pc.ldk = (uint32_t)k.ld; pc.ldv = (uint32_t)v.ld; pc.ldo = (uint32_t)o.ld;
    pc.Lq = (uint32_t)q.rows; pc.Lk = (uint32_t)k.rows; pc.D = (uint32_t)a->head_dim; pc.bq = bq; pc.causal = (uint32_t)a->causal; pc.scale = a->scale;
    if (ralu__vk_of(be)->use_coopmat && !a->causal && !a->rel_bias.buf && a->head_dim % 16 == 0 && a->head_dim <= 128)
        ralu__vk_dispatch(be, RALU__VKP_ATTENTION_COOPMAT, RALU__PROF_ATTENTION, &pc, sizeof pc, (uint32_t)((q.rows + 63) / 64), (uint32_t)a->heads);
    else
        ralu__vk_dispatch(be, RALU__VKP_ATTENTION, RALU__PROF_ATTENTION, &pc, sizeof pc, (uint32_t)((q.rows + bq - 1) / bq), (uint32_t)a->heads);
    ralu__vk_leave(be, own);
}

typedef struct ralu__vk_pc_norm {
    uint32_t x[2], y[2], p1[2], p2[2];
    uint32_t ldx, ldy, rows, group, mode;
    float eps;
} ralu__vk_pc_norm;
static void ralu__vk_norm(ralu__backend *be, int kind, ralu__view y, ralu__view x, int64_t group, uint32_t mode, VkDeviceAddress p1, VkDeviceAddress p2, float eps) {
    ralu__vk_pc_norm pc;
    memset(&pc, 0, sizeof pc);
    ralu__vk_put(pc.x, ralu__vk_addr(x)); ralu__vk_put(pc.y, ralu__vk_addr(y)); ralu__vk_put(pc.p1, p1); ralu__vk_put(pc.p2, p2);
    pc.ldx = (uint32_t)x.ld; pc.ldy = (uint32_t)y.ld; pc.rows = (uint32_t)x.rows; pc.group = (uint32_t)group; pc.mode = mode; pc.eps = eps;
    ralu__vk_dispatch(be, RALU__VKP_NORM, kind, &pc, sizeof pc, (uint32_t)(x.cols / group), (uint32_t)RALU__MIN(x.rows, 65535));
}
static void ralu__vk_layernorm(ralu__backend *be, ralu__view y, ralu__view x, float eps, const ralu__weight *g, const ralu__weight *b) {
    int own = ralu__vk_enter(be);
    VkDeviceAddress ga = g && g->dtype ? ralu__vk_vec_addr(be, g) : 0, ba = b && b->dtype ? ralu__vk_vec_addr(be, b) : 0;
    ralu__vk_count(be, RALU__PROF_LAYERNORM);
    ralu__vk_norm(be, RALU__PROF_LAYERNORM, y, x, x.cols, 0, ga, ba, eps);
    ralu__vk_leave(be, own);
}
static void ralu__vk_norm_modulate(ralu__backend *be, ralu__view y, ralu__view x, float eps, ralu__view shift, ralu__view scale) {
    int own = ralu__vk_enter(be);
    ralu__vk_count(be, RALU__PROF_NORM_MODULATE);
    ralu__vk_norm(be, RALU__PROF_NORM_MODULATE, y, x, x.cols, 1, ralu__vk_addr(shift), ralu__vk_addr(scale), eps);
    ralu__vk_leave(be, own);
}
static void ralu__vk_rmsnorm(ralu__backend *be, ralu__view y, ralu__view x, int64_t group, float eps, const ralu__weight *w) {
    int own = ralu__vk_enter(be);
    VkDeviceAddress wa = w && w->dtype ? ralu__vk_vec_addr(be, w) : 0;
    ralu__vk_count(be, RALU__PROF_RMSNORM);
    ralu__vk_norm(be, RALU__PROF_RMSNORM, y, x, group, 2, wa, 0, eps);
    ralu__vk_leave(be, own);
}

typedef struct ralu__vk_pc_eltwise {
    uint32_t y[2], a[2], b[2];
    uint32_t ldy, lda, ldb, rows, cols, op, kind;
} ralu__vk_pc_eltwise;
static uint32_t ralu__vk_groups(uint64_t total) { return (uint32_t)RALU__MIN((total + 255) / 256, (uint64_t)65535); }
static void ralu__vk_eltwise(ralu__backend *be, int kind, uint32_t op, ralu__view y, ralu__view a, const ralu__view *b, int64_t ldb, int act) {
    int own = ralu__vk_enter(be);
    ralu__vk_pc_eltwise pc;
    memset(&pc, 0, sizeof pc);
    ralu__vk_count(be, kind);
    ralu__vk_put(pc.y, ralu__vk_addr(y)); ralu__vk_put(pc.a, ralu__vk_addr(a));
    if (b) ralu__vk_put(pc.b, ralu__vk_addr(*b));
    pc.ldy = (uint32_t)y.ld; pc.lda = (uint32_t)a.ld; pc.ldb = (uint32_t)ldb; pc.rows = (uint32_t)y.rows; pc.cols = (uint32_t)y.cols;
    pc.op = op; pc.kind = (uint32_t)act;
    ralu__vk_dispatch(be, RALU__VKP_ELTWISE, kind, &pc, sizeof pc, ralu__vk_groups((uint64_t)y.rows * (uint64_t)y.cols), 1);
    ralu__vk_leave(be, own);
}
static void ralu__vk_copy(ralu__backend *be, ralu__view y, ralu__view x) { ralu__vk_eltwise(be, RALU__PROF_COPY, 0, y, x, NULL, 0, 0); }
static void ralu__vk_add(ralu__backend *be, ralu__view y, ralu__view a, ralu__view b) { ralu__vk_eltwise(be, RALU__PROF_ADD, 1, y, a, &b, b.ld, 0); }
static void ralu__vk_act(ralu__backend *be, ralu__view y, ralu__view x, int kind) { ralu__vk_eltwise(be, RALU__PROF_ACT, 2, y, x, NULL, 0, kind); }
static void ralu__vk_gate_mul(ralu__backend *be, ralu__view y, ralu__view a, ralu__view b, int kind) { ralu__vk_eltwise(be, RALU__PROF_GATE_MUL, 3, y, a, &b, b.ld, kind); }
/* x += gate * y, the gate one row for every row */
static void ralu__vk_gated_add(ralu__backend *be, ralu__view x, ralu__view y, ralu__view gate) { ralu__vk_eltwise(be, RALU__PROF_GATED_ADD, 4, x, y, &gate, 0, 0); }

typedef struct ralu__vk_pc_rope { uint32_t x[2], t[2]; uint32_t ldx, ldt, rows, heads, head_dim; } ralu__vk_pc_rope;
static void ralu__vk_rope(ralu__backend *be, ralu__view x, ralu__view table, int heads, int head_dim) {
    int own = ralu__vk_enter(be);
    ralu__vk_pc_rope pc;
    memset(&pc, 0, sizeof pc);
    ralu__vk_count(be, RALU__PROF_ROPE);
    ralu__vk_put(pc.x, ralu__vk_addr(x)); ralu__vk_put(pc.t, ralu__vk_addr(table));
    pc.ldx = (uint32_t)x.ld; pc.ldt = (uint32_t)table.ld; pc.rows = (uint32_t)x.rows; pc.heads = (uint32_t)heads; pc.head_dim = (uint32_t)head_dim;
    ralu__vk_dispatch(be, RALU__VKP_ROPE, RALU__PROF_ROPE, &pc, sizeof pc, ralu__vk_groups((uint64_t)x.rows * (uint64_t)heads * (uint64_t)(head_dim / 2)), 1);
    ralu__vk_leave(be, own);
}

typedef struct ralu__vk_pc_groupnorm {
    uint32_t x[2], y[2], gamma[2], beta[2], stats[2];
    uint32_t HW, C, groups, silu;
    float eps;
} ralu__vk_pc_groupnorm;
static void ralu__vk_groupnorm(ralu__backend *be, ralu__view y, ralu__view x, int64_t HW, int groups, float eps, const ralu__weight *g, const ralu__weight *b, int silu) {
    int own = ralu__vk_enter(be);
    ralu__vk *v = ralu__vk_of(be);
    ralu__vk_pc_groupnorm pc;
    memset(&pc, 0, sizeof pc);
    ralu__vk_count(be, RALU__PROF_GROUPNORM);
    if (2 * groups > RALU__VK_SCRATCH_FLOATS && !be->err) be->err = ralu__fail(be->ctx, RALU_ERR_VK_LIMIT, "groupnorm with %d groups (at most %d)", groups, RALU__VK_SCRATCH_FLOATS / 2);
    ralu__vk_put(pc.x, ralu__vk_addr(x)); ralu__vk_put(pc.y, ralu__vk_addr(y)); ralu__vk_put(pc.stats, v->scratch.addr);
    ralu__vk_put(pc.gamma, g && g->dtype ? ralu__vk_vec_addr(be, g) : 0); ralu__vk_put(pc.beta, b && b->dtype ? ralu__vk_vec_addr(be, b) : 0);
    pc.HW = (uint32_t)HW; pc.C = (uint32_t)x.cols; pc.groups = (uint32_t)groups; pc.silu = (uint32_t)silu; pc.eps = eps;
    ralu__vk_dispatch(be, RALU__VKP_GN_STATS, RALU__PROF_GROUPNORM, &pc, sizeof pc, (uint32_t)groups, 1);
    ralu__vk_dispatch(be, RALU__VKP_GN_APPLY, RALU__PROF_GROUPNORM, &pc, sizeof pc, ralu__vk_groups((uint64_t)HW * (uint64_t)x.cols), 1);
    ralu__vk_leave(be, own);
}

typedef struct ralu__vk_pc_upsample { uint32_t y[2], x[2]; uint32_t H, W, C; } ralu__vk_pc_upsample;
static void ralu__vk_upsample2x(ralu__backend *be, ralu__view y, ralu__view x, int64_t H, int64_t W) {
    int own = ralu__vk_enter(be);
    ralu__vk_pc_upsample pc;
    memset(&pc, 0, sizeof pc);
    ralu__vk_count(be, RALU__PROF_UPSAMPLE2X);
    ralu__vk_put(pc.y, ralu__vk_addr(y)); ralu__vk_put(pc.x, ralu__vk_addr(x));
    pc.H = (uint32_t)H; pc.W = (uint32_t)W; pc.C = (uint32_t)x.cols;
    ralu__vk_dispatch(be, RALU__VKP_UPSAMPLE, RALU__PROF_UPSAMPLE2X, &pc, sizeof pc, ralu__vk_groups((uint64_t)4 * H * W * x.cols), 1);
    ralu__vk_leave(be, own);
}

/* ---- lifecycle ---- */
static void ralu__vk_destroy_state(ralu__vk *v) {
    int i;
    if (v->device) {
        v->vk.vkDeviceWaitIdle(v->device);
        for (i = 0; i < RALU__VKP_COUNT; i++) if (v->pipe[i]) v->vk.vkDestroyPipeline(v->device, v->pipe[i], NULL);
        if (v->layout) v->vk.vkDestroyPipelineLayout(v->device, v->layout, NULL);
        if (v->qpool) v->vk.vkDestroyQueryPool(v->device, v->qpool, NULL);
        if (v->staging.mem && v->staging_map) v->vk.vkUnmapMemory(v->device, v->staging.mem);
        ralu__vk_mem_free(v, &v->staging);
        ralu__vk_mem_free(v, &v->scratch);
        while (v->slabs) {   /* weights still alive at destroy: release their slabs */
            ralu__vk_slab *s = v->slabs;
            v->slabs = s->next;
            v->vk.vkDestroyBuffer(v->device, s->buf, NULL);
            v->vk.vkFreeMemory(v->device, s->mem, NULL);
            ralu__free(v->ctx, s);
        }
        if (v->fence) v->vk.vkDestroyFence(v->device, v->fence, NULL);
        if (v->pool) v->vk.vkDestroyCommandPool(v->device, v->pool, NULL);
        v->vk.vkDestroyDevice(v->device, NULL);
    }
    if (v->instance) vkDestroyInstance(v->instance, NULL);
}
static void ralu__vk_destroy(ralu__backend *be) {
    ralu__vk *v = ralu__vk_of(be);
    ralu_ctx *ctx = be->ctx;
    if (v) { ralu__vk_destroy_state(v); ralu__free(ctx, v); }
    if (ctx->vk == v) ctx->vk = NULL;
    ralu__free(ctx, be);
}

/* picks the device the desc asks for: an index, a name substring, or the best usable */
static void ralu__vk_device_list(const ralu__vk_devinfo *dev, int n, char *buf, size_t cap) {
    size_t o = 0; int i;
    buf[0] = 0;
    for (i = 0; i < n && o + 1 < cap; i++) {
        int w = snprintf(buf + o, cap - o, "%s%d: %s%s%s%s", i ? ", " : "", i, dev[i].props.deviceName,
                         dev[i].usable ? "" : " (unusable: ", dev[i].usable ? "" : dev[i].why, dev[i].usable ? "" : ")");
        if (w < 0) break;
        o += (size_t)w;
        if (o >= cap) o = cap - 1;
    }
}
static int ralu__vk_pick(ralu_ctx *ctx, const char *want, const ralu__vk_devinfo *dev, int n) {
    int i, best = -1;
    char list[512];
    ralu__vk_device_list(dev, n, list, sizeof list);
    if (want && *want) {
        const char *s = want; int digits = 1;
        for (; *s; s++) if (*s < '0' || *s > '9') digits = 0;
        if (digits) {
            i = atoi(want);
            if (i >= n) { ralu__vk_unavailable(ctx, "ralu_ctx_desc.device = \"%s\": there are %d Vulkan devices (%s)", want, n, list); return -1; }
            if (!dev[i].usable) { ralu__vk_unavailable(ctx, "ralu_ctx_desc.device = \"%s\" (%s) is unusable: %s", want, dev[i].props.deviceName, dev[i].why); return -1; }
            return i;
        }
        for (i = 0; i < n; i++) {
            const char *h = dev[i].props.deviceName; size_t lw = strlen(want), k, j;
            for (k = 0; h[k]; k++) {
                for (j = 0; j < lw && h[k + j]; j++) {
                    char a = h[k + j], b = want[j];
                    if (a >= 'A' && a <= 'Z') a = (char)(a - 'A' + 'a');
                    if (b >= 'A' && b <= 'Z') b = (char)(b - 'A' + 'a');
                    if (a != b) break;
                }
                if (j == lw) break;
            }
            if (h[k] && dev[i].usable) return i;
        }
        ralu__vk_unavailable(ctx, "ralu_ctx_desc.device = \"%s\" matches no usable Vulkan device (%s)", want, list);
        return -1;
    }
    for (i = 0; i < n; i++)
        if (dev[i].usable && (best < 0 || ralu__vk_type_rank(dev[i].props.deviceType) < ralu__vk_type_rank(dev[best].props.deviceType))) best = i;
    if (best < 0) ralu__vk_unavailable(ctx, n ? "no usable Vulkan device (%s)" : "no Vulkan device%s", list);
    return best;
}

static ralu_result ralu__vk_backend_create(ralu_ctx *ctx, const ralu_ctx_desc *d, ralu__backend **out) {
    ralu__vk_devinfo dev[16];
    ralu__vk *v; ralu__backend *be;
    char why[256];
    int n, pick;
    VkResult vr; ralu_result r;
    float prio = 1.0f;
    *out = NULL;
    v = (ralu__vk *)ralu__calloc(ctx, 1, sizeof *v);
    be = (ralu__backend *)ralu__calloc(ctx, 1, sizeof *be);
    if (!v || !be) { ralu__free(ctx, v); ralu__free(ctx, be); return ralu__oom(ctx, "Vulkan backend", sizeof *v); }
    v->ctx = ctx;
    be->ctx = ctx; be->kind = RALU_BACKEND_VULKAN; be->impl = v;
    if (ralu__vk_make_instance(&v->instance, why, sizeof why) != VK_SUCCESS) { r = ralu__vk_unavailable(ctx, "%s", why); goto fail; }
    n = ralu__vk_enumerate(v->instance, dev, 16);
    if ((pick = ralu__vk_pick(ctx, d->device, dev, n)) < 0) { r = RALU_ERR_VK_UNAVAILABLE; goto fail; }
    v->phys = dev[pick].phys;
    v->props = dev[pick].props;
    v->queue_family = dev[pick].queue_family;
    v->coopmat = dev[pick].coopmat;
    vkGetPhysicalDeviceMemoryProperties(v->phys, &v->memprops);
    {   /* maxMemoryAllocationSize (Vulkan 1.1 core) */
        VkPhysicalDeviceMaintenance3Properties m3; VkPhysicalDeviceProperties2 p2;
        memset(&m3, 0, sizeof m3); m3.sType = VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_MAINTENANCE_3_PROPERTIES;
        memset(&p2, 0, sizeof p2); p2.sType = VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_PROPERTIES_2; p2.pNext = &m3;
        vkGetPhysicalDeviceProperties2(v->phys, &p2);
        v->max_alloc = m3.maxMemoryAllocationSize ? m3.maxMemoryAllocationSize : ((uint64_t)1 << 30);
    }
    v->weight_chunk_bytes = RALU__MIN(v->max_alloc, (uint64_t)1 << 30);
    {
        VkDeviceQueueCreateInfo qi; VkDeviceCreateInfo di; VkPhysicalDeviceVulkan12Features f12;
        ralu__VkPhysicalDeviceCooperativeMatrixFeaturesKHR fcm;
        const char *exts[1]; uint32_t next = 0;
        memset(&qi, 0, sizeof qi);
        qi.sType = VK_STRUCTURE_TYPE_DEVICE_QUEUE_CREATE_INFO;
        qi.queueFamilyIndex = v->queue_family; qi.queueCount = 1; qi.pQueuePriorities = &prio;
        memset(&f12, 0, sizeof f12);
        f12.sType = VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_VULKAN_1_2_FEATURES;
        f12.bufferDeviceAddress = VK_TRUE;
        memset(&fcm, 0, sizeof fcm);
        if (v->coopmat) {
            fcm.sType = RALU__VK_STRUCTURE_TYPE_COOPMAT_FEATURES; fcm.cooperativeMatrix = VK_TRUE;
            f12.pNext = &fcm;
            f12.shaderFloat16 = VK_TRUE;   /* the coopmat shaders convert to f16 */
            f12.vulkanMemoryModel = VK_TRUE;
            exts[next++] = "VK_KHR_cooperative_matrix";
        }
        memset(&di, 0, sizeof di);
        di.sType = VK_STRUCTURE_TYPE_DEVICE_CREATE_INFO;
        di.pNext = &f12;
        di.queueCreateInfoCount = 1; di.pQueueCreateInfos = &qi;
        di.enabledExtensionCount = next; di.ppEnabledExtensionNames = next ? exts : NULL;
        if ((vr = vkCreateDevice(v->phys, &di, NULL, &v->device)) != VK_SUCCESS && v->coopmat) {
            /* the coopmat features may be refused: the scalar path needs none of them */
            v->coopmat = 0; f12.pNext = NULL; f12.shaderFloat16 = VK_FALSE; f12.vulkanMemoryModel = VK_FALSE;
            di.enabledExtensionCount = 0; di.ppEnabledExtensionNames = NULL;
            vr = vkCreateDevice(v->phys, &di, NULL, &v->device);
        }
        if (vr != VK_SUCCESS) { v->device = VK_NULL_HANDLE; r = ralu__vk_unavailable(ctx, "vkCreateDevice on %s failed (VkResult %d)", v->props.deviceName, (int)vr); goto fail; }
    }
    {   /* coopmat pipelines exist only if the embedder could compile them */
        const ralu__spv_blob *tab; int nb, i, have = 0;
        tab = ralu__spv_table(&nb);
        for (i = 0; i < nb; i++) if (!strcmp(tab[i].name, "linear_coopmat")) have = 1;
        if (!have) v->coopmat = 0;
        /* RALU_VK_COOPMAT=0 in the environment forces the scalar shaders (tests, comparisons) */
        v->use_coopmat = v->coopmat && !(getenv("RALU_VK_COOPMAT") && !strcmp(getenv("RALU_VK_COOPMAT"), "0"));
    }
    volkLoadDeviceTable(&v->vk, v->device);
    v->vk.vkGetDeviceQueue(v->device, v->queue_family, 0, &v->queue);
    {
        VkCommandPoolCreateInfo pi; VkCommandBufferAllocateInfo ai; VkFenceCreateInfo fi; VkPipelineLayoutCreateInfo li; VkPushConstantRange pr;
        VkCommandBuffer cbs[2];
        memset(&pi, 0, sizeof pi);
        pi.sType = VK_STRUCTURE_TYPE_COMMAND_POOL_CREATE_INFO;
        pi.flags = VK_COMMAND_POOL_CREATE_RESET_COMMAND_BUFFER_BIT; pi.queueFamilyIndex = v->queue_family;
        if ((r = ralu__vk_check(ctx, v->vk.vkCreateCommandPool(v->device, &pi, NULL, &v->pool), "vkCreateCommandPool")) != RALU_OK) goto fail;
        memset(&ai, 0, sizeof ai);
        ai.sType = VK_STRUCTURE_TYPE_COMMAND_BUFFER_ALLOCATE_INFO;
        ai.commandPool = v->pool; ai.level = VK_COMMAND_BUFFER_LEVEL_PRIMARY; ai.commandBufferCount = 2;
        if ((r = ralu__vk_check(ctx, v->vk.vkAllocateCommandBuffers(v->device, &ai, cbs), "vkAllocateCommandBuffers")) != RALU_OK) goto fail;
        v->cmd = cbs[0]; v->xfer = cbs[1];
        memset(&fi, 0, sizeof fi);
        fi.sType = VK_STRUCTURE_TYPE_FENCE_CREATE_INFO;
        if ((r = ralu__vk_check(ctx, v->vk.vkCreateFence(v->device, &fi, NULL, &v->fence), "vkCreateFence")) != RALU_OK) goto fail;
        memset(&pr, 0, sizeof pr);
        pr.stageFlags = VK_SHADER_STAGE_COMPUTE_BIT; pr.offset = 0; pr.size = 128;
        memset(&li, 0, sizeof li);
        li.sType = VK_STRUCTURE_TYPE_PIPELINE_LAYOUT_CREATE_INFO;
        li.pushConstantRangeCount = 1; li.pPushConstantRanges = &pr;
        if ((r = ralu__vk_check(ctx, v->vk.vkCreatePipelineLayout(v->device, &li, NULL, &v->layout), "vkCreatePipelineLayout")) != RALU_OK) goto fail;
    }
    if ((r = ralu__vk_mem_alloc(v, RALU__VK_SCRATCH_FLOATS * 4, 0, &v->scratch, "the scratch buffer")) != RALU_OK) goto fail;
    if (d->vk_timestamps) {
        VkQueueFamilyProperties qf[32]; uint32_t nq = 32;
        vkGetPhysicalDeviceQueueFamilyProperties(v->phys, &nq, qf);
        if (qf[v->queue_family].timestampValidBits && v->props.limits.timestampPeriod > 0) {
            VkQueryPoolCreateInfo qi;
            memset(&qi, 0, sizeof qi);
            qi.sType = VK_STRUCTURE_TYPE_QUERY_POOL_CREATE_INFO;
            qi.queryType = VK_QUERY_TYPE_TIMESTAMP; qi.queryCount = 2 * RALU__VK_MAX_TIMED;
            if (v->vk.vkCreateQueryPool(v->device, &qi, NULL, &v->qpool) != VK_SUCCESS) v->qpool = VK_NULL_HANDLE;
            v->ts_mask = qf[v->queue_family].timestampValidBits >= 64 ? ~(uint64_t)0 : (((uint64_t)1 << qf[v->queue_family].timestampValidBits) - 1);
        }
        if (!v->qpool) ralu__log(ctx, RALU_LOG_WARN, "GPU timestamps requested but %s cannot record them", v->props.deviceName);
    }
    be->max_binding_bytes = v->max_alloc;
    be->memory_bytes = dev[pick].memory_bytes;
    be->buffer_alloc = ralu__vk_buffer_alloc; be->buffer_free = ralu__vk_buffer_free;
    be->upload = ralu__vk_upload; be->download = ralu__vk_download;
    be->weight_prepare = ralu__vk_weight_prepare; be->weight_release = ralu__vk_weight_release;
    be->begin = ralu__vk_begin; be->end = ralu__vk_end; be->destroy = ralu__vk_destroy;
    be->linear = ralu__vk_linear; be->layernorm = ralu__vk_layernorm; be->norm_modulate = ralu__vk_norm_modulate;
    be->rmsnorm = ralu__vk_rmsnorm; be->gated_add = ralu__vk_gated_add; be->add = ralu__vk_add;
    be->act = ralu__vk_act; be->gate_mul = ralu__vk_gate_mul; be->rope = ralu__vk_rope;
    be->attention = ralu__vk_attention; be->copy = ralu__vk_copy; be->conv2d = ralu__vk_conv2d;
    be->groupnorm = ralu__vk_groupnorm; be->upsample2x = ralu__vk_upsample2x;
    ctx->vk = v;
    snprintf(ctx->device_name, sizeof ctx->device_name, "%.200s (Vulkan%s)", v->props.deviceName, v->coopmat ? ", cooperative matrix" : "");
    *out = be;
    return RALU_OK;
fail:
    ralu__vk_destroy_state(v);
    ralu__free(ctx, v);
    ralu__free(ctx, be);
    return r;
}
#endif /* RALU__HAVE_VULKAN */

/* ---- public: devices and the profile (stubs without Vulkan) ---- */
RALUDEF int ralu_list_devices(ralu_device_info *out, int max) {
#ifdef RALU__HAVE_VULKAN
    ralu__vk_devinfo dev[16];
    VkInstance inst;
    char why[256];
    int n, i;
    if (ralu__vk_make_instance(&inst, why, sizeof why) != VK_SUCCESS) return 0;
    n = ralu__vk_enumerate(inst, dev, 16);
    for (i = 0; out && i < n && i < max; i++) {
        memset(&out[i], 0, sizeof out[i]);
        out[i].index = i;
        snprintf(out[i].name, sizeof out[i].name, "%s", dev[i].props.deviceName);
        out[i].type = ralu__vk_type_name(dev[i].props.deviceType);
        out[i].memory_bytes = dev[i].memory_bytes;
        out[i].usable = dev[i].usable;
        out[i].cooperative_matrix = dev[i].coopmat;
    }
    vkDestroyInstance(inst, NULL);
    return n;
#else
    RALU__UNUSED(out); RALU__UNUSED(max);
    return 0;
#endif
}
RALUDEF int ralu_profile_count(const ralu_ctx *ctx) {
#ifdef RALU__HAVE_VULKAN
    return ctx && ctx->vk ? RALU__PROF_COUNT : 0;
#else
    RALU__UNUSED(ctx);
    return 0;
#endif
}
RALUDEF ralu_result ralu_profile_get(const ralu_ctx *ctx, int i, const char **op, int *calls, double *ms) {
#ifdef RALU__HAVE_VULKAN
    if (!ctx || !ctx->vk || i < 0 || i >= RALU__PROF_COUNT) return RALU_ERR_INVALID_ARGUMENT;
    if (op) *op = ralu__prof_names[i];
    if (calls) *calls = ctx->vk->prof_calls[i];
    if (ms) *ms = ctx->vk->qpool ? ctx->vk->prof_ms[i] : -1.0;
    return RALU_OK;
#else
    RALU__UNUSED(ctx); RALU__UNUSED(i); RALU__UNUSED(op); RALU__UNUSED(calls); RALU__UNUSED(ms);
    return RALU_ERR_INVALID_ARGUMENT;
#endif
}
RALUDEF void ralu_profile_reset(ralu_ctx *ctx) {
#ifdef RALU__HAVE_VULKAN
    if (ctx && ctx->vk) {
        memset(ctx->vk->prof_calls, 0, sizeof ctx->vk->prof_calls);
        memset(ctx->vk->prof_ms, 0, sizeof ctx->vk->prof_ms);
    }
#else
    RALU__UNUSED(ctx);
#endif
}

/* =========================================================================================
   >>context — creating a context: resolve the desc's defaults, pick the backend
   ========================================================================================= */
static ralu_result ralu__resolve_ctx_desc(const ralu_ctx_desc *in, ralu_ctx_desc *d) {
    int i, any = 0;
    if (in) *d = *in; else memset(d, 0, sizeof *d);
    if ((d->allocator.alloc == NULL) != (d->allocator.free == NULL)) return RALU_ERR_INVALID_ARGUMENT;
    for (i = 0; i < RALU_MAX_BACKENDS; i++) if (d->backends[i]) any = 1;
    if (!any) { d->backends[0] = RALU_BACKEND_VULKAN; d->backends[1] = RALU_BACKEND_CPU; }
    if (d->log_level == RALU_LOG_DEFAULT) d->log_level = RALU_LOG_INFO;
    return RALU_OK;
}

RALUDEF ralu_result ralu_create(const ralu_ctx_desc *desc, ralu_ctx **out) {
    ralu_ctx_desc d;
    ralu_ctx *ctx;
    ralu_allocator al;
    ralu_result r = RALU_ERR_UNSUPPORTED;
    int i;
    if (!out) return RALU_ERR_INVALID_ARGUMENT;
    *out = NULL;
    if (ralu__resolve_ctx_desc(desc, &d) != RALU_OK) {
        if (desc && desc->log) desc->log(desc->log_user, RALU_LOG_ERROR, "ralu_create: allocator.alloc and allocator.free must both be set or both be NULL");
        return RALU_ERR_INVALID_ARGUMENT;
    }
    al = d.allocator;
    if (!al.alloc) { al.alloc = ralu__default_alloc; al.free = ralu__default_free; al.user = NULL; }
    ctx = (ralu_ctx *)al.alloc(al.user, sizeof *ctx);
    if (!ctx) return RALU_ERR_OUT_OF_MEMORY;
    memset(ctx, 0, sizeof *ctx);
    ctx->allocator = al;
    ctx->log = d.log; ctx->log_user = d.log_user; ctx->log_level = d.log_level;
    ctx->vk_timestamps = d.vk_timestamps;
    if (d.num_threads < 0) {
        ralu__fail(ctx, RALU_ERR_INVALID_ARGUMENT, "ralu_ctx_desc.num_threads is %d; use 0 for the default or a positive count", d.num_threads);
        al.free(al.user, ctx);
        return RALU_ERR_INVALID_ARGUMENT;
    }
#ifdef _OPENMP
    ctx->num_threads = d.num_threads > 0 ? d.num_threads : omp_get_max_threads();
#else
    ctx->num_threads = 1;
#endif
    for (i = 0; i < RALU_MAX_BACKENDS && d.backends[i] && !ctx->backend; i++) {
        switch (d.backends[i]) {
        case RALU_BACKEND_VULKAN:
#ifdef RALU__HAVE_VULKAN
            r = ralu__vk_backend_create(ctx, &d, &ctx->backend);
            if (r) ralu__log(ctx, RALU_LOG_WARN, "Vulkan backend unavailable: %s", ctx->error);
#else
            r = ralu__fail(ctx, RALU_ERR_VK_UNAVAILABLE, "this build has no Vulkan backend (RALU_NO_VULKAN)");
            ralu__log(ctx, RALU_LOG_INFO, "Vulkan backend unavailable: built with RALU_NO_VULKAN");
#endif
            break;
        case RALU_BACKEND_CPU:
            r = ralu__cpu_create(ctx, &ctx->backend);
            if (!r) snprintf(ctx->device_name, sizeof ctx->device_name, "CPU (%d thread%s)", ctx->num_threads, ctx->num_threads == 1 ? "" : "s");
            break;
        default:
            r = ralu__fail(ctx, RALU_ERR_INVALID_ARGUMENT, "ralu_ctx_desc.backends[%d] is %d, not a ralu_backend", i, (int)d.backends[i]);
            break;
        }
        if (!r && ctx->backend) ctx->backend_kind = ctx->backend->kind;
    }
    if (!ctx->backend) {
        if (d.log) d.log(d.log_user, RALU_LOG_ERROR, ctx->error[0] ? ctx->error : "no backend could be created");
        al.free(al.user, ctx);
        return r ? r : RALU_ERR_UNSUPPORTED;
    }
    ctx->error[0] = 0; ctx->error_code = RALU_OK;
    ralu__log(ctx, RALU_LOG_INFO, "ralu.h %d.%d.%d on %s", RALU_VERSION_MAJOR, RALU_VERSION_MINOR, RALU_VERSION_PATCH, ctx->device_name);
    *out = ctx;
    return RALU_OK;
}

RALUDEF void ralu_destroy(ralu_ctx *ctx) {
    ralu_allocator al;
    if (!ctx) return;
    while (ctx->objects) ctx->objects->destroy(ctx->objects); /* models the caller did not free */
    if (ctx->backend) ctx->backend->destroy(ctx->backend);
    al = ctx->allocator;
    al.free(al.user, ctx);
}
RALUDEF ralu_backend ralu_active_backend(const ralu_ctx *ctx) { return ctx ? ctx->backend_kind : RALU_BACKEND_DEFAULT; }
RALUDEF const char *ralu_device_name(const ralu_ctx *ctx) { return ctx ? ctx->device_name : ""; }

/* =========================================================================================
   >>flux — the FLUX.1 transformer
   One call: img_in / txt_in; vec = time_in(temb(1000 t)) [+ guidance_in(temb(1000 g))]
   + vector_in(y); RoPE over (txt ids ++ img ids); double-stream blocks on the joint
   sequence [txt | img] (separate weights per stream, one joint attention); single-stream
   blocks on the same buffer; final adaLN + linear on the image rows (ARCH.md §1).
   The text rows come first in every buffer, so the double blocks' "concat" and the single
   blocks' "split" are only views. Batch elements run one after another inside one recorded
   command stream, reusing the scratch buffers.
   ========================================================================================= */
typedef struct ralu__flux_double {
    ralu__linear img_mod, txt_mod, img_qkv, txt_qkv, img_proj, txt_proj;
    ralu__linear img_mlp0, img_mlp2, txt_mlp0, txt_mlp2;
    ralu__weight img_qn, img_kn, txt_qn, txt_kn;    /* QK RMSNorm scales [head_dim] */
} ralu__flux_double;

typedef struct ralu__flux_single {
    ralu__linear mod, lin1, lin2;                   /* lin1 rows [q | k | v | mlp_in] */
    ralu__weight qn, kn;
} ralu__flux_single;

/* activation buffers for one (batch, n_img, n_txt) shape; re-planned when a call needs more */
enum { RALU__FX_IMGIN, RALU__FX_TXTIN, RALU__FX_TEMB, RALU__FX_GEMB, RALU__FX_Y, RALU__FX_ROPE, RALU__FX_OUT,
       RALU__FX_VEC, RALU__FX_VS, RALU__FX_E1, RALU__FX_MODI, RALU__FX_MODT, RALU__FX_X, RALU__FX_H,
       RALU__FX_QKV, RALU__FX_O, RALU__FX_T, RALU__FX_BIG, RALU__FX_CAT, RALU__FX_NBUF };

struct ralu_flux {
    ralu__object obj;
    ralu_ctx *ctx;
    ralu_tensor_file *tf;           /* kept open: CPU weights are read from the mapping */
    ralu_flux_info info;
    char prefix[64];
    ralu__linear img_in, txt_in, time_in[2], guidance_in[2], vector_in[2], final_mod, final_lin;
    ralu__flux_double *dbl;
    ralu__flux_single *sgl;
    ralu__buffer *buf[RALU__FX_NBUF];
    size_t buf_floats[RALU__FX_NBUF];
    float *host_scratch;            /* RoPE tables and embeddings built on the host */
    size_t host_scratch_floats;
};

RALUDEF double ralu_flux_flops(const ralu_flux_info *f, int n_img, int n_txt) {
    double D, L = (double)n_img + n_txt, Ni = n_img, Lt = n_txt, mlp, fl = 0;
    if (!f || n_img < 0 || n_txt < 0) return 0;
    D = f->hidden; mlp = f->mlp_hidden;
    fl += 2 * (256 * D + D * D) * (f->guidance ? 2 : 1);      /* time_in (+ guidance_in) */
    fl += 2 * ((double)f->vec_dim * D + D * D);               /* vector_in */
    fl += 2 * Ni * f->in_channels * D + 2 * Lt * f->context_dim * D;
    fl += f->depth_double * (2 * 2 * D * 6 * D                /* two modulations */
                             + 2 * L * D * 3 * D              /* qkv (both streams: all L rows) */
                             + 4 * L * L * D                  /* QK^T and PV */
                             + 2 * L * D * D                  /* proj */
                             + 2 * 2 * L * D * mlp);          /* MLP in and out */
    fl += f->depth_single * (2 * D * 3 * D + 2 * L * D * (3 * D + mlp) + 4 * L * L * D + 2 * L * (D + mlp) * D);
    fl += 2 * D * 2 * D + 2 * Ni * D * f->out_channels;       /* final adaLN + linear */
    return fl;
}
RALUDEF ralu_flux_info ralu_flux_info_flux1(int guidance) {
    ralu_flux_info f;
    memset(&f, 0, sizeof f);
    f.hidden = 3072; f.heads = 24; f.head_dim = 128; f.depth_double = 19; f.depth_single = 38;
    f.in_channels = 64; f.out_channels = 64; f.context_dim = 4096; f.vec_dim = 768; f.mlp_hidden = 12288;
    f.axes_dim[0] = 16; f.axes_dim[1] = 56; f.axes_dim[2] = 56; f.guidance = guidance ? 1 : 0;
    f.dtype = RALU_DTYPE_BF16; f.format = "bfl";
    return f;
}

/* highest N in names "<prefix><stem>N.<...>", or -1 */
static int ralu__max_block_index(const ralu_tensor_file *tf, const char *prefix, const char *stem) {
    size_t pl = strlen(prefix), sl = strlen(stem);
    int i, best = -1;
    for (i = 0; i < tf->count; i++) {
        const char *n = tf->entries[i].name;
        if (!strncmp(n, prefix, pl) && !strncmp(n + pl, stem, sl)) {
            const char *p = n + pl + sl; long v = 0; int digits = 0;
            while (*p >= '0' && *p <= '9' && digits < 7) { v = v * 10 + (*p++ - '0'); digits++; }
            if (digits && *p == '.' && v > best) best = (int)v;
        }
    }
    return best;
}

/* reads a small JSON file beside the weights (diffusers config.json); NULL root if absent */
static ralu_result ralu__read_json_file(ralu_ctx *ctx, ralu__arena *arena, const char *path, ralu__jv **root) {
    ralu__mapped m; ralu_result r; char *copy; size_t size;
    *root = NULL;
    if (!ralu__file_exists(path)) return RALU_OK;
    if ((r = ralu__map_file(ctx, path, &m)) != RALU_OK) return r;
    copy = (char *)ralu__arena_alloc(arena, (size_t)m.size + 1);
    if (!copy) { ralu__unmap_file(&m); return ralu__oom(ctx, "config", (size_t)m.size); }
    size = (size_t)m.size;
    if (size) memcpy(copy, m.base, size);
    ralu__unmap_file(&m);
    return ralu__json_parse(ctx, arena, copy, size, path, root);
}
/* the folder of the checkpoint (the path itself if it is a folder) + "/" + name */
static char *ralu__sibling_path(ralu_ctx *ctx, const char *path, const char *name) {
    char *dir, *p; size_t n;
    if (ralu__is_dir(path)) return ralu__path_join(ctx, path, name);
    n = strlen(path);
    while (n && path[n - 1] != '/' && path[n - 1] != '\\') n--;
    dir = (char *)ralu__alloc(ctx, n + 2);
    if (!dir) return NULL;
    if (n) memcpy(dir, path, n); else dir[n++] = '.';
    dir[n] = 0;
    p = ralu__path_join(ctx, dir, name);
    ralu__free(ctx, dir);
    return p;
}

static void ralu__flux_destroy(ralu__object *o) { ralu_flux_free((ralu_flux *)o); }

RALUDEF void ralu_flux_free(ralu_flux *m) {
    ralu_ctx *ctx; int i;
    if (!m) return;
    ctx = m->ctx;
    ralu__object_untrack(&m->obj);
    ralu__linear_free(ctx, &m->img_in); ralu__linear_free(ctx, &m->txt_in);
    for (i = 0; i < 2; i++) { ralu__linear_free(ctx, &m->time_in[i]); ralu__linear_free(ctx, &m->guidance_in[i]); ralu__linear_free(ctx, &m->vector_in[i]); }
    ralu__linear_free(ctx, &m->final_mod); ralu__linear_free(ctx, &m->final_lin);
    if (m->dbl) for (i = 0; i < m->info.depth_double; i++) {
        ralu__flux_double *b = &m->dbl[i];
        ralu__linear *ls[10]; int k;
        ls[0] = &b->img_mod; ls[1] = &b->txt_mod; ls[2] = &b->img_qkv; ls[3] = &b->txt_qkv; ls[4] = &b->img_proj;
        ls[5] = &b->txt_proj; ls[6] = &b->img_mlp0; ls[7] = &b->img_mlp2; ls[8] = &b->txt_mlp0; ls[9] = &b->txt_mlp2;
        for (k = 0; k < 10; k++) ralu__linear_free(ctx, ls[k]);
        ralu__weight_free(ctx, &b->img_qn); ralu__weight_free(ctx, &b->img_kn); ralu__weight_free(ctx, &b->txt_qn); ralu__weight_free(ctx, &b->txt_kn);
    }
    if (m->sgl) for (i = 0; i < m->info.depth_single; i++) {
        ralu__flux_single *b = &m->sgl[i];
        ralu__linear_free(ctx, &b->mod); ralu__linear_free(ctx, &b->lin1); ralu__linear_free(ctx, &b->lin2);
        ralu__weight_free(ctx, &b->qn); ralu__weight_free(ctx, &b->kn);
    }
    for (i = 0; i < RALU__FX_NBUF; i++) if (m->buf[i]) ctx->backend->buffer_free(ctx->backend, m->buf[i]);
    ralu__free(ctx, m->dbl); ralu__free(ctx, m->sgl);
    ralu__free_aligned(ctx, m->host_scratch);
    ralu_tensor_file_close(m->tf);
    ralu__free(ctx, m);
}

/* ---- loading, Black Forest Labs names (ARCH.md §2.1) ---- */
static ralu_result ralu__flux_load_bfl(ralu_flux *m) {
    ralu_ctx *ctx = m->ctx; const ralu_tensor_file *tf = m->tf; const char *P = m->prefix;
    const ralu_flux_info *f = &m->info;
    int64_t D = f->hidden, hd = f->head_dim, mlp = f->mlp_hidden;
    char n[256]; int i; ralu_result r;
#define RALU__TRY(x) do { if ((r = (x)) != RALU_OK) return r; } while (0)
    RALU__TRY(ralu__load_linear(ctx, tf, P, "img_in", f->in_channels, D, 1, &m->img_in));
    RALU__TRY(ralu__load_linear(ctx, tf, P, "txt_in", f->context_dim, D, 1, &m->txt_in));
    RALU__TRY(ralu__load_linear(ctx, tf, P, "time_in.in_layer", 256, D, 1, &m->time_in[0]));
    RALU__TRY(ralu__load_linear(ctx, tf, P, "time_in.out_layer", D, D, 1, &m->time_in[1]));
    RALU__TRY(ralu__load_linear(ctx, tf, P, "vector_in.in_layer", f->vec_dim, D, 1, &m->vector_in[0]));
    RALU__TRY(ralu__load_linear(ctx, tf, P, "vector_in.out_layer", D, D, 1, &m->vector_in[1]));
    if (f->guidance) {
        RALU__TRY(ralu__load_linear(ctx, tf, P, "guidance_in.in_layer", 256, D, 1, &m->guidance_in[0]));
        RALU__TRY(ralu__load_linear(ctx, tf, P, "guidance_in.out_layer", D, D, 1, &m->guidance_in[1]));
    }
    for (i = 0; i < f->depth_double; i++) {
        ralu__flux_double *b = &m->dbl[i];
        const char *s[2] = { "img", "txt" }; int k;
        for (k = 0; k < 2; k++) {
            snprintf(n, sizeof n, "double_blocks.%d.%s_mod.lin", i, s[k]);
            RALU__TRY(ralu__load_linear(ctx, tf, P, n, D, 6 * D, 1, k ? &b->txt_mod : &b->img_mod));
            snprintf(n, sizeof n, "double_blocks.%d.%s_attn.qkv", i, s[k]);
            RALU__TRY(ralu__load_linear(ctx, tf, P, n, D, 3 * D, 1, k ? &b->txt_qkv : &b->img_qkv));
            snprintf(n, sizeof n, "double_blocks.%d.%s_attn.proj", i, s[k]);
            RALU__TRY(ralu__load_linear(ctx, tf, P, n, D, D, 1, k ? &b->txt_proj : &b->img_proj));
            snprintf(n, sizeof n, "double_blocks.%d.%s_mlp.0", i, s[k]);
            RALU__TRY(ralu__load_linear(ctx, tf, P, n, D, mlp, 1, k ? &b->txt_mlp0 : &b->img_mlp0));
            snprintf(n, sizeof n, "double_blocks.%d.%s_mlp.2", i, s[k]);
            RALU__TRY(ralu__load_linear(ctx, tf, P, n, mlp, D, 1, k ? &b->txt_mlp2 : &b->img_mlp2));
            snprintf(n, sizeof n, "double_blocks.%d.%s_attn.norm.query_norm.scale", i, s[k]);
            RALU__TRY(ralu__load_vector(ctx, tf, P, n, hd, k ? &b->txt_qn : &b->img_qn));
            snprintf(n, sizeof n, "double_blocks.%d.%s_attn.norm.key_norm.scale", i, s[k]);
            RALU__TRY(ralu__load_vector(ctx, tf, P, n, hd, k ? &b->txt_kn : &b->img_kn));
        }
    }
    for (i = 0; i < f->depth_single; i++) {
        ralu__flux_single *b = &m->sgl[i];
        snprintf(n, sizeof n, "single_blocks.%d.modulation.lin", i);
        RALU__TRY(ralu__load_linear(ctx, tf, P, n, D, 3 * D, 1, &b->mod));
        snprintf(n, sizeof n, "single_blocks.%d.linear1", i);
        RALU__TRY(ralu__load_linear(ctx, tf, P, n, D, 3 * D + mlp, 1, &b->lin1));
        snprintf(n, sizeof n, "single_blocks.%d.linear2", i);
        RALU__TRY(ralu__load_linear(ctx, tf, P, n, D + mlp, D, 1, &b->lin2));
        snprintf(n, sizeof n, "single_blocks.%d.norm.query_norm.scale", i);
        RALU__TRY(ralu__load_vector(ctx, tf, P, n, hd, &b->qn));
        snprintf(n, sizeof n, "single_blocks.%d.norm.key_norm.scale", i);
        RALU__TRY(ralu__load_vector(ctx, tf, P, n, hd, &b->kn));
    }
    RALU__TRY(ralu__load_linear(ctx, tf, P, "final_layer.adaLN_modulation.1", D, 2 * D, 1, &m->final_mod)); /* rows [shift | scale] */
    RALU__TRY(ralu__load_linear(ctx, tf, P, "final_layer.linear", D, f->out_channels, 1, &m->final_lin));
    return RALU_OK;
}

/* a linear assembled from several diffusers tensors stacked along the output rows */
static ralu_result ralu__linear_stack(ralu_ctx *ctx, const ralu_tensor_file *tf, const char *P, const char *const *names, int count,
                                      int64_t in, int64_t out, ralu__linear *lin) {
    int k; int64_t row = 0; ralu_result r;
    memset(lin, 0, sizeof *lin);
    lin->in = in; lin->out = out;
    for (k = 0; k < count; k++) {
        char wn[300], bn[300]; ralu_tensor_info ti;
        snprintf(wn, sizeof wn, "%s.weight", names[k]); snprintf(bn, sizeof bn, "%s.bias", names[k]);
        if ((r = ralu__need(ctx, tf, P, wn, &ti)) != RALU_OK) return r;
        if (row + ti.shape[0] > out) {
            char got[128]; ralu__shape_str(ti.shape, ti.ndim, got, sizeof got);
            return ralu__fail(ctx, RALU_ERR_MODEL_SHAPE, "tensor '%s' has shape %s: too many rows for a %lld-wide layer", ti.name, got, (long long)out);
        }
        if ((r = ralu__linear_add(ctx, tf, P, wn, bn, 0, ti.shape[0], row, lin)) != RALU_OK) return r;
        row += ti.shape[0];
    }
    return ralu__linear_finish(ctx, lin, names[0]);
}

/* ---- loading, diffusers names (ARCH.md §2.2: split q/k/v, swapped final halves) ---- */
static ralu_result ralu__flux_load_diffusers(ralu_flux *m) {
    ralu_ctx *ctx = m->ctx; const ralu_tensor_file *tf = m->tf; const char *P = m->prefix;
    const ralu_flux_info *f = &m->info;
    int64_t D = f->hidden, hd = f->head_dim, mlp = f->mlp_hidden;
    char n[8][256]; const char *nv[8]; int i, k; ralu_result r;
    for (k = 0; k < 8; k++) nv[k] = n[k];
    RALU__TRY(ralu__load_linear(ctx, tf, P, "x_embedder", f->in_channels, D, 1, &m->img_in));
    RALU__TRY(ralu__load_linear(ctx, tf, P, "context_embedder", f->context_dim, D, 1, &m->txt_in));
    RALU__TRY(ralu__load_linear(ctx, tf, P, "time_text_embed.timestep_embedder.linear_1", 256, D, 1, &m->time_in[0]));
    RALU__TRY(ralu__load_linear(ctx, tf, P, "time_text_embed.timestep_embedder.linear_2", D, D, 1, &m->time_in[1]));
    RALU__TRY(ralu__load_linear(ctx, tf, P, "time_text_embed.text_embedder.linear_1", f->vec_dim, D, 1, &m->vector_in[0]));
    RALU__TRY(ralu__load_linear(ctx, tf, P, "time_text_embed.text_embedder.linear_2", D, D, 1, &m->vector_in[1]));
    if (f->guidance) {
        RALU__TRY(ralu__load_linear(ctx, tf, P, "time_text_embed.guidance_embedder.linear_1", 256, D, 1, &m->guidance_in[0]));
        RALU__TRY(ralu__load_linear(ctx, tf, P, "time_text_embed.guidance_embedder.linear_2", D, D, 1, &m->guidance_in[1]));
    }
    for (i = 0; i < f->depth_double; i++) {
        ralu__flux_double *b = &m->dbl[i];
        char q[64];
        snprintf(q, sizeof q, "transformer_blocks.%d.", i);
#define RALU__N(k, suffix) snprintf(n[k], sizeof n[k], "%s%s", q, suffix)
        RALU__N(0, "norm1.linear"); RALU__TRY(ralu__load_linear(ctx, tf, P, n[0], D, 6 * D, 1, &b->img_mod));
        RALU__N(0, "norm1_context.linear"); RALU__TRY(ralu__load_linear(ctx, tf, P, n[0], D, 6 * D, 1, &b->txt_mod));
        RALU__N(0, "attn.to_q"); RALU__N(1, "attn.to_k"); RALU__N(2, "attn.to_v");
        RALU__TRY(ralu__linear_stack(ctx, tf, P, nv, 3, D, 3 * D, &b->img_qkv));
        RALU__N(0, "attn.add_q_proj"); RALU__N(1, "attn.add_k_proj"); RALU__N(2, "attn.add_v_proj");
        RALU__TRY(ralu__linear_stack(ctx, tf, P, nv, 3, D, 3 * D, &b->txt_qkv));
        RALU__N(0, "attn.to_out.0"); RALU__TRY(ralu__load_linear(ctx, tf, P, n[0], D, D, 1, &b->img_proj));
        RALU__N(0, "attn.to_add_out"); RALU__TRY(ralu__load_linear(ctx, tf, P, n[0], D, D, 1, &b->txt_proj));
        RALU__N(0, "ff.net.0.proj"); RALU__TRY(ralu__load_linear(ctx, tf, P, n[0], D, mlp, 1, &b->img_mlp0));
        RALU__N(0, "ff.net.2"); RALU__TRY(ralu__load_linear(ctx, tf, P, n[0], mlp, D, 1, &b->img_mlp2));
        RALU__N(0, "ff_context.net.0.proj"); RALU__TRY(ralu__load_linear(ctx, tf, P, n[0], D, mlp, 1, &b->txt_mlp0));
        RALU__N(0, "ff_context.net.2"); RALU__TRY(ralu__load_linear(ctx, tf, P, n[0], mlp, D, 1, &b->txt_mlp2));
        RALU__N(0, "attn.norm_q.weight"); RALU__TRY(ralu__load_vector(ctx, tf, P, n[0], hd, &b->img_qn));
        RALU__N(0, "attn.norm_k.weight"); RALU__TRY(ralu__load_vector(ctx, tf, P, n[0], hd, &b->img_kn));
        RALU__N(0, "attn.norm_added_q.weight"); RALU__TRY(ralu__load_vector(ctx, tf, P, n[0], hd, &b->txt_qn));
        RALU__N(0, "attn.norm_added_k.weight"); RALU__TRY(ralu__load_vector(ctx, tf, P, n[0], hd, &b->txt_kn));
    }
    for (i = 0; i < f->depth_single; i++) {
        ralu__flux_single *b = &m->sgl[i];
        char q[64];
        snprintf(q, sizeof q, "single_transformer_blocks.%d.", i);
        RALU__N(0, "norm.linear"); RALU__TRY(ralu__load_linear(ctx, tf, P, n[0], D, 3 * D, 1, &b->mod));
        RALU__N(0, "attn.to_q"); RALU__N(1, "attn.to_k"); RALU__N(2, "attn.to_v"); RALU__N(3, "proj_mlp");
        RALU__TRY(ralu__linear_stack(ctx, tf, P, nv, 4, D, 3 * D + mlp, &b->lin1));
        RALU__N(0, "proj_out"); RALU__TRY(ralu__load_linear(ctx, tf, P, n[0], D + mlp, D, 1, &b->lin2));
        RALU__N(0, "attn.norm_q.weight"); RALU__TRY(ralu__load_vector(ctx, tf, P, n[0], hd, &b->qn));
        RALU__N(0, "attn.norm_k.weight"); RALU__TRY(ralu__load_vector(ctx, tf, P, n[0], hd, &b->kn));
#undef RALU__N
    }
    /* norm_out.linear rows are [scale | shift]; ours are [shift | scale] */
    memset(&m->final_mod, 0, sizeof m->final_mod);
    m->final_mod.in = D; m->final_mod.out = 2 * D;
    RALU__TRY(ralu__linear_add(ctx, tf, P, "norm_out.linear.weight", "norm_out.linear.bias", D, D, 0, &m->final_mod));
    RALU__TRY(ralu__linear_add(ctx, tf, P, "norm_out.linear.weight", "norm_out.linear.bias", 0, D, D, &m->final_mod));
    RALU__TRY(ralu__linear_finish(ctx, &m->final_mod, "norm_out.linear.weight"));
    RALU__TRY(ralu__load_linear(ctx, tf, P, "proj_out", D, f->out_channels, 1, &m->final_lin));
    return RALU_OK;
}

/* shape of a named tensor's dimension d (after need()), or an error */
static ralu_result ralu__dim(ralu_ctx *ctx, const ralu_tensor_file *tf, const char *P, const char *name, int ndim, int d, int *out) {
    ralu_tensor_info ti; ralu_result r;
    if ((r = ralu__need(ctx, tf, P, name, &ti)) != RALU_OK) return r;
    if (ti.ndim != ndim || ti.shape[d] <= 0 || ti.shape[d] > (1 << 24)) {
        char got[128]; ralu__shape_str(ti.shape, ti.ndim, got, sizeof got);
        return ralu__fail(ctx, RALU_ERR_MODEL_SHAPE, "tensor '%s' has shape %s; expected %d dimensions", ti.name, got, ndim);
    }
    *out = (int)ti.shape[d];
    return RALU_OK;
}

RALUDEF ralu_result ralu_flux_load(ralu_ctx *ctx, const char *path, const ralu_flux_desc *desc, ralu_flux **out) {
    ralu_flux *m; ralu_result r; ralu_flux_info *f; ralu_tensor_info ti;
    int diffusers, i;
    static const char *const prefixes[] = { "", "model.diffusion_model.", "diffusion_model.", "transformer." };
    if (!ctx || !out) return RALU_ERR_INVALID_ARGUMENT;
    *out = NULL;
    m = (ralu_flux *)ralu__calloc(ctx, 1, sizeof *m);
    if (!m) return ralu__oom(ctx, "FLUX model", sizeof *m);
    m->ctx = ctx;
    ralu__object_track(ctx, &m->obj, ralu__flux_destroy);
    f = &m->info;
    if ((r = ralu_tensor_file_open(ctx, path, &m->tf)) != RALU_OK) goto fail;
    /* which naming and which prefix? */
    for (i = 0, diffusers = -1; i < (int)(sizeof prefixes / sizeof prefixes[0]) && diffusers < 0; i++) {
        snprintf(m->prefix, sizeof m->prefix, "%s", prefixes[i]);
        if (ralu__find(m->tf, m->prefix, "img_in.weight", &ti) == 0) diffusers = 0;
        else if (ralu__find(m->tf, m->prefix, "x_embedder.weight", &ti) == 0) diffusers = 1;
    }
    if (diffusers < 0) {
        r = ralu__fail(ctx, RALU_ERR_MODEL_UNKNOWN, "'%s' is not a FLUX transformer: no 'img_in.weight' (Black Forest Labs names) or 'x_embedder.weight' (diffusers names), with or without a 'model.diffusion_model.' prefix", path);
        goto fail;
    }
    f->format = diffusers ? "diffusers" : "bfl";
    /* configuration from the tensors themselves */
    {
        const char *P = m->prefix, *emb = diffusers ? "x_embedder.weight" : "img_in.weight";
        const char *ctxw = diffusers ? "context_embedder.weight" : "txt_in.weight";
        const char *vecw = diffusers ? "time_text_embed.text_embedder.linear_1.weight" : "vector_in.in_layer.weight";
        const char *qn = diffusers ? "transformer_blocks.0.attn.norm_q.weight" : "double_blocks.0.img_attn.norm.query_norm.scale";
        const char *mlpw = diffusers ? "transformer_blocks.0.ff.net.0.proj.weight" : "double_blocks.0.img_mlp.0.weight";
        const char *outw = diffusers ? "proj_out.weight" : "final_layer.linear.weight";
        if ((r = ralu__dim(ctx, m->tf, P, emb, 2, 0, &f->hidden)) || (r = ralu__dim(ctx, m->tf, P, emb, 2, 1, &f->in_channels)) ||
            (r = ralu__dim(ctx, m->tf, P, ctxw, 2, 1, &f->context_dim)) || (r = ralu__dim(ctx, m->tf, P, vecw, 2, 1, &f->vec_dim)) ||
            (r = ralu__dim(ctx, m->tf, P, qn, 1, 0, &f->head_dim)) || (r = ralu__dim(ctx, m->tf, P, mlpw, 2, 0, &f->mlp_hidden)) ||
            (r = ralu__dim(ctx, m->tf, P, outw, 2, 0, &f->out_channels)))
            goto fail;
        ralu__find(m->tf, P, emb, &ti);
        f->dtype = ti.dtype;
        f->depth_double = ralu__max_block_index(m->tf, P, diffusers ? "transformer_blocks." : "double_blocks.") + 1;
        f->depth_single = ralu__max_block_index(m->tf, P, diffusers ? "single_transformer_blocks." : "single_blocks.") + 1;
        f->guidance = ralu__find(m->tf, P, diffusers ? "time_text_embed.guidance_embedder.linear_1.weight" : "guidance_in.in_layer.weight", &ti) == 0;
        if (f->head_dim % 2 || f->hidden % f->head_dim) {
            r = ralu__fail(ctx, RALU_ERR_MODEL_SHAPE, "FLUX hidden size %d is not a multiple of the even head_dim %d (from '%s%s')", f->hidden, f->head_dim, P, qn);
            goto fail;
        }
        f->heads = f->hidden / f->head_dim;
        if (f->depth_double < 1 && f->depth_single < 1) { r = ralu__fail(ctx, RALU_ERR_MODEL_MISSING_TENSOR, "'%s' has no transformer blocks", path); goto fail; }
    }
    /* RoPE axes: not stored in the weights */
    if (desc && (desc->axes_dim[0] || desc->axes_dim[1] || desc->axes_dim[2])) memcpy(f->axes_dim, desc->axes_dim, sizeof f->axes_dim);
    else {
        ralu__arena ar; ralu__jv *cfg = NULL, *ax;
        char *cp = ralu__sibling_path(ctx, path, "config.json");
        ar.ctx = ctx; ar.head = NULL;
        if (!cp) { r = ralu__oom(ctx, "path", strlen(path)); goto fail; }
        r = ralu__read_json_file(ctx, &ar, cp, &cfg);
        ralu__free(ctx, cp);
        if (!r && (ax = ralu__jget(cfg, "axes_dims_rope")) != NULL && ax->type == RALU__J_ARR && ax->count == 3) {
            ralu__jv *e = ax->first;
            for (i = 0; i < 3; i++, e = e->next) f->axes_dim[i] = (int)ralu__jv_num(e);
        } else if (!r && f->head_dim == 128) { f->axes_dim[0] = 16; f->axes_dim[1] = 56; f->axes_dim[2] = 56; }
        ralu__arena_free(&ar);
        if (r) goto fail;
        if (!f->axes_dim[0] && !f->axes_dim[1] && !f->axes_dim[2]) {
            r = ralu__fail(ctx, RALU_ERR_MODEL_UNKNOWN, "cannot tell the RoPE axes of a FLUX model with head_dim %d: no config.json beside '%s'; set ralu_flux_desc.axes_dim", f->head_dim, path);
            goto fail;
        }
    }
    if (f->axes_dim[0] % 2 || f->axes_dim[1] % 2 || f->axes_dim[2] % 2 || f->axes_dim[0] < 0 || f->axes_dim[1] < 0 || f->axes_dim[2] < 0 ||
        f->axes_dim[0] + f->axes_dim[1] + f->axes_dim[2] != f->head_dim) {
        r = ralu__fail(ctx, RALU_ERR_INVALID_ARGUMENT, "RoPE axes_dim {%d, %d, %d} must be even and sum to head_dim %d", f->axes_dim[0], f->axes_dim[1], f->axes_dim[2], f->head_dim);
        goto fail;
    }
    m->dbl = (ralu__flux_double *)ralu__calloc(ctx, (size_t)RALU__MAX(f->depth_double, 1), sizeof *m->dbl);
    m->sgl = (ralu__flux_single *)ralu__calloc(ctx, (size_t)RALU__MAX(f->depth_single, 1), sizeof *m->sgl);
    if (!m->dbl || !m->sgl) { r = ralu__oom(ctx, "FLUX blocks", sizeof *m->dbl * (size_t)f->depth_double); goto fail; }
    r = diffusers ? ralu__flux_load_diffusers(m) : ralu__flux_load_bfl(m);
    if (r) goto fail;
    ralu__log(ctx, RALU_LOG_INFO, "FLUX (%s, %s%s): hidden %d, %d heads, %d double + %d single blocks, %s weights",
              f->format, f->guidance ? "guidance-distilled" : "no guidance", "", f->hidden, f->heads, f->depth_double, f->depth_single, ralu_dtype_name(f->dtype));
    *out = m;
    return RALU_OK;
fail:
    ralu_flux_free(m);
    return r;
}

RALUDEF const ralu_flux_info *ralu_flux_get_info(const ralu_flux *m) { return m ? &m->info : NULL; }

/* ---- host-side inputs: sinusoidal embedding, RoPE table ---- */

/* diffusers Timesteps(256, flip_sin_to_cos=True): [cos(ts*f_k) | sin(ts*f_k)], f_k = e^(-ln(1e4) k/128), f32 */
static void ralu__timestep_embedding(float ts, float *out, int dim) {
    int half = dim / 2, k;
    for (k = 0; k < half; k++) {
        float freq = expf(-9.210340371976184f * (float)k / (float)half);
        float a = ts * freq;
        out[k] = cosf(a); out[half + k] = sinf(a);
    }
}
/* per token: (cos, sin) of id[axis] * theta^(-2k/d_axis) for each rotation pair, in double
   (as diffusers), stored as float pairs [head_dim] */
static void ralu__rope_table(const float *ids, int64_t n, const int *axes, double theta, float *out, int head_dim) {
    int64_t t;
    for (t = 0; t < n; t++) {
        int a, k, p = 0;
        for (a = 0; a < 3; a++)
            for (k = 0; k < axes[a] / 2; k++, p++) {
                double omega = 1.0 / pow(theta, (double)(2 * k) / (double)axes[a]);
                double ang = (double)ids[t * 3 + a] * omega;
                out[t * head_dim + 2 * p] = (float)cos(ang);
                out[t * head_dim + 2 * p + 1] = (float)sin(ang);
            }
    }
}

static int ralu__all_finite(const float *p, size_t n, size_t *bad) {
    size_t i;
    for (i = 0; i < n; i++) if (!isfinite(p[i])) { *bad = i; return 0; }
    return 1;
}

/* (re)allocates the activation buffers for a call shape */
static ralu_result ralu__flux_plan(ralu_flux *m, int B, int Ni, int Lt) {
    ralu__backend *be = m->ctx->backend;
    const ralu_flux_info *f = &m->info;
    size_t L = (size_t)Ni + (size_t)Lt, D = (size_t)f->hidden, mlp = (size_t)f->mlp_hidden;
    size_t need[RALU__FX_NBUF];
    int i; ralu_result r;
    need[RALU__FX_IMGIN] = (size_t)B * Ni * (size_t)f->in_channels;
    need[RALU__FX_TXTIN] = (size_t)B * Lt * (size_t)f->context_dim;
    need[RALU__FX_TEMB] = (size_t)B * 256; need[RALU__FX_GEMB] = (size_t)B * 256;
    need[RALU__FX_Y] = (size_t)B * (size_t)f->vec_dim;
    need[RALU__FX_ROPE] = (size_t)B * L * (size_t)f->head_dim;
    need[RALU__FX_OUT] = (size_t)B * Ni * (size_t)f->out_channels;
    need[RALU__FX_VEC] = D; need[RALU__FX_VS] = D; need[RALU__FX_E1] = D;
    need[RALU__FX_MODI] = 6 * D; need[RALU__FX_MODT] = 6 * D;
    need[RALU__FX_X] = L * D; need[RALU__FX_H] = L * D; need[RALU__FX_QKV] = L * 3 * D;
    need[RALU__FX_O] = L * D; need[RALU__FX_T] = L * D;
    need[RALU__FX_BIG] = L * (3 * D + mlp); need[RALU__FX_CAT] = L * (D + mlp);
    for (i = 0; i < RALU__FX_NBUF; i++) {
        if (!need[i]) need[i] = 1;
        if (m->buf[i] && m->buf_floats[i] >= need[i]) continue;
        if (m->buf[i]) { be->buffer_free(be, m->buf[i]); m->buf[i] = NULL; m->buf_floats[i] = 0; }
        if ((r = be->buffer_alloc(be, need[i], &m->buf[i])) != RALU_OK) return r;
        m->buf_floats[i] = need[i];
    }
    return RALU_OK;
}

/* one element's transformer pass, recorded on the backend; inputs already uploaded at row b */
static void ralu__flux_record(ralu_flux *m, int b, int Ni, int Lt) {
    ralu__backend *be = m->ctx->backend;
    const ralu_flux_info *f = &m->info;
    ralu__buffer **B = m->buf;
    int64_t D = f->hidden, mlp = f->mlp_hidden, L = (int64_t)Ni + Lt, hd = f->head_dim;
    ralu__view X = ralu__view_make(B[RALU__FX_X], 0, L, D), H = ralu__view_make(B[RALU__FX_H], 0, L, D);
    ralu__view T = ralu__view_make(B[RALU__FX_T], 0, L, D), O = ralu__view_make(B[RALU__FX_O], 0, L, D);
    ralu__view QKV = ralu__view_make(B[RALU__FX_QKV], 0, L, 3 * D);
    ralu__view Y1 = ralu__view_make(B[RALU__FX_BIG], 0, L, 3 * D + mlp), M = ralu__view_make(B[RALU__FX_BIG], 0, L, mlp);
    ralu__view CAT = ralu__view_make(B[RALU__FX_CAT], 0, L, D + mlp);
    ralu__view vec = ralu__view_make(B[RALU__FX_VEC], 0, 1, D), vs = ralu__view_make(B[RALU__FX_VS], 0, 1, D);
    ralu__view e1 = ralu__view_make(B[RALU__FX_E1], 0, 1, D);
    ralu__view modi = ralu__view_make(B[RALU__FX_MODI], 0, 1, 6 * D), modt = ralu__view_make(B[RALU__FX_MODT], 0, 1, 6 * D);
    ralu__view rope = ralu__view_make(B[RALU__FX_ROPE], (size_t)b * (size_t)L * (size_t)hd, L, hd);
    ralu__attn_opts ao;
    int i;
    memset(&ao, 0, sizeof ao);
    ao.heads = f->heads; ao.head_dim = f->head_dim; ao.scale = 1.0f / sqrtf((float)f->head_dim);
#define RALU__COLS(v, c0, n) ralu__view_sub(v, 0, (v).rows, c0, n)
#define RALU__ROWS(v, r0, n) ralu__view_sub(v, r0, n, 0, (v).cols)
    /* vec = time_in(temb) [+ guidance_in(gemb)] + vector_in(y); every modulation sees SiLU(vec) */
    ralu__op_linear(be, e1, ralu__view_make(B[RALU__FX_TEMB], (size_t)b * 256, 1, 256), &m->time_in[0], 0);
    ralu__op_act(be, e1, e1, RALU__ACT_SILU);
    ralu__op_linear(be, vec, e1, &m->time_in[1], 0);
    if (f->guidance) {
        ralu__op_linear(be, e1, ralu__view_make(B[RALU__FX_GEMB], (size_t)b * 256, 1, 256), &m->guidance_in[0], 0);
        ralu__op_act(be, e1, e1, RALU__ACT_SILU);
        ralu__op_linear(be, vec, e1, &m->guidance_in[1], 1);
    }
    ralu__op_linear(be, e1, ralu__view_make(B[RALU__FX_Y], (size_t)b * (size_t)f->vec_dim, 1, f->vec_dim), &m->vector_in[0], 0);
    ralu__op_act(be, e1, e1, RALU__ACT_SILU);
    ralu__op_linear(be, vec, e1, &m->vector_in[1], 1);
    ralu__op_act(be, vs, vec, RALU__ACT_SILU);
    /* the joint sequence: text rows first */
    if (Lt) ralu__op_linear(be, RALU__ROWS(X, 0, Lt), ralu__view_make(B[RALU__FX_TXTIN], (size_t)b * Lt * (size_t)f->context_dim, Lt, f->context_dim), &m->txt_in, 0);
    ralu__op_linear(be, RALU__ROWS(X, Lt, Ni), ralu__view_make(B[RALU__FX_IMGIN], (size_t)b * Ni * (size_t)f->in_channels, Ni, f->in_channels), &m->img_in, 0);
    for (i = 0; i < f->depth_double; i++) {
        const ralu__flux_double *blk = &m->dbl[i];
        int s;
        ralu__op_linear(be, modi, vs, &blk->img_mod, 0);
        ralu__op_linear(be, modt, vs, &blk->txt_mod, 0);
        for (s = 0; s < 2; s++) { /* s = 0: text rows, 1: image rows */
            int64_t r0 = s ? Lt : 0, n = s ? Ni : Lt;
            ralu__view md = s ? modi : modt;
            if (!n) continue;
            ralu__op_norm_modulate(be, RALU__ROWS(H, r0, n), RALU__ROWS(X, r0, n), 1e-6f, RALU__COLS(md, 0, D), RALU__COLS(md, D, D));
            ralu__op_linear(be, RALU__ROWS(QKV, r0, n), RALU__ROWS(H, r0, n), s ? &blk->img_qkv : &blk->txt_qkv, 0);
            ralu__op_rmsnorm(be, ralu__view_sub(QKV, r0, n, 0, D), ralu__view_sub(QKV, r0, n, 0, D), hd, 1e-6f, s ? &blk->img_qn : &blk->txt_qn);
            ralu__op_rmsnorm(be, ralu__view_sub(QKV, r0, n, D, D), ralu__view_sub(QKV, r0, n, D, D), hd, 1e-6f, s ? &blk->img_kn : &blk->txt_kn);
        }
        ralu__op_rope(be, RALU__COLS(QKV, 0, D), rope, f->heads, f->head_dim);
        ralu__op_rope(be, RALU__COLS(QKV, D, D), rope, f->heads, f->head_dim);
        ralu__op_attention(be, O, RALU__COLS(QKV, 0, D), RALU__COLS(QKV, D, D), RALU__COLS(QKV, 2 * D, D), &ao);
        for (s = 0; s < 2; s++) {
            int64_t r0 = s ? Lt : 0, n = s ? Ni : Lt;
            ralu__view md = s ? modi : modt, xr = RALU__ROWS(X, r0, n), hr = RALU__ROWS(H, r0, n), tr = RALU__ROWS(T, r0, n);
            ralu__view mr = RALU__ROWS(M, r0, n);
            if (!n) continue;
            ralu__op_linear(be, tr, RALU__ROWS(O, r0, n), s ? &blk->img_proj : &blk->txt_proj, 0);
            ralu__op_gated_add(be, xr, tr, RALU__COLS(md, 2 * D, D));
            ralu__op_norm_modulate(be, hr, xr, 1e-6f, RALU__COLS(md, 3 * D, D), RALU__COLS(md, 4 * D, D));
            ralu__op_linear(be, mr, hr, s ? &blk->img_mlp0 : &blk->txt_mlp0, 0);
            ralu__op_act(be, mr, mr, RALU__ACT_GELU_TANH);
            ralu__op_linear(be, tr, mr, s ? &blk->img_mlp2 : &blk->txt_mlp2, 0);
            ralu__op_gated_add(be, xr, tr, RALU__COLS(md, 5 * D, D));
        }
    }
    for (i = 0; i < f->depth_single; i++) {
        const ralu__flux_single *blk = &m->sgl[i];
        ralu__op_linear(be, RALU__COLS(modi, 0, 3 * D), vs, &blk->mod, 0);
        ralu__op_norm_modulate(be, H, X, 1e-6f, RALU__COLS(modi, 0, D), RALU__COLS(modi, D, D));
        ralu__op_linear(be, Y1, H, &blk->lin1, 0);
        ralu__op_rmsnorm(be, RALU__COLS(Y1, 0, D), RALU__COLS(Y1, 0, D), hd, 1e-6f, &blk->qn);
        ralu__op_rmsnorm(be, RALU__COLS(Y1, D, D), RALU__COLS(Y1, D, D), hd, 1e-6f, &blk->kn);
        ralu__op_rope(be, RALU__COLS(Y1, 0, D), rope, f->heads, f->head_dim);
        ralu__op_rope(be, RALU__COLS(Y1, D, D), rope, f->heads, f->head_dim);
        /* linear2 reads [attention | GELU(mlp)]: both written straight into CAT's columns */
        ralu__op_attention(be, RALU__COLS(CAT, 0, D), RALU__COLS(Y1, 0, D), RALU__COLS(Y1, D, D), RALU__COLS(Y1, 2 * D, D), &ao);
        ralu__op_act(be, RALU__COLS(CAT, D, mlp), RALU__COLS(Y1, 3 * D, mlp), RALU__ACT_GELU_TANH);
        ralu__op_linear(be, T, CAT, &blk->lin2, 0);
        ralu__op_gated_add(be, X, T, RALU__COLS(modi, 2 * D, D));
    }
    ralu__op_linear(be, RALU__COLS(modi, 0, 2 * D), vs, &m->final_mod, 0);
    ralu__op_norm_modulate(be, RALU__ROWS(H, Lt, Ni), RALU__ROWS(X, Lt, Ni), 1e-6f, RALU__COLS(modi, 0, D), RALU__COLS(modi, D, D));
    ralu__op_linear(be, ralu__view_make(B[RALU__FX_OUT], (size_t)b * Ni * (size_t)f->out_channels, Ni, f->out_channels), RALU__ROWS(H, Lt, Ni), &m->final_lin, 0);
#undef RALU__COLS
#undef RALU__ROWS
}

RALUDEF ralu_result ralu_flux_forward(ralu_flux *m, const ralu_flux_input *in, float *out) {
    ralu_ctx *ctx; ralu__backend *be; const ralu_flux_info *f;
    int B, Ni, Lt, b; size_t bad, L, need; ralu_result r;
    float *hs;
    if (!m) return RALU_ERR_INVALID_ARGUMENT;
    ctx = m->ctx; be = ctx->backend; f = &m->info;
    if (!in || !out) return ralu__fail(ctx, RALU_ERR_INVALID_ARGUMENT, "ralu_flux_forward: %s is NULL", !in ? "input" : "out");
    B = in->batch; Ni = in->n_img; Lt = in->n_txt;
    if (B < 1 || B > 4096) return ralu__fail(ctx, RALU_ERR_INVALID_ARGUMENT, "ralu_flux_input.batch is %d; it must be 1..4096", B);
    if (Ni < 1 || Ni > (1 << 20)) return ralu__fail(ctx, RALU_ERR_INVALID_ARGUMENT, "ralu_flux_input.n_img is %d; it must be 1..%d", Ni, 1 << 20);
    if (Lt < 0 || Lt > (1 << 16)) return ralu__fail(ctx, RALU_ERR_INVALID_ARGUMENT, "ralu_flux_input.n_txt is %d; it must be 0..%d", Lt, 1 << 16);
    if (!in->img || !in->img_ids || !in->t || !in->y || (Lt && !in->txt))
        return ralu__fail(ctx, RALU_ERR_INVALID_ARGUMENT, "ralu_flux_input.%s is NULL", !in->img ? "img" : !in->img_ids ? "img_ids" : !in->t ? "t" : !in->y ? "y" : "txt");
    if (f->guidance && !in->guidance) return ralu__fail(ctx, RALU_ERR_INVALID_ARGUMENT, "ralu_flux_input.guidance is NULL but this FLUX model is guidance-distilled (dev): pass e.g. 3.5 per element");
    {
        struct { const float *p; size_t n; const char *name; } chk[7];
        int k;
        chk[0].p = in->img; chk[0].n = (size_t)B * Ni * (size_t)f->in_channels; chk[0].name = "img";
        chk[1].p = in->img_ids; chk[1].n = (size_t)B * Ni * 3; chk[1].name = "img_ids";
        chk[2].p = in->txt; chk[2].n = in->txt ? (size_t)B * Lt * (size_t)f->context_dim : 0; chk[2].name = "txt";
        chk[3].p = in->txt_ids; chk[3].n = in->txt_ids ? (size_t)B * Lt * 3 : 0; chk[3].name = "txt_ids";
        chk[4].p = in->t; chk[4].n = (size_t)B; chk[4].name = "t";
        chk[5].p = in->y; chk[5].n = (size_t)B * (size_t)f->vec_dim; chk[5].name = "y";
        chk[6].p = in->guidance; chk[6].n = in->guidance && f->guidance ? (size_t)B : 0; chk[6].name = "guidance";
        for (k = 0; k < 7; k++)
            if (chk[k].n && !ralu__all_finite(chk[k].p, chk[k].n, &bad))
                return ralu__fail(ctx, RALU_ERR_INVALID_ARGUMENT, "ralu_flux_input.%s[%zu] is %g (not finite)", chk[k].name, bad, (double)chk[k].p[bad]);
    }
    if ((r = ralu__flux_plan(m, B, Ni, Lt)) != RALU_OK) return r;
    /* host-side inputs: sinusoidal embeddings and RoPE tables for every element */
    L = (size_t)Ni + (size_t)Lt;
    need = (size_t)B * (512 + L * (size_t)f->head_dim + L * 3);
    if (m->host_scratch_floats < need) {
        ralu__free_aligned(ctx, m->host_scratch);
        m->host_scratch = (float *)ralu__alloc_aligned(ctx, need * 4);
        m->host_scratch_floats = m->host_scratch ? need : 0;
        if (!m->host_scratch) return ralu__oom(ctx, "FLUX host inputs", need * 4);
    }
    hs = m->host_scratch;
    {
        float *temb = hs, *gemb = hs + (size_t)B * 256, *rope = hs + (size_t)B * 512, *ids = rope + (size_t)B * L * (size_t)f->head_dim;
        for (b = 0; b < B; b++) {
            size_t k;
            ralu__timestep_embedding(1000.0f * in->t[b], temb + (size_t)b * 256, 256);
            if (f->guidance) ralu__timestep_embedding(1000.0f * in->guidance[b], gemb + (size_t)b * 256, 256);
            for (k = 0; k < (size_t)Lt * 3; k++) ids[k] = in->txt_ids ? in->txt_ids[(size_t)b * Lt * 3 + k] : 0.0f;
            memcpy(ids + (size_t)Lt * 3, in->img_ids + (size_t)b * Ni * 3, (size_t)Ni * 3 * 4);
            ralu__rope_table(ids, (int64_t)L, f->axes_dim, 10000.0, rope + (size_t)b * L * (size_t)f->head_dim, f->head_dim);
        }
        if ((r = be->upload(be, ralu__view_make(m->buf[RALU__FX_TEMB], 0, B, 256), temb)) ||
            (f->guidance && (r = be->upload(be, ralu__view_make(m->buf[RALU__FX_GEMB], 0, B, 256), gemb))) ||
            (r = be->upload(be, ralu__view_make(m->buf[RALU__FX_ROPE], 0, (int64_t)(B * L), f->head_dim), rope)) ||
            (r = be->upload(be, ralu__view_make(m->buf[RALU__FX_IMGIN], 0, (int64_t)B * Ni, f->in_channels), in->img)) ||
            (Lt && (r = be->upload(be, ralu__view_make(m->buf[RALU__FX_TXTIN], 0, (int64_t)B * Lt, f->context_dim), in->txt))) ||
            (r = be->upload(be, ralu__view_make(m->buf[RALU__FX_Y], 0, B, f->vec_dim), in->y)))
            return r;
    }
    be->begin(be);
    for (b = 0; b < B; b++) ralu__flux_record(m, b, Ni, Lt);
    if ((r = be->end(be)) != RALU_OK) return r;
    return be->download(be, out, ralu__view_make(m->buf[RALU__FX_OUT], 0, (int64_t)B * Ni, f->out_channels));
}

/* >>impl-flux */

/* =========================================================================================
   >>mmdit — the SD3 / SD3.5 MMDiT (ARCH.md §4)
   c = t_embedder(temb(1000 t)) + y_embedder(pooled); per joint block each stream gets
   adaLN chunks from SiLU(c) (6; the last context stream 2, "pre only"; SD3.5-Medium's
   dual-attention x streams 9), one joint attention over [context | image] (no positions:
   the order does not matter), residuals and MLPs; SD3.5-Medium adds a self-attention over
   the image tokens, fed by the same LN of the block input. The final layer's 64 outputs
   are stored (py, px, c); the loader permutes them to FLUX's (c, py, px), and the patch
   embedding's (c, ky, kx) input already is FLUX's packing.
   ========================================================================================= */
typedef struct ralu__sd3_block {
    ralu__linear x_mod, c_mod, x_qkv, c_qkv, x_proj, c_proj, x_fc1, x_fc2, c_fc1, c_fc2;
    ralu__weight x_lnq, x_lnk, c_lnq, c_lnk;
    int dual, pre_only;
    ralu__linear x_qkv2, x_proj2;
    ralu__weight x_lnq2, x_lnk2;
} ralu__sd3_block;

enum { RALU__S3_IMGIN, RALU__S3_POS, RALU__S3_TXTIN, RALU__S3_TEMB, RALU__S3_Y, RALU__S3_OUT, RALU__S3_VEC, RALU__S3_VS,
       RALU__S3_E1, RALU__S3_MODX, RALU__S3_MODC, RALU__S3_X, RALU__S3_H, RALU__S3_H2, RALU__S3_QKV, RALU__S3_QKV2,
       RALU__S3_O, RALU__S3_O2, RALU__S3_T, RALU__S3_M, RALU__S3_NBUF };

struct ralu_sd3 {
    ralu__object obj;
    ralu_ctx *ctx;
    ralu_tensor_file *tf;
    ralu_sd3_info info;
    char prefix[64];
    ralu__linear patch, t_emb[2], y_emb[2], ctx_emb, final_mod, final_lin;
    ralu_tensor_info pos_table;          /* [1, M*M, hidden], read on the host */
    ralu__sd3_block *blk;
    ralu__buffer *buf[RALU__S3_NBUF];
    size_t buf_floats[RALU__S3_NBUF];
    float *host_scratch; size_t host_scratch_floats;
};

RALUDEF double ralu_sd3_flops(const ralu_sd3_info *f, int n_img, int n_txt) {
    double D, L = (double)n_img + n_txt, Ni = n_img, Lt = n_txt, mlp, fl = 0;
    int i;
    if (!f || n_img < 0 || n_txt < 0) return 0;
    D = f->hidden; mlp = f->mlp_hidden;
    fl += 2 * (256 * D + D * D) + 2 * ((double)f->pooled_dim * D + D * D);
    fl += 2 * Ni * 64 * D + 2 * Lt * f->context_dim * D;
    for (i = 0; i < f->depth; i++) {
        int last = i == f->depth - 1, dual = i < f->dual_layers;
        fl += 2 * D * D * (dual ? 9 : 6) + 2 * D * D * (last ? 2 : 6);   /* modulations */
        fl += 2 * L * D * 3 * D + 4 * L * L * D;                           /* qkv, joint attention */
        fl += 2 * (last ? Ni : L) * D * D + 2 * 2 * (last ? Ni : L) * D * mlp; /* proj, MLP */
        if (dual) fl += 2 * Ni * D * 3 * D + 4 * Ni * Ni * D + 2 * Ni * D * D;
    }
    fl += 2 * D * 2 * D + 2 * Ni * D * 64;
    return fl;
}
RALUDEF ralu_sd3_info ralu_sd3_info_medium(void) {
    ralu_sd3_info f;
    memset(&f, 0, sizeof f);
    f.hidden = 1536; f.heads = 24; f.head_dim = 64; f.depth = 24; f.context_dim = 4096; f.pooled_dim = 2048;
    f.mlp_hidden = 6144; f.pos_max = 192; f.dtype = RALU_DTYPE_F16; f.format = "stability";
    return f;
}

static void ralu__sd3_destroy(ralu__object *o) { ralu_sd3_free((ralu_sd3 *)o); }

RALUDEF void ralu_sd3_free(ralu_sd3 *m) {
    ralu_ctx *ctx; int i, k;
    if (!m) return;
    ctx = m->ctx;
    ralu__object_untrack(&m->obj);
    ralu__linear_free(ctx, &m->patch); ralu__linear_free(ctx, &m->ctx_emb);
    for (i = 0; i < 2; i++) { ralu__linear_free(ctx, &m->t_emb[i]); ralu__linear_free(ctx, &m->y_emb[i]); }
    ralu__linear_free(ctx, &m->final_mod); ralu__linear_free(ctx, &m->final_lin);
    if (m->blk) for (i = 0; i < m->info.depth; i++) {
        ralu__sd3_block *b = &m->blk[i];
        ralu__linear *ls[12];
        ralu__weight *ws[6];
        ls[0] = &b->x_mod; ls[1] = &b->c_mod; ls[2] = &b->x_qkv; ls[3] = &b->c_qkv; ls[4] = &b->x_proj; ls[5] = &b->c_proj;
        ls[6] = &b->x_fc1; ls[7] = &b->x_fc2; ls[8] = &b->c_fc1; ls[9] = &b->c_fc2; ls[10] = &b->x_qkv2; ls[11] = &b->x_proj2;
        ws[0] = &b->x_lnq; ws[1] = &b->x_lnk; ws[2] = &b->c_lnq; ws[3] = &b->c_lnk; ws[4] = &b->x_lnq2; ws[5] = &b->x_lnk2;
        for (k = 0; k < 12; k++) ralu__linear_free(ctx, ls[k]);
        for (k = 0; k < 6; k++) ralu__weight_free(ctx, ws[k]);
    }
    for (i = 0; i < RALU__S3_NBUF; i++) if (m->buf[i]) ctx->backend->buffer_free(ctx->backend, m->buf[i]);
    ralu__free(ctx, m->blk);
    ralu__free_aligned(ctx, m->host_scratch);
    ralu_tensor_file_close(m->tf);
    ralu__free(ctx, m);
}

/* The 64 outputs are stored (py, px, c); ours are (c, py, px): an owned, permuted f32 copy. */
static ralu_result ralu__sd3_permute_out(ralu_ctx *ctx, ralu__linear *lin) {
    int64_t D = lin->in, j, k;
    float *w = (float *)ralu__alloc_aligned(ctx, (size_t)(64 * D) * 4), *b = (float *)ralu__alloc_aligned(ctx, 64 * 4);
    const float *ob = (const float *)lin->bias.host;
    if (!w || !b) { ralu__free_aligned(ctx, w); ralu__free_aligned(ctx, b); return ralu__oom(ctx, "SD3 output layer", (size_t)(64 * D) * 4); }
    for (j = 0; j < 64; j++) {                       /* ours j = c*4 + py*2 + px */
        int c = (int)j / 4, p = (int)j % 4, src = p * 16 + c;
        for (k = 0; k < D; k++) w[j * D + k] = ralu__load_elem(lin->w[0].dtype, lin->w[0].host, (size_t)(src * D + k)) * lin->w[0].scale;
        b[j] = ob ? ob[src] : 0.0f;
    }
    ralu__linear_free(ctx, lin);
    lin->in = D; lin->out = 64; lin->nparts = 1; lin->row0[0] = 0;
    lin->w[0].dtype = RALU_DTYPE_F32; lin->w[0].rows = 64; lin->w[0].cols = D; lin->w[0].host = w; lin->w[0].owned = w; lin->w[0].scale = 1.0f;
    lin->bias.dtype = RALU_DTYPE_F32; lin->bias.rows = 1; lin->bias.cols = 64; lin->bias.host = b; lin->bias.owned = b; lin->bias.scale = 1.0f;
    return ralu__linear_finish(ctx, lin, "final layer");
}

/* a linear whose stored rows are [first half | second half] loaded as [second | first] */
static ralu_result ralu__load_linear_swapped(ralu_ctx *ctx, const ralu_tensor_file *tf, const char *P, const char *name, int64_t D, ralu__linear *lin) {
    char wn[300], bn[300]; ralu_result r;
    memset(lin, 0, sizeof *lin);
    lin->in = D; lin->out = 2 * D;
    snprintf(wn, sizeof wn, "%s.weight", name); snprintf(bn, sizeof bn, "%s.bias", name);
    if ((r = ralu__linear_add(ctx, tf, P, wn, bn, D, D, 0, lin)) != RALU_OK) return r;
    if ((r = ralu__linear_add(ctx, tf, P, wn, bn, 0, D, D, lin)) != RALU_OK) return r;
    return ralu__linear_finish(ctx, lin, wn);
}

static ralu_result ralu__sd3_load_blocks(ralu_sd3 *m, int diffusers) {
    ralu_ctx *ctx = m->ctx; const ralu_tensor_file *tf = m->tf; const char *P = m->prefix;
    const ralu_sd3_info *f = &m->info;
    int64_t D = f->hidden, hd = f->head_dim, mlp = f->mlp_hidden;
    char n[4][300]; const char *nv[4];
    int i, k; ralu_result r;
    for (k = 0; k < 4; k++) nv[k] = n[k];
    for (i = 0; i < f->depth; i++) {
        ralu__sd3_block *b = &m->blk[i];
        char q[64], xb[80], cb[80];
        ralu_tensor_info ti;
        b->pre_only = i == f->depth - 1;
        snprintf(q, sizeof q, "transformer_blocks.%d.", i);
        snprintf(xb, sizeof xb, "joint_blocks.%d.x_block.", i);
        snprintf(cb, sizeof cb, "joint_blocks.%d.context_block.", i);
#define RALU__N(k, pre, suffix) snprintf(n[k], sizeof n[k], "%s%s", pre, suffix)
        b->dual = ralu__find(tf, P, (RALU__N(0, diffusers ? q : xb, diffusers ? "attn2.to_q.weight" : "attn2.qkv.weight"), n[0]), &ti) == 0;
        /* modulations */
        RALU__N(0, diffusers ? q : xb, diffusers ? "norm1.linear" : "adaLN_modulation.1");
        RALU__TRY(ralu__load_linear(ctx, tf, P, n[0], D, (b->dual ? 9 : 6) * D, 1, &b->x_mod));
        RALU__N(0, diffusers ? q : cb, diffusers ? "norm1_context.linear" : "adaLN_modulation.1");
        if (b->pre_only && diffusers) RALU__TRY(ralu__load_linear_swapped(ctx, tf, P, n[0], D, &b->c_mod)); /* AdaLayerNormContinuous: [scale | shift] */
        else RALU__TRY(ralu__load_linear(ctx, tf, P, n[0], D, (b->pre_only ? 2 : 6) * D, 1, &b->c_mod));
        /* attention projections */
        if (diffusers) {
            RALU__N(0, q, "attn.to_q"); RALU__N(1, q, "attn.to_k"); RALU__N(2, q, "attn.to_v");
            RALU__TRY(ralu__linear_stack(ctx, tf, P, nv, 3, D, 3 * D, &b->x_qkv));
            RALU__N(0, q, "attn.add_q_proj"); RALU__N(1, q, "attn.add_k_proj"); RALU__N(2, q, "attn.add_v_proj");
            RALU__TRY(ralu__linear_stack(ctx, tf, P, nv, 3, D, 3 * D, &b->c_qkv));
            RALU__N(0, q, "attn.to_out.0"); RALU__TRY(ralu__load_linear(ctx, tf, P, n[0], D, D, 1, &b->x_proj));
            if (!b->pre_only) { RALU__N(0, q, "attn.to_add_out"); RALU__TRY(ralu__load_linear(ctx, tf, P, n[0], D, D, 1, &b->c_proj)); }
        } else {
            RALU__N(0, xb, "attn.qkv"); RALU__TRY(ralu__load_linear(ctx, tf, P, n[0], D, 3 * D, 1, &b->x_qkv));
            RALU__N(0, cb, "attn.qkv"); RALU__TRY(ralu__load_linear(ctx, tf, P, n[0], D, 3 * D, 1, &b->c_qkv));
            RALU__N(0, xb, "attn.proj"); RALU__TRY(ralu__load_linear(ctx, tf, P, n[0], D, D, 1, &b->x_proj));
            if (!b->pre_only) { RALU__N(0, cb, "attn.proj"); RALU__TRY(ralu__load_linear(ctx, tf, P, n[0], D, D, 1, &b->c_proj)); }
        }
        if (f->qk_norm) {
            RALU__N(0, diffusers ? q : xb, diffusers ? "attn.norm_q.weight" : "attn.ln_q.weight"); RALU__TRY(ralu__load_vector(ctx, tf, P, n[0], hd, &b->x_lnq));
            RALU__N(0, diffusers ? q : xb, diffusers ? "attn.norm_k.weight" : "attn.ln_k.weight"); RALU__TRY(ralu__load_vector(ctx, tf, P, n[0], hd, &b->x_lnk));
            RALU__N(0, diffusers ? q : cb, diffusers ? "attn.norm_added_q.weight" : "attn.ln_q.weight"); RALU__TRY(ralu__load_vector(ctx, tf, P, n[0], hd, &b->c_lnq));
            RALU__N(0, diffusers ? q : cb, diffusers ? "attn.norm_added_k.weight" : "attn.ln_k.weight"); RALU__TRY(ralu__load_vector(ctx, tf, P, n[0], hd, &b->c_lnk));
        }
        /* MLPs */
        RALU__N(0, diffusers ? q : xb, diffusers ? "ff.net.0.proj" : "mlp.fc1"); RALU__TRY(ralu__load_linear(ctx, tf, P, n[0], D, mlp, 1, &b->x_fc1));
        RALU__N(0, diffusers ? q : xb, diffusers ? "ff.net.2" : "mlp.fc2"); RALU__TRY(ralu__load_linear(ctx, tf, P, n[0], mlp, D, 1, &b->x_fc2));
        if (!b->pre_only) {
            RALU__N(0, diffusers ? q : cb, diffusers ? "ff_context.net.0.proj" : "mlp.fc1"); RALU__TRY(ralu__load_linear(ctx, tf, P, n[0], D, mlp, 1, &b->c_fc1));
            RALU__N(0, diffusers ? q : cb, diffusers ? "ff_context.net.2" : "mlp.fc2"); RALU__TRY(ralu__load_linear(ctx, tf, P, n[0], mlp, D, 1, &b->c_fc2));
        }
        if (b->dual) {
            if (diffusers) {
                RALU__N(0, q, "attn2.to_q"); RALU__N(1, q, "attn2.to_k"); RALU__N(2, q, "attn2.to_v");
                RALU__TRY(ralu__linear_stack(ctx, tf, P, nv, 3, D, 3 * D, &b->x_qkv2));
                RALU__N(0, q, "attn2.to_out.0"); RALU__TRY(ralu__load_linear(ctx, tf, P, n[0], D, D, 1, &b->x_proj2));
            } else {
                RALU__N(0, xb, "attn2.qkv"); RALU__TRY(ralu__load_linear(ctx, tf, P, n[0], D, 3 * D, 1, &b->x_qkv2));
                RALU__N(0, xb, "attn2.proj"); RALU__TRY(ralu__load_linear(ctx, tf, P, n[0], D, D, 1, &b->x_proj2));
            }
            RALU__N(0, diffusers ? q : xb, diffusers ? "attn2.norm_q.weight" : "attn2.ln_q.weight"); RALU__TRY(ralu__load_vector(ctx, tf, P, n[0], hd, &b->x_lnq2));
            RALU__N(0, diffusers ? q : xb, diffusers ? "attn2.norm_k.weight" : "attn2.ln_k.weight"); RALU__TRY(ralu__load_vector(ctx, tf, P, n[0], hd, &b->x_lnk2));
        }
#undef RALU__N
        if (b->dual && i + 1 > m->info.dual_layers) m->info.dual_layers = i + 1;
    }
    return RALU_OK;
}

RALUDEF ralu_result ralu_sd3_load(ralu_ctx *ctx, const char *path, const ralu_sd3_desc *desc, ralu_sd3 **out) {
    ralu_sd3 *m; ralu_result r; ralu_sd3_info *f; ralu_tensor_info ti;
    int diffusers = -1, i;
    static const char *const prefixes[] = { "model.diffusion_model.", "", "diffusion_model.", "transformer." };
    if (!ctx || !out) return RALU_ERR_INVALID_ARGUMENT;
    *out = NULL;
    m = (ralu_sd3 *)ralu__calloc(ctx, 1, sizeof *m);
    if (!m) return ralu__oom(ctx, "SD3 model", sizeof *m);
    m->ctx = ctx;
    ralu__object_track(ctx, &m->obj, ralu__sd3_destroy);
    f = &m->info;
    if ((r = ralu_tensor_file_open(ctx, path, &m->tf)) != RALU_OK) goto fail;
    for (i = 0; i < (int)(sizeof prefixes / sizeof prefixes[0]) && diffusers < 0; i++) {
        snprintf(m->prefix, sizeof m->prefix, "%s", prefixes[i]);
        if (ralu__find(m->tf, m->prefix, "x_embedder.proj.weight", &ti) == 0) diffusers = 0;
        else if (ralu__find(m->tf, m->prefix, "pos_embed.proj.weight", &ti) == 0) diffusers = 1;
    }
    if (diffusers < 0) {
        r = ralu__fail(ctx, RALU_ERR_MODEL_UNKNOWN, "'%s' is not an SD3 MMDiT: no 'x_embedder.proj.weight' (Stability names) or 'pos_embed.proj.weight' (diffusers names)", path);
        goto fail;
    }
    f->format = diffusers ? "diffusers" : "stability";
    {
        const char *P = m->prefix;
        const char *pw = diffusers ? "pos_embed.proj.weight" : "x_embedder.proj.weight";
        const char *tab = diffusers ? "pos_embed.pos_embed" : "pos_embed";
        int64_t want4[4];
        if ((r = ralu__need(ctx, m->tf, P, pw, &ti)) != RALU_OK) goto fail;
        want4[0] = -1; want4[1] = 16; want4[2] = 2; want4[3] = 2;
        if ((r = ralu__check_shape(ctx, &ti, 4, want4)) != RALU_OK) goto fail;
        f->hidden = (int)ti.shape[0]; f->dtype = ti.dtype;
        if ((r = ralu__dim(ctx, m->tf, P, "context_embedder.weight", 2, 1, &f->context_dim)) ||
            (r = ralu__dim(ctx, m->tf, P, diffusers ? "time_text_embed.text_embedder.linear_1.weight" : "y_embedder.mlp.0.weight", 2, 1, &f->pooled_dim)) ||
            (r = ralu__dim(ctx, m->tf, P, diffusers ? "transformer_blocks.0.ff.net.0.proj.weight" : "joint_blocks.0.x_block.mlp.fc1.weight", 2, 0, &f->mlp_hidden)))
            goto fail;
        if ((r = ralu__need(ctx, m->tf, P, tab, &m->pos_table)) != RALU_OK) goto fail;
        {
            int64_t rows = m->pos_table.ndim == 3 ? m->pos_table.shape[1] : -1, M = 0;
            while ((M + 1) * (M + 1) <= rows) M++;
            if (m->pos_table.ndim != 3 || m->pos_table.shape[0] != 1 || M * M != rows || m->pos_table.shape[2] != f->hidden) {
                char got[128]; ralu__shape_str(m->pos_table.shape, m->pos_table.ndim, got, sizeof got);
                r = ralu__fail(ctx, RALU_ERR_MODEL_SHAPE, "tensor '%s' has shape %s; expected [1, M*M, %d]", m->pos_table.name, got, f->hidden);
                goto fail;
            }
            f->pos_max = (int)M;
        }
        f->depth = ralu__max_block_index(m->tf, P, diffusers ? "transformer_blocks." : "joint_blocks.") + 1;
        if (f->depth < 1) { r = ralu__fail(ctx, RALU_ERR_MODEL_MISSING_TENSOR, "'%s' has no joint blocks", path); goto fail; }
        f->qk_norm = ralu__find(m->tf, P, diffusers ? "transformer_blocks.0.attn.norm_q.weight" : "joint_blocks.0.x_block.attn.ln_q.weight", &ti) == 0;
        if (f->qk_norm) f->head_dim = (int)ti.shape[0];
        else if (desc && desc->head_dim > 0) f->head_dim = desc->head_dim;
        else {
            ralu__arena ar; ralu__jv *cfg = NULL, *v;
            char *cp = ralu__sibling_path(ctx, path, "config.json");
            ar.ctx = ctx; ar.head = NULL;
            if (!cp) { r = ralu__oom(ctx, "path", strlen(path)); goto fail; }
            r = diffusers ? ralu__read_json_file(ctx, &ar, cp, &cfg) : RALU_OK;
            ralu__free(ctx, cp);
            f->head_dim = !r && (v = ralu__jget(cfg, "attention_head_dim")) != NULL ? (int)ralu__jv_num(v) : 64;
            ralu__arena_free(&ar);
            if (r) goto fail;
        }
        if (f->head_dim <= 0 || f->hidden % f->head_dim) {
            r = ralu__fail(ctx, RALU_ERR_MODEL_SHAPE, "SD3 hidden size %d is not a multiple of head_dim %d (set ralu_sd3_desc.head_dim)", f->hidden, f->head_dim);
            goto fail;
        }
        f->heads = f->hidden / f->head_dim;
        m->blk = (ralu__sd3_block *)ralu__calloc(ctx, (size_t)f->depth, sizeof *m->blk);
        if (!m->blk) { r = ralu__oom(ctx, "SD3 blocks", sizeof *m->blk * (size_t)f->depth); goto fail; }
    }
    {
        const char *P = m->prefix; int64_t D = m->info.hidden;
        memset(&m->patch, 0, sizeof m->patch);
        m->patch.in = 64; m->patch.out = D;
        if ((r = ralu__linear_add(ctx, m->tf, P, diffusers ? "pos_embed.proj.weight" : "x_embedder.proj.weight", diffusers ? "pos_embed.proj.bias" : "x_embedder.proj.bias", 0, D, 0, &m->patch)) ||
            (r = ralu__linear_finish(ctx, &m->patch, "patch embedding")) ||
            (r = ralu__load_linear(ctx, m->tf, P, diffusers ? "time_text_embed.timestep_embedder.linear_1" : "t_embedder.mlp.0", 256, D, 1, &m->t_emb[0])) ||
            (r = ralu__load_linear(ctx, m->tf, P, diffusers ? "time_text_embed.timestep_embedder.linear_2" : "t_embedder.mlp.2", D, D, 1, &m->t_emb[1])) ||
            (r = ralu__load_linear(ctx, m->tf, P, diffusers ? "time_text_embed.text_embedder.linear_1" : "y_embedder.mlp.0", f->pooled_dim, D, 1, &m->y_emb[0])) ||
            (r = ralu__load_linear(ctx, m->tf, P, diffusers ? "time_text_embed.text_embedder.linear_2" : "y_embedder.mlp.2", D, D, 1, &m->y_emb[1])) ||
            (r = ralu__load_linear(ctx, m->tf, P, "context_embedder", f->context_dim, D, 1, &m->ctx_emb)) ||
            (r = ralu__sd3_load_blocks(m, diffusers)) ||
            (r = diffusers ? ralu__load_linear_swapped(ctx, m->tf, P, "norm_out.linear", D, &m->final_mod)
                           : ralu__load_linear(ctx, m->tf, P, "final_layer.adaLN_modulation.1", D, 2 * D, 1, &m->final_mod)) ||
            (r = ralu__load_linear(ctx, m->tf, P, diffusers ? "proj_out" : "final_layer.linear", D, 64, 1, &m->final_lin)) ||
            (r = ralu__sd3_permute_out(ctx, &m->final_lin)))
            goto fail;
    }
    ralu__log(ctx, RALU_LOG_INFO, "SD3 MMDiT (%s): hidden %d, %d heads x %d, depth %d%s, %d dual-attention blocks, position table %dx%d, %s weights",
              f->format, f->hidden, f->heads, f->head_dim, f->depth, f->qk_norm ? ", RMS QK-norm" : "", f->dual_layers, f->pos_max, f->pos_max, ralu_dtype_name(f->dtype));
    *out = m;
    return RALU_OK;
fail:
    ralu_sd3_free(m);
    return r;
}

RALUDEF const ralu_sd3_info *ralu_sd3_get_info(const ralu_sd3 *m) { return m ? &m->info : NULL; }

/* Position embeddings for n tokens: the stored table, center-cropped for a gh x gw grid,
   sampled bilinearly at (row, col) (exact on integer positions). */
static void ralu__sd3_positions(const ralu_sd3 *m, const float *ids, int64_t n, int gh, int gw, float *out) {
    int M = m->info.pos_max, D = m->info.hidden;
    const ralu_tensor_info *T = &m->pos_table;
    int top = (M - gh) / 2, left = (M - gw) / 2;
    int64_t t; int d;
    for (t = 0; t < n; t++) {
        double R = top + (double)ids[t * 3 + 1], C = left + (double)ids[t * 3 + 2];
        int r0, c0, r1, c1; double fr, fc;
        R = R < 0 ? 0 : R > M - 1 ? M - 1 : R;
        C = C < 0 ? 0 : C > M - 1 ? M - 1 : C;
        r0 = (int)floor(R); c0 = (int)floor(C); fr = R - r0; fc = C - c0;
        r1 = r0 + 1 < M ? r0 + 1 : r0; c1 = c0 + 1 < M ? c0 + 1 : c0;
        for (d = 0; d < D; d++) {
            double v00 = ralu__load_elem(T->dtype, T->data, (size_t)((int64_t)r0 * M + c0) * D + d);
            double v = v00;
            if (fr > 0 || fc > 0) {
                double v01 = ralu__load_elem(T->dtype, T->data, (size_t)((int64_t)r0 * M + c1) * D + d);
                double v10 = ralu__load_elem(T->dtype, T->data, (size_t)((int64_t)r1 * M + c0) * D + d);
                double v11 = ralu__load_elem(T->dtype, T->data, (size_t)((int64_t)r1 * M + c1) * D + d);
                v = (1 - fr) * (1 - fc) * v00 + (1 - fr) * fc * v01 + fr * (1 - fc) * v10 + fr * fc * v11;
            }
            out[t * D + d] = (float)v;
        }
    }
}

static ralu_result ralu__sd3_plan(ralu_sd3 *m, int B, int Ni, int Lt) {
    ralu__backend *be = m->ctx->backend;
    const ralu_sd3_info *f = &m->info;
    size_t L = (size_t)Ni + (size_t)Lt, D = (size_t)f->hidden, mlp = (size_t)f->mlp_hidden, need[RALU__S3_NBUF];
    int i; ralu_result r;
    need[RALU__S3_IMGIN] = (size_t)B * Ni * 64; need[RALU__S3_POS] = (size_t)B * Ni * D;
    need[RALU__S3_TXTIN] = (size_t)B * Lt * (size_t)f->context_dim; need[RALU__S3_TEMB] = (size_t)B * 256;
    need[RALU__S3_Y] = (size_t)B * (size_t)f->pooled_dim; need[RALU__S3_OUT] = (size_t)B * Ni * 64;
    need[RALU__S3_VEC] = D; need[RALU__S3_VS] = D; need[RALU__S3_E1] = D; need[RALU__S3_MODX] = 9 * D; need[RALU__S3_MODC] = 6 * D;
    need[RALU__S3_X] = L * D; need[RALU__S3_H] = L * D; need[RALU__S3_H2] = f->dual_layers ? (size_t)Ni * D : 1;
    need[RALU__S3_QKV] = L * 3 * D; need[RALU__S3_QKV2] = f->dual_layers ? (size_t)Ni * 3 * D : 1;
    need[RALU__S3_O] = L * D; need[RALU__S3_O2] = f->dual_layers ? (size_t)Ni * D : 1;
    need[RALU__S3_T] = L * D; need[RALU__S3_M] = L * mlp;
    for (i = 0; i < RALU__S3_NBUF; i++) {
        if (!need[i]) need[i] = 1;
        if (m->buf[i] && m->buf_floats[i] >= need[i]) continue;
        if (m->buf[i]) { be->buffer_free(be, m->buf[i]); m->buf[i] = NULL; m->buf_floats[i] = 0; }
        if ((r = be->buffer_alloc(be, need[i], &m->buf[i])) != RALU_OK) return r;
        m->buf_floats[i] = need[i];
    }
    return RALU_OK;
}

static void ralu__sd3_record(ralu_sd3 *m, int b, int Ni, int Lt) {
    ralu__backend *be = m->ctx->backend;
    const ralu_sd3_info *f = &m->info;
    ralu__buffer **B = m->buf;
    int64_t D = f->hidden, mlp = f->mlp_hidden, L = (int64_t)Ni + Lt, hd = f->head_dim;
    ralu__view X = ralu__view_make(B[RALU__S3_X], 0, L, D), H = ralu__view_make(B[RALU__S3_H], 0, L, D);
    ralu__view T = ralu__view_make(B[RALU__S3_T], 0, L, D), O = ralu__view_make(B[RALU__S3_O], 0, L, D);
    ralu__view QKV = ralu__view_make(B[RALU__S3_QKV], 0, L, 3 * D), MM = ralu__view_make(B[RALU__S3_M], 0, L, mlp);
    ralu__view vec = ralu__view_make(B[RALU__S3_VEC], 0, 1, D), vs = ralu__view_make(B[RALU__S3_VS], 0, 1, D), e1 = ralu__view_make(B[RALU__S3_E1], 0, 1, D);
    ralu__view pos = ralu__view_make(B[RALU__S3_POS], (size_t)b * Ni * (size_t)D, Ni, D);
    ralu__attn_opts ao;
    int i, s;
    memset(&ao, 0, sizeof ao);
    ao.heads = f->heads; ao.head_dim = f->head_dim; ao.scale = 1.0f / sqrtf((float)f->head_dim);
#define RALU__COLS(v, c0, n) ralu__view_sub(v, 0, (v).rows, c0, n)
#define RALU__ROWS(v, r0, n) ralu__view_sub(v, r0, n, 0, (v).cols)
    ralu__op_linear(be, e1, ralu__view_make(B[RALU__S3_TEMB], (size_t)b * 256, 1, 256), &m->t_emb[0], 0);
    ralu__op_act(be, e1, e1, RALU__ACT_SILU);
    ralu__op_linear(be, vec, e1, &m->t_emb[1], 0);
    ralu__op_linear(be, e1, ralu__view_make(B[RALU__S3_Y], (size_t)b * (size_t)f->pooled_dim, 1, f->pooled_dim), &m->y_emb[0], 0);
    ralu__op_act(be, e1, e1, RALU__ACT_SILU);
    ralu__op_linear(be, vec, e1, &m->y_emb[1], 1);
    ralu__op_act(be, vs, vec, RALU__ACT_SILU);
    if (Lt) ralu__op_linear(be, RALU__ROWS(X, 0, Lt), ralu__view_make(B[RALU__S3_TXTIN], (size_t)b * Lt * (size_t)f->context_dim, Lt, f->context_dim), &m->ctx_emb, 0);
    ralu__op_linear(be, RALU__ROWS(X, Lt, Ni), ralu__view_make(B[RALU__S3_IMGIN], (size_t)b * Ni * 64, Ni, 64), &m->patch, 0);
    ralu__op_add(be, RALU__ROWS(X, Lt, Ni), RALU__ROWS(X, Lt, Ni), pos);
    for (i = 0; i < f->depth; i++) {
        const ralu__sd3_block *blk = &m->blk[i];
        ralu__view modx = ralu__view_make(B[RALU__S3_MODX], 0, 1, (blk->dual ? 9 : 6) * D);
        ralu__view modc = ralu__view_make(B[RALU__S3_MODC], 0, 1, (blk->pre_only ? 2 : 6) * D);
        ralu__view xi = RALU__ROWS(X, Lt, Ni);
        ralu__op_linear(be, modx, vs, &blk->x_mod, 0);
        ralu__op_linear(be, modc, vs, &blk->c_mod, 0);
        for (s = 0; s < 2; s++) { /* s = 0: context rows, 1: image rows */
            int64_t r0 = s ? Lt : 0, n = s ? Ni : Lt;
            ralu__view md = s ? modx : modc;
            if (!n) continue;
            ralu__op_norm_modulate(be, RALU__ROWS(H, r0, n), RALU__ROWS(X, r0, n), 1e-6f, RALU__COLS(md, 0, D), RALU__COLS(md, D, D));
            ralu__op_linear(be, RALU__ROWS(QKV, r0, n), RALU__ROWS(H, r0, n), s ? &blk->x_qkv : &blk->c_qkv, 0);
            if (f->qk_norm) {
                ralu__op_rmsnorm(be, ralu__view_sub(QKV, r0, n, 0, D), ralu__view_sub(QKV, r0, n, 0, D), hd, 1e-6f, s ? &blk->x_lnq : &blk->c_lnq);
                ralu__op_rmsnorm(be, ralu__view_sub(QKV, r0, n, D, D), ralu__view_sub(QKV, r0, n, D, D), hd, 1e-6f, s ? &blk->x_lnk : &blk->c_lnk);
            }
        }
        if (blk->dual) /* the second attention's input: the same LN of the block input */
            ralu__op_norm_modulate(be, ralu__view_make(B[RALU__S3_H2], 0, Ni, D), xi, 1e-6f, RALU__COLS(modx, 6 * D, D), RALU__COLS(modx, 7 * D, D));
        ralu__op_attention(be, O, RALU__COLS(QKV, 0, D), RALU__COLS(QKV, D, D), RALU__COLS(QKV, 2 * D, D), &ao);
        ralu__op_linear(be, RALU__ROWS(T, Lt, Ni), RALU__ROWS(O, Lt, Ni), &blk->x_proj, 0);
        ralu__op_gated_add(be, xi, RALU__ROWS(T, Lt, Ni), RALU__COLS(modx, 2 * D, D));
        if (blk->dual) {
            ralu__view q2 = ralu__view_make(B[RALU__S3_QKV2], 0, Ni, 3 * D), o2 = ralu__view_make(B[RALU__S3_O2], 0, Ni, D);
            ralu__op_linear(be, q2, ralu__view_make(B[RALU__S3_H2], 0, Ni, D), &blk->x_qkv2, 0);
            ralu__op_rmsnorm(be, RALU__COLS(q2, 0, D), RALU__COLS(q2, 0, D), hd, 1e-6f, &blk->x_lnq2);
            ralu__op_rmsnorm(be, RALU__COLS(q2, D, D), RALU__COLS(q2, D, D), hd, 1e-6f, &blk->x_lnk2);
            ralu__op_attention(be, o2, RALU__COLS(q2, 0, D), RALU__COLS(q2, D, D), RALU__COLS(q2, 2 * D, D), &ao);
            ralu__op_linear(be, RALU__ROWS(T, Lt, Ni), o2, &blk->x_proj2, 0);
            ralu__op_gated_add(be, xi, RALU__ROWS(T, Lt, Ni), RALU__COLS(modx, 8 * D, D));
        }
        for (s = 1; s >= 0; s--) {
            int64_t r0 = s ? Lt : 0, n = s ? Ni : Lt;
            ralu__view md = s ? modx : modc, xr = RALU__ROWS(X, r0, n), hr = RALU__ROWS(H, r0, n), tr = RALU__ROWS(T, r0, n), mr = RALU__ROWS(MM, r0, n);
            if (!n || (!s && blk->pre_only)) continue;
            if (!s) {
                ralu__op_linear(be, tr, RALU__ROWS(O, 0, Lt), &blk->c_proj, 0);
                ralu__op_gated_add(be, xr, tr, RALU__COLS(md, 2 * D, D));
            }
            ralu__op_norm_modulate(be, hr, xr, 1e-6f, RALU__COLS(md, 3 * D, D), RALU__COLS(md, 4 * D, D));
            ralu__op_linear(be, mr, hr, s ? &blk->x_fc1 : &blk->c_fc1, 0);
            ralu__op_act(be, mr, mr, RALU__ACT_GELU_TANH);
            ralu__op_linear(be, tr, mr, s ? &blk->x_fc2 : &blk->c_fc2, 0);
            ralu__op_gated_add(be, xr, tr, RALU__COLS(md, 5 * D, D));
        }
    }
    {
        ralu__view mf = ralu__view_make(B[RALU__S3_MODX], 0, 1, 2 * D);
        ralu__op_linear(be, mf, vs, &m->final_mod, 0);
        ralu__op_norm_modulate(be, RALU__ROWS(H, Lt, Ni), RALU__ROWS(X, Lt, Ni), 1e-6f, RALU__COLS(mf, 0, D), RALU__COLS(mf, D, D));
        ralu__op_linear(be, ralu__view_make(B[RALU__S3_OUT], (size_t)b * Ni * 64, Ni, 64), RALU__ROWS(H, Lt, Ni), &m->final_lin, 0);
    }
#undef RALU__COLS
#undef RALU__ROWS
}

RALUDEF ralu_result ralu_sd3_forward(ralu_sd3 *m, const ralu_sd3_input *in, float *out) {
    ralu_ctx *ctx; ralu__backend *be; const ralu_sd3_info *f;
    int B, Ni, Lt, b; size_t bad, need; ralu_result r; float *hs;
    if (!m) return RALU_ERR_INVALID_ARGUMENT;
    ctx = m->ctx; be = ctx->backend; f = &m->info;
    if (!in || !out) return ralu__fail(ctx, RALU_ERR_INVALID_ARGUMENT, "ralu_sd3_forward: %s is NULL", !in ? "input" : "out");
    B = in->batch; Ni = in->n_img; Lt = in->n_txt;
    if (B < 1 || B > 4096) return ralu__fail(ctx, RALU_ERR_INVALID_ARGUMENT, "ralu_sd3_input.batch is %d; it must be 1..4096", B);
    if (Ni < 1 || Ni > (1 << 20)) return ralu__fail(ctx, RALU_ERR_INVALID_ARGUMENT, "ralu_sd3_input.n_img is %d; it must be 1..%d", Ni, 1 << 20);
    if (Lt < 0 || Lt > (1 << 16)) return ralu__fail(ctx, RALU_ERR_INVALID_ARGUMENT, "ralu_sd3_input.n_txt is %d; it must be 0..%d", Lt, 1 << 16);
    if (in->grid_h < 1 || in->grid_w < 1 || in->grid_h > f->pos_max || in->grid_w > f->pos_max)
        return ralu__fail(ctx, RALU_ERR_INVALID_ARGUMENT, "ralu_sd3_input grid %d x %d: this model's position table covers at most %d x %d tokens (%d px)",
                          in->grid_h, in->grid_w, f->pos_max, f->pos_max, f->pos_max * 16);
    if (!in->img || !in->img_ids || !in->t || !in->y || (Lt && !in->txt))
        return ralu__fail(ctx, RALU_ERR_INVALID_ARGUMENT, "ralu_sd3_input.%s is NULL", !in->img ? "img" : !in->img_ids ? "img_ids" : !in->t ? "t" : !in->y ? "y" : "txt");
    {
        struct { const float *p; size_t n; const char *name; } chk[5];
        int k;
        chk[0].p = in->img; chk[0].n = (size_t)B * Ni * 64; chk[0].name = "img";
        chk[1].p = in->img_ids; chk[1].n = (size_t)B * Ni * 3; chk[1].name = "img_ids";
        chk[2].p = in->txt; chk[2].n = in->txt ? (size_t)B * Lt * (size_t)f->context_dim : 0; chk[2].name = "txt";
        chk[3].p = in->t; chk[3].n = (size_t)B; chk[3].name = "t";
        chk[4].p = in->y; chk[4].n = (size_t)B * (size_t)f->pooled_dim; chk[4].name = "y";
        for (k = 0; k < 5; k++)
            if (chk[k].n && !ralu__all_finite(chk[k].p, chk[k].n, &bad))
                return ralu__fail(ctx, RALU_ERR_INVALID_ARGUMENT, "ralu_sd3_input.%s[%zu] is %g (not finite)", chk[k].name, bad, (double)chk[k].p[bad]);
    }
    if ((r = ralu__sd3_plan(m, B, Ni, Lt)) != RALU_OK) return r;
    need = (size_t)B * (256 + (size_t)Ni * (size_t)f->hidden);
    if (m->host_scratch_floats < need) {
        ralu__free_aligned(ctx, m->host_scratch);
        m->host_scratch = (float *)ralu__alloc_aligned(ctx, need * 4);
        m->host_scratch_floats = m->host_scratch ? need : 0;
        if (!m->host_scratch) return ralu__oom(ctx, "SD3 host inputs", need * 4);
    }
    hs = m->host_scratch;
    for (b = 0; b < B; b++) {
        ralu__timestep_embedding(1000.0f * in->t[b], hs + (size_t)b * 256, 256);
        ralu__sd3_positions(m, in->img_ids + (size_t)b * Ni * 3, Ni, in->grid_h, in->grid_w, hs + (size_t)B * 256 + (size_t)b * Ni * (size_t)f->hidden);
    }
    if ((r = be->upload(be, ralu__view_make(m->buf[RALU__S3_TEMB], 0, B, 256), hs)) ||
        (r = be->upload(be, ralu__view_make(m->buf[RALU__S3_POS], 0, (int64_t)B * Ni, f->hidden), hs + (size_t)B * 256)) ||
        (r = be->upload(be, ralu__view_make(m->buf[RALU__S3_IMGIN], 0, (int64_t)B * Ni, 64), in->img)) ||
        (Lt && (r = be->upload(be, ralu__view_make(m->buf[RALU__S3_TXTIN], 0, (int64_t)B * Lt, f->context_dim), in->txt))) ||
        (r = be->upload(be, ralu__view_make(m->buf[RALU__S3_Y], 0, B, f->pooled_dim), in->y)))
        return r;
    be->begin(be);
    for (b = 0; b < B; b++) ralu__sd3_record(m, b, Ni, Lt);
    if ((r = be->end(be)) != RALU_OK) return r;
    return be->download(be, out, ralu__view_make(m->buf[RALU__S3_OUT], 0, (int64_t)B * Ni, 64));
}

/* >>impl-sd3 */

/* >>impl-vae */
/* =========================================================================================
   >>vae — the AutoencoderKL decoder and encoder (ARCH.md §5)
   Written against the engine ops, channels-last ([H*W, C] rows), so it runs on every
   backend. Blocks are kept in Black Forest Labs order (level l = 0 is the highest
   resolution); diffusers' up_blocks.i is level levels-1-i. Three ping-pong activation
   buffers hold the feature maps; the mid attention uses two more (qkv, output).
   ========================================================================================= */
typedef struct ralu__vconv { ralu__weight w, b; int cin, cout, k; } ralu__vconv;
typedef struct ralu__vnorm { ralu__weight g, b; } ralu__vnorm;
typedef struct ralu__vres {
    int cin, cout, has_shortcut;
    ralu__vnorm n1, n2;
    ralu__vconv c1, c2, shortcut;
} ralu__vres;
typedef struct ralu__vmid {
    int C;
    ralu__vres r1, r2;
    ralu__vnorm attn_norm;
    ralu__linear qkv, proj;     /* qkv rows [q | k | v] */
} ralu__vmid;

#define RALU__VAE_MAX_LEVELS 8
#define RALU__VAE_MAX_RES 8
enum { RALU__VB_A, RALU__VB_B, RALU__VB_C, RALU__VB_QKV, RALU__VB_O, RALU__VB_N };

struct ralu_vae {
    ralu__object obj;
    ralu_ctx *ctx;
    ralu_tensor_file *tf;           /* kept open: CPU weights are read from the mapping */
    ralu_vae_info info;
    char prefix[64];
    int diffusers;
    int nres_enc, nres_dec;
    int tile_size, tile_overlap;
    /* decoder */
    ralu__vconv dec_in, dec_out, post_quant;
    ralu__vmid dec_mid;
    ralu__vres dec_res[RALU__VAE_MAX_LEVELS][RALU__VAE_MAX_RES];
    ralu__vconv dec_up[RALU__VAE_MAX_LEVELS];   /* levels 1..L-1 */
    ralu__vnorm dec_norm;
    /* encoder */
    ralu__vconv enc_in, enc_out, quant;
    ralu__vmid enc_mid;
    ralu__vres enc_res[RALU__VAE_MAX_LEVELS][RALU__VAE_MAX_RES];
    ralu__vconv enc_down[RALU__VAE_MAX_LEVELS]; /* levels 0..L-2 */
    ralu__vnorm enc_norm;
    ralu__buffer *buf[RALU__VB_N];
    size_t buf_floats[RALU__VB_N];
};

#define RALU__VTRY(x) do { if ((r = (x)) != RALU_OK) return r; } while (0)

static void ralu__vconv_free(ralu_ctx *ctx, ralu__vconv *c) { ralu__weight_free(ctx, &c->w); ralu__weight_free(ctx, &c->b); }
static void ralu__vnorm_free(ralu_ctx *ctx, ralu__vnorm *n) { ralu__weight_free(ctx, &n->g); ralu__weight_free(ctx, &n->b); }
static void ralu__vres_free(ralu_ctx *ctx, ralu__vres *r) {
    ralu__vnorm_free(ctx, &r->n1); ralu__vnorm_free(ctx, &r->n2);
    ralu__vconv_free(ctx, &r->c1); ralu__vconv_free(ctx, &r->c2); ralu__vconv_free(ctx, &r->shortcut);
}
static void ralu__vmid_free(ralu_ctx *ctx, ralu__vmid *m) {
    ralu__vres_free(ctx, &m->r1); ralu__vres_free(ctx, &m->r2); ralu__vnorm_free(ctx, &m->attn_norm);
    ralu__linear_free(ctx, &m->qkv); ralu__linear_free(ctx, &m->proj);
}

static void ralu__vae_destroy(ralu__object *o) { ralu_vae_free((ralu_vae *)o); }

RALUDEF void ralu_vae_free(ralu_vae *v) {
    ralu_ctx *ctx; int l, j;
    if (!v) return;
    ctx = v->ctx;
    ralu__object_untrack(&v->obj);
    ralu__vconv_free(ctx, &v->dec_in); ralu__vconv_free(ctx, &v->dec_out); ralu__vconv_free(ctx, &v->post_quant);
    ralu__vconv_free(ctx, &v->enc_in); ralu__vconv_free(ctx, &v->enc_out); ralu__vconv_free(ctx, &v->quant);
    ralu__vmid_free(ctx, &v->dec_mid); ralu__vmid_free(ctx, &v->enc_mid);
    ralu__vnorm_free(ctx, &v->dec_norm); ralu__vnorm_free(ctx, &v->enc_norm);
    for (l = 0; l < RALU__VAE_MAX_LEVELS; l++) {
        for (j = 0; j < RALU__VAE_MAX_RES; j++) { ralu__vres_free(ctx, &v->dec_res[l][j]); ralu__vres_free(ctx, &v->enc_res[l][j]); }
        ralu__vconv_free(ctx, &v->dec_up[l]); ralu__vconv_free(ctx, &v->enc_down[l]);
    }
    for (l = 0; l < RALU__VB_N; l++) if (v->buf[l]) ctx->backend->buffer_free(ctx->backend, v->buf[l]);
    ralu_tensor_file_close(v->tf);
    ralu__free(ctx, v);
}

/* ---- names: one place knows both conventions (ARCH.md §5.5) ---- */

/* resnet j of level l (mid >= 1: the mid block's resnet mid-1), member "norm1" ... "shortcut" */
static void ralu__vae_res_name(const ralu_vae *v, char *out, size_t cap, int enc, int mid, int l, int j, const char *member) {
    const char *part = enc ? "encoder" : "decoder";
    if (!strcmp(member, "shortcut")) member = v->diffusers ? "conv_shortcut" : "nin_shortcut";
    if (mid) {
        if (v->diffusers) snprintf(out, cap, "%s.mid_block.resnets.%d.%s", part, mid - 1, member);
        else snprintf(out, cap, "%s.mid.block_%d.%s", part, mid, member);
    } else if (v->diffusers) {
        if (enc) snprintf(out, cap, "encoder.down_blocks.%d.resnets.%d.%s", l, j, member);
        else snprintf(out, cap, "decoder.up_blocks.%d.resnets.%d.%s", v->info.levels - 1 - l, j, member);
    } else {
        if (enc) snprintf(out, cap, "encoder.down.%d.block.%d.%s", l, j, member);
        else snprintf(out, cap, "decoder.up.%d.block.%d.%s", l, j, member);
    }
}
/* the up (decoder) or down (encoder) sampling conv of level l */
static void ralu__vae_resample_name(const ralu_vae *v, char *out, size_t cap, int enc, int l) {
    if (v->diffusers) {
        if (enc) snprintf(out, cap, "encoder.down_blocks.%d.downsamplers.0.conv", l);
        else snprintf(out, cap, "decoder.up_blocks.%d.upsamplers.0.conv", v->info.levels - 1 - l);
    } else {
        if (enc) snprintf(out, cap, "encoder.down.%d.downsample.conv", l);
        else snprintf(out, cap, "decoder.up.%d.upsample.conv", l);
    }
}
static void ralu__vae_attn_name(const ralu_vae *v, char *out, size_t cap, int enc, const char *bfl_member) {
    const char *part = enc ? "encoder" : "decoder", *m = bfl_member;
    if (!v->diffusers) { snprintf(out, cap, "%s.mid.attn_1.%s", part, m); return; }
    if (!strcmp(m, "norm")) m = "group_norm";
    else if (!strcmp(m, "q")) m = "to_q";
    else if (!strcmp(m, "k")) m = "to_k";
    else if (!strcmp(m, "v")) m = "to_v";
    else if (!strcmp(m, "proj_out")) m = "to_out.0";
    snprintf(out, cap, "%s.mid_block.attentions.0.%s", part, m);
}

/* ---- loading ---- */
static ralu_result ralu__vae_load_conv(ralu_vae *v, const char *base, int cin, int cout, int k, ralu__vconv *c) {
    ralu_ctx *ctx = v->ctx; ralu_result r; char n[320]; int64_t shape[4];
    shape[0] = cout; shape[1] = cin; shape[2] = k; shape[3] = k;
    c->cin = cin; c->cout = cout; c->k = k;
    snprintf(n, sizeof n, "%s.weight", base);
    RALU__VTRY(ralu__load_weight(ctx, v->tf, v->prefix, n, 4, shape, &c->w));
    RALU__VTRY(ctx->backend->weight_prepare(ctx->backend, &c->w));
    snprintf(n, sizeof n, "%s.bias", base);
    return ralu__load_vector(ctx, v->tf, v->prefix, n, cout, &c->b);
}
static ralu_result ralu__vae_load_norm(ralu_vae *v, const char *base, int C, ralu__vnorm *nm) {
    ralu_result r; char n[320];
    if (C % v->info.norm_groups)
        return ralu__fail(v->ctx, RALU_ERR_MODEL_SHAPE, "VAE norm '%s%s' has %d channels, not divisible by %d groups (set ralu_vae_desc.norm_groups)",
                          v->prefix, base, C, v->info.norm_groups);
    snprintf(n, sizeof n, "%s.weight", base);
    RALU__VTRY(ralu__load_vector(v->ctx, v->tf, v->prefix, n, C, &nm->g));
    snprintf(n, sizeof n, "%s.bias", base);
    return ralu__load_vector(v->ctx, v->tf, v->prefix, n, C, &nm->b);
}
static ralu_result ralu__vae_load_res(ralu_vae *v, int enc, int mid, int l, int j, int cin, int cout, ralu__vres *rs) {
    char n[300]; ralu_result r;
    rs->cin = cin; rs->cout = cout; rs->has_shortcut = cin != cout;
    ralu__vae_res_name(v, n, sizeof n, enc, mid, l, j, "norm1"); RALU__VTRY(ralu__vae_load_norm(v, n, cin, &rs->n1));
    ralu__vae_res_name(v, n, sizeof n, enc, mid, l, j, "conv1"); RALU__VTRY(ralu__vae_load_conv(v, n, cin, cout, 3, &rs->c1));
    ralu__vae_res_name(v, n, sizeof n, enc, mid, l, j, "norm2"); RALU__VTRY(ralu__vae_load_norm(v, n, cout, &rs->n2));
    ralu__vae_res_name(v, n, sizeof n, enc, mid, l, j, "conv2"); RALU__VTRY(ralu__vae_load_conv(v, n, cout, cout, 3, &rs->c2));
    if (rs->has_shortcut) { ralu__vae_res_name(v, n, sizeof n, enc, mid, l, j, "shortcut"); RALU__VTRY(ralu__vae_load_conv(v, n, cin, cout, 1, &rs->shortcut)); }
    return RALU_OK;
}
static ralu_result ralu__vae_load_mid(ralu_vae *v, int enc, int C, ralu__vmid *m) {
    char n[4][300]; const char *nv[3]; ralu_result r; int k;
    m->C = C;
    RALU__VTRY(ralu__vae_load_res(v, enc, 1, 0, 0, C, C, &m->r1));
    ralu__vae_attn_name(v, n[0], sizeof n[0], enc, "norm"); RALU__VTRY(ralu__vae_load_norm(v, n[0], C, &m->attn_norm));
    ralu__vae_attn_name(v, n[0], sizeof n[0], enc, "q"); ralu__vae_attn_name(v, n[1], sizeof n[1], enc, "k"); ralu__vae_attn_name(v, n[2], sizeof n[2], enc, "v");
    for (k = 0; k < 3; k++) nv[k] = n[k];
    /* BFL stores q/k/v/proj_out as [C, C, 1, 1] convolutions: the same numbers as a linear */
    RALU__VTRY(ralu__linear_stack(v->ctx, v->tf, v->prefix, nv, 3, C, 3 * (int64_t)C, &m->qkv));
    ralu__vae_attn_name(v, n[3], sizeof n[3], enc, "proj_out");
    RALU__VTRY(ralu__load_linear(v->ctx, v->tf, v->prefix, n[3], C, C, 1, &m->proj));
    return ralu__vae_load_res(v, enc, 2, 0, 0, C, C, &m->r2);
}

static ralu_result ralu__vae_load_decoder(ralu_vae *v) {
    const ralu_vae_info *f = &v->info; const int *ch = f->block_out_channels;
    int L = f->levels, l, j; char n[300]; ralu_result r;
    if (f->post_quant_conv) RALU__VTRY(ralu__vae_load_conv(v, "post_quant_conv", f->channels, f->channels, 1, &v->post_quant));
    RALU__VTRY(ralu__vae_load_conv(v, "decoder.conv_in", f->channels, ch[L - 1], 3, &v->dec_in));
    RALU__VTRY(ralu__vae_load_mid(v, 0, ch[L - 1], &v->dec_mid));
    for (l = L - 1; l >= 0; l--) {
        for (j = 0; j < v->nres_dec; j++) {
            int cin = j ? ch[l] : (l == L - 1 ? ch[L - 1] : ch[l + 1]);
            RALU__VTRY(ralu__vae_load_res(v, 0, 0, l, j, cin, ch[l], &v->dec_res[l][j]));
        }
        if (l > 0) { ralu__vae_resample_name(v, n, sizeof n, 0, l); RALU__VTRY(ralu__vae_load_conv(v, n, ch[l], ch[l], 3, &v->dec_up[l])); }
    }
    RALU__VTRY(ralu__vae_load_norm(v, v->diffusers ? "decoder.conv_norm_out" : "decoder.norm_out", ch[0], &v->dec_norm));
    return ralu__vae_load_conv(v, "decoder.conv_out", ch[0], 3, 3, &v->dec_out);
}
static ralu_result ralu__vae_load_encoder(ralu_vae *v) {
    const ralu_vae_info *f = &v->info; const int *ch = f->block_out_channels;
    int L = f->levels, l, j; char n[300]; ralu_result r;
    RALU__VTRY(ralu__vae_load_conv(v, "encoder.conv_in", 3, ch[0], 3, &v->enc_in));
    for (l = 0; l < L; l++) {
        for (j = 0; j < v->nres_enc; j++) {
            int cin = j ? ch[l] : (l == 0 ? ch[0] : ch[l - 1]);
            RALU__VTRY(ralu__vae_load_res(v, 1, 0, l, j, cin, ch[l], &v->enc_res[l][j]));
        }
        if (l < L - 1) { ralu__vae_resample_name(v, n, sizeof n, 1, l); RALU__VTRY(ralu__vae_load_conv(v, n, ch[l], ch[l], 3, &v->enc_down[l])); }
    }
    RALU__VTRY(ralu__vae_load_mid(v, 1, ch[L - 1], &v->enc_mid));
    RALU__VTRY(ralu__vae_load_norm(v, v->diffusers ? "encoder.conv_norm_out" : "encoder.norm_out", ch[L - 1], &v->enc_norm));
    RALU__VTRY(ralu__vae_load_conv(v, "encoder.conv_out", ch[L - 1], 2 * f->channels, 3, &v->enc_out));
    if (f->quant_conv) RALU__VTRY(ralu__vae_load_conv(v, "quant_conv", 2 * f->channels, 2 * f->channels, 1, &v->quant));
    return RALU_OK;
}

/* a config.json number, or `def` when absent or null */
static double ralu__vae_cfg_num(const ralu__jv *cfg, const char *key, double def) {
    const ralu__jv *x = cfg ? ralu__jget(cfg, key) : NULL;
    return x && x->type == RALU__J_NUM ? ralu__jv_num(x) : def;
}

/* reads the structure from the tensors (and config.json, when beside a diffusers file) */
static ralu_result ralu__vae_configure(ralu_vae *v, const char *wpath, const ralu_vae_desc *desc) {
    ralu_ctx *ctx = v->ctx; ralu_vae_info *f = &v->info; ralu_result r = RALU_OK;
    ralu_tensor_info ti; char n[300]; int l, cfg_groups = 0;
    ralu__arena ar; ralu__jv *cfg = NULL;
    const char *P = v->prefix;
    f->format = v->diffusers ? "diffusers" : "bfl";
    /* levels, widths and resnets per level from the decoder's names and shapes */
    f->levels = ralu__max_block_index(v->tf, P, v->diffusers ? "decoder.up_blocks." : "decoder.up.") + 1;
    if (f->levels < 1 || f->levels > RALU__VAE_MAX_LEVELS)
        return ralu__fail(ctx, RALU_ERR_MODEL_SHAPE, "VAE '%s' has %d decoder levels; expected 1..%d", wpath, f->levels, RALU__VAE_MAX_LEVELS);
    for (l = 0; l < f->levels; l++) {
        ralu__vae_res_name(v, n, sizeof n, 0, 0, l, 0, "conv1.weight");
        RALU__VTRY(ralu__dim(ctx, v->tf, P, n, 4, 0, &f->block_out_channels[l]));
    }
    snprintf(n, sizeof n, v->diffusers ? "decoder.up_blocks.0.resnets." : "decoder.up.%d.block.", f->levels - 1);
    v->nres_dec = ralu__max_block_index(v->tf, P, n) + 1;
    RALU__VTRY(ralu__dim(ctx, v->tf, P, "decoder.conv_in.weight", 4, 1, &f->channels));
    RALU__VTRY(ralu__need(ctx, v->tf, P, "decoder.conv_in.weight", &ti));
    f->dtype = ti.dtype;
    f->has_encoder = ralu__find(v->tf, P, "encoder.conv_in.weight", &ti) == 0;
    v->nres_enc = f->has_encoder ? ralu__max_block_index(v->tf, P, v->diffusers ? "encoder.down_blocks.0.resnets." : "encoder.down.0.block.") + 1 : 0;
    f->layers_per_block = f->has_encoder ? v->nres_enc : v->nres_dec - 1;
    f->quant_conv = f->has_encoder && ralu__find(v->tf, P, "quant_conv.weight", &ti) == 0;
    f->post_quant_conv = ralu__find(v->tf, P, "post_quant_conv.weight", &ti) == 0;
    f->downscale = 1 << (f->levels - 1);
    if (v->nres_dec < 1 || v->nres_dec > RALU__VAE_MAX_RES || (f->has_encoder && (v->nres_enc < 1 || v->nres_enc > RALU__VAE_MAX_RES)))
        return ralu__fail(ctx, RALU_ERR_MODEL_SHAPE, "VAE '%s' has %d decoder / %d encoder resnets per level; expected 1..%d", wpath, v->nres_dec, v->nres_enc, RALU__VAE_MAX_RES);
    /* config.json (diffusers): check it agrees, take groups and constants from it */
    ar.ctx = ctx; ar.head = NULL;
    if (v->diffusers) {
        char *cp = ralu__sibling_path(ctx, wpath, "config.json");
        if (!cp) return ralu__oom(ctx, "path", strlen(wpath));
        r = ralu__read_json_file(ctx, &ar, cp, &cfg);
        ralu__free(ctx, cp);
        if (r) { ralu__arena_free(&ar); return r; }
        if (cfg && !ralu__jget(cfg, "block_out_channels")) cfg = NULL;   /* not a VAE config */
    }
    if (cfg) {
        const ralu__jv *boc = ralu__jget(cfg, "block_out_channels"), *e;
        int lpb = (int)ralu__vae_cfg_num(cfg, "layers_per_block", f->layers_per_block);
        int lc = (int)ralu__vae_cfg_num(cfg, "latent_channels", f->channels);
        if (boc->type != RALU__J_ARR || (int)boc->count != f->levels) r = ralu__fail(ctx, RALU_ERR_MODEL_SHAPE, "config.json beside '%s': block_out_channels has %u entries; the weights have %d levels", wpath, boc->count, f->levels);
        for (l = 0, e = boc->first; !r && e; e = e->next, l++)
            if ((int)ralu__jv_num(e) != f->block_out_channels[l])
                r = ralu__fail(ctx, RALU_ERR_MODEL_SHAPE, "config.json beside '%s': block_out_channels[%d] is %d; the weights say %d", wpath, l, (int)ralu__jv_num(e), f->block_out_channels[l]);
        if (!r && lpb + 1 != v->nres_dec) r = ralu__fail(ctx, RALU_ERR_MODEL_SHAPE, "config.json beside '%s': layers_per_block is %d; the decoder has %d resnets per level (expected %d)", wpath, lpb, v->nres_dec, lpb + 1);
        if (!r && lc != f->channels) r = ralu__fail(ctx, RALU_ERR_MODEL_SHAPE, "config.json beside '%s': latent_channels is %d; decoder.conv_in takes %d", wpath, lc, f->channels);
        cfg_groups = (int)ralu__vae_cfg_num(cfg, "norm_num_groups", 0);
        f->scaling_factor = (float)ralu__vae_cfg_num(cfg, "scaling_factor", 0);
        f->shift_factor = (float)ralu__vae_cfg_num(cfg, "shift_factor", 0);
    }
    ralu__arena_free(&ar);
    if (r) return r;
    f->norm_groups = desc && desc->norm_groups ? desc->norm_groups : cfg_groups > 0 ? cfg_groups : 32;
    if (f->norm_groups < 1) return ralu__fail(ctx, RALU_ERR_INVALID_ARGUMENT, "ralu_vae_desc.norm_groups is %d; use 0 for the default or a positive count", f->norm_groups);
    /* latent constants */
    f->family = desc ? desc->family : RALU_VAE_FAMILY_AUTO;
    if (f->family == RALU_VAE_FAMILY_AUTO) {
        if (f->scaling_factor > 0) {
            f->family = fabsf(f->scaling_factor - 0.3611f) < 1e-6f && fabsf(f->shift_factor - 0.1159f) < 1e-6f ? RALU_VAE_FAMILY_FLUX :
                        fabsf(f->scaling_factor - 1.5305f) < 1e-6f && fabsf(f->shift_factor - 0.0609f) < 1e-6f ? RALU_VAE_FAMILY_SD3 : RALU_VAE_FAMILY_CUSTOM;
        } else f->family = !strcmp(P, "first_stage_model.") ? RALU_VAE_FAMILY_SD3 : RALU_VAE_FAMILY_FLUX;
    }
    switch (f->family) {
    case RALU_VAE_FAMILY_FLUX: f->scaling_factor = 0.3611f; f->shift_factor = 0.1159f; break;
    case RALU_VAE_FAMILY_SD3: f->scaling_factor = 1.5305f; f->shift_factor = 0.0609f; break;
    case RALU_VAE_FAMILY_CUSTOM:
        if (desc && desc->family == RALU_VAE_FAMILY_CUSTOM) { f->scaling_factor = desc->scaling_factor; f->shift_factor = desc->shift_factor; }
        break;
    default: return ralu__fail(ctx, RALU_ERR_INVALID_ARGUMENT, "ralu_vae_desc.family is %d, not a ralu_vae_family", (int)f->family);
    }
    if (!(f->scaling_factor > 0) || !isfinite(f->scaling_factor) || !isfinite(f->shift_factor))
        return ralu__fail(ctx, RALU_ERR_INVALID_ARGUMENT, "VAE scaling_factor %g / shift_factor %g: the scaling must be a positive finite number", (double)f->scaling_factor, (double)f->shift_factor);
    v->tile_size = desc ? desc->tile_size : 0;
    v->tile_overlap = desc ? desc->tile_overlap : 0;
    if (v->tile_size < 0) return ralu__fail(ctx, RALU_ERR_INVALID_ARGUMENT, "ralu_vae_desc.tile_size is %d; use 0 for auto or a positive latent size", v->tile_size);
    if (v->tile_overlap < 0) return ralu__fail(ctx, RALU_ERR_INVALID_ARGUMENT, "ralu_vae_desc.tile_overlap is %d; use 0 for the default (the receptive field) or a positive latent size", v->tile_overlap);
    return RALU_OK;
}

RALUDEF ralu_result ralu_vae_load(ralu_ctx *ctx, const char *path, const ralu_vae_desc *desc, ralu_vae **out) {
    static const char *const prefixes[] = { "", "first_stage_model.", "vae.", "ae." };
    ralu_vae *v; ralu_result r; ralu_tensor_info ti; int i, found = 0;
    char *wpath = NULL;
    if (!ctx || !out) return RALU_ERR_INVALID_ARGUMENT;
    *out = NULL;
    if (!path) return ralu__fail(ctx, RALU_ERR_INVALID_ARGUMENT, "ralu_vae_load: path is NULL");
    v = (ralu_vae *)ralu__calloc(ctx, 1, sizeof *v);
    if (!v) return ralu__oom(ctx, "VAE", sizeof *v);
    v->ctx = ctx;
    ralu__object_track(ctx, &v->obj, ralu__vae_destroy);
    /* a diffusers model root: use its vae/ folder */
    if (ralu__is_dir(path)) {
        char *sub = ralu__path_join(ctx, path, "vae");
        if (!sub) { r = ralu__oom(ctx, "path", strlen(path)); goto fail; }
        if (ralu__is_dir(sub)) wpath = sub; else ralu__free(ctx, sub);
    }
    if ((r = ralu_tensor_file_open(ctx, wpath ? wpath : path, &v->tf)) != RALU_OK) goto fail;
    for (i = 0; i < (int)(sizeof prefixes / sizeof prefixes[0]) && !found; i++) {
        snprintf(v->prefix, sizeof v->prefix, "%s", prefixes[i]);
        if (ralu__find(v->tf, v->prefix, "decoder.conv_in.weight", &ti) != 0) continue;
        found = 1;
        v->diffusers = ralu__find(v->tf, v->prefix, "decoder.up_blocks.0.resnets.0.conv1.weight", &ti) == 0;
    }
    if (!found) {
        r = ralu__fail(ctx, RALU_ERR_MODEL_UNKNOWN, "'%s' is not a VAE: no 'decoder.conv_in.weight' (with or without a 'first_stage_model.' prefix)", wpath ? wpath : path);
        goto fail;
    }
    if ((r = ralu__vae_configure(v, wpath ? wpath : path, desc)) != RALU_OK) goto fail;
    if ((r = ralu__vae_load_decoder(v)) != RALU_OK) goto fail;
    if (v->info.has_encoder && (r = ralu__vae_load_encoder(v)) != RALU_OK) goto fail;
    ralu__log(ctx, RALU_LOG_INFO, "VAE (%s, %s weights): %d levels, widths %d..%d, %d latent channels, %s, scaling %g shift %g",
              v->info.format, ralu_dtype_name(v->info.dtype), v->info.levels, v->info.block_out_channels[0],
              v->info.block_out_channels[v->info.levels - 1], v->info.channels, v->info.has_encoder ? "with encoder" : "decoder only",
              (double)v->info.scaling_factor, (double)v->info.shift_factor);
    ralu__free(ctx, wpath);
    *out = v;
    return RALU_OK;
fail:
    ralu__free(ctx, wpath);
    ralu_vae_free(v);
    return r;
}

RALUDEF const ralu_vae_info *ralu_vae_get_info(const ralu_vae *v) { return v ? &v->info : NULL; }

RALUDEF ralu_vae_info ralu_vae_info_default(void) {
    ralu_vae_info f;
    memset(&f, 0, sizeof f);
    f.channels = 16; f.levels = 4;
    f.block_out_channels[0] = 128; f.block_out_channels[1] = 256; f.block_out_channels[2] = 512; f.block_out_channels[3] = 512;
    f.layers_per_block = 2; f.norm_groups = 32; f.downscale = 8;
    f.scaling_factor = 0.3611f; f.shift_factor = 0.1159f; f.family = RALU_VAE_FAMILY_FLUX;
    f.has_encoder = 1; f.dtype = RALU_DTYPE_F32; f.format = "bfl";
    return f;
}

/* ---- sizes: walks the decoder like the recorder does, for FLOPs and buffer needs ---- */
typedef struct ralu__vae_cost {
    double flops;
    size_t max_act;      /* largest feature map (floats) */
    size_t latent_act;   /* largest feature map of the latent-resolution stage */
    size_t attn_tokens;  /* mid attention length */
} ralu__vae_cost;

static void ralu__vae_cost_act(ralu__vae_cost *c, double px, int C) { size_t n = (size_t)px * (size_t)C; if (n > c->max_act) c->max_act = n; }
static void ralu__vae_cost_conv(ralu__vae_cost *c, double px_out, int cin, int cout, int k) { c->flops += 2.0 * px_out * cin * cout * k * k; }
static void ralu__vae_cost_res(ralu__vae_cost *c, double px, int cin, int cout) {
    ralu__vae_cost_act(c, px, cin); ralu__vae_cost_act(c, px, cout);
    ralu__vae_cost_conv(c, px, cin, cout, 3); ralu__vae_cost_conv(c, px, cout, cout, 3);
    if (cin != cout) ralu__vae_cost_conv(c, px, cin, cout, 1);
}
static void ralu__vae_cost_mid(ralu__vae_cost *c, double px, int C) {
    ralu__vae_cost_res(c, px, C, C); ralu__vae_cost_res(c, px, C, C);
    c->flops += 2.0 * px * C * 3 * C + 4.0 * px * px * C + 2.0 * px * C * C;
    c->attn_tokens = (size_t)px;
}
/* stage bit 1: latent stage (post_quant, conv_in, mid); bit 2: the upsampling path and output */
static ralu__vae_cost ralu__vae_decoder_cost(const ralu_vae_info *f, int nres_dec, int64_t h, int64_t w, int stages) {
    ralu__vae_cost c; const int *ch = f->block_out_channels; int L = f->levels, l, j;
    double px = (double)h * (double)w;
    memset(&c, 0, sizeof c);
    if (stages & 1) {
        ralu__vae_cost_act(&c, px, RALU__MAX(f->channels, ch[L - 1]));
        if (f->post_quant_conv) ralu__vae_cost_conv(&c, px, f->channels, f->channels, 1);
        ralu__vae_cost_conv(&c, px, f->channels, ch[L - 1], 3);
        ralu__vae_cost_mid(&c, px, ch[L - 1]);
        c.latent_act = c.max_act;
    }
    if (stages & 2) {
        for (l = L - 1; l >= 0; l--) {
            for (j = 0; j < nres_dec; j++) ralu__vae_cost_res(&c, px, j ? ch[l] : (l == L - 1 ? ch[L - 1] : ch[l + 1]), ch[l]);
            if (l > 0) { px *= 4; ralu__vae_cost_act(&c, px, ch[l]); ralu__vae_cost_conv(&c, px, ch[l], ch[l], 3); }
        }
        ralu__vae_cost_act(&c, px, RALU__MAX(ch[0], 3));
        ralu__vae_cost_conv(&c, px, ch[0], 3, 3);
    }
    return c;
}
static ralu__vae_cost ralu__vae_encoder_cost(const ralu_vae_info *f, int nres_enc, int64_t H, int64_t W) {
    ralu__vae_cost c; const int *ch = f->block_out_channels; int L = f->levels, l, j;
    double px = (double)H * (double)W;
    memset(&c, 0, sizeof c);
    ralu__vae_cost_act(&c, px, RALU__MAX(3, ch[0]));
    ralu__vae_cost_conv(&c, px, 3, ch[0], 3);
    for (l = 0; l < L; l++) {
        for (j = 0; j < nres_enc; j++) ralu__vae_cost_res(&c, px, j ? ch[l] : (l == 0 ? ch[0] : ch[l - 1]), ch[l]);
        if (l < L - 1) { px /= 4; ralu__vae_cost_conv(&c, px, ch[l], ch[l], 3); }
    }
    ralu__vae_cost_mid(&c, px, ch[L - 1]);
    ralu__vae_cost_act(&c, px, 2 * f->channels);
    ralu__vae_cost_conv(&c, px, ch[L - 1], 2 * f->channels, 3);
    if (f->quant_conv) ralu__vae_cost_conv(&c, px, 2 * f->channels, 2 * f->channels, 1);
    return c;
}

RALUDEF double ralu_vae_decode_flops(const ralu_vae_info *f, int h, int w) {
    if (!f || h < 1 || w < 1 || f->levels < 1 || f->levels > RALU__VAE_MAX_LEVELS) return 0;
    return ralu__vae_decoder_cost(f, f->layers_per_block + 1, h, w, 3).flops;
}

/* bytes the buffers of a run need: three feature maps, the attention's qkv and output */
static void ralu__vae_need(const ralu_vae *v, const ralu__vae_cost *c, size_t need[RALU__VB_N]) {
    int C = v->info.block_out_channels[v->info.levels - 1];
    need[RALU__VB_A] = need[RALU__VB_B] = need[RALU__VB_C] = c->max_act;
    need[RALU__VB_QKV] = c->attn_tokens * 3 * (size_t)C;
    need[RALU__VB_O] = c->attn_tokens * (size_t)C;
}
/* does a run with these buffers fit the backend? (largest binding, and half its memory, the
   rest being left for weights and the backend's own scratch) */
static int ralu__vae_fits(const ralu_vae *v, const size_t need[RALU__VB_N], uint64_t *total_out) {
    const ralu__backend *be = v->ctx->backend; uint64_t total = 0; int i, ok = 1;
    for (i = 0; i < RALU__VB_N; i++) {
        uint64_t b = (uint64_t)need[i] * 4;
        if (b > be->max_binding_bytes) ok = 0;
        total += b;
    }
    if (total > be->memory_bytes / 2) ok = 0;
    if (total_out) *total_out = total;
    return ok;
}
static ralu_result ralu__vae_plan(ralu_vae *v, const size_t need[RALU__VB_N]) {
    ralu__backend *be = v->ctx->backend; int i; ralu_result r;
    for (i = 0; i < RALU__VB_N; i++) {
        size_t n = need[i] ? need[i] : 1;
        if (v->buf[i] && v->buf_floats[i] >= n) continue;
        if (v->buf[i]) { be->buffer_free(be, v->buf[i]); v->buf[i] = NULL; v->buf_floats[i] = 0; }
        if ((r = be->buffer_alloc(be, n, &v->buf[i])) != RALU_OK) return r;
        v->buf_floats[i] = n;
    }
    return RALU_OK;
}

/* ---- recording: x is the index (A, B or C) of the buffer holding the current map ---- */
static ralu__view ralu__vae_map(ralu_vae *v, int b, int64_t px, int64_t C) { return ralu__view_make(v->buf[b], 0, px, C); }

static void ralu__vae_conv(ralu_vae *v, int y, int x, const ralu__vconv *c, int64_t H, int64_t W, int stride) {
    ralu__conv_opts o; int64_t Ho, Wo;
    memset(&o, 0, sizeof o);
    o.H = H; o.W = W; o.Cin = c->cin; o.Cout = c->cout; o.k = c->k; o.stride = stride;
    if (stride == 1) o.pad_top = o.pad_left = o.pad_bottom = o.pad_right = c->k / 2;
    else { o.pad_bottom = 1; o.pad_right = 1; }   /* the encoder's downsample: pad right and bottom, stride 2 */
    ralu__conv_out_size(&o, &Ho, &Wo);
    ralu__op_conv2d(v->ctx->backend, ralu__vae_map(v, y, Ho * Wo, c->cout), ralu__vae_map(v, x, H * W, c->cin), &c->w, &c->b, &o);
}
static void ralu__vae_norm(ralu_vae *v, int y, int x, const ralu__vnorm *n, int64_t px, int64_t C, int silu) {
    ralu__op_groupnorm(v->ctx->backend, ralu__vae_map(v, y, px, C), ralu__vae_map(v, x, px, C), px, v->info.norm_groups, 1e-6f, &n->g, &n->b, silu);
}
/* x + conv2(SiLU(GN2(conv1(SiLU(GN1(x)))))), the skip through a 1x1 conv when widths differ */
static int ralu__vae_res(ralu_vae *v, int x, const ralu__vres *rs, int64_t H, int64_t W) {
    int j = (x + 1) % 3, k = (x + 2) % 3; int64_t px = H * W;
    ralu__vae_norm(v, j, x, &rs->n1, px, rs->cin, 1);
    ralu__vae_conv(v, k, j, &rs->c1, H, W, 1);
    ralu__vae_norm(v, j, k, &rs->n2, px, rs->cout, 1);
    ralu__vae_conv(v, k, j, &rs->c2, H, W, 1);
    if (rs->has_shortcut) {
        ralu__vae_conv(v, j, x, &rs->shortcut, H, W, 1);
        ralu__op_add(v->ctx->backend, ralu__vae_map(v, x, px, rs->cout), ralu__vae_map(v, j, px, rs->cout), ralu__vae_map(v, k, px, rs->cout));
        return x;
    }
    ralu__op_add(v->ctx->backend, ralu__vae_map(v, j, px, rs->cout), ralu__vae_map(v, x, px, rs->cout), ralu__vae_map(v, k, px, rs->cout));
    return j;
}
/* resnet, single-head attention over all H*W tokens (d = C, scale 1/sqrt(C)), resnet */
static int ralu__vae_mid(ralu_vae *v, int x, const ralu__vmid *m, int64_t H, int64_t W) {
    ralu__backend *be = v->ctx->backend;
    int64_t px = H * W, C = m->C; int j, k;
    ralu__view qkv = ralu__view_make(v->buf[RALU__VB_QKV], 0, px, 3 * C), o = ralu__view_make(v->buf[RALU__VB_O], 0, px, C);
    ralu__attn_opts ao;
    memset(&ao, 0, sizeof ao);
    ao.heads = 1; ao.head_dim = (int)C; ao.scale = 1.0f / sqrtf((float)C);
    x = ralu__vae_res(v, x, &m->r1, H, W);
    j = (x + 1) % 3; k = (x + 2) % 3;
    ralu__vae_norm(v, j, x, &m->attn_norm, px, C, 0);
    ralu__op_linear(be, qkv, ralu__vae_map(v, j, px, C), &m->qkv, 0);
    ralu__op_attention(be, o, ralu__view_sub(qkv, 0, px, 0, C), ralu__view_sub(qkv, 0, px, C, C), ralu__view_sub(qkv, 0, px, 2 * C, C), &ao);
    ralu__op_linear(be, ralu__vae_map(v, k, px, C), o, &m->proj, 0);
    ralu__op_add(be, ralu__vae_map(v, j, px, C), ralu__vae_map(v, x, px, C), ralu__vae_map(v, k, px, C));
    return ralu__vae_res(v, j, &m->r2, H, W);
}
/* the latent stage: z (in buffer A, [h*w, channels]) -> mid-block output [h*w, C] */
static int ralu__vae_record_head(ralu_vae *v, int64_t h, int64_t w) {
    int x = RALU__VB_A;
    if (v->info.post_quant_conv) { ralu__vae_conv(v, RALU__VB_B, x, &v->post_quant, h, w, 1); x = RALU__VB_B; }
    ralu__vae_conv(v, (x + 1) % 3, x, &v->dec_in, h, w, 1);
    return ralu__vae_mid(v, (x + 1) % 3, &v->dec_mid, h, w);
}
/* the upsampling path and the output: mid output in buffer x -> image [64 h w, 3] */
static int ralu__vae_record_tail(ralu_vae *v, int x, int64_t h, int64_t w) {
    const ralu_vae_info *f = &v->info; int l, j;
    for (l = f->levels - 1; l >= 0; l--) {
        for (j = 0; j < v->nres_dec; j++) x = ralu__vae_res(v, x, &v->dec_res[l][j], h, w);
        if (l > 0) {
            int y = (x + 1) % 3;
            ralu__op_upsample2x(v->ctx->backend, ralu__vae_map(v, y, 4 * h * w, f->block_out_channels[l]), ralu__vae_map(v, x, h * w, f->block_out_channels[l]), h, w);
            h *= 2; w *= 2;
            ralu__vae_conv(v, x, y, &v->dec_up[l], h, w, 1);
        }
    }
    ralu__vae_norm(v, (x + 1) % 3, x, &v->dec_norm, h * w, f->block_out_channels[0], 1);
    ralu__vae_conv(v, (x + 2) % 3, (x + 1) % 3, &v->dec_out, h, w, 1);
    return (x + 2) % 3;
}

/* ---- decode ---- */
static ralu_result ralu__vae_check_finite(ralu_vae *v, const float *p, size_t n, const char *what) {
    size_t bad;
    if (!ralu__all_finite(p, n, &bad)) return ralu__fail(v->ctx, RALU_ERR_INVALID_ARGUMENT, "%s[%zu] is %g (not finite)", what, bad, (double)p[bad]);
    return RALU_OK;
}
/* rows [y0, y0+rh) x columns [x0, x0+rw) of a planar [C, h, w] map, channels-last, as a*x + b */
static void ralu__vae_to_rows(const float *planar, int64_t C, int64_t h, int64_t w, int64_t y0, int64_t x0, int64_t rh, int64_t rw, float a, float b, float *rows) {
    int64_t c, y, x;
    RALU__UNUSED(h);
    for (y = 0; y < rh; y++) for (x = 0; x < rw; x++) for (c = 0; c < C; c++)
        rows[(y * rw + x) * C + c] = planar[(c * h + y0 + y) * w + x0 + x] * a + b;
}

/* ---- tiled decoding ----
   The upsampling path runs tile by tile, but layer by layer: after each convolution step
   every tile's map comes back to the host, where each GroupNorm takes its statistics over
   the tiles' cores (which partition the image), exactly as the untiled decoder does. A tile
   reads `overlap` latent pixels past its core; when that covers the path's receptive field
   (ralu__vae_halo), the zero padding at a tile's edge never reaches its core and the tiled
   image equals the untiled one up to rounding: no seams, no colour drift between tiles. */

/* latent pixels of context the upsampling path needs for exact cores */
static int ralu__vae_halo(const ralu_vae *v) {
    int l, reach = 0;   /* pixels at the current resolution a zero pad can spoil */
    for (l = v->info.levels - 1; l >= 0; l--) {
        reach += 2 * v->nres_dec;
        if (l > 0) reach = 2 * reach + 1;
    }
    reach += 1;         /* conv_out */
    return (reach + v->info.downscale - 1) / v->info.downscale;
}

/* the biggest tile core (latent pixels) whose device buffers fit, or 0 */
static int ralu__vae_auto_tile(const ralu_vae *v, int64_t h, int64_t w, int overlap, int cap) {
    int T;
    for (T = (int)RALU__MIN(RALU__MAX(h, w), cap); T >= 1; T--) {
        size_t need[RALU__VB_N];
        ralu__vae_cost c = ralu__vae_decoder_cost(&v->info, v->nres_dec, RALU__MIN(h, T + 2 * overlap), RALU__MIN(w, T + 2 * overlap), 2);
        ralu__vae_need(v, &c, need);
        need[RALU__VB_QKV] = need[RALU__VB_O] = 0;   /* the upsampling path has no attention */
        if (ralu__vae_fits(v, need, NULL)) return T;
    }
    return 0;
}

typedef struct ralu__vtile {
    int64_t cy0, cy1, cx0, cx1;   /* core, latent pixels */
    int64_t ry0, ry1, rx0, rx1;   /* core plus overlap, clipped to the latent */
    float *x, *h;                 /* the map and a scratch map, [region pixels, channels] at the current scale */
} ralu__vtile;

/* GroupNorm (+ SiLU) of every tile's `src` map into its h, statistics over the cores */
static void ralu__vae_tiles_norm(ralu_vae *v, ralu__vtile *t, int n, int use_x, int64_t sc, int64_t C, const ralu__vnorm *nm) {
    int G = v->info.norm_groups, i, g; int64_t cpg = C / G;
    double sum[512], sq[512], cnt = 0;   /* groups <= 512 (checked by the caller) */
    float mean[512], rstd[512];
    const float *gam = (const float *)nm->g.host, *bet = (const float *)nm->b.host;
    for (g = 0; g < G; g++) sum[g] = sq[g] = 0;
    /* two passes (mean, then centred squares) in double, like the engine's GroupNorm */
    for (i = 0; i < n; i++) {
        const float *s = use_x ? t[i].x : t[i].h; int64_t rw = (t[i].rx1 - t[i].rx0) * sc, y, x, j;
        for (y = (t[i].cy0 - t[i].ry0) * sc; y < (t[i].cy1 - t[i].ry0) * sc; y++)
            for (x = (t[i].cx0 - t[i].rx0) * sc; x < (t[i].cx1 - t[i].rx0) * sc; x++) {
                const float *p = s + (y * rw + x) * C;
                for (g = 0; g < G; g++) { double a = 0; for (j = 0; j < cpg; j++) a += p[g * cpg + j]; sum[g] += a; }
            }
        cnt += (double)((t[i].cy1 - t[i].cy0) * (t[i].cx1 - t[i].cx0) * sc * sc * cpg);
    }
    for (g = 0; g < G; g++) mean[g] = (float)(sum[g] / cnt);
    for (i = 0; i < n; i++) {
        const float *s = use_x ? t[i].x : t[i].h; int64_t rw = (t[i].rx1 - t[i].rx0) * sc, y, x, j;
        for (y = (t[i].cy0 - t[i].ry0) * sc; y < (t[i].cy1 - t[i].ry0) * sc; y++)
            for (x = (t[i].cx0 - t[i].rx0) * sc; x < (t[i].cx1 - t[i].rx0) * sc; x++) {
                const float *p = s + (y * rw + x) * C;
                for (g = 0; g < G; g++) { double a = 0, m = sum[g] / cnt; for (j = 0; j < cpg; j++) { double d = p[g * cpg + j] - m; a += d * d; } sq[g] += a; }
            }
    }
    for (g = 0; g < G; g++) rstd[g] = (float)(1.0 / sqrt(sq[g] / cnt + 1e-6));
    for (i = 0; i < n; i++) {
        const float *s = use_x ? t[i].x : t[i].h; float *d = t[i].h;
        int64_t px = (t[i].ry1 - t[i].ry0) * (t[i].rx1 - t[i].rx0) * sc * sc, p;
#ifdef _OPENMP
#pragma omp parallel for num_threads(v->ctx->num_threads) schedule(static)
#endif
        for (p = 0; p < px; p++) {
            int64_t c;
            for (c = 0; c < C; c++) {
                int64_t gg = c / cpg;
                float a = (s[p * C + c] - mean[gg]) * rstd[gg] * gam[c] + bet[c];
                d[p * C + c] = a / (1.0f + expf(-a));
            }
        }
    }
}

enum { RALU__VSTEP_CONV1, RALU__VSTEP_CONV2, RALU__VSTEP_UP, RALU__VSTEP_OUT };
/* one device step on one tile; th x tw is the tile's region at the current scale.
   CONV1: h = c1(h). CONV2: x = c2(h) + skip(x). UP: x = conv(up2(x)). OUT: h = conv_out(h). */
static ralu_result ralu__vae_tile_step(ralu_vae *v, ralu__vtile *t, int step, const ralu__vres *rs, const ralu__vconv *cv, int64_t th, int64_t tw) {
    ralu__backend *be = v->ctx->backend; ralu_result r; int64_t px = th * tw; int y;
    switch (step) {
    case RALU__VSTEP_CONV1: case RALU__VSTEP_OUT: {
        const ralu__vconv *c = step == RALU__VSTEP_OUT ? cv : &rs->c1;
        if ((r = be->upload(be, ralu__vae_map(v, RALU__VB_A, px, c->cin), t->h)) != RALU_OK) return r;
        be->begin(be);
        ralu__vae_conv(v, RALU__VB_B, RALU__VB_A, c, th, tw, 1);
        if ((r = be->end(be)) != RALU_OK) return r;
        return be->download(be, t->h, ralu__vae_map(v, RALU__VB_B, px, c->cout));
    }
    case RALU__VSTEP_CONV2:
        if ((r = be->upload(be, ralu__vae_map(v, RALU__VB_A, px, rs->cout), t->h)) != RALU_OK ||
            (r = be->upload(be, ralu__vae_map(v, RALU__VB_C, px, rs->cin), t->x)) != RALU_OK) return r;
        be->begin(be);
        ralu__vae_conv(v, RALU__VB_B, RALU__VB_A, &rs->c2, th, tw, 1);
        if (rs->has_shortcut) {
            ralu__vae_conv(v, RALU__VB_A, RALU__VB_C, &rs->shortcut, th, tw, 1);
            ralu__op_add(be, ralu__vae_map(v, RALU__VB_C, px, rs->cout), ralu__vae_map(v, RALU__VB_A, px, rs->cout), ralu__vae_map(v, RALU__VB_B, px, rs->cout));
            y = RALU__VB_C;
        } else {
            ralu__op_add(be, ralu__vae_map(v, RALU__VB_A, px, rs->cout), ralu__vae_map(v, RALU__VB_C, px, rs->cout), ralu__vae_map(v, RALU__VB_B, px, rs->cout));
            y = RALU__VB_A;
        }
        if ((r = be->end(be)) != RALU_OK) return r;
        return be->download(be, t->x, ralu__vae_map(v, y, px, rs->cout));
    default: /* RALU__VSTEP_UP */
        if ((r = be->upload(be, ralu__vae_map(v, RALU__VB_A, px, cv->cin), t->x)) != RALU_OK) return r;
        be->begin(be);
        ralu__op_upsample2x(be, ralu__vae_map(v, RALU__VB_B, 4 * px, cv->cin), ralu__vae_map(v, RALU__VB_A, px, cv->cin), th, tw);
        ralu__vae_conv(v, RALU__VB_A, RALU__VB_B, cv, 2 * th, 2 * tw, 1);
        if ((r = be->end(be)) != RALU_OK) return r;
        return be->download(be, t->x, ralu__vae_map(v, RALU__VB_A, 4 * px, cv->cout));
    }
}

static ralu_result ralu__vae_decode_tiled(ralu_vae *v, const float *latent, int64_t h, int64_t w, int T, int O, float *image) {
    ralu_ctx *ctx = v->ctx; ralu__backend *be = ctx->backend; const ralu_vae_info *f = &v->info;
    int64_t C = f->block_out_channels[f->levels - 1], zc = f->channels, s = f->downscale, H = h * s, W = w * s, sc;
    int64_t nty = (h + T - 1) / T, ntx = (w + T - 1) / T;
    int n = (int)(nty * ntx), i, l, j, x;
    size_t need[RALU__VB_N], need2[RALU__VB_N], nstage = (size_t)(h * w) * (size_t)RALU__MAX(C, zc);
    ralu__vtile *t = NULL; float *stage = NULL; ralu__vae_cost c1, c2; ralu_result r = RALU_OK;
    c1 = ralu__vae_decoder_cost(f, v->nres_dec, h, w, 1);
    c2 = ralu__vae_decoder_cost(f, v->nres_dec, RALU__MIN(h, T + 2 * O), RALU__MIN(w, T + 2 * O), 2);
    ralu__vae_need(v, &c1, need); ralu__vae_need(v, &c2, need2);
    for (i = 0; i < RALU__VB_N; i++) need[i] = RALU__MAX(need[i], need2[i]);
    if (!ralu__vae_fits(v, need, NULL))
        return ralu__fail(ctx, RALU_ERR_VK_LIMIT, "VAE decode of a %lldx%lld latent does not fit %s even tiled (%d-pixel tiles): its latent-resolution stage alone needs %.0f MB",
                          (long long)h, (long long)w, ctx->device_name, T, (double)c1.latent_act * 4e-6);
    if (f->norm_groups > 512) return ralu__fail(ctx, RALU_ERR_UNSUPPORTED, "VAE tiling supports up to 512 norm groups; this VAE has %d", f->norm_groups);
    if ((r = ralu__vae_plan(v, need)) != RALU_OK) return r;
    t = (ralu__vtile *)ralu__calloc(ctx, (size_t)n, sizeof *t);
    stage = (float *)ralu__alloc_aligned(ctx, nstage * sizeof(float));
    if (!t || !stage) { r = ralu__oom(ctx, "VAE tiles", nstage * 4); goto done; }
    for (i = 0; i < n; i++) {
        int64_t ty = i / ntx, tx = i % ntx; size_t cap;
        ralu__vtile *q = &t[i];
        q->cy0 = ty * h / nty; q->cy1 = (ty + 1) * h / nty; q->cx0 = tx * w / ntx; q->cx1 = (tx + 1) * w / ntx;
        q->ry0 = RALU__MAX(0, q->cy0 - O); q->ry1 = RALU__MIN(h, q->cy1 + O);
        q->rx0 = RALU__MAX(0, q->cx0 - O); q->rx1 = RALU__MIN(w, q->cx1 + O);
        cap = ralu__vae_decoder_cost(f, v->nres_dec, q->ry1 - q->ry0, q->rx1 - q->rx0, 2).max_act;
        q->x = (float *)ralu__alloc_aligned(ctx, cap * sizeof(float));
        q->h = (float *)ralu__alloc_aligned(ctx, cap * sizeof(float));
        if (!q->x || !q->h) { r = ralu__oom(ctx, "VAE tile maps", 2 * cap * 4); goto done; }
    }
    /* 1. the latent-resolution stage, once, on the whole latent (its attention is global) */
    ralu__vae_to_rows(latent, zc, h, w, 0, 0, h, w, 1.0f / f->scaling_factor, f->shift_factor, stage);
    if ((r = be->upload(be, ralu__vae_map(v, RALU__VB_A, h * w, zc), stage)) != RALU_OK) goto done;
    be->begin(be);
    x = ralu__vae_record_head(v, h, w);
    if ((r = be->end(be)) != RALU_OK || (r = be->download(be, stage, ralu__vae_map(v, x, h * w, C))) != RALU_OK) goto done;
    for (i = 0; i < n; i++) {
        int64_t rw = t[i].rx1 - t[i].rx0, y;
        for (y = t[i].ry0; y < t[i].ry1; y++) memcpy(t[i].x + (y - t[i].ry0) * rw * C, stage + (y * w + t[i].rx0) * C, sizeof(float) * (size_t)(rw * C));
    }
    /* 2. the upsampling path, layer by layer over the tiles */
#define RALU__VSTEPS(step, rs, cv) \
    for (i = 0; i < n; i++) if ((r = ralu__vae_tile_step(v, &t[i], step, rs, cv, (t[i].ry1 - t[i].ry0) * sc, (t[i].rx1 - t[i].rx0) * sc)) != RALU_OK) goto done
    sc = 1;
    for (l = f->levels - 1; l >= 0; l--) {
        for (j = 0; j < v->nres_dec; j++) {
            const ralu__vres *rs = &v->dec_res[l][j];
            ralu__vae_tiles_norm(v, t, n, 1, sc, rs->cin, &rs->n1);
            RALU__VSTEPS(RALU__VSTEP_CONV1, rs, NULL);
            ralu__vae_tiles_norm(v, t, n, 0, sc, rs->cout, &rs->n2);
            RALU__VSTEPS(RALU__VSTEP_CONV2, rs, NULL);
        }
        if (l > 0) { RALU__VSTEPS(RALU__VSTEP_UP, NULL, &v->dec_up[l]); sc *= 2; }
    }
    ralu__vae_tiles_norm(v, t, n, 1, sc, f->block_out_channels[0], &v->dec_norm);
    RALU__VSTEPS(RALU__VSTEP_OUT, NULL, &v->dec_out);
#undef RALU__VSTEPS
    /* 3. each tile's core into the image */
    for (i = 0; i < n; i++) {
        int64_t rw = (t[i].rx1 - t[i].rx0) * s, y, xx, k;
        for (y = t[i].cy0 * s; y < t[i].cy1 * s; y++)
            for (xx = t[i].cx0 * s; xx < t[i].cx1 * s; xx++)
                for (k = 0; k < 3; k++) image[(k * H + y) * W + xx] = t[i].h[((y - t[i].ry0 * s) * rw + xx - t[i].rx0 * s) * 3 + k];
    }
done:
    if (t) for (i = 0; i < n; i++) { ralu__free_aligned(ctx, t[i].x); ralu__free_aligned(ctx, t[i].h); }
    ralu__free(ctx, t);
    ralu__free_aligned(ctx, stage);
    return r;
}

RALUDEF ralu_result ralu_vae_decode_ex(ralu_vae *v, const float *latent, int h, int w, const ralu_vae_decode_opts *opts, float *image) {
    ralu_ctx *ctx; ralu__backend *be; const ralu_vae_info *f;
    ralu_vae_tiling mode; int T, O, x; int64_t s, H, W; ralu_result r;
    size_t need[RALU__VB_N]; ralu__vae_cost c; uint64_t total;
    if (!v) return RALU_ERR_INVALID_ARGUMENT;
    ctx = v->ctx; be = ctx->backend; f = &v->info; s = f->downscale;
    if (!latent || !image) return ralu__fail(ctx, RALU_ERR_INVALID_ARGUMENT, "ralu_vae_decode: %s is NULL", !latent ? "latent" : "image");
    if (h < 1 || w < 1 || h > 65536 / s || w > 65536 / s)
        return ralu__fail(ctx, RALU_ERR_INVALID_ARGUMENT, "ralu_vae_decode: latent size h = %d, w = %d; each must be 1..%d", h, w, (int)(65536 / s));
    mode = opts ? opts->tiling : RALU_VAE_TILING_AUTO;
    T = opts && opts->tile_size ? opts->tile_size : v->tile_size;
    O = opts && opts->tile_overlap ? opts->tile_overlap : v->tile_overlap ? v->tile_overlap : ralu__vae_halo(v);
    if ((int)mode < 0 || mode > RALU_VAE_TILING_ON) return ralu__fail(ctx, RALU_ERR_INVALID_ARGUMENT, "ralu_vae_decode_opts.tiling is %d, not a ralu_vae_tiling", (int)mode);
    if (T < 0 || O < 1) return ralu__fail(ctx, RALU_ERR_INVALID_ARGUMENT, "ralu_vae_decode_opts: tile_size %d / tile_overlap %d; each must be >= 0 (0 = auto)", T, O);
    if ((r = ralu__vae_check_finite(v, latent, (size_t)f->channels * (size_t)h * (size_t)w, "ralu_vae_decode latent")) != RALU_OK) return r;
    H = (int64_t)h * s; W = (int64_t)w * s;
    c = ralu__vae_decoder_cost(f, v->nres_dec, h, w, 3);
    ralu__vae_need(v, &c, need);
    if (mode == RALU_VAE_TILING_AUTO && !T && ralu__vae_fits(v, need, &total)) mode = RALU_VAE_TILING_OFF;
    else if (mode == RALU_VAE_TILING_AUTO) mode = RALU_VAE_TILING_ON;
    if (mode == RALU_VAE_TILING_OFF) {
        float *host;
        size_t nin = (size_t)h * (size_t)w * (size_t)f->channels, nout = (size_t)(H * W * 3);
        if (!ralu__vae_fits(v, need, &total))
            return ralu__fail(ctx, RALU_ERR_VK_LIMIT, "VAE decode of a %dx%d latent untiled needs %.0f MB of buffers (largest %.0f MB) on %s (binding limit %.0f MB, memory %.0f MB); allow tiling",
                              h, w, (double)total * 1e-6, (double)c.max_act * 4e-6, ctx->device_name, (double)be->max_binding_bytes * 1e-6, (double)be->memory_bytes * 1e-6);
        if ((r = ralu__vae_plan(v, need)) != RALU_OK) return r;
        host = (float *)ralu__alloc_aligned(ctx, (nin + nout) * sizeof(float));
        if (!host) return ralu__oom(ctx, "VAE decode staging", (nin + nout) * 4);
        ralu__vae_to_rows(latent, f->channels, h, w, 0, 0, h, w, 1.0f / f->scaling_factor, f->shift_factor, host);
        if ((r = be->upload(be, ralu__vae_map(v, RALU__VB_A, (int64_t)h * w, f->channels), host)) == RALU_OK) {
            be->begin(be);
            x = ralu__vae_record_head(v, h, w);
            x = ralu__vae_record_tail(v, x, h, w);
            if ((r = be->end(be)) == RALU_OK && (r = be->download(be, host + nin, ralu__vae_map(v, x, H * W, 3))) == RALU_OK) {
                int64_t p, k;
                for (p = 0; p < H * W; p++) for (k = 0; k < 3; k++) image[k * H * W + p] = host[nin + (size_t)p * 3 + (size_t)k];
            }
        }
        ralu__free_aligned(ctx, host);
        return r;
    }
    if (!T) {
        T = ralu__vae_auto_tile(v, h, w, O, opts && opts->tiling == RALU_VAE_TILING_ON ? 64 : 1 << 20);
        if (!T) return ralu__fail(ctx, RALU_ERR_VK_LIMIT, "VAE decode of a %dx%d latent does not fit %s even in the smallest tiles (1 latent pixel plus %d of overlap; binding limit %.0f MB, memory %.0f MB)",
                                 h, w, ctx->device_name, O, (double)be->max_binding_bytes * 1e-6, (double)be->memory_bytes * 1e-6);
    } else {
        ralu__vae_cost ct = ralu__vae_decoder_cost(f, v->nres_dec, RALU__MIN(h, T + 2 * O), RALU__MIN(w, T + 2 * O), 2);
        ralu__vae_need(v, &ct, need);
        need[RALU__VB_QKV] = need[RALU__VB_O] = 0;
        if (!ralu__vae_fits(v, need, &total))
            return ralu__fail(ctx, RALU_ERR_VK_LIMIT, "VAE tile_size %d (+%d overlap) needs %.0f MB of buffers, more than %s allows (binding limit %.0f MB, memory %.0f MB); use a smaller tile_size or 0 for auto",
                              T, O, (double)total * 1e-6, ctx->device_name, (double)be->max_binding_bytes * 1e-6, (double)be->memory_bytes * 1e-6);
    }
    ralu__log(ctx, RALU_LOG_DEBUG, "VAE decode %dx%d latent in tiles of %d (+%d overlap)", h, w, T, O);
    return ralu__vae_decode_tiled(v, latent, h, w, T, O, image);
}

RALUDEF ralu_result ralu_vae_decode(ralu_vae *v, const float *latent, int h, int w, float *image) {
    return ralu_vae_decode_ex(v, latent, h, w, NULL, image);
}

/* ---- encode ---- */
RALUDEF ralu_result ralu_vae_encode(ralu_vae *v, const float *image, int H, int W, float *latent) {
    ralu_ctx *ctx; ralu__backend *be; const ralu_vae_info *f;
    int64_t s, h, w, zc, l, j, p, k, hh, ww; int x;
    size_t need[RALU__VB_N], nin, nout; ralu__vae_cost c; uint64_t total; ralu_result r; float *host;
    if (!v) return RALU_ERR_INVALID_ARGUMENT;
    ctx = v->ctx; be = ctx->backend; f = &v->info; s = f->downscale; zc = f->channels;
    if (!image || !latent) return ralu__fail(ctx, RALU_ERR_INVALID_ARGUMENT, "ralu_vae_encode: %s is NULL", !image ? "image" : "latent");
    if (!f->has_encoder) return ralu__fail(ctx, RALU_ERR_MODEL_NOT_LOADED, "ralu_vae_encode: this VAE file has no encoder (no 'encoder.conv_in.weight')");
    if (H < (int)s || W < (int)s || H % s || W % s || H > 65536 || W > 65536)
        return ralu__fail(ctx, RALU_ERR_INVALID_ARGUMENT, "ralu_vae_encode: image size H = %d, W = %d; each must be a multiple of %d in %d..65536", H, W, (int)s, (int)s);
    if ((r = ralu__vae_check_finite(v, image, (size_t)3 * H * W, "ralu_vae_encode image")) != RALU_OK) return r;
    h = H / s; w = W / s;
    c = ralu__vae_encoder_cost(f, v->nres_enc, H, W);
    ralu__vae_need(v, &c, need);
    if (!ralu__vae_fits(v, need, &total))
        return ralu__fail(ctx, RALU_ERR_VK_LIMIT, "VAE encode of a %dx%d image needs %.0f MB of buffers on %s (binding limit %.0f MB, memory %.0f MB); encode a smaller image",
                          H, W, (double)total * 1e-6, ctx->device_name, (double)be->max_binding_bytes * 1e-6, (double)be->memory_bytes * 1e-6);
    if ((r = ralu__vae_plan(v, need)) != RALU_OK) return r;
    nin = (size_t)H * W * 3; nout = (size_t)(h * w * 2 * zc);
    host = (float *)ralu__alloc_aligned(ctx, (nin + nout) * sizeof(float));
    if (!host) return ralu__oom(ctx, "VAE encode staging", (nin + nout) * 4);
    ralu__vae_to_rows(image, 3, H, W, 0, 0, H, W, 1.0f, 0.0f, host);
    if ((r = be->upload(be, ralu__vae_map(v, RALU__VB_A, (int64_t)H * W, 3), host)) == RALU_OK) {
        be->begin(be);
        hh = H; ww = W;
        ralu__vae_conv(v, RALU__VB_B, RALU__VB_A, &v->enc_in, hh, ww, 1);
        x = RALU__VB_B;
        for (l = 0; l < f->levels; l++) {
            for (j = 0; j < v->nres_enc; j++) x = ralu__vae_res(v, x, &v->enc_res[l][j], hh, ww);
            if (l < f->levels - 1) { ralu__vae_conv(v, (x + 1) % 3, x, &v->enc_down[l], hh, ww, 2); x = (x + 1) % 3; hh /= 2; ww /= 2; }
        }
        x = ralu__vae_mid(v, x, &v->enc_mid, hh, ww);
        ralu__vae_norm(v, (x + 1) % 3, x, &v->enc_norm, hh * ww, f->block_out_channels[f->levels - 1], 1);
        ralu__vae_conv(v, (x + 2) % 3, (x + 1) % 3, &v->enc_out, hh, ww, 1);
        x = (x + 2) % 3;
        if (f->quant_conv) { ralu__vae_conv(v, (x + 1) % 3, x, &v->quant, hh, ww, 1); x = (x + 1) % 3; }
        if ((r = be->end(be)) == RALU_OK && (r = be->download(be, host + nin, ralu__vae_map(v, x, h * w, 2 * zc))) == RALU_OK)
            /* channels [0, zc) are the posterior mean (the rest its log-variance) */
            for (p = 0; p < h * w; p++) for (k = 0; k < zc; k++)
                latent[k * h * w + p] = (host[nin + (size_t)(p * 2 * zc + k)] - f->shift_factor) * f->scaling_factor;
    }
    ralu__free_aligned(ctx, host);
    return r;
}

/* ---- pixels ---- */
RALUDEF void ralu_image_to_rgb8(const float *image, int H, int W, uint8_t *rgb) {
    int64_t p, n = (int64_t)H * W; int k;
    if (!image || !rgb || H < 1 || W < 1) return;
    for (p = 0; p < n; p++) for (k = 0; k < 3; k++) {
        float t = (image[k * n + p] + 1.0f) * 0.5f;
        t = t > 0 ? (t < 1 ? t : 1) : 0;   /* NaN maps to 0 */
        rgb[p * 3 + k] = (uint8_t)(t * 255.0f + 0.5f);
    }
}
RALUDEF void ralu_rgb8_to_image(const uint8_t *rgb, int H, int W, float *image) {
    int64_t p, n = (int64_t)H * W; int k;
    if (!image || !rgb || H < 1 || W < 1) return;
    for (p = 0; p < n; p++) for (k = 0; k < 3; k++) image[k * n + p] = (float)rgb[p * 3 + k] / 127.5f - 1.0f;
}
#undef RALU__VTRY


/* >>impl-text */

/* =========================================================================================
   >>text — tokenizers (CLIP BPE, T5 SentencePiece unigram), text encoders (CLIP-L, CLIP-G,
   T5 v1.1) and the FLUX / SD3 prompt conditioning (ARCH.md §6)
   ========================================================================================= */


/* The generated tables (tools/gen_text_data.py) live at the end of the file, after the
   >>impl-vocab marker; they are reached through this accessor. */
typedef struct ralu__ftfy_sub { uint32_t cp; const char *to; } ralu__ftfy_sub;
typedef struct ralu__text_tables {
    const char *clip_alphabet; int clip_two, clip_nmerges;   /* the BPE merges' encoding */
    const char *const *clip_bpe; int clip_bpe_lines;
    const uint32_t *letter; int nletter;                      /* [first, last] pairs */
    const uint32_t *number; int nnumber;
    const int32_t *lower; int nlower;                         /* runs (first, count, step, delta) */
    const uint32_t *ftfy_control; int nftfy_control;
    const ralu__ftfy_sub *ftfy_subst; int nftfy_subst;         /* sorted by cp */
    const uint32_t *decomp; int ndecomp;                      /* (cp, first, second or 0, recomposes) */
    const uint32_t *ccc; int nccc;                            /* (first, last, class) */
} ralu__text_tables;
static const ralu__text_tables *ralu__text_data(void);

/* re-reports the context's last error under another code (a JSON error in a vocabulary is a
   tokenizer error) */
static ralu_result ralu__refail(ralu_ctx *ctx, ralu_result code) {
    char msg[RALU__ERRMSG];
    memcpy(msg, ctx->error, sizeof msg);
    msg[sizeof msg - 1] = 0;
    return ralu__fail(ctx, code, "%s", msg);
}

/* ---- UTF-8 and code point helpers ---- */

/* Length of the well-formed UTF-8 sequence at s[0..n) (no overlongs, surrogates or code points
   past U+10FFFF), with its code point; 0 if malformed. */
static int ralu__utf8_decode(const unsigned char *s, size_t n, uint32_t *cp) {
    uint32_t c = s[0];
    int len, i;
    if (c < 0x80) { *cp = c; return 1; }
    if (c >= 0xc2 && c <= 0xdf) { len = 2; c &= 0x1f; }
    else if (c >= 0xe0 && c <= 0xef) { len = 3; c &= 0x0f; }
    else if (c >= 0xf0 && c <= 0xf4) { len = 4; c &= 0x07; }
    else return 0;
    if ((size_t)len > n) return 0;
    for (i = 1; i < len; i++) {
        if ((s[i] & 0xc0) != 0x80) return 0;
        c = (c << 6) | (s[i] & 0x3fu);
    }
    if ((len == 3 && (c < 0x800 || (c >= 0xd800 && c < 0xe000))) || (len == 4 && (c < 0x10000 || c > 0x10ffff))) return 0;
    *cp = c;
    return len;
}

/* a growable code point array */
typedef struct ralu__cps { uint32_t *v; size_t n, cap; ralu_ctx *ctx; int oom; } ralu__cps;
static void ralu__cps_push(ralu__cps *a, uint32_t cp) {
    if (a->oom) return;
    if (a->n == a->cap) {
        size_t cap = a->cap ? 2 * a->cap : 64;
        uint32_t *v = (uint32_t *)ralu__alloc(a->ctx, cap * 4);
        if (!v) { a->oom = 1; return; }
        if (a->n) memcpy(v, a->v, a->n * 4);
        ralu__free(a->ctx, a->v);
        a->v = v; a->cap = cap;
    }
    a->v[a->n++] = cp;
}
static void ralu__cps_push_utf8(ralu__cps *a, const char *s) {
    const unsigned char *u = (const unsigned char *)s;
    size_t n = strlen(s), i = 0;
    while (i < n) { uint32_t cp; int l = ralu__utf8_decode(u + i, n - i, &cp); if (!l) { cp = 0xfffd; l = 1; } ralu__cps_push(a, cp); i += (size_t)l; }
}
static void ralu__cps_free(ralu__cps *a) { ralu__free(a->ctx, a->v); a->v = NULL; a->n = a->cap = 0; }

/* The prompt must be well-formed UTF-8; decodes it into cps. */
static ralu_result ralu__utf8_to_cps(ralu_ctx *ctx, const char *text, ralu__cps *out) {
    const unsigned char *s = (const unsigned char *)text;
    size_t n = strlen(text), i = 0;
    while (i < n) {
        uint32_t cp; int l = ralu__utf8_decode(s + i, n - i, &cp);
        if (!l) return ralu__fail(ctx, RALU_ERR_TEXT_ENCODING, "prompt is not valid UTF-8: byte %zu (0x%02x) does not start a well-formed sequence", i, s[i]);
        ralu__cps_push(out, cp);
        i += (size_t)l;
    }
    return out->oom ? ralu__oom(ctx, "prompt code points", n * 4) : RALU_OK;
}

static int ralu__in_ranges(const uint32_t *r, size_t npairs, uint32_t cp) {
    size_t lo = 0, hi = npairs;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (cp < r[2 * mid]) hi = mid;
        else if (cp > r[2 * mid + 1]) lo = mid + 1;
        else return 1;
    }
    return 0;
}
static int ralu__uni_is_letter(uint32_t cp) {
    if (cp < 128) return (cp | 32) >= 'a' && (cp | 32) <= 'z';
    return ralu__in_ranges(ralu__text_data()->letter, (size_t)ralu__text_data()->nletter, cp);
}
static int ralu__uni_is_number(uint32_t cp) {
    if (cp < 128) return cp >= '0' && cp <= '9';
    return ralu__in_ranges(ralu__text_data()->number, (size_t)ralu__text_data()->nnumber, cp);
}
/* \s of the `regex` module (Unicode White_Space) */
static int ralu__uni_is_space(uint32_t cp) {
    return (cp >= 9 && cp <= 13) || cp == 32 || cp == 0x85 || cp == 0xa0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200a) ||
           cp == 0x2028 || cp == 0x2029 || cp == 0x202f || cp == 0x205f || cp == 0x3000;
}
/* Python's str.lower() of one code point that maps to one code point */
static uint32_t ralu__uni_lower1(uint32_t cp) {
    const int32_t *lw = ralu__text_data()->lower;
    size_t i, n = 4 * (size_t)ralu__text_data()->nlower;
    if (cp < 128) return (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
    for (i = 0; i < n; i += 4) {
        uint32_t first = (uint32_t)lw[i], count = (uint32_t)lw[i + 1], step = (uint32_t)lw[i + 2];
        if (cp < first) break;
        if (cp < first + count * step && (cp - first) % step == 0) return (uint32_t)((int32_t)cp + lw[i + 3]);
    }
    return cp;
}

/* ---- the CLIP normaliser: ftfy.fix_text's relevant fixes, whitespace_clean, lower() ---- */

static int ralu__ftfy_is_control(uint32_t cp) {
    const ralu__text_tables *d = ralu__text_data();
    int i;
    for (i = 0; i < d->nftfy_control; i++) if (d->ftfy_control[i] == cp) return 1;
    return 0;
}
static const char *ralu__ftfy_subst_of(uint32_t cp) {
    const ralu__ftfy_sub *sub = ralu__text_data()->ftfy_subst;
    size_t lo = 0, hi = (size_t)ralu__text_data()->nftfy_subst;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (sub[mid].cp == cp) return sub[mid].to;
        if (sub[mid].cp < cp) lo = mid + 1; else hi = mid;
    }
    return NULL;
}
/* An HTML entity at s[0..n) (s[0] == '&'): its length and code point, or 0. ftfy decodes the
   whole HTML5 table; these are the ones prompts carry. */
static size_t ralu__html_entity(const uint32_t *s, size_t n, uint32_t *out) {
    static const struct { const char *name; uint32_t cp; } named[] = {
        { "amp", '&' }, { "lt", '<' }, { "gt", '>' }, { "quot", '"' }, { "apos", '\'' }, { "nbsp", 0xa0 },
        { "AMP", '&' }, { "LT", '<' }, { "GT", '>' }, { "QUOT", '"' } };
    size_t i, k;
    if (n < 3) return 0;
    for (i = 1; i < n && i <= 26 && s[i] != ';'; i++) {}
    if (i >= n || s[i] != ';' || i < 2) return 0;
    if (s[1] == '#') {
        uint32_t v = 0; int hex = i > 2 && (s[2] == 'x' || s[2] == 'X'); size_t j = hex ? 3 : 2;
        if (j >= i) return 0;
        for (; j < i; j++) {
            uint32_t c = s[j], d;
            if (c >= '0' && c <= '9') d = c - '0';
            else if (hex && (c | 32) >= 'a' && (c | 32) <= 'f') d = (c | 32) - 'a' + 10;
            else return 0;
            v = v * (hex ? 16u : 10u) + d;
            if (v > 0x10ffff) return 0;
        }
        if (v == 0 || (v >= 0xd800 && v < 0xe000)) return 0;
        *out = v;
        return i + 1;
    }
    for (k = 0; k < sizeof named / sizeof named[0]; k++) {
        size_t L = strlen(named[k].name), j;
        if (L != i - 1) continue;
        for (j = 0; j < L && s[1 + j] == (uint32_t)(unsigned char)named[k].name[j]; j++) {}
        if (j == L) { *out = named[k].cp; return i + 1; }
    }
    return 0;
}

/* ftfy.fix_text, as far as prompts need it (see the API notes): works line by line like ftfy;
   HTML entities are decoded until a line holding '<' is met. Appends to out. */
static void ralu__clip_ftfy(const uint32_t *s, size_t n, ralu__cps *out) {
    int unescape = 1;
    size_t i = 0;
    while (i < n) {
        size_t end = i, j;
        while (end < n && s[end] != '\n') end++;
        if (end < n) end++;                       /* the line keeps its '\n' */
        for (j = i; j < end; j++) if (s[j] == '<') unescape = 0;
        for (j = i; j < end; j++) {
            uint32_t cp = s[j], ent;
            const char *sub;
            size_t el;
            if (unescape && cp == '&' && (el = ralu__html_entity(s + j, end - j, &ent)) > 0) { cp = ent; j += el - 1; }
            if (ralu__ftfy_is_control(cp)) continue;
            if (cp == 0x2bc || (cp >= 0x2018 && cp <= 0x201b)) cp = '\'';
            else if (cp >= 0x201c && cp <= 0x201f) cp = '"';
            else if ((sub = ralu__ftfy_subst_of(cp)) != NULL) { ralu__cps_push_utf8(out, sub); continue; }
            ralu__cps_push(out, cp);
        }
        i = end;
    }
}

/* ---- NFC (the last step of ftfy.fix_text): decompose, order marks, recompose ---- */
static int ralu__uni_ccc_of(uint32_t cp) {
    const ralu__text_tables *d = ralu__text_data();
    size_t lo = 0, hi = (size_t)d->nccc;
    if (cp < 0x300) return 0;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (cp < d->ccc[3 * mid]) hi = mid;
        else if (cp > d->ccc[3 * mid + 1]) lo = mid + 1;
        else return (int)d->ccc[3 * mid + 2];
    }
    return 0;
}
static const uint32_t *ralu__uni_decomp_of(uint32_t cp) {
    const ralu__text_tables *d = ralu__text_data();
    size_t lo = 0, hi = (size_t)d->ndecomp;
    if (cp < 0xc0) return NULL;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (d->decomp[4 * mid] == cp) return d->decomp + 4 * mid;
        if (d->decomp[4 * mid] < cp) lo = mid + 1; else hi = mid;
    }
    return NULL;
}
static void ralu__uni_decompose(uint32_t cp, ralu__cps *out, int depth) {
    const uint32_t *e;
    if (cp >= 0xac00 && cp < 0xac00 + 11172) {   /* Hangul syllable: L V (T) */
        uint32_t s = cp - 0xac00;
        ralu__cps_push(out, 0x1100 + s / 588); ralu__cps_push(out, 0x1161 + (s % 588) / 28);
        if (s % 28) ralu__cps_push(out, 0x11a7 + s % 28);
        return;
    }
    if (depth < 8 && (e = ralu__uni_decomp_of(cp)) != NULL) {
        ralu__uni_decompose(e[1], out, depth + 1);
        if (e[2]) ralu__uni_decompose(e[2], out, depth + 1);
        return;
    }
    ralu__cps_push(out, cp);
}
/* the primary composite of (a, b), or 0 (a scan: compositions are tried only next to a starter) */
static uint32_t ralu__uni_compose_pair(uint32_t a, uint32_t b) {
    const ralu__text_tables *d = ralu__text_data();
    int i;
    if (a >= 0x1100 && a < 0x1113 && b >= 0x1161 && b < 0x1176) return 0xac00 + ((a - 0x1100) * 21 + (b - 0x1161)) * 28;
    if (a >= 0xac00 && a < 0xac00 + 11172 && (a - 0xac00) % 28 == 0 && b > 0x11a7 && b < 0x11c3) return a + (b - 0x11a7);
    if (b < 0x300) return 0;
    for (i = 0; i < d->ndecomp; i++) {
        const uint32_t *e = d->decomp + 4 * i;
        if (e[3] && e[1] == a && e[2] == b) return e[0];
    }
    return 0;
}
/* in place: a->v becomes NFC(a->v) */
static void ralu__uni_nfc(ralu__cps *a) {
    ralu__cps d;
    size_t i, j, n, starter = (size_t)-1;
    int last_cc = 0, ascii = 1;
    for (i = 0; i < a->n; i++) if (a->v[i] >= 0xc0) { ascii = 0; break; }
    if (ascii) return;
    memset(&d, 0, sizeof d); d.ctx = a->ctx;
    for (i = 0; i < a->n; i++) ralu__uni_decompose(a->v[i], &d, 0);
    if (d.oom) { a->oom = 1; ralu__cps_free(&d); return; }
    for (i = 1; i < d.n; i++) {   /* canonical order: stable sort of each run of marks by class */
        int c = ralu__uni_ccc_of(d.v[i]);
        uint32_t x = d.v[i];
        if (!c) continue;
        for (j = i; j > 0 && ralu__uni_ccc_of(d.v[j - 1]) > c; j--) d.v[j] = d.v[j - 1];
        d.v[j] = x;
    }
    for (i = 0, n = 0; i < d.n; i++) {
        uint32_t c = d.v[i];
        int cc = ralu__uni_ccc_of(c);
        if (starter != (size_t)-1) {
            int adjacent = n - 1 == starter;
            if (adjacent || (last_cc != 0 && last_cc < cc)) {
                uint32_t k = ralu__uni_compose_pair(d.v[starter], c);
                if (k) { d.v[starter] = k; continue; }
            }
        }
        if (cc == 0) { starter = n; last_cc = 0; }
        else last_cc = cc;
        d.v[n++] = c;
    }
    ralu__cps_free(a);
    a->v = d.v; a->n = n; a->cap = d.cap;
}

/* whitespace_clean (runs of \s -> one space, stripped) and Python's lower(), in place */
static void ralu__clip_clean_lower(ralu__cps *a, ralu__cps *out) {
    size_t i, n = a->n;
    int pending_space = 0;
    for (i = 0; i < n; i++) {
        uint32_t cp = a->v[i];
        if (ralu__uni_is_space(cp)) { pending_space = out->n > 0; continue; }
        if (pending_space) { ralu__cps_push(out, ' '); pending_space = 0; }
        if (cp == 0x130) { ralu__cps_push(out, 'i'); ralu__cps_push(out, 0x307); continue; }   /* İ -> i + combining dot */
        if (cp == 0x3a3) {   /* Σ: final sigma after a letter, unless a letter follows */
            int after_letter = i > 0 && ralu__uni_is_letter(a->v[i - 1]);
            int before_letter = i + 1 < n && ralu__uni_is_letter(a->v[i + 1]);
            ralu__cps_push(out, after_letter && !before_letter ? 0x3c2 : 0x3c3);
            continue;
        }
        ralu__cps_push(out, ralu__uni_lower1(cp));
    }
}

/* ---- hash maps: strings to ids, id pairs to merges ---- */
typedef struct ralu__strmap { int32_t *slot; size_t cap; const char **key; uint32_t *len; int32_t *val; size_t n, max; ralu_ctx *ctx; } ralu__strmap;
static uint64_t ralu__hash_bytes(const char *s, size_t n) {
    uint64_t h = 1469598103934665603ull; size_t i;
    for (i = 0; i < n; i++) { h ^= (unsigned char)s[i]; h *= 1099511628211ull; }
    return h;
}
static ralu_result ralu__strmap_init(ralu_ctx *ctx, ralu__strmap *m, size_t max) {
    size_t i;
    memset(m, 0, sizeof *m);
    m->ctx = ctx; m->max = max;
    for (m->cap = 64; m->cap < 2 * max + 2; m->cap *= 2) {}
    m->slot = (int32_t *)ralu__alloc(ctx, m->cap * 4);
    m->key = (const char **)ralu__alloc(ctx, (max + 1) * sizeof(char *));
    m->len = (uint32_t *)ralu__alloc(ctx, (max + 1) * 4);
    m->val = (int32_t *)ralu__alloc(ctx, (max + 1) * 4);
    if (!m->slot || !m->key || !m->len || !m->val) return ralu__oom(ctx, "tokenizer hash map", m->cap * 4);
    for (i = 0; i < m->cap; i++) m->slot[i] = -1;
    return RALU_OK;
}
static void ralu__strmap_free(ralu__strmap *m) {
    if (!m->ctx) return;
    ralu__free(m->ctx, m->slot); ralu__free(m->ctx, (void *)m->key); ralu__free(m->ctx, m->len); ralu__free(m->ctx, m->val);
    memset(m, 0, sizeof *m);
}
static int32_t ralu__strmap_get(const ralu__strmap *m, const char *s, size_t n) {
    size_t h = (size_t)ralu__hash_bytes(s, n) & (m->cap - 1);
    while (m->slot[h] >= 0) {
        int32_t e = m->slot[h];
        if (m->len[e] == n && !memcmp(m->key[e], s, n)) return m->val[e];
        h = (h + 1) & (m->cap - 1);
    }
    return -1;
}
/* adds (keeps the last value for a repeated key, as a Python dict does); 0 when full */
static int ralu__strmap_put(ralu__strmap *m, const char *s, size_t n, int32_t v) {
    size_t h = (size_t)ralu__hash_bytes(s, n) & (m->cap - 1);
    while (m->slot[h] >= 0) {
        int32_t e = m->slot[h];
        if (m->len[e] == n && !memcmp(m->key[e], s, n)) { m->val[e] = v; return 1; }
        h = (h + 1) & (m->cap - 1);
    }
    if (m->n >= m->max) return 0;
    m->key[m->n] = s; m->len[m->n] = (uint32_t)n; m->val[m->n] = v;
    m->slot[h] = (int32_t)m->n++;
    return 1;
}

typedef struct ralu__merge { uint64_t key; int32_t rank, result; } ralu__merge;   /* key 0 = empty */

/* ---- SentencePiece pieces ---- */
typedef struct ralu__sp_piece { const char *s; uint32_t len; float score; int type; } ralu__sp_piece;
enum { RALU__SP_NORMAL = 1, RALU__SP_UNKNOWN = 2, RALU__SP_CONTROL = 3, RALU__SP_USER = 4, RALU__SP_UNUSED = 5, RALU__SP_BYTE = 6 };

struct ralu_tokenizer {
    ralu__object obj;
    ralu_ctx *ctx;
    ralu_tokenizer_info info;
    char source[512];
    /* CLIP BPE */
    int32_t byte_id[256], byte_end_id[256];
    char pad_text[64];                   /* a pad token that is not a CLIP special (SD3's "!"): also an added token */
    ralu__merge *merges; size_t merge_cap;
    /* T5 unigram */
    unsigned char *blob;                 /* the spiece.model bytes (pieces point into it) */
    ralu__sp_piece *pieces; int npieces;
    ralu__strmap piece_map;              /* NORMAL / USER / UNUSED pieces */
    uint32_t max_piece_bytes;
    float min_score, max_score;
    int unk;
    const uint32_t *trie; size_t trie_units; uint32_t *trie_owned;   /* the precompiled normaliser: darts-clone units */
    const char *norm_text; size_t norm_len;    /* its NUL-separated replacement strings */
    int add_dummy_prefix, remove_extra_ws, escape_ws;
};

static uint64_t ralu__merge_key(int32_t a, int32_t b) { return ((uint64_t)(uint32_t)(a + 1) << 32) | (uint32_t)(b + 1); }
static size_t ralu__merge_hash(uint64_t k, size_t cap) { return (size_t)((k * 0x9e3779b97f4a7c15ull) >> 20) & (cap - 1); }
static const ralu__merge *ralu__merge_get(const ralu_tokenizer *t, int32_t a, int32_t b) {
    uint64_t k = ralu__merge_key(a, b);
    size_t h = ralu__merge_hash(k, t->merge_cap);
    while (t->merges[h].key) {
        if (t->merges[h].key == k) return &t->merges[h];
        h = (h + 1) & (t->merge_cap - 1);
    }
    return NULL;
}
/* the first rank wins for a repeated pair (a dict(zip(merges, range)) keeps the last, but
   the lower rank is the one BPE would ever use first: identical results) */
static void ralu__merge_put(ralu_tokenizer *t, int32_t a, int32_t b, int32_t rank, int32_t result) {
    uint64_t k = ralu__merge_key(a, b);
    size_t h = ralu__merge_hash(k, t->merge_cap);
    while (t->merges[h].key) {
        if (t->merges[h].key == k) { t->merges[h].rank = rank; t->merges[h].result = result; return; }
        h = (h + 1) & (t->merge_cap - 1);
    }
    t->merges[h].key = k; t->merges[h].rank = rank; t->merges[h].result = result;
}
static ralu_result ralu__merges_alloc(ralu_tokenizer *t, size_t n) {
    for (t->merge_cap = 1024; t->merge_cap < 2 * n + 2; t->merge_cap *= 2) {}
    t->merges = (ralu__merge *)ralu__calloc(t->ctx, t->merge_cap, sizeof(ralu__merge));
    return t->merges ? RALU_OK : ralu__oom(t->ctx, "BPE merges", t->merge_cap * sizeof(ralu__merge));
}

/* GPT-2's bytes_to_unicode(): byte b is written as code point cs[b]; vocabulary id i < 256 is
   the byte order[i] */
static void ralu__bytes_to_unicode(uint32_t cs[256], int order[256]) {
    int b, n = 0, k = 0, in[256];
    memset(in, 0, sizeof in);
    for (b = 0; b < 256; b++) if ((b >= '!' && b <= '~') || (b >= 0xa1 && b <= 0xac) || (b >= 0xae && b <= 0xff)) { in[b] = 1; cs[b] = (uint32_t)b; order[k++] = b; }
    for (b = 0; b < 256; b++) if (!in[b]) { cs[b] = (uint32_t)(256 + n++); order[k++] = b; }
}

/* ---- the CLIP tokenizer ---- */
typedef struct ralu__ids { int32_t *v; size_t n, cap; ralu_ctx *ctx; int oom; } ralu__ids;
static void ralu__ids_push(ralu__ids *a, int32_t id) {
    if (a->oom) return;
    if (a->n == a->cap) {
        size_t cap = a->cap ? 2 * a->cap : 128;
        int32_t *v = (int32_t *)ralu__alloc(a->ctx, cap * 4);
        if (!v) { a->oom = 1; return; }
        if (a->n) memcpy(v, a->v, a->n * 4);
        ralu__free(a->ctx, a->v);
        a->v = v; a->cap = cap;
    }
    a->v[a->n++] = id;
}

/* byte-level BPE of one pre-token (its UTF-8 bytes): merges by rank, all occurrences of the
   best pair per round, as CLIPTokenizer.bpe */
static void ralu__clip_bpe(const ralu_tokenizer *t, const unsigned char *bytes, size_t n, int32_t *sym, ralu__ids *out) {
    size_t i, m = n;
    for (i = 0; i < n; i++) sym[i] = i + 1 == n ? t->byte_end_id[bytes[i]] : t->byte_id[bytes[i]];
    while (m > 1) {
        const ralu__merge *best = NULL;
        int32_t first, second;
        size_t j;
        for (i = 0; i + 1 < m; i++) {
            const ralu__merge *g = ralu__merge_get(t, sym[i], sym[i + 1]);
            if (g && (!best || g->rank < best->rank)) best = g;
        }
        if (!best) break;
        first = (int32_t)(best->key >> 32) - 1; second = (int32_t)(best->key & 0xffffffffu) - 1;
        for (i = 0, j = 0; i < m; i++) {
            if (i + 1 < m && sym[i] == first && sym[i + 1] == second) { sym[j++] = best->result; i++; }
            else sym[j++] = sym[i];
        }
        m = j;
    }
    for (i = 0; i < m; i++) ralu__ids_push(out, sym[i]);
}

static int ralu__cps_match_ascii(const uint32_t *s, size_t n, const char *lit) {
    size_t i, L = strlen(lit);
    if (L > n) return 0;
    for (i = 0; i < L; i++) if (s[i] != (uint32_t)(unsigned char)lit[i]) return 0;
    return 1;
}

/* One segment without special tokens: normalise, split with CLIP's pattern, BPE each piece. */
static ralu_result ralu__clip_segment(const ralu_tokenizer *t, const uint32_t *s, size_t n, ralu__ids *out) {
    ralu_ctx *ctx = t->ctx;
    ralu__cps fixed, clean;
    unsigned char *bytes = NULL; int32_t *sym = NULL;
    size_t pos = 0, cap = 0;
    ralu_result r = RALU_OK;
    memset(&fixed, 0, sizeof fixed); memset(&clean, 0, sizeof clean);
    fixed.ctx = clean.ctx = ctx;
    ralu__clip_ftfy(s, n, &fixed);
    ralu__uni_nfc(&fixed);
    ralu__clip_clean_lower(&fixed, &clean);
    if (fixed.oom || clean.oom) { r = ralu__oom(ctx, "normalised prompt", n * 8); goto done; }
    cap = clean.n * 4 + 4;
    bytes = (unsigned char *)ralu__alloc(ctx, cap);
    sym = (int32_t *)ralu__alloc(ctx, cap * 4);
    if (!bytes || !sym) { r = ralu__oom(ctx, "BPE scratch", cap * 5); goto done; }
    while (pos < clean.n) {
        const uint32_t *c = clean.v + pos;
        size_t rest = clean.n - pos, len = 0, nb = 0, k;
        if (ralu__uni_is_space(*c)) { pos++; continue; }
        if (ralu__cps_match_ascii(c, rest, "<|startoftext|>")) { ralu__ids_push(out, t->info.bos); pos += 15; continue; }
        if (ralu__cps_match_ascii(c, rest, "<|endoftext|>")) { ralu__ids_push(out, t->info.eos); pos += 13; continue; }
        if (*c == '\'' && rest >= 2) {
            if (rest >= 3 && (ralu__cps_match_ascii(c, rest, "'re") || ralu__cps_match_ascii(c, rest, "'ve") || ralu__cps_match_ascii(c, rest, "'ll"))) len = 3;
            else if (c[1] == 's' || c[1] == 't' || c[1] == 'm' || c[1] == 'd' || c[1] == 'S' || c[1] == 'T' || c[1] == 'M' || c[1] == 'D') len = 2;
        }
        if (!len) {
            if (ralu__uni_is_letter(*c)) { while (len < rest && ralu__uni_is_letter(c[len])) len++; }
            else if (ralu__uni_is_number(*c)) len = 1;
            else while (len < rest && !ralu__uni_is_space(c[len]) && !ralu__uni_is_letter(c[len]) && !ralu__uni_is_number(c[len])) len++;
        }
        for (k = 0; k < len; k++) nb += ralu__utf8_put((char *)bytes + nb, c[k]);
        ralu__clip_bpe(t, bytes, nb, sym, out);
        pos += len;
    }
    if (out->oom) r = ralu__oom(ctx, "token ids", out->n * 4);
done:
    ralu__cps_free(&fixed); ralu__cps_free(&clean);
    ralu__free(ctx, bytes); ralu__free(ctx, sym);
    return r;
}

/* The whole prompt: special tokens written in it are split off first (as transformers'
   added-token split), each other segment is tokenized on its own. */
static ralu_result ralu__clip_encode(const ralu_tokenizer *t, const ralu__cps *p, const char *added, int32_t added_id, ralu__ids *out) {
    size_t i = 0, seg = 0;
    ralu_result r;
    while (i <= p->n) {
        int sp = 0; size_t L = 0;
        if (i < p->n && ralu__cps_match_ascii(p->v + i, p->n - i, "<|startoftext|>")) { sp = 1; L = 15; }
        else if (i < p->n && ralu__cps_match_ascii(p->v + i, p->n - i, "<|endoftext|>")) { sp = 2; L = 13; }
        else if (i < p->n && added && *added && ralu__cps_match_ascii(p->v + i, p->n - i, added)) { sp = 3; L = strlen(added); }
        if (sp || i == p->n) {
            if (i > seg && (r = ralu__clip_segment(t, p->v + seg, i - seg, out)) != RALU_OK) return r;
            if (sp) ralu__ids_push(out, sp == 1 ? t->info.bos : sp == 2 ? t->info.eos : added_id);
            if (i == p->n) break;
            i += L; seg = i;
        } else i++;
    }
    return out->oom ? ralu__oom(t->ctx, "token ids", out->n * 4) : RALU_OK;
}

static int ralu__clip_digit(char c) {
    const char *alpha = ralu__text_data()->clip_alphabet, *p = strchr(alpha, c);
    return c && p ? (int)(p - alpha) : -1;
}
/* the vocabulary compiled into ralu.h (see tools/gen_text_data.py for the encoding) */
static ralu_result ralu__clip_load_embedded(ralu_tokenizer *t) {
    int nlines, l, order[256], i, rank = 0;
    uint32_t cs[256];
    const ralu__text_tables *d = ralu__text_data();
    const char *const *lines = d->clip_bpe;
    ralu_result r;
    ralu__bytes_to_unicode(cs, order);
    for (i = 0; i < 256; i++) { t->byte_id[order[i]] = i; t->byte_end_id[order[i]] = 256 + i; }
    nlines = d->clip_bpe_lines;
    if ((r = ralu__merges_alloc(t, (size_t)d->clip_nmerges)) != RALU_OK) return r;
    for (l = 0; l < nlines; l++) {
        const char *p = lines[l];
        while (*p) {
            int32_t v[2]; int k;
            for (k = 0; k < 2; k++) {
                int d0 = ralu__clip_digit(p[0]), d1 = d0 >= 0 ? ralu__clip_digit(p[1]) : -1, d2;
                if (d0 < 0 || d1 < 0) return ralu__fail(t->ctx, RALU_ERR_INTERNAL, "embedded CLIP vocabulary: bad digit in line %d", l);
                if (d0 < d->clip_two) { v[k] = d0 * 90 + d1; p += 2; }
                else {
                    d2 = ralu__clip_digit(p[2]);
                    if (d2 < 0) return ralu__fail(t->ctx, RALU_ERR_INTERNAL, "embedded CLIP vocabulary: bad digit in line %d", l);
                    v[k] = d->clip_two * 90 + (d0 - d->clip_two) * 8100 + d1 * 90 + d2; p += 3;
                }
            }
            ralu__merge_put(t, v[0], v[1], rank, 512 + rank);
            rank++;
        }
    }
    if (rank != d->clip_nmerges) return ralu__fail(t->ctx, RALU_ERR_INTERNAL, "embedded CLIP vocabulary: %d merges, expected %d", rank, d->clip_nmerges);
    t->info.vocab_size = 512 + rank + 2;
    t->info.bos = 512 + rank; t->info.eos = 513 + rank; t->info.pad = t->info.eos;
    return RALU_OK;
}

/* reads a small text file whole (vocabularies); NUL-terminated */
static ralu_result ralu__read_text(ralu_ctx *ctx, const char *path, char **out, size_t *n) {
    ralu__mapped m; ralu_result r;
    *out = NULL;
    if ((r = ralu__map_file(ctx, path, &m)) != RALU_OK) return r;
    *out = (char *)ralu__alloc(ctx, (size_t)m.size + 1);
    if (!*out) { ralu__unmap_file(&m); return ralu__oom(ctx, path, (size_t)m.size + 1); }
    if (m.size) memcpy(*out, m.base, (size_t)m.size);
    (*out)[m.size] = 0; *n = (size_t)m.size;
    ralu__unmap_file(&m);
    return RALU_OK;
}

/* A CLIP BPE from a vocabulary (a JSON object token -> id) and merge lines ("a b" strings,
   or [a, b] pairs in newer tokenizer.json files). `what` names the source in messages. */
static ralu_result ralu__clip_from_vocab(ralu_tokenizer *t, const ralu__jv *vocab, const ralu__jv *merges_json,
                                         const char *merges_txt, const char *pad_name, const char *what) {
    ralu_ctx *ctx = t->ctx;
    ralu__strmap map; ralu__jv *e;
    uint32_t cs[256]; int order[256], b, rank = 0;
    int64_t max_id = -1;
    ralu_result r;
    char buf[8];
    if (!vocab || vocab->type != RALU__J_OBJ || vocab->count == 0)
        return ralu__fail(ctx, RALU_ERR_TOKENIZER, "%s: the vocabulary is not a JSON object of token -> id", what);
    if ((r = ralu__strmap_init(ctx, &map, vocab->count)) != RALU_OK) return r;
    for (e = vocab->first; e; e = e->next) {
        uint64_t id;
        if (!ralu__jv_u64(e, &id) || id > 10000000) { r = ralu__fail(ctx, RALU_ERR_TOKENIZER, "%s: vocabulary entry '%.40s' has no valid id", what, e->key); goto done; }
        ralu__strmap_put(&map, e->key, e->keylen, (int32_t)id);
        if ((int64_t)id > max_id) max_id = (int64_t)id;
    }
    ralu__bytes_to_unicode(cs, order);
    for (b = 0; b < 256; b++) {
        size_t n = ralu__utf8_put(buf, cs[b]);
        char with_end[16];
        memcpy(with_end, buf, n); memcpy(with_end + n, "</w>", 4);
        t->byte_id[b] = ralu__strmap_get(&map, buf, n);
        t->byte_end_id[b] = ralu__strmap_get(&map, with_end, n + 4);
        if (t->byte_id[b] < 0 || t->byte_end_id[b] < 0) { r = ralu__fail(ctx, RALU_ERR_TOKENIZER, "%s: the vocabulary lacks the symbol of byte 0x%02x (with or without '</w>'): not a CLIP byte-level BPE vocabulary", what, b); goto done; }
    }
    t->info.bos = ralu__strmap_get(&map, "<|startoftext|>", 15);
    t->info.eos = ralu__strmap_get(&map, "<|endoftext|>", 13);
    if (t->info.bos < 0 || t->info.eos < 0) { r = ralu__fail(ctx, RALU_ERR_TOKENIZER, "%s: the vocabulary lacks '<|startoftext|>' or '<|endoftext|>'", what); goto done; }
    t->info.pad = t->info.eos;
    if (pad_name) {
        int32_t p = ralu__strmap_get(&map, pad_name, strlen(pad_name));
        if (p < 0) { r = ralu__fail(ctx, RALU_ERR_TOKENIZER, "%s: the pad token '%.40s' is not in the vocabulary", what, pad_name); goto done; }
        t->info.pad = p; t->info.pad_from_file = 1;
        if (strcmp(pad_name, "<|endoftext|>") && strcmp(pad_name, "<|startoftext|>") && strlen(pad_name) < sizeof t->pad_text) {
            size_t k; int ascii = 1;   /* an ASCII pad such as "!" is matched in the prompt as transformers' added tokens are */
            for (k = 0; pad_name[k]; k++) if ((unsigned char)pad_name[k] >= 0x80) ascii = 0;
            if (ascii) snprintf(t->pad_text, sizeof t->pad_text, "%s", pad_name);
        }
    }
    t->info.vocab_size = (int)max_id + 1;
    {   /* the merges: at most 49152 - 256 - 2, as CLIPTokenizer reads them */
        size_t cap = merges_json ? merges_json->count : 0;
        const char *p = merges_txt;
        if (merges_txt) { cap = 1; for (; *p; p++) if (*p == '\n') cap++; }
        if ((r = ralu__merges_alloc(t, cap)) != RALU_OK) goto done;
        if (merges_json) {
            for (e = merges_json->first; e && rank < 49152 - 256 - 2; e = e->next, rank++) {
                const char *a = NULL, *bb = NULL; size_t la = 0, lb = 0;
                char joined[1024]; int32_t ia, ib, ij;
                if (e->type == RALU__J_STR) {
                    const char *sp = strchr(e->s, ' ');
                    if (!sp || strchr(sp + 1, ' ')) { r = ralu__fail(ctx, RALU_ERR_TOKENIZER, "%s: merge %d '%.60s' is not two symbols separated by one space", what, rank, e->s); goto done; }
                    a = e->s; la = (size_t)(sp - e->s); bb = sp + 1; lb = strlen(bb);
                } else if (e->type == RALU__J_ARR && e->count == 2 && e->first->type == RALU__J_STR && e->last->type == RALU__J_STR) {
                    a = e->first->s; la = e->first->n; bb = e->last->s; lb = e->last->n;
                } else { r = ralu__fail(ctx, RALU_ERR_TOKENIZER, "%s: merge %d is neither \"a b\" nor [\"a\", \"b\"]", what, rank); goto done; }
                if (la + lb >= sizeof joined || !la || !lb) { r = ralu__fail(ctx, RALU_ERR_TOKENIZER, "%s: merge %d has an empty or over-long symbol", what, rank); goto done; }
                memcpy(joined, a, la); memcpy(joined + la, bb, lb);
                ia = ralu__strmap_get(&map, a, la); ib = ralu__strmap_get(&map, bb, lb); ij = ralu__strmap_get(&map, joined, la + lb);
                if (ia < 0 || ib < 0 || ij < 0) { r = ralu__fail(ctx, RALU_ERR_TOKENIZER, "%s: merge %d ('%.*s' + '%.*s') names a symbol not in the vocabulary", what, rank, (int)la, a, (int)lb, bb); goto done; }
                ralu__merge_put(t, ia, ib, rank, ij);
            }
        } else {
            /* merges.txt: the first line is a header; "strip().split('\n')[1:48895]" */
            const char *q = merges_txt, *end;
            int line = 0;
            while (*q == ' ' || *q == '\n' || *q == '\r' || *q == '\t') q++;
            end = q + strlen(q);
            while (end > q && (end[-1] == ' ' || end[-1] == '\n' || end[-1] == '\r' || end[-1] == '\t')) end--;
            while (q < end && rank < 49152 - 256 - 2) {
                const char *nl = (const char *)memchr(q, '\n', (size_t)(end - q)), *le = nl ? nl : end;
                const char *f[3]; size_t fl[3]; int nf = 0; const char *c = q;
                if (line++ == 0) { q = nl ? nl + 1 : end; continue; }
                while (c < le && nf < 3) {   /* Python's split(): runs of whitespace */
                    while (c < le && (*c == ' ' || *c == '\t' || *c == '\r')) c++;
                    if (c >= le) break;
                    f[nf] = c;
                    while (c < le && *c != ' ' && *c != '\t' && *c != '\r') c++;
                    fl[nf] = (size_t)(c - f[nf]); nf++;
                }
                if (nf != 2) { r = ralu__fail(ctx, RALU_ERR_TOKENIZER, "%s: merges line %d '%.*s' is not two symbols", what, line, (int)RALU__MIN(le - q, 60), q); goto done; }
                {
                    char joined[1024]; int32_t ia, ib, ij;
                    if (fl[0] + fl[1] >= sizeof joined) { r = ralu__fail(ctx, RALU_ERR_TOKENIZER, "%s: merges line %d is too long", what, line); goto done; }
                    memcpy(joined, f[0], fl[0]); memcpy(joined + fl[0], f[1], fl[1]);
                    ia = ralu__strmap_get(&map, f[0], fl[0]); ib = ralu__strmap_get(&map, f[1], fl[1]); ij = ralu__strmap_get(&map, joined, fl[0] + fl[1]);
                    if (ia < 0 || ib < 0 || ij < 0) { r = ralu__fail(ctx, RALU_ERR_TOKENIZER, "%s: merges line %d ('%.*s %.*s') names a symbol not in the vocabulary", what, line, (int)fl[0], f[0], (int)fl[1], f[1]); goto done; }
                    ralu__merge_put(t, ia, ib, rank++, ij);
                }
                q = nl ? nl + 1 : end;
            }
        }
    }
    if (rank == 0) r = ralu__fail(ctx, RALU_ERR_TOKENIZER, "%s: no BPE merges", what);
done:
    ralu__strmap_free(&map);
    return r;
}

/* special_tokens_map.json's pad token (a string or {"content": ...}), into buf; 0 if none */
static int ralu__read_pad_name(ralu_ctx *ctx, const char *dir, char *buf, size_t cap) {
    char *path = ralu__path_join(ctx, dir, "special_tokens_map.json"), *text = NULL;
    size_t n; int ok = 0;
    ralu__arena ar; ralu__jv *root, *p;
    ar.ctx = ctx; ar.head = NULL;
    if (!path || !ralu__file_exists(path) || ralu__read_text(ctx, path, &text, &n) != RALU_OK) { ralu__free(ctx, path); return 0; }
    if (ralu__json_parse(ctx, &ar, text, n, path, &root) == RALU_OK && (p = ralu__jget(root, "pad_token")) != NULL) {
        if (p->type == RALU__J_OBJ) p = ralu__jget(p, "content");
        if (p && p->type == RALU__J_STR && p->n + 1 <= cap) { memcpy(buf, p->s, p->n + 1); ok = 1; }
    }
    ralu__arena_free(&ar); ralu__free(ctx, text); ralu__free(ctx, path);
    return ok;
}

static ralu_result ralu__clip_load_json(ralu_tokenizer *t, const char *path, const char *pad_name) {
    ralu_ctx *ctx = t->ctx; char *text = NULL; size_t n; ralu_result r;
    ralu__arena ar; ralu__jv *root, *model;
    ar.ctx = ctx; ar.head = NULL;
    if ((r = ralu__read_text(ctx, path, &text, &n)) != RALU_OK) return r;
    if ((r = ralu__json_parse(ctx, &ar, text, n, path, &root)) != RALU_OK) { r = ralu__refail(ctx, RALU_ERR_TOKENIZER); goto done; }
    model = ralu__jget(root, "model");
    if (!model || !ralu__jget(model, "type") || strcmp(ralu__jget(model, "type")->s ? ralu__jget(model, "type")->s : "", "BPE"))
        { r = ralu__fail(ctx, RALU_ERR_TOKENIZER, "%s: model.type is not \"BPE\" (a CLIP tokenizer.json is expected; T5 needs its spiece.model)", path); goto done; }
    if (!ralu__jget(model, "merges") || ralu__jget(model, "merges")->type != RALU__J_ARR) { r = ralu__fail(ctx, RALU_ERR_TOKENIZER, "%s: model.merges is not an array", path); goto done; }
    r = ralu__clip_from_vocab(t, ralu__jget(model, "vocab"), ralu__jget(model, "merges"), NULL, pad_name, path);
done:
    ralu__arena_free(&ar); ralu__free(ctx, text);
    return r;
}

static ralu_result ralu__clip_load_files(ralu_tokenizer *t, const char *vocab_path, const char *merges_path, const char *pad_name) {
    ralu_ctx *ctx = t->ctx; char *vtext = NULL, *mtext = NULL; size_t vn, mn; ralu_result r;
    ralu__arena ar; ralu__jv *root;
    ar.ctx = ctx; ar.head = NULL;
    if ((r = ralu__read_text(ctx, vocab_path, &vtext, &vn)) != RALU_OK) return r;
    if ((r = ralu__read_text(ctx, merges_path, &mtext, &mn)) != RALU_OK) goto done;
    if (strlen(mtext) != mn) { r = ralu__fail(ctx, RALU_ERR_TOKENIZER, "%s: holds a NUL byte: not a merges text file", merges_path); goto done; }
    if ((r = ralu__json_parse(ctx, &ar, vtext, vn, vocab_path, &root)) != RALU_OK) { r = ralu__refail(ctx, RALU_ERR_TOKENIZER); goto done; }
    r = ralu__clip_from_vocab(t, root, NULL, mtext, pad_name, vocab_path);
done:
    ralu__arena_free(&ar); ralu__free(ctx, vtext); ralu__free(ctx, mtext);
    return r;
}

/* ---- SentencePiece: a protobuf reader for spiece.model, the normaliser, the unigram Viterbi ---- */
typedef struct ralu__pb { const unsigned char *p, *end, *begin; } ralu__pb;
static int ralu__pb_varint(ralu__pb *b, uint64_t *v) {
    int shift = 0; *v = 0;
    while (b->p < b->end && shift < 64) {
        unsigned char c = *b->p++;
        *v |= (uint64_t)(c & 0x7f) << shift;
        if (!(c & 0x80)) return 1;
        shift += 7;
    }
    return 0;
}
/* next field: number, wire type, and for wire type 2 its bytes; 0 at the end, -1 if malformed */
static int ralu__pb_field(ralu__pb *b, uint32_t *field, int *wire, ralu__pb *sub, uint64_t *val) {
    uint64_t key, n;
    if (b->p >= b->end) return 0;
    if (!ralu__pb_varint(b, &key)) return -1;
    *field = (uint32_t)(key >> 3); *wire = (int)(key & 7);
    switch (*wire) {
    case 0: return ralu__pb_varint(b, val) ? 1 : -1;
    case 1: if (b->end - b->p < 8) return -1; memcpy(val, b->p, 8); b->p += 8; return 1;
    case 5: { uint32_t u; if (b->end - b->p < 4) return -1; memcpy(&u, b->p, 4); *val = u; b->p += 4; return 1; }
    case 2:
        if (!ralu__pb_varint(b, &n) || n > (uint64_t)(b->end - b->p)) return -1;
        sub->begin = b->begin; sub->p = b->p; sub->end = b->p + n; b->p += n;
        return 1;
    default: return -1;
    }
}

/* darts-clone double-array trie: every match of a prefix of s[0..n), shortest first;
   returns the longest (its length, and its value in *value); 0 if none */
static size_t ralu__darts_longest(const uint32_t *units, size_t nunits, const unsigned char *s, size_t n, uint32_t *value) {
    size_t pos = 0, i, best = 0;
    uint32_t unit;
    if (!nunits) return 0;
    unit = units[0];
    pos ^= (size_t)((unit >> 10) << ((unit & (1u << 9)) >> 6));
    for (i = 0; i < n; i++) {
        pos ^= s[i];
        if (pos >= nunits) return best;
        unit = units[pos];
        if ((unit & ((1u << 31) | 0xffu)) != s[i]) return best;
        pos ^= (size_t)((unit >> 10) << ((unit & (1u << 9)) >> 6));
        if (pos >= nunits) return best;
        if ((unit >> 8) & 1u) { *value = units[pos] & ((1u << 31) - 1); best = i + 1; }
    }
    return best;
}

static ralu_result ralu__sp_load(ralu_tokenizer *t, const char *path) {
    ralu_ctx *ctx = t->ctx;
    size_t n; ralu__pb top, sub; uint32_t field; int wire, rc, k, have_charsmap = 0;
    uint64_t val;
    char *text = NULL;
    ralu_result r;
    if ((r = ralu__read_text(ctx, path, &text, &n)) != RALU_OK) return r;
    t->blob = (unsigned char *)text;
    t->add_dummy_prefix = t->remove_extra_ws = t->escape_ws = 1;
    top.begin = top.p = t->blob; top.end = t->blob + n;
    /* first pass: count the pieces */
    while ((rc = ralu__pb_field(&top, &field, &wire, &sub, &val)) > 0) if (field == 1 && wire == 2) t->npieces++;
    if (rc < 0) return ralu__fail(ctx, RALU_ERR_TOKENIZER, "%s: not a SentencePiece model: malformed protobuf at byte %zu (truncated?)", path, (size_t)(top.p - top.begin));
    if (t->npieces == 0) return ralu__fail(ctx, RALU_ERR_TOKENIZER, "%s: no pieces: not a SentencePiece model", path);
    t->pieces = (ralu__sp_piece *)ralu__calloc(ctx, (size_t)t->npieces, sizeof(ralu__sp_piece));
    if (!t->pieces) return ralu__oom(ctx, "SentencePiece pieces", (size_t)t->npieces * sizeof(ralu__sp_piece));
    if ((r = ralu__strmap_init(ctx, &t->piece_map, (size_t)t->npieces)) != RALU_OK) return r;
    top.p = top.begin; k = 0;
    t->min_score = FLT_MAX; t->max_score = -FLT_MAX; t->unk = -1;
    t->info.bos = t->info.eos = t->info.pad = -1;
    while ((rc = ralu__pb_field(&top, &field, &wire, &sub, &val)) > 0) {
        if (field == 1 && wire == 2) {            /* ModelProto.pieces: SentencePiece {piece=1, score=2, type=3} */
            ralu__sp_piece *pc = &t->pieces[k];
            ralu__pb f2; uint32_t fld; int w, rc2; uint64_t v;
            pc->type = RALU__SP_NORMAL;
            while ((rc2 = ralu__pb_field(&sub, &fld, &w, &f2, &v)) > 0) {
                if (fld == 1 && w == 2) { pc->s = (const char *)f2.p; pc->len = (uint32_t)(f2.end - f2.p); }
                else if (fld == 2 && w == 5) { uint32_t u = (uint32_t)v; memcpy(&pc->score, &u, 4); }
                else if (fld == 3 && w == 0) pc->type = (int)v;
            }
            if (rc2 < 0 || !pc->s || !pc->len) return ralu__fail(ctx, RALU_ERR_TOKENIZER, "%s: piece %d is malformed or empty", path, k);
            if (pc->type < 1 || pc->type > 6) return ralu__fail(ctx, RALU_ERR_TOKENIZER, "%s: piece %d has unknown type %d", path, k, pc->type);
            if (!isfinite(pc->score)) return ralu__fail(ctx, RALU_ERR_TOKENIZER, "%s: piece %d has a non-finite score", path, k);
            if (pc->type == RALU__SP_NORMAL || pc->type == RALU__SP_USER || pc->type == RALU__SP_UNUSED) {
                ralu__strmap_put(&t->piece_map, pc->s, pc->len, k);
                if (pc->len > t->max_piece_bytes) t->max_piece_bytes = pc->len;
            }
            if (pc->type == RALU__SP_NORMAL) { if (pc->score < t->min_score) t->min_score = pc->score; if (pc->score > t->max_score) t->max_score = pc->score; }
            if (pc->type == RALU__SP_UNKNOWN && t->unk < 0) t->unk = k;
            if (pc->type == RALU__SP_CONTROL) {
                if (pc->len == 4 && !memcmp(pc->s, "</s>", 4)) t->info.eos = k;
                else if (pc->len == 5 && !memcmp(pc->s, "<pad>", 5)) t->info.pad = k;
                else if (pc->len == 3 && !memcmp(pc->s, "<s>", 3)) t->info.bos = k;
            }
            k++;
        } else if (field == 2 && wire == 2) {     /* TrainerSpec: model_type = 3 (1 = UNIGRAM) */
            ralu__pb f2; uint32_t fld; int w; uint64_t v;
            while (ralu__pb_field(&sub, &fld, &w, &f2, &v) > 0)
                if (fld == 3 && w == 0 && v != 1) return ralu__fail(ctx, RALU_ERR_TOKENIZER, "%s: model_type %d is not UNIGRAM (1): only T5's unigram models are supported", path, (int)v);
        } else if (field == 3 && wire == 2) {     /* NormalizerSpec */
            ralu__pb f2; uint32_t fld; int w; uint64_t v;
            while (ralu__pb_field(&sub, &fld, &w, &f2, &v) > 0) {
                if (fld == 2 && w == 2) {
                    uint32_t trie_bytes; size_t blob = (size_t)(f2.end - f2.p);
                    if (blob == 0) continue;
                    if (blob < 4) return ralu__fail(ctx, RALU_ERR_TOKENIZER, "%s: precompiled_charsmap of %zu bytes is truncated", path, blob);
                    memcpy(&trie_bytes, f2.p, 4);
                    if ((size_t)trie_bytes >= blob - 4 || trie_bytes % 4) return ralu__fail(ctx, RALU_ERR_TOKENIZER, "%s: precompiled_charsmap trie size %u does not fit its %zu bytes", path, trie_bytes, blob);
                    /* copied: the file's bytes need not be 4-aligned */
                    ralu__free(ctx, t->trie_owned);
                    t->trie_owned = (uint32_t *)ralu__alloc(ctx, (size_t)trie_bytes + 4);
                    if (!t->trie_owned) return ralu__oom(ctx, "precompiled_charsmap", trie_bytes);
                    memcpy(t->trie_owned, f2.p + 4, trie_bytes);
                    t->trie = t->trie_owned;
                    t->trie_units = trie_bytes / 4;
                    t->norm_text = (const char *)f2.p + 4 + trie_bytes; t->norm_len = blob - 4 - trie_bytes;
                    have_charsmap = 1;
                }
                else if (fld == 3 && w == 0) t->add_dummy_prefix = v != 0;
                else if (fld == 4 && w == 0) t->remove_extra_ws = v != 0;
                else if (fld == 5 && w == 0) t->escape_ws = v != 0;
            }
        }
    }
    if (rc < 0) return ralu__fail(ctx, RALU_ERR_TOKENIZER, "%s: malformed protobuf at byte %zu", path, (size_t)(top.p - top.begin));
    if (t->unk < 0) return ralu__fail(ctx, RALU_ERR_TOKENIZER, "%s: no <unk> piece", path);
    if (t->info.eos < 0) return ralu__fail(ctx, RALU_ERR_TOKENIZER, "%s: no '</s>' piece", path);
    if (t->info.pad < 0) t->info.pad = 0;
    if (t->min_score == FLT_MAX) t->min_score = t->max_score = 0.0f;
    RALU__UNUSED(have_charsmap);
    t->info.vocab_size = t->npieces;
    return RALU_OK;
}

/* NormalizePrefix: the longest charsmap rule at s, or one character unchanged. *rep and *rep_len
   get the replacement; returns the bytes consumed. */
static size_t ralu__sp_norm_prefix(const ralu_tokenizer *t, const unsigned char *s, size_t n, const char **rep, size_t *rep_len) {
    uint32_t value = 0; size_t len = 0; uint32_t cp; int l;
    if (t->trie) len = ralu__darts_longest(t->trie, t->trie_units, s, n, &value);
    if (len && value < t->norm_len) {
        const char *r = t->norm_text + value;
        const char *z = (const char *)memchr(r, 0, t->norm_len - value);
        *rep = r; *rep_len = z ? (size_t)(z - r) : t->norm_len - value;
        return len;
    }
    l = ralu__utf8_decode(s, n, &cp);
    if (!l) { *rep = "\xef\xbf\xbd"; *rep_len = 3; return 1; }
    *rep = (const char *)s; *rep_len = (size_t)l;
    return (size_t)l;
}

/* sentencepiece's Normalizer::Normalize: rules, no leading / trailing / repeated spaces,
   a "▁" dummy prefix, spaces written as "▁". */
static ralu_result ralu__sp_normalize(const ralu_tokenizer *t, const char *text, char **out, size_t *out_n) {
    const unsigned char *s = (const unsigned char *)text;
    size_t n = strlen(text), i = 0, o = 0, cap = 3 * n * 4 + 16;   /* a rule output is at most a few times its input */
    const char *rep; size_t rl, used;
    int prev_space;
    char *buf = (char *)ralu__alloc(t->ctx, cap);
    if (!buf) return ralu__oom(t->ctx, "normalised prompt", cap);
#define RALU__SP_PUT(bytes, nb) do { size_t nb_ = (nb); if (o + nb_ + 8 > cap) { size_t nc = 2 * cap + nb_; char *nbuf = (char *)ralu__alloc(t->ctx, nc); if (!nbuf) { ralu__free(t->ctx, buf); return ralu__oom(t->ctx, "normalised prompt", nc); } memcpy(nbuf, buf, o); ralu__free(t->ctx, buf); buf = nbuf; cap = nc; } memcpy(buf + o, bytes, nb_); o += nb_; } while (0)
    if (t->remove_extra_ws)
        while (i < n) {
            used = ralu__sp_norm_prefix(t, s + i, n - i, &rep, &rl);
            if (!(rl == 1 && rep[0] == ' ')) break;
            i += used;
        }
    if (i < n) {
        if (t->add_dummy_prefix) { if (t->escape_ws) RALU__SP_PUT("\xe2\x96\x81", 3); else RALU__SP_PUT(" ", 1); }
        prev_space = t->remove_extra_ws;
        while (i < n) {
            size_t k;
            used = ralu__sp_norm_prefix(t, s + i, n - i, &rep, &rl);
            if (prev_space) while (rl && rep[0] == ' ') { rep++; rl--; }
            if (rl) {
                for (k = 0; k < rl; k++) {
                    if (t->escape_ws && rep[k] == ' ') RALU__SP_PUT("\xe2\x96\x81", 3);
                    else RALU__SP_PUT(rep + k, 1);
                }
                prev_space = rep[rl - 1] == ' ';
            }
            i += used;
            if (!t->remove_extra_ws) prev_space = 0;
        }
        if (t->remove_extra_ws) {
            if (t->escape_ws) while (o >= 3 && !memcmp(buf + o - 3, "\xe2\x96\x81", 3)) o -= 3;
            else while (o >= 1 && buf[o - 1] == ' ') o--;
        }
    }
#undef RALU__SP_PUT
    buf[o] = 0;
    *out = buf; *out_n = o;
    return RALU_OK;
}

/* the unigram Viterbi of sentencepiece's EncodeOptimized (ties keep the first path found;
   unknown characters cost the lowest score - 10) */
static ralu_result ralu__sp_encode(const ralu_tokenizer *t, const char *text, ralu__ids *out) {
    ralu_ctx *ctx = t->ctx;
    char *s = NULL; size_t n = 0, i; ralu_result r;
    float *score = NULL; int32_t *from = NULL, *id = NULL;
    const float unk_score = t->min_score - 10.0f;
    if ((r = ralu__sp_normalize(t, text, &s, &n)) != RALU_OK) return r;
    score = (float *)ralu__alloc(ctx, (n + 1) * 4); from = (int32_t *)ralu__alloc(ctx, (n + 1) * 4); id = (int32_t *)ralu__alloc(ctx, (n + 1) * 4);
    if (!score || !from || !id) { r = ralu__oom(ctx, "unigram lattice", (n + 1) * 12); goto done; }
    for (i = 0; i <= n; i++) { score[i] = 0.0f; from[i] = -1; id[i] = -1; }
    for (i = 0; i < n; ) {
        uint32_t cp; size_t len, mb = (size_t)ralu__utf8_decode((const unsigned char *)s + i, n - i, &cp);
        int single = 0;
        const float here = score[i];
        if (!mb) mb = 1;
        for (len = 1; len <= t->max_piece_bytes && i + len <= n; len++) {
            int32_t k = ralu__strmap_get(&t->piece_map, s + i, len);
            double sc, cand;   /* sentencepiece adds in double and keeps floats: ties depend on it */
            if (k < 0 || t->pieces[k].type == RALU__SP_UNUSED) continue;
            sc = t->pieces[k].type == RALU__SP_USER ? (double)len * t->max_score - 0.1 : (double)t->pieces[k].score;
            cand = sc + (double)here;
            if (from[i + len] < 0 || cand > (double)score[i + len]) { score[i + len] = (float)cand; from[i + len] = (int32_t)i; id[i + len] = k; }
            if (len == mb) single = 1;
        }
        if (!single) {
            float cand = unk_score + here;
            if (from[i + mb] < 0 || cand > score[i + mb]) { score[i + mb] = cand; from[i + mb] = (int32_t)i; id[i + mb] = t->unk; }
        }
        i += mb;
    }
    {   /* backtrack, then reverse into out */
        size_t start = out->n, a, b;
        for (i = n; i > 0; i = (size_t)from[i]) {
            if (from[i] < 0) { r = ralu__fail(ctx, RALU_ERR_INTERNAL, "unigram lattice has no path to byte %zu", i); goto done; }
            ralu__ids_push(out, id[i]);
        }
        if (out->oom) { r = ralu__oom(ctx, "token ids", out->n * 4); goto done; }
        for (a = start, b = out->n; a + 1 < b; a++, b--) { int32_t tmp = out->v[a]; out->v[a] = out->v[b - 1]; out->v[b - 1] = tmp; }
        /* a run of unknown characters is one <unk>, as sentencepiece reports it */
        for (a = b = start; a < out->n; a++)
            if (!(out->v[a] == t->unk && b > start && out->v[b - 1] == t->unk)) out->v[b++] = out->v[a];
        out->n = b;
    }
done:
    ralu__free(ctx, s); ralu__free(ctx, score); ralu__free(ctx, from); ralu__free(ctx, id);
    return r;
}

/* ---- the public tokenizer ---- */
static void ralu__tokenizer_destroy(ralu__object *o) { ralu_tokenizer_free((ralu_tokenizer *)o); }

RALUDEF void ralu_tokenizer_free(ralu_tokenizer *t) {
    ralu_ctx *ctx;
    if (!t) return;
    ctx = t->ctx;
    ralu__object_untrack(&t->obj);
    ralu__free(ctx, t->merges);
    ralu__free(ctx, t->pieces);
    ralu__strmap_free(&t->piece_map);
    ralu__free(ctx, t->trie_owned);
    ralu__free(ctx, t->blob);
    ralu__free(ctx, t);
}

RALUDEF const ralu_tokenizer_info *ralu_tokenizer_get_info(const ralu_tokenizer *t) { return t ? &t->info : NULL; }

RALUDEF ralu_result ralu_tokenizer_load(ralu_ctx *ctx, const char *path, ralu_tokenizer **out) {
    ralu_tokenizer *t; ralu_result r;
    char pad[128]; int have_pad = 0;
    char *a = NULL, *b = NULL;
    if (!ctx || !out) return ctx ? ralu__fail(ctx, RALU_ERR_INVALID_ARGUMENT, "ralu_tokenizer_load: out is NULL") : RALU_ERR_INVALID_ARGUMENT;
    *out = NULL;
    t = (ralu_tokenizer *)ralu__calloc(ctx, 1, sizeof *t);
    if (!t) return ralu__oom(ctx, "tokenizer", sizeof *t);
    t->ctx = ctx;
    ralu__object_track(ctx, &t->obj, ralu__tokenizer_destroy);
    t->info.kind = RALU_TOKENIZER_CLIP;
    if (!path) {
        snprintf(t->source, sizeof t->source, "embedded");
        r = ralu__clip_load_embedded(t);
    } else if (ralu__is_dir(path)) {
        have_pad = ralu__read_pad_name(ctx, path, pad, sizeof pad);
        if (!(a = ralu__path_join(ctx, path, "spiece.model")) || !(b = ralu__path_join(ctx, path, "tokenizer.json"))) { r = ralu__oom(ctx, "path", strlen(path) + 32); goto end; }
        if (ralu__file_exists(a)) { t->info.kind = RALU_TOKENIZER_T5; snprintf(t->source, sizeof t->source, "%s", a); r = ralu__sp_load(t, a); }
        else if (ralu__file_exists(b)) { snprintf(t->source, sizeof t->source, "%s", b); r = ralu__clip_load_json(t, b, have_pad ? pad : NULL); }
        else {
            ralu__free(ctx, a); ralu__free(ctx, b);
            if (!(a = ralu__path_join(ctx, path, "vocab.json")) || !(b = ralu__path_join(ctx, path, "merges.txt"))) { r = ralu__oom(ctx, "path", strlen(path) + 32); goto end; }
            if (ralu__file_exists(a) && ralu__file_exists(b)) { snprintf(t->source, sizeof t->source, "%s", a); r = ralu__clip_load_files(t, a, b, have_pad ? pad : NULL); }
            else r = ralu__fail(ctx, RALU_ERR_FILE_NOT_FOUND, "tokenizer folder '%s' holds none of spiece.model, tokenizer.json, vocab.json + merges.txt", path);
        }
    } else if (!ralu__file_exists(path)) {
        r = ralu__fail(ctx, RALU_ERR_FILE_NOT_FOUND, "tokenizer file '%s' does not exist (T5 needs its spiece.model; CLIP can use the embedded vocabulary: pass NULL)", path);
    } else if (ralu__ends_with(path, ".json") && !ralu__ends_with(path, "tokenizer.json")) {
        /* vocab.json: merges.txt beside it */
        const char *slash = strrchr(path, '/');
        size_t dl = slash ? (size_t)(slash - path) : 0;
        snprintf(t->source, sizeof t->source, "%s", path);
        a = (char *)ralu__alloc(ctx, dl + 16);
        if (!a) { r = ralu__oom(ctx, "path", dl + 16); goto end; }
        if (dl) memcpy(a, path, dl);
        memcpy(a + dl, slash ? "/merges.txt" : "merges.txt", slash ? 12 : 11);
        r = ralu__file_exists(a) ? ralu__clip_load_files(t, path, a, NULL)
                                 : ralu__fail(ctx, RALU_ERR_FILE_NOT_FOUND, "'%s' is a vocabulary; its merges '%s' are missing", path, a);
    } else if (ralu__ends_with(path, ".json")) {
        snprintf(t->source, sizeof t->source, "%s", path);
        r = ralu__clip_load_json(t, path, NULL);
    } else {
        t->info.kind = RALU_TOKENIZER_T5;
        snprintf(t->source, sizeof t->source, "%s", path);
        r = ralu__sp_load(t, path);
    }
end:
    ralu__free(ctx, a); ralu__free(ctx, b);
    if (r != RALU_OK) { ralu_tokenizer_free(t); return r; }
    t->info.source = t->source;
    *out = t;
    return RALU_OK;
}

/* ralu_tokenize with an extra added token (CLIP: `added` is split out of the prompt as added_id) */
static ralu_result ralu__tokenize_ex(ralu_tokenizer *t, const char *text, int max_len, int pad_id, const char *added, int32_t added_id, int32_t *ids, int *n_used) {
    ralu_ctx *ctx; ralu__cps cps; ralu__ids tok; ralu_result r; int i, n = 0;
    if (!t) return RALU_ERR_INVALID_ARGUMENT;
    ctx = t->ctx;
    if (!text || !ids) return ralu__fail(ctx, RALU_ERR_INVALID_ARGUMENT, "ralu_tokenize: text or ids is NULL");
    if (max_len < 2) return ralu__fail(ctx, RALU_ERR_INVALID_ARGUMENT, "ralu_tokenize: max_len = %d; at least 2 (room for the special tokens)", max_len);
    memset(&cps, 0, sizeof cps); memset(&tok, 0, sizeof tok);
    cps.ctx = tok.ctx = ctx;
    if ((r = ralu__utf8_to_cps(ctx, text, &cps)) != RALU_OK) goto done;
    if (t->info.kind == RALU_TOKENIZER_CLIP) {
        if ((r = ralu__clip_encode(t, &cps, added, added_id, &tok)) != RALU_OK) goto done;
        ids[n++] = t->info.bos;
        for (i = 0; i < (int)tok.n && n < max_len - 1; i++) ids[n++] = tok.v[i];
    } else {
        if ((r = ralu__sp_encode(t, text, &tok)) != RALU_OK) goto done;
        for (i = 0; i < (int)tok.n && n < max_len - 1; i++) ids[n++] = tok.v[i];
    }
    ids[n++] = t->info.eos;
    if (n_used) *n_used = n;
    for (i = n; i < max_len; i++) ids[i] = pad_id >= 0 ? pad_id : t->info.pad;
done:
    ralu__cps_free(&cps); ralu__free(ctx, tok.v);
    return r;
}

RALUDEF ralu_result ralu_tokenize(ralu_tokenizer *t, const char *text, int max_len, int pad_id, int32_t *ids, int *n_used) {
    if (!t) return RALU_ERR_INVALID_ARGUMENT;
    return ralu__tokenize_ex(t, text, max_len, pad_id, t->pad_text, t->info.pad, ids, n_used);
}

/* ---- text encoders: CLIP (pre-LN, causal, QuickGELU or GELU) and T5 v1.1 (RMSNorm, relative
   bias from layer 0 shared by all, unscaled attention, gated tanh-GELU) ---- */
typedef struct ralu__te_layer {
    ralu__weight ln1_g, ln1_b, ln2_g, ln2_b;   /* T5: the RMS scales in ln1_g / ln2_g, no biases */
    ralu__linear qkv, out, fc1, fc2;           /* T5: fc1 = [wi_0 | wi_1] stacked, fc2 = wo */
} ralu__te_layer;

enum { RALU__TE_X, RALU__TE_H, RALU__TE_QKV, RALU__TE_O, RALU__TE_M, RALU__TE_G, RALU__TE_PEN, RALU__TE_LAST,
       RALU__TE_POOL, RALU__TE_PROJ, RALU__TE_REL, RALU__TE_NBUF };

struct ralu_text_encoder {
    ralu__object obj;
    ralu_ctx *ctx;
    ralu_tensor_file *tf;
    ralu_text_encoder_info info;
    char prefix[64];
    int act, inner, head_dim, buckets, max_distance;
    float eps;
    ralu_tensor_info tok_emb, pos_emb, rel_emb;   /* read on the host */
    float tok_scale;                              /* a scaled-fp8 file's embedding scale, else 1 */
    ralu__te_layer *layers;
    ralu__weight lnf_g, lnf_b;
    ralu__linear proj;                            /* CLIP text_projection (nparts 0 = none) */
    ralu__buffer *buf[RALU__TE_NBUF];
    size_t buf_floats[RALU__TE_NBUF];
};

static void ralu__te_destroy(ralu__object *o) { ralu_text_encoder_free((ralu_text_encoder *)o); }

RALUDEF void ralu_text_encoder_free(ralu_text_encoder *te) {
    ralu_ctx *ctx; int i;
    if (!te) return;
    ctx = te->ctx;
    ralu__object_untrack(&te->obj);
    if (te->layers) for (i = 0; i < te->info.layers; i++) {
        ralu__te_layer *l = &te->layers[i];
        ralu__weight_free(ctx, &l->ln1_g); ralu__weight_free(ctx, &l->ln1_b); ralu__weight_free(ctx, &l->ln2_g); ralu__weight_free(ctx, &l->ln2_b);
        ralu__linear_free(ctx, &l->qkv); ralu__linear_free(ctx, &l->out); ralu__linear_free(ctx, &l->fc1); ralu__linear_free(ctx, &l->fc2);
    }
    ralu__weight_free(ctx, &te->lnf_g); ralu__weight_free(ctx, &te->lnf_b);
    ralu__linear_free(ctx, &te->proj);
    for (i = 0; i < RALU__TE_NBUF; i++) if (te->buf[i]) ctx->backend->buffer_free(ctx->backend, te->buf[i]);
    ralu__free(ctx, te->layers);
    ralu_tensor_file_close(te->tf);
    ralu__free(ctx, te);
}

RALUDEF const ralu_text_encoder_info *ralu_text_encoder_get_info(const ralu_text_encoder *te) { return te ? &te->info : NULL; }

/* config.json of a diffusers folder (NULL if path is a file or there is none); caller frees */
static ralu__jv *ralu__te_config(ralu_ctx *ctx, const char *path, ralu__arena *ar, char **text) {
    char *cfg; size_t n; ralu__jv *root = NULL;
    *text = NULL;
    if (!ralu__is_dir(path)) return NULL;
    cfg = ralu__path_join(ctx, path, "config.json");
    if (cfg && ralu__file_exists(cfg) && ralu__read_text(ctx, cfg, text, &n) == RALU_OK)
        if (ralu__json_parse(ctx, ar, *text, n, cfg, &root) != RALU_OK) root = NULL;
    ralu__free(ctx, cfg);
    return root;
}

static ralu_result ralu__te_load_clip(ralu_text_encoder *te, const ralu__jv *cfg, const ralu_text_encoder_desc *desc) {
    ralu_ctx *ctx = te->ctx; const ralu_tensor_file *tf = te->tf; const char *P = te->prefix;
    ralu_text_encoder_info *f = &te->info;
    ralu_tensor_info ti; ralu_result r; int i; int64_t D, ff;
    const ralu__jv *v;
    char n[4][200]; const char *nv[3];
    RALU__TRY(ralu__need(ctx, tf, P, "text_model.embeddings.token_embedding.weight", &te->tok_emb));
    if (te->tok_emb.ndim != 2) return ralu__fail(ctx, RALU_ERR_MODEL_SHAPE, "tensor '%s' is not 2-D", te->tok_emb.name);
    f->vocab = (int)te->tok_emb.shape[0]; f->width = (int)(D = te->tok_emb.shape[1]);
    te->tok_scale = ralu__fp8_scale(tf, P, "text_model.embeddings.token_embedding.weight", &te->tok_emb);
    RALU__TRY(ralu__need(ctx, tf, P, "text_model.embeddings.position_embedding.weight", &te->pos_emb));
    if (te->pos_emb.ndim != 2 || te->pos_emb.shape[1] != D) return ralu__fail(ctx, RALU_ERR_MODEL_SHAPE, "tensor '%s' does not have %lld columns", te->pos_emb.name, (long long)D);
    f->max_positions = (int)te->pos_emb.shape[0];
    for (f->layers = 0; ; f->layers++) {
        snprintf(n[0], sizeof n[0], "text_model.encoder.layers.%d.self_attn.q_proj.weight", f->layers);
        if (ralu__find(tf, P, n[0], &ti) != 0) break;
        if (f->layers == 0) f->dtype = ti.dtype;
    }
    if (f->layers == 0) return ralu__fail(ctx, RALU_ERR_MODEL_MISSING_TENSOR, "'%s': no 'text_model.encoder.layers.0.self_attn.q_proj.weight' under prefix '%s'", tf->path, P);
    /* heads: the caller, config.json, or CLIP's head size 64 */
    f->heads = desc && desc->heads > 0 ? desc->heads : 0;
    if (!f->heads && cfg && (v = ralu__jget(cfg, "num_attention_heads")) != NULL) f->heads = (int)ralu__jv_num(v);
    if (!f->heads) f->heads = (int)(D / 64);
    if (f->heads <= 0 || D % f->heads) return ralu__fail(ctx, RALU_ERR_MODEL_SHAPE, "CLIP width %lld is not divisible by heads = %d (set ralu_text_encoder_desc.heads)", (long long)D, f->heads);
    te->inner = (int)D; te->head_dim = (int)(D / f->heads);
    te->act = f->kind == RALU_TEXT_CLIP_G ? RALU__ACT_GELU_ERF : RALU__ACT_QUICK_GELU;
    if (cfg && (v = ralu__jget(cfg, "hidden_act")) != NULL && v->type == RALU__J_STR) {
        if (!strcmp(v->s, "quick_gelu")) te->act = RALU__ACT_QUICK_GELU;
        else if (!strcmp(v->s, "gelu")) te->act = RALU__ACT_GELU_ERF;
        else if (!strcmp(v->s, "gelu_new") || !strcmp(v->s, "gelu_pytorch_tanh")) te->act = RALU__ACT_GELU_TANH;
        else return ralu__fail(ctx, RALU_ERR_MODEL_UNKNOWN, "config.json hidden_act = \"%s\" is not one CLIP uses (quick_gelu, gelu)", v->s);
    }
    te->eps = 1e-5f;
    te->layers = (ralu__te_layer *)ralu__calloc(ctx, (size_t)f->layers, sizeof(ralu__te_layer));
    if (!te->layers) return ralu__oom(ctx, "CLIP layers", (size_t)f->layers * sizeof(ralu__te_layer));
    snprintf(n[0], sizeof n[0], "text_model.encoder.layers.0.mlp.fc1.weight");
    RALU__TRY(ralu__need(ctx, tf, P, n[0], &ti));
    ff = ti.shape[0]; f->ff = (int)ff;
    for (i = 0; i < 3; i++) nv[i] = n[i];
    for (i = 0; i < f->layers; i++) {
        ralu__te_layer *l = &te->layers[i];
        char b[96];
        snprintf(b, sizeof b, "text_model.encoder.layers.%d.", i);
#define RALU__TN(k, s) (snprintf(n[k], sizeof n[k], "%s%s", b, s), n[k])
        RALU__TRY(ralu__load_vector(ctx, tf, P, RALU__TN(0, "layer_norm1.weight"), D, &l->ln1_g));
        RALU__TRY(ralu__load_vector(ctx, tf, P, RALU__TN(0, "layer_norm1.bias"), D, &l->ln1_b));
        RALU__TRY(ralu__load_vector(ctx, tf, P, RALU__TN(0, "layer_norm2.weight"), D, &l->ln2_g));
        RALU__TRY(ralu__load_vector(ctx, tf, P, RALU__TN(0, "layer_norm2.bias"), D, &l->ln2_b));
        RALU__TN(0, "self_attn.q_proj"); RALU__TN(1, "self_attn.k_proj"); RALU__TN(2, "self_attn.v_proj");
        RALU__TRY(ralu__linear_stack(ctx, tf, P, nv, 3, D, 3 * D, &l->qkv));
        RALU__TRY(ralu__load_linear(ctx, tf, P, RALU__TN(0, "self_attn.out_proj"), D, D, 1, &l->out));
        RALU__TRY(ralu__load_linear(ctx, tf, P, RALU__TN(0, "mlp.fc1"), D, ff, 1, &l->fc1));
        RALU__TRY(ralu__load_linear(ctx, tf, P, RALU__TN(0, "mlp.fc2"), ff, D, 1, &l->fc2));
#undef RALU__TN
    }
    RALU__TRY(ralu__load_vector(ctx, tf, P, "text_model.final_layer_norm.weight", D, &te->lnf_g));
    RALU__TRY(ralu__load_vector(ctx, tf, P, "text_model.final_layer_norm.bias", D, &te->lnf_b));
    if (ralu__find(tf, P, "text_projection.weight", &ti) == 0) {
        if (ti.ndim != 2 || ti.shape[1] != D) return ralu__fail(ctx, RALU_ERR_MODEL_SHAPE, "tensor '%s' is not [out, %lld]", ti.name, (long long)D);
        f->proj_width = (int)ti.shape[0];
        RALU__TRY(ralu__load_linear(ctx, tf, P, "text_projection", D, ti.shape[0], 0, &te->proj));
    }
    return RALU_OK;
}

/* [a; b; c] stacked row blocks of bias-free linears (T5's q/k/v, wi_0/wi_1) */
static ralu_result ralu__te_stack(ralu_ctx *ctx, const ralu_tensor_file *tf, const char *P, const char *const *names, int count,
                                  int64_t in, int64_t out, ralu__linear *lin) {
    int k; int64_t row = 0; ralu_result r;
    memset(lin, 0, sizeof *lin);
    lin->in = in; lin->out = out;
    for (k = 0; k < count; k++) {
        char wn[300]; ralu_tensor_info ti;
        snprintf(wn, sizeof wn, "%s.weight", names[k]);
        if ((r = ralu__need(ctx, tf, P, wn, &ti)) != RALU_OK) return r;
        if (ti.ndim != 2 || row + ti.shape[0] > out) {
            char got[128]; ralu__shape_str(ti.shape, ti.ndim, got, sizeof got);
            return ralu__fail(ctx, RALU_ERR_MODEL_SHAPE, "tensor '%s' has shape %s: does not fit rows %lld.. of a %lld-wide layer", ti.name, got, (long long)row, (long long)out);
        }
        if ((r = ralu__linear_add(ctx, tf, P, wn, NULL, 0, ti.shape[0], row, lin)) != RALU_OK) return r;
        row += ti.shape[0];
    }
    return ralu__linear_finish(ctx, lin, names[0]);
}

static ralu_result ralu__te_load_t5(ralu_text_encoder *te, const ralu__jv *cfg) {
    ralu_ctx *ctx = te->ctx; const ralu_tensor_file *tf = te->tf; const char *P = te->prefix;
    ralu_text_encoder_info *f = &te->info;
    ralu_tensor_info ti; ralu_result r; int i; int64_t D, ff, inner;
    const ralu__jv *v;
    char n[4][200]; const char *nv[3];
    if (ralu__find(tf, P, "shared.weight", &te->tok_emb) != 0)
        RALU__TRY(ralu__need(ctx, tf, P, "encoder.embed_tokens.weight", &te->tok_emb));
    if (te->tok_emb.ndim != 2 || te->tok_emb.dtype == RALU_DTYPE_UNKNOWN) return ralu__fail(ctx, RALU_ERR_MODEL_SHAPE, "tensor '%s' is not a 2-D weight", te->tok_emb.name);
    f->vocab = (int)te->tok_emb.shape[0]; f->width = (int)(D = te->tok_emb.shape[1]);
    te->tok_scale = ralu__fp8_scale(tf, P, te->tok_emb.name + strlen(P), &te->tok_emb);
    RALU__TRY(ralu__need(ctx, tf, P, "encoder.block.0.layer.0.SelfAttention.relative_attention_bias.weight", &te->rel_emb));
    if (te->rel_emb.ndim != 2) return ralu__fail(ctx, RALU_ERR_MODEL_SHAPE, "tensor '%s' is not [buckets, heads]", te->rel_emb.name);
    te->buckets = (int)te->rel_emb.shape[0]; f->heads = (int)te->rel_emb.shape[1];
    RALU__TRY(ralu__need(ctx, tf, P, "encoder.block.0.layer.0.SelfAttention.q.weight", &ti));
    inner = ti.shape[0]; f->dtype = ti.dtype;
    if (f->heads <= 0 || inner % f->heads || te->buckets < 4) return ralu__fail(ctx, RALU_ERR_MODEL_SHAPE, "T5: %lld attention features do not split into %d heads", (long long)inner, f->heads);
    te->inner = (int)inner; te->head_dim = (int)(inner / f->heads);
    if (ralu__find(tf, P, "encoder.block.0.layer.1.DenseReluDense.wi_0.weight", &ti) != 0)
        return ralu__fail(ctx, RALU_ERR_MODEL_UNKNOWN, "'%s': no 'encoder.block.0.layer.1.DenseReluDense.wi_0.weight': only T5 v1.1 (gated-GELU, T5-XXL as FLUX and SD3 use) is supported", tf->path);
    ff = ti.shape[0]; f->ff = (int)ff;
    for (f->layers = 0; ; f->layers++) {
        snprintf(n[0], sizeof n[0], "encoder.block.%d.layer.0.SelfAttention.q.weight", f->layers);
        if (ralu__find(tf, P, n[0], &ti) != 0) break;
    }
    te->eps = 1e-6f; te->max_distance = 128; te->act = RALU__ACT_GELU_TANH;
    if (cfg) {
        if ((v = ralu__jget(cfg, "layer_norm_epsilon")) != NULL && v->type == RALU__J_NUM) te->eps = (float)ralu__jv_num(v);
        if ((v = ralu__jget(cfg, "relative_attention_max_distance")) != NULL && v->type == RALU__J_NUM) te->max_distance = (int)ralu__jv_num(v);
        if ((v = ralu__jget(cfg, "dense_act_fn")) != NULL && v->type == RALU__J_STR && strcmp(v->s, "gelu_new") && strcmp(v->s, "gelu_pytorch_tanh"))
            return ralu__fail(ctx, RALU_ERR_MODEL_UNKNOWN, "config.json dense_act_fn = \"%s\"; T5 v1.1 uses gelu_new", v->s);
    }
    if (te->max_distance <= te->buckets / 4 || te->max_distance > 1 << 20) te->max_distance = 128;   /* the log needs max_distance > the exact range */
    te->layers = (ralu__te_layer *)ralu__calloc(ctx, (size_t)f->layers, sizeof(ralu__te_layer));
    if (!te->layers) return ralu__oom(ctx, "T5 layers", (size_t)f->layers * sizeof(ralu__te_layer));
    for (i = 0; i < 3; i++) nv[i] = n[i];
    for (i = 0; i < f->layers; i++) {
        ralu__te_layer *l = &te->layers[i];
        char b[96];
        snprintf(b, sizeof b, "encoder.block.%d.", i);
#define RALU__TN(k, s) (snprintf(n[k], sizeof n[k], "%s%s", b, s), n[k])
        RALU__TRY(ralu__load_vector(ctx, tf, P, RALU__TN(0, "layer.0.layer_norm.weight"), D, &l->ln1_g));
        RALU__TRY(ralu__load_vector(ctx, tf, P, RALU__TN(0, "layer.1.layer_norm.weight"), D, &l->ln2_g));
        RALU__TN(0, "layer.0.SelfAttention.q"); RALU__TN(1, "layer.0.SelfAttention.k"); RALU__TN(2, "layer.0.SelfAttention.v");
        RALU__TRY(ralu__te_stack(ctx, tf, P, nv, 3, D, 3 * inner, &l->qkv));
        RALU__TRY(ralu__load_linear(ctx, tf, P, RALU__TN(0, "layer.0.SelfAttention.o"), inner, D, 0, &l->out));
        RALU__TN(0, "layer.1.DenseReluDense.wi_0"); RALU__TN(1, "layer.1.DenseReluDense.wi_1");
        RALU__TRY(ralu__te_stack(ctx, tf, P, nv, 2, D, 2 * ff, &l->fc1));
        RALU__TRY(ralu__load_linear(ctx, tf, P, RALU__TN(0, "layer.1.DenseReluDense.wo"), ff, D, 0, &l->fc2));
#undef RALU__TN
    }
    RALU__TRY(ralu__load_vector(ctx, tf, P, "encoder.final_layer_norm.weight", D, &te->lnf_g));
    return RALU_OK;
}

RALUDEF ralu_result ralu_text_encoder_load(ralu_ctx *ctx, const char *path, const ralu_text_encoder_desc *desc, ralu_text_encoder **out) {
    static const struct { ralu_text_kind kind; const char *prefix; int t5; } cands[] = {
        { RALU_TEXT_CLIP_L, "text_encoders.clip_l.transformer.", 0 },
        { RALU_TEXT_CLIP_G, "text_encoders.clip_g.transformer.", 0 },
        { RALU_TEXT_T5, "text_encoders.t5xxl.transformer.", 1 },
        { RALU_TEXT_AUTO, "", 0 },
        { RALU_TEXT_T5, "", 1 },
    };
    ralu_text_encoder *te; ralu_result r = RALU_OK;
    ralu_text_kind want = desc ? desc->kind : RALU_TEXT_AUTO;
    ralu__arena ar; char *cfg_text = NULL; ralu__jv *cfg;
    int i, found = -1, nfound = 0;
    char names[256] = "";
    if (!ctx || !path || !out) return ctx ? ralu__fail(ctx, RALU_ERR_INVALID_ARGUMENT, "ralu_text_encoder_load: path or out is NULL") : RALU_ERR_INVALID_ARGUMENT;
    *out = NULL;
    if (want < RALU_TEXT_AUTO || want > RALU_TEXT_T5) return ralu__fail(ctx, RALU_ERR_INVALID_ARGUMENT, "ralu_text_encoder_desc.kind = %d is not a ralu_text_kind", (int)want);
    te = (ralu_text_encoder *)ralu__calloc(ctx, 1, sizeof *te);
    if (!te) return ralu__oom(ctx, "text encoder", sizeof *te);
    te->ctx = ctx;
    ralu__object_track(ctx, &te->obj, ralu__te_destroy);
    ar.ctx = ctx; ar.head = NULL;
    if ((r = ralu_tensor_file_open(ctx, path, &te->tf)) != RALU_OK) goto fail;
    for (i = 0; i < (int)(sizeof cands / sizeof cands[0]); i++) {
        ralu_tensor_info ti;
        const char *probe = cands[i].t5 ? "encoder.block.0.layer.0.SelfAttention.q.weight" : "text_model.embeddings.token_embedding.weight";
        int fits = want == RALU_TEXT_AUTO || cands[i].kind == want || (cands[i].kind == RALU_TEXT_AUTO && want != RALU_TEXT_T5);
        if (!fits || ralu__find(te->tf, cands[i].prefix, probe, &ti) != 0) continue;
        if (found < 0) found = i;
        nfound++;
        snprintf(names + strlen(names), sizeof names - strlen(names), "%s'%s%s'", nfound > 1 ? ", " : "", cands[i].prefix, probe);
    }
    if (found < 0) {
        r = ralu__fail(ctx, RALU_ERR_MODEL_UNKNOWN, "'%s' holds no %s text encoder (no 'text_model.embeddings.token_embedding.weight' or 'encoder.block.0.layer.0.SelfAttention.q.weight', bare or under 'text_encoders.{clip_l,clip_g,t5xxl}.transformer.')",
                       path, want == RALU_TEXT_T5 ? "T5" : want == RALU_TEXT_AUTO ? "CLIP or T5" : "CLIP");
        goto fail;
    }
    if (nfound > 1 && want == RALU_TEXT_AUTO) {
        r = ralu__fail(ctx, RALU_ERR_INVALID_ARGUMENT, "'%s' holds several text encoders (%s): set ralu_text_encoder_desc.kind", path, names);
        goto fail;
    }
    snprintf(te->prefix, sizeof te->prefix, "%s", cands[found].prefix);
    te->info.prefix = te->prefix;
    cfg = ralu__te_config(ctx, path, &ar, &cfg_text);
    if (cands[found].t5) { te->info.kind = RALU_TEXT_T5; r = ralu__te_load_t5(te, cfg); }
    else {
        ralu_text_kind k = cands[found].kind != RALU_TEXT_AUTO ? cands[found].kind : want;
        if (k == RALU_TEXT_AUTO) {   /* bare CLIP names: the activation says which, else the width */
            const ralu__jv *act = cfg ? ralu__jget(cfg, "hidden_act") : NULL;
            ralu_tensor_info ti;
            if (act && act->type == RALU__J_STR) k = strcmp(act->s, "quick_gelu") ? RALU_TEXT_CLIP_G : RALU_TEXT_CLIP_L;
            else k = ralu__find(te->tf, te->prefix, "text_model.embeddings.token_embedding.weight", &ti) == 0 && ti.ndim == 2 && ti.shape[1] == 1280 ? RALU_TEXT_CLIP_G : RALU_TEXT_CLIP_L;
        }
        te->info.kind = k;
        r = ralu__te_load_clip(te, cfg, desc);
    }
    ralu__arena_free(&ar); ralu__free(ctx, cfg_text); cfg_text = NULL;
    if (r != RALU_OK) goto fail;
    *out = te;
    return RALU_OK;
fail:
    ralu__arena_free(&ar); ralu__free(ctx, cfg_text);
    ralu_text_encoder_free(te);
    return r;
}

/* T5's bucket of a key - query offset (bidirectional; HF's float32 log arithmetic) */
static int ralu__t5_bucket(int rel, int buckets, int max_distance) {
    int nb = buckets / 2, b = rel > 0 ? nb : 0, n = rel < 0 ? -rel : rel, exact = nb / 2;
    if (n < exact) return b + n;
    {
        float x = logf((float)n / (float)exact) / (float)log((double)max_distance / (double)exact) * (float)(nb - exact);
        int large = exact + (x >= 0.0f && x < (float)nb ? (int)x : x < 0.0f ? 0 : nb);   /* (int)x as torch; clamped for odd configs */
        return b + (large < nb - 1 ? large : nb - 1);
    }
}

static ralu_result ralu__te_plan(ralu_text_encoder *te, int n) {
    ralu__backend *be = te->ctx->backend;
    const ralu_text_encoder_info *f = &te->info;
    size_t N = (size_t)n, D = (size_t)f->width, I = (size_t)te->inner, ff = (size_t)f->ff, need[RALU__TE_NBUF];
    int i; ralu_result r;
    int t5 = f->kind == RALU_TEXT_T5;
    need[RALU__TE_X] = N * D; need[RALU__TE_H] = N * D; need[RALU__TE_QKV] = N * 3 * I; need[RALU__TE_O] = N * I;
    need[RALU__TE_M] = N * ff * (t5 ? 2 : 1); need[RALU__TE_G] = t5 ? N * ff : 1;
    need[RALU__TE_PEN] = t5 ? 1 : N * D; need[RALU__TE_LAST] = N * D; need[RALU__TE_POOL] = D;
    need[RALU__TE_PROJ] = f->proj_width ? (size_t)f->proj_width : 1;
    need[RALU__TE_REL] = t5 ? (size_t)f->heads * (2 * N - 1) : 1;
    for (i = 0; i < RALU__TE_NBUF; i++) {
        if (te->buf[i] && te->buf_floats[i] >= need[i]) continue;
        if (te->buf[i]) { be->buffer_free(be, te->buf[i]); te->buf[i] = NULL; te->buf_floats[i] = 0; }
        if ((r = be->buffer_alloc(be, need[i], &te->buf[i])) != RALU_OK) return r;
        te->buf_floats[i] = need[i];
    }
    return RALU_OK;
}

static void ralu__te_record(ralu_text_encoder *te, int n, int pool_row, int want_proj) {
    ralu__backend *be = te->ctx->backend;
    const ralu_text_encoder_info *f = &te->info;
    ralu__buffer **B = te->buf;
    int64_t N = n, D = f->width, I = te->inner, ff = f->ff;
    int t5 = f->kind == RALU_TEXT_T5, i;
    ralu__view X = ralu__view_make(B[RALU__TE_X], 0, N, D), H = ralu__view_make(B[RALU__TE_H], 0, N, D);
    ralu__view QKV = ralu__view_make(B[RALU__TE_QKV], 0, N, 3 * I), O = ralu__view_make(B[RALU__TE_O], 0, N, I);
    ralu__view M = ralu__view_make(B[RALU__TE_M], 0, N, t5 ? 2 * ff : ff), G = ralu__view_make(B[RALU__TE_G], 0, N, ff);
    ralu__view LAST = ralu__view_make(B[RALU__TE_LAST], 0, N, D);
    ralu__attn_opts ao;
    memset(&ao, 0, sizeof ao);
    ao.heads = f->heads; ao.head_dim = te->head_dim;
    if (t5) { ao.scale = 1.0f; ao.rel_bias = ralu__view_make(B[RALU__TE_REL], 0, f->heads, 2 * N - 1); }
    else { ao.scale = 1.0f / sqrtf((float)te->head_dim); ao.causal = 1; }
    if (!t5 && f->layers == 1) ralu__op_copy(be, ralu__view_make(B[RALU__TE_PEN], 0, N, D), X);
    for (i = 0; i < f->layers; i++) {
        const ralu__te_layer *l = &te->layers[i];
        if (t5) ralu__op_rmsnorm(be, H, X, D, te->eps, &l->ln1_g);
        else ralu__op_layernorm(be, H, X, te->eps, &l->ln1_g, &l->ln1_b);
        ralu__op_linear(be, QKV, H, &l->qkv, 0);
        ralu__op_attention(be, O, ralu__view_sub(QKV, 0, N, 0, I), ralu__view_sub(QKV, 0, N, I, I), ralu__view_sub(QKV, 0, N, 2 * I, I), &ao);
        ralu__op_linear(be, X, O, &l->out, 1);
        if (t5) {
            ralu__op_rmsnorm(be, H, X, D, te->eps, &l->ln2_g);
            ralu__op_linear(be, M, H, &l->fc1, 0);
            ralu__op_gate_mul(be, G, ralu__view_sub(M, 0, N, 0, ff), ralu__view_sub(M, 0, N, ff, ff), te->act);
            ralu__op_linear(be, X, G, &l->fc2, 1);
        } else {
            ralu__op_layernorm(be, H, X, te->eps, &l->ln2_g, &l->ln2_b);
            ralu__op_linear(be, M, H, &l->fc1, 0);
            ralu__op_act(be, M, M, te->act);
            ralu__op_linear(be, X, M, &l->fc2, 1);
            if (i == f->layers - 2) ralu__op_copy(be, ralu__view_make(B[RALU__TE_PEN], 0, N, D), X);   /* hidden_states[-2] */
        }
    }
    if (t5) ralu__op_rmsnorm(be, LAST, X, D, te->eps, &te->lnf_g);
    else {
        ralu__op_layernorm(be, LAST, X, te->eps, &te->lnf_g, &te->lnf_b);
        if (pool_row >= 0) {
            ralu__view POOL = ralu__view_make(B[RALU__TE_POOL], 0, 1, D);
            ralu__op_copy(be, POOL, ralu__view_sub(LAST, pool_row, 1, 0, D));
            if (want_proj && te->proj.nparts) ralu__op_linear(be, ralu__view_make(B[RALU__TE_PROJ], 0, 1, f->proj_width), POOL, &te->proj, 0);
        }
    }
}

RALUDEF ralu_result ralu_text_encode(ralu_text_encoder *te, const int32_t *ids, int n, ralu_text_output *out) {
    ralu_ctx *ctx; ralu__backend *be; const ralu_text_encoder_info *f;
    float *host = NULL; ralu_result r; int i, t5, pool_row = -1;
    int64_t D, j;
    if (!te) return RALU_ERR_INVALID_ARGUMENT;
    ctx = te->ctx; be = ctx->backend; f = &te->info; t5 = f->kind == RALU_TEXT_T5; D = f->width;
    if (!ids || !out) return ralu__fail(ctx, RALU_ERR_INVALID_ARGUMENT, "ralu_text_encode: ids or out is NULL");
    if (n < 1 || (!t5 && n > f->max_positions) || n > 1 << 20)
        return ralu__fail(ctx, RALU_ERR_INVALID_ARGUMENT, "ralu_text_encode: n = %d; must be 1..%d", n, t5 ? 1 << 20 : f->max_positions);
    if (t5 && out->penultimate) return ralu__fail(ctx, RALU_ERR_INVALID_ARGUMENT, "ralu_text_encode: T5 has no penultimate output here (FLUX and SD3 use last_hidden_state)");
    if (t5 && (out->pooled || out->projected)) return ralu__fail(ctx, RALU_ERR_INVALID_ARGUMENT, "ralu_text_encode: T5 has no pooled output");
    for (i = 0; i < n; i++)
        if (ids[i] < 0 || ids[i] >= f->vocab) return ralu__fail(ctx, RALU_ERR_INVALID_ARGUMENT, "ralu_text_encode: ids[%d] = %d is outside the vocabulary (0..%d)", i, (int)ids[i], f->vocab - 1);
    if (out->pooled || out->projected) {   /* transformers: argmax(ids), the first EOS (the largest id) */
        pool_row = 0;
        for (i = 1; i < n; i++) if (ids[i] > ids[pool_row]) pool_row = i;
    }
    if ((r = ralu__te_plan(te, n)) != RALU_OK) return r;
    host = (float *)ralu__alloc_aligned(ctx, (size_t)n * (size_t)D * 4 + (t5 ? (size_t)f->heads * (size_t)(2 * n - 1) * 4 : 0));
    if (!host) return ralu__oom(ctx, "text embeddings", (size_t)n * (size_t)D * 4);
    for (i = 0; i < n; i++) {   /* token (+ position) embeddings, gathered on the host from any dtype */
        const ralu_tensor_info *te_ = &te->tok_emb;
        float *row = host + (size_t)i * (size_t)D;
        for (j = 0; j < D; j++) row[j] = ralu__load_elem(te_->dtype, te_->data, (size_t)ids[i] * (size_t)D + (size_t)j) * te->tok_scale;
        if (!t5) for (j = 0; j < D; j++) row[j] += ralu__load_elem(te->pos_emb.dtype, te->pos_emb.data, (size_t)i * (size_t)D + (size_t)j);
    }
    if (t5) {   /* relative position bias by key - query offset: [heads, 2n - 1] */
        float *rel = host + (size_t)n * (size_t)D;
        int h, k;
        for (k = 0; k < 2 * n - 1; k++) {
            int bucket = ralu__t5_bucket(k - (n - 1), te->buckets, te->max_distance);
            for (h = 0; h < f->heads; h++)
                rel[(size_t)h * (size_t)(2 * n - 1) + (size_t)k] = ralu__load_elem(te->rel_emb.dtype, te->rel_emb.data, (size_t)bucket * (size_t)f->heads + (size_t)h);
        }
        r = be->upload(be, ralu__view_make(te->buf[RALU__TE_REL], 0, f->heads, 2 * n - 1), rel);
    } else r = RALU_OK;
    if (r == RALU_OK) r = be->upload(be, ralu__view_make(te->buf[RALU__TE_X], 0, n, D), host);
    ralu__free_aligned(ctx, host);
    if (r != RALU_OK) return r;
    be->begin(be);
    ralu__te_record(te, n, pool_row, out->projected != NULL);
    if ((r = be->end(be)) != RALU_OK) return r;
    if (out->last && (r = be->download(be, out->last, ralu__view_make(te->buf[RALU__TE_LAST], 0, n, D))) != RALU_OK) return r;
    if (out->penultimate && (r = be->download(be, out->penultimate, ralu__view_make(te->buf[RALU__TE_PEN], 0, n, D))) != RALU_OK) return r;
    if (out->pooled && (r = be->download(be, out->pooled, ralu__view_make(te->buf[RALU__TE_POOL], 0, 1, D))) != RALU_OK) return r;
    if (out->projected) {
        if (te->proj.nparts) r = be->download(be, out->projected, ralu__view_make(te->buf[RALU__TE_PROJ], 0, 1, f->proj_width));
        else r = be->download(be, out->projected, ralu__view_make(te->buf[RALU__TE_POOL], 0, 1, D));
    }
    return r;
}

/* ---- FLUX and SD3 conditioning ---- */
static ralu_result ralu__check_encoder(ralu_ctx *ctx, const ralu_text_encoder *te, const ralu_tokenizer *tok, int t5, const char *what) {
    if (!te || !tok) return ralu__fail(ctx, RALU_ERR_INVALID_ARGUMENT, "%s: the %s encoder or its tokenizer is NULL", what, t5 ? "T5" : "CLIP");
    if ((te->info.kind == RALU_TEXT_T5) != t5) return ralu__fail(ctx, RALU_ERR_INVALID_ARGUMENT, "%s: a %s encoder was given where %s is expected", what, te->info.kind == RALU_TEXT_T5 ? "T5" : "CLIP", t5 ? "T5" : "CLIP");
    if ((tok->info.kind == RALU_TOKENIZER_T5) != t5) return ralu__fail(ctx, RALU_ERR_INVALID_ARGUMENT, "%s: a %s tokenizer was given where %s is expected", what, tok->info.kind == RALU_TOKENIZER_T5 ? "T5" : "CLIP", t5 ? "T5" : "CLIP");
    if (!t5 && te->info.max_positions < 77) return ralu__fail(ctx, RALU_ERR_MODEL_SHAPE, "%s: the CLIP encoder has %d positions; 77 are needed", what, te->info.max_positions);
    return RALU_OK;
}

/* T5 last_hidden_state of the prompt padded / truncated to t5_len */
static ralu_result ralu__t5_prompt(ralu_text_encoder *t5, ralu_tokenizer *tok, const char *prompt, int t5_len, float *txt, size_t ld) {
    ralu_ctx *ctx = t5->ctx; ralu_result r; ralu_text_output o;
    int32_t *ids = (int32_t *)ralu__alloc(ctx, (size_t)t5_len * 4);
    float *last = ld == (size_t)t5->info.width ? txt : (float *)ralu__alloc(ctx, (size_t)t5_len * (size_t)t5->info.width * 4);
    int i;
    if (!ids || !last) { ralu__free(ctx, ids); if (last != txt) ralu__free(ctx, last); return ralu__oom(ctx, "T5 prompt", (size_t)t5_len * 4); }
    memset(&o, 0, sizeof o); o.last = last;
    if ((r = ralu_tokenize(tok, prompt, t5_len, -1, ids, NULL)) == RALU_OK) r = ralu_text_encode(t5, ids, t5_len, &o);
    if (r == RALU_OK && last != txt)
        for (i = 0; i < t5_len; i++) memcpy(txt + (size_t)i * ld, last + (size_t)i * (size_t)t5->info.width, (size_t)t5->info.width * 4);
    ralu__free(ctx, ids);
    if (last != txt) ralu__free(ctx, last);
    return r;
}

RALUDEF ralu_result ralu_flux_encode_prompt(ralu_text_encoder *clip_l, ralu_tokenizer *clip_tok, ralu_text_encoder *t5, ralu_tokenizer *t5_tok,
                                            const char *prompt, int t5_len, float *txt, float *pooled) {
    ralu_ctx *ctx = clip_l ? clip_l->ctx : t5 ? t5->ctx : NULL;
    ralu_result r; ralu_text_output o; int32_t ids[77];
    if (!ctx) return RALU_ERR_INVALID_ARGUMENT;
    if ((r = ralu__check_encoder(ctx, clip_l, clip_tok, 0, "ralu_flux_encode_prompt")) != RALU_OK) return r;
    if ((r = ralu__check_encoder(ctx, t5, t5_tok, 1, "ralu_flux_encode_prompt")) != RALU_OK) return r;
    if (!prompt || !txt || !pooled) return ralu__fail(ctx, RALU_ERR_INVALID_ARGUMENT, "ralu_flux_encode_prompt: prompt, txt or pooled is NULL");
    if (t5_len < 2) return ralu__fail(ctx, RALU_ERR_INVALID_ARGUMENT, "ralu_flux_encode_prompt: t5_len = %d; FLUX uses 512 (dev) or 256 (schnell)", t5_len);
    /* CLIP-L: 77 ids padded with the tokenizer's pad (EOS), pooler_output, no projection */
    if ((r = ralu_tokenize(clip_tok, prompt, 77, -1, ids, NULL)) != RALU_OK) return r;
    memset(&o, 0, sizeof o); o.pooled = pooled;
    if ((r = ralu_text_encode(clip_l, ids, 77, &o)) != RALU_OK) return r;
    return ralu__t5_prompt(t5, t5_tok, prompt, t5_len, txt, (size_t)t5->info.width);
}

RALUDEF ralu_result ralu_sd3_encode_prompt(ralu_text_encoder *clip_l, ralu_tokenizer *clip_l_tok, ralu_text_encoder *clip_g, ralu_tokenizer *clip_g_tok,
                                           ralu_text_encoder *t5, ralu_tokenizer *t5_tok, const char *prompt, int t5_len, float *txt, float *pooled) {
    ralu_ctx *ctx = clip_l ? clip_l->ctx : clip_g ? clip_g->ctx : NULL;
    ralu_result r; ralu_text_output o; int32_t ids[77];
    float *pen = NULL;
    int wL, wG, pL, W, i, k;
    if (!ctx) return RALU_ERR_INVALID_ARGUMENT;
    if ((r = ralu__check_encoder(ctx, clip_l, clip_l_tok, 0, "ralu_sd3_encode_prompt")) != RALU_OK) return r;
    if ((r = ralu__check_encoder(ctx, clip_g, clip_g_tok, 0, "ralu_sd3_encode_prompt")) != RALU_OK) return r;
    if (t5 && (r = ralu__check_encoder(ctx, t5, t5_tok, 1, "ralu_sd3_encode_prompt")) != RALU_OK) return r;
    if (!prompt || !txt || !pooled) return ralu__fail(ctx, RALU_ERR_INVALID_ARGUMENT, "ralu_sd3_encode_prompt: prompt, txt or pooled is NULL");
    if (t5_len < 2) return ralu__fail(ctx, RALU_ERR_INVALID_ARGUMENT, "ralu_sd3_encode_prompt: t5_len = %d; diffusers uses 256", t5_len);
    wL = clip_l->info.width; wG = clip_g->info.width; pL = clip_l->info.proj_width ? clip_l->info.proj_width : wL;
    W = t5 ? t5->info.width : 4096;
    pen = (float *)ralu__alloc(ctx, (size_t)77 * (size_t)(wL > wG ? wL : wG) * 4);
    if (!pen) return ralu__oom(ctx, "CLIP states", (size_t)77 * (size_t)wG * 4);
    for (i = 0; i < 77 + t5_len; i++) memset(txt + (size_t)i * (size_t)W, 0, (size_t)W * 4);
    for (k = 0; k < 2; k++) {
        ralu_text_encoder *te = k ? clip_g : clip_l;
        ralu_tokenizer *tok = k ? clip_g_tok : clip_l_tok;
        int w = te->info.width, off = k ? wL : 0, cols;
        /* CLIP-L pads with its tokenizer's pad (EOS); CLIP-G with "!" = 0 unless its folder says */
        int g_default = k && !tok->info.pad_from_file;   /* SD3's tokenizer_2: pad "!" (0), also split out of the prompt */
        if ((r = ralu__tokenize_ex(tok, prompt, 77, g_default ? 0 : -1, g_default ? "!" : tok->pad_text, g_default ? 0 : tok->info.pad, ids, NULL)) != RALU_OK) goto done;
        memset(&o, 0, sizeof o); o.penultimate = pen; o.projected = pooled + (k ? pL : 0);
        if ((r = ralu_text_encode(te, ids, 77, &o)) != RALU_OK) goto done;
        cols = off >= W ? 0 : (off + w > W ? W - off : w);   /* diffusers pads (or cuts) the CLIP features to W */
        for (i = 0; i < 77 && cols > 0; i++) memcpy(txt + (size_t)i * (size_t)W + (size_t)off, pen + (size_t)i * (size_t)w, (size_t)cols * 4);
    }
    if (t5) r = ralu__t5_prompt(t5, t5_tok, prompt, t5_len, txt + (size_t)77 * (size_t)W, (size_t)W);
done:
    ralu__free(ctx, pen);
    return r;
}

/* >>impl-ralu-math */
/* =========================================================================================
   RALU math (shared/RALU.md): schedules, RALU parameters and NT-DM, the counter-based RNG,
   correlated re-noise, gray conversion, Canny, edge scores and top-k selection.
   ========================================================================================= */

/* Rounds through memory so that no compiler contracts a*b+c into an FMA (GCC does under
   -ffp-contract=fast, its default outside ISO C modes): the references (numpy, torch, Python)
   round every product and sum, and the bit-exact paths below must do the same. */
static double ralu__rd(double x) { volatile double v = x; return v; }
static float  ralu__rf(float x)  { volatile float v = x; return v; }

/* numpy.linspace(start, stop, num)[i] in double: i * step + start, the last one exactly stop */
static double ralu__linspace_at(double start, double stop, int num, int i) {
    double step;
    if (num <= 1) return start;
    if (i == num - 1) return stop;
    step = (stop - start) / (double)(num - 1);
    return ralu__rd((double)i * step) + start;
}

RALUDEF double ralu_flux_mu(int64_t image_tokens) {
    double m = (1.15 - 0.5) / (4096.0 - 256.0);
    double b = 0.5 - ralu__rd(m * 256.0);
    return ralu__rd((double)image_tokens * m) + b;
}

RALUDEF ralu_result ralu_schedule_flux(int steps, int64_t image_tokens, int schnell, float *t) {
    float em;
    int i;
    if (steps < 1 || (!schnell && image_tokens < 1) || !t) return RALU_ERR_INVALID_ARGUMENT;
    /* numpy float32 arithmetic of time_shift_exponential: exp(mu) becomes a float32 scalar */
    em = (float)exp(ralu_flux_mu(image_tokens));
    for (i = 0; i < steps; i++) {
        float s = (float)ralu__linspace_at(1.0, 1.0 / steps, steps, i);
        if (!schnell) s = em / ralu__rf(em + ralu__rf(ralu__rf(1.0f / s) - 1.0f));
        t[i] = s;
    }
    t[steps] = 0.0f;
    return RALU_OK;
}

RALUDEF ralu_result ralu_schedule_sd3(int steps, double shift, float *t) {
    float fs, fs1, smin32, smax32;
    double smin, smax;
    int i;
    if (steps < 1 || !(shift > 0) || !isfinite(shift) || !t) return RALU_ERR_INVALID_ARGUMENT;
    /* the scheduler's constructor, in torch float32: sigmas = shifted(t / 1000) over the
       1000 training steps; only the first (t = 1000) and last (t = 1) matter */
    fs = (float)shift; fs1 = (float)(shift - 1.0);
    smax32 = ralu__rf(fs * 1.0f) / ralu__rf(1.0f + ralu__rf(fs1 * 1.0f));
    smin32 = ralu__rf(fs * (1.0f / 1000.0f)) / ralu__rf(1.0f + ralu__rf(fs1 * (1.0f / 1000.0f)));
    smax = (double)smax32; smin = (double)smin32;
    /* set_timesteps, numpy float64: timesteps = linspace(1000 smax, 1000 smin, steps),
       sigma = timesteps / 1000 shifted a second time (the quirk), then float32 */
    for (i = 0; i < steps; i++) {
        double ts = ralu__linspace_at(ralu__rd(smax * 1000.0), ralu__rd(smin * 1000.0), steps, i);
        double s = ts / 1000.0;
        t[i] = (float)(ralu__rd(shift * s) / (1.0 + ralu__rd((shift - 1.0) * s)));
    }
    t[steps] = 0.0f;
    return RALU_OK;
}

/* ---- NT-DM: the Jensen-Shannon fit of shifts and Z (RALU.md), with L-BFGS-B ----
   The objective is evaluated exactly like the reference's numpy code (same operation order,
   numpy's pairwise summation), and the optimiser follows L-BFGS-B 3.0 step by step as SciPy
   runs it (generalised Cauchy point, subspace Newton step with the 2011 projection, More-
   Thuente line search, forward-difference gradients with step 1e-8 flipped at the upper
   bound). With at most 4 variables the limited-memory matrix is kept as a dense BFGS matrix
   (theta I updated by the stored pairs, oldest first), which is the same matrix as the
   compact form L-BFGS-B uses. */
#define RALU__NTDM_GRID 1000
#define RALU__LB_M 10

typedef struct ralu__ntdm_problem {
    int N[3];
    double e[3], h0;
    int nfree, var[4];          /* the optimised variables: indices into (H0, H1, H2, Z) */
    double full[4];             /* the held values of the others */
    double t[RALU__NTDM_GRID];
} ralu__ntdm_problem;

/* numpy's pairwise summation (np.sum of a contiguous float64 array, identity 0 first) */
static double ralu__pairwise_sum(const double *a, int n) {
    if (n < 8) {
        double r = 0.0; int i;
        for (i = 0; i < n; i++) r += a[i];
        return r;
    } else if (n <= 128) {
        double r[8], res; int i, j;
        for (j = 0; j < 8; j++) r[j] = a[j];
        for (i = 8; i < n - (n % 8); i += 8)
            for (j = 0; j < 8; j++) r[j] += a[i + j];
        res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
        for (; i < n; i++) res += a[i];
        return res;
    } else {
        int n2 = n / 2;
        n2 -= n2 % 8;
        return ralu__pairwise_sum(a, n2) + ralu__pairwise_sum(a + n2, n - n2);
    }
}
static double ralu__np_sum(const double *a, int n) { return 0.0 + ralu__pairwise_sum(a, n); }

static double ralu__ntdm_pdf(double t, double h) { double d = 1.0 + ralu__rd((h - 1.0) * t); return h / ralu__rd(d * d); }
static double ralu__ntdm_cdf(double t, double h) { return ralu__rd(h * t) / (1.0 + ralu__rd((h - 1.0) * t)); }

/* the reference's objective: JS distance between the target and the staged densities */
static double ralu__ntdm_objective(const ralu__ntdm_problem *q, const double *xv) {
    double P[RALU__NTDM_GRID], Q[RALU__NTDM_GRID], A[RALU__NTDM_GRID];
    double x[4], S[3], Zn[3], Ze[3], Zt[2], Zte[2], H[3], Z, wsum, sp, sq, js;
    int i, j, k, ntot;
    for (k = 0; k < 4; k++) x[k] = q->full[k];
    for (k = 0; k < q->nfree; k++) x[q->var[k]] = xv[k];
    H[0] = x[0]; H[1] = x[1]; H[2] = x[2]; Z = x[3];
    S[0] = 0.0;
    for (i = 0; i < 2; i++) S[i + 1] = q->e[i] / (ralu__rd(Z * (1.0 - q->e[i])) + q->e[i]);
    /* target: pdf(h0) plus the re-noised spans (trunc(h0, S_{i+1}, e_i)), weighted */
    for (i = 0; i < 2; i++) {
        Zt[i] = q->e[i] - S[i + 1];
        Zte[i] = ralu__ntdm_cdf(q->e[i], q->h0) - ralu__ntdm_cdf(S[i + 1], q->h0);
    }
    wsum = 1.0 + ((0.0 + Zt[0]) + Zt[1]);
    for (k = 0; k < 3; k++) {
        Zn[k] = (double)q->N[k];
        Ze[k] = ralu__ntdm_cdf(q->e[k], H[k]) - ralu__ntdm_cdf(S[k], H[k]);
    }
    ntot = q->N[0] + q->N[1] + q->N[2];
    for (j = 0; j < RALU__NTDM_GRID; j++) {
        double t = q->t[j], add = 0.0, m = 0.0, tg;
        for (i = 0; i < 2; i++) {
            double tr = (t >= S[i + 1] && t <= q->e[i]) ? ralu__ntdm_pdf(t, q->h0) / Zte[i] : 0.0;
            add = add + ralu__rd(Zt[i] * tr);
        }
        tg = (ralu__ntdm_pdf(t, q->h0) + add) / wsum;
        for (k = 0; k < 3; k++) {
            double tr = (t >= S[k] && t <= q->e[k]) ? ralu__ntdm_pdf(t, H[k]) / Ze[k] : 0.0;
            m = m + ralu__rd(Zn[k] * tr);
        }
        m = m / (double)ntot;
        P[j] = tg < 1e-10 ? 1e-10 : tg;
        Q[j] = m < 1e-10 ? 1e-10 : m;
    }
    sp = ralu__np_sum(P, RALU__NTDM_GRID); sq = ralu__np_sum(Q, RALU__NTDM_GRID);
    for (j = 0; j < RALU__NTDM_GRID; j++) { P[j] /= sp; Q[j] /= sq; }
    for (j = 0; j < RALU__NTDM_GRID; j++) { double M = 0.5 * (P[j] + Q[j]); A[j] = P[j] * log(P[j] / M); }
    js = 0.5 * ralu__np_sum(A, RALU__NTDM_GRID);
    for (j = 0; j < RALU__NTDM_GRID; j++) { double M = 0.5 * (P[j] + Q[j]); A[j] = Q[j] * log(Q[j] / M); }
    js = js + 0.5 * ralu__np_sum(A, RALU__NTDM_GRID);
    return sqrt(js > 0.0 ? js : 0.0);
}

/* f and its forward-difference gradient, as scipy's approx_derivative('2-point', abs_step=1e-8) */
static double ralu__ntdm_fg(const ralu__ntdm_problem *q, const double *x, const double *l, const double *u, double *g) {
    double f = ralu__ntdm_objective(q, x);
    int n = q->nfree, i;
    for (i = 0; i < n; i++) {
        double x1[4], h = 1e-8, lo = x[i] - l[i], up = u[i] - x[i];
        memcpy(x1, x, sizeof x1);
        if (x[i] + h < l[i] || x[i] + h > u[i]) {
            if (fabs(h) <= RALU__MAX(lo, up)) h = -h;
            else h = up >= lo ? up : -lo;
        }
        x1[i] = x[i] + h;
        g[i] = (ralu__ntdm_objective(q, x1) - f) / ((x[i] + h) - x[i]);
    }
    return f;
}

typedef struct ralu__lbfgsb {
    int n, col, head;
    double theta;
    double S[RALU__LB_M][4], Y[RALU__LB_M][4], sy[RALU__LB_M];
} ralu__lbfgsb;

/* B = theta I updated by the stored (s, y) pairs, oldest first */
static void ralu__lb_matrix(const ralu__lbfgsb *lb, double B[4][4]) {
    int n = lb->n, i, j, p;
    memset(B, 0, sizeof(double) * 16);
    for (i = 0; i < n; i++) B[i][i] = lb->theta;
    for (p = 0; p < lb->col; p++) {
        const double *s = lb->S[(lb->head + p) % RALU__LB_M], *y = lb->Y[(lb->head + p) % RALU__LB_M];
        double Bs[4], sBs = 0.0;
        for (i = 0; i < n; i++) { Bs[i] = 0.0; for (j = 0; j < n; j++) Bs[i] += B[i][j] * s[j]; sBs += s[i] * Bs[i]; }
        for (i = 0; i < n; i++)
            for (j = 0; j < n; j++) B[i][j] += y[i] * y[j] / lb->sy[(lb->head + p) % RALU__LB_M] - Bs[i] * Bs[j] / sBs;
    }
}
static double ralu__lb_quad(int n, double B[4][4], const double *a, const double *b) {
    double s = 0.0; int i, j;
    for (i = 0; i < n; i++) for (j = 0; j < n; j++) s += a[i] * B[i][j] * b[j];
    return s;
}
/* the infinity norm of the projected gradient */
static double ralu__lb_projgr(int n, const double *x, const double *g, const double *l, const double *u) {
    double s = 0.0; int i;
    for (i = 0; i < n; i++) {
        double gi = g[i];
        if (gi < 0.0) gi = RALU__MAX(x[i] - u[i], gi); else gi = RALU__MIN(x[i] - l[i], gi);
        s = RALU__MAX(s, fabs(gi));
    }
    return s;
}

/* generalised Cauchy point along the projected steepest-descent path; iwhere: 0 free,
   1 at its lower bound, 2 at its upper bound, -3 free with zero gradient */
static void ralu__lb_cauchy(int n, const double *x, const double *g, const double *l, const double *u,
                            double B[4][4], int *iwhere, double *xcp) {
    double d[4], bt[4], zv[4], f1 = 0.0, f2, f2_org, dtm, tsum = 0.0, tj = 0.0;
    int bidx[4], used[4] = {0, 0, 0, 0}, nbreak = 0, nleft, i, first = 1;
    for (i = 0; i < n; i++) {
        double neggi = -g[i], tl = x[i] - l[i], tu = u[i] - x[i];
        iwhere[i] = 0;
        if (tl <= 0.0) { if (neggi <= 0.0) iwhere[i] = 1; }
        else if (tu <= 0.0) { if (neggi >= 0.0) iwhere[i] = 2; }
        else if (fabs(neggi) <= 0.0) iwhere[i] = -3;
        if (iwhere[i] != 0) { d[i] = 0.0; continue; }
        d[i] = neggi;
        f1 -= neggi * neggi;
        if (neggi < 0.0) { bt[nbreak] = tl / (-neggi); bidx[nbreak++] = i; }
        else if (neggi > 0.0) { bt[nbreak] = tu / neggi; bidx[nbreak++] = i; }
    }
    for (i = 0; i < n; i++) { xcp[i] = x[i]; zv[i] = 0.0; }
    if (nbreak == 0) return;                      /* d = 0 (every variable has both bounds) */
    f2 = ralu__lb_quad(n, B, d, d);
    f2_org = f2;
    dtm = -f1 / f2;
    nleft = nbreak;
    for (;;) {
        double tj0 = tj, dt, dibp, zibp, dold[4];
        int b = -1, ibp, k;
        for (k = 0; k < nbreak; k++)               /* next smallest breakpoint */
            if (!used[k] && (b < 0 || bt[k] < bt[b])) b = k;
        RALU__UNUSED(first);
        tj = bt[b]; ibp = bidx[b];
        dt = tj - tj0;
        if (dtm < dt) break;
        used[b] = 1;
        tsum += dt; nleft--;
        for (k = 0; k < n; k++) dold[k] = d[k];
        dibp = d[ibp]; d[ibp] = 0.0;
        if (dibp > 0.0) { zibp = u[ibp] - x[ibp]; xcp[ibp] = u[ibp]; iwhere[ibp] = 2; }
        else { zibp = l[ibp] - x[ibp]; xcp[ibp] = l[ibp]; iwhere[ibp] = 1; }
        if (nleft == 0 && nbreak == n) return;    /* every variable fixed at a bound */
        for (k = 0; k < n; k++) zv[k] += dt * dold[k];
        zv[ibp] = zibp;
        f1 = 0.0;
        for (k = 0; k < n; k++) f1 += g[k] * d[k];
        f1 += ralu__lb_quad(n, B, d, zv);
        f2 = ralu__lb_quad(n, B, d, d);
        f2 = RALU__MAX(DBL_EPSILON * f2_org, f2);
        if (nleft > 0) dtm = -f1 / f2;
        else { dtm = 0.0; break; }                /* boxed: nothing free moves further */
    }
    if (dtm <= 0.0) dtm = 0.0;
    tsum += dtm;
    for (i = 0; i < n; i++) xcp[i] += tsum * d[i];
}

/* solves the free block B_FF d = r by Cholesky; 0 if B_FF is not positive definite */
static int ralu__lb_solve(int nf, double A[4][4], double *r) {
    double L[4][4];
    int i, j, k;
    for (i = 0; i < nf; i++)
        for (j = 0; j <= i; j++) {
            double s = A[i][j];
            for (k = 0; k < j; k++) s -= L[i][k] * L[j][k];
            if (i == j) { if (!(s > 0.0)) return 0; L[i][i] = sqrt(s); }
            else L[i][j] = s / L[j][j];
        }
    for (i = 0; i < nf; i++) { for (k = 0; k < i; k++) r[i] -= L[i][k] * r[k]; r[i] /= L[i][i]; }
    for (i = nf - 1; i >= 0; i--) { for (k = i + 1; k < nf; k++) r[i] -= L[k][i] * r[k]; r[i] /= L[i][i]; }
    return 1;
}

/* More-Thuente safeguarded step (MINPACK-2 dcstep) */
static void ralu__lb_dcstep(double *stx, double *fx, double *dx, double *sty, double *fy, double *dy,
                            double *stp, double fp, double dp, int *brackt, double stpmin, double stpmax) {
    double gamma, p, q, r, s, sgnd = dp * (*dx / fabs(*dx)), stpc, stpf, stpq, theta;
    if (fp > *fx) {
        theta = 3.0 * (*fx - fp) / (*stp - *stx) + *dx + dp;
        s = RALU__MAX(fabs(theta), RALU__MAX(fabs(*dx), fabs(dp)));
        gamma = s * sqrt((theta / s) * (theta / s) - (*dx / s) * (dp / s));
        if (*stp < *stx) gamma = -gamma;
        p = (gamma - *dx) + theta;
        q = ((gamma - *dx) + gamma) + dp;
        r = p / q;
        stpc = *stx + r * (*stp - *stx);
        stpq = *stx + ((*dx / ((*fx - fp) / (*stp - *stx) + *dx)) / 2.0) * (*stp - *stx);
        stpf = fabs(stpc - *stx) < fabs(stpq - *stx) ? stpc : stpc + (stpq - stpc) / 2.0;
        *brackt = 1;
    } else if (sgnd < 0.0) {
        theta = 3.0 * (*fx - fp) / (*stp - *stx) + *dx + dp;
        s = RALU__MAX(fabs(theta), RALU__MAX(fabs(*dx), fabs(dp)));
        gamma = s * sqrt((theta / s) * (theta / s) - (*dx / s) * (dp / s));
        if (*stp > *stx) gamma = -gamma;
        p = (gamma - dp) + theta;
        q = ((gamma - dp) + gamma) + *dx;
        r = p / q;
        stpc = *stp + r * (*stx - *stp);
        stpq = *stp + (dp / (dp - *dx)) * (*stx - *stp);
        stpf = fabs(stpc - *stp) > fabs(stpq - *stp) ? stpc : stpq;
        *brackt = 1;
    } else if (fabs(dp) < fabs(*dx)) {
        theta = 3.0 * (*fx - fp) / (*stp - *stx) + *dx + dp;
        s = RALU__MAX(fabs(theta), RALU__MAX(fabs(*dx), fabs(dp)));
        gamma = s * sqrt(RALU__MAX(0.0, (theta / s) * (theta / s) - (*dx / s) * (dp / s)));
        if (*stp > *stx) gamma = -gamma;
        p = (gamma - dp) + theta;
        q = (gamma + (*dx - dp)) + gamma;
        r = p / q;
        if (r < 0.0 && gamma != 0.0) stpc = *stp + r * (*stx - *stp);
        else if (*stp > *stx) stpc = stpmax;
        else stpc = stpmin;
        stpq = *stp + (dp / (dp - *dx)) * (*stx - *stp);
        if (*brackt) {
            stpf = fabs(stpc - *stp) < fabs(stpq - *stp) ? stpc : stpq;
            if (*stp > *stx) stpf = RALU__MIN(*stp + 0.66 * (*sty - *stp), stpf);
            else stpf = RALU__MAX(*stp + 0.66 * (*sty - *stp), stpf);
        } else {
            stpf = fabs(stpc - *stp) > fabs(stpq - *stp) ? stpc : stpq;
            stpf = RALU__MIN(stpmax, stpf);
            stpf = RALU__MAX(stpmin, stpf);
        }
    } else {
        if (*brackt) {
            theta = 3.0 * (fp - *fy) / (*sty - *stp) + *dy + dp;
            s = RALU__MAX(fabs(theta), RALU__MAX(fabs(*dy), fabs(dp)));
            gamma = s * sqrt((theta / s) * (theta / s) - (*dy / s) * (dp / s));
            if (*stp > *sty) gamma = -gamma;
            p = (gamma - dp) + theta;
            q = ((gamma - dp) + gamma) + *dy;
            r = p / q;
            stpf = *stp + r * (*sty - *stp);
        } else stpf = *stp > *stx ? stpmax : stpmin;
    }
    if (fp > *fx) { *sty = *stp; *fy = fp; *dy = dp; }
    else {
        if (sgnd < 0.0) { *sty = *stx; *fy = *fx; *dy = *dx; }
        *stx = *stp; *fx = fp; *dx = dp;
    }
    *stp = stpf;
}

/* the line search's state (MINPACK-2 dcsrch), ftol 1e-3, gtol 0.9, xtol 0.1, stpmin 0 */
typedef struct ralu__lb_ls {
    int brackt, stage;
    double ginit, gtest, gx, gy, finit, fx, fy, stx, sty, stmin, stmax, width, width1;
} ralu__lb_ls;
enum { RALU__LS_FG, RALU__LS_DONE, RALU__LS_ERROR };

static int ralu__lb_dcsrch_start(ralu__lb_ls *s, double f, double g, double stp, double stpmax) {
    if (stp < 0.0 || stp > stpmax || g >= 0.0) return RALU__LS_ERROR;
    s->brackt = 0; s->stage = 1; s->finit = f; s->ginit = g; s->gtest = 1e-3 * g;
    s->width = stpmax; s->width1 = s->width / 0.5;
    s->stx = 0.0; s->fx = f; s->gx = g; s->sty = 0.0; s->fy = f; s->gy = g;
    s->stmin = 0.0; s->stmax = stp + 4.0 * stp;
    return RALU__LS_FG;
}
static int ralu__lb_dcsrch(ralu__lb_ls *s, double f, double g, double *stp, double stpmax) {
    const double ftol = 1e-3, gtol = 0.9, xtol = 0.1, stpmin = 0.0;
    double ftest = s->finit + *stp * s->gtest;
    int done = 0;
    RALU__UNUSED(ftol);
    if (s->stage == 1 && f <= ftest && g >= 0.0) s->stage = 2;
    if (s->brackt && (*stp <= s->stmin || *stp >= s->stmax)) done = 1;
    if (s->brackt && s->stmax - s->stmin <= xtol * s->stmax) done = 1;
    if (*stp == stpmax && f <= ftest && g <= s->gtest) done = 1;
    if (*stp == stpmin && (f > ftest || g >= s->gtest)) done = 1;
    if (f <= ftest && fabs(g) <= gtol * (-s->ginit)) done = 1;
    if (done) return RALU__LS_DONE;
    if (s->stage == 1 && f <= s->fx && f > ftest) {
        double fm = f - *stp * s->gtest, fxm = s->fx - s->stx * s->gtest, fym = s->fy - s->sty * s->gtest;
        double gm = g - s->gtest, gxm = s->gx - s->gtest, gym = s->gy - s->gtest;
        ralu__lb_dcstep(&s->stx, &fxm, &gxm, &s->sty, &fym, &gym, stp, fm, gm, &s->brackt, s->stmin, s->stmax);
        s->fx = fxm + s->stx * s->gtest; s->fy = fym + s->sty * s->gtest;
        s->gx = gxm + s->gtest; s->gy = gym + s->gtest;
    } else {
        ralu__lb_dcstep(&s->stx, &s->fx, &s->gx, &s->sty, &s->fy, &s->gy, stp, f, g, &s->brackt, s->stmin, s->stmax);
    }
    if (s->brackt) {
        if (fabs(s->sty - s->stx) >= 0.66 * s->width1) *stp = s->stx + 0.5 * (s->sty - s->stx);
        s->width1 = s->width;
        s->width = fabs(s->sty - s->stx);
        s->stmin = RALU__MIN(s->stx, s->sty);
        s->stmax = RALU__MAX(s->stx, s->sty);
    } else {
        s->stmin = *stp + 1.1 * (*stp - s->stx);
        s->stmax = *stp + 4.0 * (*stp - s->stx);
    }
    *stp = RALU__MAX(*stp, stpmin);
    *stp = RALU__MIN(*stp, stpmax);
    if ((s->brackt && (*stp <= s->stmin || *stp >= s->stmax)) || (s->brackt && s->stmax - s->stmin <= xtol * s->stmax))
        *stp = s->stx;
    return RALU__LS_FG;
}

/* L-BFGS-B on the box [l, u] (every variable bounded on both sides, l < u), from x;
   m = 10, factr = 1e7, pgtol = 1e-5, at most 20 line-search steps, as SciPy's defaults */
static void ralu__lbfgsb_run(const ralu__ntdm_problem *q, const double *l, const double *u, double *x) {
    const double pgtol = 1e-5, tol = 1e7 * DBL_EPSILON;
    int n = q->nfree, iter = 0, guard = 0, i;
    double g[4], f, sbgnrm;
    ralu__lbfgsb lb;
    memset(&lb, 0, sizeof lb);
    lb.n = n; lb.theta = 1.0;
    for (i = 0; i < n; i++) x[i] = RALU__MIN(RALU__MAX(x[i], l[i]), u[i]);
    f = ralu__ntdm_fg(q, x, l, u, g);
    sbgnrm = ralu__lb_projgr(n, x, g, l, u);
    if (sbgnrm <= pgtol) return;
    while (guard++ < 15000) {
        double B[4][4], z[4], d[4], t[4], r[4], fold, gd, gdold = 0.0, stp, stpmx;
        int iwhere[4], ind[4], nfree = 0, ifun = 0, failed = 0, k;
        ralu__lb_ls ls;
        ralu__lb_matrix(&lb, B);
        ralu__lb_cauchy(n, x, g, l, u, B, iwhere, z);
        for (i = 0; i < n; i++) if (iwhere[i] <= 0) ind[nfree++] = i;
        if (nfree > 0 && lb.col > 0) {
            /* subspace Newton step from the Cauchy point over the free variables */
            double A[4][4], rr[4], dz[4], xp[4], ddp = 0.0;
            int j, iword = 0;
            for (i = 0; i < n; i++) dz[i] = z[i] - x[i];
            for (i = 0; i < nfree; i++) {
                double s = g[ind[i]];
                for (j = 0; j < n; j++) s += B[ind[i]][j] * dz[j];
                rr[i] = -s;
                for (j = 0; j < nfree; j++) A[i][j] = B[ind[i]][ind[j]];
            }
            if (!ralu__lb_solve(nfree, A, rr)) {
                lb.col = 0; lb.head = 0; lb.theta = 1.0;   /* refresh the memory, retry */
                continue;
            }
            memcpy(xp, z, sizeof xp);
            for (i = 0; i < nfree; i++) {
                k = ind[i];
                z[k] = RALU__MIN(u[k], RALU__MAX(l[k], z[k] + rr[i]));
                if (z[k] == l[k] || z[k] == u[k]) iword = 1;
            }
            if (iword) {
                for (i = 0; i < n; i++) ddp += (z[i] - x[i]) * g[i];
                if (ddp > 0.0) {
                    /* the projection ascends: step back along the Newton direction to the box */
                    double alpha = 1.0, temp1 = 1.0;
                    int ibd = 0;
                    memcpy(z, xp, sizeof xp);
                    for (i = 0; i < nfree; i++) {
                        double dk = rr[i], temp2;
                        k = ind[i];
                        if (dk < 0.0) {
                            temp2 = l[k] - z[k];
                            if (temp2 >= 0.0) temp1 = 0.0; else if (dk * alpha < temp2) temp1 = temp2 / dk;
                        } else if (dk > 0.0) {
                            temp2 = u[k] - z[k];
                            if (temp2 <= 0.0) temp1 = 0.0; else if (dk * alpha > temp2) temp1 = temp2 / dk;
                        }
                        if (temp1 < alpha) { alpha = temp1; ibd = i; }
                    }
                    if (alpha < 1.0) {
                        double dk = rr[ibd];
                        k = ind[ibd];
                        if (dk > 0.0) { z[k] = u[k]; rr[ibd] = 0.0; }
                        else if (dk < 0.0) { z[k] = l[k]; rr[ibd] = 0.0; }
                    }
                    for (i = 0; i < nfree; i++) z[ind[i]] += alpha * rr[i];
                }
            }
        }
        /* line search along d = z - x */
        for (i = 0; i < n; i++) d[i] = z[i] - x[i];
        stpmx = 1e10;
        if (iter == 0) stpmx = 1.0;
        else for (i = 0; i < n; i++) {
            double a1 = d[i], a2;
            if (a1 < 0.0) { a2 = l[i] - x[i]; if (a2 >= 0.0) stpmx = 0.0; else if (a1 * stpmx < a2) stpmx = a2 / a1; }
            else if (a1 > 0.0) { a2 = u[i] - x[i]; if (a2 <= 0.0) stpmx = 0.0; else if (a1 * stpmx > a2) stpmx = a2 / a1; }
        }
        stp = 1.0;
        memcpy(t, x, sizeof t); memcpy(r, g, sizeof r);
        fold = f;
        for (;;) {
            int st;
            gd = 0.0;
            for (i = 0; i < n; i++) gd += g[i] * d[i];
            if (ifun == 0) {
                gdold = gd;
                if (gd >= 0.0) { failed = 1; break; }
                st = ralu__lb_dcsrch_start(&ls, f, gd, stp, stpmx);
                if (st == RALU__LS_ERROR) { failed = 1; break; }
            } else st = ralu__lb_dcsrch(&ls, f, gd, &stp, stpmx);
            if (st == RALU__LS_DONE) break;
            ifun++;
            if (ifun - 1 >= 20) { failed = 1; break; }
            if (stp == 1.0) memcpy(x, z, sizeof z);
            else for (i = 0; i < n; i++) x[i] = RALU__MIN(RALU__MAX(stp * d[i] + t[i], l[i]), u[i]);
            f = ralu__ntdm_fg(q, x, l, u, g);
        }
        if (failed) {
            memcpy(x, t, sizeof t); memcpy(g, r, sizeof r); f = fold;
            if (lb.col == 0) return;                  /* abnormal end: keep the best point */
            lb.col = 0; lb.head = 0; lb.theta = 1.0;
            continue;
        }
        iter++;
        sbgnrm = ralu__lb_projgr(n, x, g, l, u);
        if (sbgnrm <= pgtol) return;
        if (fold - f <= tol * RALU__MAX(RALU__MAX(fabs(fold), fabs(f)), 1.0)) return;
        {
            double y[4], rr2 = 0.0, dr, ddum;
            for (i = 0; i < n; i++) { y[i] = g[i] - r[i]; rr2 += y[i] * y[i]; }
            if (stp == 1.0) { dr = gd - gdold; ddum = -gdold; }
            else { dr = (gd - gdold) * stp; for (i = 0; i < n; i++) d[i] *= stp; ddum = -gdold * stp; }
            if (dr <= DBL_EPSILON * ddum) continue;   /* skip the update */
            if (lb.col < RALU__LB_M) k = (lb.head + lb.col++) % RALU__LB_M;
            else { k = lb.head; lb.head = (lb.head + 1) % RALU__LB_M; }
            for (i = 0; i < n; i++) { lb.S[k][i] = d[i]; lb.Y[k][i] = y[i]; }
            lb.sy[k] = dr;
            lb.theta = rr2 / dr;
        }
    }
}

/* fits the variables not marked fixed among x = (H0, H1, H2, Z), in place */
static void ralu__ntdm(const int N[3], const double e[3], double h0, const int fixed[4], double x[4]) {
    static const double lo[4] = { 0.5, 0.5, 0.5, 2.0 }, hi[4] = { 10.0, 10.0, 10.0, 100.0 };
    ralu__ntdm_problem q;
    double l[4], u[4], v[4];
    int k, j;
    memset(&q, 0, sizeof q);
    for (k = 0; k < 3; k++) { q.N[k] = N[k]; q.e[k] = e[k]; }
    q.h0 = h0;
    for (j = 0; j < RALU__NTDM_GRID; j++) q.t[j] = ralu__linspace_at(0.0, 1.0, RALU__NTDM_GRID, j);
    for (k = 0; k < 4; k++) {
        q.full[k] = x[k];
        if (fixed[k]) continue;
        q.var[q.nfree] = k; l[q.nfree] = lo[k]; u[q.nfree] = hi[k]; v[q.nfree] = x[k];
        q.nfree++;
    }
    if (q.nfree == 0) return;
    ralu__lbfgsb_run(&q, l, u, v);
    for (j = 0; j < q.nfree; j++) x[q.var[j]] = v[j];
}

RALUDEF ralu_result ralu_ntdm_fit(const int N[3], const double e[3], double base_shift, double shift_out[3], double *Z_out) {
    static const int none[4] = { 0, 0, 0, 0 };
    double x[4] = { 3.0, 3.0, 3.0, 2.0 };
    int k;
    if (!N || !e || !shift_out || !Z_out) return RALU_ERR_INVALID_ARGUMENT;
    for (k = 0; k < 3; k++) if (N[k] < 1) return RALU_ERR_SAMPLER_PARAM;
    if (!(e[0] > 0.0 && e[1] > e[0] && e[1] < 1.0 && e[2] == 1.0)) return RALU_ERR_SAMPLER_PARAM;
    if (!(base_shift >= 0.0) || !isfinite(base_shift)) return RALU_ERR_SAMPLER_PARAM;
    ralu__ntdm(N, e, base_shift == 0.0 ? 3.0 : base_shift, none, x);
    for (k = 0; k < 3; k++) shift_out[k] = x[k];
    *Z_out = x[3];
    return RALU_OK;
}

/* ---- RALU parameters ---- */
typedef struct ralu__ralu_preset {
    const char *name, *alias;
    ralu_ralu_params p;
} ralu__ralu_preset;

/* schnell's shifts: NT-DM with h0 = 1 and Z held at 6.317 (see the API comment; the test
   "ralu-math/schnell-preset" refits them) */
static const ralu__ralu_preset ralu__ralu_presets[] = {
    { "flux-4x",       "4x", { {5, 6, 7}, {0.30, 0.45, 1.0}, {5.019, 2.589, 2.226}, 6.317, 0.3, 3.0 } },
    { "flux-7x",       "7x", { {2, 3, 5}, {0.20, 0.30, 1.0}, {8.141, 2.856, 2.193}, 6.261, 0.1, 3.0 } },
    { "flux-5x-paper", "5x", { {4, 5, 6}, {0.30, 0.45, 1.0}, {5.12, 2.64, 2.25}, 7.52, 0.2, 3.0 } },
    { "flux-7x-paper", NULL, { {2, 3, 5}, {0.20, 0.30, 1.0}, {8.14, 2.86, 2.19}, 6.26, 0.2, 3.0 } },
    { "sd3-2x",        "2x", { {5, 6, 9}, {0.20, 0.30, 1.0}, {6.21, 2.23, 1.97}, 4.13, 0.3, 3.0 } },
    { "sd3-3x",        "3x", { {3, 3, 6}, {0.25, 0.30, 1.0}, {6.40, 2.60, 2.23}, 6.26, 0.2, 3.0 } },
    { "schnell",       NULL, { {1, 2, 4}, {0.30, 0.45, 1.0}, {1.963, 1.374, 1.030}, 6.317, 0.2, 1.0 } },
};
#define RALU__NPRESETS ((int)(sizeof ralu__ralu_presets / sizeof ralu__ralu_presets[0]))

RALUDEF int ralu_ralu_preset_count(void) { return RALU__NPRESETS; }
RALUDEF const char *ralu_ralu_preset_name(int index) {
    return index >= 0 && index < RALU__NPRESETS ? ralu__ralu_presets[index].name : NULL;
}
RALUDEF ralu_result ralu_ralu_preset(ralu_ctx *ctx, const char *name, ralu_ralu_params *out) {
    char list[512];
    size_t len = 0;
    int i;
    if (!out) return ralu__fail(ctx, RALU_ERR_INVALID_ARGUMENT, "ralu preset: out is NULL");
    for (i = 0; name && i < RALU__NPRESETS; i++)
        if (!strcmp(name, ralu__ralu_presets[i].name) || (ralu__ralu_presets[i].alias && !strcmp(name, ralu__ralu_presets[i].alias))) {
            *out = ralu__ralu_presets[i].p;
            return RALU_OK;
        }
    list[0] = 0;
    for (i = 0; i < RALU__NPRESETS; i++) {
        const ralu__ralu_preset *q = &ralu__ralu_presets[i];
        int w = snprintf(list + len, sizeof list - len, "%s%s%s%s%s", i ? ", " : "", q->name,
                         q->alias ? " (" : "", q->alias ? q->alias : "", q->alias ? ")" : "");
        if (w < 0 || (size_t)w >= sizeof list - len) break;
        len += (size_t)w;
    }
    return ralu__fail(ctx, RALU_ERR_SAMPLER_PARAM, "ralu preset '%s' is unknown; valid: %s", name ? name : "(null)", list);
}

RALUDEF ralu_result ralu_ralu_validate(ralu_ctx *ctx, const ralu_ralu_params *p) {
    int k, nzero = 0;
    if (!p) return ralu__fail(ctx, RALU_ERR_INVALID_ARGUMENT, "ralu params: NULL");
    for (k = 0; k < 3; k++)
        if (p->N[k] < 1) return ralu__fail(ctx, RALU_ERR_SAMPLER_PARAM, "ralu.N[%d] = %d: must be >= 1", k, p->N[k]);
    for (k = 0; k < 3; k++) {
        double lo = k ? p->e[k - 1] : 0.0;
        if (!(p->e[k] > lo) || !(p->e[k] <= 1.0))
            return ralu__fail(ctx, RALU_ERR_SAMPLER_PARAM, "ralu.e[%d] = %g: must be in (%g, 1] (end progress increases per stage)", k, p->e[k], lo);
    }
    if (p->e[2] != 1.0) return ralu__fail(ctx, RALU_ERR_SAMPLER_PARAM, "ralu.e[2] = %g: the last stage must end at 1", p->e[2]);
    if (!(p->up_ratio > 0.0 && p->up_ratio < 1.0))
        return ralu__fail(ctx, RALU_ERR_SAMPLER_PARAM, "ralu.up_ratio = %g: must be in (0, 1)", p->up_ratio);
    for (k = 0; k < 3; k++) {
        if (p->shift[k] == 0.0) { nzero++; continue; }
        if (!(p->shift[k] > 0.0) || !isfinite(p->shift[k]))
            return ralu__fail(ctx, RALU_ERR_SAMPLER_PARAM, "ralu.shift[%d] = %g: must be > 0 (or all three 0 for NT-DM)", k, p->shift[k]);
    }
    if (nzero != 0 && nzero != 3) {
        for (k = 0; k < 3 && p->shift[k] != 0.0; k++) {}
        return ralu__fail(ctx, RALU_ERR_SAMPLER_PARAM, "ralu.shift[%d] = 0 while other shifts are given: give all three or none (NT-DM)", k);
    }
    if (p->Z != 0.0 && (!(p->Z >= 1.0) || !isfinite(p->Z)))
        return ralu__fail(ctx, RALU_ERR_SAMPLER_PARAM, "ralu.Z = %g: must be >= 1 (or 0 for NT-DM)", p->Z);
    if (!(p->base_shift >= 0.0) || !isfinite(p->base_shift))
        return ralu__fail(ctx, RALU_ERR_SAMPLER_PARAM, "ralu.base_shift = %g: must be >= 0 (0 means 3)", p->base_shift);
    return RALU_OK;
}

RALUDEF ralu_result ralu_ralu_resolve(ralu_ctx *ctx, const ralu_ralu_params *in, ralu_ralu_params *out) {
    ralu_ralu_params p;
    ralu_result r = ralu_ralu_validate(ctx, in);
    if (r != RALU_OK) return r;
    if (!out) return ralu__fail(ctx, RALU_ERR_INVALID_ARGUMENT, "ralu resolve: out is NULL");
    p = *in;
    if (p.base_shift == 0.0) p.base_shift = 3.0;
    if (p.shift[0] == 0.0 || p.Z == 0.0) {
        double x[4];
        int fixed[4];
        int k;
        for (k = 0; k < 3; k++) { fixed[k] = p.shift[k] != 0.0; x[k] = fixed[k] ? p.shift[k] : 3.0; }
        fixed[3] = p.Z != 0.0; x[3] = fixed[3] ? p.Z : 2.0;
        ralu__ntdm(p.N, p.e, p.base_shift, fixed, x);
        for (k = 0; k < 3; k++) p.shift[k] = x[k];
        p.Z = x[3];
    }
    *out = p;
    return RALU_OK;
}

RALUDEF ralu_ralu_transitions ralu_ralu_get_transitions(const ralu_ralu_params *p) {
    ralu_ralu_transitions tr;
    int i;
    tr.s[0] = 0.0;
    for (i = 0; i < 2; i++) {
        double den = ralu__rd(p->Z * (1.0 - p->e[i])) + p->e[i];
        tr.s[i + 1] = p->e[i] / den;
        tr.alpha[i] = 1.0 - tr.s[i + 1];
        tr.beta[i] = 1.0 / den;
    }
    tr.gamma = -1.0 / (p->Z * p->Z) + 1e-6;
    return tr;
}

RALUDEF void ralu_ralu_stage_times(const ralu_ralu_params *p, int stage, double *t) {
    ralu_ralu_transitions tr = ralu_ralu_get_transitions(p);
    double h = p->shift[stage], S = 1.0 - tr.s[stage], E = 1.0 - p->e[stage];
    double uS = S / (h - ralu__rd((h - 1.0) * S)), uE = E / (h - ralu__rd((h - 1.0) * E));
    int n = p->N[stage], j;
    for (j = 0; j <= n; j++) {
        double sg = ralu__linspace_at(uS, uE, n + 1, j);
        t[j] = ralu__rd(h * sg) / (1.0 + ralu__rd((h - 1.0) * sg));
    }
}

RALUDEF int64_t ralu_ralu_topk_count(int64_t half_tokens, double up_ratio) {
    return (int64_t)floor((double)half_tokens * up_ratio);
}

/* ---- Philox4x32-10 and Box-Muller ---- */
static void ralu__philox4x32_10(uint32_t ctr[4], uint32_t k0, uint32_t k1) {
    int r;
    for (r = 0; r < 10; r++) {
        uint64_t p0 = (uint64_t)0xD2511F53u * ctr[0], p1 = (uint64_t)0xCD9E8D57u * ctr[2];
        uint32_t c0 = (uint32_t)(p1 >> 32) ^ ctr[1] ^ k0, c1 = (uint32_t)p1;
        uint32_t c2 = (uint32_t)(p0 >> 32) ^ ctr[3] ^ k1, c3 = (uint32_t)p0;
        ctr[0] = c0; ctr[1] = c1; ctr[2] = c2; ctr[3] = c3;
        k0 += 0x9E3779B9u; k1 += 0xBB67AE85u;
    }
}

RALUDEF void ralu_rng_normal(uint64_t seed, uint32_t stream, uint64_t first, size_t n, float *out) {
    const double two_pi = 6.283185307179586, inv32 = 1.0 / 4294967296.0;
    size_t o = 0;
    uint64_t i = first;
    while (o < n) {
        uint64_t b = i >> 2;
        uint32_t x[4];
        double v[4];
        int j;
        x[0] = (uint32_t)b; x[1] = (uint32_t)(b >> 32); x[2] = stream; x[3] = 0;
        ralu__philox4x32_10(x, (uint32_t)seed, (uint32_t)(seed >> 32));
        for (j = 0; j < 4; j += 2) {
            double r = sqrt(-2.0 * log(((double)x[j] + 0.5) * inv32));
            double th = two_pi * (((double)x[j + 1] + 0.5) * inv32);
            v[j] = r * cos(th); v[j + 1] = r * sin(th);
        }
        for (j = (int)(i & 3); j < 4 && o < n; j++, i++) out[o++] = (float)v[j];
    }
}

RALUDEF void ralu_correlated_noise(float *z, int channels, int64_t first_row, int64_t blocks, double gamma) {
    float a = (float)(sqrt(1.0 + 4.0 * gamma) - 1.0);
    int64_t b;
    int c;
    if (channels < 1 || first_row < 0) return;
    for (b = 0; b < blocks; b++) {
        float *r0 = z + (size_t)(first_row + 4 * b) * (size_t)channels;
        float *r1 = r0 + channels, *r2 = r1 + channels, *r3 = r2 + channels;
        for (c = 0; c < channels; c++) {
            float mean = ralu__rf(ralu__rf(ralu__rf(r0[c] + r1[c]) + r2[c]) + r3[c]) / 4.0f;
            float am = ralu__rf(a * mean);
            r0[c] += am; r1[c] += am; r2[c] += am; r3[c] += am;
        }
    }
}

/* ---- gray, Canny, scores, selection ---- */
RALUDEF void ralu_gray_u8(const float *rgb, int H, int W, uint8_t *gray) {
    size_t n, i;
    const float *R, *G, *B;
    if (H < 1 || W < 1) return;
    n = (size_t)H * (size_t)W; R = rgb; G = rgb + n; B = rgb + 2 * n;
    for (i = 0; i < n; i++) {
        float g = ralu__rf(ralu__rf(0.299f * R[i]) + ralu__rf(0.587f * G[i]));
        g = ralu__rf(g + ralu__rf(0.114f * B[i]));
        g = g < 0.0f ? 0.0f : g > 1.0f ? 1.0f : g;     /* NaN fails both tests... */
        if (g != g) g = 0.0f;                          /* ...and is mapped to 0 here */
        gray[i] = (uint8_t)ralu__rf(g * 255.0f);
    }
}

RALUDEF ralu_result ralu_canny(ralu_ctx *ctx, const uint8_t *gray, int H, int W, double lo, double hi, uint8_t *edges) {
    /* OpenCV's map: 0 = may be an edge (weak local maximum), 1 = not an edge, 2 = edge;
       a frame of 1s around the image stops the hysteresis walk */
    const int TG22 = 13573;                            /* tan(22.5 deg) * 2^15 */
    size_t ms = (size_t)W + 2, npix;
    int *mag = NULL, low, high, y, x;
    short *dx = NULL, *dy = NULL;
    uint8_t *map = NULL;
    int32_t *stack = NULL;
    size_t top = 0;
    if (!gray || !edges || H < 1 || W < 1)
        return ralu__fail(ctx, RALU_ERR_INVALID_ARGUMENT, "ralu_canny: image %dx%d (or a NULL pointer)", H, W);
    if (!isfinite(lo) || !isfinite(hi) || lo > 1e9 || hi > 1e9 || lo < -1e9 || hi < -1e9)
        return ralu__fail(ctx, RALU_ERR_INVALID_ARGUMENT, "ralu_canny: thresholds %g, %g", lo, hi);
    if ((size_t)H * ms > (size_t)INT32_MAX / 2)
        return ralu__fail(ctx, RALU_ERR_INVALID_ARGUMENT, "ralu_canny: image %dx%d too large", H, W);
    if (lo > hi) { double tmp = lo; lo = hi; hi = tmp; }
    low = (int)floor(lo); high = (int)floor(hi);
    npix = (size_t)H * (size_t)W;
    dx = (short *)ralu__alloc(ctx, npix * sizeof *dx);
    dy = (short *)ralu__alloc(ctx, npix * sizeof *dy);
    mag = (int *)ralu__calloc(ctx, (size_t)(H + 2) * ms, sizeof *mag);
    map = (uint8_t *)ralu__alloc(ctx, (size_t)(H + 2) * ms);
    stack = (int32_t *)ralu__alloc(ctx, npix * sizeof *stack);
    if (!dx || !dy || !mag || !map || !stack) {
        ralu__free(ctx, dx); ralu__free(ctx, dy); ralu__free(ctx, mag); ralu__free(ctx, map); ralu__free(ctx, stack);
        return ralu__oom(ctx, "Canny scratch", npix * 16);
    }
    /* 3x3 Sobel, BORDER_REPLICATE; L1 magnitude, zero outside the image */
    for (y = 0; y < H; y++) {
        const uint8_t *rp = gray + (size_t)(y > 0 ? y - 1 : 0) * W, *rc = gray + (size_t)y * W;
        const uint8_t *rn = gray + (size_t)(y < H - 1 ? y + 1 : H - 1) * W;
        for (x = 0; x < W; x++) {
            int xl = x > 0 ? x - 1 : 0, xr = x < W - 1 ? x + 1 : W - 1;
            int gx = (rp[xr] + 2 * rc[xr] + rn[xr]) - (rp[xl] + 2 * rc[xl] + rn[xl]);
            int gy = (rn[xl] + 2 * rn[x] + rn[xr]) - (rp[xl] + 2 * rp[x] + rp[xr]);
            dx[(size_t)y * W + x] = (short)gx; dy[(size_t)y * W + x] = (short)gy;
            mag[(size_t)(y + 1) * ms + x + 1] = abs(gx) + abs(gy);
        }
    }
    memset(map, 1, (size_t)(H + 2) * ms);
    /* non-maximum suppression along the gradient's direction (horizontal, vertical, or one
       of the diagonals), with OpenCV's asymmetric > / >= comparisons */
    for (y = 0; y < H; y++) {
        const int *mp = mag + (size_t)y * ms + 1, *ma = mp + ms, *mn = ma + ms;
        uint8_t *pm = map + (size_t)(y + 1) * ms + 1;
        for (x = 0; x < W; x++) {
            int m = ma[x], keep = 0;
            if (m > low) {
                int xs = dx[(size_t)y * W + x], ys = dy[(size_t)y * W + x];
                int ax = abs(xs), ay = abs(ys) << 15, tg22x = ax * TG22;
                if (ay < tg22x) keep = m > ma[x - 1] && m >= ma[x + 1];
                else if (ay > tg22x + (ax << 16)) keep = m > mp[x] && m >= mn[x];
                else {
                    int s = (xs ^ ys) < 0 ? -1 : 1;
                    keep = m > mp[x - s] && m > mn[x + s];
                }
            }
            if (!keep) continue;                      /* stays 1 */
            if (m > high) { pm[x] = 2; stack[top++] = (int32_t)((size_t)(y + 1) * ms + x + 1); }
            else pm[x] = 0;
        }
    }
    /* hysteresis: every weak maximum 8-connected to a strong one becomes an edge */
    while (top > 0) {
        int32_t p = stack[--top];
        const int32_t nb[8] = { -(int32_t)ms - 1, -(int32_t)ms, -(int32_t)ms + 1, -1, 1,
                                (int32_t)ms - 1, (int32_t)ms, (int32_t)ms + 1 };
        int k;
        for (k = 0; k < 8; k++)
            if (map[p + nb[k]] == 0) { map[p + nb[k]] = 2; stack[top++] = p + nb[k]; }
    }
    for (y = 0; y < H; y++)
        for (x = 0; x < W; x++) edges[(size_t)y * W + x] = map[(size_t)(y + 1) * ms + x + 1] == 2 ? 255 : 0;
    ralu__free(ctx, dx); ralu__free(ctx, dy); ralu__free(ctx, mag); ralu__free(ctx, map); ralu__free(ctx, stack);
    return RALU_OK;
}

RALUDEF void ralu_edge_scores(const uint8_t *edges, int H, int W, int patch, double *scores) {
    int th, tw, r, c, y, x;
    if (patch < 1 || H < 1 || W < 1) return;
    th = H / patch; tw = W / patch;
    for (r = 0; r < th; r++)
        for (c = 0; c < tw; c++) {
            double s = 0.0;
            for (y = 0; y < patch; y++)
                for (x = 0; x < patch; x++) s += edges[(size_t)(r * patch + y) * W + c * patch + x];
            scores[(size_t)r * tw + c] = s;
        }
}

/* a before b in the ranking: larger key first, NaN last, equal keys by lower index */
static int ralu__rank_before(const double *key, int64_t a, int64_t b) {
    double ka = key[a], kb = key[b];
    if (ka != ka) return kb != kb && a < b;
    if (kb != kb) return 1;
    return ka > kb || (ka == kb && a < b);
}

RALUDEF ralu_result ralu_select_topk(ralu_ctx *ctx, const double *scores, const float *tiebreak, int64_t n, int64_t k, int64_t *selected) {
    double *key;
    int64_t *idx, *tmp, i, width, o;
    uint8_t *chosen;
    if (n < 0 || k < 0 || k > n)
        return ralu__fail(ctx, RALU_ERR_INVALID_ARGUMENT, "ralu_select_topk: k = %lld of n = %lld tokens", (long long)k, (long long)n);
    if (k == 0) return RALU_OK;
    if (!scores || !selected) return ralu__fail(ctx, RALU_ERR_INVALID_ARGUMENT, "ralu_select_topk: NULL scores or output");
    key = (double *)ralu__alloc(ctx, (size_t)n * sizeof *key);
    idx = (int64_t *)ralu__alloc(ctx, (size_t)n * sizeof *idx);
    tmp = (int64_t *)ralu__alloc(ctx, (size_t)n * sizeof *tmp);
    chosen = (uint8_t *)ralu__calloc(ctx, (size_t)n, 1);
    if (!key || !idx || !tmp || !chosen) {
        ralu__free(ctx, key); ralu__free(ctx, idx); ralu__free(ctx, tmp); ralu__free(ctx, chosen);
        return ralu__oom(ctx, "top-k scratch", (size_t)n * 25);
    }
    for (i = 0; i < n; i++) {
        key[i] = tiebreak ? scores[i] + ralu__rd((double)tiebreak[i] * 1e-6) : scores[i];
        idx[i] = i;
    }
    /* bottom-up merge sort by rank (deterministic, O(n log n), no comparator context needed) */
    for (width = 1; width < n; width *= 2) {
        for (i = 0; i < n; i += 2 * width) {
            int64_t a = i, am = RALU__MIN(i + width, n), b = am, bm = RALU__MIN(i + 2 * width, n), w = i;
            while (a < am && b < bm) tmp[w++] = ralu__rank_before(key, idx[b], idx[a]) ? idx[b++] : idx[a++];
            while (a < am) tmp[w++] = idx[a++];
            while (b < bm) tmp[w++] = idx[b++];
        }
        { int64_t *sw = idx; idx = tmp; tmp = sw; }
    }
    for (i = 0; i < k; i++) chosen[idx[i]] = 1;
    for (i = 0, o = 0; i < n; i++) if (chosen[i]) selected[o++] = i;
    ralu__free(ctx, key); ralu__free(ctx, idx); ralu__free(ctx, tmp); ralu__free(ctx, chosen);
    return RALU_OK;
}

/* >>impl-sampler */

/* >>impl-pipeline */

/* >>impl-vocab (generated tokenizer data) */
/* >>gen-text-data begin (tools/gen_text_data.py; do not edit by hand) */
/* CLIP BPE merges of openai/clip-vit-large-patch14 (MIT, OpenAI), encoded (tools/gen_text_data.py) */
static const char *const ralu__clip_bpe_data[1864] = {
"!l!q!w!k!d!q!u!h!d!u!h!u'c%Y'b%[!r!x!r!q!v!w!r!u!h!q!r%c!d!o!d!w!h%g!l!w!l%c!w%d!u!r!l%h!o!h!l!f!d%i'd%X!h%X!r%Z",
"!f!k!r%g!h%h!l!o!h!o!v%i!d!f!r!p!d!p!o!r!d%c!d%n!v!k!u!l!o!l!w!l!i(#!q!h#v$m!u!d!k!d!g!h!r!o!y%Y!v!l!x!u!d%a!v!h",
"!(%h!x!q!g!l!e!h!o!d!z!k!r!r!g(-!h%c!p!d!q!r!o%Y!w!r'j%g!l!u!j!k!z's!l%i!|!r!d!v!v!s'c'w!w%h'q!l(Q%j(O%]!d!g!l!v",
"!d!e!o%n!z!h'c!h!w!h!d%h!d!j!y!l!s!s!v!x!k!r!p%n!/!/!e!x!f()!v%Y'g%h!p!h!p%Y'p%a!f'k!p!r!n%Y!j!h'j%i'n%i!f!r!i!h",
"!y'g!d%g!i'v!d!x!s!r!f%Y(N%i'f%Y!v%h(z%b!f%]!w!u'j!q'k%Y!e%n!g!r!w%]!z'm'g%Y!n!h!s'v!i'm!g%h!e!r!w!d!z%Y!j!r!k!h",
"!w'r'b!j!g%Y!e%Y(V'o!p'm!d!|!h!{(%%a!s!h!n%h!v!f!o!x!i!x!t!x!y'r(4$f!m!x!p!x'q%Y'd!g!y!h!n'i!p'f!r!s!k!l(h$}!s'e",
"!d%X!u!x'c'z!m!r!r!i!f!h(3%l!d%b!d!s!j'e!v!v!g!x(I%l!|!h!w'i!|(L's%n!q!l!f!l!s'f!j!x!i!l!d!i!s'g!w'g!x%e!v%d!j!l",
"'k%h!j!u!j%Y!e!u!s!o!(%i!p!l'b%Y(^!h!e!l!x%h(.!r(6(9(K(F!d!y!p'd'n!w((%`(;%Y'j!u#h$M!f!x!o%X(+!r!l!p'y%Y!v()!i'b",
"'e%X'e!q(E%X!z(a(1'o!s!l!l%g'c'r!w%n!s!k'f%X!h!f!!$p!p'k)=%Y!z)A!w(5!f(,!f(8!s!x!w%Y!z%c!p!e!v!r's!l)J('!q'i!k).",
"!w!x!s!d!s!u(i%i(D'z'p(]!i(M!p'b!f!d'd%i!v!d!w'|!h!y!p(u!i!d(s%i(*%Y([(t!j(5(I%i(6(d)>%h!p(,!k'w(1(n(0(r!j%](6%h",
"'c'd(+(9'f%i'l!h!g'i!k%Y!f'e!z%h!z'q!g'r's%Y!v'g((%Y(b%Y'n%X'l!u!d!z'l'm!u%Y!f'f(&%a'p!o!s%h!i(/!s(f!s'm!g%d!d!n",
"!z!l!i'e(D%d(.!l!e(E!v'o(&!o(D(G(%!o(f%l)_'z!z'b!h%a!e!o!v(:'p!l*0%Y(4$`!w'k!g'g'x%h!s(C#u#<!h!g!v(!!k!x'k%[!g'o",
"!n!l!v%]'d!q!f'm!/$})(%X!d!}'b!h'f%n)F%a'l!x'j*,'l!l!j%d(=%Y([(J'f%h!o%a!p(Z!e'g!f%`!z!d'n(U!q%d(:!j!i%Y*U('!h%i",
"(S!h((!n!l%Z'j%h!(%b'l'r!d(d'd!j'd(}'d%h!j*4!e'e!h(x(_%n!w'y(j%Y)Y!i!e*'(R%Y)9%h(8%X!l)!!i!r!k'r*d%n!s'y's%h!y'i",
"!x!v!p'q!k()!g%n!h!p!v!n!|'i(_*8'x%X!u%n!x!o!k'f!f!n!w'o'k(<!k(&!u'y!e(M(c!h!z(-!w(/!g!d!s'x!e'v'l!r(E%a)g)!)'!x",
"!e!d'e(Y'e%h)c(y!i!u!w'm'p%h!f)(!f(C!w*(!y(&'q'|'x!f'n!g'c'i!y!r'y!l(B('!f'd)-%`(C(')l)8'n(}!s(/!s%Y!h!v!l%a**%y",
"!g'e!|%h!r)H!l($(4$_(j!p!w!z'b%`!v(@!f!o(0+c!w!w!d(!!o'{!v!|!w'e!w'p!s(8!v!p)a!f!v'p!i%i!(+!(!!h!z'f!w(;(V)r((%]",
"!p%h(%%Y!s%b'j*j'q!h'l'f)z%`!!*>!f)E'c).!q'r!w()!v(&+C'N)-*,!y($!f(*)6%i'b)n)Y%Z!x%b+>+{!r*9!k'j*-%`!m!h!l%X(:'o",
"(B({'q!w(&!l'm%i'e!f!i!i'l'g(e(d!j'n(B(G(%%n(`)]!p!p!l%W)B)Q's!w'q%h'k(]*I'r'n!j!e(/!p!s!n)b!e(;!e'f'b%h(+%l(.%Y",
"'v%l#h$k!w'v-K(J(c%U(+!z(b!d(B!w!{%i!i(((!'f!h'f!z'p!v'n!i(*!e(J!q(V(Z%]!q'm!j*`(0(9!v(v'x%n!g'k'y%`!e(o(x%n(_(k",
"!s'd!l%U'q'i!f!u!d'e!j(M(H(r'l'e)}%l!/$q!i!o!x!s!g!u*l)C(%(0!z()'l%h!l!j!v(;+r!|!f(;,8%l'x%i'b'u(q('!q!d'b(A!j'f",
"(6%X!v'j!y'|'d!w*K'o(H):!i(8(@!l's'|(4$]'y(<'c!u,D%n(!*=!g(5!n($+0%`!h%e(:%W)=*M(3*s!f({!f%i!z+$'d!f+('u'c(,'m%h",
",7'c!j!j'j!w(3-b*0!h'n'i*}%n(!(/)+*H,(%Y!i(w+-%Y!g%U!e'm!i(%)h(<*l%`(:):'x'f)G!h!o)y!w'n'q($)c+Y!p!|+((K-<(1(/)!",
"!q!x)1!p+/%e!e'd'c'g!g*e!j(*(R'o!j%n(4$[.S(F(=%i'y!n!h!w'l)A(j'i)4(r(4$T!e!e!v(8!v'k!g'n!h!s)K.I(_%b(7%c(D%n!i(E",
"!f(5(*+O!z!q!k(8!w)d!z!u!x%Y(H!j!f'v!o'd!f(+!e(5!d%`!v'i!f'p'e)U!((9)X!k!e([!g(/!e(+){%['g'y'b%i!w(#)'%n!o%U'x!j",
"-7(k!p'y!y'p.n+R!o-L.D%`(3!z(x!v!v!z'f!l+B!|!k'g**'R!z't!p%U(p)s+E,@!i(@!/%3)7'p'y%]!g(&(D).!o'k)/%i,f%d)K)&*t)&",
"!y'n!g'|!d('!n'|!e(R)6'i!p%e!h)H!z*e'v!r(7+b!o!|!v'|(K%e!o'b(!'d(K%d's'i!g(u(N(U!w!|(S!r(3'|!e)E'b'l(B'i-Z#)!z(&",
"!o%h)R%b!p(-'l'i!q%U(&%n/Q(J!j!d!q'q-+'m!p!f!k'k!z*X!d(M*7%W(*/G!s'r'x)$)z!n)N%a!d%]!f)^(!(*!j'g(1!p03-Y(3)$'l)L",
"!k'p*w!y!}%Y!r%h!s'q!y(Z)@!f!v'b!i%Z!f)f!f'n'd!|!e(&(e-I!w'b!z+T*-)O!n!r)Z'x-h-G!p'g(|!z,5%e(i!v!f%d!f'x-,%Z'n%h",
"'y%h'c!r'd!l(!!r'x(Y!e%h!w)z'c,g)1%Y(!(%(c(7(A%X'p%Y(!!l!y(%'n)2!z'i!s(R!(+Z!y(8!v%U!j%h*%%n!m*=(B0l*b*;!q%n(;'i",
"!z(%!g!g(i(%!i*$'l'|)''d!o'i'j%X!g)t)k(&-j,4'l!d!f'g!z).'b%U(=.w!f'j!q'|/1'i(1)r0Y)u!q%h!d'c)7)U!v(F!g'f(+!f!y'b",
"'d-6!j(E!v'q!q!|)X't)T!v!v($!v)9'd%U'b'i(h+M!f*)+C$]((%i.L(k(0)!(*%h!w%U!e'p!i%W)R*j+v,S!w%i.Z'l!g'y!g)>(5%a!k'm",
"!;$x(c(:!q(*!r!e(H%h(N!w'e*T!w(@*1%X.B-#+)%i!x!w(1(9'l!|!q%Y'm%Y)I$O-D-@(3)H*[(G(4$b!k%U!|%U!o!g!x%`!u'd!m(*+,'c",
"(m(A!g($(3%n(!'i'p!h!k!|!n'b!!!!!g!|)v*x'p)p!e'x(D/b+9*'!e(0!v(-)i%`)v(-(M%Y0n%d0<*z!d(%)/%n!s%i!z*<+'(F!g'b+P)$",
"!j'v!e'n'p/r!w-s(b%d!p(%!f!|)0,s(A)D(@+@,<+x(S'm)F+Z!h%n(4$g(Z%Y*K($!f'q!n(I!x(k+|'e!n'r'f!w)R(N)Q(G!v'd!h!i*)%h",
"(.'|'l(/!g'v-`'t!l%b(4$a'n)X)F%c(s/4!s'n!j'r!f(0'd%n+r%n!h!x.)(G#h$j!h('!f+T!u!|!#%3'c'j(.!d,e(@!e'r!g+`(A!v(D,}",
"*|(-(A%d!k(*!j(C!g)L!n%U+[%h(@)&!z'k'b!i/s%b!j%U'e(<)@)m(A-A(.+T(S!u!j(8!o+G-a)8'm!l!h!|!l,Y(%%h!}!}!k'd!i+N!y%h",
"#h$g(|('(1%W)i%i!p'n*3(})Z)$!y'y!v(%)}%e)I'A!i*4!y(<+U%W!|'j!v*e!h,O'l(y!r!f!o)M!l!g!f*61-%X!v)Y'l*n*t'r+'0s'k($",
"(4$Y!i(C!i'f(D*v)i*:'b(')s'j!w%k.-))!p*&!m!d(!!d*Q'b'd(U!g1#!o'q!o'f(^(''c(G!n!d!|)('b(S'b(`(^(G1_%i-`3V'e'x)7(Y",
"!f($(K*H*-)C'c'e'e)q*3%i)00{-{%a(='f!z!r!p()!f(y!k(@*F2,!g%^!s(J!f(o!f(/!x!p)1%X)m(w+'*z!k*<+:'o(`('+B,,'f+N(B1O",
")/(U(m+e1C(;'f(1)-!n!m(@!y(G!u(@(m-O+)!w(e)m!w(O!v(*(&%h!w(](Y!y(V(9'q%]!v*(*$23(C%g!v)G'f)2*[(u!p(G!o!o!r(x(+.x",
"'s(<0C($!p'p!e+g!f(E(H)O'l)V#h$N's!x(.'f!j(,!f(R!v!q0T'r,#,L!i'd!k'b1X1b!f%n*Q1+0A*7/t%c(d'i(f,[!f%U4B+X(H!|(^!g",
".m0}+f.c,t%Y,>%e'g%n!d(^'p)f)R.Y(*%U)T(:!e)V)-)O!g))!g%g!n(G(w'q!z*4-$(',h(F(q(c,M%n!v'x!i*x(S*=+S2q!e!|(6%b(S'k",
"0_29!g'q!l%Y!l!s*J)h!j(+!k)M'e+L!u%h(m!h)/.H!s(;/a),(.!h(j,<)6%X,;(c*E,O(0'l!u%U-(%V!w(l'b-('c+y)v'd#h$f/B%c(.'i",
"'q,0*J'o0%%Y!j'm40(F!z'o/]5E(=!h0(--0e(k)I'L*1(<!g'j's%]!r*H'v)U!w(L!d'l.4%U(1%a!q%X!i'g1''m(e!o.f%c*U%Y)J'l3W%e",
"!d!k!u(()3,)!x%g!f)##f#<!s(+!r%](|!v)q(9(`(!(e!e!f*&'g'i!|!p(%)f!i'y/e+H!y(M)j,a!e%U(4#)/C%n)D'e)I$Z,B/p(@*u/y)t",
"!l(,*E'x)`($!o'r)`'|!q*/+K)(0]'r!v'f!d)O*V!l!v(0!v)z!n'f)F!o!f)V((*6!d*9!*$}'l)M(7,M!d!d!j'd'x,u(+%a'e!o1)!v!p+`",
"'b!w!h%Z*%(b(A!j-E'g)+/2!s({(1!y!n!x'c(;!n'n'l'o!i+o,p%`0j%i!w(E1k(J)0(`(=(p,G'k4m+<!j!o!s'p(3!w!v'm(C!x!j'k0N(}",
"!w*:*w,c(m)=!e->.b%b(A!g(A($!r!w5K,z!s(5!h(9!z(E1V(<(e!f'b*r!e'k)i!w(d'|,K)$(:(9)3%n*+!o4&.M!w'j!g(*0)+u//2=!k%^",
"!s)^+_(P(Y%U/]-M3f%[0M.>'e)Z!m'd!y%U'e!g'l(51z%U!(%X)+($'x!w)K!o+4%h)_(G!p(&(K(s)F,L)c-C/T)f)1%b)4't!l(7(!($+I)2",
")G!l(6(6(7)4){!j5[*v-{0*(p0U)+%b3v)&!x(<!d*8!g(l*@),!f'r71(F2o)f(Y%Y)+%[0r(J'y($!g->,n*o)V%c(Z%b)7*n!f)o'n(1(w%l",
"4q/|!h)2(@5X(w+U!r!n!i(+*Y-:(8%Y(m!g*C0=#G%v*;))7/*9*^('(+%i.v($(.(M-a3i!|($'c(l)+'i!p(('q(#!e'{.<-_3t%i66)Q(A.^",
"(p(w+f)h*W('!|!v)3*<!u%X!l(<(.(E!u(*(6,%(.)#.<-W'k!h!q*`!p%g*F%i2C!x'm%n!f*`'j!v!v*v49)8!w!e!w's*1*T!}'|(e0:(j-v",
",&'i+%%h(0('!u'w)}%i!j'p!w'f(7%a/B!q**'S.W,Q(5%b3h'e(D!h!e(P(4$Z-}+e)(!g!d!l+t4.4{%Y'e'p!n!|)4)O!r(d!f%W!o(*!p)(",
"'b)N+9+g,&'|'k.h!|'m1>(<)j!h!f)C!r!z(s(')3,a.('o(p!w'e)h'b'|2f'v(I!z(=(G!s%](`,l(7!i.7),(e)&*|*<)K('(Z(e*W'e(w+8",
"!s)E!o4y2F(U(^!e(`!{!h*]!v%`)k%W!z'd(`)&!r%i)3%m!q'g+-!h!w(<!d(.!f+x(f%i2|+@51)d'g%U(!+%(4$^)X%V(%!l!f,@!m*)'c%h",
"!p%d!i(&(A%Y/N(6!h'x(`(*0H*/'l'{(H.F!s'i-e(](j($!h%`(f(0!y(l(b/6!v({3q%Y*@(F*^+/.W))'c'v(=%U!e)U-D'm,y%c(;%n!p'i",
"4h%n!q'y)P%`)T6[)`'i*t1}(m*I'f(/,J*:(B,{,G'd0Q)8,q*/!e'q3{%W!w'd)T)$!v)l!v%n(s(U'v!|!q(l!|*)(i%n'l(l)}!z(R'|0m,`",
")l,6'b($(S*x)D(/!k(o*P'b'f'i,(!h!p(;/a'c(!'|!v)M7!!l)j%n!h!d09(,'e(:9e%c!.!.!l(/)9,3,J/J'v)$'x%c+K%U+0)C!e%W!h(}",
"!g()(+4|!n!k)B!w!j!|!j(/'l*y+v*/'v+^!p'o!e(-!w+X(e%c!p'|'c'b!o'm!i-_!)%3.=72*}%Y6R%i1B!g!}%U,R*G-l),)7%n'd*.'m*u",
")x!g1y(t!d(7'e46)P/f!A%2)K!v*C1J!h,s(i!w(v)H'l'd)D'n!e(C+q++!o'j!v*`!j+z!d't!r!v)3),!o's(x!q!d%^'p(i!s%U2^%n(B!j",
"+2'i6H1<2}%d!v(,09%U(6*8(`%a)P)&(p106#)t7r39)^%e!k(L(!+m#h$h!v*)(8%h(^63!z(y!s)R7X3A6Q%X*+*G*Q(('n'g*{%n'x!d,q's",
"!v*$(=%c!r%l!p%^(3(y'j)!!}!h(v.^!z.(!g'd(=%n58%X!h(k!i(,(7)h(_'q(I!y(V'k)'(()D!l'e./!f(&!h%b!x%c)J(]'m.+(1'k!g)V",
".q'r'l(-)l)n'b!y6N%`5)%U!e(<*O,]!g(,*[.X1n1n!g(8!x,E)0(c!w!v!h'l+b%c!m((!x!n!v+G)c%i)3!z'b)a!m)^!k(E(|/H0R))!}%n",
"!l('!k(;'s'p1&*p.)(,(!(;!m'g)m)1(v,{'x9;)Z)`(3%i!l/7-j'k)u's)G%Y*|4E(b($)-)C!f'|*%(}!o)L.+%c*@2H,B%Y!l%^!w+$)v((",
"!s(((R%n)-1u(B4[*.47,D'i*b%b)q,%(m%i!k(P)126'l()1F*&43%Y*J.c(I'o)P!w0G%Z!v(^)6:Y!n'g7:3/(0+J!b!b((%n(:%U+]%i!i(o",
"!!-'!*${'c!l!g*K(S-@!n)9!i's'l)l!f'z)K(=0Q)'!|'r(p-[!e*--f%`((*O6a%c(0!p.f*M'e7A4g(3({'c!k2V!n%n!i(y!k'n(h(h's(!",
"(/%a*{+G,+%n.g+U1x($!u'k!g!j!i(;!f'b)+,]+l'v)P)/*O,E60(](!'z;y%X(`!p*1!l+[-;!e-=(w(&)7*$.-,Q!e(y!z-k)T)x!l(H3%3.",
"!h,{'e1h6.%i+t%h3('i'e5'7N%b3;,H!o't*Y%l'p.C(N)8!i'x#i$P)u'i:[%b!.$|+2%h'l(,(K%b-21.!z(u'd)g,')&(d'r'l)),r(o(5't",
"9@'o-z%U!y'd(b8=!n%d2m)!)-),!y(,!p'r;'%Y's($!j!q41('!f'o'f(!!f(M(=*r)s+N(Z!r!k'{(v%b-Q1,!k%h!{!l!o,g*F!o(S!o!u*x",
"!i(0(/)H!j(a(A-o!g'p/W'r!i(P.m%h's!|!r%`!m'm)'%U)^<S(Y%h!d(A/'!x-<*:)+(#(m)`.%2x+;%U+E!r'n'|3x(u-o!w)D3.!l(#(1($",
"((9|8)(](.($<]%c!s*y*t'g!p8Z,K+:!o'y*W'l.q)<9/+8+2%d!v(q'b(U(c-;)Q.X1u%c({*{;D(F+7-*(|+:!u+N7f%i(A%i!e%d!x($(%,.",
"'p+G,:%e-%)d*.)0!n'd)m+1(I!w'e(v(37V!f(J(0%Y'e('!u'i+7)8(:-R(q%b(B'r-c!h,H%h,&%U59*6(s'm(=4))',,(C%h(C(r!m'n;9'b",
"+S/|(=..!y't,#%h)@)B(j!s6Y0.!h)G!e(Y'x!|!d%j9O(l+q/<!z(o)q%W28-*(i!o3g(M!u%^*V%X'y%U+7*M,p)O!w*3!v'w!w(G9!+R!v)b",
")7(y'c()(I,Q)j!l'l'b/E%[(w('!e(@'x%Y,x)2(!+n,`)$'e%c6E%a!s($5l(I)V+:!f*<!h/l)P!l!z)y!w%^(C%l*{'y!n%^)^%Y({)j)0(w",
"(R%]1L(k(H,^*34<!g(@!p(@(+)N(Z,m/D(9!v!o,P'|(H't(+('02*(0(1M(!'y'e+)!s'b*Q%d'l)<)Z!s)4.F81%n)6($'k%X(H(!(52u!g)U",
"'v,2!m%U!s)>4`'k!h!h'b(7,k%U(V%W!w([6_6f:x.x!}!l!w'q)-%X'k(}'e5]!|!o)M'e'd%d0&=3/:(k!w(**+<%!z%U(p())}*s(0(w!n't",
"'v!e!w*y!q)<'p.25:(G*Y(9'e(0((!h)P%n,o%Y)1*_!m+g+_/{3&/I!k)A.a%c(`-R!i%a'l%Y'k%U1H(J<K1<(@.>'b%d!B%S(3%a18)L'n*p",
"(7(<!m%^,U6z+F)t)'*'**%u!i%n4Z)4'd%[8S%`3l+x!s(@/*=C)-)2!w*)!s+g!l(N=q%W;a;n)/!w;><)5/%X+7%h)02)-Z%w!i(L!e'|.s%`",
"!g+n!v(C/>,.)x)!!d%e*P('(4$h7q3s's!h)q,u+:(9;_)&!f)|)0;|(f:f'y!h(H!g>H)f'n)t!g%W'n-#'l%U!h*:(7)U!j(@)7'f!p(M+F*f",
")_)$)()2*7:%+q6+.5/-)k)!,8*s!i-k-%*Z45*M)_'n*w!l!v%b(R%`!g'm(74@!h@Y'g!l(M%X!v'r!o2{4R#+)3!{02!x,C(=!e(,!i'p5-;C",
"1$!g3w%l.U.e(q(9'x)U'd'p<@-4'k!j(6!z0]'g*l!n!e((-d((-0*P6B4K!u%d)Q'g(7!y!z(8!s(V!i%U!p0p6x'r+4'i!f%h#h$P:K)<)44v",
"!h.^!p'j!v(Y!#$}/n'|<=%Z5>*p(0,%!d%W(!12(q!e*}%b)E+^*;(%!r%d!|!q*C,M!n(&(1(<*Q*/+0!n;z*X){!r!s,@1D%W!i([(+)U!A$p",
"9%AM-y!|*w(9(^(y(i%h)4'b.p-O'v%g!n'q!l!}'c-#(f(S!p%b*^*81i($(f!w(|%e)k'|-0!s7p*](0)u!f+;,*%hAm%3!e(8(Z'|65'i(q89",
"'s%U!j(J,=*H<n)t)N*2)1(}!r,^)i+t(.!x,;-G(C!z(=!f,K)`-0%e99(F,i'b!n(l1F(u.v!h6j(A'g.r-2./!e)A)a%Y)M%n([!r'b;0)/!|",
"((:E!s(%(q+@'l+Y)u'{!i'r)z)C(p(:*Q%Y*Y(w/5's(A-4(C2{<_)d+K7B(R(:1L%i(C,)!f*Z)M%U'b.e0m%X8K'm,r5R<A%Y)j%Y4R%|!i*3",
"'l%n)1%i*&(](Z%c)//*(K2p'k%n)3!|'p%X*E(C(7(q'x0=(j:)(Y%d!e*)A%3B!p)L!v%j.7'cCE1e/T+Q3a'r(i!g>;.G(C(@-C%c!s's!!$q",
"(H!m)s(*8,%i)k'e*d!|!d)C(D7]<F*T+4'r+2%U(+(U'p)@'d(s/9)2)I$o'n)n!u'jA*):!s'|'b.i(.20(D!r)v(,!k%d*W(r(^'l/7+O+-+J",
"!f!f!q'f(!85/5/{!z'r!q()!o%d)x1%,`)]!r%a(1,4(7!e!@%1(B+u!v%^)s'{+%'i)R*}(/):!l*29Z%Y.g(G)h%a'b-[(c%a!g0f(h!/'f+t",
"'l'q(.-@'m'i-,)k+[(:)+!f!e's!j+%!e()!l'e(=,O!g.:1r%x+',P(B'z(N)d)I'I)B*x)@)R.9%U([5q(%)E!m'k)G4n,:(i!p($/W(l*^(M",
"*+%i!f([6i3:!e%^(e%h)0(q+E!h'd)t'y%d,e's2L)&+4%U2$%X<h'i)G!r!v)>=*C`0#%i(q*9'd%Y!s,P9`0b)Q%h+l(J*VB`!s%d)s)M(/($",
"(61s8j'r+D.:(7!f,6%`(*%^:h%i*K(9(s+i!g(]!w*G4=*&!l%[(0/}++'r,+!|B1%v!u(-<e2W!z)>!v!g((,J+='T,2%n(!(&:X'g9k)d(+%h",
"'l(@>s4J!q(R(H%g!e(%9f%U+I%Y3-($3)%Z8l%h)g%U's*=0H7L4g*p2M*H(`'x(h)S-%(U*P*3!z3_(V,4*@9++7)+1'*)'g%iD&)y)@-('e)N",
"!e!f>F(<!h)`!q(<'d(1'l'v!w*/+S,)#f#)!y((;g'p)k(9(5'b)N*]!x*G(x(k,*'g'f(g>#-i8U)$/O-p.t%c/8!z!p!u*E(#'k'u,#%`0a(y",
"1=%`!w((8t*Z's)d,U7F<-*](A!h(/(k!}'i*E%X!i)(+S2u*{)<,=*9!d1;(.(&/N'v'y*T!g({+b15(c(8!d!{(R(=!l!r!z'e=K(-(!.|@!('",
")v'q(1+&(S!l+F*%!h;w(+)q)x(r2:!z(b'e!z!z(.(Y(q6F+,):,y19()%[!y'f(7*1(e!j!m*.1r#*!w%XB%;p1`'|'e6M(v!s!w!y'x*$!n(Z",
"5Q-i!v)P8i%Y0r(C'b=t(0($,>+^!q%i(A>{(.'m)x!{'g!r(=!s(m!{5L'i(0)N'e*V(v):!j(;!v%W1$%X!o(@!k*40#!w*^*92O)H.%!g*C!i",
"!i(](3+D*b)a*C't(H)/!v([(B!|(:0I0h'r,p)C!h%j(+!j+|%m5HE*'x)`'x(U.,,Z.l0b(I*G(0-/!i)V(+.8(=(x(7!p!m!l*J!f!k+z)+0y",
"!q%^#h$l:z(9071h2;2U)@)v+/+&56*G,l!l)_'q1@@_!m*''v!f6g!g,Z!y+v'r3-%Y(x-;(`%U(v,l+v'y!z+2!j(G!v'z!k!k3C),!r!{!A$q",
"!p%i)x%m!j%[!g(JAo1[1&%X:Q7c:4)O;/+!(q'o+]%[)6,I>@)t'n!h0M+2(%'i1e%Y!|'|!j)L!p's6V,V)X%Y!k=v!i%V*O);(^9l1:'x4Q!f",
",1!g2w)$!j(l9B!z!j($!e!w;S:y6A8q+;(')6(<-})]!|(&!d(c,S+i!r7i!v+I.Z+U,7%X!h)D!p't)'%d!o%i!m(,*.!s(//}(.%U'm685n1[",
"'f%U'v+ZEV*v,w+k(&(k!s(-+#%h!p)y*o%e:wEbCh(#!k+m)I'W!q'o!y/V-P+P0w(@(A%U!l,.=>EJ!s,g!g!v'c%n+_(.8o8*,C%[<C%a(&(0",
"!i(5'd/U!g,Y!|!x!u'o(8%U!j'b.&'b(0%W143}(S'f!j'o*r)L!f!w18-x(7.H!h'z(`%Y,R*/2Y%e0L's'q.R1/C9!i!w!z(Z'v!o*b):-h(%",
"(|=x'e)T!z(RFq8s;T(,'m!j05(#8p(a*%!x34%xC7*:'e%g!e(b,*5h3l9d'e)j++%U!q*$'v(J-g=h5#%i/8)$/x($(B'l!s*'!v't(1%Y+[/=",
",h.{(0+](Z'i!m)>,+%^@D.r((6F(C6b/W'|!|!|*F+9'p!r,Z):!v!u*P+I)E!{.,(c,2'|!h(U0g*E=|=b)i'w)x+A!k'q3Z(<'p%U(m(,B>,}",
"'n%U'b(:!i8D0q6@!w(bC%-i'e9F#H#.1BBoCJ)&*r%l0G(++;(,!m+O(!'r3<)H-l'c-P<0Ap-s!f)l<H.>7n'i+l8]-e),!n(M)N-O!z'|!s*6",
"!j'|3GCP.$3,!f%g'n4^01(9:5%X+S0O+],/(|'l,r,},=(Y'l-$.T'r(m+o'y%n)j%c!|%d(H+k-T%[31)2)g%Y!0%!.='o;h-k7;8XF^%i(*'i",
"!k(%!r)Z)m/(0u%h'n5t=c:p9P.8.O($3gD;)@+B(B%cBf+Q)3,k(*!s*o*;8[1N!e+m!p!vBg)1!w+z<g(J!e%V@32>2h%{*{-$(.%^(7)Z!.$x",
"(Y%X(C!e!m3P/L*z=s(J)9'r'l+n(B%a(;%U'e)F0h(l(|!w(=!{!k'yDD(J+I%X,G+n!{%m)@!h>g):H<(`*Q/H'p%^)Z%d0j(U!z%m:O%Y0w!x",
".9%^!k(,(R5,4T'i'v(k6,+k(.'g'b*o0a'dCU-y(|+k,+'t!s,n)0)m/0;X!l(*!r'e'b%^0R,Q(|!g(q,%,i-r)@5h(j!e/0,u!i%^<D%X(Z(5",
"I0'y!g*&(85p-P,m!d(:(!'g-c%iJ$'k,1,/!j))(m1Y2^,,5`*/!m%g.4(,+,+c!v+N!w($.E0t!s(<75%U-y's)J(0(%'r,x%b,i'f2m/}8d'n",
",JD>D@,s(A'|7#!x'd%^!v*z(0'r!p!o8>0-*C):+7%X!e)>!v((.O%n:o(}!e($Hk0f'f(]3b)t-B,S)4%[!x%i(7(S!r($8-(J,n!p,#<`)Q'n",
".)'n)}0t(/%U'x/l0hC&..3s3E)'/O*&5:.X!f246C(<(7*w)a(}!<$x!f(u5z5z-o1W(|(#DH%Y*[+`!l'o/5+G(7%k!k+4Fb(`6q,L!o+P6W,/",
"!v(u(:+k)Z25!n(/(II]'f%^6((}!})<)u'd!j*&!g%j!o'n)m!v!i%b<*'t!r%e!h*I()!hD/(J6i;d)B)8K9+Q!i)E5c'i!g*$){(r.@&1)B%i",
"7y%i@#+:4w1#Kl-O8`4+1/(;!}!d'k-J)G-r/n)/+f6+2@'s!}'rF6(G!e+$!v)U(v/l(+,%!|(l!g%_-v+8(x*y!v(O'y)C!e'jJ2EI!v)]EQ(U",
"'g%d!n>)*;7u)X0i)x)s'd'c!h(qIN3i)M'g!f%bCW.:!h(b!vA1(S(M4f);EY6o+l!h9*1|5y(G)1!g!l%d!k)L!x!j.7%a/X%d5,AQ,n!q)j's",
"!q!k!g!m(R($*.)T(1(m,t($!g%X!i(U0T(PE>*M()%h,y150a(,3L%i(B'q'eL5(7*2'n3n(H>U(A!r(.)y)j2i9o%nDW!e*},c(|*F!q'w(&%U",
"0S;!/_1!@P(U!v(3..@''f!g6DBO!i1P!p(<!i)y!s(Y(!!x*&'|!k'z,d$]*o(9!m%d)P!n!u'q!e+%!s%W!s'k!e)*!r(0'f(U(R*(;R%a-=*'",
")x%W(7(y1w)t'n)8I9)L)u.(((3:!-$q!A:H(!)^(p'l!w!q,')80%!hDL4l,*!s423=0h'i!|2VL92=!z:!'c!x!b%S)P(/4}.H){%U(!%Y(H%X",
"H'1N!r/2(:%g/y@w8_,[!h(S!n<RB]4K!z(59^(<!i%h(3!x)G'f(3!|(()C(!+x(d%n'l'p'q0/(1%bJ:-O!u)#)m.q*r)](^+{(!(E)g1c(644",
",G.O:((,1&%i,595,B('0!,[3)/-)4%m!v8`!v+,(A*Y<V)r)N%n(01c!f!q,i1+>e(a(b'|(.'j(`1Q)s'd'e.w!d%U3CGh!y%e*7306A'r-T%n",
"*r>&,o'z(H%m!l!n(H'b!j'i(7(Y)0/C)c0>#i$O)u)M*J(0)v*X)4@Q-{!o)I'a1`(u({(K=`*y0X'e!q(;)n!u(b!x(H%e-g)d(+-/)q-/!j([",
"!}(G'v<4(p*U!z+Y!r%b1/'b-09$)M'r2|*u!d%V*W%e!v+z(e(P-f)O7>/6B4!fF.<{!g.O3]'t7+(1+I!g!|'d4`'o!y%d)4-V(f('*V%^+[/v",
"'e)D/u!q*1-k/cGy!v(RNN(#!l!e)0+[2B(U8N74Ib.`3r+k,o'q-A(u(wB-+0),,'%i)NJJ!v)Q(q,H9E)d:s%W)@,o.&,g/9%Y'cAj!s!v(p4Q",
")Z'e3S%b.y'H*O*2,d'H!f-M!d!m)q%Y7y)d(R/mI4=&(*!h!p%V!j(%/L(<4D)#'b0w.E%l(E(E2%2%C_)f!s!|!h!l!e(U8c'rB$)88:+1)u'k",
"/u4x(!+P!f'i!f+P!g(s.v'i>t%U)h%UDp*G,6%])6!y:6(l(S9y'l'tF@),.@&2,e'g!m.=)K%b!u(,!v.3!d*3!f!e((/I*E'm(:%i*P*8(!%^",
")3%lC.(g,5%X!u+m(m8z!|%a((1jNH(]!w)&Fs'|+f!h0g*/;[%n2k(,/%#>:6'r!y's!p%cIE)<!e++(:)r(3A.!i*-)7*<'e(q+-(.)9'i'e!i",
"(K/2,i'j-9DfOd%i14={!}($+='X;(1Q)0)ZC0%c)03:)}($*r,N,:%W8i($+K%Y-='n(7*R!k%g!q's+U!j!d(|!h+&!}!x#i$M(:%m+#)2/9)j",
"-h+iA,NQ(=%a!h:0!|%c'l'k!n.|6(;m!n(*,R!fML*X-7(=,w;,,x(/:I'y(fK]1n3>,+7,({-+FV%i7^.A*@%n!h%m)j'f)q)NK|,4/j*6'p(0",
")T)`7Z(#!p%W<w%n)R!p>8(J'c'mP&/%)4,^)EE92!%m)G*v)3!w+:)r9%-P!f+K/1'o!k+$!e;%!*%-+D%n=A%i2B*6@FDv(7(w(Y/k!s%g!s(b",
"(B!g)_4y1y't!m(-(4#*DN,m'e(]!v%X(`-b/D,%)0Ci+f'|*E4$*{'k#H%|2O('#h$d@=)y(v't)D'f)(%i){%Y#&--+)*C,e'oF4'l9r.82M!z",
"8O'l)v+o((+L(Y)Q)n%n'e+;!s%e!n'p2Q,V(m'd)6!gJa)U'd)hFD)<(R'i>X)<.%/#:{.A8_)B!p(l<i%n,d'L(w4r=f,m'j(N!e%i)3)$Dh)a",
"+f/<!q.|!x*2'b!r!h!n(/8r,H%n1F+`!e'o)V!j'l.jM%.:(%!r!p+4)u;%!;J;6s(/(j!h1V*T4`)r)+.R'e!s(|(k)@=X!n+yG/7F4D)U+l=r",
"'q%U.W4L!w/VG^(u)I$f7&+{+#(8(/%e**$Z*bO3!p(83E*6Qb+Q(R)r!o%^(A!u!p!w!q-r!x(e!p50(j0d0&4S+L+)!y%^2I$]*O1[(A(=(()h",
"(^-z(*+G)}4b!w)A(D'q3]*8(S'dOX(kC,)<)X%n!n(P5n9G1a4p*;9(!i!f'e,{!f*K,0+i!q'k!g+m*d.X-T%c!s(&'mDi!g!y!n-r,K*.)95&",
"*;%n(I%kJm7t(D!l)g/}-eK<(B(y(C%]0M/{'m%U)q44!v(+6^,c7>>(2B%i(N!r!f!g2M*s.y$V3{2W8&)$!|*<!l7a,:($!z+%(w%V-z%c,B),",
"+79_*O'e<9,4L;+QA5%b!p)M)+!j(+)$!f,6,U=[)N)nFX)t!#${!|%g(@%[-qCS(b'i,7)2;37S'x!v'c(Z3r'o+t(<-L(G(%%U)I'M!g(Y(A(*",
"C+(9'l*3(0%i!s(M(C%V+|AG0_%n!g(;+l(]!v(H<L(#((!lJO*+:&'b'e(C@i+1'q%dHD9z2I$Y!n)AM'4C)Z*]'v(Y!h-x1>)<!y*&'f'e!q'd",
"*+,>E-*('m282F!w,0%i(++^<V'o/D)H3H)D'k!l!n-V!s!g=W;E(`*2!n!n!d%Z0m!g!v%e5`'t'n!l!v:`!}!r(D's)36JBu5++b*M*d=d)7'z",
"!p(*,`1Q(+*s*b8b(_(F3m'i)u%d2)6&(c%W)N=O!k%X'b*M'v*%)M'v/)(1!x(=!f's)0AWC8'r)3%V-B%h2:0t!e(]*|-z)@(*(S(u(B%i)D1m",
"Fx@<)+*+(Y(&!v!i14(5CT.a'b%WGA)L)3'z!+$y!}))!s(6!e+4(K8z5A*M(K>m;u($)T./*r4>6t%c75(a(=Bh(|.iDq'i(AF5!v%l!d)G:R'w",
"5%%Y(0%a!h@&(^Ce0B0z+2'r'e!v!i.93Z+Q(7,I,64(;`;*S@!j(5!gN=%U*@%X!z)#!o((!j%^'f0q!f%XGw-W-ACM'e,l#f#=Mj(G/t15)'!|",
"!j(<Ly*X'q*(!z%l!m(R!o(H,d'K*P't*$!r*VEj+E(8.t)^+t/f!g,/;T'd<9)r)n(/-,-/*d(G!w)o(H%[FQ%n(.'r8y7@!i,}7s*T,HEu(+(Y",
"!j+Q'e%nHJ'r(+!|.L)!,Z0I!x(35r)<)g0B,n!g6s)&4w*(IP%o5/)2Pr0b(A+J'v+]Fm*Z(H-C+_(9*1,I(i4H)1-4'p!g'e,e(!%U!d%Y!g(E",
"0&)V,B(]!o!j'b!n,=7i(7('!m2[!p(P/:/v(Z'o,:'|!vDX)l(w!z(,1](k!j-YBd)|6;;1-j(99*!q)6%k!r.M!n's!e+N6l-*'e(HEr%X!!$x",
"!f83(5(%)G+;=]*6(p4*(p/T4W)^!e+x'b*K)4!{!|%Y*&Hg's(#O93J//!g<&'|!q+y2cC[!n%b(q/c!e!m/E+^<&)<,`(*)k!{!fD80_+P(pAW",
"2D93(^%V/O/61ME2FcDj's0/+I%b-d)fP3,O+9'd.$,,Ay!|He,c!e)M8],[18)<((@8'f!|(K!w!j%V8>1(0@7434#*(1%e([/'/;!}8OPI!r4J",
"(7%W,B+^(x'i!f.f-q%i)6@G(Y0L:_-V(H)`(79i/E,2!n*.58!g/(0y6^7x4w;I(eNc!($}*b%V)X(=!y!d(p0H(=(U*%H/)kDT(7)_(b%U'b%X",
"4}/*5j.:(6(M+b19,qIo's%d'pEW'l(*(S*z!z!|VE1i!g%b:A(<.l-CL'+RA5,|'v)3!n)>.5/)!s%X4f(#!g0p!w(8+v(l0L/{DR(],o($GG'r",
"E7%i)/>I,d$Z)q*X7>!x(p(e)'1N!q@o)I$W!k%f!e5q!d'f2r1|(`(G'k'|(DAC*CK1(71Y'p))Vp0/6B;[;()]'b)<!v+_!h%Y7S+!0B*f'v4H",
"!k,$(v(''l)>'c%U+;(9QM*p(v!wE;*T/X's'e(1791s3%!l(0.F!j%i*o+8<1<1(!07G|(,(KD,7q39!p%X,o)$)x%X3^(}9f(,(w+@//%i+#(/",
"*w.8!u*/(.(o4wQj,2'r-A)V(|!h-g(k)g5r(jQ&8[(u!i'q(|1((pD^0C)L(0(x*I(J-2;e(b!hQ^(,,i'i2w%X-B'y)D%d++($(&(J)n*V+>%n",
"!s2!*E(LAc+i0K(/4{($!e!pL1,4(Y!r'p!x)uP2!i83Ju+8)n%bPP*y,=7Y*%%c2o'y,U*c(((1!s)7!|(,Uw(3,y24F}.A/e!j'f%b(;%h42(l",
")9(].T%h(/%W*O(<9r(9)Q0c(s(y5,'p(w+e!f)O(Y(x*1'd(w4;(S(C!k!u9t+k/;'t#i$N)k!j'x1,(3KH6P.M(HAE!h'c*|!d)I'@!|50T30E",
"FIV1!n!q;f)y!n%j7N,|,d'N!i(R(0!n;J):(*!r=P)H2})E(H2P!j+O<<0E-}.}'g!v(`!g!z!f7u'w5jE),5Cz.g('@R%l/;!g!e'bH7'i!o)9",
"-Q)!(=3J(H)$2I'K7n(l(f0-<d+)3R%[!d(97*)8!n(;'e78)Y>aBR!s(e-B:n#B>t(,O**]'p'x(6!|!o(,CO'i/3%nA}+R)T1Y/_%X!hU/EU%l",
"-90)(%!|+='[6C)<+l!dAc=k!r!g;G3>10(19y+J,d$Y)xE'(B),!y)f(=*+,w%Z4#(n0}%n(H!{41.*'eJX)j*<P!)&!x!fFp.j-c($'l*X:m'|",
"@4(U-_'r)B'f!q%W!n(%*-/m+fE0!v%Z'eHz7Y(-I}(,!vE{H@,L*C,^(='z!l(5'x%[U$;,!g)]!x4C/U*.:{0dXH.c(8!gB5),'q@n(7>h)k5D",
"PE*6(m!p:m($;./k@d)q!j't!f*$!}%o(Y)](H%W/5*v:_'t)D,0'p)n(Z%h1:'o;f($!p(E)X8^)I'HG3QE0u/v)K6-!k(M3b8X-0'g(j-J(N*Z",
"Qq)*-T*j.T'i(`0-)T)i6X(N'p'|>-(96_*[4=*/2n,E)72Q,y*M!v%V!w(&IV%Y!q($DB+80K)n!w%o(=,k)i!n!f)M'l-r*d0c-Q(,(33c!h08",
"(Y'm+I($,x*M:A,IS[%b'f!f(A(,3)!g+L%Y!w%Z!f=U-v(U'e4n(p)k'b)J+|!{)j(%!n)[5B#>+L-A4S):!g/-!/$r'e,s0u!v!i'k!|!d8W-*",
"'eFF!q!f!h5V)^(8'b.,'c%d(:!pOi(#(B%Y+m(&-=(J3EPB1]BX/0+J!h)c0K%].7EqHs)c(s!r!w(,(6!}!u*T.@#@Jg*:Hh%c2^Ga)_%n!j(R",
"+q!z-lEq/3*p!j%e)4)/(!*n/u%c.&4p!}%d*P-:Go+w*+!s8&4)6D3o!z+4'x!z!e(Z!w+Q+q)U.%'o!u)L8c(l's)<.O'|2A>3M}(k!g!f(M(,",
"(v!z,;(9(52J3^3:*^5R!.%1;S2X(S:ULi(y-c(U!p!q(S'n1L(`)6,k3t(U({(A!r)D)B)n!v'{8>('*d29/j/6/'(AG&(kTOBG)mF3@W'r!l!l",
"!j)gHn-c!h(v,=4v1H'r,M%h-f($+F!v'b!m!i*),p(u!g,,,'(_.b!p)X1J!v+$!m'fTw%d.,0B/&!f:o3n({Oe)g!n-d+A!i)]3^)hCt%a4V%]",
"(+!w!r*2+B,a)v)L-q!h6^%n)u+y!q5v=]178c'i)s*x=@*+,5+&F&*u)P!|G71m(7+L)i(U(!%d3h)s(6!x(Z($*F/4'b'r!u's!y%n/N,50%($",
".-(F)1,|){%d)c'f!s't!w)83()9!*$x(|%i'p'iMz'i(.'d5A+e:I.A3m%h'sIO4Q.TR034!z+y*F-R!k%])''j!d-:,Z(n-e'c*P/H*@!w(*%n",
"/&%WBNRVG*(PT)-:CY1lO:Pg7S(<!A!AD3)L'k'i.E,u/'(y!w%m!m)]+L!q2%-',=!r2@%`(|/v!r)R(qEi!e*36l8x!s%[.}*G'f,c(.(t!q%[",
"FS'i!w=%-g!v)4@pBF(])-!o:*%b,6!k!h:**7%X(H!v#h$O[S9[9S%`6j+x/5S9(d(l'e%a(6%^!v(a!v8D,k%^!z/b(/(x(h.#!d%[9--W'v(n",
",r+%-E4^'y(,I59G)0'}(m!wAt,j3x+`(5*9+L-*(j)BS+(,Xa0/T}%n(0(*Ah-J.4!hCx*G)k1c(f)B(=/4.9(]/8)`T];w(7!hLY)&>L(05p%^",
")V+AH;5oXO*('v!z!/${!i%lU;1|!z'j!w)<,`%l,&($(_'e(S/@Gk,L0KE&Y:@''v!v!k7,!z)5+K%n(j<f(A!y!i,,(p5]AyXm)@!l.iM(O/(J",
"CvCv(R%h2R(])Q=d!e+K+=$g-R%]+,5D!y(#)k!iPj2t!u!u(5!|-9)`!j'q'y^V!{(P2R2i8S!n*7%YOK.82R'r(/%Y4M)>6>HHKM*v,w!h6*0>",
"(B(,>1[d'f-g,pM60u-;'y!k([%W0h%hRC+x!y'w(=%W)TNY!p.(/3%Y)}(U(76l[v%nOb%i!e't)a(<!h(c/e2b*[(85y'nQF(P.}%W(+(k(!'q",
"!s(G!s%^()%U!v-r'g!f81,c'n/J5A%Y)s%n/j!hWoBL<m).2n*2!d*2.b,|(M%U99.uS*/f,S(,!y)9!/$x,0Wn(A=y(p,s(=25)13n*@%i!v<*",
"N.(d,hM!'b!g!e0;(H(7*E.R9S!n(M'oJ,(J!v)6!p*4!m.w'g-J,7),(`'n<u(k88*_Il*](w(y'c(&'p4$'f([+9't3&*6*o+&'g7x)-/m'q!o",
"+=$c9-%i,q%^:O($,(($!e+2!h'q-$+R!w't!o*x.<)C!s(k'd%cHb7@*^%k:L)n!v%g-z(a,r(E){%o<Y($+l!r(q'e(_!pB4.MEU*s,h1!0@4K",
"V>*T!f2K)s*X*I(l!v-W({*O(%2K!z'v(//='l0dF0,Y!l*j)G6c!k's!w%WWK*y(i-B(3!v!}'f/)BG)@((+D)t(7/*Om%U(B8(G6,$)P)C*I'g",
"!d%o(*($)T)h.EHT'e!j!g+y)+%h+=#/!q(&!v)f(m(<(A'l/L,P53Ms,#(<'l.|!i'z)a,C@#)`+#(K)0%Z,JRy<u(:(=)G*^%VD^*G05]%:w+t",
"533}'d+>*P*2!w-#0T'gJ}*]!v)r2I'N!p+&)q($/XKN!w:`<P,/!i'nQJXP$M--!i%g(3!j!x'e(()OAT(U!v(E/3OW)J-R9<(}Qg(J,y!q(Q3#",
"*r-x!f/f*r98#h$o@W(l(H/D)j!oF2*I8N%i!f+$(K!s'l(<L,'w!w+,+b!q<m'r*K)r)79l(@%`B++`+l-e<i(G'p*:DJ/I!d!hF873-90O2]&-",
"3r,4){%XAn'i)@.i'm)f!d%l!z2J(%(JG,(<){!h!v4S,nKU2h'DFf*uCwBV(0'o6l9_'b%c*;'f!i({)v%h>KCAFJ(y;.-;!v!e(!<XJ[)<FS($",
"0L.>(.)^+='U<Z*9!k+K!z%^45%h!o'g/_*p.b,.(h1K0U%n31%['m%[(v(8(=*V.@'E5'!vHw%n*Y/H;;%[!g(<!u)((vBr*CS$QK*](7(`'p7P",
"!i-W!q(Z,hF#(w'z!i*Z(^Aj-9'e)N4UK$)y'd!r((*+7M-t@n(J:m'i1$+1RR(d'e(w!q!g(Z'r!j(-!u)M(V-/!w0/!s)M_0!j!j-z(*/n(7*@",
"DkHZJ8.xJF(sCb*_6P!f*7'g)@9YD-'bAh%n'p-_'y'o87F1!r!k.4(cG-'{5tHO)E(r+;.**%!l!v)x)J1,*&%n/N)R@P%i(*'|+fCm!(${-76J",
"(.'b!e'i.$!|(!,*({'u!y(R(s!w'f!pB!!v!g't68%[!{!{(:'k1>,N!s%a)X+J'b+|)X-VXG(16c%X(&%X(:%Y'eR5!y(uPu&.#h$nUq)<+S(A",
"FLFL)6%h!vAX(@(P)K)D(s%a+g'|;v!l(v%h(7'e!x!x!d%d(C%b>X'i'f,|,f)#,'5=(Y1Y)a):)@!w4#>`!e4@(m.}1H%]>K.M/c6wNz/6)-('",
"({%[+/4b*w,%'l%d1=!n((($D9-JSd>}/t-*!e8Z)s`5+_(r!h)N!pCp-7/=2&1`(Z0`(B(6(.)Q*Q'j!h(R!d<3!h*p!n'k_D*]*|'f)P)y'b)h",
"4h'r)4,[(++V!u+y!g's9x9x1@Oy!z%W,R)d(=44bYB6=Q>C!w%j(j*]!n(5!e+A!z(b!x%X({2u2X(r1V'p!r(U(m0e(K:p(5(A'p(,3z%i*t9p",
"!d(r*^(rHP)O0[,/!p%a!e(F(/%d)g(r!f*X'e)B(v+S9n*u++(l(!(l'j(U:_T'*J%h(Y($!q'b>0($`R*G/'%d!f%^(0DT(;Aq+q_(-=*z7f(U",
"+B(Q((WX)v'y65*<`W($)i7IQW(u#G%|,y'i'e%Y,Z@f3R+JRU!},'($*o't!}%^B},3,+'b-E!h+F!p!j(y!w(J!|!l+|*+(7(,)v3_2A+]!e%j",
"()%Y(f%e(Y>o(1%m)qLqUa.r5m9i(w'|``4<A|)C)@%d-})$!v%cSY1('d!h3LcH!}LM(_(n)K*I*.LQ)x%UFv)o,<MD.=/T,1!e-P)y)^'r!u'b",
")u%UR=*G'x63'p),1H'i(v!v(N*:(m(R'l'y(:(7Zn+n(v%iCf)&8NNv4#*V(e)TKZ)y'q'r^_={)D0p6;,N'e.5-%U)A-'|)x)/0<(]!s(U,J%i",
"(6%g[T(G*V!g+]<x(pU%LG)&+L%c*Y)N!j(0El^;1e'|,>,28&9M.-5d!v1Z8@*9QH1**=($-E*u(!'n,d'>aJ%X)PZ#!hGQ!l'r'c%m(R)ONT%U",
"B*%Z)>%U!j%b!j({'q8'!y%g*b)$!nB/!e-i(;%d(@%^!h),(.1m'c'n'e2!Pz=')@_U!n(y'm,c(Y(/2T)2(=%m!/$vJQ(l)m73)i^I5>):7MZ/",
"SK1j)F+8FT%h#i$R-d)t!k%j*W.F)N%i!j)EFA%Y*Q7L!q({!k%a!j)V(5!mTb),!e'y(S@y'p($*$'n!e,W!;$w(Q!i-lM2(:!{)G.|(=!d!g*|",
"51(U(+9:Fp,N(|@M56*Z4O%`C_2K!s*(H*-J<d)m!f)]Tz-:)i)O`y%^)M%d(A2X(K%n56bU-qUJ,:(</n%h!e)(4N=B!y(a)P0=)E%b)V%h!w,@",
"(jDIGo4N*1*p(Z8M!!%2'l)Q!hDA'm(<9v2q!lT*!r++.y&,!o(%RK-kMP)8,>6m3&%i(f1(,#/mJ=(L[9'wK5(k#f#29o5f(D(Z,'%])B/<(5Bk",
")k%m(i+Z'c(ME:9C.<%`)'%Y,U(A6E!oOQ*9(Y(*Wf/JY6,/(4#+*Q(-#^#,!j%W!r%o+,=l2O;p,h%[.f15'n%Y!q)99/(&DZF(`t+Q!z*$!e({",
"AA%{/>,P-}I8#h$S*@+k(i,2!j%g=c(8,C'c+_@p(3,2(6+_(B,l'e;u0{%i'k'r-cQn,J!w2]&.)=4U+@'i(=(,J.(G(7!s(I0=0n0J'y'pPn*(",
"_6(<)@)T(M%h>_*p)`%U3R(.'e3v.BQd`z(#Y|!s(K%h.T'|-I%U(B!h!d)B3z)8(*!l)7!l+B3B(i8V.=Ek'x-EU:-w,<9d(/!v:4)C`PP)!l)2",
"!g'wLRCQ.@&3++'|2w6$*1+n!}'g!n(R(pW,.p`N(.*|]t.r!w(%Cd9p!v(<<w-w;/'rR:(<1`($[a%X->L6!l'c-U;5'v8VHr%h,'!hfR(i!m'o",
"(AWv+;8/..*3-o*2!e(6)a`('v(='b*ZNL%Xcg(c-f2P>8(]Vx%h3m'|'b!l]q%d(^)^!i%d6T'n!h0F1w7@'c2D.B%j!n+4;N/f's%^ap*]c$;}",
"*&(<'nT<(&!r!d.t9X%`2RE/!i)d)V(JV#%h.a*uV$%e[k7m'b](6I1t(B+Y'p%d!qC{*7!{*{%d'm7D,t)U'v=Z!q(#!o)<O0)R.@#A*7eZ!e))",
"*V%h5>1{.p)':s%a!v*&/_.E01't.a-#!q(Y*@1ZI,)f'sBh(B/#6I(3(7-[+#(A8U.*!x%m;xFEG,%Y/S!vB!+R5r*6)N(s!p(o(:(,'g(<[l9G",
"'x!h38%jNo'i=f(1T43}!)$r.3!lc70J,C!l+='Z!m*$S=@<1@(},6!n6P3J/x*E0A+&<^,{!g(y!p,}P5)2-9-B'b*1!o(l!s+A)B@e)6%e34%t",
"5l!q*{%U!dLF2UCLK7'i(A72=|IO(*%e+0('!v)/B+(uIY)L,S+o*F%g!i+$6g)2DZ*{(4$d(bId((17;h:U2D,9(=Zt(&'{(b!r!i)A-}I{)04*",
"P|($8I%d.}9[4O)O3%%i)V)`EhOtOh.c(S'b(B-M!f,//O!x(&%^'c-Y)s1Q'x[ibr4U!f(YZM+XMQ4S!z!v*F%V:C,A'c'q6V=MVF,^F!+VHu4C",
")X!|^)&#(0)G9tCe!n)g.$'z!q%e,=/2!z'g(=!|,k(l(()d!y.O2AWtQ8(n(5%l56%m@M/zfa:a(=P{'vLt(:)!7s($DM%V6X*j)/PK(q'kGG(l",
"(p(x!w%g(6(.!w+g(/+i(Y)^!d%_>1=;)@D{FJ(sN`:3Hc1*,`9M'y%i+'1Z*;3P(/1,(pKr'v%n)/,a2U)1!f-$!n(3*['n!o(-2o2K(q!g!q+O",
".-/d'p([DKQA.s)C.U=_W](<,>,E!k%e!f(<!p0/+bWh(B'f'eJv/:Ak'pRi,#!n!{%X6U*x(!)A!e(*'g+i(@%U'p9}.UBlJx08-D(])k)j!y({",
"!o%e-d>4(@($!@D4go)2,S(<(v5VG6(P7+>y!i,$3SQ_(*QC(:9b,1)N052H.g'n!e(l)v+KaH$^!p%jh0@q'p+]DE)|'e@/)@*C!fC*(c+i2h$Y",
"!r!yP_.R9x%1)J/p(*'f!{1b+S6b!l.R!n'm-q)L)T!s)k(.*.%U9k*Z(Y6,(vF52F;K2Y+&)k<{_IHK+=%}(C)/'v%VOZ/[)0U.#H#5:N)2/L<2",
"(.>}'v'})hDA!l+o,n!o(.(*,R*Z'ePv*;.((01()a*:!q!e'c($!i)#({3JKJ(<*},|!g%e!o)((.Dx'p!|0f(nNq3}5z5OJf0g-9(,)^2Qg&2x",
".T%n(p%ZV]8b!z-r(m'z,G*`!f%a)1-1*;!|!i)9(0'|'e%e(='|!i+%!x1T.p%i/x!g(q):1-)2'n)Z!v-p5w'S(!+47n'|6(3n+L)V-[Rb`FU'",
"(((J'p)a!n+G!o'o!v!y,=(rLU+1)4!l*}!|X|+QI,2K!n(V/V!}BRaP0#(rO4jm*C*p+='Y#H#A'b)&+D'b.U=S>N5+(H(A.q'|(B6@(|!s(12b",
"S6(F(1*2P-!e'e-[(Z%U(@%i!w(R>.^1(7'l6Q)2)4!|;Z,6!r%jbg%nS<,),=!z-T2b'n;m(78r((..=A[;(&*v!n([(!'bQxAdCb,),S):,`6&",
"!x!gEe)<,w(l(j)1B$5=!m+e(i,,!o-V!q)^et0F(0!h)l%W!l;s!i*`!q!u!e'z(b(u(HC!**#ABy/I)Q(1'x'k(A+e6e<B)R%e)x%g'x!{)u!|",
"'d!d0u/=!z'n>1-t++%^(|=JT[-@)P-w+S+^,D%h(1'r4&!fj&%m!s(E0A%e!r%W'eK`(^*2,e+`,K2[RD/|!v(b!k+g,t%i2$.`!nCp!l0J!}!|",
")@5},O,L-P'r'y)O!w({EZ,I,Z+1!}()(N(,!x%a9*E_!l8v)''bD[!d<-(#0@%YMp)85#1jLmAE/C,c!w!{!p)A!r!|,1(/)X/H(e%YT=)<>_%X",
"YK*6'e/S`&G2(s,k(.+$,h1Z*&!x)g%WfU5{VSNpc@8sJ)-V(S%n(YPZ)i=[(K!i-%>6!s*$(w+D)u((=w(r2v!s!|(*(Kik(::/!g!k!hKJLO.A",
"!q%_+2%^!v-_Ft)L09+o(1A$!i*2)^1m*1)2@^'b(^%i>0*/(=;#(@)N!n()C/8v5y.X,;Y7+='V9^'p(S%U,RK+!q(b(D-$-=@y3%*.(YDP!n)L",
",>%a!p+;//!w.Z('(!(,(7%Y=r'n5-1S(q1m(1%U-Q(NVs%n!|(-@2@2*r(V(m/y/:+^(A%W**$b(d'g'p*;ga(t'p-W'e[xDO*62v(%/&%f6767",
"bk-w2rMq'n%[*J*2HP)C!iKDC5*u,P%U7#%Y5..;)a!o'kR*!l)|!v7KOpCXnF)H8@+8O%%Y(3(x/t19([(]JI7Bj6'j'q%^(pPl6qRB1Hn5)09,",
"U1'|2w_w(d%a!q(E)/%Y*o%b38*6!l)+612J(/*p(B97(B%nY)--,f'tW7,N.3(.(7(:42(t>E)g!l!y3W+&SM!{+(So(0,uF`'|!p,2!s!f)K'l",
"(mH$)h($!|'f!d*.+m'r!l!h-A!|M_'|2Y6m-P(b'x('c|(#)Q!k(7!v!z.|C=YQ02(;*^,^!oFMF_!w!n)^2n%l){ImUi-VK/.A.,N0(vLF'g+1",
"+7!g!q%VEC(]7*($(((UFK(g'q/9'p'{!w!f;z+n6t*y!i%[*}*y,f%i6k%X1S+n-y,,*FMt,R(`*F+J+=$j,q!|(m%a/e-qNV3,Nm1jR>)L`-DX",
";N!rEA%U)_98-g)L!l(.*[%UbW,Yj[(U'p(v!n(@!k+%(A(bR`%h*U'l!k!e,C%Y!y,0*F+Z#G&&(=)i+f+D3;(1'klW[V,Y!u.j(`,{.b9H(i+J",
"/(!j!|4$)u(@(5)y*|%U)i)C#v$k(5/&(5(!(5-:Tm'|(5,^(q-/DO*Z,G%^(5I(()%n'l3P(e%`N$cf4V($0@'s(p)F!zZV(|)/lQ*])_!jE^]d",
"+v5o(3!{*7($(B!f*r)<WS*f/8*H!z(<8:1!+/,u(3+^.s%[,7!g)I'N)a+^'eBS(7*F(H9b4I(o(I+t)J*/M-/<,w'r,K6$LX+A!q*W+#L/)h0r",
"GF($,185!x+&!e83E%(#)P0U'v%h!y*/6(STC}(k(1Gn*o*2!f(U.&(**o(&3f!j0&+%-D!r5/*p(7+^(=-M!o*u+m(J)3%i1k+A3E17)11e!q([",
":L)8/V(,3e(.'b-*'j*2(B/l(^!l'yL73%(U(3;d!e-P1x,](0%U)_:%2]#;)I$N:;TU!p<R,f*/e!:Z*o)])V+J7^(<(31W9@'k!w(y!u!v:|'i",
",6,0!o!pVf'iX.[0+[!v-g*p=PBr(S*N)YS|!nLHDI)r!z.o'g!q1c(]!l+i7.]b-%*O(q.8+#,/!g++(b>(0S)q!h(HE51l)+%i'g5*)B%a'sk&",
"[p%l(I5d;L([/>%b+7)2)E!fkK)#>_)2ev2J4=.9+=&%Gj<s+l%h!f174=+nCd76/Q'x8Hmvh.YCR.12+F%V)RZc!q%l,&'r,q%aG;'r(q'l!i'|",
"!s'z@[6O!v(V-o,EM_*y!o%gf9/6(7BS(/!i(4$e*t(!@DG8)s(-'n)gWI,3!j()8@'eA-*y(e!p([=]/S(]//)20!6%aL(]Z*%b.s!n'e9O)Q17",
"2B'r3H%d/_)2!x=,FC;!)0)_(v%e)9%Y/L%hi!(PKk+Q)X(k)q3_.7%eVY+X!w)|/:kjG>)O!q%o*V(3,'Ai4r(}-e!w*W0-Q)(u2mez)4%](7,i",
"S,+o(0)rMl%e**#+(7)`+9'i'l)y!hX=!r'o/:/=!})>'q%iB#'o*^(%lG@q(7)TRq('/S(S!z(l(c%e(0/m3I*&JQ'r(YS`*F(d=@>3,'`+Vc%Y",
"2:*H+0%bg=(y(e%g,80t1:oe(!)M'e+ZJz(,'n)'0w>Pp7,|)32&!p4p6<C3(s98'b1Y:|'|(H!l!j(u's!vkp)t!n(8(_8'al)<(ZCu'f'c!}BC",
"P.%X(c=k9c'|f#(u(!*[(&)y'q;2([)U)4(%!k50)E%h+)*O5H%n;J1{(K,a(71:'b(w'd)Z!j'x(0)](+)H+F!gR^%XEZZ6!j!z'e*]*W(_!o,,",
"(5L}+@)**}%h,w)xB]'s2h#-!(%-Qt)N'x:/'e9W!v)g(3)`)+'m'e62)T=;3R!yT|'f0#n3(Z)<0L7B*|)#5'nk)X(rG$)r/L(Z(+,2(:2@)I'J",
"2$!g(C!|(H!k(f95o!)H(R'rJb'i87%U3q'z(C!s,l%Y'v;n)@2a'e35!}(*!h*7AUBX!r/<(Y,09V*f!v)E!o%W,8I^'eA^!g.jh`<3X2(c+v'n",
":z%Z!l(:(bqUd<(n!v=:LZ4SaY+n(M%n'l07R')<5#Ey'y)fG{($5.(JA)%`m|(k!w%c(7'p;J*p)+%W9r,%+q%lF,Lw#H#:5Z!u(m-['c23!|-4",
"+#)8#H#&Ky'x+qCm4O)m9c8|*+/4^&25/C!|b1(y6T3,)`'o*^(9'eAT(+E,(C2&'p(R)T%e7MBr.pEw(M%doN8q'q)4(p/j!}'d6T8'/3)2V*6$",
"*{Di+E%Y's0b*b%X)P4.!iD8'l-M(s'o(i1%(0!v55+e<8(:(v(+K_%i3rF(.+!qJ)'t-2=h(C*sC8(l3(+y!n!u+''|/E()2}(5!d!r*r!g*P'l",
"Kn)o)3%d+q!d+0(U18)f-=Mr,==V*[($)@*+J{,/(E%eX`<[CR4'(=(R!q)yNm(U(|mF!n(6)I'>(..U(pDP!l!m/X!rCw,Z+7)nR',z)}%Y!j(&",
"<g'x)0ix!z*n+=%x(5%e(f%aRXjx(A!d,J)8,6%h!l'm!n,A(v'zLSD2'q;I!g(a8@(&2O7t1)<:o)%l<;7@Z4'i*.1z-B'tco/k3^)d'v*f^M(l",
"0R*A0S%i!s)y+7!h!{%^Z{($F=($'p,.(79,.S1ZCt+A(+%[/D9:gG`7!n1:!v'sGj*G2U%h!vIs53R!9vJC3lLl!w'wH:+i7M)H(!'p!v.O8K!r",
"/0!zMo'v.&%U9E5=Ol%eh6S`<,(yF=('*P'cYm%i#f#*Yh9H*o)N;Z%i5>/k!e)^+_'e+='J,P(l3[(r'x7V2c*I!o%V*.,<(00x/:,Q)I$[!g%i",
"(j+B/U'i7&!z!y,I!n(J,&(l*}!p*+(Uns%d!s(,5.+<!l8W'f)j.D)Oi3+J$b--(:'r,*/[(|%XZC%c(7+J'n!k+D26!w)9!n%]0G!ii@%c(q.t",
"'p/L!u%Ws6-s!g%c!j)>+%!|'x,32:(9!o1+4=[B'e5#2c(ue;(nt^'{(f!z)q%[(K!l)+!w;H4C,d'F!s(P!u%V!k%c2B'|.T(lg@'QK=%V,UfZ",
"*1rf,&%X'b(_!s+1<F(<!v%a!w%V5+)U'n4A!x*I!z%X,+%U)P%h!n,P!i->'c)9gN.[rF*G!u.U.E%a!s%nZ[*2*V%i3z)d-I'r!v*y(0(N(()f",
")@-v9nE3'f!rBy*([m),LX(J@d6@'lWx[M(<K3%`2DBl5L%b)vbq3<(x,K!x3q'q*Y(%)0K`([*{(Z'w!e%g-P(l)-,/ak2p!v!m5`'bQP0I8I(J",
"Mi%c.b)8!v)&0!>rC$Kj!g)949)n[^(l!s()+#Qp!|4ESlFl(/'|)/%a90*;!w)rC-G(78+e+,'e(|0-(Z0xHgNYB#)CCsNe18.j)41J##%q(!'m",
"H!>})B98(1-/1-!g+:%Y*.;vb3(#!u!f(^1%P}([(:1{;2)C(j)i(p;2iM.A){-iG7DG(.-z*C!y!q)L+4%d)D)V!pRaAS%h)Y(_(.*`(=($*W0e",
"((;d)Z%a@4*Z#G&1>w%d!s)U^N<a'j(k!|'o_n!r(8%d!s-L*P%W01%e61+J!v%[!n'x(s%bMV20R7*:!d(ZGx)<;&oi-c'i2R,9!g^kF:*u6c)4",
")I'C!z%n*E2V'b.$(v.*Jx>J({%h!k%b(f260u1G6X>p)K(.)Q'b!u(f2CQCB()<,*-G-I%b0A2p!g(%(K(Q+/!s4:!x,#O=(@'y(|%aCO'r`{'o",
"'l'n.+-l!q,z!q%a)40-7:,^1V,I(q/IN$'w+DUx,d$T)B(UOw(l!w!j!u%c!z(/9J/3!l(=0#(U0f%Y.D!n,:3}6GEB+fd>'y'i)Ta*([2NDR.r",
"*@'cN-%b07%Y)D(une,3.4'd!m,]p@(g(`+Y,;*H!l8/^#)2(4$c!e.('l8!!q=G,C.I!s(#'l(J(M'k(8*u0a,M!h'iKc5O3^(U*U%b07Jr*12i",
"66L#W1'o!w!}*b5&Me(l+|(0G$'o)G($/C%Y/0Ha*;'n)J%c,7x!A!y)y4H'r!l'dw0:d_K!x'l([*.)m,x!g(j'y+,!};@.>)a(r,'(!+)(U'v2b",
"p-(I)/25(`'l0L!x!u2#*J%W(K!{!eE0.,5!(v9:*%%h!e,$!{8w-B(J!q(,.5!g!k*n*t(l!yDm'eH$N1*Mx!FHQJc<2P-.a2a!q-y'dm_.Q(CJE",
"(cKF(e%VGF'iVL(];OpB/;(9Dk*]!w(o)P%i(5!s(q3|-o,k,=%h9c'r.@&4Z`--14I#<^,l)u%Y(j5jI|/VBB(]!j(Yf@(](/(,!w%b5tX@-71G",
"!n%io>%m!z20-B%n!e2{.O'i,p%YUr<b-%)8!k%i!nmT)^*n'c!|!*$p/EIm's%o(jCL+m4;!z@$!#%-'fKy'eXp05;L)xe2)3MA!n%['v%a2m(k",
")@(|!k%W@I+A/7.A(|.*(7%b!q!z'mrP(['g!+TB)I'[J}I>6<=t)x'x!z'yZ+'i(H)y)3'f!u,,(1!vPH*(0j*Za)Lbx!pKh*10p(A%n!i(Z'c't",
"]V-i'x+V)k+A)G2Q(S!dh84^2ch34Z*nUm,9(S@e.s)2DB(&(q*6!o-P/3*u3G*+)P5*sdwD(i30){($EA3yX%%l9VQO-dtnDJ,H30(J(=/j'b2T",
"!g,)'l(GJ=(#.B>)(=*3T9T^g:($1074,U6abe'|hd+*-%Na)4%e9m.;!g+A.t'i+q!hMV*:*7@S5j*K,JTq+)%`*F(U)m,/!p@HFm1P(1(''m2K",
"(^e/!f!s-U-UDk*Z(R9<)0=S!h+{+F!o<e5D45-*)`%d3g*=-dI`1X)Q(+/=(v(<(f%d90!y(7'x(q2v-q)<!f+XB}-J!m'b6A'|)n'i#h#1(;.s",
"pl*:/&'r-T!qC.MG!r1W1/(r's'g,>*H+g'rE-;I(Y1Q)_%[)0%b,R%a(()G(p)_*P6>d[0c!f+%)lLa!y%W(R)C(_36Q),Y#h$i!kE{+9'k)FS#",
"#h$]'b(I-E%Y)34E(AJC(=!w'eYq'c'p)Tc3!o+m1a0{(e(S,'!w'b,s.a%d*78!'e(A5t*O3^*Z-o,[4T%`6i)Z!dQ;(%OI!m(b!f)d+P%Y'q!r",
"@^'thr.:!e%Z)aO|!e%c<Zx%,)1eJ'q(y)V!s2#)mKx)&X0)<Vc($'k-w(@>3Dg*G'm,w+,%^!m%h:L,3(H=W!f0i-QnK<m-4S^+Q!h>&!p%[(^'|",
"'l1q!;!()j%h(`!v0@O=;;0y)+!z/5=:){3=8@4;+;Kw=P-t!z%gpG+8(3,^2#.&*+4*X55eNT(,JjHT,0*:m@4<9E*ZD9.A!wA4+2!|(^%a(7DA",
"'b+uS4.*(7/L!k(G'k%^'y'|)q%d..,/EZ(<!h!j`[hc!q(8)Q9$Z-'o7979!m([Ft)</0E.!u'p!l!iKGKw'x)t!j+m(e!glOZ1!o*'=M($!j-$",
".B3P!t%V(_8H!h/L(d't!f+A1x5*MR)]Y'(K'j%a!s;k!d(=/s(U+S^'!d6a+0%i6P't!v)^(:-4(e!v,P'm/_3J-q!w'n0.(!%n4D%Y)-2P!pFR",
"!h%U!n(,+=$h)K%hL1'k!w'uB(,z'p(+!f/I;@*v)D)M'j),!}*./x)C2c+`4:g38&6$!q+$,0=X.W/d*ou[+P%i(7%o!e(t-c/I(1(,)'+obE(g",
"!g%V/%#1'm%c7p'i0#%a4O0:(H!xrM5o,o%`He!|-gkH+|+k-=@.!z)96<.q90T^1]BZ(00-_/<3's)&P_(#bN9gio+$!p,PUt4>*r/*(K+&)u*K",
"!d(;4T%ec./=Ld(]G:*[rd,I(i%[B)*/6k)|-c5q*E%YLj%a!|(Rk5'|,q%YG^,Y)'-r(p.$!u%eG:6f(+(,W=%[_%>[(f(^!s(L)D!x!}(E!u,N",
",`6$'e0SFc^<(vS^(m)$oh36!w%a[W(y-f)Cat7kVG)<DC$rD(%^cj-GhyQX!|*]({(1)1;m'f:36#qj6x(l)00:2n)/(i!f'x(,DW8A!hEi(v,k",
"){!}(S'g!n(u/U'd!0%3NO4'A|%`5Ba7*@!r+=$iDE/6)I&)(5%h(`eq`j+i!w,}!s(*N-,u!y+;(I(k.&aWWNL{Qy+w-Ent)-(k(.2U(5%X+D's",
"05(L({x(C3b,/!k205H+HG:x)6<Q<Q(elrY}Ub(e%e.,b82n(r)/5R)B=,,y!ne:(<(B,2(e%b!z83N2%c'd+t)Y(w*E(0+7($2R1PgH;sL$'f",
"!o1T/%#2!p%k!@!@'q(q)-!g+#!ouP(t+q0t#r$k)+!i!v'yBa4**E'kGK%]Bv%i-_'iJX(nkx*]FA8q(7Ea(^%YYt+iv_%U'v%X3H'i'e<&qG%-",
"(C!vR:*T!k!o!f((,t!y'pA{Z5'i(B+oFf)2TD(k.W5d(H8r1w/ml`9^)D%^m*--N](/'x%d'v!d*^H>(:%ab^($'e(c!u)9+]D}4OZN!|%nV_)<",
"(.([F;%h(7Wz!d'b)g(o(R(e*I%U(z!pO4(n3;($Oh(}1c+R'mLz9E(U'eNh!y'm2Y4bZa%i@C'iQT'i!q!m78%o!#$rV*)`x)r/%.4-E)a('An($",
"+9Ve!{JN30%nx(@/%)`4;!v.91%(Jx$O+i/t!q9!'iO/+A!n'e)J!g7!I_)i2P#H$o,Z(c2#2Y3L2=,q)E(+I7,C!k!h(y9i25(A(c)u@e>@(s",
"(_/l0S!r!m'p;:+QJw(<G>/f53(!(.++[edW!h%o's'w(p@88,+%(!%h3&*Z6eLC(E%`BB:VH:AQ,w)$*w)H!j)M1S(12]#<-,%n61%otMYg-T*M",
"'eC#!l%o!w))0[)Z!k+2Q.3!qt(0)3%a(j*@<}#@(['mUf*:gk/}'eOr;((*)Gd2je4pm9)<'e!y'e1W!l.*!q*v'x%b!d1sx#V'{!u%b(|(x1a(=",
"*@,o*%-w#G&$(p(3+#)g(.0>!i!|!x%U)D'm]Q(J)3!e!($v<^,Z;.):-B'|*W+k!v-@3z_Y.E!jg.#_)sAX!g!z6-qc+#28NG.hOV0I8o'b-U,/",
"3<,Y!heo)Q*6-e%c+=$dx(s)H.3*3.33/gE3!!y+P*;%X*V'i.5*y!)$xN6q1Q*'z(A%g!r%kI'*:,<(R!{'o(j)T!d%k!m't([+A3<(u-h9(0L,$",
"(A)v(6DK_A)reB*pC,4>-g7l!u(U!y'o!n!o(D(%Y%*2-Z$Q)E%k4q`_(|aF3z,`)}*H(zN^(K26*^'lZZHK!u-#bi_H)G+e.@#B:&!h)kB,H;'r",
"!}'n'eGP)I'B)v.9*V(#n7+1(R!|=J,.10BVfF%d!)%-)T%h3G*W!z(P's;6(:!h!g-x>ew3Me'|'d!x(c%Y(`E+:;,A)@Kr3Q'_Yc%f+I!h*33n",
"(0%et$(y9<3|(c!jsG5e,#)C2@(,05.`(H=H!r%[*o(''f)&V7<s,C+UYU%a)n,/1](=5V'v(()ZCd1}-2Ef!v(I)4CK/))H(M%a)B*G,H!qq{*y",
"FH`q!#$q/'%Y!j!f/9%[bZ*{(8)2(@)f(3(U3g20*r*Go77K`p+1!h)n-f!n2#;7!p+g,o(R5L)O(5)t4r+J([)Mx,J('(v(p!k+GF+)8!l%e>#T2",
"*J%d's+D#h$Q5c($,x9H)G'bEN=y,'76(5*73Z'p6U%bo:C3Hc0*.41I!e+Y2L1}Nz!xx%Y.j*^'ec5'>(=%d,8x'in`%U]>(J1_-i'e)_/2'|",
"+l'x(0!s!i+c(0!}_*C|(6,^(=R5(B4U!p!g!n%W(C%euH-x,5!s(;!|!x,|.p(U(=!px*6.e-QO[3,(<!r)N;x7Rx(Z(.lw:1!l(9Ba4;Da%h",
"1](/*J%m!g1J-}(*-U(/)`%n!z*.)n,|!y!x)B'e!o0c-f/m!u'm!o+Y+/c05QQe)0(K/89M(m*X1z-4(Y*p!h%V,wA>/_!f6x'gKx)22k'dn$+w",
"*El{(@EM-[`v9q^4Ar9})1)KDO%i(+=ZHJ(l'm%^/7%U!g(#)a%d+;%Y;;%b(;%^(7'r.7!o(.1i5B&0,>9}-q,N(iYwX#d+(6%a.3CKbc,N*@(`",
"+I%U'c(/)9!x(`.*)B-[,d'P(f.*(3('(K080K)&!p(g+F(N([`Q(H(_!vI<!j!e(bnoID/}0q%e*;'dry*(<Y(l(6!ljn*X)}+^)V1[6T(*k!,E",
"JH)|!r1R6,:yL^+Y(w'f!u!k09'd!k-=/(%n)k,E!h(A!q'j!h78(D'ne'(<AK0E!l%mgc,L!e,{!w(K<,/-.}%U'n'u7p'|x#A(](H+&(5%]'x!g",
"/c1R*Y=x(ZcE2;)&^}),!y*<*J8V0)/#!m%Y,y-*!y%V(Y%^-l,9(Y%nlcDu+)t}*CDP)@)]r}e*)E)h!d(x75(<!g0.lR+1(4#,(O0E(('jID)!",
"(:*@Vv%iOl(r!q:$((%d'v)`(.*]Yt'o(!+K'b(eBdL>0&u}(^hV1]1G(8%^UC!w!n+O.@'>S,(,'c/@Mp)n9tvd0@,L)R+(Bx39T(360uc(,i(-",
"GM4%'c:Z+S[o)k%U3E*Zr0(]!f%V*O*I]R$O!{%a(.(,*^+k*[+o6-):(.(/5L%`)x($si:y]T@]*O%b!-${'v())k*2(0+&1F,Y)l!i[*4l9P(9",
"/U(b.mS{2a)j0q+&'q,H/O>(lk)L(plD[}K-x!3'w/V%d0R/d)q%UJc-M1&`m(0.8)^%ha94>!p)#1S(+(0'kS='k*-!n'e73-+(g(%(C,o-Mx,P)2",
"47,m)-HC)@@8'f-wo/%a(B'gRr!q!|%j*|!n/%#-!f=%#H#7s%)f.E*H(70r!iJB'c)],d$W-e15*18u;H*;0j)dx#o*62]'L;L*.!pN<!q))Pu#<",
"x!x1R({%m)P'b!e+z!o0i*o/<9nRb's+X:R(Z/'(9*7%U,+(M+4Qkx,!(y.s1I(+!y'c'o,R5=x&B+XQ*,NqV*^07H|48%V0R,9D3%i)3*2(x(:",
"(m,pa!-i!p%`!v(k!i)>.L/v!i%eUK*z+B:<2F)dPm+n({2X!q!q!w2VG&/v41!i'c5|.,)N)-%Y-Q6@qB+Q!}5*8{-p.E(r!u!wj.+c*.@)-dGp",
"!d(_-Q):Q}(]!j*$Ik7t*F'gx+(.00@wLk1('3I%`;a*%!g*p(%(l)i%U1x!d)0i<(!'t3I(l,1%^(`t+(!(G'e*}!u'z.$'q*E()+='^x0i/%",
"`A),!u%i!s<RWE'iJuiv!we7)mmc)++^KR'r(+,M!{%dBz3!!o9z)6'ph},)(.)](ScZqJ+$9m/#;O%^R`'|We's)9%d)K1T*@'s!j/s9v/|)mKb",
")m*%x!c@X6>*]'d=H654E)-.rDh(n!i%mJH)8){(,Gj36)l(N!v(=1C+2)i=i0(0(u8^eSM%m(q)a)-%c=w)O!|,la'($Xl%l(*!ex,Z3Blb:5",
"!nmt;J/k(q(A)N!j!#)S1a0H)I#.(B*<!p*)'d_Y)I&'qf+&6g/-(A(9.3,^E`;i'v1Gx-8CX!p'z!a%R(eHz3S!p(7x*W(m3#*O!osv.r(s%Y",
"N.+k9P3A(|'b)P%WlF%Y/&'|Ar(kK_-/,6Gl)J1I+-%n;:'|2#-Q!u!z6*5b,l%^!f*(!r'x)=85(!-JIk,9(CJD*P%`x+b*:3)!i!h*2!i%j'g,c",
"(B($I1CH'l(&w|0;-9<l(1):/EI7@[*h!e,1(SSA(*-C'c%^)XBv)u2{(6+&!v)1(E+&3eKe)R)Oq-/v'v)Y'e(R*C'b(1)!,B-R/nF-!u%g9t*2",
"5L)2s5+n!f%e+,%Y/(-J3;Mw)7'e!h%]-ecu,t:/ZR36'd(35Q2wl7I_b&0>(6dx,R7L(p)Z-=%U<|+eB}.AJc@H+>!|'l*4'x!i49)&!d,^x$n(]",
"6j9d2Y(n-q0.V<*ZH^.R)^'f(Y(#!s(y;`,/(5!lNK'o([!x2%<6(m(n'b(Ntj+i!e+F*F/p!m(8(0)/)kU,(H!}(b(,Yn)</W84'xj4-E!x)u*x",
"18,N^x'r!u)7.E6Y)I'D+b@1)_!|2hvc'p*/(B*2*;'g+]!q*W'c01x%a)DDGXe,Y,rG_(725(+/>!d%m((!xWLsc05'm/X0bb{.AF2)`!|(o+-)G",
"IY)<((%U0g*8*+%o*J,^!f(%@4)d!x%]uT(k)s'qp!%V)V!p(w%Y!m++(S't){.F:s%U*o'e!s(Z<D!g!w-=(5,u,x>p(.Ai4N:,)P(.jIKK.t)y",
"'e'bC$(FPi'd8]>r*V)2Q;2b8i'|f6!|!q++3Z'|)D+Q!x!{)Tk>,k(J'c-M((><!x/[0U%U>k1!Dg*6!x)$MB)Hx+d(<RI!vIY,N(C.FuE(k2M0t",
",ZP9c<(JFC($-o%i)9x&[KYL7)J(,Jq'z!v>Y!h!kx)d-k!o()2X.F,Z/('e!h(|,[(c%X(8UT;H%a/UZ!Y>Bc2c%e'eZ<3a(#'x`V,k($*t+1",
"/a'i(&*.)mx3:(6)`!n({!g*uB5(k/SJAx*h+i0)97(v'xmU)!(I2JL^(y)X!h,U'o<KeW!xrj!f1j/D44!l%k!f+22X%e((%Wdg/v'f>5,>8V",
"3w%d#h$epo'|FC!r(AXJ)nBX.a1l6Q!g.g0c3w(r3[,^(I,k-0=F,1!w(=)l*^%m((Kr5B$R1B)2!n'z!w+7!k!v2m[Y!v-V(e*vJ-,3'f!q3l!y",
",6,1;U+&!qE[Bz'y!s([[^'r(75h'x+oq,)<,K+J'x.s@E%Y(1+!x++.8)F-;BE'i(3!l4OEE5-);LO0d!v!t(v%aB*-/!g%a)@(P!#$|//x+6",
"'x)l-C1*)R):rc*JP1*fAo'e.4%Y-DFZ-Q!v9y(.URCPUNGR'y)Q=`;kt8(U5//kV('|'f+*x)k*22D=B.&))!s+P(HC{)M+!2v=8!v!{!u8D)R(r",
"/;%X'v(m)F4H'k2H'v*sQ:MaTi-/<^.89V)&x1,'wjN.:N6={+|%[pu%U)/1@F;)f'pB[0](l!s'j!v(y)B('p*u_(p;3BBT:'n!r!w!p7Y(Cj]sU",
"St)LbI/v-Q2U(|;6-(0i^o!w3[%V7;;Bx36Yf(('iY>5r!q%j!g'z>-.8)M!|B%.+W|>h!s*x(q){<h+yB*!i/;'b)05j-2Oz3^)Z@F%m!f(Z3]!h",
"iJ+R(vVK((!r1L1G*@24'e2'!e%a<D,),p($nU,3x$5Fl!j.jtH(<)lpH+q/l!e3P,d$V0n!r!z({6s(!Z[D}+#%a(/%mU8!{**#'+-!gC5LzM](:",
"'d(!'k!|!x*Y0}0d((+!)I%|(j6^(jjb)6(1PiZS-%gm)TPl79E!kOF(sTTr-cx'<-a%U,0%U'p<4+q1:'g%^'x/4)''y3Z)<C%T2.i`]!y%X2I'G",
"+D9.)u-r)s)AGq%l*t76g`d@!w1|)g!h!s(a!d+k(c)upW:/(!^9)6'zx!R!v(%(]7X(9!|%X,U(<(4$S)k($+#E='e.gBu!l*C-V4:3}fLTtKP*;",
",#)O'b=_!}(ldOT0WRWR)^($/uucfc-Jx1c3n!g-rHS!n(=(a,(%U)s8D2C!lZ{%Y(j)Ktp2y'p'd(w/l<Y'i.s)OHn+8n0(],B8V04+#(E%d)DM<",
"x&xiNbi)a!p%m+q4@tK%h>N4n:P(r1>,zx-RKLx+A*A67%U!o!f.@$S,1N09v('e#)<x'p(a.b!l'e%ZUQQe(q%h(d%^6I1!NV'm.s%YZm'w!v!j",
"XD7'3e%^052i(RO!BjOW]Ra7t[Ku1]%cY''u)3()x6J+n!l(A!v*f!z%acL@.'b5])N!v)6(S)'%^*7%[88(s;5'g'l(V,r%](/1YL^(<!A$x(p-(",
"e1(m55.Hx%{+}'nx7I(|<0(m(U)(/kVYDYnYYD(px-E(5%^+;(G2))`(`($-(!e'v%i)3%h)@;Y4&3J)E,2@A%nt26oQT2sClv#)T!w.BCp*W(9",
"dO0O*0'g!o%j'x%m8d,Y(*D+9m0;)0X3(!+eu;(#5w#(3H'rFB%l$M1M+t%U!!$r!r36Tc(y(|9b0]*u(|(0(6(@*C%e+9'bx%rH%F_(U'e!|(.%n",
"4D(M5c;Y.5HQ)F%gP0*G,r+$Lm6&l'(lc5$M28!r'x*]!v.pDg)d*{'i2B1j!e*y(H+1(5!}3&4<!m%`*[(<,d'IDJ><(v%l(/*u'l%k'eAw!z!x",
".3.Q'v!g!q%g!>%1U[CA8O('-R*6!jJB!r%XtE,L!v.g)K%[,J)d)/!h/7Wh4O!n0f=&/s%i;u'|KP(|(N1I(@%X,w'g9B0t=A(U!iB/m,)x`=Fr",
"(i/&)I$VU&-i!g%[3<%`x+c6&(+%j8E):,tEj*@!xx6hx4SS48s!l'l!xUMrpEWJ,+A,Ux!O)I'G+#O$!r.t!z_9'eKEZ^*:(@!g'x'o!h)$>.%Y",
"(&%Y*C];)72['d*G*%*y/sEE,o,N(|1GqSN<.L1G*|++-9GH'x1W'k0d8-+Ai#0O!jVd(i-RT++R!A!!*-(k/&'i!;%-x$l12(7(i2A,i(D(&2r)j",
"!m(&!n7,BK4J)@)n*C+J)36b)'(*]/(P>KHV(C)2!z=%)}!w(s!hx,*.&*^x-(!e*&!e7,)PWb!k-MD@K`RUN^*.En)q!e+O!}6V4s!u*X:4!n",
"'b2&'lDx!iS|-Q'd!+!+Xc3|:&%YT<)t;v)O)lx.1!j%c(:8/*&+Q,q'{LGg|x2@x:)!z%j.i*udr);(q-o-=,Pjp(,053-**'J(:7+(^-C//9.",
"'m!rD/'x([%i(vp^(H-9x:{x;20!`v>XESP((*Hb(p*+0i6F)f!k+;!h+Y!n(-!g)#>wx2u*+jK'd-w-+SO'e>Z/%&-)D__14!s(|+e3H'|(/%X",
"Ml6m)=(/vL'i!h*s(wcl(p*C0e4J:+%X(14|,D'r(CAk(A,%(A%[3a't(1'|x)2+f!r)h(Y!p9c(lM5+^)PAG(E%hj^%Y!r-n8W%a2&Y.'d(I!j5p",
";.P,GH0E9P-/r4!v.Z!v6H%h5w%v-2A^B!(Wx;;,m4I,AUcGt*w-/0w,U<Q)S5h%i9J(8+#x%*/7(3,oMD)@!s(B(x)I%u)P0!(q'x-q,z_58/",
"!e!k)a%h(.+K'p+*L'<a*&%Y;G;GDcx(7*+(Z8-,.!g(R*J%aJ8a17MVK(Y)20f(,(3.t+=$P(pBV(e,$*Pg[(KLp6;/K'v,[)h%d/8%ex&>+y",
"(e!}'e0{(i('!g%]HId'!p!k<C!o-9'px*>'|'pSz3w(8x661R()'n!m%jx:,x't!g)l<H(PE7(UU1'i-2!q'eUo/3,m)G'pcO+y*b(9-095!y(*",
"'e;0I'(<(*2p)_!h+F*I(w)H(&'i]n)C#f#6(B'c(Y'|'p!w'v%YMz'|)X(._t<x9J7](7)$/&%h!p!j6V;l*V*.'p%ihG)r)j!|Tv'k!j(6e((L",
"'q'o6e2Jx2PE90S7c'lLH/E)`(f>r'd9Bx,>(y+_'s(!,}r{4)(C%m-9(U'xAJ9r-/(:'g'd%`(7!{@F'|<|=HBNX>8M%V,5x6@(*CBn^n^^E*G",
"4W*'>su|,nx$S3x%h)K2v0g:}'d'qB)'o4T)C'e%ihubQDH($'l,zX0,zx7d+W*O,H'v!wiu+Xce-JNU(k!l'|]Yx+VK_.8!d)N6*%U-}O|x3U%h",
"(3K-#H#,1asJ!g*`(5,[0R5d!n!z0Kx$r/37D!k:!c,R1*=%d(B-x:N-p)3-M(//&!h!}(O)&;@!d((-:x%)*p!.%3)q%a,;)N8j(l8K:V!oU5",
"'b)8)+,['e(e!mNW(.7I'b,)'k;Y6;,z(b'n(['xcq/|(m)84T/[3I%g)0(9upMv-[Dx(*(,!j-WXg%U/E8VJ!'pa{'y+%'g(:!g(.!ux4w:k)E4^",
"'fx7,(f%jUcb=*)U')6!w(_:3b#'|(^/<4V7Bx%B),A;%b([o3!h%k,J)n;L%U8]*73]qpwM-;-,!iY(5o(S*/!q!}(S2QKM'g+0)Ox%7(l!|'k",
"+=$e!s!nW*'|!.$r*%x/3,p/m(.'n(j>'x2x%X-9+oj,-:(=(<'eJU((x8u591j!w(a!;]Hx(&,I(5!z!r,k(e:c(M'ix6kx83'e/jI63A*r7l",
"1)Oq'l((.,!i!l%`+D/{(!B/i8-p*o(<(5-i*P3s3z2b4W+l59%ix+;oQW7)<!f!i!f!p'x.Hd;'z'e(6(@q6!d'g!dFaw`1N*@Ux(b+`(i%a;3l1",
"e((#x+v)rP.*p((^U!g@$K0%U(_*2;D1Z2A2p!e-W)48^'x!pbO39(d%d(3x7R-d'x(phj({H%x!Gexf`gLEh%n'e(yVO8'qw(a(H-:(v'p!n*$",
",q%d.@#C1)S_)PbXvUIh-T19)_0c(3!yx8!ZX*E'tqk-4*E*)'b.q!g+$)u'o/>!|PW-3J8>U'eIw05.R(0!e^&!sk6--2#(|(:P93rq'-a($o='i",
"<D%bC{(kKZ9gx%P%Y!zx&y!s%m,:%d:P):x;RI#(p%YF8'b+;0I(5/j6jQY.4+o(%6!+9%jpF(Pae-;-9!i({3|5Z,/!v+2!d(F,&%V<,'q0AQ-",
"d,%XYq*;C=('!v)**W)BP0.8/7!q!y%i!u1Q!iDejJ(JX3%l!k'oO1[C(e5#wx*X5mgK7**G,;tJ8@'zx0h26((!w-[!oGc*Zrv%cx4Z0OG](g",
"(p%h)/1W>W0**[X(Gq%Wx2B*v(f(++))8uax@y-a)n3lQY.,%Z!;$|(=x-+59)d'nOY!h<8)6)2'p-p9o!|!p7,SH+J(v=,-y*',D(l(S((nQ(k",
"/n/fJ0(C'n36()%^!p).(:4|:A)</9($Jw*Tl4't)k%Y!nR|gT),(0`9!q!j(/!s7.!r9q%nM8M81@Kb.p!w+F%[C}'x*r.j!AMO@25MP+'|.%Hd",
"UC(U,1%Ux:H_4<LxAt*I%hx;A%lx0G1|+,+I(!(++F+Z+L%`!#$p1k<0x+B%-(A+Q>-,%)@bV-Q1cx+!*6!nRfJ!4n.D/m-c`Q!}(&;R1*)j'g",
".y'A'k/o(@,$;U%`(B+^x(mjT(K1%3S9H:KES!n++,K!|Ea(r0S(]Jp'eQur@'c%b*-%e,r%hC5'l=@4d)uX4!g([3f2bNL1=(d%UWNli!eCq)3M/",
"x)R3KJ.'nW+=85mUV5'6W!w+m(b)_Jq8^;2)O9q(l!e+OI6(95Z*2>N(<(=%e'e'|*{A{GA<2'l)^(@!j((2k*PAPSB.j(b'rDa%n)a%eK7'|+,%e",
"7*!v3((-2]&0)_%l!d.*x7uZ1/SA')X2H6X*3*C(7(!)Q*7,[,K20h@(#!y)^*r*st//w5w'V,w-Cx85)v!g%Z.UQ|!n!v)6(x483F4V@u3S=8",
"!<J;'eLu.@'G(H(%x*D1((vAP!y+4)B%ox$-.Xh4*6(.1J8Osh(5(SE%dDQP8/-U!q!s>y'l+X1i%X-v7i!p0c!e!q*W(7(iaFBD%cx/9/q+_)/",
",;(Z+]Iu(+1,)J>4x)uq]R,H8x&|)f)i(10M's*+!w(m!kZ*,|(BIp=M/}_Z)$)Z(m(|/=*J'x!j'jcY0E)B,l;536<LafD|/[600Ebo'c7s8s",
".5O_(v-V:;0El;!eWe/{/)M(.5!|4}6fhG'o)v%o=P(xmi+1x2-*]3[!l(!*.(ja*-+%h(q7i(*!|Ti(9!wAe2;1x(=!jBx<B'p-48O0-)x%Y,w%o",
"!m%e!d)/.$(*RzB.VC--!w,3,w('5[=:(^A.4OoO!u-xx5s*X(+4U(H3}459_,Z(#-K'x(H(;oz('(`1(x+h3A(e[R(mMD!p!ydjAL+l*3x8[7P",
"!r!}!y4K)g($6Y!}/_/kaR('x4@*]F!PS'n)1Q:%c(YjS*W.*@C*]!{,3)k'r!-$v(C'l(3%Y(@0;/:(=,+)Ax<I)y/_i.(1+A!d(@!n)VUaG8",
"+=#3*[*&x0.--t&0E)0]px/d3B!d,]K5*u;))Z!k,k!z'z,R!|5w$f({!v2c0O3v1}.n<a'b)G'q%a7sGt9&&,,;%^*C3/Bz0d0&*X!y+i'e[]",
")P(!I[!n,GrVCk;l,:-^5B'D)'62-f)8(q(K!o-G-=Zb2cOG)D'd:|+y!f!z*^h/u:,$([,.*b-BNR0})7*q1w)&(6!g'vGn3Q&/!i't'e)G.<!n",
"(YS$N{%c!x2p;Hx.@(+>U)-'c*J%b(_>`!s+N){%W'l(;10(*[R7F'nSi!yJ-KG8/2h$U(d%h)''ox+J1{(I(1CWE))+%l8)0E3;/I)s>).3%^",
"*F`6([(5+9*`Cs)M:A'pE%(u!s*&-2udx')$x:L6%1S.0+='S:[,|6D%h(C%X(:!u+B't!s(lx&I):2r%WI4:N(=*]01%U!z*y(!(R*%%^(v+&",
"NV's(+!o6X<{(/9:x:'(u8M%e!z!e/S4}-d(U2)9M!s2{/e8X.$fg*+I$x-j.N,>4b*I%V(i%X_2(=(7,K(:%b04S1(7)n3C'c!w(!+-+@2$GR",
"5Z!q'q'm(Rx@7!s@<3(/H!sAX(C;X(N!hhuI(NG(]N8):5Q%[)7!|/x.`C5gQ!l-43)/)(c!n<L.R(A)`!x*Tx+p)L)=g6!|(J05DGx#c%d(B%W",
"'ep_*1,mx.T/K]l>T(.)>.L/=+9*z+bE_!w(uq:m1;g,I,1Pg)D(tx-0+:)7+{1zx9m>-Ei)/($:wS8+#!g(7)i+F%c()'i/>U2*o%a(ienFh%j",
"(H%]x7E)B!q%]+D%U(m'q!l)t(:%dQUx=-'b761e($)u-L+U'o(5%_34&!0[4^+='W-g)2!l2i,q,S/O%YZe'|(RA>(cQ1K56o18,z(/7D7^[A",
",1*@!j)9#G%tQ89H'b({x']/)!p%]gJ8q,+!x!m(y*b1{)4'l!n-LNK'i!n*|+0!w!i;%!s*e!j%ZBZ)<(f!s!n%`tA('!y,Pk*(<3]0J1r&*(=(m",
"TE7v(0hY*+*I)D'pi_%w4Q+^!o!y^KKjLx(G43Bo'p.oYn%n!p)9!n!f(!J'()(,!tx&o/0!i*C8^,Z%m-d%b!r1j!v)K!h%W)M(l5.'|'p.sx,f(]",
"9P,%!l0I*Y%^)'+g9k)8+FWp`Dx263m.h6A'i(q%X(R)B@R%U#H#)xAg)Q(@x-X^q'l1S%^!n(Y!q!w!g*2'e%m_50I@V:](B(l(V%U)74;(I(`",
"x@a)<,yde'e(7x/}%e(SIo(SX:x&,$T+L%e.t!q(K/l;Z,/Jg=i(H)t)P0`906=LI(1Lhx3gJ1%[7p'r*b7D)7*.'e3<+v7L/c(-(A381@IGx%p%U",
")I#5_ZPL*+4C-c'|-U%c)I'EI6^|)-%bpU/vx0$)L#^#5fiA$KYtN.70*Xr-p@4x,sFk(!F+%Z->%U6.!w`A'cHsx)+(*+8x>l(,*o(*)((U)c%e",
"(0_e(@%YVR);*W,E*%S:2n*H((*Z/n%]'lj_'e'l:).:^m)y0)+J5c!hxA)-43Q&.!s%Vk<x'$xBe)f!p+%'kKhQg,.C$)Y5Z)j(7,|-l!p!s%`",
",:,IxG5($3{5D'l7]6R!wB$)n=2-w)@)Z+U%Y)D%U9v`_*YG_c8DQb3.R'c-rxA91l55x40W*'i/j*/)m),.3%e!d-C!|++(@IW0g7L(3%d)R%k",
"@4)84rx*o!i+z2&!v(=)x(C*H's=b+,Js(R!n,*'|,GOFx20DG*o)U!l,;)s'b(Z!d=M%e'e>{tB6otv9p(A(.(D!|kf+&)_.}!s,IF`cs!y'j",
"1-*uHS%`k91R!j9}*W(.!v(/!x(/'v/DX5X:x%:5}!s9[!g'x,*+`/x/mx<QCuRDxAzx>-.:,Mf-(5,a!f%l()%d!p%Zx14%dxF3]F!;!*w$.0",
"E;Tt(A(SRR%e.=73xGD(]3m'rb0'r9x$|ci!g-Q!jb@:cS4('!m0>(p<A;v)C`Dh=*JA>-P*y0g(k34#&(=U)x<d+i,12k!j)<1e@w(`/p[W+Y",
"E%7IUK@.Sl*3([%Ux27AQ)N6=,t'o+(6NKG!}@=9g([%h0r'x2#,[(1-BElNF*$s;!^$rWm*6/;,)'e,>!j@&<<!}.mL0,5<!!k!wx'e*XLdCB",
"NU/='mx5{2a%c.3%]//@_,*%U!z%d!z(Y:h19)N'e'eM;C}/q*{+m!s!w)G(P(.+mD9!|!v.|x24(u+40E*E!g1_'k)7%b'f-Y(p3;@5!n3G[5",
"1S!g)@]8!x)Y(*%d'k%i<}&1QN%i(C-:=w/m-2)TE^7SJ[,N!e%X/&!|)k'g0&(ox,A()(p<9!f%Z!z++0R%U)sSJ)kJ`!v)$)^%g(%'s:I_dx8&CQ",
"+L%X!k*''x)q!o%kx9,+ydc(#)D(5!h(1*V+kx!<:`(i(.x:]4l(0(n2%!!st*X)B%Y(+!e0@;[5+%U2aD>(C.a,s)CciE+x!2)9cB%`!p%l)B%[",
"KZ+P'd)j'eNB)0HzRX'rp28x.%.{!-$rI3%`!{*.6HeW!q.$FT1G'e)2-y+g'e26!f%j0X%`(m(`x-PW4's%i(m,I(S+$:Nx@A/c*e)V%b'x)Q",
")j%b(I7$48*f(!-r!p'wq)@Hx&LKb!uAX'e%Wx),AdxAsvh)=(<(q,8(S(E!n(CB1#('j)d=`%^([5T*-@]!d2[!t%^'l*'CT)t#f#3s_+1)D(,",
"(f%Y(!({3G..,eNe(f+A.y'C){(a!y'k`w'r(H!na!W0Q:BU*Y6>+D*@5c7P3S,|!z(GaK%Z4f%dONONR>)<,CE:(&!d-2E_-9.H.<Sz(Ax3-(7Hq",
"_m7a)79}^%Te>N)f!v,m!e%[(3'f*$%^xA;'w(^(M8&6&>O)t!s)o)xx&3x#hx<i(@*v(4$i(7,#(/1{'b@!!q'z3L8+JqW<x8q+8:n#C(Y<flZO]",
"9&&4+E!x*I%d433J'pX9#f#+)s((:(+;!n,0!p2!0@*6+,(.(`'e+L+&)Vx&//W@7'g'tn,(u!o(#)X.F'b+Q-l*f)E'wxL_1[(!+DY)1M(A%e",
"(K%Y*{'q67%W(*!x*7'r(v1W,e'{,k'n4W(E*+);/:1GBz.A!v@NgZ4)Tm'i!q+l(v'lU[.M,6%d)q!iu>'h,:);'m0e!k(-!o%[+'($!q%b)R*p",
"x5t)2'n(7/NB'pTD1FQ!|'v!p3r(n]2,mUu%^(A(<x)p(5(@Z8(!%i!y!vx5<'b!rLp2a1!^2A!!o+y6<.:Ui1J!d'wnL%`!AfdbS()8d*z,0*C",
",B%bNo'r'l(8/D)N!d)H'v/lFI.:(='dxCj8qBu,0(eQ4(.*$+]%n(A=l(j%b(Z(8!l)]1a(0Rq'lx.w($0qv+!e(aV_4>7s'p(w*V(.>Y!qKD",
"3h%a*O(3/%#/)X+8.T(J(q'u)I'S(i+^!g(bx)j5+][1I)j3I(z%[*=x4X)Q%Y/D-/.p0[!{%nOp+Rx5L`;DZ*VFx'kxGCFh`b(])TC3)1G`4O/m",
"(1-i5B$c<,e='s)8,k!|!x%^)q!h(jdQ#%#%Uu($*++&(AEk4:LRx9ax9a,C)O,n-R+_!l(B<+0[..BE%hRt.y'm-w-PN5a@'iWL*2!qgy!s.=",
"p6,9;3L{tmh('k5p2&'j)v.j!u(VKs(.IP!}+#D1(5%Z2aa[0CsN)V)*H;(l(5!i0S(J)+(k,w'oH!)^(m!j1w%`'m%X(m4U0[)&*=xB#Z`1M,<1,",
"I[%`)m(:x=G+k*Y!n!z!n9Z0/I/%n-9!wO%'|!m%W'n1l(I0>'e(I'e%U;GPb*C(%,d$M!i%Xa=%d(/*V!z%`5g#6!l'p!{GM[:*+!g2!4Z7@St-x",
"3R!jx*{x'Z)B,{@=+P)3PV2:)$!r!jAUl:QN*6!x)`*@9b(BuRK3(r*F5D6e,,'f%d!g!q+2'wZmD.Y<)2b^%Y(K!z!e%ex*n%z!k,P+lx3H9OC&",
")B'd)a%bF0(u!y!|fFKN*|%lxIb+y!w(U(('o(.Du4h'|/0%VfLuh*+5v!f1T0)(j)7%a'bU|!p!n(v(72M+^*b)`<,UB!s1R.|%n!y'q/x'i!v%f",
"*Y%e'f%W6(OY,+-VT,f<)u)9(v%m.v'r'sq9!l.`!k!g^h(kB6(](s%d:nQEIG%h*^.t/y(s!o+nfx24T:x:<(`%W`w(l<_!wBz%n>O^u7Z39/x'r",
"(z('!n-$(('kx(,(<,]e{)I$](c(c.&)A/Ew,UK,P!g(6((,E'v/[(i!|2:10'g-w(H,1-B'rZC19(x!l(j*F'l*[+m%U3Z(#)+%d's+;x0f`0",
"'k/u_i%i3E-[(7%Z(D0pZ4)<x4g>3(c1[aC(t/;)$)G(Ysj4nA-S2/)4^xCqQOC+*<,`I{,#S#!w+%;@*&(Y)x!r%Y<d+&)G'd/_6t)0-R9vHK",
")K%X:o%^x-Y%uxEGhP)q%Z!g5Y(j%e!v,x)BPKW|rrx0n%h2T%[C=JC){)/DI+:-2t<(3xAF;;,|!y)Mtb4G!qTR0&%Ux6!'o@E@EMB-^(x!|Cx(N",
"[M($!p)<)I'Q-U^/!q)>(|+&C0!q+4!|-z(''k+`b`)d!y+o!h%d(cR$Ly3_'e,2;NEE@R!z!zB/)74@d['n2CxO)Tn'G+S*n!p,a)R!s1)(S!#%2",
"(`%m(eJ9)/!g/86&`s(;)BH=!i)L.W+5(q),P<9M(Z!v!u't!x(UI/%W(x%iUQGq'e-:'k(K`'-wx,B'z!>!>-}/<>8+1cJ*6x.82)7M9:P|'i",
".y#:9S(!!h)a!v(m8E)2;Z(''c(*R*(,x&Qx4/x6}6!(w($,B!pLY(!(;%j<<)dx#G(kFLDQcwcw,C(!,S%Uu,*2,;%]J[)L6>(&!vTZ!s%j+Sx+r",
"((%h!e!v(.'ttd)<x6w)L([%jx5$+`'e%k'b(s(&+@G|'d>kGR'c-JR7%ixO='i,e(PXk,)+D%j(K1Z!v3K!zBDN`,|(+%d!m%kG])$'pTD5t)|",
"/V-4)sVe-Q`CK7*6,q0*B#)n!},{Wz(<(5x1j3R^|mXQD,R!g(S;{xI)x'bn,Id3a0/2!%b0j!w4#D_,i'g(7%n<Y'|2#(@@C6==@AGCvNP+[xPd",
")E%VA*1{!f*y(|%h,'1}x0-r7/x'|(s'l(*){D)!u)9+>Hu!o/E*H(Z(J(v(v'k+Hx38%UA,'i,r%U9<wJH}4')3x#Wo8+!:|*y(5=,(7,R(`(y",
"[.,b[G8Y(|2P)i(b(d%Y!k/H(^+Y(=),'v+A!o.O*%3#.q'z.$<B!f)>(q(#,C(rXJ+J!y(Y<.I@P<7V3<(]V4*6(A*{+,!g(e's)hT$NsxFu5%%c",
"LQ)<(A>h'm(!(w6,Un^n*O(/!r(B3zxH//0%e8t%[x.y,'(i'ex$t4AxI*+1xGZ+k'e0H)v5p!d+F-c7x+_%m)-wv*W%V(c!r(R%U(v%X(K>J!sB0",
"0G%dx-h'|x(O'o'f!n:n#//3(](&%Z,0(1*F!sUnBcx;B+n(V4|x*)%n!|%W)1),xJGx;/!f+`'yiee3;I(7,+47xFbDD+A3&><5)([!h!zx(X%n",
")(*p05q<)x('!m's38x2w47+X*K%W!g+KjUDo(*-:(10B9i!sx=P)8GlTfG7'm422'x1G%ULx+A+]D)F:+@2C%d6q%i<H,$F_4<*1'pdE@B)E)/",
"'xx@m-fx$C!r(%=2Dm+/'e)c%[++%n!f!v+9'r59*Z!w%[Hc,.7s,I!e0Oba+!(.*.(c'rg_+wx1n)<x8E,I)0%X+-6+*OHq!r%U'e+-)=3G)_+e",
"'eBD8j+R*)'i!x(.(Z%X!j)A,8!zhLB@!e,.,#muPi(A*7!j'f%`kbxI4^x'|!x,i(cI)3,-4*$wcZ8($2f%gx:>*]:h15(C0i+]!j!d)^(c(.",
"1H+A,U;5!}+8'fNg)V),6N),'f1R(.)lWS%h!u*'RCLlEr!g,i!|<|%m1X(Hx1Kk)-+'q*1!h.E*sm{)L9S)Z#_$W)I#7<i!|!v(Lx,9<P(I-i",
"67%e4[Kz+L(<!j+Y8W(G!q!o'l(oGw-_)P12'b(x9E!w6s(NO%($*7!hUEAY-o'e)1)Z)=x#1x'jx%9!r%m!u.R@A't)01@(f!j(IMufj,m0Ki=",
"5>-;*CWv5b:3!d(6I5x.$(pYE(7:/Q>&0!ex*%'l(b!;$qhT)t2;!hxGG+Z)+1,(i+k2$+1(O(3'gBX(+3c9--_#f#4(.'e+9(;5tYux$N'r6-%e",
")=U|01-V@I'x*b't/V('VFxA.!z(^*O($x>#'o'd(b(A('KCr:,*x4%X5(;)lx8U(7%d!w+;Qx('Wk(<#r$WPd@H/%#9(^++0)kkN`%bxD6't)k/}",
"vp'|(m(Y]Q1*)0YE,w!i#H#-x7'(<'g%c)I$Q2&%`'k0y05!j!p*'7.'o'k(u)V(.!g)^V|'g)0Q-!f;&6<hk-f.0x)7*y*Y,^i}*6+='>@),S",
"1'(#vY:l!l!k)I'Kx$L'i@515!m+DU:6!!q,l(.'qxMhKH04-qZ-(a=*%YkO*{)7'qKY.A-d9Hx;(+1xHG;i)@]p((,HC/-WgI($x4$)yx@b%i",
"2;qP:RtD5jaU(&!|bx%n.i*6H@%i*38z((781Bs[5m,93x*&AA#-(/%bd,)22A2c-lg$#_$U4Ix:l(5^'(^'fCl.zrTAE+=#*(v=;6x%U!i,@x@3%n",
",q(yFK.l+,%[+=$XB(-xZe*6*;%^3R0y(K(_!r(A!d,E!n(E!n+m'fl_8{,3xQW+H;3JssO1jxPqx8YF=.*x'W8b(C0SFt.j(H(69m3ok@--F&/k",
"'k(_(0%o6<!o6,Oj)T+U)4%b6C,z'eJDUcbm)i(*04%bxC!HQsX%hx'+/K!z%im3*X;`,&!lxKkx=XMc(/-p!n8542kq(Z%d,J(U-}!w6PCAm^)f",
"*%7B!u4[!u(%x,7*X'x*@8x%X,1*u1=>p-T!|(5!k/n'w)x)jx,j-;(0.*nX5M!h!e(7*rn',3x)z#8*C_=6<73x1^'uLj!o*$3G,:+&xG$CA)N!w",
"(AxNY-U2p'l;k!p+1'eU{)1!w!o'p(d(J9J0/x#%%Y)G(%)Gas!k%`W_'rFf/k(*A{ZfmS(&9}8U%o)D>})K1[3f8X(H(.!g+4wC)yNc0;@i/(",
"x+@6w'c(<'k(lx)Tx.*Uq,zE60pPd)<!l)/xO+5g/%%}]8%a(C,,3817(*(Gx+Q*6!l){,J=i*Wx4_*%)21x!hWB'r({%i!q)]!rX7@8*61w)O",
"x$$-J4WMr<w6!J0xKekv4J'e%[+mM)<u%X1k'xhl%Yqix/-x(`'|)P/mx#q7x'b(a5--/6-%bZZ/|-=c>.T'g/e0/xKS1<'e!ex#g>:;9'tx(./C",
")ZG_(`0cx:Iah!z%V!i(l1Z3LVO(#!|0>34%}'n*ujp+o*$%Ux1+%i*7R[0q%Y7#!h3[%m)I$X2h$W!m*e+q1W1S!r61.c!g,1(R'w(7>Qx>.%X",
"_P)dx,L--6;(-xJf+X!q!v(^!wx6;x8]1r#8;:*T!i%`(C<BP]G0xU:1j,]'wDv*X'l(MK/'y(e.5.m3=*P,E413B)+x/%!f(@/0bC(*,P)3'q",
"k61Mx@tx(;*Y!z*C(s^:'rGM!|*PD;p]!w!l,EEy%d!r%n!x%W'l%^!d`+!;Iv.&%dw%=E.T-V!u]u)>%Y'x'd2X2P(+MA6P.*,Zafx&=)`(*-$",
";@'s!u9z3x(g'c)|be'ix&Z'rxDbST!j3,,p!n.E%[)aOG>W.02T(s'g!|889]/%#+)763C5+@x5f*4)N('gr)C!&$}!s!jKC*2)7-xPW'|x/@%i",
"!/$|/y(A(v/j(|(8=J(k!l!d'v+kx;t)#,]%U+#+VxONKL-[)Q((;:@I.09m,V=s'x4Q3J:IiY8yF$(i,kwgwe!m!mx+$=/'d/,({cvxWZ-S.3x,}",
"xN)+nQ>#:,y%Z!q(@5r,z)c4G-dNF!{%WOVcA(e-T!s0p.a'ixWj(')1(_,*)m()om!s!m>Kx&e+=&!'l%a(YH#x:v,z/U(,7y!wOM%d*V(uPM'O",
"Rz*x:N%[401ZQN*Z5Qd%,(5*L%%o!g31SX*(x)`*p)k'xB>5q(7($!zI*]n(rL$'v'e>R6/%Ux#|*.)39X!p3XxU]*/xW3xRF!g!o#G&*Jg(]9('o",
"(R%^/L(P(v,[!p,KoKWt3b2b+='R0K,66C+i3[*2!s%ZR2(]>e(R)J`C!k%V6W(U+9x7e!r44Cw'i5A($(B.}]7)<+0/m+-+D(x%c8{($(K6m(7]I",
"xO^'|*3%U!p-r!g)M5L)C.v'g1wR$*3%Y)K!wfx<NCkuu)j($01*9A,1|(738!|A&/S,3PdxGq4NRw7:H>)x'l(KB#)k2p(@h+x4LZb(S)#(3,a",
"!;$y)m!l7Z-x*1Gt-q-x,`)`,=)U(B(_Ah0dlBU]+D>m8l%[6e9y/O'n/C%U!i(Y'd(a,10:2r:B+ll(!s-=){2$(0)H*+(/R.)y+K'rK0(,-f<;",
"4M*E_L86(v*pda5ftA.*Vsqd)@1N/EXFxNL%n9V)n)a-R2h'K'n(=(0(.x8xRV6P9b2I$U)E('<,'z(R!v+;(r(v,)'e6=+7HB(RSB(cx'y6e!|",
"(h/`)3%^ZG(JC=.*(`!h+@+1!sCQ!i,Y(pLZx5ix5i(E),!h,#,CQ4!dl]!e)]x0X)2,P0;5y0c,U10)s%d!s(')05#(qx'{x.#+R'j(/,=.t)j[t",
"4#+U+P%o(Ks!(Yx(x*b!|-T,3'ex%-5w$b!q)f)a,2480L)X(,2$+@v4*O*7'|x&K&&$n--!p(Vx@#)t)Z+k->+c/t9_4N'|)3(0q>1c14)&(e,E",
"!v,$x04/p(Cc9<Lx%m:V)f/3/uxP@)d-c><([%Y-v4;7z(Yht,YDI'k/3%b!u!e!g=ZxJk^0*@3-55I8,+)L3q%l[5f,iG*v!o'wa''iE^(-3e!l",
"(R)h(q%V!x*j/3D_'e.TND%](q+^5917)B!s!r7$,t!wSZx(8(v!|3q-M8p(U<[1`stKD2a*pVm%e:6'g!j'wFA'|@C1l'v)H*;(53L!w!i*1*^7i",
"Zfwc*|*e'p!d!k($(0=7'b!vx!z+8x.n!l!k'}!m%_e]xEl2L'p()-J)71:)g:%]T'|]7,N-z%a(I%b2Bx;T8t)d0L%U(A1I,f(%'s%k-0+&'v0t",
"!g-p8P)M)j4E!e=%'eEk(c);,6<N(q)$1D%i5Bx9I(&'x-[%n*+1%*['dKS!v+|'u)xwToS'|)x%a!f,.(mD_(v=wT|(y*3%d)I$M!y+`!$,_oz.*",
"*W;*x+{,IW.W.xHTM)Bj%UE;<2!w%l'n%d(pNv({>h*1QW*[(,,1x/N>F*TsM'v/XCSx5cRa6A(lG3%tV<)d-f+Jx=d7xxU_.rx2J%iY%x[ghI%c",
")B(7x@:Mv,l'ixCb%n)q(,N!x0U-Z$e!u12!e*nql3/v58*C}%b*Y(r*Fx%N,;+/)i0!V5/f0_($(+'e-<0!x3B'kA)x6sx[h(#x.JD2^q0-,5(+",
"eQ-R(p1@(C!n5yI{xFd4d2,)$IS3ciG)fx8|<s=J1*;'!h)v'i)Q(fx1qMaxEt4a!)$zLS17*Y%W,hgz:|($!g!if>),'p%n)I&1(7(GB)5V:{iY",
"TgxOv!j%j)B%^i:%UJq)yx@].:'g(UI6!y(!)U2X(,!q%c(7(c,J!f:h%c<Cx#l+q5V!m9G*O!pK7($(C(Ax7#'x'p!}*ox/VNU1G!ka;'kKnI}'d",
".y$Q!d(*)J/j'y%WxVH1I'f*GXi*n(Z'k/2%h,G%b!sCB(I*8NE74/c)>xNIxD1Pt!q(sL%)n%cW_'|!s)V-v'm(R9[)m%jP5!g(S(5)B(A!h*o",
"IGI`)I']x5Z*sjc%^x+w$Q+L(/VCVC!m(Y/%#0.q(<0#4v3Q'^2^!|(+xCM.U-8'bD#!zLU#_$R(H1t)B!h!g)yPM'Px6o'i9E)8'f-G1c(loU*T",
"x%M+.!m(G!y(y/S,F'e(=(:-I'e!{(pa#xTkKN-T('/;Nu-TGn-ya;-lx+*){()x!o3!)P.g5Q2))g'r!y(b,fbqC-7v+7)gx1g>[)i-k!;!.x-a54",
"+;F$*3*u+_)O.y$O!j/u.3*l+_5D7.x!!43%[U5(<0m%^p>T.LixUU)3x3LlY.RxNX+i(R.{)4%^3mx>f3Q'G!lAT)hbX.,!j!*$q'e)v1=1*2I'C",
"!}++*Y'ef)$X/N24vG/MVQ*y+P($6aF]!l!z;Z(U-PS2/7'yKS'b!nS9)=%h!f*n8-+o6#9;^E)d'g(,!n0G)P-iG-)M/c+{.}+Q2,30:R2J!p0*",
"<e=lnH(u_i*ZKYx:_-L(l+#'i(D-MKPx+N43!j!h*+*7%m(pQ6-d2b)I'F'e.+HI!j#q$X(!(Y,B!h<.,/8d@y!d/H({+>x#8(t-UZAG$(]!g!w",
"!p(nP5,)x5_+Q-z%o!b%-+l%UMQ*X!#$x)N(U)X!e!l(u^tNP!p!mCJ(!(A(x58($GK]U!h.GTn'H)P*Kx%b0Ix&V@.,'!r(c+e(5+F(=!lBj%i",
"'n+Q'x(Z6/%a,GbtJ)1J([!f(7]J02%d3[)/x<9'{m-*<x+M2W)a%V'f38(&,.PZ(<x#4(a3,*&!n(Qi^,N5b%]No(l_A'k(s)4(|(d(R!x9nLz",
")q-i,>/m:+uqx-&Ojey(,'nub.t!rVU+18B&1991Z*[%dF2(U+#+16^+X:n&31a(*x*/4>On%X)'LH,RCH,RAJ-IB^xAd(,2c!i1:%n)iY,5w#;",
"*P!n*[x4:!h-Mg.#^6s9pH*BkLZ,$,U(Y>g/kxIT,V3Q$m)B!goU'p(b'fgJ'|x7J(#(1%i2n!kH*(Z48=h!u!q(!'v/G%U'l+4+L'kM5,21>)C",
"'m4U'v-g)D)]2;+D!0$r)/(G,o^|xE`206W*Z!!$v)l4%'bH$)s@e)I$j9<%gPWx$`Xe'n!y%j!|)o(|!f.y%x!d(y!v+m,o!n.},n8,%]5y)]",
"x^j.0he+8xI>%X'd'mx*B+8,f*4E68L(m5=7p(l/:4A!y%l49(!#r$e(=x'k*QAJ(f%[!q-kKkV=x8C)&'b0Qd&'o2rDY-v*9(!-M!j!g(O%ox'ue{",
"!o-$/)9K0BCSxT[,.6V*G!l!{Hw(<vFx%l(`%i!|(Y(H'c(f%n!uC*(|6>xQr,OG*,$!z,@)j'b*Q'k(_,u(pG-)P,/!qHNH@(U<[<[G>4.tb*f",
")@5A!w)L)+%Y(5]9At@[!z!oID*uV5%W!z%e)14j1D!f(|.NxMN+X2a!v1B6b)KxZ<!s0c'l*e4D@$xO-%dxLQ)*+r,3(v0`'xNW!n31+S%XC^3c",
"(pGk!v=6/8xH4'x%U(e,|oH%h!h(,=2E^*K+i*PHCZR7I!e*zjP.*KC7z9^,I(/'r,*(M'bl$'d!nK3!n(/1cEe!fEd&49X!h(0%V!x)D,t,]+F%]",
"!v*T(x%U!s3#2:*s;;!p,o!hXT0dFJ8X(Z([(=Z6)TsJ:A,N([)a(/1G5-!e)T5)QB%Z/c'y()(y4H%^x6MTROPx10(3/;/_%`V4%in#xZV+t*T",
"(!QYP+4lx>&-;0X!kZ8'|(vx'H(p)G/0Lq02%^0a)H<-+n4:iI*^3/#h$b(1(q!u4S2X)O5>6o)}XF,U!wY%,E.E]S5g$ox+09d)a!p!},l,x-*",
"(px-<*%-;F&74]/!p!h+J(Z3H2@!n)0k-x;Ux5g(//OxEb-->E1!9q5;1D%Y!nx'B!|(<)G)U(I%hJa't*1bm:CxIf*+%Yx0bD2!d(,*Y(dmq't",
"*Y%U!i(V@-*/0w!n!v-f(C0-rE@f's(a,r%d!v!}5B'E5+%a.$`iG]*s(6!y;U9.x1v'r+7,)'e0w<A'p+>*vRtO</'.82@x7@xJH,z)z(U'e*1",
"!v'c<}#A(&'t+>%Ux]r'o.y%{.y'@<Xx<D2ax/oL%3#(&)2/t*M!hA.0%.}2;%o.p!j8{%UVv(U(e;EM}/='n)+*w(s/:x+C5.%nl''g(B)9'f(`",
"I6.8.$*`x%%=-)j%i!g,x)F<`IJ%Y(&%d+'1,->%W'j)&!x%V!s%k8-'d*E4C'l;1x@f6zx([Rk!u!g@(*D4R'`-Q(G)P+J#U#C(K,p(!2k!v(l",
"(e.^(5E:6#(s(K.u1L(U(!'s'e@tx<$.3-ExXx(B.e'eV&(!*X59/I(5!n1:0c)g(N@)/bPP;k.$%jSt)<<1%S!f!y5#xM_*J.`(v(xbO*3([)3",
")^%UJv)<+D%b*@>['f.lAA'>^m'm.&!|-}1QVv<s)h*uUH,,<^3A,>(rF8]Bx=I5;)@0U!l%V(67hx&a'|Y('r'qF-,;!lN{)&!k+N/c9g+g8`",
"!g,NEYxAw)7,E-cxK46tN5-d)8(CC!Ar==n;H>0)x.+!h+xB+,Y!o))Ky(Jdb362B'i!j*)x<C'oEC2KxXN)5!s/HF.x`EE;+Q0S'x,i(*x)`/k",
"!n0R(3(%SB)LOw'rp0%X02x.]0S+GJx*7L$x`%)D(8'n'r++'t(+*3!e%]!;%!(A7$/)2[)R(dxUg/%x5r+z!A$v(^>p,*A}2rxEF*%(#xCRIh",
"!e)l*|+R;;wI6/x_(!q@$xO5<I(!%jx(y%h0C'i*@x=(+>CH1w(sxSQ3/'e)$/1'k!e%o,1-p6U=8x0V'o!v+y'y*=!m%V!f(l!j+&Re'l(/(=",
"!o!w(EBC!fZt7y)8xRA2yYN%aR8%['x6-D[(a(A0#'qX>*o'bxHQ!h*U,|7Zx7x[G6pa=BC(ZxM(,xJrni,m.n60(B)]xQ[2J(i%c!n(b'd'o,y>'",
"6.%e_r'b6/x2{b<x5Nx$6xTL<Cx1:x;Q't!d.ea{-JVRKFP03A(6%])^'g.i'|!x'u>O(]AU((!i,/)c%U'b0{.tM2>L1N'c(#(`'|(;s@!o*v",
"!j.(O0,('y!r,w%b!s!p)1%`+-/<(!++x>[(u!l!|)g%`V#'i!f+o.@$M/cx4k(=(*x_W.RTc.AVG-x@d+X!i!p,y!wwKx$s(K(8)6*H!*!*)3(U",
"NRS{!d3I(i.^!kB^x.2-i+:,4+K%^Tn$M!n,$+E!lx-HE_+F)`]|E)!u%jxGJ($.D)C*.%d+)*6,+-$!h/-vm*h+'+D(/x=y(1(k.$.|*W't!vWP",
"2h'S(.({1/8^(5x$+2Y(9,t*%[}iI(.%d'f!x-9)$)j+P.5x9h.l'dx:n(]2r)V!}-w!t*,*&D}(C!y<|%l(YUVx&U(U>L)#1D4LP}($!s%cY((8",
"'v%W!g1I!h.T)R(',J-,!($pl&(:;fW<(Y5`Jp-;xS=x(-1]x.>HHx&2CY(3(7%m+q'|({L}xKH+kx!Ph=;gFE!)$w6jLl=|+;)ZiC-%'i5c7x",
"!h(Z!jGO1_)rWE'|8&P{(7'd..v0s>/-x3.4C*dxG4!kx!e)T13+#*$*@.usj,Ix_4(kT|+Y3[%^)n=L+K!d1B(k*b/k]$)|3z%[xP9%nVm+&xZ.(#",
")DuG'b*w!f(axH+,Y)7(<ArxAV)P,MZe'iU&8sx<736;a,|-U'e!s)|,o-x'y'k!z%]xF@*2*Cx4p)+!gQyZS[z'o(i0y(R%b][rBxX):<xTt6o",
"(6!v2T(1xUJ.r,;(.!s,tx1(7K(S!|auH%!g(_)k,.(cAP(7)D(w+Y3C*O(S%h,]%e(/%[4#(m+]2b9!,m!n*&'blSxPA0c.l),5V'o(M%^H^(#",
"'q(/2B(l'p(CJ!*Tp5)Lx>7oF)l(/(%'d0#)/!q124D(Y(A-/(7Dv(0!yxK)(}Cwx!'3]'b)D'q.a7D6U]v(S'v:V'w+@5%x[-0`@L%d;(%Y)JSX",
"x(v%b/3!|7SQ4)l%Y<*x],(B)2)B%UUHG1xM|/%O$%b(3'oxH)-w91d]5A)d,f'g0R*h)1KFx0k%c45,98xxE2'v0B!s,}(!.OPJx@n!x!z!r%^",
".&;%xF,8')u.|*ruh)6't!zx0@)_!q.7x+*-9'd(*>W+D.>7&%e!f%kW1'kx+Px+P!w(eVRI_2$E+-(O|*.0['n'mKS1<'mCt(5!j1ak>2#+@x/n4;",
"*%+V(m<B(51J(s6[C/:+x({7l.%BOhd)+-qxQK2TxD<+lx^4!m!u30%^!-%3iFoaxFq-iG;(]!h-:Ut(<u(1s)i(Z(Hx5#xH=--+E,x(:(/(ST'",
"xU+*y!h]6,PCt(sE+xB:%Yvi+n6/02!n2kJp,E+=$N)lB_'y,I+%%U1=!wx0t-V7qx,yx9X^/({*j.&3P+2'n'e:9*P!z(@)1*7(rI|,3CT%VW+Q_",
"(vcq.U97(d%e!d!tx;a'o(02i(:,|!n(f*$($0#'o*Fx1d+LxS,I=(l)@1QA;(9!/$p!s0x+l+A@V,^(=!g(v(r30%d(+xYQ+#6k,K*8DC$x!n+F",
"/0.+xSr)<x]8+Q(e!h'pE5x[&nT2|7D48LfxF%%^j1%hxe_x[v(+Wd)P!f*[mtxh@%YxImxWm0(A6'v/&+=%y/xi%.i%hbW(u(=+D,R)8!v6%)BCm",
"-2%c_|*yxeY/K5.1*(1!h14x5om6,)(m%YxhT5g28%d+=&&)I$P;&%Y!vN@xY,,)!e%`)3'e!}'b,x19x8k8v6s1}7>hSEy0J9ZKu+_2W(|C9x;f+1",
"2O.*!fE['p'kBuYg(B=Z;@M6(+)&(0<{rC)H!l):T96=!d)5!n%g(I/d*V'g'l's'v!{Wm*G,1,),i(,1agK*W's`.E8*debi+x$v!w*n!j(bD-x&f",
"<i-G-v-J!m%X^c0x'q%b!x*;!v1T(e(/HP!n!q'p'e,M!n%axWVCXD-W<(Hx3h4T'ox[P%bx<c,.(.(lx*H3At!hk7y(U!q't,ex;9)0%hF;H(",
"*{oIGc)&xX])y/L*T'c%jOH<4V|%aN8*Z(N%h(Mx<PxT;5D)a%`([%^,Z(mV]*;(q*Yx8v`T2B170[2k0K+8*Y!{F;xOsGk<`!hq`P4%h+-(&-C'i",
"M<+yY,xkLDc't'l!o!z7I.$LC,:%bO%'i!}%j1S7dx!6UX8y0I'j)8G;0E(RaSN,%n!u2!,H,c7^x&42M,2x6r*XxcaxddV7(')D(E-9*s<^xK]",
"*F'eQF,$2Af^;1'p(++ox&<(Z(&!xV<:1.='k=oEt)V('<g+A)m)FuJ,4*w7xeK.{(/8v9-%Xr@(</:.{,Z2i9X)C6>%a5y%l(i%b([nr'j%mJ)8^",
",6%U;f'iBxLC(iwvxj}xJ|-e%a**'T!o,3xJS*22X>r+|)`(7xX,*o]JCs'w@)%X++'g(;)|,x2Y+F0y-E+!!h+V#_$QSt,N/C($.sx,X(1+i)7)x",
"HB%V(+'lxeMo,>E-*(s!p'j*C(+1G3I%^'e+&.y%zHuhk3R!z!i+mx7q*X7z%e(5-VGH0'*Jxar,8s!(7(|Bf]w){)6*w%n!j+4(7xYq(v%o!f%m",
"-Qb7'p)25A*ZxYD5e)E!g,w5o9c4V)0xZF!l!x(xS8A-(lx#t*<G{%e!v1P(B>Q07/r)K(!'e5;3Q'I([6WB+%dA-;k!v=%3Z*T)I#'xT>x-A!n-z",
",:>k-f%iXZ(P)4*o.,U3fX(}*rTt!e)#-a)d(e'e)x-pZ5%h'p1m2A!q!w!o41'l+K0>,x=8ce0dxHd*hxan(nxKX+X+='BB*(xSF5&MQ^P(*'b",
"(:+9!;%3>W7*!n,lZs%d1$+@UN%bxS]/wBxNj!n4d<Px[q;@/{-a*:)4>m(5*^'xgy)M%^(s,|)l%a,M!rxmd1w)0);(KxM-J.x#74W)<(j);!t%h",
"4I+ux8c0N(5!y.b5+x`^xKR(.(%x*P'|!n(a'j,ox-q%i>g1{67!d)I$U+,-/bn(w'g(],r!|(.kM!{'ihe(&;N1a((x7Q(K!|'k%d(|%d(1'g",
"'d<,+='@'v0x'x+x0SxUw'c'fxl1*Tx6(*9)6%UG{'i'q5;(b%]Ikrg!i9GOP7z!g*/xe8x0C.)0c;J*uDM0iqY,}Re%e!g.|-l(^4N)o(&*u,'*(",
":h(U)q+ix:#!h:;.J/;-/!a!b({x!.Fk%U4M($)7+^)1MRx6Q%dq*(l!s!q)B'r'eQo#G&!BY%nxWJ+8xEO203]-V!o(;up)L(1`gxY}--m{<2",
")@1h'd!}xJM2d<L'm.y'G)a1{0m(])R%X,1%b(i!j*@-CU&'r*O!flCa3)4%`'b(1e#3_!e'wTm($(j_88:1DWm179&#:nZ.ALm4)1w)C0X);38)d",
"x==Nbx5xD.1&*uDMby,f(&5]x^'()!r)B(`(7;#6G`n!zJ5!wxPgVQ,llY(#,wMn-P9gA)%Y018^x/#='!v.ucL*z)s(,5n(l;N)G5)x]cVf%n",
"(&_=xou*2!v7d(p%nx=M-i(1*T'x<s!&${@R*s(:-i3x/[1@%d)+%mxYEESx^:+{!m7I+44l/B19!i'j!s!y9x[L:Q.[x#N'k3^)8*@!g!f:$/7OB",
"xK9'o)a!eY$%i(|'mEQ)d3r)rx[I%^(BTf(:,4({RZNr*pJ-+A(S(,(pX|!f'y(6x$)++%d)T(wCb6b's!},*Y7J!@w8NBV(xDf)I&#-e*M!v,g",
"1=%^!x%j!v+7!l+k4r8z!q((BY%U/:),(*)M1r'V(3!rX(*V0<0sxdVw;(v1{x_y'|pA%d)044'b!f!l1c.$'d'm%d8M<4Hu3a!z!ixpxT+xg@(,",
"x41*<)kx>Zx<2%dD|:].O%U!g+!'l4SQT)9+|)]({,2'q+D!u%aBa(&K|)r2&x.i+2(#(H%^(*(31k1*Gx'r!h%[i+xQb!-,_F&7D1/'t!j%X2Ax'g",
"E1.h;2/I^q.**C%aNr1|)P(%0&(b(=E,cJ%i,:q2g_4Nxgx(<!}'o!s-V!l(a)'(-P4.rx'G.j(S)]!k,|-yDu-K+A!r(+-c*6:L($'k>[x'G)<",
"/Sxnk->'r04%U!z)M!j0/xk{+A+])/(1)N2rx&p30%U4V%U=W;)LaC|01x@I'y6wPExZHxdr5g)B^.(v'bCYQpqb)f'v[;h@(LbE.l91,V^U+n",
",ox(V/%#,(ix1k-0)3(iLC(6GI(i)2KBxUt*@*G,r=%'d:<1:l=VRA842Bs)q_e)^%^QK6=,;(%-,ICxSa+x'c4$)=8z+SJw(i<B)+)H.5>a-='x",
"U5a[-Ex;uxA].L;/(l)V1*/j)|0K(u(!(@([)*XU(rVQx7NJ0xo/:Q)9x`L)r)J+U0G%Y+D<b.T+AA|!n)P)O3mH|Ea%b(v(9x7^8J7^,IVhDb",
"1X)yENS{x]*'z)J(5,U%Y)}'exV#CB)KTZ<Q1K*Y(c<%,{9B*s)4%V,x!p!m+GxO!x-r)R%g(5(Zx!oj>x4bxh.)3%U!p%_YKx+-Y>U94r-V)X'b",
"!z($0u<:!f%[JI!x0@+X!z%k+>($;N4.((81ir,{2O(x:P*8*t(U!j%a14iIx[@%YxrX08F=`Txq{xOUx>2(y!r-:(^'p2D3N(q!}!|%^(H9+xhuEB",
")T+&xf,*2)'*x-f%^5b]U.a%['lx(R*+/x8H2JsY3JxQ7)<(.OF'dvW+F:C!|%in%/f,B,2,:!x9t-C2o=UIi>uOK,%0!b)+#xHj4I./)@xqQ]7)f",
"Ap*]UO6=0f-4'q)|(N'rCdU#G:cb-Ep'*Qx#<xk,sP6_6@(m)4!m*|E7)d0h'gx]+@S14,L2A!s0L'|!-x0:!n.p!k.|:Q'r)u(*(5!e(q'm2v(a",
"Ft-xs(,c++!k)4!k,l($(/!h)QhE!j)4'e;p*C>U'e(x!s+4x6IDy6s76,;'e'x,a(%%d-2kH)DdA-U!w'nx1Q-q!r,=,2G|+ox[]Wp#G&-OZ1b",
"/S1h07.h+76J'xA.8[+`)T9i(;)t)'(t5r*T(%-w5m(:-z%gxLd--!zx9&2I'A)Bn_+=$l<<*Z)l%Z'e.,xK^K4!}Fax>LVH(A%k-9%Y!l'kXU/{",
"(v;X.n($1S%X5)!d:+30Mu%`2$)20a___%'yHu3b+;0c;u!h)3!v){`^u+!v+=$MxoU5&(Hx0)!v8M/V1I+#H-4NI!8j%n.=%k!u%[)B%e6B's",
"x4Wx;z(b'oJQ5o7q*3W+x9{3e.B3mjV!w>%!r%V90*]'esQ(.)V'pxYLx<S'rx6g+i)k%a(j)9(5(.!xx<X8d)y)q'mxS0(':6'iwC($6TSJ5Z!w",
"x9<.{.9($0j+&!%$s!k*)xkK*2]D3L'v!k(|6mB#)O,Cx*F/;(r*@x/jxQN%f6eCH1i5q4V(:x'a,9x9Q*Z+E,0.y&+N61ux[OAR56)dxSk!|xiv4l",
"x0E't)`%^0[xYb,d$_;_(!!k.j0@BVu>,Q)Z%iDa(]x$L($81KhG&/=xg!%Y)B!|4[3|x8t*Z:5)2(71i(AZ20B*%)V!w:x:*xDm('!|(@PJF=",
"5g&'!v*')V%e1%!|47(<!g-#!e-M2]&&'q(;0}'r*7,E(q><3Q#=!m!f;)%[*O%`-(%Y,&%WQ-!h!g0;,=*s)J%h(Y'i'e`f(E%b+#L}*o4Zc#<T",
"x7Fx7F)g2iqk(,){)Q*J%n(+!i#s$P!t%ixrG27)Z%Y$N5gF4+^)P9gxY'*]xn=);,R%n-T15Li+Y(52}(09-+:%a)((}x:qE_!fC-(m+J55x]h",
";@[AjP+UlUeOxLY(<'dx`r1e%U@3if!r3A/c%n1>,I!)$u)0!i(I,M*1*uHS)C(C/j'b)F9J)C)G.9(5%YJO%W`sx^*'lJ')KX@(.'pn;3/xL;,3",
"tx-w!d2u,8D,Xr4%xYyxTP)G(Z'e1NxE!%e!oFa_2<Nx!/(U)4!n+D%ix>d)L!w(-#r$QZE(J-Uhvx>1(n(@AC9B*H)/('(=,a)P1}(*'srk)y",
"+E'f(m)':N4%/x)/+]5;;H0*Qq5%1x!l!e(#SU>+x9bxb{)x!n,h+@'e!p!e!n4Ix82f1e2vNx7bJixK[FkxNh*U'i)xgjx.;%o(_%Y!}'k)qbC",
"(pGDxE]-J#&1M)BxY8#r$S!y.|!!%3)7'|(:%X!e%lT9*])v(@)s3_T]x,dY217x)K%X+#.8Ft,NW(L.;g*T(!!|)l!o'ex%xV5%`(/vV!m.+!h=i",
"()0dU8-R!e8D,+!rx%y*6)i'p2R%h4#Sm!e+o1a%U!^%3(vXJd<D_-A(oB5'c)gc=!e;K)n%U0X%k)+B0D%xK@1Y%i*bYD6/%^'vCH!w*Z,x%`",
"xIWD#!z,P*|%^k3xLOP<6$2cx-u!p.|(jxcq)Q(8(_!|,i/VxB9xQDxhnN%[!*<)T6J6.4*Sg%Z,w,])'QtC^ED-TF]!)$s(p74!w%e5mxAR^2N3",
"'q!x'e%ox)v9Yl725!q!i(H<.#s$c)i(R4=(u(/(<*W(w+|xvzON-'(v*s!f%_(S(;R=173H9K*&'s'e1i!k(Zx_fxHL(^*Ix]gUM(q4D'l'zfiBc",
"tT'r'e)]'e,m.i-;/%#.Ml4b`b'r,G'q7%>&'f'wxT<0`(h$q!e-_(H4b,Zx%m)9%UW=%e'e>mx[t<2nY)N!f!mx&=xhRk#H%,<%mxh21mFC8W",
"90)`)I$R1=(Ul;%Vx<#,,)0+&!q(axqm-4!k>'tB(k!m)ASe)r(C(;)4!h,1UT(.'v011Je3a:+D8uxtTf^88%U+m->+#D.)6'o+%%^*.dQ)JCf",
"xHM3.(6(%1S[B!*)Sj*(})s%U'c->FI'|+/6mNE(]*V%U!o%bKC(/!r+]!s*.R`'i*&(l(vU3)3%`4#'|b0'iDBWyx)%%nPtQd*W)/!n(+xoc,{",
"!}0cW:C;/O(u4W%e/X%VEs%lIVQ<0@<`(Ig%xt8^z-vf,*+`gF:(r!g)<){.T(S'rK/gW(*'p6N'cF&*p!dhf!($rxP_x09'c`i(@%W,Z(707BU",
"2MI7(@x13xoSxd)/>*+/:*H]|(#2v0[)15k*++/+]2kx;M3B3E%i:{(,!j1R!n/V-T(rfAduxp)(G'e!lSdx8,4V!xD|Fn5:=d!0!0-%x(Gxvx(o",
"<Z,/(c'g-%%`r:(J-B%U/L($xc=d`*V)|Za4<H@RB)T)Z.%.eAn'rSQOg(Z8E(7%i)0,Rx%+mkxK|<N)N,.'e(px]%(U.gxFc:n#0.+(Ix=ZpO",
"b#($!z!s!s[Z1]%Y'd($js)o(1!s6evh+F*j(v%Y(|!nCi(gGH9z+UGb(/(N:z%e<;6J:O-J)6+J!y0f({!j!v+Q@L'rxS8>Q/x+1(p(`HI)s+%(,",
"!j*|/9%Ux)l-;x1M+4*3x!['fxgH!v+;)+'t)u+n]s;E*)(k'b/#xDS-;#f#8!o/K:KH_'b,:,;%YBKYH>W.5FX't)6xR&x2yCB!h%l4f'mcO)o",
"Jc'z)=68(eZc(`Ww+#x9/DM2poB'b'e(3/_(FtERB79%]9c*h.q'i*E%Ux+l*7Dp(`(|Mt!v,j!g+O*O%V(3%c(q%i)I#@!v1mxR#(]!r(9da1!",
"4$%^.O%d*%.r(^'e!j!y!n0>.<*p(3'zxNF%U;)-k;OEhxt4)f.p,:x4PxTaZG+AOMOM'q,}Tb'c!l/;vF(1x@R6J,G`iNO!vVL'if..i!$$r48GS",
")J){*;8!)7'b.&(@'x/<QK(#!|'g:&:UM=3!)x(.+l(0+ver:P0IAf!rxN:--+74l4T+h(Y1m!q(M9Z'r(:*j(R4#xBz(];2%n,2'g(8%axED+R",
"3-'|7Mx*Y0L%bxkOHv8-(,(D'f;`xwV'e<Z<i'n:+%e-v4p)T(0f.>a!r1%8[*&M@(1;:'i!hx*XW])<xnS0;(s'f(1,E5%!u,qAJ*+Aq,:xrU",
"+t,0;_76NUxn_(A]w<@x.%x@1'|!l=2+,)!Qx.*x]Q(,!w3sx9C%i2|Lzdg/=)R!g'y)r!l!txjx+n*7'l/_xvgLn0;I3xj@(i,a+IHBx@j+R!d+/",
"(!(M)K!p2]'Y7*)n!{'nxy!(l)TBS'b)d*o!s)FG..=(x!l%j9c.[(|Bhx{4+nxAI*Z)4%Y/',%-+%Vvo1<+#2aWe(PC/d+,=!fF`'i+'.u0!!u",
"x*/bT*C6mxdL%a8y6O-(+k:nx];!n%X,++4Cf%i)@!rOh)h<@4$1>*T!j12(IJDx1V%Y,G((0@(eNE+DYm(UUH7J(BlI1H(l(S:`xD7*]02;I+t%`",
"x-tZHJb'rmq+X`j-;m*1M'c*4'e6@(I,[TE!|(A)q)K(:(/3Ak!*2,p)f,h1D+]!n*|TuXU,$(@3$(v2ax,df])@x9L(i'n(q,2'n+X=>%n,G%U",
"+Be4'pTeJ-(0x5[,axfG1W!v(n!{%e2I'B0}'y!l.8)P%U.L*6:z)C'nGY,0%jx!|x(AP}'oxDW+tR,R,!e-s1$-W'q0d(*(a[exT9x6|1947(l",
"7Z.R!oC]0!)B)/!mx4<+Q's*.(K'x*VxN+!g%m(H+J(/!rx`NL{<XCS)6+:xi'%`)K(k!uDeFe/+!l=7.y%w'x!xX#8v*%'s/9*W9mp|(7'f+b/[",
"(1(7*{+y!yBna#+8Tq0.8Ox{!.a'w)N68x.6'reKxCz8o%V+Fx#S'b.`9Xxw@*{(-8p(R!f(bx#z>`.)'d!j%l1a>A!o4>.p1T.$xC_xVR-43L%U",
"-f%Xi+:1*OWd-D'r(=(['f'v(=(b/j)dx_]+4(S3a/>6q(h$r(jA$xVmH),>(d,xkk*W,]#f#-(v%nxc:0;'bBy)I'Z<C0*xg8*]xq(,Y)m)B-E-J",
"!h,E,BxXi*%!rA;-txBC'i(H)7*^G_!vVd4h%h*r(''e'ox@('i)R%Y8B'>3[%Y9-SzC^x5q/'())Z-C@I5q1]!q(=.M)7%Yx5F*f'q>CJpHq^o^`",
"xMG.oKGF$/)x=i*@jZo+x%`)u'w.$'m5Q(N6k)2)}I7[f<v8j<a!z%bkx6=..(92Tj(oD*<,e'nO:*@!h(!)V'cSQL.gH!l.b:3(`'f(RX<*W(M",
"*t%iUO*]'j@G)cD1^5.e#q#4!/%--l^4I1%[LQ3_/S*f(/(73(URx8t)d6_cb,H)&V4(U)m<f-B*fG]x06/n0d(=x#K,h.u'x!lx5>(,'n+*!k!f",
"'l(Y'x6=SjSjSZ!r4T!n*%%U'k'yO*6=-e/uT=4>Bvx4mKx76+[1Gx}JLV)^(l8I'xW_%Yxaw*((..},7*p4=J'2]']M'3b(ADu!d(B'e,xP-CY",
"!nBbx&Qx{9/W=B)V!exN]0.!hx^`xE*tJ/*%U)E*VH*sxxEn5&xI,*T)T.i7#+e!z!w+='MhTNF!d3B(i/pU;Mq!v%o)`)$.5x+Z2]&1^o)dT(-w",
"0#/4xjkxr0'f(HxW'xp5pE$^!w(YBR'l^E8-xN[%d2Lkr,=%l!m(;(c)Ox87*G!|(F(CLC)a*IH!'pxs3):!i+4)jxOf*o4b(=%^+|(KAtO@*E%^",
"3t!w-eU|'l%g(s)r56*6!e%b]4,Nv64%)lmY)D)#1_W0)R!e3&;:Ea+Z1X12Y}x!=,i)#1k84(BG0!v+nxKn*<xVO*2xRZ4>8{%^(_!d]e]e)B(a",
"'q)&6-1{'x(Gmo+X-Px[^)G(M(vx7p!u%m+|:px#w(F+[%b/1)9!}.+)/)d2|%i(Kx'C(A([1/)/!q!p7.%i!h.Q*b,[:{_d,r(G#s$f'e!rx!2+y",
"2LIQ'ml:(m(q3Q&**=%`@^QDxp0x^zB(7l(*(#(=0t)J%a!{5*!x%k^}*:(m01x4W(EI',I!x,ZxU6)Ox2t+1(e%k+I%e=`%nxrs+i6T'j1Lx7m",
"(C!gx4T!r.l(l!lL}xp9%R*%*M2&%Y!z!g.B))43%`(R%jxU0.c!nx+:/5%WxTl*nn'C|x{5y%!!e*2l+(t!v%_4W%a'p)],H,Lx+j%^(.9g*P%l",
"(!(y<P2k!f-YSJ+i(A'd*PxG(,C'eeTx]T:O4l/%#;xA2x2v*F(.]4)<(3!g*+(`xJ-7Ixw3*u;@=:!h8n,R*8/D'|1)=K.,u'(I[i=J0*/(!|",
"Fk(y*%%Y!l]=G**{Af.{*Y!l,H,E+:'kx.b.[xw%)rC8)9!h!ruY3K!x3#9&#CEe!x=K((!j's!x%[2R,m!&$x0[x@[xd0x/C)43/!s%l3e!k!w+2",
"vi[B#r$cxr*,m61(&5w%|({,`w^(#CiEB!j*m(7'ox!g(*P1(]!n+2@L%eG|%Y2@%X(Ax,8UOx(*!j,Yf)$n5m0{i}D2Er)2'bx-p)V-V,;%`(:%e",
"+B;i!sxTA56!{!})y*o(Y!i7*6<<f(+,9'f(@6jy#X({!gxQ<Om/8x-r)D)(xa;*<I5!x)k(lxtI6=3z5=@A'|/n'txSD.0)0-/x(`'i)0x)9(=3#",
"7Z'z(c(,=H%k,q'y,y%UxmkMvx`;x[bCO(lxb1,9(v!g,q'w)uNs*E(U,p+`(QFhx|$._x#3(')s!|xV$)&.y$U*[ai.@$U(K%mDB4;(*'r){)2",
"RE8!(m@I!j!wCR%oSg%m5j>A*F2Wx>I)yQP3B,:Im.3(c)Vxa0!q)l>ESf)'(@,e.=#H'V.v(lc#(#x&%:31Sxq-!|5bQ;8Xx$!xB]xk`x}U!n!s",
"(f/&S[,)pY(#!uBnxD{x&E(%)<xBn'i!q(-NrxM5(.%h(5Tv(m%[jn^PxYt)r(C%W(xP,xK%,Ixte)r!n'v!gus+,xw,!g%`(;(,!|'px7}1(!f%c",
"..,68l%b)s(@!y!pB)'k!p(Q6;)<xjS)|Cx)t*Vaf*V($xy`'r!q+PxY.GI9SEEU8WwBN,6x:m0-,t*fb<3J/92y!g((x`3x;_v`*]F+-/;5<s",
"UC'u*70y)7O[au!o0]5o`=x'`)k%g'e-|-=%^(j%dMV(6w=(opW*@(=-x!g+oxJw/Z,d&1xg_%Y8!`)(1-O*.(,Zg%i!h*u(A'o*o8b)1,')_sU",
")0%e)7!{)V't6W%n2}'g!q*|-U/<E60y6/u9)E+J!yLU,P(u!j(Z!d(zG/10)>(,!w.=Fk%[,;f<Cs%U)P1:cJ*Z(b,}2#)qN1M|#r#,S'M))X3-",
".O!|+F%b){%g6^xO,FK'txG@'g!y++i:x|</8+&;9-V!g/V*70:*.1hxBpAEY2*6'ex<U-yx&6xE$*y)g)/)Kx.vxw^c%x%f.e.a+@2w)`)m%i",
"!v,I)}!hxEH'|-fl-6#)q,t+Q*Px>}3Q#<x42(86.(_Q*-MTb3dx3A/w>-xJEx.6(l(;!x!w*T)V,.x7z'Yi6@BLS@{)m5n)q!r)00i'k)Zx;v,$",
"*P9+(0(y1ZxeT)B5=/>%^/>(0)K!j!r*Y)^!k([!|2#):XTmu+B-V(8%Z79WM99%Wx:eBP(e2,+9Mr(q!w(N,3(+>I!e3s-U%j!o(V(7%l-$>Q",
"!t%U9k+R(i9b'l@Hx1s%yxH6.G.Uk-(:($!u%ZP.)2#V$M9B'z(e,S'v9:qC(<)TxY!/E!j6,Tt#^#-(*:s(j%V!u(S'bWnAb%Y#Q'F'pqRx`y.A",
"x8pPSDC%2x1['t!j7lw]=d!}(y@^xMk(A'rDg*Z!|%[!{%h(e0i-2s0w].X)+N^(mX'=o<5xk5eN/>-46,9b2Y!se'2K,x15Ey<s/%#6JF(k(Y)J",
"!y/l)I&*041Tx@s1t(Iwkh4*Z'e*w<XIu(70`y(}25*@%`8>.*<|!{)PWF+U($(E!gx9Fx9F!h(@!e+;!jxZB+U7+C0)L!g)f(M'w7&%lxB`(u",
"3&17QN!w,t0x/8!r>1Br8P27/9x+sV<!wy'Jdv1&)28y*f07_X<9'k0SA{1xoJCf1}(0!i()'b4#mz)T4b)N%[/y%[x@F2WxK0(ax0t't3E,Hxt.+Q",
"48ME-f%U53Nj8PIh(B'dx+{(<)0.8e#*X>{4<xs4('Zf*y(6)|14%e53(k,1x[d!=%/'x+DX');'l)Ut!3a)i/m,ZNs3<7$Ks'l!v(_/_<N.+%U",
"ZEx9c*;%h!wxz%-}6&3z!w(fxv}x-L;I0Ak4(8!x+F%i)P-p8p,LxoD0E-I'iTOxq/()x+_)J,)(K($0#K1xw92Ww>%m5b%jxP4,zmXx%H`X6%",
",:,<CT`9FD,NxSP,'.T1**J!|)hdd+|*3x,-Rw6TxN<*1`mx*!7x3z)nAi%`/)%hxZl(J]$(`5mde!vMS,B1(nHhS1`+`)I$S3r'kxmq.:+qcl",
"x/z+w(*;{(EFM)V):UtbT'l(t2#S0.U+u'pn4/N%h3%xhexR:-wx0E-Va@'rx[AO_-U%`)9(FxA5(lx!7(U-7PVf`W4jL^`x);9Cxiz2>x+Ox%n",
")Jx8;5m<f-oHq-+.lkZ%d)@xwE.b'ixcd)<Pm+1xy%-p(/O[sM%n2TgdMeC&xV`E)EV=:(.+DBBx=@x&$*Z)61%!v-l>gxfb-B'i-9/*2c+&/UiT",
"'d(#Z^%XBj,3]G3KxV+K-x2%x#!)c'oKcKcxa$xa$=o::*b)NxqSV='f)fx*z%U4}PK,nxvK'p(**7'e(v(QxE<[-0!+1y!0(/=@6q1H(]-y2{",
"xNA,NxU2x0O!n)Q(q)N!n0p7kB':C3c!k+o,:;C.p):xL+'LFx@O5K)L2L'gxc{!h2I'I(Cx5A/02W5l9Jy(b(ry+-*]'v(UWNxAfKsx%R/%#7",
"5w$eV417xcY0Ei^7lRAL.0Q)nD)-Y,e)rxR],z#_$S,1!p/8,u*+4)xUxl<'l.Ax<p.rSq%Y0g%e;U)2x0x,Nx[Y,cxr_-pxHh5*xhj%c/8!v#%%s",
"-0)B+F-R!e!jx.CN),i.|h$!q'et<<d)v!s!ixV2%^/E0y_$Te(R'c,C%]*$x3d=f)&x63%h[z>|(K!n/3-W(;Gp)Y%i(@*i3a'b!x!h2L5o2@!l",
"Y}-j(H(x#U#<(b(J)T:B)E%m*+*+M8X_!w2Qx2DA6`'-Jx-`E+'fOw+%'nBE=}*P*s7Z*s'lDYL*-:*W(d,Uxw_cCcC(S0fbZF(!p/K;u8q!p!z",
"4q2q4m*0x<:(]0f('(3(<xO{1<xfFxOO(Cxzt!rCmD3QDvm,9Rq.*(7.a[p*s)k'z!w^])T-g@^%^(7!g,=+^Z5'|(*xHmjwu=x]7xs0`4(Gx'}x)}",
":Q(t!x.IHIAkt!y!_!s+mx2G(J4:(g)6)H-e19>KDP.5%]x+5(U-dm!(C7$xLD(#x2Sa1xFCH3(&>4(@x+#G*'s=Q(C14,[HDxR[xn[Oqo;8'6E/K",
"@3(b)jx)(.y'B6q6Fba(}(0bC+S*I'e:Mc<+A_i)dOn!vxZZ>phl%U;5)EI}+o.%o(C$2/4MxjDVT+]Tz!l5c'r*W)yYv%h!k1I(03#(544-2Pl",
"xN4)<(E%]'qxE:xv0(kxM{'t(0)OOi.R6>@.-=a;TSxR5!lw:>LxQ+.,'i5n!xy'=%i.@$P9c3!)QS80!*))JO[dfc0'd(K)v%Wy&|4^oKx^R0q2U",
"'f()c|.R5A.}x,L1M()'|xd*%U1L!w)P.50G2H!y!u`l12Sg.j)RRKFeGv4R%vZhx&!87(CYE*2!z(MxUB4@+v%a!q(%(*%V)c!j.U.0!x(`)B.H",
"l.2-x:}-pDC$p)7+8xxc.x,R%h0!+!^c0l,HxQP([!l>8(03[!hae6owx3_!v(#xb+)<*.xCv'e2/O9CA[X+1*P(Z+)*Z@W%hCT!s(Y!x2RCu,t;6",
"F+)*0XT$7&'t'vc1-gH_Ur%h)3/&x<]x2+:P1{!n%e(+(+6C)L(:1c(H!hGkRBY2%ia@'|5bMc,h!j5`AJ2w%b0wNux|'>l(7xVL(+6$*F(/.-*h",
"#U#4(5%d+D(s(00[x`K*I,1+z'e,:xym5rG&1G(*%Wx|s2y-UQD38!v*1%c(b%hx{r6!,*n%#t$^su.R,('r6X'e'j'c*Qx'J(x):*U!p5b%h*+!e",
",o%n)ixc/)0<<'bR^C}%U,1+J'p8vK/0d+FMA)kFh)q(5*Whf/y+8'b8%>F,I.i*XI/x*LS#50i@!q(v'o.f!q(!'j(()#!r+A28'r2#!sxuG+!",
"04%g7*_w]4-x3Q'M'pUX'f1@!i!gx@9%Vx8AHC]$QO,;!krcx8^->xb5x#z/vElCSYn,z!v+o'm!|:Px8)!q%k,C,^W:*n(I!f4M1R/''f*7>r",
"vp,z(I+^(|)B-Q!g<m'g!q%m<&,z2U%U)3*s/O(98KxU{$Y#qx#}'p)9(Jj]5H!h)8(|(Z;)%^'qW,Moxr@'cG]/0=lx7G9.1i9(!f('x:[.XRm/j",
"UnA$)0)YDa!|'x!y+-+{2^,a[5D$su(L#h$cb`1jM8L.(Z!x(YAU!kx!uW*+i8E,Ex$D><xnj'i!|;O*P@p7n'rUOr#(S)V!BM^(_!rx:j(U)NE,",
",>%l,])Y,l'|5]Z}9qx:J*0=bN$%d+#(3L*x$Z'puxTvH3)7,NF0't,<)$xfN(})m;<:s($47,r1=%UI[)*(+%el4%^)1'cE1,[x*g&/182K+D!|",
")N%Y(|UX3-(&*b0i+:%W(@%dx;G!qUm5T(*'gxN.+i!v%k+|!z)k('**$Xx7}.*)PBG,*(gy*g+n6X(55g&*'g.%xRLxE..Ux9G!x,kQH'xMixx/",
"xa8'i!jkoZ|YHO!BY-[+Z7r+@(e($(=%b(B(U!w+R(K+J8c($*Eq<87,97k%n2rhg/&/0'q,*a5*u:X)8!h(.;J7Dx<x)<bc)LO8%[bc,z>E0.",
"4T!s.W(F!}(;/;-V,wC|)T%n+F+V#G&5(K4v!u!y+#%gEyS8xBJ.`Vw/KxFHfQ4h(l!m(Lw9x<W6g,)xYC*f)a/p'x]=)J'd!gx;)aS,I(C't'd%j",
"/NxO_+))&'p/)xo>+y!|0p)B+8/U-r.T't4H%W!n2!!v(p(%%X0Ky#-'e+8)G't(O%i)P*:Z%,)+>%^+@%n!jH_7sxu&1%'t/u'o)'.|y*8*s!s%_",
".a(N(c%`*O%gOV%m*F0O/9x_}5w#+!jCM(BxI6-c!wJF/vX`)h-R%n1r&+^Q,bxUn;!x#Fx8^,s)<4}!|*-%bF`'r/S/+[qXfy'-)f(0%b0<,P",
"*r]]Mo)')E*9!k!y-lxH@,f!r!k5;2L76aYJ'(68AxGK0c!q!yx0]%W2}'deBxv]x-v*<@(%`..74((()'b*O)N%o!h*V.$-Mg=+Y,*6))V8^3zU2",
"(c!g(^!{!xf]x$|x_M!r0x!n!w(H+:(=xIS!v/-!(%2EN7a(7)k3gxY1(m;!!}3P+9_p)v!|xp[+1E-a:(s!gmh+kxB(X_.U8%,k%ix1;HQSH(.",
"xTN%U-o(U4&HV)E2AxuC(](S'y6;4>1:(l+[%Y<g1*;.1{,'%Ux%Dx]9xM[(]2LxLa)q'dM=!|'p=i'pFZ*.38,n5covov!o/9({%g!n1i8M(y",
"U[q(!q5;-%,x5w'W)D7z'n/y)0;dy'$jK'fE3J`Sa>L(VAf%Z-})`!pC]!v1y,t%U3L@T+|,^2Dx3a)G(-!u!s!f7I3[%l'n(['n,JRt%-)+,2",
"40%c)K4Ht'(t(5Q4*d-GV(,L'm*;4I0W/X0i!p-LC/4Cx'P(,)B6[*{!|!x!l)K!n!r,E!r9:#g#9'ep`(^l2(/%iy,]pc,>XF!j%kdrk4Z%(k",
"(H%Y+]!w8K'exm`*]!x'v2RdJ/>>I(^`VxrvH=*$'o)/%b2rx.x,D!|-dGn!s=ZBZ'i.((,,B*o*Exz[J[.jxGv%n2@,3-y'k(i%g,1E+(:/}E`x#e",
"!h0gG&y,_(6hP0@%i*;%e)QF3+PD]>N'p6I!|+E:CxEH%h*3!w)G'gT,f^P|'|(`!ft5(7(w'l!}x>M(0(mxQ6.rBRMux_5;m=`mSx}gxrxx^|--",
",x1w7p6=1MxL!2O%m)R'vM-d>=H):(c7$x4T%d9V)d)`(&(f'lqC'pxX{7P!t%W-y(@Ym*Z2k%Yx*P)<*r,z!g,DxVy%h5j(=.O'r/B'd(:-C]tG8",
"S5x2=!n('x4bHZ-U!rV('i(H/(!p+ib{xkT!w0;BKiR)i!rx34'z(((8JF)t'n(`!w*KxIM;*<u)2x3b(K'b'g(=,Mxas%a(8)y_t<Z0gy%Dx`7+X",
"!f'u]Q+AG@,mxTrM|-E%h7!!s((u:)I%t6<lS5:'n'qL#!q%`.,)t(B'exCB-lx5-(lw[):!w+4)Kx57LS*6=oxR0-%!w/%&0Jb'|D|Dtx/00;",
"9f'dx&bpO.@'@5g$g(_-.(ex1'LRx7K!n)M,k(Gxr(+R2C(+p!0i#H#<-+x{-xFO^30!+(5m:N(R0`(`!nnE(y)K!g(*'kxd8)y!i*:<|+J(I+8",
"x!g)<sT8Ux/*(L*C%b!y+!(`)Gb8xC'!zPUx<^*ZxmE-J(:DT/>%Z!r)4(jVg)6@6xD]2!!h'|!e*<*O%YNmx;m(^'n'p'u(/0i6;)Lg!CK)FjK",
"(A%b(!*<xmx(n!v1D;_jv!n)YUE6n+_)N1r#9'g'bMe%h(K(B,+>)(`%b)6!i'n%^,H%^/0mP!o-r9vYQ,S'p(b(y!!%-!j+;/csz+9x$gxd_R6",
"*F+^4BDY)R_/Xe]d/8x9D<w!l,D)9(fMA,8!w!m(a'n*b,+,0y*B/%:K)L5l+aF^(U0%,](=1Wx%O),.f19@EW>xjl`9H7(t61+8)K*O4r%],5'n",
"55'r!f;:x!W't8p+o)Z3$(.+P(3*2*b%h(*,=!iCq4[)a[p!z(0/[AUCB-9x'C*JD#8_=ylY2Vs26%(Bx!4Q2&&5Vq!M]xB6*3x@T(5(9)R*2i_#)",
"'s+Q!}'m:PL<!n+P9t%jBY!|[ER<)B%W'vx/%=o^>hN(l486>)T0H(R)p[*(lDgD2)D(*FXGpLY76)JIo)1,j({>&*J(+xP`hSK{%YbN)y!w,P",
"V_bTxBn.r1%'x!d)y!k`Y:V%^x%u%`!z)l5g'XxAY)<.9)y4}!hx/u+1/sy5i(b%^hle4HsLCx:5+A0XxZI-262(.%jLI'x'y'd!m-z31%`/Ly!2",
"!nxw56//[9r)H)m)C!x!k1/*8,h!lxKLej*b-/PZ,I(E%i!f,Lx.m(9+t%d<}#7!e!z`{)rxV7xne.E!z!|S0)v'r(0%XXT.Ax21(9*&%Ux-2xk(",
"0KHM)-D}.y$R,d'J3ex4_(A`h,H!lxQmnO,B'l*Vi.'y()1&7D.a!q*EDG3a*G*W(=YK;:*C*uGM3I0qJH0&^P.7xH@(=xFy)0!e/Xx]nu)Qp+F4m",
"!s+G(m%U'vx6SujRJ)/'n(B,k+L'bxqy8'(Ay&J3e*3+E,*,hV`(Df8Ff(Z)7!s)R(7)P;5bVRk)+xF`'c1T6c'u(Ix.l6<e[0X!yy#U6!2n(9",
"*JxJe0M'gQi%^*F%['l(#'v'c)z%i/L'p6Bx]3(|%l,(*yy,y/%!v'e,U'k(C!{3w0>x%7%okZ%Ux<{)dxhf%gi6y.%m{.j'd%W(c%^2fx&M'c(5",
"!f+!(&'d2a-;'cxq0+>!l'ex3|!{%k,>'e2;(!,1x+^xBS6%htliVC1MxdN*T,we*!x!i(H%b9J%dND%j0e%j)g('6t!l'cI@x!q1{,t!h;R0*",
"#h$Ux*1T%v417x;v20,'9p(@+XBE'r9044vUx*Jx=Rx=R+SL};Nx#e*.%hiu'|!v+axF>D$!q-b!h0J!v%m!i!{+>-JI=)&@3)C*b)25.'y!u8'",
"(R!s(/6mT*('!q'n)E1T2h'I(A(sxGSSfJ`*f!i.`)1(o8{>P*{'{!k%nj,(#xhO%iE^,Yat/[xm!1t^y^y7XvV!}(,'eP153,<.=]Bh}),!>$x",
"(R(,,50Nx(M(l!n+;J!h7v3%`)3xK(#h$Y(_D_xFx,L3^!wi^,z78.}FA($:+-B#^#7!p*K7/.ttw3.(['f+#(+xhG+Ac,_>.W*S'fx2$svG8xd3.j",
")K,|'lCqxaU()(w63!j1mD-xa(x{/+n#V$O!z+Gy%'Ce)s%Y!}Dm(Z%^x:c'r)6%d)+xy|([,sxSM--!r3/-q.R3<bf!lvfxp>*v+=%{,H%dx811*",
"x6gxEi6U%U.p!p8N*Zx]}%h<8uD91C[6e!e()'r)4>r)3!gGc(e*o%l!h'e!s0i*O)D(+)5(5):f#x;9!k!p+Dddx#.x#.(K!d!d(N05%^!v;o",
"(sQl)^%iGl%i)4!sx(O'kF@'cFv,b)R%ax.K+w3I(,x@9EC)q!x>#xfv7**O9S(v)3)`,l'r<]F](q%Y)42PxhX:UK=%`(A%a'c-w2v%U8HBkxA+%h",
"y(#y3P!p5R!nN!Xk!{!u%kxze0>xG^KU.S.u!i'i)T%o)Ky(`y,1*vVL+n!|(G)i!l*[!r#H#>x2RBc+lsevN*]=PVKMP*f^K-m2r%`xTfb*@='b",
"(0,M1k,.-Z'K(H<;tmy)3hr*KdrI_)MB'*rH_+#D}8I>4-0/-xDWEbUu@C!f4dx@JK4x4U/v'g*fb<!fxZo()0[!l(h$pxi}%b,h1P)m5#(B+y",
"BI:9@A3F/_r#!s,Y1'($!}%cxbEy0L(S)AxYc/J*7u'*7,R,C(PsCxqh*$'p-q(#+_%]x*{/L*CU%y'o.Q.ix:Oy6I(kBD($jJ+A(75r,H%c,q1*",
"Pt1l'b!dxbpjT-U2k/>ex(xxxJeP(_-l,3+vAJNEGv>--/,G'o<u*p8H/Ii3(.(7K3!u!o+/!y-DK<'e0-6.(U)G%^!/,_Sr1|qf!sB!3C8c'g",
"!k83(6)N5._r)0,%MpxcP'vH/(0(,x&]'px(V($)Yk):CCu!{Ane31#!rNuxop)<-Q1{y)7)LxcVX@'b+#)g(b8B&-T;%lxR`%U(v-Mpwka4qxPT",
",'x7Dy)<*n,:xs!d&-*(51Yk5'r(_%dSK*6!n4$(_xv*)D(y'v^`/EZ2DM!e'e/(/&+A'l)#C=1(!h+*NK'|,xU|Pt,[xfc'xx<(Bc)},E(/!g",
"Af%ULOF-){(N<^-/(6!k,6(</Tx{xx98*z)E!p([)R)c!h(S'sPM'KLk%h8{=X!m%i/j>(CixQ:2A/:)'x&64I/ix`{>[(&PUm&%al.;*,(!rx0V)r",
"Mj'n(:!v(*0JxMD*$+=&1!d-AM]%[;U/mXK%W/S_*-T(N09(axZ_-wLd%j)^xbN(6'lJf0q+L!nx.p%a.y&#++!x(|4bkvX7({!{!j/[i{y3>+_*o",
"<L*&-QxMa1`!h.g'r(K+];`2k(j't(!.9y<1'|)Q'f(+Ak8p!w)P2P2X($>N*T++!l1X^(bX),2)%l,*(H;f'b(=,I,w'zxK,]g!m1I*3%h1=,c",
"!rxXh2CxHm,Jx4H!l2y7f-pxIeIQ'p+&!z!{!t%g/D,uYm)d1i%W#^#/y6W%o!p!i)X2PxbO%a*P'exH&q(P<)a!q!s(*!dxmb`VxBD(G)j20d.)<",
"*rx#D(f!e(%'x*{)M!y1m!q*<,w'l(Axt**$x&o'p+@!g1**Px&E+=$fLZ's=W)t[q4PRARAP|'r!e%_6DP4xJXd6:E)GaR1('b0/!)$vMl+&B(ES",
"!|1l!q)|/7;exP&2'9oebUr866t'o-2/j(wxLJ8W0*xO.,$!m!s'vxUaMTIh,O*66Rm>0T(l'e7hx^vx_Y)6%aIV(wx|J){LIq1(mmY7sa[(C)$",
"!h%^xAI(U<^%m_#%g(5'c'l*.612W)7!g(D(@(+Sk-y1m^5%Udb<s*J+^+_1(1DVyHJ5o)+(90S(C(8't)a%c)k@{)TxN=HSvW!|;7!m!g8_:]",
"(0Lq(*+])K%g(`%`CR%X9^a['b+*(/%V)6x0p(12i0&D8)/-R(_.me1MG!*]HxB,4jU5*]cj!|(e'iZE,.)l%e)0(x9E1j'e($(34@7M+]!fQ<",
"0)Qy,#q^/S@m0K*:,h%h(:2i.$/H7q@'0#x1exYl'r!j-V+L%nx0Y(tx/86m)4)B(K)*g`IQ!x+J)/7h'p/[x&X*6!n%l!n,1@--r-Q(7!h(;/0,%",
"BI+y(!,])'aW:Y'o(S/Xy$V,I6;xSTwr)B.=)r/O>P)i!d!z.97Y%W(7Sk*wx'KK{H9(.(--y%U!y'z)7!h!w(^j,3I,q%n.y$N!e(u(B9lO1<:",
"-U(B(`+U31%^*1x$]x&bxX/=oW}(/(.x#s==.5!w/5A{+]%c's(,*o6m.b5=!f-_(m%mG-)r+%%dxBC'|,e)M.}(l)6-M(:>Y!|!uJHQO>w'o!l'x",
"(&(,2T'uJ!%U)a)/,(xyE(0Z/uj'r:m'rDcx9h.,3$2vIsSH2W*{'d!n*c!l2Q1a%^(B2Y(A'p'c.|!ex2.)F%hy&I-4(p)N(V)Nlk<2E7!w'e5Z",
"(/!}xSw*f.s%U!u*v!x!e([!vK$'p/x!n(:,*!@k'(B*C!jx*%'eias(+ex%8y6;+m%h'e1zx[k)19^(}-dy+e#(--(N.}U[x&e'v):5,Gt(q1G",
"+O%^!r's'ey!,Rr%i)^'i!v02x=1(<+_;Yx,m)tx)tx)t(/!jy5'%i!k)#*=%UPt%c)7/p,](_xTg):'c!d-qKLx&%'|Xuqo'x.Tx}0)8Mz(l(7%U",
";f8^..(k(C+JHV%gNW%U'v(y)s%^'v'x!mxXtxu1-Ay8&%ixrBPU,rY,[8'w+_.>-d2K(_,E(0%`>F'p+#!l!f-#61)h(CASx;j('!n'jc#(L'eJn",
"!w*&x3{.`-Q<{<86@+L8xy6MS:x%G'i'p){!s)]+O*(2C)(xon*n>#W02vxJ{*C1{(i,;)R(9/T%n*1)&1)x%8,*%^U&^n'b78!j5v5mxr'59(1",
";u'i<[,)!n+K*P0ex0X!gx2Xx`:xhs%Ux=@(|07%h*Fa0#r$h0u%d..1*'dBn9vxPT(3(D)X'ox`xE,.g/6)@;2.v,]=K'n)@PnJv(]6kIuxo#%Y",
",CQlx_.+X!f(#xdjHC55xa5#I#5!ivs(exDCxJ1)<xiO(,!{xr4'p0B2A/xxFF-r8x(9)B++y;9(}!m23)T-mx@^'d.%xiX[f4JxjCHM*b>r1B!j",
"*P:yr;%vxeR<}2@@SXU%oy.$)83Q&5/X%X<;!v<d]'.$(L!k%k!n-p!l1t+f%W'q'gy5l%i(v(!8p)d/c%^y'Y('3r*]90y,GxN',NYAL.y@D:l",
"1w%dI6,%x;F)<fB+1'f'tTS%U!p(#ro$}<[%dYcxL((.+O@(nP(^!v.E!xb&5b!v.KxJv)<*o(G!{%b+m+AZE+yFh!x2M!{'m4db#'i!z*&.&B/",
"305*)u%^FT/=*1!g(H+PxY)xY)3Q'L3b2k(i1()4xZpX24|!.$qgJ'i(I%X(@Sa!/!#G3%wxU`)L(K%l!o%cClx`J(A!i!m%bAb^4<CyBlfB%[",
"(p;H:|xo3xxW)<x7A.[(`%dx2Mxd+xZK!lxJt*ZyAX%[-U+g)'+nxZNCQ({DPxs+%V.l9+(B!{.g%oxS/-:/)%nxx},.;U!g)s.9'b8wMTxXc!uDm",
"yBK('-T/-'bPQx+'/kfXy>&!w)n(&%iVoxFz(BLF(m,r8!*su(xi+!|1I(RL@(Z,|-Ux+ZY2*Z4N(K,f(P!h^c0@NvxNi'|)>%d8My2tx$--*(C+&",
"!n(<c.xF&y!x(U.3(|(*'n((!|!u'{!j%`(`!k!nGj,:1,-vD$'q'vxp'-:(i/Kxx95pei)t'noF-+%nxO.(P:LIQUnxDh,J0!)/!l(|:p1=2P",
"xv)(lx0{x0{(S'e!)$qC8Xj!j!p.y'R!nPH+F-BR8%Vkf($!r('/)'w!j*nnQ/v-25!)@x!H!g.Nx*U(_(vkm+Od_aY'i2O'l!q1I)/h/[ey0G",
"x)f5&!*%2!h(=*ECQxdQ)L1i)n04'by&4*X)TxBv)i%X/V%Y+F!e(|)2y;{x!,,#%i/c!x+l'r(B*l!s(qe:,IxMw7P(.*'xdzxw:9->C6P0-+_!{",
"jP1(!w7l,`!z())g*^)/v(%n'e%V/c)y+])g)xCK,d#.'g+X:Q1g38v<xB[,I/yy#^(C!}xi`%iQ}FZx]{(k!q!{x`wxoLy&Z%nN8*v5c*=3,%Y",
")n5;C,,zxG-2d'qi.)B(yBKX7(.6=R=*6!p4Wx4BId!g*fa9,O!w!i*o;-Z].K0!(|,e%ha#,Y+#4G(D=:Ah;YJO)8(=-4'exZg4VxF]>k(7x+'):",
"#^#=01%[*r'|WL+!.LAGx-`)2y1{x+ex2i0xxwg,mxP`*&!r3|n(x+_!y+Qx{B)j(&(=(BxOV'dOB*C/k1),r!j+`XZE{87((pE$e!x(KfA.e/3%i",
"'e503S+Vx3C(l*@5F!e0p.7)!AK9.!k%l(v(0,G(,1'%h+=$b6>(u!uvu!v0ixWC7IyDKRQ+q(Y`w%nJp6oE:.i!w!m(Rx$#7z(G,(,c!yv%)x+k",
":5!g]Rx9Ikrg^xQg.G)VWp2L(!LQ*XxC=)y(@^Gx>F+A.$Rk@-1Q(*3I!vx&Y4O%e)Ja01))G7.(Z3L-w'n(/N]%Y,n(/x<5(a3]%^!z!y(BE9",
"//*:)4%dq-(kKcku8l+J(/+J5w'R!n1s40.u((Kb)7!f<H'sx)w,3+,*2x2Ox)J)I'Px6,%a,1'vx>[+`!j'z)6!s'c)Y/1'|(N'dx8Px8P+)'u",
",K'e(AYQ.3%W]q!rRAOgR8%cE`BKx9b*Y(m0x)iBG!e!y.fF]x1/SO<V'k)@W,y!:%e)q/&y<kH,,d#-x5[Ga*JgL*ox,rxea9]K=%c,=!p,y!e",
"Pjx^$+S*7+9,g!f9(twxae(q!k(c)N!i,6.L(=0A+]*++A(3xQ*(Z(k^:`B!w%_S++oFV)8/;x*F(5'e.gE,!z(6ZG'x'qx^/W(QaP_'mo='|2X+&",
"(3(;!n2y!u1T>E:}>1VK<u1G,t(*xM<xq6X2)N+2(l!q(PaH'Ot]xzHy.rD}(c.`*b*pyBn3sZp,<)+(Uy7ey(ex&#7lPd,N7%xOn<n%ba,*hm_*l",
"(s9l]>'xx(m'y!p*/(K*G3{+J*P%m!*$|.3H>#g#8ENx&_*wMa,C%Vgh!x'lF--g(1!u-MxMn,N3W!sI=*2y06M2:N>P+;'oC70!!o!vEd&&p])|",
"xEp5;^()C!,$z)''k({%`x])Fllg(kF`($Zp)))K8r<^(9(+/K)@%e)m'c)FxS2(@8a!g!pE:(=)DxL#!r)5y1Xx(-!n7z)x0I(A[R(e!s!gt;",
"XG%ixLs0x(Z'x2A0a^@+%+/xe[x1!(l(5%o)9(G/_!g'd+VD[,]!r2yAK/-x}3y$jSL-Jal,z0[%dS*)/xNTx/l!g!e2n)O)I'Y!p!t/V+o'x!k",
",K%l(^)2!g*()g(&!mx'Bxft<!*C7D'xR@!z;kj^($+,(=x|K(]Gx%XxB&,)!}*'.sx[Dy!$!h)0!s/_1D!r(7vz*Z(m68(wD,.EbC7^'s*b)B",
",&Em61B6,RBgZ4,zRWWg,&*y'c%g'v),x#t4EID(7Dg17*@%U7%x.3(:%[x'e+n(!-wx}&,tPM'L(5@B(@3#,q/xxo^@u++!d!w,hND'o){)O]4,z",
"!}B<xC](Udc(L(b%b'ex'fEe<[hU(9!x%lua(By/3xtG+O'g)+%a!d2s)0xZ90)(.!w+K!($x){'n+_%['b(<!fcyx%&/f(;('!txgq!{%Y.Usr",
"@(%c-%%g(v4J,68I!xy0sxXKAX!v/+2}*X2I$X*J%e!x`g5.'i:_'b6W)d(6+J(S(V'e%`yBjx6e8Pdux&$*G'v%b,U0o<L3,(7y#D+f6q-2Xw",
"M_x&2*.OkqHXV61]97z;*xoM+8T3sqb}xHUxN3y@R)V%[)I$Y7X!y'f(*!v+X/n(%!s)A7ZDG(@xGdxy_,z!x%Z!z+N)1)tx2n)d(|(Uy$0)fM8[$",
"bn=J!vCrD3.jyAk,Y(x_lnz@hx#3'l6TxNO*3)Z+F,+7.)d.y$m)ucZ0C0/x(M'i(*+&(H%`(|%Y5b(,6C*TbP%e2!x@Px!|6@)0Mn-l!g(H,+",
"xWu7K!y!y(.=%u7'iB(H_-dx%}(37K(H)q0q!s4:%U(M'd'e]BbI7+)V%Y#l$j8otG01'ox_N-x,>%hxun'r(5(dy8b(J*Q%U'm+ixMH1|uJ'k",
"]44>!fcfcv)&vS't4H%dx*S(n;GY=!q4;5nX>Ha%l+#y,v@M%U,U)n)m3.(0(lCU%h+9l]B()LxS<,z'x0>5mJC(A+1'd(`3E;:!y/64D-zRWx%s",
"*W%U!iC]!|)]NJ#)!yx_d56K+)P%^kf%e(3)A'g(R3e's38)+xP;y=>!j!s;)%Y;JHK.tyHUx_n,}(m9,'bR>67N:x%OW3_|xC%#H#('m19+,(7",
"*+y<4,f%X-B+A-U%U(jy1b4I*h!|+O-U'oxx5y@H,d$Xx:q=h/)(k5n,Ex#w)oxJl7Ex1Ky6w)G's!h,+,x%c-yxSj!m)l2]&(x@k4>)F4;oK>3",
"1`'i2X,[/''yx<=xHU^S*7(pNu!vPS.3%Y(7x#D(1%oE7y#6)n2k!uVk@-(-,*%dG-(8]|)<(v!y,H%Yx6N:1!|(8uE1GvA'L,yDpGKGKJmxDe",
"0Y%V(m+:(0%d*%!qWm*Z!x!}6C7l90(Ux2SOB;S!o'ny.qi!'sA)x'T1)2FUO3J(Y!g+);5-v->=@x'gxNs'lxBW,3(S%cS(xLa(ZF](S%gxu`(l",
"!s!z3z.5(&IC*@xID)jy22-9x!.'d%o(5+/<|!h+#,%au%m!o(<<P(/!g)X)a+Z!v1I3b%U5-(B4#xW^(jJ#6E(k.3%Vx0W+8,C9+!xhHxPZ8'",
"0N(N1C(,/%#<)Z6='b736C,N){/-*$%[l^)C(7'g*Y%j3[H>*PxF|)D%W.3(%q*%Y)m(ZyDsJk53mk)PHO!x(!)3wl.E't,iH,)3%b3a@u8o+k",
"h<@f!u(6!v)(xqAx#C>0)&y)I*y(p(#!($q,(,]]Y(F!k-@7;xRX(A0N-f,3x)T.R*./[()'fx/8xz!x)%2f5b7^-0xQ.31)g2Dx(w(s*]F,){",
"!y(Ex4<+XxS3`q:nxwwy/y-rOKEi'l=3y8.x/N-T!jx^@3TI')<)k)N-22[,r%bxe$,/0@x.xDExIrM]*I)N!g/U+o-U+]!h.gx%U%U,5%bo+GR",
"4:x_@!qyCQ1H'xhLkn(.'k'b*[#q#3(K(dxS/*<){'d)I$bsrH4x*5)<<_vk!u)r0axW^(5R@'b/$651y0N%U(6y9U,<%ny*y(<*;xQ)(C,aKY'y",
"0@dW!x(d'g.xZ8'i6q<`,](Fx>&6o+D'|P!(!,P(;y7*1`CRxM+)B):7M(xx,(x,(0[xf7'l*8/),cxc$4.!r(1*+x*q'v,m-I'|/)'|.f9_;U%e",
":oOY!kc>(A!pJ}6=2;+1x*wk))-x]>YU0*<-6=9PvV+L9_1e'i(CCY!|%b'mgQ'x+,!l+cy(qg52mx*Yh`i-x6|*M[}3}x%r!o)V/&'q%k1$(]",
"'ng%(%%^*;'k)a=iVCHo4WWx(+)Q(*(yjGxN96k*p3ZDGYI.NyDo-4x*),,F1'w*Wtt*1xc<)},2)I'O/>x.H(j%U)Bb7(v'e7>(u(&+1@n%dy:8>|",
"((%ejJ1*'l,N+9%U5Q!eSH5D!d@BZ-'kxhwI_xsZ),xekxx]xoA't!r):y3}2N'f(,04y'g>W%`'d,3N`xQ#(S)y*.1wUO!f;N)C0q%d6U!p*{%Y",
"xMM9M(@!wxMQ)L(K)$!f2J!d*sSe.*(.x&f)X%h(f(k(04|8KxQ+(qxJE_5F$y1K($(.Wxev]9(='q@#4)xmH4])E.Ty*ax'x)P>Ix|Y1l(@'x",
")7%i6G6yxWH*fxH&.Mx<|,.-E($!i)MX8*h!*%.-0*F'dx'*W(Og!ty'{4}uD!v=r#<#qxpp(99`%Y!l(r)6*j!e('1Yx+-V4)d(K'ooG%c,*Q.",
".@&*'ex<1P./k(xBZ)a8rqt<0)0(0({%Xxdk(<'m8Ay<K)<5/`m-0%d4VxrD:;BA*+]F)3%e!e(f,w-xc@5r(H,E0C'r*E%i)'8)03^Z31:})h%Y",
"!z+m.s%^]/4C((Ej3S0[(v,a!s(=(M,%!z!mA|Sf!eUX(;(F61I(!r*G!n4@Rex#S9`U'.9'wA;+Jxyx(])/+J*w5*)@,*'n.+Z^!g(.7%(f4U",
")^%d#j#<*F30(32=({+:x`$4pj!%_*$'w'f9Hdc*;lgAk4#($+|kz,'*G3Q&1's'r,poO5%HM0@6F-9(e0R/rxO2.r!s,3(^%nx1@]vx^f'p!ix'k",
"y#4'oo:5Zy-Z-O'fCH8px)HQH6%8:6J*P*}^t^tx*4r_x/6-i'eW`,6y#/^@,Ex5$(u!kCq(@'u(!(80Y0i(|I8*b2vY-/-xkeHK!e*|X0)Ly&vIQ",
"!0$|y!3+*xaHx3l,JPS!vxF.Kn(y'q%e:V%j)X(&*['|xdb'r)V3BdQ)fjN2Jx0;C[-yc>Tv0:*;'r3Q&03w44(qx:B-B%W*o5o)g(.65+yx4B(u",
"'f3|[!(&(RxHIg;%b!g*n(:1%02%](!FaxFw7v!f)$!qy<m*P(M5zH8xL0*2yAN0E4M))*;%Y=H!dM4,)rk)#;/'e!e!i)mi-)4%XF1%Yx&VGy",
"8M!e)K]6-gud'l(a!n*v'l)9*b!g!n)l*t5o#^#3F:1['c,|:K7l;`dl)Y%W/:,2(e%a)B*I<QEOZF,9(7x0}xI[17!p)rFs(J!h!m'xqj=oxUz",
"(*'d)vxavYI*.!z([xuf5Fm3(}(cx>*48:Gq6)LyLK2J4qJw(0%k-219<h'tV(<`E>%i'lN5<my##(+!n:wy5dF_@_F}1l)N!f(p+LG>)/(0!j",
"(j]pLhx&E(A!s-0S:(!(Z!m'j(e2TZxxv^-Dx9cx<(xrTx&%Mc(1-aP])Y*F%c(RLKx5Zy@$JfxM#(=,sS'ej/X<4)Dx()x.5(lx.Cx6-VSxUE",
"2B($+Ex6(6X^/,:(BLndm)v%Ujb:`FR*hx'}C1+,xEh(mPB(!)](p+*:65o2!%W!g,|C{`q#G#-x8Ax7mfcsP!n%V!i)k*;'pAyx-'!i@<!kMr",
"x%eYDO*%n5mcpx+g.M-,'ny0z,c*+%VKG0I(:!nx{[q^Ff*p(*'m1>)OM8Og>L+N.}(`!e.U-A(;(w39)x30>_!gxQ;+k)1WXy1^/#x|N*V!ry5e",
"+m%e/c,Sj_+y1r&/!l%f!g%l,;(MxuZPUxR$)fjE1P(6%V(D(E!ix&j(='cx4$y>Y*P!{-d=Ux5zGa!eoc(iB0)J<Y(p(sx,a)<*.9Y+#%U)DxRQ",
"-owE3H(lvS=x!e4p'eGT!{!|8H7P(.(L'x'bn%yLU0[%Ux8cI#'dx!)YAOg/x(G(p6Rx>F(J,e*&2Ly#c(%+A5H)t(m/JxaGy%m@*.lht'b(=,*",
"<<sqPm'|;K*fW:x%$*Q'd(+,u*V,3y2ZxMC'n,MJ{-kx,f*:30%oxW@%d)mSf'n^%xA>3oL%)8By17iVvv8dvI)I$k2a!f-Q%i3[!kxKI7PQ2'F",
"xBtxc&'e(m)@%iSj%`jG%i*}(g!e)c6/'dxf*xl<(Y0J)T6&Lh%W;1(FRX'g>OGpJF1G,*y(B/u!p)@x#xyOY3=/%#3'c%WXU.>dg1G*1'|!r'q",
"79xh!4R#.!q0Z)k@qx93-G.BB/0!95.U>S(A,])7!xv6%a(36$!r4@9ieGx:z)C9&']!s!exS70d'p'wx8+x8+xf3`TX2x|ExP4)<)_%c+_'t1L0!",
"!qZm.L(01]x-C!j,I)XK]R70!'q'fxk'y5Z)B'lpY)<'d0J[c[c8d0s8PyL('q%m*I%WyOX*y(O(!(v!e(C.**+!p.T%[,C,Q!q(y)Zdk8B'BxY{)<",
"*V!h'e)X.y'>xM9y!I'e)4T+0;*F4Hy<8(P'p)E(V(n's!y)'8Z*F!h((,cP<yI>!o3,>E1D!f)U,0=k.&((DgK+)9(_,U!x6gx&!.3xAu`^xqb",
";K%j(B(ME6%['x(x(^2p([ltFk%XEr/kx5zx)+)n=/6I1D(f!ixUG6&(+(!!m!n>W(]!z*3WfTq)+0OFB%^(q*228%^6qS#xPa%i#G%xxDO*/(KxEc",
"!u!p+L<u([.UY6%h)q)uLX'xR,xCg!o@y.7/j#m$by,R*nx+Mx/l!mA{ro$q_&'mX#x9L04y!v!y>}F;%Yw>%oGFCq'ew}*o,I)Fx#l!q5o'q(5",
"!)$|:P)/)7hV)-,|xC=xL{xH9x9{!|M/(*'t!#@v!gYV!w)2!nxa`(3xxO,e,$+f+Y!m1Q!w)MyF0:$-21zoH'|'q'y_|),x2U)<q:AUyCGxkZ",
"'j!o2TpR'e!x0S,N0g!zZf@N'l7,7:8^6*%^1Z,31=*3xPE'd'f),xM).I'fDK!z!p!y%b)7!p5Q!j.l!u!d)})T!y1@%X/;!k1/%[5g&+)TA^",
")j%`(px!'m-x6EB6GR)V5D'l*$/e(N.vrq)N[)xS<)<,P0p1S%U.$%UH:*X)71,x{E-w02+;(^xMc/''lhTI`)^%W(RxRp(3'lxVV.*(w%axUe#)",
"xVY9Hxv<,3!m(P!dIi*I'x2)cly$4Fl!d-tgZP{7kS1)q0y*@)2DZ-;!q.M-0Fa4I1;.l'c(8!|(c%d.}%k6X_.n;G_,Z'm(p%cx#T*f(A0O1Z'b",
"K/,S(p+V'e=y-f%Y3&,H!s9g8PHA.5-*..,Ny!Dxx=!k((x+O(]-U,3<Q$r)=x}aFey+gx+;)QF_)8(pi<+-++xGV.RIDx*Y(&(]]|.R!h,.!vGY",
"x]DS)!xy%[(S5eGA-$)G%U)`%W!-)Sx]5(#VO'r/1X<G$'r'q,]t('oOMBC6*(RyEb5Wxjt(J(@7DxV!+ngc<`/X(.2MXF=w)/y);'y:+!p*Cxzj",
"=M!s(s-3yGZX:4}25QB.07Y%^vS/H1a)D1`!l(C%[^Q=S!xRS04xhgbOdXB60E2a1D(02f(q(7+I'g0w%h!z'w(&'o55%U,C%d/(-w,KDN,*x8=",
"yQB*((A8X(c;s!wTZ(!'kx!G8'N!5<xn6(%*|(,+F<U([E]NK'kKJ(u14xTy*o!g(YxARxzo*2x|QC;(b(R!y+xSK*Zx@Q,z55)U!q)M@IG%)6),",
";K(<!g^]'k/*b`/I(S(fXg]v@R(a)`'r>Ly'j(6%kx<S(l,=2PG/(<yL_:U2#1v07'i+=#43{U,:Ox0Mx>c+o'es04S1{+D(&YU+1,C(.x(E%^",
"!d(Y3Q$W(0%j,0)LQ8D_1'(L8o4a8H*:FDES/86$!()S0_)&xi0+X'fx#ix[,++xHP-;*7nKxDF%h'n%nn;,^x;-3y5H-q!i7I9S6Ix<s2K-a%i",
"1>)L<.%g(S%WpU-;(3!hx93!|/n($gT0sCkkS(8!d'e!w)Prt1r'I!z(*FI'i8@'q){%aIJ%h!e^0Jf)&)4%j'y+o<8%`1a,}x%y/Ixwyy0w+4'o",
")6!v*[Zs*^!l(:('PZ)<-T(s0q=&mo'|x9#xiu'n)d(b(/xW}%U!pFix@<9h]|*Ky%H*8B]*/(vy._+@,/nZ0d$Q5g0U%dZe($59><'bK&-D'e",
"!y1I([(@l|%U(e0x:VD.!h-B'nZU=r,YxM#iC!}'p8N!w+='Ow]0c2%$qTi%Y)FyX*x(u5v)X!v=;'o(==H!v6hx!6'iSL*Xm}S|*^(Px7',I)qHa",
"!|(aN2%W!o!u(6!ey*Ky&26_v+6C'p)P(1!w!g;L%Y#r$n+,%a,d&%1r&!(S%m.},Vy9)25!hxe-Z+%d3<-791'|)mxX2x`0x.Zx-a9o4[(U2;1!",
"x&X*Z/U%m+,KM+f++J{Oy;;!j)I'T!k%ZyVV)|Vs,cxJUxcJ+v'gT};Y8j'g6tS2;K%X)m!xq>>'!|)>o>!{2C'e7k.G-U2PPI/[(S,DG>ZNxVp'f",
"-Q<Y*P!l){ch)4H>x}I(J+=$a(s)Y9^0poXkg!r*o8{bt(!+lC-%Y,i%U_Lx:yx1G(,-j)N'n+{K0+e]>%Y3Q#8BE(l*7%ax62'r+7H/2I$QyI}i8",
"ZT-Pxbd,zxK$^`xdO(#x!C-&(+68xz{IJ>w!h/>(C!wF]<[(7(s36<<[|*b!y8W0c3Q&'xZ7(t,t(Zf`)r(v)7!s36)gx,8)R%Ux2M.:)P+Py&X*:",
"!w%`61):,t*:FK%U*@)6(MCQ'k>mSY.*xJh(l.+'rxVV('(5%[ae)2*C2uCY%[(q!l(&(C!h+Xm2)|({!o+@%UD96!)=,3(10O*%-*0X%i!g!n",
"(|h=)P)G!d'd'n2H)ax9S'k`0,*9(=A!w.$%d:n%t,C!m*o.Hxspx=ix4N2VB)%^x+0QY)k%[*F!e+E(Ey:U+i)6x.]!{-wPdxf^'e/T)n!r)F6G",
"xez-J7y%`9q,I5LC!0M*$-ln]xn^-n,C)/!u-=!}/<(3!s)I%wZG!|x#N)rBIxHZ(d+e#f#7.,YP)D+YBB5+)+GQ)hxTy(v*GxW%,N..7l0Nx<`",
"31y.5+qD,'k,](&,3`oOg)P*+HH8vx{#(`(AI})V)$Um/rD|+1(R0QPJ4JXU(PB>9('eLZxCi:cMB(c2X)/(Q%dW5/MgZ6&*F+&Q.4%6q,y(z0y",
"bz)9Yv+;!f)2+'0BXi9I'ex1)xUbAq>.%[615D)J!p)I$`x+U+19X%[..(]!w*fS,'d*^20yL)p((@:A)T!q4NH],GJ'3G7Fx|4HC42)9'f.BjG*Z",
"1Z1P0H*XM4GRvS1Jg!*:hx(<++%jx{z0+(Yls!sZ!Ab/M<gyH_(:y6%.UG%yDHy2l2]&'x%2jl0B*<O!9[RtxeKSX;I0[(PJv)f,d'Gy8(,N!f*O",
"twD2yDBL{Ju(&*Cy*l'f'd(`)$2w!gW.DUZa*6(s'k(*%X'm.r(B5V(!*]#r$l9J!rxNv5Y0)%hxzD'o6_!h,R%Wy%d(U2Dy@P*F/[]l+$'n)<",
")E!oW=(!([.+!xHq)x!h.qxoj*W%Z'gE_x!))|K0)|-gxFI2h$Z(D(Mx*5x3l*;!g.=Bc+0+k0}.A!z-A/(1!)x!}cB50!v(o/j%hy:}2d+,%X",
"!|+GY$)2!z+OxAQ0*7k'v2LyPC)T9M*YH)5nxn!)j.*,*!f(B2O/)2J*+'l2]%u(+(EAp%a-P3H!|x!Q'f)axoicX)+1s#r$jj.-/xi5Yl){+9",
"-U%V'pxQn#^%|(j'rx:k))!j(Pdz*sxI3!lSXJE'b*CT;r[+F!w(B%U1=/Z+2'g'p!y'e;,+9!|6/(,x8{-;*%1!3R.FxwS5Ghx%j(v(d+DGpy!EC|",
"!l,I!r@GbN%Y!o*&,w%Y3Z.R7X/O'd7P^UT^!u%_*F!j!g+P(^%^2cT06*(g(1xCpx-L9G(%'{;>fypF%^'j%cLIx,XWKWr@L'o.,x`dx>n'd'b)C",
"6/!o(N0!,qx#<T4W<)Z%n)m(exyV*]x*|GI)EJZxNGxNG,x%^xf(#U!m!|y1n6%+[%]'p+-5B$_/&y)G2Lx3-jNBk*Y)H+FtO*E'b@)+*(:7$!s]y",
"yBe*Z*%xCX+-y9l(7>IyS,+Q-[y1W+B`T)a%[)0*+.4+V!j*<2&/9Cf76x84AZ'b+1+9(('dx;k!i%]G7'y!u*<xP[1[*JOs(C=lyC.0o'n]=(Y%k",
"JI!|yJW2Ke4)O){%V.B)A)Q%e/V+8xZO.AyN=+n(wxp<)uLHxOh^<8PBL+])K)u-#WB'g){!gxl'):y1*-w-I)9K=!e7^Gt(A+oy;6[A(3'k!v+V",
"(0M]7z0J!}+D*7y-sC{6oIk7m+S2&[Xv,)E4d5bx*#LO_dxWr'oEN=E:+6@)K%c(('v(:/k!v(]/E*sx5wH2,:4$'f:*!A%-!k(/x4]4M**$a(K4b",
",x<y1))Dy7f)<!e*$'ey[ynH+`#j#>6T's6-3#!j*y-c,Hsu2V)uCQ(S%dx:(.GW_*y*|)>1D^]'k6!!z!j>8a.'vx9>.@&5/8xA=f)#)*r(ALh1Y",
"*F0i+;+cxqI(]7k+D)I'^;yxj%!zmS!q-M.y'_yNg-ky>:,Ey6<'ox_AMa'g)+)F(&(c9$(ia0xB[-4/Sx!^,O<`'s'o2@<N<u/k#p#4Sdgh(h%3",
")3*9Q>&,!}b.y8i%^*O.:!vx2H'b!x!|(#*Px!Q({U%([(%_/i-(f+&(wy3p-R(J({(UyKs%dfX*:'y*q#r$f(.%f@58v(s+Y_n-ex7>7e!w0.",
"xy$'r3Q$l!d@{2DBTLG1}aS*y!rQB*='o2Y!z,i/H)v,NAS,)L$x+^(f($,S('`p(]Oi'mSU.!xli,I'q'xxEpKU((x2,!y+2+/7$(Y)7'n(3xr2CK",
"!kAXy!l(#+=#+xD{(_6lyUfXeli/7(I.$)#xfX3Jpw6!x;MCKV^,^Bxm)5c)C04%W3,(,(S7L'gxU.4f'r(v4d*P%^!vxZ8WL>6,C9BSQSQQ>#/",
"(e!ix'vxF&1&wo]n)&6U(Cy0V!g(b*&6/)L!u)R!fFR)4+P4$%b,C!{xaM19.=)YuT1GT:%Y3R(r'qx6$4r)Z,Cxt^*b]=*Y'b,w98,:(c(+%k",
"!h(G/&(+tox:b-L%U!/x61)aOex2Uejxe^),u7GY:(%h!i8L)q('x7P)L)N'gxsk4n+D%W9Jx2}EeKD!x*w/(%Ux')$wx,A_S!w*z.%xGI#J$m",
"xsPy1gi#B<.&%hyYr/@#H'`xs(,cxGV(#ZpyQ9+,*uK{1G-Dy#w(75j1aW`1@($xCi*Tmo(<T=)L+;!j*1)f*;!x30!|)Bxbb2]'D!}'t!l)j,r+g",
"l+'o2]%v4N>m>LxU{!r)py41-iXs*py2>/b>e%Y!zAX/uX>P14GM-xT))k,=(A.}Hs<B'by#8!k,N+E'rx9j(#!q/U+02PJ2)g*$1T#G#4y$B*p",
"x]kD6'p(Z(@x<J!n*nD|LL!h(_!r+^I5L$x#},I^:5(xn)Ri*VD#(ey)f!k(5EZ]JZ;AZK3)f(*%[@-%gx;1x;1G3$d5/!g,S+Q*V/k)c%]xI5AE",
"xtW,2xgQxy+,B'c*['y)43B.9ZR*3gQ!-!-Gc%ixg.[2'lxU4xx6+Q@L%[,RDcy)U2y<Z!q*O%c)j%a!vxSd/ExXHyET(]!j)l4=x$]!oTj)PYu",
"xvy+GyVS*/(.(5+_,$,<'f+q,{'nwK(Y'r-L(J!f)<(f'o+SK8]eMO!n@$*[xyZO8%aq>/}^@,I0!,E,y(I+,!h+#%V!j0p(='p,h*v(*-JZC+1",
"ta%c2f*;.%x8HUny'%xLnB,x-s/+yXy$Rk#mY'p)861bQ)K%U!w1IBYx^}3I:p0#H>=A4<)kx$M6ly7D4$($)qkA(j+eyZ=5I!nTZ.b)'(w!w(p,9",
")B!x>OySj)q%X!p+N-q24(i0O:z.t3bxr],=(!6>6=(*T+!u%`,>(9x!/*Z(p%i-yMrx5-'r-U!lx!7/I3,y0MSL)L,q'f(*xHf.&%WYATx(c('",
"(exa^xh**6/ELtxVSg<+U0O@CK-x-30t6Hxq#1B(=(^1,:K,NxUh0E(7WdyU6(6x%b;X#a$Y^N+R!r){x3o*u(N(*(7!x(=)N)i4<)F!wxw4/v",
"0[(/*l%Y.W*h+F%Y(m't*rcv6-*p1w):J{2kNGBL(.(8'f)]2D4xE1%YxQCby!pF]x9P2WxTI+o(6vs,#y7g/V)|++xFh(M(/!m%]*d'n(Cvl=Q,3",
"'q(_!v.N)PH)'e!k1L%h!mx$WaO)|0HAJ!u,gmK(lxtt=71]!roj!p4fxJr3](=B)Dx6I1H)D)o(.).UnU9!f-n+>%[!qy(v)P(Z+@V{+]*fyZUx<W",
"x3x(])h%W*-%iyBtd%,(lr!j(sy5.MG(e=:)Kx%Q)qxaZ!h-A!.$y,p(Cu)(JxZK75xy.xX#yO{'o)Nx(*(Bx#741:c01'b7Z,E(cOH!x)pRAgx",
"xIX*p(N'g07x#x<u6oxTb%i,Ux!Hy#Q,c!h(n'qKu4r=lLX'r)3xnGxJB%hNso,(H%UxDS(k)=(,7k'f,hP'*r!z,R-:)/'f9@W4>EU|msx{T5mq`",
"(m)U/X*f+_%^K/F-'x-4yC3x-J)1OY(ve,XN#2x&<20'p%`(sVH,Z)P;z^PDN%oyFBy`6x[Kx]K-g%U>{%i(pNL+75=/jNbyFs5&8B&00Q%U!w'z",
",C't5-)H2D:M(R1G+#!qy(y(F(*->!lxZ{(!'oLhxEX+fQ&y:y){A;<Bx$N*v2Dk[)B!z-2x&p<P>Y)=-Y'd()yGN;8!j>l3q!h)I&$)M6w(!-=",
"mox,<)c!v6<xXSON<6/C%j)a)n(+Dx)B(l!rx1e6ED.'y)<!kk7,x%U0[7F,(ie)F@{2!%n]D.G'e%b'e'n([.,)3'w!`%-y!t(yx:yIpY$UB!r*3",
"(5!hQW($0!,#!i!k8dx@T'edQ)E%`6<ia!u,ay3@/J8B&40g%lF60c,C(NVorw)>!h.T%^+q*s+DaU)x(5y#PST)T(eyM7xZY'y)RyLmI@t4Ma",
"9k(U(O768t%^(@cB/8!|,R*s,&PpAT*Z;/,EBvx$+'x,M7++txp60I5Z%c+l.}Ii(<4M%i'k7v1uF](v%d!v)D!n(()I$T)Du^)PcAtT(l+K!x",
"Qu'g(v)N,0+QyK`m1(B2U'c5ejs,.(=:Sy5ExQh(q1WyE#(G)R'l(I,H.&x=J)ax+=N,<5!h0O0U!|!m%c,n*)7sbm=f)|KBxLycb>5nLdk)T%b",
"y-(+R!o+;!e.j!j)cxuX(1)M5;x_|/J(&,b8P(txQSxQS0X1R-21NJz'd(C(Qx!zx9*)k/cxJx1(2w(ASg%iy@s-JE`)GLi'f+S(/(f=,+m'x!i7,",
"A;%e)x'cx9v1|A{%^'b*0)Ty!kxv$,))^(fJj6Y(+'t2vTeWm)d!i%c.5(/3,'o>L:`xNi'ioH'i8l*I){hf(BxC.:h*M)3%Y)+(dch8Ty.O,.",
"^)&/jc'wx0.1MxRX*(,x(U,&2S)RxY:-d(0H7%hDMk4#4%-(w7V!f(!'l(%9JHN2]#>xf|)<-[,#)lB''j%`t21G+@E&'p)y*^!z`l*<*.'r1C't",
"<8-42k*uYU!o(`)`-Ix!u-g1G/%#=x%e)NxJx('x%D%g-l85fl(](Z+A3&)d(QkmgN0;4:'f'k:,7Z+^AUxU.=>'r(q%^!n!g(c!y'b0J(:vl'x%^",
"-gy(])u,$2M%my>Hl-)Q%nyFgyF>!})l(A1@jL)8xJ!]H<d,<6G%c,5x9%!wxC>)j75!p+z!rgu)E.t)7(ZyLl%n(SdX!n)E;h1|x>2+Y)_-M!f8L",
"8I_.y;b4lS*A1'eB'([%dx[i'ixINUG2!)`+bx}QFH!g(m'c/X;C/3/-<;:&)^'m`lOBJj%dx6}ka,*xQ:ByD2'v%^MqEB)G+8*+4H!o2y[!+8",
"x0x)L,0=i)6!z(B!dx+0Ll0S(Ub`(U!pIJ8U9M/&%dw[H=,Ga;D[1!(&%`;5+t'px$o(5-9yTV*<.+%^,U($`oL.rLx&p'xxWwk@1Mx}w4axS!'r",
"ySy3/xP}(];)*G!pomMQ+2-0+8!m!ex==Lt'n(KxXeyY%OZxaq+4*<;`j3(pKpJw'|(py-@+E'g/3%^:R(N'l(L!d(QyJ=9_..%V!y=G!dxX`)a0O",
"*$-P:&;LDk)d8E*23]%ey(@xc;x!Px}#xmO+n'b,m-d,|5z5M8E(.!p!{gB(J(1b7)mUV)3-x(53]w=E&!e=v!e6w,<%Ux0x.j!o!ePJu|I)%U",
"/&%a5VSe-20FNEx!'(&Ot)K%e/*'s)I#&F0,z8d,P(B!k@-%W(**853%^(1-4)k*^xUM,/9i!pRAx$I(H,<6;bT5B$k0g%W(p-lskJ7Re(S5:+y",
"(H0I*l)O(/1%xOdx'n+/hYx>dMv5HDm/)!l)J+A7&'c!j-p3['t(i-r!wx[M+=']01%Y,Z!p's.R!q@Sp5)<xb'-w.ayQw(4$RxZ0;e(ixxt!h6k",
"5-)$'e)[:+'r+f7Vx#s:#KPx]C53x:Xy&iy&iyJA(<(I:1)h'o!q+&(fy#m-l*%x1T%[)aCKal,N)'(,!n1T,*(G9Jwwy=[+yZE1*)s's!oIC!z*|",
"2Q!v)j!p*W3r'xHbxe3x)XrM'gyOw/k!wt;+9'qxeg*X(&0xxGNB{;R*f.mR1xtj+Yy$w(l=qBc(I(Z)N'rxij0*(DuGxHSxHS(wxLpx.pyea1z!d",
"!h1TyZQ:/Ed'Tx9#y$GFH;7)0x%6x`)xgbRD2q(px)S7#%[)XM:(('m1ax+>!o%ZFeF[)1)q+|%h(&%b'd'{)6!h!f).y.]*p:+%i()'dB!<axjJSi",
"Qi%nyC@*uxxb%n(A)Hy#(+JYv($-exkj)G3hy&j(U!e,PaK!iyIY('f.%Y0K76(@y!ry6f*ux-@-x*7%d1]19x%&4.)M(_!u4p(Q'o7&xquQ.*h",
"'m+m>WG%*Yxn<*V(lcq2q!!)S.y&.(b(l5.+ADE,]'b)f!g)rC%2)y3H;6Gx%k)V,)xt#*nxEPx_,x|1J'R8%a+-!|(A(R+F%Uxv[*X2X(9*.x5-",
">W<0!u1I'px_V/&1b2#0:xjOC|'e*r'e1%y-|0>x^T%hBx+17.x#7Jf]6(f'mUNx%`sp0:FC%n*%deS+'d/S]D-2iap5,N+L)2tH4n)^!x's!r",
"!s.MR[y7zx(yaq(=BZ)-y#5By><,0%^2T)4#U#9xj]&.){9dBzgW.v/[^SycCEl)t4N'r.,+n5.xY&.y#*N$(ZQu(,'y%^/8/23w!z2XCz(@B_",
"o=)<#71My0*'i55e/W|%dp}%^`sxq:/5UR'm!n.3'cY--p1Lx$s(:+]*Y(Ay:D(]7.!w!pAd(m%]_mjV6;*&(d)9,xk}(vyR7eQ%UWI+>)0%[/e!h",
"5+/U-%5=wM)2!x-R(e'|G{=,sYr#)9'x#H%txRI%`x-@)L(('f;G1n(1T6>k%hI1%byLC.:+:%U!j('!^%Q*J(y5B'>)I%}2]'I^Sx6exN3!g-z%i",
"-=0sI,,N(AGcxSM1M2RyAOD&9gx4N(#+O:<J.0c;H8b)}K],'%h(^*$7.'d0H(l*C4$6G(.#l$e/C7u*P%o!d'p(C2N:Q(lyKLN@,0,L)x(/8_%h",
"xd:+iLmP{)axFE(%!g(N%^53C)y>W)L!o!s,n8x+m6%)ax@.871m'v/2x=/GO2]'K)EO_y_/--rv!q.a-Y!/$wISyJ;61(.-P%U(e(.k<x`Z!w(t",
"(Hx.h+;3B.t(qDLx3+,](k0qDesO17m29zy+2*(T9x4i9v/)lgxD[!z%Z'l,@5AI8)}^._i/IJ1%e)'xOgG*)f,P5;<h(_Re6mVh6O'eC3(E!n",
"3Gydo[VL{6G)P;>(I)Q0C!f@o)g%e-E!lxR3T6+K([8M'bV<(U!o]y)I&!!w)y((Nbx:/JG!w!n)s'k!y%[!nS03[!{xP5De!u)$x-KxtsyU2KL",
"Jb)o:*xIp'l+2-T0Blcxzu:K;1'l12xJ7xJ7x@:)LbE)x>O2b'q(l!;,_)n(5y)`(n+S!g!|xrZEs%jyf:*G]sx$,>W%V7.%d@Q'omK'r!f*2)j%X",
"(R'dM4Dmye6*2yN>;,x&Z(l3t*6'ex'q3I%W'd2H,Z=8Y((l+7*p!s'o,>(F)=%c!x)&+%'tx'p(Rh.x=%*O+^!rYHAA$M(B%[:Vx5^yA{'u!u%]",
"N2!q(M/[(H@]Dc+A9n7D3G)C0&!d'p(a(:%`*+0O(C'e//6b!rT$'q()x_|PB,*xd,5g#95nxavr}y$(xV:4>.y'I+U(9x!7><'x,kl^x+ey-qxR2",
"/)`q)N(Gx7),3x4BCM'egK(N!lx2G4CxE]0d(.(b+Ib',Ub}xA8>%'d!m(1-IyTW%^(%'gL^,Ine+>(H(Q(^Y!y-a'|x|H%Zx%DOP!ex/S(Rm8",
"6c)8-l%b(c($(7y'F;:'pcB!n3I)U(Yq`i}Id!xn_6g%ix()%n(=(9)E!e(@x..+D/Z(['e!gx|e'f,wx&]*T(S(8,Z!h8E%^'g!uLG(!-U*'(==V",
"14!o/2%ix6c!o!rFey>r)yi#-Byg7qd(7-R)@3:-U%g!w4%!dI)x:c'|.lx;kF+-pAr(px;t-zoDyAu(I*Z6k!hpwxGR,n%X)ia.(@6h2#Cz(S0s",
"v5/v!y+yx%=%mxEfU9;.*pBK8u.U(:,t0>!!$}(w!g)`!|!f,|>OGn-y%dxLE)y!q,C2&*)!q*Xx;DGXvL'|@Y%n1:%U!p+2(3yE(x689IK0!h",
"X%%m8O1(*@%dyWay0E*tSfiM_d!r(k3e!h#r$i04D=)T,{x!<TZx=MW0;&e,yTwK1!s*X2;*uNK%i4D-:,xx;+xP>Bc4V%hbaOY052V!w,,)=gr",
"FT/v)Qx/Gx`$ycX(m!ly!mrtx:JBn/V(a87(0x;-x8V:;4Lx1X;Y7r4)8WI*'e4b(YU%nZ7P!}2[!m+o(e%Z0g6m:_xO`x;Q-Vy`Gy`G'm'c(|+A",
")V%Vyc*x9J^K6`8ofMA1(!+q,k0a3Z/X'oQ*-xx'7%dx)3A1xr[5ox>H1|x&J)Y!erV'k,cxme(txV:7lLh(_!o(u7#%^-U-py0p;c8x)2-y%b",
"/;%hPz2d_K.8x=e)n'vI^x_b(#xs}HC#G'a*@x-)(02W,;f2.y$P(i(!6IX4#^%z7%0EaL,.(=Gcs_+@xyT!s1w%^.fg6)=%n*K%UZ|R1^#x){",
"!i!e+((S+0OB(*Cz!A)S,w%lxeq%Z'f)|!v:})VCKWe,$!k!n.5):+lymJ0wycmOK-/)4%W5.HF6<;o.^%a(=5pTS@H6<5ZSq(A)M!uC.e$-ye=",
"(`%o'f(kjL%i*ESeN,*f4M%^H7't(AxwZmh9b+(!hx*!+8!z5vy//-Jx.m,%(.!|(b+Axd=Bs*r(n*J+A(CyPl#h$V)n-w,l%U(Soa)6+V+#(]",
"(_Jj(*1m,R%m)l%iNJ#=xB|(J)Kuq(A=3Qk%m(exhk*$*&(m1RyV3!uE%(-X''x#U#B*=(8*;%d!q!n!r*+)s^kx=q%Uybn*)y#v%ik9'u'xP(",
"(*(R!g!{'mx/#(vJ5(R!f(+:*y3|(k/y(U+v.h!s(u+q!{!zJB5A!h!l+8x#4%h*WHCD)xh%-_'|!0Ivx#%+n2Lx-/3C(U+E'n1&!g[!%^!v+P",
"xz0Hx)a!jb<.M(+0y'nxHjyc/1<+DF!(v:]x`xx59(f0OVw%U(Cxy](5TD07x5^M}(=x1^,H)/!y>g*p(zCK.aQdAU%U.y$WxC]%ix,q(.(QTh",
"!h2b.$'iRm,[dE),(^6JnMBT!i!q4f:q!d)]+B'btK8|xUG6$42dA'vx<_x=K)8(vyMMAA'V(S+2(60I!r()H*I(At5_8[of*$'k*V%dFp-x8B#@",
"(0yh:)97B!n'w({3#(+(j(7,s!x.`'c++CR(J-R'rBaI$Ai!n'extU(Z/KBE9I(E:<'n787rx,y/:)H!j3!..-/Fe'k)m%Zy8r'|)3F}c'JNx2Vx2V",
"(`(<)Nx*oEhQ=/>)h-v.ty0@x-u)41(;f4lM4,E1Z*h/n!v(/,[y5#-:.p!h1@@QxPZ(#-g%hy4-(#)K%ix$Q9]y^C.Ax<C'kxq'sN+#%n(_v.",
"+;'n!q(c(v9[){eI+|-p*3%X)K0y*^6I,i)))gx()*bx2q0q+FA}/M!q1WyQOo,5'(svNxpkx/1+P'x))8B$Mx98y@Au8*2>-%kLG9p*OKF(p)'",
"+9%`3t*Z(BxMc(Q!wy212u<8*j)mYExvH0I!z+g(|-CMB(x+O%U:R!g!)x8z!i(_KS+/HS-Y0%+J,&+X)Df8's4>ycu(s(3clyB:+yx/*yK<,'(;",
"!f!}*t!w,;%V@V'f.}KPg;'rZ;`/!k!qyFR/d,7)&X(6,+F,2!h(m!m%aFq4%!g%o+)17m41/y]3x+4Mi!q+]GIF0)<(Q+/!f%oyme,m/:x]FyT6/%",
"bo-p!u%lZ>y=YC{(:)_GQ)N3#@(u'C^Ug,C(%SL^<xIN5PMP5=!k<R=2)f6<*KUK0sr4T;-U4dk3!v!)!)(7Gk7&(P(5(crpx_V'b,B,1)]!n0J",
"+|%YWk*:y/S-pxAAZb/D1,(j2Hy8t($xJq+Q*)%i6Do(SQgxxcEQ,/9%^!scy)j(Y9J2iy%;x=x'exBvx+)3oya_y4YyRV*u'bQ|+%3Fy>E'|-E+@",
";&(d(H6$9&&'B+CM+9x:8!}([(^`'(cx50)7,2!gCq,n*I-9y=q(C2b#f#/Jq9g(3%W)u(-7Z%emfJV)X,aM@%i)032.,>$AK+F(H-i)>!u(`(R",
"!q0xKR(]'gx.s<}#.(K(|!j0.E`y8a(1'd!h)'!f=v(H<86Cx]K!e/{*%'yBF;*_2)C.i+@!z),xcZ)(y+W0/)j1//VxUZ0B,/2)+D7%,)/N%]",
"yf&J9B(,NJIxF](H%j,ir7(c)2(v!f7.*Z3Q$U!t1uAC)&UOI>,P-m2]'U:x)qlgIu@V(%'q'tSL,N6e]9Ck2']|ES38%U!n41(@xza)V253,hS",
"04+LA,y+j:O)8'euDxu#I_4:!hHI!x,Bx$+,*)3T(%h:P.*>sX7*Q'q!eZ=!|(y>_,)((%a'p(Y8B'@!r]UyiE!w0e44eB)2(Z'g,xoSx,-wt8H%b",
"ysykm)+1R(sNx(K+*!y+XyRgyRg(C%jF44@)J(902xeb'x)H:5%^1]*wD(3X07ySA,]xGt0Nxk}qlyMN2R/^(px#|x:33B!w(``.`.)`%X)c%Y",
",5IC(p-g,6)Cx#G(='d-J.y&%'eof'v);Q)l10w@_!p9z!v*Xy605gxQlxQlySb+8)/,ktm/=ngng3L(_xXz1*3v(!+,4U65(tOl,^xEsxuV#I$N",
"(!:561('6V0Rsi('_nx3H,6x6E(Sx1j)3(k,x*3(m9M^x(l)j(&)i,l(H3I,J*Zt5'x6k5_yN<0;(=]Fe3Qjx<^(U[z+I'x-Cy+[.IBNucI11s",
")TW`*t4%7:G_1=),)3%j+#/uDC$vsQGbxEfxZ$#k#)0u6oyP3(lxXe)&'v.tyfS*T#H#*(S(P+,%ox)|-Gy,s*T)@R!'lWr+F/&*r(*0@%h(|(r",
"4}98)J(3X|x`D(7!}x:[0c!o*`!b$|G.(6;D.uVO'|VO.R^q1(2rf/i(3!(+xf+;x5U.&,,'p3|,10EnMJRy'e(P!syGk!l'v.g*2F2)$Xg%Y*Y%V",
"'c6!#s$W(1%Z1aBS*[(%.ED,6.!s+L!|(v2&xb,'u/>f]!q[l6X3s(B%^LY1}@Wx#K)a%gx-q(UyD!7Ky&V$Q=`S2xLm5*yY:A:){x1d+qI^.$x](",
"yKl36x='Zb(f0y-T-*3EH$9!<a)7e=IiM@(0-t!u+%(Y(a!d((9<%aX.N{/W/Mx`1Ho-dx1''b%n!}5bCWaU(B*$8lge!r'w)+()x&b()7sh7YI%^",
")4+&y.V4Cr{6&ykw:a4#%V!h7+y#`#.)k(N)V%o+#ye5+f'fe5<E(7%^xjE(uTg($Lj!v3Q'XQPF$6V42,6)7'eHO'eD''l1[*Px;k+B-:yRMxev",
"4[%X!x2yxubxB]/x)OrT+:(w%n!g7Ix'7,N!e.9-h'|WI/U)32J(R%W5c)93[xT3FB'n)Pl{mB%e<,25y9G/}(^%Z0f(mRmy(|yb{yb{,K)|x@N(n",
"2c^.'e0*yuoydT!u*G0X!wx&Ry=ZyLj6!PL/[!|xL5(Z%j9*x[2B}0d(B);FB%Z!qj!48a2'g's4}9;fiU9(qx(',C%^:o;m+4'g)^!l,Z(kyv0yiX",
"6t(Ry(j<3.E'byfoy>}!h.tx/z(]y$3*p'p2vxo:)yDc+Py0O(Ihx)yxeD1I,;!h2]'G.&'o,D+y!e(V,#%d0[)h*K(,-fC!(&xN,)x24QUy:_",
"-Tx2$x3q@BXD7P'q5q(.+2xJ:x2<!j(I([(;'e/L9-,S'vGIv7=g0&'b1:)]xIed@!mSY)F(k8d,Sx.kU3(747:C(F(d*<+-'|OF)81$!w!qRa",
"*QrwI'0!Rm4U!r'u*Q%^(v,N!fVy(3,k(%>C4MxxR_K(9xFqW0c8c8'mNQ!e!s(&(Z/(.h0q'v.$-rO$!p'f++'nx,<.5,m2T%Y*+=i,:!syq:Yf",
"!q,a8M+&)E4V)3!j(53/BE,.JJ)C'n!xFw1sx!@%V)R'gx5e4%+|%d5Zx]n,ox*^,'WX`Dyd!2!!m(w!l!rv=9Z'f3G)4I3%W2n(@xRY(u/D%W",
"){2P55!hoDt0!k)4)3))/X*:+#2u/;.F-A4KC5.*xVY:3.L!oxl5-V*.'s'p'c(;%a){2,'k1l8PyW*h6yi0Z>+mxPY'r2]'ED3-x-TyL@(qI]",
"x{y.X)3!h(`Vmxh'+AApM='exDkx7=L.'pB,5B$fykZ+X*=%h!j9,yTv(av>,9a5OY.y#)!e5&(5!v,+%d!g,.`%5VxAA-4Xs+Q1$):1$*u(D(V",
"yA.xe0!k7P,UxP]Y$(A->(9q{;kAK*`){'r+[1HCw7407Bs!|4p!f'wjIxOz!m'w)N,^V'%n.i(k4f26(!y)iy+>9z:n$a!y+%.%'k+9x!N@(($",
")I#8xuo5q!p7]h8oF'l%j+]/xy;(1(^m(a-f!w3b%`+)%U`X)84$'r0m,.1Sx$]*^(Z!|'t'myL<ZlvI!k-$(;'p)^xWA0C(&#f#5)m%d,>I7vz(U",
"'c%iH}3Oxs%=}(B)U;@(u*.%^l|+AJq1Jy-K0cg!('(H)D)ix9/(S!xJw'o!+ye3!w,ExZ)AqxS(),(:)N(px;>xkG,&(+%`xYl(lxnM)t,y)3",
"xaN,}(m6&)+%]2CxNlyw)y+P'e;MykAxCp(qJZ@)(!-0'jfi^ny4>1*Ba)8x_{,3xD.iZ'f1t[$x8e)K<=Ch.R!r(r)ax$Zxuw)9h&%ix*g&)@A-%",
"55/*xOKx7D(5%k'bPl)+%jyBU%Uf3y3$/U(Z*.)B!*$v3C9+>k2P'lt0v5(k.4($x>u)LK=%e+D'n!z+K!n23ydcx#:(e25,q5pD/vvk<S^1$/(",
"xi>'dytS-4E5(3`&y>_,'0d:+%b'gIu8K%Uy$W.RbS(o!k,YxF@,E)Tx^x2n)7,U!hVYx>8xB|+A'xO[(YICx%M(<-Tya.]4)L*3Lz(/:}*Qx=J",
"(A(#ggyvI7Z'm(((j(K%i(f<YQx,rDq'tx&U1j)PC!<mC&'nxEFy|*3R)q.9#V$N=w24,6/f-v%[(7x]t!v)<_K,%-2@80QDfm}(_'e(GyKg:<",
"xQfL/<_5='d's2I$WISTX!y(Cy$h*bx^@W5,wU]+,!j-[Nby({[<!n%c'vyI3!q1T'm0q/_=4:o)Z!i!v(5Cz!r'l888v+KxF])I#1!u)A/c*$",
"(h*>(=!v,U%cK$)#*;(&gh%mxTI'dUi8^!u-!!dkZlC7ExrC*4lY(L!s)9x.'*v.l3B(Re7,''r5.+RRX(l(1%Xm4x:SxxX%n(.nbyWXMa,H-w",
"y_Bsc7;pg6(yM*xUp/IqC,I,t(J'nWB01EajPxG.,C%`(6,0u(y{.yEryv_L**Gxe6CHxo0y;D0g%^(M/Z)j%U*{+i!k!s,C%eytu,,/W%U.y&2",
"0&)^'pAJ!w!syddxJ;x*n#,'bx7a-(($,<!{*Y%m)70Kx[Z'|jn+n5%%jK$)<)0!yxU%2i]l-kG3'[BF-p!x!y(:30(:rq(m('(A*}xK+@HxDrI$",
"!eI=/('y]s.`]TSf'v(!8PRZ(;I`+/%Ux{66=P.!g*YyWG,OxT9x/7(/m9,zxK+<2xB`CM5w$g!wxn:yTXP'!oY7yc2yg-H:xx34O2P.%3o)G*&",
"(q0x'e@FxoR0Py1B(}XD1z!l+]H<[;P<6&1S36!|+mx6!;,!g!s;H(]x{6*]!|x._x$7IhQRX4x&#)<2c-B*F=lxUe%w3<'y(vJVx-Hx]3A;-/",
"x,-ddy%_x]>(px@Mxs>.K-`0&x<x,NxI,C*uS't7u%b(q)2)_Ql(@3|>_)&!y%]hTGp3mt0)sDi!;$v+r7-#_'IxQ1'o([8Q'c)V0gAJ(1,)*E*u",
"=c*/(6't4r!p(0+Y+q's8S2P(.+g)7xnO9/4;-o08y3#('/W+R*W%Wx(h)$(.)U(h%2)G'n7zyekxbM,3*Q%hH}4Z4R$n6C-x3m.{x!Px26w`xAP",
")3H>EQx}XyZJH&M%/{DM:0MBxT30X*J(@:z,'xrmBZ'r(:-/!u+F*E%ay2$y}5+-xg-(7%`.3%[x#p9(8B'TKGL<)36$'f%j!x7$'q+X)4(@;>>m",
"xuo9((x)t+O!l)=*;Tnxvp;`%`x8|360X%l4Q(')^t0IiPO)17+#r$Xir(<@i]I3E,:#H'a(+%n*b*uy%:D.'f(A)7v)!i!z=>4l*P(.(_exd;(<",
"'e-n)m4^5B$S*.'bLha{kcxosx;a)r!r(K(C%^2m1cyrC%[(q%k)I%x(sgf(=,N!p3#xM'4%(@ySn+/Lq;L%d+|(8CkcG+L_.+I>|Y:3s!s7,Jxx1*",
")k%Xx&#,N(78Vx#%'i*$x89'v%kxgU'x!syZ#L;3_Vv36;v(lxWe%iyvH4^=r!k)my-*18=U'p!v!)%.(e!wy(J+V!k!j+v%hyUQy*'5y1Qx#N%Y",
"-Edl)P't(B1Q=>x'0,*'tyAZLt!j,N(8(]y58*:'q5Sx^K+AAS0.!n'y(c(92AynUD)^Z)0%V'x!rbOx,y[eO=0g=,pAy2_x.''w-q-w!u)c*%%d",
";Z)d!A$r/3(0VG,z!f4;2]'^'x+k@n+A,>U304yWBw$G%3w'}+C'M'xLF'qNbN!yP0<wqdx9Q)d@W'g(b!l(Qygd*@*:(xxrV!z(;xp_:CV54.",
"JX*6!m!p5B$[(*'ox*w5RvQS;xS'xHu/D%elcdz)M($xm%)<-[L#([Yd*E/xyRH(,)-x%*-2xx,`4'ryVj'oXr(#!|1vx>hnA*C%`Rm>r)h'g(3%U",
"(8'g)43eyBb'ox<2-J(*%c!d)k1ax@'>;*h0B'i!qQ,yI&>[H*'y+=%t+ILp!gJ'yQt'vHD'r!p,$()'gLSxXs9X+V5+%d)+8VxEA*M5#%h0e%b",
"(_VHEl-E()!l!j:]DO17(@x1P<n(s)n!vx&X'|)q68y5),I-Dl(!pB,]Lew3a'g*P1x,K(9#_$N(H4[x)w+1Gx(,bH7$lF!hOA5Rx*s,NI9.jVGH_",
"2w8/3^;d'g,/(5=;'jx@.XK%j,hA:ytD8vxHltQ(N<x)_+x)R,E!})^)m)Z!m+4-+!h)7xEIj*+Ry/hhf)g2WdbI1!y/b!s,$Z]($:;*fEl+1(+KF",
"(pEk!r-M>e+1(50+4MTf5b%^*%Dn'eI#*.%[/U*42$*u)DH-'f!dxNuJE'vx2q=H'o1D%U!f7P)Z1=(B'tx2X*M,H(Kx^0-Y](Tr-U!ex'7)<!n(#",
"x5<W<(ey/.Kk!vL^(1-%*20X%bsb(G1%%X/0!|)Dx[Mx>EBkx%U)f'e4axtN*;An'|ySC*](I(=#q#='g(Y((1l-DyKN:xyZV!y()(R)^1r&.(Mx#k",
"I=(!(C)`(Y*3xjt+AlkMv,S%d-L'x(=(@xJv%n8o-0y1$!z*&($01!l!m%lE7:10L(#(M]<nQ/=yqJxR--E5*.y&4x)uygY.iP,x>c(,xbM4%(8(,",
"ISUgOF(G0Q6W!x+8-C%n!%!%3Ss32#-C,i%i(=;EQ}l(VRbyF,UFA;%V)0(SC=0-)V]C!h*lGKx*#)j(-!}*f(5x#5WB)9!r!h!q,}y7F(kQBhw",
"uS-J4O)C)=!wxC45;3Q&-(K%VxMj'ix@'2HAf%bO18n+,>|.<)2(Sx'Jy43+RE;(<)F1,)Bkz+_*v,o6$(=+J*Q'y.y'D+'1c!u7$e!8E(|%b,k%k",
";54C-+%YT)3IAf'wyIoE'0U*u!r*=!pcyAfz!L(Ix%3!o*K*J%jy#i'b'q%j2M8V/7)g)`xK2'v<#+P*s+m%^!pC*)/x4myUz)L*$*X..%ax'v/v",
"3,%d(;%ixYV)<+,,EF+5=!e@uxFY8=vNx4i/uH=(i%`y5_,)!f.K2Dn1yU-8V4:%^:{F-'vy65(N%o8pxDq4IBOC0)gyl*ES=M!u9V'oyF7YHkA)<",
"yFQ'ixk2xHD'p(s(Y*eydu3U(Sxb(..0*+00I*o!p+K($(M0*5')t)}=,+b@`/;)`)xdw'x5b:_q;6Xye%@!'l)T/^)495lBx_RSKx!,!e!gx4(,H",
"H!'mx1V!rylL*MDE>('s)|Hnx+&/u,6+Ly1FR2/u(C)t(7%eN2:$'x'l-9+:)k+cy:F5Rv5/=1w%[.&7,vzy2*!s)f!g+2,1*p/W6p/E(rx.b(t",
"!n9(!r(S(=xs1E[`0+[($Uc,I91'i,]*9+-x%Q$b1Mxw[0d(I,o.5,/)1*:y'TGb[a)2xbp'y!m-:,;%lsZshx1n'i(p%[x>G.x8-xtE!f,YxY='i",
"([xMt!y5VYN%Zx3A'i!h*%ydIQ4,R8U)N>Q'bUg!g!}xd:=kxW;1}*%xC<.&<BL,(Z>.),(_-m's*Z'e74(&+AySDxG.xy1xrm(8>4(+>|+-0/",
"0g%dM@!|)D/*@I(]1S%i@A!q(A(n(+Z28B#;(Y%j(6y]e=o4%-d(Z6.I$45g68x!gy`W4U!}H,xDF'i^}0!)TyOH-_+$y{0=&!u(Q'm),Lh),/x(l",
"xLY'o2Qxq:(%xm8O9.MxU2>U.5),'p)4F+,3!dgR!zNeSFAq(Ax1:6k%d,i'k'x*f(.(@z%P+Ayfz*v(wy(Ty[kej(Ay%Qx.T(C'd'u*J2pxfX.M",
"({!f)9+Ay82)L!<%.*VIuylu/bq)xf^M8hmx3t(*L;V=*@+e,&b4)1!n@(+a/W'g!tc/'l(E)@'mxH)6![q>j)B*2!f)L9<(A'b8x0NO:;:4n2!%Y",
"(77Vtd4>(ML7/8y'8)u+QIi13-00:,U+Q!h'taeP,ki%XJ`4x0#x:P+F/pxSgC]#p#=1=Oy!sD6x#pA8yY{+y>Kq(Yv'ps8;],GI{!i4d)cKHDMA8",
",+(%g`1}x*wyb}x<{*Z*Ox.Z2@%dC,)L)I$i!u=G)V5%Wm/I-h'r5,*T!p<x)k4l1i)8-<%i's0J(7kdEh;R-U1|)B*3'f43!u0.N])*1i%^b&)f",
"js(J*w%k)GWx(d!h(w!p(DEJ!m!q<w,cx/b%t3)C35K.j@P)dnZ-J(;)N0QSix,x%k'd!v'by04!=!=!f9,z#AEmxU}!k'n5&'kyJ36G+J!w-b",
"3,M6qQ+X!f`>*YxB3!u+gSg%e31+15g$T(1(l(5%g-v(*'b<U*Y)Ryzq(uy-E/['b/XxK1,c'm+@(f)5DL'o/*(Zx<]PDya+*MyL`.*)I&(#q#+",
"'p,lx7P4>'qD^,d#@(q%d1_,40<x{*)j('++'bx2n*G@E!h(AHS)g(dJw'p'l+%*7(,.a%Y,0+k+t!n(M!uxyRy+uF,7ay_b.`01*<(&'rygs'i",
"+Fxr]xzn--xH|,9-0x.))Px!Hx&0-p(K5Vx]LG@*^0-(m7%y$v.:*W6mG6k)8W*M8[xo=`'6!(K'k0@((x%u%j,r(Mx{t+`(='t0}%h(pS$,d'D",
"'m((/W't-l(_,Hhx)P6!)JxLim2%^ykr5WSU(K;O))pU/=(S%]]L%`*7+DyI9%bx%e4|J`,/v>/rC57Dm}%jv`6=xHMxae,w1W1y.E)n%dxr+(]",
"/U1I)7!e=M1c,1>PxWO+xt&'xBI3=#7--x<<50,r(;04,i:h'u+U(nyTt*/+l6X0a*]0[wwxD.(n*.xs,yI$)Y)P(vxj*2pMu)O(m/z'l+g(Sx!N",
"!x(')E!yxLd1MyMrx_Y*['i.$'bQi8#(_7;(R'f'lMr-f<..a%Uy'm'|;Z1*x<|Yk-A83(vn_+K'w(=!r0[2b)K*8(Y,)`okU(B%m-y<2(p(,5K)<",
":C('34&#)1){)Q36-y)Lz*J,}AKyX!>H'i5V'k!rCHxsV(#yZ]N@@*(Px}%6`=s+A(R(''fx6T(Sy&!)'%howy>FrT4)!p>Y`p/(){%bs<7l!r.`",
")B,['ez(R)j!wM-E0F}F-+O%n-zx{@(`9l)XJ9y&A7P!tQ,>w0>!s!{2)'|)x(,7^-p(^Z!<.2k_&8''q(<lR/(*$mSq7%n)v'{)q+AP13N!g9z",
")4%_x-@.j!qFR>W0ims.J)Bd2yUU*8+_!k+>ZA!px$Wy&s)f(p/)x/k%^!e)9!|)2(e!n!q+V:C,m(8%n@[(Z(/xWb(qx^V1%(l*O!v#g$PLI!o",
"!{%U/3`m/2%nyRL5=)/%^y9x20!p8)8W'n*J/<x1+(U8Nyad*}9H(!x6Q(/d+6*x&g/1%YG$0EHw'fK/xP:(5B,yLW)t)>'r+)(K1`%dx)[x)[",
"dfxe[/O'x!m!k7kHM*Yx^(SF*X*Cx1e3w%iy2&)L(.e+3I(8.q*T.i!hO1xr;*l%[(I):J0'r=Q%n!s-My}i*]({r#'q'p'fxwc(+c9(7xQ*6<62",
":&x2.<|%U*w:/(7,20NykF<V]gK0%dHh%e)Tx#`xb'6!!n2vy&`xQ#xPXx'{RDx+.[qm))I$h+='L*Wj3*J!ey=:;X:;*BxRp(5)`(](whV2&'|",
"xo[)<.3(7!eB0+lFZxMw)y(w!xcL(upl=i!o+gJfx3#)6%^hN+yyP=!x5w%}(@!f)P!o9X%YoBx'y.,C3XeL{8y,9mK1|4Mx0c(&)M(`>QUiq'",
"#^&'x9j'm.T!|+L'vx_6(.3R*8x$n%nyl1(-(7QQ(*!f<Kxq#!t!d+D,$!.$s(=x$05QxTGF;2K!fe7*00J!u)y)l%U(:xn*'eUy0)*p'cm=(*-k",
"hTyMZ(|+@)3+^1S%b!s1765)ox@FyF.Pi*pxJt*6((KhyDyx:NxL])d-=+g(e%^xV[+XyaX--JH)nH!-@0L%Y(K(U)3'kxDvyK!xKT4Cyt=y}R",
"-U-Y+E%^((>L(1!n!o*zydy,3B*+c'lc>/05DDWDKx(L'|Fwx^}(H*Y!n,|xl(!v.}%i+BxRdxi,'ijs+AxK_]hEs!vyM{x1'T<E*<=4%yE8,j",
"(f%h!h%_(Ny@4xC39Key'dxb}7Fxbj)<(5NFJp*2x7L%Zx0b*62f%m9X2P/UE';v/fyGfR0!i(G55(G!dLM!m!o'eTrx$z%i({-CxCl1R-d(s!d*o",
"!e-$2}c0yF&x{;y/V/v<|:%!}(%'p>4y-T-/>@Gp2]$Zy%/<NRS%V02xOxy,=wE/;!l.-1Z9&&&,l(l3[(,*1($!t!lxK1*fxS..M:+D_;gGt,e,Y",
"'v*H**&)!})9!i)8XK%ly5W;i+9xXXxGK!|;U)C!f.>!zCByvjDfz!U'r'd)M-D/u(m)2!y%c(88bM<x9DF++H>H2KyxXxvl/8!pxy'Vk!m/G*.7k",
"xHPP,#h#)(A+:yt#T/y9X(GxHw+1)XPD/c-kdf.F*l%mx1M,ayx='|p*y)^'pBkRA[$)+)&-g0Cz+{5R(jxY!!e2>Cl.u(q)`f)'J(3!f=;*]y&<,N",
"Jq'b(/!y*=,O*E(+^U*]xVBx{^HV'u9J'f)Q05x3k(_*%!w3[(7xAQ-px:3KwZx'o[fX778('/*)7vA'F<[0``D=xYk/^!fQ,h@fg*VjMx`a$w",
"IGNF*['p)XTS)I#0(6!n(7(mx1g^<*J!v2#rw5..GBfq9yMX;C]T'i(!()!i*f01%^+F4H<u7DAb7K!q,&k#(NRtRt)4=HZTGY*%=X(`+xz-&Zc",
"d,xU[(VYD!+x$}*=%i04)s$QxaO(=%VyG*('_nx+%x$d'vRR+&'g12!yGyx.5'rxb0x#C(H!s*{.|mKZ#(N%U+D'y)x2y)B,2+4%^y.z)y'f*W",
")Q+t(Ha:xYTy6),K=l*%(]5B$N'pFH)M,E(m%^(&!pFBTu'pSi!o*Gz*V$M(qM:)1>5x&R8ERW%iP!76xfcXPu/*v!{x(:Q2'AxUn8Wxhw25x:j*Z",
"yj4xHDyMUS8)k1%IE,zyW++}.}(<3{xm-)37u!f)/)Vgem,y%4'e(BBBxG>D)x7+x'WFZ)E(Z)65G.</k(@xmsyn-(<(0*Y,qwO!,$}'n:<-ZyAz",
"*@y}_xby+RyS4!|)a%Uh6x'<y.x*]!r(:0[j3L*%m/SIE)n19xHPxqN'b3;'p5v(*(PydADeyC>-wPdyXw(_)U(+*6x>u7lEe*X*K'k)E!i'p'y",
")v%a:PF$,C%o-g!h,d#AFX-V3&QnxiC'n(K+^yc}*((/(dp0!gymbxMY9J*q(+6:x6w.j)=(k-c)o!{5&(@Ez*.x#xy1NOB4Z;M(q%j!un`x*>'r",
"/U)9xc()OyGq)<Cff}!jx0S(f.NFIE)04'x!i+&.}%oBj/uN{!q68%d'qa:<ZxS)(v,^.3%k:L(U-[ypr2f'e'n=4+Ey{Tx.28sq,*])u%VxZ)0i",
"!dJD(c%g(7(.xY%yyy9&&1RK%c+E(^)//p)'%j*oe/)G,]'x%l7M/}0X)&+Fy-S-y*K(%%i(S=%)x>P+#'y8B&*x8O1TyBs*G)(%[!A*>)l*UY2:1",
"Bz'}'g%g2A9Ys25;Wr'i<1M^.t,m-qx+s(&'b(QJ9w^.R,1gr)X:!U:ka!k(l+BCH)0/0!n+a,U,3V*!v(@!k6eycL!f't;R(G(v-x!p,I(BZ2",
"xC{/(x|RB<(S,c6t6!)v)yx:M*X'p1R8!)$xt20;,;%f/&%b-f,]VmyNA*w-4#_'Ey$Y('!{%c([)D8yL<(!;7/V0J04*r2O1;)7+YyyFAGEy_S",
"y^<@uy4@5=:N,3UQ!e([(R!#+M)/(`yU*x7[90%b!j1lyu=xeS(Cz%C=J%e)QD2'm!q>t+o2T[AI|+QytMys}2ay3z({('.++oxg)(,K$]W/T*x",
"V^)B'e7&)B/*yYM2i'l83(A'x(_%UyLZ%^s(!|x@JQX2]$h(_dZG>A1(qUTys{xS>'k.3!n0x;Zx%`*W)Nry;I(S:X)3D#Fh%ax!P/H(fx#rxea*_",
"9S%oMuEWx/vxta)12`+E(/(b)L(*'zcbx+Z)a+eS,xL{K0'd(!7,/;)NxMqy)l/9)+)_I8y07+X!gIJ(1!u;&!h()(GSg!{x]/+1,1!lV(($x#pby",
"Yh=8yuH:p^U6=(|(=x.Jx|S'cy0q)q%gR>,z-U-W(+%Y+v13xS.x5Nxie+i[z'kyG1;i8I%j3[*sXc'ux5+-UBEx$f*^!kx](Ad,:=&*J%Y)Z+x",
".@'D!}((oBxtsy;p(lYhNj+9%dS5-p>.O!!z)C+I+8xzg)O.l+A*{)9yZ.BCyFY36^}'c!v(r(^*84H'w,'8'/%#D(@)h'ex9g/s)d(11{x$Q*_",
"<Qb,CsLU;R6%5y!zPJF}Ai2y-f5=y$,*:/9!h.s)8(R*X(m*J!y:U!#x-;,&%^5Z28z/Z<0*%xR-DM-UT=-x,K%e's*(!v.`=w<N.3%`*.J!+#/K",
"(j(5-T6T(+0`(1,]'b)R;22H(=(ZxF['g_#_#.E!|6PHV+L@q3z0B,2'n!f->]VxTGxdO.R5rD2xMj'|yxf('y'KMB605&2:xFzx)Ax7s+_0-(R(v",
"5V%Y(1APyAv($xB}x-WC^*zx24CM(iyV`z3k>hs%.Aa'*T(HY|(e(rx*S*2/Oqox_[.9xu=FZ<8'r53%U(36U>0(UECyF+0#,^+#oxOZx%j*;%a",
")gy6E(H%dx@v4#(C*w-v/JxS7.A(&xIYx({)<0S_l!d'sd.*X)3K1*%!j!i(b-y%W!k1Q)u'bxH=1MHe-w-Z%vFw'r)Vy)2.T(,]<%o/N!k,t4%",
"'x(c*b%a+=%w!q@u)Z!gx*f*f,0)'Zpy3_x,94)*P-V0G%iz0a$QSdyB(!q%Zy*c/m'g%X-L'ty7w6J.,Z)Qk%U,;%[+9'nae*p'q)9'pyjNM='r",
"!xEBxM.2P*E)E7Z*HM]%Vx8xyU)+I(.)Q(J(A+!(R*w/V,>)DxQI!k-x]V2)kb-^6i6q5h(Uz*D(]'p'gy0.)L)u+g-=%cr:+A(m(K59xN9*+xIz",
"x{.YQxB`Id.9%oOw($y]mx3d(7%V6,-CF@(l'd(E;U)HV''r.p0ag`(!)x!|2nx|l(H!y!gy;*<[%^)+%_4[x<B6l,,=Q%^xl])px@k(<xd6+1",
"'s,3+I(,T,(Q)=!l(C1((R_QBfV=x&V,S)G'q/)7x.<*u(!3,6.95So%m8B'A#^$oEA+#y<Y:lB5!oxV;UF,*'rT4)yO$%c)s_p(|%k;:;Y!p)3",
"55S:]7)L()($[.2t10!y(pIu+tA1)Z,.){(Gx#}*Tz-*3y6W2k)j%^ZF7O*C,$(C(By0|]gvA'>(c+XyeM(,T*:y>O0J3(dAyK$'|(`xvL)I&-",
"*Y%Z*Y(aG.A&(11c+fxn;z,GpcE[%c(RF/Bzj><|9H+=#0483uV>,IxUS/w!h:#y;08z/0!}L*+J!mM/!fAN'g/(f)'`Ab4x)g%](v!{(Y!d:X+!",
")6)9!yxOg...8:R5**b-V2#%Y/e(syT#,)*Cx&f2TQ148C1(H*w*%%j!vWr(D%a1nNPW([$!pE6'n!}xt[f+!m(E(N!x(('r!h(|yBH*6y/n)1",
"+9@.(q.`z$AMbxToWw'emc!j!v)c/l0))&xRk*6(s0Ux1X7P(*'yR.PU(+%W1uz2)x=l%W,&.`'xge/;-t!eYT[GCR)7%]+U-i`['px/n(&45<b",
"xN:1M75VHH}xQs!|(E)Bx,q6k1l9-'yx/6+1,G<Fx,*v8(dI8yqg(L(/y`Y)7x(*qBx`D){xr%5,xx3(_,T!z%[htL{+7%`xd89g6UysJ1x9H(R%Z",
"-R)|FAxIr*=!n,C%W05Jj(j=JAt<>*.]p(Q01s_/(,Uz8#!o/b)Fx*m,];i(!;O!zxc!(=%`=M4b!u05+,2W(D%U0@DYK{y<eycaz1`(cNuFR%X",
"-l%U3<!n0uy|h(Qy}Viu)</:8V!x+]Es%W1=xwU({+q)`!r`3!|QHiHhN't:R*ugB-p(s(&(Y'k(@%hL^]J,d#3yqI7P5:0c<<%oy8B<}1Dl='f*:",
"yScX<0G%U(e.>.}!|55)2)Ky:r)^,64$+`!x1R1xk7yHum#-%%o(Q0X/s!wJb/=(A'fx&Z5ox`wyZs6B*K*1yp;,U%d+=$[!}(8xApxN+f>(lyZuyg]",
"!e,}(1.*1],3Ow'iQ:){xKfx;IyHW*]/*%a//'cy=s.GyyH*y!u(])D/6yO=xc|+=&.y/*Bn+D,)Y2(UxZyGbVO%Yy;1x_i@*(WLd)M!y%ZqCyr`",
"!vCa(3)-(!+8yvq(F!sj06q9};U6by:px4/;h%i!w0xx,Id!!v;k3x%dyX,sS*E!o)j(U!z1RyDeAivix$]yz/:w!m(Z_|ykm!p))yiN)<yx!wT",
"!h;&yy'-w(C)cYU(}+_(x(|yBr!n<X.,y$n)P%m(1!g.T%Uxj(,P!s2Vy%W/=-f(CFwcNxLDJjx-K'b!n)][Xhw1]%Uxb[xb[x;,7;!u!m2#yCu",
"(S'pe''s.@'HxCI8Ry,o)Y.i3_!z*T/9)Z<i0c1%%gBj(U(*(M!lx|()h.5'n)a'e%^(&x+Q!uP28:/(y^K`T,trtxubyQn,p@]!pMR(A)Ny+l,I",
"-B*/I=%^z6D*n*Jx('7f%d!o4p!n(^!ix=&+))d*Ox.v;L.jx}j0Jg,'@6_/q2ayub1=%c(S*v,UyhZ9@Se!wDm:),I->xJ0/;x8mx<<%gz6uz9]",
":C3o/G%]!gyE`,r3o(m.vFB!z'x(J'k!v2LA_*U),yWs27M=2.'c*|JH(u.(%Y*r.H+#%e*J)^ASYfsY!fI/xNxEd%{!}(b]<%ixz>x57)34d7Y%d",
"(K)Uw](GxeP'|Jx,#x@Fx/lxR:7x!dG.@M-4w>!}55'|!m'q'c'y1x(<pE$f/x%U9&&%)X)Oyt1D{@5)&++HM/X!eFD;1(0!d(f:,*rQl.v-iio+2",
"x[H%^+|gd!fM>,=6I4N(_,K,a!x-IeT,3,'y]rlM!u(CBF5nx.$(B%`sYCA5g#&ybK.[*%15)4xL.,r($/n%U(e/K@!AP!/$yy|61t)_'|xi,(#",
"yYi]v*bP(,K2N!($|)3E[x,jP,8`z(H1Y@M(BM/!q*TnU4*lnmZxqt5WxZCxTBx>LxX1,wghyS'ld!g6wkAI*yaf)8F2Wp#H#')qTh(((*Hb0/",
"[!M/ISx5qxEb1M(m),:P0-'exLZ)KsS+;P9!w,D2@%U+Dx#r0X7$)BcX,d#:P(%oz;)HQy>s2W(q:fxdHCq,((nG,+nxl|(8+[yEu!i/V3a)82U'r",
"xKb(l,]%a((LbI/%_'b(,*=%V!}_p-v(R,BXF'e+D(.E0yY$)$,*y,X(bZA!q9z2Q;l,G%h(1'x){L%2f%c(!+G091IQUFn)6`(!l+/!!64@n*Z",
"-Exx4S')L,2!|^yi9*0JS)uC*'b/jxjAyr)oC%VHL(,!k%[*^!}y4)!v'vU]MTel-q!j!g(Fm^yoW'g,3.s*M'exVL*+*2y=l>j'e.{(^(Z7:9p",
"y`O`1x1V)f*;%U/;!|,d&31w]67z2-;Lx&ubP3X!`$}Dcym388%d!g%k9cpS8l!p,d#</(_S)T*P6^([!h+SxMb,9!x+AxAA)|!{%gx1H%cxnt(a",
"'n(s-}bt2O:yxi8.G-[!|xQ10;YW())V6%(5%`P<4)!l)r(|7]y0h,y(D%hx2f/M)m%U)i(mz6Q9[!v0d!y.94V%`993B({'l#U#D'b)+yEtR0",
"(A*JxJ%y%*(8:}Fv's'nM(5n'e'fMI3Q&2,t*Z9ty@X!i-$`lx3[(q30(((,0N%^!jF-(!DxF6'n42't(6.TOK(9)z)2BI(FxCa.%8I!u]>'t)F)$",
"'ex_nEeyfRy<j10!p(')D+`y9(;pPW'r#f#,)3%Xn^%1*Y%]B>(%yqKC|oQ))x[8'r+[y89y8xRZ!l(qx#c*yx#z3B(R2Tx:k)9Z^%i!f0xyrqDj",
"+7ygMxCa3K)+kz!n)7*P(d(v!j'p]$*+,2Wf36)x%d'eP(/7_d#m#*.9x'yD%4x`g%[I5%YyT;`r#^#1(`'q.^%Y3v76!o(]8l'u(&'k7*x&+x&Lz)6",
"*^%^+K'oyzi1I(H'sMo1[,U)g'f_S!d*}(w%m(vx*4*@xa:!i*&(@4A!(%3.4-AyE!OkxMn)<(00iFv.%x+JoR-B!|)7y[=(7!r-o%b../vy])1<",
"yX]d^xULj!(7(v(s;,y5g)H(60oH:+XC.y+xR.'b2D/oH:)<.3!k+:'rxZyycW53y@JElI`4H(lx<c1*'v9lxKf'm0w%ifB0y(Bx/^(Z,jyaVLt",
"SJ,4)TSXkVIz'b,I!|K:*bx:gKC)C'x%o/U)>!n,@Ln!vxyzQQ(C):(pxK7@P*Zx*H(9xzkz3&(8'{+O%o-{%dS'yCl(7'ny;h,4(Z/#=2%^*|x9H",
"+@x}x@*9`fe(_N6)d;0/<SQx$I(+)lx5[,,ms1y(Hy>@(!Ai.@'_'e=+)G'y#`#.!|'b)I#=9((9!}5+*)(r6Dx.V/U'zDI)`8j50!w*]Jg0!x'SE!",
")qx=..,x9V'f2J+t7P+U%U(M1*(z!j(v(k/nyY!2O.+:z%jC/Sz/3/K->%Yy674Az9/(U3h)&FB%Wxx$)ty`'*;+L!l6-^.RAa/y334n(H'eVh%n",
"x'[+k+Fy_hy^6*<0[<x2!%U!v5%6t%e(q31(x;C!m(')jxxN!e=W(@E4ytd&+(@,!xzn1M5%J#'qC]x%2IQ*Y%k9f+o'e2N:C,9CUyqA0By_M/XyGx",
"#I$mK$9g,imT.,x6N)X+Gg:'i,:KFxXpCu1V+8v`'i!o'x)+7$(e;Xx9./M(3x]#1a7401%d6T+nC='l(!0JNJ#'5B'Tey%XxL0%h'l+o)i+Hy;c!l",
"HsGa'e3j-By'1/&'x(39l*V'r)I&/ycnxhS.%'u)Pya9)P(=(Ky]bOn%cH;x3)!|:`x>c'd(:+oSQhm(=!yy,Y*G1/(A!wLV+l(Gy^yz4JKRMM",
"*Jgy(H4D'xx#kEa.F!o%`z1--:x/}!s-d-q4f4f(6y:72X6m,G%d9iI_!i,3!k!i,Za.x4](<$cNJ'd0g(jny=qU9x%Gdsyauw,K_,%!*%!!v,9",
"1a%dBd(lz/AyT>!sq<-Q%Yx9Xyy,(=xGy!;$r'x!n(1*I'l<2EAz4#d;z,I)u'z)xy^|y$W(#t())(7D6!r)/X%!z+/%Y!iOnz<d('x=1Gt)ik/",
"!q-$,1(Rx%P)f3ai.3Z4n(qt4)46mxcQx,:!x(S!e,9(_Y<EC%i(5gu,*9YjL*Z0K<XxB*mr(b(5(Bx=&zA+ydk(c<;P<+DNEx@Mz;'zC84W($",
":I>[(Kj2(!([)3!n,r%ix8o%ik10-EU!z)V.t(BxG(E%(<s<)L(HG_(/,u(|'xLU/((!fg(SD:!o9(*[y=Gz:GxCV<Q$q)/*2(@ko=oX*(=+Y'xx$(",
";x6](/+80f!h+l'fxU)508M!s!d.QLOiY)Gz6}JF/=x.:z7]yO]@$!v/K0K%^N6(UC{17+|btQ^'dx$5y-0(m'g*%+1)a%])u'q(p($;R!oz4k=&",
"Ed&5'bxF^/c)Ryq!)o60,3!v,a^o%i.53K(K+V!id6!i,.!e)2xfg)Lx5.xysDH!hx&#)LI,)L){2)*WJV!e,a-0ai,n'j,+,@/X!w!z:$,<`C",
"5/*u(|+J(('e*J6+,'(%!y-oxZ7+y+B%g!h(pSQ[$yLp%X!x){5w%w/UP2+,,[x$D/I!p(eP`21SF2v'q36x3k*:(wr_I,)<67%oFD)L`.xlq!m(<",
"Ed&$(b'kDh'rMu2P+|-C+O[2EN;|(c5H!vZ5_L_CUwMoKsOeC{*6(!.(,G62-q%U(s%Uoj%j!vAC(C%`,*(%!gF].a!r1$xUF'e*+x&g(F!wxK/",
"+9x{iRr%cML^P!j8L((!fxbR,N.t+P/)1!xlp<x55yEXx6c)&5.Ov.7y:](6%U#H#8'e],x/H2bI3'b!u'fxV5SixD/1|*.1yxKf(#5.,.(5)/",
"P4K;'n31+/OP,s%i,f%my&`z5T,xx6L;/y=52:!v,+(y-o6[)g+88-%d0U%^x+g3J!b$}yZKz&>2n%f.@ylZp,,96R(UNmy^o2wPV!g=G)@*7(K%]",
"!fc*)D%h'e%d(6!jy/zxO}1](,x3q6o)G'rx&]%Y0gyw=!d%f]L!h!p)ZW_(l(Adw'eKA#G#&yM]xPD6>1N+K%d)I#)*7,.=[%U<}&)'n;!(A0y",
"N1(]1BA$yGm)yy5}%h(p*G'e2S*P%]!l)N/0hY6.+&)X3|'d(7PLx|@xGMyoh!r0X!y8E.U.hKs+U;K%c3g%d)G6>.bHCN{1ly5x(lxFx)d'm!g",
"!wx''!-$u2!!n-,A_-l.t_5P9!l+&(B!v!d'|!z7,)B'zzAw+y*@z:&x![(J(BWd(C%kxw6)f!y0>x=P5=*OI7y^Sxa^2n)B!ro3(Y<9SU.e!p*v",
"+9(l/**y!m({x#%*X!e-V)Ex9=!{!r!fhH@Ex6#yIM.rx)R1-(K%^(f!nyswx;hx5z%nxhN(,yJp(lPM'MD%uC)x-CZZFh+#!u5r%UzC:+y(6%l",
"*o++9nxLJ@C(F!dM:!sx&C-q.j){)lD-x^5(B(P!nJS!{x(nyMVsP(=/N,w!|!{=X'dxjc3mxOi4DxVnb8/kL*JjBj!gN.9b(*BC6C-Jx$7($x6o(]",
")q!jz0,)fxN')<)1(1x-Ly]nP}%n)Zx4Hb<CAx#8845g#,x)IM)-Uz81'd3KAT*:mfx'Zz*x)gy!i!j)98=x5X'N0!(30#'k!u;1(*5v!p);-0(&",
"!k=G_*xT'V41j+-Cm(K%`)J+*Bu+A)a0i.sM:y5u[Ay@M0i4IxNg3hz6k)j+m04%h483y)l%V'p>I23%h!{,o'lS2,f*&pF,$)P!rJa%b;H!o-y(-",
"x*p1I2),{6,)r,w)^*%%i(A9:x^.x&u(+'w,'(/14ddVw/<!h)_!s*J!d-w#k#2-dxn3)'c>)D/V)B,k!iw:!{'b*b0=)u'yxz.Qf'f/-+FZ26U,|",
"'l!y(0*I(_8Gy9vA>(/(n!}:Z+S!e.4!dy_ox;[x$!'c!sBny`Mx&u2Rx3)y0o*_xkF!}iV7*)R.F.9x3S!f+&xWq)o#U&&!q+2s2(5)7(M'd)|",
"J`y;5)x;#<@!xp_4d'd(M-U_.y[c(kx!6+XzE:R0y1='o(m%e1]*@0[-J'p%Z(pywt1XAF^yP:z<n+imB%]8[)9lZmc)iOF.3*8(p6W(f=Xyj$5D",
"y,ny4M!x*f(1Ad!w330H'yyfp+H)=f8!f!j*+%b(`5exEA6z!v+%yaEqE(&2J'c(Lfv&5(bxZBy}L+&z;^%{(D0JymA'i(:Q5)0x:X/8*s)T4j",
"Ah,cxSv)+2nxpV07.!04y}J1]x|^m&!o)a+8yZjqE6s:RY%scGkO=+D%^!rG))7!d*+)8#U#>x9#/lmi+eSLKh5m0[8B$P*YNg`]Is(q-B8d@.",
"-T%iy$3/kZT*f)Q<sxLn%XP]tzx)34.)ZD>,w)`y6=BG2U%aB(;1xAY)L'l%c7!4)!o+Z-+(a,B9+++<k!vA+!s1NxMM)`(6%d)>z+/xSo,L1D8L",
")Q%i(Ayyw)DM6KGx8)'e3a(6%YV'(l(7(=3Q#@xI[*Z!q0p!ujk;H(,@)+k(6D;x6r3_)X=x+F2@!g)Aylm0;!wIJ)l(%1i`QU$yEQxc]%c:)*v",
"x)l):!t%ZxCv($14xd2!o1mz%1--@dDY(!1v2I$P+S,E(s*9(fxF|){'g!.ywc#h$T!h0I)4Qt(A(u0%0OM5x+rC/5+*@=>!h;6(i/y!e.|)Q({",
"6G+&5g#'x|p)r(S-V!p'{)Z('-T1l!y,}J{D}p_xAWFs+A-v(!#q$O79!k]Vd%ID.*)+3C!jPp)=qRx'G)L'b!q!jCB0Nxp#Ed%wP!*p*FyZF)Tz)!",
"+;z1!*7xoB(R)|!md/#^#9y51=-.<x,Iz>1:c)Z(%(q!|y-=y<`(()o+F'l6c($7^12(H3|xtf%kz'6.r'f%[<,y[(,n.F*E%dnM`*P}'|4=sZ",
"xtf8RxAjB;8B#C!d.+!s4n3G%h)7tX*.xZ9x}cC|ynM0>.U/oP+'gs5R((Hgu2:-/)3!f!d89!p^](p=gc#,axB*Cqx{.z4jxw0;Y(C!k.s2Px`W%o",
".@%t(K0O.U*y)s%e^txROc<'x)ax^>ysqH=)x3|!p.=E^*e5)((+#)n5g%v!w+o!l-/Jv,z'p'r7YJV(%!x*+,k,1%e.U>zyhh(,)u+4)3HQ)+.N",
"Ab,m(By*Sv>%^@C,38U'l,1/-5w#.+K'|xbR)<(|Bk04+@!e31!r!lySlxN,)h%X*W(c)4x7oBI;4x4,xfa34#/(wd'Fk0y)1*Gx3o+@-B'gSe%m",
"gT*zBD@X6;-x(733+=$^xVO,E!g1s!m(QGA(V,U)y!n!e/0!e6*28;f1J!n!m,*+)6D@l(3%o)4z12Qiz$$x.{%e#f#9!z)^By0`(H2WxV_xV_",
"@!rrxF[(81YyEk#h$a(c0:+DxE6k#!{Gl,VBI.0(I%m0q-B+=#-x2U,zy<c))!xU,)/'g)E%e=Qx*1/>xD'(H.E(A+i!n0iG@26uS)y)E`gfA-.",
"!r*s04)/y-U-r)j/K^Qhi4Z%[!v7I[z(8_2rj(m%W(d%['g.|.y#9x$$'yV$%_F0%U(S20(!@u*C0LR=D2(6(a-_,/!z((9t%Y+FWY-R,3)V,2",
"-9%l!f)yx(.0[(=%Zx34'q+-,]x_m*8+=$R!}T>8t%YNq=RnBEL!h+8`jCf)G4ly.[(]xIYJD60ig.+(,k#!o-v%Y)D!|6B(PAS%c!xxtbS((F",
")k'kyQYxAu,;%W(&5V3]y3G'v/E!j+P.i),([!k)/(K;ZGR.3H=z=uxu'(60i)G(,!k!zy35B<he(y*=0ayHy'rbI1Gx($x($)m(=QT*h+_x*3",
"ya6y8Axvfxvfx>{xGk(I,R!n)|x+gCA,B.*!gx)s[R10xasUQ)+)N,>.FysS0.x9#xC.#H#/y|97eXkx+D)ax)E!vc>xcH%mxk&6o10%i)E<[[}xIc",
"*^,E*Y3/3S!q(*(u9Zy<Gz!S'tx#8;V5Z85)@..x7=Ogi8>P(=!k)n+!AK)]!v7m8ty^$xz+x6XI/!fxuT*Ty}49IWB'txT<*D3Q'D288x!gGH",
"(K()!p)cx>$5;x%o1T,xu_(m'rD[0>(IN:!vGb*J'kYE4C!j-x(1%d/D(x(:x.7z>l)t)4'c+Dxn:z<X-M(5G.(|:,+S)2!pehBY%dlOy=VcO(_",
"7f!w*^%Uy0&=0(Sm=+,%b+#(Uyqw);!m+YPzz,J#_$O+D,x,+'f(/)N)jCK!f3Xz5k'{(ez3azKAjM!n!y(:)|gg)&'e!}o8,E'k7xBd%dMp,/",
":5pBOH*A.+.x#9--(f4bGx%o3Q#>.=e{W7)L-=yX@*o'r43EEUmE5!|%VRexz/C-(,!n,&)J%[(A%m!d-VrE*@kA/b,n'|/XUJ(HUX(m/kAtx]v",
"NE,m(/<U)Vvl4IYX+I%Wx*),a1`(,+I!s!}@S@Dyy<.s>&x-]4^bo'x/>1@KR+y)4(d(8x}}5#-[y5u.>)^%`6eBk-UqP,q9}<mx3)yRtzHH6s*2",
"_L+ycC%j+[!r'n(kg)xqxyw28b,1yDh+Fx/@'x(y!o`Y(|y1IyrQ's#l$k,k%W*PEi*@Gn'v!h(Y(lXu+>St*X*W*201,^!|.j/936xi|7v)X%d",
"w>,[+:x>5(i!p!v,P!dAiM]0yx/]C3!d)7b<x(*.b(][)y5k2v0:y-9(F(_1R(_7m2OxDe!rx*#(+/&/3!ox%o%j+O!x(Y'fx/&-p(i!e+#!wDp*Z",
"'dx}m-v*r49*n'p/-'l@$(_0;'m)gy]dk4)=:/Bu(JGx;1x&,$Sz'#fSB6yNL61(Z2v.0!qHVWB-Vx`W%YxY+<B@d+n!dJE(A*=a=,Q+bU|++'w",
"#H&)'qSfx@;)Q3Q#D!|([(./V(px'P)ax2q[e,Lx_5OYyn$yA8(5!x*F:X'k*=xnL=-(;NFHr!x01%]SJ)2)k.OyqjB<4WuG/XxnuUt,N/j(s`z.R",
")0(AQ;0B!h<f/&%U0G'x)4QQA|(,(D*.^E*ZyV8de(M1hxJp2/,l!hiV!s!p/()`'yy)SYHYhQ_(m%n(d%Wx.m,u(|%W'eTIx87)8AmBi)6(l(+CH",
"y@y6B/n4.yY-YD/B(,`-yPI!'$uxS)8|x27+i!o!k*{%^87y&x-})U,x/-)sx9&KJId(04w@d%Wx:m2Jxd|(l!iyEHylJ/+!ePp'n3K){;ifj-p",
"9V*%A;,,8x-/7+8-ysY-43t/Ix$FxW{.9@u:++&VToxoRTe6Psh)RxtFz6/Adx8{/kPn'r(14b6-(7!h(K3zvkxE&2S(/%`(d4lC,H_x1v(l(b0B",
"/_Th!})UyP!8sz)WH-+9`iHV(yVm4%!t(Yz>Hz-Ex%P0//)(x*;x!ND-)U#u#D!vgr)0)a<P-pQ-(,(*z%F)V){'b,i*O/I-onT3w($1HPJ/_@w",
"aCf}QJy|g:+B^8He_(^)#DI+A(p/'LSy{;M-++bo9+)Vx+H)u'j!l(&(6(x3Q'Y2$y6qyJZ>[y,^)<3^5=)44b(/x^>.Ege(6!mC8'gyFM,Ix>E2K",
"(mg%y%bwm-T'xH})Y!qyQC(6'c6,y=u!d+;;2'in#'|$n1M!j'y3gDN*O%[(6'ed;,N)@M@xF-(0x!q):)T<[q,,zxrC7z+O(y!l,]xCs(])a.F",
"x]S+Q=2YLz3227'k!g,q/V(H(',1(,yYKQ<@i'|*=)('p2K(3*;(50=C0,N-o!z!vGgy)Cz'H(R%d)g!j({)a!s=x3a122;!}!pE{-d*Z,'VHT,'v",
"xvi-J,d'ayLvy/[Z]%nNW(%*J'u'd6z0N)O)Dx$DVh%hyEa%ny2}279&'Oz#N2W!*$wx;j1Y7z'ok*.h!|A{4WQ5(04U!sL%Gc*y(s1W*t%^(/,+",
"*J9l4r(.!ic**$'d#k$S3b+1(.-e7+h&0%%gNq7'xs9<N)i%^!qK:xLT!gzELD1-dS5V''|9X*MyPU+A,G(*5.-s(!(b6_0I'p%jJ0%h#V$Qy;ux!,",
"04%[p&!t)3x@I9Z%W-R'i.iAi!j*ew^'m'd)q7+x|^8U6&^hQ<2R/r,=Nbyf4z7K!.$v5L2P'k+D'q%Z)E%W!@%/-U%^)m@8Y62k(R*;6W-Y@-)9",
"SxxQG;Nx,x#q#,yyxC|*Y%d,Ux5Q*.xY/,H7x+q+Dx=4(Gx*w*/8-'x)0mcR'3_8B'Iz+QFQ!h3I!e(QeT+yx<Rx<R4H%eOl%[CO's!o-#(8+1",
"ytH)f2%CgFQ)8!lH)+9%^1$yvs)'yr]'c8EQ2&))Bend$,u!i!s#G&0+:4|(0>Iyvc3_8p<`)X'd!k4u[q:tz!.,Y+,)+)Q,P!fD6,>/2/8(V(Y*L",
"y5D,}V7.*(%(,*+xBf4r%bz2U,m:;/Z(m1WxI&yD#8l0y(i!n/&zNCQH(J*Y20)}6m)1:<'x1;(c,R,C'l'vxN/`l'wGl4s05zN1KM7Cq+9b)g%[",
">--RWBx31(7xIS,o.w)V2W)1I`-B%ZzI|%j-QX=)+(P((5n(C)|2w0ICW(u!d(f.m%[:C3K'x)6,1yhz*Vx%m'ex7vyOl'|y)Ly{EUt*Tx^f*T",
"y`c9I,12Y)G%d-I(l)ixUFxGr.T,D294ry)Dy%_y#5-R'|zS'yU09n+@)c!g5)zMgI3%ix'.*M){+o!plM<|+^=M6m!v/uML+n(/!p!n-4x:5%U",
"0X%^yE;*Z6W%[(H'w3Q&((1)`(exr9-g(e++JZ@L2iT49gzBTy'lyb*8#oX84'e0i'k!r1='iGl4x,w;iy[b+iN1.XR7%`ycA1%)a(56Dx8H(.(<",
"gjc9)V-B!v>z(/,]7%;g*%)|xrtx;_xS.3J!x>kSF(,)x*b<8+o(C(xyif'y!n!{IP;XxsAA$y*m'ix8o)<Opx9rx|*4vx/nx=!)G'{=H;sycE.i",
">.%dxe6/[_|P#U&Bc!s5v(R-p^@Az@(%YA-'r+I!rovY8)3yoGX`z&Q'fyUF4Nx+x'bd]xMM6&FI($'c%X(^+Vz!j))(+'o(&*p.ayq;)7-R++(.",
"xGMyoP)u%n(7)lhN'gxgah(/%#4zE>N@(@b9!ry5>(|0O!g*X!n%_6G'v/Dx%N-KS5(w!h)0,Z1%yG`*7kz6c'wx>Ga1!x[:x0E'b*w%U(c!}z'Cjx",
",S1{z,2KNz2iTr8o7t,>*2y4,*Z/&xA(KB=1zDYxxtzT,`SnHyY(+m(,]$'uxxY+!+)%Y'g%ex%U%YZl4x,=C!-U)tMuaqxpL>DzIU*22&fe!e)L",
"3a.R(A_(Kx+1ce%d8Im!xt2+RGq*H]G*hF`,L!vx9&)E,3S<($4M%U)Q5;'n-JzL`yf3(=D,xNBxNB8I!x-ly:]*W'gE[%jx|9yY9Mj0c8)%n'p%b",
"^5V{x|l/).$6>(S%X0KyN(y7_x%i({(NM%aU,r%WBv(U'q1m,;'t.Ww@+]),)3%[+))n-E'u(py-*+m=r'v)5)sB/QBx:^UE'i)=xm1,eM6(:(m",
"(:F$1X%n)Z0J'l%b'q,/R*T0Ee;1)TzRM!sC]EQ8z3S*y,U%U0@=Ez#MNu3C'e384QMu'tyIV]`)u(,,w*YL,'n0M(&2%$xTn'Kh4/I)Z%Uy@lSH",
"xB[(<+_'b1acW+[4l5Axa:x$t/=/;Bk>L,3-qx=6!t%a]GyCy'c,0kb)NDc%d6U(YyI@:}Xg'i,C@B!u1+y}<)2y5QzHi(=*f!g@{B(4>U[3Jz1&36",
"'q%WxZ|*X*|%m9J!h7.xi5;SUQ*Ox,zyk{y{R0)%e7;OBzA9ys=y/|/q'm(,@V(g!f1Rxg3!ruJW40Bx$(-P!yzB<+i*.%ZSM,a*@9XxDO*K(mxqe",
"(RylOxaM*M(eyWx31%Y(Iw@5j(kHw!|'b*mnU+>'n)G(!S0xA8%n,]%W/>+D*%!vz1+yBC@-7L(qULy.E35/&%c6t15F@)9'nIs(+'d(m!v(Dx3<",
"Z8(lF:(&,Rx<l!o'z!v,.yI4)8j1%Yx3((l-U(5*td@)EyiB/U]]3x!vCf9p2T,H-y%h(:+!)DiT)3(7*o,xD[1D*&)f;v78eK+R*V5Wjo/k@n%i",
"x{Z'o`4'oyJH8/'f(K!vN<)QxbNyh+JkP]/+ni-.n^%3)0R!(A!|t2(k.i%[s(I8,r(&!gx4D)m2k*1!q+00-y5g9:140yx2B=:*%!|+O%Y!j+G",
")k!hd,)+5ZD}x]2l3xBZ50U1'rsO*Z(%,3y,@z%N*7ym;DJ)':|)9z.c8bx#}x'24f.R42b>+g+Ax<Gx<GEd&.xjc%`-(!w(+(x(`Ll(:'d!r(`",
"xFCudQM%X!o^]xPjz<g02(<*C+&!n12V70Iz:o*2x<:;k(@'s1w*0)Bh$l`8^x-/4J(:4bz3Qxmn-0@uy`+-W2,)`.U+w*^%f6>z%JzI;)f(|x'f",
"INy6]*@z.>)Q2#.p%cy%U'|!d(R3Q&)xO/%nx<s=U)a0xxK14GN-!i)n5c'l({'x'txAQ1*x!y*]Vx'rxE4x/;3m7m)s%i-TqP!z'{ON]m(N%Y",
")a%m+F%X,x8x/%%y)@,}x-h!hM<%U!gJZ,so#2Y*H+90sF:!hPmy*,x;Fz)C]n)/!x(r!neI,eIw(/2yLa1Tloz$`3Cym](m!|,U'p7Nx%j(7,Z",
"GMLa'd(%!zKL>N)<(B!}<|5e(_:;x&T-p(Y=U+D5R'pxA|xf(y:Z'nBR)u)A)@MV)Zx6d*I1*([(/)Dy8X!m'igD'i)x3enZyDjzS6d!x4(%UZ%'e",
"xj.%U(B,>x#31c(&7D'v)2PY(<zJ%1m(B+e6,'o@d6f.B%d91>=0ujl_r1yx]C-^-L%^8yx%Ho8*2H}Sp!o29(C/-)/Du)x.*xg35*tvy]^!B%!",
"(=%lxqvx3|x^|1Me;7kxmTPO(:(a!t%jx/1,a*o/*/Oxtn!y!zn#'ixJ%'q'px_s+)*G3I%j/S)DG//f(q!v(v-%'e,R6P-VyH^7R!p/>-e>6(=B0",
"04x)40@,6QihU(Y'n!y!fN6(kjL1jx-&yHzap'r)0(k:+yRkf>W38M'f)xx-Nz*BxQQ4m63)V'l'bycrqQ-&x^^DUDO1jx:5'x!d/-a5@w;.6o",
"!p1Rx}k)9*I+A'lJ-)K(JxSv+*)s't(|,k!my0yxWY:fx1qx2=-0!rz<39>,CJZ!s(]n++Q!nE'!{4GVf'r.5%U.l+UZZ`_yHJ(U!sMo)Z!vZn8u",
"Jb(k(mQ4V^'w*O!{(_G;4T'k(H%_/3%U[fX^OA(-67!m+F+J,1:/yDm/^xB9x}{V4*Z)I'Rx7P-x((.}gBRayLO0>*O+i1];e(K);!g%f)7+P)x%[",
")v-$x#4+1(S5*xz+,m-l4M+(MaClLTZW1T04(&xh1(,)/'u)E):(7y3q(e3#*{)Lz1_4@H^Qc//,.On%gx-=(k*E3,(|FMz>gEk*1J'(H`0)1)C",
"#^#8P}'kK$yJ*r;'R:(%dF4,2-v'uHr+8)j+Zy`I)L'y!|*Q%W+I(G@L2y(1+J)B1R!f0`(0:<(!1i)@xE:(&!j6T%^)FyW35j'svzx;mx=G-C",
")u,gxKXDY*.y/T!hH)g,'D!uy{]'e4H.v)9oh+tx-P'o(I5b'exeL)00Fx>G>UO8%X5B#=@(y]YxnTx-6xN2,N!p=GW5x.3!gCM,2%dx'v(k4I(]",
"y2T1*yVr*KN!,j1i(%(B*!xD@'nZlUg+='_sm(WOb1vzC*zO}Y,)q.&%^xZNzM_1:%hy(s$M-I!|x*N)*)0zKEDRG8/>(*6t;k+v.{xsPzOY43%d",
"SY+Z+=%|y>e17xtmx'D+#)H452t1w%Yy4p($(6EjgT9+.y'a(m'by/}($(pz%H(30-!lx*m(m@Vsm.l(;)y)a)E4MzH5)N-VN!(](v'q'd(A)7y2h",
"/e(&)h-i/5AC>EIux*p(($d--*{x&gzPV'eO0yChKsx#$x:/+RyLqxc1*^9y!p->+_'l,yF]x3;4j)DjRZs12*3DPz0dD#Qi!|'m!e3R,RX#6c",
"8{y'DxJm0E'eY3xBp4)!ec*<}$Pxmr6o<8.YH7'r(iT00r>C'qxUF(S!k3['srk8^3w%`e;y2/(E2=3-A&.y$a!v4%1:%^W+(nSU+k!h)p!x)0",
"8])B({%ZYN%^'f'o(E5ixT*+V'e/b04%X*Vy/<x_d,]A)!nxvDGn51%`lG'k)4!m3HIf(7*b`P[QN{%m,&%Z!e)Ry1-x$^zV1%Y-a9[Jp/ke]i6",
")Q%U)0IG)u.92]yh)!j!i6U(0hmx8e(e%i+4JkQ:y9W7fy5](7<A3v9p*='m(ikz!v+g1nCv(7!w.t!l'my+jxOp4N(K%kx/zUG'y)7(p7&)q'r",
"zI](,(c!{Vw6+)KzOqxe9-W7.%V)D)l)Q(<4ffg,1'zg,'JQg+A3I%Z(6CH'v!}!d0>!gPp)adQ*WMby4I(,x}H,L-A'o(!*$>kxD['p:Uy|2%U",
".y$gEe,zce*v8p*ZIkx+s+=%v*obt@A'r(Axa:xU97_xN4,N*Y>mz1S%cy0HC|y-<'|d$@B!i.OP0-/ygST0043S+q7V+7IuD[z/txc@1jH:,z",
"0K,3xvQ(FyLb(u*Q(@*7(l=Q($#l$dx_`x;i!u+n)4@X$OQ>9nz0u0@1j<8x#S9J%Ux7Q)f14yg!xBi<ExK0+iyR5xWx!qg/x!@%b8x%dy|{)t",
"*E'o)7%^LOya1xZ=.J.i'r(:5JQ:194r(3!|ek,C(MWL,E0G(*Dc'gyCr)]*V!x4Vy4<xd}x)a:+!g!g*31@5n*JC9F8)8x:/Fze]=4!|/<xMQ,N",
"0!D{!|*f'e0k-Z'V;K7KzHRyPF)@)'qHyJN)4!r'e)m(q9+,*uM!f/{yL[*Z*@)C2T'q0a+Yz:}E,Bd`3yiv+8,1'x5.6%vL%h-2yS&3lx'm(.)M",
"!u0iXK%]XN#//O(J!uIJ6-(n!zWxM5MARm(,(&-/1:'nx0Gx[2F,x&_PV'r)D]J!r);!f.U(=*%:C-&1S4:5zA6(1+R!y-k(+@G(/4b'e[Q(1'e",
"'x)^(6c3(C5%)R@=yj<(l(^'b.y#<AtOc(='x!x8L(0DY+O)y/U+y!n1t)4(M'eNE!h)+7Z+&xc$A1D|)UT4];)s'w.^.Mx0qL.ynS/kZ;DS(7xOV",
"y02(]z;rxnF*o!i.UH|'xQY,K*s-g(=@I%h;U%i(qyQsx%8*H(v%UxU1yh#)N'txGv-wHn(&!eQkzKN9j=f3H)6gm,'*:l&xG),H@uMQ+XVG,N",
"!vYTyXS(GKB'rAtx/5,R'y!{'kLn(KxF)>`-U,6*7'oxJw1;6g%`3r*{.ELq!e=G(0CH!o.|<=xrexg<1R1=2k-9PD/j*p+L!sx&Gz,QNr`na5,9",
"*W%dD%Ug)I'XR^%gf@'r:P%]1B9.xVgvH,R!{Mi'g-c7I+Ly()7%f}Cx%erk1J0q(904x2k,y%d'b*u!iTZ)F!j(%z!v)P3|zWx(y+Ixa5+P/[",
"xG'p{)B+^r{9M-g/=)q!}1%9z]G/i'vI{xT}=-x-.uW(**f0<(F(8(#Q2#4+0.*3(6>QB-/-9!hgg-[,i'd+%(_xwOyOmzTA*]X'(B'eY9!A%3",
"8[(bx2J(U(K%j)=%U'nxvu!u0f)6(0z<bz^GG@4sTb9+(=(A2C%h'f12)D'o:X!hbH.tQ2'I)c38)jqb:|]=(+Gax`U+DZ;>Sz5w1{_A%Y0K(!",
"(@!i[t_=+9I{x7P)<(s%n#k#*xvcyJSybC15T93Z!/%2yaB<s,*%j(_g['x%]O8'y(:%Z)vy)i)@DvSL-x@^($zV[)|x0bxXs,('gxD+,c/;;7",
".iyp<x8o't.y&$+#0i(`(a!ACg@L!hy;:'wlg/='c(8,K39,50:1ax@M4Vc1'x,]!!${zQcN8+F0ixW')t!`%O@='rJ,,.A)(!*7)B!r(!DL)r",
"yNB,c!x(5(@(F*@):xL](U'e^;xnME*xa6'|+#%d)741L6%[7pI>4I/#x8vy-,z]'*2)1)2*rbT6X39(A(a,hL`'b/m)Ty;<!q,0x!/)dx),3B",
":nvc!r)`R[yXu0Y@p!y!e)V/p04*bDax5g+F)=[w.K^Z1*/>+@xhA0;(b(3!s(1F`+D!wdN0[dI!ez'UKSzGAz&8.x)T/j!o*)/0GR)qT+#U&4",
"a{!rDa0EI9-$,H!|(R.`)TKdxW;9p'p*%!x,^'ef*'b,o1a'lB];[Y-26zR,+cxhc*fxC8'i7rP{)c5b1S(0x93)b+L`9gc/IJ-+>!wQQs<.j.,EH",
",B*fpE$g0N1s'b,Ry9(u/)/%kx+M5Dy7,.8x*S9H.@$N.7:<BN!l+>'|)()t/cyB%x'.1|(I2)()'m+#yE$.@'O!x;Z/3y&xx&a6$!u0xx-Y#'",
"(H30,f!g2Cx{;!/%/!|'qx<(A$(j,ZEd&/0}*vz6!^`'f)n#s$b!e*TmX){/u)r!d'y!x:$6e.`!h(%,;%m,K!lD|Nnymixr}9%z=}5w$l(|)H",
"yei-GS<2&*%!d){C!yBqD},;(@9-)y6C4>)7!iG6/{l.j3,q2yx-@,N'p(JbS!|!r(e-_24xLTUT7%UH*)%n!q+iG@F[*rT*9J'r!jCXkr)`)^%]",
"z=tyqGxe|+QyKo,N2&'rz.'3#0Y+U!;!#yGY<s'm0y@F*1)^HMy-V#U^}W3(I!i1r']*;%m(`3#!p!}xJHES'k7CV9S0x,7;I)=%^=AR*5cy0I",
"*W+/C/.j!n'oyZ5x2v(C%dPY%e_D6=4Nx;5'd(*#H#0xKb.[xDr*:'k+*(0yD'*;(l*+%c/%#5!nlU*F!wC{D2zO5(]-Uz<>x5mGgxqd+H!x6G",
"!vvu!d6>2h$R2aA&.%xG]yw6xIp-2'v>k87)6X]MTx*JEd%y!xym*3<<NB5*2!l3B-Qv+(m-M)6!e(!t+IlFE6eL@6Tx(R'f'b.s0O9O'gCv5M",
"(+_ep,%U5g%t=wC!xIE!xzXp%bxi.!r/U(8x@N)ruXSO(!,@pT,I+I=&(1/}F:.Fx!<yH6NDY.f`]g'f)yyva6Ky(H>`xI2.hM4x1{yty1j,C(6",
"!oJB-9xLry$,,m04HO*@C-0X!}!v))f4hE(`%]!|'n!f33zBN'g-{(](^4}HhF],=,)Wz7lOH'x/7)q,79.yuI,)*+xEZy(&Tfz!%)L'd.%(Kx1*",
"Zl'oFw,EVG.j(i0-ECys;KZ@u'by(W5Z'eE-(;x'7)L)1,n+Ox+H2T(K!h(7xgU6%W*=k!g2v(@8QG..6cJ1j(c2&)+!e!l+*)k+D)gC`!q8!)F'g",
"5zR,xYc*X3^:1z0eyXH!r;6,i!w0H3_W+:3(@Ht)D-4A-N5(m'eza&#<(K5%)4!i0#)r(m'p!i-sDa3K7#.}wZ=-xkVYl7n(nxE$xC%n<m'=*(x",
"G]!z/7=Q(f(9*Y'cxu=(]+#3|yA6-*9q!|>.)cIi*((|u/*.xYesf4Jx(O)r(:(*yip,x!>x9x(IMb)''w(&BD(j(n)a%^)Z!fy!l.Rx^K1*x(X'i",
"1>(r6A($6<xBv(38V(A'g;)%d!y-rFk76!g)7'nx]F4#)$,0-C^x'o8[vI(S(*xHg0E7^'p05zLhZR+txM^K*'b,G=P9:OQyqf*W9b)VJ*)a'l",
"4m'|xj8-4z(l(^(=__yh.%-0!1l)@Yrr&GP!o(Jx&by`tyWJ2H42(F2M%V*J%k'eVixR,.!+@*f'd),)l!f)4+k/U(E*Yy6X)m'iz$f(]xbfR6",
"H}9az=3L7zb^l:yP;!v.y'X*P8t+I2i+m(lyfJ%Xbh.l0N%dx|pG:(SAJy;7(0xmC*h0X!z!n0c)@zP<!!BP!x5vD/S5)JLp!h0{xuL:32aP,)Y%U",
"'eHU!ejkc'%aWoxYd3q(.53)f)g2f/30d/54@(5+*eQ%d(*/[z4Sgf-y%jxC*+V<Q%3-Z'RjP0-,Ba01])|!i!y'yNbyAe>6Y21j88(U(sE,*J,2",
"5-x.7@5<N'p*=x$d(n'j(5xb;)U)B)'-y(*!s)kR^%c(mebxc@x!,1eyKGx7#%a-A)^k<%hy%W)!x+YiT)mz=&!-$|6c%eAUx.>'fJV0B2k(H+}",
"!j(#,(zF7(*'w(b5;_r'xH}DRy{xyCz>kx%`y17'i!wxnH8B$N(!(an0'i'v%]Rzx)0ro%!y6@4vx'[%h,p%Ul.DqN6!oKnylNxhIRO(;xtEx@n!s",
"([xAC,'<8.@#D05z&(,;(Q(xw^9X!n'l%W,Gx$g=K,P0K(bx<#Ga'k(Fx_N,NzR53#Ef7P^(;*>E%csQ(#B)x;7Hk+oPLzW='kG!1C20y3O4%2r].",
"(I(K0w)4nXxB/#f#:9mx#bx2n)8!p-y({x%R1Z,>(q)r6U/[*bF$!h*Jxb}xgSz7Qx3=^U*XxyV6=7p%h!|!g)i%a!sxABbSz0],HO=0BUJ->(a",
"yL7oY,xyj(xtX8'!j)^(vuq(*(L'ea98N)dx%O%h.+'x)R'rE%(Y,:)!H!x8,j2-*!w@o60b+)g2b:oxvN'ee*M}1Gir-*0<5Y.bSi(.;OBY%^",
"Yk5&KRKE:(:!'qxrYx+g!fx_AxEZ2w!vxNA,z'f+1x_]3/,r(8(R,nxpJ)OXuy4Q31)C!h'b#_'D)V0y!qzRLx/7z)@38*x'x%kyvEc%)V1Jx6N*a",
"!n!p(p'm7y+&4f(FymD@Hy:u*k3ebQ!nBnCx)8)B2Y'e88E>-*y-k(.xQCA8C..l!h<I(O*:-g%[5Z(<*$%n1/%V)/x=8(;Kz0X'u+F%^4O(r/V'd",
"(_x>E!x(H(=)^!d0-z(_-J5.D+xV+zJ<zH4yj19&'_o)!z(51t->:<y|Q'r,=),:w(1yUN/|cJ(Uvt(J23'i!r(w!s(0AT,f'l<Ry/g+yyog.*",
"4:!rRm),:;4xG>0`Fw%W0T's!o@e1F-p-L'n<[2Azi-Gd!v-&)B[))l==3r:y)h%b'x'c1Y)^ZG*/L*(u,r*'x^v2X'p1++#((y+4xoB!s*j(M)r",
";H)Z3a-^J:9dxb;+^,K!s0Q%Y+|(*yp`;*)_!wxK%*T(j7t(By-Wv`($)9'|!.,_*Y%[(6:c2I$S8B&&Lj5;yBw6zs<H_'k'g-QxDg'q(a_L2/",
"6Waf2nxw|)7;6Bzd]BV*],]%^x_`E|zEjGYx(['m'nO_P3(lypM)mx*^xQ>(j6lyT3*;4h'i*o-BxHx1*)il23xx/C'c*fTg)O)a1Wyr@sS*1%d",
"CJ;X(5)D+@%c2rNyo+%`^@t-(.)Ayrn+8y-ULHM%,$LXxoj!f:]yDz2K!/x-kx}Ax<Bqb(':X%UtT%ix^M:g!l:UxU)7vy-83P!f(G(1>|ygn+1",
"ygU)f/;%[SUNXJfxC4(+!h2)%jx0qOg9<(c3(JB@n^`)Vym=((JEx%&%oyw3EjEa!oK{1!@L%`:&%hki)l'p;vxP1(,'v(9)T+ey!}*OOl)/07Lw",
"x!gz#_3^3n(V%Y.^%nB+*&!p20E:(J@-*'x21]=!$%-.%x<oxLBxLByAn0c;J-;!yx2;Fs%n!i-M(K`0x3vx('*Yy9FX(,|!w>]C^TXQN)dxDj,A",
"*%(3(C3#,f+$((-w9x=$ZxBT;Z-p<|%Y*Y(!)BWdxM6(](Z%`-y.jy'2!|Fa-;'b)6j2%`9&'Lz&U2JT},c-26Vz4]%U(/+&+-!l+D'mlB@{!w1T",
")+%Xyot;*1X'be]%[)R+&*byeI(jxH]y[w(lD9'yx.a+Re:'p3[%W1@dIzEA*2.,'zxS2xe=!n@q(=zf:+](U'x>[gZ9M!d(<)-%i:Qx,T/X>6",
"(*8Qz#Ry^D)Px(;xx@<B!|8{2X(<(5mZyAe1[x+y(U!m!z(Y6%..Nv)j%g/O,Yx}6))/U1TGF'|'e@myI{360g(r-lxEPVG4>xDuxDu!}3I!y1b",
":s%Yx&Ux!,2h'J4IC)(A/T,'(eyJr--xzPy3z5g%z'p!n65z#v'eGt41[PbV'm)/!{'b1@!)Uk+P%n)ikrEs%ix1@%Y(_H['k3#(7'|da-*+OJV",
"7s4Gzi`zUB.pxb@-UyCYzHZ(kx>1D_x62(lT,%^(wO|xUr+!zf<@h2I'J(!aW/DhYyJg)<>N,I*F1W8Iz68@2$rxLE3B)ibH+|%n)+95<[4^)`6%",
"yf+*Z'p)>X',EOFx$d(pxvuPM'N$WXN8P846C,I*Yx1i4r2W)(3nRW4k.(1QGqy^n!xx,:)V0O-T/[){!nK5)Zxv'ZD)3xC.z[l29)6'e6<]B`&0.",
"!B%3(5^.(3z&)+#!ry7$(,yuD+A(s!kxu-wG'eBexD@x2.e1)*7;z`B(b>Yy&%W^-o>r'e;|(Nm4.y&!!lZ;*Y9.W_!hyM[(<6GI@,+e=y5*;i",
"34#.-E,Ex3B]g(!9d(R!r6-6m'n,Ux<w0J<.!v(YEk(q,^x7Q2K1y(W3<*&2#)B'd):(*W<Re+f:X%oxM$xM$(/0O(d!|8M0i68xd{([KpHux57",
"zB=ai'nH-)ix!H+_%e5%7w/%$o*O+]x%f/+)i!o<Cz@[a!xfv(^!|(!-$zX*x]#@3%d2@'d!o,|*Cxa(x+pMv(@x%Xxb2,c+DyC7hrxd+.5%dxvA+E",
"4m.W<}&2lwz)U3H`f.}%^'eytAx%@'x'v,t(v+A5`'y!fB0!i^k)g!p04%jB})&'qG]0[)t*.x(>+mD.YNyCp-vJk'd>0-TIh4wa:Y2)dz;WAP",
"!vAe;fxL{-I%dC^xed+f(y+Fen)Xw2y,YK+6-+V0Xy&ov)=Ez2H-:/s*Zl7!sSQXyx6;.s'q%o5b%a'e(g,p*&y<.'o(5.`6E.hys>xGq)6)r(39,",
"z8^o#'y%j+S,kD9F-,r%V1F5%Tz3I*JxWxyt%=-!z)U(/1H-[%i(q1{`l(ux:30I'e:%,r%j(x(1y=U0P+Lyqn(5%W'b8|0N%W1-*p!h@GxJM0R",
"'pyVgB6xIq!nM<,')n!j-_-%,%6T%d/0Mt@-(;'l%Xx20.R9r25zBUzJE04(%(@(ZEhy0t/>yEFzW2cD!m)Q!d(w;U!n,]:}x#tM/1z(,3R*s(j%h",
"-Z'C)9%](6y<6a)F3<dxNZ'j)n.3%li#4U0SHd+='H,(%d!d2J'v>r(I)NRI3C,:ye-x+5*6(Yz,8.3(A+'+Y/U'gy*D1(Ba.h2T)fx5@%g6Dx<o",
"!fTh.i(#XT9J+lz+W5g&.*P%[3)HB'k.{VG7l+#:fiJ<ayyo1W2Ld/x9P%d!q-4G*F(xXg/[.l,jk@L.x$|z@z)K0xXs*ux81(]<|x#Wyyl.M(v95",
"SL+n+4(l'g!d!xyVs(+LtxHo6J87%^)7!v!f(H0S%U(=-p*@!n(C(!)P!{#G#8!pxbhy!['b,]JI(512FK%^y[JG`!}+gOX(=<*-Vs2xrY/X!q",
"1y)|-e!ozR@x=2x2G+A'l%e,0/Ky=]xgbx%%*yyPf-x(:*u38'u)=%i1))Z,pq3([5%#r$Pk@Og!m/<fB!qaC)o5yI^(w)2MTJRx,(b$,1(.'g0J",
"ygeEI.sC!)4z$Z+[xPH+F`g)q3|xQ]x6E(p%Uc<YgW+9H(5+J-qIu(A6m*E>4x!z(&yli.[Kc5z(m!}T41JxkFZD,Zrr9&$k)N(P60x:2'dyB4",
"8U6$.EHa*0(nNL!gB+,4(fCzx#ox+-+%'rCwx@M6-+&xnhxVfx8{1{-gxq36k;e/00I*C%h[!4EMQy8#+D0d-%xc((K%Wx%Dzp='bxNhzh9zo#",
"N=(a/Sy^G(737y4a4)yjX%nxn63/-[H&(&'n*oCm!nx>Mx%e]gLd)*7%H{++%];H(},&yd](d(Gx!w.+(H33x&A'rxM6=vx&G$Q2&%cw@!vxW@0J",
"!d=H6*ew(pyY#-=(l)`)`/_x'*2f-Eio%d4D'z!zaz->'ox+Uv,!v-3yyqId(Bxu)!r2$C-=-!wyTU/>9H:Q+X+_,Eyv[x6v(j0i>k)d!x's!w,m",
"y:/P:01Q;Fw6c.|(lf`xWx-g-$[c8v1:ICPHyyj'dW{Fa36(AI1+[.7x@v-y2h'Gzj,R9,U!y!g/sx#V)M!r(.*@APxvd%d!a$x(.,0(|x_s(6!h",
"x}B,I(H,0PHB'(vx'|I1%YxC8(#!w+`>t'd)G-:yGa+X:C*_(|<.NO3O0N(_yy;xO#.i*(yb<,$x)3y@fFm)8zC/1mm^=Uz1A't!xx)(7n(_IV%W",
"-R%U9&#@5h/4:&@u)4Qlc(*TziXd8*P%e+#7..+'gGq8Lx=%'xz;dzly//F!yf_@@y5Y,/+v@.#f#;5g'@)D'v/T($3,(u'f76*7HLQJ9`)_%Y",
")4C!)jM/xI_'kyq(84h:1T,xE+xNN'Ixt},3)B%l7&!|yNf*Z'b0G/u+ckEy%7!o%mBY%ozT0d!(m%d`{x>5ycR)H)x%o2r*i7+9}(q!i+9'{)R1{",
"ElGpz7h[2y4p%Y(HxU1/9/=yE)08*^/H*^jy(!(<4W'f2L%]x:}'o=sx!>6-zP9z:%8vz'r%X-U%d!o%o)7xGhyA<19(vX;yZ$y'0x875=!|+$",
"AA#82D'i!y%_,k%e=Mx>i!z1IG/(uz^[z^[Ed'A(E0xx&d2b(A,r!h0;!g5&Bg%Z!d6h*=x-tyGJGb*b(d(jy;#!qjHxJ1)L<8xm=DKxrk0SyqY",
"#q$a,P1#8`9N[M'p*7%e'f'k'f'z#G#2Sr)*OMx8B*YdX+t,I+[MX(Q'k]D!v4}`VT(6!z73.Rx<wxvS((.%([5v'cz+^5n(/.$)c!x!r!fDe(iIC",
"0N%X)P@u-T%g'e;]Ed&(zeazS)((4dxuIxuImq)9*Ox0=x7%I!y]v--`E*l)4@]xE%L.!x);*@'y5QOR(qD,(vz)V-q(3yJJ)<v`n|xBV%jxE!+&",
"xUp*6280>Vm@Hy67/vx<:/u.$JV/00iy|Sx#C,xz!6x#q!l!rxVw;2($)i%WkV.e(*%g)n%^xut(]SL)<'f^Zz@LN@sZ:y/5ymYzn}*22aKC/s+k",
"I6-/!d'k)3=4/O(#@*(Z(C!j)B%n+|jl.Uu2+9.ODD(f(O%hx4]+%F!)6xU$^:!x4d*Y!k-9+eLhifxCB*M+=&#,t=Z*r-$ymN)]0Qnkgj):(I%j",
"!}x/Bz[C+n!+$x+9%b,6(,*PshyVmz9E/E%Wy]w!o-%,/*Q))!|%`!s(35K-x(B%k*J+]@*@+*Y*8'd'ix=dy^`!t%YFk!g'b;Y0a(xy;p'r+;!}",
"yUB)&1%1*0@>Y!k:][$xDw.3!m!r!myHr3ByIAA_c8xQk;54l5A%`.b%U(3(m(@M$,O17x/b#&]<xX^!q*s)xuN9!;^**'MxQ;zsE3e%[y4!Y8",
"yoo/J(q!z)-HB(+0Ox9Fx<+zI.+X'eyHky5&x3[)/!p'eF/+|!g7&A.!mD.+FxFEAn(l6#(G/7%hyO>D20X%asO(U6e!jyAd*X)6xsD)u%j'c7]",
")P-Yy!B)/3G(KM@)2x:5(])7;Yxc8$_*.%e!d,1(6l]p,M;Jf(!y#xy#x*Ew9a@NjxM60`(:xfb(ba14ILu)g%VC-Np)F%`!i)l)x(*zB*3_2Ax^R",
"(/+@6tUV7%]S/7($2$!v#r$O(f!g/(%iR.+P!#$v*+(J/;-:9-CQ'f2KzCG4%xL]*6xdHWy'v,{!n(Fz5PxFo,*!|(0.vyd*AP:[zm*2:)`8B#>",
"(E)C,d&2@(,UTq'tx&d%h!j+T(00e4R#(y/v#U4:.l1e%[4V*wPJ(+ng%U*%%[(R0d(.(G!s)c,y>W)`%exL:xl}'k/x!q^k)7+k)+%o5g$b'c,D",
"*3(U:('{`ogx(@z,-@^+1+#'e*;'oy/}'|#G#(NR%h)i<.3G%UF}'tx:&4UGl:My#Fx.&3Q$[y=;5_y:26=y2$rtx7Q1m!m!iy$8+]z^uzB.Sl5f",
"7&.`F3%b(/!nqi(y.t3x/86m.5%j+;%`/j%^!lHa(:2yxdk,I!},0!h)&#G#.(e;)!o3H!l(n)+Wd#r#)(w__*^%d-f)n(I%[y7:,I!o%]+;x;7",
"*@-wx+5xltRAhm-o%YCW,Y/U)y/u(nCd(!Ab'rz#F*nxE*(ZN86z01xevL*0O!gx!$y,QRw,C(BC./Nze3+i/B`:#%$p){De##$r)v+ymq!|(R%V",
"@2%3<=!iYt)rJ0(#;xz>R(m(N(71@8{1my;wZS)qz7,78!}+%C1(Bx-((M9v+g'g)+*G,xxYF,q(]z:Tx5{-y'j+,0y,w%nz3v6!(CmJ(75U.a(Z",
"7&+&>w5bC{xXs0X%]8B&.+:(,)Px!!+L'pzRR(<xzPa[-+!rz0YNp4:!s'k+V'v%dzK!(y!s^]w[2u`[I1!v,z,'0!Ur+w!o)2'pcG,'(`5Bvc",
"xK,gL!g.R)7%m)kYw!d2Xx'uJI>H=Uz/0xG&+%-%z@9HN(R)),iLH)D+o)K*G)7xr4.y#,5B'^xGb%aBIiUxj*(B3R=l!i=W!fC]Jp):)+O[y#Y!q",
"xD]f8'c)AR['xx5e-pmox>8'e0U!h-}zYJ>[zE**<Zk1T,Z1t!dmY'd4@8lYu(vx9V'eUg'm%jBYe+1]z:j)q!pz%wv8!vDfZF,m,1)mA%e4y(^+a",
"/*QtQHXu(w.M!f(P(()((K6&x:>I>-dSi(i'l)B=Xy:>$hzM|:lxA8(l!+$}+9'g-$)&)6U]CUR1/;%ay)v(7x<x,zx.:(&0Nxqe'fxF*zN=:*",
"*;z[Ql|%h(@/{yIX(l+LThx/o*2*l%^(I(#!j%f!g6zx4gx'gx9dxN!+E'd.iGY)`'p(wxaZ)3,^#B--'eA>xL0>6[kz,+x+'!g,>)/(.ym(.3-w",
"!rHQy&<-x#_'F.+%h2:)H:Oz4.!q)24rx}a7^Pm(i'kO!%hxh`x>(x7K%m:5,/1D%jeixW(-I+y)j!j,P%^(+ywx,efQv3!n*;RkF29M(1(Ny5Hx'z",
"(Y)>(Z%a)hH,xk2,|PY'p!s(K;h=*!w0f,r!f!o*(+l:9([%nx3('i,i%W*^%j'd(RBv/4xR],Nye{*yzQ@8Y+%AM!f/[z,s%i6;(J6G*I/X%^",
"xeP4l^2/R!gqmxuFEI!l(S(_e/=*%kx5s+n.l%UHry`7,`)U!v:$'c'|(i%])Rx6s(+-:)/%l!f*Gvz!wx1},c*+KF18-$R7!w:|(l!b${.5*]",
"zO;L<^(z)/Lx1h'pMCzXjI_!v-*,<=ZIE,/KPyS_)V;#.S2'yRQ+&-D'xy<+8z!w(V(I(7*J%X)0xK])'0d*EUT]s!wS'%j,K(M!h,l)MX()Rz6{",
"9&&07.(U!y+n@5!q(=6=5y=d*Yx+7!r+9'y(6yzw--gD(l/a'|(+gexE%Og'y)|xlO7@!e-k!eT0,p<;xo,+J;Uy4i(7'k(7.$OQy%,8B$cKSzAO",
"(/z;HOw'gc.(k5gxvpZ>(](C+VxkVxR{!g+G,+.j(+)6(@-*xCI8w(Hy46(+OMzlV(',w0t!fJ5xi>+ox!1/pC$*n!$)SkI%cO4y%4y.B+RQW*&",
"*FxLP,q*v(D(P9n,I!pgCKn*fL,cD*o,|.ib@*$*y*Ox!Sz%n36x5m:$NRx{D.%(_yo-xQ8'e87XO1#6G%a+[9[;U!s*b!v)1x.%4NyBAy:d*Z",
"!sr,*V'y(i1WJ,Lt'q'k/j%[3Q'N/cyngy:uf+4Z5<4IxX$9o)c,n(I67%Z*3btVT%^(@0a*%0P(=%j)GE`x`*;64$'t'n[27.>I2D+V!m,13S0>",
"k*(lyP]U3x<b%oxJB!v!a!/!g)Rxra1j]7-x!uoc4Ix;8!d75(3>QT9x7bxO&e^6U%dAT'c(/xcQA)y]Oxa{.KYE,ECR7m,7(!)J0`*C-By+2.R",
"KB%UNJ#3(I]959(U!vK2!n-*){kqxE[u'x@1'i(q%a+-xT)WS>/-[%eN{(!+#<[2Q9[!h,>3]!l.$(;;@+;9<z:_*.(&!m(#/_J|(O)8xNT2W(()r",
"!k1t'ex1:,*%WyD<)F!}%m(S*|,K%X!gGc/33H+-Ww@CH-([z3{+Sy,C)=%d!f1!CRx)7xxQ!|90/j)0PZC/6c)'%m(B(Yx%:62(/'kC=%Y#r$d",
"!r,rfc'y(f'f:;m='p,Syn,)rxjAx8l)X>4's(Ry{nH,zm+xG0)TyaJza#8v)ExJ0!n(0xiq2b#G#@)V'x!o!q5y(*(fx_!*E<4!u`Y'g%b0K'v",
"Dp)d!v-n.g'lRWi*b1+QxUp><)N'lyC/,9!j)tf1S8.}%ZxNN$WSF)<3]D;(_6`BNLb55!k,U!r`o[$1yOL!!1^+Lxikx#h()Gw%e(C/2*&()x@1'r",
":L*G@5-s)0xN/Bf%YY,(c!q6zx*B(&+|x8mz372yz+71l*O`]A)9p(D1m)X%[*3BG*%9_!r)B(Dl,)j'cxeH%iM-xn;z2>-J(f*ozbr*:y>Ra/",
"kL)9;3*n(w1R!l(dx[Z'iBFMe-{%^6B,$,t!x2TI)0j5=(S(R*EH/)D([(H1%TnyY3#I'Fy3b+HxE4)1)+%ez1u(G(@yxL(A+*qQx$f.%%UFc'y",
"88!|,q)cxX-+1!y!wxIX*uAK,)x6rKD#1#qz;.k(((xSY4$G2xX_tt*O)`!k0cx}qxDh(K+/x98m>)Tx^X/S3o7%4xz>4*yM=*<'fm}!d-X!d-;",
"Tg2H)^'q2:)N5g'Cx2y)M8H><*CUxQ.*ptZ!u@L'k3R5D-0-vx8i'rzcy'z([(8z'vxJ;8[zm;(=E+yPQ/k'b)1)+yzYy9K9K'vMbxh`7v)}0=",
"!l30(K=,!r-Cz_ae+`P!p!nA{dcx(%(c%o5l.KxK})|(*82z!Xzr*!l1{=s+2*o!hyyI)L/>([*P;p!eB/y],=k!jOGbzYozPx2tx}B'px@j'i",
"y7-0*y<+%i(`%e8,%WO1,9!{9Yxd#1j*F%`2DseI[x%RbnB<3]%d(=/[zKR'oYA[$(x@qn<%d:NyUD+,Cz!f,N:P(M)-2$!p)DzqjxJrN-,[xG$!f",
")B($)B,:;9E',d$RFcxh3su'm)VLpx!3(Z)P%j(/x*q)-+/3<'o+E'z)^(kxBo'g){+i!h'r<VW4!r`^;)%`yg_;*-d(,P+%j^E.i'e,Z9V)8*Yx,8",
"/>-/x%B9+!%xusG3xwwxk&-;01yOE+#2k2A(K!eCBBv,kWNl1(&Yuz-{(k)4%o#p#9'bx*`'n%o!e2v)='o*J)H'f;7(16m(C-i(7KHg;z66#s$g",
")=,p6g%exaY/K)}8VL,0J2]$kYhBT/X*%x#.w'!}(MyF3*ZxLm'|yOg1G*$%h'fRky]lp0FeVy((yA$ysKD}7y5=Y$!wo!(xXr>P.5.`!jlM(8/K",
"sO)d.%,3(3+7)Ee$yc4*x*[(l!h'o/U%U/sZN!dmD!y)$x6;/f,H(!(Q.`Z;,mEy!r*;CQUzA9([Fx/CynZ!x!|)_-$gZ6$!gC*)Dx8,I6x*^<X!g",
"!h)h(6>I([(&0mUB,H;ig:%n(;0bzej3c]D)Y2!rr!rxf&'pZg,+(bNT'dySU*y/OAi(7!z.y#-3Hx03+#7]1X'n)6zd-)l%^y+42y!t!tA})Y",
"'s*GoC)p,f(8*Q!|xcV*OxBLyht*7+AxLr84!z>pLn:1#q$]zOJ.xyGd)r!/%!(35expPB<9n_$,8('+B+k(C*82QMU-2xlT!jwb`37l1`yC)Sxz3t",
"(*(&!|*|yWDx/--0'fCb*prE>wx7/AP(C(.3-'jIin1yO>><(1%[MQ.9x{kef'y0J,K!vhI!qCb(s2I$O'g1R1/-Vyt4*6xG^(/!r)&ymX.x+FA&",
"x(,'b:Cx.9ySZ7leB/ky!}X@)3G_'p!s/9)t+E'x-c->0j)4(/Zc7Yz=_yAynuND/9)X%j(!yym!eFi8B%y7&x4t7.-Wc'c'Cl:l'eOoFB'gxS'62",
"'qx.*`ohmx5lxl=x1@yS#!d'm0X!n,=(),nA$'j(=(*(b#^#;zTry-N)E)Ep,9K+S2Q's1t(:yEqzOH+n'e)EJI7PfXOY(@=:)jyVF(`g^+S/p",
")0yh/<n%mzx3*z*E)*8B'M/Wqa(@D<(vxe=y7.&3[57vi}+`+mqE7z=nKcx#X*l/m[.x^$xyT0O(79V:((;_i(Uy(W%h#f#.47*y0}(l!x.i)T!p",
"(q9gxc]19!v+i!o+&!iB0tTC&ztke$xS8({G{%XxTIHN*W-Cg!!gy.]/k'ny=C!fI3(cJNV7F$55(yz[e),b#tt/y)d-}6$(R(B2@yqO<}#/*E<x",
"_6%Yxo,(.8c+ydfxom(.+4.p1{l>%jVL3N,xCz)0,jxo2/('s%jzgg+Abg!|F1+8]G('/>%U+Ff+)D%jDk6=JO)nzel*X(q;:V_ej^Z,)-Au})K,+",
"L$HH*J(_5B$M,>=,+Ey2d(K)B(&9,@L+8!m()xCUl2N,/-'k5U9*Mqz&^hw)i7]!z(U(q_e(b5q6F%d-B(lz,OxIF!jm6+K(,5bAK8pO=z!)x+4",
".E%bID7Dx%+y2'<}'CRSk8-y@H.3yO))B*D!ieh@WxGy:h!w!jAd)B!j!s))wgy#$48H2Cl_b(i4CX'%mt/x(YW:54Yn;1Ft*Tz-s%yxb2!|)`%a",
"z5{DK-%1P)Y(z5-pO!{)m0G*u*.di'x'ux5>(&!d(a(@J3'n)hI'-w'm'd(px.o(%0>SH%[)D.U>wPD-y(QQg1*(+!v>.!hzn:yEB(3(kBxyJo",
",;'b+(-++#'j5g#(!jVoEfzL;x*D0-V9B{x2Pz=JxW;76)/^/*W55NJ#<1/%m1)(:S(OB'q,60G(J)h3;lg*MySQ+k2L(F2R3Hj*+i'bxG^'mz4w",
"'v9,*E,3/c)4+#(['v`YxIDxs|yd;y`Z(q4J(Q=4'd)203x6T7%pv,r%e*WxG)y*Ux<+(=>Qx<^*6x=e-x){y[l'c(@,'%^6k!l(8!o:xygI)+'s",
"!o%_voFl:Rx#5gGyxa(&AC)g%m!oB0'n!y6T%j'x+Jx$7%`(ec1!pw[*Jd!Er-pM<>YT+!g+q,3y_.+*)c!rBE>J(1(dHH+1xmJz>e(m*2yTFmY",
")4)y!i($(c'vq-z}#!l(Ry:!yo2!|'x(0x*mxch9I-Q:!D%3K(58^(*/XxUux!dh4*GJ,())TcWxT%)MxGm*:(7:O*EXuyo}4z!ucy+m,.)h(,",
"!w,z*@@_(mLCxToxI73Q#;+,xY:2T4%JQ'g+#(5-U!nH:'|)v't(*%joY(%@A(l)G_p)uDu'bC[*&'p>-0Lbr68'ex0urT9Mz@Dxe`=w2Pxi.VH",
"AfCXytJx!L!k@XI3y8U!z3#0wyyc)R'e(()^/25vx|)%oxlj76y'm'i-T,a<H%V!ixaCyMnx2_+>!hAU)Mo8x@.(YyKU88'dyv(y^[5#yEk5,VH",
"xwXx+iP0bU34#+2v-:!u)2!ji0xHh(]+E'v'g%WygG3#)7,I,&!i)g+/!g+F(@(%!k(J-[*Ix3vZ}zIYxXC(=xB}Sr*f(`%n*V(}N,x>('e>Q!n2P",
"*$%dxdu+Q1wyb%(1%`xCB%c)G(<x)f!|yB|4J-=(GxP9,c(78A,x%e3<ximgH[c+='Dzap)L)B'gykf($xDNz#,,P*(x)Bx)Byr0<}((7x!dE!",
"+S%`x#qxO,+9@<0]+@2M(U1@)ZG@Cu/)%Ur<'t,'UL(HI=bg,czfiy_c!ntZ-}%YNz>(-f+*xwH%nKM'y8H2Kx6jF](6%f(@!r)B!fz3.G@x9S)2",
"x*sGV)7J1)My38([-g4Z!v*o)&xT':l:P)yx+1>y*FQ4.@'N*CAr)/y<6)s-$(KxL45'ymP40,Nz*],/,Z)D)I$_(D%i0u(:xNB%s5t'zx[Hy_H",
"(C!rxLT+*KPxd,)J,;x,jzqdu:.>DE!x,](vI|(]H!ghyqu)t(='r4fy>Gx']N@!}3a'm'p(^'ry4@Si,r:`4Ij@#p#<j%IQx-K(-3C,U+-/*xZoLt",
"x9C4^(f!hzR(,C.E)/)G,$R[,.,y%`!r(czdzX4/SP`/L%[(!-P!k.()>%n-v=i(Y72(Y;NyIx)<)J)/01%WxI5'|Ln3L1/1J/*e7!y;[.%26x[:z5r",
"x3k%`(H)RBd5_y4,)dyMDzGP!k%o.3)H*^!{x)Kxz-(()U1D%g(R5px({,NxFx*Z+%4lFH,c3(*vMP<x)`y]0!v*t+q%i{$4HVz|*:k48-%y8wOY",
"!r0`9ms,y#Fl-(@zFp(CVyz1d-:!!5MxZO-J+q%h(S7I!l@py4z($)afl-T0-78LM,d'MU5HNyd#*](63/Vf!|z5x+Q2h$]'v8UWI,m(q.R-_'g",
"x%&xQA1r$WCW*Kx$l)yyy31lyv/zMq9(+Q_&xA=zQ*.Mf>*:.3G.-0%hyR5gLxTqxTq*F(3a9(0K0(G;@x=&Bg)u,K%b`y!l)K%`/9+t2B!w(wxi6",
"1M%-2f(5y)$)|!v1*y<_ZY9mxIVzH%x`v;v'|'b1s=J*@(CmP<m5o(Hq''b)7(pyTa,CM:S_)9/STa1]1!TwBCx%BHC)a!w(Q(N<,9lx@3.A6xx+k",
"'bI*QJ+A2&(r**&((K6I04y>@(/6cNH5q04(p2:%h(e,'!f*v,;%U'k.`AKxEh,w!zxBi7eHS/m'ex2,(YT&1D(kzE$+}>Nyr4+09+z_V-J(6;X",
"AfH/(b0J(=*|C07lAcx(!LU:}xk2%bk6k6<R(G0G(0!{+>x`hyrT@).:zcg(<01%ZSq()M;(J2ax$s/>%Y!vB,-U)O*OaF,*4l/>yF'(0.g(Y(y",
"041`,Hz;XG@zk5(q3o>O0ByuWC|y4+-i1%)>/0zSs)m_.0g0`=s%Y!l6cF4I7DO)dxO;%g*b,uA)%iJ='j(M(',C98#a'K(e>|.g!x,l'z(`+k",
"x{)x4iXlx/S0N)C2]#@(5(r-2(3(ByGvxf{yKXU8sGN1(G)I%vaC4,z8+,.xx5za@wpy^*'x-w!k)cG;'g9&'M0C'|!l7%!h,kyGD,zDc%Y!v(t",
"gg(!=*I|'e;2(Q@q+m'g/)b@-Dse(A%o!#$w)D(;AS*f(eD#zj[yYL5g%x+,-p3H'oy5mYH)Tc[.@'BFH=Ox4@6=zyIl:(A%^yGwy2V#r$U!y!s",
"<&(lxvAt},hy7C,tB`!u))(iy@X!.xYaO1x+[xnGq]'pJVO8%e8W%U/),,0g!f)jxot31;O:Iz4:z]6-p(=xF(!w*`:4C!+/%b(=Dp6x'fx;J>v",
"!n+_)/%[zglx&u(I%n-UyrB[.-3)7%U#f#1!q)D!jAN,d$UB5y|G7.x;[.B%UzN|--ba;m;&)|Zg(U+]%U'sy5h!tyT^yt-+QDN3H!lA$'jE=2o(<",
"*1%h(@[3*P%Ux#.L.(/0J'j%e!iCpxxuyr'5g'ag}%^Bg2p!}x}}!yWw;K4%x4)Fr=w@]*7('kvv=xK+'z(^0ix)3y|dfv&4FDxmo)a(3,C!h!fMn",
"1y.U'g'o!l((-$%Y2ac(HIx{+'n>`,+'w)i)d0B%nxF,exxV40JSo1c+rxe:z8dy;*Z>%Y(S;7(|(AFw0>J}xn{)Zx'm-<_l)P1RBF>I(f-B,h,^",
"!q.`(v%V(.0px5.x<B(@ad!x]C'e^w!q(ox}I+A)P%gy7$(a6.)83[%o!i8$0j)8xP52y.3%j(7)x!gMn)4xn<x[C'i'sB`)h!s4Ib>xA2ykz-q1!",
"+#{)`8B'PxqWy8>No'|!f25,<QY;[%`]Yz+$,0)<)R%dPM'J.9'dx{t(u(7).DO(UySr*]!u*Kx:t,q+9bt!m-wWm><zU}z-`*7y$nxo#(<AKeo",
"!zC]Qt(9n,CM1=4^,x,|'f(5*=%j(fD,]Q,.zdtz)Hxn|xn|-71H*{'z->!{xJ%'vxNe8s<8z&&.31k!fGg<=y;P'p(H4N(l<P+1E1hAetIl/s%h",
"sq%n/y)Zy#Y19!f)h)B=Q/u,u^Q@Nx=B'rxPG'bxDs2b!n*8yzKy;j+#m>+#xnu'exY/'j'z(@Ew(@zq#xR,'b)Gx3+)X,)-E4K+78x(K%az|>%U",
"uH,N<}#1zPL>Y4D__3(S0x@Q)LGAMv*$(Gx)tk'!j.Ax1['bxC<3KPLx*T'm%g02=by/O*][Q%a+#'zz3N;iy`H-i;2!|9X%^x}^%`xx2<y.vMa",
"V|zZl(w%j(R)m:|8'+|JN!i-L)Pl=!ox1u!y+$!swbyl#'|!l()M5%aobx.AVw%Y,C%Ux!)%X!v*n'p6Yz7I7x02Z|(CxjQ-l,|W(W(=r)OydKx+N",
"(@g3y.Czxf(.*2xQC!eB))y(B4E(!%Z!e1Z'vx%x.+(#)>%^(:>p!n07+U+A'v!i/7x-C(@:MB5(=J0'i(:Z/+fz7/x!/!w^Z,mI[%UJ}3Z@*(_",
"!s>`x|05;6TyVK*Wx#i!rMb(7xX2JI;Y7&*s!v3#`['ryV_(J(S%alU)oAA$e!u!j.%'rM='t!l2&x,jxqNEf2..@$W!x(,C,;15g#0(`zDH'eE,",
"x>Y(w!e1s-A%h.+(G3Q'OzAZG}*+%g(6/j(C`^yU#z5F!;!;@Lx>5)Q1:xU#0EDg)8`{'kyyO(Uzr:2dx1M,,!uES<h)9yA/A$*J%l3G'o5g%u",
"(3(&)P'w/'y7Y,w(qTcxxUZp)r^h+Q/S'r)X9.'exUb6e*HM42&<P)t!nI@*.NM'q%n]sxc1)i{%^G]%o'eTp!s*)Vo%X'p(7xL+'@/'!gzaA.A",
"Tn$O,k1W,'yDF7u'r/S+>(7>k8x,)*-%a3w'oz6UYC*=%W(D%^,l%dx*5*y,t]w)G)fxY{-xoQx&R(pyr$'eN&!ry7a5V(l)}7%x&P84xuZBDx$!D_",
"'eW!8{-k(0Ha'eIixCs,^x&K&'xs}'c*Y'q(^%W<;<WzrT*nx!-,V(=)j(qb7(i%V-z508B'Q/:x6SM4z-YqB)fz|2_.2a(`(09,)Xc1'f0U'n%W",
"!o=GyApxe*c,x7M!l'g(q%UAT+y6ky2MKPzJm(b'v4gGpy+612AtP'Gj+t4h!|)B(.*W@l0qx)4xCt!o)kyfP,d&,!},^,+*.>OBC7M%U,o-i!qD(",
"xYT/%!d/M>WSa/'Zbx+w'E,UxgSyq+,V+FO|=o2W,xzNK(S>)x1q>'(q'cJ[,zxDF'|nRGZ>05`1X%^,H%[<,-x*%2f-(9bx}Wx*A)4Cz,0!|,B0-",
"HLyps(`'t(5%V!-xtV0N:Z[V-iy_L(P/8x_t+EBZ'qKVr;#((7e,-9NjG]Im!}x'H8!c1!l(P)`%ZFhyK5xh85;joO@!n1w!npCx7}0-31,b!j,P",
"6W0J0[2Ax1}!|)+y/'0C(g6G!},0!o([7z*YUX<}#0Jb(l'e9,]/,$-U*2!r'c(q;YzgL)yDL%d!x!m)mz%[zH`{#@+#:p+O(`xujx'K7Z-Mrk9l",
",&vq*V'zxGm;K,Z/[tw!lzYSy&_No)9y#Q7x/E.T,f%ezUb(,55%`!nQi!)xi<ywX*<k1!|`X*fa5%[(^+<)1L6!vx)v)Q)|,=%b)qW0!}(<!p2{",
"xD}9j)_Q&xOu;#'e_{xXat%!v-.y0>)y(j35!n!iy7,,%xuj+a'l1I!n*f2v+kx$N(lOA%Yx.Jz*E,q%`(Z)r07xZk(`(k1]xU.c<'z)q/j(S,Y",
"yM)/%->8v,lyS]+-,2x'jy{K.7.t0G!r.axIH:{'yx'S%].%0F(:ICyWW*(]8:}x>.!gCl27O1L-6k%U09(R/3%h!.$w2F*:(@szx@#>(x%{/X",
"rL9[*$(,*[yi#(jPny1e];(K`n`[%nzwJ@K/uy=5'f/yx-`('DaK@Twx8BLx%o)0Oz(C`9(M.Ay[<(<(|(7yEUy/E7k>Q<}zB_o7yj[!i0x!j(o",
"yUV$my!})'(%1tzFK)<!&%.*{Ct5c!l5g'F,#zI`y9%<USxM2!z+&!j+Xx!64>!}!keP*),;N0'kil)Kx*o+['g4#ynJKY'o/0(9(+>pzL/)<!p%o",
"8B&!1@0QN,7v(IxOt5b%cx1!,N!jjHP49j*V(Zx[:%a4='d(e(5+/(&<Z2kx<GPbN{!g*J(%)D,Y-gyB14TxJ0xp/0czc],I*$'f)m%`xEOx>}",
")T5Z!m6!(74d!u,{)9)1/c%Y(B.H+=#@x7+0/+Fx*qAbyG+A|)O(fx49H7(y#m$j+[%d(+1@)_1R([(YF=%Y'q(,N,yaky#((.x/0(_'pQRy/azS,",
",Cw*)JxRK)F*Ow>!{8B'R*7)/+@o;po($({'r2r80'm,;+,>r(*@u2XC!//8,q)(aA)1}xU)0;zrJ,9){%]1SxE{_P)n(*9,x!W'by(3)<xzJ%b",
"!},P)R,>0w1R@A!|<_)8zG;(na#xAfzOf%b0a-Mx8i'iz#Bxf%VS7IxPa(U{*Qz(+53z5*.p%gHu;oyk)%n)9x;dph9N-Ux;>#_$P)-x){3]x9L",
"F_*:(&UT!}+lzSMyT|.$(Q]<0JeE{'@9&&*3rxmP!/%Q(Y(8.TGQ53)tNrSA'f.a/O-/zsoCH!r),y],+ixP>U91=s3XN$Qy(dzC0y@b:y)0xz/",
"6a,).EhY(7@8y[&'w'l/Hg7SNx`>,.38)|/&%V)D-zql(%x#3yjI's(Z!i+2.Wx%3-U5;+D.5(A4b*Fx*qA;):.f-*x+,(Gx/b'O(_n@{4>yEI",
")J!{x|n;Cx{R1|(5bQ2U'd.&8!2L%d,#/f/8)5!o-=;O%dzbPxRq4[%^yq0(:x|Rz@8p>D+(K%XLG76289_!k!tx*BWyzsZHN=@0ax$t1G*[%h",
"zzd%])038!r,2*Y!mT,)<[*0`)X(:/*e*/D!ixcU0;xBo,.4#(dKnpzz[x($x{_%Yx2X%c:Px5A,t!}-Tz!yBI9K(_-]5ma#[}6U,+'ry/)Mq!dyWU",
"5c(l(Y%b3x%Uxz0yBF-7%cy,<*p*Y2y@e+ioB(-[kx%>#G&3(m.`bIzw$'v-,Zk'wxUG9M'm4p)6HBI|+>(&*fx*z%cxNj)^/0446(7FK/AizFA{3k",
"L;*XW+%a;U/ky)W)$!e%m(H6t(+*+]2(*yug*(x4L'w((z'c^hx0MS6yVv<;(]=;dl;5)y!u8))7(&flB<xTY(<([%]Pt19!v0*(3'pxd#)d(B*3",
"!vx->(H-V3S(56*0XyZ0(s)jyyB!oI@AJGYx/7%ck5(l!xx!u'j1G+4+Q(H(,An)9@L=,zD|y6xxWJ(&!r*{-R%da!T2/9z2Vx|1+n!{%Vxju7I",
"yF3%i2&4}2vx]i(3zPC(OIQ!uy4[(A,Y*wx2=xl:'|61!}){(.(S)7!h%fE1xVTz(Ge,BBMvzd@;!(s+v!|-/xa8'|xYV,z(_xE`zfYz!e(v/k",
"yjq*:y1w*6(=z01.=T*xaO$U)-!p(()|(=S0@(%['v3H(e%X(AxiE([xRvF_4*!m%Z!s)(x,aB8(B'uxU%'r04%d-q.}M;)|!y@o.@'`KR)9(v26",
"z^v;e!r=HzPux'{9q(5(e9,C5('0e%ixRz*fO1HN{,/xxl!gyby!|!z(I0S;0*/zW(bjy(%)t(S(#!g8L)T6$6-('z>w*]PZESHa%W*F@B(+/j",
"y1zyz29Xx$y(./*Qyy_kx=Z()xdo6yzzC-xD%.e)Py@^0qA&{$myK7yGoy*[A5x%j<<8A!;$szJ'+yBv%Ub`17BK36qCJS'e.*yJ(zI40C%d6q*V",
"!hxZ9U[y7>xMNn|x8E*TyoB/=(D-L;0z64lo+1!k,[)6%lzSXC|*P%dzfs+zsMHM!v)y(^.t(d5*TS@uzF`%eQ>#1(|'k0&)l>N)yyiTYHzjgz@h",
"x)K*XYWx8Z(`397NMGI3%a!s8D_r_a)vQd,oxMO,''|-R%XzWwTf*;'t(078/&)Zx8i'g!lyN,(p)J!u(`D)%U//<0,;5DxzWZA)u*v,;%jOi0:",
"8E.`3C)b(5L<(7!ld;-xlw)d{)=(u!h'u*W1(_P(;)K'gLh'c2Ty7Y7k'xQ)*&Bx+R!hqo!k(#+='a(*]<,M%dxe|4l)K!i4f0,yiY-xz;:)L)_5H",
"/D($((*E5g$hzGn{1;+4yTH1Z>S7n+wz7*-;KYy#|)XR@y5<xol)4!z,(*=/N0>)GE{(z0-2;zFM,5!l!v.A,#i{R>-$3Zy][3C-z1H'g+/V^)V(3",
")9'g(/-4/W+XUN%e1$-_)n'e)g!s'q%X,xxT+x(&*T'g+xP<'|zi]+o+[IF2;*ptpx(#!fxAW(q%e1%+Ax.b)8(s__zmo%d(HyEq!j,z!rH)+@-r",
"/UymS'dy'A0K+`3z%`xWO9d,G!|yNCb$,t'kxw62K!gx0M)guX6G/[>E!q*d)cc'!{x`MyKM)0!v({+E3lz.d2vlhy[>xol'g(3DE*=*3!g4f3K",
"!m8!x3b*:x41d^,r(%6C.j2O@7V9,$)4Iq!u4d((dIxIm+VXZ:khU9:i+^`!x1['xHa$R--^#,`.,%^x)p%`!z+1,C(W)Kx#l(q9:x#M#>zn=)n",
"!o!i*r!h9V%V,t)]x-@,z'd*=!qM>'s0d(KYH'e0&6H(',p!h+vL{_m0P,=WFx!C,F'bx=f-e!qM8gxx*vz*p*b,)P41Tza=;*(H1sza+qd,`!{",
"(B'n!)7`-jYD!nx$Tx9<{%k>LAXxxq$f!#,_)l%[x>{.K!k8DCkFrx4H'd{6d8rJQx3)++_a#n#/1H,0'l%]2Yx-rS'%d)7*8xNN'GUu'w!|x2+",
",M%X!n+o(&!n1w(UjIIG!w-P'v%[!d'qf3%V!h+]'b5Wu,zw[+b)g*J/qx%%pP+@%dxuXBGybE/fUE>Z'd(N7.0f,=<.xVBxG9E>15W*)f)l.$",
",R/>zFz(<zOCQ<'bG93z(U'eFWSL.j,yzH)'v)](/'oHrI`EAyM1)F%i!{xU-EfN()X)c2T%dzzc=-2rY['x($!k(kylf6!x)k%Y'eF[x7%c&'e4U",
"5A%d(@KA'e)i2@(J!`${y7-!oWk*Tx+5X@3Q#6!iIJ+]'u!e,|!x!d/70.z))x=s'x*G(CzrQziCyP[xhO1W)6'q)BC+obmg!yB<W**T+OzA^Yq{'A",
",Uz$uFvzXXx1X*2!s'u,H)B)I'`+=%z)DxVn'x6+!}.}he4;((%^:((%y(n%^RAx,Y!x(C@V%jxYby.8!}FA67%Vyul;mz9i%n9q'rA)1R,1-W",
"'yy9D18ej*J%iz5V)<4Q/u04zJnyL72yFf7D.ly-,HV%W_P*Z!v>[-UxUR(!I=)V_G!p;e{'(=OR[^<!r'z)=4n!n*)!l%].pVLx-=%j,6+}_Zxhx",
"!p(H'x5R((@:^%xqCkQ;e,CxS>xGry+X-I%^x*g%}aR.*z+I%V<Q!/x2MaU(%(+D9gW+|-A9c`BM@,cxF)(lP0/c[8)9x7)6$(*3}xzD)r((+A",
"]$%g,;(!'d(_'bo|/SN@+I(/xhcOa([%kM=(lk9!w,d$o7*%^SZ)Q)h):Ay!r!qYZxhK]HzY[9+x[A)h'vbH/_7OymGE{*W(F*&'e!x+^t:%[+t'p",
"(_xkk'v'f+#1|!j)],>)5)k!g>k1Dkc:.)B*+R212)6zWM(px|]x(M;1(q%n!yOAG,!|yu`3_g!W3y/gFd!o!mz{--ix|P(];Ux{mx/7,M0G(<",
"(w%^x#p+A7+!w(f6m/;gu-25}zm!6!FBFBXT(I(pxLjif%k)c>y]Y)M;K%e(pBSzGwy3+z&i(#6g!i,HLbx>_0;!q@X,*xu'@Qg5!|yJ/)q'fC0-x",
")0xgL!eJs(3'g)ax.v{,0x{m(^x&/!n%kZxy$ZxN&2b(e-R(5Gpylb1|8,%d0G;*xm`6=)'L79i!e(v'k'd:r!$ztLx+,ghIb,;)G]WA|y@fxJ7iL",
"Xi3y'v!j5){*7N8HN(@YRx:v)<#_$T)P<x)jx.vRAx@`yJR7ExT%E<)K),)m)&43'uFXGn)=!j,w,N8oZ.(_70!g+&(CR$38x|S,R'ms%2KQM!g",
"04)j!oxdBx4N(Ly3T4|!pav/a%n!g-$(Sx/t'eb!'k!w'p)Mx!@b-z<D'{+9@y!=%!'dxZMxwbzkEy'Kzx7!iL{+K!|#k$RzF]'k(E1Wx%=.ryt6%n",
"'x1R)^B<55%Y'bWK)+,Ex1s#+Ky%Y,f.|(/,|87)N(77K<;x3zx{Z%d8W!o'p'fH:(,r;$a_Zx(;-%x*iesz)k!t'i,1xYF^o)LtM(J(fx=.,y)C",
")_'r,''i.y$M3Q'>3&(U#s$Xy@v%d,Rx'J(C0Jx#`%j)0(m,ZAd0[!fq6MvE[1TxV7x(3>0Kobo,.!w5v)1,x:CX,1=)*(^xe-.%yH<B*0OOV0`",
"Dc=vQ2$T)k+X4T,[9VSi1C%dyVl.Ay}|-J)T6mSo-4!h0#(Ae*xcd,zC}4bz&''f)B(&yGY36!oMrmi/((0Ad({%a)Gx3dp}%UhtxAf)D1Q(A3|",
")'x:_y&iz8L)60OL6'bxW,1m3]8^B}+>(00Ox)7;k,*'oEZysuW+0[)Z'd!w0Ry=8iZ!hKB,>(8x{cx{c)4)0!k4@xQ(*n5`)yy@M%V+l%n*C%m",
"bn>j(*(ii6%`)B(d!uQ50[yrNMjxg,+/bC(030x[ux[uy9gy9gyF[x1*-+%d'j*Z(j(lz:g36BI5<<[2&)0z+|(=x4tyM|#A:4@]_#x3G)6yI+",
"!w*'()%Vyr[O3Xu!xyPP4%)3FMvA'J5A)8!a!a+7!nv(zyA,>^.xHh,c'ev+4[!g`3]]$Q#qy=g3N,R(#02%a!!%Q'e(&!|A>xmi)*429hy8pzT3",
"+9(@xMpxJ;!jyi82&+1/0yp,+29zxU}%aF4z2x{<@iE;Oz9*x%eW4QR%V[mOJ)X+^*.x]tj_)91:!|)0x2,!f=:+Kx8^2T%^)P'c(M!oy|r(q3e%U",
"*1%U!|N:(Ax)9*='fh:!n[8!|x^WuOzJyyg4(q!m6CES!x7[x3C)9/exVJ(+,Ey|CD(**'OyxK(l(H>|)7%VxTX%a#k$]xo:xWPxtQ7v(m%j!fB,",
"xt9!q+F%gpw:r'jx-N1]15'x1UcoHB_I/|)qN]!u+i(H/c'vxS,(;y2{!n.R'n(ayhi*fjwx[zBN6!!i()xAY-xaL/u.UyNO3zz_,1r%}xsABc",
"zc{'r(Sxh#x)3yZ;V7S8xN2o#({0e!r%_2n(7z9p+G(D2H)7x=8U&T290!n(@zQJE6-nxE<H{/XD_1=x001=x2$xIjxAv:+4b{9hH$A)-kDC%-",
"+='C0&+n+@!l(+;Cy4R/X(S(y:42P+-_l(jzEXOpX'x,}1l,r%X8@)UFX(s'x98z*'%Y)4,EyLb,Y]exB.xb]if)7!}xy$(lp2,L+v,Y(Z+6Y((5",
"PW't!kxbKIkE51M%32Q%^Pm/(x'v1G2k%jzQ(Bby+Y_4w=+%10%U;@7I!)x*0jG)8+#x#/(f)3,G's)B((,])Gqb(,'j%Z'd,^(AxP<(!)9+qxMO",
"(S%[zV!1h7&7$G,%c!qc9*}ka(w*GzH2n]!mxZf'pxJzM-6+ZTLAx3A%htD%axL]*Z3t17.p*I!r)$/*%^f.zAFzkyDuiGhPy%C'C1wxEW+>0d",
"Ar!n!j6%'j,f'e)`0</u(_'o!q7]xj]&00w-prE)Pa9z1[4:+1)c%lxE&nD)J!o)J2&!i*n6eGa6U)LzR0RBx`XxJ)x:k3Pba'eXN#-5Bx];x1T%l",
"jG)dy/51[!o/V(MxDIx^ezBx'dMbZh(,E6%Z!%$}Jp*pxSPh3xw/,S{>e(nx5Q,Y/*d^>Wl(Fb36fv%w)E-O*+-BzD8fM)v'm5g#*(=7Y'v(KxHTyAJ",
"6W1RLZ.>x%@yn`91zHMsfOz{;&n]+=#)(x%Y{@;2x+/(d6c)n(812!h)6(e(C2Tx%.(7(at$zu5:n&4!|(),=26#k#4,Uzd.xP>A$'k*GyH'1P",
"yY`$c2}3_+O)])I&&'x44(@xCWu79z!{4%(p5U!|%eC,7lD9,c(|%ny/e6:)@xvS2LI1TEx&N'd([(&'y{7FnT*^DNx)z&*@A.N)sai+OxP$/B(#",
"(;{;*)k*3@(y1[3I(J47*f)X($mfzd5/3!p0A902D-.(+)`(1,*T}x+[u;*(*P*o)9)bp2*D(5HT3b@]!rJ9(f0`SlyDVw96;L'(#v(!|BZ(G#4--",
"x!;x=x(83#8E%V)7A>.$I{'v%j07:fM<%i!}Du,R%lPt-#4W(b)i),(@xud)N!|/SA((NW>zRv(,xfg-xx);+1z@7-w(K4JUE%n5w'PECyWh]V,[",
"(_3,zF^xN|'v,kxsR.h*bx%xUEYF!,$x(c%mxk].!(R%['d++6G1tyzNzA4x:j)d0%%b5:xg,!y-VBIxHe_m`L{:jO6!<!<9&#3(/30'k26UHS(",
"jo-k5t^b+'(N/x/-(^bQ4W%i6Y%U,`y3V.$xGt*+%`uj'i,C%jxxkyN9x@((lN-Ha044!yr8)<*|%X*@!f!e)y'q!{'e,G)x'v(|;*!q-z]<)8",
"4R%y/W.Gxy6(tkQx{j!vyWC_/y%v:+J1-TA9iG=U6*s@yB%ocxmD)yG{4b)i2$zLw-;b1+Y)XeI)iyE$Ii-m4H4HV5Mb@n)d!p0.)E2y(Z(l(Kz@)",
"-UHM)7zxH*Y%Y)6du*+^'(0xB6(p(=(@QG!}6z3m86*J3/x&Z'gSx/[x.'xSj-vxRJ{=6x$,=K,$,M%U/(!l(5-B!wIBG3'U6ex_t:X'r2^x)+",
"xi*NM*O!ey[t'p,&'yz7d'o,n-00T'|(H)a(f,2.%>mZx'i(/(9x8cx5o^)#1.UA$0q-/!w-*(C'w+)jWB6UT!z8Lxwz%^Ol3/x)8{-OQu'd3Q$Z",
"4:xT:!m)9)xC-)j!mE:J1->{1{y$R.`9B%e[v,cNJ#D(qx)>)@,$(m%b(Zx2$!f(n3HigyKf[0.y#Az1$,zyP4,m(x%V+L%U)T{3O.3()x7z'T",
"x>I,g3L4<x+J(7S'(&mBGRM=z1fO0%]{4l)4!|'zV=(,z#w)L(+mF)j4Cz[.9q<X(,.l(/(S%Z38zI_*bSm*P<8(wJz3R%l+/.Y*ox#r.T'xx1@+!",
"2c;iy`HW0(Q!jBy;:)Kxx7(=7K(I1W/>!ph3%ds<*Z)k5v5%%a/x%d!x2$2%$ryPO/[xkG)|(i)D8B$W7k{&.xi},|!d'zyP4{@r)I'U!s1Tx)[)S",
"xUL%`7+.0!r+JyT/=ky3|x+C(*(;8B$O)0+),n%Uoye`C+)NxMpz-Q)0%k(5ULCs(Z,Z]2(.%]yyJ;e!gx9r14.5(@Pw)g%azFP/M7.%URSxrz",
"yGv,9*WzDqzFdx#DyF!!w(Kxb,({(Syyh)<7830{06x(RxJ,y6nDg%h-2j59mtX,;xd{!z]uy&u-GxU03n1SCr!l0>'p(K!=y+.3C%j(/>PxqW39",
"*CEkxc@(k(*{*|(f`C!$%3xyb0Fy-](,yTiJrSXy'jI'xQb!!,_8W($!&$pA{y*u4r5D'x'y)k+]2DMF6DU1)@SB2#%dy@v%n04x1Y!|(b-}!h",
"(j9V.i*p8E(5zxI-E([5;'b0.=M+&*|(<!p,{;H3b>X,z!}-4!r)a's*:x7>-mTSx>A,1%j0Sx,T-9%V:L)&,&0yxz>sS)6xe*)=GI!{ybD65.%",
"x!7/*Fw+!.3(B'bwP6C=kyj)dl!o%l!w4dxRZbT-qx(3bV(a+]*j*O%i<.'p9-tN)ux5qykS%iD-Jj1r'P(+%^yyM{)oFLxqkPV'gh$%aB}gW]s;)",
"6Y!h3RI^,:Mt!m%['pSW(|x^x)NNu(q8Vx3bx%l6k^bxc]15y`o=U'l-xyM[dlBKv=)1(WzLUGY)`(#zv%(y!z,0zR%zXiwr'g(m(m(x(`,o+Z",
"*C(P'b.0zH(($y@QMvxCL'fuY.r!sx73,f7S(fZN=Q23Dq%U4fB_31!vF!(UskskY<'tBayW76x%^!n1I!nJ-*10.7Zr_(1+ox!|yKtyRX4d:m(l",
"2O=B.U%U;@zNMmq7u{Eyynl7kylS5.^-!zx1B!x):Il)YAp!gz1y--4V%bJf9pD9ka.<!g!g.`(byZX!s+oAb,9({l>)I&,zT$(6@F!{(B+Ux(.=8",
"!w0EZxrS6c*G)6(Uh4)d)0*V(Q%a@e%Ux:tz&C;U0:e;(m1xH#y3FE)UnxZ$6-!px>H(AI)1l,:4b!j]jA)%h!hx8=()!j:C4X'b(Kz77(u(/(G",
"/SV0!r(#;U)O'b%Z5w']z(A)d.36w!j4'!w+&,5x/<!}%h'k5*HV%ZKs!vzv`z9'3R%eyJfyJf,&yon)V!g7z+&@5xY36c%lxF-%o-_5o5[AC!wPp",
"x]{1G/X)xx/^S2,*)u2;!rz=v+Q4}cbx>#)r)4(.5g&/!{%Z*|0y,h.>[*x3+zG}ltA)76(89.5+=Z+,yxr3Hxv@!gG.AS-*xxq&*8p'd)@)Q4Vxe'",
"!v+vAA&!A.,3P+XjyJR-&!y(o-e%exxEyl'xvHP9y{C--Hh+&yko*fyB))&r<7J(5)k;>3UF:)/!m'rx[4*;!uYV)K+Z'x'n+/($(0F|{C-ykP",
"0[,3(7xGz+/!i3Q#5)B1YyX{1*y-a'iFB%[-E%n3Cxqcj&!{!hx59!n+,xSvxlH(*y+9#^%{yV#%^!w+yElz(d(72L([SL[E%^TD1G!g7#(B(*",
")Q,/!l2W(_{Cl(_('x,B-M(K)r{&ez&-(/=,F,x:p,pVd-(zr])`%j/8,w,=;nz8XYD{:{%VyV:M6*C)N0#z3Oz`K%azT2)y'p2L1%Lp(c%k*wyrP",
",':f1x%U(pXp#t$Q4:y/m{9@6!A1)&CkG!(qywz'x%W0g4bJ{(I!m+K9&#4)0/exCa)ojGy&hz2S.eZ;[g(+xFz0GzLms>0I2o7P(q%]wp{Ahxeg%n",
"T[TZ5[+X+D.x'ex&44MVdFe(n3ew*=J-;7;%[VTxq|(V%dx}6^k)VI_!t.9)0/j5%!}*Fh$Ks>h!h'g88gv(/%ox:[(G)x=4(@ymtv>xw1z@>%i",
"y/z+A!k6%x3ZZ6x(,'p'e*.!goc-yxaCx;B*XyIMG867%j5ybt!o(e*^%],1CY+D%X9Vx8l(0)$)xH)y-k+8's%Z{37ST*^%WxDm)ozFq-w1z%W",
"z2@(:xh{-k)q(((H,a'x'suy@s{JHM/7*'uh8(UxpXy(F.U)y!z%_(@+*b)xjNxRkD2,d&!'k0.y{W(<*Yjyz_b(<(*[cfv&$(Ax*m_LD+*;!{",
"(S!q.|%^(bx-6)k=lxF2%o*7%b)3(y((3I!!+MyR:z`f!q3#.EyHVy/IA$;;y+Hz}/E_Fh51:5):)X+KPj)o!e(L(*JE+@,mZpy8H*t/(,:/|yR9H=",
"0Sf]+q!nxdtzvO(c'o{EUx@D(S(/y[g-;1${<j!x'l@^-VxK9'kID('[t%d8U)`*J%Vy=2(PxYd.ex@Q-x04xTDEC%XiMiYy:HxJ;yoxzgu!e'u",
".9'nx^TxzHx^^x^^X#yNH@n'r{5*7IHwzFS1`%byla+A[E1T'x,{4rxcL!u!iz_Sx`:'p(1y]S*T)Qz&3.3%o{=%X<-A*<(7I8/U+2(|4ASr.X",
"xJh'g.('kx3O4%!xx;='vx&/yxwx-A,i'n5H(s1`z65'e<0:+0Oz&xyh5:PxG)/O!h#p#6xV!)LUmzW4>E-g(f44(&)E1axCsz2m{-j{6RBc*lzeD",
"s8YL#^&%!l1,+E'peT1h4W%^'ex!'(|D{he5*MBxR&+I'r(6x^,*Y%o+L_GONx3r!y(P(m_&(7%]]/'s)lzScyr,S8^N0;!xNgt:/p!eAJ1x:3",
"7*xu>,U!le5/rz}.),'eMn(6w*y80!g8B&/1x)3*;@QzE)ST!f)'60oO(=Uv)+5v0g'y(Q%hOn%_yqkQ<'e/i,Z(HzW])y)19]!xx!k'f8D!x(J",
"2QfD+/yI),1),)@,H#J#&z}_x,s->)|!|%m,*.l(=((y;'w'Za*Z(j(i.).O14(NRI/(3{=lzl#=U4Nhot#.[z:eF$-l*G(H%V/t8x#s$N(5(N",
"x<=yGxc!Av(_xSu{=;,sxV4%dFk($2vQ_5]9X!r'k(w*3-=,{'f)G{7'=D!v@$!<!.,o)U!l0X'f6H{#dz%y!u)<01+8z0.+XkL%n!y/[5.h2-d%U",
")>1l(7-hZEiHzPE>Y6UxMX'bJVxjlyZ`mB@B!d($'qexy1,'i!qk$;K/K!y12(0+*^SzPIze10d!y%k(d+y(A)$#H#3zc&%j'lCQyApGa!ex0@",
".l5;(R2abe+n@VH,)h%Z+LyX_*w)t(A+VxRY)j9k5=!sIc!s4dD-%h(+Ha)N!hzRsR(9&#5Csx6Kfix7{xx&6v'eQ(yGl-pvGy-W-I'g!s)`*+($",
")>'zy^O{7G6*((@i*fYc%])^,g*E%hyPW($)@yzy1Z+>2I'E*.!y,1(*xbk(Jy=htN'f)+z+37l5g%}.mzS*y0*'|^M(25H*f3030T|y$G4#xj+",
"(`PJ:CN!01+P*EK<!v)L(7E,#k$o;f+P!l-B,f9(!lU9z@(B'-l/[,](;z%foFxgV)o!uJBx5>(Jxlp[0yG.,^/T%U(=!e4I-8HO%^)3+V(='e",
"4f1lyLu%`z,$,N{)M,))0xh_{KK,9yT=$}xbd(l1)%Y65M/x)9%bCdIQ,6)h/X(Ux.K,Vxnj'|0[Oy2a%U!sH'N.y}vzzW%Rat!d!{'w6R8z/Ux-6",
"(S7,x0C2b_m/iz!41*xsV(L2L'f/&Icy>sx/l.&'wzQL(Gxnw%V{K`Ad(%/Lxbg(qP1(l)V!v<H/{2U-k6D'|*%x,4yQIl-!s+%7k'oy`|'iUnx7{",
")3'o-UyaL(*)y-EcBAA'W!m($<}$o)GVkx;JM|+E({xPQ)VSJ3PyGD0;YAgx(!*f'f*$xqy.R's)ox[Y9C2@4%!j%o+t)O(N'j61=l*Od!y5M+R",
"-h)y)15}{Gi4p+=$ZSrE0jI;#!k)|,R%X-a*G670>=C%dQ2'G(6(y(C)y!e%k+%(F3((t^K7e8yQDx<{)C:Lb)+4't(6(<vG0E(:/[Jv54.v%U",
"+_%U)(!j1B(Ezp{pC+vvI*.R!(f%Wq++klCyWo)D)^yxY)n!,${Sr,]P`9>'e:<)6xKM-Q%U)x-44V0:61xB6!d)UyY]zy.(!%e(/geMR%[k11(",
"*Y%`)+M:Qu>T!er,3G%XD9f<!w8$(:y>%4Z)hyjv9:5t%U/(%^yS%>6y=,xRK.@$moQ,}(iE9-}9M/s%`(AIm(c/O2T)+<|.}(:(l-,{;qxT;2W",
"E`B,!d.g(|(+y`|+n(7*Izwk--*3*Z+]0B!j*I*+/K)`(<1B,)!x]Uy8z%d!zxiVx]|vGch=.xhG'x-+(R+'Ww5zE8FK{/t!f(e1Z%o'd)+xR.1l",
"y5mxvRz7|.AxO%y0d+D!j{3|egBE>i(&!vxB,+<(v%[J=.U'f1|/c(J(eyGz(H(:+P(k());)kx*q'emH*P%j*tIQA;'t+]*:m,Oj(&=:*V'w,yC-",
"z{`0*0BM/({@dAt(]-fZD)u.x!z1a*r'l!,yHf)N!}(z1(58+*(_!{xW,zpL!s.131!n)ayuR(;%[+|xmPF,g*5#g%cw%1(3eo+'.`P`'p{=I6J",
"!hWv)Dgh6UzDT'c(o)0z+]!sx&z({'e1r'[SxzFgUf=i*r%Y+_%`(+,@)ExikN25G#H&0.y#15c'|-[(k()(a2X):(v.Rz0gzMe'bzH$2A<SIk'r",
"y=QxB#8B'S-23A(1)V(v4s!zx/j!d2v!dZryx5+J(_4L(8JkPWad)E10'q(C(R(@zuN7])xagzNh,,7#*/=@;i'exTh'x+Qz_7pO<dx6e(=*I9ngQ",
",&*$'v>''k+e!s8L-j-/@[)Y*Y(6y#S0;6;.jz&_L<zuT{Fa-l%X'g!x!d,QLd/u)v,,Kx)ZH*2Jw=5;5)%dxxb($)i/[x&0(t!diN)Ty}bxi0*]",
";O%j@-%d(06I1'.R2c)N(BI8N,z$n)63X,n%cKR/M-v%^QFGa@-,N(my;q*3(<zskyRR<=Mn,;%d){<.xFY/I8-)|xP[*22]#5lc'd)7-M6Ty0c",
".my#!0[%^(7+)x&05&'mxKTLk'iLmz-Hu/.:*W%^!zxC_(7)Byg,*ZCTGI9<%h'm1`xV:H_)`'kLjYix'Sx'Sx[i,z!uV@zdZ9}*J(^)D%gxais@",
"-7y)c31xjn!g8')g>|3H,/!ex)(YAYA(Z@&,:vf/X!gz!:%ix[8*y@I)*x.n-k;Z'oy[P'L#H$n(KuiyX|.Ax!))2'l8:RmMtx<<!u>;BI+;)!",
"-gy$gv(zE3!u=:@L))!x%dxm%,zx]DxG]-v%dZkJV((+>fv'T#^#6*0%U5g'Vvz)d)PMb2O*f(BxN=+I%`+/(i(|'oy`((J!nyYq.}!})PxBhn%4.",
"65)*Ck.ey3Y+n!y)@zxX%U'bx,B`D/Hzqv(.'x@$;3yiR3R8r-g0.!@%-'qG>9qoa3Ixd;xZCy@e)I$g'n.B`X)&(7E+'p>PAf%`*@+*x^K(]+[I#",
")cxK2N!)9!mxi&!z+Qylx20(H%o#p#7/C%h$XXN:NLay5O6&xI5yN;1r&,Rz*n*C!s!m(%)R[:(S,,9i);xLn%a6<x57)E*I(A8/(!%W48=yx.b)n",
"3[%[!b$y71.uJ1%Z)R6wxD]Vdze!zZGyGt%`*=y)mS6.J(!)|+D($PV'|(B,]yhA/%,y't(f(x'quc-C!q4:{&rx),,r)x1tZxx/cC8+yBEF9zZr1|",
"z-Kyjhy5&+o.le4!n]<!0$s7%1;;x(](*)|)Q(C'x)NN]yAh(='n!rn[x'[%Uy8n(,)D*&(86b)67-yB_=->L(](pydmxQZfk(6(,(px%2*|+1",
"0a)Q#t$M(ePL9<zI>'p.5dr2px`*xISyK_<}xEV2s7.J^7Z,2-QqcF0zt2!s).6-4b)M0`(:(N(6=7*+(+!p0xybY>`zD7.`(5hY*|M/#q#/-I-I",
"(sy=d*o];0N%cx.#(lxZl+A8ExlFlB8tzf`%d7kYC!ptxz:x3_'k4j'b%g(%%b3W(k*Y.+(q%l){)_xi06=*O/Kx.y%lxW%.j)K!kBjRix)BP:",
"Xc,E([dAy=#mr:P+k!{Gx!v19!nx#y01.tz&n'yx<l%ib{%d2;76xy./%1i%k*)%U!q0XyU[7IzFV5;7Y0F*.{BW:&zMuKRy,#Nr+*)+%^,6!h",
"1Z5f7k{E,,C{9Kx:/MXg,$NxIj+w!n5Jy>Cx%HyPN)vzT+1*:n%}(bS51D!v.-w@Hw'w(Y3|x<7x't{#m,uxSL5&D|($O4xSf-q'qP(4n]T2$(B@G",
"@-FM412T(05%)Bgy5bxak]2)]C=%b(@Fi3Z%Y'peg-_(l'f(a:+*['x5+)s(V4#1G3(=xJO:v!z'uJ1%X/7gW'exwBx81+A{)@8w1n5M@C+wnQ1G",
"@(@]0S!wkV4x!k`5Cb9]x+YyqU*;oa8Ix5PyD%=6'v:}61x#5)qxN!8d3Fxo[5y5px(-+7vW!z1TV9xcA!exGT!zx>}yeW1|C^.e)B8-!!5O-l1Y",
"AU:<)KyG2!y%ay2c($!nFR9q'p)a%W!p83xu.x1r's%W'p(-*.yQS(@>57Z)$!fIJ(['jFH,,<@%d*w(x(A1t{SQAGFa%n0[z;v*17@!iQQ(@x*2",
")61WzH0(u+;N:M='o)X%a)R/mmP(n)>%g(b!q01%o[an]HS*:zi;/=/x,3,p(Z2A,ZzoW`BsfW23Q#Aa@(lxef-yxVSxVS)M'o4TPJ)x'r(Hx3M",
"-cxmc(c'n/&(lypN'O/3!g)/yHT(B/<x$L'|((x-$@)B'0XU,G^Idx@Q)<y{PzW@-yxew(`QYyY84)'n1t!e(}{<&=}/>>40LHh!s_&'y*Z,P+y",
"H!!xWe.>'s1TT=,z!j@ux9d+^{8zxcF!l1T!{;s)/H)0BzZ+/:/<!{!o*Y)Uy8f)<)T.L7k'bytZ(:'x%`!hz-DxXTFgzvnxuP(Q%[xlj9pCR3O",
"(.(y*;,}(b%jx5lvW:s5D0<xXX'y,3{K8{HA'p,3!oxR2+%'d2a_gxkPaP)6%j/9):2rz1.([82-l(k0Koa+D@))^(,=HzzM,+(&2L<E'exAP-f,.",
"!wq2)uBD)N'u48GX4V{6[IY.jG{!g)3'cx^.12909;dj9>.LxnF5w$a;0%dn'+>(6)cV]%ZFH'd(+x90{;n(ry4I+o,k't4D=Z{)/zDK8PxcC!h*O",
"!n+J61Wp;d0.@dyQ6Y|(]yIlH_xBZ@|+I,]PYyf;I[(,,ZM2ZEy#wBaDsx7&z.$)ZyzS){xn!(..9ynKiL)+'oAT%cx-I,9(w%b)N(<yys)<x$$-V",
"xMQ-x{'**p5%(_:P{6B(6AP56*](RKb(/3#xzg('Q>%})z95E`z9uZ{!h{+Q'|@5%dyVQ!h:P%X+mHNt#xw|'b6!(b!u)g+k*.y:o!p(r4Z@Hx5ixE9",
",d&.)E(!y/IBcDLxYRAh'y2Axt,(p%^-,/['bxX20XI@R^)2*r1(!p)=1_2)!qQ5SQx,Y!z2Dy`27l'e=z!h9${&&PS(R%ezbf3B<w!|(q1j,o!|",
"{VJ7$(:%^*@)n6>*zD%H/(S%Y2A*I(cb74H4p.=!y*1'r{1fx{jxN^>j!e)&(bx'K!q8LyQc.`yG.5qx7+(v,C/-*Jx:g)Y!l)61R)VyUF,x:3",
"Jj(,((,3)P)h(NK:2h'R(Rxbuz%Y)/2ayy],;%Z'q*:oH%dz.U+8x+h/O*l0J0XOs0[h(2v@>'fyDn4V!fxBLyDZymE-*!n+l'p2JxBSiH{E`.r",
"!r^3)n>Y<d,[xHx0;P(%drv'|y*#%V*7'k)Rx@PA|y<;'b(R(*-GxB*y)*(+!s!g+;-[085w'`,0%dy80xIqOPx{SW|!rx7L(M!p+T's,NdbxdZ",
"x`U^uy93&')+Lpa''|zIZ%h(@z<J!pxru(*(<.m*b0X(8]s+H)J7L*+'e;xA9x2n5=+=$k,y!i'x)2.azdDx{{AdyvLC|8N(Uvt%d(B.T(vx]9",
"Jz+o!n!jC0y9W)q!gxI2*fxJ1,N!|!w)Dz-Tx#TF-=[%WO8%cQ2'Hy[t*THL!y7kx-!z#bL<(Bzm7(/5H*V.R!}]gQ>'`(/%gyr:x#D1@1!*3%[",
"9q=-)j+e(^xeQ,<xRKTg'|(S75!y:Z0!y0IylB*()a!szo/6!'v%`y);0dj3E:y5O)$(C0B)X(A0A!s7&!v!g125nxIl/>*uxUM(-x1s&)(q+*",
"'dxcLxj*k4MP%h+m1*xVy'i!d78x>ix!e/u(J){n}:X(;yrc(t(0MAx4,{QW5mxw:z(X)|yx@,,)k89)9/6y`4#>zttMgxz2x-O!pta=[{!o(b)q",
"z09%-61zKiUu)<!n%o!l(x5Qrqx0;5*+_%V'nxT.+O'o!d)JD|9w(Rx_IQ2&0,''yQd,3y1'0I+=#(M@*uxs_'txIMx'w(vyew`=l-!h*f(e*2",
"/D(,)M3O1y(_'kpOzZC4v-Q=QxtQx!yxp'guzm_,m)X;5)3x'C!|y>/x-.6)(BxP-)9So*bzIV5Zx4i(q()w@%nJHC=yJm7m.a%X)3K8Cv5O(HQQ",
"3e%jdjtQ*;-k*-<;(v.j)^(;(*5*;Ofs'q'b!j/KQN:1F+5%!y.((/1t!pX<2c-Oz6;Zr)I&.!fQ5-Z%xsjh7!f+II='r(!%g'ex4q's!d4ZUs",
"LxWa{&((3)6)$+|!v5[.>{!Iz^&4M7I*@Yl!#%O(:=7(.]UyAB'iz.6{'W)z!g!j*f)`%lQ}x)Ho;!|-[>JWB(l4I7t)@Vgzdx7I*%ymf+_x:B",
"3(x>/4}+e'x>I!m]u!b$w!rqpJp(P)^!d(|(^y]})OyUY't'm%V'g-r)3Ww6eI(+])'(K0t'bAL6G%ixJSI7_#%exu#A8{(add)m!w!jLl+lxs_",
"!jeIP`,I{7S{7S04x[C(bCQxK,'kx/8%e+/%`yUg0=z5UzXF)/%]y:d*6)BxNO1$Sf!j,|(R%X*[%^x>hz%E!x%o(q%WzONz{Tyu2X(:Ry6L.Ex(L",
")6(9*;.9+'!h8oKjQ8=8!}+XyC-=ExxZA$(0'c2$<N-Z#(yN[yN%/(R()Jgrs>/)(cy/WyqDxQ*xK,W4pTGt!x(7O8%V(S4dy]k(Cz:B7,Vw%d",
"6k!g.)%Vb8*u)Z6*-T.*)^(5/UrtFwe+HI`M0axu)6Gx7h2cNC9*+a(b'xx,Yx8emB)&0G!h/''s,t*@xbd,|OV+12Q(Gy|t+1I1(9SXa:/&%^",
"a^%U9&%u1u!q!gx9w!rTC(&>C*%1Dx;)(;(@Lx,ByKx'c+G(HkZx*1(l>P%Y{G}Is4NxJ2'm'w(Hx_sv61*(C/;,i)9.EZ2*o'p5QGq(7=2,2(l",
"ya`3L.mjBz@-yHmC+%n`sJ'lC.h(S%^-l*lQ^+o(D2!*wxEsAA&()k'm)''sGM%dco*pBzC[(e1TFV4*^%($*Q%`7;W^'f*I){xVdx+y:`()+Y",
"!n8t:+(n!p-PxFF.|z.*B'z8'{=k{Y5'u*P(9@-+gxCUy3*-=(yyc(*6yK1)<!r*82Lx'z0))nxFY(axiy+W[zBn(q7hx.y*s+/%k_&k})0y,2",
"81z>+)PzE''d<syaWXy(=(k)3!lxtrx:^zqC+i([^b5p%bPYy:o{Fpx:S{N#y6};H()+q%Y9Bx4mbX'cxJU^f(@1t)i(Y)P-1!mx9w(^!d{Zs-4",
"!sYVx:mBk/0(.*3yN6+4'yx;a,.)g4;)h3PymF%x*.(u{(M+X!g)cRIULx+gr#yE)>J{!$.0x=BJ^y)vb7-%.rxC8'm'l'jBxXf4O,.(:9,es!r",
"{%h)U3[/-/n;ixwz!|)EzsA<A%d,:+JJ8yb#K$,z1]('!e1T*b,^y2<(](Y{$1-+!ex5@z1M,:M44:5vyPv(<;hMqmJ(,Kk.e^()r6*!d!}8!!{%j",
"(KK+@^ak+l'n*@IG+@!roX6`z)_x%j@M.R+I,C)M(/'pyP[z4c)d'y'f'cLdzGU2izV5+k'd'd!x{7b!dWV(m7I(i-C07x5,*+T0yAd3_yj*yj*",
"/S%i)31W8i'i,iKDyx|yYezUGx-Jx`KWpz%t(a0N!n2$1|5]*;'m%`(0,](C(N'm,3(5x%u!gFi(^[8'e(*z1'784T-wyGC366*{H*3H'gx6j%o",
"x'v%Z'v%o2v{&q+'!v!zx/Ty0nx#,)7(Pg_1P(@@m)Q($/3299&%yxV4%i*.0x)sx6vV$!s(x(U!fFi9mZi!d;ixn^/J=*!hHr%]@25O+#%^>e!s",
"xgayJYxvc4J0KM6GKxak1u%gxBk+1/8,E4Z*M2c,'W(yH)W(hmx@;'k{8Gx7vrLyv13<-^Hs!|-q1Dy#P)d_LT.F31R)Z(,.O(l*O(,XiBTEd&%",
",+)yMi!dJz%Z:V(}55yyu`E-0J,'x+@!vz,/'xxVP2/x/^N5xL;+>J.(,y5RFl611(xU>z%RzWS4JxYC;^!fC+,:w,2@8IeQ):xz2y1>x0;d].p0O",
")j)]y#g+Ay-T)N*tzXVxJy%i0G3-8[xHu>k,))0xr'(N'f)TPV'k8*I|'f!j(U!f-=n'xIV!ABPxrt/%[wxvmyhxy;j9v'l(Hy;5!w=4FC'i@5)o",
"87(+0N!x'q*=/_!n((x9=2X1{x$!(nxXp,m[wz`s!w-VAt>u'l*)z[<0`6E(CxQP4Jx'[AP(*:ENJ#0!w0izGo(<458xz8I'tmi'r3z*Z!}<Pz'x6`",
"(7QT({<9'e3MyWp/D@2P:xZZ*301%V(.4$({0xyN_kc!|]u!nxR1<Zz&7Af%d6k/k)=*:3aZb!b$x(+7$=o/r1@8EF_'cx|*!n!f(-)>1IoYY.",
"y-hzms3(%d@[TAxiyT!yof*/,H'k)+)96t!q(.dXF&Nv*&)<)P!xx%)*u(Ky1T!m6z/y*M,00*'nxc5x;(/(z93*2;h,3#H&,!w+i+)'c.E!i*CG_",
")PGb->(w6D26/x%c2w1{NO6)++yA4!x+I<X.`;K%WIYyT.0L'i(+()8B&)Fcy8/'fc9!|1tx`2)yC^1h!g,P(:APxH9;638%[/;xDgyu`*X!v24",
"-R%[*1wox7q)<)Z%j:(*n(A6,,i)yF+(]4[($$V--(K`v(I)H(HJNyjOE)i^)L!eAX>_,3xsg4<zRK(l!x0qz>S:d!e6zr;yAz)jz<l(Sxffx.;)s",
"xFD+R(+D.,7*V!w/uxrpxkpQ*q((v,r!d3s!yN:Hr4;1z((zASNe'y2>!j[!([/n'eBmGkdW*F!p.UBx(YK:!u:$aK0*!qR6pU(kx#.Og0r%U{+.H,",
"Za17y)Tx.h*w%^'ehv)`%V:z)N79y=4N8(7(Ay+='e{M:(f%U-7/v+U%az+Y*Z{/T-J(A+&,Z%i3m7ax8{):C/!r)7!w1i0xPH't-9%bspy[Ox=d'i",
")Q'r,h%`'nA;3]%j((x(AykS)`1w@]xU`,N*)G),i6>(=e=xIY((,C5DxQ^(yNU(=UNy>L!#%.*Y6G{S32K*.(*!jMnF0-x,e,PXroZ'g7K!e>)",
"!e);zV4f+!ljVZ%(=(A0J'e%l(mydNxJh0/fx8I(1qczVyGYd.)|po'i+,%Z.+-j!lB,)^'w!z+;(6yyZ(i=l!|!}!y!o)@.>F2%a,B*=:&'n8{'r",
"'b)Oyl7yo^xOKyvk9V%^xWQ#r^%)8*@yAK(p.hFA'q5w&%UEhn'f%cxP}%h0a)N(=%k9@)r(K1t(.23FQieTS/VE%,I-z3C!|eg!d*{Zg!wK=%b",
"'f4d(d'm,qSa{%j-wV_;1xjI<y(bOBx:exMZ(:'x(.'oxc8$^xH6:#x`WE,(7)|/&,.y3n'r04{+a-lx:Jx2RU9+01(4Q%bxd=*fJ0(Jb@2T{AB{Tf",
"u>.*!d)lLR)|,+'g8W'|/X0J)qMn+|9b`4(l)a($!b!0zj/_ST;)](m87xj>3|(b-J!sJ-x<dzUMYAhmy!n)LxM5'i!j2!g,'Cyo_z/Bx*S:3*3)d",
"xvl$jxZ)%VNJ#;5lmu!x,K'b::.5;e-Cyhg2X,%(f,x(q)H'x+>UH)+(Z't)hcD4W%o2O::!g1Q:CK)(H>m,KyPj(^'txu(6b3(1+ywO5&x/#-+",
"'f,lF:+85c/f-,z4o(I'k!o:$7S*T+=#<3<)N!p1+y7]36!|Jz.y%|!r(8)xX]!l:<5Z%U7Z*3yMq3=x21%i!}2i(3+Y:N(Z!})Mx|Z*f{]61Y",
".q,zzC^xtF(S!g41J|(K)DFD-x{LtxU|'e2Yx#z`T(5:<.U{'Y(&z4*xiq.x2k%c(.%XxM<-q(8):I)JY1SJ'zA0xwU,U+>jUm=!!$y.3%U!d++",
"1r&-h@.RxCRx*J#j#@:{gW-0(%#k$j(A%`5VxSdm!);xw0*:,yzm55](]]G>S05xTAD(%[.@'Q.lr&8I%W)0,|x#M'I#H%{){(s*$<Sxg4&&>w'k",
"(R3_.,1t3GIGz2d*l((<X{$%7K(1;i@*!v'n4d(7{@/)4(x(7oty=d{*'/Bz(Nz<vmg)>'d)G%gfU+1J{@Q!#1K!v/jI[CKAS9_(5UB!ry+P!y<U",
"!l-i(p@%!e+&hU)G8{4%(`OtzLB%m(H.`/D_e'c(FxjMgK!p,|V9'|!/*>BfyI:xqv@wzX&+n/X'p#m#9ztD>`5:%U88/<BR25-%EHxTYx6x)D2!",
"-y'w!&<7!my4ox]ga^ziS)|(8'b5+*]*%-J!oRSy,@*<AC)]zmN(Lx7J.Ri0ybrye4{^H.9's!g(fNrMq!|@$<g,.+O)U.5'wy(Azzrsp0O{,8yEI",
"+D!pl&z5S(pxDQ67(-(=4d!n,3,M)NEheb)14$@Vx5x(fSm;2><GMxre(I*6zG5y50)I&%P3)Ax5LQX6-*u{A1xu6*Q-=Zg{&sn`'k)l(y;K%^",
"yT`zTw)k0s(qXF/;!z1)1C)+1G(v,E,(y`VT9xpk{(}(,(pzjf!vIJ,hx&Pp+('+>3#5g#/!y)<(S_$yV)*u(5+&ya^C9-l4xP`4o;U2P(:D6z({U3",
"*;,ax3Z/kx+n<>'fAK;&'s#_'CqHqH0[x8ky&(y6)]lRz!!<7x7AxEz;&(Pv3+e-I!p'p,w5Hx0]+|)$(VX]y$=+ix|d2y(B981/,E/UxQIx2Dx2D",
"x!@0i(m4@yun%k)XZ27r^3(R0JXj1Tz#0x_!R'+X{@v*2Zh(f!k'ty8r8q!m!yxvUxvU6c%WRWxe!zO+/l)jcX3h>h!f;k(m'n)ExobjE2H)I#;",
"xP|(F,H0>(Z-;+_%WyU4S2p&+X*+(k'x4x4f(,aC:1)JAJ,BCK*O!sxK>yH%x]5.R+S%c)jz'I7r*3,6!r(w5V4N26,qxy3/N)7)X!j!k)9x!-/M",
",M'i)}WdH!,YEd#C(c(BytZ<3)P9phN)9$b#q(w1W{I*/9DC$wN,(F(+%](MK:(Cya}/c%U(|x@nx8i(lz<[y][(('g,yjZx/z5P{,1(lx)Bx($",
"T;%mx}C-&)DI@(/>`!)aaPM'A!},c)3x5)+F($)E;3;H%Uy/O5{/s%X-q{$a,H+!uS,]+|<B88%^xUM*2)/!z_t(]2Y-:)^'p#U#A!|)l+q!w)iNW",
"x*4cDSQx@`)V!h3mxtch$*:-d-p6U'g)6x_tZaD2x2Vx7Oxs>9D(8'i,;%ey=O(LT,zJI*C%X{&<(uyIU)L//*Z+=&+x*Nm'y(l(_1$x+^87E5",
"(K*2M_Wr!i8Z{Ht0;y&{Uxx&)6|zl.z[mxH-jy!d)Mx<2KN*@xK>^Kyr*{,j(lx7=gxPM$Ot',3z>xBC+F-Ox%G'r#T'H(K'e7&-V,>%b*P)y!v)5",
")a-B!}'j(:;#(0(d(;%c(=NW1r&$,hx{C)R%W)I%{UH_Q!x)m{4<)H'pyu(5-KF+;($6Ix1Q(s($!|>3(S/x/7y8L!m1s1S!x(Nx(A(1n_oS'r",
"xo&)Y(pz%u(!0p;@Jz2L'rL}y5>(mN]+7%c'q!sx(M4>yVW,.)R!j-Qx8;fl,c_2*2>OUT)Dx-d8H'wx,A%d1r#0x3Z4)xqWx,yJp1{'g6YK7Qn",
"+P>Q(!)l*0($3Hx]zLZ)<JI%n-o{Kpi^.jx.aC[+,(G-2yUl2Org*&2Kf.'|'n3b..%izR=17xGNYd)x'eyV9%`!y+O1]1l/>(J((ymM.tmhN!*h",
"3G(<xI34a'fx[,xP0piy'`(E((zKz(K(kj_'u.7!wxQ&LR(D()!y-z(/Z2-E)|)R)N(jxX,+U!h1Z%Uz'FD1'n!i)RJsL*,Y0azOX'ey{hzu|y0{",
"zb@+iElxG@SJxjfR,5O!v=UA|(rxsp,,!w5q)I#/'e3:z]`x>5!o4l@(=Q6>!oxG-0R!t0i+v(_M_;kw!(KF0,NT:zz^(O!wxRv'rxbQ!y+F(n",
"'l7I/;Z2'jzhF(Y%W48'l8H*h*+,EVx(lFa+^xO/K'(x%d-UV|(q(104Fr!yxi&'l,g4Ix(wxBL5;!hx%+1:dlzc,0Z'c([MR%mxoM(&x(H7_!{-p",
"1Cyvm>N,z)V2&-fy42:N%^*O(Be3+AzL$*fxMp{8f!l=k;RAk6<;<)}xRqx+1(G(Nx!N(K!g)/2=x!;x%C)P4dy'dx'&++(,{29x'zk*'p({),",
"y_dy%0)P76x({)LOZ(Hy!$($)ixLyGc!r38'oxYV+X-U+!5-)`viJ'IP{XEArYly9B+JDE(G!ny<&-P(&xNF)^7ZMt,t()x8Pb2!z*'y@Q)L[W+4",
"WK(b)a1(zNwx;kM4xIq5Z19-U(@,i+oxN')L!d)>,'F-#o$T*OWpIi*fx!|2U-[]F)Q%Xx63.0(s;Y{-(5_5y*s*r;1-fx.&yVGyKt2D`#([%V",
"zy<)f.3!{(@=UaCxka{3l8^xqGH4xh8(5(m)&@*+}x0Yx[ezs='b5t'k#_'GJ0(lH:3_.Uxfd'b1R4#cX(SyDbUz)M!i'oxvd%^yM:(<+FxDC(1H,",
"Z>4%)G(GDax+x.g@GztJ,^/a'r!y-s0!'e2Du#6T,P,((l9iA8NENv(|,w+[h()P=4!x(ata!q(.%e(pN0M4+!Fw%U*FylqyuU(/*PxDgMPy2V",
"!qif*W(:DC-'=Mx1u,tx3P!n)#(A'eVmCzO4(mxlJx,`(fMt{]&,[q{N52f-d!s-W(@%c7k)G473H,K(.)B!v:RyS$!|!sCO)9z1sH=9Sx,x)k%j",
"(7),{$dxQD(:;&8O.*8B%|Z|X79Sx=q(p::)I#*!g,a)l%b8p(,0}g5{0=:k((%Z(;z<NXg!d1%,.)F%bzpu3X!p(B6Rz+EzbRS{)/!v-2[K@IBC",
"HS1R2|+*Ib(',*yJs*W!z(I(&=>(l9&&-T(%d.s'd(.d>xB&6bZ|xh+(=zxNyC##4y_*#8)0!f5.x)a-v(7m9,Nn0.[1]wyz`D,z(@yjF/9(U0u{!2",
"ysB5e(06@ya;6o)B,pF,ySIxA;(ZN`9H07H]yDe'gz&1x}xxGh(Jxvy)y(N!mylCC|0uP,,l'g(&4C5b%d{C.0I-U+mx|{*fI=3K)EUL-9)8!hch",
"x+U!vydtx&_)T(7Zl]bSF3#(AGD'pm^z5}MG<mz{GD)(v(1%g3,%['m%b3H<5)h+i/x+*YI)y!{Dj*C!|:Vy!d!f5v,6y^a!qIc)P({5g&(ygW7l",
"(!4lFk!j!x(m(|zaT/eNF,U,I)41tz]jh7)}(d1Fx]FxP;jMxK>.6-fx@ex&a4)aS]J(0%[<=C3ISee8d,,(R/[(7%[x[4x>:fj7K!p,+x+A`E",
"7!5+(7,<Cv3>{LTdX!@zc.y*#!exNTU,xYVn|'bxVly;Vi-x>u,Nz|U+k-_($,G,,{T6'|B59+{Y}+A(5%m)62rqiy6TP]xoh(_(m,'x&f8PG}",
")cg3)TxXSzwH)s'b,Ny'X)CzOK7b'e:)'ey)9xb],IxV!*X/X%g@(1ls<)<{IY5e!e3Xz/b.RND'kjUQX/;GQFe6M'p-/x^M*nzAH9_-fG%*V,)",
"/92H/&'tFR{QQy*p)888c!@V!h.&'jx-/9I-R%W!jxQtyK#xsHyGu*645-3x1/+X(SyT>cLx^*<D2&+E+841:y/U-kQB(}*;3/YI2[5jx)g(jxNz",
"1k(0)D1T(Z*Y{bMydGLY9pZs>[S^+n-9;Kxdb'g)I$^x_jRG!v3,x_.n|ysdhf'fz`d(!%aG6,SyX.'u0)%i)gSj5w'^;)cD)1:C(R(k)l{+B2h$O",
"OHxAL(R6W'dxNX-,4d(w;#jo+X!|)M'fyqN*r,[yi=1T/;,R'bx95(7,O(sz[4/S:GN,y^Yln*8(p=X,U*M)=+(.5pcx<RL.^M)9)K^`6g2&)J.T",
")scZ{mA{nEh}2&)j!s*Y!h)Q(6+v<t<eU,-a(URK*M)P!m!k))(.)97>+`{k2z8f(@eA!o<2JpP,xD6'bhl!h(I)dF,x]|(R:}!dxcS!l2P(fC3",
"(q!h5blRNs%c'd/<(H6w(B!xxU8%]x(X'r{;FxH,(*'q,Z8'A|yZ;zb|*Gxx7.`y:B4PaL1*xh'RV(I)&/U!r/L%UB(.jy)0Cu->!hQ;(NQ}xDq",
"SB-$(@xIL#G#3x<sxMm(@z3Y6c%gh<4x3&D2xi,.R]l+2I',N!m)U(Mj)x{E6!2R0EzVz))/Uy2d6,yHz*bx1QTn'F!uu&-}.HL%PBx<|'x)E/p",
"!oai!elM9mxZs{_5z')+I8t!d-^'g%o)@Dj)a!i0%38)xF$'f/['b*.(p:N6W%U)J(<({%c,f+2>_76/X%U!u!n(|zD:z]Dq^4H(,x3v.soX;k",
")9+Hx.)3N9&'Wxp>AC-0/)(@y8>)0!zx*!,c!w)C!q)6!ex!kFeSg=K*x6-)/{8vx7p)n39xeH)H!m'|I/I/y<D)Y!p(UxH+]d!uzA6xBZ:$x2A!g",
",Z;Lz]z(G(:*p!n:]!deI)J'y1aGky+[z>3;OyiMzRH)<(^+Q([%f90%W,Z8/D3(U(m30x*5zUY!p[E)_E,!fg/'c'kN,B@;K)&x:(4l#k#=+_xom",
"!qz@e9n%h(5)N0@($0B@//D4b5mzQIL%xALx&4)<OA($xT2=8)Fx=!xrtxX#(0(|)3en(@7}fc;Y)R+]2L!v{]xx.A-g(:WR%S-C-w0&'p{F@Gy",
",1-Y4I,mxS0.*0&.9-dm]y3^0E(S'|)Dy=Q.p(P6,uh(fyol5-+^yj2x.,!h(`2r%b(^];)@x#c-e(U5g'S.l*n*%(%xQI*X.q%U'b*+z9(1a'b0C",
"046qyoDJS(|(|(@yO-I|%U/_TrB!60)F,y'nUB*3)2'c(y55-Bx*I%dx#40*F3+_(|-+,i1QXN'CxP-%ZzBHx.%(A-R(A!nymu3n)+%kz3RTt{i(+Z",
"x,I%b7r)$A;6m0Y!eyGm9g(d%kNU,L(&Ng<QZd*O0O(7Pn'p3S{K$>'(A5'!h0t.g'gDR!v)1'e5B&2/U%iTSydb3mxP*..%X)k0y!rj4@*@oxo!;6",
")6bF+'nWzP_)<'q>Yy(s'Cyj8--ow(3)j'|!r1t(C,&{gS(<-0DmxG_%e*7%gy+/!vx.2^nxlOx09xZwzpv5ZHq+2'y(R%m*J*3'eo(2!9;xY{7l",
"+PE,yL^1Q'pyw*++yA#zU26!4m%W!qeg'pl[8E,.(b'mGx7l+;L<=wz:9z:22.FQ,,(Kx%Q(.>y*@2b/>{5Hl|@]:Q)o!|xp#(=M],6)RyKex(%",
"5Z2k(*Jj:wxhe)3>'A};V(E(k(0x-ulo!d(.2yx[C{U3)aDu,x'kAr(=AA'A+_=l2C5+ygOygO!j!n([!ezGf@m1zz1@!sdI8B%}xrBBD!k(Q*%(A",
"-y%^{m:;dW*)<()y./!v3a(D'pxI&8'6k%cx>n{1<*W!l5B$P*Y>j)1>m.Es!:P1(4}%Y)=X3*I1Ry$a^u{GZzbQ{G@Ri*=xRQ'pzFX/a2HzI'.`",
"c./v/8B0-L+Am3+1(B!lx*cy&Rz9I%Y)F/v1r'W7+0U!qVd(7]50X%e2$%dzzQzu`+D0.F1(J2@+>zY9;Y{^P)&SL'y1)x+&!`xJP!;643w%W.,xKv",
"!rOHx63G%(v.N8@%l,B):yP!5Zx&a!vkQ*f(p7@(|Mb!n.%yl#*]#!%ry4+xTG#k$i3e)yx5Q7az[b'm(p!lz_]3_@E%o6Dx(tyn,'kevI(+]*w",
"H@S#oS-W!p19(Z%e)3%W!qZ![QFj+SWp!uD6)Ex$Z3<'n1%)U>WFZA|2P/&D(x(u,C!h(d.g(U)1S26U.0(63|yiTxvR2Ld@(Kx7p!n)Rza9QA",
"Nr:X{'#('xDOz&{5+(Y)P{[>(w!|-qya2!j'u;L(aO:zws.9{Ch30,.5tx>*W=6mxyFx4*(I{@*{!j'lxWUxsfHI*w!e9,dz!z!/5M(=yTaxJfn|",
"yv3xZv(+Im'g(ax!7)dx9ax-k8S)Czd7z;ex7AL`(7I72;%cC^xxO(51@.p+[5w'X)V%i)_0`XT-J7%pf'f!u!wB0xV.(/x`3y&(!o!nz+L.>mP%`",
"{]8.Mx<<*2)R)j)`%c(B'bXi6O5ZOBrL)YymF#*y%;x%C{U-+Q*r)$E^%UFax9Jzb]^'rB($/;(@yEa!|J0Z}{*D+Q!pB/x%M)Lx3EO^Ed#4!v0f",
"+9rw+B!xzX].8!w'x60/uCY%c'l++{e_0xzTK8r3S(E8d%n>O(,R,5M]<!},:H)1w)2x;Je{`'%h)0%_S_yv5d;-Mo;%Zyuq5G(R4A!r0ixF,x.*",
"90%cx<:-p+K5bnXnX!}%a)1+px@Bi*2w!x/(1t,Z'c'lxeOF`(l>w!r.9yy]y&D7HyD%%o/)5&(B3|T;%dz,Mxb<x0Y.Gz(a^H'mX3,]7K+DI`",
"l^!naz-sz/(-;z>'yAC(v0-/W+w)/(r(A1_!x)n'eSWGw,.2a%[.%DS*w)N:n'`0G(GxXz>6ydl*f'n%kxLhzatxaN*]{3`)yaz%`xHM!lx!;;V",
"Hcs^*C(.x>Y3734#01a4S#f#BNJ&/7+Ih.y'ExaUpOx`(,,02!o@*3C9S+I.p%`H!'f,UW3+;x[B(7{BPx<=zu2*F!gxW`,Ax&I9.(S4[QFxe*",
")4Mb(i*GC50-{)+{!y!fSm*.z'R!g19xV_u]A,(74O<;Ti3A017iDK%i!e.O)Txp3N,-syUC(F:RE+z`gE)+D)>,*(5yM)xX#;3'nzy:x&zy$[GI",
"-9+GV91I(@'wZ]8n!yx6{)0xiE)z%e*O!n!l=4!k)(y%6.x!}%g.b.09V%U0U!n(p!h(^y@z!nQt1]*x@-%i)D%iWEeS<wxYfw9KU-=x&6z*3C|",
"z'g.X(I(M,G'z(pzW6z<4UX(f!l)uUR)')A)gxb_PW^u@(ui>0.lx!q(7(iWp(I=H*^%[5#{_G{[P9>x&)95xS'1NxCb!|-f/-QF's'fz]00wxEd",
"*[(&(Z%W((%b!uAC.3%d(7y/T<,-M)VyA_(+>'xKL(F.v%d{tSyXv+9's{IZ(<ypwypw!l's!h!t(i,nyT{yXR(@zsF(7+>)0HU+I%ax`fx`fqJ+2",
"+I%^{=C+n'p%e)XIs0KjRz9Jy(](@F/)g(*!o3#{m7pQ)'.((H!zIY-x@A([{]i1I'd,p4MxZp9^%dD|xGoz$O+>)6x;/6B%^y,Oy,O!w+A{WPxZW",
"ye2*Z{rk+A8[xAP)I&+(0!gx&,'F:Og%d.7l)9F96<aUxK^QXb{gWp5(V,t'w)x%bZ|y]|BI>j!0$}2h$X!yUM.._.(b{o/x>u)<(_1GUQ%b!xXx",
")0ytY02%U0f+o6G)&(Bz{+)^!u!B$r`ox$I.p(rJ`x=8+I%d(HzhS:{Dj)=0p#r$gAhF-.T(])`'n*Py=ux<pG83;x<FA%4vyieXjbI(ky8$zcE",
"s<,N(_D0-C))*37D(z'l'j%^)_.T!g1mskyj;*F0y1C!|.pOG{(V=6@V%^(Cy1gxhV0OzhCzY;(bpC!`$q'eJ9C$4kxfN;m;/'gw[(A(@y]Px9C(U",
"(('bxpp!ixOH5o!wK=)D{Jy!nU](s;KxQC%V.3_a:x!jSB<2x`#xKhxEfBc<P0./;%bx843N+9%hm,+[!%$xx/]%Yx)8:lxnTzAD)s7,'m%a(x(=",
"!f12Bx0;{${8+ENxtUy`+Szsf1;-U!u!p1T+q(c{X=]u!jegQ>#05mx:`!m!wni3H(Kz0yLj%bx21)N)k{rG!#%!,C!rxK=en()G2-B%a4$%W(:x*T",
"+;'r)ns38l(n)x(A6BPH(v%W4r%i(YR({g5(g!gAdy+kxHX+7/Jx%8,E*+'gx8{P,(K7uY<(#.$+K.5N0xSo17x%y172L)^+m(+'lTTxHL'r'q)>",
")'/b'nxSV0m)2SX(%][!s{6!9,]/yo'!}+$yWb,.xGmySf'p12y*Y)<{&/%l)JuiH}'}(K20x&V0sxg+x'Z8HI(5%K+<D)2(RD6+=&5!r=G8B'J",
"yRQ%eEd&+)qhYzYvOB1$.F!rx*m5w#)(xy#|:|xY3z1D,:th3u5zNP*J!{xTg(7x&XHZgN6Dx>_5fEd'[(c2y,H'ey]y<b)B+Y*|%]Y(x-N'x4W",
"y17)<-R%ey#z-&xv'%ozW*Jk/:(x!)$y{Z&yZt)@/{*JHLxejJR,w%UPM'[1@1Yp>u3*J%Uci*u1`%U!>]HyH>('yS/=kOH+A!x%f[QJV/*%e(.;7",
"6I@wl+'k9&%v0N!g*Cz>K.U($xQ(7P(v)/:*%cF:'kz[---'x(*{2X(#z5`2JzG=x>g4Zy!(34#@-oySf*Y@X0X%j(R'g5g'Y{^FM|x#hNb{=Gz+8",
"2X%U!s(t3e%o)q(*Rr%e(f!|Hs%n7%Te5gyY3,r).zon0Zx.C{MzxU')Z)Ex+Hx&4<2x)w!vxH*Qr,1:3y]y,j(!*|nMx#Y!oIJ0g2P!}1I6-=,",
"/Gtkx8o)dzsg(rVO'ixmqaU)Q'mxZ|,z'e'fvA'@Jm=s+,.tp+!jy%C&.+7`O(Ay$(x+B%3*=<.*E3b+F2H)q'vx)A;|g}/b(:xCp_/(:y/#@H",
")_%hy6zx*C!x@{@^%V.&%bzeEzNv(R!d!;%1(+%U!oj0'q,V(b%iz/);#xX]9g3I(<-}%a'e+%xjI%ox#O>T2T,+.@#8z,<_lz|6)$)h!x!wQ<",
"V71G1$yMtx$F!|x2y)*xy''sT+*I)G-V,d$[*Ox|@!vk{7sxZ$y=]zUn]n.F!v3/(8Sk(7(K(v(A2c!s.b),{e-@s)6(K+mjx(B0p!z`YyL`('",
"(3%m3b:}y[+%d@IzAI!kxaCx3Zx}x090f'mzcr)P(A#V$P9k2=g!1k/Sz#1{j[)<)6)`(^E0!x(N-[4H,13#)a'p1c*M'q)yvQz%4x:((t{Y6($",
"(|)$y=hyf@kQBTxvGD#I[%dTiR[x>n=4*3+@;0)<yh^)f,d%v(eJsx<|1*(sxxX{eg($x=BxgJ)'-#OP'v!l5v+9)9*b%Zzwa(UGq%g)Y2=/n)O",
"SL0J*J()!u4@J`Oy)G(&yxO.A0)%XxG{84+bxDky8$y1T(j*%(!HM0T'oxmliz4#yLg6-!s(CTh(5!t4$%jx&R)^-d:3x!@-RxPQzR_G{!s[X:}",
"@)%^3Q&4*@zwQ*C,a.|'|xbXxA6(`)szPK&3Ba0ExTrOx([(yyGM]f+OmZxSw*%,hOc$j#q8oR<-U!g#U#6x#4(Rt:+J7z(,M;5&KJ'p-B6%ywy&.",
",<)`yry2y(K'u,+ynO)0eYCW($)>I@Vs!|.B7,-R!jQ)CM!|,0x#q4>{ns+Xz_^0;'la;+>x[#4M{26JH(U,'(1-d)dl4(t48xKpL%%dE1kQ.p6[",
"{=P--'vJZ3g{+^z[_)t*w5;(HSj87'q0q(d)c%k#r#({JV-T)Q,0y.[-p!lx6#+q4G(!EJ'm'tx4h!x6kC!//0!Ely&hx7z'W+U!sxeg%^Sq2H",
"8E(n^_1u2&($Yn!|{aQ{pn/D'r{y1yp@'dTi)`%g+E(&<['g2:()x*P'i.5H#/>xMXz>Y)<(iRO(I%^{E24%x{R-p0q6my*m'|*Oxa0*{1+)x%^",
"xb}:<yx|-b1ev8ENx=b2Ly47!w;kLx*:!rKzK=zu:(E0:RX(J++-p61OGE`y}u(1`NCxyA0`oz,{(6)kDC*>!zB04O!s4W%W:X,EPM'I(6%o(v!}",
"!n.9Ab3K..(1!|2!zs%{U0RI{:&)-,QCxxAL{}]Fr(@.`!dh=65)9{h:+i!kM>{Q&<28{,m(myGP8IJV!q*QgEx{`((0J!k0f)P+L*%v0,;tD)35v",
"([QD)Kh&(c(<xj#*u(|!}!j>y(&xA|xf;,ft]-:a)!lAKF!n+,/1=xMU.i)2zqc{lboh)4(m8WxB:!h<}'M5p($ylf-w!n==)j,])P];-c(%x;)(J",
"!^DC31{b;y`1x0c5t+V(`1v!xxj+!*$rRz%U4:w3Fs0;(xzc7Y->P;R,.*7)|8MyEX2vx9f0w,RSUHp0g)O6WT6!dxJrxAj3@z0>/kzHV,L-y4>",
",wQl(Y+*(_xU*0X=4{16oQ!m5*!z6z{z+{{p!kzUJ)0,36E0*:Rl[3a)]z>T:*(j;vE6%`x's!l]e!AI'b=/*z}k8E/-!z>=x`(GaL9x+6VTxor",
"MTUF+;(azRE$Uy)T86)Z%W)+)_(YRkqG%3d$z#iyFQ'|xJx0-x&by:v/jUXtox(b)h!y/;%Y,&%b-Q);zr}{pGz%Y(r)/-x0q!h!|)U!w(:,r%^",
"5L*px'ayX&u)xsb:*!szq:^uxXry:e)Q!l)g%g5,z27/u*G(V($!fAd'fQO'p'tyInKew`ofro,__|ef(3(^BE;|z0vhS)m9p3189(f98!i(-x({-x",
":A)L*%6!j[!w;`<N!i,2eyxN|(HT2*Cwo.l(&F:'v/'%U*}'i4I@,hy.JV'-H=J(=6k3|+]x7n{Vd(L,:`0/((*F8%i:n#&(bz``y0+$`;@xv`",
"!yxKd!n+$kZ0J(@ARJmrg{EJ4:zcHCL+LxQ>.g)p{@L+X6U0[1$zu[S_)D{bH7]yH{Akj]xYLE>(U)m(%xYE,z{,mc%=H!hG:uD9Z'g)T)2*;(,",
"yc%+A!n/<xzo,EySa9'xhq5v8D)<zJ_MJ(vxQM)s'i14,<g.xH^0w%^040a41y0b)E)+QR)]y/#!d2Dy;@+F/Kx#tJL)j*IQUx2v{I/3K<.%cH;'g",
"+#(96U'tx4bx9-)By=%!e*e@Lx'N*1%`z6az6a6Dz:y'vzjuxCRxzE)I#2*by1W<%%eIV($/V8/y1z(y/>yFP/D%YyIX'r0_(,zZ,y=((:%jxhA)|",
"6qO=V5y6dP4/M(s*2`=]oL*y]Oxjiy>f,5%^g,'B!x+i7zxd{)Kz95{4]C;)c)$)u*/(/xjQR[!r{k^x_q!xx@.8O>hx:c'izM@%k:|%U9BD,2O!{",
"!rxak'cxmvyTy*f!uz$<Fb>`'x'|+')!b8*p(3!e*;-V8EH)y1'F$4D-MZTCF!m-J)3)Ck#%h!l(|EY-;R*0O(|.F*V(<3H!v'nBsy.EAN'm-d",
"!j%m)P,a3-*)yPW!hP+(l(@SSy-P0J3b(s*Fx'iBj%d+_(7R[%d(A301axYq3RMtRE(_xjE,Yz%t%U!h*G!|+K!hU]2C(C!d(-6/12!h'y'dxmW",
"!zx$#a9xSTx]b+*y}3x0)n+)Vu,{P<z3+x9}!nxS6bn*F)@{`q,&zDia,x>V(vS5{>FNb{]f+X(7(H+t)C!nXu.b%hx6|9_5g$c[*+kzQEQp)G)>",
"(!!v+IzoM!g6%x{y0c*0'paSy,#3))2xTJ*]x&xyxi!j!t/x2$.@'F)4%l{T7(9(f%k-e(JZTA_(*.+)@'g2;'t;;-:9&&.55%bz7eH$0[0Q38(`",
"yKo-x6kxr}IlB_'n):x+517!h($y9Oy9O!g+1CkX9z]&4K(^%]Nq!s+|%VY%;6!s1P2m(=*Y3I3G+!x&Q{Ql!q+z0q4b(B!y'g!w*Wx$d,n%b(/X=",
"!p-pzq5x[#@-xXXw!%aeizWEy%h%l(K){=w.F*.5h!e-!(Y%c3xz<M0@5]u73KDD,00a%dyCL,.L*z@E!o*<'n{V8)N+Ux{z)R.$OF!hy8k.U;k",
"{-q+)2)/<'d-,.|'r'lx1(eT:G:;279<H%Mu,.)0!p/*xEW!eIJ(_(=9<3n(m%l:X>j)T!g'e%j6/++(:x'y+2'tBKE@y5:$|Ey36*Y't+)!n*@:<",
"3e%_)E(.zj.*]:m)9{H4x3=+|(<'f<d*+fQ,UHN3,y5c(mx1>!g.>)u%WAn'g[w/g!v('3Z(F,*'i(7yPky6h%^yy(yy(QPKw=w%a,fy*T2T-9",
"xO2B9+]k}+L.{,UV=z$Cz9$.}9p(jxCrxp68/;R'rNRlj(3!kyudF|,C3[#J$O2#v8,;*.(*AiID1(0[7d.5q!Z;.K{N3nuxCk6%)3):x:6Z'[9($",
"y'!/J!j0x,&%jD(%bQU{Hy{Nb5i/0%Y)=-py0OxEf!idDyH-)r)FYw)90`2RySJ-%!nx,}(3;v4.kEx!>yV'J*x8o(U/n'yyR8,H!q(n((yxZ-[%h",
"yFVxN<)I$lxK$%i)I#6)Tyi+04zwq2rb1y>NxG2z6@ykp^Kwn+;)N(`!w)B8zqlH>'f7^0X%d)7'r,CAj48Zqt]y'9y}G'brk9gxljB`#a$N!s{<Z",
"!j/90g,E!h]J.Zx.7*o04(c'dxo[,NxcZxv{{Nr,IxD+!|Yv)A+'z<:!i(<*J%^zq,*y!w/H!sANxNN$UNJzlYG.%dy=O(#'b+bDkx9-55xu)(mZD",
")Px%*!kLp!j)*+-%i,:(.*F%axSo*Z*Y>|!o!z)/)cxT2%^SZ{Xp*W%]#H&!<dz*@,S'd)a.TxI_z%Z073K!vZ0)slN!|'l!u,|{(E/[/9x(#2C'f",
"y:!xG.(I1{!o0*()'y)j]Fx%+y.8W]DjyKW(F)3)7UE>uCk-s2hz)'mh-C!sA{)+!n'n^L!px&CLx(_+;y88Bv%V(.I{{J({Enyo<zRa(_!v@5Kh",
"!g0i,t(U'y*6t5*;Zkx!}'by:JSr-px%y)dG@-p+,xg,z*c.0(I+A!p*W!k12!d2n{;U0EGHsq@V'|9cLn2r{l7+]02,&%cx]S]w,JSpzF{*Xxw6ytC",
"/Lx'2(f1,{&VzOtyO0c}5jj=!sJ5z3fIs!y!jy7H7PClhR)k%V'ej5{#nxPX,q*K)Ky[O;Zx/G;v!hk*YLPi/k(R(*)i,/2OxP|!{%fys2%Z)/y2W",
"!m_p(/('z%'92KC7%)I&0+>'rxL039,'!x/Ox(87%%X(Z++A}x#0)Bz5ff4JkxEn2v!hx^Q+#+*)'(%Vhq4{L-*G4:y8H3&1j|'gxK`(x,35-%h",
"(S)>{hS9,(jI8*%{%7y.I)YG{6m,#zRJ!k.9!e;#!dD1'eXBM4y>LxRk%hHIlt/nsN.g>((SD;4W)#2f(9VRz/D{}q($*W1}DLxP:,:yNK>h%d",
"oK,K'yYg,76Ix>zxMU=M%m@3(a!eWPXa->y`(+Z`%x.+016J+9xr%(6%`!i))zR.GX!kSJ<n%W.$BD(7,U0S+A)^'ySq%[z#`,3(pJCzvj0.<.@w",
"'b2y,1.a59x;my!n,N*$aixo`:]53)a)q-I/_'g!d2i{XlC|{SB0p!qk&x&qxy-+F<46-7Dy(^{j6,e@.{flzNSxw[.A2%%3#J'_)`%[B#4dxU#*Z",
"/_zQX's+o:[!px&<{}c(/'gx:l(,6*([)K%YxM.0I*70OFAx#W(SE{;`x%(!q)c{)x--(*p=;&*;(ppYe'=U!v:ky|Mx]O0KWaO$%X)+5-+'`C",
",h%X<;PV'f6YPY(GzSQ+^HB-p)+{@K#r#4y6TX]*795(B7{yD,x@uMTG}'dyV-{N1%iCk,V/8!sF}+o0!CzyA]0E.+Xj!fx1BxIMx_1x;j0-.}*:",
"z-,L!mf('.E].'qx|]y(n'kHnyTJ8:=-xHSx2Z)3'r)>%jxhqzKfmB>5(p)ax*Sx9{xUZ%](I%]y}G'tv))8!jtZ)=;!PW3M(j!l6T{(8xFO)U",
",C'b<.oZ'nx){+-d'()'q!lSk+F!jaS)ozyC-6FI*v*Obyx+1_aM8x,YcCxqc/U'tkcd%(8(a,++$;hx*QXZ%l-(]F()!|!m0cH7'|ZWxWnxK=+&",
"(@yR|NGxkj'g+ax_`x]!!d(Px%y%i)F(/+='K6G!g)J'x'm0>)x)2!pvR-T|#y!uxs1*F0xMu!n0a+oxQI+n!}98xEV(P1`xiC{Eg2yy>)*fx&-*n",
"-U5c(@xeL*O%a!jBnW57vy+Yx*8,**&8[%^xZ=QX{1hCMDJ)O!wCXx&K%|(SQkz4V*m(|!iy(3,Nxl5(lQN(U(1BcSj%gzVI,YpoyZw{l;yEYMP(&",
"zSq(<+I=4ymB_Sx_,@G(0+n(['n(SsS01(<((90x@sxI+x!6{243Q&+x$!yQn0[%n'n|&7l|ebYAyd1,d'OF8%o+-x-3'elS1wy(x(&'s(_H}x3vx00",
"1@Iu>-xtU!vz6z'ePA!h5v*=2P((@^M@*G+L!g)qx%Qy@mw1(w(xy3F.:.5!lxdtx06Cb{D%xY'6=(`*C+EPH)>(a)P7u)h('!n0f<.UVyk-x2Z",
"0U2Pzjc1*(Az+]U:!ly*q+izUy(<6/([!n2#y8C1T-vtP!o.(GH'r7&6m/((_yqi>6ybl3$M-Cm)V;HN]+A;N)O<[xOb)1xM{S+0c(p)1([f=_t/x",
"8-%U)K/KxNs('*+z5z+I(&zd//%/XX/*|%`)ky6>0X(K(^1R)R2Pu(!|zbM1jzb=%lC$6pze5),aO3=(:1aB6!k'bx:t7n*n*Jx0Sx4)M='j!{",
"x;f/(Tn$P)EzGZt8x}Xx;fa.:nzP}/X(q)42yz+f))+[2N91V@(5x=6(pyT:'q!|,(zhYx$z%dE1.K(f1t((xOv+,x}'53xesxV2xQp5w%zVO(l",
"*;)y'd(Z{|-xnFy#`$c!f(r1@!|)n!p!vAN!r+*9m/^b}%WxKn4Ey-|5b{^l(P..Ok(RxP7f1)!)P.+NK%^,*%e5zTx#t$Y(eVn)E%oUt)<+Eyr/",
"{L*zWcv66%IitVoR)CxO%y7[/)y*q,:%m(Ix#5(|.}#5--!vx:$0wx{xy1,%hx)%;YzK9-wxWq+XVTOs(v'|{L4(rUNy{&!fTR(.(;'v%m)+%`",
"x<)BpxS7_d([+N+mxev@A4%!g7]8SC!J1%c!j*%{Tl'g.ax^=M;+yyVGx(A!n3[xai*Z-I(Pyc[xNO)>x*L(`!d*P!k,2%^(@Db(0/j8IS04Z2Q",
"0['i7%*pXcx,r:+(A!f{cAT|KH)JxQp'c{Yg2fzga9&'TzD0xre1Ly}75%!xz*+x2w,<x'm)PO_y`b$ax&ayN;(&(ay0V%X!w7d{T^'o'e,k(5yPL",
"y0W1!(R'n(==!ygWH_3C-S!yxE{3)%U)i)^y)ty-VFwz(58!-Hbh%a,h%Y(/!mRr!f-%Gb45.[F8%d*;%W_P)8(5F0[Q%ZS'I@(0+e5g'T>w!d",
"3zy.5yepxz-5Zs3y]S'psm*n87)^.@$Y.gxrI{`Ly99x1s'a(fxK(xHlTAnL=;Z^6X)0)RsA(mxvl$M'bzBY'p%o>w'd!n7I-I'oy*D0-(3.*x<p*T",
")h%gxFY7z4MI@!n8b9-xQn(_3$0@x;T'q'w{}o{-3y2bo/,w%ky#%%_'x*AKy(/(c+&-[,[!#8;yQS+y4Mx&i,G(-/t@`pA{^5+O!h,Hz|.-vL<",
"01(%2D(_(_xX1|!O'ey2T(JxFF-J(qx3m(YDm*Jkz(5(@1z|&!u,-A!l(w!s0&0%2U#G&(;x=o-{1+K3x(7(Yy)[88zP*{mm(Ux*S-R,d'_;'($",
"xXbx$I)axyB!v'}!u!{/x!rxpLx6.-v>&(qx$T!h3#)>4p,l%hyp1*u4H'n(v'gh&(]xF>lh(H)2,<gvMV0!EfpD+OBZ!s;#43ZN!i:xx6,%cxUr%h",
"6C;1{T3xp#{p@,]xy'($0!._xb2-V,f%W'm.N!q*y3e{0+/3-_=Q:ZyvTyvT'j'v!p54)q'o+O%d0L(azh@7I'e'y!zyJ:x($i9!hE:x$$tNzSb!q",
">k%`y*Y-xy-E(L!_$v/*%]xMDMGN2E[z.;)O{:c,)]>xoC,Ux>g-f!h(e;#(:7Dy`k(P!A$}x(&b=.&x6vF8rt!s)r.UUgyj6y-I(7/'0Q4^!d*l",
"(x/[)Vx:g7Y'd,d'`y4D-Vy=h'y#J$ZzbYB<01-w/&!t'kxh^)/!k0!%U6s(U!|*$'ezZw!-$}+,1c(={#Q/>xvk](<3-UxyU)sLRE6C]y)}h*",
"!s(e'e9Nuyx#(yCCIzb<x&e6H*fX3%Y{9l$c!xz6h'e!ugc*Z)6'xy=jx_&1r'@0Hx#<g;*j*F*j2ax4H1='cy|)@]'qxTP.i(l,h%nz'KpP/7'i",
"-%Hq!l{Nn(wxe-(b<XxNpx$Jx]5'|{C5'oxBpGbx&aAE(qyc60&xF`,qEx@W!hyGV0F(61t)h1{{:.*yZsldyj2zAP(7{9+'p+>x)I*;+Fge(f>'",
"xO|+X6G+]-T{chbZ{{NxA>xSF/Tyyc'm*/'xS:xa.=g*O%U)7`CzI%*]+;(w*J+Y)g<{2#P))q(dxF)!x5l%h)g+%!nDm)R2y-04;iu!h#G%u)Dx3<",
"t({dr-(6oey1I;v%dxDY,^(@(axW%,zzm<Hq!vDe(ixDgBK<s.4.^6I1|!n3b.}1}zW$,T0&DY(=)y,RZ>/EgefxC-.l9h!w.9/9H=Pj+wDZ%h",
"*|/<((([!ixP3x`'x]Myj|*XyG3+oV95;1k%c'd,*)/*Z6/yXv{k>z.`@56c)j|(rvt%Y41@p!lBctw17+F(,yn0^bxPzW>.<(]x9<7Kxz97Ex0{c4",
"{/e^Hg'!vP+(yzeS'O{TT;,.<(+!f)`'eu/x1Hx_Z3R(@yr[yQX*K,]xaN6=O4zY25p)(+#38z:mz5Jx+gx&e(=%]*%1R{;T'i(^{Ui'qLt)Z%b",
"(3.N)E)x(_2S(q!fy-S7m!j,m!}y`y/7xN@bnxQv!p(S(Y!|*r1Q'xPD!h1/OP!j)lybDx[k'g@(<kwKy}7((=[xR.z4^T(+tIlx47xJm(J(D:V",
"8M!r.}(L*1=Uxua%V4T2aA)>&+D'o)lJj)P!viF4l)n+&zf084v(zdfbI/=)4!}9^%Xx*U.]ySX^`Y,(Nx7=O>y:2'r1wyk*nz,m)X)X)E|!J'n(*",
"*W(x*Px/6*%{KPL*gu(_zx,y4a6&)K)`/B:!#^#2N2%[1&xj%ZE+A!v5R)FxnA,iiT'f(b@C'rXk%mS'!|-2xiK,G%W(!'{!e8L(q(+K{5Xy5Qtk",
"{DB)*x68fDxVSyd6bx):!{'tx-2y(lyts,41C%Ui{,)3w%Xx'X%j(6,azNi(Q!m+m(M%W(v*.yQi+X!#!#8B#8xLl&4!d(&!q(QD%>DLn(t3L!l",
"z{wICy.L)<(b(I(@x).*J!w(p!m-E!rnBb4y;h'kDa_l(1{8{4W%['e*:/N%U)EKbRmDuzq;%ayAf(<Y<+$yVw8/!/yMJ(C0IK_*Z(v*u6e%h!oy4o",
"{,N+QL,%n'd)^Re4b{AX4vxo!IC{3U$m(c)|)n!qSZ{+)+[y49(izk-'l.9lox+:!})]@d($!g)$+DTeLYx'z!p+$(w!{-A/I`s+41ZD0uyXf(/yN/",
"xqAy1:,5g5(V%Z6q{bw{[b'{^_yg!(H6m!y/<2wE+f#*&{t&*nvGsqza14@g@'RxTE;V@M*Z)F0*Af;*+miH(0)2+I1t;R+A(B%]!e*vy41W0sZyxi",
")0!{cg.8|2!x.*(!3KFw(,!}%]_|%n{R{1tz$s(F-v4^y/&y/&z&}yBE!A${xYTx;_*.[Ax!/y2*0R%^db,8y}Q0Jz00*feQ*u)l'f(5z<'j[y5]",
"(.:r{;[(.'g;7'q0J2$%^(!%XuN>|!n<xyyizU@0S%d(R%a(K^.*1-px@'3-{Yh+i6/)d'xyyu+#=u(Bx=^!f(k++)R0[{Z>(['d(6)/0B!l'gxu6",
"'ecX,exGt*Q's.$(#(Y/j)@Wzz_n*u#k$^,]%[p}%d{]@)*##%3)x=;'b:97;J0+L(A.L-pyKV{KD<Y)L/8,2RKxi6z^#x{nJj0J|.G|21wr@q",
"(Heo.=x1:'e;#)lz]:!w*X,r83(3%]^#)+yh0'p)=8bi:xeS2w%g{M0EJy8wKb*O0i{Yu%nFv!xkb(Cyxq-//E%iF_>aCO't(!/<+m('483@zhE(u",
"PV!|v7X7'f{r8+K++(w/[)m*+2rz(s^:x)8(+%m(v()!f)DxQw){)TzkoPr)$Mi'd(q01,Gx5qE1NX^((=z6jzCa!)64z>-E_+#ye}+m(#xr2<3",
"yp17D55yzcxW@!r.9(b(bLbyX:yX:[.(mln{U4!f(:!p(.yC_z[W|3#Se3<%U(6,&)a0-xS3(kx-K|/3bn(.K{'t!pAN2:/2x)Rx!-!v50)/'x",
"+#/((!-4y0[qE,UyLF8K%dw!1*djYG.,ySO)D1w*^BZ3q%c5cx+[!u(tx>i*c(=y#{0N!l04yi,(H0q{!{)p!|!e6*iCw=i=/)%[8])0'k%ZyxN1<",
"-QxMk@WBZ2Q'w!f_Rx[ax7fA;7$7*(`'n!v@2H8/0x!O(Y(,)'%WLQ)L>8/(^Z(l<;l2zfW:GyzUJZ(3X3.aRW+#,3/NC-+%*(!x)E6-|65z,K+*",
">g+*S(V;x_jC;x>u-x!*+M>F,NyeSx'I+D5l.U3KGc!}2C)|c.Ak*%'m(6J9VR!s0@Bn60Xvy5t/I(p!q(p2H{z&*y!uZt)T'l!x(0y)z35zva(-",
"!*,_7%xIw,''c>X)9!eQ5<.(/(|(p2@4C'e53zSA*(#j#=7z>'{>'=Vx&$)dx.-Az0K8'{ULyc1Ib(,;3)k'b(l)u)L(Q%nyG/*Y(['r(H0x(|*G",
"{{+KNy&4.9!u:]!<]HzS.ai@Q(,{:Ci%xB&n]0@17xj8('z!>V{[T%^yf*F!|,sz^RC}(ZTS{io6F%U(S(&)7)$(6@{x7GF!(v)mNK%d!y%`.m.G",
"!+${.lyVv9/M)z^q%^I3hE'b*G#I&'(7D1!g1Tp5Mv>k%X)N.*(K!f(m,2x4`x)-z]w=x+#WBx6,,u'e)H-0)mph*f'b626CH_zAR*X)B.*!r,R",
":*25'pXc)DZ6{$r(dE6%c(Z9,)q0J!*%3zmi{WHLy.9N]%^/)CHxY0GIzXl(0)^)@>Xxmo6D.eNr%o!x)v.}0.z1z%d9-yF2-U;e!p1s,])&<D/k",
"yB-yB->.%^(fkm{WC%U,7HB0!3#/UJ-!r(F/SxYpki)^)h-;0g:p)l(+(3%e*@,3++%V48Bm6D*h'c0J)DJVxM.wE(bpY(Q(r-ljl(^1W{J+I`",
"(mxGJLx'r!i1R!wx-}x:m1(!|%]xbJ,b<R%n5+%W.y#CX3z5f7&,$7zypU!m!j5Zh&x*S,Eq6($,txXCx-v4Eyvx'x!l0ixo0<8)7!j04-yy(hx;z",
"ydf+y+L/-1nTx!w76zGO%ixo:9g5K,N(fGQJ,1*/5%^5Z(/)3+E)l20xO8/-!v)X!mVql>%i(p8pV|OW*V%`(m(k48x3M)Q{,S#k#<xdi$Nyc%(J",
")j2J.v%^M5E9!}JBd.(<vS8^)3.`(w8zxC=9g+LB'x*g#=)Q*Zycr)<(Yx$,,*xvo)x-}yge)g5Zx'**C0{'k-q7^8uz}n)yzK[%hf3!hDc%h!}+F",
"|7nz8fx8o,N1Z{oz(d%bV9:Z!y(F!v0O4D3I(+,Q>0ARgZAE*++Zx^%y88!{!x.%::kL(l'n($4$%X2r{k{+U'r-,%h)E'l'eOz6P+ky1exZq'p*.",
"1B):)_-P,;*8(j2ayry3ex.CyTC(H*Fjo+y9&$m)1(n|5^yq8xdjx$d.Uz.!(*Q.-zWFxxQ+$-}Cm)g%b!nxI-M-!h<<)8Dp1R!s)L+7g68B'a",
")}yln(H0&6q)H*o,8{[p/-x>Y]5xjui[.<xEWAfx&P5ly,`x&,{96xzw=},&%a,o%m>@OB{($6h=r)C(=*H!n%Z!(,_;T%h!s-$ypx)Q(wAP7&%h",
"*@,pxzBCF2O.2zRr*sAK+!AC%o{k&{a@yR;+o!}@qyBRywF!p)`@R%^x/rMg(N%W!;)S)4,u4mhV'psx4r,pzX#+R[zHN4MGy!t%b{|Us#,=9.",
"+9xqYz,X%X/D/&!y9;S(+VxW%-xxK$*ZI=9p(sy.w{nm]wHS>6y!t+Y*|zla(CM7,=)/(1-Rx&]($6;,,xU'H$!nMR,S.*x5x(+:R!l!d(bxpB(d",
"3]'l=J1G<e(.{Y8Bsy!/T.{`0/(S(!v1i'uXN$Z9q(</S/u)+)t!}%l8tC!(3)s)KULx*P($8PA_,+aW)K+&UO3Zl&(Kzh(+Vda15x/&*u(p.i",
"y&HxLg(^K1{qQx,sWS'iRz'w(.*<z=2sPt8!wxnwI_)TcXx5z,,xdDTeuY::y!j{ahw!,){(r7PoR):6l.:2h$k(I4JEfzgM{y^(y[qkk(vxC.",
"{#(:}(('d*I%j(v6m)Ven/U%W/_x`Y3S*9rC(ay#yE@1y93C/-_;R(l(K,['s(](p=S(H6/lw(U)3+J2c=,1S(C+U%`2@%VC7YLx}^;icj47Zh%o",
"M4/k>O'r2Ou/xC4'tTi)N!r3e1)x1E{x;6LOA(Px`N,Y)D/s-B%dT=,Ny^j<b)c;#i:'|({x&0!r'}(H%l9<7Fy:HGb!l+AycM(')n5*'e,is<zA;",
"2L%UxBD0E4f'hzOQ{8F(@xK:C-@N*+H#7^,9D%-.*C!z*.xCr.q)fyom)8([%o1DSgxOd%^BFj3yu}x!}yQr,V!i4u(APD5B'P(Y%]!s+K/;4|",
"a^(s(@{8'(x3|{h)`9at!r6//Ky=$+n(Hyd7(Cqi(i!x(HH>)R%^v6-p,H3s@=CX{UA(,|#>xaXArx+C!tyd2)/6@xGmzHFzA-2W/Oyhq!v/VQR/1",
"(B)73Q$g'c*.'vx%Q*E{NT:Ld@,l2[xNv*zx0hx#rDcxnuxJ!y@F9S%Wrk(,(p`n!d3[zl,yV2-d)n*;+4*@{Q8z&v+wy9v+l)_xkm|.>r_1i.2",
"!w/(-T+>:Cxoh'b..5z$rZ%!gx,96&-+!doD+m(q%[(R1I(`e4)}:f'b/'+Lzt-Lj%f2;1D,r/[oY5e'b(pD[(R:xa1-q'p(R)U(=%o!q:]Ti.8",
"y*Y)L)+!s2#%X:+z,i<}$U<X%UxI`*GxdE/M)`+$9qB'0X>'.tr0(=-()R1t(sx+3Sx(a{(hDmsuq<X`!v!z+zxxp9hxx@!|!s3XClxXJ{,7-w",
"@*Jr)j(,!gx$T)h%^z:+y;E5jxs+'e%fy6ky:e{|mz,m;H)*n'wy{.r+nx#O{/n7Y!fxra)dx#Ax{*43s[3mE/)a>hF,3LClx}/0X0X*b@L(`,>",
".3zYF4M(-/V(<)V*I([BC,1*f*C)B0#3/-9(f)6E+t#L`!}(@*7+i(HzU`!ovIy8f+XR>(<!p(L*|'p(e%Ux&A(m+>1l)61@x_N)<!{%_x|W8w",
",xSa)m(m's)L{lV{Fe)a3Axxr*vyq$%Y'x),!l7$(zx,^0e+A(K_Gy#Y%c!v+4qwzfZjG(U'l0p-v/08_W|Hb:&+E(;#r#:znJ+V){!m!xE[.p'e",
"y[bxEiR8%Wy`8!|(x'ly[<'|;Z%^yA&{.aBN'r'f%g,08)/j()*;'zAb4l/;2&#H#+!;xi<nz{K;(AH)(q1R9o8j@(5&x=KD{/)xT]/&-V!i0d",
"(D(*04!j->(,*t%U*{=bZ>)E)B<Uir-3'fzdF'exHu)+km(`KzmJ(y)=*TxbO,.)k0Jx'.-*F.(N'e+*;x[5R*%f-U(3xun(l3GxSyx%p6!/Xz!T",
"2%Uk!|(;-2;g!s)$v)%j!s6>x/27C/U)]ygx6%^yY8|,jxLA'x=2x+KzUC04(3)J(AHL%]'l%m)G)#1n$}+U%[!j4;y)b-pGl428_TC!h(Yz>}'a",
"y!h(M)h)|(C3Izjh%Uyfg|#C|7C_++0*Z(*/V@V)y/'*x-U^ZC.x06!{6!()W<@(y$n!e/[(7)f8E%`x#p(%Z+%U{7A)L_e1l/S47xa$z0|g!)2",
"'eNv|$%^HG{'r)g/[)+)B-yrV(pSL(K'm:A7l6*OAuJmax=1b=kVeryZS,9xTW*fEd'Vyj<5oyGo!g(/x*YxEO(Z(M%c(=7$1ix!}zmL{TF4Dp&",
"(7:L<-I>1X+P+%*fhG'k!vVk-T%^(+zjKx63%n)F(!0U*ZoB'n!dWMxg4&/d;'p(34Ux#M$WsQzM7C$x/e{P&--zdW:<!}%i(1>6)0xCr;RiH*CyjP",
"++J9xRI.xT,%d.%V`*OxG_x8&L73<CMBv-B8P.N1n$x0X(BUC(K(/<Y[E%j0[@uHa%eZl.e!/%ski%a[QYd;K)1yv9nr*W4b'b.lxf3('PV,])`'t",
"yA'Cmyo@.xfj3HG-0Nxc'KU-I7$<P{-}6D,3(/qc'b(P-`(91a,Wz,15VDRx!y=Q%U-[l&,d#B/7'by/*xe<#p#;FB1T*^(.(A(r*+!g-d!w,d#2",
"b^,]znf<x!qB0H'%ny02Tf0u*+xD@'b9o8u`3{LL!zHv(80*(C)6(vU]z5ny*0(.dl2I$R04Ir.3)NGH!v!x)4y&T(l+[k-oY,^>;-3)ly02!d)0",
"Sr{5048x^s7sxCZ'pc)DC${!.<13e%l|4ax:.yLv<.!v,V78).'m-49&'`*0!p!fGOx3t(Lda1Dz47>y)qxsD:Q2tg`9p)i)f.l'pJ1%a'ex@M",
"(:YDFv{:#/'-/{MA)<-fxQaxIk{F.SU,9x+5*O'p'bxa*.9#k$U/c,uyujygj01x^(y(A(U/U20'lxk],qD.2&1l|6VlW{ZR{m+x6,!ox{7%bVO($",
",Rx-Uztpxwy(@xbU55(%ns!rxl|)A*Jx$M(7J9;0Cq)axDCv6A_x+w$S(H!d,f)yQR'bxg4'a)c)`X.!v;U{P/+>2y{CD>C)>(l-$)]x&<x>}(e3J",
"xH(!q+,,]R*+o5,%d,'8,xI>)2!r*JyS>=}!v|*lyx'(a'p9V5%*GyXC*8{-Z)y|7Q/K!l@B/n(&x.>!|3)9.)k-A(@x5Y{<!y)O+E!d<.+1x2X19",
"yA()f)G{f:)R0i'f!v{`<({zP4.!A;0iyS/xEi,+{*xyzW1Tx6Rz=Z*r{I.x@;1az6<)<+Oy4SW59jxO;y]01z)<|Aa{B&)M(n4$(G{vd+i)X)$",
"9(+c=*/Tzv+;,.},E2DH3xB,rHz>;(BkI%^:E'x->!},U(1'p'oxf3x't{5|9.z:>v=@Q):*o'nzYnxAeEA(<(+1W9S)C)@D1+g%^:;,FxEqH(",
"!|+AxSDG%-I($!v`%(54b*OxL-xNJ)H,y8x`48Tz,1|04:A,z-+|++!w(.-B*`/;!h)ByHgx/**))uPU!gB01S($1r#:,=!y+q%k!e)rxi.;i+#1l",
"!{!h{-p*80w.8!o_Sy^@$n#l$f=2!x(/0y1SsZV^,E6kBny#g(Jm@'u(A'k'x++xz>@G!r,C!g/[!f:/1e'rzZ&zv7)3x'*zuO(s,i-#.a(3xhKxhK",
"x*H.8!r{=O8x%Z!f{)74Z>j0g%jQPP904!q(0)j/LxA*5`TP)1+k)3sp!n6w'b:&gk/c'nY'(:)`+D(A)Pd%zn-!h!|)9)T[3-fy^%td)Lx&x*{",
")Pl[(fx3L,wx!e]s-*T){5O!h4U,>{[2Yv{qV(b'd.s%d(7(M)6%[+9!n'eGV(!.+x4(!xsp%e!s-Pb17]!pyYq'dp]N{.`{aFzWY*+7+8,%ax0t'b",
"NWLMx)[1K)TzZP'q(L)soI6N)d'v1e2r'f9mh{,;,Eybzybz,d$Sx,9!kx&)%m(R.N9y%Yy,^-x9&%x4I7vy.L)Lx4(1W|&j5o*W%`1S{9v!v-L",
"Tv*V{_8yUv'v/I(=]J!j:$3G)h!i(az)<{-E(j'g,x*h+tvW/(1D;v($F}%['qx7DI3%e!j+7)+x=.yLS(B(_Ez;;+J)@,B!pxOgz9I($1=+7'ezXC",
"-I%_7z%^{<cy,0F3%W)+(x)Jx<jSrMq!v-P'n(]({)&{{`2>ye>*X*%871$UTzlN-:0G%^/&(]v4x2w8H,|(p(v!xy2o!f8r/W*hBf%U:|(b3Gz.w",
"-A9X'eaC)iyG=)=yMDD(%e!fk7*YH>(=SX'vx,mC/'i)7%lx%)/kxD76=zQ<'v!)$}-y-MP+($8B#<4NxVlxo>)9xE5,m)/!r)j+_+q=Zxbzx%!",
"!w%fzC&/v01%j1$y4v!m{OH/*'r(04:,:x'f(.Qk)V:(y]]l/0g%U0&|:8^%,m.5%^(w%oz9%xoW<ZNj!n45!d'n{Du1m(=AS*&xn!(A%]!rF1",
"|A&x$P2I'>4Wf22axD[ZfA+(H2$0!%Y!g-Pj.(Ny,D,j,5z3z!d)130Yw*o]],#2Px&4)Lydf{C<+I!eu7xTW{Re7@>W/u{nxzA;!dz;%Sq!h(I!l",
"DZ2Xxb_pc!sFiKYxrVx2-'r.5y0NTc1sy'V1Rw%;e*7LM>@%[0S%h1n5O|@G>`45xm1)=(Zy}m'i*[3G+q|622n*8xIT;l!d+S(/ycw6G(Hx*v(n",
"x&)xJ_x/oyF_1D!x!i).x'POW:;x$:!.)Sw$'x,+xWA|E^@6xV$(!*P0=8!AYy),EH)k.0Yv)fx,YxDw.y%v.E3Bxs(7uzep;,'e(iyZ8!r3b!n",
"!i+!(.:`!sIJy]V,axh>xh>yun(9zHfI`D|93-=%j2|!w!ixey!e-pD[%^+m`ixDF*Z'p'jEd&,S5zSa!i!m=*($(*%aAf-wL,'b(B)4,U!fzY)x-B",
"(6%_>OCu)K%a0%*=*P*HyLE9zv74JxE!xeO{67y[:`%x{f(3'qz*7o@Pd)LU844x.k)`)7't(6%[6;0d{*#xCp,Uxet)Pxl8xoA^>,+{s5!j1t",
",Z9,09{nu6g%dx+Q17]e*>(H,w1u(ly<L(]x|N,|3&!w1L(=W='t48aN*=yKHyQhE3,<(U1$xOqD%'t|0Nx3|I['d+#)3y=#+y(5>5)3!kx{1%X",
"(A.T(q1I7S|3`'nUWzwD-s)i,3{``,9'q%gxyxy%r'evu{JE(a|(a2d+P!hx@<CFF:eq'f9B+2Jk)a(i/;,%Y)Y)'e{b[xN2)L>N9(-R%^8{+>",
"z)SPv(Hy3jx1px&+61!p5V%Ufv&&{Ku5@-Uq7xH^xTpFvpex>PUL[8(*0gg[z>'|B|Rq+J2f*l;H/u(@*M(_'f*r)5!zTR!m*x2r2z)/'d(f1R",
":('q#%%1g!!x*3yw`x5e*fx[p+:4V*W!}0>x'7Ct+|%X*|%e{TWD6yA]'r{l+1t(37$+U;i=s(&6tx#m^c)*G.+m2!%`P`z@c(5%fyZSJZxCtt0",
"|%Vy^qxMfz*}(5zj#(+(=hU)Nx|H,3|E7{ETi^-x,1(3x),SHxK=6m+2'{xWO%YnEiZ+I(d*J'e!qWW(H(RAS%UyA68x0S(0es+{-9'o{O&D])q)H",
"!d+8.56=(3%j{{Iy7E)Py3V'vD,x+!*ZZ-x>A1@x9}(BzTG/8%WG.!x|3FCmzp8<3'p+A*o26y)gD_yE5c4+t6!5H-wQyn]x]2zWUi6(96-)r$n$U",
"-T|5C^txaf_*+/(=kZ4Z6p6X6;cqHK{q^B<UC1R4q/)*Qy`l:V]b!zX](`(m6Ua^Q2#>'efX4S(77%UB!n5.yqqb=ISr)pE$`zk,y2gtoG})41k",
"zPY+X!jer3Q'Kfv%|)GE0{5:Is7^bmxx-0.zV(-:(Hx.X'v%exnMI`'bymVxt7(l'p1Ix)z#A(/!{OMxgXyAB6=8MYC67%_[fW#:P!}{`P);fX4^",
"Cx%mx3o/k)x8/(.%Wx{1%mxKL{MI)V0ixHx3!x6r,z*W43bk!l*J*8x+Y/6,<'td&'r#m#=(^+*zVs.%!!DU>;*Z0N9_(fVK(1g5uJ]g'd@B/L+V",
"(%'w3R%mB)%d8{8=x]<x1><.%^)6D,)3y'F)P=lz3oIc;K%bm,x(%@(%^+ST0*J%`z+N(]!q>Ofcy`V|.d%^BN'g*r)22|2y'bx6&4IM|n@.KC=2@",
"y5ax'Zzx@'oz(z|2}+U-BxQa,],h4v'c*<.lfPx$O=k31@w8l-ODa./p5-xzj;(<78(GqB2Ky2&)<4H+Z!;%QxUhyTHOV(v(5yKx(&8v{&0<}E-s.",
".y&/7&0=1e-J!nC]*.xO4!h|6r!!$|(A*]..x;+BK(7x87)d5%<XyZ4xZ^FC'|)'eoz&d)r'f1l!kFi+-gyq)(V<|98!xTjz.vhw!a!.^Q+y4M%d",
"8PDxXs+n0g/me]2H)v%d(szIN/Oz1nx.M7Cxwh9z!yB004o,*=!}(B0yyM5*nx{J)YCly-u,x!w:)aU!qX<Jb@K,=%m@-ym(xH+(u([(-Ldxkj",
"-+!s<%%U-,)*x2%y,.2;@{xVY{[+/9!v{M(/IC^ee'exI(,+@Q'nkgx'.I*(:/cxbnGYEAAkW51;,Z)|,1)#'n%c2k+@#s$O*@%[{#XDjyL[)8",
"(|6[(Z(nx;1x$}3;!h,+(PyIPg^!o/p/X%c{2u*T@5mh{hL(-{uh+Q)6,](iULe5x)$xKT3b(@y&kyts]g!l(i)j7u(@x;5OM(E8PNO+]0y#G&%",
"{46S|x3EFuhLxau!p(:y3#.*Ed&#!w8ry/V1Gyi@+Jzsa*mLQ-xx&P+wW.5M!w4;yH`+dD)x(wy/JzAx(@xq+{+,5e'nZA=Q+VTE+yx]m3N0[zJF",
"/e0yzig5&(^y=Q,#xL*!q,{!k*xy0|W4(+),(b0.T:U3PiH=x9P5DiJY/!g(o!sl[(Cz-Vy4-.R(7x6K*J0i!s@O.E-V!f);ylQ%-XJ(.xG'-s",
"ZgycfylC{([(3%k-Q8r!e6>((%g(|%mxRzxN||FJx9>!m1Tx'SWM2w%h'naKX|(<Se8/(p*r(jR!x7q,zx,a(l5Z%i{5Gx%;!w2,+EzxgytT{QH",
"xV+6UJif6d.0J(3_=zT%W004,Kx-.+w0&{-D60y$dtv(!-$5e++'d9v0-xN2)<5.'xVh5f()(u{8%x9}3eyvK!j+ajo.[/u%Z6Tz%]z!7*6!}%b",
"2T%`/s9b(Z)b(Rx#x(b(G3w4v'lx+)'vysD.l'xAhx+[)V'u!w*B9o)M!gVkj!%az_m%e6eq:/Nxic!k(U!zH(BYC]{0hx4qK5zV>!g<RFH{j3",
"{I)zDQ,C2v)DzJv(^,^yRN1jW(gx)F%Y'g/ZL,UX)n1wZ%)2x<g%Z'ey}>!B$}*+(.8B#4x-q4)..,.(CL<)Xx3T([J,(q%o6D(l-IxbKKZ12!nVh",
"V'%i/8=V,w%`*oI{|6U*s,i_z(RxynzckV1!zUv,&.Kj*)ZL*5D|2[{I2<X+*FT!vBa7J-U19xmJz1,3S-p[)%exWOQY'p,9)B%m!oQ5+/Ha!s{Jv",
"(530x-h'i)g=4(f(!D(%a!xxTv!q(U!p+#(%JVxdb5oA1x&+xE[,)x_y'i,>%`x{(2Wx42'fXsydG'b%k'yyYh)7(q{#Z)d|!1%Q(B)$xAd'dn0'|",
"pE$_Z*!pE>%h{RqU})N%U(=,3h<@G)(!wGl'tL*3I*W%lQ2$Ox2J!w(@%a(S2#z{>4>'m-J(Z+w<1!bx<5(R:*(,*-(=.$'txXK)L!;x:h!!2l",
"(jbf550O6DGv@3zuZgI,j3x,jyI{(`'f5;=2%Y7Y%j)c%d*%)6Tq(t+l+2)7g[z*y%U1%%j.3yo84{%W5,bm!v+w{5]'o{yh%o!n+},;%oyLHCB",
"uy{T&'e128!%lm-M/'nx(8!x0ixU$8Txfg,N|5i8/!e:]zwv1R.l0e!pE'+f)#|82z^J(wy6LQixg`*.JR!f)pxl${6}(Cy}h)qy&_(6{8Q2ryh7",
"!zd'*O%W(Hx2kx/d`T)4%U78!h,q%U-y%ix+y<B2rBypT(838;:XZx|A)7A.*17D;uxIr!o(k.45;Fh%^{l(zU5yi!%h|L4yrP>@x}E-98IyHJ)d",
"KB(,-`WFxl|+z.&'k3;(y)@r2{I>i.)B+:*^%ZsZy9,!A+MxS(*_A)!f,eliyxK%h07x%W(Ygv(|%U(76$(v/)x.:!h)VxKG6/'t0#+^!p9[5g#4",
"*Q.|y$d*A(1U9w@,>6*(7,*,}x.;_a!q)UxBD.XSY0-3w)Oxd<%[(S+4|$8_R+F)6AC%W(Z(H{BNx(/x:38/3G%W)xJV'n2y(&x-Xx&Bx>8*Yvl",
"xbjCX(f%]'qmZ8Ex/tFK|6+E7*Z1@)>/XUVx21-/1w(!!ux0](^]F'jm}S,'b)gxxG+I'dDajg7zygh!q*K!n=4)V1k(3x#SFR|)2y|c'rx2Dxl4",
"x$6*XxnLpPG-]f9&'IxaUx;hxU$yp|@=%d)N%m/SGJ(3(1x3ZP{,UK8f<(_7k({/))2yI45=2T*K>w@S(N'z'fyYQ#&$j!hc9-ExT:_PxhL-Q'r",
"'p{PV*@0!F:'|!ujHlw!wspz958HLn*b'bT48^'nzT!,k%jQU_qz_A(_1HYg+I+o(62y6W*3Q*.M)P%[>N2K!gyaN(e2y)m!ozeq1t=Js^`jc(",
"Da,9(3(9zMS)dxCLz%z'n(j++!rx0$Mv|=w9;yAnC6!{R@ycExh$!fa8x[u{X0z[zie(Z%Z/S{>[z%f2Ay)}GW!.$}y=s:#y0>4>,o*I)B)D([4[",
"([q3((zk/,1)2+)Dhx5@:Z(&l[+#E&C+%jHH'r(B(!MoxEd|.o{*q)V2;'bb@w!'uxZ#%hFw)y!lB<B}9p(Iy8T)k-/zwE5H)m%^)s%WxDuq|4M!p",
"{x9),(A-BwC9gx<<%c/x/){4yL<.p`gC$xM/ArxNr{JGy8#{+F'i)s+4xG_+X-d*2Cx)d/Xy*W:+Yw^tCvV|!oWz,I!oM>([%X,x|:oP0yvS{ol!_",
"(c+V6xeg(3)Nx1/X<)XC!O$+Ax2A1WTO(1R[%Y)q)qylg%f/LyD{/(%d)Vz}`zhx/k90%Y)i%g)k+n3-+!Dq(lDv3_xL7yL:'pxx<jL)d!s0O*F{Pc",
"G.%j)9x)Szq7*vxK+-MLOgW@^)*6kxGzXN#;!i-=x^.{^b2hz[q'v(H`E,m*J!hjGP,xmT]@ydW%b*bx.76e+*'k!xyNf)d!@!bZE($2rz2My)V(5",
"xM$o4Ed%}YW%cx2%x;>!v)Vy,={,f!e,I'c!q+S/){P-3A|!jz:F->)rF26&3b+VyGC{A=(.x+a*Y+h0azz'(I76!qg5WkzQ;..'iJbAk'p,]!sN<",
"C^A9N=xP:x4],Ij.(w'dxs/|L0{{UI3y`$'j*Gx}]:/{)C5W{=e(_'x)3!i(e(O!}xti%Y*%(RSx5v(!>[)j'dz/b(#{$eL+!g).c'x*l)jAPlC*h",
"PV2HH*0d)M!x(=)]*Vz--|9Ux>;([!dz^7--z:P(,xbgx%j(RdxzaN]w(.%i)V>qU5%X!n-M!h)|AC(!(mzX2-v0!BF|Dl.}'uye4(72n%U)+('",
"!s,|>w1I-9+ky*c)C1r&#*V{nr_p{L+5w#/'x=HFR%c7#'w(v(`XN$S*wyChxa*%b9&&#!n(rh4><0@!x{/H(PBd8*(bxN@)I&2{;3|(I#%%3Il%j",
"2T(Az@f+X,i%h,U(3-I%W!l)H*YzQ76U(ZN!(t)+!v)^-wz4+xC[6A`+wO(k(qJVwO0x3Q#72D7JP0)HyxO(ly^c3/(ez)T`A*9Dvvvauxv6!hyqN",
"=Qx]<)lx0,+t)|yPN25'nHc!gx:S9&#>xI[*6-%A_,>!zy,ABFhLS355(Yy=Jn}2&!q(RR6@R^35QMb:&%d88Yyt:-O*QEup/y(l6,z31>wx2{",
"v`%hUK@yx7#+A'b(}|F(+i'm%WXG(U)s,${^fPSQ-z-=4IJ#)_,ax-&x(%y$R*jG@3H,hG2+=$V#q$k(18!5,!r(f!vy,zxC;ob6W{5>(uy|),c",
"3I%]EY*p!h)x*+'c!}8E0<.uBxx<TxCU*<#^%})B/46V($7+zQbx)%x+[(5yi+!h,3x$76JOH/k0a+Q)Z*;(5%Ux)I0:z593|(R'tJ`2k)0!g)1(`",
"/Vy^g{qL7,yK3#1FL$rcC!x5`7L+#1202't^(-W2Y{hXz>vyGU-0+](&A{!u4u'b(GxJt17(*2N-[+^y-(0;H^)<-Ex^/+9)M{Hr(PxD/%e|@hzrY",
")_;w!{D{OH%i(=%f)mxARxTiyo^BI!v)K!hYkgDF;xd7(B(V1r$k(.'zgc)d!kU]xFHz%8;3|:c)Fz'%y=O.Ryw4=-(@|>KN6*Zk3)Y0[%WV9'y",
")N.`-,|5j*7'x3[31z%--x_nx;V,i_9L61s!zyJ-)R!yztZ3/+Lxv]ngN:2#.E0Sy!U!h4;(i!i(e{)Dxwa;c(I%WxJ-{#.!)xB@{'t))a='h=w%[",
"(Y%ex#p'x)9-px#z(kJ1!j(^)$+ty%78!%Yybax!}!h.%NRxIpzXfzwR,h.[^5::(:1t!s'wyzDx}mSFyI,(Ax9l*3oZ)7x0Sy5.)xVUx`p{+Nm}",
"1%%^;g4n*I'f07%n+7+@!z=bHHx>{!f!{y`1q9)v-='d,f+,JV3L)8(31s!kTZ'c)MDBM))3/lz]Txz-yaAxl6x(M)9*%!h*$KLxogx:G,R)n(_!h",
"!w-$*F-B'bsrO0zV;CR(}zvlOUx=B'tx1VVHyGQb2-Z$YXi3@x-v|M+y[w'r!fxHfFs'xO1'i!jSO!-$x(5(7k1'l!w,|[tx!L'k3-074G!y'e",
"{V#*]y=9{1oxM.!s!o*X-h=k+9'j!v;&!jNe(@x7A*O!i^SQ1*EzC(!eVeAA%|@5*M'y%c!(%.(_yF<,0x:t|/Q(F(1zTf(_!ln$(lB%u/)Dw9",
"1Z22(Q%b)Bn]!k-#O8%k)v'b'k):xO6e`+O;X!+{S](p-p<82>;U%d87qox/]%X-91W6Tx$gxS|^Rx(`(l!|xB}{bJ)y)Q)R6t($x`U'fx^Hx^H",
",+%W!o0d.$x=J'fyO`(f'}z='z'8!w-M3w!}#G#Dy,A'i(5'r!o)J)^%X)v-x>.%j*.)<x{/J'!p(5)=(-(q,k*.zJ]zb'($yP-K-0C(l!jR(Op,9",
"+#@`+7*_(:xm=!vxJKx:3('zmR({xg)+o)h!r{8Kx`n1D%d)kk4-T)&(bB'2@1l.+>'-yy'H;1,I;)zs8M4(H-lxF*'nx)-+q,2{h8-*'f/).,y|l",
"{8yx&E()!d(6H>y!n,z!z*^){!ezB}-nZg.`D%LA.g.*DR/u(Kx3L<<)&1S6c-%7@x8C1}(f0x<82y!r/jEa)/.U35yMUzru)RxxL)K%n)l%X{yz-5",
"4D'q'm!x.E8^I9'zyM|&2)-9+(/!e)K!mj%!vymu(`'s+8+0'l)xc97+,.(C%Uxc)3=-qjZ(m%`!s`Yz,j7D!h=G'v`X)K(M!j)Ux$NaUzQl$g",
"{LsxG.!l:(za<%^g:'|.5)h++0J(E)2)Fc((=.g!v/9)v(;z$c|1My^y)+!v1Q^#/)ydtxcF1y(n/NzaY!n>|yFjyFj!z(ezaE,V+-'g!|m8(_2Q",
"yj_Ad2@'rGq%c(H(ie5R_FD.jmJ-LoU,I0Hx'JO83,*PHN)G.+!l{t})qX=#q#7{S/4J(:|-,yH3'z!g,Ei{N@!gzOP)hxjf!b$vW=4bye$2yqDop",
"Jpz#Q)>S5)l'g!vNW0Qy/M-+%UiFz8Kx*I'|)ix%l(Mx1<zQQ(yEe(->Nx1'{m>yRa(((;*%-k0B*Vy[7,.*F]F+D)UHw'pz+x%n/'{QAxI_%j",
"x]o1l((0`)K,2)P'd(&0JK{*u/8x/<xEV0;(6+]AS4G8B$ax,^5R!wvI;Z'l/3ZDxPE+o+#-W!xRry^K3B>k%[*$!o!x),*Y<3qS%a7%*fx$5'i",
"AbDV+U+&7n3U!|yD}'n0JyEmBU.3|+^.Zyp5YE'ex&A+wG.ycI6^!|VS'r!oDXx<l|TLEC!wzK+*:au('oJ%Wz+d+A*J%[!p5Yx>2'fBjE+([`0",
")0VgASWgx^Lnu*+j4(^)65Q%c)+!{Murm3e!m+/^.!mXU0w%d'x/j6xzXUy9%/b=W3|x&Xx9-+lD8yA[Xmz|$)Ln^8;xU')8:C+,!tjHK0]v-2<f",
"A|xCAxAP*]8!)A!n/xx<w+&-h8)141uPdydE,;(,D%*zHH!sLj%W7.x7J8o6]+>8UyB)9pxok),9Xxb5@-%^!hQY-U{>D4Ij`x&BDYvk'|)n(a",
")>xTB{PA))x/1)y;)!d(.1Iw=(<5Zx)H!z*8x`{So3b{wY(ZB'(py/D([{xZ!xD(3zy'A-Tx6T(b'gHw%^,''t)a0:10%c(H-q$c--#o$N*O+&",
"2#-=(..HjUN!Hb'rgk(AI=,3!s(NF&BVyJmx%>{oQ{b&zNZ'pdrA8*JE=!p*xA;Ga)1(wnr(}1XVQy&y{,2F0)L1a4Q)geZ!zx.:{/>!o*^0I)Tx<1",
"zf4xR!<m(l-2vVx>72A!)dV65W8(AD_)3'gxW,yAC(s8-y!%xCg*OO6)1Rlxg+%a*I+&y3hx$G@^){{LaxdA+;'lxMq(])>'q)c-MLmzNW-ejV",
"yz`3KxNJz$8,ty/<)D'j)K)>x1(zCeP+yzWX'%[z=N17;Z%X{;P(+x.5.hz2(x`I(!yCw[8*<!w4W8_zh361U,.lx{d2:D,(5950K(1!j/-,r%l",
"{8.>yNr*f([!uyME7DzOWS81r'M,h1=!l(m5Z%[z.eM|'fzNN0u)G(bz_jyuD'x-j%Wz,T*(-2y4L1]):f>=i+#*Gh:!y;&'pWN]dZM15*0=8x6i*G",
"x@vxEX>h<N)0'uNGH|,Rc=:I+y{D3,3)j)n!i(JSJ'kxbJ)Y)4H){S+3_y!/5!!v5vxxE!{1r'Q)-%m!xx$u)X0Xx5Q+Y5H%dW*-4DC$ux/rxvo",
"(6!sI3!ngr(l{@J]M(@FO(vxTS8B'K(_;x9()/*^x#$gj+V(/5v|ON0x<=xXSxEK-p!AGN)k1m,t1i+F0OzXb0J#V$X(5*uPYI@'b.hy$d(l4$@H",
"+%'bxV5)8'e't!r6G(!Ll3RgethOx=opP;K%VxCk(t)Q,5x_m!d{w9x7v,>HQxNy5G_9-r6D+>|Dqzd`0K0.(C%f)sCt!*{d=xu((A)D%ezYG/l",
"'s*Y0jy.w!h)=x>LzsM.=U9+)1R!t%mb`><)0y$vz)_/[+#IG*3+-Y|25|ENz;F(7/[+0%ezaF:]x=K)nt'/Kvp($.7+&nz2Z!o,a/>%W-Uz3}",
"x#}xA*0B2pxnwA8!l(l!d31Zg{1/y;u><|>&zBJl>%Wz#m,N((AN(0%m'bzSDx<A%`zbN1{=o/MN,'|IY4>+b(H|U=@S2a15@C/RxPYasz^HxjW",
")itD*$xAi(c%[)V1TGl.r*J:v(|2J#r#=y9-{%4!n(]y%(y%(!ojk(%)>!i=G(*(Y75,IXrN@1Sxsb9J6cNrxICB*)Nl^|#=)Q!wzgc(ay8BNJ",
"48u${eRx[r(m>l(0+k)s)((wy=0t&sq'n(G/;xrP|Pz{[V^h.N)Py7r'y!x'e=t'mx3d)7y<gz+c2KzX5y^axe9Sz'e3IXexAfL*'m/)%Yx_b(L",
"x&I1{hLG}(.p'|5b|W|3e%V*rPK!l,%G]+Dx<#%nxdi$Mx{BCHzVgtJ'fjM,y'p|1<|SZ,PxaXx+'|Oe,H%U(1(.x7P.j(@(5,:%VM@0!(3%bxF[(u",
"[*|'E)I&3-lnL){)Y!))S0m9}{|p#AypB'o*$(Zyv3xUy)9(5ySr'||1/{8x|=I{w|x9d%[ZE%^0B|0VyBqHq+qxtcxP|,Qu7)9)K(5xga!v){):",
"(77${@x3L'bm^(.*[!v44{i{H,68zZ}!f*s+]1RxVy,.T+-4QiFO(H31+#ye@)^5e,d'E!z!tyrI*y|(C/k/7.p)E%Y-9'kx.)1h;v'ixNL!|!)gO",
"zoT;Yy)}z}o|77)<xlj1}esIsFt(<NJ'K'v,u(H3/+P%Wx=41IygxzZt(x!r'eYz3m0;e(xkZx'aE5+#z[|/U%^'l'w@=%i(@):{38zzmxB|vv",
"NUdW2@-*Zh%dTwxgX0X+J_6'p!nOF'g2k'f{w=2ry$&)Vx2qx!1%V[9%Xx!w!x)M'm(c):(;'b-2By(6'f'p!e]Dy45+lvvIJ(<,0x^'6i*+{XNU3",
"!gx8F|&g'w<Xx7nx2f,m!v6v2:x('LR%^PM'@fv'_y3N1txVeybLzKC'L!wL<z<UES!z.B!xx*#!hXK0U<.(1x2u|60,37zz}u-Ux0%'e=7!pD6",
"3e%e/5%h(^{=S,H(<1C%j2:%b-c/*zKn+1!}BD(=1,(EGRxxzyYNHB%ex)|xA.NLxB;9r9:|<.%]xOKE&.t%^4q*p04y,|/Q(lASyTo(Nx'k+,%V",
"!q3X6/%d(z+^!e6Xx}qA$+%'w,0Riy%Hg[:(z50y}(17:)(F(+x6S(p*1(!)>{S-{G'x4ByE+1i%oxDv7BxsZ(]xMp{KG'd2y)4(P@2$}yV{7x",
")ViHx7)!v)K+^xE[jWydH(}zXoxRKzO@]v(@x'g2a)a*V*p{qz+k*$S:Rz'rRz8C3Z'm4[%d2RE5z0b.N|.527*I%^(vxF`!d)R-[(9zXNc=@Cx$T",
"yEUy2+7#:}PH%^o7xJKK{%dzZyC|'xc91Y!w2]&3(S(YzsG^i,nx/Gp5.j!}:U(@=S.E0y9X-w4Ixuly`*yXvA|yB2!}K:7k3S)k):(Ky6p)B)2",
"yFM*T/>Dj0N-*!mxH(I|(7HB%X.i(-)4`X2@%Zm!%Vx@k'i.%o@(5+8xU+;k,O%i[c;s|.w(nx$N=:Yk{rN!o,P.5'c(jy_-x{{8/x{Z)r)VWd",
"z]s*)PmsZ{|+{@4,p%^(S+oAi1,{zZxkn/x,;E14CkI!q,(%h#I$Z3<liIV+c'f0!`s{R[(KI^A)%[xuB!d-ex.s-<CL!w4py_uxL%(:ya}/SQD",
"Hw{&h)P2)kpNF:X)n=Q(P*J0xBZ($*b(7(jxmX)'y`_(7@G!y!mxL/.^5#xr@{[Z7%|G'x.XDDyXH0G,3'p0`)c%n[Qx'Azwe*:M8x$Iyr&'GAK4G",
"QR!df3!p0q%`(V!v(e(nxtaqRxad7A2Rxlb)31:x-Y&/88y:18M>'zph--GM[|x[Z+kz.U4;7k0JzPR8^-cX@c.xf+Bv%^*FdXK=zg6E`zvb0@%d",
"*P*{{=gCX:L+>'f*V(b%[xF-(Cx.2T2'g{u%x%{*qLn>chyFD(0)`x(,,I04%^|&E;:5B'M.,J#yhKyA9*JZo*F>5.$-=yar{D-{o':1xKn+z{Ho))",
"y0KzYz'nOazESxGAxu(xBA+PyX^xLD'mNRx}G(CygP!ldm(Y0{(_y`C(.,](=!nzikx1m.%Gv4[zSr|7L9J!{x4q)E%[xU%0E!h)U2c6m){)|@-%k",
"z5;*3^Sx3&*W%j!{'d*.xp36B)g)30iyPQ*p:LQOxop,z(7/jxs9)C48;cE1-aYWx;X-9.}#q$Z)Z%`y]})C)0zL6bh!o8,%XDp%^xQf(d)x(q",
"{)_*X(x1l!r-J(H(N'ff1(=)H(01,tK,9|W;HX1r&0@=1J|[4xP[6c%^!f.`'p's-v%n0&83((.M!h3=(A;6Gl.N|L;*])DxjW)G*'yC,(U6.xh$",
")ky)c!i3|!gJB-fx0p,&(;bOy@O{BRx,;N8%c)lxQJ'c%c+E)l)iz$u-a'wkE)yD-'d:(qR)=x$g14x_@-U)r9&#<#H&.@-%eB66%!{Ne,:)U04ylS",
":(%ox+'*p|B/'K1=@Qy_q%X'x7u+Bx#eL*3,{i;+Q'kx(3(Ay*0x&T4%*.%W(_:2,76b'f3])cy$K!w3|1=-wZG*x'p@V6UcZ(!(Px*p(*xDv+R",
"BI)Y(Y%V*@{&1*r7](v(&Q>#B(^Omx#$M(554@(VAdyn;yI*|a;%b'x)TyA7(]y*#4d|H%xE2y=,x8;R[T$yL5UxA;,aysdiN(+!g(Zx9G5Zx;u",
"qQ.!(5)$O['oyr:z>[SH=l{*0y&h{(c60yMo)./UuG)9!oZm*/xPub=68%c)XcD(Az&]xXN(^2D*yd.+n!z)YCYZ|+B!v-y0f(N/6y]}y4iy58(U",
"'e.qFKxD;'q4x7u%axg#UA!oy>T!l*%9X'uyk)(=(x0ilQ%d'p7bSx(u!o*/5QGmxot1|,Z:3!m0Gyc44SVF9(!y)Au;4;!qUX!x0Oxx9XmI)%Y",
"*.(|,d'@J8z>KxF%'wHhx)_48L-B!%j,ByIy2nx]hy]R'w(c!s(K%[(0(G(C<.x4,ya>6q+YyN#Os|Ven/'fOk*-%h*{.j)7x@m'fNuxwg3H(_'p",
"{_3=-9q*f!fx!Sc$xs%@*0+3aQk'd'tyIn+h$XNJ,Hy4:(A2iPmyLo)I$cx3(5<,iyYW-fxM++Ef1xPa*Zbc-xK{zKQ/O+e*@'v4fx#r!h*;1r'S",
"-2B(!u.`'ey*Qc#RJy`b$c2X=,+)(1*;X92v:<)gxy,(3/6!kxey47x#c,hRZ{_vZr(B(<x{{@p!{%]0!%b*Q(V!r/T[!x1oK_!w+@2k,&<N,*zS#",
",ly|0|[>|KDBv%X4f!d2v+4(5*.m&%W{.Y+y..]=.@$T-CXuvA$M-f@]oXvZ2@(]5V(;xR3(B)v%^)B!}qY(WTc4%K=%[)4z];{1$x4y)aa0x%UyR>",
"'x5e(5,%!h+k(7GAz4+x&lx#.[$QB0P!r-yQT+y0@!w,;x*35Zx7b-Q{/1(K/Z.U{_qy3T9,'n/8Q2#71&!w(|@VI[%^x6j%lx20]%!n=:zTk:=",
"x]//({M#&#xj>2y!d6b!lot:*(3!jz@1(A!{!fPp'j1[Z]{Za0S%^.+1l6T(,zwW|d2(vYix<sytC!s(:)Ex)(2Czg25B&$BF(0ei@Vzi_(aet('",
"*F(C'b)|Kk/wFv*|PEhw,f!|!uy,Sz1p5&(H05]l{LmB}iY+>.h8,%^m|(=3e(:yM{'sP10E{'+4xFk@HK5(=FQ%X'bx}nzV*qaz.6N@je(*(`/[",
"Tg!r.D2Pyyh,N>_!wMu)CyE<Ii|/w:r5V1[x!;9`yjOJ^)R(n2L(,,P*]'nx'.0axCZ4Mx6SI|V=C$*h/)x#5T=H_!e3wy<v,I8U@G,S'k({%U",
"Urx%j1Cz:Uy[D)<Ap*f!vy`u=;)<9-!gx1M!|xbczP>(H'l{H||8+,BWd6c2>Z|0}ybl%ayM`xOy!v(x)K1W|Ts5@zB`*2(Dx!NJ0/K1S@/|IV{SI",
":Q*^#g$MaR+k(`zet*W%kxU>%h!j!}({%V*}:3,50coGYl'l;w{$8%d(v)D1@+1.%%e)Dy}#|/W17+l%Y.p%]!x'r)Ty3q!q-`!hy6Cxbj+Q.3%Z",
"IS.e(&=8'v88.UxOi(&!i'ex`yBYy=G'b,Uz';-w)Z!h(*yP8)0z@+$Y|(!F1($2TrZxwhypW/7_+j_(]x+l{^S)GxaT!i!j!ez(3x#F6vRE+%",
"{e)x!ex4U3n*=%[{>VxE9)Thg!;%q)gxWb,tzQ-)J(myCE>S*V!q/ny73;&@GxA28y(Y43+t'o2Tzsjxm#8TyQ$9$yL5yjP!r)3(jIi)g(,/5%U",
",o,l'y'yx(&'p/c(9/L)LD9-w/8{qI(p|c[1`!rz]d4>b{xE/!lafnRx-[x#s*nh@|eA'e1((0(a2cd]$m{q`xvD,mx/7yG={EY(kBa=ix[&(1",
")NnC7.7KAyz--x#`*f*{S0*.6r6T)#=@Wt^hGY-A%d3G=U(+20,*(B)+z@W(3+8SZ)+(m!d87x{(*1ymo(b%exr_>PJz%bZ`x.cxWe*Zp&).(@y9b",
"(|*6)1!}'q'eDH,]K01IAA#:Q>#>7.,3y_(y_(iryDZ53aN+D%e'q{;fx3`;j(53[)0yyfR2>a+S-B!s*T{6vU7{z---tH'p+fxD>*Y2n-Q-4,B)$",
"yVw0I{Uh'|8Szfh!x(+Ck*fz}ZT-2U8L3R,E'vPz)RC!,i!ox5Z0t0K9[yI;*f!f19#k#5yu2'py{`'L(5)B!ux-%xbO0*/(@BPPWr3H+y!}HN",
"-yyJv-Tg6{[l(<x3x/K2v%bg}%UaK(]!i+V{1,6$(/(B+=$QO$%jxK>xN|-Q(y*10/Jq-x!|zV2)6xQa(^<b(KymHyei,c!o(=BZ%o,5%Y{qv{ev",
"2A3B0S|[8'cqNz5H0P(s()NL(A7%xF}5%65z+uC|)iyYR5V(J8W%d_p1m<%95,ryW15w'Uys>!rx;vE{/3(nyQrah*V8r04(v)1c!*[%e-05;([Cq",
"(QK+z;+f<yi6{mJwZCX,6A1z0bQD*F!m{Tp)L7M1c!|)6x/*953;%U)az6f,J5=x@5%X)D*){W<x&z*F8=xxr=:'b+IxCL'nx3.(C(0xLi+m(a",
"!n-yzLRlLxC83,x|y4%MB.5#f#A'pBC+0=i(Y%g!nn/;;zSS*$,Sx681v<X'p'b;2(@xR}'xMb!j_S(&+PJ$%d){L7(ix^c)x%`*$'b-%1*,*x6b",
"xyy(FCRWIx($lLy):y):!y,l!p)hz93,E0B%^,+)9EY/k)E(}3[)N.+:*_I/)y=w=&!d*H)=,Ix/]5Z(6.sx0-1*msQX(ql2xv4:d+E{bW(_))",
"(qFM!g(U9&&2Q}+2[c!l{5e('Z|yjb0[;*xk&(kxj(*z+]z.h!m!vxY(Lo+7*ux$7!n1Hvvx%Y<22;%U[$R02Rx9G(8%i!nz#@xAjr3[mW3,P(_",
"h/x4Dy,^,N!u+o)Txz!(6b}zgk(#/s-C|<>BCx:](lya<,)Cx;*,]!|P})r{RChSxzSxzS*3+H+7(3R2*pzRSy;R,Jy]Ux/f%U(6@X+|($)a+k",
"az%j+)xrL)PD}1B{+50g(vG:/qzA3zA3)T{#<)'iT-+%^!q9VVx<b{5{N%+r{av([)V.70x(=)ZyMK)z{8Szkg-U'sxIky[3(8%j7.y!U!iE&,U6b",
"CvE8)G{x1x(H2_z*<|,Qx+{'p1D!wyTE(&*+z<tzYRx(A(:VH:50.5QOB'd9.48<:!f.$z>8|.WDqA&)BQl5g'I(+);!m,*)9x]_.T,.!fdxxr21k",
"M5+&,C($9<'g.@$^yZjy<^'n+e4NXi.&>)x-09M)Z!r!e(k8E4v53%g)--g8@T[,x!nyA/^n(i(/:P'l*|%[2]'J'eyXnAT)9!x)h!f-R6k%^sQDG",
")4G.y0hOs,*%ixBk)O(3+evS-Vx6|-*x/]@S{N:1c(1z$40u8n7Zzh2sd.&.3xQAyjv)H!exnb:E|126G(//u%`)u]wz^|9p2C_O`ox,Y'xxck",
"-96[.5*:yK-@)!eC]zGiMG'y%o+'%Xx3T%mOF%my7p;YxRv(ly!i{A97sU9x;F,N.3(ZxU#(`)30t)-x!y!i%oC+)$2n!t|=z$cP|(l'd=>|b93U",
"y,Oz0|xi'!n*J|9%4W+$,Kx1dxnwbyh$%USt.j8B$bBIjjP+!xzi/-@0XyZiN]%nA-*<KY_d7*'s(q0t*^xJcq+y#1Ba@&38)9!x_.{qM<2(p(1",
"!;xabz-n+p'b{}.!l/Dz8G299*xe,9S0qJ,K{'p.`-B($!n%mC^(^07%UxBW+>-o(1!i%_-Q01xE%[$x-@H_!|%o*}%`.3!t{XxdDBE<bF8%UM4/[",
"9S)h'q749V3ux5+y6Y;U%h!g`ny_mz-R|%4yh8!u)`!u.9(A-g8pz0/*J/>x}H8z-0,/2X+c4Wa;)K%]x*pNe)=)r*b!i)idD+F6J;;K-)xx/C",
"I[xF|2#(7z&r(PzFnBc{u{%m,;%k,7z@i+7U|!vIU0[I`x1}xRaXu5oV'/F+#vvzB2Fl{I^+Vzw/%X:+)26D%Y4rBk!v1l{q:-Y,5xFW!iYV){X=",
"'d)nx1n4>,*xvS([/c@[xX<{p+'w{_m-4(m(G*Q-rE`.g;&%V)xMGxL;)2x0qx9n!t)9(d+804xn`xK$)dG3'Txug)U)+2yxRZ7lxPIxih8{)*",
"9<(5yK/@z4R{b9xN]x$,'b3|-B(G+q%U:V*f{s<ES0qz+%x2-(lxE&`B!sxSd'e-E..y/MJFh(7k%h'b++F17x+_|3D.%zu'y7H=&4Vz>JywG(J",
"x8C76'e2U*%{,s`44l2]#'(@{[r-gyaS'k.tx#s.G)0|T8(7EB)x(=(H(s+-*=yfaH)'p*uz'n7e>P,3(f+^sr,9|)S20zPzxXV/U:`){!{!/3>",
"x^L|lN{:m+*cm|3z|4X(9(H-w(6r-)+{1&y8y+i)k%`(Sx>z!h98!}xa`8tLz!(!((5H&jwDe!){xKxS(.XxhI8w*Y(MxN2-x6e,a.UiW!l%l1Z%d",
"(+%V/U@o2noR)j,|4O@]0X(A:+x]}ymD(V*o%UzDWSiQUx9,07*hz.s+*!e0x]8,.'f+hxri$T'x%aXlD{2@*K-d5=^#,;)V%`!n0yW:5W(Z+X",
"|Y_HQMiQkyZR@G!h>'91@|([(L1$,3@AC11']%LO'yyla(J8,%g!gJRM=zrp(Y'p!}3-5zDQ-+<xR8%g6U9[|/rx+$z89(GBB-w(M]g2k!x!e*X",
"zVg20*W*8yyg2b,B%cAbGYxL/JZ(M12(.0fyS(yw9)T,kyh](yI1)N!y,S-v'y(I%d)EyOCxra*Z1Su)/(3L*@(:0&((xD>('xaO#)x=v*`xi3X$",
"F^!w9<4^*I(,'fx061yx0m7^0d{Mg)|'gxvb(BDn'f19+%'o(@UX58)2-y'z|]+)y*J'm,r%m'k(vxx@,,zc8,],1,|!h0B'v9[jEM!(w'b)Z1W",
")a|CL`l+`2;|:-z*2yR}*o%W!p=bz[80I'yz/!Ha(k!yXc8MxJ{y=Jyb&+q($Hu%^On%e(`%_E18nxFCs@2nAP(76;V_KDzZY8/{84dD0L%d9c9`",
"SZ8W{LJ+&,&DY){!p|FU{J#yh<]kyAV8Xy%T{lFIkxDe-U>p'f,3.Z)`ZZ)j)E,E(Z(_!h,0zMn1InR54)qxhS!xxTX!vf]x6g=k([+!!q.%Cbc!",
"!y6z!h+E8H0E'g9d'cl](B%o{it*/,d&/(.45!r,.zM90;xbPy|12|.&,+'d,tys'vo,m!kxS6-E%dx'[xX0,f.ox'v/='n'yZM)<6E/vxZ_)C",
")+I7F8*G-By9Izo.)fNR.!e5.!;>,j'ec)yrI'|UzGdxtm(K)M(5A;+&!y-nYh%h'eyB>x[,'x'ez/R8H=Ux34>y^yx)BxcH'lciUT*b6$/9Rw",
"P12izz{_Syf.x_K|$36%rE-*/ux7D5H%[(Z!g*$(&{8i,j(m4D8:yeu8_;cFw'gUE+RoG5;xV`.:xoo+1C+HQxE|ygjzhR/K{@FVk(ex.;'ly9.",
"(m%o!h*Y|,g%ZFh%UrC3C,k%b+7!vy8Vx0a1D%`/;/-xUSaO:;3@,]'k(B!nzhb3B*b,a(!1:!kB0*@!l(7+o*+P{(!+$Rm*s)7;#!g+l4T_++09b",
"!d0J*{*'(=zD_)Ky^RGlk}'mx!=Pt%U,td'!r{#0(!4$)xD#)1*y`%z&|y#W+Ry[]xSO*V2&,r%[{P:%]ElUJxXrym7*O^3y5t17'e{a}!l|Ji",
"{%52y,tE'wM(k!l:#zeA+12c%d'q!vAA'K(q(6(Z+nBvj4Z%%i7#)yxieR<=WDB5j'rh}'c2#xB}(7@Bx'm-s7s4n2f6Jx5w3yxEK5R9&'HxF))9",
"BZ%dzE0/j(bqE{5k4o!w-Y(),}+F'f5%!q,t)y^m+PbZ-J0!1w31xs/z>{x'2*PCqY'36(=<Y!p*z@(xNr+q!g-f!gS_y<|!dM/8@x=8,;:x!nY.",
")u%i|Z$,xF:,ExLh<4'v>yx9P(.!r(=(b*`9!==6PYQ)30x)I'_!glMj*D:0B{sR-Z']OH%U!y!k,f%U*C%kxe9yrX-%(9(C'b*&*3xzN>|(e:(",
"/0-J+O%j8o=nx:&+cx@v(_Z+wl,5(JBd=B!z]]*C(c2n6w2THX)V%^31zH8x+y%e|0[8'(I'm(I0O(@8H!s+$8P4o,1zf&(HQB@CW>*PH)zq+pO",
"!gx*z8E%[xbnxWwKR(F{%02W!wVD,hyTn)6A-,PL%1M$rz{$%XxS|A7'lx3*|@H%n(5AP(q+E1xH!F!{y+-,%U7.!e(&(c!wko,h%^6-%i!m(6",
"){:<F:/m!o(0!oyiUx<w*7zzD{/-+OeI|6=y4&|fi|gDZ;0;x%fU.072/zF{+n)T%Yx&]ybPyjayjaf4%j'x(i)1x#r*O!j2Y%h|aIx=8x+5yjd",
"`%!rM4%^y^8D1y)t{lp's)`XTgW,Peo<1%-zaWz5q*@*o^()OU&(lO$'w!h-O*+y`szze)<*7)m(M>I:E%YI/y0Fg_x!$;5zMZ-qx7n)3{Xc2;_K",
"(_x+&xo`*P)0(=*1H=;&(r(3=4)+-/y72|p0(z+J{RK'u-R(+'p:ZFw%^{|)y)jxqz3XEax#lx#m{9`1r#/'d'k(qzoQ!!xMZ1/)OR2%n+#,:!fx!V",
"5V(#y`/,P(H'g(7i%[G3uO!!nA))8(H6I!r.j@*1WF@6%mJ'b!y!q+:-i{pUxuR!|04Fw'fy(A*:)^1s++'o,d#0N,+Ha^%lz'J(_pE$a|93+<",
"yq$)y(S'i3a%U|W>{k_)x/N,Ux0c|qRxgLu9%UAr!dNJ$oGx7$3CzN<<8(N(Cz-q)jxLix#`<N)F30x}oxBE;L-$x{y=d!n*X.&'t/>xQMx(MES",
"{D#xh$7kx)4|O9{{<-eHC!w+1(K.`!mx6x(h${/N0G!l.s-9A{(Z3$ZpxzzEYz#QMTx^B2;%Y(`!xC/zy0xcq(rx1Xx+[!p*F|[MICx>hx>hxb0y1:",
"SjxGT's(ydrz/DP0(`(H)k4[,3!zD((f%`HB!e([vv|E>%nA))C!h|RJ(.))z^KO6<H{L8y(H(:#H&20NhH)B,o*%vw(!Qk+]I$/WxWLy&*{@^",
"!s)lD3ak!f+*!u@ux@`xDw.<)/6kD)'c)y@-(,0G)8_I%Y*|+<p2<`HS<NylB;I2h$b7z))+P.^'p!q)0x(*5V(5(_xbJ2:(`;3'oNGKn(*egBV*Z",
"ZC15xI5cl^Q<<Vw>ly*=8w)V=ljJ,.(q)*lZxOr!qxbGG6E{xFhvlyPP9j-E/JV'7ty5M'|>ky{&'cagxeH,%!q25zU8xnKy=|4><X%^4I8(x(H*h",
"HBIs+#xcNUax!y_5{].+LgL(f'x4Z8sxd3yWA-T{4=V7(k:4-*(3($yph`0+9%g2L;^9xD4({xgWz8P-Gf1y^|9(%d{]Tx#Cx'})u{ZiPUy&y,l",
"Q}*&C^Gb2#{x8xK%'pz@;'o)M-4's'm)6K-@-JB(|xat*|(%+,zTX(5S:->(R!d,>#H%wy7tId*{R(<.%i!=$|*.|,*,;,]+Uz<t31-p<<`]*=|fM",
"<H8)(6G_5w'ayRAk}88,cA;%k=J%^z(>Kw8P@&!eRa!ky9q!,!,x*g#7)g%k(^%U`z'm!n-3Bj+k(eY!a#L{xu-x'I>0*G,`%c{B7|fAx5m%k!r3#",
")^4<!}(YzV#(:e+2yR2zB#*V%c(HJD{gkOY/n)9)Y'g1a(:|ddUA8j0;x6o'|{*H3s)ip&xqG@`P4nu6*|1qx:z<N{h>{AFHhxmB)j%ex#h!r.Ew2",
"zm&ydY2)7V[w-.dz%lz)t%Znr^40f6J!z>y{*`5;*bzBZ+9%c(m+kzW.3#'e+V,]%f'dM:{<WzZ>s>c1zPK#B1$%ix4Pxu^(&0L(==J)K+k07xBE",
"yR,%YCl9>aexAw.$xRa!w0*/W)9)B'|28D#FH,)*72y!qtt({AG8B#+.p+Z(&xRaxjS,&;f9g2r([:X%d!gJE42TIDg(`04IVG@,Vyjs%mfv%}",
",k@u4T%^x.')mxA`7bx0q[$;&/;M@gQ'n0m(f%b{bQ'y9X!}(qI7*=8L1:'|C+<0yINTZxkCx*(aLFZ;Sy4P|@y(u)B0x:mH#F1!{+=#9z+kES",
"*+0xx]QJZyzO-^'kyIy;N+I-U++z1U+@Ac8)x`h{hh04'n(!%`(|37yZX=Uy^]HNy7(1TDZP,!mE.FB%m'e+J)@z;Mx%G*<34%w!sLV/9x3k0X!v",
"y/#(a{w;1tFBAN/j%UBB%UM='b,d'Cx-]1R(H!r!i4lxe^*:z0v+`C7z/G!u@X*FT0qwai(7x42@-%j.ps@(7)8VF(%;&Z!48zCsxu(,)Y}!q)R|KY",
"z8e|!*#j#BIG1lVhz>fey(Gx-I(tv51G,Ux4qQ..e)l'd1r$ex9C36;)($(@Vt48x%zx>i%`yPNI_x5e'xYE3b2c4b)u%hxH*E5!f;e0Kx'z(64U",
"!h'n:n$jFH%UKP{E[nz5{z3XxQ#()%Z1DxO](H@B.,'vzKW'c.%e@{Uy4x*@x}m2M0i#k$X(||=oz6'7e)nx-Z.3Mf,JxA5y@S(K+_!t(=x>A!pBn",
"E>|Jg'kzg3'bDY!**>6k+V.9%k(S1i|sP|&qx>1)D!|FM)k%by*VyX8*Yloh<PDxRI_lgh%W(*12!y.X!qxuq'pr00N)|)@(a0!%a(1(G,<)UxRv%h",
"-Tz-U'e!n)X()x2U(l=PYH,i%[34%y4W+g!u>y!r-Gy53(04r*G8oBeyM}+y(C!i'd'w(Y*u@d,%+#<xuY)Y(^%[yG3'dM@!w!qAN{_g-$HL/[",
"(S%e!s*K'vx:g<*)9x9V|.*f48%Zk)2x,xzjax7FA#x<wy,Xy6=xq/y5#guz6H%^!n.h'fBC2D65:X%i!x(P9Bz7w6*,c)G8v!eD8!w)'!v*jy[S%e",
")u*X((!o!p=vSry;@!/%.y3Y*X!eg/x`{,,AU>p{s`+(+E{ZM>W)ty1'8/js5o)i-q!g0x5g$UUN-p|DB4>#U#@(;^;!hm1!,yQ-#+'G6c(ax&K&)",
"xe|'|yIVx#k'f((yT){DL!iy(v9<!o4O0yxQN!tx+w$Ri:%^!xwI)v!o/)(Zxf_iZ*FuqyN_x2'yOd()(v)Bx8pMS!v)N,5y1Tz@GAf{6//bx/v(,",
"jU'h(px.Z!y%mxh2y4S@^+A*+1W2c`Nz+V#14}%[4W%Z7k,ax'7-x3W,[(|BDB5<xz$Q3Xx14x8B{_d5e|B*xm&yn2Wyy-9+w/;.8{Vc)]Nqv-",
"+F{xpz(`*Zz&X^<!i)U+L0x5w&!*7xBfx3O(K,U!|*w)q'mxia!r,8+D'j!v0RxdNx'2*%z7TUzVJ!i'wy3YzJl+E'eSHx0)@*A4(C1i!nHv/3{W2",
"C$'o|fb,Y.Ue5xg))U6>'dw`62x-`!g6U()/>'xTvH#z/L(lx0C%[Gc5;8ID.fv&(/XzQd5H+*!h_a*J{d@WB(t0M*v,nyD40[y}F!f,I(R0xzB2y-0",
")J)N(_8P|r1+V.9iHxGv6!x<g(])Gy`wy/tU9-z),FVybT(3%`+%y)aFcyXu(Z!p0B,|56z&O)P+^!xJ99&$^-d!o*W3By6$oazfbK:|JC|3J4MxFc",
")3(Z)JEC*.($!u*`db+tMix6x(!-p*J(f)6x40!jFi|</>p*+(BzV(gux,!+Y(K!hbniZF0CMpoxrK)@bL0q*[gJyZw|Z!x0'(i)$(S(%{q1*]",
"^m1txlp/x!r<H.bx&+zt$KA1/*2yVr's*Q(*y@v;sx)AzOe!nAC(i2yro+MEeOZ+qB'|V*)g/'(u'et[.lx1T|.9HM|=9(-(z0IyGS_lQ2'By7'(R",
"y5Cy42*PzIN6VzAV(!(#,d$Nx=$&5(^D#xNI=')X-,'b+ix4)==A}-s!s*G[myf/*=(C-exryrC{Tix]m,j|d})<(!)8+,xN!7N!pO8('(!+O!g2d",
"(/9,|Ejx4D|w)yDZh0'k|X|z-mE54N(f-[!q(:!oxQ)Y$%d3[JZxcV%ixBi-m.@'IzPax!+!nzZkyCE%hZG(&tx@L)=yP1-%)&(50y!sB,X8Fe",
"!n2Q-{@q/8Wdx%{%]{Vv17,x.r)m%bEQ!w=2yOqxM94%|2syXW(5BD1i%bx#$D>-AD82a1|!}|!0zoq$k4[)2Om(a.p*[Bx6%)j't)+(T,d'T|kX{9b",
"(^!j(1!e(/c%y&s($zuU(u)BdC(7x;yy{DxTa4:,hFTy}Ix|)Oayys($1$J1(;%XescL|i({YS(f+,*U.*W_WrJbzY/^(,x(Z)&F1(&(:x%NSU/M",
",G+o*&{@Z(vzB6+0'cz).!w,p'oRS%j]Dx!C_$'ozK*@`+|xF`0X/O*7yTb!o]u-T|8r*%*(Z||)e|fO@u!ej05Z(5EaRb)PxMX)Z($gox){BY{sm",
"x6i)&*$'|3CQJ!g{^0xn|x<;(S(@)0('6Wx6T5n*2)/%U87xQn!Al3|r_zGtLIy6d^yovHL%^xl:xMUD[5b>19:1D7wxBi3!(e/[.l|:#1e!j2n%^",
"(Mg/->%dd&)r3e+/y'2yjm8:Iu2!||@ch{,Rw%*Z(7,:V^%l(Kkm'b9`v3Q_;2'|(I(c5%($/V(&z+d'o(Cqp:+x>$!e0yz$5'i!gBnxTO{rXy%<JV",
"(R8vu5JY,5!p)N3|x)|xwU(qOs!nC+xua0i)77%!eSmx6,%b2v%gnrewLR%Um&%Zzn>+n'q(G3{%m(B{0JEA%^(6%e!k=%i_%x5g&-y{'y-BbhJV",
"8B#0+_x&!^c(k-Ax0S)`|<hph9I!y)>:)(16E(+0S|cA!)!+)s%a)af-!fy7a*Y's+)+Ee3|$YGxH_+-yl5+q(G'k()(m)M@[qT2fx8V'n+Hx)p(R",
"{Fo<3(&'w@(2$-%xa-!v)Az./yix+Iz=+)@%Y)K*ZXN#+(^{5=F=%UI''p|!Mywa*V'|x9Q(U{2>+A8jy;@!v5Wy13$^B)<x5:'oy$w'rbh%c)kzm^",
",*z`-)ayfK,i3P4r2Jy'CO<yMO(w+@zQK(R%g!v/i2rx$h@VxiV*7(Fx-K'n!n@HyE_xqNh$xDk)j!g'pz(/!s+;28(Ny-Z`N;'%nxN'-xx-LQj",
"8oLrF+Si:|(#{AA.x!p0y(./[!v(i/)JS-0xRTzYgxKo!r(M'xx0S!|6%!u8!{z}y4X*V!wxG'G$yHr(')a(7!d0=6P1(4D20!}m8xe>%c,1C>",
"x:k8!CYzUZ{To+y!g.9E-y]nxRp'ox='*f1%)9.s|4y|S''ivo.N+[,n'n+@5-*s+IyWeF6xjZ+)!r!hy<G+l%i!x%n7sBcN]5%!hzux(jx90CY6k",
"1@%^FH(@J.0fC-A++#yp,xwX{5s/5;%,f'p'e4;-(x:gzD>yL*4#%i|9_ew#l$gz^T'iyIx,Nyzp)9!v)C(+@qyyP>`yXA*f+(%a)7!zu,x2Ax{R;*",
"!x'k(K(`y/}'iGM%^!q+m!h)K|ja||T!p),zm3@sv`'|y{_z}mgr)OxR]-x)g*j|)pFl*+f6({y7>x4`)1*7*}(I1G)c%ax9dxsD)B!lxjw]v)4X]",
"(/'cx=4%o5g'^!|*G(x*Z@CzpxzF8|o.;U|:/y>:1[)x%V,12&(&-P.DC!+%)y(_<!cix){|wjyhIT=7l)g%jx!g{Ve4=K:'e0j6^xMo!ik)(1<{",
",t,*'exnZ)u0d2;{Ma(*+$,yz7.ymh||)g'+16UyWtR2>4ziD'r!vZ1(M%jY-vs'n(lwO%U!xxk:|@8xb@,5%UZm(+y(/*:Ee%U(S'oSX!xx:nIC",
"gkC3Tzgu(S+P,Z;&)P;Y'eaE(m):6g/)yD*j`'v@o!q3||DQ*zHL)6!|lM(K,V!xykB/((y*76J5/woyBZ4>2QxcmR[G%+-+*xVXxH^)K1G@WxGR",
")0IE(Z-*75*T(:)]5A{fSx@64u*%2b9S4v|6D+XEd#2x-I2tN-0=z)9(](I+>m2%U)@xR{!}(a9X*GZe17xF-(]xQ;9bG6.>#q#6FBx9Hz6@)y",
")kG.,`!|*;)Adz+i9JD138x(8_n'v(!-*ga%hx>n|*HZl*f9&$[HL+^2Dx$^'e,a)6|Ns-P(G!f0.0[!u,7!n|u`|rLxL!%3BD0.*o'|tB*u'q-4",
"x{(5D4qT*@*/,!j|k++'y2`)m,^AKz{,(b1l^SI))Py0m!p8,{H-+X!BxfA65'eOV!{;RI**1*v/8{8_!eYZ(sxbbx%U|:NAU%d{cN)|A;!|e+(k",
"ZgC)-,7@!v*A68%^2&(}z{3,/61*IxcH35,Z9Kbh1Iy#E,I)+%U|&#(F!g)2z#d))z,&E'0747zNH#5'c(Y)k'ly^k+J.&+.(YA+xP[Hq)0-9|!X!}",
"#f#0xoi@7'x8t!m'y<8g;'x9d=2=Uz!G2WnzzNvx{)|%l)Fxb(,w(Y1$yd{)V(A!s%o.l(v)=B'|Pq+czSQ,2(7*f,`4n(SdD)Z3;h:!l-U'ky+W{4p",
"-7.K(KDe4Q%i)/+8xU`)<(_pm,r'p+F!hx`*Aq(p%k()9JxSaLl(v%k)n(1'l%[|UNy[Ty'K(8ziW=F[$yF{]D1*|V{DAyy9%axh:m8||vX/!f+i",
"{!>%-,H6!4:!lc8xI:!j)#PmJ'Sr3K(^*9xeP'ix]o%^d$4vR,A6{9my,Sfl%^!k19BjxZwyjs|ufzwy1!(+/T!f%f!ex:8(Y@q.5)8KS)Y)D%X",
"jNI(@)%U*{'jaSD8yo'+*x+K6pzEz9q(@4ex`){&4(R'b0[-w(/+/yHrAd!z)czQ58/!h)5)0qp'b]B*r+x#%$q41PVx3y)1|C{GY'g5;@['bK{1D",
"-2yv1yZ_3s*W!}xwz(l'xxzj!i0iDc-V(iyNKyV_+A(^!k.i+HyUUg[xw4(/ba)ZF2!w!p>C)6'c(Ay2`+K(R@Q(#'cz'b/U(&-v9$9ny^$y*cxQA",
"xQw+V((%j!d'o'e(,8!)Y0Xf2<Dn+yT`lrxnI7J<|xomzIl$f(eyK;x-Hz<^AA'X*PxrS(8'd3x!r(ZWyxv4f[!v:RyXS|E%|4t{&b0[%i(%z=0",
"(i'o1Sx(#AU'vQu'n+@236t'k8-%^){0J'e-q,#*<)i*G5w$m#^#>/(0d*UxeQ1%%Wx2S+o,yAq)g4U]$I$N{+H-%gBxJuxgf@[q4(*H,!d55!uFi",
"/O%U,r'gxECg/2c*&x}j(ax&d(,4O+&xv1xv17sz<u{CTI`!j3b2;;exch@s;R/-*7%`2Q'tzK<xFW'f%a'e5v0uAkx!P=xzF3(9xXbgxKB'gzq6/K",
"(6|+B,eL{)g!{(3*fJp.>x}o_ED(%Xzm/.c,R%ix,mc=(zdloY(*3S%U!h1s)0KFy-o%ZcO)9!s/&++-V|p!xM&yi!a<)177*=%g1S!hz(`(Uynpy0D",
"!n@X!n(UIN|CD5z$}d&%hJH*Z!r0tx;Dy*!)7y6Ey4c4J0[(J!eVy2X4b'e_9!nIl)j)>x>g)tx+1(1!jy3+9V%i/(()!q4l(&5vV5)C,5'xy+T(U",
"DMKB++xTa([-wyFVz)JHc%Z3[(Z|K:x&z)k_U!p)$;2!hvA$T-+0iYk*fn<|K8+|%a!h54O:,I-zxdS'bKu+=#.3w%aI'=i*^*H)lx#ZxZ#|U.",
"z';.A!n[12Q($zLWzLWKZ't*%yQ187($y&E'tyv&8//c%h1yxTm'l+A6*|zH7zy25C%d%t#x$.Zh*H}%M-nx{wx{w)K'nyC}Kj(`'r)Bx=!/S>c",
"zhb`T3&3X(b,P.=yvY)V2b31{S:Fa(k(07.(_!fnB=i<exm-m&%[!pWP{;{*_(j+&B#'kxBpzRj([(P(!z<j88):t:Im!tCB)_.X!g-M{c'.85#/I",
"!r)c+-2U!e5.fedL+[|%qYv%Uy,Ny,NzP&ed-7-,ze2_a0QLnxd5+A)Xn+,5(](z(n.U=}D)EI1Sya%!oxP3zK4>y8B'F/9O_0@(/!|)^028{6D<5",
"yD68;#H#2zu=(uz[i+y8E/k)R=4l+)9|C|*Zy/:3@|Yb*]*+3|)Z%e5z3>*C!g48Z0+D+7(Dz]v(czr.t'1l'bzDV)7)7|n}xh;ak+]!x)'kc(,",
")Q(l2v)A'nE.(A%Z'f-4zQU.G*V%]xaiy&hx{RH9@[Ln|ZX,E1$'x,<(ax[H!|/N<X!n!}:&y7x)VU,!p)2y@p1|z5_ScyT=${4}1,]8'r/y%U",
"Vm12y#g6%)v%c)7-BBj+>()'k+#xYFQMy(U=W(s-2xX2'bx%h)j4H1)zBY|CWz'y's.AXT0J+t%]xAp2Hx`>)O!x)x(60Bkv36.('d.(%U|tBBC",
"'d;,*F!f|xP{CU'n9jAh.A,`1,!&$|!x)5*O{%]y'!D>)B{e[.$'rx0-6%)7%eLa5&^Z-pUt,I*[z|m'g@`8ly@^yC_Ok!fxs1{K0)fyrwO<'e|bP",
"a@*f2U*x!{(HX#x}m{(v<kx]+(,xzw,3.pp'mKMq4NYbhN{PWxhN'd1/y(Ux;FymPxIW(f!d-9!x'ck!'e/:%h-T!nH<88-A*v|`0O6..7TLI)+",
"!z=;+U%mA;!sx8C9pkf!s9*(3)@{)2+_%o!x)/zy91I'j%Y(f(dym6>Y2]#(xaqv=z#q^n0%T0TE|yp+Ox^]!|67!{^(4T%U!u5R!j7,,`!v-U+>",
"yJHKwzsLb=9m)Y(K)+nMZyV9y{uH^[NyGsI#y1w*Z)x>||(%EIeE%a)`%]0B%UrLxb>*|'d!wx>S-%Jr!h'pxd#;:zGo)r'x/*+P%b-UxBWx!yxvq",
"|n]xTS(Q%]<X%i.q4>*w!r'x!sx-.*f;Uvd[!x2cyC@7D0Q(1zKGu]'e;6.320:IF-zz3z(Q;Ly`AWzVH'v@/yc8x1ux$$'t:N)Zy.L,N'd5V9&$Z",
"+/z$p)6yQ>G]%^|)i-i.v{N;^M)1!f!txWVyT+)/7u->)/x`g10x+15ey[jKw87-pJ)'b)@YR)B),xS3{6<x0])t'nb@<}$l+,%kz:{x%H(H(y",
".+(l*15l*1h73w!mxr(0;'b3Kz4^2J!h+eOV*GZf;k,d#,z1k,my36E/x5+@<!koj/5(-+/z0N(Ay#c8B'Lx)tyAo(`yT|*o(!x)||2')G)A9S*W",
"56T^-UxYFy[`!v4M)]1BBC)1*Y3E=X)l%hx5X'E,:(w4W|Un+|qE)Mz'3;>ExG@+17&):/QoO!rAS(px!e(v>mx<GY=ywy#<(=,09nl&@()C{'=4T",
")X|<F.)*'y5%=Ux/^;k!d+Pg,'GEyYg2r{GQ!xxQA:CRP-UzaiyuX(l@Iqbx*cyK[(S(t)Q%^6Gy!&+9()*J'fM'{>,yh{@Qx0qhm!ryE6I13/",
"2]$d3Q$h!{'g(SB/I0>[+#6t=[+J*YUL!sx$q(i.`z(f;Y!l:$f3-R(f)H0G.HE`5d|1y))x`1x`1!p,izuIS{D(%j!v>jv>-Jy)S+kx!c+_AS4W",
"xvD0Bx;U*R'n=yygJ)LyntyntSB'd3a(&YN%c]V>O(5+P}(+0/y0JIT:z(=y3OxiP,*(Pz6$,3-Ts3{swx;p/36%.&%j/:I7!z1[)^B'6<|3b!z>'",
"X#x-)(q3[/9{X,kL4l(3{K>2@E+)xx9*(H=43[%eysUx7O)0{9#!s:!'f4p2D8J|JnSf(3)QNL)2:|zcY!h`ixCk{j:G@=FxHl'r(/xkzAt2LM<0.",
"yn3,N2$y6rx+,)^8E1{y=,`Cx:ey)_!!O<!zm#/7x'K(6-/1=-9)Y%^)s(%!yJz4r!{(qT&yEn|N@x5rYk!uOG)1(B-f{]k'v(AyKl<sJ8)q1a*o",
")Kx5A{Ff+X1%+y!g4dJz|Fhy-8'kx+p)<'cRP7zx3[.ECz>Waq)K%W8!%m(=pY|[3-wy:x-G0(5O+,`^(`9d:E(g(K-:.,%U{/P)|4Wzq-(H(=",
"(+!k;R'|yze!r!{5},1Y.RqzT'z}e+Rh:yGLY,%o})@)H.id^2C'gH*bQR8!jV'xP*!w(=zFC|%;(q!nzVI(uxtX*fx9S/k'pBDxof0>(S,@yi]hw",
"-2x98.}!yz72dex:3F$|i8%^{Dwx9*)JR6y(_+O,'|jk([xldx&>)9!z:`,M%^{e^'o'b{kx(|)O;u'r@[[Cz(z%[!jSm->-/0a6=.3z<'(mz]f",
"z>Y,N`s>)-fA&xdQ<2/czc_,w!}(!Bn(YLM*O%mB+%a!r)+zLEx_<FR%W!s:$'bx0I|>n}#:M='g`W)<xv0/=012XK51G2YyBryDQ@l.s2M+7@q",
"(:x'N!s0yzIm1sNWOs(extZxh''x(7+E(0+q,CIQ*&)yy21(A:RUT!u+&*7_U,G<BvYy@]{jay]:0u0`xJxxG.x[w{3$x!1y}]BF>4019g!gxgL",
",r{-Y!v=F<Hx-X,K!zy,s'pBKy]|X'*25g&&EY):((zEYC-x&N<Z*f*J4d.,%j)g+&/Ux0S{V*0;45%Y*Fx$ZISzbjyQE+y<P+@|s0`CAS862]&/",
".bzLr<u2qxv<+>z.#'r0[NF@[xqRz%-)<!sm#xT{JVwM6o53!u!i+^*W%Y'q(1ENx10*Jw*x(V(&(+>rAf%^(@[g(`7%xGJ+y'bOzyMO{|7!w{cW",
"x!;(_*7bH(Zj`079h!}pC{NXx6ExGh+>P1'r..2k'e33|<*0>!kx)s|%C-x(DBC/x@]Ksmzz}w4^*o>m(3(iBY(e(YhpxBt(y(R(yxs%+w!vLr",
"p>%o/x)|f4x#:x2f9zA%<3y{Hy*F*J-Qu)(ky<>*A,Z,r/E%V-gxSbx)Ay5>x<920xe^W3(A=,=HcDYW%i4[(![w<:jw+0!s)n)@'pg,$X2v<x",
">KU%-%zV9UzALVo>4,0%Z'lX<'kB@(+x.H,=dlxC[1szNr@H->)NxLB-'.tyE`xM<|Uh{wwyv${fDxmvyC#&&)6*G()%X+v.e:*|/g+7x3+W53N",
"(Y%a)EzGjxI57VC51({*e|*>8{x58xWUx=F(Z2T(.*,Y-'zx$7x*JxE%gx@A(_]G:Jl+.Uz2N._+_%_(@Ys*J*Hx!1%cIS[jxE!%g)FWp!g,$>Lxb(",
"M'84*V*ZV5z,F!/x+o)0{J>!pDm({xTW/XZD!k1R!x|y7|dy)f{1`B0z$M*x9&'P)E%c)},]-dR6.5:<+=$m)0|1aZ]3X(8'w)x-B1>h7z{/Ak",
"(:CH/_0X{9$+i+='P|Nc+Z",
};
/* Unicode 14.0.0 (Python 3.11.7 unicodedata): \p{L} and \p{N} as [first, last] pairs */
static const uint32_t ralu__uni_letter[1296] = {
65,90,97,122,170,170,181,181,186,186,192,214,216,246,248,705,710,721,736,740,
748,748,750,750,880,884,886,887,890,893,895,895,902,902,904,906,908,908,910,929,
931,1013,1015,1153,1162,1327,1329,1366,1369,1369,1376,1416,1488,1514,1519,1522,1568,1610,1646,1647,
1649,1747,1749,1749,1765,1766,1774,1775,1786,1788,1791,1791,1808,1808,1810,1839,1869,1957,1969,1969,
1994,2026,2036,2037,2042,2042,2048,2069,2074,2074,2084,2084,2088,2088,2112,2136,2144,2154,2160,2183,
2185,2190,2208,2249,2308,2361,2365,2365,2384,2384,2392,2401,2417,2432,2437,2444,2447,2448,2451,2472,
2474,2480,2482,2482,2486,2489,2493,2493,2510,2510,2524,2525,2527,2529,2544,2545,2556,2556,2565,2570,
2575,2576,2579,2600,2602,2608,2610,2611,2613,2614,2616,2617,2649,2652,2654,2654,2674,2676,2693,2701,
2703,2705,2707,2728,2730,2736,2738,2739,2741,2745,2749,2749,2768,2768,2784,2785,2809,2809,2821,2828,
2831,2832,2835,2856,2858,2864,2866,2867,2869,2873,2877,2877,2908,2909,2911,2913,2929,2929,2947,2947,
2949,2954,2958,2960,2962,2965,2969,2970,2972,2972,2974,2975,2979,2980,2984,2986,2990,3001,3024,3024,
3077,3084,3086,3088,3090,3112,3114,3129,3133,3133,3160,3162,3165,3165,3168,3169,3200,3200,3205,3212,
3214,3216,3218,3240,3242,3251,3253,3257,3261,3261,3293,3294,3296,3297,3313,3314,3332,3340,3342,3344,
3346,3386,3389,3389,3406,3406,3412,3414,3423,3425,3450,3455,3461,3478,3482,3505,3507,3515,3517,3517,
3520,3526,3585,3632,3634,3635,3648,3654,3713,3714,3716,3716,3718,3722,3724,3747,3749,3749,3751,3760,
3762,3763,3773,3773,3776,3780,3782,3782,3804,3807,3840,3840,3904,3911,3913,3948,3976,3980,4096,4138,
4159,4159,4176,4181,4186,4189,4193,4193,4197,4198,4206,4208,4213,4225,4238,4238,4256,4293,4295,4295,
4301,4301,4304,4346,4348,4680,4682,4685,4688,4694,4696,4696,4698,4701,4704,4744,4746,4749,4752,4784,
4786,4789,4792,4798,4800,4800,4802,4805,4808,4822,4824,4880,4882,4885,4888,4954,4992,5007,5024,5109,
5112,5117,5121,5740,5743,5759,5761,5786,5792,5866,5873,5880,5888,5905,5919,5937,5952,5969,5984,5996,
5998,6000,6016,6067,6103,6103,6108,6108,6176,6264,6272,6276,6279,6312,6314,6314,6320,6389,6400,6430,
6480,6509,6512,6516,6528,6571,6576,6601,6656,6678,6688,6740,6823,6823,6917,6963,6981,6988,7043,7072,
7086,7087,7098,7141,7168,7203,7245,7247,7258,7293,7296,7304,7312,7354,7357,7359,7401,7404,7406,7411,
7413,7414,7418,7418,7424,7615,7680,7957,7960,7965,7968,8005,8008,8013,8016,8023,8025,8025,8027,8027,
8029,8029,8031,8061,8064,8116,8118,8124,8126,8126,8130,8132,8134,8140,8144,8147,8150,8155,8160,8172,
8178,8180,8182,8188,8305,8305,8319,8319,8336,8348,8450,8450,8455,8455,8458,8467,8469,8469,8473,8477,
8484,8484,8486,8486,8488,8488,8490,8493,8495,8505,8508,8511,8517,8521,8526,8526,8579,8580,11264,11492,
11499,11502,11506,11507,11520,11557,11559,11559,11565,11565,11568,11623,11631,11631,11648,11670,11680,11686,11688,11694,
11696,11702,11704,11710,11712,11718,11720,11726,11728,11734,11736,11742,11823,11823,12293,12294,12337,12341,12347,12348,
12353,12438,12445,12447,12449,12538,12540,12543,12549,12591,12593,12686,12704,12735,12784,12799,13312,19903,19968,42124,
42192,42237,42240,42508,42512,42527,42538,42539,42560,42606,42623,42653,42656,42725,42775,42783,42786,42888,42891,42954,
42960,42961,42963,42963,42965,42969,42994,43009,43011,43013,43015,43018,43020,43042,43072,43123,43138,43187,43250,43255,
43259,43259,43261,43262,43274,43301,43312,43334,43360,43388,43396,43442,43471,43471,43488,43492,43494,43503,43514,43518,
43520,43560,43584,43586,43588,43595,43616,43638,43642,43642,43646,43695,43697,43697,43701,43702,43705,43709,43712,43712,
43714,43714,43739,43741,43744,43754,43762,43764,43777,43782,43785,43790,43793,43798,43808,43814,43816,43822,43824,43866,
43868,43881,43888,44002,44032,55203,55216,55238,55243,55291,63744,64109,64112,64217,64256,64262,64275,64279,64285,64285,
64287,64296,64298,64310,64312,64316,64318,64318,64320,64321,64323,64324,64326,64433,64467,64829,64848,64911,64914,64967,
65008,65019,65136,65140,65142,65276,65313,65338,65345,65370,65382,65470,65474,65479,65482,65487,65490,65495,65498,65500,
65536,65547,65549,65574,65576,65594,65596,65597,65599,65613,65616,65629,65664,65786,66176,66204,66208,66256,66304,66335,
66349,66368,66370,66377,66384,66421,66432,66461,66464,66499,66504,66511,66560,66717,66736,66771,66776,66811,66816,66855,
66864,66915,66928,66938,66940,66954,66956,66962,66964,66965,66967,66977,66979,66993,66995,67001,67003,67004,67072,67382,
67392,67413,67424,67431,67456,67461,67463,67504,67506,67514,67584,67589,67592,67592,67594,67637,67639,67640,67644,67644,
67647,67669,67680,67702,67712,67742,67808,67826,67828,67829,67840,67861,67872,67897,67968,68023,68030,68031,68096,68096,
68112,68115,68117,68119,68121,68149,68192,68220,68224,68252,68288,68295,68297,68324,68352,68405,68416,68437,68448,68466,
68480,68497,68608,68680,68736,68786,68800,68850,68864,68899,69248,69289,69296,69297,69376,69404,69415,69415,69424,69445,
69488,69505,69552,69572,69600,69622,69635,69687,69745,69746,69749,69749,69763,69807,69840,69864,69891,69926,69956,69956,
69959,69959,69968,70002,70006,70006,70019,70066,70081,70084,70106,70106,70108,70108,70144,70161,70163,70187,70272,70278,
70280,70280,70282,70285,70287,70301,70303,70312,70320,70366,70405,70412,70415,70416,70419,70440,70442,70448,70450,70451,
70453,70457,70461,70461,70480,70480,70493,70497,70656,70708,70727,70730,70751,70753,70784,70831,70852,70853,70855,70855,
71040,71086,71128,71131,71168,71215,71236,71236,71296,71338,71352,71352,71424,71450,71488,71494,71680,71723,71840,71903,
71935,71942,71945,71945,71948,71955,71957,71958,71960,71983,71999,71999,72001,72001,72096,72103,72106,72144,72161,72161,
72163,72163,72192,72192,72203,72242,72250,72250,72272,72272,72284,72329,72349,72349,72368,72440,72704,72712,72714,72750,
72768,72768,72818,72847,72960,72966,72968,72969,72971,73008,73030,73030,73056,73061,73063,73064,73066,73097,73112,73112,
73440,73458,73648,73648,73728,74649,74880,75075,77712,77808,77824,78894,82944,83526,92160,92728,92736,92766,92784,92862,
92880,92909,92928,92975,92992,92995,93027,93047,93053,93071,93760,93823,93952,94026,94032,94032,94099,94111,94176,94177,
94179,94179,94208,100343,100352,101589,101632,101640,110576,110579,110581,110587,110589,110590,110592,110882,110928,110930,110948,110951,
110960,111355,113664,113770,113776,113788,113792,113800,113808,113817,119808,119892,119894,119964,119966,119967,119970,119970,119973,119974,
119977,119980,119982,119993,119995,119995,119997,120003,120005,120069,120071,120074,120077,120084,120086,120092,120094,120121,120123,120126,
120128,120132,120134,120134,120138,120144,120146,120485,120488,120512,120514,120538,120540,120570,120572,120596,120598,120628,120630,120654,
120656,120686,120688,120712,120714,120744,120746,120770,120772,120779,122624,122654,123136,123180,123191,123197,123214,123214,123536,123565,
123584,123627,124896,124902,124904,124907,124909,124910,124912,124926,124928,125124,125184,125251,125259,125259,126464,126467,126469,126495,
126497,126498,126500,126500,126503,126503,126505,126514,126516,126519,126521,126521,126523,126523,126530,126530,126535,126535,126537,126537,
126539,126539,126541,126543,126545,126546,126548,126548,126551,126551,126553,126553,126555,126555,126557,126557,126559,126559,126561,126562,
126564,126564,126567,126570,126572,126578,126580,126583,126585,126588,126590,126590,126592,126601,126603,126619,126625,126627,126629,126633,
126635,126651,131072,173791,173824,177976,177984,178205,178208,183969,183984,191456,194560,195101,196608,201546,
};

static const uint32_t ralu__uni_number[268] = {
48,57,178,179,185,185,188,190,1632,1641,1776,1785,1984,1993,2406,2415,2534,2543,2548,2553,
2662,2671,2790,2799,2918,2927,2930,2935,3046,3058,3174,3183,3192,3198,3302,3311,3416,3422,3430,3448,
3558,3567,3664,3673,3792,3801,3872,3891,4160,4169,4240,4249,4969,4988,5870,5872,6112,6121,6128,6137,
6160,6169,6470,6479,6608,6618,6784,6793,6800,6809,6992,7001,7088,7097,7232,7241,7248,7257,8304,8304,
8308,8313,8320,8329,8528,8578,8581,8585,9312,9371,9450,9471,10102,10131,11517,11517,12295,12295,12321,12329,
12344,12346,12690,12693,12832,12841,12872,12879,12881,12895,12928,12937,12977,12991,42528,42537,42726,42735,43056,43061,
43216,43225,43264,43273,43472,43481,43504,43513,43600,43609,44016,44025,65296,65305,65799,65843,65856,65912,65930,65931,
66273,66299,66336,66339,66369,66369,66378,66378,66513,66517,66720,66729,67672,67679,67705,67711,67751,67759,67835,67839,
67862,67867,68028,68029,68032,68047,68050,68095,68160,68168,68221,68222,68253,68255,68331,68335,68440,68447,68472,68479,
68521,68527,68858,68863,68912,68921,69216,69246,69405,69414,69457,69460,69573,69579,69714,69743,69872,69881,69942,69951,
70096,70105,70113,70132,70384,70393,70736,70745,70864,70873,71248,71257,71360,71369,71472,71483,71904,71922,72016,72025,
72784,72812,73040,73049,73120,73129,73664,73684,74752,74862,92768,92777,92864,92873,93008,93017,93019,93025,93824,93846,
119520,119539,119648,119672,120782,120831,123200,123209,123632,123641,125127,125135,125264,125273,126065,126123,126125,126127,126129,126132,
126209,126253,126255,126269,127232,127244,130032,130041,
};

/* str.lower(): runs (first, count, step, delta) */
static const int32_t ralu__uni_lower[724] = {
65,26,1,32,192,23,1,32,216,7,1,32,256,24,2,1,306,3,2,1,
313,8,2,1,330,23,2,1,376,1,1,-121,377,3,2,1,385,1,1,210,
386,2,2,1,390,1,1,206,391,1,1,1,393,2,1,205,395,1,1,1,
398,1,1,79,399,1,1,202,400,1,1,203,401,1,1,1,403,1,1,205,
404,1,1,207,406,1,1,211,407,1,1,209,408,1,1,1,412,1,1,211,
413,1,1,213,415,1,1,214,416,3,2,1,422,1,1,218,423,1,1,1,
425,1,1,218,428,1,1,1,430,1,1,218,431,1,1,1,433,2,1,217,
435,2,2,1,439,1,1,219,440,1,1,1,444,1,1,1,452,1,1,2,
453,1,1,1,455,1,1,2,456,1,1,1,458,1,1,2,459,9,2,1,
478,9,2,1,497,1,1,2,498,2,2,1,502,1,1,-97,503,1,1,-56,
504,20,2,1,544,1,1,-130,546,9,2,1,570,1,1,10795,571,1,1,1,
573,1,1,-163,574,1,1,10792,577,1,1,1,579,1,1,-195,580,1,1,69,
581,1,1,71,582,5,2,1,880,2,2,1,886,1,1,1,895,1,1,116,
902,1,1,38,904,3,1,37,908,1,1,64,910,2,1,63,913,17,1,32,
931,9,1,32,975,1,1,8,984,12,2,1,1012,1,1,-60,1015,1,1,1,
1017,1,1,-7,1018,1,1,1,1021,3,1,-130,1024,16,1,80,1040,32,1,32,
1120,17,2,1,1162,27,2,1,1216,1,1,15,1217,7,2,1,1232,48,2,1,
1329,38,1,48,4256,38,1,7264,4295,1,1,7264,4301,1,1,7264,5024,80,1,38864,
5104,6,1,8,7312,43,1,-3008,7357,3,1,-3008,7680,75,2,1,7838,1,1,-7615,
7840,48,2,1,7944,8,1,-8,7960,6,1,-8,7976,8,1,-8,7992,8,1,-8,
8008,6,1,-8,8025,4,2,-8,8040,8,1,-8,8072,8,1,-8,8088,8,1,-8,
8104,8,1,-8,8120,2,1,-8,8122,2,1,-74,8124,1,1,-9,8136,4,1,-86,
8140,1,1,-9,8152,2,1,-8,8154,2,1,-100,8168,2,1,-8,8170,2,1,-112,
8172,1,1,-7,8184,2,1,-128,8186,2,1,-126,8188,1,1,-9,8486,1,1,-7517,
8490,1,1,-8383,8491,1,1,-8262,8498,1,1,28,8544,16,1,16,8579,1,1,1,
9398,26,1,26,11264,48,1,48,11360,1,1,1,11362,1,1,-10743,11363,1,1,-3814,
11364,1,1,-10727,11367,3,2,1,11373,1,1,-10780,11374,1,1,-10749,11375,1,1,-10783,
11376,1,1,-10782,11378,1,1,1,11381,1,1,1,11390,2,1,-10815,11392,50,2,1,
11499,2,2,1,11506,1,1,1,42560,23,2,1,42624,14,2,1,42786,7,2,1,
42802,31,2,1,42873,2,2,1,42877,1,1,-35332,42878,5,2,1,42891,1,1,1,
42893,1,1,-42280,42896,2,2,1,42902,10,2,1,42922,1,1,-42308,42923,1,1,-42319,
42924,1,1,-42315,42925,1,1,-42305,42926,1,1,-42308,42928,1,1,-42258,42929,1,1,-42282,
42930,1,1,-42261,42931,1,1,928,42932,8,2,1,42948,1,1,-48,42949,1,1,-42307,
42950,1,1,-35384,42951,2,2,1,42960,1,1,1,42966,2,2,1,42997,1,1,1,
65313,26,1,32,66560,40,1,40,66736,36,1,40,66928,11,1,39,66940,15,1,39,
66956,7,1,39,66964,2,1,39,68736,51,1,64,71840,32,1,32,93760,32,1,32,
125184,34,1,34,
};

/* ftfy 6.3.1: control characters fix_text removes */
static const uint32_t ralu__ftfy_control[40] = {
0,1,2,3,4,5,6,7,8,11,14,15,16,17,18,19,20,21,22,23,
24,25,26,27,28,29,30,31,127,8298,8299,8300,8301,8302,8303,65279,65529,65530,65531,65532,
};

/* canonical decompositions (cp, first, second or 0, 1 if NFC recomposes it) */
static const uint32_t ralu__uni_decomp[4236] = {
192,65,768,1,193,65,769,1,194,65,770,1,195,65,771,1,196,65,776,1,
197,65,778,1,199,67,807,1,200,69,768,1,201,69,769,1,202,69,770,1,
203,69,776,1,204,73,768,1,205,73,769,1,206,73,770,1,207,73,776,1,
209,78,771,1,210,79,768,1,211,79,769,1,212,79,770,1,213,79,771,1,
214,79,776,1,217,85,768,1,218,85,769,1,219,85,770,1,220,85,776,1,
221,89,769,1,224,97,768,1,225,97,769,1,226,97,770,1,227,97,771,1,
228,97,776,1,229,97,778,1,231,99,807,1,232,101,768,1,233,101,769,1,
234,101,770,1,235,101,776,1,236,105,768,1,237,105,769,1,238,105,770,1,
239,105,776,1,241,110,771,1,242,111,768,1,243,111,769,1,244,111,770,1,
245,111,771,1,246,111,776,1,249,117,768,1,250,117,769,1,251,117,770,1,
252,117,776,1,253,121,769,1,255,121,776,1,256,65,772,1,257,97,772,1,
258,65,774,1,259,97,774,1,260,65,808,1,261,97,808,1,262,67,769,1,
263,99,769,1,264,67,770,1,265,99,770,1,266,67,775,1,267,99,775,1,
268,67,780,1,269,99,780,1,270,68,780,1,271,100,780,1,274,69,772,1,
275,101,772,1,276,69,774,1,277,101,774,1,278,69,775,1,279,101,775,1,
280,69,808,1,281,101,808,1,282,69,780,1,283,101,780,1,284,71,770,1,
285,103,770,1,286,71,774,1,287,103,774,1,288,71,775,1,289,103,775,1,
290,71,807,1,291,103,807,1,292,72,770,1,293,104,770,1,296,73,771,1,
297,105,771,1,298,73,772,1,299,105,772,1,300,73,774,1,301,105,774,1,
302,73,808,1,303,105,808,1,304,73,775,1,308,74,770,1,309,106,770,1,
310,75,807,1,311,107,807,1,313,76,769,1,314,108,769,1,315,76,807,1,
316,108,807,1,317,76,780,1,318,108,780,1,323,78,769,1,324,110,769,1,
325,78,807,1,326,110,807,1,327,78,780,1,328,110,780,1,332,79,772,1,
333,111,772,1,334,79,774,1,335,111,774,1,336,79,779,1,337,111,779,1,
340,82,769,1,341,114,769,1,342,82,807,1,343,114,807,1,344,82,780,1,
345,114,780,1,346,83,769,1,347,115,769,1,348,83,770,1,349,115,770,1,
350,83,807,1,351,115,807,1,352,83,780,1,353,115,780,1,354,84,807,1,
355,116,807,1,356,84,780,1,357,116,780,1,360,85,771,1,361,117,771,1,
362,85,772,1,363,117,772,1,364,85,774,1,365,117,774,1,366,85,778,1,
367,117,778,1,368,85,779,1,369,117,779,1,370,85,808,1,371,117,808,1,
372,87,770,1,373,119,770,1,374,89,770,1,375,121,770,1,376,89,776,1,
377,90,769,1,378,122,769,1,379,90,775,1,380,122,775,1,381,90,780,1,
382,122,780,1,416,79,795,1,417,111,795,1,431,85,795,1,432,117,795,1,
461,65,780,1,462,97,780,1,463,73,780,1,464,105,780,1,465,79,780,1,
466,111,780,1,467,85,780,1,468,117,780,1,469,220,772,1,470,252,772,1,
471,220,769,1,472,252,769,1,473,220,780,1,474,252,780,1,475,220,768,1,
476,252,768,1,478,196,772,1,479,228,772,1,480,550,772,1,481,551,772,1,
482,198,772,1,483,230,772,1,486,71,780,1,487,103,780,1,488,75,780,1,
489,107,780,1,490,79,808,1,491,111,808,1,492,490,772,1,493,491,772,1,
494,439,780,1,495,658,780,1,496,106,780,1,500,71,769,1,501,103,769,1,
504,78,768,1,505,110,768,1,506,197,769,1,507,229,769,1,508,198,769,1,
509,230,769,1,510,216,769,1,511,248,769,1,512,65,783,1,513,97,783,1,
514,65,785,1,515,97,785,1,516,69,783,1,517,101,783,1,518,69,785,1,
519,101,785,1,520,73,783,1,521,105,783,1,522,73,785,1,523,105,785,1,
524,79,783,1,525,111,783,1,526,79,785,1,527,111,785,1,528,82,783,1,
529,114,783,1,530,82,785,1,531,114,785,1,532,85,783,1,533,117,783,1,
534,85,785,1,535,117,785,1,536,83,806,1,537,115,806,1,538,84,806,1,
539,116,806,1,542,72,780,1,543,104,780,1,550,65,775,1,551,97,775,1,
552,69,807,1,553,101,807,1,554,214,772,1,555,246,772,1,556,213,772,1,
557,245,772,1,558,79,775,1,559,111,775,1,560,558,772,1,561,559,772,1,
562,89,772,1,563,121,772,1,832,768,0,0,833,769,0,0,835,787,0,0,
836,776,769,0,884,697,0,0,894,59,0,0,901,168,769,1,902,913,769,1,
903,183,0,0,904,917,769,1,905,919,769,1,906,921,769,1,908,927,769,1,
910,933,769,1,911,937,769,1,912,970,769,1,938,921,776,1,939,933,776,1,
940,945,769,1,941,949,769,1,942,951,769,1,943,953,769,1,944,971,769,1,
970,953,776,1,971,965,776,1,972,959,769,1,973,965,769,1,974,969,769,1,
979,978,769,1,980,978,776,1,1024,1045,768,1,1025,1045,776,1,1027,1043,769,1,
1031,1030,776,1,1036,1050,769,1,1037,1048,768,1,1038,1059,774,1,1049,1048,774,1,
1081,1080,774,1,1104,1077,768,1,1105,1077,776,1,1107,1075,769,1,1111,1110,776,1,
1116,1082,769,1,1117,1080,768,1,1118,1091,774,1,1142,1140,783,1,1143,1141,783,1,
1217,1046,774,1,1218,1078,774,1,1232,1040,774,1,1233,1072,774,1,1234,1040,776,1,
1235,1072,776,1,1238,1045,774,1,1239,1077,774,1,1242,1240,776,1,1243,1241,776,1,
1244,1046,776,1,1245,1078,776,1,1246,1047,776,1,1247,1079,776,1,1250,1048,772,1,
1251,1080,772,1,1252,1048,776,1,1253,1080,776,1,1254,1054,776,1,1255,1086,776,1,
1258,1256,776,1,1259,1257,776,1,1260,1069,776,1,1261,1101,776,1,1262,1059,772,1,
1263,1091,772,1,1264,1059,776,1,1265,1091,776,1,1266,1059,779,1,1267,1091,779,1,
1268,1063,776,1,1269,1095,776,1,1272,1067,776,1,1273,1099,776,1,1570,1575,1619,1,
1571,1575,1620,1,1572,1608,1620,1,1573,1575,1621,1,1574,1610,1620,1,1728,1749,1620,1,
1730,1729,1620,1,1747,1746,1620,1,2345,2344,2364,1,2353,2352,2364,1,2356,2355,2364,1,
2392,2325,2364,0,2393,2326,2364,0,2394,2327,2364,0,2395,2332,2364,0,2396,2337,2364,0,
2397,2338,2364,0,2398,2347,2364,0,2399,2351,2364,0,2507,2503,2494,1,2508,2503,2519,1,
2524,2465,2492,0,2525,2466,2492,0,2527,2479,2492,0,2611,2610,2620,0,2614,2616,2620,0,
2649,2582,2620,0,2650,2583,2620,0,2651,2588,2620,0,2654,2603,2620,0,2888,2887,2902,1,
2891,2887,2878,1,2892,2887,2903,1,2908,2849,2876,0,2909,2850,2876,0,2964,2962,3031,1,
3018,3014,3006,1,3019,3015,3006,1,3020,3014,3031,1,3144,3142,3158,1,3264,3263,3285,1,
3271,3270,3285,1,3272,3270,3286,1,3274,3270,3266,1,3275,3274,3285,1,3402,3398,3390,1,
3403,3399,3390,1,3404,3398,3415,1,3546,3545,3530,1,3548,3545,3535,1,3549,3548,3530,1,
3550,3545,3551,1,3907,3906,4023,0,3917,3916,4023,0,3922,3921,4023,0,3927,3926,4023,0,
3932,3931,4023,0,3945,3904,4021,0,3955,3953,3954,0,3957,3953,3956,0,3958,4018,3968,0,
3960,4019,3968,0,3969,3953,3968,0,3987,3986,4023,0,3997,3996,4023,0,4002,4001,4023,0,
4007,4006,4023,0,4012,4011,4023,0,4025,3984,4021,0,4134,4133,4142,1,6918,6917,6965,1,
6920,6919,6965,1,6922,6921,6965,1,6924,6923,6965,1,6926,6925,6965,1,6930,6929,6965,1,
6971,6970,6965,1,6973,6972,6965,1,6976,6974,6965,1,6977,6975,6965,1,6979,6978,6965,1,
7680,65,805,1,7681,97,805,1,7682,66,775,1,7683,98,775,1,7684,66,803,1,
7685,98,803,1,7686,66,817,1,7687,98,817,1,7688,199,769,1,7689,231,769,1,
7690,68,775,1,7691,100,775,1,7692,68,803,1,7693,100,803,1,7694,68,817,1,
7695,100,817,1,7696,68,807,1,7697,100,807,1,7698,68,813,1,7699,100,813,1,
7700,274,768,1,7701,275,768,1,7702,274,769,1,7703,275,769,1,7704,69,813,1,
7705,101,813,1,7706,69,816,1,7707,101,816,1,7708,552,774,1,7709,553,774,1,
7710,70,775,1,7711,102,775,1,7712,71,772,1,7713,103,772,1,7714,72,775,1,
7715,104,775,1,7716,72,803,1,7717,104,803,1,7718,72,776,1,7719,104,776,1,
7720,72,807,1,7721,104,807,1,7722,72,814,1,7723,104,814,1,7724,73,816,1,
7725,105,816,1,7726,207,769,1,7727,239,769,1,7728,75,769,1,7729,107,769,1,
7730,75,803,1,7731,107,803,1,7732,75,817,1,7733,107,817,1,7734,76,803,1,
7735,108,803,1,7736,7734,772,1,7737,7735,772,1,7738,76,817,1,7739,108,817,1,
7740,76,813,1,7741,108,813,1,7742,77,769,1,7743,109,769,1,7744,77,775,1,
7745,109,775,1,7746,77,803,1,7747,109,803,1,7748,78,775,1,7749,110,775,1,
7750,78,803,1,7751,110,803,1,7752,78,817,1,7753,110,817,1,7754,78,813,1,
7755,110,813,1,7756,213,769,1,7757,245,769,1,7758,213,776,1,7759,245,776,1,
7760,332,768,1,7761,333,768,1,7762,332,769,1,7763,333,769,1,7764,80,769,1,
7765,112,769,1,7766,80,775,1,7767,112,775,1,7768,82,775,1,7769,114,775,1,
7770,82,803,1,7771,114,803,1,7772,7770,772,1,7773,7771,772,1,7774,82,817,1,
7775,114,817,1,7776,83,775,1,7777,115,775,1,7778,83,803,1,7779,115,803,1,
7780,346,775,1,7781,347,775,1,7782,352,775,1,7783,353,775,1,7784,7778,775,1,
7785,7779,775,1,7786,84,775,1,7787,116,775,1,7788,84,803,1,7789,116,803,1,
7790,84,817,1,7791,116,817,1,7792,84,813,1,7793,116,813,1,7794,85,804,1,
7795,117,804,1,7796,85,816,1,7797,117,816,1,7798,85,813,1,7799,117,813,1,
7800,360,769,1,7801,361,769,1,7802,362,776,1,7803,363,776,1,7804,86,771,1,
7805,118,771,1,7806,86,803,1,7807,118,803,1,7808,87,768,1,7809,119,768,1,
7810,87,769,1,7811,119,769,1,7812,87,776,1,7813,119,776,1,7814,87,775,1,
7815,119,775,1,7816,87,803,1,7817,119,803,1,7818,88,775,1,7819,120,775,1,
7820,88,776,1,7821,120,776,1,7822,89,775,1,7823,121,775,1,7824,90,770,1,
7825,122,770,1,7826,90,803,1,7827,122,803,1,7828,90,817,1,7829,122,817,1,
7830,104,817,1,7831,116,776,1,7832,119,778,1,7833,121,778,1,7835,383,775,1,
7840,65,803,1,7841,97,803,1,7842,65,777,1,7843,97,777,1,7844,194,769,1,
7845,226,769,1,7846,194,768,1,7847,226,768,1,7848,194,777,1,7849,226,777,1,
7850,194,771,1,7851,226,771,1,7852,7840,770,1,7853,7841,770,1,7854,258,769,1,
7855,259,769,1,7856,258,768,1,7857,259,768,1,7858,258,777,1,7859,259,777,1,
7860,258,771,1,7861,259,771,1,7862,7840,774,1,7863,7841,774,1,7864,69,803,1,
7865,101,803,1,7866,69,777,1,7867,101,777,1,7868,69,771,1,7869,101,771,1,
7870,202,769,1,7871,234,769,1,7872,202,768,1,7873,234,768,1,7874,202,777,1,
7875,234,777,1,7876,202,771,1,7877,234,771,1,7878,7864,770,1,7879,7865,770,1,
7880,73,777,1,7881,105,777,1,7882,73,803,1,7883,105,803,1,7884,79,803,1,
7885,111,803,1,7886,79,777,1,7887,111,777,1,7888,212,769,1,7889,244,769,1,
7890,212,768,1,7891,244,768,1,7892,212,777,1,7893,244,777,1,7894,212,771,1,
7895,244,771,1,7896,7884,770,1,7897,7885,770,1,7898,416,769,1,7899,417,769,1,
7900,416,768,1,7901,417,768,1,7902,416,777,1,7903,417,777,1,7904,416,771,1,
7905,417,771,1,7906,416,803,1,7907,417,803,1,7908,85,803,1,7909,117,803,1,
7910,85,777,1,7911,117,777,1,7912,431,769,1,7913,432,769,1,7914,431,768,1,
7915,432,768,1,7916,431,777,1,7917,432,777,1,7918,431,771,1,7919,432,771,1,
7920,431,803,1,7921,432,803,1,7922,89,768,1,7923,121,768,1,7924,89,803,1,
7925,121,803,1,7926,89,777,1,7927,121,777,1,7928,89,771,1,7929,121,771,1,
7936,945,787,1,7937,945,788,1,7938,7936,768,1,7939,7937,768,1,7940,7936,769,1,
7941,7937,769,1,7942,7936,834,1,7943,7937,834,1,7944,913,787,1,7945,913,788,1,
7946,7944,768,1,7947,7945,768,1,7948,7944,769,1,7949,7945,769,1,7950,7944,834,1,
7951,7945,834,1,7952,949,787,1,7953,949,788,1,7954,7952,768,1,7955,7953,768,1,
7956,7952,769,1,7957,7953,769,1,7960,917,787,1,7961,917,788,1,7962,7960,768,1,
7963,7961,768,1,7964,7960,769,1,7965,7961,769,1,7968,951,787,1,7969,951,788,1,
7970,7968,768,1,7971,7969,768,1,7972,7968,769,1,7973,7969,769,1,7974,7968,834,1,
7975,7969,834,1,7976,919,787,1,7977,919,788,1,7978,7976,768,1,7979,7977,768,1,
7980,7976,769,1,7981,7977,769,1,7982,7976,834,1,7983,7977,834,1,7984,953,787,1,
7985,953,788,1,7986,7984,768,1,7987,7985,768,1,7988,7984,769,1,7989,7985,769,1,
7990,7984,834,1,7991,7985,834,1,7992,921,787,1,7993,921,788,1,7994,7992,768,1,
7995,7993,768,1,7996,7992,769,1,7997,7993,769,1,7998,7992,834,1,7999,7993,834,1,
8000,959,787,1,8001,959,788,1,8002,8000,768,1,8003,8001,768,1,8004,8000,769,1,
8005,8001,769,1,8008,927,787,1,8009,927,788,1,8010,8008,768,1,8011,8009,768,1,
8012,8008,769,1,8013,8009,769,1,8016,965,787,1,8017,965,788,1,8018,8016,768,1,
8019,8017,768,1,8020,8016,769,1,8021,8017,769,1,8022,8016,834,1,8023,8017,834,1,
8025,933,788,1,8027,8025,768,1,8029,8025,769,1,8031,8025,834,1,8032,969,787,1,
8033,969,788,1,8034,8032,768,1,8035,8033,768,1,8036,8032,769,1,8037,8033,769,1,
8038,8032,834,1,8039,8033,834,1,8040,937,787,1,8041,937,788,1,8042,8040,768,1,
8043,8041,768,1,8044,8040,769,1,8045,8041,769,1,8046,8040,834,1,8047,8041,834,1,
8048,945,768,1,8049,940,0,0,8050,949,768,1,8051,941,0,0,8052,951,768,1,
8053,942,0,0,8054,953,768,1,8055,943,0,0,8056,959,768,1,8057,972,0,0,
8058,965,768,1,8059,973,0,0,8060,969,768,1,8061,974,0,0,8064,7936,837,1,
8065,7937,837,1,8066,7938,837,1,8067,7939,837,1,8068,7940,837,1,8069,7941,837,1,
8070,7942,837,1,8071,7943,837,1,8072,7944,837,1,8073,7945,837,1,8074,7946,837,1,
8075,7947,837,1,8076,7948,837,1,8077,7949,837,1,8078,7950,837,1,8079,7951,837,1,
8080,7968,837,1,8081,7969,837,1,8082,7970,837,1,8083,7971,837,1,8084,7972,837,1,
8085,7973,837,1,8086,7974,837,1,8087,7975,837,1,8088,7976,837,1,8089,7977,837,1,
8090,7978,837,1,8091,7979,837,1,8092,7980,837,1,8093,7981,837,1,8094,7982,837,1,
8095,7983,837,1,8096,8032,837,1,8097,8033,837,1,8098,8034,837,1,8099,8035,837,1,
8100,8036,837,1,8101,8037,837,1,8102,8038,837,1,8103,8039,837,1,8104,8040,837,1,
8105,8041,837,1,8106,8042,837,1,8107,8043,837,1,8108,8044,837,1,8109,8045,837,1,
8110,8046,837,1,8111,8047,837,1,8112,945,774,1,8113,945,772,1,8114,8048,837,1,
8115,945,837,1,8116,940,837,1,8118,945,834,1,8119,8118,837,1,8120,913,774,1,
8121,913,772,1,8122,913,768,1,8123,902,0,0,8124,913,837,1,8126,953,0,0,
8129,168,834,1,8130,8052,837,1,8131,951,837,1,8132,942,837,1,8134,951,834,1,
8135,8134,837,1,8136,917,768,1,8137,904,0,0,8138,919,768,1,8139,905,0,0,
8140,919,837,1,8141,8127,768,1,8142,8127,769,1,8143,8127,834,1,8144,953,774,1,
8145,953,772,1,8146,970,768,1,8147,912,0,0,8150,953,834,1,8151,970,834,1,
8152,921,774,1,8153,921,772,1,8154,921,768,1,8155,906,0,0,8157,8190,768,1,
8158,8190,769,1,8159,8190,834,1,8160,965,774,1,8161,965,772,1,8162,971,768,1,
8163,944,0,0,8164,961,787,1,8165,961,788,1,8166,965,834,1,8167,971,834,1,
8168,933,774,1,8169,933,772,1,8170,933,768,1,8171,910,0,0,8172,929,788,1,
8173,168,768,1,8174,901,0,0,8175,96,0,0,8178,8060,837,1,8179,969,837,1,
8180,974,837,1,8182,969,834,1,8183,8182,837,1,8184,927,768,1,8185,908,0,0,
8186,937,768,1,8187,911,0,0,8188,937,837,1,8189,180,0,0,8192,8194,0,0,
8193,8195,0,0,8486,937,0,0,8490,75,0,0,8491,197,0,0,8602,8592,824,1,
8603,8594,824,1,8622,8596,824,1,8653,8656,824,1,8654,8660,824,1,8655,8658,824,1,
8708,8707,824,1,8713,8712,824,1,8716,8715,824,1,8740,8739,824,1,8742,8741,824,1,
8769,8764,824,1,8772,8771,824,1,8775,8773,824,1,8777,8776,824,1,8800,61,824,1,
8802,8801,824,1,8813,8781,824,1,8814,60,824,1,8815,62,824,1,8816,8804,824,1,
8817,8805,824,1,8820,8818,824,1,8821,8819,824,1,8824,8822,824,1,8825,8823,824,1,
8832,8826,824,1,8833,8827,824,1,8836,8834,824,1,8837,8835,824,1,8840,8838,824,1,
8841,8839,824,1,8876,8866,824,1,8877,8872,824,1,8878,8873,824,1,8879,8875,824,1,
8928,8828,824,1,8929,8829,824,1,8930,8849,824,1,8931,8850,824,1,8938,8882,824,1,
8939,8883,824,1,8940,8884,824,1,8941,8885,824,1,9001,12296,0,0,9002,12297,0,0,
10972,10973,824,0,12364,12363,12441,1,12366,12365,12441,1,12368,12367,12441,1,12370,12369,12441,1,
12372,12371,12441,1,12374,12373,12441,1,12376,12375,12441,1,12378,12377,12441,1,12380,12379,12441,1,
12382,12381,12441,1,12384,12383,12441,1,12386,12385,12441,1,12389,12388,12441,1,12391,12390,12441,1,
12393,12392,12441,1,12400,12399,12441,1,12401,12399,12442,1,12403,12402,12441,1,12404,12402,12442,1,
12406,12405,12441,1,12407,12405,12442,1,12409,12408,12441,1,12410,12408,12442,1,12412,12411,12441,1,
12413,12411,12442,1,12436,12358,12441,1,12446,12445,12441,1,12460,12459,12441,1,12462,12461,12441,1,
12464,12463,12441,1,12466,12465,12441,1,12468,12467,12441,1,12470,12469,12441,1,12472,12471,12441,1,
12474,12473,12441,1,12476,12475,12441,1,12478,12477,12441,1,12480,12479,12441,1,12482,12481,12441,1,
12485,12484,12441,1,12487,12486,12441,1,12489,12488,12441,1,12496,12495,12441,1,12497,12495,12442,1,
12499,12498,12441,1,12500,12498,12442,1,12502,12501,12441,1,12503,12501,12442,1,12505,12504,12441,1,
12506,12504,12442,1,12508,12507,12441,1,12509,12507,12442,1,12532,12454,12441,1,12535,12527,12441,1,
12536,12528,12441,1,12537,12529,12441,1,12538,12530,12441,1,12542,12541,12441,1,64285,1497,1460,0,
64287,1522,1463,0,64298,1513,1473,0,64299,1513,1474,0,64300,64329,1473,0,64301,64329,1474,0,
64302,1488,1463,0,64303,1488,1464,0,64304,1488,1468,0,64305,1489,1468,0,64306,1490,1468,0,
64307,1491,1468,0,64308,1492,1468,0,64309,1493,1468,0,64310,1494,1468,0,64312,1496,1468,0,
64313,1497,1468,0,64314,1498,1468,0,64315,1499,1468,0,64316,1500,1468,0,64318,1502,1468,0,
64320,1504,1468,0,64321,1505,1468,0,64323,1507,1468,0,64324,1508,1468,0,64326,1510,1468,0,
64327,1511,1468,0,64328,1512,1468,0,64329,1513,1468,0,64330,1514,1468,0,64331,1493,1465,0,
64332,1489,1471,0,64333,1499,1471,0,64334,1508,1471,0,69786,69785,69818,1,69788,69787,69818,1,
69803,69797,69818,1,69934,69937,69927,1,69935,69938,69927,1,70475,70471,70462,1,70476,70471,70487,1,
70843,70841,70842,1,70844,70841,70832,1,70846,70841,70845,1,71098,71096,71087,1,71099,71097,71087,1,
71992,71989,71984,1,119134,119127,119141,0,119135,119128,119141,0,119136,119135,119150,0,119137,119135,119151,0,
119138,119135,119152,0,119139,119135,119153,0,119140,119135,119154,0,119227,119225,119141,0,119228,119226,119141,0,
119229,119227,119150,0,119230,119228,119150,0,119231,119227,119151,0,119232,119228,119151,0,
};

/* canonical combining classes > 0 as (first, last, class) */
static const uint32_t ralu__uni_ccc[1146] = {
768,788,230,789,789,232,790,793,220,794,794,232,795,795,216,796,800,220,801,802,
202,803,806,220,807,808,202,809,819,220,820,824,1,825,828,220,829,836,230,837,
837,240,838,838,230,839,841,220,842,844,230,845,846,220,848,850,230,851,854,220,
855,855,230,856,856,232,857,858,220,859,859,230,860,860,233,861,862,234,863,863,
233,864,865,234,866,866,233,867,879,230,1155,1159,230,1425,1425,220,1426,1429,230,1430,
1430,220,1431,1433,230,1434,1434,222,1435,1435,220,1436,1441,230,1442,1447,220,1448,1449,230,
1450,1450,220,1451,1452,230,1453,1453,222,1454,1454,228,1455,1455,230,1456,1456,10,1457,1457,
11,1458,1458,12,1459,1459,13,1460,1460,14,1461,1461,15,1462,1462,16,1463,1463,17,1464,
1464,18,1465,1466,19,1467,1467,20,1468,1468,21,1469,1469,22,1471,1471,23,1473,1473,24,
1474,1474,25,1476,1476,230,1477,1477,220,1479,1479,18,1552,1559,230,1560,1560,30,1561,1561,
31,1562,1562,32,1611,1611,27,1612,1612,28,1613,1613,29,1614,1614,30,1615,1615,31,1616,
1616,32,1617,1617,33,1618,1618,34,1619,1620,230,1621,1622,220,1623,1627,230,1628,1628,220,
1629,1630,230,1631,1631,220,1648,1648,35,1750,1756,230,1759,1762,230,1763,1763,220,1764,1764,
230,1767,1768,230,1770,1770,220,1771,1772,230,1773,1773,220,1809,1809,36,1840,1840,230,1841,
1841,220,1842,1843,230,1844,1844,220,1845,1846,230,1847,1849,220,1850,1850,230,1851,1852,220,
1853,1853,230,1854,1854,220,1855,1857,230,1858,1858,220,1859,1859,230,1860,1860,220,1861,1861,
230,1862,1862,220,1863,1863,230,1864,1864,220,1865,1866,230,2027,2033,230,2034,2034,220,2035,
2035,230,2045,2045,220,2070,2073,230,2075,2083,230,2085,2087,230,2089,2093,230,2137,2139,220,
2200,2200,230,2201,2203,220,2204,2207,230,2250,2254,230,2255,2259,220,2260,2273,230,2275,2275,
220,2276,2277,230,2278,2278,220,2279,2280,230,2281,2281,220,2282,2284,230,2285,2287,220,2288,
2288,27,2289,2289,28,2290,2290,29,2291,2293,230,2294,2294,220,2295,2296,230,2297,2298,220,
2299,2303,230,2364,2364,7,2381,2381,9,2385,2385,230,2386,2386,220,2387,2388,230,2492,2492,
7,2509,2509,9,2558,2558,230,2620,2620,7,2637,2637,9,2748,2748,7,2765,2765,9,2876,
2876,7,2893,2893,9,3021,3021,9,3132,3132,7,3149,3149,9,3157,3157,84,3158,3158,91,
3260,3260,7,3277,3277,9,3387,3388,9,3405,3405,9,3530,3530,9,3640,3641,103,3642,3642,
9,3656,3659,107,3768,3769,118,3770,3770,9,3784,3787,122,3864,3865,220,3893,3893,220,3895,
3895,220,3897,3897,216,3953,3953,129,3954,3954,130,3956,3956,132,3962,3965,130,3968,3968,130,
3970,3971,230,3972,3972,9,3974,3975,230,4038,4038,220,4151,4151,7,4153,4154,9,4237,4237,
220,4957,4959,230,5908,5909,9,5940,5940,9,6098,6098,9,6109,6109,230,6313,6313,228,6457,
6457,222,6458,6458,230,6459,6459,220,6679,6679,230,6680,6680,220,6752,6752,9,6773,6780,230,
6783,6783,220,6832,6836,230,6837,6842,220,6843,6844,230,6845,6845,220,6847,6848,220,6849,6850,
230,6851,6852,220,6853,6857,230,6858,6858,220,6859,6862,230,6964,6964,7,6980,6980,9,7019,
7019,230,7020,7020,220,7021,7027,230,7082,7083,9,7142,7142,7,7154,7155,9,7223,7223,7,
7376,7378,230,7380,7380,1,7381,7385,220,7386,7387,230,7388,7391,220,7392,7392,230,7394,7400,
1,7405,7405,220,7412,7412,230,7416,7417,230,7616,7617,230,7618,7618,220,7619,7625,230,7626,
7626,220,7627,7628,230,7629,7629,234,7630,7630,214,7631,7631,220,7632,7632,202,7633,7669,230,
7670,7670,232,7671,7672,228,7673,7673,220,7674,7674,218,7675,7675,230,7676,7676,233,7677,7677,
220,7678,7678,230,7679,7679,220,8400,8401,230,8402,8403,1,8404,8407,230,8408,8410,1,8411,
8412,230,8417,8417,230,8421,8422,1,8423,8423,230,8424,8424,220,8425,8425,230,8426,8427,1,
8428,8431,220,8432,8432,230,11503,11505,230,11647,11647,9,11744,11775,230,12330,12330,218,12331,12331,
228,12332,12332,232,12333,12333,222,12334,12335,224,12441,12442,8,42607,42607,230,42612,42621,230,42654,
42655,230,42736,42737,230,43014,43014,9,43052,43052,9,43204,43204,9,43232,43249,230,43307,43309,220,
43347,43347,9,43443,43443,7,43456,43456,9,43696,43696,230,43698,43699,230,43700,43700,220,43703,43704,
230,43710,43711,230,43713,43713,230,43766,43766,9,44013,44013,9,64286,64286,26,65056,65062,230,65063,
65069,220,65070,65071,230,66045,66045,220,66272,66272,220,66422,66426,230,68109,68109,220,68111,68111,230,
68152,68152,230,68153,68153,1,68154,68154,220,68159,68159,9,68325,68325,230,68326,68326,220,68900,68903,
230,69291,69292,230,69446,69447,220,69448,69450,230,69451,69451,220,69452,69452,230,69453,69456,220,69506,
69506,230,69507,69507,220,69508,69508,230,69509,69509,220,69702,69702,9,69744,69744,9,69759,69759,9,
69817,69817,9,69818,69818,7,69888,69890,230,69939,69940,9,70003,70003,7,70080,70080,9,70090,70090,
7,70197,70197,9,70198,70198,7,70377,70377,7,70378,70378,9,70459,70460,7,70477,70477,9,70502,
70508,230,70512,70516,230,70722,70722,9,70726,70726,7,70750,70750,230,70850,70850,9,70851,70851,7,
71103,71103,9,71104,71104,7,71231,71231,9,71350,71350,9,71351,71351,7,71467,71467,9,71737,71737,
9,71738,71738,7,71997,71998,9,72003,72003,7,72160,72160,9,72244,72244,9,72263,72263,9,72345,
72345,9,72767,72767,9,73026,73026,7,73028,73029,9,73111,73111,9,92912,92916,1,92976,92982,230,
94192,94193,6,113822,113822,1,119141,119142,216,119143,119145,1,119149,119149,226,119150,119154,216,119163,119170,
220,119173,119177,230,119178,119179,220,119210,119213,230,119362,119364,230,122880,122886,230,122888,122904,230,122907,
122913,230,122915,122916,230,122918,122922,230,123184,123190,230,123566,123566,230,123628,123631,230,125136,125142,220,
125252,125257,230,125258,125258,7,
};

/* ftfy: Latin ligatures and full/half-width forms, code point -> UTF-8 text */
static const ralu__ftfy_sub ralu__ftfy_subst[248] = {
    { 306, "\x49\x4a" },
    { 307, "\x69\x6a" },
    { 329, "\xca\xbc\x6e" },
    { 452, "\x44\xc5\xbd" },
    { 453, "\x44\xc5\xbe" },
    { 454, "\x64\xc5\xbe" },
    { 455, "\x4c\x4a" },
    { 456, "\x4c\x6a" },
    { 457, "\x6c\x6a" },
    { 458, "\x4e\x4a" },
    { 459, "\x4e\x6a" },
    { 460, "\x6e\x6a" },
    { 497, "\x44\x5a" },
    { 498, "\x44\x7a" },
    { 499, "\x64\x7a" },
    { 12288, "\x20" },
    { 64256, "\x66\x66" },
    { 64257, "\x66\x69" },
    { 64258, "\x66\x6c" },
    { 64259, "\x66\x66\x69" },
    { 64260, "\x66\x66\x6c" },
    { 64261, "\xc5\xbf\x74" },
    { 64262, "\x73\x74" },
    { 65281, "\x21" },
    { 65282, "\x22" },
    { 65283, "\x23" },
    { 65284, "\x24" },
    { 65285, "\x25" },
    { 65286, "\x26" },
    { 65287, "\x27" },
    { 65288, "\x28" },
    { 65289, "\x29" },
    { 65290, "\x2a" },
    { 65291, "\x2b" },
    { 65292, "\x2c" },
    { 65293, "\x2d" },
    { 65294, "\x2e" },
    { 65295, "\x2f" },
    { 65296, "\x30" },
    { 65297, "\x31" },
    { 65298, "\x32" },
    { 65299, "\x33" },
    { 65300, "\x34" },
    { 65301, "\x35" },
    { 65302, "\x36" },
    { 65303, "\x37" },
    { 65304, "\x38" },
    { 65305, "\x39" },
    { 65306, "\x3a" },
    { 65307, "\x3b" },
    { 65308, "\x3c" },
    { 65309, "\x3d" },
    { 65310, "\x3e" },
    { 65311, "\x3f" },
    { 65312, "\x40" },
    { 65313, "\x41" },
    { 65314, "\x42" },
    { 65315, "\x43" },
    { 65316, "\x44" },
    { 65317, "\x45" },
    { 65318, "\x46" },
    { 65319, "\x47" },
    { 65320, "\x48" },
    { 65321, "\x49" },
    { 65322, "\x4a" },
    { 65323, "\x4b" },
    { 65324, "\x4c" },
    { 65325, "\x4d" },
    { 65326, "\x4e" },
    { 65327, "\x4f" },
    { 65328, "\x50" },
    { 65329, "\x51" },
    { 65330, "\x52" },
    { 65331, "\x53" },
    { 65332, "\x54" },
    { 65333, "\x55" },
    { 65334, "\x56" },
    { 65335, "\x57" },
    { 65336, "\x58" },
    { 65337, "\x59" },
    { 65338, "\x5a" },
    { 65339, "\x5b" },
    { 65340, "\x5c" },
    { 65341, "\x5d" },
    { 65342, "\x5e" },
    { 65343, "\x5f" },
    { 65344, "\x60" },
    { 65345, "\x61" },
    { 65346, "\x62" },
    { 65347, "\x63" },
    { 65348, "\x64" },
    { 65349, "\x65" },
    { 65350, "\x66" },
    { 65351, "\x67" },
    { 65352, "\x68" },
    { 65353, "\x69" },
    { 65354, "\x6a" },
    { 65355, "\x6b" },
    { 65356, "\x6c" },
    { 65357, "\x6d" },
    { 65358, "\x6e" },
    { 65359, "\x6f" },
    { 65360, "\x70" },
    { 65361, "\x71" },
    { 65362, "\x72" },
    { 65363, "\x73" },
    { 65364, "\x74" },
    { 65365, "\x75" },
    { 65366, "\x76" },
    { 65367, "\x77" },
    { 65368, "\x78" },
    { 65369, "\x79" },
    { 65370, "\x7a" },
    { 65371, "\x7b" },
    { 65372, "\x7c" },
    { 65373, "\x7d" },
    { 65374, "\x7e" },
    { 65375, "\xe2\xa6\x85" },
    { 65376, "\xe2\xa6\x86" },
    { 65377, "\xe3\x80\x82" },
    { 65378, "\xe3\x80\x8c" },
    { 65379, "\xe3\x80\x8d" },
    { 65380, "\xe3\x80\x81" },
    { 65381, "\xe3\x83\xbb" },
    { 65382, "\xe3\x83\xb2" },
    { 65383, "\xe3\x82\xa1" },
    { 65384, "\xe3\x82\xa3" },
    { 65385, "\xe3\x82\xa5" },
    { 65386, "\xe3\x82\xa7" },
    { 65387, "\xe3\x82\xa9" },
    { 65388, "\xe3\x83\xa3" },
    { 65389, "\xe3\x83\xa5" },
    { 65390, "\xe3\x83\xa7" },
    { 65391, "\xe3\x83\x83" },
    { 65392, "\xe3\x83\xbc" },
    { 65393, "\xe3\x82\xa2" },
    { 65394, "\xe3\x82\xa4" },
    { 65395, "\xe3\x82\xa6" },
    { 65396, "\xe3\x82\xa8" },
    { 65397, "\xe3\x82\xaa" },
    { 65398, "\xe3\x82\xab" },
    { 65399, "\xe3\x82\xad" },
    { 65400, "\xe3\x82\xaf" },
    { 65401, "\xe3\x82\xb1" },
    { 65402, "\xe3\x82\xb3" },
    { 65403, "\xe3\x82\xb5" },
    { 65404, "\xe3\x82\xb7" },
    { 65405, "\xe3\x82\xb9" },
    { 65406, "\xe3\x82\xbb" },
    { 65407, "\xe3\x82\xbd" },
    { 65408, "\xe3\x82\xbf" },
    { 65409, "\xe3\x83\x81" },
    { 65410, "\xe3\x83\x84" },
    { 65411, "\xe3\x83\x86" },
    { 65412, "\xe3\x83\x88" },
    { 65413, "\xe3\x83\x8a" },
    { 65414, "\xe3\x83\x8b" },
    { 65415, "\xe3\x83\x8c" },
    { 65416, "\xe3\x83\x8d" },
    { 65417, "\xe3\x83\x8e" },
    { 65418, "\xe3\x83\x8f" },
    { 65419, "\xe3\x83\x92" },
    { 65420, "\xe3\x83\x95" },
    { 65421, "\xe3\x83\x98" },
    { 65422, "\xe3\x83\x9b" },
    { 65423, "\xe3\x83\x9e" },
    { 65424, "\xe3\x83\x9f" },
    { 65425, "\xe3\x83\xa0" },
    { 65426, "\xe3\x83\xa1" },
    { 65427, "\xe3\x83\xa2" },
    { 65428, "\xe3\x83\xa4" },
    { 65429, "\xe3\x83\xa6" },
    { 65430, "\xe3\x83\xa8" },
    { 65431, "\xe3\x83\xa9" },
    { 65432, "\xe3\x83\xaa" },
    { 65433, "\xe3\x83\xab" },
    { 65434, "\xe3\x83\xac" },
    { 65435, "\xe3\x83\xad" },
    { 65436, "\xe3\x83\xaf" },
    { 65437, "\xe3\x83\xb3" },
    { 65438, "\xe3\x82\x99" },
    { 65439, "\xe3\x82\x9a" },
    { 65440, "\xe1\x85\xa0" },
    { 65441, "\xe1\x84\x80" },
    { 65442, "\xe1\x84\x81" },
    { 65443, "\xe1\x86\xaa" },
    { 65444, "\xe1\x84\x82" },
    { 65445, "\xe1\x86\xac" },
    { 65446, "\xe1\x86\xad" },
    { 65447, "\xe1\x84\x83" },
    { 65448, "\xe1\x84\x84" },
    { 65449, "\xe1\x84\x85" },
    { 65450, "\xe1\x86\xb0" },
    { 65451, "\xe1\x86\xb1" },
    { 65452, "\xe1\x86\xb2" },
    { 65453, "\xe1\x86\xb3" },
    { 65454, "\xe1\x86\xb4" },
    { 65455, "\xe1\x86\xb5" },
    { 65456, "\xe1\x84\x9a" },
    { 65457, "\xe1\x84\x86" },
    { 65458, "\xe1\x84\x87" },
    { 65459, "\xe1\x84\x88" },
    { 65460, "\xe1\x84\xa1" },
    { 65461, "\xe1\x84\x89" },
    { 65462, "\xe1\x84\x8a" },
    { 65463, "\xe1\x84\x8b" },
    { 65464, "\xe1\x84\x8c" },
    { 65465, "\xe1\x84\x8d" },
    { 65466, "\xe1\x84\x8e" },
    { 65467, "\xe1\x84\x8f" },
    { 65468, "\xe1\x84\x90" },
    { 65469, "\xe1\x84\x91" },
    { 65470, "\xe1\x84\x92" },
    { 65474, "\xe1\x85\xa1" },
    { 65475, "\xe1\x85\xa2" },
    { 65476, "\xe1\x85\xa3" },
    { 65477, "\xe1\x85\xa4" },
    { 65478, "\xe1\x85\xa5" },
    { 65479, "\xe1\x85\xa6" },
    { 65482, "\xe1\x85\xa7" },
    { 65483, "\xe1\x85\xa8" },
    { 65484, "\xe1\x85\xa9" },
    { 65485, "\xe1\x85\xaa" },
    { 65486, "\xe1\x85\xab" },
    { 65487, "\xe1\x85\xac" },
    { 65490, "\xe1\x85\xad" },
    { 65491, "\xe1\x85\xae" },
    { 65492, "\xe1\x85\xaf" },
    { 65493, "\xe1\x85\xb0" },
    { 65494, "\xe1\x85\xb1" },
    { 65495, "\xe1\x85\xb2" },
    { 65498, "\xe1\x85\xb3" },
    { 65499, "\xe1\x85\xb4" },
    { 65500, "\xe1\x85\xb5" },
    { 65504, "\xc2\xa2" },
    { 65505, "\xc2\xa3" },
    { 65506, "\xc2\xac" },
    { 65507, "\x20\xcc\x84" },
    { 65508, "\xc2\xa6" },
    { 65509, "\xc2\xa5" },
    { 65510, "\xe2\x82\xa9" },
    { 65512, "\xe2\x94\x82" },
    { 65513, "\xe2\x86\x90" },
    { 65514, "\xe2\x86\x91" },
    { 65515, "\xe2\x86\x92" },
    { 65516, "\xe2\x86\x93" },
    { 65517, "\xe2\x96\xa0" },
    { 65518, "\xe2\x97\x8b" },
};
static const ralu__text_tables ralu__text_tables_data = {
    "!#$%&'()*+,-./0123456789:;<=>@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_`abcdefghijklmnopqrstuvwxyz{|}", 84, 48894, ralu__clip_bpe_data, 1864,
    ralu__uni_letter, 648, ralu__uni_number, 134, ralu__uni_lower, 181,
    ralu__ftfy_control, 40, ralu__ftfy_subst, 248,
    ralu__uni_decomp, 1059, ralu__uni_ccc, 382
};
static const ralu__text_tables *ralu__text_data(void) { return &ralu__text_tables_data; }
/* >>gen-text-data end */

/* >>impl-spirv (generated SPIR-V blobs, last) */
/* >>spirv-begin (generated by tools/embed_shaders.py from shaders/; do not edit by hand) */
#ifdef RALU__HAVE_VULKAN
/* compiler: Glslang Version: 11:13.1.1 */
static const uint64_t ralu__spirv_source_hash = 0xa512160a23d9c77full;
static const uint32_t ralu__spv_linear[3575] = {
    0x07230203,0x00010500,0x0008000b,0x000002b9,0x00000000,0x00020011,0x00000001,0x00020011,0x000014e3,0x0006000b,
    0x00000001,0x4c534c47,0x6474732e,0x3035342e,0x00000000,0x0003000e,0x000014e4,0x00000001,0x000a000f,0x00000005,
    0x00000004,0x6e69616d,0x00000000,0x000000cd,0x0000016b,0x00000179,0x000001bb,0x000001cd,0x00060010,0x00000004,
    0x00000011,0x00000010,0x00000010,0x00000001,0x00040047,0x0000006d,0x00000006,0x00000004,0x00050048,0x0000006e,
    0x00000000,0x00000023,0x00000000,0x00030047,0x0000006e,0x00000002,0x00040047,0x00000082,0x00000006,0x00000004,
    0x00050048,0x00000083,0x00000000,0x00000023,0x00000000,0x00030047,0x00000083,0x00000002,0x00050048,0x000000cb,
    0x00000000,0x00000023,0x00000000,0x00050048,0x000000cb,0x00000001,0x00000023,0x00000008,0x00050048,0x000000cb,
    0x00000002,0x00000023,0x00000010,0x00050048,0x000000cb,0x00000003,0x00000023,0x00000018,0x00050048,0x000000cb,
    0x00000004,0x00000023,0x00000020,0x00050048,0x000000cb,0x00000005,0x00000023,0x00000024,0x00050048,0x000000cb,
    0x00000006,0x00000023,0x00000028,0x00050048,0x000000cb,0x00000007,0x00000023,0x0000002c,0x00050048,0x000000cb,
    0x00000008,0x00000023,0x00000030,0x00050048,0x000000cb,0x00000009,0x00000023,0x00000034,0x00050048,0x000000cb,
    0x0000000a,0x00000023,0x00000038,0x00050048,0x000000cb,0x0000000b,0x00000023,0x0000003c,0x00050048,0x000000cb,
    0x0000000c,0x00000023,0x00000040,0x00050048,0x000000cb,0x0000000d,0x00000023,0x00000044,0x00050048,0x000000cb,
    0x0000000e,0x00000023,0x00000048,0x00050048,0x000000cb,0x0000000f,0x00000023,0x0000004c,0x00050048,0x000000cb,
    0x00000010,0x00000023,0x00000050,0x00050048,0x000000cb,0x00000011,0x00000023,0x00000054,0x00050048,0x000000cb,
    0x00000012,0x00000023,0x00000058,0x00050048,0x000000cb,0x00000013,0x00000023,0x0000005c,0x00030047,0x000000cb,
    0x00000002,0x00040047,0x0000016b,0x0000000b,0x0000001b,0x00040047,0x00000179,0x0000000b,0x0000001a,0x00040047,
    0x000002b8,0x0000000b,0x00000019,0x00020013,0x00000002,0x00030021,0x00000003,0x00000002,0x00040015,0x00000006,
    0x00000020,0x00000000,0x00040017,0x00000007,0x00000006,0x00000002,0x00040020,0x00000008,0x00000007,0x00000007,
    0x00020014,0x00000009,0x00040021,0x0000000a,0x00000009,0x00000008,0x00040020,0x0000000e,0x00000007,0x00000006,
    0x00030016,0x0000000f,0x00000020,0x00040021,0x00000010,0x0000000f,0x0000000e,0x00060021,0x00000014,0x0000000f,
    0x00000008,0x0000000e,0x0000000e,0x00050021,0x0000001a,0x0000000f,0x0000000e,0x0000000e,0x0004002b,0x00000006,
    0x0000001f,0x00000000,0x0004002b,0x00000006,0x00000025,0x00000001,0x00040015,0x0000002e,0x00000020,0x00000001,
    0x0004002b,0x0000002e,0x0000002f,0x00000003,0x0004002b,0x00000006,0x00000031,0x0000000f,0x0004002b,0x00000006,
    0x00000035,0x00000007,0x00040020,0x00000037,0x00000007,0x0000000f,0x0004002b,0x0000000f,0x0000003e,0x3f800000,
    0x0004002b,0x0000000f,0x00000041,0x41000000,0x0004002b,0x0000002e,0x00000046,0x00000007,0x0004002b,0x0000002e,
    0x0000004d,0xfffffffa,0x0004002b,0x00000006,0x00000057,0x7fc00000,0x0004002b,0x00000006,0x0000005a,0x00000080,
    0x00030027,0x0000006c,0x000014e5,0x0003001d,0x0000006d,0x0000000f,0x0003001e,0x0000006e,0x0000006d,0x00040020,
    0x0000006c,0x000014e5,0x0000006e,0x0004002b,0x0000002e,0x00000070,0x00000000,0x00040020,0x00000072,0x000014e5,
    0x0000000f,0x0004002b,0x00000006,0x00000077,0x00000002,0x0004002b,0x00000006,0x0000007a,0x00000003,0x00030027,
    0x00000081,0x000014e5,0x0003001d,0x00000082,0x00000006,0x0003001e,0x00000083,0x00000082,0x00040020,0x00000081,
    0x000014e5,0x00000083,0x0004002b,0x0000002e,0x00000086,0x00000001,0x00040020,0x00000088,0x000014e5,0x00000006,
    0x0004002b,0x0000002e,0x00000093,0x00000010,0x0004002b,0x00000006,0x00000097,0x0000ffff,0x00040017,0x000000a0,
    0x0000000f,0x00000002,0x0004002b,0x0000002e,0x000000ad,0x00000002,0x0004002b,0x00000006,0x000000b3,0x00000008,
    0x0004002b,0x00000006,0x000000b6,0x000000ff,0x0004002b,0x00000006,0x000000b9,0x00000004,0x0004002b,0x0000002e,
    0x000000c3,0x00000008,0x0016001e,0x000000cb,0x00000007,0x00000007,0x00000007,0x00000007,0x00000006,0x00000006,
    0x00000006,0x00000006,0x00000006,0x00000006,0x00000006,0x0000000f,0x00000006,0x00000006,0x00000006,0x00000006,
    0x00000006,0x00000006,0x00000006,0x00000006,0x00040020,0x000000cc,0x00000009,0x000000cb,0x0004003b,0x000000cc,
    0x000000cd,0x00000009,0x0004002b,0x0000002e,0x000000ce,0x00000006,0x00040020,0x000000cf,0x00000009,0x00000006,
    0x0004002b,0x0000000f,0x000000dd,0x00000000,0x0004002b,0x0000002e,0x000000df,0x0000000a,0x00040020,0x000000e6,
    0x00000009,0x00000007,0x0004002b,0x0000002e,0x000000eb,0x00000004,0x0004002b,0x0000002e,0x000000f5,0x0000000f,
    0x00040020,0x0000010d,0x00000007,0x0000002e,0x0004002b,0x0000002e,0x00000110,0x00000013,0x0004002b,0x0000002e,
    0x00000121,0x00000011,0x0004002b,0x0000002e,0x0000012f,0x00000012,0x0004002b,0x0000002e,0x00000140,0x0000000c,
    0x0004002b,0x0000002e,0x0000014a,0x0000000d,0x0004002b,0x0000002e,0x0000015e,0x0000000e,0x00040017,0x00000169,
    0x00000006,0x00000003,0x00040020,0x0000016a,0x00000001,0x00000169,0x0004003b,0x0000016a,0x0000016b,0x00000001,
    0x00040020,0x0000016c,0x00000001,0x00000006,0x0004002b,0x00000006,0x00000174,0x00000010,0x0004003b,0x0000016a,
    0x00000179,0x00000001,0x0004002b,0x00000006,0x0000017c,0x00000040,0x0004001c,0x00000192,0x0000000f,0x000000b9,
    0x0004001c,0x00000193,0x00000192,0x000000b9,0x00040020,0x00000194,0x00000007,0x00000193,0x0004002b,0x00000006,
    0x000001af,0x00000400,0x0004002b,0x00000006,0x000001b7,0x00000041,0x0004001c,0x000001b8,0x0000000f,0x000001b7,
    0x0004001c,0x000001b9,0x000001b8,0x00000174,0x00040020,0x000001ba,0x00000004,0x000001b9,0x0004003b,0x000001ba,
    0x000001bb,0x00000004,0x00040020,0x000001c7,0x00000004,0x0000000f,0x0004003b,0x000001ba,0x000001cd,0x00000004,
    0x0004002b,0x0000002e,0x000001e0,0x00000009,0x0004002b,0x00000006,0x000001f4,0x00000100,0x0004002b,0x00000006,
    0x000001f7,0x00000108,0x00040020,0x00000208,0x00000007,0x00000192,0x0004002b,0x0000002e,0x00000284,0x0000000b,
    0x00040020,0x00000285,0x00000009,0x0000000f,0x0004002b,0x0000002e,0x0000029a,0x00000005,0x0006002c,0x00000169,
    0x000002b8,0x00000174,0x00000174,0x00000025,0x00050036,0x00000002,0x00000004,0x00000000,0x00000003,0x000200f8,
    0x00000005,0x0004003b,0x0000000e,0x00000168,0x00000007,0x0004003b,0x0000000e,0x0000016f,0x00000007,0x0004003b,
    0x0000000e,0x00000172,0x00000007,0x0004003b,0x0000000e,0x00000178,0x00000007,0x0004003b,0x0000000e,0x0000017e,
    0x00000007,0x0004003b,0x0000010d,0x00000182,0x00000007,0x0004003b,0x0000010d,0x0000018a,0x00000007,0x0004003b,
    0x00000194,0x00000195,0x00000007,0x0004003b,0x0000000e,0x0000019d,0x00000007,0x0004003b,0x0000000e,0x000001a7,
    0x00000007,0x0004003b,0x0000000e,0x000001b1,0x00000007,0x0004003b,0x0000000e,0x000001b4,0x00000007,0x0004003b,
    0x0000000e,0x000001c4,0x00000007,0x0004003b,0x0000000e,0x000001c5,0x00000007,0x0004003b,0x0000000e,0x000001c9,
    0x00000007,0x0004003b,0x00000037,0x000001dd,0x00000007,0x0004003b,0x00000008,0x000001e9,0x00000007,0x0004003b,
    0x0000000e,0x000001ec,0x00000007,0x0004003b,0x0000000e,0x000001ef,0x00000007,0x0004003b,0x0000000e,0x000001f8,
    0x00000007,0x0004003b,0x0000010d,0x00000200,0x00000007,0x0004003b,0x00000208,0x00000209,0x00000007,0x0004003b,
    0x0000010d,0x00000216,0x00000007,0x0004003b,0x00000208,0x0000021e,0x00000007,0x0004003b,0x0000010d,0x0000022b,
    0x00000007,0x0004003b,0x0000010d,0x00000233,0x00000007,0x0004003b,0x0000010d,0x00000251,0x00000007,0x0004003b,
    0x0000000e,0x00000259,0x00000007,0x0004003b,0x0000010d,0x00000268,0x00000007,0x0004003b,0x0000000e,0x00000270,
    0x00000007,0x0004003b,0x00000037,0x0000027f,0x00000007,0x0004003b,0x00000008,0x00000289,0x00000007,0x0004003b,
    0x0000000e,0x00000298,0x00000007,0x00050041,0x0000016c,0x0000016d,0x0000016b,0x0000001f,0x0004003d,0x00000006,
    0x0000016e,0x0000016d,0x0003003e,0x00000168,0x0000016e,0x00050041,0x0000016c,0x00000170,0x0000016b,0x00000025,
    0x0004003d,0x00000006,0x00000171,0x00000170,0x0003003e,0x0000016f,0x00000171,0x0004003d,0x00000006,0x00000173,
    0x0000016f,0x00050084,0x00000006,0x00000175,0x00000173,0x00000174,0x0004003d,0x00000006,0x00000176,0x00000168,
    0x00050080,0x00000006,0x00000177,0x00000175,0x00000176,0x0003003e,0x00000172,0x00000177,0x00050041,0x0000016c,
    0x0000017a,0x00000179,0x00000025,0x0004003d,0x00000006,0x0000017b,0x0000017a,0x00050084,0x00000006,0x0000017d,
    0x0000017b,0x0000017c,0x0003003e,0x00000178,0x0000017d,0x00050041,0x0000016c,0x0000017f,0x00000179,0x0000001f,
    0x0004003d,0x00000006,0x00000180,0x0000017f,0x00050084,0x00000006,0x00000181,0x00000180,0x0000017c,0x0003003e,
    0x0000017e,0x00000181,0x0003003e,0x00000182,0x00000070,0x000200f9,0x00000183,0x000200f8,0x00000183,0x000400f6,
    0x00000185,0x00000186,0x00000000,0x000200f9,0x00000187,0x000200f8,0x00000187,0x0004003d,0x0000002e,0x00000188,
    0x00000182,0x000500b1,0x00000009,0x00000189,0x00000188,0x000000eb,0x000400fa,0x00000189,0x00000184,0x00000185,
    0x000200f8,0x00000184,0x0003003e,0x0000018a,0x00000070,0x000200f9,0x0000018b,0x000200f8,0x0000018b,0x000400f6,
    0x0000018d,0x0000018e,0x00000000,0x000200f9,0x0000018f,0x000200f8,0x0000018f,0x0004003d,0x0000002e,0x00000190,
    0x0000018a,0x000500b1,0x00000009,0x00000191,0x00000190,0x000000eb,0x000400fa,0x00000191,0x0000018c,0x0000018d,
    0x000200f8,0x0000018c,0x0004003d,0x0000002e,0x00000196,0x00000182,0x0004003d,0x0000002e,0x00000197,0x0000018a,
    0x00060041,0x00000037,0x00000198,0x00000195,0x00000196,0x00000197,0x0003003e,0x00000198,0x000000dd,0x000200f9,
    0x0000018e,0x000200f8,0x0000018e,0x0004003d,0x0000002e,0x00000199,0x0000018a,0x00050080,0x0000002e,0x0000019a,
    0x00000199,0x00000086,0x0003003e,0x0000018a,0x0000019a,0x000200f9,0x0000018b,0x000200f8,0x0000018d,0x000200f9,
    0x00000186,0x000200f8,0x00000186,0x0004003d,0x0000002e,0x0000019b,0x00000182,0x00050080,0x0000002e,0x0000019c,
    0x0000019b,0x00000086,0x0003003e,0x00000182,0x0000019c,0x000200f9,0x00000183,0x000200f8,0x00000185,0x0003003e,
    0x0000019d,0x0000001f,0x000200f9,0x0000019e,0x000200f8,0x0000019e,0x000400f6,0x000001a0,0x000001a1,0x00000000,
    0x000200f9,0x000001a2,0x000200f8,0x000001a2,0x0004003d,0x00000006,0x000001a3,0x0000019d,0x00050041,0x000000cf,
    0x000001a4,0x000000cd,0x000000c3,0x0004003d,0x00000006,0x000001a5,0x000001a4,0x000500b0,0x00000009,0x000001a6,
    0x000001a3,0x000001a5,0x000400fa,0x000001a6,0x0000019f,0x000001a0,0x000200f8,0x0000019f,0x0004003d,0x00000006,
    0x000001a8,0x00000172,0x0003003e,0x000001a7,0x000001a8,0x000200f9,0x000001a9,0x000200f8,0x000001a9,0x000400f6,
    0x000001ab,0x000001ac,0x00000000,0x000200f9,0x000001ad,0x000200f8,0x000001ad,0x0004003d,0x00000006,0x000001ae,
    0x000001a7,0x000500b0,0x00000009,0x000001b0,0x000001ae,0x000001af,0x000400fa,0x000001b0,0x000001aa,0x000001ab,
    0x000200f8,0x000001aa,0x0004003d,0x00000006,0x000001b2,0x000001a7,0x00050086,0x00000006,0x000001b3,0x000001b2,
    0x00000174,0x0003003e,0x000001b1,0x000001b3,0x0004003d,0x00000006,0x000001b5,0x000001a7,0x00050089,0x00000006,
    0x000001b6,0x000001b5,0x00000174,0x0003003e,0x000001b4,0x000001b6,0x0004003d,0x00000006,0x000001bc,0x000001b4,
    0x0004003d,0x00000006,0x000001bd,0x000001b1,0x0004003d,0x00000006,0x000001be,0x00000178,0x0004003d,0x00000006,
    0x000001bf,0x000001b1,0x00050080,0x00000006,0x000001c0,0x000001be,0x000001bf,0x0004003d,0x00000006,0x000001c1,
    0x0000019d,0x0004003d,0x00000006,0x000001c2,0x000001b4,0x00050080,0x00000006,0x000001c3,0x000001c1,0x000001c2,
    0x0003003e,0x000001c4,0x000001c0,0x0003003e,0x000001c5,0x000001c3,0x00060039,0x0000000f,0x000001c6,0x0000001d,
    0x000001c4,0x000001c5,0x00060041,0x000001c7,0x000001c8,0x000001bb,0x000001bc,0x000001bd,0x0003003e,0x000001c8,
    0x000001c6,0x0004003d,0x00000006,0x000001ca,0x0000017e,0x0004003d,0x00000006,0x000001cb,0x000001b1,0x00050080,
    0x00000006,0x000001cc,0x000001ca,0x000001cb,0x0003003e,0x000001c9,0x000001cc,0x0004003d,0x00000006,0x000001ce,
    0x000001b4,0x0004003d,0x00000006,0x000001cf,0x000001b1,0x0004003d,0x00000006,0x000001d0,0x000001c9,0x00050041,
    0x000000cf,0x000001d1,0x000000cd,0x00000046,0x0004003d,0x00000006,0x000001d2,0x000001d1,0x000500b0,0x00000009,
    0x000001d3,0x000001d0,0x000001d2,0x000300f7,0x000001d5,0x00000000,0x000400fa,0x000001d3,0x000001d4,0x000001d5,
    0x000200f8,0x000001d4,0x0004003d,0x00000006,0x000001d6,0x0000019d,0x0004003d,0x00000006,0x000001d7,0x000001b4,
    0x00050080,0x00000006,0x000001d8,0x000001d6,0x000001d7,0x00050041,0x000000cf,0x000001d9,0x000000cd,0x000000c3,
    0x0004003d,0x00000006,0x000001da,0x000001d9,0x000500b0,0x00000009,0x000001db,0x000001d8,0x000001da,0x000200f9,
    0x000001d5,0x000200f8,0x000001d5,0x000700f5,0x00000009,0x000001dc,0x000001d3,0x000001aa,0x000001db,0x000001d4,
    0x000300f7,0x000001df,0x00000000,0x000400fa,0x000001dc,0x000001de,0x000001f1,0x000200f8,0x000001de,0x0004003d,
    0x00000006,0x000001e1,0x000001c9,0x00050041,0x000000cf,0x000001e2,0x000000cd,0x000000c3,0x0004003d,0x00000006,
    0x000001e3,0x000001e2,0x00050084,0x00000006,0x000001e4,0x000001e1,0x000001e3,0x0004003d,0x00000006,0x000001e5,
    0x0000019d,0x00050080,0x00000006,0x000001e6,0x000001e4,0x000001e5,0x0004003d,0x00000006,0x000001e7,0x000001b4,
    0x00050080,0x00000006,0x000001e8,0x000001e6,0x000001e7,0x00050041,0x000000e6,0x000001ea,0x000000cd,0x000000ad,
    0x0004003d,0x00000007,0x000001eb,0x000001ea,0x0003003e,0x000001e9,0x000001eb,0x00050041,0x000000cf,0x000001ed,
    0x000000cd,0x000001e0,0x0004003d,0x00000006,0x000001ee,0x000001ed,0x0003003e,0x000001ec,0x000001ee,0x0003003e,
    0x000001ef,0x000001e8,0x00070039,0x0000000f,0x000001f0,0x00000018,0x000001e9,0x000001ec,0x000001ef,0x0003003e,
    0x000001dd,0x000001f0,0x000200f9,0x000001df,0x000200f8,0x000001f1,0x0003003e,0x000001dd,0x000000dd,0x000200f9,
    0x000001df,0x000200f8,0x000001df,0x0004003d,0x0000000f,0x000001f2,0x000001dd,0x00060041,0x000001c7,0x000001f3,
    0x000001cd,0x000001ce,0x000001cf,0x0003003e,0x000001f3,0x000001f2,0x000200f9,0x000001ac,0x000200f8,0x000001ac,
    0x0004003d,0x00000006,0x000001f5,0x000001a7,0x00050080,0x00000006,0x000001f6,0x000001f5,0x000001f4,0x0003003e,
    0x000001a7,0x000001f6,0x000200f9,0x000001a9,0x000200f8,0x000001ab,0x000400e0,0x00000077,0x00000077,0x000001f7,
    0x0003003e,0x000001f8,0x0000001f,0x000200f9,0x000001f9,0x000200f8,0x000001f9,0x000400f6,0x000001fb,0x000001fc,
    0x00000000,0x000200f9,0x000001fd,0x000200f8,0x000001fd,0x0004003d,0x00000006,0x000001fe,0x000001f8,0x000500b0,
    0x00000009,0x000001ff,0x000001fe,0x00000174,0x000400fa,0x000001ff,0x000001fa,0x000001fb,0x000200f8,0x000001fa,
    0x0003003e,0x00000200,0x00000070,0x000200f9,0x00000201,0x000200f8,0x00000201,0x000400f6,0x00000203,0x00000204,
    0x00000000,0x000200f9,0x00000205,0x000200f8,0x00000205,0x0004003d,0x0000002e,0x00000206,0x00000200,0x000500b1,
    0x00000009,0x00000207,0x00000206,0x000000eb,0x000400fa,0x00000207,0x00000202,0x00000203,0x000200f8,0x00000202,
    0x0004003d,0x0000002e,0x0000020a,0x00000200,0x0004003d,0x00000006,0x0000020b,0x000001f8,0x0004003d,0x00000006,
    0x0000020c,0x0000016f,0x0004003d,0x0000002e,0x0000020d,0x00000200,0x0004007c,0x00000006,0x0000020e,0x0000020d,
    0x00050084,0x00000006,0x0000020f,0x00000174,0x0000020e,0x00050080,0x00000006,0x00000210,0x0000020c,0x0000020f,
    0x00060041,0x000001c7,0x00000211,0x000001bb,0x0000020b,0x00000210,0x0004003d,0x0000000f,0x00000212,0x00000211,
    0x00050041,0x00000037,0x00000213,0x00000209,0x0000020a,0x0003003e,0x00000213,0x00000212,0x000200f9,0x00000204,
    0x000200f8,0x00000204,0x0004003d,0x0000002e,0x00000214,0x00000200,0x00050080,0x0000002e,0x00000215,0x00000214,
    0x00000086,0x0003003e,0x00000200,0x00000215,0x000200f9,0x00000201,0x000200f8,0x00000203,0x0003003e,0x00000216,
    0x00000070,0x000200f9,0x00000217,0x000200f8,0x00000217,0x000400f6,0x00000219,0x0000021a,0x00000000,0x000200f9,
    0x0000021b,0x000200f8,0x0000021b,0x0004003d,0x0000002e,0x0000021c,0x00000216,0x000500b1,0x00000009,0x0000021d,
    0x0000021c,0x000000eb,0x000400fa,0x0000021d,0x00000218,0x00000219,0x000200f8,0x00000218,0x0004003d,0x0000002e,
    0x0000021f,0x00000216,0x0004003d,0x00000006,0x00000220,0x000001f8,0x0004003d,0x00000006,0x00000221,0x00000168,
    0x0004003d,0x0000002e,0x00000222,0x00000216,0x0004007c,0x00000006,0x00000223,0x00000222,0x00050084,0x00000006,
    0x00000224,0x00000174,0x00000223,0x00050080,0x00000006,0x00000225,0x00000221,0x00000224,0x00060041,0x000001c7,
    0x00000226,0x000001cd,0x00000220,0x00000225,0x0004003d,0x0000000f,0x00000227,0x00000226,0x00050041,0x00000037,
    0x00000228,0x0000021e,0x0000021f,0x0003003e,0x00000228,0x00000227,0x000200f9,0x0000021a,0x000200f8,0x0000021a,
    0x0004003d,0x0000002e,0x00000229,0x00000216,0x00050080,0x0000002e,0x0000022a,0x00000229,0x00000086,0x0003003e,
    0x00000216,0x0000022a,0x000200f9,0x00000217,0x000200f8,0x00000219,0x0003003e,0x0000022b,0x00000070,0x000200f9,
    0x0000022c,0x000200f8,0x0000022c,0x000400f6,0x0000022e,0x0000022f,0x00000000,0x000200f9,0x00000230,0x000200f8,
    0x00000230,0x0004003d,0x0000002e,0x00000231,0x0000022b,0x000500b1,0x00000009,0x00000232,0x00000231,0x000000eb,
    0x000400fa,0x00000232,0x0000022d,0x0000022e,0x000200f8,0x0000022d,0x0003003e,0x00000233,0x00000070,0x000200f9,
    0x00000234,0x000200f8,0x00000234,0x000400f6,0x00000236,0x00000237,0x00000000,0x000200f9,0x00000238,0x000200f8,
    0x00000238,0x0004003d,0x0000002e,0x00000239,0x00000233,0x000500b1,0x00000009,0x0000023a,0x00000239,0x000000eb,
    0x000400fa,0x0000023a,0x00000235,0x00000236,0x000200f8,0x00000235,0x0004003d,0x0000002e,0x0000023b,0x0000022b,
    0x0004003d,0x0000002e,0x0000023c,0x00000233,0x0004003d,0x0000002e,0x0000023d,0x0000022b,0x00050041,0x00000037,
    0x0000023e,0x00000209,0x0000023d,0x0004003d,0x0000000f,0x0000023f,0x0000023e,0x0004003d,0x0000002e,0x00000240,
    0x00000233,0x00050041,0x00000037,0x00000241,0x0000021e,0x00000240,0x0004003d,0x0000000f,0x00000242,0x00000241,
    0x0004003d,0x0000002e,0x00000243,0x0000022b,0x0004003d,0x0000002e,0x00000244,0x00000233,0x00060041,0x00000037,
    0x00000245,0x00000195,0x00000243,0x00000244,0x0004003d,0x0000000f,0x00000246,0x00000245,0x0008000c,0x0000000f,
    0x00000247,0x00000001,0x00000032,0x0000023f,0x00000242,0x00000246,0x00060041,0x00000037,0x00000248,0x00000195,
    0x0000023b,0x0000023c,0x0003003e,0x00000248,0x00000247,0x000200f9,0x00000237,0x000200f8,0x00000237,0x0004003d,
    0x0000002e,0x00000249,0x00000233,0x00050080,0x0000002e,0x0000024a,0x00000249,0x00000086,0x0003003e,0x00000233,
    0x0000024a,0x000200f9,0x00000234,0x000200f8,0x00000236,0x000200f9,0x0000022f,0x000200f8,0x0000022f,0x0004003d,
    0x0000002e,0x0000024b,0x0000022b,0x00050080,0x0000002e,0x0000024c,0x0000024b,0x00000086,0x0003003e,0x0000022b,
    0x0000024c,0x000200f9,0x0000022c,0x000200f8,0x0000022e,0x000200f9,0x000001fc,0x000200f8,0x000001fc,0x0004003d,
    0x00000006,0x0000024d,0x000001f8,0x00050080,0x00000006,0x0000024e,0x0000024d,0x00000086,0x0003003e,0x000001f8,
    0x0000024e,0x000200f9,0x000001f9,0x000200f8,0x000001fb,0x000400e0,0x00000077,0x00000077,0x000001f7,0x000200f9,
    0x000001a1,0x000200f8,0x000001a1,0x0004003d,0x00000006,0x0000024f,0x0000019d,0x00050080,0x00000006,0x00000250,
    0x0000024f,0x00000174,0x0003003e,0x0000019d,0x00000250,0x000200f9,0x0000019e,0x000200f8,0x000001a0,0x0003003e,
    0x00000251,0x00000070,0x000200f9,0x00000252,0x000200f8,0x00000252,0x000400f6,0x00000254,0x00000255,0x00000000,
    0x000200f9,0x00000256,0x000200f8,0x00000256,0x0004003d,0x0000002e,0x00000257,0x00000251,0x000500b1,0x00000009,
    0x00000258,0x00000257,0x000000eb,0x000400fa,0x00000258,0x00000253,0x00000254,0x000200f8,0x00000253,0x0004003d,
    0x00000006,0x0000025a,0x00000178,0x0004003d,0x00000006,0x0000025b,0x0000016f,0x00050080,0x00000006,0x0000025c,
    0x0000025a,0x0000025b,0x0004003d,0x0000002e,0x0000025d,0x00000251,0x0004007c,0x00000006,0x0000025e,0x0000025d,
    0x00050084,0x00000006,0x0000025f,0x00000174,0x0000025e,0x00050080,0x00000006,0x00000260,0x0000025c,0x0000025f,
    0x0003003e,0x00000259,0x00000260,0x0004003d,0x00000006,0x00000261,0x00000259,0x00050041,0x000000cf,0x00000262,
    0x000000cd,0x000000ce,0x0004003d,0x00000006,0x00000263,0x00000262,0x000500ae,0x00000009,0x00000264,0x00000261,
    0x00000263,0x000300f7,0x00000266,0x00000000,0x000400fa,0x00000264,0x00000265,0x00000266,0x000200f8,0x00000265,
    0x000200f9,0x00000255,0x000200f8,0x00000266,0x0003003e,0x00000268,0x00000070,0x000200f9,0x00000269,0x000200f8,
    0x00000269,0x000400f6,0x0000026b,0x0000026c,0x00000000,0x000200f9,0x0000026d,0x000200f8,0x0000026d,0x0004003d,
    0x0000002e,0x0000026e,0x00000268,0x000500b1,0x00000009,0x0000026f,0x0000026e,0x000000eb,0x000400fa,0x0000026f,
    0x0000026a,0x0000026b,0x000200f8,0x0000026a,0x0004003d,0x00000006,0x00000271,0x0000017e,0x0004003d,0x00000006,
    0x00000272,0x00000168,0x00050080,0x00000006,0x00000273,0x00000271,0x00000272,0x0004003d,0x0000002e,0x00000274,
    0x00000268,0x0004007c,0x00000006,0x00000275,0x00000274,0x00050084,0x00000006,0x00000276,0x00000174,0x00000275,
    0x00050080,0x00000006,0x00000277,0x00000273,0x00000276,0x0003003e,0x00000270,0x00000277,0x0004003d,0x00000006,
    0x00000278,0x00000270,0x00050041,0x000000cf,0x00000279,0x000000cd,0x00000046,0x0004003d,0x00000006,0x0000027a,
    0x00000279,0x000500ae,0x00000009,0x0000027b,0x00000278,0x0000027a,0x000300f7,0x0000027d,0x00000000,0x000400fa,
    0x0000027b,0x0000027c,0x0000027d,0x000200f8,0x0000027c,0x000200f9,0x0000026c,0x000200f8,0x0000027d,0x0004003d,
    0x0000002e,0x00000280,0x00000251,0x0004003d,0x0000002e,0x00000281,0x00000268,0x00060041,0x00000037,0x00000282,
    0x00000195,0x00000280,0x00000281,0x0004003d,0x0000000f,0x00000283,0x00000282,0x00050041,0x00000285,0x00000286,
    0x000000cd,0x00000284,0x0004003d,0x0000000f,0x00000287,0x00000286,0x00050085,0x0000000f,0x00000288,0x00000283,
    0x00000287,0x0003003e,0x0000027f,0x00000288,0x00050041,0x000000e6,0x0000028a,0x000000cd,0x0000002f,0x0004003d,
    0x00000007,0x0000028b,0x0000028a,0x0003003e,0x00000289,0x0000028b,0x00050039,0x00000009,0x0000028c,0x0000000c,
    0x00000289,0x000400a8,0x00000009,0x0000028d,0x0000028c,0x000300f7,0x0000028f,0x00000000,0x000400fa,0x0000028d,
    0x0000028e,0x0000028f,0x000200f8,0x0000028e,0x00050041,0x000000e6,0x00000290,0x000000cd,0x0000002f,0x0004003d,
    0x00000007,0x00000291,0x00000290,0x0004007c,0x0000006c,0x00000292,0x00000291,0x0004003d,0x00000006,0x00000293,
    0x00000270,0x00060041,0x00000072,0x00000294,0x00000292,0x00000070,0x00000293,0x0006003d,0x0000000f,0x00000295,
    0x00000294,0x00000002,0x00000004,0x0004003d,0x0000000f,0x00000296,0x0000027f,0x00050081,0x0000000f,0x00000297,
    0x00000296,0x00000295,0x0003003e,0x0000027f,0x00000297,0x000200f9,0x0000028f,0x000200f8,0x0000028f,0x0004003d,
    0x00000006,0x00000299,0x00000259,0x00050041,0x000000cf,0x0000029b,0x000000cd,0x0000029a,0x0004003d,0x00000006,
    0x0000029c,0x0000029b,0x00050084,0x00000006,0x0000029d,0x00000299,0x0000029c,0x0004003d,0x00000006,0x0000029e,
    0x00000270,0x00050080,0x00000006,0x0000029f,0x0000029d,0x0000029e,0x0003003e,0x00000298,0x0000029f,0x00050041,
    0x000000cf,0x000002a0,0x000000cd,0x000000df,0x0004003d,0x00000006,0x000002a1,0x000002a0,0x000500c7,0x00000006,
    0x000002a2,0x000002a1,0x00000025,0x000500ab,0x00000009,0x000002a3,0x000002a2,0x0000001f,0x000300f7,0x000002a5,
    0x00000000,0x000400fa,0x000002a3,0x000002a4,0x000002a5,0x000200f8,0x000002a4,0x00050041,0x000000e6,0x000002a6,
    0x000000cd,0x00000086,0x0004003d,0x00000007,0x000002a7,0x000002a6,0x0004007c,0x0000006c,0x000002a8,0x000002a7,
    0x0004003d,0x00000006,0x000002a9,0x00000298,0x00060041,0x00000072,0x000002aa,0x000002a8,0x00000070,0x000002a9,
    0x0006003d,0x0000000f,0x000002ab,0x000002aa,0x00000002,0x00000004,0x0004003d,0x0000000f,0x000002ac,0x0000027f,
    0x00050081,0x0000000f,0x000002ad,0x000002ac,0x000002ab,0x0003003e,0x0000027f,0x000002ad,0x000200f9,0x000002a5,
    0x000200f8,0x000002a5,0x00050041,0x000000e6,0x000002ae,0x000000cd,0x00000086,0x0004003d,0x00000007,0x000002af,
    0x000002ae,0x0004007c,0x0000006c,0x000002b0,0x000002af,0x0004003d,0x00000006,0x000002b1,0x00000298,0x0004003d,
    0x0000000f,0x000002b2,0x0000027f,0x00060041,0x00000072,0x000002b3,0x000002b0,0x00000070,0x000002b1,0x0005003e,
    0x000002b3,0x000002b2,0x00000002,0x00000004,0x000200f9,0x0000026c,0x000200f8,0x0000026c,0x0004003d,0x0000002e,
    0x000002b4,0x00000268,0x00050080,0x0000002e,0x000002b5,0x000002b4,0x00000086,0x0003003e,0x00000268,0x000002b5,
    0x000200f9,0x00000269,0x000200f8,0x0000026b,0x000200f9,0x00000255,0x000200f8,0x00000255,0x0004003d,0x0000002e,
    0x000002b6,0x00000251,0x00050080,0x0000002e,0x000002b7,0x000002b6,0x00000086,0x0003003e,0x00000251,0x000002b7,
    0x000200f9,0x00000252,0x000200f8,0x00000254,0x000100fd,0x00010038,0x00050036,0x00000009,0x0000000c,0x00000000,
    0x0000000a,0x00030037,0x00000008,0x0000000b,0x000200f8,0x0000000d,0x00050041,0x0000000e,0x00000020,0x0000000b,
    0x0000001f,0x0004003d,0x00000006,0x00000021,0x00000020,0x000500aa,0x00000009,0x00000022,0x00000021,0x0000001f,
    0x000300f7,0x00000024,0x00000000,0x000400fa,0x00000022,0x00000023,0x00000024,0x000200f8,0x00000023,0x00050041,
    0x0000000e,0x00000026,0x0000000b,0x00000025,0x0004003d,0x00000006,0x00000027,0x00000026,0x000500aa,0x00000009,
    0x00000028,0x00000027,0x0000001f,0x000200f9,0x00000024,0x000200f8,0x00000024,0x000700f5,0x00000009,0x00000029,
    0x00000022,0x0000000d,0x00000028,0x00000023,0x000200fe,0x00000029,0x00010038,0x00050036,0x0000000f,0x00000012,
    0x00000000,0x00000010,0x00030037,0x0000000e,0x00000011,0x000200f8,0x00000013,0x0004003b,0x0000000e,0x0000002c,
    0x00000007,0x0004003b,0x0000000e,0x00000033,0x00000007,0x0004003b,0x00000037,0x00000038,0x00000007,0x0004003b,
    0x00000037,0x0000003b,0x00000007,0x0004003b,0x00000037,0x0000005d,0x00000007,0x0004003d,0x00000006,0x0000002d,
    0x00000011,0x000500c2,0x00000006,0x00000030,0x0000002d,0x0000002f,0x000500c7,0x00000006,0x00000032,0x00000030,
    0x00000031,0x0003003e,0x0000002c,0x00000032,0x0004003d,0x00000006,0x00000034,0x00000011,0x000500c7,0x00000006,
    0x00000036,0x00000034,0x00000035,0x0003003e,0x00000033,0x00000036,0x0004003d,0x00000006,0x00000039,0x0000002c,
    0x000500ab,0x00000009,0x0000003a,0x00000039,0x0000001f,0x000300f7,0x0000003d,0x00000000,0x000400fa,0x0000003a,
    0x0000003c,0x00000049,0x000200f8,0x0000003c,0x0004003d,0x00000006,0x0000003f,0x00000033,0x00040070,0x0000000f,
    0x00000040,0x0000003f,0x00050088,0x0000000f,0x00000042,0x00000040,0x00000041,0x00050081,0x0000000f,0x00000043,
    0x0000003e,0x00000042,0x0004003d,0x00000006,0x00000044,0x0000002c,0x0004007c,0x0000002e,0x00000045,0x00000044,
    0x00050082,0x0000002e,0x00000047,0x00000045,0x00000046,0x0007000c,0x0000000f,0x00000048,0x00000001,0x00000035,
    0x00000043,0x00000047,0x0003003e,0x0000003b,0x00000048,0x000200f9,0x0000003d,0x000200f8,0x00000049,0x0004003d,
    0x00000006,0x0000004a,0x00000033,0x00040070,0x0000000f,0x0000004b,0x0000004a,0x00050088,0x0000000f,0x0000004c,
    0x0000004b,0x00000041,0x0007000c,0x0000000f,0x0000004e,0x00000001,0x00000035,0x0000004c,0x0000004d,0x0003003e,
    0x0000003b,0x0000004e,0x000200f9,0x0000003d,0x000200f8,0x0000003d,0x0004003d,0x0000000f,0x0000004f,0x0000003b,
    0x0003003e,0x00000038,0x0000004f,0x0004003d,0x00000006,0x00000050,0x0000002c,0x000500aa,0x00000009,0x00000051,
    0x00000050,0x00000031,0x0004003d,0x00000006,0x00000052,0x00000033,0x000500aa,0x00000009,0x00000053,0x00000052,
    0x00000035,0x000500a7,0x00000009,0x00000054,0x00000051,0x00000053,0x000300f7,0x00000056,0x00000000,0x000400fa,
    0x00000054,0x00000055,0x00000056,0x000200f8,0x00000055,0x0004007c,0x0000000f,0x00000058,0x00000057,0x0003003e,
    0x00000038,0x00000058,0x000200f9,0x00000056,0x000200f8,0x00000056,0x0004003d,0x00000006,0x00000059,0x00000011,
    0x000500c7,0x00000006,0x0000005b,0x00000059,0x0000005a,0x000500ab,0x00000009,0x0000005c,0x0000005b,0x0000001f,
    0x000300f7,0x0000005f,0x00000000,0x000400fa,0x0000005c,0x0000005e,0x00000062,0x000200f8,0x0000005e,0x0004003d,
    0x0000000f,0x00000060,0x00000038,0x0004007f,0x0000000f,0x00000061,0x00000060,0x0003003e,0x0000005d,0x00000061,
    0x000200f9,0x0000005f,0x000200f8,0x00000062,0x0004003d,0x0000000f,0x00000063,0x00000038,0x0003003e,0x0000005d,
    0x00000063,0x000200f9,0x0000005f,0x000200f8,0x0000005f,0x0004003d,0x0000000f,0x00000064,0x0000005d,0x000200fe,
    0x00000064,0x00010038,0x00050036,0x0000000f,0x00000018,0x00000000,0x00000014,0x00030037,0x00000008,0x00000015,
    0x00030037,0x0000000e,0x00000016,0x00030037,0x0000000e,0x00000017,0x000200f8,0x00000019,0x0004003b,0x0000000e,
    0x0000007f,0x00000007,0x0004003b,0x0000000e,0x0000008b,0x00000007,0x0004003b,0x0000000e,0x0000008f,0x00000007,
    0x0004003b,0x00000037,0x0000009c,0x00000007,0x0004003b,0x0000000e,0x000000a9,0x00000007,0x0004003b,0x00000037,
    0x000000bb,0x00000007,0x0004003b,0x0000000e,0x000000be,0x00000007,0x0004003d,0x00000006,0x00000067,0x00000016,
    0x000500aa,0x00000009,0x00000068,0x00000067,0x00000025,0x000300f7,0x0000006a,0x00000000,0x000400fa,0x00000068,
    0x00000069,0x0000006a,0x000200f8,0x00000069,0x0004003d,0x00000007,0x0000006b,0x00000015,0x0004007c,0x0000006c,
    0x0000006f,0x0000006b,0x0004003d,0x00000006,0x00000071,0x00000017,0x00060041,0x00000072,0x00000073,0x0000006f,
    0x00000070,0x00000071,0x0006003d,0x0000000f,0x00000074,0x00000073,0x00000002,0x00000004,0x000200fe,0x00000074,
    0x000200f8,0x0000006a,0x0004003d,0x00000006,0x00000076,0x00000016,0x000500aa,0x00000009,0x00000078,0x00000076,
    0x00000077,0x0004003d,0x00000006,0x00000079,0x00000016,0x000500aa,0x00000009,0x0000007b,0x00000079,0x0000007a,
    0x000500a6,0x00000009,0x0000007c,0x00000078,0x0000007b,0x000300f7,0x0000007e,0x00000000,0x000400fa,0x0000007c,
    0x0000007d,0x0000007e,0x000200f8,0x0000007d,0x0004003d,0x00000007,0x00000080,0x00000015,0x0004007c,0x00000081,
    0x00000084,0x00000080,0x0004003d,0x00000006,0x00000085,0x00000017,0x000500c2,0x00000006,0x00000087,0x00000085,
    0x00000086,0x00060041,0x00000088,0x00000089,0x00000084,0x00000070,0x00000087,0x0006003d,0x00000006,0x0000008a,
    0x00000089,0x00000002,0x00000004,0x0003003e,0x0000007f,0x0000008a,0x0004003d,0x00000006,0x0000008c,0x00000017,
    0x000500c7,0x00000006,0x0000008d,0x0000008c,0x00000025,0x000500ab,0x00000009,0x0000008e,0x0000008d,0x0000001f,
    0x000300f7,0x00000091,0x00000000,0x000400fa,0x0000008e,0x00000090,0x00000095,0x000200f8,0x00000090,0x0004003d,
    0x00000006,0x00000092,0x0000007f,0x000500c2,0x00000006,0x00000094,0x00000092,0x00000093,0x0003003e,0x0000008f,
    0x00000094,0x000200f9,0x00000091,0x000200f8,0x00000095,0x0004003d,0x00000006,0x00000096,0x0000007f,0x000500c7,
    0x00000006,0x00000098,0x00000096,0x00000097,0x0003003e,0x0000008f,0x00000098,0x000200f9,0x00000091,0x000200f8,
    0x00000091,0x0004003d,0x00000006,0x00000099,0x0000008f,0x0003003e,0x0000008b,0x00000099,0x0004003d,0x00000006,
    0x0000009a,0x00000016,0x000500aa,0x00000009,0x0000009b,0x0000009a,0x00000077,0x000300f7,0x0000009e,0x00000000,
    0x000400fa,0x0000009b,0x0000009d,0x000000a3,0x000200f8,0x0000009d,0x0004003d,0x00000006,0x0000009f,0x0000008b,
    0x0006000c,0x000000a0,0x000000a1,0x00000001,0x0000003e,0x0000009f,0x00050051,0x0000000f,0x000000a2,0x000000a1,
    0x00000000,0x0003003e,0x0000009c,0x000000a2,0x000200f9,0x0000009e,0x000200f8,0x000000a3,0x0004003d,0x00000006,
    0x000000a4,0x0000008b,0x000500c4,0x00000006,0x000000a5,0x000000a4,0x00000093,0x0004007c,0x0000000f,0x000000a6,
    0x000000a5,0x0003003e,0x0000009c,0x000000a6,0x000200f9,0x0000009e,0x000200f8,0x0000009e,0x0004003d,0x0000000f,
    0x000000a7,0x0000009c,0x000200fe,0x000000a7,0x000200f8,0x0000007e,0x0004003d,0x00000007,0x000000aa,0x00000015,
    0x0004007c,0x00000081,0x000000ab,0x000000aa,0x0004003d,0x00000006,0x000000ac,0x00000017,0x000500c2,0x00000006,
    0x000000ae,0x000000ac,0x000000ad,0x00060041,0x00000088,0x000000af,0x000000ab,0x00000070,0x000000ae,0x0006003d,
    0x00000006,0x000000b0,0x000000af,0x00000002,0x00000004,0x0004003d,0x00000006,0x000000b1,0x00000017,0x000500c7,
    0x00000006,0x000000b2,0x000000b1,0x0000007a,0x00050084,0x00000006,0x000000b4,0x000000b2,0x000000b3,0x000500c2,
    0x00000006,0x000000b5,0x000000b0,0x000000b4,0x000500c7,0x00000006,0x000000b7,0x000000b5,0x000000b6,0x0003003e,
    0x000000a9,0x000000b7,0x0004003d,0x00000006,0x000000b8,0x00000016,0x000500aa,0x00000009,0x000000ba,0x000000b8,
    0x000000b9,0x000300f7,0x000000bd,0x00000000,0x000400fa,0x000000ba,0x000000bc,0x000000c1,0x000200f8,0x000000bc,
    0x0004003d,0x00000006,0x000000bf,0x000000a9,0x0003003e,0x000000be,0x000000bf,0x00050039,0x0000000f,0x000000c0,
    0x00000012,0x000000be,0x0003003e,0x000000bb,0x000000c0,0x000200f9,0x000000bd,0x000200f8,0x000000c1,0x0004003d,
    0x00000006,0x000000c2,0x000000a9,0x000500c4,0x00000006,0x000000c4,0x000000c2,0x000000c3,0x0006000c,0x000000a0,
    0x000000c5,0x00000001,0x0000003e,0x000000c4,0x00050051,0x0000000f,0x000000c6,0x000000c5,0x00000000,0x0003003e,
    0x000000bb,0x000000c6,0x000200f9,0x000000bd,0x000200f8,0x000000bd,0x0004003d,0x0000000f,0x000000c7,0x000000bb,
    0x000200fe,0x000000c7,0x00010038,0x00050036,0x0000000f,0x0000001d,0x00000000,0x0000001a,0x00030037,0x0000000e,
    0x0000001b,0x00030037,0x0000000e,0x0000001c,0x000200f8,0x0000001e,0x0004003b,0x0000000e,0x000000f4,0x00000007,
    0x0004003b,0x0000000e,0x000000fb,0x00000007,0x0004003b,0x0000000e,0x000000ff,0x00000007,0x0004003b,0x0000000e,
    0x00000103,0x00000007,0x0004003b,0x0000000e,0x00000108,0x00000007,0x0004003b,0x0000010d,0x0000010e,0x00000007,
    0x0004003b,0x0000010d,0x00000115,0x00000007,0x0004003b,0x0000010d,0x0000011b,0x00000007,0x0004003b,0x0000010d,
    0x00000129,0x00000007,0x0004003d,0x00000006,0x000000ca,0x0000001b,0x00050041,0x000000cf,0x000000d0,0x000000cd,
    0x000000ce,0x0004003d,0x00000006,0x000000d1,0x000000d0,0x000500ae,0x00000009,0x000000d2,0x000000ca,0x000000d1,
    0x000400a8,0x00000009,0x000000d3,0x000000d2,0x000300f7,0x000000d5,0x00000000,0x000400fa,0x000000d3,0x000000d4,
    0x000000d5,0x000200f8,0x000000d4,0x0004003d,0x00000006,0x000000d6,0x0000001c,0x00050041,0x000000cf,0x000000d7,
    0x000000cd,0x000000c3,0x0004003d,0x00000006,0x000000d8,0x000000d7,0x000500ae,0x00000009,0x000000d9,0x000000d6,
    0x000000d8,0x000200f9,0x000000d5,0x000200f8,0x000000d5,0x000700f5,0x00000009,0x000000da,0x000000d2,0x0000001e,
    0x000000d9,0x000000d4,0x000300f7,0x000000dc,0x00000000,0x000400fa,0x000000da,0x000000db,0x000000dc,0x000200f8,
    0x000000db,0x000200fe,0x000000dd,0x000200f8,0x000000dc,0x00050041,0x000000cf,0x000000e0,0x000000cd,0x000000df,
    0x0004003d,0x00000006,0x000000e1,0x000000e0,0x000500c7,0x00000006,0x000000e2,0x000000e1,0x00000077,0x000500aa,
    0x00000009,0x000000e3,0x000000e2,0x0000001f,0x000300f7,0x000000e5,0x00000000,0x000400fa,0x000000e3,0x000000e4,
    0x000000e5,0x000200f8,0x000000e4,0x00050041,0x000000e6,0x000000e7,0x000000cd,0x00000070,0x0004003d,0x00000007,
    0x000000e8,0x000000e7,0x0004007c,0x0000006c,0x000000e9,0x000000e8,0x0004003d,0x00000006,0x000000ea,0x0000001b,
    0x00050041,0x000000cf,0x000000ec,0x000000cd,0x000000eb,0x0004003d,0x00000006,0x000000ed,0x000000ec,0x00050084,
    0x00000006,0x000000ee,0x000000ea,0x000000ed,0x0004003d,0x00000006,0x000000ef,0x0000001c,0x00050080,0x00000006,
    0x000000f0,0x000000ee,0x000000ef,0x00060041,0x00000072,0x000000f1,0x000000e9,0x00000070,0x000000f0,0x0006003d,
    0x0000000f,0x000000f2,0x000000f1,0x00000002,0x00000004,0x000200fe,0x000000f2,0x000200f8,0x000000e5,0x00050041,
    0x000000cf,0x000000f6,0x000000cd,0x000000f5,0x0004003d,0x00000006,0x000000f7,0x000000f6,0x00050041,0x000000cf,
    0x000000f8,0x000000cd,0x000000f5,0x0004003d,0x00000006,0x000000f9,0x000000f8,0x00050084,0x00000006,0x000000fa,
    0x000000f7,0x000000f9,0x0003003e,0x000000f4,0x000000fa,0x0004003d,0x00000006,0x000000fc,0x0000001c,0x0004003d,
    0x00000006,0x000000fd,0x000000f4,0x00050086,0x00000006,0x000000fe,0x000000fc,0x000000fd,0x0003003e,0x000000fb,
    0x000000fe,0x0004003d,0x00000006,0x00000100,0x0000001c,0x0004003d,0x00000006,0x00000101,0x000000f4,0x00050089,
    0x00000006,0x00000102,0x00000100,0x00000101,0x0003003e,0x000000ff,0x00000102,0x0004003d,0x00000006,0x00000104,
    0x000000ff,0x00050041,0x000000cf,0x00000105,0x000000cd,0x000000f5,0x0004003d,0x00000006,0x00000106,0x00000105,
    0x00050086,0x00000006,0x00000107,0x00000104,0x00000106,0x0003003e,0x00000103,0x00000107,0x0004003d,0x00000006,
    0x00000109,0x000000ff,0x00050041,0x000000cf,0x0000010a,0x000000cd,0x000000f5,0x0004003d,0x00000006,0x0000010b,
    0x0000010a,0x00050089,0x00000006,0x0000010c,0x00000109,0x0000010b,0x0003003e,0x00000108,0x0000010c,0x0004003d,
    0x00000006,0x0000010f,0x0000001b,0x00050041,0x000000cf,0x00000111,0x000000cd,0x00000110,0x0004003d,0x00000006,
    0x00000112,0x00000111,0x00050086,0x00000006,0x00000113,0x0000010f,0x00000112,0x0004007c,0x0000002e,0x00000114,
    0x00000113,0x0003003e,0x0000010e,0x00000114,0x0004003d,0x00000006,0x00000116,0x0000001b,0x00050041,0x000000cf,
    0x00000117,0x000000cd,0x00000110,0x0004003d,0x00000006,0x00000118,0x00000117,0x00050089,0x00000006,0x00000119,
    0x00000116,0x00000118,0x0004007c,0x0000002e,0x0000011a,0x00000119,0x0003003e,0x00000115,0x0000011a,0x0004003d,
    0x0000002e,0x0000011c,0x0000010e,0x00050041,0x000000cf,0x0000011d,0x000000cd,0x00000093,0x0004003d,0x00000006,
    0x0000011e,0x0000011d,0x0004007c,0x0000002e,0x0000011f,0x0000011e,0x00050084,0x0000002e,0x00000120,0x0000011c,
    0x0000011f,0x00050041,0x000000cf,0x00000122,0x000000cd,0x00000121,0x0004003d,0x00000006,0x00000123,0x00000122,
    0x0004007c,0x0000002e,0x00000124,0x00000123,0x00050082,0x0000002e,0x00000125,0x00000120,0x00000124,0x0004003d,
    0x00000006,0x00000126,0x00000103,0x0004007c,0x0000002e,0x00000127,0x00000126,0x00050080,0x0000002e,0x00000128,
    0x00000125,0x00000127,0x0003003e,0x0000011b,0x00000128,0x0004003d,0x0000002e,0x0000012a,0x00000115,0x00050041,
    0x000000cf,0x0000012b,0x000000cd,0x00000093,0x0004003d,0x00000006,0x0000012c,0x0000012b,0x0004007c,0x0000002e,
    0x0000012d,0x0000012c,0x00050084,0x0000002e,0x0000012e,0x0000012a,0x0000012d,0x00050041,0x000000cf,0x00000130,
    0x000000cd,0x0000012f,0x0004003d,0x00000006,0x00000131,0x00000130,0x0004007c,0x0000002e,0x00000132,0x00000131,
    0x00050082,0x0000002e,0x00000133,0x0000012e,0x00000132,0x0004003d,0x00000006,0x00000134,0x00000108,0x0004007c,
    0x0000002e,0x00000135,0x00000134,0x00050080,0x0000002e,0x00000136,0x00000133,0x00000135,0x0003003e,0x00000129,
    0x00000136,0x0004003d,0x0000002e,0x00000137,0x0000011b,0x000500b1,0x00000009,0x00000138,0x00000137,0x00000070,
    0x0004003d,0x0000002e,0x00000139,0x00000129,0x000500b1,0x00000009,0x0000013a,0x00000139,0x00000070,0x000500a6,
    0x00000009,0x0000013b,0x00000138,0x0000013a,0x000400a8,0x00000009,0x0000013c,0x0000013b,0x000300f7,0x0000013e,
    0x00000000,0x000400fa,0x0000013c,0x0000013d,0x0000013e,0x000200f8,0x0000013d,0x0004003d,0x0000002e,0x0000013f,
    0x0000011b,0x00050041,0x000000cf,0x00000141,0x000000cd,0x00000140,0x0004003d,0x00000006,0x00000142,0x00000141,
    0x0004007c,0x0000002e,0x00000143,0x00000142,0x000500af,0x00000009,0x00000144,0x0000013f,0x00000143,0x000200f9,
    0x0000013e,0x000200f8,0x0000013e,0x000700f5,0x00000009,0x00000145,0x0000013b,0x000000e5,0x00000144,0x0000013d,
    0x000400a8,0x00000009,0x00000146,0x00000145,0x000300f7,0x00000148,0x00000000,0x000400fa,0x00000146,0x00000147,
    0x00000148,0x000200f8,0x00000147,0x0004003d,0x0000002e,0x00000149,0x00000129,0x00050041,0x000000cf,0x0000014b,
    0x000000cd,0x0000014a,0x0004003d,0x00000006,0x0000014c,0x0000014b,0x0004007c,0x0000002e,0x0000014d,0x0000014c,
    0x000500af,0x00000009,0x0000014e,0x00000149,0x0000014d,0x000200f9,0x00000148,0x000200f8,0x00000148,0x000700f5,
    0x00000009,0x0000014f,0x00000145,0x0000013e,0x0000014e,0x00000147,0x000300f7,0x00000151,0x00000000,0x000400fa,
    0x0000014f,0x00000150,0x00000151,0x000200f8,0x00000150,0x000200fe,0x000000dd,0x000200f8,0x00000151,0x00050041,
    0x000000e6,0x00000153,0x000000cd,0x00000070,0x0004003d,0x00000007,0x00000154,0x00000153,0x0004007c,0x0000006c,
    0x00000155,0x00000154,0x0004003d,0x0000002e,0x00000156,0x0000011b,0x0004007c,0x00000006,0x00000157,0x00000156,
    0x00050041,0x000000cf,0x00000158,0x000000cd,0x0000014a,0x0004003d,0x00000006,0x00000159,0x00000158,0x00050084,
    0x00000006,0x0000015a,0x00000157,0x00000159,0x0004003d,0x0000002e,0x0000015b,0x00000129,0x0004007c,0x00000006,
    0x0000015c,0x0000015b,0x00050080,0x00000006,0x0000015d,0x0000015a,0x0000015c,0x00050041,0x000000cf,0x0000015f,
    0x000000cd,0x0000015e,0x0004003d,0x00000006,0x00000160,0x0000015f,0x00050084,0x00000006,0x00000161,0x0000015d,
    0x00000160,0x0004003d,0x00000006,0x00000162,0x000000fb,0x00050080,0x00000006,0x00000163,0x00000161,0x00000162,
    0x00060041,0x00000072,0x00000164,0x00000155,0x00000070,0x00000163,0x0006003d,0x0000000f,0x00000165,0x00000164,
    0x00000002,0x00000004,0x000200fe,0x00000165,0x00010038,
};
static const uint32_t ralu__spv_linear_coopmat[4943] = {
    0x07230203,0x00010500,0x0008000b,0x000003b3,0x00000000,0x00020011,0x00000001,0x00020011,0x00000009,0x00020011,
    0x0000003d,0x00020011,0x0000003f,0x00020011,0x000014e1,0x00020011,0x000014e3,0x00020011,0x00001786,0x0008000a,
    0x5f565053,0x5f52484b,0x706f6f63,0x74617265,0x5f657669,0x7274616d,0x00007869,0x0006000b,0x00000001,0x4c534c47,
    0x6474732e,0x3035342e,0x00000000,0x0003000e,0x000014e4,0x00000003,0x000f000f,0x00000005,0x00000004,0x6e69616d,
    0x00000000,0x000000cd,0x0000016b,0x00000170,0x00000173,0x000001df,0x00000223,0x00000263,0x00000324,0x0000033d,
    0x000003aa,0x00060010,0x00000004,0x00000011,0x00000080,0x00000001,0x00000001,0x00040047,0x0000006d,0x00000006,
    0x00000004,0x00050048,0x0000006e,0x00000000,0x00000023,0x00000000,0x00030047,0x0000006e,0x00000002,0x00040047,
    0x00000082,0x00000006,0x00000004,0x00050048,0x00000083,0x00000000,0x00000023,0x00000000,0x00030047,0x00000083,
    0x00000002,0x00050048,0x000000cb,0x00000000,0x00000023,0x00000000,0x00050048,0x000000cb,0x00000001,0x00000023,
    0x00000008,0x00050048,0x000000cb,0x00000002,0x00000023,0x00000010,0x00050048,0x000000cb,0x00000003,0x00000023,
    0x00000018,0x00050048,0x000000cb,0x00000004,0x00000023,0x00000020,0x00050048,0x000000cb,0x00000005,0x00000023,
    0x00000024,0x00050048,0x000000cb,0x00000006,0x00000023,0x00000028,0x00050048,0x000000cb,0x00000007,0x00000023,
    0x0000002c,0x00050048,0x000000cb,0x00000008,0x00000023,0x00000030,0x00050048,0x000000cb,0x00000009,0x00000023,
    0x00000034,0x00050048,0x000000cb,0x0000000a,0x00000023,0x00000038,0x00050048,0x000000cb,0x0000000b,0x00000023,
    0x0000003c,0x00050048,0x000000cb,0x0000000c,0x00000023,0x00000040,0x00050048,0x000000cb,0x0000000d,0x00000023,
    0x00000044,0x00050048,0x000000cb,0x0000000e,0x00000023,0x00000048,0x00050048,0x000000cb,0x0000000f,0x00000023,
    0x0000004c,0x00050048,0x000000cb,0x00000010,0x00000023,0x00000050,0x00050048,0x000000cb,0x00000011,0x00000023,
    0x00000054,0x00050048,0x000000cb,0x00000012,0x00000023,0x00000058,0x00050048,0x000000cb,0x00000013,0x00000023,
    0x0000005c,0x00030047,0x000000cb,0x00000002,0x00040047,0x0000016b,0x0000000b,0x0000001b,0x00040047,0x00000170,
    0x0000000b,0x00000028,0x00040047,0x00000173,0x0000000b,0x0000001a,0x00030047,0x00000324,0x00000000,0x00040047,
    0x00000324,0x0000000b,0x00000029,0x00030047,0x00000325,0x00000000,0x00030047,0x000003aa,0x00000000,0x00040047,
    0x000003aa,0x0000000b,0x00000024,0x00030047,0x000003ab,0x00000000,0x00040047,0x000003b2,0x0000000b,0x00000019,
    0x00020013,0x00000002,0x00030021,0x00000003,0x00000002,0x00040015,0x00000006,0x00000020,0x00000000,0x00040017,
    0x00000007,0x00000006,0x00000002,0x00040020,0x00000008,0x00000007,0x00000007,0x00020014,0x00000009,0x00040021,
    0x0000000a,0x00000009,0x00000008,0x00040020,0x0000000e,0x00000007,0x00000006,0x00030016,0x0000000f,0x00000020,
    0x00040021,0x00000010,0x0000000f,0x0000000e,0x00060021,0x00000014,0x0000000f,0x00000008,0x0000000e,0x0000000e,
    0x00050021,0x0000001a,0x0000000f,0x0000000e,0x0000000e,0x0004002b,0x00000006,0x0000001f,0x00000000,0x0004002b,
    0x00000006,0x00000025,0x00000001,0x00040015,0x0000002e,0x00000020,0x00000001,0x0004002b,0x0000002e,0x0000002f,
    0x00000003,0x0004002b,0x00000006,0x00000031,0x0000000f,0x0004002b,0x00000006,0x00000035,0x00000007,0x00040020,
    0x00000037,0x00000007,0x0000000f,0x0004002b,0x0000000f,0x0000003e,0x3f800000,0x0004002b,0x0000000f,0x00000041,
    0x41000000,0x0004002b,0x0000002e,0x00000046,0x00000007,0x0004002b,0x0000002e,0x0000004d,0xfffffffa,0x0004002b,
    0x00000006,0x00000057,0x7fc00000,0x0004002b,0x00000006,0x0000005a,0x00000080,0x00030027,0x0000006c,0x000014e5,
    0x0003001d,0x0000006d,0x0000000f,0x0003001e,0x0000006e,0x0000006d,0x00040020,0x0000006c,0x000014e5,0x0000006e,
    0x0004002b,0x0000002e,0x00000070,0x00000000,0x00040020,0x00000072,0x000014e5,0x0000000f,0x0004002b,0x00000006,
    0x00000077,0x00000002,0x0004002b,0x00000006,0x0000007a,0x00000003,0x00030027,0x00000081,0x000014e5,0x0003001d,
    0x00000082,0x00000006,0x0003001e,0x00000083,0x00000082,0x00040020,0x00000081,0x000014e5,0x00000083,0x0004002b,
    0x0000002e,0x00000086,0x00000001,0x00040020,0x00000088,0x000014e5,0x00000006,0x0004002b,0x0000002e,0x00000093,
    0x00000010,0x0004002b,0x00000006,0x00000097,0x0000ffff,0x00040017,0x000000a0,0x0000000f,0x00000002,0x0004002b,
    0x0000002e,0x000000ad,0x00000002,0x0004002b,0x00000006,0x000000b3,0x00000008,0x0004002b,0x00000006,0x000000b6,
    0x000000ff,0x0004002b,0x00000006,0x000000b9,0x00000004,0x0004002b,0x0000002e,0x000000c3,0x00000008,0x0016001e,
    0x000000cb,0x00000007,0x00000007,0x00000007,0x00000007,0x00000006,0x00000006,0x00000006,0x00000006,0x00000006,
    0x00000006,0x00000006,0x0000000f,0x00000006,0x00000006,0x00000006,0x00000006,0x00000006,0x00000006,0x00000006,
    0x00000006,0x00040020,0x000000cc,0x00000009,0x000000cb,0x0004003b,0x000000cc,0x000000cd,0x00000009,0x0004002b,
    0x0000002e,0x000000ce,0x00000006,0x00040020,0x000000cf,0x00000009,0x00000006,0x0004002b,0x0000000f,0x000000dd,
    0x00000000,0x0004002b,0x0000002e,0x000000df,0x0000000a,0x00040020,0x000000e6,0x00000009,0x00000007,0x0004002b,
    0x0000002e,0x000000eb,0x00000004,0x0004002b,0x0000002e,0x000000f5,0x0000000f,0x00040020,0x0000010d,0x00000007,
    0x0000002e,0x0004002b,0x0000002e,0x00000110,0x00000013,0x0004002b,0x0000002e,0x00000121,0x00000011,0x0004002b,
    0x0000002e,0x0000012f,0x00000012,0x0004002b,0x0000002e,0x00000140,0x0000000c,0x0004002b,0x0000002e,0x0000014a,
    0x0000000d,0x0004002b,0x0000002e,0x0000015e,0x0000000e,0x00040017,0x00000169,0x00000006,0x00000003,0x00040020,
    0x0000016a,0x00000001,0x00000169,0x0004003b,0x0000016a,0x0000016b,0x00000001,0x00040020,0x0000016c,0x00000001,
    0x00000006,0x0004003b,0x0000016c,0x00000170,0x00000001,0x0004003b,0x0000016a,0x00000173,0x00000001,0x0004002b,
    0x00000006,0x00000176,0x00000040,0x0004002b,0x00000006,0x0000017f,0x00000020,0x0004002b,0x00000006,0x00000195,
    0x00000010,0x00071168,0x00000196,0x0000000f,0x0000007a,0x00000195,0x00000195,0x00000077,0x0004001c,0x00000197,
    0x00000196,0x00000077,0x0004001c,0x00000198,0x00000197,0x00000077,0x00040020,0x00000199,0x00000007,0x00000198,
    0x0004002c,0x00000196,0x0000019d,0x000000dd,0x00040020,0x0000019e,0x00000007,0x00000196,0x0004001c,0x000001c2,
    0x0000000f,0x00000195,0x00040020,0x000001c3,0x00000007,0x000001c2,0x0004001c,0x000001dd,0x0000000f,0x000000b9,
    0x00040020,0x000001de,0x00000004,0x000001dd,0x0004003b,0x000001de,0x000001df,0x00000004,0x00040020,0x000001e2,
    0x00000004,0x0000000f,0x0004002b,0x0000002e,0x0000020a,0x00000009,0x00030016,0x0000021f,0x00000010,0x0004002b,
    0x00000006,0x00000220,0x00000a00,0x0004001c,0x00000221,0x0000021f,0x00000220,0x00040020,0x00000222,0x00000004,
    0x00000221,0x0004003b,0x00000222,0x00000223,0x00000004,0x0004002b,0x00000006,0x00000225,0x00000028,0x00040020,
    0x0000022b,0x00000004,0x0000021f,0x0004002b,0x00000006,0x0000022f,0x00000108,0x0004001e,0x0000023e,0x0000000f,
    0x0000002e,0x0004003b,0x00000222,0x00000263,0x00000004,0x00071168,0x00000299,0x0000021f,0x0000007a,0x00000195,
    0x00000195,0x0000001f,0x00040020,0x0000029a,0x00000007,0x00000299,0x0004001c,0x000002ae,0x00000299,0x00000077,
    0x00040020,0x000002af,0x00000007,0x000002ae,0x00071168,0x000002be,0x0000021f,0x0000007a,0x00000195,0x00000195,
    0x00000025,0x00040020,0x000002bf,0x00000007,0x000002be,0x0004001c,0x000002d3,0x000002be,0x00000077,0x00040020,
    0x000002d4,0x00000007,0x000002d3,0x0004003b,0x0000016c,0x00000324,0x00000001,0x0004002b,0x00000006,0x0000033a,
    0x00000400,0x0004001c,0x0000033b,0x0000000f,0x0000033a,0x00040020,0x0000033c,0x00000004,0x0000033b,0x0004003b,
    0x0000033c,0x0000033d,0x00000004,0x0004002b,0x00000006,0x0000033f,0x00000100,0x0004002b,0x00000006,0x00000344,
    0x00000d48,0x0004002b,0x0000002e,0x0000037a,0x0000000b,0x00040020,0x0000037b,0x00000009,0x0000000f,0x0004002b,
    0x0000002e,0x00000390,0x00000005,0x0004003b,0x0000016c,0x000003aa,0x00000001,0x0006002c,0x00000169,0x000003b2,
    0x0000005a,0x00000025,0x00000025,0x00050036,0x00000002,0x00000004,0x00000000,0x00000003,0x000200f8,0x00000005,
    0x0004003b,0x0000000e,0x00000168,0x00000007,0x0004003b,0x0000000e,0x0000016f,0x00000007,0x0004003b,0x0000000e,
    0x00000172,0x00000007,0x0004003b,0x0000000e,0x00000178,0x00000007,0x0004003b,0x0000000e,0x0000017c,0x00000007,
    0x0004003b,0x0000000e,0x00000181,0x00000007,0x0004003b,0x0000010d,0x00000185,0x00000007,0x0004003b,0x0000010d,
    0x0000018d,0x00000007,0x0004003b,0x00000199,0x0000019a,0x00000007,0x0004003b,0x0000000e,0x000001a4,0x00000007,
    0x0004003b,0x00000037,0x000001ae,0x00000007,0x0004003b,0x0000000e,0x000001af,0x00000007,0x0004003b,0x0000000e,
    0x000001b7,0x00000007,0x0004003b,0x0000000e,0x000001bc,0x00000007,0x0004003b,0x0000000e,0x000001bf,0x00000007,
    0x0004003b,0x000001c3,0x000001c4,0x00000007,0x0004003b,0x0000000e,0x000001cc,0x00000007,0x0004003b,0x0000000e,
    0x000001cd,0x00000007,0x0004003b,0x0000000e,0x000001e4,0x00000007,0x0004003b,0x0000000e,0x000001ec,0x00000007,
    0x0004003b,0x0000000e,0x000001f1,0x00000007,0x0004003b,0x0000000e,0x000001f4,0x00000007,0x0004003b,0x00000037,
    0x000001f7,0x00000007,0x0004003b,0x00000037,0x00000207,0x00000007,0x0004003b,0x00000008,0x00000215,0x00000007,
    0x0004003b,0x0000000e,0x00000218,0x00000007,0x0004003b,0x0000000e,0x0000021b,0x00000007,0x0004003b,0x00000037,
    0x00000230,0x00000007,0x0004003b,0x0000010d,0x0000023c,0x00000007,0x0004003b,0x00000037,0x00000242,0x00000007,
    0x0004003b,0x00000037,0x00000245,0x00000007,0x0004003b,0x00000037,0x0000024d,0x00000007,0x0004003b,0x0000000e,
    0x00000250,0x00000007,0x0004003b,0x0000000e,0x00000258,0x00000007,0x0004003b,0x0000000e,0x0000025d,0x00000007,
    0x0004003b,0x0000000e,0x00000260,0x00000007,0x0004003b,0x0000010d,0x00000271,0x00000007,0x0004003b,0x0000010d,
    0x00000279,0x00000007,0x0004003b,0x00000199,0x00000281,0x00000007,0x0004003b,0x0000000e,0x00000289,0x00000007,
    0x0004003b,0x0000010d,0x00000291,0x00000007,0x0004003b,0x0000029a,0x0000029b,0x00000007,0x0004003b,0x000002af,
    0x000002b0,0x00000007,0x0004003b,0x0000010d,0x000002b6,0x00000007,0x0004003b,0x000002bf,0x000002c0,0x00000007,
    0x0004003b,0x000002d4,0x000002d5,0x00000007,0x0004003b,0x0000010d,0x000002db,0x00000007,0x0004003b,0x0000010d,
    0x000002e3,0x00000007,0x0004003b,0x0000010d,0x000002ff,0x00000007,0x0004003b,0x0000010d,0x00000307,0x00000007,
    0x0004003b,0x0000000e,0x00000323,0x00000007,0x0004003b,0x0000010d,0x00000326,0x00000007,0x0004003b,0x0000010d,
    0x0000032e,0x00000007,0x0004003b,0x0000000e,0x00000345,0x00000007,0x0004003b,0x0000000e,0x0000034e,0x00000007,
    0x0004003b,0x0000000e,0x00000359,0x00000007,0x0004003b,0x00000037,0x00000373,0x00000007,0x0004003b,0x00000008,
    0x0000037f,0x00000007,0x0004003b,0x0000000e,0x0000038e,0x00000007,0x00050041,0x0000016c,0x0000016d,0x0000016b,
    0x0000001f,0x0004003d,0x00000006,0x0000016e,0x0000016d,0x0003003e,0x00000168,0x0000016e,0x0004003d,0x00000006,
    0x00000171,0x00000170,0x0003003e,0x0000016f,0x00000171,0x00050041,0x0000016c,0x00000174,0x00000173,0x00000025,
    0x0004003d,0x00000006,0x00000175,0x00000174,0x00050084,0x00000006,0x00000177,0x00000175,0x00000176,0x0003003e,
    0x00000172,0x00000177,0x00050041,0x0000016c,0x00000179,0x00000173,0x0000001f,0x0004003d,0x00000006,0x0000017a,
    0x00000179,0x00050084,0x00000006,0x0000017b,0x0000017a,0x00000176,0x0003003e,0x00000178,0x0000017b,0x0004003d,
    0x00000006,0x0000017d,0x0000016f,0x00050086,0x00000006,0x0000017e,0x0000017d,0x00000077,0x00050084,0x00000006,
    0x00000180,0x0000017e,0x0000017f,0x0003003e,0x0000017c,0x00000180,0x0004003d,0x00000006,0x00000182,0x0000016f,
    0x00050089,0x00000006,0x00000183,0x00000182,0x00000077,0x00050084,0x00000006,0x00000184,0x00000183,0x0000017f,
    0x0003003e,0x00000181,0x00000184,0x0003003e,0x00000185,0x00000070,0x000200f9,0x00000186,0x000200f8,0x00000186,
    0x000400f6,0x00000188,0x00000189,0x00000000,0x000200f9,0x0000018a,0x000200f8,0x0000018a,0x0004003d,0x0000002e,
    0x0000018b,0x00000185,0x000500b1,0x00000009,0x0000018c,0x0000018b,0x000000ad,0x000400fa,0x0000018c,0x00000187,
    0x00000188,0x000200f8,0x00000187,0x0003003e,0x0000018d,0x00000070,0x000200f9,0x0000018e,0x000200f8,0x0000018e,
    0x000400f6,0x00000190,0x00000191,0x00000000,0x000200f9,0x00000192,0x000200f8,0x00000192,0x0004003d,0x0000002e,
    0x00000193,0x0000018d,0x000500b1,0x00000009,0x00000194,0x00000193,0x000000ad,0x000400fa,0x00000194,0x0000018f,
    0x00000190,0x000200f8,0x0000018f,0x0004003d,0x0000002e,0x0000019b,0x00000185,0x0004003d,0x0000002e,0x0000019c,
    0x0000018d,0x00060041,0x0000019e,0x0000019f,0x0000019a,0x0000019b,0x0000019c,0x0003003e,0x0000019f,0x0000019d,
    0x000200f9,0x00000191,0x000200f8,0x00000191,0x0004003d,0x0000002e,0x000001a0,0x0000018d,0x00050080,0x0000002e,
    0x000001a1,0x000001a0,0x00000086,0x0003003e,0x0000018d,0x000001a1,0x000200f9,0x0000018e,0x000200f8,0x00000190,
    0x000200f9,0x00000189,0x000200f8,0x00000189,0x0004003d,0x0000002e,0x000001a2,0x00000185,0x00050080,0x0000002e,
    0x000001a3,0x000001a2,0x00000086,0x0003003e,0x00000185,0x000001a3,0x000200f9,0x00000186,0x000200f8,0x00000188,
    0x0003003e,0x000001a4,0x0000001f,0x000200f9,0x000001a5,0x000200f8,0x000001a5,0x000400f6,0x000001a7,0x000001a8,
    0x00000000,0x000200f9,0x000001a9,0x000200f8,0x000001a9,0x0004003d,0x00000006,0x000001aa,0x000001a4,0x00050041,
    0x000000cf,0x000001ab,0x000000cd,0x000000c3,0x0004003d,0x00000006,0x000001ac,0x000001ab,0x000500b0,0x00000009,
    0x000001ad,0x000001aa,0x000001ac,0x000400fa,0x000001ad,0x000001a6,0x000001a7,0x000200f8,0x000001a6,0x0003003e,
    0x000001ae,0x000000dd,0x0003003e,0x000001af,0x0000001f,0x000200f9,0x000001b0,0x000200f8,0x000001b0,0x000400f6,
    0x000001b2,0x000001b3,0x00000000,0x000200f9,0x000001b4,0x000200f8,0x000001b4,0x0004003d,0x00000006,0x000001b5,
    0x000001af,0x000500b0,0x00000009,0x000001b6,0x000001b5,0x00000195,0x000400fa,0x000001b6,0x000001b1,0x000001b2,
    0x000200f8,0x000001b1,0x0004003d,0x00000006,0x000001b8,0x00000168,0x0004003d,0x00000006,0x000001b9,0x000001af,
    0x00050084,0x00000006,0x000001ba,0x0000005a,0x000001b9,0x00050080,0x00000006,0x000001bb,0x000001b8,0x000001ba,
    0x0003003e,0x000001b7,0x000001bb,0x0004003d,0x00000006,0x000001bd,0x000001b7,0x00050086,0x00000006,0x000001be,
    0x000001bd,0x0000017f,0x0003003e,0x000001bc,0x000001be,0x0004003d,0x00000006,0x000001c0,0x000001b7,0x00050089,
    0x00000006,0x000001c1,0x000001c0,0x0000017f,0x0003003e,0x000001bf,0x000001c1,0x0004003d,0x00000006,0x000001c5,
    0x000001af,0x0004003d,0x00000006,0x000001c6,0x00000172,0x0004003d,0x00000006,0x000001c7,0x000001bc,0x00050080,
    0x00000006,0x000001c8,0x000001c6,0x000001c7,0x0004003d,0x00000006,0x000001c9,0x000001a4,0x0004003d,0x00000006,
    0x000001ca,0x000001bf,0x00050080,0x00000006,0x000001cb,0x000001c9,0x000001ca,0x0003003e,0x000001cc,0x000001c8,
    0x0003003e,0x000001cd,0x000001cb,0x00060039,0x0000000f,0x000001ce,0x0000001d,0x000001cc,0x000001cd,0x00050041,
    0x00000037,0x000001cf,0x000001c4,0x000001c5,0x0003003e,0x000001cf,0x000001ce,0x0004003d,0x0000000f,0x000001d0,
    0x000001ae,0x0004003d,0x00000006,0x000001d1,0x000001af,0x00050041,0x00000037,0x000001d2,0x000001c4,0x000001d1,
    0x0004003d,0x0000000f,0x000001d3,0x000001d2,0x0006000c,0x0000000f,0x000001d4,0x00000001,0x00000004,0x000001d3,
    0x0007000c,0x0000000f,0x000001d5,0x00000001,0x00000028,0x000001d0,0x000001d4,0x0003003e,0x000001ae,0x000001d5,
    0x000200f9,0x000001b3,0x000200f8,0x000001b3,0x0004003d,0x00000006,0x000001d6,0x000001af,0x00050080,0x00000006,
    0x000001d7,0x000001d6,0x00000086,0x0003003e,0x000001af,0x000001d7,0x000200f9,0x000001b0,0x000200f8,0x000001b2,
    0x0004003d,0x0000000f,0x000001d8,0x000001ae,0x00060166,0x0000000f,0x000001d9,0x0000007a,0x00000000,0x000001d8,
    0x0003003e,0x000001ae,0x000001d9,0x0004014d,0x00000009,0x000001da,0x0000007a,0x000300f7,0x000001dc,0x00000000,
    0x000400fa,0x000001da,0x000001db,0x000001dc,0x000200f8,0x000001db,0x0004003d,0x00000006,0x000001e0,0x0000016f,
    0x0004003d,0x0000000f,0x000001e1,0x000001ae,0x00050041,0x000001e2,0x000001e3,0x000001df,0x000001e0,0x0005003e,
    0x000001e3,0x000001e1,0x00000028,0x00000077,0x000200f9,0x000001dc,0x000200f8,0x000001dc,0x0003003e,0x000001e4,
    0x0000001f,0x000200f9,0x000001e5,0x000200f8,0x000001e5,0x000400f6,0x000001e7,0x000001e8,0x00000000,0x000200f9,
    0x000001e9,0x000200f8,0x000001e9,0x0004003d,0x00000006,0x000001ea,0x000001e4,0x000500b0,0x00000009,0x000001eb,
    0x000001ea,0x00000195,0x000400fa,0x000001eb,0x000001e6,0x000001e7,0x000200f8,0x000001e6,0x0004003d,0x00000006,
    0x000001ed,0x00000168,0x0004003d,0x00000006,0x000001ee,0x000001e4,0x00050084,0x00000006,0x000001ef,0x0000005a,
    0x000001ee,0x00050080,0x00000006,0x000001f0,0x000001ed,0x000001ef,0x0003003e,0x000001ec,0x000001f0,0x0004003d,
    0x00000006,0x000001f2,0x000001ec,0x00050086,0x00000006,0x000001f3,0x000001f2,0x0000017f,0x0003003e,0x000001f1,
    0x000001f3,0x0004003d,0x00000006,0x000001f5,0x000001ec,0x00050089,0x00000006,0x000001f6,0x000001f5,0x0000017f,
    0x0003003e,0x000001f4,0x000001f6,0x0004003d,0x00000006,0x000001f8,0x00000178,0x0004003d,0x00000006,0x000001f9,
    0x000001f1,0x00050080,0x00000006,0x000001fa,0x000001f8,0x000001f9,0x00050041,0x000000cf,0x000001fb,0x000000cd,
    0x00000046,0x0004003d,0x00000006,0x000001fc,0x000001fb,0x000500b0,0x00000009,0x000001fd,0x000001fa,0x000001fc,
    0x000300f7,0x000001ff,0x00000000,0x000400fa,0x000001fd,0x000001fe,0x000001ff,0x000200f8,0x000001fe,0x0004003d,
    0x00000006,0x00000200,0x000001a4,0x0004003d,0x00000006,0x00000201,0x000001f4,0x00050080,0x00000006,0x00000202,
    0x00000200,0x00000201,0x00050041,0x000000cf,0x00000203,0x000000cd,0x000000c3,0x0004003d,0x00000006,0x00000204,
    0x00000203,0x000500b0,0x00000009,0x00000205,0x00000202,0x00000204,0x000200f9,0x000001ff,0x000200f8,0x000001ff,
    0x000700f5,0x00000009,0x00000206,0x000001fd,0x000001e6,0x00000205,0x000001fe,0x000300f7,0x00000209,0x00000000,
    0x000400fa,0x00000206,0x00000208,0x0000021d,0x000200f8,0x00000208,0x0004003d,0x00000006,0x0000020b,0x00000178,
    0x0004003d,0x00000006,0x0000020c,0x000001f1,0x00050080,0x00000006,0x0000020d,0x0000020b,0x0000020c,0x00050041,
    0x000000cf,0x0000020e,0x000000cd,0x000000c3,0x0004003d,0x00000006,0x0000020f,0x0000020e,0x00050084,0x00000006,
    0x00000210,0x0000020d,0x0000020f,0x0004003d,0x00000006,0x00000211,0x000001a4,0x00050080,0x00000006,0x00000212,
    0x00000210,0x00000211,0x0004003d,0x00000006,0x00000213,0x000001f4,0x00050080,0x00000006,0x00000214,0x00000212,
    0x00000213,0x00050041,0x000000e6,0x00000216,0x000000cd,0x000000ad,0x0004003d,0x00000007,0x00000217,0x00000216,
    0x0003003e,0x00000215,0x00000217,0x00050041,0x000000cf,0x00000219,0x000000cd,0x0000020a,0x0004003d,0x00000006,
    0x0000021a,0x00000219,0x0003003e,0x00000218,0x0000021a,0x0003003e,0x0000021b,0x00000214,0x00070039,0x0000000f,
    0x0000021c,0x00000018,0x00000215,0x00000218,0x0000021b,0x0003003e,0x00000207,0x0000021c,0x000200f9,0x00000209,
    0x000200f8,0x0000021d,0x0003003e,0x00000207,0x000000dd,0x000200f9,0x00000209,0x000200f8,0x00000209,0x0004003d,
    0x0000000f,0x0000021e,0x00000207,0x0003003e,0x000001f7,0x0000021e,0x0004003d,0x00000006,0x00000224,0x000001f1,
    0x00050084,0x00000006,0x00000226,0x00000224,0x00000225,0x0004003d,0x00000006,0x00000227,0x000001f4,0x00050080,
    0x00000006,0x00000228,0x00000226,0x00000227,0x0004003d,0x0000000f,0x00000229,0x000001f7,0x00040073,0x0000021f,
    0x0000022a,0x00000229,0x00050041,0x0000022b,0x0000022c,0x00000223,0x00000228,0x0005003e,0x0000022c,0x0000022a,
    0x00000028,0x00000077,0x000200f9,0x000001e8,0x000200f8,0x000001e8,0x0004003d,0x00000006,0x0000022d,0x000001e4,
    0x00050080,0x00000006,0x0000022e,0x0000022d,0x00000086,0x0003003e,0x000001e4,0x0000022e,0x000200f9,0x000001e5,
    0x000200f8,0x000001e7,0x000400e0,0x00000077,0x00000077,0x0000022f,0x00050041,0x000001e2,0x00000231,0x000001df,
    0x00000070,0x0006003d,0x0000000f,0x00000232,0x00000231,0x00000030,0x00000077,0x00050041,0x000001e2,0x00000233,
    0x000001df,0x00000086,0x0006003d,0x0000000f,0x00000234,0x00000233,0x00000030,0x00000077,0x0007000c,0x0000000f,
    0x00000235,0x00000001,0x00000028,0x00000232,0x00000234,0x00050041,0x000001e2,0x00000236,0x000001df,0x000000ad,
    0x0006003d,0x0000000f,0x00000237,0x00000236,0x00000030,0x00000077,0x00050041,0x000001e2,0x00000238,0x000001df,
    0x0000002f,0x0006003d,0x0000000f,0x00000239,0x00000238,0x00000030,0x00000077,0x0007000c,0x0000000f,0x0000023a,
    0x00000001,0x00000028,0x00000237,0x00000239,0x0007000c,0x0000000f,0x0000023b,0x00000001,0x00000028,0x00000235,
    0x0000023a,0x0003003e,0x00000230,0x0000023b,0x0003003e,0x0000023c,0x00000070,0x0004003d,0x0000000f,0x0000023d,
    0x00000230,0x0006000c,0x0000023e,0x0000023f,0x00000001,0x00000034,0x0000023d,0x00050051,0x0000002e,0x00000240,
    0x0000023f,0x00000001,0x0003003e,0x0000023c,0x00000240,0x00050051,0x0000000f,0x00000241,0x0000023f,0x00000000,
    0x0004003d,0x0000000f,0x00000243,0x00000230,0x000500ba,0x00000009,0x00000244,0x00000243,0x000000dd,0x000300f7,
    0x00000247,0x00000000,0x000400fa,0x00000244,0x00000246,0x0000024b,0x000200f8,0x00000246,0x0004003d,0x0000002e,
    0x00000248,0x0000023c,0x00050082,0x0000002e,0x00000249,0x00000248,0x0000015e,0x0007000c,0x0000000f,0x0000024a,
    0x00000001,0x00000035,0x0000003e,0x00000249,0x0003003e,0x00000245,0x0000024a,0x000200f9,0x00000247,0x000200f8,
    0x0000024b,0x0003003e,0x00000245,0x0000003e,0x000200f9,0x00000247,0x000200f8,0x00000247,0x0004003d,0x0000000f,
    0x0000024c,0x00000245,0x0003003e,0x00000242,0x0000024c,0x0004003d,0x0000000f,0x0000024e,0x00000242,0x00050088,
    0x0000000f,0x0000024f,0x0000003e,0x0000024e,0x0003003e,0x0000024d,0x0000024f,0x0003003e,0x00000250,0x0000001f,
    0x000200f9,0x00000251,0x000200f8,0x00000251,0x000400f6,0x00000253,0x00000254,0x00000000,0x000200f9,0x00000255,
    0x000200f8,0x00000255,0x0004003d,0x00000006,0x00000256,0x00000250,0x000500b0,0x00000009,0x00000257,0x00000256,
    0x00000195,0x000400fa,0x00000257,0x00000252,0x00000253,0x000200f8,0x00000252,0x0004003d,0x00000006,0x00000259,
    0x00000168,0x0004003d,0x00000006,0x0000025a,0x00000250,0x00050084,0x00000006,0x0000025b,0x0000005a,0x0000025a,
    0x00050080,0x00000006,0x0000025c,0x00000259,0x0000025b,0x0003003e,0x00000258,0x0000025c,0x0004003d,0x00000006,
    0x0000025e,0x00000258,0x00050086,0x00000006,0x0000025f,0x0000025e,0x0000017f,0x0003003e,0x0000025d,0x0000025f,
    0x0004003d,0x00000006,0x00000261,0x00000258,0x00050089,0x00000006,0x00000262,0x00000261,0x0000017f,0x0003003e,
    0x00000260,0x00000262,0x0004003d,0x00000006,0x00000264,0x0000025d,0x00050084,0x00000006,0x00000265,0x00000264,
    0x00000225,0x0004003d,0x00000006,0x00000266,0x00000260,0x00050080,0x00000006,0x00000267,0x00000265,0x00000266,
    0x0004003d,0x00000006,0x00000268,0x00000250,0x00050041,0x00000037,0x00000269,0x000001c4,0x00000268,0x0004003d,
    0x0000000f,0x0000026a,0x00000269,0x0004003d,0x0000000f,0x0000026b,0x0000024d,0x00050085,0x0000000f,0x0000026c,
    0x0000026a,0x0000026b,0x00040073,0x0000021f,0x0000026d,0x0000026c,0x00050041,0x0000022b,0x0000026e,0x00000263,
    0x00000267,0x0005003e,0x0000026e,0x0000026d,0x00000028,0x00000077,0x000200f9,0x00000254,0x000200f8,0x00000254,
    0x0004003d,0x00000006,0x0000026f,0x00000250,0x00050080,0x00000006,0x00000270,0x0000026f,0x00000086,0x0003003e,
    0x00000250,0x00000270,0x000200f9,0x00000251,0x000200f8,0x00000253,0x000400e0,0x00000077,0x00000077,0x0000022f,
    0x0003003e,0x00000271,0x00000070,0x000200f9,0x00000272,0x000200f8,0x00000272,0x000400f6,0x00000274,0x00000275,
    0x00000000,0x000200f9,0x00000276,0x000200f8,0x00000276,0x0004003d,0x0000002e,0x00000277,0x00000271,0x000500b1,
    0x00000009,0x00000278,0x00000277,0x000000ad,0x000400fa,0x00000278,0x00000273,0x00000274,0x000200f8,0x00000273,
    0x0003003e,0x00000279,0x00000070,0x000200f9,0x0000027a,0x000200f8,0x0000027a,0x000400f6,0x0000027c,0x0000027d,
    0x00000000,0x000200f9,0x0000027e,0x000200f8,0x0000027e,0x0004003d,0x0000002e,0x0000027f,0x00000279,0x000500b1,
    0x00000009,0x00000280,0x0000027f,0x000000ad,0x000400fa,0x00000280,0x0000027b,0x0000027c,0x000200f8,0x0000027b,
    0x0004003d,0x0000002e,0x00000282,0x00000271,0x0004003d,0x0000002e,0x00000283,0x00000279,0x00060041,0x0000019e,
    0x00000284,0x00000281,0x00000282,0x00000283,0x0003003e,0x00000284,0x0000019d,0x000200f9,0x0000027d,0x000200f8,
    0x0000027d,0x0004003d,0x0000002e,0x00000285,0x00000279,0x00050080,0x0000002e,0x00000286,0x00000285,0x00000086,
    0x0003003e,0x00000279,0x00000286,0x000200f9,0x0000027a,0x000200f8,0x0000027c,0x000200f9,0x00000275,0x000200f8,
    0x00000275,0x0004003d,0x0000002e,0x00000287,0x00000271,0x00050080,0x0000002e,0x00000288,0x00000287,0x00000086,
    0x0003003e,0x00000271,0x00000288,0x000200f9,0x00000272,0x000200f8,0x00000274,0x0003003e,0x00000289,0x0000001f,
    0x000200f9,0x0000028a,0x000200f8,0x0000028a,0x000400f6,0x0000028c,0x0000028d,0x00000000,0x000200f9,0x0000028e,
    0x000200f8,0x0000028e,0x0004003d,0x00000006,0x0000028f,0x00000289,0x000500b0,0x00000009,0x00000290,0x0000028f,
    0x0000017f,0x000400fa,0x00000290,0x0000028b,0x0000028c,0x000200f8,0x0000028b,0x0003003e,0x00000291,0x00000070,
    0x000200f9,0x00000292,0x000200f8,0x00000292,0x000400f6,0x00000294,0x00000295,0x00000000,0x000200f9,0x00000296,
    0x000200f8,0x00000296,0x0004003d,0x0000002e,0x00000297,0x00000291,0x000500b1,0x00000009,0x00000298,0x00000297,
    0x000000ad,0x000400fa,0x00000298,0x00000293,0x00000294,0x000200f8,0x00000293,0x0004003d,0x00000006,0x0000029c,
    0x0000017c,0x0004003d,0x0000002e,0x0000029d,0x00000291,0x0004007c,0x00000006,0x0000029e,0x0000029d,0x00050084,
    0x00000006,0x0000029f,0x00000195,0x0000029e,0x00050080,0x00000006,0x000002a0,0x0000029c,0x0000029f,0x00050084,
    0x00000006,0x000002a1,0x000002a0,0x00000225,0x0004003d,0x00000006,0x000002a2,0x00000289,0x00050080,0x00000006,
    0x000002a3,0x000002a1,0x000002a2,0x00050041,0x0000022b,0x000002a4,0x00000263,0x000002a3,0x0004003d,0x00000006,
    0x000002a5,0x0000017c,0x0004003d,0x0000002e,0x000002a6,0x00000291,0x0004007c,0x00000006,0x000002a7,0x000002a6,
    0x00050084,0x00000006,0x000002a8,0x00000195,0x000002a7,0x00050080,0x00000006,0x000002a9,0x000002a5,0x000002a8,
    0x00050084,0x00000006,0x000002aa,0x000002a9,0x00000225,0x0004003d,0x00000006,0x000002ab,0x00000289,0x00050080,
    0x00000006,0x000002ac,0x000002aa,0x000002ab,0x00081169,0x00000299,0x000002ad,0x000002a4,0x00000070,0x00000225,
    0x00000030,0x00000077,0x0003003e,0x0000029b,0x000002ad,0x0004003d,0x0000002e,0x000002b1,0x00000291,0x0004003d,
    0x00000299,0x000002b2,0x0000029b,0x00050041,0x0000029a,0x000002b3,0x000002b0,0x000002b1,0x0003003e,0x000002b3,
    0x000002b2,0x000200f9,0x00000295,0x000200f8,0x00000295,0x0004003d,0x0000002e,0x000002b4,0x00000291,0x00050080,
    0x0000002e,0x000002b5,0x000002b4,0x00000086,0x0003003e,0x00000291,0x000002b5,0x000200f9,0x00000292,0x000200f8,
    0x00000294,0x0003003e,0x000002b6,0x00000070,0x000200f9,0x000002b7,0x000200f8,0x000002b7,0x000400f6,0x000002b9,
    0x000002ba,0x00000000,0x000200f9,0x000002bb,0x000200f8,0x000002bb,0x0004003d,0x0000002e,0x000002bc,0x000002b6,
    0x000500b1,0x00000009,0x000002bd,0x000002bc,0x000000ad,0x000400fa,0x000002bd,0x000002b8,0x000002b9,0x000200f8,
    0x000002b8,0x0004003d,0x00000006,0x000002c1,0x00000181,0x0004003d,0x0000002e,0x000002c2,0x000002b6,0x0004007c,
    0x00000006,0x000002c3,0x000002c2,0x00050084,0x00000006,0x000002c4,0x00000195,0x000002c3,0x00050080,0x00000006,
    0x000002c5,0x000002c1,0x000002c4,0x00050084,0x00000006,0x000002c6,0x000002c5,0x00000225,0x0004003d,0x00000006,
    0x000002c7,0x00000289,0x00050080,0x00000006,0x000002c8,0x000002c6,0x000002c7,0x00050041,0x0000022b,0x000002c9,
    0x00000223,0x000002c8,0x0004003d,0x00000006,0x000002ca,0x00000181,0x0004003d,0x0000002e,0x000002cb,0x000002b6,
    0x0004007c,0x00000006,0x000002cc,0x000002cb,0x00050084,0x00000006,0x000002cd,0x00000195,0x000002cc,0x00050080,
    0x00000006,0x000002ce,0x000002ca,0x000002cd,0x00050084,0x00000006,0x000002cf,0x000002ce,0x00000225,0x0004003d,
    0x00000006,0x000002d0,0x00000289,0x00050080,0x00000006,0x000002d1,0x000002cf,0x000002d0,0x00081169,0x000002be,
    0x000002d2,0x000002c9,0x00000086,0x00000225,0x00000030,0x00000077,0x0003003e,0x000002c0,0x000002d2,0x0004003d,
    0x0000002e,0x000002d6,0x000002b6,0x0004003d,0x000002be,0x000002d7,0x000002c0,0x00050041,0x000002bf,0x000002d8,
    0x000002d5,0x000002d6,0x0003003e,0x000002d8,0x000002d7,0x000200f9,0x000002ba,0x000200f8,0x000002ba,0x0004003d,
    0x0000002e,0x000002d9,0x000002b6,0x00050080,0x0000002e,0x000002da,0x000002d9,0x00000086,0x0003003e,0x000002b6,
    0x000002da,0x000200f9,0x000002b7,0x000200f8,0x000002b9,0x0003003e,0x000002db,0x00000070,0x000200f9,0x000002dc,
    0x000200f8,0x000002dc,0x000400f6,0x000002de,0x000002df,0x00000000,0x000200f9,0x000002e0,0x000200f8,0x000002e0,
    0x0004003d,0x0000002e,0x000002e1,0x000002db,0x000500b1,0x00000009,0x000002e2,0x000002e1,0x000000ad,0x000400fa,
    0x000002e2,0x000002dd,0x000002de,0x000200f8,0x000002dd,0x0003003e,0x000002e3,0x00000070,0x000200f9,0x000002e4,
    0x000200f8,0x000002e4,0x000400f6,0x000002e6,0x000002e7,0x00000000,0x000200f9,0x000002e8,0x000200f8,0x000002e8,
    0x0004003d,0x0000002e,0x000002e9,0x000002e3,0x000500b1,0x00000009,0x000002ea,0x000002e9,0x000000ad,0x000400fa,
    0x000002ea,0x000002e5,0x000002e6,0x000200f8,0x000002e5,0x0004003d,0x0000002e,0x000002eb,0x000002db,0x0004003d,
    0x0000002e,0x000002ec,0x000002e3,0x0004003d,0x0000002e,0x000002ed,0x000002db,0x00050041,0x0000029a,0x000002ee,
    0x000002b0,0x000002ed,0x0004003d,0x00000299,0x000002ef,0x000002ee,0x0004003d,0x0000002e,0x000002f0,0x000002e3,
    0x00050041,0x000002bf,0x000002f1,0x000002d5,0x000002f0,0x0004003d,0x000002be,0x000002f2,0x000002f1,0x0004003d,
    0x0000002e,0x000002f3,0x000002db,0x0004003d,0x0000002e,0x000002f4,0x000002e3,0x00060041,0x0000019e,0x000002f5,
    0x00000281,0x000002f3,0x000002f4,0x0004003d,0x00000196,0x000002f6,0x000002f5,0x0006116b,0x00000196,0x000002f7,
    0x000002ef,0x000002f2,0x000002f6,0x00060041,0x0000019e,0x000002f8,0x00000281,0x000002eb,0x000002ec,0x0003003e,
    0x000002f8,0x000002f7,0x000200f9,0x000002e7,0x000200f8,0x000002e7,0x0004003d,0x0000002e,0x000002f9,0x000002e3,
    0x00050080,0x0000002e,0x000002fa,0x000002f9,0x00000086,0x0003003e,0x000002e3,0x000002fa,0x000200f9,0x000002e4,
    0x000200f8,0x000002e6,0x000200f9,0x000002df,0x000200f8,0x000002df,0x0004003d,0x0000002e,0x000002fb,0x000002db,
    0x00050080,0x0000002e,0x000002fc,0x000002fb,0x00000086,0x0003003e,0x000002db,0x000002fc,0x000200f9,0x000002dc,
    0x000200f8,0x000002de,0x000200f9,0x0000028d,0x000200f8,0x0000028d,0x0004003d,0x00000006,0x000002fd,0x00000289,
    0x00050080,0x00000006,0x000002fe,0x000002fd,0x00000195,0x0003003e,0x00000289,0x000002fe,0x000200f9,0x0000028a,
    0x000200f8,0x0000028c,0x0003003e,0x000002ff,0x00000070,0x000200f9,0x00000300,0x000200f8,0x00000300,0x000400f6,
    0x00000302,0x00000303,0x00000000,0x000200f9,0x00000304,0x000200f8,0x00000304,0x0004003d,0x0000002e,0x00000305,
    0x000002ff,0x000500b1,0x00000009,0x00000306,0x00000305,0x000000ad,0x000400fa,0x00000306,0x00000301,0x00000302,
    0x000200f8,0x00000301,0x0003003e,0x00000307,0x00000070,0x000200f9,0x00000308,0x000200f8,0x00000308,0x000400f6,
    0x0000030a,0x0000030b,0x00000000,0x000200f9,0x0000030c,0x000200f8,0x0000030c,0x0004003d,0x0000002e,0x0000030d,
    0x00000307,0x000500b1,0x00000009,0x0000030e,0x0000030d,0x000000ad,0x000400fa,0x0000030e,0x00000309,0x0000030a,
    0x000200f8,0x00000309,0x0004003d,0x0000002e,0x0000030f,0x000002ff,0x0004003d,0x0000002e,0x00000310,0x00000307,
    0x0004003d,0x0000002e,0x00000311,0x000002ff,0x0004003d,0x0000002e,0x00000312,0x00000307,0x00060041,0x0000019e,
    0x00000313,0x0000019a,0x00000311,0x00000312,0x0004003d,0x00000196,0x00000314,0x00000313,0x0004003d,0x0000002e,
    0x00000315,0x000002ff,0x0004003d,0x0000002e,0x00000316,0x00000307,0x00060041,0x0000019e,0x00000317,0x00000281,
    0x00000315,0x00000316,0x0004003d,0x00000196,0x00000318,0x00000317,0x0004003d,0x0000000f,0x00000319,0x00000242,
    0x0005008f,0x00000196,0x0000031a,0x00000318,0x00000319,0x00050081,0x00000196,0x0000031b,0x00000314,0x0000031a,
    0x00060041,0x0000019e,0x0000031c,0x0000019a,0x0000030f,0x00000310,0x0003003e,0x0000031c,0x0000031b,0x000200f9,
    0x0000030b,0x000200f8,0x0000030b,0x0004003d,0x0000002e,0x0000031d,0x00000307,0x00050080,0x0000002e,0x0000031e,
    0x0000031d,0x00000086,0x0003003e,0x00000307,0x0000031e,0x000200f9,0x00000308,0x000200f8,0x0000030a,0x000200f9,
    0x00000303,0x000200f8,0x00000303,0x0004003d,0x0000002e,0x0000031f,0x000002ff,0x00050080,0x0000002e,0x00000320,
    0x0000031f,0x00000086,0x0003003e,0x000002ff,0x00000320,0x000200f9,0x00000300,0x000200f8,0x00000302,0x000400e0,
    0x00000077,0x00000077,0x0000022f,0x000200f9,0x000001a8,0x000200f8,0x000001a8,0x0004003d,0x00000006,0x00000321,
    0x000001a4,0x00050080,0x00000006,0x00000322,0x00000321,0x0000017f,0x0003003e,0x000001a4,0x00000322,0x000200f9,
    0x000001a5,0x000200f8,0x000001a7,0x0004003d,0x00000006,0x00000325,0x00000324,0x0003003e,0x00000323,0x00000325,
    0x0003003e,0x00000326,0x00000070,0x000200f9,0x00000327,0x000200f8,0x00000327,0x000400f6,0x00000329,0x0000032a,
    0x00000000,0x000200f9,0x0000032b,0x000200f8,0x0000032b,0x0004003d,0x0000002e,0x0000032c,0x00000326,0x000500b1,
    0x00000009,0x0000032d,0x0000032c,0x000000ad,0x000400fa,0x0000032d,0x00000328,0x00000329,0x000200f8,0x00000328,
    0x0003003e,0x0000032e,0x00000070,0x000200f9,0x0000032f,0x000200f8,0x0000032f,0x000400f6,0x00000331,0x00000332,
    0x00000000,0x000200f9,0x00000333,0x000200f8,0x00000333,0x0004003d,0x0000002e,0x00000334,0x0000032e,0x000500b1,
    0x00000009,0x00000335,0x00000334,0x000000ad,0x000400fa,0x00000335,0x00000330,0x00000331,0x000200f8,0x00000330,
    0x0004003d,0x0000002e,0x00000336,0x00000326,0x0004003d,0x0000002e,0x00000337,0x0000032e,0x00060041,0x0000019e,
    0x00000338,0x0000019a,0x00000336,0x00000337,0x0004003d,0x00000196,0x00000339,0x00000338,0x0004003d,0x00000006,
    0x0000033e,0x0000016f,0x00050084,0x00000006,0x00000340,0x0000033e,0x0000033f,0x00050041,0x000001e2,0x00000341,
    0x0000033d,0x00000340,0x0004003d,0x00000006,0x00000342,0x0000016f,0x00050084,0x00000006,0x00000343,0x00000342,
    0x0000033f,0x0007116a,0x00000341,0x00000339,0x00000070,0x00000195,0x00000028,0x00000077,0x000300e1,0x0000007a,
    0x0000022f,0x000400e0,0x0000007a,0x0000007a,0x00000344,0x0004003d,0x00000006,0x00000346,0x00000323,0x0003003e,
    0x00000345,0x00000346,0x000200f9,0x00000347,0x000200f8,0x00000347,0x000400f6,0x00000349,0x0000034a,0x00000000,
    0x000200f9,0x0000034b,0x000200f8,0x0000034b,0x0004003d,0x00000006,0x0000034c,0x00000345,0x000500b0,0x00000009,
    0x0000034d,0x0000034c,0x0000033f,0x000400fa,0x0000034d,0x00000348,0x00000349,0x000200f8,0x00000348,0x0004003d,
    0x00000006,0x0000034f,0x00000172,0x0004003d,0x00000006,0x00000350,0x0000017c,0x00050080,0x00000006,0x00000351,
    0x0000034f,0x00000350,0x0004003d,0x0000002e,0x00000352,0x00000326,0x0004007c,0x00000006,0x00000353,0x00000352,
    0x00050084,0x00000006,0x00000354,0x00000195,0x00000353,0x00050080,0x00000006,0x00000355,0x00000351,0x00000354,
    0x0004003d,0x00000006,0x00000356,0x00000345,0x00050086,0x00000006,0x00000357,0x00000356,0x00000195,0x00050080,
    0x00000006,0x00000358,0x00000355,0x00000357,0x0003003e,0x0000034e,0x00000358,0x0004003d,0x00000006,0x0000035a,
    0x00000178,0x0004003d,0x00000006,0x0000035b,0x00000181,0x00050080,0x00000006,0x0000035c,0x0000035a,0x0000035b,
    0x0004003d,0x0000002e,0x0000035d,0x0000032e,0x0004007c,0x00000006,0x0000035e,0x0000035d,0x00050084,0x00000006,
    0x0000035f,0x00000195,0x0000035e,0x00050080,0x00000006,0x00000360,0x0000035c,0x0000035f,0x0004003d,0x00000006,
    0x00000361,0x00000345,0x00050089,0x00000006,0x00000362,0x00000361,0x00000195,0x00050080,0x00000006,0x00000363,
    0x00000360,0x00000362,0x0003003e,0x00000359,0x00000363,0x0004003d,0x00000006,0x00000364,0x0000034e,0x00050041,
    0x000000cf,0x00000365,0x000000cd,0x000000ce,0x0004003d,0x00000006,0x00000366,0x00000365,0x000500ae,0x00000009,
    0x00000367,0x00000364,0x00000366,0x000400a8,0x00000009,0x00000368,0x00000367,0x000300f7,0x0000036a,0x00000000,
    0x000400fa,0x00000368,0x00000369,0x0000036a,0x000200f8,0x00000369,0x0004003d,0x00000006,0x0000036b,0x00000359,
    0x00050041,0x000000cf,0x0000036c,0x000000cd,0x00000046,0x0004003d,0x00000006,0x0000036d,0x0000036c,0x000500ae,
    0x00000009,0x0000036e,0x0000036b,0x0000036d,0x000200f9,0x0000036a,0x000200f8,0x0000036a,0x000700f5,0x00000009,
    0x0000036f,0x00000367,0x00000348,0x0000036e,0x00000369,0x000300f7,0x00000371,0x00000000,0x000400fa,0x0000036f,
    0x00000370,0x00000371,0x000200f8,0x00000370,0x000200f9,0x0000034a,0x000200f8,0x00000371,0x0004003d,0x00000006,
    0x00000374,0x0000016f,0x00050084,0x00000006,0x00000375,0x00000374,0x0000033f,0x0004003d,0x00000006,0x00000376,
    0x00000345,0x00050080,0x00000006,0x00000377,0x00000375,0x00000376,0x00050041,0x000001e2,0x00000378,0x0000033d,
    0x00000377,0x0006003d,0x0000000f,0x00000379,0x00000378,0x00000030,0x00000077,0x00050041,0x0000037b,0x0000037c,
    0x000000cd,0x0000037a,0x0004003d,0x0000000f,0x0000037d,0x0000037c,0x00050085,0x0000000f,0x0000037e,0x00000379,
    0x0000037d,0x0003003e,0x00000373,0x0000037e,0x00050041,0x000000e6,0x00000380,0x000000cd,0x0000002f,0x0004003d,
    0x00000007,0x00000381,0x00000380,0x0003003e,0x0000037f,0x00000381,0x00050039,0x00000009,0x00000382,0x0000000c,
    0x0000037f,0x000400a8,0x00000009,0x00000383,0x00000382,0x000300f7,0x00000385,0x00000000,0x000400fa,0x00000383,
    0x00000384,0x00000385,0x000200f8,0x00000384,0x00050041,0x000000e6,0x00000386,0x000000cd,0x0000002f,0x0004003d,
    0x00000007,0x00000387,0x00000386,0x0004007c,0x0000006c,0x00000388,0x00000387,0x0004003d,0x00000006,0x00000389,
    0x00000359,0x00060041,0x00000072,0x0000038a,0x00000388,0x00000070,0x00000389,0x0006003d,0x0000000f,0x0000038b,
    0x0000038a,0x00000002,0x00000004,0x0004003d,0x0000000f,0x0000038c,0x00000373,0x00050081,0x0000000f,0x0000038d,
    0x0000038c,0x0000038b,0x0003003e,0x00000373,0x0000038d,0x000200f9,0x00000385,0x000200f8,0x00000385,0x0004003d,
    0x00000006,0x0000038f,0x0000034e,0x00050041,0x000000cf,0x00000391,0x000000cd,0x00000390,0x0004003d,0x00000006,
    0x00000392,0x00000391,0x00050084,0x00000006,0x00000393,0x0000038f,0x00000392,0x0004003d,0x00000006,0x00000394,
    0x00000359,0x00050080,0x00000006,0x00000395,0x00000393,0x00000394,0x0003003e,0x0000038e,0x00000395,0x00050041,
    0x000000cf,0x00000396,0x000000cd,0x000000df,0x0004003d,0x00000006,0x00000397,0x00000396,0x000500c7,0x00000006,
    0x00000398,0x00000397,0x00000025,0x000500ab,0x00000009,0x00000399,0x00000398,0x0000001f,0x000300f7,0x0000039b,
    0x00000000,0x000400fa,0x00000399,0x0000039a,0x0000039b,0x000200f8,0x0000039a,0x00050041,0x000000e6,0x0000039c,
    0x000000cd,0x00000086,0x0004003d,0x00000007,0x0000039d,0x0000039c,0x0004007c,0x0000006c,0x0000039e,0x0000039d,
    0x0004003d,0x00000006,0x0000039f,0x0000038e,0x00060041,0x00000072,0x000003a0,0x0000039e,0x00000070,0x0000039f,
    0x0006003d,0x0000000f,0x000003a1,0x000003a0,0x00000002,0x00000004,0x0004003d,0x0000000f,0x000003a2,0x00000373,
    0x00050081,0x0000000f,0x000003a3,0x000003a2,0x000003a1,0x0003003e,0x00000373,0x000003a3,0x000200f9,0x0000039b,
    0x000200f8,0x0000039b,0x00050041,0x000000e6,0x000003a4,0x000000cd,0x00000086,0x0004003d,0x00000007,0x000003a5,
    0x000003a4,0x0004007c,0x0000006c,0x000003a6,0x000003a5,0x0004003d,0x00000006,0x000003a7,0x0000038e,0x0004003d,
    0x0000000f,0x000003a8,0x00000373,0x00060041,0x00000072,0x000003a9,0x000003a6,0x00000070,0x000003a7,0x0005003e,
    0x000003a9,0x000003a8,0x00000002,0x00000004,0x000200f9,0x0000034a,0x000200f8,0x0000034a,0x0004003d,0x00000006,
    0x000003ab,0x000003aa,0x0004003d,0x00000006,0x000003ac,0x00000345,0x00050080,0x00000006,0x000003ad,0x000003ac,
    0x000003ab,0x0003003e,0x00000345,0x000003ad,0x000200f9,0x00000347,0x000200f8,0x00000349,0x000400e0,0x0000007a,
    0x0000007a,0x00000344,0x000200f9,0x00000332,0x000200f8,0x00000332,0x0004003d,0x0000002e,0x000003ae,0x0000032e,
    0x00050080,0x0000002e,0x000003af,0x000003ae,0x00000086,0x0003003e,0x0000032e,0x000003af,0x000200f9,0x0000032f,
    0x000200f8,0x00000331,0x000200f9,0x0000032a,0x000200f8,0x0000032a,0x0004003d,0x0000002e,0x000003b0,0x00000326,
    0x00050080,0x0000002e,0x000003b1,0x000003b0,0x00000086,0x0003003e,0x00000326,0x000003b1,0x000200f9,0x00000327,
    0x000200f8,0x00000329,0x000100fd,0x00010038,0x00050036,0x00000009,0x0000000c,0x00000000,0x0000000a,0x00030037,
    0x00000008,0x0000000b,0x000200f8,0x0000000d,0x00050041,0x0000000e,0x00000020,0x0000000b,0x0000001f,0x0004003d,
    0x00000006,0x00000021,0x00000020,0x000500aa,0x00000009,0x00000022,0x00000021,0x0000001f,0x000300f7,0x00000024,
    0x00000000,0x000400fa,0x00000022,0x00000023,0x00000024,0x000200f8,0x00000023,0x00050041,0x0000000e,0x00000026,
    0x0000000b,0x00000025,0x0004003d,0x00000006,0x00000027,0x00000026,0x000500aa,0x00000009,0x00000028,0x00000027,
    0x0000001f,0x000200f9,0x00000024,0x000200f8,0x00000024,0x000700f5,0x00000009,0x00000029,0x00000022,0x0000000d,
    0x00000028,0x00000023,0x000200fe,0x00000029,0x00010038,0x00050036,0x0000000f,0x00000012,0x00000000,0x00000010,
    0x00030037,0x0000000e,0x00000011,0x000200f8,0x00000013,0x0004003b,0x0000000e,0x0000002c,0x00000007,0x0004003b,
    0x0000000e,0x00000033,0x00000007,0x0004003b,0x00000037,0x00000038,0x00000007,0x0004003b,0x00000037,0x0000003b,
    0x00000007,0x0004003b,0x00000037,0x0000005d,0x00000007,0x0004003d,0x00000006,0x0000002d,0x00000011,0x000500c2,
    0x00000006,0x00000030,0x0000002d,0x0000002f,0x000500c7,0x00000006,0x00000032,0x00000030,0x00000031,0x0003003e,
    0x0000002c,0x00000032,0x0004003d,0x00000006,0x00000034,0x00000011,0x000500c7,0x00000006,0x00000036,0x00000034,
    0x00000035,0x0003003e,0x00000033,0x00000036,0x0004003d,0x00000006,0x00000039,0x0000002c,0x000500ab,0x00000009,
    0x0000003a,0x00000039,0x0000001f,0x000300f7,0x0000003d,0x00000000,0x000400fa,0x0000003a,0x0000003c,0x00000049,
    0x000200f8,0x0000003c,0x0004003d,0x00000006,0x0000003f,0x00000033,0x00040070,0x0000000f,0x00000040,0x0000003f,
    0x00050088,0x0000000f,0x00000042,0x00000040,0x00000041,0x00050081,0x0000000f,0x00000043,0x0000003e,0x00000042,
    0x0004003d,0x00000006,0x00000044,0x0000002c,0x0004007c,0x0000002e,0x00000045,0x00000044,0x00050082,0x0000002e,
    0x00000047,0x00000045,0x00000046,0x0007000c,0x0000000f,0x00000048,0x00000001,0x00000035,0x00000043,0x00000047,
    0x0003003e,0x0000003b,0x00000048,0x000200f9,0x0000003d,0x000200f8,0x00000049,0x0004003d,0x00000006,0x0000004a,
    0x00000033,0x00040070,0x0000000f,0x0000004b,0x0000004a,0x00050088,0x0000000f,0x0000004c,0x0000004b,0x00000041,
    0x0007000c,0x0000000f,0x0000004e,0x00000001,0x00000035,0x0000004c,0x0000004d,0x0003003e,0x0000003b,0x0000004e,
    0x000200f9,0x0000003d,0x000200f8,0x0000003d,0x0004003d,0x0000000f,0x0000004f,0x0000003b,0x0003003e,0x00000038,
    0x0000004f,0x0004003d,0x00000006,0x00000050,0x0000002c,0x000500aa,0x00000009,0x00000051,0x00000050,0x00000031,
    0x0004003d,0x00000006,0x00000052,0x00000033,0x000500aa,0x00000009,0x00000053,0x00000052,0x00000035,0x000500a7,
    0x00000009,0x00000054,0x00000051,0x00000053,0x000300f7,0x00000056,0x00000000,0x000400fa,0x00000054,0x00000055,
    0x00000056,0x000200f8,0x00000055,0x0004007c,0x0000000f,0x00000058,0x00000057,0x0003003e,0x00000038,0x00000058,
    0x000200f9,0x00000056,0x000200f8,0x00000056,0x0004003d,0x00000006,0x00000059,0x00000011,0x000500c7,0x00000006,
    0x0000005b,0x00000059,0x0000005a,0x000500ab,0x00000009,0x0000005c,0x0000005b,0x0000001f,0x000300f7,0x0000005f,
    0x00000000,0x000400fa,0x0000005c,0x0000005e,0x00000062,0x000200f8,0x0000005e,0x0004003d,0x0000000f,0x00000060,
    0x00000038,0x0004007f,0x0000000f,0x00000061,0x00000060,0x0003003e,0x0000005d,0x00000061,0x000200f9,0x0000005f,
    0x000200f8,0x00000062,0x0004003d,0x0000000f,0x00000063,0x00000038,0x0003003e,0x0000005d,0x00000063,0x000200f9,
    0x0000005f,0x000200f8,0x0000005f,0x0004003d,0x0000000f,0x00000064,0x0000005d,0x000200fe,0x00000064,0x00010038,
    0x00050036,0x0000000f,0x00000018,0x00000000,0x00000014,0x00030037,0x00000008,0x00000015,0x00030037,0x0000000e,
    0x00000016,0x00030037,0x0000000e,0x00000017,0x000200f8,0x00000019,0x0004003b,0x0000000e,0x0000007f,0x00000007,
    0x0004003b,0x0000000e,0x0000008b,0x00000007,0x0004003b,0x0000000e,0x0000008f,0x00000007,0x0004003b,0x00000037,
    0x0000009c,0x00000007,0x0004003b,0x0000000e,0x000000a9,0x00000007,0x0004003b,0x00000037,0x000000bb,0x00000007,
    0x0004003b,0x0000000e,0x000000be,0x00000007,0x0004003d,0x00000006,0x00000067,0x00000016,0x000500aa,0x00000009,
    0x00000068,0x00000067,0x00000025,0x000300f7,0x0000006a,0x00000000,0x000400fa,0x00000068,0x00000069,0x0000006a,
    0x000200f8,0x00000069,0x0004003d,0x00000007,0x0000006b,0x00000015,0x0004007c,0x0000006c,0x0000006f,0x0000006b,
    0x0004003d,0x00000006,0x00000071,0x00000017,0x00060041,0x00000072,0x00000073,0x0000006f,0x00000070,0x00000071,
    0x0006003d,0x0000000f,0x00000074,0x00000073,0x00000002,0x00000004,0x000200fe,0x00000074,0x000200f8,0x0000006a,
    0x0004003d,0x00000006,0x00000076,0x00000016,0x000500aa,0x00000009,0x00000078,0x00000076,0x00000077,0x0004003d,
    0x00000006,0x00000079,0x00000016,0x000500aa,0x00000009,0x0000007b,0x00000079,0x0000007a,0x000500a6,0x00000009,
    0x0000007c,0x00000078,0x0000007b,0x000300f7,0x0000007e,0x00000000,0x000400fa,0x0000007c,0x0000007d,0x0000007e,
    0x000200f8,0x0000007d,0x0004003d,0x00000007,0x00000080,0x00000015,0x0004007c,0x00000081,0x00000084,0x00000080,
    0x0004003d,0x00000006,0x00000085,0x00000017,0x000500c2,0x00000006,0x00000087,0x00000085,0x00000086,0x00060041,
    0x00000088,0x00000089,0x00000084,0x00000070,0x00000087,0x0006003d,0x00000006,0x0000008a,0x00000089,0x00000002,
    0x00000004,0x0003003e,0x0000007f,0x0000008a,0x0004003d,0x00000006,0x0000008c,0x00000017,0x000500c7,0x00000006,
    0x0000008d,0x0000008c,0x00000025,0x000500ab,0x00000009,0x0000008e,0x0000008d,0x0000001f,0x000300f7,0x00000091,
    0x00000000,0x000400fa,0x0000008e,0x00000090,0x00000095,0x000200f8,0x00000090,0x0004003d,0x00000006,0x00000092,
    0x0000007f,0x000500c2,0x00000006,0x00000094,0x00000092,0x00000093,0x0003003e,0x0000008f,0x00000094,0x000200f9,
    0x00000091,0x000200f8,0x00000095,0x0004003d,0x00000006,0x00000096,0x0000007f,0x000500c7,0x00000006,0x00000098,
    0x00000096,0x00000097,0x0003003e,0x0000008f,0x00000098,0x000200f9,0x00000091,0x000200f8,0x00000091,0x0004003d,
    0x00000006,0x00000099,0x0000008f,0x0003003e,0x0000008b,0x00000099,0x0004003d,0x00000006,0x0000009a,0x00000016,
    0x000500aa,0x00000009,0x0000009b,0x0000009a,0x00000077,0x000300f7,0x0000009e,0x00000000,0x000400fa,0x0000009b,
    0x0000009d,0x000000a3,0x000200f8,0x0000009d,0x0004003d,0x00000006,0x0000009f,0x0000008b,0x0006000c,0x000000a0,
    0x000000a1,0x00000001,0x0000003e,0x0000009f,0x00050051,0x0000000f,0x000000a2,0x000000a1,0x00000000,0x0003003e,
    0x0000009c,0x000000a2,0x000200f9,0x0000009e,0x000200f8,0x000000a3,0x0004003d,0x00000006,0x000000a4,0x0000008b,
    0x000500c4,0x00000006,0x000000a5,0x000000a4,0x00000093,0x0004007c,0x0000000f,0x000000a6,0x000000a5,0x0003003e,
    0x0000009c,0x000000a6,0x000200f9,0x0000009e,0x000200f8,0x0000009e,0x0004003d,0x0000000f,0x000000a7,0x0000009c,
    0x000200fe,0x000000a7,0x000200f8,0x0000007e,0x0004003d,0x00000007,0x000000aa,0x00000015,0x0004007c,0x00000081,
    0x000000ab,0x000000aa,0x0004003d,0x00000006,0x000000ac,0x00000017,0x000500c2,0x00000006,0x000000ae,0x000000ac,
    0x000000ad,0x00060041,0x00000088,0x000000af,0x000000ab,0x00000070,0x000000ae,0x0006003d,0x00000006,0x000000b0,
    0x000000af,0x00000002,0x00000004,0x0004003d,0x00000006,0x000000b1,0x00000017,0x000500c7,0x00000006,0x000000b2,
    0x000000b1,0x0000007a,0x00050084,0x00000006,0x000000b4,0x000000b2,0x000000b3,0x000500c2,0x00000006,0x000000b5,
    0x000000b0,0x000000b4,0x000500c7,0x00000006,0x000000b7,0x000000b5,0x000000b6,0x0003003e,0x000000a9,0x000000b7,
    0x0004003d,0x00000006,0x000000b8,0x00000016,0x000500aa,0x00000009,0x000000ba,0x000000b8,0x000000b9,0x000300f7,
    0x000000bd,0x00000000,0x000400fa,0x000000ba,0x000000bc,0x000000c1,0x000200f8,0x000000bc,0x0004003d,0x00000006,
    0x000000bf,0x000000a9,0x0003003e,0x000000be,0x000000bf,0x00050039,0x0000000f,0x000000c0,0x00000012,0x000000be,
    0x0003003e,0x000000bb,0x000000c0,0x000200f9,0x000000bd,0x000200f8,0x000000c1,0x0004003d,0x00000006,0x000000c2,
    0x000000a9,0x000500c4,0x00000006,0x000000c4,0x000000c2,0x000000c3,0x0006000c,0x000000a0,0x000000c5,0x00000001,
    0x0000003e,0x000000c4,0x00050051,0x0000000f,0x000000c6,0x000000c5,0x00000000,0x0003003e,0x000000bb,0x000000c6,
    0x000200f9,0x000000bd,0x000200f8,0x000000bd,0x0004003d,0x0000000f,0x000000c7,0x000000bb,0x000200fe,0x000000c7,
    0x00010038,0x00050036,0x0000000f,0x0000001d,0x00000000,0x0000001a,0x00030037,0x0000000e,0x0000001b,0x00030037,
    0x0000000e,0x0000001c,0x000200f8,0x0000001e,0x0004003b,0x0000000e,0x000000f4,0x00000007,0x0004003b,0x0000000e,
    0x000000fb,0x00000007,0x0004003b,0x0000000e,0x000000ff,0x00000007,0x0004003b,0x0000000e,0x00000103,0x00000007,
    0x0004003b,0x0000000e,0x00000108,0x00000007,0x0004003b,0x0000010d,0x0000010e,0x00000007,0x0004003b,0x0000010d,
    0x00000115,0x00000007,0x0004003b,0x0000010d,0x0000011b,0x00000007,0x0004003b,0x0000010d,0x00000129,0x00000007,
    0x0004003d,0x00000006,0x000000ca,0x0000001b,0x00050041,0x000000cf,0x000000d0,0x000000cd,0x000000ce,0x0004003d,
    0x00000006,0x000000d1,0x000000d0,0x000500ae,0x00000009,0x000000d2,0x000000ca,0x000000d1,0x000400a8,0x00000009,
    0x000000d3,0x000000d2,0x000300f7,0x000000d5,0x00000000,0x000400fa,0x000000d3,0x000000d4,0x000000d5,0x000200f8,
    0x000000d4,0x0004003d,0x00000006,0x000000d6,0x0000001c,0x00050041,0x000000cf,0x000000d7,0x000000cd,0x000000c3,
    0x0004003d,0x00000006,0x000000d8,0x000000d7,0x000500ae,0x00000009,0x000000d9,0x000000d6,0x000000d8,0x000200f9,
    0x000000d5,0x000200f8,0x000000d5,0x000700f5,0x00000009,0x000000da,0x000000d2,0x0000001e,0x000000d9,0x000000d4,
    0x000300f7,0x000000dc,0x00000000,0x000400fa,0x000000da,0x000000db,0x000000dc,0x000200f8,0x000000db,0x000200fe,
    0x000000dd,0x000200f8,0x000000dc,0x00050041,0x000000cf,0x000000e0,0x000000cd,0x000000df,0x0004003d,0x00000006,
    0x000000e1,0x000000e0,0x000500c7,0x00000006,0x000000e2,0x000000e1,0x00000077,0x000500aa,0x00000009,0x000000e3,
    0x000000e2,0x0000001f,0x000300f7,0x000000e5,0x00000000,0x000400fa,0x000000e3,0x000000e4,0x000000e5,0x000200f8,
    0x000000e4,0x00050041,0x000000e6,0x000000e7,0x000000cd,0x00000070,0x0004003d,0x00000007,0x000000e8,0x000000e7,
    0x0004007c,0x0000006c,0x000000e9,0x000000e8,0x0004003d,0x00000006,0x000000ea,0x0000001b,0x00050041,0x000000cf,
    0x000000ec,0x000000cd,0x000000eb,0x0004003d,0x00000006,0x000000ed,0x000000ec,0x00050084,0x00000006,0x000000ee,
    0x000000ea,0x000000ed,0x0004003d,0x00000006,0x000000ef,0x0000001c,0x00050080,0x00000006,0x000000f0,0x000000ee,
    0x000000ef,0x00060041,0x00000072,0x000000f1,0x000000e9,0x00000070,0x000000f0,0x0006003d,0x0000000f,0x000000f2,
    0x000000f1,0x00000002,0x00000004,0x000200fe,0x000000f2,0x000200f8,0x000000e5,0x00050041,0x000000cf,0x000000f6,
    0x000000cd,0x000000f5,0x0004003d,0x00000006,0x000000f7,0x000000f6,0x00050041,0x000000cf,0x000000f8,0x000000cd,
    0x000000f5,0x0004003d,0x00000006,0x000000f9,0x000000f8,0x00050084,0x00000006,0x000000fa,0x000000f7,0x000000f9,
    0x0003003e,0x000000f4,0x000000fa,0x0004003d,0x00000006,0x000000fc,0x0000001c,0x0004003d,0x00000006,0x000000fd,
    0x000000f4,0x00050086,0x00000006,0x000000fe,0x000000fc,0x000000fd,0x0003003e,0x000000fb,0x000000fe,0x0004003d,
    0x00000006,0x00000100,0x0000001c,0x0004003d,0x00000006,0x00000101,0x000000f4,0x00050089,0x00000006,0x00000102,
    0x00000100,0x00000101,0x0003003e,0x000000ff,0x00000102,0x0004003d,0x00000006,0x00000104,0x000000ff,0x00050041,
    0x000000cf,0x00000105,0x000000cd,0x000000f5,0x0004003d,0x00000006,0x00000106,0x00000105,0x00050086,0x00000006,
    0x00000107,0x00000104,0x00000106,0x0003003e,0x00000103,0x00000107,0x0004003d,0x00000006,0x00000109,0x000000ff,
    0x00050041,0x000000cf,0x0000010a,0x000000cd,0x000000f5,0x0004003d,0x00000006,0x0000010b,0x0000010a,0x00050089,
    0x00000006,0x0000010c,0x00000109,0x0000010b,0x0003003e,0x00000108,0x0000010c,0x0004003d,0x00000006,0x0000010f,
    0x0000001b,0x00050041,0x000000cf,0x00000111,0x000000cd,0x00000110,0x0004003d,0x00000006,0x00000112,0x00000111,
    0x00050086,0x00000006,0x00000113,0x0000010f,0x00000112,0x0004007c,0x0000002e,0x00000114,0x00000113,0x0003003e,
    0x0000010e,0x00000114,0x0004003d,0x00000006,0x00000116,0x0000001b,0x00050041,0x000000cf,0x00000117,0x000000cd,
    0x00000110,0x0004003d,0x00000006,0x00000118,0x00000117,0x00050089,0x00000006,0x00000119,0x00000116,0x00000118,
    0x0004007c,0x0000002e,0x0000011a,0x00000119,0x0003003e,0x00000115,0x0000011a,0x0004003d,0x0000002e,0x0000011c,
    0x0000010e,0x00050041,0x000000cf,0x0000011d,0x000000cd,0x00000093,0x0004003d,0x00000006,0x0000011e,0x0000011d,
    0x0004007c,0x0000002e,0x0000011f,0x0000011e,0x00050084,0x0000002e,0x00000120,0x0000011c,0x0000011f,0x00050041,
    0x000000cf,0x00000122,0x000000cd,0x00000121,0x0004003d,0x00000006,0x00000123,0x00000122,0x0004007c,0x0000002e,
    0x00000124,0x00000123,0x00050082,0x0000002e,0x00000125,0x00000120,0x00000124,0x0004003d,0x00000006,0x00000126,
    0x00000103,0x0004007c,0x0000002e,0x00000127,0x00000126,0x00050080,0x0000002e,0x00000128,0x00000125,0x00000127,
    0x0003003e,0x0000011b,0x00000128,0x0004003d,0x0000002e,0x0000012a,0x00000115,0x00050041,0x000000cf,0x0000012b,
    0x000000cd,0x00000093,0x0004003d,0x00000006,0x0000012c,0x0000012b,0x0004007c,0x0000002e,0x0000012d,0x0000012c,
    0x00050084,0x0000002e,0x0000012e,0x0000012a,0x0000012d,0x00050041,0x000000cf,0x00000130,0x000000cd,0x0000012f,
    0x0004003d,0x00000006,0x00000131,0x00000130,0x0004007c,0x0000002e,0x00000132,0x00000131,0x00050082,0x0000002e,
    0x00000133,0x0000012e,0x00000132,0x0004003d,0x00000006,0x00000134,0x00000108,0x0004007c,0x0000002e,0x00000135,
    0x00000134,0x00050080,0x0000002e,0x00000136,0x00000133,0x00000135,0x0003003e,0x00000129,0x00000136,0x0004003d,
    0x0000002e,0x00000137,0x0000011b,0x000500b1,0x00000009,0x00000138,0x00000137,0x00000070,0x0004003d,0x0000002e,
    0x00000139,0x00000129,0x000500b1,0x00000009,0x0000013a,0x00000139,0x00000070,0x000500a6,0x00000009,0x0000013b,
    0x00000138,0x0000013a,0x000400a8,0x00000009,0x0000013c,0x0000013b,0x000300f7,0x0000013e,0x00000000,0x000400fa,
    0x0000013c,0x0000013d,0x0000013e,0x000200f8,0x0000013d,0x0004003d,0x0000002e,0x0000013f,0x0000011b,0x00050041,
    0x000000cf,0x00000141,0x000000cd,0x00000140,0x0004003d,0x00000006,0x00000142,0x00000141,0x0004007c,0x0000002e,
    0x00000143,0x00000142,0x000500af,0x00000009,0x00000144,0x0000013f,0x00000143,0x000200f9,0x0000013e,0x000200f8,
    0x0000013e,0x000700f5,0x00000009,0x00000145,0x0000013b,0x000000e5,0x00000144,0x0000013d,0x000400a8,0x00000009,
    0x00000146,0x00000145,0x000300f7,0x00000148,0x00000000,0x000400fa,0x00000146,0x00000147,0x00000148,0x000200f8,
    0x00000147,0x0004003d,0x0000002e,0x00000149,0x00000129,0x00050041,0x000000cf,0x0000014b,0x000000cd,0x0000014a,
    0x0004003d,0x00000006,0x0000014c,0x0000014b,0x0004007c,0x0000002e,0x0000014d,0x0000014c,0x000500af,0x00000009,
    0x0000014e,0x00000149,0x0000014d,0x000200f9,0x00000148,0x000200f8,0x00000148,0x000700f5,0x00000009,0x0000014f,
    0x00000145,0x0000013e,0x0000014e,0x00000147,0x000300f7,0x00000151,0x00000000,0x000400fa,0x0000014f,0x00000150,
    0x00000151,0x000200f8,0x00000150,0x000200fe,0x000000dd,0x000200f8,0x00000151,0x00050041,0x000000e6,0x00000153,
    0x000000cd,0x00000070,0x0004003d,0x00000007,0x00000154,0x00000153,0x0004007c,0x0000006c,0x00000155,0x00000154,
    0x0004003d,0x0000002e,0x00000156,0x0000011b,0x0004007c,0x00000006,0x00000157,0x00000156,0x00050041,0x000000cf,
    0x00000158,0x000000cd,0x0000014a,0x0004003d,0x00000006,0x00000159,0x00000158,0x00050084,0x00000006,0x0000015a,
    0x00000157,0x00000159,0x0004003d,0x0000002e,0x0000015b,0x00000129,0x0004007c,0x00000006,0x0000015c,0x0000015b,
    0x00050080,0x00000006,0x0000015d,0x0000015a,0x0000015c,0x00050041,0x000000cf,0x0000015f,0x000000cd,0x0000015e,
    0x0004003d,0x00000006,0x00000160,0x0000015f,0x00050084,0x00000006,0x00000161,0x0000015d,0x00000160,0x0004003d,
    0x00000006,0x00000162,0x000000fb,0x00050080,0x00000006,0x00000163,0x00000161,0x00000162,0x00060041,0x00000072,
    0x00000164,0x00000155,0x00000070,0x00000163,0x0006003d,0x0000000f,0x00000165,0x00000164,0x00000002,0x00000004,
    0x000200fe,0x00000165,0x00010038,
};
static const uint32_t ralu__spv_attention[2907] = {
    0x07230203,0x00010500,0x0008000b,0x00000229,0x00000000,0x00020011,0x00000001,0x00020011,0x000014e3,0x0006000b,
    0x00000001,0x4c534c47,0x6474732e,0x3035342e,0x00000000,0x0003000e,0x000014e4,0x00000001,0x000e000f,0x00000005,
    0x00000004,0x6e69616d,0x00000000,0x0000001f,0x00000029,0x00000031,0x0000005c,0x0000007b,0x0000008a,0x0000008f,
    0x00000129,0x000001a7,0x00060010,0x00000004,0x00000011,0x00000040,0x00000001,0x00000001,0x00040047,0x0000001f,
    0x0000000b,0x0000001a,0x00050048,0x00000027,0x00000000,0x00000023,0x00000000,0x00050048,0x00000027,0x00000001,
    0x00000023,0x00000008,0x00050048,0x00000027,0x00000002,0x00000023,0x00000010,0x00050048,0x00000027,0x00000003,
    0x00000023,0x00000018,0x00050048,0x00000027,0x00000004,0x00000023,0x00000020,0x00050048,0x00000027,0x00000005,
    0x00000023,0x00000028,0x00050048,0x00000027,0x00000006,0x00000023,0x0000002c,0x00050048,0x00000027,0x00000007,
    0x00000023,0x00000030,0x00050048,0x00000027,0x00000008,0x00000023,0x00000034,0x00050048,0x00000027,0x00000009,
    0x00000023,0x00000038,0x00050048,0x00000027,0x0000000a,0x00000023,0x0000003c,0x00050048,0x00000027,0x0000000b,
    0x00000023,0x00000040,0x00050048,0x00000027,0x0000000c,0x00000023,0x00000044,0x00050048,0x00000027,0x0000000d,
    0x00000023,0x00000048,0x00050048,0x00000027,0x0000000e,0x00000023,0x0000004c,0x00050048,0x00000027,0x0000000f,
    0x00000023,0x00000050,0x00030047,0x00000027,0x00000002,0x00040047,0x00000031,0x0000000b,0x0000001b,0x00040047,
    0x00000063,0x00000006,0x00000004,0x00050048,0x00000064,0x00000000,0x00000023,0x00000000,0x00030047,0x00000064,
    0x00000002,0x00040047,0x00000228,0x0000000b,0x00000019,0x00020013,0x00000002,0x00030021,0x00000003,0x00000002,
    0x00040015,0x00000006,0x00000020,0x00000000,0x00040017,0x00000007,0x00000006,0x00000002,0x00040020,0x00000008,
    0x00000007,0x00000007,0x00020014,0x00000009,0x00040021,0x0000000a,0x00000009,0x00000008,0x0004002b,0x00000006,
    0x0000000e,0x00000000,0x00040020,0x0000000f,0x00000007,0x00000006,0x0004002b,0x00000006,0x00000015,0x00000001,
    0x00040017,0x0000001d,0x00000006,0x00000003,0x00040020,0x0000001e,0x00000001,0x0000001d,0x0004003b,0x0000001e,
    0x0000001f,0x00000001,0x00040020,0x00000020,0x00000001,0x00000006,0x00030016,0x00000026,0x00000020,0x0012001e,
    0x00000027,0x00000007,0x00000007,0x00000007,0x00000007,0x00000007,0x00000006,0x00000006,0x00000006,0x00000006,
    0x00000006,0x00000006,0x00000006,0x00000006,0x00000006,0x00000006,0x00000026,0x00040020,0x00000028,0x00000009,
    0x00000027,0x0004003b,0x00000028,0x00000029,0x00000009,0x00040015,0x0000002a,0x00000020,0x00000001,0x0004002b,
    0x0000002a,0x0000002b,0x0000000d,0x00040020,0x0000002c,0x00000009,0x00000006,0x0004003b,0x0000001e,0x00000031,
    0x00000001,0x0004002b,0x0000002a,0x00000035,0x0000000c,0x0004002b,0x0000002a,0x0000003b,0x0000000a,0x0004002b,
    0x00000006,0x00000059,0x00000800,0x0004001c,0x0000005a,0x00000026,0x00000059,0x00040020,0x0000005b,0x00000004,
    0x0000005a,0x0004003b,0x0000005b,0x0000005c,0x00000004,0x0004002b,0x0000002a,0x0000005e,0x00000000,0x00040020,
    0x0000005f,0x00000009,0x00000007,0x00030027,0x00000062,0x000014e5,0x0003001d,0x00000063,0x00000026,0x0003001e,
    0x00000064,0x00000063,0x00040020,0x00000062,0x000014e5,0x00000064,0x0004002b,0x0000002a,0x00000069,0x00000005,
    0x00040020,0x00000071,0x000014e5,0x00000026,0x0004002b,0x0000002a,0x00000074,0x0000000f,0x00040020,0x00000075,
    0x00000009,0x00000026,0x00040020,0x00000079,0x00000004,0x00000026,0x0004003b,0x0000005b,0x0000007b,0x00000004,
    0x0004002b,0x00000026,0x0000007d,0x00000000,0x0004002b,0x00000006,0x0000007f,0x00000040,0x0004002b,0x00000006,
    0x00000087,0x00000020,0x0004001c,0x00000088,0x00000026,0x00000087,0x00040020,0x00000089,0x00000004,0x00000088,
    0x0004003b,0x00000089,0x0000008a,0x00000004,0x0004002b,0x00000006,0x0000008c,0xff800000,0x0004003b,0x00000089,
    0x0000008f,0x00000004,0x0004002b,0x00000006,0x00000092,0x00000002,0x0004002b,0x00000006,0x00000093,0x00000108,
    0x0004002b,0x0000002a,0x00000095,0x0000000e,0x0004002b,0x0000002a,0x0000009c,0x0000000b,0x00040020,0x000000c6,
    0x00000007,0x00000026,0x0004002b,0x0000002a,0x000000e3,0x00000006,0x0004002b,0x0000002a,0x000000f9,0x00000001,
    0x0004002b,0x0000002a,0x00000106,0x00000004,0x0004002b,0x0000002a,0x00000112,0x00000009,0x0004002b,0x00000006,
    0x00000126,0x00000400,0x0004001c,0x00000127,0x00000026,0x00000126,0x00040020,0x00000128,0x00000004,0x00000127,
    0x0004003b,0x00000128,0x00000129,0x00000004,0x0004002b,0x00000026,0x0000014e,0x3f800000,0x0004003b,0x00000089,
    0x000001a7,0x00000004,0x0004002b,0x0000002a,0x000001d6,0x00000002,0x0004002b,0x0000002a,0x000001dd,0x00000007,
    0x0004002b,0x0000002a,0x0000020a,0x00000003,0x0004002b,0x0000002a,0x00000211,0x00000008,0x0006002c,0x0000001d,
    0x00000228,0x0000007f,0x00000015,0x00000015,0x00050036,0x00000002,0x00000004,0x00000000,0x00000003,0x000200f8,
    0x00000005,0x0004003b,0x0000000f,0x0000001c,0x00000007,0x0004003b,0x0000000f,0x00000023,0x00000007,0x0004003b,
    0x0000000f,0x00000030,0x00000007,0x0004003b,0x0000000f,0x00000034,0x00000007,0x0004003b,0x0000000f,0x00000038,
    0x00000007,0x0004003b,0x0000000f,0x00000041,0x00000007,0x0004003b,0x0000000f,0x00000045,0x00000007,0x0004003b,
    0x0000000f,0x00000051,0x00000007,0x0004003b,0x0000000f,0x00000055,0x00000007,0x0004003b,0x0000000f,0x00000094,
    0x00000007,0x0004003b,0x0000000f,0x00000099,0x00000007,0x0004003b,0x0000000f,0x000000a7,0x00000007,0x0004003b,
    0x0000000f,0x000000b0,0x00000007,0x0004003b,0x0000000f,0x000000b5,0x00000007,0x0004003b,0x0000000f,0x000000c0,
    0x00000007,0x0004003b,0x0000000f,0x000000c3,0x00000007,0x0004003b,0x000000c6,0x000000c7,0x00000007,0x0004003b,
    0x0000000f,0x000000df,0x00000007,0x0004003b,0x0000000f,0x000000e9,0x00000007,0x0004003b,0x00000008,0x00000107,
    0x00000007,0x0004003b,0x0000000f,0x00000134,0x00000007,0x0004003b,0x000000c6,0x00000136,0x00000007,0x0004003b,
    0x0000000f,0x0000013a,0x00000007,0x0004003b,0x000000c6,0x0000014d,0x00000007,0x0004003b,0x000000c6,0x0000014f,
    0x00000007,0x0004003b,0x0000000f,0x00000154,0x00000007,0x0004003b,0x000000c6,0x00000169,0x00000007,0x0004003b,
    0x0000000f,0x00000174,0x00000007,0x0004003b,0x000000c6,0x0000017d,0x00000007,0x0004003b,0x000000c6,0x00000184,
    0x00000007,0x0004003b,0x000000c6,0x00000187,0x00000007,0x0004003b,0x0000000f,0x000001ab,0x00000007,0x0004003b,
    0x0000000f,0x000001b7,0x00000007,0x0004003b,0x0000000f,0x000001bb,0x00000007,0x0004003b,0x000000c6,0x000001bf,
    0x00000007,0x0004003b,0x0000000f,0x000001c7,0x00000007,0x0004003b,0x0000000f,0x000001f2,0x00000007,0x0004003b,
    0x0000000f,0x000001fe,0x00000007,0x0004003b,0x0000000f,0x00000202,0x00000007,0x0004003b,0x000000c6,0x00000206,
    0x00000007,0x0004003b,0x000000c6,0x0000021b,0x00000007,0x00050041,0x00000020,0x00000021,0x0000001f,0x00000015,
    0x0004003d,0x00000006,0x00000022,0x00000021,0x0003003e,0x0000001c,0x00000022,0x00050041,0x00000020,0x00000024,
    0x0000001f,0x0000000e,0x0004003d,0x00000006,0x00000025,0x00000024,0x00050041,0x0000002c,0x0000002d,0x00000029,
    0x0000002b,0x0004003d,0x00000006,0x0000002e,0x0000002d,0x00050084,0x00000006,0x0000002f,0x00000025,0x0000002e,
    0x0003003e,0x00000023,0x0000002f,0x00050041,0x00000020,0x00000032,0x00000031,0x0000000e,0x0004003d,0x00000006,
    0x00000033,0x00000032,0x0003003e,0x00000030,0x00000033,0x00050041,0x0000002c,0x00000036,0x00000029,0x00000035,
    0x0004003d,0x00000006,0x00000037,0x00000036,0x0003003e,0x00000034,0x00000037,0x00050041,0x0000002c,0x00000039,
    0x00000029,0x0000002b,0x0004003d,0x00000006,0x0000003a,0x00000039,0x00050041,0x0000002c,0x0000003c,0x00000029,
    0x0000003b,0x0004003d,0x00000006,0x0000003d,0x0000003c,0x0004003d,0x00000006,0x0000003e,0x00000023,0x00050082,
    0x00000006,0x0000003f,0x0000003d,0x0000003e,0x0007000c,0x00000006,0x00000040,0x00000001,0x00000026,0x0000003a,
    0x0000003f,0x0003003e,0x00000038,0x00000040,0x0004003d,0x00000006,0x00000042,0x0000001c,0x0004003d,0x00000006,
    0x00000043,0x00000034,0x00050084,0x00000006,0x00000044,0x00000042,0x00000043,0x0003003e,0x00000041,0x00000044,
    0x0004003d,0x00000006,0x00000046,0x00000030,0x0003003e,0x00000045,0x00000046,0x000200f9,0x00000047,0x000200f8,
    0x00000047,0x000400f6,0x00000049,0x0000004a,0x00000000,0x000200f9,0x0000004b,0x000200f8,0x0000004b,0x0004003d,
    0x00000006,0x0000004c,0x00000045,0x0004003d,0x00000006,0x0000004d,0x00000038,0x0004003d,0x00000006,0x0000004e,
    0x00000034,0x00050084,0x00000006,0x0000004f,0x0000004d,0x0000004e,0x000500b0,0x00000009,0x00000050,0x0000004c,
    0x0000004f,0x000400fa,0x00000050,0x00000048,0x00000049,0x000200f8,0x00000048,0x0004003d,0x00000006,0x00000052,
    0x00000045,0x0004003d,0x00000006,0x00000053,0x00000034,0x00050086,0x00000006,0x00000054,0x00000052,0x00000053,
    0x0003003e,0x00000051,0x00000054,0x0004003d,0x00000006,0x00000056,0x00000045,0x0004003d,0x00000006,0x00000057,
    0x00000034,0x00050089,0x00000006,0x00000058,0x00000056,0x00000057,0x0003003e,0x00000055,0x00000058,0x0004003d,
    0x00000006,0x0000005d,0x00000045,0x00050041,0x0000005f,0x00000060,0x00000029,0x0000005e,0x0004003d,0x00000007,
    0x00000061,0x00000060,0x0004007c,0x00000062,0x00000065,0x00000061,0x0004003d,0x00000006,0x00000066,0x00000023,
    0x0004003d,0x00000006,0x00000067,0x00000051,0x00050080,0x00000006,0x00000068,0x00000066,0x00000067,0x00050041,
    0x0000002c,0x0000006a,0x00000029,0x00000069,0x0004003d,0x00000006,0x0000006b,0x0000006a,0x00050084,0x00000006,
    0x0000006c,0x00000068,0x0000006b,0x0004003d,0x00000006,0x0000006d,0x00000041,0x00050080,0x00000006,0x0000006e,
    0x0000006c,0x0000006d,0x0004003d,0x00000006,0x0000006f,0x00000055,0x00050080,0x00000006,0x00000070,0x0000006e,
    0x0000006f,0x00060041,0x00000071,0x00000072,0x00000065,0x0000005e,0x00000070,0x0006003d,0x00000026,0x00000073,
    0x00000072,0x00000002,0x00000004,0x00050041,0x00000075,0x00000076,0x00000029,0x00000074,0x0004003d,0x00000026,
    0x00000077,0x00000076,0x00050085,0x00000026,0x00000078,0x00000073,0x00000077,0x00050041,0x00000079,0x0000007a,
    0x0000005c,0x0000005d,0x0003003e,0x0000007a,0x00000078,0x0004003d,0x00000006,0x0000007c,0x00000045,0x00050041,
    0x00000079,0x0000007e,0x0000007b,0x0000007c,0x0003003e,0x0000007e,0x0000007d,0x000200f9,0x0000004a,0x000200f8,
    0x0000004a,0x0004003d,0x00000006,0x00000080,0x00000045,0x00050080,0x00000006,0x00000081,0x00000080,0x0000007f,
    0x0003003e,0x00000045,0x00000081,0x000200f9,0x00000047,0x000200f8,0x00000049,0x0004003d,0x00000006,0x00000082,
    0x00000030,0x0004003d,0x00000006,0x00000083,0x00000038,0x000500b0,0x00000009,0x00000084,0x00000082,0x00000083,
    0x000300f7,0x00000086,0x00000000,0x000400fa,0x00000084,0x00000085,0x00000086,0x000200f8,0x00000085,0x0004003d,
    0x00000006,0x0000008b,0x00000030,0x0004007c,0x00000026,0x0000008d,0x0000008c,0x00050041,0x00000079,0x0000008e,
    0x0000008a,0x0000008b,0x0003003e,0x0000008e,0x0000008d,0x0004003d,0x00000006,0x00000090,0x00000030,0x00050041,
    0x00000079,0x00000091,0x0000008f,0x00000090,0x0003003e,0x00000091,0x0000007d,0x000200f9,0x00000086,0x000200f8,
    0x00000086,0x000400e0,0x00000092,0x00000092,0x00000093,0x00050041,0x0000002c,0x00000096,0x00000029,0x00000095,
    0x0004003d,0x00000006,0x00000097,0x00000096,0x000500ab,0x00000009,0x00000098,0x00000097,0x0000000e,0x000300f7,
    0x0000009b,0x00000000,0x000400fa,0x00000098,0x0000009a,0x000000a3,0x000200f8,0x0000009a,0x00050041,0x0000002c,
    0x0000009d,0x00000029,0x0000009c,0x0004003d,0x00000006,0x0000009e,0x0000009d,0x0004003d,0x00000006,0x0000009f,
    0x00000023,0x0004003d,0x00000006,0x000000a0,0x00000038,0x00050080,0x00000006,0x000000a1,0x0000009f,0x000000a0,
    0x0007000c,0x00000006,0x000000a2,0x00000001,0x00000026,0x0000009e,0x000000a1,0x0003003e,0x00000099,0x000000a2,
    0x000200f9,0x0000009b,0x000200f8,0x000000a3,0x00050041,0x0000002c,0x000000a4,0x00000029,0x0000009c,0x0004003d,
    0x00000006,0x000000a5,0x000000a4,0x0003003e,0x00000099,0x000000a5,0x000200f9,0x0000009b,0x000200f8,0x0000009b,
    0x0004003d,0x00000006,0x000000a6,0x00000099,0x0003003e,0x00000094,0x000000a6,0x0003003e,0x000000a7,0x0000000e,
    0x000200f9,0x000000a8,0x000200f8,0x000000a8,0x000400f6,0x000000aa,0x000000ab,0x00000000,0x000200f9,0x000000ac,
    0x000200f8,0x000000ac,0x0004003d,0x00000006,0x000000ad,0x000000a7,0x0004003d,0x00000006,0x000000ae,0x00000094,
    0x000500b0,0x00000009,0x000000af,0x000000ad,0x000000ae,0x000400fa,0x000000af,0x000000a9,0x000000aa,0x000200f8,
    0x000000a9,0x0004003d,0x00000006,0x000000b1,0x00000094,0x0004003d,0x00000006,0x000000b2,0x000000a7,0x00050082,
    0x00000006,0x000000b3,0x000000b1,0x000000b2,0x0007000c,0x00000006,0x000000b4,0x00000001,0x00000026,0x00000087,
    0x000000b3,0x0003003e,0x000000b0,0x000000b4,0x0004003d,0x00000006,0x000000b6,0x00000030,0x0003003e,0x000000b5,
    0x000000b6,0x000200f9,0x000000b7,0x000200f8,0x000000b7,0x000400f6,0x000000b9,0x000000ba,0x00000000,0x000200f9,
    0x000000bb,0x000200f8,0x000000bb,0x0004003d,0x00000006,0x000000bc,0x000000b5,0x0004003d,0x00000006,0x000000bd,
    0x00000038,0x00050084,0x00000006,0x000000be,0x000000bd,0x00000087,0x000500b0,0x00000009,0x000000bf,0x000000bc,
    0x000000be,0x000400fa,0x000000bf,0x000000b8,0x000000b9,0x000200f8,0x000000b8,0x0004003d,0x00000006,0x000000c1,
    0x000000b5,0x00050086,0x00000006,0x000000c2,0x000000c1,0x00000087,0x0003003e,0x000000c0,0x000000c2,0x0004003d,
    0x00000006,0x000000c4,0x000000b5,0x00050089,0x00000006,0x000000c5,0x000000c4,0x00000087,0x0003003e,0x000000c3,
    0x000000c5,0x0004007c,0x00000026,0x000000c8,0x0000008c,0x0003003e,0x000000c7,0x000000c8,0x0004003d,0x00000006,
    0x000000c9,0x000000c3,0x0004003d,0x00000006,0x000000ca,0x000000b0,0x000500b0,0x00000009,0x000000cb,0x000000c9,
    0x000000ca,0x000300f7,0x000000cd,0x00000000,0x000400fa,0x000000cb,0x000000cc,0x000000cd,0x000200f8,0x000000cc,
    0x00050041,0x0000002c,0x000000ce,0x00000029,0x00000095,0x0004003d,0x00000006,0x000000cf,0x000000ce,0x000500ab,
    0x00000009,0x000000d0,0x000000cf,0x0000000e,0x000300f7,0x000000d2,0x00000000,0x000400fa,0x000000d0,0x000000d1,
    0x000000d2,0x000200f8,0x000000d1,0x0004003d,0x00000006,0x000000d3,0x000000a7,0x0004003d,0x00000006,0x000000d4,
    0x000000c3,0x00050080,0x00000006,0x000000d5,0x000000d3,0x000000d4,0x0004003d,0x00000006,0x000000d6,0x00000023,
    0x0004003d,0x00000006,0x000000d7,0x000000c0,0x00050080,0x00000006,0x000000d8,0x000000d6,0x000000d7,0x000500ac,
    0x00000009,0x000000d9,0x000000d5,0x000000d8,0x000200f9,0x000000d2,0x000200f8,0x000000d2,0x000700f5,0x00000009,
    0x000000da,0x000000d0,0x000000cc,0x000000d9,0x000000d1,0x000400a8,0x00000009,0x000000db,0x000000da,0x000200f9,
    0x000000cd,0x000200f8,0x000000cd,0x000700f5,0x00000009,0x000000dc,0x000000cb,0x000000b8,0x000000db,0x000000d2,
    0x000300f7,0x000000de,0x00000000,0x000400fa,0x000000dc,0x000000dd,0x000000de,0x000200f8,0x000000dd,0x0004003d,
    0x00000006,0x000000e0,0x000000a7,0x0004003d,0x00000006,0x000000e1,0x000000c3,0x00050080,0x00000006,0x000000e2,
    0x000000e0,0x000000e1,0x00050041,0x0000002c,0x000000e4,0x00000029,0x000000e3,0x0004003d,0x00000006,0x000000e5,
    0x000000e4,0x00050084,0x00000006,0x000000e6,0x000000e2,0x000000e5,0x0004003d,0x00000006,0x000000e7,0x00000041,
    0x00050080,0x00000006,0x000000e8,0x000000e6,0x000000e7,0x0003003e,0x000000df,0x000000e8,0x0003003e,0x000000c7,
    0x0000007d,0x0003003e,0x000000e9,0x0000000e,0x000200f9,0x000000ea,0x000200f8,0x000000ea,0x000400f6,0x000000ec,
    0x000000ed,0x00000000,0x000200f9,0x000000ee,0x000200f8,0x000000ee,0x0004003d,0x00000006,0x000000ef,0x000000e9,
    0x0004003d,0x00000006,0x000000f0,0x00000034,0x000500b0,0x00000009,0x000000f1,0x000000ef,0x000000f0,0x000400fa,
    0x000000f1,0x000000eb,0x000000ec,0x000200f8,0x000000eb,0x0004003d,0x00000006,0x000000f2,0x000000c0,0x0004003d,
    0x00000006,0x000000f3,0x00000034,0x00050084,0x00000006,0x000000f4,0x000000f2,0x000000f3,0x0004003d,0x00000006,
    0x000000f5,0x000000e9,0x00050080,0x00000006,0x000000f6,0x000000f4,0x000000f5,0x00050041,0x00000079,0x000000f7,
    0x0000005c,0x000000f6,0x0004003d,0x00000026,0x000000f8,0x000000f7,0x00050041,0x0000005f,0x000000fa,0x00000029,
    0x000000f9,0x0004003d,0x00000007,0x000000fb,0x000000fa,0x0004007c,0x00000062,0x000000fc,0x000000fb,0x0004003d,
    0x00000006,0x000000fd,0x000000df,0x0004003d,0x00000006,0x000000fe,0x000000e9,0x00050080,0x00000006,0x000000ff,
    0x000000fd,0x000000fe,0x00060041,0x00000071,0x00000100,0x000000fc,0x0000005e,0x000000ff,0x0006003d,0x00000026,
    0x00000101,0x00000100,0x00000002,0x00000004,0x0004003d,0x00000026,0x00000102,0x000000c7,0x0008000c,0x00000026,
    0x00000103,0x00000001,0x00000032,0x000000f8,0x00000101,0x00000102,0x0003003e,0x000000c7,0x00000103,0x000200f9,
    0x000000ed,0x000200f8,0x000000ed,0x0004003d,0x00000006,0x00000104,0x000000e9,0x00050080,0x00000006,0x00000105,
    0x00000104,0x000000f9,0x0003003e,0x000000e9,0x00000105,0x000200f9,0x000000ea,0x000200f8,0x000000ec,0x00050041,
    0x0000005f,0x00000108,0x00000029,0x00000106,0x0004003d,0x00000007,0x00000109,0x00000108,0x0003003e,0x00000107,
    0x00000109,0x00050039,0x00000009,0x0000010a,0x0000000c,0x00000107,0x000400a8,0x00000009,0x0000010b,0x0000010a,
    0x000300f7,0x0000010d,0x00000000,0x000400fa,0x0000010b,0x0000010c,0x0000010d,0x000200f8,0x0000010c,0x00050041,
    0x0000005f,0x0000010e,0x00000029,0x00000106,0x0004003d,0x00000007,0x0000010f,0x0000010e,0x0004007c,0x00000062,
    0x00000110,0x0000010f,0x0004003d,0x00000006,0x00000111,0x0000001c,0x00050041,0x0000002c,0x00000113,0x00000029,
    0x00000112,0x0004003d,0x00000006,0x00000114,0x00000113,0x00050084,0x00000006,0x00000115,0x00000111,0x00000114,
    0x0004003d,0x00000006,0x00000116,0x000000a7,0x00050080,0x00000006,0x00000117,0x00000115,0x00000116,0x0004003d,
    0x00000006,0x00000118,0x000000c3,0x00050080,0x00000006,0x00000119,0x00000117,0x00000118,0x00050041,0x0000002c,
    0x0000011a,0x00000029,0x0000003b,0x0004003d,0x00000006,0x0000011b,0x0000011a,0x00050080,0x00000006,0x0000011c,
    0x00000119,0x0000011b,0x00050082,0x00000006,0x0000011d,0x0000011c,0x00000015,0x0004003d,0x00000006,0x0000011e,
    0x00000023,0x0004003d,0x00000006,0x0000011f,0x000000c0,0x00050080,0x00000006,0x00000120,0x0000011e,0x0000011f,
    0x00050082,0x00000006,0x00000121,0x0000011d,0x00000120,0x00060041,0x00000071,0x00000122,0x00000110,0x0000005e,
    0x00000121,0x0006003d,0x00000026,0x00000123,0x00000122,0x00000002,0x00000004,0x0004003d,0x00000026,0x00000124,
    0x000000c7,0x00050081,0x00000026,0x00000125,0x00000124,0x00000123,0x0003003e,0x000000c7,0x00000125,0x000200f9,
    0x0000010d,0x000200f8,0x0000010d,0x000200f9,0x000000de,0x000200f8,0x000000de,0x0004003d,0x00000006,0x0000012a,
    0x000000b5,0x0004003d,0x00000026,0x0000012b,0x000000c7,0x00050041,0x00000079,0x0000012c,0x00000129,0x0000012a,
    0x0003003e,0x0000012c,0x0000012b,0x000200f9,0x000000ba,0x000200f8,0x000000ba,0x0004003d,0x00000006,0x0000012d,
    0x000000b5,0x00050080,0x00000006,0x0000012e,0x0000012d,0x0000007f,0x0003003e,0x000000b5,0x0000012e,0x000200f9,
    0x000000b7,0x000200f8,0x000000b9,0x000400e0,0x00000092,0x00000092,0x00000093,0x0004003d,0x00000006,0x0000012f,
    0x00000030,0x0004003d,0x00000006,0x00000130,0x00000038,0x000500b0,0x00000009,0x00000131,0x0000012f,0x00000130,
    0x000300f7,0x00000133,0x00000000,0x000400fa,0x00000131,0x00000132,0x00000133,0x000200f8,0x00000132,0x0004003d,
    0x00000006,0x00000135,0x00000030,0x0003003e,0x00000134,0x00000135,0x0004003d,0x00000006,0x00000137,0x00000134,
    0x00050041,0x00000079,0x00000138,0x0000008a,0x00000137,0x0004003d,0x00000026,0x00000139,0x00000138,0x0003003e,
    0x00000136,0x00000139,0x0003003e,0x0000013a,0x0000000e,0x000200f9,0x0000013b,0x000200f8,0x0000013b,0x000400f6,
    0x0000013d,0x0000013e,0x00000000,0x000200f9,0x0000013f,0x000200f8,0x0000013f,0x0004003d,0x00000006,0x00000140,
    0x0000013a,0x0004003d,0x00000006,0x00000141,0x000000b0,0x000500b0,0x00000009,0x00000142,0x00000140,0x00000141,
    0x000400fa,0x00000142,0x0000013c,0x0000013d,0x000200f8,0x0000013c,0x0004003d,0x00000026,0x00000143,0x00000136,
    0x0004003d,0x00000006,0x00000144,0x00000134,0x00050084,0x00000006,0x00000145,0x00000144,0x00000087,0x0004003d,
    0x00000006,0x00000146,0x0000013a,0x00050080,0x00000006,0x00000147,0x00000145,0x00000146,0x00050041,0x00000079,
    0x00000148,0x00000129,0x00000147,0x0004003d,0x00000026,0x00000149,0x00000148,0x0007000c,0x00000026,0x0000014a,
    0x00000001,0x00000028,0x00000143,0x00000149,0x0003003e,0x00000136,0x0000014a,0x000200f9,0x0000013e,0x000200f8,
    0x0000013e,0x0004003d,0x00000006,0x0000014b,0x0000013a,0x00050080,0x00000006,0x0000014c,0x0000014b,0x000000f9,
    0x0003003e,0x0000013a,0x0000014c,0x000200f9,0x0000013b,0x000200f8,0x0000013d,0x0003003e,0x0000014d,0x0000014e,
    0x0003003e,0x0000014f,0x0000007d,0x0004003d,0x00000026,0x00000150,0x00000136,0x0004009d,0x00000009,0x00000151,
    0x00000150,0x000300f7,0x00000153,0x00000000,0x000400fa,0x00000151,0x00000152,0x00000164,0x000200f8,0x00000152,
    0x0003003e,0x00000154,0x0000000e,0x000200f9,0x00000155,0x000200f8,0x00000155,0x000400f6,0x00000157,0x00000158,
    0x00000000,0x000200f9,0x00000159,0x000200f8,0x00000159,0x0004003d,0x00000006,0x0000015a,0x00000154,0x0004003d,
    0x00000006,0x0000015b,0x000000b0,0x000500b0,0x00000009,0x0000015c,0x0000015a,0x0000015b,0x000400fa,0x0000015c,
    0x00000156,0x00000157,0x000200f8,0x00000156,0x0004003d,0x00000006,0x0000015d,0x00000134,0x00050084,0x00000006,
    0x0000015e,0x0000015d,0x00000087,0x0004003d,0x00000006,0x0000015f,0x00000154,0x00050080,0x00000006,0x00000160,
    0x0000015e,0x0000015f,0x00050041,0x00000079,0x00000161,0x00000129,0x00000160,0x0003003e,0x00000161,0x0000007d,
    0x000200f9,0x00000158,0x000200f8,0x00000158,0x0004003d,0x00000006,0x00000162,0x00000154,0x00050080,0x00000006,
    0x00000163,0x00000162,0x000000f9,0x0003003e,0x00000154,0x00000163,0x000200f9,0x00000155,0x000200f8,0x00000157,
    0x000200f9,0x00000153,0x000200f8,0x00000164,0x0004003d,0x00000006,0x00000165,0x00000134,0x00050041,0x00000079,
    0x00000166,0x0000008a,0x00000165,0x0004003d,0x00000026,0x00000167,0x00000166,0x0004009d,0x00000009,0x00000168,
    0x00000167,0x000300f7,0x0000016b,0x00000000,0x000400fa,0x00000168,0x0000016a,0x0000016c,0x000200f8,0x0000016a,
    0x0003003e,0x00000169,0x0000007d,0x000200f9,0x0000016b,0x000200f8,0x0000016c,0x0004003d,0x00000006,0x0000016d,
    0x00000134,0x00050041,0x00000079,0x0000016e,0x0000008a,0x0000016d,0x0004003d,0x00000026,0x0000016f,0x0000016e,
    0x0004003d,0x00000026,0x00000170,0x00000136,0x00050083,0x00000026,0x00000171,0x0000016f,0x00000170,0x0006000c,
    0x00000026,0x00000172,0x00000001,0x0000001b,0x00000171,0x0003003e,0x00000169,0x00000172,0x000200f9,0x0000016b,
    0x000200f8,0x0000016b,0x0004003d,0x00000026,0x00000173,0x00000169,0x0003003e,0x0000014d,0x00000173,0x0003003e,
    0x00000174,0x0000000e,0x000200f9,0x00000175,0x000200f8,0x00000175,0x000400f6,0x00000177,0x00000178,0x00000000,
    0x000200f9,0x00000179,0x000200f8,0x00000179,0x0004003d,0x00000006,0x0000017a,0x00000174,0x0004003d,0x00000006,
    0x0000017b,0x000000b0,0x000500b0,0x00000009,0x0000017c,0x0000017a,0x0000017b,0x000400fa,0x0000017c,0x00000176,
    0x00000177,0x000200f8,0x00000176,0x0004003d,0x00000006,0x0000017e,0x00000134,0x00050084,0x00000006,0x0000017f,
    0x0000017e,0x00000087,0x0004003d,0x00000006,0x00000180,0x00000174,0x00050080,0x00000006,0x00000181,0x0000017f,
    0x00000180,0x00050041,0x00000079,0x00000182,0x00000129,0x00000181,0x0004003d,0x00000026,0x00000183,0x00000182,
    0x0003003e,0x0000017d,0x00000183,0x0004003d,0x00000026,0x00000185,0x0000017d,0x0004009d,0x00000009,0x00000186,
    0x00000185,0x000300f7,0x00000189,0x00000000,0x000400fa,0x00000186,0x00000188,0x0000018a,0x000200f8,0x00000188,
    0x0003003e,0x00000187,0x0000007d,0x000200f9,0x00000189,0x000200f8,0x0000018a,0x0004003d,0x00000026,0x0000018b,
    0x0000017d,0x0004003d,0x00000026,0x0000018c,0x00000136,0x00050083,0x00000026,0x0000018d,0x0000018b,0x0000018c,
    0x0006000c,0x00000026,0x0000018e,0x00000001,0x0000001b,0x0000018d,0x0003003e,0x00000187,0x0000018e,0x000200f9,
    0x00000189,0x000200f8,0x00000189,0x0004003d,0x00000026,0x0000018f,0x00000187,0x0003003e,0x00000184,0x0000018f,
    0x0004003d,0x00000006,0x00000190,0x00000134,0x00050084,0x00000006,0x00000191,0x00000190,0x00000087,0x0004003d,
    0x00000006,0x00000192,0x00000174,0x00050080,0x00000006,0x00000193,0x00000191,0x00000192,0x0004003d,0x00000026,
    0x00000194,0x00000184,0x00050041,0x00000079,0x00000195,0x00000129,0x00000193,0x0003003e,0x00000195,0x00000194,
    0x0004003d,0x00000026,0x00000196,0x00000184,0x0004003d,0x00000026,0x00000197,0x0000014f,0x00050081,0x00000026,
    0x00000198,0x00000197,0x00000196,0x0003003e,0x0000014f,0x00000198,0x000200f9,0x00000178,0x000200f8,0x00000178,
    0x0004003d,0x00000006,0x00000199,0x00000174,0x00050080,0x00000006,0x0000019a,0x00000199,0x000000f9,0x0003003e,
    0x00000174,0x0000019a,0x000200f9,0x00000175,0x000200f8,0x00000177,0x0004003d,0x00000006,0x0000019b,0x00000134,
    0x0004003d,0x00000026,0x0000019c,0x00000136,0x00050041,0x00000079,0x0000019d,0x0000008a,0x0000019b,0x0003003e,
    0x0000019d,0x0000019c,0x000200f9,0x00000153,0x000200f8,0x00000153,0x0004003d,0x00000006,0x0000019e,0x00000134,
    0x0004003d,0x00000006,0x0000019f,0x00000134,0x00050041,0x00000079,0x000001a0,0x0000008f,0x0000019f,0x0004003d,
    0x00000026,0x000001a1,0x000001a0,0x0004003d,0x00000026,0x000001a2,0x0000014d,0x00050085,0x00000026,0x000001a3,
    0x000001a1,0x000001a2,0x0004003d,0x00000026,0x000001a4,0x0000014f,0x00050081,0x00000026,0x000001a5,0x000001a3,
    0x000001a4,0x00050041,0x00000079,0x000001a6,0x0000008f,0x0000019e,0x0003003e,0x000001a6,0x000001a5,0x0004003d,
    0x00000006,0x000001a8,0x00000134,0x0004003d,0x00000026,0x000001a9,0x0000014d,0x00050041,0x00000079,0x000001aa,
    0x000001a7,0x000001a8,0x0003003e,0x000001aa,0x000001a9,0x000200f9,0x00000133,0x000200f8,0x00000133,0x000400e0,
    0x00000092,0x00000092,0x00000093,0x0004003d,0x00000006,0x000001ac,0x00000030,0x0003003e,0x000001ab,0x000001ac,
    0x000200f9,0x000001ad,0x000200f8,0x000001ad,0x000400f6,0x000001af,0x000001b0,0x00000000,0x000200f9,0x000001b1,
    0x000200f8,0x000001b1,0x0004003d,0x00000006,0x000001b2,0x000001ab,0x0004003d,0x00000006,0x000001b3,0x00000038,
    0x0004003d,0x00000006,0x000001b4,0x00000034,0x00050084,0x00000006,0x000001b5,0x000001b3,0x000001b4,0x000500b0,
    0x00000009,0x000001b6,0x000001b2,0x000001b5,0x000400fa,0x000001b6,0x000001ae,0x000001af,0x000200f8,0x000001ae,
    0x0004003d,0x00000006,0x000001b8,0x000001ab,0x0004003d,0x00000006,0x000001b9,0x00000034,0x00050086,0x00000006,
    0x000001ba,0x000001b8,0x000001b9,0x0003003e,0x000001b7,0x000001ba,0x0004003d,0x00000006,0x000001bc,0x000001ab,
    0x0004003d,0x00000006,0x000001bd,0x00000034,0x00050089,0x00000006,0x000001be,0x000001bc,0x000001bd,0x0003003e,
    0x000001bb,0x000001be,0x0004003d,0x00000006,0x000001c0,0x000001ab,0x00050041,0x00000079,0x000001c1,0x0000007b,
    0x000001c0,0x0004003d,0x00000026,0x000001c2,0x000001c1,0x0004003d,0x00000006,0x000001c3,0x000001b7,0x00050041,
    0x00000079,0x000001c4,0x000001a7,0x000001c3,0x0004003d,0x00000026,0x000001c5,0x000001c4,0x00050085,0x00000026,
    0x000001c6,0x000001c2,0x000001c5,0x0003003e,0x000001bf,0x000001c6,0x0003003e,0x000001c7,0x0000000e,0x000200f9,
    0x000001c8,0x000200f8,0x000001c8,0x000400f6,0x000001ca,0x000001cb,0x00000000,0x000200f9,0x000001cc,0x000200f8,
    0x000001cc,0x0004003d,0x00000006,0x000001cd,0x000001c7,0x0004003d,0x00000006,0x000001ce,0x000000b0,0x000500b0,
    0x00000009,0x000001cf,0x000001cd,0x000001ce,0x000400fa,0x000001cf,0x000001c9,0x000001ca,0x000200f8,0x000001c9,
    0x0004003d,0x00000006,0x000001d0,0x000001b7,0x00050084,0x00000006,0x000001d1,0x000001d0,0x00000087,0x0004003d,
    0x00000006,0x000001d2,0x000001c7,0x00050080,0x00000006,0x000001d3,0x000001d1,0x000001d2,0x00050041,0x00000079,
    0x000001d4,0x00000129,0x000001d3,0x0004003d,0x00000026,0x000001d5,0x000001d4,0x00050041,0x0000005f,0x000001d7,
    0x00000029,0x000001d6,0x0004003d,0x00000007,0x000001d8,0x000001d7,0x0004007c,0x00000062,0x000001d9,0x000001d8,
    0x0004003d,0x00000006,0x000001da,0x000000a7,0x0004003d,0x00000006,0x000001db,0x000001c7,0x00050080,0x00000006,
    0x000001dc,0x000001da,0x000001db,0x00050041,0x0000002c,0x000001de,0x00000029,0x000001dd,0x0004003d,0x00000006,
    0x000001df,0x000001de,0x00050084,0x00000006,0x000001e0,0x000001dc,0x000001df,0x0004003d,0x00000006,0x000001e1,
    0x00000041,0x00050080,0x00000006,0x000001e2,0x000001e0,0x000001e1,0x0004003d,0x00000006,0x000001e3,0x000001bb,
    0x00050080,0x00000006,0x000001e4,0x000001e2,0x000001e3,0x00060041,0x00000071,0x000001e5,0x000001d9,0x0000005e,
    0x000001e4,0x0006003d,0x00000026,0x000001e6,0x000001e5,0x00000002,0x00000004,0x0004003d,0x00000026,0x000001e7,
    0x000001bf,0x0008000c,0x00000026,0x000001e8,0x00000001,0x00000032,0x000001d5,0x000001e6,0x000001e7,0x0003003e,
    0x000001bf,0x000001e8,0x000200f9,0x000001cb,0x000200f8,0x000001cb,0x0004003d,0x00000006,0x000001e9,0x000001c7,
    0x00050080,0x00000006,0x000001ea,0x000001e9,0x000000f9,0x0003003e,0x000001c7,0x000001ea,0x000200f9,0x000001c8,
    0x000200f8,0x000001ca,0x0004003d,0x00000006,0x000001eb,0x000001ab,0x0004003d,0x00000026,0x000001ec,0x000001bf,
    0x00050041,0x00000079,0x000001ed,0x0000007b,0x000001eb,0x0003003e,0x000001ed,0x000001ec,0x000200f9,0x000001b0,
    0x000200f8,0x000001b0,0x0004003d,0x00000006,0x000001ee,0x000001ab,0x00050080,0x00000006,0x000001ef,0x000001ee,
    0x0000007f,0x0003003e,0x000001ab,0x000001ef,0x000200f9,0x000001ad,0x000200f8,0x000001af,0x000400e0,0x00000092,
    0x00000092,0x00000093,0x000200f9,0x000000ab,0x000200f8,0x000000ab,0x0004003d,0x00000006,0x000001f0,0x000000a7,
    0x00050080,0x00000006,0x000001f1,0x000001f0,0x00000087,0x0003003e,0x000000a7,0x000001f1,0x000200f9,0x000000a8,
    0x000200f8,0x000000aa,0x0004003d,0x00000006,0x000001f3,0x00000030,0x0003003e,0x000001f2,0x000001f3,0x000200f9,
    0x000001f4,0x000200f8,0x000001f4,0x000400f6,0x000001f6,0x000001f7,0x00000000,0x000200f9,0x000001f8,0x000200f8,
    0x000001f8,0x0004003d,0x00000006,0x000001f9,0x000001f2,0x0004003d,0x00000006,0x000001fa,0x00000038,0x0004003d,
    0x00000006,0x000001fb,0x00000034,0x00050084,0x00000006,0x000001fc,0x000001fa,0x000001fb,0x000500b0,0x00000009,
    0x000001fd,0x000001f9,0x000001fc,0x000400fa,0x000001fd,0x000001f5,0x000001f6,0x000200f8,0x000001f5,0x0004003d,
    0x00000006,0x000001ff,0x000001f2,0x0004003d,0x00000006,0x00000200,0x00000034,0x00050086,0x00000006,0x00000201,
    0x000001ff,0x00000200,0x0003003e,0x000001fe,0x00000201,0x0004003d,0x00000006,0x00000203,0x000001f2,0x0004003d,
    0x00000006,0x00000204,0x00000034,0x00050089,0x00000006,0x00000205,0x00000203,0x00000204,0x0003003e,0x00000202,
    0x00000205,0x0004003d,0x00000006,0x00000207,0x000001fe,0x00050041,0x00000079,0x00000208,0x0000008f,0x00000207,
    0x0004003d,0x00000026,0x00000209,0x00000208,0x0003003e,0x00000206,0x00000209,0x00050041,0x0000005f,0x0000020b,
    0x00000029,0x0000020a,0x0004003d,0x00000007,0x0000020c,0x0000020b,0x0004007c,0x00000062,0x0000020d,0x0000020c,
    0x0004003d,0x00000006,0x0000020e,0x00000023,0x0004003d,0x00000006,0x0000020f,0x000001fe,0x00050080,0x00000006,
    0x00000210,0x0000020e,0x0000020f,0x00050041,0x0000002c,0x00000212,0x00000029,0x00000211,0x0004003d,0x00000006,
    0x00000213,0x00000212,0x00050084,0x00000006,0x00000214,0x00000210,0x00000213,0x0004003d,0x00000006,0x00000215,
    0x00000041,0x00050080,0x00000006,0x00000216,0x00000214,0x00000215,0x0004003d,0x00000006,0x00000217,0x00000202,
    0x00050080,0x00000006,0x00000218,0x00000216,0x00000217,0x0004003d,0x00000026,0x00000219,0x00000206,0x000500ba,
    0x00000009,0x0000021a,0x00000219,0x0000007d,0x000300f7,0x0000021d,0x00000000,0x000400fa,0x0000021a,0x0000021c,
    0x00000223,0x000200f8,0x0000021c,0x0004003d,0x00000006,0x0000021e,0x000001f2,0x00050041,0x00000079,0x0000021f,
    0x0000007b,0x0000021e,0x0004003d,0x00000026,0x00000220,0x0000021f,0x0004003d,0x00000026,0x00000221,0x00000206,
    0x00050088,0x00000026,0x00000222,0x00000220,0x00000221,0x0003003e,0x0000021b,0x00000222,0x000200f9,0x0000021d,
    0x000200f8,0x00000223,0x0003003e,0x0000021b,0x0000007d,0x000200f9,0x0000021d,0x000200f8,0x0000021d,0x0004003d,
    0x00000026,0x00000224,0x0000021b,0x00060041,0x00000071,0x00000225,0x0000020d,0x0000005e,0x00000218,0x0005003e,
    0x00000225,0x00000224,0x00000002,0x00000004,0x000200f9,0x000001f7,0x000200f8,0x000001f7,0x0004003d,0x00000006,
    0x00000226,0x000001f2,0x00050080,0x00000006,0x00000227,0x00000226,0x0000007f,0x0003003e,0x000001f2,0x00000227,
    0x000200f9,0x000001f4,0x000200f8,0x000001f6,0x000100fd,0x00010038,0x00050036,0x00000009,0x0000000c,0x00000000,
    0x0000000a,0x00030037,0x00000008,0x0000000b,0x000200f8,0x0000000d,0x00050041,0x0000000f,0x00000010,0x0000000b,
    0x0000000e,0x0004003d,0x00000006,0x00000011,0x00000010,0x000500aa,0x00000009,0x00000012,0x00000011,0x0000000e,
    0x000300f7,0x00000014,0x00000000,0x000400fa,0x00000012,0x00000013,0x00000014,0x000200f8,0x00000013,0x00050041,
    0x0000000f,0x00000016,0x0000000b,0x00000015,0x0004003d,0x00000006,0x00000017,0x00000016,0x000500aa,0x00000009,
    0x00000018,0x00000017,0x0000000e,0x000200f9,0x00000014,0x000200f8,0x00000014,0x000700f5,0x00000009,0x00000019,
    0x00000012,0x0000000d,0x00000018,0x00000013,0x000200fe,0x00000019,0x00010038,
};
static const uint32_t ralu__spv_attention_coopmat[3483] = {
    0x07230203,0x00010500,0x0008000b,0x00000286,0x00000000,0x00020011,0x00000001,0x00020011,0x00000009,0x00020011,
    0x0000003d,0x00020011,0x000014e1,0x00020011,0x000014e3,0x00020011,0x00001786,0x0008000a,0x5f565053,0x5f52484b,
    0x706f6f63,0x74617265,0x5f657669,0x7274616d,0x00007869,0x0006000b,0x00000001,0x4c534c47,0x6474732e,0x3035342e,
    0x00000000,0x0003000e,0x000014e4,0x00000003,0x0013000f,0x00000005,0x00000004,0x6e69616d,0x00000000,0x00000017,
    0x00000027,0x00000045,0x00000071,0x000000a7,0x000000c9,0x000000d6,0x000000d9,0x0000012a,0x0000012f,0x000001f3,
    0x00000231,0x00000246,0x0000027f,0x00060010,0x00000004,0x00000011,0x00000080,0x00000001,0x00000001,0x00040047,
    0x00000017,0x0000000b,0x0000001b,0x00050048,0x00000025,0x00000000,0x00000023,0x00000000,0x00050048,0x00000025,
    0x00000001,0x00000023,0x00000008,0x00050048,0x00000025,0x00000002,0x00000023,0x00000010,0x00050048,0x00000025,
    0x00000003,0x00000023,0x00000018,0x00050048,0x00000025,0x00000004,0x00000023,0x00000020,0x00050048,0x00000025,
    0x00000005,0x00000023,0x00000028,0x00050048,0x00000025,0x00000006,0x00000023,0x0000002c,0x00050048,0x00000025,
    0x00000007,0x00000023,0x00000030,0x00050048,0x00000025,0x00000008,0x00000023,0x00000034,0x00050048,0x00000025,
    0x00000009,0x00000023,0x00000038,0x00050048,0x00000025,0x0000000a,0x00000023,0x0000003c,0x00050048,0x00000025,
    0x0000000b,0x00000023,0x00000040,0x00050048,0x00000025,0x0000000c,0x00000023,0x00000044,0x00050048,0x00000025,
    0x0000000d,0x00000023,0x00000048,0x00050048,0x00000025,0x0000000e,0x00000023,0x0000004c,0x00050048,0x00000025,
    0x0000000f,0x00000023,0x00000050,0x00030047,0x00000025,0x00000002,0x00040047,0x00000055,0x00000006,0x00000004,
    0x00050048,0x00000056,0x00000000,0x00000023,0x00000000,0x00030047,0x00000056,0x00000002,0x00040047,0x000000d6,
    0x0000000b,0x00000028,0x00040047,0x000000d9,0x0000000b,0x0000001a,0x00030047,0x00000231,0x00000000,0x00040047,
    0x00000231,0x0000000b,0x00000029,0x00030047,0x00000232,0x00000000,0x00030047,0x0000027f,0x00000000,0x00040047,
    0x0000027f,0x0000000b,0x00000024,0x00030047,0x00000280,0x00000000,0x00040047,0x00000285,0x0000000b,0x00000019,
    0x00020013,0x00000002,0x00030021,0x00000003,0x00000002,0x00040015,0x00000006,0x00000020,0x00000000,0x00040020,
    0x00000007,0x00000007,0x00000006,0x00020014,0x00000008,0x00040020,0x00000009,0x00000007,0x00000008,0x00060021,
    0x0000000a,0x00000002,0x00000007,0x00000009,0x00000007,0x00040021,0x00000010,0x00000002,0x00000007,0x00040017,
    0x00000015,0x00000006,0x00000003,0x00040020,0x00000016,0x00000001,0x00000015,0x0004003b,0x00000016,0x00000017,
    0x00000001,0x0004002b,0x00000006,0x00000018,0x00000000,0x00040020,0x00000019,0x00000001,0x00000006,0x0004002b,
    0x00000006,0x00000022,0x00000010,0x00040017,0x00000023,0x00000006,0x00000002,0x00030016,0x00000024,0x00000020,
    0x0012001e,0x00000025,0x00000023,0x00000023,0x00000023,0x00000023,0x00000023,0x00000006,0x00000006,0x00000006,
    0x00000006,0x00000006,0x00000006,0x00000006,0x00000006,0x00000006,0x00000006,0x00000024,0x00040020,0x00000026,
    0x00000009,0x00000025,0x0004003b,0x00000026,0x00000027,0x00000009,0x00040015,0x00000028,0x00000020,0x00000001,
    0x0004002b,0x00000028,0x00000029,0x0000000c,0x00040020,0x0000002a,0x00000009,0x00000006,0x0004002b,0x00000028,
    0x0000003d,0x0000000b,0x00030016,0x00000041,0x00000010,0x0004002b,0x00000006,0x00000042,0x00000880,0x0004001c,
    0x00000043,0x00000041,0x00000042,0x00040020,0x00000044,0x00000004,0x00000043,0x0004003b,0x00000044,0x00000045,
    0x00000004,0x0004002b,0x00000006,0x00000047,0x00000088,0x00040020,0x0000004c,0x00000007,0x00000024,0x0004002b,
    0x00000028,0x00000050,0x00000001,0x00040020,0x00000051,0x00000009,0x00000023,0x00030027,0x00000054,0x000014e5,
    0x0003001d,0x00000055,0x00000024,0x0003001e,0x00000056,0x00000055,0x00040020,0x00000054,0x000014e5,0x00000056,
    0x0004002b,0x00000028,0x00000058,0x00000000,0x0004002b,0x00000028,0x0000005c,0x00000006,0x00040020,0x00000064,
    0x000014e5,0x00000024,0x0004002b,0x00000024,0x00000068,0x00000000,0x00040020,0x0000006b,0x00000004,0x00000041,
    0x0004002b,0x00000006,0x0000006d,0x00000002,0x0004003b,0x00000044,0x00000071,0x00000004,0x0004002b,0x00000028,
    0x0000007a,0x00000002,0x0004002b,0x00000028,0x00000081,0x00000007,0x0004002b,0x00000006,0x0000008f,0x00000080,
    0x0004002b,0x00000006,0x00000092,0x00000003,0x00071168,0x00000093,0x00000024,0x00000092,0x00000022,0x00000022,
    0x0000006d,0x00040020,0x00000094,0x00000007,0x00000093,0x0004002c,0x00000093,0x00000096,0x00000068,0x00071168,
    0x000000a1,0x00000041,0x00000092,0x00000022,0x00000022,0x00000018,0x00040020,0x000000a2,0x00000007,0x000000a1,
    0x0004002b,0x00000006,0x000000a4,0x00002200,0x0004001c,0x000000a5,0x00000041,0x000000a4,0x00040020,0x000000a6,
    0x00000004,0x000000a5,0x0004003b,0x000000a6,0x000000a7,0x00000004,0x0004002b,0x00000006,0x000000b6,0x00000001,
    0x00071168,0x000000b7,0x00000041,0x00000092,0x00000022,0x00000022,0x000000b6,0x00040020,0x000000b8,0x00000007,
    0x000000b7,0x0004002b,0x00000006,0x000000c6,0x00000400,0x0004001c,0x000000c7,0x00000024,0x000000c6,0x00040020,
    0x000000c8,0x00000004,0x000000c7,0x0004003b,0x000000c8,0x000000c9,0x00000004,0x00040020,0x000000cd,0x00000004,
    0x00000024,0x0004003b,0x00000019,0x000000d6,0x00000001,0x0004003b,0x00000016,0x000000d9,0x00000001,0x0004002b,
    0x00000006,0x000000df,0x00000040,0x0004002b,0x00000028,0x00000102,0x0000000a,0x0004002b,0x00000028,0x0000010f,
    0x00000005,0x0004002b,0x00000028,0x00000119,0x0000000f,0x00040020,0x0000011a,0x00000009,0x00000024,0x0004001c,
    0x00000128,0x00000024,0x000000df,0x00040020,0x00000129,0x00000004,0x00000128,0x0004003b,0x00000129,0x0000012a,
    0x00000004,0x0004002b,0x00000006,0x0000012c,0xff800000,0x0004003b,0x00000129,0x0000012f,0x00000004,0x0004002b,
    0x00000006,0x00000132,0x00000108,0x0003002a,0x00000008,0x0000013d,0x00040020,0x000001a3,0x00000007,0x00000028,
    0x0004002b,0x00000028,0x000001ab,0x00000008,0x0004002b,0x00000006,0x000001ad,0x00000008,0x0004001c,0x000001ae,
    0x00000093,0x000001ad,0x00040020,0x000001af,0x00000007,0x000001ae,0x00030029,0x00000008,0x000001bf,0x0004002b,
    0x00000006,0x000001f0,0x00000600,0x0004001c,0x000001f1,0x00000041,0x000001f0,0x00040020,0x000001f2,0x00000004,
    0x000001f1,0x0004003b,0x000001f2,0x000001f3,0x00000004,0x0004002b,0x00000006,0x000001f5,0x00000018,0x0004003b,
    0x00000019,0x00000231,0x00000001,0x0004003b,0x000000c8,0x00000246,0x00000004,0x0004002b,0x00000006,0x00000248,
    0x00000100,0x0004002b,0x00000006,0x0000024d,0x00000d48,0x0004002b,0x00000028,0x0000026c,0x00000003,0x0004003b,
    0x00000019,0x0000027f,0x00000001,0x0006002c,0x00000015,0x00000285,0x0000008f,0x000000b6,0x000000b6,0x00050036,
    0x00000002,0x00000004,0x00000000,0x00000003,0x000200f8,0x00000005,0x0004003b,0x00000007,0x000000d2,0x00000007,
    0x0004003b,0x00000007,0x000000d5,0x00000007,0x0004003b,0x00000007,0x000000d8,0x00000007,0x0004003b,0x00000007,
    0x000000dc,0x00000007,0x0004003b,0x00000007,0x000000e1,0x00000007,0x0004003b,0x00000007,0x000000e4,0x00000007,
    0x0004003b,0x00000007,0x000000e8,0x00000007,0x0004003b,0x00000007,0x000000f3,0x00000007,0x0004003b,0x00000007,
    0x000000f7,0x00000007,0x0004003b,0x0000004c,0x00000106,0x00000007,0x0004003b,0x00000007,0x00000133,0x00000007,
    0x0004003b,0x00000007,0x0000013e,0x00000007,0x0004003b,0x00000009,0x00000140,0x00000007,0x0004003b,0x00000007,
    0x00000141,0x00000007,0x0004003b,0x00000007,0x00000144,0x00000007,0x0004003b,0x0000004c,0x0000014b,0x00000007,
    0x0004003b,0x0000004c,0x0000014f,0x00000007,0x0004003b,0x0000004c,0x00000153,0x00000007,0x0004003b,0x00000007,
    0x00000155,0x00000007,0x0004003b,0x0000004c,0x00000172,0x00000007,0x0004003b,0x00000007,0x0000017d,0x00000007,
    0x0004003b,0x000001a3,0x000001a4,0x00000007,0x0004003b,0x000001af,0x000001b0,0x00000007,0x0004003b,0x00000007,
    0x000001b5,0x00000007,0x0004003b,0x00000007,0x000001c0,0x00000007,0x0004003b,0x00000009,0x000001c2,0x00000007,
    0x0004003b,0x00000007,0x000001c3,0x00000007,0x0004003b,0x00000007,0x000001c6,0x00000007,0x0004003b,0x00000007,
    0x000001c9,0x00000007,0x0004003b,0x00000007,0x000001d2,0x00000007,0x0004003b,0x00000007,0x000001d5,0x00000007,
    0x0004003b,0x0000004c,0x000001d8,0x00000007,0x0004003b,0x0000004c,0x000001df,0x00000007,0x0004003b,0x000000a2,
    0x000001fe,0x00000007,0x0004003b,0x000000a2,0x00000207,0x00000007,0x0004003b,0x000001a3,0x00000209,0x00000007,
    0x0004003b,0x000000b8,0x00000219,0x00000007,0x0004003b,0x000000b8,0x00000222,0x00000007,0x0004003b,0x00000007,
    0x00000230,0x00000007,0x0004003b,0x000001a3,0x00000233,0x00000007,0x0004003b,0x00000007,0x0000024e,0x00000007,
    0x0004003b,0x00000007,0x00000257,0x00000007,0x0004003b,0x00000007,0x0000025f,0x00000007,0x00050041,0x00000019,
    0x000000d3,0x00000017,0x00000018,0x0004003d,0x00000006,0x000000d4,0x000000d3,0x0003003e,0x000000d2,0x000000d4,
    0x0004003d,0x00000006,0x000000d7,0x000000d6,0x0003003e,0x000000d5,0x000000d7,0x00050041,0x00000019,0x000000da,
    0x000000d9,0x000000b6,0x0004003d,0x00000006,0x000000db,0x000000da,0x0003003e,0x000000d8,0x000000db,0x00050041,
    0x00000019,0x000000dd,0x000000d9,0x00000018,0x0004003d,0x00000006,0x000000de,0x000000dd,0x00050084,0x00000006,
    0x000000e0,0x000000de,0x000000df,0x0003003e,0x000000dc,0x000000e0,0x00050041,0x0000002a,0x000000e2,0x00000027,
    0x00000029,0x0004003d,0x00000006,0x000000e3,0x000000e2,0x0003003e,0x000000e1,0x000000e3,0x0004003d,0x00000006,
    0x000000e5,0x000000d8,0x0004003d,0x00000006,0x000000e6,0x000000e1,0x00050084,0x00000006,0x000000e7,0x000000e5,
    0x000000e6,0x0003003e,0x000000e4,0x000000e7,0x0004003d,0x00000006,0x000000e9,0x000000d2,0x0003003e,0x000000e8,
    0x000000e9,0x000200f9,0x000000ea,0x000200f8,0x000000ea,0x000400f6,0x000000ec,0x000000ed,0x00000000,0x000200f9,
    0x000000ee,0x000200f8,0x000000ee,0x0004003d,0x00000006,0x000000ef,0x000000e8,0x0004003d,0x00000006,0x000000f0,
    0x000000e1,0x00050084,0x00000006,0x000000f1,0x000000df,0x000000f0,0x000500b0,0x00000008,0x000000f2,0x000000ef,
    0x000000f1,0x000400fa,0x000000f2,0x000000eb,0x000000ec,0x000200f8,0x000000eb,0x0004003d,0x00000006,0x000000f4,
    0x000000e8,0x0004003d,0x00000006,0x000000f5,0x000000e1,0x00050086,0x00000006,0x000000f6,0x000000f4,0x000000f5,
    0x0003003e,0x000000f3,0x000000f6,0x0004003d,0x00000006,0x000000f8,0x000000e8,0x0004003d,0x00000006,0x000000f9,
    0x000000e1,0x00050089,0x00000006,0x000000fa,0x000000f8,0x000000f9,0x0003003e,0x000000f7,0x000000fa,0x0004003d,
    0x00000006,0x000000fb,0x000000f3,0x00050084,0x00000006,0x000000fc,0x000000fb,0x00000047,0x0004003d,0x00000006,
    0x000000fd,0x000000f7,0x00050080,0x00000006,0x000000fe,0x000000fc,0x000000fd,0x0004003d,0x00000006,0x000000ff,
    0x000000dc,0x0004003d,0x00000006,0x00000100,0x000000f3,0x00050080,0x00000006,0x00000101,0x000000ff,0x00000100,
    0x00050041,0x0000002a,0x00000103,0x00000027,0x00000102,0x0004003d,0x00000006,0x00000104,0x00000103,0x000500b0,
    0x00000008,0x00000105,0x00000101,0x00000104,0x000300f7,0x00000108,0x00000000,0x000400fa,0x00000105,0x00000107,
    0x0000011e,0x000200f8,0x00000107,0x00050041,0x00000051,0x00000109,0x00000027,0x00000058,0x0004003d,0x00000023,
    0x0000010a,0x00000109,0x0004007c,0x00000054,0x0000010b,0x0000010a,0x0004003d,0x00000006,0x0000010c,0x000000dc,
    0x0004003d,0x00000006,0x0000010d,0x000000f3,0x00050080,0x00000006,0x0000010e,0x0000010c,0x0000010d,0x00050041,
    0x0000002a,0x00000110,0x00000027,0x0000010f,0x0004003d,0x00000006,0x00000111,0x00000110,0x00050084,0x00000006,
    0x00000112,0x0000010e,0x00000111,0x0004003d,0x00000006,0x00000113,0x000000e4,0x00050080,0x00000006,0x00000114,
    0x00000112,0x00000113,0x0004003d,0x00000006,0x00000115,0x000000f7,0x00050080,0x00000006,0x00000116,0x00000114,
    0x00000115,0x00060041,0x00000064,0x00000117,0x0000010b,0x00000058,0x00000116,0x0006003d,0x00000024,0x00000118,
    0x00000117,0x00000002,0x00000004,0x00050041,0x0000011a,0x0000011b,0x00000027,0x00000119,0x0004003d,0x00000024,
    0x0000011c,0x0000011b,0x00050085,0x00000024,0x0000011d,0x00000118,0x0000011c,0x0003003e,0x00000106,0x0000011d,
    0x000200f9,0x00000108,0x000200f8,0x0000011e,0x0003003e,0x00000106,0x00000068,0x000200f9,0x00000108,0x000200f8,
    0x00000108,0x0004003d,0x00000024,0x0000011f,0x00000106,0x00040073,0x00000041,0x00000120,0x0000011f,0x00050041,
    0x0000006b,0x00000121,0x000000a7,0x000000fe,0x0005003e,0x00000121,0x00000120,0x00000028,0x0000006d,0x000200f9,
    0x000000ed,0x000200f8,0x000000ed,0x0004003d,0x00000006,0x00000122,0x000000e8,0x00050080,0x00000006,0x00000123,
    0x00000122,0x0000008f,0x0003003e,0x000000e8,0x00000123,0x000200f9,0x000000ea,0x000200f8,0x000000ec,0x0004003d,
    0x00000006,0x00000124,0x000000d2,0x000500b0,0x00000008,0x00000125,0x00000124,0x000000df,0x000300f7,0x00000127,
    0x00000000,0x000400fa,0x00000125,0x00000126,0x00000127,0x000200f8,0x00000126,0x0004003d,0x00000006,0x0000012b,
    0x000000d2,0x0004007c,0x00000024,0x0000012d,0x0000012c,0x00050041,0x000000cd,0x0000012e,0x0000012a,0x0000012b,
    0x0005003e,0x0000012e,0x0000012d,0x00000028,0x0000006d,0x0004003d,0x00000006,0x00000130,0x000000d2,0x00050041,
    0x000000cd,0x00000131,0x0000012f,0x00000130,0x0005003e,0x00000131,0x00000068,0x00000028,0x0000006d,0x000200f9,
    0x00000127,0x000200f8,0x00000127,0x000400e0,0x0000006d,0x0000006d,0x00000132,0x0003003e,0x00000133,0x00000018,
    0x000200f9,0x00000134,0x000200f8,0x00000134,0x000400f6,0x00000136,0x00000137,0x00000000,0x000200f9,0x00000138,
    0x000200f8,0x00000138,0x0004003d,0x00000006,0x00000139,0x00000133,0x00050041,0x0000002a,0x0000013a,0x00000027,
    0x0000003d,0x0004003d,0x00000006,0x0000013b,0x0000013a,0x000500b0,0x00000008,0x0000013c,0x00000139,0x0000013b,
    0x000400fa,0x0000013c,0x00000135,0x00000136,0x000200f8,0x00000135,0x0004003d,0x00000006,0x0000013f,0x00000133,
    0x0003003e,0x0000013e,0x0000013f,0x0003003e,0x00000140,0x0000013d,0x0004003d,0x00000006,0x00000142,0x000000e4,
    0x0003003e,0x00000141,0x00000142,0x00070039,0x00000002,0x00000143,0x0000000e,0x0000013e,0x00000140,0x00000141,
    0x000400e0,0x0000006d,0x0000006d,0x00000132,0x0004003d,0x00000006,0x00000145,0x000000d5,0x0003003e,0x00000144,
    0x00000145,0x00050039,0x00000002,0x00000146,0x00000012,0x00000144,0x000400e0,0x0000006d,0x0000006d,0x00000132,
    0x0004003d,0x00000006,0x00000147,0x000000d2,0x000500b0,0x00000008,0x00000148,0x00000147,0x000000df,0x000300f7,
    0x0000014a,0x00000000,0x000400fa,0x00000148,0x00000149,0x0000014a,0x000200f8,0x00000149,0x0004003d,0x00000006,
    0x0000014c,0x000000d2,0x00050041,0x000000cd,0x0000014d,0x0000012a,0x0000014c,0x0006003d,0x00000024,0x0000014e,
    0x0000014d,0x00000030,0x0000006d,0x0003003e,0x0000014b,0x0000014e,0x0004003d,0x00000006,0x00000150,0x000000d2,
    0x00050041,0x000000cd,0x00000151,0x0000012f,0x00000150,0x0006003d,0x00000024,0x00000152,0x00000151,0x00000030,
    0x0000006d,0x0003003e,0x0000014f,0x00000152,0x0004003d,0x00000024,0x00000154,0x0000014b,0x0003003e,0x00000153,
    0x00000154,0x0003003e,0x00000155,0x00000018,0x000200f9,0x00000156,0x000200f8,0x00000156,0x000400f6,0x00000158,
    0x00000159,0x00000000,0x000200f9,0x0000015a,0x000200f8,0x0000015a,0x0004003d,0x00000006,0x0000015b,0x00000155,
    0x000500b0,0x00000008,0x0000015c,0x0000015b,0x00000022,0x000300f7,0x0000015e,0x00000000,0x000400fa,0x0000015c,
    0x0000015d,0x0000015e,0x000200f8,0x0000015d,0x0004003d,0x00000006,0x0000015f,0x00000133,0x0004003d,0x00000006,
    0x00000160,0x00000155,0x00050080,0x00000006,0x00000161,0x0000015f,0x00000160,0x00050041,0x0000002a,0x00000162,
    0x00000027,0x0000003d,0x0004003d,0x00000006,0x00000163,0x00000162,0x000500b0,0x00000008,0x00000164,0x00000161,
    0x00000163,0x000200f9,0x0000015e,0x000200f8,0x0000015e,0x000700f5,0x00000008,0x00000165,0x0000015c,0x0000015a,
    0x00000164,0x0000015d,0x000400fa,0x00000165,0x00000157,0x00000158,0x000200f8,0x00000157,0x0004003d,0x00000024,
    0x00000166,0x00000153,0x0004003d,0x00000006,0x00000167,0x000000d2,0x00050084,0x00000006,0x00000168,0x00000167,
    0x00000022,0x0004003d,0x00000006,0x00000169,0x00000155,0x00050080,0x00000006,0x0000016a,0x00000168,0x00000169,
    0x00050041,0x000000cd,0x0000016b,0x000000c9,0x0000016a,0x0006003d,0x00000024,0x0000016c,0x0000016b,0x00000030,
    0x0000006d,0x0007000c,0x00000024,0x0000016d,0x00000001,0x00000028,0x00000166,0x0000016c,0x0003003e,0x00000153,
    0x0000016d,0x000200f9,0x00000159,0x000200f8,0x00000159,0x0004003d,0x00000006,0x0000016e,0x00000155,0x00050080,
    0x00000006,0x0000016f,0x0000016e,0x00000050,0x0003003e,0x00000155,0x0000016f,0x000200f9,0x00000156,0x000200f8,
    0x00000158,0x0004003d,0x00000024,0x00000170,0x0000014b,0x0004009d,0x00000008,0x00000171,0x00000170,0x000300f7,
    0x00000174,0x00000000,0x000400fa,0x00000171,0x00000173,0x00000175,0x000200f8,0x00000173,0x0003003e,0x00000172,
    0x00000068,0x000200f9,0x00000174,0x000200f8,0x00000175,0x0004003d,0x00000024,0x00000176,0x0000014b,0x0004003d,
    0x00000024,0x00000177,0x00000153,0x00050083,0x00000024,0x00000178,0x00000176,0x00000177,0x0006000c,0x00000024,
    0x00000179,0x00000001,0x0000001b,0x00000178,0x0003003e,0x00000172,0x00000179,0x000200f9,0x00000174,0x000200f8,
    0x00000174,0x0004003d,0x00000024,0x0000017a,0x00000172,0x0004003d,0x00000024,0x0000017b,0x0000014f,0x00050085,
    0x00000024,0x0000017c,0x0000017b,0x0000017a,0x0003003e,0x0000014f,0x0000017c,0x0003003e,0x0000017d,0x00000018,
    0x000200f9,0x0000017e,0x000200f8,0x0000017e,0x000400f6,0x00000180,0x00000181,0x00000000,0x000200f9,0x00000182,
    0x000200f8,0x00000182,0x0004003d,0x00000006,0x00000183,0x0000017d,0x000500b0,0x00000008,0x00000184,0x00000183,
    0x00000022,0x000300f7,0x00000186,0x00000000,0x000400fa,0x00000184,0x00000185,0x00000186,0x000200f8,0x00000185,
    0x0004003d,0x00000006,0x00000187,0x00000133,0x0004003d,0x00000006,0x00000188,0x0000017d,0x00050080,0x00000006,
    0x00000189,0x00000187,0x00000188,0x00050041,0x0000002a,0x0000018a,0x00000027,0x0000003d,0x0004003d,0x00000006,
    0x0000018b,0x0000018a,0x000500b0,0x00000008,0x0000018c,0x00000189,0x0000018b,0x000200f9,0x00000186,0x000200f8,
    0x00000186,0x000700f5,0x00000008,0x0000018d,0x00000184,0x00000182,0x0000018c,0x00000185,0x000400fa,0x0000018d,
    0x0000017f,0x00000180,0x000200f8,0x0000017f,0x0004003d,0x00000006,0x0000018e,0x000000d2,0x00050084,0x00000006,
    0x0000018f,0x0000018e,0x00000022,0x0004003d,0x00000006,0x00000190,0x0000017d,0x00050080,0x00000006,0x00000191,
    0x0000018f,0x00000190,0x00050041,0x000000cd,0x00000192,0x000000c9,0x00000191,0x0006003d,0x00000024,0x00000193,
    0x00000192,0x00000030,0x0000006d,0x0004003d,0x00000024,0x00000194,0x00000153,0x00050083,0x00000024,0x00000195,
    0x00000193,0x00000194,0x0006000c,0x00000024,0x00000196,0x00000001,0x0000001b,0x00000195,0x0004003d,0x00000024,
    0x00000197,0x0000014f,0x00050081,0x00000024,0x00000198,0x00000197,0x00000196,0x0003003e,0x0000014f,0x00000198,
    0x000200f9,0x00000181,0x000200f8,0x00000181,0x0004003d,0x00000006,0x00000199,0x0000017d,0x00050080,0x00000006,
    0x0000019a,0x00000199,0x00000050,0x0003003e,0x0000017d,0x0000019a,0x000200f9,0x0000017e,0x000200f8,0x00000180,
    0x0004003d,0x00000006,0x0000019b,0x000000d2,0x0004003d,0x00000024,0x0000019c,0x00000153,0x00050041,0x000000cd,
    0x0000019d,0x0000012a,0x0000019b,0x0005003e,0x0000019d,0x0000019c,0x00000028,0x0000006d,0x0004003d,0x00000006,
    0x0000019e,0x000000d2,0x0004003d,0x00000024,0x0000019f,0x0000014f,0x00050041,0x000000cd,0x000001a0,0x0000012f,
    0x0000019e,0x0005003e,0x000001a0,0x0000019f,0x00000028,0x0000006d,0x000200f9,0x0000014a,0x000200f8,0x0000014a,
    0x000400e0,0x0000006d,0x0000006d,0x00000132,0x000200f9,0x00000137,0x000200f8,0x00000137,0x0004003d,0x00000006,
    0x000001a1,0x00000133,0x00050080,0x00000006,0x000001a2,0x000001a1,0x00000022,0x0003003e,0x00000133,0x000001a2,
    0x000200f9,0x00000134,0x000200f8,0x00000136,0x0003003e,0x000001a4,0x00000058,0x000200f9,0x000001a5,0x000200f8,
    0x000001a5,0x000400f6,0x000001a7,0x000001a8,0x00000000,0x000200f9,0x000001a9,0x000200f8,0x000001a9,0x0004003d,
    0x00000028,0x000001aa,0x000001a4,0x000500b1,0x00000008,0x000001ac,0x000001aa,0x000001ab,0x000400fa,0x000001ac,
    0x000001a6,0x000001a7,0x000200f8,0x000001a6,0x0004003d,0x00000028,0x000001b1,0x000001a4,0x00050041,0x00000094,
    0x000001b2,0x000001b0,0x000001b1,0x0003003e,0x000001b2,0x00000096,0x000200f9,0x000001a8,0x000200f8,0x000001a8,
    0x0004003d,0x00000028,0x000001b3,0x000001a4,0x00050080,0x00000028,0x000001b4,0x000001b3,0x00000050,0x0003003e,
    0x000001a4,0x000001b4,0x000200f9,0x000001a5,0x000200f8,0x000001a7,0x0003003e,0x000001b5,0x00000018,0x000200f9,
    0x000001b6,0x000200f8,0x000001b6,0x000400f6,0x000001b8,0x000001b9,0x00000000,0x000200f9,0x000001ba,0x000200f8,
    0x000001ba,0x0004003d,0x00000006,0x000001bb,0x000001b5,0x00050041,0x0000002a,0x000001bc,0x00000027,0x0000003d,
    0x0004003d,0x00000006,0x000001bd,0x000001bc,0x000500b0,0x00000008,0x000001be,0x000001bb,0x000001bd,0x000400fa,
    0x000001be,0x000001b7,0x000001b8,0x000200f8,0x000001b7,0x0004003d,0x00000006,0x000001c1,0x000001b5,0x0003003e,
    0x000001c0,0x000001c1,0x0003003e,0x000001c2,0x000001bf,0x0004003d,0x00000006,0x000001c4,0x000000e4,0x0003003e,
    0x000001c3,0x000001c4,0x00070039,0x00000002,0x000001c5,0x0000000e,0x000001c0,0x000001c2,0x000001c3,0x000400e0,
    0x0000006d,0x0000006d,0x00000132,0x0004003d,0x00000006,0x000001c7,0x000000d5,0x0003003e,0x000001c6,0x000001c7,
    0x00050039,0x00000002,0x000001c8,0x00000012,0x000001c6,0x000400e0,0x0000006d,0x0000006d,0x00000132,0x0004003d,
    0x00000006,0x000001ca,0x000000d2,0x0003003e,0x000001c9,0x000001ca,0x000200f9,0x000001cb,0x000200f8,0x000001cb,
    0x000400f6,0x000001cd,0x000001ce,0x00000000,0x000200f9,0x000001cf,0x000200f8,0x000001cf,0x0004003d,0x00000006,
    0x000001d0,0x000001c9,0x000500b0,0x00000008,0x000001d1,0x000001d0,0x000000c6,0x000400fa,0x000001d1,0x000001cc,
    0x000001cd,0x000200f8,0x000001cc,0x0004003d,0x00000006,0x000001d3,0x000001c9,0x00050086,0x00000006,0x000001d4,
    0x000001d3,0x00000022,0x0003003e,0x000001d2,0x000001d4,0x0004003d,0x00000006,0x000001d6,0x000001c9,0x00050089,
    0x00000006,0x000001d7,0x000001d6,0x00000022,0x0003003e,0x000001d5,0x000001d7,0x0004003d,0x00000006,0x000001d9,
    0x000001b5,0x0004003d,0x00000006,0x000001da,0x000001d5,0x00050080,0x00000006,0x000001db,0x000001d9,0x000001da,
    0x00050041,0x0000002a,0x000001dc,0x00000027,0x0000003d,0x0004003d,0x00000006,0x000001dd,0x000001dc,0x000500b0,
    0x00000008,0x000001de,0x000001db,0x000001dd,0x000300f7,0x000001e1,0x00000000,0x000400fa,0x000001de,0x000001e0,
    0x000001ee,0x000200f8,0x000001e0,0x0004003d,0x00000006,0x000001e2,0x000001c9,0x00050041,0x000000cd,0x000001e3,
    0x000000c9,0x000001e2,0x0006003d,0x00000024,0x000001e4,0x000001e3,0x00000030,0x0000006d,0x0004003d,0x00000006,
    0x000001e5,0x000001d2,0x00050041,0x000000cd,0x000001e6,0x0000012a,0x000001e5,0x0006003d,0x00000024,0x000001e7,
    0x000001e6,0x00000030,0x0000006d,0x00050083,0x00000024,0x000001e8,0x000001e4,0x000001e7,0x0006000c,0x00000024,
    0x000001e9,0x00000001,0x0000001b,0x000001e8,0x0004003d,0x00000006,0x000001ea,0x000001d2,0x00050041,0x000000cd,
    0x000001eb,0x0000012f,0x000001ea,0x0006003d,0x00000024,0x000001ec,0x000001eb,0x00000030,0x0000006d,0x00050088,
    0x00000024,0x000001ed,0x000001e9,0x000001ec,0x0003003e,0x000001df,0x000001ed,0x000200f9,0x000001e1,0x000200f8,
    0x000001ee,0x0003003e,0x000001df,0x00000068,0x000200f9,0x000001e1,0x000200f8,0x000001e1,0x0004003d,0x00000024,
    0x000001ef,0x000001df,0x0003003e,0x000001d8,0x000001ef,0x0004003d,0x00000006,0x000001f4,0x000001d2,0x00050084,
    0x00000006,0x000001f6,0x000001f4,0x000001f5,0x0004003d,0x00000006,0x000001f7,0x000001d5,0x00050080,0x00000006,
    0x000001f8,0x000001f6,0x000001f7,0x0004003d,0x00000024,0x000001f9,0x000001d8,0x00040073,0x00000041,0x000001fa,
    0x000001f9,0x00050041,0x0000006b,0x000001fb,0x000001f3,0x000001f8,0x0005003e,0x000001fb,0x000001fa,0x00000028,
    0x0000006d,0x000200f9,0x000001ce,0x000200f8,0x000001ce,0x0004003d,0x00000006,0x000001fc,0x000001c9,0x00050080,
    0x00000006,0x000001fd,0x000001fc,0x0000008f,0x0003003e,0x000001c9,0x000001fd,0x000200f9,0x000001cb,0x000200f8,
    0x000001cd,0x000400e0,0x0000006d,0x0000006d,0x00000132,0x0004003d,0x00000006,0x000001ff,0x000000d5,0x00050084,
    0x00000006,0x00000200,0x00000022,0x000001ff,0x00050084,0x00000006,0x00000201,0x00000200,0x000001f5,0x00050041,
    0x0000006b,0x00000202,0x000001f3,0x00000201,0x0004003d,0x00000006,0x00000203,0x000000d5,0x00050084,0x00000006,
    0x00000204,0x00000022,0x00000203,0x00050084,0x00000006,0x00000205,0x00000204,0x000001f5,0x00081169,0x000000a1,
    0x00000206,0x00000202,0x00000058,0x000001f5,0x00000030,0x0000006d,0x0003003e,0x000001fe,0x00000206,0x0004003d,
    0x000000a1,0x00000208,0x000001fe,0x0003003e,0x00000207,0x00000208,0x0003003e,0x00000209,0x00000058,0x000200f9,
    0x0000020a,0x000200f8,0x0000020a,0x000400f6,0x0000020c,0x0000020d,0x00000000,0x000200f9,0x0000020e,0x000200f8,
    0x0000020e,0x0004003d,0x00000028,0x0000020f,0x00000209,0x000500b1,0x00000008,0x00000210,0x0000020f,0x000001ab,
    0x000400fa,0x00000210,0x0000020b,0x0000020c,0x000200f8,0x0000020b,0x0004003d,0x00000028,0x00000211,0x00000209,
    0x0004007c,0x00000006,0x00000212,0x00000211,0x00050084,0x00000006,0x00000213,0x00000212,0x00000022,0x0004003d,
    0x00000006,0x00000214,0x000000e1,0x000500ae,0x00000008,0x00000215,0x00000213,0x00000214,0x000300f7,0x00000217,
    0x00000000,0x000400fa,0x00000215,0x00000216,0x00000217,0x000200f8,0x00000216,0x000200f9,0x0000020c,0x000200f8,
    0x00000217,0x0004003d,0x00000028,0x0000021a,0x00000209,0x0004007c,0x00000006,0x0000021b,0x0000021a,0x00050084,
    0x00000006,0x0000021c,0x0000021b,0x00000022,0x00050041,0x0000006b,0x0000021d,0x00000071,0x0000021c,0x0004003d,
    0x00000028,0x0000021e,0x00000209,0x0004007c,0x00000006,0x0000021f,0x0000021e,0x00050084,0x00000006,0x00000220,
    0x0000021f,0x00000022,0x00081169,0x000000b7,0x00000221,0x0000021d,0x00000058,0x00000047,0x00000030,0x0000006d,
    0x0003003e,0x00000219,0x00000221,0x0004003d,0x000000b7,0x00000223,0x00000219,0x0003003e,0x00000222,0x00000223,
    0x0004003d,0x00000028,0x00000224,0x00000209,0x0004003d,0x000000a1,0x00000225,0x00000207,0x0004003d,0x000000b7,
    0x00000226,0x00000222,0x0004003d,0x00000028,0x00000227,0x00000209,0x00050041,0x00000094,0x00000228,0x000001b0,
    0x00000227,0x0004003d,0x00000093,0x00000229,0x00000228,0x0006116b,0x00000093,0x0000022a,0x00000225,0x00000226,
    0x00000229,0x00050041,0x00000094,0x0000022b,0x000001b0,0x00000224,0x0003003e,0x0000022b,0x0000022a,0x000200f9,
    0x0000020d,0x000200f8,0x0000020d,0x0004003d,0x00000028,0x0000022c,0x00000209,0x00050080,0x00000028,0x0000022d,
    0x0000022c,0x00000050,0x0003003e,0x00000209,0x0000022d,0x000200f9,0x0000020a,0x000200f8,0x0000020c,0x000400e0,
    0x0000006d,0x0000006d,0x00000132,0x000200f9,0x000001b9,0x000200f8,0x000001b9,0x0004003d,0x00000006,0x0000022e,
    0x000001b5,0x00050080,0x00000006,0x0000022f,0x0000022e,0x00000022,0x0003003e,0x000001b5,0x0000022f,0x000200f9,
    0x000001b6,0x000200f8,0x000001b8,0x0004003d,0x00000006,0x00000232,0x00000231,0x0003003e,0x00000230,0x00000232,
    0x0003003e,0x00000233,0x00000058,0x000200f9,0x00000234,0x000200f8,0x00000234,0x000400f6,0x00000236,0x00000237,
    0x00000000,0x000200f9,0x00000238,0x000200f8,0x00000238,0x0004003d,0x00000028,0x00000239,0x00000233,0x000500b1,
    0x00000008,0x0000023a,0x00000239,0x000001ab,0x000400fa,0x0000023a,0x00000235,0x00000236,0x000200f8,0x00000235,
    0x0004003d,0x00000028,0x0000023b,0x00000233,0x0004007c,0x00000006,0x0000023c,0x0000023b,0x00050084,0x00000006,
    0x0000023d,0x0000023c,0x00000022,0x0004003d,0x00000006,0x0000023e,0x000000e1,0x000500ae,0x00000008,0x0000023f,
    0x0000023d,0x0000023e,0x000300f7,0x00000241,0x00000000,0x000400fa,0x0000023f,0x00000240,0x00000241,0x000200f8,
    0x00000240,0x000200f9,0x00000236,0x000200f8,0x00000241,0x0004003d,0x00000028,0x00000243,0x00000233,0x00050041,
    0x00000094,0x00000244,0x000001b0,0x00000243,0x0004003d,0x00000093,0x00000245,0x00000244,0x0004003d,0x00000006,
    0x00000247,0x000000d5,0x00050084,0x00000006,0x00000249,0x00000247,0x00000248,0x00050041,0x000000cd,0x0000024a,
    0x00000246,0x00000249,0x0004003d,0x00000006,0x0000024b,0x000000d5,0x00050084,0x00000006,0x0000024c,0x0000024b,
    0x00000248,0x0007116a,0x0000024a,0x00000245,0x00000058,0x00000022,0x00000028,0x0000006d,0x000300e1,0x00000092,
    0x00000132,0x000400e0,0x00000092,0x00000092,0x0000024d,0x0004003d,0x00000006,0x0000024f,0x00000230,0x0003003e,
    0x0000024e,0x0000024f,0x000200f9,0x00000250,0x000200f8,0x00000250,0x000400f6,0x00000252,0x00000253,0x00000000,
    0x000200f9,0x00000254,0x000200f8,0x00000254,0x0004003d,0x00000006,0x00000255,0x0000024e,0x000500b0,0x00000008,
    0x00000256,0x00000255,0x00000248,0x000400fa,0x00000256,0x00000251,0x00000252,0x000200f8,0x00000251,0x0004003d,
    0x00000006,0x00000258,0x000000dc,0x0004003d,0x00000006,0x00000259,0x000000d5,0x00050084,0x00000006,0x0000025a,
    0x00000022,0x00000259,0x00050080,0x00000006,0x0000025b,0x00000258,0x0000025a,0x0004003d,0x00000006,0x0000025c,
    0x0000024e,0x00050086,0x00000006,0x0000025d,0x0000025c,0x00000022,0x00050080,0x00000006,0x0000025e,0x0000025b,
    0x0000025d,0x0003003e,0x00000257,0x0000025e,0x0004003d,0x00000028,0x00000260,0x00000233,0x0004007c,0x00000006,
    0x00000261,0x00000260,0x00050084,0x00000006,0x00000262,0x00000261,0x00000022,0x0004003d,0x00000006,0x00000263,
    0x0000024e,0x00050089,0x00000006,0x00000264,0x00000263,0x00000022,0x00050080,0x00000006,0x00000265,0x00000262,
    0x00000264,0x0003003e,0x0000025f,0x00000265,0x0004003d,0x00000006,0x00000266,0x00000257,0x00050041,0x0000002a,
    0x00000267,0x00000027,0x00000102,0x0004003d,0x00000006,0x00000268,0x00000267,0x000500b0,0x00000008,0x00000269,
    0x00000266,0x00000268,0x000300f7,0x0000026b,0x00000000,0x000400fa,0x00000269,0x0000026a,0x0000026b,0x000200f8,
    0x0000026a,0x00050041,0x00000051,0x0000026d,0x00000027,0x0000026c,0x0004003d,0x00000023,0x0000026e,0x0000026d,
    0x0004007c,0x00000054,0x0000026f,0x0000026e,0x0004003d,0x00000006,0x00000270,0x00000257,0x00050041,0x0000002a,
    0x00000271,0x00000027,0x000001ab,0x0004003d,0x00000006,0x00000272,0x00000271,0x00050084,0x00000006,0x00000273,
    0x00000270,0x00000272,0x0004003d,0x00000006,0x00000274,0x000000e4,0x00050080,0x00000006,0x00000275,0x00000273,
    0x00000274,0x0004003d,0x00000006,0x00000276,0x0000025f,0x00050080,0x00000006,0x00000277,0x00000275,0x00000276,
    0x0004003d,0x00000006,0x00000278,0x000000d5,0x00050084,0x00000006,0x00000279,0x00000278,0x00000248,0x0004003d,
    0x00000006,0x0000027a,0x0000024e,0x00050080,0x00000006,0x0000027b,0x00000279,0x0000027a,0x00050041,0x000000cd,
    0x0000027c,0x00000246,0x0000027b,0x0006003d,0x00000024,0x0000027d,0x0000027c,0x00000030,0x0000006d,0x00060041,
    0x00000064,0x0000027e,0x0000026f,0x00000058,0x00000277,0x0005003e,0x0000027e,0x0000027d,0x00000002,0x00000004,
    0x000200f9,0x0000026b,0x000200f8,0x0000026b,0x000200f9,0x00000253,0x000200f8,0x00000253,0x0004003d,0x00000006,
    0x00000280,0x0000027f,0x0004003d,0x00000006,0x00000281,0x0000024e,0x00050080,0x00000006,0x00000282,0x00000281,
    0x00000280,0x0003003e,0x0000024e,0x00000282,0x000200f9,0x00000250,0x000200f8,0x00000252,0x000400e0,0x00000092,
    0x00000092,0x0000024d,0x000200f9,0x00000237,0x000200f8,0x00000237,0x0004003d,0x00000028,0x00000283,0x00000233,
    0x00050080,0x00000028,0x00000284,0x00000283,0x00000050,0x0003003e,0x00000233,0x00000284,0x000200f9,0x00000234,
    0x000200f8,0x00000236,0x000100fd,0x00010038,0x00050036,0x00000002,0x0000000e,0x00000000,0x0000000a,0x00030037,
    0x00000007,0x0000000b,0x00030037,0x00000009,0x0000000c,0x00030037,0x00000007,0x0000000d,0x000200f8,0x0000000f,
    0x0004003b,0x00000007,0x00000014,0x00000007,0x0004003b,0x00000007,0x0000002f,0x00000007,0x0004003b,0x00000007,
    0x00000034,0x00000007,0x0004003b,0x00000009,0x00000039,0x00000007,0x0004003b,0x0000004c,0x0000004d,0x00000007,
    0x0004003b,0x0000004c,0x00000077,0x00000007,0x00050041,0x00000019,0x0000001a,0x00000017,0x00000018,0x0004003d,
    0x00000006,0x0000001b,0x0000001a,0x0003003e,0x00000014,0x0000001b,0x000200f9,0x0000001c,0x000200f8,0x0000001c,
    0x000400f6,0x0000001e,0x0000001f,0x00000000,0x000200f9,0x00000020,0x000200f8,0x00000020,0x0004003d,0x00000006,
    0x00000021,0x00000014,0x00050041,0x0000002a,0x0000002b,0x00000027,0x00000029,0x0004003d,0x00000006,0x0000002c,
    0x0000002b,0x00050084,0x00000006,0x0000002d,0x00000022,0x0000002c,0x000500b0,0x00000008,0x0000002e,0x00000021,
    0x0000002d,0x000400fa,0x0000002e,0x0000001d,0x0000001e,0x000200f8,0x0000001d,0x0004003d,0x00000006,0x00000030,
    0x00000014,0x00050041,0x0000002a,0x00000031,0x00000027,0x00000029,0x0004003d,0x00000006,0x00000032,0x00000031,
    0x00050086,0x00000006,0x00000033,0x00000030,0x00000032,0x0003003e,0x0000002f,0x00000033,0x0004003d,0x00000006,
    0x00000035,0x00000014,0x00050041,0x0000002a,0x00000036,0x00000027,0x00000029,0x0004003d,0x00000006,0x00000037,
    0x00000036,0x00050089,0x00000006,0x00000038,0x00000035,0x00000037,0x0003003e,0x00000034,0x00000038,0x0004003d,
    0x00000006,0x0000003a,0x0000000b,0x0004003d,0x00000006,0x0000003b,0x0000002f,0x00050080,0x00000006,0x0000003c,
    0x0000003a,0x0000003b,0x00050041,0x0000002a,0x0000003e,0x00000027,0x0000003d,0x0004003d,0x00000006,0x0000003f,
    0x0000003e,0x000500b0,0x00000008,0x00000040,0x0000003c,0x0000003f,0x0003003e,0x00000039,0x00000040,0x0004003d,
    0x00000006,0x00000046,0x0000002f,0x00050084,0x00000006,0x00000048,0x00000046,0x00000047,0x0004003d,0x00000006,
    0x00000049,0x00000034,0x00050080,0x00000006,0x0000004a,0x00000048,0x00000049,0x0004003d,0x00000008,0x0000004b,
    0x00000039,0x000300f7,0x0000004f,0x00000000,0x000400fa,0x0000004b,0x0000004e,0x00000067,0x000200f8,0x0000004e,
    0x00050041,0x00000051,0x00000052,0x00000027,0x00000050,0x0004003d,0x00000023,0x00000053,0x00000052,0x0004007c,
    0x00000054,0x00000057,0x00000053,0x0004003d,0x00000006,0x00000059,0x0000000b,0x0004003d,0x00000006,0x0000005a,
    0x0000002f,0x00050080,0x00000006,0x0000005b,0x00000059,0x0000005a,0x00050041,0x0000002a,0x0000005d,0x00000027,
    0x0000005c,0x0004003d,0x00000006,0x0000005e,0x0000005d,0x00050084,0x00000006,0x0000005f,0x0000005b,0x0000005e,
    0x0004003d,0x00000006,0x00000060,0x0000000d,0x00050080,0x00000006,0x00000061,0x0000005f,0x00000060,0x0004003d,
    0x00000006,0x00000062,0x00000034,0x00050080,0x00000006,0x00000063,0x00000061,0x00000062,0x00060041,0x00000064,
    0x00000065,0x00000057,0x00000058,0x00000063,0x0006003d,0x00000024,0x00000066,0x00000065,0x00000002,0x00000004,
    0x0003003e,0x0000004d,0x00000066,0x000200f9,0x0000004f,0x000200f8,0x00000067,0x0003003e,0x0000004d,0x00000068,
    0x000200f9,0x0000004f,0x000200f8,0x0000004f,0x0004003d,0x00000024,0x00000069,0x0000004d,0x00040073,0x00000041,
    0x0000006a,0x00000069,0x00050041,0x0000006b,0x0000006c,0x00000045,0x0000004a,0x0005003e,0x0000006c,0x0000006a,
    0x00000028,0x0000006d,0x0004003d,0x00000008,0x0000006e,0x0000000c,0x000300f7,0x00000070,0x00000000,0x000400fa,
    0x0000006e,0x0000006f,0x00000070,0x000200f8,0x0000006f,0x0004003d,0x00000006,0x00000072,0x0000002f,0x00050084,
    0x00000006,0x00000073,0x00000072,0x00000047,0x0004003d,0x00000006,0x00000074,0x00000034,0x00050080,0x00000006,
    0x00000075,0x00000073,0x00000074,0x0004003d,0x00000008,0x00000076,0x00000039,0x000300f7,0x00000079,0x00000000,
    0x000400fa,0x00000076,0x00000078,0x0000008b,0x000200f8,0x00000078,0x00050041,0x00000051,0x0000007b,0x00000027,
    0x0000007a,0x0004003d,0x00000023,0x0000007c,0x0000007b,0x0004007c,0x00000054,0x0000007d,0x0000007c,0x0004003d,
    0x00000006,0x0000007e,0x0000000b,0x0004003d,0x00000006,0x0000007f,0x0000002f,0x00050080,0x00000006,0x00000080,
    0x0000007e,0x0000007f,0x00050041,0x0000002a,0x00000082,0x00000027,0x00000081,0x0004003d,0x00000006,0x00000083,
    0x00000082,0x00050084,0x00000006,0x00000084,0x00000080,0x00000083,0x0004003d,0x00000006,0x00000085,0x0000000d,
    0x00050080,0x00000006,0x00000086,0x00000084,0x00000085,0x0004003d,0x00000006,0x00000087,0x00000034,0x00050080,
    0x00000006,0x00000088,0x00000086,0x00000087,0x00060041,0x00000064,0x00000089,0x0000007d,0x00000058,0x00000088,
    0x0006003d,0x00000024,0x0000008a,0x00000089,0x00000002,0x00000004,0x0003003e,0x00000077,0x0000008a,0x000200f9,
    0x00000079,0x000200f8,0x0000008b,0x0003003e,0x00000077,0x00000068,0x000200f9,0x00000079,0x000200f8,0x00000079,
    0x0004003d,0x00000024,0x0000008c,0x00000077,0x00040073,0x00000041,0x0000008d,0x0000008c,0x00050041,0x0000006b,
    0x0000008e,0x00000071,0x00000075,0x0005003e,0x0000008e,0x0000008d,0x00000028,0x0000006d,0x000200f9,0x00000070,
    0x000200f8,0x00000070,0x000200f9,0x0000001f,0x000200f8,0x0000001f,0x0004003d,0x00000006,0x00000090,0x00000014,
    0x00050080,0x00000006,0x00000091,0x00000090,0x0000008f,0x0003003e,0x00000014,0x00000091,0x000200f9,0x0000001c,
    0x000200f8,0x0000001e,0x000100fd,0x00010038,0x00050036,0x00000002,0x00000012,0x00000000,0x00000010,0x00030037,
    0x00000007,0x00000011,0x000200f8,0x00000013,0x0004003b,0x00000094,0x00000095,0x00000007,0x0004003b,0x00000007,
    0x00000097,0x00000007,0x0004003b,0x000000a2,0x000000a3,0x00000007,0x0004003b,0x000000a2,0x000000b4,0x00000007,
    0x0004003b,0x000000b8,0x000000b9,0x00000007,0x0004003b,0x000000b8,0x000000bd,0x00000007,0x0003003e,0x00000095,
    0x00000096,0x0003003e,0x00000097,0x00000018,0x000200f9,0x00000098,0x000200f8,0x00000098,0x000400f6,0x0000009a,
    0x0000009b,0x00000000,0x000200f9,0x0000009c,0x000200f8,0x0000009c,0x0004003d,0x00000006,0x0000009d,0x00000097,
    0x00050041,0x0000002a,0x0000009e,0x00000027,0x00000029,0x0004003d,0x00000006,0x0000009f,0x0000009e,0x000500b0,
    0x00000008,0x000000a0,0x0000009d,0x0000009f,0x000400fa,0x000000a0,0x00000099,0x0000009a,0x000200f8,0x00000099,
    0x0004003d,0x00000006,0x000000a8,0x00000011,0x00050084,0x00000006,0x000000a9,0x00000022,0x000000a8,0x00050084,
    0x00000006,0x000000aa,0x000000a9,0x00000047,0x0004003d,0x00000006,0x000000ab,0x00000097,0x00050080,0x00000006,
    0x000000ac,0x000000aa,0x000000ab,0x00050041,0x0000006b,0x000000ad,0x000000a7,0x000000ac,0x0004003d,0x00000006,
    0x000000ae,0x00000011,0x00050084,0x00000006,0x000000af,0x00000022,0x000000ae,0x00050084,0x00000006,0x000000b0,
    0x000000af,0x00000047,0x0004003d,0x00000006,0x000000b1,0x00000097,0x00050080,0x00000006,0x000000b2,0x000000b0,
    0x000000b1,0x00081169,0x000000a1,0x000000b3,0x000000ad,0x00000058,0x00000047,0x00000030,0x0000006d,0x0003003e,
    0x000000a3,0x000000b3,0x0004003d,0x000000a1,0x000000b5,0x000000a3,0x0003003e,0x000000b4,0x000000b5,0x0004003d,
    0x00000006,0x000000ba,0x00000097,0x00050041,0x0000006b,0x000000bb,0x00000045,0x000000ba,0x00081169,0x000000b7,
    0x000000bc,0x000000bb,0x00000050,0x00000047,0x00000030,0x0000006d,0x0003003e,0x000000b9,0x000000bc,0x0004003d,
    0x000000b7,0x000000be,0x000000b9,0x0003003e,0x000000bd,0x000000be,0x0004003d,0x000000a1,0x000000bf,0x000000b4,
    0x0004003d,0x000000b7,0x000000c0,0x000000bd,0x0004003d,0x00000093,0x000000c1,0x00000095,0x0006116b,0x00000093,
    0x000000c2,0x000000bf,0x000000c0,0x000000c1,0x0003003e,0x00000095,0x000000c2,0x000200f9,0x0000009b,0x000200f8,
    0x0000009b,0x0004003d,0x00000006,0x000000c3,0x00000097,0x00050080,0x00000006,0x000000c4,0x000000c3,0x00000022,
    0x0003003e,0x00000097,0x000000c4,0x000200f9,0x00000098,0x000200f8,0x0000009a,0x0004003d,0x00000093,0x000000c5,
    0x00000095,0x0004003d,0x00000006,0x000000ca,0x00000011,0x00050084,0x00000006,0x000000cb,0x00000022,0x000000ca,
    0x00050084,0x00000006,0x000000cc,0x000000cb,0x00000022,0x00050041,0x000000cd,0x000000ce,0x000000c9,0x000000cc,
    0x0004003d,0x00000006,0x000000cf,0x00000011,0x00050084,0x00000006,0x000000d0,0x00000022,0x000000cf,0x00050084,
    0x00000006,0x000000d1,0x000000d0,0x00000022,0x0007116a,0x000000ce,0x000000c5,0x00000058,0x00000022,0x00000028,
    0x0000006d,0x000100fd,0x00010038,
};
static const uint32_t ralu__spv_norm[1719] = {
    0x07230203,0x00010500,0x0008000b,0x00000148,0x00000000,0x00020011,0x00000001,0x00020011,0x000014e3,0x0006000b,
    0x00000001,0x4c534c47,0x6474732e,0x3035342e,0x00000000,0x0003000e,0x000014e4,0x00000001,0x000a000f,0x00000005,
    0x00000004,0x6e69616d,0x00000000,0x00000025,0x0000002c,0x0000005a,0x0000005f,0x00000142,0x00060010,0x00000004,
    0x00000011,0x00000100,0x00000001,0x00000001,0x00040047,0x00000025,0x0000000b,0x0000001b,0x00040047,0x0000005a,
    0x0000000b,0x0000001a,0x00050048,0x0000005d,0x00000000,0x00000023,0x00000000,0x00050048,0x0000005d,0x00000001,
    0x00000023,0x00000008,0x00050048,0x0000005d,0x00000002,0x00000023,0x00000010,0x00050048,0x0000005d,0x00000003,
    0x00000023,0x00000018,0x00050048,0x0000005d,0x00000004,0x00000023,0x00000020,0x00050048,0x0000005d,0x00000005,
    0x00000023,0x00000024,0x00050048,0x0000005d,0x00000006,0x00000023,0x00000028,0x00050048,0x0000005d,0x00000007,
    0x00000023,0x0000002c,0x00050048,0x0000005d,0x00000008,0x00000023,0x00000030,0x00050048,0x0000005d,0x00000009,
    0x00000023,0x00000034,0x00030047,0x0000005d,0x00000002,0x00040047,0x0000009c,0x00000006,0x00000004,0x00050048,
    0x0000009d,0x00000000,0x00000023,0x00000000,0x00030047,0x0000009d,0x00000002,0x00040047,0x00000142,0x0000000b,
    0x00000018,0x00040047,0x00000147,0x0000000b,0x00000019,0x00020013,0x00000002,0x00030021,0x00000003,0x00000002,
    0x00040015,0x00000006,0x00000020,0x00000000,0x00040017,0x00000007,0x00000006,0x00000002,0x00040020,0x00000008,
    0x00000007,0x00000007,0x00020014,0x00000009,0x00040021,0x0000000a,0x00000009,0x00000008,0x00030016,0x0000000e,
    0x00000020,0x00040020,0x0000000f,0x00000007,0x0000000e,0x00040021,0x00000010,0x0000000e,0x0000000f,0x0004002b,
    0x00000006,0x00000014,0x00000000,0x00040020,0x00000015,0x00000007,0x00000006,0x0004002b,0x00000006,0x0000001b,
    0x00000001,0x00040017,0x00000023,0x00000006,0x00000003,0x00040020,0x00000024,0x00000001,0x00000023,0x0004003b,
    0x00000024,0x00000025,0x00000001,0x00040020,0x00000026,0x00000001,0x00000006,0x0004002b,0x00000006,0x00000029,
    0x00000100,0x0004001c,0x0000002a,0x0000000e,0x00000029,0x00040020,0x0000002b,0x00000004,0x0000002a,0x0004003b,
    0x0000002b,0x0000002c,0x00000004,0x00040020,0x0000002f,0x00000004,0x0000000e,0x0004002b,0x00000006,0x00000031,
    0x00000002,0x0004002b,0x00000006,0x00000032,0x00000108,0x0004002b,0x00000006,0x00000034,0x00000080,0x00040015,
    0x0000004b,0x00000020,0x00000001,0x0004002b,0x0000004b,0x0000004c,0x00000001,0x0004002b,0x0000004b,0x00000050,
    0x00000000,0x0004003b,0x00000024,0x0000005a,0x00000001,0x000c001e,0x0000005d,0x00000007,0x00000007,0x00000007,
    0x00000007,0x00000006,0x00000006,0x00000006,0x00000006,0x00000006,0x0000000e,0x00040020,0x0000005e,0x00000009,
    0x0000005d,0x0004003b,0x0000005e,0x0000005f,0x00000009,0x0004002b,0x0000004b,0x00000060,0x00000007,0x00040020,
    0x00000061,0x00000009,0x00000006,0x0004002b,0x0000004b,0x00000071,0x00000006,0x0004002b,0x0000004b,0x00000077,
    0x00000004,0x0004002b,0x0000004b,0x0000007f,0x00000005,0x0004002b,0x0000000e,0x00000086,0x00000000,0x0004002b,
    0x0000004b,0x00000087,0x00000008,0x00040020,0x00000098,0x00000009,0x00000007,0x00030027,0x0000009b,0x000014e5,
    0x0003001d,0x0000009c,0x0000000e,0x0003001e,0x0000009d,0x0000009c,0x00040020,0x0000009b,0x000014e5,0x0000009d,
    0x00040020,0x000000a2,0x000014e5,0x0000000e,0x0004002b,0x0000004b,0x000000d3,0x00000009,0x00040020,0x000000d4,
    0x00000009,0x0000000e,0x0004002b,0x0000000e,0x000000f6,0x3f800000,0x0004002b,0x0000004b,0x000000f7,0x00000003,
    0x0004002b,0x0000004b,0x00000102,0x00000002,0x0004003b,0x00000024,0x00000142,0x00000001,0x0006002c,0x00000023,
    0x00000147,0x00000029,0x0000001b,0x0000001b,0x00050036,0x00000002,0x00000004,0x00000000,0x00000003,0x000200f8,
    0x00000005,0x0004003b,0x00000015,0x00000056,0x00000007,0x0004003b,0x00000015,0x00000059,0x00000007,0x0004003b,
    0x00000015,0x00000065,0x00000007,0x0004003b,0x00000015,0x00000068,0x00000007,0x0004003b,0x00000015,0x00000075,
    0x00000007,0x0004003b,0x00000015,0x0000007d,0x00000007,0x0004003b,0x0000000f,0x00000085,0x00000007,0x0004003b,
    0x0000000f,0x0000008d,0x00000007,0x0004003b,0x00000015,0x0000008e,0x00000007,0x0004003b,0x0000000f,0x000000a9,
    0x00000007,0x0004003b,0x0000000f,0x000000af,0x00000007,0x0004003b,0x00000015,0x000000b0,0x00000007,0x0004003b,
    0x0000000f,0x000000ba,0x00000007,0x0004003b,0x0000000f,0x000000cc,0x00000007,0x0004003b,0x0000000f,0x000000cd,
    0x00000007,0x0004003b,0x00000015,0x000000d9,0x00000007,0x0004003b,0x0000000f,0x000000e3,0x00000007,0x0004003b,
    0x00000008,0x0000010d,0x00000007,0x0004003b,0x00000015,0x0000011a,0x00000007,0x0004003b,0x00000008,0x00000127,
    0x00000007,0x00050041,0x00000026,0x00000057,0x00000025,0x00000014,0x0004003d,0x00000006,0x00000058,0x00000057,
    0x0003003e,0x00000056,0x00000058,0x00050041,0x00000026,0x0000005b,0x0000005a,0x00000014,0x0004003d,0x00000006,
    0x0000005c,0x0000005b,0x00050041,0x00000061,0x00000062,0x0000005f,0x00000060,0x0004003d,0x00000006,0x00000063,
    0x00000062,0x00050084,0x00000006,0x00000064,0x0000005c,0x00000063,0x0003003e,0x00000059,0x00000064,0x00050041,
    0x00000061,0x00000066,0x0000005f,0x00000060,0x0004003d,0x00000006,0x00000067,0x00000066,0x0003003e,0x00000065,
    0x00000067,0x00050041,0x00000026,0x00000069,0x0000005a,0x0000001b,0x0004003d,0x00000006,0x0000006a,0x00000069,
    0x0003003e,0x00000068,0x0000006a,0x000200f9,0x0000006b,0x000200f8,0x0000006b,0x000400f6,0x0000006d,0x0000006e,
    0x00000000,0x000200f9,0x0000006f,0x000200f8,0x0000006f,0x0004003d,0x00000006,0x00000070,0x00000068,0x00050041,
    0x00000061,0x00000072,0x0000005f,0x00000071,0x0004003d,0x00000006,0x00000073,0x00000072,0x000500b0,0x00000009,
    0x00000074,0x00000070,0x00000073,0x000400fa,0x00000074,0x0000006c,0x0000006d,0x000200f8,0x0000006c,0x0004003d,
    0x00000006,0x00000076,0x00000068,0x00050041,0x00000061,0x00000078,0x0000005f,0x00000077,0x0004003d,0x00000006,
    0x00000079,0x00000078,0x00050084,0x00000006,0x0000007a,0x00000076,0x00000079,0x0004003d,0x00000006,0x0000007b,
    0x00000059,0x00050080,0x00000006,0x0000007c,0x0000007a,0x0000007b,0x0003003e,0x00000075,0x0000007c,0x0004003d,
    0x00000006,0x0000007e,0x00000068,0x00050041,0x00000061,0x00000080,0x0000005f,0x0000007f,0x0004003d,0x00000006,
    0x00000081,0x00000080,0x00050084,0x00000006,0x00000082,0x0000007e,0x00000081,0x0004003d,0x00000006,0x00000083,
    0x00000059,0x00050080,0x00000006,0x00000084,0x00000082,0x00000083,0x0003003e,0x0000007d,0x00000084,0x0003003e,
    0x00000085,0x00000086,0x00050041,0x00000061,0x00000088,0x0000005f,0x00000087,0x0004003d,0x00000006,0x00000089,
    0x00000088,0x000500ab,0x00000009,0x0000008a,0x00000089,0x00000031,0x000300f7,0x0000008c,0x00000000,0x000400fa,
    0x0000008a,0x0000008b,0x0000008c,0x000200f8,0x0000008b,0x0003003e,0x0000008d,0x00000086,0x0004003d,0x00000006,
    0x0000008f,0x00000056,0x0003003e,0x0000008e,0x0000008f,0x000200f9,0x00000090,0x000200f8,0x00000090,0x000400f6,
    0x00000092,0x00000093,0x00000000,0x000200f9,0x00000094,0x000200f8,0x00000094,0x0004003d,0x00000006,0x00000095,
    0x0000008e,0x0004003d,0x00000006,0x00000096,0x00000065,0x000500b0,0x00000009,0x00000097,0x00000095,0x00000096,
    0x000400fa,0x00000097,0x00000091,0x00000092,0x000200f8,0x00000091,0x00050041,0x00000098,0x00000099,0x0000005f,
    0x00000050,0x0004003d,0x00000007,0x0000009a,0x00000099,0x0004007c,0x0000009b,0x0000009e,0x0000009a,0x0004003d,
    0x00000006,0x0000009f,0x00000075,0x0004003d,0x00000006,0x000000a0,0x0000008e,0x00050080,0x00000006,0x000000a1,
    0x0000009f,0x000000a0,0x00060041,0x000000a2,0x000000a3,0x0000009e,0x00000050,0x000000a1,0x0006003d,0x0000000e,
    0x000000a4,0x000000a3,0x00000002,0x00000004,0x0004003d,0x0000000e,0x000000a5,0x0000008d,0x00050081,0x0000000e,
    0x000000a6,0x000000a5,0x000000a4,0x0003003e,0x0000008d,0x000000a6,0x000200f9,0x00000093,0x000200f8,0x00000093,
    0x0004003d,0x00000006,0x000000a7,0x0000008e,0x00050080,0x00000006,0x000000a8,0x000000a7,0x00000029,0x0003003e,
    0x0000008e,0x000000a8,0x000200f9,0x00000090,0x000200f8,0x00000092,0x0004003d,0x0000000e,0x000000aa,0x0000008d,
    0x0003003e,0x000000a9,0x000000aa,0x00050039,0x0000000e,0x000000ab,0x00000012,0x000000a9,0x0004003d,0x00000006,
    0x000000ac,0x00000065,0x00040070,0x0000000e,0x000000ad,0x000000ac,0x00050088,0x0000000e,0x000000ae,0x000000ab,
    0x000000ad,0x0003003e,0x00000085,0x000000ae,0x000200f9,0x0000008c,0x000200f8,0x0000008c,0x0003003e,0x000000af,
    0x00000086,0x0004003d,0x00000006,0x000000b1,0x00000056,0x0003003e,0x000000b0,0x000000b1,0x000200f9,0x000000b2,
    0x000200f8,0x000000b2,0x000400f6,0x000000b4,0x000000b5,0x00000000,0x000200f9,0x000000b6,0x000200f8,0x000000b6,
    0x0004003d,0x00000006,0x000000b7,0x000000b0,0x0004003d,0x00000006,0x000000b8,0x00000065,0x000500b0,0x00000009,
    0x000000b9,0x000000b7,0x000000b8,0x000400fa,0x000000b9,0x000000b3,0x000000b4,0x000200f8,0x000000b3,0x00050041,
    0x00000098,0x000000bb,0x0000005f,0x00000050,0x0004003d,0x00000007,0x000000bc,0x000000bb,0x0004007c,0x0000009b,
    0x000000bd,0x000000bc,0x0004003d,0x00000006,0x000000be,0x00000075,0x0004003d,0x00000006,0x000000bf,0x000000b0,
    0x00050080,0x00000006,0x000000c0,0x000000be,0x000000bf,0x00060041,0x000000a2,0x000000c1,0x000000bd,0x00000050,
    0x000000c0,0x0006003d,0x0000000e,0x000000c2,0x000000c1,0x00000002,0x00000004,0x0004003d,0x0000000e,0x000000c3,
    0x00000085,0x00050083,0x0000000e,0x000000c4,0x000000c2,0x000000c3,0x0003003e,0x000000ba,0x000000c4,0x0004003d,
    0x0000000e,0x000000c5,0x000000ba,0x0004003d,0x0000000e,0x000000c6,0x000000ba,0x00050085,0x0000000e,0x000000c7,
    0x000000c5,0x000000c6,0x0004003d,0x0000000e,0x000000c8,0x000000af,0x00050081,0x0000000e,0x000000c9,0x000000c8,
    0x000000c7,0x0003003e,0x000000af,0x000000c9,0x000200f9,0x000000b5,0x000200f8,0x000000b5,0x0004003d,0x00000006,
    0x000000ca,0x000000b0,0x00050080,0x00000006,0x000000cb,0x000000ca,0x00000029,0x0003003e,0x000000b0,0x000000cb,
    0x000200f9,0x000000b2,0x000200f8,0x000000b4,0x0004003d,0x0000000e,0x000000ce,0x000000af,0x0003003e,0x000000cd,
    0x000000ce,0x00050039,0x0000000e,0x000000cf,0x00000012,0x000000cd,0x0004003d,0x00000006,0x000000d0,0x00000065,
    0x00040070,0x0000000e,0x000000d1,0x000000d0,0x00050088,0x0000000e,0x000000d2,0x000000cf,0x000000d1,0x00050041,
    0x000000d4,0x000000d5,0x0000005f,0x000000d3,0x0004003d,0x0000000e,0x000000d6,0x000000d5,0x00050081,0x0000000e,
    0x000000d7,0x000000d2,0x000000d6,0x0006000c,0x0000000e,0x000000d8,0x00000001,0x00000020,0x000000d7,0x0003003e,
    0x000000cc,0x000000d8,0x0004003d,0x00000006,0x000000da,0x00000056,0x0003003e,0x000000d9,0x000000da,0x000200f9,
    0x000000db,0x000200f8,0x000000db,0x000400f6,0x000000dd,0x000000de,0x00000000,0x000200f9,0x000000df,0x000200f8,
    0x000000df,0x0004003d,0x00000006,0x000000e0,0x000000d9,0x0004003d,0x00000006,0x000000e1,0x00000065,0x000500b0,
    0x00000009,0x000000e2,0x000000e0,0x000000e1,0x000400fa,0x000000e2,0x000000dc,0x000000dd,0x000200f8,0x000000dc,
    0x00050041,0x00000098,0x000000e4,0x0000005f,0x00000050,0x0004003d,0x00000007,0x000000e5,0x000000e4,0x0004007c,
    0x0000009b,0x000000e6,0x000000e5,0x0004003d,0x00000006,0x000000e7,0x00000075,0x0004003d,0x00000006,0x000000e8,
    0x000000d9,0x00050080,0x00000006,0x000000e9,0x000000e7,0x000000e8,0x00060041,0x000000a2,0x000000ea,0x000000e6,
    0x00000050,0x000000e9,0x0006003d,0x0000000e,0x000000eb,0x000000ea,0x00000002,0x00000004,0x0004003d,0x0000000e,
    0x000000ec,0x00000085,0x00050083,0x0000000e,0x000000ed,0x000000eb,0x000000ec,0x0004003d,0x0000000e,0x000000ee,
    0x000000cc,0x00050085,0x0000000e,0x000000ef,0x000000ed,0x000000ee,0x0003003e,0x000000e3,0x000000ef,0x00050041,
    0x00000061,0x000000f0,0x0000005f,0x00000087,0x0004003d,0x00000006,0x000000f1,0x000000f0,0x000500aa,0x00000009,
    0x000000f2,0x000000f1,0x0000001b,0x000300f7,0x000000f4,0x00000000,0x000400fa,0x000000f2,0x000000f3,0x0000010c,
    0x000200f8,0x000000f3,0x0004003d,0x0000000e,0x000000f5,0x000000e3,0x00050041,0x00000098,0x000000f8,0x0000005f,
    0x000000f7,0x0004003d,0x00000007,0x000000f9,0x000000f8,0x0004007c,0x0000009b,0x000000fa,0x000000f9,0x0004003d,
    0x00000006,0x000000fb,0x00000059,0x0004003d,0x00000006,0x000000fc,0x000000d9,0x00050080,0x00000006,0x000000fd,
    0x000000fb,0x000000fc,0x00060041,0x000000a2,0x000000fe,0x000000fa,0x00000050,0x000000fd,0x0006003d,0x0000000e,
    0x000000ff,0x000000fe,0x00000002,0x00000004,0x00050081,0x0000000e,0x00000100,0x000000f6,0x000000ff,0x00050085,
    0x0000000e,0x00000101,0x000000f5,0x00000100,0x00050041,0x00000098,0x00000103,0x0000005f,0x00000102,0x0004003d,
    0x00000007,0x00000104,0x00000103,0x0004007c,0x0000009b,0x00000105,0x00000104,0x0004003d,0x00000006,0x00000106,
    0x00000059,0x0004003d,0x00000006,0x00000107,0x000000d9,0x00050080,0x00000006,0x00000108,0x00000106,0x00000107,
    0x00060041,0x000000a2,0x00000109,0x00000105,0x00000050,0x00000108,0x0006003d,0x0000000e,0x0000010a,0x00000109,
    0x00000002,0x00000004,0x00050081,0x0000000e,0x0000010b,0x00000101,0x0000010a,0x0003003e,0x000000e3,0x0000010b,
    0x000200f9,0x000000f4,0x000200f8,0x0000010c,0x00050041,0x00000098,0x0000010e,0x0000005f,0x00000102,0x0004003d,
    0x00000007,0x0000010f,0x0000010e,0x0003003e,0x0000010d,0x0000010f,0x00050039,0x00000009,0x00000110,0x0000000c,
    0x0000010d,0x000400a8,0x00000009,0x00000111,0x00000110,0x000300f7,0x00000113,0x00000000,0x000400fa,0x00000111,
    0x00000112,0x00000113,0x000200f8,0x00000112,0x00050041,0x00000098,0x00000114,0x0000005f,0x00000102,0x0004003d,
    0x00000007,0x00000115,0x00000114,0x0004007c,0x0000009b,0x00000116,0x00000115,0x00050041,0x00000061,0x00000117,
    0x0000005f,0x00000087,0x0004003d,0x00000006,0x00000118,0x00000117,0x000500aa,0x00000009,0x00000119,0x00000118,
    0x00000031,0x000300f7,0x0000011c,0x00000000,0x000400fa,0x00000119,0x0000011b,0x0000011e,0x000200f8,0x0000011b,
    0x0004003d,0x00000006,0x0000011d,0x000000d9,0x0003003e,0x0000011a,0x0000011d,0x000200f9,0x0000011c,0x000200f8,
    0x0000011e,0x0004003d,0x00000006,0x0000011f,0x00000059,0x0004003d,0x00000006,0x00000120,0x000000d9,0x00050080,
    0x00000006,0x00000121,0x0000011f,0x00000120,0x0003003e,0x0000011a,0x00000121,0x000200f9,0x0000011c,0x000200f8,
    0x0000011c,0x0004003d,0x00000006,0x00000122,0x0000011a,0x00060041,0x000000a2,0x00000123,0x00000116,0x00000050,
    0x00000122,0x0006003d,0x0000000e,0x00000124,0x00000123,0x00000002,0x00000004,0x0004003d,0x0000000e,0x00000125,
    0x000000e3,0x00050085,0x0000000e,0x00000126,0x00000125,0x00000124,0x0003003e,0x000000e3,0x00000126,0x000200f9,
    0x00000113,0x000200f8,0x00000113,0x00050041,0x00000098,0x00000128,0x0000005f,0x000000f7,0x0004003d,0x00000007,
    0x00000129,0x00000128,0x0003003e,0x00000127,0x00000129,0x00050039,0x00000009,0x0000012a,0x0000000c,0x00000127,
    0x000400a8,0x00000009,0x0000012b,0x0000012a,0x000300f7,0x0000012d,0x00000000,0x000400fa,0x0000012b,0x0000012c,
    0x0000012d,0x000200f8,0x0000012c,0x00050041,0x00000098,0x0000012e,0x0000005f,0x000000f7,0x0004003d,0x00000007,
    0x0000012f,0x0000012e,0x0004007c,0x0000009b,0x00000130,0x0000012f,0x0004003d,0x00000006,0x00000131,0x00000059,
    0x0004003d,0x00000006,0x00000132,0x000000d9,0x00050080,0x00000006,0x00000133,0x00000131,0x00000132,0x00060041,
    0x000000a2,0x00000134,0x00000130,0x00000050,0x00000133,0x0006003d,0x0000000e,0x00000135,0x00000134,0x00000002,
    0x00000004,0x0004003d,0x0000000e,0x00000136,0x000000e3,0x00050081,0x0000000e,0x00000137,0x00000136,0x00000135,
    0x0003003e,0x000000e3,0x00000137,0x000200f9,0x0000012d,0x000200f8,0x0000012d,0x000200f9,0x000000f4,0x000200f8,
    0x000000f4,0x00050041,0x00000098,0x00000138,0x0000005f,0x0000004c,0x0004003d,0x00000007,0x00000139,0x00000138,
    0x0004007c,0x0000009b,0x0000013a,0x00000139,0x0004003d,0x00000006,0x0000013b,0x0000007d,0x0004003d,0x00000006,
    0x0000013c,0x000000d9,0x00050080,0x00000006,0x0000013d,0x0000013b,0x0000013c,0x0004003d,0x0000000e,0x0000013e,
    0x000000e3,0x00060041,0x000000a2,0x0000013f,0x0000013a,0x00000050,0x0000013d,0x0005003e,0x0000013f,0x0000013e,
    0x00000002,0x00000004,0x000200f9,0x000000de,0x000200f8,0x000000de,0x0004003d,0x00000006,0x00000140,0x000000d9,
    0x00050080,0x00000006,0x00000141,0x00000140,0x00000029,0x0003003e,0x000000d9,0x00000141,0x000200f9,0x000000db,
    0x000200f8,0x000000dd,0x000200f9,0x0000006e,0x000200f8,0x0000006e,0x00050041,0x00000026,0x00000143,0x00000142,
    0x0000001b,0x0004003d,0x00000006,0x00000144,0x00000143,0x0004003d,0x00000006,0x00000145,0x00000068,0x00050080,
    0x00000006,0x00000146,0x00000145,0x00000144,0x0003003e,0x00000068,0x00000146,0x000200f9,0x0000006b,0x000200f8,
    0x0000006d,0x000100fd,0x00010038,0x00050036,0x00000009,0x0000000c,0x00000000,0x0000000a,0x00030037,0x00000008,
    0x0000000b,0x000200f8,0x0000000d,0x00050041,0x00000015,0x00000016,0x0000000b,0x00000014,0x0004003d,0x00000006,
    0x00000017,0x00000016,0x000500aa,0x00000009,0x00000018,0x00000017,0x00000014,0x000300f7,0x0000001a,0x00000000,
    0x000400fa,0x00000018,0x00000019,0x0000001a,0x000200f8,0x00000019,0x00050041,0x00000015,0x0000001c,0x0000000b,
    0x0000001b,0x0004003d,0x00000006,0x0000001d,0x0000001c,0x000500aa,0x00000009,0x0000001e,0x0000001d,0x00000014,
    0x000200f9,0x0000001a,0x000200f8,0x0000001a,0x000700f5,0x00000009,0x0000001f,0x00000018,0x0000000d,0x0000001e,
    0x00000019,0x000200fe,0x0000001f,0x00010038,0x00050036,0x0000000e,0x00000012,0x00000000,0x00000010,0x00030037,
    0x0000000f,0x00000011,0x000200f8,0x00000013,0x0004003b,0x00000015,0x00000022,0x00000007,0x0004003b,0x00000015,
    0x00000033,0x00000007,0x0004003b,0x0000000f,0x0000004f,0x00000007,0x00050041,0x00000026,0x00000027,0x00000025,
    0x00000014,0x0004003d,0x00000006,0x00000028,0x00000027,0x0003003e,0x00000022,0x00000028,0x0004003d,0x00000006,
    0x0000002d,0x00000022,0x0004003d,0x0000000e,0x0000002e,0x00000011,0x00050041,0x0000002f,0x00000030,0x0000002c,
    0x0000002d,0x0003003e,0x00000030,0x0000002e,0x000400e0,0x00000031,0x00000031,0x00000032,0x0003003e,0x00000033,
    0x00000034,0x000200f9,0x00000035,0x000200f8,0x00000035,0x000400f6,0x00000037,0x00000038,0x00000000,0x000200f9,
    0x00000039,0x000200f8,0x00000039,0x0004003d,0x00000006,0x0000003a,0x00000033,0x000500ac,0x00000009,0x0000003b,
    0x0000003a,0x00000014,0x000400fa,0x0000003b,0x00000036,0x00000037,0x000200f8,0x00000036,0x0004003d,0x00000006,
    0x0000003c,0x00000022,0x0004003d,0x00000006,0x0000003d,0x00000033,0x000500b0,0x00000009,0x0000003e,0x0000003c,
    0x0000003d,0x000300f7,0x00000040,0x00000000,0x000400fa,0x0000003e,0x0000003f,0x00000040,0x000200f8,0x0000003f,
    0x0004003d,0x00000006,0x00000041,0x00000022,0x0004003d,0x00000006,0x00000042,0x00000022,0x0004003d,0x00000006,
    0x00000043,0x00000033,0x00050080,0x00000006,0x00000044,0x00000042,0x00000043,0x00050041,0x0000002f,0x00000045,
    0x0000002c,0x00000044,0x0004003d,0x0000000e,0x00000046,0x00000045,0x00050041,0x0000002f,0x00000047,0x0000002c,
    0x00000041,0x0004003d,0x0000000e,0x00000048,0x00000047,0x00050081,0x0000000e,0x00000049,0x00000048,0x00000046,
    0x00050041,0x0000002f,0x0000004a,0x0000002c,0x00000041,0x0003003e,0x0000004a,0x00000049,0x000200f9,0x00000040,
    0x000200f8,0x00000040,0x000400e0,0x00000031,0x00000031,0x00000032,0x000200f9,0x00000038,0x000200f8,0x00000038,
    0x0004003d,0x00000006,0x0000004d,0x00000033,0x000500c2,0x00000006,0x0000004e,0x0000004d,0x0000004c,0x0003003e,
    0x00000033,0x0000004e,0x000200f9,0x00000035,0x000200f8,0x00000037,0x00050041,0x0000002f,0x00000051,0x0000002c,
    0x00000050,0x0004003d,0x0000000e,0x00000052,0x00000051,0x0003003e,0x0000004f,0x00000052,0x000400e0,0x00000031,
    0x00000031,0x00000032,0x0004003d,0x0000000e,0x00000053,0x0000004f,0x000200fe,0x00000053,0x00010038,
};
static const uint32_t ralu__spv_eltwise[1661] = {
    0x07230203,0x00010500,0x0008000b,0x00000148,0x00000000,0x00020011,0x00000001,0x00020011,0x000014e3,0x0006000b,
    0x00000001,0x4c534c47,0x6474732e,0x3035342e,0x00000000,0x0003000e,0x000014e4,0x00000001,0x0008000f,0x00000005,
    0x00000004,0x6e69616d,0x00000000,0x0000009f,0x000000ac,0x000000b3,0x00060010,0x00000004,0x00000011,0x00000100,
    0x00000001,0x00000001,0x00050048,0x0000009d,0x00000000,0x00000023,0x00000000,0x00050048,0x0000009d,0x00000001,
    0x00000023,0x00000008,0x00050048,0x0000009d,0x00000002,0x00000023,0x00000010,0x00050048,0x0000009d,0x00000003,
    0x00000023,0x00000018,0x00050048,0x0000009d,0x00000004,0x00000023,0x0000001c,0x00050048,0x0000009d,0x00000005,
    0x00000023,0x00000020,0x00050048,0x0000009d,0x00000006,0x00000023,0x00000024,0x00050048,0x0000009d,0x00000007,
    0x00000023,0x00000028,0x00050048,0x0000009d,0x00000008,0x00000023,0x0000002c,0x00050048,0x0000009d,0x00000009,
    0x00000023,0x00000030,0x00030047,0x0000009d,0x00000002,0x00040047,0x000000ac,0x0000000b,0x00000018,0x00040047,
    0x000000b3,0x0000000b,0x0000001c,0x00040047,0x000000ce,0x00000006,0x00000004,0x00050048,0x000000cf,0x00000000,
    0x00000023,0x00000000,0x00030047,0x000000cf,0x00000002,0x00040047,0x00000147,0x0000000b,0x00000019,0x00020013,
    0x00000002,0x00030021,0x00000003,0x00000002,0x00030016,0x00000006,0x00000020,0x00040020,0x00000007,0x00000007,
    0x00000006,0x00040015,0x00000008,0x00000020,0x00000000,0x00040020,0x00000009,0x00000007,0x00000008,0x00050021,
    0x0000000a,0x00000006,0x00000007,0x00000009,0x0004002b,0x00000008,0x00000010,0x00000000,0x00020014,0x00000011,
    0x0004002b,0x00000006,0x00000016,0x3f800000,0x0004002b,0x00000008,0x0000001e,0x00000001,0x0004002b,0x00000006,
    0x00000023,0x3f4c422a,0x0004002b,0x00000006,0x00000025,0x3d372713,0x0004002b,0x00000006,0x0000002e,0xc1700000,
    0x0004002b,0x00000006,0x0000002f,0x41700000,0x0004002b,0x00000006,0x00000031,0x3f000000,0x0004002b,0x00000008,
    0x0000003a,0x00000002,0x0004002b,0x00000006,0x00000040,0x3f3504f3,0x0004002b,0x00000006,0x00000050,0x3fa1fc4e,
    0x0004002b,0x00000006,0x00000053,0x3f8000c7,0x0004002b,0x00000006,0x00000055,0x3ebf88fb,0x0004002b,0x00000006,
    0x00000057,0x3dc636c9,0x0004002b,0x00000006,0x00000059,0xbe3ec24c,0x0004002b,0x00000006,0x0000005b,0x3e8ec7cc,
    0x0004002b,0x00000006,0x0000005d,0xbf914e5d,0x0004002b,0x00000006,0x0000005f,0x3fbe87b0,0x0004002b,0x00000006,
    0x00000061,0xbf527892,0x0004002b,0x00000006,0x00000063,0x3e2ef945,0x0004002b,0x00000006,0x0000007e,0x00000000,
    0x0004002b,0x00000008,0x0000008c,0x00000003,0x0004002b,0x00000006,0x00000091,0xbfd9db23,0x00040017,0x0000009c,
    0x00000008,0x00000002,0x000c001e,0x0000009d,0x0000009c,0x0000009c,0x0000009c,0x00000008,0x00000008,0x00000008,
    0x00000008,0x00000008,0x00000008,0x00000008,0x00040020,0x0000009e,0x00000009,0x0000009d,0x0004003b,0x0000009e,
    0x0000009f,0x00000009,0x00040015,0x000000a0,0x00000020,0x00000001,0x0004002b,0x000000a0,0x000000a1,0x00000006,
    0x00040020,0x000000a2,0x00000009,0x00000008,0x0004002b,0x000000a0,0x000000a5,0x00000007,0x00040017,0x000000aa,
    0x00000008,0x00000003,0x00040020,0x000000ab,0x00000001,0x000000aa,0x0004003b,0x000000ab,0x000000ac,0x00000001,
    0x00040020,0x000000ad,0x00000001,0x00000008,0x0004002b,0x00000008,0x000000b0,0x00000100,0x0004003b,0x000000ab,
    0x000000b3,0x00000001,0x0004002b,0x000000a0,0x000000c9,0x00000001,0x00040020,0x000000ca,0x00000009,0x0000009c,
    0x00030027,0x000000cd,0x000014e5,0x0003001d,0x000000ce,0x00000006,0x0003001e,0x000000cf,0x000000ce,0x00040020,
    0x000000cd,0x000014e5,0x000000cf,0x0004002b,0x000000a0,0x000000d1,0x00000000,0x0004002b,0x000000a0,0x000000d3,
    0x00000004,0x00040020,0x000000d9,0x000014e5,0x00000006,0x0004002b,0x000000a0,0x000000dc,0x00000008,0x0004002b,
    0x000000a0,0x000000eb,0x00000002,0x0004002b,0x000000a0,0x000000f0,0x00000005,0x0004002b,0x000000a0,0x000000ff,
    0x00000009,0x0004002b,0x000000a0,0x00000123,0x00000003,0x0006002c,0x000000aa,0x00000147,0x000000b0,0x0000001e,
    0x0000001e,0x00050036,0x00000002,0x00000004,0x00000000,0x00000003,0x000200f8,0x00000005,0x0004003b,0x00000009,
    0x0000009b,0x00000007,0x0004003b,0x00000009,0x000000a9,0x00000007,0x0004003b,0x00000009,0x000000b2,0x00000007,
    0x0004003b,0x00000009,0x000000be,0x00000007,0x0004003b,0x00000009,0x000000c3,0x00000007,0x0004003b,0x00000007,
    0x000000c8,0x00000007,0x0004003b,0x00000007,0x000000e2,0x00000007,0x0004003b,0x00000007,0x00000100,0x00000007,
    0x0004003b,0x00000009,0x00000102,0x00000007,0x0004003b,0x00000007,0x0000010c,0x00000007,0x0004003b,0x00000009,
    0x0000010e,0x00000007,0x00050041,0x000000a2,0x000000a3,0x0000009f,0x000000a1,0x0004003d,0x00000008,0x000000a4,
    0x000000a3,0x00050041,0x000000a2,0x000000a6,0x0000009f,0x000000a5,0x0004003d,0x00000008,0x000000a7,0x000000a6,
    0x00050084,0x00000008,0x000000a8,0x000000a4,0x000000a7,0x0003003e,0x0000009b,0x000000a8,0x00050041,0x000000ad,
    0x000000ae,0x000000ac,0x00000010,0x0004003d,0x00000008,0x000000af,0x000000ae,0x00050084,0x00000008,0x000000b1,
    0x000000af,0x000000b0,0x0003003e,0x000000a9,0x000000b1,0x00050041,0x000000ad,0x000000b4,0x000000b3,0x00000010,
    0x0004003d,0x00000008,0x000000b5,0x000000b4,0x0003003e,0x000000b2,0x000000b5,0x000200f9,0x000000b6,0x000200f8,
    0x000000b6,0x000400f6,0x000000b8,0x000000b9,0x00000000,0x000200f9,0x000000ba,0x000200f8,0x000000ba,0x0004003d,
    0x00000008,0x000000bb,0x000000b2,0x0004003d,0x00000008,0x000000bc,0x0000009b,0x000500b0,0x00000011,0x000000bd,
    0x000000bb,0x000000bc,0x000400fa,0x000000bd,0x000000b7,0x000000b8,0x000200f8,0x000000b7,0x0004003d,0x00000008,
    0x000000bf,0x000000b2,0x00050041,0x000000a2,0x000000c0,0x0000009f,0x000000a5,0x0004003d,0x00000008,0x000000c1,
    0x000000c0,0x00050086,0x00000008,0x000000c2,0x000000bf,0x000000c1,0x0003003e,0x000000be,0x000000c2,0x0004003d,
    0x00000008,0x000000c4,0x000000b2,0x00050041,0x000000a2,0x000000c5,0x0000009f,0x000000a5,0x0004003d,0x00000008,
    0x000000c6,0x000000c5,0x00050089,0x00000008,0x000000c7,0x000000c4,0x000000c6,0x0003003e,0x000000c3,0x000000c7,
    0x00050041,0x000000ca,0x000000cb,0x0000009f,0x000000c9,0x0004003d,0x0000009c,0x000000cc,0x000000cb,0x0004007c,
    0x000000cd,0x000000d0,0x000000cc,0x0004003d,0x00000008,0x000000d2,0x000000be,0x00050041,0x000000a2,0x000000d4,
    0x0000009f,0x000000d3,0x0004003d,0x00000008,0x000000d5,0x000000d4,0x00050084,0x00000008,0x000000d6,0x000000d2,
    0x000000d5,0x0004003d,0x00000008,0x000000d7,0x000000c3,0x00050080,0x00000008,0x000000d8,0x000000d6,0x000000d7,
    0x00060041,0x000000d9,0x000000da,0x000000d0,0x000000d1,0x000000d8,0x0006003d,0x00000006,0x000000db,0x000000da,
    0x00000002,0x00000004,0x0003003e,0x000000c8,0x000000db,0x00050041,0x000000a2,0x000000dd,0x0000009f,0x000000dc,
    0x0004003d,0x00000008,0x000000de,0x000000dd,0x000500aa,0x00000011,0x000000df,0x000000de,0x00000010,0x000300f7,
    0x000000e1,0x00000000,0x000400fa,0x000000df,0x000000e0,0x000000e4,0x000200f8,0x000000e0,0x0004003d,0x00000006,
    0x000000e3,0x000000c8,0x0003003e,0x000000e2,0x000000e3,0x000200f9,0x000000e1,0x000200f8,0x000000e4,0x00050041,
    0x000000a2,0x000000e5,0x0000009f,0x000000dc,0x0004003d,0x00000008,0x000000e6,0x000000e5,0x000500aa,0x00000011,
    0x000000e7,0x000000e6,0x0000001e,0x000300f7,0x000000e9,0x00000000,0x000400fa,0x000000e7,0x000000e8,0x000000f9,
    0x000200f8,0x000000e8,0x0004003d,0x00000006,0x000000ea,0x000000c8,0x00050041,0x000000ca,0x000000ec,0x0000009f,
    0x000000eb,0x0004003d,0x0000009c,0x000000ed,0x000000ec,0x0004007c,0x000000cd,0x000000ee,0x000000ed,0x0004003d,
    0x00000008,0x000000ef,0x000000be,0x00050041,0x000000a2,0x000000f1,0x0000009f,0x000000f0,0x0004003d,0x00000008,
    0x000000f2,0x000000f1,0x00050084,0x00000008,0x000000f3,0x000000ef,0x000000f2,0x0004003d,0x00000008,0x000000f4,
    0x000000c3,0x00050080,0x00000008,0x000000f5,0x000000f3,0x000000f4,0x00060041,0x000000d9,0x000000f6,0x000000ee,
    0x000000d1,0x000000f5,0x0006003d,0x00000006,0x000000f7,0x000000f6,0x00000002,0x00000004,0x00050081,0x00000006,
    0x000000f8,0x000000ea,0x000000f7,0x0003003e,0x000000e2,0x000000f8,0x000200f9,0x000000e9,0x000200f8,0x000000f9,
    0x00050041,0x000000a2,0x000000fa,0x0000009f,0x000000dc,0x0004003d,0x00000008,0x000000fb,0x000000fa,0x000500aa,
    0x00000011,0x000000fc,0x000000fb,0x0000003a,0x000300f7,0x000000fe,0x00000000,0x000400fa,0x000000fc,0x000000fd,
    0x00000106,0x000200f8,0x000000fd,0x0004003d,0x00000006,0x00000101,0x000000c8,0x0003003e,0x00000100,0x00000101,
    0x00050041,0x000000a2,0x00000103,0x0000009f,0x000000ff,0x0004003d,0x00000008,0x00000104,0x00000103,0x0003003e,
    0x00000102,0x00000104,0x00060039,0x00000006,0x00000105,0x0000000d,0x00000100,0x00000102,0x0003003e,0x000000e2,
    0x00000105,0x000200f9,0x000000fe,0x000200f8,0x00000106,0x00050041,0x000000a2,0x00000107,0x0000009f,0x000000dc,
    0x0004003d,0x00000008,0x00000108,0x00000107,0x000500aa,0x00000011,0x00000109,0x00000108,0x0000008c,0x000300f7,
    0x0000010b,0x00000000,0x000400fa,0x00000109,0x0000010a,0x0000011e,0x000200f8,0x0000010a,0x0004003d,0x00000006,
    0x0000010d,0x000000c8,0x0003003e,0x0000010c,0x0000010d,0x00050041,0x000000a2,0x0000010f,0x0000009f,0x000000ff,
    0x0004003d,0x00000008,0x00000110,0x0000010f,0x0003003e,0x0000010e,0x00000110,0x00060039,0x00000006,0x00000111,
    0x0000000d,0x0000010c,0x0000010e,0x00050041,0x000000ca,0x00000112,0x0000009f,0x000000eb,0x0004003d,0x0000009c,
    0x00000113,0x00000112,0x0004007c,0x000000cd,0x00000114,0x00000113,0x0004003d,0x00000008,0x00000115,0x000000be,
    0x00050041,0x000000a2,0x00000116,0x0000009f,0x000000f0,0x0004003d,0x00000008,0x00000117,0x00000116,0x00050084,
    0x00000008,0x00000118,0x00000115,0x00000117,0x0004003d,0x00000008,0x00000119,0x000000c3,0x00050080,0x00000008,
    0x0000011a,0x00000118,0x00000119,0x00060041,0x000000d9,0x0000011b,0x00000114,0x000000d1,0x0000011a,0x0006003d,
    0x00000006,0x0000011c,0x0000011b,0x00000002,0x00000004,0x00050085,0x00000006,0x0000011d,0x00000111,0x0000011c,
    0x0003003e,0x000000e2,0x0000011d,0x000200f9,0x0000010b,0x000200f8,0x0000011e,0x00050041,0x000000ca,0x0000011f,
    0x0000009f,0x000000d1,0x0004003d,0x0000009c,0x00000120,0x0000011f,0x0004007c,0x000000cd,0x00000121,0x00000120,
    0x0004003d,0x00000008,0x00000122,0x000000be,0x00050041,0x000000a2,0x00000124,0x0000009f,0x00000123,0x0004003d,
    0x00000008,0x00000125,0x00000124,0x00050084,0x00000008,0x00000126,0x00000122,0x00000125,0x0004003d,0x00000008,
    0x00000127,0x000000c3,0x00050080,0x00000008,0x00000128,0x00000126,0x00000127,0x00060041,0x000000d9,0x00000129,
    0x00000121,0x000000d1,0x00000128,0x0006003d,0x00000006,0x0000012a,0x00000129,0x00000002,0x00000004,0x0004003d,
    0x00000006,0x0000012b,0x000000c8,0x00050041,0x000000ca,0x0000012c,0x0000009f,0x000000eb,0x0004003d,0x0000009c,
    0x0000012d,0x0000012c,0x0004007c,0x000000cd,0x0000012e,0x0000012d,0x0004003d,0x00000008,0x0000012f,0x000000be,
    0x00050041,0x000000a2,0x00000130,0x0000009f,0x000000f0,0x0004003d,0x00000008,0x00000131,0x00000130,0x00050084,
    0x00000008,0x00000132,0x0000012f,0x00000131,0x0004003d,0x00000008,0x00000133,0x000000c3,0x00050080,0x00000008,
    0x00000134,0x00000132,0x00000133,0x00060041,0x000000d9,0x00000135,0x0000012e,0x000000d1,0x00000134,0x0006003d,
    0x00000006,0x00000136,0x00000135,0x00000002,0x00000004,0x00050085,0x00000006,0x00000137,0x0000012b,0x00000136,
    0x00050081,0x00000006,0x00000138,0x0000012a,0x00000137,0x0003003e,0x000000e2,0x00000138,0x000200f9,0x0000010b,
    0x000200f8,0x0000010b,0x000200f9,0x000000fe,0x000200f8,0x000000fe,0x000200f9,0x000000e9,0x000200f8,0x000000e9,
    0x000200f9,0x000000e1,0x000200f8,0x000000e1,0x00050041,0x000000ca,0x00000139,0x0000009f,0x000000d1,0x0004003d,
    0x0000009c,0x0000013a,0x00000139,0x0004007c,0x000000cd,0x0000013b,0x0000013a,0x0004003d,0x00000008,0x0000013c,
    0x000000be,0x00050041,0x000000a2,0x0000013d,0x0000009f,0x00000123,0x0004003d,0x00000008,0x0000013e,0x0000013d,
    0x00050084,0x00000008,0x0000013f,0x0000013c,0x0000013e,0x0004003d,0x00000008,0x00000140,0x000000c3,0x00050080,
    0x00000008,0x00000141,0x0000013f,0x00000140,0x0004003d,0x00000006,0x00000142,0x000000e2,0x00060041,0x000000d9,
    0x00000143,0x0000013b,0x000000d1,0x00000141,0x0005003e,0x00000143,0x00000142,0x00000002,0x00000004,0x000200f9,
    0x000000b9,0x000200f8,0x000000b9,0x0004003d,0x00000008,0x00000144,0x000000a9,0x0004003d,0x00000008,0x00000145,
    0x000000b2,0x00050080,0x00000008,0x00000146,0x00000145,0x00000144,0x0003003e,0x000000b2,0x00000146,0x000200f9,
    0x000000b6,0x000200f8,0x000000b8,0x000100fd,0x00010038,0x00050036,0x00000006,0x0000000d,0x00000000,0x0000000a,
    0x00030037,0x00000007,0x0000000b,0x00030037,0x00000009,0x0000000c,0x000200f8,0x0000000e,0x0004003b,0x00000007,
    0x00000022,0x00000007,0x0004003b,0x00000007,0x0000003e,0x00000007,0x0004003b,0x00000007,0x00000042,0x00000007,
    0x0004003b,0x00000007,0x00000045,0x00000007,0x0004003b,0x00000007,0x0000004a,0x00000007,0x0004003b,0x00000007,
    0x00000078,0x00000007,0x0004003b,0x00000007,0x00000080,0x00000007,0x0004003d,0x00000008,0x0000000f,0x0000000c,
    0x000500aa,0x00000011,0x00000012,0x0000000f,0x00000010,0x000300f7,0x00000014,0x00000000,0x000400fa,0x00000012,
    0x00000013,0x00000014,0x000200f8,0x00000013,0x0004003d,0x00000006,0x00000015,0x0000000b,0x0004003d,0x00000006,
    0x00000017,0x0000000b,0x0004007f,0x00000006,0x00000018,0x00000017,0x0006000c,0x00000006,0x00000019,0x00000001,
    0x0000001b,0x00000018,0x00050081,0x00000006,0x0000001a,0x00000016,0x00000019,0x00050088,0x00000006,0x0000001b,
    0x00000015,0x0000001a,0x000200fe,0x0000001b,0x000200f8,0x00000014,0x0004003d,0x00000008,0x0000001d,0x0000000c,
    0x000500aa,0x00000011,0x0000001f,0x0000001d,0x0000001e,0x000300f7,0x00000021,0x00000000,0x000400fa,0x0000001f,
    0x00000020,0x00000021,0x000200f8,0x00000020,0x0004003d,0x00000006,0x00000024,0x0000000b,0x0004003d,0x00000006,
    0x00000026,0x0000000b,0x00050085,0x00000006,0x00000027,0x00000025,0x00000026,0x0004003d,0x00000006,0x00000028,
    0x0000000b,0x00050085,0x00000006,0x00000029,0x00000027,0x00000028,0x0004003d,0x00000006,0x0000002a,0x0000000b,
    0x00050085,0x00000006,0x0000002b,0x00000029,0x0000002a,0x00050081,0x00000006,0x0000002c,0x00000024,0x0000002b,
    0x00050085,0x00000006,0x0000002d,0x00000023,0x0000002c,0x0008000c,0x00000006,0x00000030,0x00000001,0x0000002b,
    0x0000002d,0x0000002e,0x0000002f,0x0003003e,0x00000022,0x00000030,0x0004003d,0x00000006,0x00000032,0x0000000b,
    0x00050085,0x00000006,0x00000033,0x00000031,0x00000032,0x0004003d,0x00000006,0x00000034,0x00000022,0x0006000c,
    0x00000006,0x00000035,0x00000001,0x00000015,0x00000034,0x00050081,0x00000006,0x00000036,0x00000016,0x00000035,
    0x00050085,0x00000006,0x00000037,0x00000033,0x00000036,0x000200fe,0x00000037,0x000200f8,0x00000021,0x0004003d,
    0x00000008,0x00000039,0x0000000c,0x000500aa,0x00000011,0x0000003b,0x00000039,0x0000003a,0x000300f7,0x0000003d,
    0x00000000,0x000400fa,0x0000003b,0x0000003c,0x0000003d,0x000200f8,0x0000003c,0x0004003d,0x00000006,0x0000003f,
    0x0000000b,0x00050085,0x00000006,0x00000041,0x0000003f,0x00000040,0x0003003e,0x0000003e,0x00000041,0x0004003d,
    0x00000006,0x00000043,0x0000003e,0x0006000c,0x00000006,0x00000044,0x00000001,0x00000004,0x00000043,0x0003003e,
    0x00000042,0x00000044,0x0004003d,0x00000006,0x00000046,0x00000042,0x00050085,0x00000006,0x00000047,0x00000031,
    0x00000046,0x00050081,0x00000006,0x00000048,0x00000016,0x00000047,0x00050088,0x00000006,0x00000049,0x00000016,
    0x00000048,0x0003003e,0x00000045,0x00000049,0x0004003d,0x00000006,0x0000004b,0x00000045,0x0004003d,0x00000006,
    0x0000004c,0x00000042,0x0004007f,0x00000006,0x0000004d,0x0000004c,0x0004003d,0x00000006,0x0000004e,0x00000042,
    0x00050085,0x00000006,0x0000004f,0x0000004d,0x0000004e,0x00050083,0x00000006,0x00000051,0x0000004f,0x00000050,
    0x0004003d,0x00000006,0x00000052,0x00000045,0x0004003d,0x00000006,0x00000054,0x00000045,0x0004003d,0x00000006,
    0x00000056,0x00000045,0x0004003d,0x00000006,0x00000058,0x00000045,0x0004003d,0x00000006,0x0000005a,0x00000045,
    0x0004003d,0x00000006,0x0000005c,0x00000045,0x0004003d,0x00000006,0x0000005e,0x00000045,0x0004003d,0x00000006,
    0x00000060,0x00000045,0x0004003d,0x00000006,0x00000062,0x00000045,0x00050085,0x00000006,0x00000064,0x00000062,
    0x00000063,0x00050081,0x00000006,0x00000065,0x00000061,0x00000064,0x00050085,0x00000006,0x00000066,0x00000060,
    0x00000065,0x00050081,0x00000006,0x00000067,0x0000005f,0x00000066,0x00050085,0x00000006,0x00000068,0x0000005e,
    0x00000067,0x00050081,0x00000006,0x00000069,0x0000005d,0x00000068,0x00050085,0x00000006,0x0000006a,0x0000005c,
    0x00000069,0x00050081,0x00000006,0x0000006b,0x0000005b,0x0000006a,0x00050085,0x00000006,0x0000006c,0x0000005a,
    0x0000006b,0x00050081,0x00000006,0x0000006d,0x00000059,0x0000006c,0x00050085,0x00000006,0x0000006e,0x00000058,
    0x0000006d,0x00050081,0x00000006,0x0000006f,0x00000057,0x0000006e,0x00050085,0x00000006,0x00000070,0x00000056,
    0x0000006f,0x00050081,0x00000006,0x00000071,0x00000055,0x00000070,0x00050085,0x00000006,0x00000072,0x00000054,
    0x00000071,0x00050081,0x00000006,0x00000073,0x00000053,0x00000072,0x00050085,0x00000006,0x00000074,0x00000052,
    0x00000073,0x00050081,0x00000006,0x00000075,0x00000051,0x00000074,0x0006000c,0x00000006,0x00000076,0x00000001,
    0x0000001b,0x00000075,0x00050085,0x00000006,0x00000077,0x0000004b,0x00000076,0x0003003e,0x0000004a,0x00000077,
    0x0004003d,0x00000006,0x00000079,0x0000004a,0x00050083,0x00000006,0x0000007a,0x00000016,0x00000079,0x0003003e,
    0x00000078,0x0000007a,0x0004003d,0x00000006,0x0000007b,0x0000000b,0x00050085,0x00000006,0x0000007c,0x00000031,
    0x0000007b,0x0004003d,0x00000006,0x0000007d,0x0000003e,0x000500be,0x00000011,0x0000007f,0x0000007d,0x0000007e,
    0x000300f7,0x00000082,0x00000000,0x000400fa,0x0000007f,0x00000081,0x00000084,0x000200f8,0x00000081,0x0004003d,
    0x00000006,0x00000083,0x00000078,0x0003003e,0x00000080,0x00000083,0x000200f9,0x00000082,0x000200f8,0x00000084,
    0x0004003d,0x00000006,0x00000085,0x00000078,0x0004007f,0x00000006,0x00000086,0x00000085,0x0003003e,0x00000080,
    0x00000086,0x000200f9,0x00000082,0x000200f8,0x00000082,0x0004003d,0x00000006,0x00000087,0x00000080,0x00050081,
    0x00000006,0x00000088,0x00000016,0x00000087,0x00050085,0x00000006,0x00000089,0x0000007c,0x00000088,0x000200fe,
    0x00000089,0x000200f8,0x0000003d,0x0004003d,0x00000008,0x0000008b,0x0000000c,0x000500aa,0x00000011,0x0000008d,
    0x0000008b,0x0000008c,0x000300f7,0x0000008f,0x00000000,0x000400fa,0x0000008d,0x0000008e,0x0000008f,0x000200f8,
    0x0000008e,0x0004003d,0x00000006,0x00000090,0x0000000b,0x0004003d,0x00000006,0x00000092,0x0000000b,0x00050085,
    0x00000006,0x00000093,0x00000091,0x00000092,0x0006000c,0x00000006,0x00000094,0x00000001,0x0000001b,0x00000093,
    0x00050081,0x00000006,0x00000095,0x00000016,0x00000094,0x00050088,0x00000006,0x00000096,0x00000090,0x00000095,
    0x000200fe,0x00000096,0x000200f8,0x0000008f,0x0004003d,0x00000006,0x00000098,0x0000000b,0x000200fe,0x00000098,
    0x00010038,
};
static const uint32_t ralu__spv_rope[866] = {
    0x07230203,0x00010500,0x0008000b,0x000000a3,0x00000000,0x00020011,0x00000001,0x00020011,0x000014e3,0x0006000b,
    0x00000001,0x4c534c47,0x6474732e,0x3035342e,0x00000000,0x0003000e,0x000014e4,0x00000001,0x0008000f,0x00000005,
    0x00000004,0x6e69616d,0x00000000,0x0000000c,0x00000023,0x0000002b,0x00060010,0x00000004,0x00000011,0x00000100,
    0x00000001,0x00000001,0x00050048,0x0000000a,0x00000000,0x00000023,0x00000000,0x00050048,0x0000000a,0x00000001,
    0x00000023,0x00000008,0x00050048,0x0000000a,0x00000002,0x00000023,0x00000010,0x00050048,0x0000000a,0x00000003,
    0x00000023,0x00000014,0x00050048,0x0000000a,0x00000004,0x00000023,0x00000018,0x00050048,0x0000000a,0x00000005,
    0x00000023,0x0000001c,0x00050048,0x0000000a,0x00000006,0x00000023,0x00000020,0x00030047,0x0000000a,0x00000002,
    0x00040047,0x00000023,0x0000000b,0x00000018,0x00040047,0x0000002b,0x0000000b,0x0000001c,0x00040047,0x00000066,
    0x00000006,0x00000004,0x00050048,0x00000067,0x00000000,0x00000023,0x00000000,0x00030047,0x00000067,0x00000002,
    0x00040047,0x000000a2,0x0000000b,0x00000019,0x00020013,0x00000002,0x00030021,0x00000003,0x00000002,0x00040015,
    0x00000006,0x00000020,0x00000000,0x00040020,0x00000007,0x00000007,0x00000006,0x00040017,0x00000009,0x00000006,
    0x00000002,0x0009001e,0x0000000a,0x00000009,0x00000009,0x00000006,0x00000006,0x00000006,0x00000006,0x00000006,
    0x00040020,0x0000000b,0x00000009,0x0000000a,0x0004003b,0x0000000b,0x0000000c,0x00000009,0x00040015,0x0000000d,
    0x00000020,0x00000001,0x0004002b,0x0000000d,0x0000000e,0x00000006,0x00040020,0x0000000f,0x00000009,0x00000006,
    0x0004002b,0x00000006,0x00000012,0x00000002,0x0004002b,0x0000000d,0x00000015,0x00000005,0x0004002b,0x0000000d,
    0x0000001b,0x00000004,0x00040017,0x00000021,0x00000006,0x00000003,0x00040020,0x00000022,0x00000001,0x00000021,
    0x0004003b,0x00000022,0x00000023,0x00000001,0x0004002b,0x00000006,0x00000024,0x00000000,0x00040020,0x00000025,
    0x00000001,0x00000006,0x0004002b,0x00000006,0x00000028,0x00000100,0x0004003b,0x00000022,0x0000002b,0x00000001,
    0x00020014,0x00000035,0x0004002b,0x0000000d,0x00000049,0x00000002,0x0004002b,0x0000000d,0x00000057,0x00000003,
    0x00030016,0x0000005e,0x00000020,0x00040020,0x0000005f,0x00000007,0x0000005e,0x0004002b,0x0000000d,0x00000061,
    0x00000001,0x00040020,0x00000062,0x00000009,0x00000009,0x00030027,0x00000065,0x000014e5,0x0003001d,0x00000066,
    0x0000005e,0x0003001e,0x00000067,0x00000066,0x00040020,0x00000065,0x000014e5,0x00000067,0x0004002b,0x0000000d,
    0x00000069,0x00000000,0x00040020,0x0000006b,0x000014e5,0x0000005e,0x0004002b,0x00000006,0x00000073,0x00000001,
    0x0006002c,0x00000021,0x000000a2,0x00000028,0x00000073,0x00000073,0x00050036,0x00000002,0x00000004,0x00000000,
    0x00000003,0x000200f8,0x00000005,0x0004003b,0x00000007,0x00000008,0x00000007,0x0004003b,0x00000007,0x00000014,
    0x00000007,0x0004003b,0x00000007,0x0000001a,0x00000007,0x0004003b,0x00000007,0x00000020,0x00000007,0x0004003b,
    0x00000007,0x0000002a,0x00000007,0x0004003b,0x00000007,0x00000037,0x00000007,0x0004003b,0x00000007,0x0000003b,
    0x00000007,0x0004003b,0x00000007,0x0000003f,0x00000007,0x0004003b,0x00000007,0x00000043,0x00000007,0x0004003b,
    0x00000007,0x00000047,0x00000007,0x0004003b,0x00000007,0x00000055,0x00000007,0x0004003b,0x0000005f,0x00000060,
    0x00000007,0x0004003b,0x0000005f,0x0000006e,0x00000007,0x0004003b,0x0000005f,0x00000077,0x00000007,0x0004003b,
    0x0000005f,0x0000007e,0x00000007,0x00050041,0x0000000f,0x00000010,0x0000000c,0x0000000e,0x0004003d,0x00000006,
    0x00000011,0x00000010,0x00050086,0x00000006,0x00000013,0x00000011,0x00000012,0x0003003e,0x00000008,0x00000013,
    0x00050041,0x0000000f,0x00000016,0x0000000c,0x00000015,0x0004003d,0x00000006,0x00000017,0x00000016,0x0004003d,
    0x00000006,0x00000018,0x00000008,0x00050084,0x00000006,0x00000019,0x00000017,0x00000018,0x0003003e,0x00000014,
    0x00000019,0x00050041,0x0000000f,0x0000001c,0x0000000c,0x0000001b,0x0004003d,0x00000006,0x0000001d,0x0000001c,
    0x0004003d,0x00000006,0x0000001e,0x00000014,0x00050084,0x00000006,0x0000001f,0x0000001d,0x0000001e,0x0003003e,
    0x0000001a,0x0000001f,0x00050041,0x00000025,0x00000026,0x00000023,0x00000024,0x0004003d,0x00000006,0x00000027,
    0x00000026,0x00050084,0x00000006,0x00000029,0x00000027,0x00000028,0x0003003e,0x00000020,0x00000029,0x00050041,
    0x00000025,0x0000002c,0x0000002b,0x00000024,0x0004003d,0x00000006,0x0000002d,0x0000002c,0x0003003e,0x0000002a,
    0x0000002d,0x000200f9,0x0000002e,0x000200f8,0x0000002e,0x000400f6,0x00000030,0x00000031,0x00000000,0x000200f9,
    0x00000032,0x000200f8,0x00000032,0x0004003d,0x00000006,0x00000033,0x0000002a,0x0004003d,0x00000006,0x00000034,
    0x0000001a,0x000500b0,0x00000035,0x00000036,0x00000033,0x00000034,0x000400fa,0x00000036,0x0000002f,0x00000030,
    0x000200f8,0x0000002f,0x0004003d,0x00000006,0x00000038,0x0000002a,0x0004003d,0x00000006,0x00000039,0x00000014,
    0x00050086,0x00000006,0x0000003a,0x00000038,0x00000039,0x0003003e,0x00000037,0x0000003a,0x0004003d,0x00000006,
    0x0000003c,0x0000002a,0x0004003d,0x00000006,0x0000003d,0x00000014,0x00050089,0x00000006,0x0000003e,0x0000003c,
    0x0000003d,0x0003003e,0x0000003b,0x0000003e,0x0004003d,0x00000006,0x00000040,0x0000003b,0x0004003d,0x00000006,
    0x00000041,0x00000008,0x00050086,0x00000006,0x00000042,0x00000040,0x00000041,0x0003003e,0x0000003f,0x00000042,
    0x0004003d,0x00000006,0x00000044,0x0000003b,0x0004003d,0x00000006,0x00000045,0x00000008,0x00050089,0x00000006,
    0x00000046,0x00000044,0x00000045,0x0003003e,0x00000043,0x00000046,0x0004003d,0x00000006,0x00000048,0x00000037,
    0x00050041,0x0000000f,0x0000004a,0x0000000c,0x00000049,0x0004003d,0x00000006,0x0000004b,0x0000004a,0x00050084,
    0x00000006,0x0000004c,0x00000048,0x0000004b,0x0004003d,0x00000006,0x0000004d,0x0000003f,0x00050041,0x0000000f,
    0x0000004e,0x0000000c,0x0000000e,0x0004003d,0x00000006,0x0000004f,0x0000004e,0x00050084,0x00000006,0x00000050,
    0x0000004d,0x0000004f,0x00050080,0x00000006,0x00000051,0x0000004c,0x00000050,0x0004003d,0x00000006,0x00000052,
    0x00000043,0x00050084,0x00000006,0x00000053,0x00000012,0x00000052,0x00050080,0x00000006,0x00000054,0x00000051,
    0x00000053,0x0003003e,0x00000047,0x00000054,0x0004003d,0x00000006,0x00000056,0x00000037,0x00050041,0x0000000f,
    0x00000058,0x0000000c,0x00000057,0x0004003d,0x00000006,0x00000059,0x00000058,0x00050084,0x00000006,0x0000005a,
    0x00000056,0x00000059,0x0004003d,0x00000006,0x0000005b,0x00000043,0x00050084,0x00000006,0x0000005c,0x00000012,
    0x0000005b,0x00050080,0x00000006,0x0000005d,0x0000005a,0x0000005c,0x0003003e,0x00000055,0x0000005d,0x00050041,
    0x00000062,0x00000063,0x0000000c,0x00000061,0x0004003d,0x00000009,0x00000064,0x00000063,0x0004007c,0x00000065,
    0x00000068,0x00000064,0x0004003d,0x00000006,0x0000006a,0x00000055,0x00060041,0x0000006b,0x0000006c,0x00000068,
    0x00000069,0x0000006a,0x0006003d,0x0000005e,0x0000006d,0x0000006c,0x00000002,0x00000004,0x0003003e,0x00000060,
    0x0000006d,0x00050041,0x00000062,0x0000006f,0x0000000c,0x00000061,0x0004003d,0x00000009,0x00000070,0x0000006f,
    0x0004007c,0x00000065,0x00000071,0x00000070,0x0004003d,0x00000006,0x00000072,0x00000055,0x00050080,0x00000006,
    0x00000074,0x00000072,0x00000073,0x00060041,0x0000006b,0x00000075,0x00000071,0x00000069,0x00000074,0x0006003d,
    0x0000005e,0x00000076,0x00000075,0x00000002,0x00000004,0x0003003e,0x0000006e,0x00000076,0x00050041,0x00000062,
    0x00000078,0x0000000c,0x00000069,0x0004003d,0x00000009,0x00000079,0x00000078,0x0004007c,0x00000065,0x0000007a,
    0x00000079,0x0004003d,0x00000006,0x0000007b,0x00000047,0x00060041,0x0000006b,0x0000007c,0x0000007a,0x00000069,
    0x0000007b,0x0006003d,0x0000005e,0x0000007d,0x0000007c,0x00000002,0x00000004,0x0003003e,0x00000077,0x0000007d,
    0x00050041,0x00000062,0x0000007f,0x0000000c,0x00000069,0x0004003d,0x00000009,0x00000080,0x0000007f,0x0004007c,
    0x00000065,0x00000081,0x00000080,0x0004003d,0x00000006,0x00000082,0x00000047,0x00050080,0x00000006,0x00000083,
    0x00000082,0x00000073,0x00060041,0x0000006b,0x00000084,0x00000081,0x00000069,0x00000083,0x0006003d,0x0000005e,
    0x00000085,0x00000084,0x00000002,0x00000004,0x0003003e,0x0000007e,0x00000085,0x00050041,0x00000062,0x00000086,
    0x0000000c,0x00000069,0x0004003d,0x00000009,0x00000087,0x00000086,0x0004007c,0x00000065,0x00000088,0x00000087,
    0x0004003d,0x00000006,0x00000089,0x00000047,0x0004003d,0x0000005e,0x0000008a,0x00000060,0x0004003d,0x0000005e,
    0x0000008b,0x00000077,0x00050085,0x0000005e,0x0000008c,0x0000008a,0x0000008b,0x0004003d,0x0000005e,0x0000008d,
    0x0000006e,0x0004003d,0x0000005e,0x0000008e,0x0000007e,0x00050085,0x0000005e,0x0000008f,0x0000008d,0x0000008e,
    0x00050083,0x0000005e,0x00000090,0x0000008c,0x0000008f,0x00060041,0x0000006b,0x00000091,0x00000088,0x00000069,
    0x00000089,0x0005003e,0x00000091,0x00000090,0x00000002,0x00000004,0x00050041,0x00000062,0x00000092,0x0000000c,
    0x00000069,0x0004003d,0x00000009,0x00000093,0x00000092,0x0004007c,0x00000065,0x00000094,0x00000093,0x0004003d,
    0x00000006,0x00000095,0x00000047,0x00050080,0x00000006,0x00000096,0x00000095,0x00000073,0x0004003d,0x0000005e,
    0x00000097,0x0000006e,0x0004003d,0x0000005e,0x00000098,0x00000077,0x00050085,0x0000005e,0x00000099,0x00000097,
    0x00000098,0x0004003d,0x0000005e,0x0000009a,0x00000060,0x0004003d,0x0000005e,0x0000009b,0x0000007e,0x00050085,
    0x0000005e,0x0000009c,0x0000009a,0x0000009b,0x00050081,0x0000005e,0x0000009d,0x00000099,0x0000009c,0x00060041,
    0x0000006b,0x0000009e,0x00000094,0x00000069,0x00000096,0x0005003e,0x0000009e,0x0000009d,0x00000002,0x00000004,
    0x000200f9,0x00000031,0x000200f8,0x00000031,0x0004003d,0x00000006,0x0000009f,0x00000020,0x0004003d,0x00000006,
    0x000000a0,0x0000002a,0x00050080,0x00000006,0x000000a1,0x000000a0,0x0000009f,0x0003003e,0x0000002a,0x000000a1,
    0x000200f9,0x0000002e,0x000200f8,0x00000030,0x000100fd,0x00010038,
};
static const uint32_t ralu__spv_upsample[590] = {
    0x07230203,0x00010500,0x0008000b,0x0000006e,0x00000000,0x00020011,0x00000001,0x00020011,0x000014e3,0x0006000b,
    0x00000001,0x4c534c47,0x6474732e,0x3035342e,0x00000000,0x0003000e,0x000014e4,0x00000001,0x0008000f,0x00000005,
    0x00000004,0x6e69616d,0x00000000,0x0000000d,0x00000024,0x0000002c,0x00060010,0x00000004,0x00000011,0x00000100,
    0x00000001,0x00000001,0x00050048,0x0000000b,0x00000000,0x00000023,0x00000000,0x00050048,0x0000000b,0x00000001,
    0x00000023,0x00000008,0x00050048,0x0000000b,0x00000002,0x00000023,0x00000010,0x00050048,0x0000000b,0x00000003,
    0x00000023,0x00000014,0x00050048,0x0000000b,0x00000004,0x00000023,0x00000018,0x00030047,0x0000000b,0x00000002,
    0x00040047,0x00000024,0x0000000b,0x00000018,0x00040047,0x0000002c,0x0000000b,0x0000001c,0x00040047,0x00000050,
    0x00000006,0x00000004,0x00050048,0x00000051,0x00000000,0x00000023,0x00000000,0x00030047,0x00000051,0x00000002,
    0x00040047,0x0000006d,0x0000000b,0x00000019,0x00020013,0x00000002,0x00030021,0x00000003,0x00000002,0x00040015,
    0x00000006,0x00000020,0x00000000,0x00040020,0x00000007,0x00000007,0x00000006,0x0004002b,0x00000006,0x00000009,
    0x00000002,0x00040017,0x0000000a,0x00000006,0x00000002,0x0007001e,0x0000000b,0x0000000a,0x0000000a,0x00000006,
    0x00000006,0x00000006,0x00040020,0x0000000c,0x00000009,0x0000000b,0x0004003b,0x0000000c,0x0000000d,0x00000009,
    0x00040015,0x0000000e,0x00000020,0x00000001,0x0004002b,0x0000000e,0x0000000f,0x00000003,0x00040020,0x00000010,
    0x00000009,0x00000006,0x0004002b,0x00000006,0x00000015,0x00000004,0x0004002b,0x0000000e,0x00000016,0x00000002,
    0x0004002b,0x0000000e,0x0000001d,0x00000004,0x00040017,0x00000022,0x00000006,0x00000003,0x00040020,0x00000023,
    0x00000001,0x00000022,0x0004003b,0x00000023,0x00000024,0x00000001,0x0004002b,0x00000006,0x00000025,0x00000000,
    0x00040020,0x00000026,0x00000001,0x00000006,0x0004002b,0x00000006,0x00000029,0x00000100,0x0004003b,0x00000023,
    0x0000002c,0x00000001,0x00020014,0x00000036,0x0004002b,0x0000000e,0x0000004a,0x00000000,0x00040020,0x0000004b,
    0x00000009,0x0000000a,0x00030027,0x0000004e,0x000014e5,0x00030016,0x0000004f,0x00000020,0x0003001d,0x00000050,
    0x0000004f,0x0003001e,0x00000051,0x00000050,0x00040020,0x0000004e,0x000014e5,0x00000051,0x0004002b,0x0000000e,
    0x00000054,0x00000001,0x00040020,0x00000065,0x000014e5,0x0000004f,0x0004002b,0x00000006,0x0000006c,0x00000001,
    0x0006002c,0x00000022,0x0000006d,0x00000029,0x0000006c,0x0000006c,0x00050036,0x00000002,0x00000004,0x00000000,
    0x00000003,0x000200f8,0x00000005,0x0004003b,0x00000007,0x00000008,0x00000007,0x0004003b,0x00000007,0x00000014,
    0x00000007,0x0004003b,0x00000007,0x00000021,0x00000007,0x0004003b,0x00000007,0x0000002b,0x00000007,0x0004003b,
    0x00000007,0x00000038,0x00000007,0x0004003b,0x00000007,0x0000003d,0x00000007,0x0004003b,0x00000007,0x00000042,
    0x00000007,0x0004003b,0x00000007,0x00000046,0x00000007,0x00050041,0x00000010,0x00000011,0x0000000d,0x0000000f,
    0x0004003d,0x00000006,0x00000012,0x00000011,0x00050084,0x00000006,0x00000013,0x00000009,0x00000012,0x0003003e,
    0x00000008,0x00000013,0x00050041,0x00000010,0x00000017,0x0000000d,0x00000016,0x0004003d,0x00000006,0x00000018,
    0x00000017,0x00050084,0x00000006,0x00000019,0x00000015,0x00000018,0x00050041,0x00000010,0x0000001a,0x0000000d,
    0x0000000f,0x0004003d,0x00000006,0x0000001b,0x0000001a,0x00050084,0x00000006,0x0000001c,0x00000019,0x0000001b,
    0x00050041,0x00000010,0x0000001e,0x0000000d,0x0000001d,0x0004003d,0x00000006,0x0000001f,0x0000001e,0x00050084,
    0x00000006,0x00000020,0x0000001c,0x0000001f,0x0003003e,0x00000014,0x00000020,0x00050041,0x00000026,0x00000027,
    0x00000024,0x00000025,0x0004003d,0x00000006,0x00000028,0x00000027,0x00050084,0x00000006,0x0000002a,0x00000028,
    0x00000029,0x0003003e,0x00000021,0x0000002a,0x00050041,0x00000026,0x0000002d,0x0000002c,0x00000025,0x0004003d,
    0x00000006,0x0000002e,0x0000002d,0x0003003e,0x0000002b,0x0000002e,0x000200f9,0x0000002f,0x000200f8,0x0000002f,
    0x000400f6,0x00000031,0x00000032,0x00000000,0x000200f9,0x00000033,0x000200f8,0x00000033,0x0004003d,0x00000006,
    0x00000034,0x0000002b,0x0004003d,0x00000006,0x00000035,0x00000014,0x000500b0,0x00000036,0x00000037,0x00000034,
    0x00000035,0x000400fa,0x00000037,0x00000030,0x00000031,0x000200f8,0x00000030,0x0004003d,0x00000006,0x00000039,
    0x0000002b,0x00050041,0x00000010,0x0000003a,0x0000000d,0x0000001d,0x0004003d,0x00000006,0x0000003b,0x0000003a,
    0x00050086,0x00000006,0x0000003c,0x00000039,0x0000003b,0x0003003e,0x00000038,0x0000003c,0x0004003d,0x00000006,
    0x0000003e,0x0000002b,0x00050041,0x00000010,0x0000003f,0x0000000d,0x0000001d,0x0004003d,0x00000006,0x00000040,
    0x0000003f,0x00050089,0x00000006,0x00000041,0x0000003e,0x00000040,0x0003003e,0x0000003d,0x00000041,0x0004003d,
    0x00000006,0x00000043,0x00000038,0x0004003d,0x00000006,0x00000044,0x00000008,0x00050086,0x00000006,0x00000045,
    0x00000043,0x00000044,0x0003003e,0x00000042,0x00000045,0x0004003d,0x00000006,0x00000047,0x00000038,0x0004003d,
    0x00000006,0x00000048,0x00000008,0x00050089,0x00000006,0x00000049,0x00000047,0x00000048,0x0003003e,0x00000046,
    0x00000049,0x00050041,0x0000004b,0x0000004c,0x0000000d,0x0000004a,0x0004003d,0x0000000a,0x0000004d,0x0000004c,
    0x0004007c,0x0000004e,0x00000052,0x0000004d,0x0004003d,0x00000006,0x00000053,0x0000002b,0x00050041,0x0000004b,
    0x00000055,0x0000000d,0x00000054,0x0004003d,0x0000000a,0x00000056,0x00000055,0x0004007c,0x0000004e,0x00000057,
    0x00000056,0x0004003d,0x00000006,0x00000058,0x00000042,0x00050086,0x00000006,0x00000059,0x00000058,0x00000009,
    0x00050041,0x00000010,0x0000005a,0x0000000d,0x0000000f,0x0004003d,0x00000006,0x0000005b,0x0000005a,0x00050084,
    0x00000006,0x0000005c,0x00000059,0x0000005b,0x0004003d,0x00000006,0x0000005d,0x00000046,0x00050086,0x00000006,
    0x0000005e,0x0000005d,0x00000009,0x00050080,0x00000006,0x0000005f,0x0000005c,0x0000005e,0x00050041,0x00000010,
    0x00000060,0x0000000d,0x0000001d,0x0004003d,0x00000006,0x00000061,0x00000060,0x00050084,0x00000006,0x00000062,
    0x0000005f,0x00000061,0x0004003d,0x00000006,0x00000063,0x0000003d,0x00050080,0x00000006,0x00000064,0x00000062,
    0x00000063,0x00060041,0x00000065,0x00000066,0x00000057,0x0000004a,0x00000064,0x0006003d,0x0000004f,0x00000067,
    0x00000066,0x00000002,0x00000004,0x00060041,0x00000065,0x00000068,0x00000052,0x0000004a,0x00000053,0x0005003e,
    0x00000068,0x00000067,0x00000002,0x00000004,0x000200f9,0x00000032,0x000200f8,0x00000032,0x0004003d,0x00000006,
    0x00000069,0x00000021,0x0004003d,0x00000006,0x0000006a,0x0000002b,0x00050080,0x00000006,0x0000006b,0x0000006a,
    0x00000069,0x0003003e,0x0000002b,0x0000006b,0x000200f9,0x0000002f,0x000200f8,0x00000031,0x000100fd,0x00010038,
};
static const uint32_t ralu__spv_groupnorm_stats[1152] = {
    0x07230203,0x00010500,0x0008000b,0x000000d8,0x00000000,0x00020011,0x00000001,0x00020011,0x000014e3,0x0006000b,
    0x00000001,0x4c534c47,0x6474732e,0x3035342e,0x00000000,0x0003000e,0x000014e4,0x00000001,0x0009000f,0x00000005,
    0x00000004,0x6e69616d,0x00000000,0x00000011,0x00000019,0x00000045,0x0000004c,0x00060010,0x00000004,0x00000011,
    0x00000100,0x00000001,0x00000001,0x00040047,0x00000011,0x0000000b,0x0000001b,0x00040047,0x00000045,0x0000000b,
    0x0000001a,0x00050048,0x0000004a,0x00000000,0x00000023,0x00000000,0x00050048,0x0000004a,0x00000001,0x00000023,
    0x00000008,0x00050048,0x0000004a,0x00000002,0x00000023,0x00000010,0x00050048,0x0000004a,0x00000003,0x00000023,
    0x00000018,0x00050048,0x0000004a,0x00000004,0x00000023,0x00000020,0x00050048,0x0000004a,0x00000005,0x00000023,
    0x00000028,0x00050048,0x0000004a,0x00000006,0x00000023,0x0000002c,0x00050048,0x0000004a,0x00000007,0x00000023,
    0x00000030,0x00050048,0x0000004a,0x00000008,0x00000023,0x00000034,0x00050048,0x0000004a,0x00000009,0x00000023,
    0x00000038,0x00030047,0x0000004a,0x00000002,0x00040047,0x0000006e,0x00000006,0x00000004,0x00050048,0x0000006f,
    0x00000000,0x00000023,0x00000000,0x00030047,0x0000006f,0x00000002,0x00040047,0x000000d7,0x0000000b,0x00000019,
    0x00020013,0x00000002,0x00030021,0x00000003,0x00000002,0x00030016,0x00000006,0x00000020,0x00040020,0x00000007,
    0x00000007,0x00000006,0x00040021,0x00000008,0x00000006,0x00000007,0x00040015,0x0000000c,0x00000020,0x00000000,
    0x00040020,0x0000000d,0x00000007,0x0000000c,0x00040017,0x0000000f,0x0000000c,0x00000003,0x00040020,0x00000010,
    0x00000001,0x0000000f,0x0004003b,0x00000010,0x00000011,0x00000001,0x0004002b,0x0000000c,0x00000012,0x00000000,
    0x00040020,0x00000013,0x00000001,0x0000000c,0x0004002b,0x0000000c,0x00000016,0x00000100,0x0004001c,0x00000017,
    0x00000006,0x00000016,0x00040020,0x00000018,0x00000004,0x00000017,0x0004003b,0x00000018,0x00000019,0x00000004,
    0x00040020,0x0000001c,0x00000004,0x00000006,0x0004002b,0x0000000c,0x0000001e,0x00000002,0x0004002b,0x0000000c,
    0x0000001f,0x00000108,0x0004002b,0x0000000c,0x00000021,0x00000080,0x00020014,0x00000028,0x00040015,0x00000039,
    0x00000020,0x00000001,0x0004002b,0x00000039,0x0000003a,0x00000001,0x0004002b,0x00000039,0x0000003e,0x00000000,
    0x0004003b,0x00000010,0x00000045,0x00000001,0x00040017,0x00000049,0x0000000c,0x00000002,0x000c001e,0x0000004a,
    0x00000049,0x00000049,0x00000049,0x00000049,0x00000049,0x0000000c,0x0000000c,0x0000000c,0x0000000c,0x00000006,
    0x00040020,0x0000004b,0x00000009,0x0000004a,0x0004003b,0x0000004b,0x0000004c,0x00000009,0x0004002b,0x00000039,
    0x0000004d,0x00000006,0x00040020,0x0000004e,0x00000009,0x0000000c,0x0004002b,0x00000039,0x00000051,0x00000007,
    0x0004002b,0x00000039,0x00000056,0x00000005,0x0004002b,0x00000006,0x0000005f,0x00000000,0x00040020,0x0000006a,
    0x00000009,0x00000049,0x00030027,0x0000006d,0x000014e5,0x0003001d,0x0000006e,0x00000006,0x0003001e,0x0000006f,
    0x0000006e,0x00040020,0x0000006d,0x000014e5,0x0000006f,0x00040020,0x0000007f,0x000014e5,0x00000006,0x0004002b,
    0x00000039,0x000000c0,0x00000004,0x0004002b,0x0000000c,0x000000cd,0x00000001,0x0004002b,0x00000039,0x000000d0,
    0x00000009,0x00040020,0x000000d1,0x00000009,0x00000006,0x0006002c,0x0000000f,0x000000d7,0x00000016,0x000000cd,
    0x000000cd,0x00050036,0x00000002,0x00000004,0x00000000,0x00000003,0x000200f8,0x00000005,0x0004003b,0x0000000d,
    0x00000044,0x00000007,0x0004003b,0x0000000d,0x00000048,0x00000007,0x0004003b,0x0000000d,0x00000055,0x00000007,
    0x0004003b,0x0000000d,0x0000005b,0x00000007,0x0004003b,0x00000007,0x0000005e,0x00000007,0x0004003b,0x0000000d,
    0x00000060,0x00000007,0x0004003b,0x00000007,0x00000086,0x00000007,0x0004003b,0x00000007,0x00000087,0x00000007,
    0x0004003b,0x00000007,0x0000008d,0x00000007,0x0004003b,0x0000000d,0x0000008e,0x00000007,0x0004003b,0x00000007,
    0x00000098,0x00000007,0x0004003b,0x00000007,0x000000b5,0x00000007,0x0004003b,0x00000007,0x000000b6,0x00000007,
    0x00050041,0x00000013,0x00000046,0x00000045,0x00000012,0x0004003d,0x0000000c,0x00000047,0x00000046,0x0003003e,
    0x00000044,0x00000047,0x00050041,0x0000004e,0x0000004f,0x0000004c,0x0000004d,0x0004003d,0x0000000c,0x00000050,
    0x0000004f,0x00050041,0x0000004e,0x00000052,0x0000004c,0x00000051,0x0004003d,0x0000000c,0x00000053,0x00000052,
    0x00050086,0x0000000c,0x00000054,0x00000050,0x00000053,0x0003003e,0x00000048,0x00000054,0x00050041,0x0000004e,
    0x00000057,0x0000004c,0x00000056,0x0004003d,0x0000000c,0x00000058,0x00000057,0x0004003d,0x0000000c,0x00000059,
    0x00000048,0x00050084,0x0000000c,0x0000005a,0x00000058,0x00000059,0x0003003e,0x00000055,0x0000005a,0x00050041,
    0x00000013,0x0000005c,0x00000011,0x00000012,0x0004003d,0x0000000c,0x0000005d,0x0000005c,0x0003003e,0x0000005b,
    0x0000005d,0x0003003e,0x0000005e,0x0000005f,0x0004003d,0x0000000c,0x00000061,0x0000005b,0x0003003e,0x00000060,
    0x00000061,0x000200f9,0x00000062,0x000200f8,0x00000062,0x000400f6,0x00000064,0x00000065,0x00000000,0x000200f9,
    0x00000066,0x000200f8,0x00000066,0x0004003d,0x0000000c,0x00000067,0x00000060,0x0004003d,0x0000000c,0x00000068,
    0x00000055,0x000500b0,0x00000028,0x00000069,0x00000067,0x00000068,0x000400fa,0x00000069,0x00000063,0x00000064,
    0x000200f8,0x00000063,0x00050041,0x0000006a,0x0000006b,0x0000004c,0x0000003e,0x0004003d,0x00000049,0x0000006c,
    0x0000006b,0x0004007c,0x0000006d,0x00000070,0x0000006c,0x0004003d,0x0000000c,0x00000071,0x00000060,0x0004003d,
    0x0000000c,0x00000072,0x00000048,0x00050086,0x0000000c,0x00000073,0x00000071,0x00000072,0x00050041,0x0000004e,
    0x00000074,0x0000004c,0x0000004d,0x0004003d,0x0000000c,0x00000075,0x00000074,0x00050084,0x0000000c,0x00000076,
    0x00000073,0x00000075,0x0004003d,0x0000000c,0x00000077,0x00000044,0x0004003d,0x0000000c,0x00000078,0x00000048,
    0x00050084,0x0000000c,0x00000079,0x00000077,0x00000078,0x00050080,0x0000000c,0x0000007a,0x00000076,0x00000079,
    0x0004003d,0x0000000c,0x0000007b,0x00000060,0x0004003d,0x0000000c,0x0000007c,0x00000048,0x00050089,0x0000000c,
    0x0000007d,0x0000007b,0x0000007c,0x00050080,0x0000000c,0x0000007e,0x0000007a,0x0000007d,0x00060041,0x0000007f,
    0x00000080,0x00000070,0x0000003e,0x0000007e,0x0006003d,0x00000006,0x00000081,0x00000080,0x00000002,0x00000004,
    0x0004003d,0x00000006,0x00000082,0x0000005e,0x00050081,0x00000006,0x00000083,0x00000082,0x00000081,0x0003003e,
    0x0000005e,0x00000083,0x000200f9,0x00000065,0x000200f8,0x00000065,0x0004003d,0x0000000c,0x00000084,0x00000060,
    0x00050080,0x0000000c,0x00000085,0x00000084,0x00000016,0x0003003e,0x00000060,0x00000085,0x000200f9,0x00000062,
    0x000200f8,0x00000064,0x0004003d,0x00000006,0x00000088,0x0000005e,0x0003003e,0x00000087,0x00000088,0x00050039,
    0x00000006,0x00000089,0x0000000a,0x00000087,0x0004003d,0x0000000c,0x0000008a,0x00000055,0x00040070,0x00000006,
    0x0000008b,0x0000008a,0x00050088,0x00000006,0x0000008c,0x00000089,0x0000008b,0x0003003e,0x00000086,0x0000008c,
    0x0003003e,0x0000008d,0x0000005f,0x0004003d,0x0000000c,0x0000008f,0x0000005b,0x0003003e,0x0000008e,0x0000008f,
    0x000200f9,0x00000090,0x000200f8,0x00000090,0x000400f6,0x00000092,0x00000093,0x00000000,0x000200f9,0x00000094,
    0x000200f8,0x00000094,0x0004003d,0x0000000c,0x00000095,0x0000008e,0x0004003d,0x0000000c,0x00000096,0x00000055,
    0x000500b0,0x00000028,0x00000097,0x00000095,0x00000096,0x000400fa,0x00000097,0x00000091,0x00000092,0x000200f8,
    0x00000091,0x00050041,0x0000006a,0x00000099,0x0000004c,0x0000003e,0x0004003d,0x00000049,0x0000009a,0x00000099,
    0x0004007c,0x0000006d,0x0000009b,0x0000009a,0x0004003d,0x0000000c,0x0000009c,0x0000008e,0x0004003d,0x0000000c,
    0x0000009d,0x00000048,0x00050086,0x0000000c,0x0000009e,0x0000009c,0x0000009d,0x00050041,0x0000004e,0x0000009f,
    0x0000004c,0x0000004d,0x0004003d,0x0000000c,0x000000a0,0x0000009f,0x00050084,0x0000000c,0x000000a1,0x0000009e,
    0x000000a0,0x0004003d,0x0000000c,0x000000a2,0x00000044,0x0004003d,0x0000000c,0x000000a3,0x00000048,0x00050084,
    0x0000000c,0x000000a4,0x000000a2,0x000000a3,0x00050080,0x0000000c,0x000000a5,0x000000a1,0x000000a4,0x0004003d,
    0x0000000c,0x000000a6,0x0000008e,0x0004003d,0x0000000c,0x000000a7,0x00000048,0x00050089,0x0000000c,0x000000a8,
    0x000000a6,0x000000a7,0x00050080,0x0000000c,0x000000a9,0x000000a5,0x000000a8,0x00060041,0x0000007f,0x000000aa,
    0x0000009b,0x0000003e,0x000000a9,0x0006003d,0x00000006,0x000000ab,0x000000aa,0x00000002,0x00000004,0x0004003d,
    0x00000006,0x000000ac,0x00000086,0x00050083,0x00000006,0x000000ad,0x000000ab,0x000000ac,0x0003003e,0x00000098,
    0x000000ad,0x0004003d,0x00000006,0x000000ae,0x00000098,0x0004003d,0x00000006,0x000000af,0x00000098,0x00050085,
    0x00000006,0x000000b0,0x000000ae,0x000000af,0x0004003d,0x00000006,0x000000b1,0x0000008d,0x00050081,0x00000006,
    0x000000b2,0x000000b1,0x000000b0,0x0003003e,0x0000008d,0x000000b2,0x000200f9,0x00000093,0x000200f8,0x00000093,
    0x0004003d,0x0000000c,0x000000b3,0x0000008e,0x00050080,0x0000000c,0x000000b4,0x000000b3,0x00000016,0x0003003e,
    0x0000008e,0x000000b4,0x000200f9,0x00000090,0x000200f8,0x00000092,0x0004003d,0x00000006,0x000000b7,0x0000008d,
    0x0003003e,0x000000b6,0x000000b7,0x00050039,0x00000006,0x000000b8,0x0000000a,0x000000b6,0x0004003d,0x0000000c,
    0x000000b9,0x00000055,0x00040070,0x00000006,0x000000ba,0x000000b9,0x00050088,0x00000006,0x000000bb,0x000000b8,
    0x000000ba,0x0003003e,0x000000b5,0x000000bb,0x0004003d,0x0000000c,0x000000bc,0x0000005b,0x000500aa,0x00000028,
    0x000000bd,0x000000bc,0x00000012,0x000300f7,0x000000bf,0x00000000,0x000400fa,0x000000bd,0x000000be,0x000000bf,
    0x000200f8,0x000000be,0x00050041,0x0000006a,0x000000c1,0x0000004c,0x000000c0,0x0004003d,0x00000049,0x000000c2,
    0x000000c1,0x0004007c,0x0000006d,0x000000c3,0x000000c2,0x0004003d,0x0000000c,0x000000c4,0x00000044,0x00050084,
    0x0000000c,0x000000c5,0x0000001e,0x000000c4,0x0004003d,0x00000006,0x000000c6,0x00000086,0x00060041,0x0000007f,
    0x000000c7,0x000000c3,0x0000003e,0x000000c5,0x0005003e,0x000000c7,0x000000c6,0x00000002,0x00000004,0x00050041,
    0x0000006a,0x000000c8,0x0000004c,0x000000c0,0x0004003d,0x00000049,0x000000c9,0x000000c8,0x0004007c,0x0000006d,
    0x000000ca,0x000000c9,0x0004003d,0x0000000c,0x000000cb,0x00000044,0x00050084,0x0000000c,0x000000cc,0x0000001e,
    0x000000cb,0x00050080,0x0000000c,0x000000ce,0x000000cc,0x000000cd,0x0004003d,0x00000006,0x000000cf,0x000000b5,
    0x00050041,0x000000d1,0x000000d2,0x0000004c,0x000000d0,0x0004003d,0x00000006,0x000000d3,0x000000d2,0x00050081,
    0x00000006,0x000000d4,0x000000cf,0x000000d3,0x0006000c,0x00000006,0x000000d5,0x00000001,0x00000020,0x000000d4,
    0x00060041,0x0000007f,0x000000d6,0x000000ca,0x0000003e,0x000000ce,0x0005003e,0x000000d6,0x000000d5,0x00000002,
    0x00000004,0x000200f9,0x000000bf,0x000200f8,0x000000bf,0x000100fd,0x00010038,0x00050036,0x00000006,0x0000000a,
    0x00000000,0x00000008,0x00030037,0x00000007,0x00000009,0x000200f8,0x0000000b,0x0004003b,0x0000000d,0x0000000e,
    0x00000007,0x0004003b,0x0000000d,0x00000020,0x00000007,0x0004003b,0x00000007,0x0000003d,0x00000007,0x00050041,
    0x00000013,0x00000014,0x00000011,0x00000012,0x0004003d,0x0000000c,0x00000015,0x00000014,0x0003003e,0x0000000e,
    0x00000015,0x0004003d,0x0000000c,0x0000001a,0x0000000e,0x0004003d,0x00000006,0x0000001b,0x00000009,0x00050041,
    0x0000001c,0x0000001d,0x00000019,0x0000001a,0x0003003e,0x0000001d,0x0000001b,0x000400e0,0x0000001e,0x0000001e,
    0x0000001f,0x0003003e,0x00000020,0x00000021,0x000200f9,0x00000022,0x000200f8,0x00000022,0x000400f6,0x00000024,
    0x00000025,0x00000000,0x000200f9,0x00000026,0x000200f8,0x00000026,0x0004003d,0x0000000c,0x00000027,0x00000020,
    0x000500ac,0x00000028,0x00000029,0x00000027,0x00000012,0x000400fa,0x00000029,0x00000023,0x00000024,0x000200f8,
    0x00000023,0x0004003d,0x0000000c,0x0000002a,0x0000000e,0x0004003d,0x0000000c,0x0000002b,0x00000020,0x000500b0,
    0x00000028,0x0000002c,0x0000002a,0x0000002b,0x000300f7,0x0000002e,0x00000000,0x000400fa,0x0000002c,0x0000002d,
    0x0000002e,0x000200f8,0x0000002d,0x0004003d,0x0000000c,0x0000002f,0x0000000e,0x0004003d,0x0000000c,0x00000030,
    0x0000000e,0x0004003d,0x0000000c,0x00000031,0x00000020,0x00050080,0x0000000c,0x00000032,0x00000030,0x00000031,
    0x00050041,0x0000001c,0x00000033,0x00000019,0x00000032,0x0004003d,0x00000006,0x00000034,0x00000033,0x00050041,
    0x0000001c,0x00000035,0x00000019,0x0000002f,0x0004003d,0x00000006,0x00000036,0x00000035,0x00050081,0x00000006,
    0x00000037,0x00000036,0x00000034,0x00050041,0x0000001c,0x00000038,0x00000019,0x0000002f,0x0003003e,0x00000038,
    0x00000037,0x000200f9,0x0000002e,0x000200f8,0x0000002e,0x000400e0,0x0000001e,0x0000001e,0x0000001f,0x000200f9,
    0x00000025,0x000200f8,0x00000025,0x0004003d,0x0000000c,0x0000003b,0x00000020,0x000500c2,0x0000000c,0x0000003c,
    0x0000003b,0x0000003a,0x0003003e,0x00000020,0x0000003c,0x000200f9,0x00000022,0x000200f8,0x00000024,0x00050041,
    0x0000001c,0x0000003f,0x00000019,0x0000003e,0x0004003d,0x00000006,0x00000040,0x0000003f,0x0003003e,0x0000003d,
    0x00000040,0x000400e0,0x0000001e,0x0000001e,0x0000001f,0x0004003d,0x00000006,0x00000041,0x0000003d,0x000200fe,
    0x00000041,0x00010038,
};
static const uint32_t ralu__spv_groupnorm_apply[923] = {
    0x07230203,0x00010500,0x0008000b,0x000000ab,0x00000000,0x00020011,0x00000001,0x00020011,0x000014e3,0x0006000b,
    0x00000001,0x4c534c47,0x6474732e,0x3035342e,0x00000000,0x0003000e,0x000014e4,0x00000001,0x0008000f,0x00000005,
    0x00000004,0x6e69616d,0x00000000,0x00000020,0x00000034,0x0000003b,0x00060010,0x00000004,0x00000011,0x00000100,
    0x00000001,0x00000001,0x00050048,0x0000001e,0x00000000,0x00000023,0x00000000,0x00050048,0x0000001e,0x00000001,
    0x00000023,0x00000008,0x00050048,0x0000001e,0x00000002,0x00000023,0x00000010,0x00050048,0x0000001e,0x00000003,
    0x00000023,0x00000018,0x00050048,0x0000001e,0x00000004,0x00000023,0x00000020,0x00050048,0x0000001e,0x00000005,
    0x00000023,0x00000028,0x00050048,0x0000001e,0x00000006,0x00000023,0x0000002c,0x00050048,0x0000001e,0x00000007,
    0x00000023,0x00000030,0x00050048,0x0000001e,0x00000008,0x00000023,0x00000034,0x00050048,0x0000001e,0x00000009,
    0x00000023,0x00000038,0x00030047,0x0000001e,0x00000002,0x00040047,0x00000034,0x0000000b,0x00000018,0x00040047,
    0x0000003b,0x0000000b,0x0000001c,0x00040047,0x00000056,0x00000006,0x00000004,0x00050048,0x00000057,0x00000000,
    0x00000023,0x00000000,0x00030047,0x00000057,0x00000002,0x00040047,0x000000aa,0x0000000b,0x00000019,0x00020013,
    0x00000002,0x00030021,0x00000003,0x00000002,0x00040015,0x00000006,0x00000020,0x00000000,0x00040017,0x00000007,
    0x00000006,0x00000002,0x00040020,0x00000008,0x00000007,0x00000007,0x00020014,0x00000009,0x00040021,0x0000000a,
    0x00000009,0x00000008,0x0004002b,0x00000006,0x0000000e,0x00000000,0x00040020,0x0000000f,0x00000007,0x00000006,
    0x0004002b,0x00000006,0x00000015,0x00000001,0x00030016,0x0000001d,0x00000020,0x000c001e,0x0000001e,0x00000007,
    0x00000007,0x00000007,0x00000007,0x00000007,0x00000006,0x00000006,0x00000006,0x00000006,0x0000001d,0x00040020,
    0x0000001f,0x00000009,0x0000001e,0x0004003b,0x0000001f,0x00000020,0x00000009,0x00040015,0x00000021,0x00000020,
    0x00000001,0x0004002b,0x00000021,0x00000022,0x00000005,0x00040020,0x00000023,0x00000009,0x00000006,0x0004002b,
    0x00000021,0x00000026,0x00000006,0x0004002b,0x00000021,0x0000002d,0x00000007,0x00040017,0x00000032,0x00000006,
    0x00000003,0x00040020,0x00000033,0x00000001,0x00000032,0x0004003b,0x00000033,0x00000034,0x00000001,0x00040020,
    0x00000035,0x00000001,0x00000006,0x0004002b,0x00000006,0x00000038,0x00000100,0x0004003b,0x00000033,0x0000003b,
    0x00000001,0x00040020,0x0000004f,0x00000007,0x0000001d,0x0004002b,0x00000021,0x00000051,0x00000000,0x00040020,
    0x00000052,0x00000009,0x00000007,0x00030027,0x00000055,0x000014e5,0x0003001d,0x00000056,0x0000001d,0x0003001e,
    0x00000057,0x00000056,0x00040020,0x00000055,0x000014e5,0x00000057,0x00040020,0x0000005a,0x000014e5,0x0000001d,
    0x0004002b,0x00000021,0x0000005d,0x00000004,0x0004002b,0x00000006,0x00000061,0x00000002,0x0004002b,0x00000021,
    0x00000070,0x00000002,0x0004002b,0x00000021,0x00000080,0x00000003,0x0004002b,0x00000021,0x00000090,0x00000001,
    0x0004002b,0x00000021,0x00000095,0x00000008,0x0004002b,0x0000001d,0x0000009d,0x3f800000,0x0006002c,0x00000032,
    0x000000aa,0x00000038,0x00000015,0x00000015,0x00050036,0x00000002,0x00000004,0x00000000,0x00000003,0x000200f8,
    0x00000005,0x0004003b,0x0000000f,0x0000001c,0x00000007,0x0004003b,0x0000000f,0x0000002a,0x00000007,0x0004003b,
    0x0000000f,0x00000031,0x00000007,0x0004003b,0x0000000f,0x0000003a,0x00000007,0x0004003b,0x0000000f,0x00000046,
    0x00000007,0x0004003b,0x0000000f,0x0000004b,0x00000007,0x0004003b,0x0000004f,0x00000050,0x00000007,0x0004003b,
    0x00000008,0x00000071,0x00000007,0x0004003b,0x00000008,0x00000081,0x00000007,0x0004003b,0x0000004f,0x00000099,
    0x00000007,0x00050041,0x00000023,0x00000024,0x00000020,0x00000022,0x0004003d,0x00000006,0x00000025,0x00000024,
    0x00050041,0x00000023,0x00000027,0x00000020,0x00000026,0x0004003d,0x00000006,0x00000028,0x00000027,0x00050084,
    0x00000006,0x00000029,0x00000025,0x00000028,0x0003003e,0x0000001c,0x00000029,0x00050041,0x00000023,0x0000002b,
    0x00000020,0x00000026,0x0004003d,0x00000006,0x0000002c,0x0000002b,0x00050041,0x00000023,0x0000002e,0x00000020,
    0x0000002d,0x0004003d,0x00000006,0x0000002f,0x0000002e,0x00050086,0x00000006,0x00000030,0x0000002c,0x0000002f,
    0x0003003e,0x0000002a,0x00000030,0x00050041,0x00000035,0x00000036,0x00000034,0x0000000e,0x0004003d,0x00000006,
    0x00000037,0x00000036,0x00050084,0x00000006,0x00000039,0x00000037,0x00000038,0x0003003e,0x00000031,0x00000039,
    0x00050041,0x00000035,0x0000003c,0x0000003b,0x0000000e,0x0004003d,0x00000006,0x0000003d,0x0000003c,0x0003003e,
    0x0000003a,0x0000003d,0x000200f9,0x0000003e,0x000200f8,0x0000003e,0x000400f6,0x00000040,0x00000041,0x00000000,
    0x000200f9,0x00000042,0x000200f8,0x00000042,0x0004003d,0x00000006,0x00000043,0x0000003a,0x0004003d,0x00000006,
    0x00000044,0x0000001c,0x000500b0,0x00000009,0x00000045,0x00000043,0x00000044,0x000400fa,0x00000045,0x0000003f,
    0x00000040,0x000200f8,0x0000003f,0x0004003d,0x00000006,0x00000047,0x0000003a,0x00050041,0x00000023,0x00000048,
    0x00000020,0x00000026,0x0004003d,0x00000006,0x00000049,0x00000048,0x00050089,0x00000006,0x0000004a,0x00000047,
    0x00000049,0x0003003e,0x00000046,0x0000004a,0x0004003d,0x00000006,0x0000004c,0x00000046,0x0004003d,0x00000006,
    0x0000004d,0x0000002a,0x00050086,0x00000006,0x0000004e,0x0000004c,0x0000004d,0x0003003e,0x0000004b,0x0000004e,
    0x00050041,0x00000052,0x00000053,0x00000020,0x00000051,0x0004003d,0x00000007,0x00000054,0x00000053,0x0004007c,
    0x00000055,0x00000058,0x00000054,0x0004003d,0x00000006,0x00000059,0x0000003a,0x00060041,0x0000005a,0x0000005b,
    0x00000058,0x00000051,0x00000059,0x0006003d,0x0000001d,0x0000005c,0x0000005b,0x00000002,0x00000004,0x00050041,
    0x00000052,0x0000005e,0x00000020,0x0000005d,0x0004003d,0x00000007,0x0000005f,0x0000005e,0x0004007c,0x00000055,
    0x00000060,0x0000005f,0x0004003d,0x00000006,0x00000062,0x0000004b,0x00050084,0x00000006,0x00000063,0x00000061,
    0x00000062,0x00060041,0x0000005a,0x00000064,0x00000060,0x00000051,0x00000063,0x0006003d,0x0000001d,0x00000065,
    0x00000064,0x00000002,0x00000004,0x00050083,0x0000001d,0x00000066,0x0000005c,0x00000065,0x00050041,0x00000052,
    0x00000067,0x00000020,0x0000005d,0x0004003d,0x00000007,0x00000068,0x00000067,0x0004007c,0x00000055,0x00000069,
    0x00000068,0x0004003d,0x00000006,0x0000006a,0x0000004b,0x00050084,0x00000006,0x0000006b,0x00000061,0x0000006a,
    0x00050080,0x00000006,0x0000006c,0x0000006b,0x00000015,0x00060041,0x0000005a,0x0000006d,0x00000069,0x00000051,
    0x0000006c,0x0006003d,0x0000001d,0x0000006e,0x0000006d,0x00000002,0x00000004,0x00050085,0x0000001d,0x0000006f,
    0x00000066,0x0000006e,0x0003003e,0x00000050,0x0000006f,0x00050041,0x00000052,0x00000072,0x00000020,0x00000070,
    0x0004003d,0x00000007,0x00000073,0x00000072,0x0003003e,0x00000071,0x00000073,0x00050039,0x00000009,0x00000074,
    0x0000000c,0x00000071,0x000400a8,0x00000009,0x00000075,0x00000074,0x000300f7,0x00000077,0x00000000,0x000400fa,
    0x00000075,0x00000076,0x00000077,0x000200f8,0x00000076,0x00050041,0x00000052,0x00000078,0x00000020,0x00000070,
    0x0004003d,0x00000007,0x00000079,0x00000078,0x0004007c,0x00000055,0x0000007a,0x00000079,0x0004003d,0x00000006,
    0x0000007b,0x00000046,0x00060041,0x0000005a,0x0000007c,0x0000007a,0x00000051,0x0000007b,0x0006003d,0x0000001d,
    0x0000007d,0x0000007c,0x00000002,0x00000004,0x0004003d,0x0000001d,0x0000007e,0x00000050,0x00050085,0x0000001d,
    0x0000007f,0x0000007e,0x0000007d,0x0003003e,0x00000050,0x0000007f,0x000200f9,0x00000077,0x000200f8,0x00000077,
    0x00050041,0x00000052,0x00000082,0x00000020,0x00000080,0x0004003d,0x00000007,0x00000083,0x00000082,0x0003003e,
    0x00000081,0x00000083,0x00050039,0x00000009,0x00000084,0x0000000c,0x00000081,0x000400a8,0x00000009,0x00000085,
    0x00000084,0x000300f7,0x00000087,0x00000000,0x000400fa,0x00000085,0x00000086,0x00000087,0x000200f8,0x00000086,
    0x00050041,0x00000052,0x00000088,0x00000020,0x00000080,0x0004003d,0x00000007,0x00000089,0x00000088,0x0004007c,
    0x00000055,0x0000008a,0x00000089,0x0004003d,0x00000006,0x0000008b,0x00000046,0x00060041,0x0000005a,0x0000008c,
    0x0000008a,0x00000051,0x0000008b,0x0006003d,0x0000001d,0x0000008d,0x0000008c,0x00000002,0x00000004,0x0004003d,
    0x0000001d,0x0000008e,0x00000050,0x00050081,0x0000001d,0x0000008f,0x0000008e,0x0000008d,0x0003003e,0x00000050,
    0x0000008f,0x000200f9,0x00000087,0x000200f8,0x00000087,0x00050041,0x00000052,0x00000091,0x00000020,0x00000090,
    0x0004003d,0x00000007,0x00000092,0x00000091,0x0004007c,0x00000055,0x00000093,0x00000092,0x0004003d,0x00000006,
    0x00000094,0x0000003a,0x00050041,0x00000023,0x00000096,0x00000020,0x00000095,0x0004003d,0x00000006,0x00000097,
    0x00000096,0x000500ab,0x00000009,0x00000098,0x00000097,0x0000000e,0x000300f7,0x0000009b,0x00000000,0x000400fa,
    0x00000098,0x0000009a,0x000000a3,0x000200f8,0x0000009a,0x0004003d,0x0000001d,0x0000009c,0x00000050,0x0004003d,
    0x0000001d,0x0000009e,0x00000050,0x0004007f,0x0000001d,0x0000009f,0x0000009e,0x0006000c,0x0000001d,0x000000a0,
    0x00000001,0x0000001b,0x0000009f,0x00050081,0x0000001d,0x000000a1,0x0000009d,0x000000a0,0x00050088,0x0000001d,
    0x000000a2,0x0000009c,0x000000a1,0x0003003e,0x00000099,0x000000a2,0x000200f9,0x0000009b,0x000200f8,0x000000a3,
    0x0004003d,0x0000001d,0x000000a4,0x00000050,0x0003003e,0x00000099,0x000000a4,0x000200f9,0x0000009b,0x000200f8,
    0x0000009b,0x0004003d,0x0000001d,0x000000a5,0x00000099,0x00060041,0x0000005a,0x000000a6,0x00000093,0x00000051,
    0x00000094,0x0005003e,0x000000a6,0x000000a5,0x00000002,0x00000004,0x000200f9,0x00000041,0x000200f8,0x00000041,
    0x0004003d,0x00000006,0x000000a7,0x00000031,0x0004003d,0x00000006,0x000000a8,0x0000003a,0x00050080,0x00000006,
    0x000000a9,0x000000a8,0x000000a7,0x0003003e,0x0000003a,0x000000a9,0x000200f9,0x0000003e,0x000200f8,0x00000040,
    0x000100fd,0x00010038,0x00050036,0x00000009,0x0000000c,0x00000000,0x0000000a,0x00030037,0x00000008,0x0000000b,
    0x000200f8,0x0000000d,0x00050041,0x0000000f,0x00000010,0x0000000b,0x0000000e,0x0004003d,0x00000006,0x00000011,
    0x00000010,0x000500aa,0x00000009,0x00000012,0x00000011,0x0000000e,0x000300f7,0x00000014,0x00000000,0x000400fa,
    0x00000012,0x00000013,0x00000014,0x000200f8,0x00000013,0x00050041,0x0000000f,0x00000016,0x0000000b,0x00000015,
    0x0004003d,0x00000006,0x00000017,0x00000016,0x000500aa,0x00000009,0x00000018,0x00000017,0x0000000e,0x000200f9,
    0x00000014,0x000200f8,0x00000014,0x000700f5,0x00000009,0x00000019,0x00000012,0x0000000d,0x00000018,0x00000013,
    0x000200fe,0x00000019,0x00010038,
};
static const ralu__spv_blob ralu__spv_blobs[] = {
    { "linear", ralu__spv_linear, sizeof ralu__spv_linear },
    { "linear_coopmat", ralu__spv_linear_coopmat, sizeof ralu__spv_linear_coopmat },
    { "attention", ralu__spv_attention, sizeof ralu__spv_attention },
    { "attention_coopmat", ralu__spv_attention_coopmat, sizeof ralu__spv_attention_coopmat },
    { "norm", ralu__spv_norm, sizeof ralu__spv_norm },
    { "eltwise", ralu__spv_eltwise, sizeof ralu__spv_eltwise },
    { "rope", ralu__spv_rope, sizeof ralu__spv_rope },
    { "upsample", ralu__spv_upsample, sizeof ralu__spv_upsample },
    { "groupnorm_stats", ralu__spv_groupnorm_stats, sizeof ralu__spv_groupnorm_stats },
    { "groupnorm_apply", ralu__spv_groupnorm_apply, sizeof ralu__spv_groupnorm_apply },
};
static const ralu__spv_blob *ralu__spv_table(int *count) { *count = (int)(sizeof ralu__spv_blobs / sizeof ralu__spv_blobs[0]); return ralu__spv_blobs; }
#endif
/* >>spirv-end */

/* >>impl-end */

#if defined(__GNUC__) || defined(__clang__)
#pragma GCC diagnostic pop
#endif
#endif /* RALU_IMPLEMENTATION_DONE */
#endif /* RALU_IMPLEMENTATION */

/*
MIT License

Copyright (c) 2026 the ralu.h authors

Permission is hereby granted, free of charge, to any person obtaining a copy of this
software and associated documentation files (the "Software"), to deal in the Software
without restriction, including without limitation the rights to use, copy, modify, merge,
publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons
to whom the Software is furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all copies or
substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED,
INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR
PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE
FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR
OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER
DEALINGS IN THE SOFTWARE.
*/
