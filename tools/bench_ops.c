/* Benchmark: the CPU engine's GEMM and attention at FLUX.1 shapes, side by side with OpenBLAS
   measured in the same run. Not a test: timings, not pass/fail (it does print the relative
   difference to the OpenBLAS result as a sanity check).

   GEMM: Y[M, N] = X[M, K] . W[N, K]^T (a linear layer, PyTorch weight layout) with tokens
   M = 1536 (RALU's mixed stage at 1024²) / 4608 (1024² image + text) and K x N = 3072x3072
   (attention projections), 3072x9216 (fused QKV), 3072x12288 (MLP up), 12288x3072 (MLP down),
   3072x21504 (single-block linear1) (--quick: M = 256 / 1024, two shapes); ralu.h with f32 / bf16 / f16 /
   fp8 (e4m3) weights against OpenBLAS cblas_sgemm with the same weights in f32.
   Attention: softmax(Q K^T / sqrt(d)) V, 24 heads x 128, L = 1024 and 4608 tokens; ralu.h
   against a blocked OpenBLAS reference (per head and block of 256 queries: sgemm for
   Q K^T, a row softmax, sgemm for P V).

   build:  cc -O3 -march=native -fopenmp tools/bench_ops.c -o build/bench_ops -lm -ldl -lopenblas
   run:    ./build/bench_ops                 (all shapes, 2 threads, best of 2 interleaved rounds)
           ./build/bench_ops --quick         (M = 256 and 1024, two weight shapes, L = 1024, 8 heads)
           ./build/bench_ops --threads 1 --cpu-time   (per-core efficiency, steady on a busy machine)
   options: --threads N  --reps N  --quick  --no-gemm  --no-attn  --cpu-time  --dtypes f32,bf16,f16,fp8 */
#define RALU_IMPLEMENTATION
#include "../ralu.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <math.h>
#include <time.h>
#include <unistd.h>
#include <strings.h>
#include <cblas.h>

void openblas_set_num_threads(int);
char *openblas_get_corename(void);

static uint64_t rng_state = 88172645463325252ull;
static uint64_t rng(void) { rng_state ^= rng_state << 13; rng_state ^= rng_state >> 7; rng_state ^= rng_state << 17; return rng_state; }
static float rnd(float s) { /* roughly N(0, s^2) via a sum of 4 uniforms */
    uint64_t r = rng();
    float a = (float)(r & 0xffff) + (float)((r >> 16) & 0xffff) + (float)((r >> 32) & 0xffff) + (float)(r >> 48);
    return (a / 65536.0f - 2.0f) * 1.7320508f * s;
}
static void fill(float *p, size_t n, float s) { size_t i; for (i = 0; i < n; i++) p[i] = rnd(s); }

static double rel_diff(const float *a, const float *b, size_t n) {
    double num = 0, den = 0; size_t i;
    for (i = 0; i < n; i++) { double d = (double)a[i] - b[i]; num += d * d; den += (double)b[i] * b[i]; }
    return den > 0 ? sqrt(num / den) : sqrt(num);
}

typedef struct bench { ralu_ctx *ctx; ralu__backend *be; int threads, reps, cpu_time; } bench;

/* the clock: wall time, or (--cpu-time) the CPU time of the whole process, which does not
   count time the threads spent descheduled: steadier on a shared machine, and with one
   thread it is the time the work itself took */
static int g_cpu_time;
static double now(void) {
    if (g_cpu_time) { struct timespec ts; clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts); return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec; }
    return ralu__now();
}

/* ---------------- GEMM ---------------- */
typedef struct gemm_job {
    bench *b; int64_t M, N, K;
    const float *X, *W; float *Y;
    ralu__linear lin; ralu__view vx, vy;
} gemm_job;

static void run_blas_gemm(void *p) {
    gemm_job *j = (gemm_job *)p;
    cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasTrans, (int)j->M, (int)j->N, (int)j->K, 1.0f, j->X, (int)j->K, j->W, (int)j->K, 0.0f, j->Y, (int)j->N);
}
static void run_ralu_gemm(void *p) {
    gemm_job *j = (gemm_job *)p;
    j->b->be->begin(j->b->be);
    ralu__op_linear(j->b->be, j->vy, j->vx, &j->lin, 0);
    if (j->b->be->end(j->b->be) != RALU_OK) fprintf(stderr, "ralu linear failed: %s\n", ralu_last_error(j->b->ctx));
}

