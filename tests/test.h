/* ralu.h test harness: one binary, a table of named tests, a closing "N passed, N failed".
   Included once, by tests/test_main.c, after ralu.h's implementation. */
#ifndef RALU_TEST_H
#define RALU_TEST_H
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <math.h>

typedef struct test_case { const char *name; void (*fn)(void); } test_case;

/* the current test's failure state (the harness, not the library, may keep globals) */
static int t_failed;
static char t_reason[2048];

#define T_FAIL(...) do { if (!t_failed) snprintf(t_reason, sizeof t_reason, __VA_ARGS__); t_failed = 1; } while (0)
#define CHECK(cond) do { if (!(cond)) { T_FAIL("%s:%d: CHECK(%s)", __FILE__, __LINE__, #cond); return; } } while (0)
#define CHECKF(cond, ...) do { if (!(cond)) { char m_[2048]; snprintf(m_, sizeof m_, __VA_ARGS__); T_FAIL("%s:%d: %s", __FILE__, __LINE__, m_); return; } } while (0)
#define CHECK_OK(expr) do { ralu_result r_ = (expr); if (r_ != RALU_OK) { T_FAIL("%s:%d: %s -> %s", __FILE__, __LINE__, #expr, ralu_result_string(r_)); return; } } while (0)

/* deterministic test data: splitmix64 + Box-Muller */
typedef struct t_rng { uint64_t s; } t_rng;
static uint64_t t_next(t_rng *r) {
    uint64_t z = (r->s += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull; z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}
static double t_uniform(t_rng *r) { return (double)(t_next(r) >> 11) * (1.0 / 9007199254740992.0); }
static float t_normal(t_rng *r) {
    double u = t_uniform(r), v = t_uniform(r);
    if (u < 1e-300) u = 1e-300;
    return (float)(sqrt(-2.0 * log(u)) * cos(6.283185307179586 * v));
}
static void t_fill_normal(t_rng *r, float *p, size_t n, float scale) { size_t i; for (i = 0; i < n; i++) p[i] = t_normal(r) * scale; }
static void t_poison(float *p, size_t n) { size_t i; for (i = 0; i < n; i++) p[i] = NAN; }

/* relative L2 error of got against a double-precision reference; NaN/inf count as failure */
static double t_rel_l2(const float *got, const double *ref, size_t n) {
    double num = 0, den = 0; size_t i;
    for (i = 0; i < n; i++) {
        double d = (double)got[i] - ref[i];
        if (!isfinite(got[i])) return INFINITY;
        num += d * d; den += ref[i] * ref[i];
    }
    return den > 0 ? sqrt(num / den) : sqrt(num);
}
static double t_rel_l2f(const float *got, const float *ref, size_t n) {
    double num = 0, den = 0; size_t i;
    for (i = 0; i < n; i++) {
        double d = (double)got[i] - (double)ref[i];
        if (!isfinite(got[i])) return INFINITY;
        num += d * d; den += (double)ref[i] * ref[i];
    }
    return den > 0 ? sqrt(num / den) : sqrt(num);
}
static double t_max_abs_ref(const double *ref, size_t n) { double m = 0; size_t i; for (i = 0; i < n; i++) if (fabs(ref[i]) > m) m = fabs(ref[i]); return m; }

/* where fixtures live (tests run from the repository root) */
static const char *t_fixtures = "tests/fixtures";
static char *t_path(const char *name) {
    static char buf[4][1024]; static int k;
    k = (k + 1) & 3;
    snprintf(buf[k], sizeof buf[k], "%s/%s", t_fixtures, name);
    return buf[k];
}
/* a scratch folder for files the tests write */
static const char *t_tmpdir(void) {
    static char dir[512];
    if (!dir[0]) {
        const char *base = getenv("TMPDIR");
        snprintf(dir, sizeof dir, "%s/ralu-tests-%ld", base && *base ? base : "/tmp", (long)getpid());
        mkdir(dir, 0700);
    }
    return dir;
}

/* a context on the CPU backend, logging warnings to stderr */
static void t_log(void *u, ralu_log_level lv, const char *m) { (void)u; if (lv == RALU_LOG_WARN || getenv("RALU_TEST_VERBOSE")) fprintf(stderr, "    [ralu] %s\n", m); }
static ralu_ctx *t_ctx_backend(ralu_backend b) {
    ralu_ctx *ctx = NULL; ralu_ctx_desc d;
    memset(&d, 0, sizeof d);
    d.backends[0] = b; d.log = t_log; d.log_level = RALU_LOG_WARN;
    if (ralu_create(&d, &ctx) != RALU_OK) return NULL;
    return ctx;
}
static ralu_ctx *t_cpu_ctx(void) { return t_ctx_backend(RALU_BACKEND_CPU); }

/* reads a whole small file (fixtures); caller frees */
static void *t_read_file(const char *path, size_t *size) {
    FILE *f = fopen(path, "rb"); long n; void *p;
    if (!f) return NULL;
    fseek(f, 0, SEEK_END); n = ftell(f); fseek(f, 0, SEEK_SET);
    p = malloc((size_t)n + 1);
    if (p && fread(p, 1, (size_t)n, f) != (size_t)n) { free(p); p = NULL; }
    fclose(f);
    if (p) { ((char *)p)[n] = 0; if (size) *size = (size_t)n; }
    return p;
}
static int t_write_file(const char *path, const void *data, size_t n) {
    FILE *f = fopen(path, "wb");
    if (!f) return 0;
    if (n && fwrite(data, 1, n, f) != n) { fclose(f); return 0; }
    return fclose(f) == 0;
}
#endif
