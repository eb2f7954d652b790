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

/* >>api-text */

/* >>api-ralu-math */

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
#define RALU__MR 6     /* micro-tile: 6 rows of A ... */
#define RALU__NR 16    /* ... times 16 output features (two 8-float vectors) */
#define RALU__KC 256   /* depth of a packed panel: A and B micro-panels stay in L1/L2 */
#define RALU__MC 96    /* rows of A packed at once (multiple of MR) */
#define RALU__NC 3072  /* output features packed at once (multiple of NR) */

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

/* packs rows [i0, i0+mc) x depth [k0, k0+kc) of A as MR-row panels, each [kc][MR] */
static void ralu__pack_a(const ralu__asrc *a, int64_t i0, int64_t mc, int64_t k0, int64_t kc, float *dst) {
    int64_t ip, k;
    int r;
    for (ip = 0; ip < mc; ip += RALU__MR, dst += kc * RALU__MR) {
        int mr = (int)RALU__MIN(RALU__MR, mc - ip);
        if (!a->conv) {
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

/* packs output features [j0, j0+nc) x depth [k0, k0+kc) of W ([N, K] row-major) as NR-wide
   panels, each [kc][NR], widening to f32 */
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

/* C[mr x nr] += A_panel[kc][MR] . B_panel[kc][NR] */
static void ralu__kernel(int64_t kc, const float *a, const float *b, float *c, int64_t ldc, int mr, int nr) {
#ifdef RALU__AVX2
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

/* Y[M, N] += A[M, K] . W[N, K]^T, Y row stride ldy. The caller has initialised Y. */
static void ralu__cpu_gemm(ralu__backend *be, int64_t M, int64_t N, int64_t K, const ralu__asrc *A, const ralu__weight *W, float *Y, int64_t ldy) {
    ralu__cpu *cpu = ralu__cpu_of(be);
    int nt = cpu->nthreads;
    size_t bfloats = (size_t)RALU__KC * RALU__NC, afloats = (size_t)RALU__MC * RALU__KC;
    float *scratch, *bpack;
    float lut[256];
    int64_t jc, pc;
    if (M <= 0 || N <= 0 || K <= 0) return;
    scratch = ralu__cpu_scratch(be, bfloats + (size_t)nt * (afloats + RALU__KC));
    if (!scratch) return;
    bpack = scratch;
    if (W->dtype == RALU_DTYPE_F8_E4M3 || W->dtype == RALU_DTYPE_F8_E5M2) ralu__fp8_lut(W->dtype, lut);
    for (jc = 0; jc < N; jc += RALU__NC) {
        int64_t nc = RALU__MIN(RALU__NC, N - jc);
        int64_t npan = (nc + RALU__NR - 1) / RALU__NR;
        for (pc = 0; pc < K; pc += RALU__KC) {
            int64_t kc = RALU__MIN(RALU__KC, K - pc);
            int64_t nib = (M + RALU__MC - 1) / RALU__MC;
            /* split the panels into groups so that small-M GEMMs still use every core */
            int64_t ngroups = RALU__MAX(1, RALU__MIN(npan, (int64_t)(4 * nt) / nib));
            int64_t gsize = (npan + ngroups - 1) / ngroups;
            int64_t items = nib * ngroups, it, jp;
            (void)jp;
#ifdef _OPENMP
#pragma omp parallel num_threads(nt)
#endif
            {
#ifdef _OPENMP
                int tid = omp_get_thread_num();
#else
                int tid = 0;
#endif
                float *apack = scratch + bfloats + (size_t)tid * (afloats + RALU__KC);
                float *tmp = apack + afloats;
                int64_t p_, it_;
#ifdef _OPENMP
#pragma omp for schedule(static)
#endif
                for (p_ = 0; p_ < npan; p_++)
                    ralu__pack_b_panel(W, jc + p_ * RALU__NR, (int)RALU__MIN(RALU__NR, nc - p_ * RALU__NR), pc, kc, bpack + p_ * kc * RALU__NR, lut, tmp);
#ifdef _OPENMP
#pragma omp for schedule(dynamic, 1)
#endif
                for (it_ = 0; it_ < items; it_++) {
                    int64_t ib = it_ / ngroups, g = it_ % ngroups;
                    int64_t i0 = ib * RALU__MC, mc = RALU__MIN(RALU__MC, M - i0);
                    int64_t p0 = g * gsize, p1 = RALU__MIN(npan, p0 + gsize), p, ip;
                    if (p0 >= p1) continue;
                    ralu__pack_a(A, i0, mc, pc, kc, apack);
                    for (p = p0; p < p1; p++) {
                        int nr = (int)RALU__MIN(RALU__NR, nc - p * RALU__NR);
                        for (ip = 0; ip < mc; ip += RALU__MR)
                            ralu__kernel(kc, apack + ip * kc, bpack + p * kc * RALU__NR,
                                         Y + (i0 + ip) * ldy + jc + p * RALU__NR, ldy, (int)RALU__MIN(RALU__MR, mc - ip), nr);
                    }
                }
            }
            (void)it;
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
   an online softmax; never materialises the L x L matrix. f32 throughout. */
#define RALU__ATT_BQ 32
#define RALU__ATT_BK 128
static void ralu__cpu_attention(ralu__backend *be, ralu__view o, ralu__view q, ralu__view k, ralu__view v, const ralu__attn_opts *a) {
    int nt = ralu__cpu_of(be)->nthreads;
    int64_t Lq = q.rows, Lk = k.rows, D = a->head_dim;
    int64_t nqb = (Lq + RALU__ATT_BQ - 1) / RALU__ATT_BQ, items = nqb * a->heads, it;
    size_t per = (size_t)(RALU__ATT_BQ * D + D * RALU__ATT_BK + RALU__ATT_BQ * RALU__ATT_BK + 2 * RALU__ATT_BQ + 16);
    float *scratch = ralu__cpu_scratch(be, per * (size_t)nt);
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
        float *O = base, *Kt = O + RALU__ATT_BQ * D, *S = Kt + D * RALU__ATT_BK, *m = S + RALU__ATT_BQ * RALU__ATT_BK, *l = m + RALU__ATT_BQ;
        const float *bias = a->rel_bias.buf ? ralu__view_host(a->rel_bias) + h * a->rel_bias.ld : NULL;
        int64_t i, j, d, j0;
        for (i = 0; i < bq; i++) { m[i] = -INFINITY; l[i] = 0.0f; }
        memset(O, 0, sizeof(float) * (size_t)(bq * D));
        for (j0 = 0; j0 < Lk; j0 += RALU__ATT_BK) {
            int64_t bk = RALU__MIN(RALU__ATT_BK, Lk - j0);
            if (a->causal && j0 > i0 + bq - 1) break;
            for (j = 0; j < bk; j++) {
                const float *kr = ralu__view_host(k) + (j0 + j) * k.ld + h * D;
                for (d = 0; d < D; d++) Kt[d * RALU__ATT_BK + j] = kr[d];
            }
            for (i = 0; i < bq; i++) {
                const float *qr = ralu__view_host(q) + (i0 + i) * q.ld + h * D;
                float *s = S + i * RALU__ATT_BK, mx, alpha, sum = 0.0f;
                const float *vr;
                for (j = 0; j < bk; j++) s[j] = 0.0f;
                for (d = 0; d < D; d++) { float qd = qr[d]; const float *kt = Kt + d * RALU__ATT_BK; for (j = 0; j < bk; j++) s[j] += qd * kt[j]; }
                mx = m[i];
                for (j = 0; j < bk; j++) {
                    float val = s[j] * a->scale;
                    if (bias) val += bias[j0 + j - (i0 + i) + Lq - 1];
                    if (a->causal && j0 + j > i0 + i) val = -INFINITY;
                    s[j] = val;
                    if (val > mx) mx = val;
                }
                if (mx == -INFINITY) continue; /* everything masked so far */
                alpha = expf(m[i] - mx);
                for (j = 0; j < bk; j++) { s[j] = expf(s[j] - mx); sum += s[j]; }
                l[i] = l[i] * alpha + sum;
                m[i] = mx;
                {
                    float *orow = O + i * D;
                    if (alpha != 1.0f) for (d = 0; d < D; d++) orow[d] *= alpha;
                    for (j = 0; j < bk; j++) {
                        float p = s[j];
                        vr = ralu__view_host(v) + (j0 + j) * v.ld + h * D;
                        for (d = 0; d < D; d++) orow[d] += p * vr[d];
                    }
                }
            }
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
     Device choice: discrete, integrated, virtual, other, then CPU implementations; when the
     CPU engine follows Vulkan in the backend list (the default), a CPU implementation such
     as lavapipe is passed over for it (it is 10-100x slower) unless the desc names it.
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
    RALU__VKP_LINEAR, RALU__VKP_LINEAR_GEMV, RALU__VKP_LINEAR_BIG, RALU__VKP_LINEAR_COOPMAT, RALU__VKP_ATTENTION, RALU__VKP_ATTENTION_COOPMAT,
    RALU__VKP_NORM, RALU__VKP_ELTWISE, RALU__VKP_ROPE, RALU__VKP_UPSAMPLE,
    RALU__VKP_GN_STATS, RALU__VKP_GN_APPLY, RALU__VKP_COUNT
};
static const char *const ralu__vk_pipe_names[RALU__VKP_COUNT] = {
    "linear", "linear_gemv", "linear_big", "linear_coopmat", "attention", "attention_coopmat", "norm", "eltwise", "rope", "upsample",
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
        if (M <= 8 && !conv)   /* a few rows: stream the weight once */
            ralu__vk_dispatch(be, RALU__VKP_LINEAR_GEMV, kind, &pc, sizeof pc, (uint32_t)((ch->rows + 3) / 4), 1);
        else if (!ralu__vk_of(be)->use_coopmat && M >= 256 && ch->rows >= 256)   /* large: 128 x 128 tiles */
            ralu__vk_dispatch(be, RALU__VKP_LINEAR_BIG, kind, &pc, sizeof pc, (uint32_t)((ch->rows + 127) / 128), (uint32_t)((M + 127) / 128));
        else
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
/* cpu_engine_next: the CPU backend follows Vulkan in the desc's list; then a CPU Vulkan
   implementation (lavapipe, SwiftShader), far slower than the CPU engine, is not chosen
   unless ralu_ctx_desc.device names it */
static int ralu__vk_pick(ralu_ctx *ctx, const char *want, const ralu__vk_devinfo *dev, int n, int cpu_engine_next) {
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
    if (best < 0) { ralu__vk_unavailable(ctx, n ? "no usable Vulkan device (%s)" : "no Vulkan device%s", list); return -1; }
    if (cpu_engine_next && dev[best].props.deviceType == VK_PHYSICAL_DEVICE_TYPE_CPU) {
        ralu__vk_unavailable(ctx, "the only Vulkan device is %s, a CPU implementation slower than the CPU engine "
                             "(name it in ralu_ctx_desc.device to use it anyway)", dev[best].props.deviceName);
        return -1;
    }
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
    {
        int i, j, cpu_next = 0;
        for (i = 0; i < RALU_MAX_BACKENDS; i++)
            if (d->backends[i] == RALU_BACKEND_VULKAN)
                for (j = i + 1; j < RALU_MAX_BACKENDS; j++) if (d->backends[j] == RALU_BACKEND_CPU) cpu_next = 1;
        if ((pick = ralu__vk_pick(ctx, d->device, dev, n, cpu_next)) < 0) { r = RALU_ERR_VK_UNAVAILABLE; goto fail; }
    }
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

/* >>impl-text */

/* >>impl-ralu-math */

/* >>impl-sampler */

/* >>impl-pipeline */

/* >>impl-vocab (generated tokenizer data) */

/* >>impl-spirv (generated SPIR-V blobs, last) */
/* >>spirv-begin (generated by tools/embed_shaders.py from shaders/; do not edit by hand) */
#ifdef RALU__HAVE_VULKAN
/* compiler: Glslang Version: 11:13.1.1 */
static const uint64_t ralu__spirv_source_hash = 0x36b6acf87441590eull;
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
static const uint32_t ralu__spv_linear_gemv[2337] = {
    0x07230203,0x00010500,0x0008000b,0x000001ba,0x00000000,0x00020011,0x00000001,0x00020011,0x000014e3,0x0006000b,
    0x00000001,0x4c534c47,0x6474732e,0x3035342e,0x00000000,0x0003000e,0x000014e4,0x00000001,0x000b000f,0x00000005,
    0x00000004,0x6e69616d,0x00000000,0x000000c8,0x000000d4,0x000000ee,0x0000014e,0x000001b8,0x000001b9,0x00060010,
    0x00000004,0x00000011,0x00000100,0x00000001,0x00000001,0x00040047,0x00000068,0x00000006,0x00000004,0x00050048,
    0x00000069,0x00000000,0x00000023,0x00000000,0x00030047,0x00000069,0x00000002,0x00040047,0x0000007d,0x00000006,
    0x00000004,0x00050048,0x0000007e,0x00000000,0x00000023,0x00000000,0x00030047,0x0000007e,0x00000002,0x00040047,
    0x000000c8,0x0000000b,0x0000001b,0x00040047,0x000000d4,0x0000000b,0x0000001a,0x00050048,0x000000ec,0x00000000,
    0x00000023,0x00000000,0x00050048,0x000000ec,0x00000001,0x00000023,0x00000008,0x00050048,0x000000ec,0x00000002,
    0x00000023,0x00000010,0x00050048,0x000000ec,0x00000003,0x00000023,0x00000018,0x00050048,0x000000ec,0x00000004,
    0x00000023,0x00000020,0x00050048,0x000000ec,0x00000005,0x00000023,0x00000024,0x00050048,0x000000ec,0x00000006,
    0x00000023,0x00000028,0x00050048,0x000000ec,0x00000007,0x00000023,0x0000002c,0x00050048,0x000000ec,0x00000008,
    0x00000023,0x00000030,0x00050048,0x000000ec,0x00000009,0x00000023,0x00000034,0x00050048,0x000000ec,0x0000000a,
    0x00000023,0x00000038,0x00050048,0x000000ec,0x0000000b,0x00000023,0x0000003c,0x00050048,0x000000ec,0x0000000c,
    0x00000023,0x00000040,0x00050048,0x000000ec,0x0000000d,0x00000023,0x00000044,0x00050048,0x000000ec,0x0000000e,
    0x00000023,0x00000048,0x00050048,0x000000ec,0x0000000f,0x00000023,0x0000004c,0x00050048,0x000000ec,0x00000010,
    0x00000023,0x00000050,0x00050048,0x000000ec,0x00000011,0x00000023,0x00000054,0x00050048,0x000000ec,0x00000012,
    0x00000023,0x00000058,0x00050048,0x000000ec,0x00000013,0x00000023,0x0000005c,0x00030047,0x000000ec,0x00000002,
    0x00040047,0x000001b2,0x0000000b,0x00000019,0x00020013,0x00000002,0x00030021,0x00000003,0x00000002,0x00040015,
    0x00000006,0x00000020,0x00000000,0x00040017,0x00000007,0x00000006,0x00000002,0x00040020,0x00000008,0x00000007,
    0x00000007,0x00020014,0x00000009,0x00040021,0x0000000a,0x00000009,0x00000008,0x00040020,0x0000000e,0x00000007,
    0x00000006,0x00030016,0x0000000f,0x00000020,0x00040021,0x00000010,0x0000000f,0x0000000e,0x00060021,0x00000014,
    0x0000000f,0x00000008,0x0000000e,0x0000000e,0x0004002b,0x00000006,0x0000001a,0x00000000,0x0004002b,0x00000006,
    0x00000020,0x00000001,0x00040015,0x00000029,0x00000020,0x00000001,0x0004002b,0x00000029,0x0000002a,0x00000003,
    0x0004002b,0x00000006,0x0000002c,0x0000000f,0x0004002b,0x00000006,0x00000030,0x00000007,0x00040020,0x00000032,
    0x00000007,0x0000000f,0x0004002b,0x0000000f,0x00000039,0x3f800000,0x0004002b,0x0000000f,0x0000003c,0x41000000,
    0x0004002b,0x00000029,0x00000041,0x00000007,0x0004002b,0x00000029,0x00000048,0xfffffffa,0x0004002b,0x00000006,
    0x00000052,0x7fc00000,0x0004002b,0x00000006,0x00000055,0x00000080,0x00030027,0x00000067,0x000014e5,0x0003001d,
    0x00000068,0x0000000f,0x0003001e,0x00000069,0x00000068,0x00040020,0x00000067,0x000014e5,0x00000069,0x0004002b,
    0x00000029,0x0000006b,0x00000000,0x00040020,0x0000006d,0x000014e5,0x0000000f,0x0004002b,0x00000006,0x00000072,
    0x00000002,0x0004002b,0x00000006,0x00000075,0x00000003,0x00030027,0x0000007c,0x000014e5,0x0003001d,0x0000007d,
    0x00000006,0x0003001e,0x0000007e,0x0000007d,0x00040020,0x0000007c,0x000014e5,0x0000007e,0x0004002b,0x00000029,
    0x00000081,0x00000001,0x00040020,0x00000083,0x000014e5,0x00000006,0x0004002b,0x00000029,0x0000008e,0x00000010,
    0x0004002b,0x00000006,0x00000092,0x0000ffff,0x00040017,0x0000009b,0x0000000f,0x00000002,0x0004002b,0x00000029,
    0x000000a8,0x00000002,0x0004002b,0x00000006,0x000000ae,0x00000008,0x0004002b,0x00000006,0x000000b1,0x000000ff,
    0x0004002b,0x00000006,0x000000b4,0x00000004,0x0004002b,0x00000029,0x000000be,0x00000008,0x00040017,0x000000c6,
    0x00000006,0x00000003,0x00040020,0x000000c7,0x00000001,0x000000c6,0x0004003b,0x000000c7,0x000000c8,0x00000001,
    0x00040020,0x000000c9,0x00000001,0x00000006,0x0004002b,0x00000006,0x000000ce,0x00000040,0x0004003b,0x000000c7,
    0x000000d4,0x00000001,0x00040020,0x000000da,0x00000007,0x00000029,0x0004001c,0x000000e3,0x0000000f,0x000000ae,
    0x00040020,0x000000e4,0x00000007,0x000000e3,0x0004002b,0x0000000f,0x000000e7,0x00000000,0x0016001e,0x000000ec,
    0x00000007,0x00000007,0x00000007,0x00000007,0x00000006,0x00000006,0x00000006,0x00000006,0x00000006,0x00000006,
    0x00000006,0x0000000f,0x00000006,0x00000006,0x00000006,0x00000006,0x00000006,0x00000006,0x00000006,0x00000006,
    0x00040020,0x000000ed,0x00000009,0x000000ec,0x0004003b,0x000000ed,0x000000ee,0x00000009,0x00040020,0x000000ef,
    0x00000009,0x00000006,0x0004002b,0x00000029,0x00000101,0x00000009,0x00040020,0x00000109,0x00000009,0x00000007,
    0x0004002b,0x00000029,0x0000011b,0x00000006,0x0004002b,0x00000029,0x00000127,0x00000004,0x0004002b,0x00000006,
    0x0000014b,0x00000100,0x0004001c,0x0000014c,0x0000000f,0x0000014b,0x00040020,0x0000014d,0x00000004,0x0000014c,
    0x0004003b,0x0000014d,0x0000014e,0x00000004,0x00040020,0x00000153,0x00000004,0x0000000f,0x0004002b,0x00000006,
    0x00000155,0x00000108,0x0004002b,0x00000006,0x00000157,0x00000020,0x0004002b,0x00000029,0x0000017f,0x0000000b,
    0x00040020,0x00000180,0x00000009,0x0000000f,0x0004002b,0x00000029,0x00000195,0x00000005,0x0004002b,0x00000029,
    0x0000019b,0x0000000a,0x0006002c,0x000000c6,0x000001b2,0x0000014b,0x00000020,0x00000020,0x0004002b,0x00000006,
    0x000001b3,0x00000041,0x0004001c,0x000001b4,0x0000000f,0x000001b3,0x0004002b,0x00000006,0x000001b5,0x00000010,
    0x0004001c,0x000001b6,0x000001b4,0x000001b5,0x00040020,0x000001b7,0x00000004,0x000001b6,0x0004003b,0x000001b7,
    0x000001b8,0x00000004,0x0004003b,0x000001b7,0x000001b9,0x00000004,0x00050036,0x00000002,0x00000004,0x00000000,
    0x00000003,0x000200f8,0x00000005,0x0004003b,0x0000000e,0x000000c5,0x00000007,0x0004003b,0x0000000e,0x000000cc,
    0x00000007,0x0004003b,0x0000000e,0x000000d0,0x00000007,0x0004003b,0x0000000e,0x000000d3,0x00000007,0x0004003b,
    0x000000da,0x000000db,0x00000007,0x0004003b,0x000000e4,0x000000e5,0x00000007,0x0004003b,0x0000000e,0x000000f5,
    0x00000007,0x0004003b,0x00000032,0x00000100,0x00000007,0x0004003b,0x00000008,0x00000108,0x00000007,0x0004003b,
    0x0000000e,0x0000010c,0x00000007,0x0004003b,0x0000000e,0x0000010f,0x00000007,0x0004003b,0x000000da,0x00000111,
    0x00000007,0x0004003b,0x000000da,0x00000139,0x00000007,0x0004003b,0x0000000e,0x00000141,0x00000007,0x0004003b,
    0x0000000e,0x00000156,0x00000007,0x0004003b,0x00000032,0x0000017b,0x00000007,0x0004003b,0x00000008,0x00000184,
    0x00000007,0x0004003b,0x0000000e,0x00000193,0x00000007,0x00050041,0x000000c9,0x000000ca,0x000000c8,0x0000001a,
    0x0004003d,0x00000006,0x000000cb,0x000000ca,0x0003003e,0x000000c5,0x000000cb,0x0004003d,0x00000006,0x000000cd,
    0x000000c5,0x00050086,0x00000006,0x000000cf,0x000000cd,0x000000ce,0x0003003e,0x000000cc,0x000000cf,0x0004003d,
    0x00000006,0x000000d1,0x000000c5,0x00050089,0x00000006,0x000000d2,0x000000d1,0x000000ce,0x0003003e,0x000000d0,
    0x000000d2,0x00050041,0x000000c9,0x000000d5,0x000000d4,0x0000001a,0x0004003d,0x00000006,0x000000d6,0x000000d5,
    0x00050084,0x00000006,0x000000d7,0x000000d6,0x000000b4,0x0004003d,0x00000006,0x000000d8,0x000000cc,0x00050080,
    0x00000006,0x000000d9,0x000000d7,0x000000d8,0x0003003e,0x000000d3,0x000000d9,0x0003003e,0x000000db,0x0000006b,
    0x000200f9,0x000000dc,0x000200f8,0x000000dc,0x000400f6,0x000000de,0x000000df,0x00000000,0x000200f9,0x000000e0,
    0x000200f8,0x000000e0,0x0004003d,0x00000029,0x000000e1,0x000000db,0x000500b1,0x00000009,0x000000e2,0x000000e1,
    0x000000be,0x000400fa,0x000000e2,0x000000dd,0x000000de,0x000200f8,0x000000dd,0x0004003d,0x00000029,0x000000e6,
    0x000000db,0x00050041,0x00000032,0x000000e8,0x000000e5,0x000000e6,0x0003003e,0x000000e8,0x000000e7,0x000200f9,
    0x000000df,0x000200f8,0x000000df,0x0004003d,0x00000029,0x000000e9,0x000000db,0x00050080,0x00000029,0x000000ea,
    0x000000e9,0x00000081,0x0003003e,0x000000db,0x000000ea,0x000200f9,0x000000dc,0x000200f8,0x000000de,0x0004003d,
    0x00000006,0x000000eb,0x000000d3,0x00050041,0x000000ef,0x000000f0,0x000000ee,0x00000041,0x0004003d,0x00000006,
    0x000000f1,0x000000f0,0x000500b0,0x00000009,0x000000f2,0x000000eb,0x000000f1,0x000300f7,0x000000f4,0x00000000,
    0x000400fa,0x000000f2,0x000000f3,0x000000f4,0x000200f8,0x000000f3,0x0004003d,0x00000006,0x000000f6,0x000000d0,
    0x0003003e,0x000000f5,0x000000f6,0x000200f9,0x000000f7,0x000200f8,0x000000f7,0x000400f6,0x000000f9,0x000000fa,
    0x00000000,0x000200f9,0x000000fb,0x000200f8,0x000000fb,0x0004003d,0x00000006,0x000000fc,0x000000f5,0x00050041,
    0x000000ef,0x000000fd,0x000000ee,0x000000be,0x0004003d,0x00000006,0x000000fe,0x000000fd,0x000500b0,0x00000009,
    0x000000ff,0x000000fc,0x000000fe,0x000400fa,0x000000ff,0x000000f8,0x000000f9,0x000200f8,0x000000f8,0x0004003d,
    0x00000006,0x00000102,0x000000d3,0x00050041,0x000000ef,0x00000103,0x000000ee,0x000000be,0x0004003d,0x00000006,
    0x00000104,0x00000103,0x00050084,0x00000006,0x00000105,0x00000102,0x00000104,0x0004003d,0x00000006,0x00000106,
    0x000000f5,0x00050080,0x00000006,0x00000107,0x00000105,0x00000106,0x00050041,0x00000109,0x0000010a,0x000000ee,
    0x000000a8,0x0004003d,0x00000007,0x0000010b,0x0000010a,0x0003003e,0x00000108,0x0000010b,0x00050041,0x000000ef,
    0x0000010d,0x000000ee,0x00000101,0x0004003d,0x00000006,0x0000010e,0x0000010d,0x0003003e,0x0000010c,0x0000010e,
    0x0003003e,0x0000010f,0x00000107,0x00070039,0x0000000f,0x00000110,0x00000018,0x00000108,0x0000010c,0x0000010f,
    0x0003003e,0x00000100,0x00000110,0x0003003e,0x00000111,0x0000006b,0x000200f9,0x00000112,0x000200f8,0x00000112,
    0x000400f6,0x00000114,0x00000115,0x00000000,0x000200f9,0x00000116,0x000200f8,0x00000116,0x0004003d,0x00000029,
    0x00000117,0x00000111,0x000500b1,0x00000009,0x00000118,0x00000117,0x000000be,0x000400fa,0x00000118,0x00000113,
    0x00000114,0x000200f8,0x00000113,0x0004003d,0x00000029,0x00000119,0x00000111,0x0004007c,0x00000006,0x0000011a,
    0x00000119,0x00050041,0x000000ef,0x0000011c,0x000000ee,0x0000011b,0x0004003d,0x00000006,0x0000011d,0x0000011c,
    0x000500b0,0x00000009,0x0000011e,0x0000011a,0x0000011d,0x000300f7,0x00000120,0x00000000,0x000400fa,0x0000011e,
    0x0000011f,0x00000120,0x000200f8,0x0000011f,0x0004003d,0x00000029,0x00000121,0x00000111,0x00050041,0x00000109,
    0x00000122,0x000000ee,0x0000006b,0x0004003d,0x00000007,0x00000123,0x00000122,0x0004007c,0x00000067,0x00000124,
    0x00000123,0x0004003d,0x00000029,0x00000125,0x00000111,0x0004007c,0x00000006,0x00000126,0x00000125,0x00050041,
    0x000000ef,0x00000128,0x000000ee,0x00000127,0x0004003d,0x00000006,0x00000129,0x00000128,0x00050084,0x00000006,
    0x0000012a,0x00000126,0x00000129,0x0004003d,0x00000006,0x0000012b,0x000000f5,0x00050080,0x00000006,0x0000012c,
    0x0000012a,0x0000012b,0x00060041,0x0000006d,0x0000012d,0x00000124,0x0000006b,0x0000012c,0x0006003d,0x0000000f,
    0x0000012e,0x0000012d,0x00000002,0x00000004,0x0004003d,0x0000000f,0x0000012f,0x00000100,0x0004003d,0x00000029,
    0x00000130,0x00000111,0x00050041,0x00000032,0x00000131,0x000000e5,0x00000130,0x0004003d,0x0000000f,0x00000132,
    0x00000131,0x0008000c,0x0000000f,0x00000133,0x00000001,0x00000032,0x0000012e,0x0000012f,0x00000132,0x00050041,
    0x00000032,0x00000134,0x000000e5,0x00000121,0x0003003e,0x00000134,0x00000133,0x000200f9,0x00000120,0x000200f8,
    0x00000120,0x000200f9,0x00000115,0x000200f8,0x00000115,0x0004003d,0x00000029,0x00000135,0x00000111,0x00050080,
    0x00000029,0x00000136,0x00000135,0x00000081,0x0003003e,0x00000111,0x00000136,0x000200f9,0x00000112,0x000200f8,
    0x00000114,0x000200f9,0x000000fa,0x000200f8,0x000000fa,0x0004003d,0x00000006,0x00000137,0x000000f5,0x00050080,
    0x00000006,0x00000138,0x00000137,0x000000ce,0x0003003e,0x000000f5,0x00000138,0x000200f9,0x000000f7,0x000200f8,
    0x000000f9,0x000200f9,0x000000f4,0x000200f8,0x000000f4,0x0003003e,0x00000139,0x0000006b,0x000200f9,0x0000013a,
    0x000200f8,0x0000013a,0x000400f6,0x0000013c,0x0000013d,0x00000000,0x000200f9,0x0000013e,0x000200f8,0x0000013e,
    0x0004003d,0x00000029,0x0000013f,0x00000139,0x000500b1,0x00000009,0x00000140,0x0000013f,0x000000be,0x000400fa,
    0x00000140,0x0000013b,0x0000013c,0x000200f8,0x0000013b,0x0004003d,0x00000029,0x00000142,0x00000139,0x0004007c,
    0x00000006,0x00000143,0x00000142,0x0003003e,0x00000141,0x00000143,0x0004003d,0x00000006,0x00000144,0x00000141,
    0x00050041,0x000000ef,0x00000145,0x000000ee,0x0000011b,0x0004003d,0x00000006,0x00000146,0x00000145,0x000500ae,
    0x00000009,0x00000147,0x00000144,0x00000146,0x000300f7,0x00000149,0x00000000,0x000400fa,0x00000147,0x00000148,
    0x00000149,0x000200f8,0x00000148,0x000200f9,0x0000013c,0x000200f8,0x00000149,0x0004003d,0x00000006,0x0000014f,
    0x000000c5,0x0004003d,0x00000029,0x00000150,0x00000139,0x00050041,0x00000032,0x00000151,0x000000e5,0x00000150,
    0x0004003d,0x0000000f,0x00000152,0x00000151,0x00050041,0x00000153,0x00000154,0x0000014e,0x0000014f,0x0003003e,
    0x00000154,0x00000152,0x000400e0,0x00000072,0x00000072,0x00000155,0x0003003e,0x00000156,0x00000157,0x000200f9,
    0x00000158,0x000200f8,0x00000158,0x000400f6,0x0000015a,0x0000015b,0x00000000,0x000200f9,0x0000015c,0x000200f8,
    0x0000015c,0x0004003d,0x00000006,0x0000015d,0x00000156,0x000500ac,0x00000009,0x0000015e,0x0000015d,0x0000001a,
    0x000400fa,0x0000015e,0x00000159,0x0000015a,0x000200f8,0x00000159,0x0004003d,0x00000006,0x0000015f,0x000000d0,
    0x0004003d,0x00000006,0x00000160,0x00000156,0x000500b0,0x00000009,0x00000161,0x0000015f,0x00000160,0x000300f7,
    0x00000163,0x00000000,0x000400fa,0x00000161,0x00000162,0x00000163,0x000200f8,0x00000162,0x0004003d,0x00000006,
    0x00000164,0x000000c5,0x0004003d,0x00000006,0x00000165,0x000000c5,0x0004003d,0x00000006,0x00000166,0x00000156,
    0x00050080,0x00000006,0x00000167,0x00000165,0x00000166,0x00050041,0x00000153,0x00000168,0x0000014e,0x00000167,
    0x0004003d,0x0000000f,0x00000169,0x00000168,0x00050041,0x00000153,0x0000016a,0x0000014e,0x00000164,0x0004003d,
    0x0000000f,0x0000016b,0x0000016a,0x00050081,0x0000000f,0x0000016c,0x0000016b,0x00000169,0x00050041,0x00000153,
    0x0000016d,0x0000014e,0x00000164,0x0003003e,0x0000016d,0x0000016c,0x000200f9,0x00000163,0x000200f8,0x00000163,
    0x000400e0,0x00000072,0x00000072,0x00000155,0x000200f9,0x0000015b,0x000200f8,0x0000015b,0x0004003d,0x00000006,
    0x0000016e,0x00000156,0x000500c2,0x00000006,0x0000016f,0x0000016e,0x00000081,0x0003003e,0x00000156,0x0000016f,
    0x000200f9,0x00000158,0x000200f8,0x0000015a,0x0004003d,0x00000006,0x00000170,0x000000d0,0x000500aa,0x00000009,
    0x00000171,0x00000170,0x0000001a,0x000300f7,0x00000173,0x00000000,0x000400fa,0x00000171,0x00000172,0x00000173,
    0x000200f8,0x00000172,0x0004003d,0x00000006,0x00000174,0x000000d3,0x00050041,0x000000ef,0x00000175,0x000000ee,
    0x00000041,0x0004003d,0x00000006,0x00000176,0x00000175,0x000500b0,0x00000009,0x00000177,0x00000174,0x00000176,
    0x000200f9,0x00000173,0x000200f8,0x00000173,0x000700f5,0x00000009,0x00000178,0x00000171,0x0000015a,0x00000177,
    0x00000172,0x000300f7,0x0000017a,0x00000000,0x000400fa,0x00000178,0x00000179,0x0000017a,0x000200f8,0x00000179,
    0x0004003d,0x00000006,0x0000017c,0x000000c5,0x00050041,0x00000153,0x0000017d,0x0000014e,0x0000017c,0x0004003d,
    0x0000000f,0x0000017e,0x0000017d,0x00050041,0x00000180,0x00000181,0x000000ee,0x0000017f,0x0004003d,0x0000000f,
    0x00000182,0x00000181,0x00050085,0x0000000f,0x00000183,0x0000017e,0x00000182,0x0003003e,0x0000017b,0x00000183,
    0x00050041,0x00000109,0x00000185,0x000000ee,0x0000002a,0x0004003d,0x00000007,0x00000186,0x00000185,0x0003003e,
    0x00000184,0x00000186,0x00050039,0x00000009,0x00000187,0x0000000c,0x00000184,0x000400a8,0x00000009,0x00000188,
    0x00000187,0x000300f7,0x0000018a,0x00000000,0x000400fa,0x00000188,0x00000189,0x0000018a,0x000200f8,0x00000189,
    0x00050041,0x00000109,0x0000018b,0x000000ee,0x0000002a,0x0004003d,0x00000007,0x0000018c,0x0000018b,0x0004007c,
    0x00000067,0x0000018d,0x0000018c,0x0004003d,0x00000006,0x0000018e,0x000000d3,0x00060041,0x0000006d,0x0000018f,
    0x0000018d,0x0000006b,0x0000018e,0x0006003d,0x0000000f,0x00000190,0x0000018f,0x00000002,0x00000004,0x0004003d,
    0x0000000f,0x00000191,0x0000017b,0x00050081,0x0000000f,0x00000192,0x00000191,0x00000190,0x0003003e,0x0000017b,
    0x00000192,0x000200f9,0x0000018a,0x000200f8,0x0000018a,0x0004003d,0x00000006,0x00000194,0x00000141,0x00050041,
    0x000000ef,0x00000196,0x000000ee,0x00000195,0x0004003d,0x00000006,0x00000197,0x00000196,0x00050084,0x00000006,
    0x00000198,0x00000194,0x00000197,0x0004003d,0x00000006,0x00000199,0x000000d3,0x00050080,0x00000006,0x0000019a,
    0x00000198,0x00000199,0x0003003e,0x00000193,0x0000019a,0x00050041,0x000000ef,0x0000019c,0x000000ee,0x0000019b,
    0x0004003d,0x00000006,0x0000019d,0x0000019c,0x000500c7,0x00000006,0x0000019e,0x0000019d,0x00000020,0x000500ab,
    0x00000009,0x0000019f,0x0000019e,0x0000001a,0x000300f7,0x000001a1,0x00000000,0x000400fa,0x0000019f,0x000001a0,
    0x000001a1,0x000200f8,0x000001a0,0x00050041,0x00000109,0x000001a2,0x000000ee,0x00000081,0x0004003d,0x00000007,
    0x000001a3,0x000001a2,0x0004007c,0x00000067,0x000001a4,0x000001a3,0x0004003d,0x00000006,0x000001a5,0x00000193,
    0x00060041,0x0000006d,0x000001a6,0x000001a4,0x0000006b,0x000001a5,0x0006003d,0x0000000f,0x000001a7,0x000001a6,
    0x00000002,0x00000004,0x0004003d,0x0000000f,0x000001a8,0x0000017b,0x00050081,0x0000000f,0x000001a9,0x000001a8,
    0x000001a7,0x0003003e,0x0000017b,0x000001a9,0x000200f9,0x000001a1,0x000200f8,0x000001a1,0x00050041,0x00000109,
    0x000001aa,0x000000ee,0x00000081,0x0004003d,0x00000007,0x000001ab,0x000001aa,0x0004007c,0x00000067,0x000001ac,
    0x000001ab,0x0004003d,0x00000006,0x000001ad,0x00000193,0x0004003d,0x0000000f,0x000001ae,0x0000017b,0x00060041,
    0x0000006d,0x000001af,0x000001ac,0x0000006b,0x000001ad,0x0005003e,0x000001af,0x000001ae,0x00000002,0x00000004,
    0x000200f9,0x0000017a,0x000200f8,0x0000017a,0x000400e0,0x00000072,0x00000072,0x00000155,0x000200f9,0x0000013d,
    0x000200f8,0x0000013d,0x0004003d,0x00000029,0x000001b0,0x00000139,0x00050080,0x00000029,0x000001b1,0x000001b0,
    0x00000081,0x0003003e,0x00000139,0x000001b1,0x000200f9,0x0000013a,0x000200f8,0x0000013c,0x000100fd,0x00010038,
    0x00050036,0x00000009,0x0000000c,0x00000000,0x0000000a,0x00030037,0x00000008,0x0000000b,0x000200f8,0x0000000d,
    0x00050041,0x0000000e,0x0000001b,0x0000000b,0x0000001a,0x0004003d,0x00000006,0x0000001c,0x0000001b,0x000500aa,
    0x00000009,0x0000001d,0x0000001c,0x0000001a,0x000300f7,0x0000001f,0x00000000,0x000400fa,0x0000001d,0x0000001e,
    0x0000001f,0x000200f8,0x0000001e,0x00050041,0x0000000e,0x00000021,0x0000000b,0x00000020,0x0004003d,0x00000006,
    0x00000022,0x00000021,0x000500aa,0x00000009,0x00000023,0x00000022,0x0000001a,0x000200f9,0x0000001f,0x000200f8,
    0x0000001f,0x000700f5,0x00000009,0x00000024,0x0000001d,0x0000000d,0x00000023,0x0000001e,0x000200fe,0x00000024,
    0x00010038,0x00050036,0x0000000f,0x00000012,0x00000000,0x00000010,0x00030037,0x0000000e,0x00000011,0x000200f8,
    0x00000013,0x0004003b,0x0000000e,0x00000027,0x00000007,0x0004003b,0x0000000e,0x0000002e,0x00000007,0x0004003b,
    0x00000032,0x00000033,0x00000007,0x0004003b,0x00000032,0x00000036,0x00000007,0x0004003b,0x00000032,0x00000058,
    0x00000007,0x0004003d,0x00000006,0x00000028,0x00000011,0x000500c2,0x00000006,0x0000002b,0x00000028,0x0000002a,
    0x000500c7,0x00000006,0x0000002d,0x0000002b,0x0000002c,0x0003003e,0x00000027,0x0000002d,0x0004003d,0x00000006,
    0x0000002f,0x00000011,0x000500c7,0x00000006,0x00000031,0x0000002f,0x00000030,0x0003003e,0x0000002e,0x00000031,
    0x0004003d,0x00000006,0x00000034,0x00000027,0x000500ab,0x00000009,0x00000035,0x00000034,0x0000001a,0x000300f7,
    0x00000038,0x00000000,0x000400fa,0x00000035,0x00000037,0x00000044,0x000200f8,0x00000037,0x0004003d,0x00000006,
    0x0000003a,0x0000002e,0x00040070,0x0000000f,0x0000003b,0x0000003a,0x00050088,0x0000000f,0x0000003d,0x0000003b,
    0x0000003c,0x00050081,0x0000000f,0x0000003e,0x00000039,0x0000003d,0x0004003d,0x00000006,0x0000003f,0x00000027,
    0x0004007c,0x00000029,0x00000040,0x0000003f,0x00050082,0x00000029,0x00000042,0x00000040,0x00000041,0x0007000c,
    0x0000000f,0x00000043,0x00000001,0x00000035,0x0000003e,0x00000042,0x0003003e,0x00000036,0x00000043,0x000200f9,
    0x00000038,0x000200f8,0x00000044,0x0004003d,0x00000006,0x00000045,0x0000002e,0x00040070,0x0000000f,0x00000046,
    0x00000045,0x00050088,0x0000000f,0x00000047,0x00000046,0x0000003c,0x0007000c,0x0000000f,0x00000049,0x00000001,
    0x00000035,0x00000047,0x00000048,0x0003003e,0x00000036,0x00000049,0x000200f9,0x00000038,0x000200f8,0x00000038,
    0x0004003d,0x0000000f,0x0000004a,0x00000036,0x0003003e,0x00000033,0x0000004a,0x0004003d,0x00000006,0x0000004b,
    0x00000027,0x000500aa,0x00000009,0x0000004c,0x0000004b,0x0000002c,0x0004003d,0x00000006,0x0000004d,0x0000002e,
    0x000500aa,0x00000009,0x0000004e,0x0000004d,0x00000030,0x000500a7,0x00000009,0x0000004f,0x0000004c,0x0000004e,
    0x000300f7,0x00000051,0x00000000,0x000400fa,0x0000004f,0x00000050,0x00000051,0x000200f8,0x00000050,0x0004007c,
    0x0000000f,0x00000053,0x00000052,0x0003003e,0x00000033,0x00000053,0x000200f9,0x00000051,0x000200f8,0x00000051,
    0x0004003d,0x00000006,0x00000054,0x00000011,0x000500c7,0x00000006,0x00000056,0x00000054,0x00000055,0x000500ab,
    0x00000009,0x00000057,0x00000056,0x0000001a,0x000300f7,0x0000005a,0x00000000,0x000400fa,0x00000057,0x00000059,
    0x0000005d,0x000200f8,0x00000059,0x0004003d,0x0000000f,0x0000005b,0x00000033,0x0004007f,0x0000000f,0x0000005c,
    0x0000005b,0x0003003e,0x00000058,0x0000005c,0x000200f9,0x0000005a,0x000200f8,0x0000005d,0x0004003d,0x0000000f,
    0x0000005e,0x00000033,0x0003003e,0x00000058,0x0000005e,0x000200f9,0x0000005a,0x000200f8,0x0000005a,0x0004003d,
    0x0000000f,0x0000005f,0x00000058,0x000200fe,0x0000005f,0x00010038,0x00050036,0x0000000f,0x00000018,0x00000000,
    0x00000014,0x00030037,0x00000008,0x00000015,0x00030037,0x0000000e,0x00000016,0x00030037,0x0000000e,0x00000017,
    0x000200f8,0x00000019,0x0004003b,0x0000000e,0x0000007a,0x00000007,0x0004003b,0x0000000e,0x00000086,0x00000007,
    0x0004003b,0x0000000e,0x0000008a,0x00000007,0x0004003b,0x00000032,0x00000097,0x00000007,0x0004003b,0x0000000e,
    0x000000a4,0x00000007,0x0004003b,0x00000032,0x000000b6,0x00000007,0x0004003b,0x0000000e,0x000000b9,0x00000007,
    0x0004003d,0x00000006,0x00000062,0x00000016,0x000500aa,0x00000009,0x00000063,0x00000062,0x00000020,0x000300f7,
    0x00000065,0x00000000,0x000400fa,0x00000063,0x00000064,0x00000065,0x000200f8,0x00000064,0x0004003d,0x00000007,
    0x00000066,0x00000015,0x0004007c,0x00000067,0x0000006a,0x00000066,0x0004003d,0x00000006,0x0000006c,0x00000017,
    0x00060041,0x0000006d,0x0000006e,0x0000006a,0x0000006b,0x0000006c,0x0006003d,0x0000000f,0x0000006f,0x0000006e,
    0x00000002,0x00000004,0x000200fe,0x0000006f,0x000200f8,0x00000065,0x0004003d,0x00000006,0x00000071,0x00000016,
    0x000500aa,0x00000009,0x00000073,0x00000071,0x00000072,0x0004003d,0x00000006,0x00000074,0x00000016,0x000500aa,
    0x00000009,0x00000076,0x00000074,0x00000075,0x000500a6,0x00000009,0x00000077,0x00000073,0x00000076,0x000300f7,
    0x00000079,0x00000000,0x000400fa,0x00000077,0x00000078,0x00000079,0x000200f8,0x00000078,0x0004003d,0x00000007,
    0x0000007b,0x00000015,0x0004007c,0x0000007c,0x0000007f,0x0000007b,0x0004003d,0x00000006,0x00000080,0x00000017,
    0x000500c2,0x00000006,0x00000082,0x00000080,0x00000081,0x00060041,0x00000083,0x00000084,0x0000007f,0x0000006b,
    0x00000082,0x0006003d,0x00000006,0x00000085,0x00000084,0x00000002,0x00000004,0x0003003e,0x0000007a,0x00000085,
    0x0004003d,0x00000006,0x00000087,0x00000017,0x000500c7,0x00000006,0x00000088,0x00000087,0x00000020,0x000500ab,
    0x00000009,0x00000089,0x00000088,0x0000001a,0x000300f7,0x0000008c,0x00000000,0x000400fa,0x00000089,0x0000008b,
    0x00000090,0x000200f8,0x0000008b,0x0004003d,0x00000006,0x0000008d,0x0000007a,0x000500c2,0x00000006,0x0000008f,
    0x0000008d,0x0000008e,0x0003003e,0x0000008a,0x0000008f,0x000200f9,0x0000008c,0x000200f8,0x00000090,0x0004003d,
    0x00000006,0x00000091,0x0000007a,0x000500c7,0x00000006,0x00000093,0x00000091,0x00000092,0x0003003e,0x0000008a,
    0x00000093,0x000200f9,0x0000008c,0x000200f8,0x0000008c,0x0004003d,0x00000006,0x00000094,0x0000008a,0x0003003e,
    0x00000086,0x00000094,0x0004003d,0x00000006,0x00000095,0x00000016,0x000500aa,0x00000009,0x00000096,0x00000095,
    0x00000072,0x000300f7,0x00000099,0x00000000,0x000400fa,0x00000096,0x00000098,0x0000009e,0x000200f8,0x00000098,
    0x0004003d,0x00000006,0x0000009a,0x00000086,0x0006000c,0x0000009b,0x0000009c,0x00000001,0x0000003e,0x0000009a,
    0x00050051,0x0000000f,0x0000009d,0x0000009c,0x00000000,0x0003003e,0x00000097,0x0000009d,0x000200f9,0x00000099,
    0x000200f8,0x0000009e,0x0004003d,0x00000006,0x0000009f,0x00000086,0x000500c4,0x00000006,0x000000a0,0x0000009f,
    0x0000008e,0x0004007c,0x0000000f,0x000000a1,0x000000a0,0x0003003e,0x00000097,0x000000a1,0x000200f9,0x00000099,
    0x000200f8,0x00000099,0x0004003d,0x0000000f,0x000000a2,0x00000097,0x000200fe,0x000000a2,0x000200f8,0x00000079,
    0x0004003d,0x00000007,0x000000a5,0x00000015,0x0004007c,0x0000007c,0x000000a6,0x000000a5,0x0004003d,0x00000006,
    0x000000a7,0x00000017,0x000500c2,0x00000006,0x000000a9,0x000000a7,0x000000a8,0x00060041,0x00000083,0x000000aa,
    0x000000a6,0x0000006b,0x000000a9,0x0006003d,0x00000006,0x000000ab,0x000000aa,0x00000002,0x00000004,0x0004003d,
    0x00000006,0x000000ac,0x00000017,0x000500c7,0x00000006,0x000000ad,0x000000ac,0x00000075,0x00050084,0x00000006,
    0x000000af,0x000000ad,0x000000ae,0x000500c2,0x00000006,0x000000b0,0x000000ab,0x000000af,0x000500c7,0x00000006,
    0x000000b2,0x000000b0,0x000000b1,0x0003003e,0x000000a4,0x000000b2,0x0004003d,0x00000006,0x000000b3,0x00000016,
    0x000500aa,0x00000009,0x000000b5,0x000000b3,0x000000b4,0x000300f7,0x000000b8,0x00000000,0x000400fa,0x000000b5,
    0x000000b7,0x000000bc,0x000200f8,0x000000b7,0x0004003d,0x00000006,0x000000ba,0x000000a4,0x0003003e,0x000000b9,
    0x000000ba,0x00050039,0x0000000f,0x000000bb,0x00000012,0x000000b9,0x0003003e,0x000000b6,0x000000bb,0x000200f9,
    0x000000b8,0x000200f8,0x000000bc,0x0004003d,0x00000006,0x000000bd,0x000000a4,0x000500c4,0x00000006,0x000000bf,
    0x000000bd,0x000000be,0x0006000c,0x0000009b,0x000000c0,0x00000001,0x0000003e,0x000000bf,0x00050051,0x0000000f,
    0x000000c1,0x000000c0,0x00000000,0x0003003e,0x000000b6,0x000000c1,0x000200f9,0x000000b8,0x000200f8,0x000000b8,
    0x0004003d,0x0000000f,0x000000c2,0x000000b6,0x000200fe,0x000000c2,0x00010038,
};
static const uint32_t ralu__spv_linear_big[3571] = {
    0x07230203,0x00010500,0x0008000b,0x000002b8,0x00000000,0x00020011,0x00000001,0x00020011,0x000014e3,0x0006000b,
    0x00000001,0x4c534c47,0x6474732e,0x3035342e,0x00000000,0x0003000e,0x000014e4,0x00000001,0x000a000f,0x00000005,
    0x00000004,0x6e69616d,0x00000000,0x000000cd,0x0000016b,0x00000179,0x000001ba,0x000001cc,0x00060010,0x00000004,
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
    0x000002b7,0x0000000b,0x00000019,0x00020013,0x00000002,0x00030021,0x00000003,0x00000002,0x00040015,0x00000006,
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
    0x00000179,0x00000001,0x0004001c,0x00000191,0x0000000f,0x000000b3,0x0004001c,0x00000192,0x00000191,0x000000b3,
    0x00040020,0x00000193,0x00000007,0x00000192,0x0004002b,0x00000006,0x000001ae,0x00000400,0x0004002b,0x00000006,
    0x000001b6,0x00000081,0x0004001c,0x000001b7,0x0000000f,0x000001b6,0x0004001c,0x000001b8,0x000001b7,0x000000b3,
    0x00040020,0x000001b9,0x00000004,0x000001b8,0x0004003b,0x000001b9,0x000001ba,0x00000004,0x00040020,0x000001c6,
    0x00000004,0x0000000f,0x0004003b,0x000001b9,0x000001cc,0x00000004,0x0004002b,0x0000002e,0x000001df,0x00000009,
    0x0004002b,0x00000006,0x000001f3,0x00000100,0x0004002b,0x00000006,0x000001f6,0x00000108,0x00040020,0x00000207,
    0x00000007,0x00000191,0x0004002b,0x0000002e,0x00000283,0x0000000b,0x00040020,0x00000284,0x00000009,0x0000000f,
    0x0004002b,0x0000002e,0x00000299,0x00000005,0x0006002c,0x00000169,0x000002b7,0x00000174,0x00000174,0x00000025,
    0x00050036,0x00000002,0x00000004,0x00000000,0x00000003,0x000200f8,0x00000005,0x0004003b,0x0000000e,0x00000168,
    0x00000007,0x0004003b,0x0000000e,0x0000016f,0x00000007,0x0004003b,0x0000000e,0x00000172,0x00000007,0x0004003b,
    0x0000000e,0x00000178,0x00000007,0x0004003b,0x0000000e,0x0000017d,0x00000007,0x0004003b,0x0000010d,0x00000181,
    0x00000007,0x0004003b,0x0000010d,0x00000189,0x00000007,0x0004003b,0x00000193,0x00000194,0x00000007,0x0004003b,
    0x0000000e,0x0000019c,0x00000007,0x0004003b,0x0000000e,0x000001a6,0x00000007,0x0004003b,0x0000000e,0x000001b0,
    0x00000007,0x0004003b,0x0000000e,0x000001b3,0x00000007,0x0004003b,0x0000000e,0x000001c3,0x00000007,0x0004003b,
    0x0000000e,0x000001c4,0x00000007,0x0004003b,0x0000000e,0x000001c8,0x00000007,0x0004003b,0x00000037,0x000001dc,
    0x00000007,0x0004003b,0x00000008,0x000001e8,0x00000007,0x0004003b,0x0000000e,0x000001eb,0x00000007,0x0004003b,
    0x0000000e,0x000001ee,0x00000007,0x0004003b,0x0000000e,0x000001f7,0x00000007,0x0004003b,0x0000010d,0x000001ff,
    0x00000007,0x0004003b,0x00000207,0x00000208,0x00000007,0x0004003b,0x0000010d,0x00000215,0x00000007,0x0004003b,
    0x00000207,0x0000021d,0x00000007,0x0004003b,0x0000010d,0x0000022a,0x00000007,0x0004003b,0x0000010d,0x00000232,
    0x00000007,0x0004003b,0x0000010d,0x00000250,0x00000007,0x0004003b,0x0000000e,0x00000258,0x00000007,0x0004003b,
    0x0000010d,0x00000267,0x00000007,0x0004003b,0x0000000e,0x0000026f,0x00000007,0x0004003b,0x00000037,0x0000027e,
    0x00000007,0x0004003b,0x00000008,0x00000288,0x00000007,0x0004003b,0x0000000e,0x00000297,0x00000007,0x00050041,
    0x0000016c,0x0000016d,0x0000016b,0x0000001f,0x0004003d,0x00000006,0x0000016e,0x0000016d,0x0003003e,0x00000168,
    0x0000016e,0x00050041,0x0000016c,0x00000170,0x0000016b,0x00000025,0x0004003d,0x00000006,0x00000171,0x00000170,
    0x0003003e,0x0000016f,0x00000171,0x0004003d,0x00000006,0x00000173,0x0000016f,0x00050084,0x00000006,0x00000175,
    0x00000173,0x00000174,0x0004003d,0x00000006,0x00000176,0x00000168,0x00050080,0x00000006,0x00000177,0x00000175,
    0x00000176,0x0003003e,0x00000172,0x00000177,0x00050041,0x0000016c,0x0000017a,0x00000179,0x00000025,0x0004003d,
    0x00000006,0x0000017b,0x0000017a,0x00050084,0x00000006,0x0000017c,0x0000017b,0x0000005a,0x0003003e,0x00000178,
    0x0000017c,0x00050041,0x0000016c,0x0000017e,0x00000179,0x0000001f,0x0004003d,0x00000006,0x0000017f,0x0000017e,
    0x00050084,0x00000006,0x00000180,0x0000017f,0x0000005a,0x0003003e,0x0000017d,0x00000180,0x0003003e,0x00000181,
    0x00000070,0x000200f9,0x00000182,0x000200f8,0x00000182,0x000400f6,0x00000184,0x00000185,0x00000000,0x000200f9,
    0x00000186,0x000200f8,0x00000186,0x0004003d,0x0000002e,0x00000187,0x00000181,0x000500b1,0x00000009,0x00000188,
    0x00000187,0x000000c3,0x000400fa,0x00000188,0x00000183,0x00000184,0x000200f8,0x00000183,0x0003003e,0x00000189,
    0x00000070,0x000200f9,0x0000018a,0x000200f8,0x0000018a,0x000400f6,0x0000018c,0x0000018d,0x00000000,0x000200f9,
    0x0000018e,0x000200f8,0x0000018e,0x0004003d,0x0000002e,0x0000018f,0x00000189,0x000500b1,0x00000009,0x00000190,
    0x0000018f,0x000000c3,0x000400fa,0x00000190,0x0000018b,0x0000018c,0x000200f8,0x0000018b,0x0004003d,0x0000002e,
    0x00000195,0x00000181,0x0004003d,0x0000002e,0x00000196,0x00000189,0x00060041,0x00000037,0x00000197,0x00000194,
    0x00000195,0x00000196,0x0003003e,0x00000197,0x000000dd,0x000200f9,0x0000018d,0x000200f8,0x0000018d,0x0004003d,
    0x0000002e,0x00000198,0x00000189,0x00050080,0x0000002e,0x00000199,0x00000198,0x00000086,0x0003003e,0x00000189,
    0x00000199,0x000200f9,0x0000018a,0x000200f8,0x0000018c,0x000200f9,0x00000185,0x000200f8,0x00000185,0x0004003d,
    0x0000002e,0x0000019a,0x00000181,0x00050080,0x0000002e,0x0000019b,0x0000019a,0x00000086,0x0003003e,0x00000181,
    0x0000019b,0x000200f9,0x00000182,0x000200f8,0x00000184,0x0003003e,0x0000019c,0x0000001f,0x000200f9,0x0000019d,
    0x000200f8,0x0000019d,0x000400f6,0x0000019f,0x000001a0,0x00000000,0x000200f9,0x000001a1,0x000200f8,0x000001a1,
    0x0004003d,0x00000006,0x000001a2,0x0000019c,0x00050041,0x000000cf,0x000001a3,0x000000cd,0x000000c3,0x0004003d,
    0x00000006,0x000001a4,0x000001a3,0x000500b0,0x00000009,0x000001a5,0x000001a2,0x000001a4,0x000400fa,0x000001a5,
    0x0000019e,0x0000019f,0x000200f8,0x0000019e,0x0004003d,0x00000006,0x000001a7,0x00000172,0x0003003e,0x000001a6,
    0x000001a7,0x000200f9,0x000001a8,0x000200f8,0x000001a8,0x000400f6,0x000001aa,0x000001ab,0x00000000,0x000200f9,
    0x000001ac,0x000200f8,0x000001ac,0x0004003d,0x00000006,0x000001ad,0x000001a6,0x000500b0,0x00000009,0x000001af,
    0x000001ad,0x000001ae,0x000400fa,0x000001af,0x000001a9,0x000001aa,0x000200f8,0x000001a9,0x0004003d,0x00000006,
    0x000001b1,0x000001a6,0x00050086,0x00000006,0x000001b2,0x000001b1,0x000000b3,0x0003003e,0x000001b0,0x000001b2,
    0x0004003d,0x00000006,0x000001b4,0x000001a6,0x00050089,0x00000006,0x000001b5,0x000001b4,0x000000b3,0x0003003e,
    0x000001b3,0x000001b5,0x0004003d,0x00000006,0x000001bb,0x000001b3,0x0004003d,0x00000006,0x000001bc,0x000001b0,
    0x0004003d,0x00000006,0x000001bd,0x00000178,0x0004003d,0x00000006,0x000001be,0x000001b0,0x00050080,0x00000006,
    0x000001bf,0x000001bd,0x000001be,0x0004003d,0x00000006,0x000001c0,0x0000019c,0x0004003d,0x00000006,0x000001c1,
    0x000001b3,0x00050080,0x00000006,0x000001c2,0x000001c0,0x000001c1,0x0003003e,0x000001c3,0x000001bf,0x0003003e,
    0x000001c4,0x000001c2,0x00060039,0x0000000f,0x000001c5,0x0000001d,0x000001c3,0x000001c4,0x00060041,0x000001c6,
    0x000001c7,0x000001ba,0x000001bb,0x000001bc,0x0003003e,0x000001c7,0x000001c5,0x0004003d,0x00000006,0x000001c9,
    0x0000017d,0x0004003d,0x00000006,0x000001ca,0x000001b0,0x00050080,0x00000006,0x000001cb,0x000001c9,0x000001ca,
    0x0003003e,0x000001c8,0x000001cb,0x0004003d,0x00000006,0x000001cd,0x000001b3,0x0004003d,0x00000006,0x000001ce,
    0x000001b0,0x0004003d,0x00000006,0x000001cf,0x000001c8,0x00050041,0x000000cf,0x000001d0,0x000000cd,0x00000046,
    0x0004003d,0x00000006,0x000001d1,0x000001d0,0x000500b0,0x00000009,0x000001d2,0x000001cf,0x000001d1,0x000300f7,
    0x000001d4,0x00000000,0x000400fa,0x000001d2,0x000001d3,0x000001d4,0x000200f8,0x000001d3,0x0004003d,0x00000006,
    0x000001d5,0x0000019c,0x0004003d,0x00000006,0x000001d6,0x000001b3,0x00050080,0x00000006,0x000001d7,0x000001d5,
    0x000001d6,0x00050041,0x000000cf,0x000001d8,0x000000cd,0x000000c3,0x0004003d,0x00000006,0x000001d9,0x000001d8,
    0x000500b0,0x00000009,0x000001da,0x000001d7,0x000001d9,0x000200f9,0x000001d4,0x000200f8,0x000001d4,0x000700f5,
    0x00000009,0x000001db,0x000001d2,0x000001a9,0x000001da,0x000001d3,0x000300f7,0x000001de,0x00000000,0x000400fa,
    0x000001db,0x000001dd,0x000001f0,0x000200f8,0x000001dd,0x0004003d,0x00000006,0x000001e0,0x000001c8,0x00050041,
    0x000000cf,0x000001e1,0x000000cd,0x000000c3,0x0004003d,0x00000006,0x000001e2,0x000001e1,0x00050084,0x00000006,
    0x000001e3,0x000001e0,0x000001e2,0x0004003d,0x00000006,0x000001e4,0x0000019c,0x00050080,0x00000006,0x000001e5,
    0x000001e3,0x000001e4,0x0004003d,0x00000006,0x000001e6,0x000001b3,0x00050080,0x00000006,0x000001e7,0x000001e5,
    0x000001e6,0x00050041,0x000000e6,0x000001e9,0x000000cd,0x000000ad,0x0004003d,0x00000007,0x000001ea,0x000001e9,
    0x0003003e,0x000001e8,0x000001ea,0x00050041,0x000000cf,0x000001ec,0x000000cd,0x000001df,0x0004003d,0x00000006,
    0x000001ed,0x000001ec,0x0003003e,0x000001eb,0x000001ed,0x0003003e,0x000001ee,0x000001e7,0x00070039,0x0000000f,
    0x000001ef,0x00000018,0x000001e8,0x000001eb,0x000001ee,0x0003003e,0x000001dc,0x000001ef,0x000200f9,0x000001de,
    0x000200f8,0x000001f0,0x0003003e,0x000001dc,0x000000dd,0x000200f9,0x000001de,0x000200f8,0x000001de,0x0004003d,
    0x0000000f,0x000001f1,0x000001dc,0x00060041,0x000001c6,0x000001f2,0x000001cc,0x000001cd,0x000001ce,0x0003003e,
    0x000001f2,0x000001f1,0x000200f9,0x000001ab,0x000200f8,0x000001ab,0x0004003d,0x00000006,0x000001f4,0x000001a6,
    0x00050080,0x00000006,0x000001f5,0x000001f4,0x000001f3,0x0003003e,0x000001a6,0x000001f5,0x000200f9,0x000001a8,
    0x000200f8,0x000001aa,0x000400e0,0x00000077,0x00000077,0x000001f6,0x0003003e,0x000001f7,0x0000001f,0x000200f9,
    0x000001f8,0x000200f8,0x000001f8,0x000400f6,0x000001fa,0x000001fb,0x00000000,0x000200f9,0x000001fc,0x000200f8,
    0x000001fc,0x0004003d,0x00000006,0x000001fd,0x000001f7,0x000500b0,0x00000009,0x000001fe,0x000001fd,0x000000b3,
    0x000400fa,0x000001fe,0x000001f9,0x000001fa,0x000200f8,0x000001f9,0x0003003e,0x000001ff,0x00000070,0x000200f9,
    0x00000200,0x000200f8,0x00000200,0x000400f6,0x00000202,0x00000203,0x00000000,0x000200f9,0x00000204,0x000200f8,
    0x00000204,0x0004003d,0x0000002e,0x00000205,0x000001ff,0x000500b1,0x00000009,0x00000206,0x00000205,0x000000c3,
    0x000400fa,0x00000206,0x00000201,0x00000202,0x000200f8,0x00000201,0x0004003d,0x0000002e,0x00000209,0x000001ff,
    0x0004003d,0x00000006,0x0000020a,0x000001f7,0x0004003d,0x00000006,0x0000020b,0x0000016f,0x0004003d,0x0000002e,
    0x0000020c,0x000001ff,0x0004007c,0x00000006,0x0000020d,0x0000020c,0x00050084,0x00000006,0x0000020e,0x00000174,
    0x0000020d,0x00050080,0x00000006,0x0000020f,0x0000020b,0x0000020e,0x00060041,0x000001c6,0x00000210,0x000001ba,
    0x0000020a,0x0000020f,0x0004003d,0x0000000f,0x00000211,0x00000210,0x00050041,0x00000037,0x00000212,0x00000208,
    0x00000209,0x0003003e,0x00000212,0x00000211,0x000200f9,0x00000203,0x000200f8,0x00000203,0x0004003d,0x0000002e,
    0x00000213,0x000001ff,0x00050080,0x0000002e,0x00000214,0x00000213,0x00000086,0x0003003e,0x000001ff,0x00000214,
    0x000200f9,0x00000200,0x000200f8,0x00000202,0x0003003e,0x00000215,0x00000070,0x000200f9,0x00000216,0x000200f8,
    0x00000216,0x000400f6,0x00000218,0x00000219,0x00000000,0x000200f9,0x0000021a,0x000200f8,0x0000021a,0x0004003d,
    0x0000002e,0x0000021b,0x00000215,0x000500b1,0x00000009,0x0000021c,0x0000021b,0x000000c3,0x000400fa,0x0000021c,
    0x00000217,0x00000218,0x000200f8,0x00000217,0x0004003d,0x0000002e,0x0000021e,0x00000215,0x0004003d,0x00000006,
    0x0000021f,0x000001f7,0x0004003d,0x00000006,0x00000220,0x00000168,0x0004003d,0x0000002e,0x00000221,0x00000215,
    0x0004007c,0x00000006,0x00000222,0x00000221,0x00050084,0x00000006,0x00000223,0x00000174,0x00000222,0x00050080,
    0x00000006,0x00000224,0x00000220,0x00000223,0x00060041,0x000001c6,0x00000225,0x000001cc,0x0000021f,0x00000224,
    0x0004003d,0x0000000f,0x00000226,0x00000225,0x00050041,0x00000037,0x00000227,0x0000021d,0x0000021e,0x0003003e,
    0x00000227,0x00000226,0x000200f9,0x00000219,0x000200f8,0x00000219,0x0004003d,0x0000002e,0x00000228,0x00000215,
    0x00050080,0x0000002e,0x00000229,0x00000228,0x00000086,0x0003003e,0x00000215,0x00000229,0x000200f9,0x00000216,
    0x000200f8,0x00000218,0x0003003e,0x0000022a,0x00000070,0x000200f9,0x0000022b,0x000200f8,0x0000022b,0x000400f6,
    0x0000022d,0x0000022e,0x00000000,0x000200f9,0x0000022f,0x000200f8,0x0000022f,0x0004003d,0x0000002e,0x00000230,
    0x0000022a,0x000500b1,0x00000009,0x00000231,0x00000230,0x000000c3,0x000400fa,0x00000231,0x0000022c,0x0000022d,
    0x000200f8,0x0000022c,0x0003003e,0x00000232,0x00000070,0x000200f9,0x00000233,0x000200f8,0x00000233,0x000400f6,
    0x00000235,0x00000236,0x00000000,0x000200f9,0x00000237,0x000200f8,0x00000237,0x0004003d,0x0000002e,0x00000238,
    0x00000232,0x000500b1,0x00000009,0x00000239,0x00000238,0x000000c3,0x000400fa,0x00000239,0x00000234,0x00000235,
    0x000200f8,0x00000234,0x0004003d,0x0000002e,0x0000023a,0x0000022a,0x0004003d,0x0000002e,0x0000023b,0x00000232,
    0x0004003d,0x0000002e,0x0000023c,0x0000022a,0x00050041,0x00000037,0x0000023d,0x00000208,0x0000023c,0x0004003d,
    0x0000000f,0x0000023e,0x0000023d,0x0004003d,0x0000002e,0x0000023f,0x00000232,0x00050041,0x00000037,0x00000240,
    0x0000021d,0x0000023f,0x0004003d,0x0000000f,0x00000241,0x00000240,0x0004003d,0x0000002e,0x00000242,0x0000022a,
    0x0004003d,0x0000002e,0x00000243,0x00000232,0x00060041,0x00000037,0x00000244,0x00000194,0x00000242,0x00000243,
    0x0004003d,0x0000000f,0x00000245,0x00000244,0x0008000c,0x0000000f,0x00000246,0x00000001,0x00000032,0x0000023e,
    0x00000241,0x00000245,0x00060041,0x00000037,0x00000247,0x00000194,0x0000023a,0x0000023b,0x0003003e,0x00000247,
    0x00000246,0x000200f9,0x00000236,0x000200f8,0x00000236,0x0004003d,0x0000002e,0x00000248,0x00000232,0x00050080,
    0x0000002e,0x00000249,0x00000248,0x00000086,0x0003003e,0x00000232,0x00000249,0x000200f9,0x00000233,0x000200f8,
    0x00000235,0x000200f9,0x0000022e,0x000200f8,0x0000022e,0x0004003d,0x0000002e,0x0000024a,0x0000022a,0x00050080,
    0x0000002e,0x0000024b,0x0000024a,0x00000086,0x0003003e,0x0000022a,0x0000024b,0x000200f9,0x0000022b,0x000200f8,
    0x0000022d,0x000200f9,0x000001fb,0x000200f8,0x000001fb,0x0004003d,0x00000006,0x0000024c,0x000001f7,0x00050080,
    0x00000006,0x0000024d,0x0000024c,0x00000086,0x0003003e,0x000001f7,0x0000024d,0x000200f9,0x000001f8,0x000200f8,
    0x000001fa,0x000400e0,0x00000077,0x00000077,0x000001f6,0x000200f9,0x000001a0,0x000200f8,0x000001a0,0x0004003d,
    0x00000006,0x0000024e,0x0000019c,0x00050080,0x00000006,0x0000024f,0x0000024e,0x000000b3,0x0003003e,0x0000019c,
    0x0000024f,0x000200f9,0x0000019d,0x000200f8,0x0000019f,0x0003003e,0x00000250,0x00000070,0x000200f9,0x00000251,
    0x000200f8,0x00000251,0x000400f6,0x00000253,0x00000254,0x00000000,0x000200f9,0x00000255,0x000200f8,0x00000255,
    0x0004003d,0x0000002e,0x00000256,0x00000250,0x000500b1,0x00000009,0x00000257,0x00000256,0x000000c3,0x000400fa,
    0x00000257,0x00000252,0x00000253,0x000200f8,0x00000252,0x0004003d,0x00000006,0x00000259,0x00000178,0x0004003d,
    0x00000006,0x0000025a,0x0000016f,0x00050080,0x00000006,0x0000025b,0x00000259,0x0000025a,0x0004003d,0x0000002e,
    0x0000025c,0x00000250,0x0004007c,0x00000006,0x0000025d,0x0000025c,0x00050084,0x00000006,0x0000025e,0x00000174,
    0x0000025d,0x00050080,0x00000006,0x0000025f,0x0000025b,0x0000025e,0x0003003e,0x00000258,0x0000025f,0x0004003d,
    0x00000006,0x00000260,0x00000258,0x00050041,0x000000cf,0x00000261,0x000000cd,0x000000ce,0x0004003d,0x00000006,
    0x00000262,0x00000261,0x000500ae,0x00000009,0x00000263,0x00000260,0x00000262,0x000300f7,0x00000265,0x00000000,
    0x000400fa,0x00000263,0x00000264,0x00000265,0x000200f8,0x00000264,0x000200f9,0x00000254,0x000200f8,0x00000265,
    0x0003003e,0x00000267,0x00000070,0x000200f9,0x00000268,0x000200f8,0x00000268,0x000400f6,0x0000026a,0x0000026b,
    0x00000000,0x000200f9,0x0000026c,0x000200f8,0x0000026c,0x0004003d,0x0000002e,0x0000026d,0x00000267,0x000500b1,
    0x00000009,0x0000026e,0x0000026d,0x000000c3,0x000400fa,0x0000026e,0x00000269,0x0000026a,0x000200f8,0x00000269,
    0x0004003d,0x00000006,0x00000270,0x0000017d,0x0004003d,0x00000006,0x00000271,0x00000168,0x00050080,0x00000006,
    0x00000272,0x00000270,0x00000271,0x0004003d,0x0000002e,0x00000273,0x00000267,0x0004007c,0x00000006,0x00000274,
    0x00000273,0x00050084,0x00000006,0x00000275,0x00000174,0x00000274,0x00050080,0x00000006,0x00000276,0x00000272,
    0x00000275,0x0003003e,0x0000026f,0x00000276,0x0004003d,0x00000006,0x00000277,0x0000026f,0x00050041,0x000000cf,
    0x00000278,0x000000cd,0x00000046,0x0004003d,0x00000006,0x00000279,0x00000278,0x000500ae,0x00000009,0x0000027a,
    0x00000277,0x00000279,0x000300f7,0x0000027c,0x00000000,0x000400fa,0x0000027a,0x0000027b,0x0000027c,0x000200f8,
    0x0000027b,0x000200f9,0x0000026b,0x000200f8,0x0000027c,0x0004003d,0x0000002e,0x0000027f,0x00000250,0x0004003d,
    0x0000002e,0x00000280,0x00000267,0x00060041,0x00000037,0x00000281,0x00000194,0x0000027f,0x00000280,0x0004003d,
    0x0000000f,0x00000282,0x00000281,0x00050041,0x00000284,0x00000285,0x000000cd,0x00000283,0x0004003d,0x0000000f,
    0x00000286,0x00000285,0x00050085,0x0000000f,0x00000287,0x00000282,0x00000286,0x0003003e,0x0000027e,0x00000287,
    0x00050041,0x000000e6,0x00000289,0x000000cd,0x0000002f,0x0004003d,0x00000007,0x0000028a,0x00000289,0x0003003e,
    0x00000288,0x0000028a,0x00050039,0x00000009,0x0000028b,0x0000000c,0x00000288,0x000400a8,0x00000009,0x0000028c,
    0x0000028b,0x000300f7,0x0000028e,0x00000000,0x000400fa,0x0000028c,0x0000028d,0x0000028e,0x000200f8,0x0000028d,
    0x00050041,0x000000e6,0x0000028f,0x000000cd,0x0000002f,0x0004003d,0x00000007,0x00000290,0x0000028f,0x0004007c,
    0x0000006c,0x00000291,0x00000290,0x0004003d,0x00000006,0x00000292,0x0000026f,0x00060041,0x00000072,0x00000293,
    0x00000291,0x00000070,0x00000292,0x0006003d,0x0000000f,0x00000294,0x00000293,0x00000002,0x00000004,0x0004003d,
    0x0000000f,0x00000295,0x0000027e,0x00050081,0x0000000f,0x00000296,0x00000295,0x00000294,0x0003003e,0x0000027e,
    0x00000296,0x000200f9,0x0000028e,0x000200f8,0x0000028e,0x0004003d,0x00000006,0x00000298,0x00000258,0x00050041,
    0x000000cf,0x0000029a,0x000000cd,0x00000299,0x0004003d,0x00000006,0x0000029b,0x0000029a,0x00050084,0x00000006,
    0x0000029c,0x00000298,0x0000029b,0x0004003d,0x00000006,0x0000029d,0x0000026f,0x00050080,0x00000006,0x0000029e,
    0x0000029c,0x0000029d,0x0003003e,0x00000297,0x0000029e,0x00050041,0x000000cf,0x0000029f,0x000000cd,0x000000df,
    0x0004003d,0x00000006,0x000002a0,0x0000029f,0x000500c7,0x00000006,0x000002a1,0x000002a0,0x00000025,0x000500ab,
    0x00000009,0x000002a2,0x000002a1,0x0000001f,0x000300f7,0x000002a4,0x00000000,0x000400fa,0x000002a2,0x000002a3,
    0x000002a4,0x000200f8,0x000002a3,0x00050041,0x000000e6,0x000002a5,0x000000cd,0x00000086,0x0004003d,0x00000007,
    0x000002a6,0x000002a5,0x0004007c,0x0000006c,0x000002a7,0x000002a6,0x0004003d,0x00000006,0x000002a8,0x00000297,
    0x00060041,0x00000072,0x000002a9,0x000002a7,0x00000070,0x000002a8,0x0006003d,0x0000000f,0x000002aa,0x000002a9,
    0x00000002,0x00000004,0x0004003d,0x0000000f,0x000002ab,0x0000027e,0x00050081,0x0000000f,0x000002ac,0x000002ab,
    0x000002aa,0x0003003e,0x0000027e,0x000002ac,0x000200f9,0x000002a4,0x000200f8,0x000002a4,0x00050041,0x000000e6,
    0x000002ad,0x000000cd,0x00000086,0x0004003d,0x00000007,0x000002ae,0x000002ad,0x0004007c,0x0000006c,0x000002af,
    0x000002ae,0x0004003d,0x00000006,0x000002b0,0x00000297,0x0004003d,0x0000000f,0x000002b1,0x0000027e,0x00060041,
    0x00000072,0x000002b2,0x000002af,0x00000070,0x000002b0,0x0005003e,0x000002b2,0x000002b1,0x00000002,0x00000004,
    0x000200f9,0x0000026b,0x000200f8,0x0000026b,0x0004003d,0x0000002e,0x000002b3,0x00000267,0x00050080,0x0000002e,
    0x000002b4,0x000002b3,0x00000086,0x0003003e,0x00000267,0x000002b4,0x000200f9,0x00000268,0x000200f8,0x0000026a,
    0x000200f9,0x00000254,0x000200f8,0x00000254,0x0004003d,0x0000002e,0x000002b5,0x00000250,0x00050080,0x0000002e,
    0x000002b6,0x000002b5,0x00000086,0x0003003e,0x00000250,0x000002b6,0x000200f9,0x00000251,0x000200f8,0x00000253,
    0x000100fd,0x00010038,0x00050036,0x00000009,0x0000000c,0x00000000,0x0000000a,0x00030037,0x00000008,0x0000000b,
    0x000200f8,0x0000000d,0x00050041,0x0000000e,0x00000020,0x0000000b,0x0000001f,0x0004003d,0x00000006,0x00000021,
    0x00000020,0x000500aa,0x00000009,0x00000022,0x00000021,0x0000001f,0x000300f7,0x00000024,0x00000000,0x000400fa,
    0x00000022,0x00000023,0x00000024,0x000200f8,0x00000023,0x00050041,0x0000000e,0x00000026,0x0000000b,0x00000025,
    0x0004003d,0x00000006,0x00000027,0x00000026,0x000500aa,0x00000009,0x00000028,0x00000027,0x0000001f,0x000200f9,
    0x00000024,0x000200f8,0x00000024,0x000700f5,0x00000009,0x00000029,0x00000022,0x0000000d,0x00000028,0x00000023,
    0x000200fe,0x00000029,0x00010038,0x00050036,0x0000000f,0x00000012,0x00000000,0x00000010,0x00030037,0x0000000e,
    0x00000011,0x000200f8,0x00000013,0x0004003b,0x0000000e,0x0000002c,0x00000007,0x0004003b,0x0000000e,0x00000033,
    0x00000007,0x0004003b,0x00000037,0x00000038,0x00000007,0x0004003b,0x00000037,0x0000003b,0x00000007,0x0004003b,
    0x00000037,0x0000005d,0x00000007,0x0004003d,0x00000006,0x0000002d,0x00000011,0x000500c2,0x00000006,0x00000030,
    0x0000002d,0x0000002f,0x000500c7,0x00000006,0x00000032,0x00000030,0x00000031,0x0003003e,0x0000002c,0x00000032,
    0x0004003d,0x00000006,0x00000034,0x00000011,0x000500c7,0x00000006,0x00000036,0x00000034,0x00000035,0x0003003e,
    0x00000033,0x00000036,0x0004003d,0x00000006,0x00000039,0x0000002c,0x000500ab,0x00000009,0x0000003a,0x00000039,
    0x0000001f,0x000300f7,0x0000003d,0x00000000,0x000400fa,0x0000003a,0x0000003c,0x00000049,0x000200f8,0x0000003c,
    0x0004003d,0x00000006,0x0000003f,0x00000033,0x00040070,0x0000000f,0x00000040,0x0000003f,0x00050088,0x0000000f,
    0x00000042,0x00000040,0x00000041,0x00050081,0x0000000f,0x00000043,0x0000003e,0x00000042,0x0004003d,0x00000006,
    0x00000044,0x0000002c,0x0004007c,0x0000002e,0x00000045,0x00000044,0x00050082,0x0000002e,0x00000047,0x00000045,
    0x00000046,0x0007000c,0x0000000f,0x00000048,0x00000001,0x00000035,0x00000043,0x00000047,0x0003003e,0x0000003b,
    0x00000048,0x000200f9,0x0000003d,0x000200f8,0x00000049,0x0004003d,0x00000006,0x0000004a,0x00000033,0x00040070,
    0x0000000f,0x0000004b,0x0000004a,0x00050088,0x0000000f,0x0000004c,0x0000004b,0x00000041,0x0007000c,0x0000000f,
    0x0000004e,0x00000001,0x00000035,0x0000004c,0x0000004d,0x0003003e,0x0000003b,0x0000004e,0x000200f9,0x0000003d,
    0x000200f8,0x0000003d,0x0004003d,0x0000000f,0x0000004f,0x0000003b,0x0003003e,0x00000038,0x0000004f,0x0004003d,
    0x00000006,0x00000050,0x0000002c,0x000500aa,0x00000009,0x00000051,0x00000050,0x00000031,0x0004003d,0x00000006,
    0x00000052,0x00000033,0x000500aa,0x00000009,0x00000053,0x00000052,0x00000035,0x000500a7,0x00000009,0x00000054,
    0x00000051,0x00000053,0x000300f7,0x00000056,0x00000000,0x000400fa,0x00000054,0x00000055,0x00000056,0x000200f8,
    0x00000055,0x0004007c,0x0000000f,0x00000058,0x00000057,0x0003003e,0x00000038,0x00000058,0x000200f9,0x00000056,
    0x000200f8,0x00000056,0x0004003d,0x00000006,0x00000059,0x00000011,0x000500c7,0x00000006,0x0000005b,0x00000059,
    0x0000005a,0x000500ab,0x00000009,0x0000005c,0x0000005b,0x0000001f,0x000300f7,0x0000005f,0x00000000,0x000400fa,
    0x0000005c,0x0000005e,0x00000062,0x000200f8,0x0000005e,0x0004003d,0x0000000f,0x00000060,0x00000038,0x0004007f,
    0x0000000f,0x00000061,0x00000060,0x0003003e,0x0000005d,0x00000061,0x000200f9,0x0000005f,0x000200f8,0x00000062,
    0x0004003d,0x0000000f,0x00000063,0x00000038,0x0003003e,0x0000005d,0x00000063,0x000200f9,0x0000005f,0x000200f8,
    0x0000005f,0x0004003d,0x0000000f,0x00000064,0x0000005d,0x000200fe,0x00000064,0x00010038,0x00050036,0x0000000f,
    0x00000018,0x00000000,0x00000014,0x00030037,0x00000008,0x00000015,0x00030037,0x0000000e,0x00000016,0x00030037,
    0x0000000e,0x00000017,0x000200f8,0x00000019,0x0004003b,0x0000000e,0x0000007f,0x00000007,0x0004003b,0x0000000e,
    0x0000008b,0x00000007,0x0004003b,0x0000000e,0x0000008f,0x00000007,0x0004003b,0x00000037,0x0000009c,0x00000007,
    0x0004003b,0x0000000e,0x000000a9,0x00000007,0x0004003b,0x00000037,0x000000bb,0x00000007,0x0004003b,0x0000000e,
    0x000000be,0x00000007,0x0004003d,0x00000006,0x00000067,0x00000016,0x000500aa,0x00000009,0x00000068,0x00000067,
    0x00000025,0x000300f7,0x0000006a,0x00000000,0x000400fa,0x00000068,0x00000069,0x0000006a,0x000200f8,0x00000069,
    0x0004003d,0x00000007,0x0000006b,0x00000015,0x0004007c,0x0000006c,0x0000006f,0x0000006b,0x0004003d,0x00000006,
    0x00000071,0x00000017,0x00060041,0x00000072,0x00000073,0x0000006f,0x00000070,0x00000071,0x0006003d,0x0000000f,
    0x00000074,0x00000073,0x00000002,0x00000004,0x000200fe,0x00000074,0x000200f8,0x0000006a,0x0004003d,0x00000006,
    0x00000076,0x00000016,0x000500aa,0x00000009,0x00000078,0x00000076,0x00000077,0x0004003d,0x00000006,0x00000079,
    0x00000016,0x000500aa,0x00000009,0x0000007b,0x00000079,0x0000007a,0x000500a6,0x00000009,0x0000007c,0x00000078,
    0x0000007b,0x000300f7,0x0000007e,0x00000000,0x000400fa,0x0000007c,0x0000007d,0x0000007e,0x000200f8,0x0000007d,
    0x0004003d,0x00000007,0x00000080,0x00000015,0x0004007c,0x00000081,0x00000084,0x00000080,0x0004003d,0x00000006,
    0x00000085,0x00000017,0x000500c2,0x00000006,0x00000087,0x00000085,0x00000086,0x00060041,0x00000088,0x00000089,
    0x00000084,0x00000070,0x00000087,0x0006003d,0x00000006,0x0000008a,0x00000089,0x00000002,0x00000004,0x0003003e,
    0x0000007f,0x0000008a,0x0004003d,0x00000006,0x0000008c,0x00000017,0x000500c7,0x00000006,0x0000008d,0x0000008c,
    0x00000025,0x000500ab,0x00000009,0x0000008e,0x0000008d,0x0000001f,0x000300f7,0x00000091,0x00000000,0x000400fa,
    0x0000008e,0x00000090,0x00000095,0x000200f8,0x00000090,0x0004003d,0x00000006,0x00000092,0x0000007f,0x000500c2,
    0x00000006,0x00000094,0x00000092,0x00000093,0x0003003e,0x0000008f,0x00000094,0x000200f9,0x00000091,0x000200f8,
    0x00000095,0x0004003d,0x00000006,0x00000096,0x0000007f,0x000500c7,0x00000006,0x00000098,0x00000096,0x00000097,
    0x0003003e,0x0000008f,0x00000098,0x000200f9,0x00000091,0x000200f8,0x00000091,0x0004003d,0x00000006,0x00000099,
    0x0000008f,0x0003003e,0x0000008b,0x00000099,0x0004003d,0x00000006,0x0000009a,0x00000016,0x000500aa,0x00000009,
    0x0000009b,0x0000009a,0x00000077,0x000300f7,0x0000009e,0x00000000,0x000400fa,0x0000009b,0x0000009d,0x000000a3,
    0x000200f8,0x0000009d,0x0004003d,0x00000006,0x0000009f,0x0000008b,0x0006000c,0x000000a0,0x000000a1,0x00000001,
    0x0000003e,0x0000009f,0x00050051,0x0000000f,0x000000a2,0x000000a1,0x00000000,0x0003003e,0x0000009c,0x000000a2,
    0x000200f9,0x0000009e,0x000200f8,0x000000a3,0x0004003d,0x00000006,0x000000a4,0x0000008b,0x000500c4,0x00000006,
    0x000000a5,0x000000a4,0x00000093,0x0004007c,0x0000000f,0x000000a6,0x000000a5,0x0003003e,0x0000009c,0x000000a6,
    0x000200f9,0x0000009e,0x000200f8,0x0000009e,0x0004003d,0x0000000f,0x000000a7,0x0000009c,0x000200fe,0x000000a7,
    0x000200f8,0x0000007e,0x0004003d,0x00000007,0x000000aa,0x00000015,0x0004007c,0x00000081,0x000000ab,0x000000aa,
    0x0004003d,0x00000006,0x000000ac,0x00000017,0x000500c2,0x00000006,0x000000ae,0x000000ac,0x000000ad,0x00060041,
    0x00000088,0x000000af,0x000000ab,0x00000070,0x000000ae,0x0006003d,0x00000006,0x000000b0,0x000000af,0x00000002,
    0x00000004,0x0004003d,0x00000006,0x000000b1,0x00000017,0x000500c7,0x00000006,0x000000b2,0x000000b1,0x0000007a,
    0x00050084,0x00000006,0x000000b4,0x000000b2,0x000000b3,0x000500c2,0x00000006,0x000000b5,0x000000b0,0x000000b4,
    0x000500c7,0x00000006,0x000000b7,0x000000b5,0x000000b6,0x0003003e,0x000000a9,0x000000b7,0x0004003d,0x00000006,
    0x000000b8,0x00000016,0x000500aa,0x00000009,0x000000ba,0x000000b8,0x000000b9,0x000300f7,0x000000bd,0x00000000,
    0x000400fa,0x000000ba,0x000000bc,0x000000c1,0x000200f8,0x000000bc,0x0004003d,0x00000006,0x000000bf,0x000000a9,
    0x0003003e,0x000000be,0x000000bf,0x00050039,0x0000000f,0x000000c0,0x00000012,0x000000be,0x0003003e,0x000000bb,
    0x000000c0,0x000200f9,0x000000bd,0x000200f8,0x000000c1,0x0004003d,0x00000006,0x000000c2,0x000000a9,0x000500c4,
    0x00000006,0x000000c4,0x000000c2,0x000000c3,0x0006000c,0x000000a0,0x000000c5,0x00000001,0x0000003e,0x000000c4,
    0x00050051,0x0000000f,0x000000c6,0x000000c5,0x00000000,0x0003003e,0x000000bb,0x000000c6,0x000200f9,0x000000bd,
    0x000200f8,0x000000bd,0x0004003d,0x0000000f,0x000000c7,0x000000bb,0x000200fe,0x000000c7,0x00010038,0x00050036,
    0x0000000f,0x0000001d,0x00000000,0x0000001a,0x00030037,0x0000000e,0x0000001b,0x00030037,0x0000000e,0x0000001c,
    0x000200f8,0x0000001e,0x0004003b,0x0000000e,0x000000f4,0x00000007,0x0004003b,0x0000000e,0x000000fb,0x00000007,
    0x0004003b,0x0000000e,0x000000ff,0x00000007,0x0004003b,0x0000000e,0x00000103,0x00000007,0x0004003b,0x0000000e,
    0x00000108,0x00000007,0x0004003b,0x0000010d,0x0000010e,0x00000007,0x0004003b,0x0000010d,0x00000115,0x00000007,
    0x0004003b,0x0000010d,0x0000011b,0x00000007,0x0004003b,0x0000010d,0x00000129,0x00000007,0x0004003d,0x00000006,
    0x000000ca,0x0000001b,0x00050041,0x000000cf,0x000000d0,0x000000cd,0x000000ce,0x0004003d,0x00000006,0x000000d1,
    0x000000d0,0x000500ae,0x00000009,0x000000d2,0x000000ca,0x000000d1,0x000400a8,0x00000009,0x000000d3,0x000000d2,
    0x000300f7,0x000000d5,0x00000000,0x000400fa,0x000000d3,0x000000d4,0x000000d5,0x000200f8,0x000000d4,0x0004003d,
    0x00000006,0x000000d6,0x0000001c,0x00050041,0x000000cf,0x000000d7,0x000000cd,0x000000c3,0x0004003d,0x00000006,
    0x000000d8,0x000000d7,0x000500ae,0x00000009,0x000000d9,0x000000d6,0x000000d8,0x000200f9,0x000000d5,0x000200f8,
    0x000000d5,0x000700f5,0x00000009,0x000000da,0x000000d2,0x0000001e,0x000000d9,0x000000d4,0x000300f7,0x000000dc,
    0x00000000,0x000400fa,0x000000da,0x000000db,0x000000dc,0x000200f8,0x000000db,0x000200fe,0x000000dd,0x000200f8,
    0x000000dc,0x00050041,0x000000cf,0x000000e0,0x000000cd,0x000000df,0x0004003d,0x00000006,0x000000e1,0x000000e0,
    0x000500c7,0x00000006,0x000000e2,0x000000e1,0x00000077,0x000500aa,0x00000009,0x000000e3,0x000000e2,0x0000001f,
    0x000300f7,0x000000e5,0x00000000,0x000400fa,0x000000e3,0x000000e4,0x000000e5,0x000200f8,0x000000e4,0x00050041,
    0x000000e6,0x000000e7,0x000000cd,0x00000070,0x0004003d,0x00000007,0x000000e8,0x000000e7,0x0004007c,0x0000006c,
    0x000000e9,0x000000e8,0x0004003d,0x00000006,0x000000ea,0x0000001b,0x00050041,0x000000cf,0x000000ec,0x000000cd,
    0x000000eb,0x0004003d,0x00000006,0x000000ed,0x000000ec,0x00050084,0x00000006,0x000000ee,0x000000ea,0x000000ed,
    0x0004003d,0x00000006,0x000000ef,0x0000001c,0x00050080,0x00000006,0x000000f0,0x000000ee,0x000000ef,0x00060041,
    0x00000072,0x000000f1,0x000000e9,0x00000070,0x000000f0,0x0006003d,0x0000000f,0x000000f2,0x000000f1,0x00000002,
    0x00000004,0x000200fe,0x000000f2,0x000200f8,0x000000e5,0x00050041,0x000000cf,0x000000f6,0x000000cd,0x000000f5,
    0x0004003d,0x00000006,0x000000f7,0x000000f6,0x00050041,0x000000cf,0x000000f8,0x000000cd,0x000000f5,0x0004003d,
    0x00000006,0x000000f9,0x000000f8,0x00050084,0x00000006,0x000000fa,0x000000f7,0x000000f9,0x0003003e,0x000000f4,
    0x000000fa,0x0004003d,0x00000006,0x000000fc,0x0000001c,0x0004003d,0x00000006,0x000000fd,0x000000f4,0x00050086,
    0x00000006,0x000000fe,0x000000fc,0x000000fd,0x0003003e,0x000000fb,0x000000fe,0x0004003d,0x00000006,0x00000100,
    0x0000001c,0x0004003d,0x00000006,0x00000101,0x000000f4,0x00050089,0x00000006,0x00000102,0x00000100,0x00000101,
    0x0003003e,0x000000ff,0x00000102,0x0004003d,0x00000006,0x00000104,0x000000ff,0x00050041,0x000000cf,0x00000105,
    0x000000cd,0x000000f5,0x0004003d,0x00000006,0x00000106,0x00000105,0x00050086,0x00000006,0x00000107,0x00000104,
    0x00000106,0x0003003e,0x00000103,0x00000107,0x0004003d,0x00000006,0x00000109,0x000000ff,0x00050041,0x000000cf,
    0x0000010a,0x000000cd,0x000000f5,0x0004003d,0x00000006,0x0000010b,0x0000010a,0x00050089,0x00000006,0x0000010c,
    0x00000109,0x0000010b,0x0003003e,0x00000108,0x0000010c,0x0004003d,0x00000006,0x0000010f,0x0000001b,0x00050041,
    0x000000cf,0x00000111,0x000000cd,0x00000110,0x0004003d,0x00000006,0x00000112,0x00000111,0x00050086,0x00000006,
    0x00000113,0x0000010f,0x00000112,0x0004007c,0x0000002e,0x00000114,0x00000113,0x0003003e,0x0000010e,0x00000114,
    0x0004003d,0x00000006,0x00000116,0x0000001b,0x00050041,0x000000cf,0x00000117,0x000000cd,0x00000110,0x0004003d,
    0x00000006,0x00000118,0x00000117,0x00050089,0x00000006,0x00000119,0x00000116,0x00000118,0x0004007c,0x0000002e,
    0x0000011a,0x00000119,0x0003003e,0x00000115,0x0000011a,0x0004003d,0x0000002e,0x0000011c,0x0000010e,0x00050041,
    0x000000cf,0x0000011d,0x000000cd,0x00000093,0x0004003d,0x00000006,0x0000011e,0x0000011d,0x0004007c,0x0000002e,
    0x0000011f,0x0000011e,0x00050084,0x0000002e,0x00000120,0x0000011c,0x0000011f,0x00050041,0x000000cf,0x00000122,
    0x000000cd,0x00000121,0x0004003d,0x00000006,0x00000123,0x00000122,0x0004007c,0x0000002e,0x00000124,0x00000123,
    0x00050082,0x0000002e,0x00000125,0x00000120,0x00000124,0x0004003d,0x00000006,0x00000126,0x00000103,0x0004007c,
    0x0000002e,0x00000127,0x00000126,0x00050080,0x0000002e,0x00000128,0x00000125,0x00000127,0x0003003e,0x0000011b,
    0x00000128,0x0004003d,0x0000002e,0x0000012a,0x00000115,0x00050041,0x000000cf,0x0000012b,0x000000cd,0x00000093,
    0x0004003d,0x00000006,0x0000012c,0x0000012b,0x0004007c,0x0000002e,0x0000012d,0x0000012c,0x00050084,0x0000002e,
    0x0000012e,0x0000012a,0x0000012d,0x00050041,0x000000cf,0x00000130,0x000000cd,0x0000012f,0x0004003d,0x00000006,
    0x00000131,0x00000130,0x0004007c,0x0000002e,0x00000132,0x00000131,0x00050082,0x0000002e,0x00000133,0x0000012e,
    0x00000132,0x0004003d,0x00000006,0x00000134,0x00000108,0x0004007c,0x0000002e,0x00000135,0x00000134,0x00050080,
    0x0000002e,0x00000136,0x00000133,0x00000135,0x0003003e,0x00000129,0x00000136,0x0004003d,0x0000002e,0x00000137,
    0x0000011b,0x000500b1,0x00000009,0x00000138,0x00000137,0x00000070,0x0004003d,0x0000002e,0x00000139,0x00000129,
    0x000500b1,0x00000009,0x0000013a,0x00000139,0x00000070,0x000500a6,0x00000009,0x0000013b,0x00000138,0x0000013a,
    0x000400a8,0x00000009,0x0000013c,0x0000013b,0x000300f7,0x0000013e,0x00000000,0x000400fa,0x0000013c,0x0000013d,
    0x0000013e,0x000200f8,0x0000013d,0x0004003d,0x0000002e,0x0000013f,0x0000011b,0x00050041,0x000000cf,0x00000141,
    0x000000cd,0x00000140,0x0004003d,0x00000006,0x00000142,0x00000141,0x0004007c,0x0000002e,0x00000143,0x00000142,
    0x000500af,0x00000009,0x00000144,0x0000013f,0x00000143,0x000200f9,0x0000013e,0x000200f8,0x0000013e,0x000700f5,
    0x00000009,0x00000145,0x0000013b,0x000000e5,0x00000144,0x0000013d,0x000400a8,0x00000009,0x00000146,0x00000145,
    0x000300f7,0x00000148,0x00000000,0x000400fa,0x00000146,0x00000147,0x00000148,0x000200f8,0x00000147,0x0004003d,
    0x0000002e,0x00000149,0x00000129,0x00050041,0x000000cf,0x0000014b,0x000000cd,0x0000014a,0x0004003d,0x00000006,
    0x0000014c,0x0000014b,0x0004007c,0x0000002e,0x0000014d,0x0000014c,0x000500af,0x00000009,0x0000014e,0x00000149,
    0x0000014d,0x000200f9,0x00000148,0x000200f8,0x00000148,0x000700f5,0x00000009,0x0000014f,0x00000145,0x0000013e,
    0x0000014e,0x00000147,0x000300f7,0x00000151,0x00000000,0x000400fa,0x0000014f,0x00000150,0x00000151,0x000200f8,
    0x00000150,0x000200fe,0x000000dd,0x000200f8,0x00000151,0x00050041,0x000000e6,0x00000153,0x000000cd,0x00000070,
    0x0004003d,0x00000007,0x00000154,0x00000153,0x0004007c,0x0000006c,0x00000155,0x00000154,0x0004003d,0x0000002e,
    0x00000156,0x0000011b,0x0004007c,0x00000006,0x00000157,0x00000156,0x00050041,0x000000cf,0x00000158,0x000000cd,
    0x0000014a,0x0004003d,0x00000006,0x00000159,0x00000158,0x00050084,0x00000006,0x0000015a,0x00000157,0x00000159,
    0x0004003d,0x0000002e,0x0000015b,0x00000129,0x0004007c,0x00000006,0x0000015c,0x0000015b,0x00050080,0x00000006,
    0x0000015d,0x0000015a,0x0000015c,0x00050041,0x000000cf,0x0000015f,0x000000cd,0x0000015e,0x0004003d,0x00000006,
    0x00000160,0x0000015f,0x00050084,0x00000006,0x00000161,0x0000015d,0x00000160,0x0004003d,0x00000006,0x00000162,
    0x000000fb,0x00050080,0x00000006,0x00000163,0x00000161,0x00000162,0x00060041,0x00000072,0x00000164,0x00000155,
    0x00000070,0x00000163,0x0006003d,0x0000000f,0x00000165,0x00000164,0x00000002,0x00000004,0x000200fe,0x00000165,
    0x00010038,
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
    { "linear_gemv", ralu__spv_linear_gemv, sizeof ralu__spv_linear_gemv },
    { "linear_big", ralu__spv_linear_big, sizeof ralu__spv_linear_big },
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