/* W (f32) stored as dtype dt into a malloc'ed block (fp8 via the nearest e4m3 code of w/scale) */
static void *convert_weight(const float *w, size_t n, ralu_dtype dt, float *scale_out) {
    size_t i, es = ralu__dtype_size(dt);
    unsigned char *p = (unsigned char *)malloc(n * es);
    *scale_out = 1.0f;
    if (!p) return NULL;
    if (dt == RALU_DTYPE_F8_E4M3) { /* per-tensor scale so the values use the e4m3 range, like scaled-fp8 files */
        float mx = 0, codes[256]; int c;
        for (i = 0; i < n; i++) if (fabsf(w[i]) > mx) mx = fabsf(w[i]);
        *scale_out = mx > 0 ? mx / 448.0f : 1.0f;
        for (c = 0; c < 256; c++) codes[c] = ralu__e4m3_to_f32((uint8_t)c);
        for (i = 0; i < n; i++) { /* binary search among the positive codes 0x00..0x7e (monotone) */
            float v = fabsf(w[i]) / *scale_out; int lo = 0, hi = 0x7e;
            while (lo < hi) { int mid = (lo + hi + 1) / 2; if (codes[mid] <= v) lo = mid; else hi = mid - 1; }
            if (lo < 0x7e && codes[lo + 1] - v < v - codes[lo]) lo++;
            p[i] = (unsigned char)(lo | (w[i] < 0 ? 0x80 : 0));
        }
        return p;
    }
    for (i = 0; i < n; i++) {
        switch (dt) {
        case RALU_DTYPE_F32: memcpy(p + 4 * i, &w[i], 4); break;
        case RALU_DTYPE_BF16: { uint16_t h = ralu__f32_to_bf16(w[i]); memcpy(p + 2 * i, &h, 2); break; }
        case RALU_DTYPE_F16: { uint16_t h = ralu__f32_to_f16(w[i]); memcpy(p + 2 * i, &h, 2); break; }
        default: break;
        }
    }
    return p;
}

static void bench_gemm(bench *b, int quick, const ralu_dtype *dts, int ndt) {
    static const int64_t Ms_full[] = { 1536, 4608 }, Ms_quick[] = { 256, 1024 };
    static const int64_t KN_full[][2] = { {3072, 3072}, {3072, 9216}, {3072, 12288}, {12288, 3072}, {3072, 21504} };
    static const int64_t KN_quick[][2] = { {3072, 3072}, {3072, 12288} };
    const int64_t *Ms = quick ? Ms_quick : Ms_full;
    int nM = quick ? (int)(sizeof Ms_quick / sizeof Ms_quick[0]) : (int)(sizeof Ms_full / sizeof Ms_full[0]);
    int nKN = quick ? (int)(sizeof KN_quick / sizeof KN_quick[0]) : (int)(sizeof KN_full / sizeof KN_full[0]), mi, si, d;
    void *wd[4];
    float wscale[4];
    printf("\nGEMM  Y[M,N] = X[M,K] W[N,K]^T   (%s; ratio = ralu / OpenBLAS f32; diff = rel L2 vs OpenBLAS)\n", g_cpu_time ? "GFLOP per CPU-s" : "GFLOP/s");
    printf("%6s %6s %6s | %9s |", "M", "K", "N", "OpenBLAS");
    for (d = 0; d < ndt; d++) printf(" %9s %6s %8s |", ralu_dtype_name(dts[d]), "ratio", "diff");
    printf("\n");
    for (si = 0; si < nKN; si++) {
        int64_t K = quick ? KN_quick[si][0] : KN_full[si][0], N = quick ? KN_quick[si][1] : KN_full[si][1];
        float *W = (float *)malloc((size_t)(N * K) * 4);
        if (!W) { fprintf(stderr, "out of memory\n"); return; }
        fill(W, (size_t)(N * K), 1.0f / sqrtf((float)K));
        for (d = 0; d < ndt; d++) {
            wd[d] = convert_weight(W, (size_t)(N * K), dts[d], &wscale[d]);
            if (!wd[d]) { fprintf(stderr, "out of memory\n"); return; }
        }
        for (mi = 0; mi < nM; mi++) {
            int64_t M = Ms[mi];
            double flop = 2.0 * (double)M * (double)N * (double)K, t_blas = 1e30, t[4] = { 1e30, 1e30, 1e30, 1e30 }, diff[4] = { 0, 0, 0, 0 };
            float *X = (float *)malloc((size_t)(M * K) * 4), *Yb = (float *)malloc((size_t)(M * N) * 4), *Yr = (float *)malloc((size_t)(M * N) * 4);
            ralu__buffer *bx = NULL, *by = NULL;
            gemm_job j[4], jb;
            int rep;
            if (!X || !Yb || !Yr || b->be->buffer_alloc(b->be, (size_t)(M * K), &bx) != RALU_OK || b->be->buffer_alloc(b->be, (size_t)(M * N), &by) != RALU_OK) {
                fprintf(stderr, "out of memory\n"); return;
            }
            fill(X, (size_t)(M * K), 1.0f);
            memset(&jb, 0, sizeof jb);
            jb.b = b; jb.M = M; jb.N = N; jb.K = K; jb.X = X; jb.W = W; jb.Y = Yb;
            for (d = 0; d < ndt; d++) {
                j[d] = jb;
                j[d].vx = ralu__view_make(bx, 0, M, K); j[d].vy = ralu__view_make(by, 0, M, N);
                j[d].lin.in = K; j[d].lin.out = N; j[d].lin.nparts = 1;
                j[d].lin.w[0].dtype = dts[d]; j[d].lin.w[0].rows = N; j[d].lin.w[0].cols = K; j[d].lin.w[0].host = wd[d]; j[d].lin.w[0].scale = wscale[d];
                b->be->weight_prepare(b->be, &j[d].lin.w[0]);
            }
            b->be->upload(b->be, j[0].vx, X);
            /* a warm-up, then reps rounds that time every variant in turn, so that all of them
               see the same background load; best of the rounds */
            for (rep = -1; rep < b->reps; rep++) {
                double t0 = now(), dt_;
                run_blas_gemm(&jb);
                dt_ = now() - t0; if (rep >= 0 && dt_ < t_blas) t_blas = dt_;
                for (d = 0; d < ndt; d++) {
                    t0 = now();
                    run_ralu_gemm(&j[d]);
                    dt_ = now() - t0; if (rep >= 0 && dt_ < t[d]) t[d] = dt_;
                    if (rep == -1) { b->be->download(b->be, Yr, j[d].vy); diff[d] = rel_diff(Yr, Yb, (size_t)(M * N)); }
                }
            }
            printf("%6lld %6lld %6lld | %9.1f |", (long long)M, (long long)K, (long long)N, flop / t_blas * 1e-9);
            for (d = 0; d < ndt; d++) printf(" %9.1f %6.2f %8.1e |", flop / t[d] * 1e-9, t_blas / t[d], diff[d]);
            printf("\n");
            fflush(stdout);
            b->be->buffer_free(b->be, bx); b->be->buffer_free(b->be, by);
            free(X); free(Yb); free(Yr);
        }
        for (d = 0; d < ndt; d++) free(wd[d]);
        free(W);
    }
}

/* ---------------- attention ---------------- */
#define REF_BQ 256
typedef struct attn_job {
    bench *b; int64_t L; int H, D;
    const float *Q, *K, *V; float *O, *S;   /* S: REF_BQ x L scores */
    ralu__view vq, vk, vv, vo; ralu__attn_opts ao;
} attn_job;

/* the OpenBLAS reference: per head, per block of queries, S = Q K^T (sgemm), softmax, O = S V */
static void run_blas_attn(void *p) {
    attn_job *j = (attn_job *)p;
    int64_t HD = (int64_t)j->H * j->D, L = j->L, i0, i, c;
    int h;
    float scale = 1.0f / sqrtf((float)j->D);
    for (h = 0; h < j->H; h++)
        for (i0 = 0; i0 < L; i0 += REF_BQ) {
            int64_t bq = L - i0 < REF_BQ ? L - i0 : REF_BQ;
            cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasTrans, (int)bq, (int)L, j->D, scale, j->Q + i0 * HD + h * j->D, (int)HD,
                        j->K + h * j->D, (int)HD, 0.0f, j->S, (int)L);
            for (i = 0; i < bq; i++) {
                float *s = j->S + i * L, mx = -INFINITY, sum = 0, inv;
                for (c = 0; c < L; c++) if (s[c] > mx) mx = s[c];
                for (c = 0; c < L; c++) { s[c] = expf(s[c] - mx); sum += s[c]; }
                inv = 1.0f / sum;
                for (c = 0; c < L; c++) s[c] *= inv;
            }
            cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, (int)bq, j->D, (int)L, 1.0f, j->S, (int)L,
                        j->V + h * j->D, (int)HD, 0.0f, j->O + i0 * HD + h * j->D, (int)HD);
        }
}
static void run_ralu_attn(void *p) {
    attn_job *j = (attn_job *)p;
    j->b->be->begin(j->b->be);
    ralu__op_attention(j->b->be, j->vo, j->vq, j->vk, j->vv, &j->ao);
    if (j->b->be->end(j->b->be) != RALU_OK) fprintf(stderr, "ralu attention failed: %s\n", ralu_last_error(j->b->ctx));
}

static void bench_attention(bench *b, int quick) {
    static const int64_t Ls[] = { 1024, 4608 };
    int nL = quick ? 1 : 2, li, H = quick ? 8 : 24, D = 128;
    printf("\nattention  softmax(QK^T/sqrt(d))V, %d heads x %d  (%s counting 4 L^2 d per head; diff = rel L2 vs reference)\n", H, D, g_cpu_time ? "GFLOP per CPU-s" : "GFLOP/s");
    printf("%6s | %12s | %9s %6s %8s\n", "L", "OpenBLAS ref", "ralu", "ratio", "diff");
    for (li = 0; li < nL; li++) {
        int64_t L = Ls[li], HD = (int64_t)H * D;
        double flop = 4.0 * (double)L * (double)L * D * H, tb, tr;
        int rep;
        attn_job j;
        ralu__buffer *bq = NULL, *bk = NULL, *bv = NULL, *bo = NULL;
        float *Q = (float *)malloc((size_t)(L * HD) * 4), *K = (float *)malloc((size_t)(L * HD) * 4), *V = (float *)malloc((size_t)(L * HD) * 4);
        float *Ob = (float *)malloc((size_t)(L * HD) * 4), *Or = (float *)malloc((size_t)(L * HD) * 4), *S = (float *)malloc((size_t)(REF_BQ * L) * 4);
        size_t n = (size_t)(L * HD);
        if (!Q || !K || !V || !Ob || !Or || !S ||
            b->be->buffer_alloc(b->be, n, &bq) || b->be->buffer_alloc(b->be, n, &bk) || b->be->buffer_alloc(b->be, n, &bv) || b->be->buffer_alloc(b->be, n, &bo)) {
            fprintf(stderr, "out of memory\n"); return;
        }
        fill(Q, n, 1.0f); fill(K, n, 1.0f); fill(V, n, 1.0f);
        memset(&j, 0, sizeof j);
        j.b = b; j.L = L; j.H = H; j.D = D; j.Q = Q; j.K = K; j.V = V; j.O = Ob; j.S = S;
        j.vq = ralu__view_make(bq, 0, L, HD); j.vk = ralu__view_make(bk, 0, L, HD); j.vv = ralu__view_make(bv, 0, L, HD); j.vo = ralu__view_make(bo, 0, L, HD);
        b->be->upload(b->be, j.vq, Q); b->be->upload(b->be, j.vk, K); b->be->upload(b->be, j.vv, V);
        j.ao.heads = H; j.ao.head_dim = D; j.ao.scale = 1.0f / sqrtf((float)D);
        tb = tr = 1e30;
        for (rep = 0; rep < b->reps; rep++) { /* interleaved, best of reps (no warm-up: each run is long) */
            double t0 = now(), t;
            run_blas_attn(&j); t = now() - t0; if (t < tb) tb = t;
            t0 = now(); run_ralu_attn(&j); t = now() - t0; if (t < tr) tr = t;
        }
        b->be->download(b->be, Or, j.vo);
        printf("%6lld | %12.1f | %9.1f %6.2f %8.1e\n", (long long)L, flop / tb * 1e-9, flop / tr * 1e-9, tb / tr, rel_diff(Or, Ob, n));
        b->be->buffer_free(b->be, bq); b->be->buffer_free(b->be, bk); b->be->buffer_free(b->be, bv); b->be->buffer_free(b->be, bo);
        free(Q); free(K); free(V); free(Ob); free(Or); free(S);
    }
}

int main(int argc, char **argv) {
    bench b;
    ralu_ctx_desc desc;
    int quick = 0, gemm = 1, attn = 1, i, ndt = 4;
    ralu_dtype dts[4] = { RALU_DTYPE_F32, RALU_DTYPE_BF16, RALU_DTYPE_F16, RALU_DTYPE_F8_E4M3 };
    /* OpenBLAS 0.3.21 (Debian 12) does not recognise some AVX-512 CPUs (Sapphire Rapids in a
       VM) and falls back to its SSE3 "Prescott" kernels, a reference 5x too weak; the core
       type is read when the library loads, so set it and start again */
    if (!getenv("OPENBLAS_CORETYPE") && __builtin_cpu_supports("avx512f")) {
        const char *core = openblas_get_corename();
        if (strcasecmp(core, "skylakex") && strcasecmp(core, "cooperlake") && strcasecmp(core, "sapphirerapids")) {
            setenv("OPENBLAS_CORETYPE", "SkylakeX", 1);
            execv("/proc/self/exe", argv);
        }
    }
    memset(&b, 0, sizeof b);
    b.threads = 2; b.reps = 2;
    printf("command: cc -O3 -march=native -fopenmp tools/bench_ops.c -o build/bench_ops -lm -ldl -lopenblas && ./build/bench_ops");
    for (i = 1; i < argc; i++) printf(" %s", argv[i]);
    printf("\n");
    for (i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--quick")) quick = 1;
        else if (!strcmp(argv[i], "--no-gemm")) gemm = 0;
        else if (!strcmp(argv[i], "--no-attn")) attn = 0;
        else if (!strcmp(argv[i], "--cpu-time")) g_cpu_time = 1;
        else if (!strcmp(argv[i], "--threads") && i + 1 < argc) b.threads = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--reps") && i + 1 < argc) b.reps = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--dtypes") && i + 1 < argc) {
            char *s = argv[++i], *tok;
            ndt = 0;
            for (tok = strtok(s, ","); tok && ndt < 4; tok = strtok(NULL, ",")) {
                if (!strcmp(tok, "f32")) dts[ndt++] = RALU_DTYPE_F32;
                else if (!strcmp(tok, "bf16")) dts[ndt++] = RALU_DTYPE_BF16;
                else if (!strcmp(tok, "f16")) dts[ndt++] = RALU_DTYPE_F16;
                else if (!strcmp(tok, "fp8")) dts[ndt++] = RALU_DTYPE_F8_E4M3;
                else { fprintf(stderr, "unknown dtype '%s' (f32, bf16, f16, fp8)\n", tok); return 2; }
            }
        } else { fprintf(stderr, "usage: %s [--quick] [--threads N] [--reps N] [--no-gemm] [--no-attn] [--cpu-time] [--dtypes f32,bf16,f16,fp8]\n", argv[0]); return 2; }
    }
    if (b.threads < 1) b.threads = 1;
    if (b.reps < 1) b.reps = 1;
    memset(&desc, 0, sizeof desc);
    desc.backends[0] = RALU_BACKEND_CPU; desc.num_threads = b.threads;
    if (ralu_create(&desc, &b.ctx) != RALU_OK) { fprintf(stderr, "ralu_create failed\n"); return 1; }
    b.be = b.ctx->backend;
    openblas_set_num_threads(b.threads);
    printf("ralu.h CPU engine vs OpenBLAS (core %s%s), %d thread(s), best of %d interleaved rounds, %s%s\n", openblas_get_corename(),
           getenv("OPENBLAS_CORETYPE") ? ", set by OPENBLAS_CORETYPE" : "", b.threads, b.reps,
           g_cpu_time ? "GFLOP per CPU-second (process CPU time)" : "GFLOP/s (wall clock)", quick ? ", --quick" : "");
    {   /* the conditions: other load on the machine skews every number */
        char la[128] = "";
        FILE *f = fopen("/proc/loadavg", "r");
        if (f) { if (fgets(la, sizeof la, f)) printf("load average before the run (/proc/loadavg): %.*s on %ld cores\n", (int)strcspn(la, "\n"), la, sysconf(_SC_NPROCESSORS_ONLN)); fclose(f); }
    }
    if (gemm) bench_gemm(&b, quick, dts, ndt);
    if (attn) bench_attention(&b, quick);
    ralu_destroy(b.ctx);
    return 0;
}
