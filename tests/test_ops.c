/* Every op of the engine against a naive double-precision reference, on random inputs,
   with shapes that are not multiples of any tile, outputs poisoned (NaN) before the op
   writes them. Each case runs on a given backend, so the same cases check the CPU engine
   and (test_vulkan.c) the Vulkan shaders. */

typedef struct t_be { ralu_ctx *ctx; ralu__backend *be; int nbuf; ralu__buffer *bufs[64]; } t_be;

static int t_be_open(t_be *t, ralu_backend kind) {
    memset(t, 0, sizeof *t);
    t->ctx = t_ctx_backend(kind);
    if (!t->ctx) return 0;
    if (t->ctx->backend_kind != kind) { ralu_destroy(t->ctx); t->ctx = NULL; return 0; }
    t->be = t->ctx->backend;
    return 1;
}
static void t_be_close(t_be *t) {
    int i;
    if (!t->ctx) return;
    for (i = 0; i < t->nbuf; i++) t->be->buffer_free(t->be, t->bufs[i]);
    ralu_destroy(t->ctx);
    memset(t, 0, sizeof *t);
}
/* a fresh buffer holding `data` (or NaN poison when data is NULL), as a rows x cols view */
static ralu__view t_view(t_be *t, const float *data, int64_t rows, int64_t cols) {
    ralu__buffer *b = NULL;
    ralu__view v;
    size_t n = (size_t)(rows * cols), i;
    float *tmp = (float *)malloc((n ? n : 1) * 4);
    memset(&v, 0, sizeof v);
    if (!tmp || t->be->buffer_alloc(t->be, n + 7, &b) != RALU_OK) { free(tmp); return v; }
    t->bufs[t->nbuf++] = b;
    v = ralu__view_make(b, 3, rows, cols); /* odd offset: kernels must not assume alignment */
    for (i = 0; i < n; i++) tmp[i] = data ? data[i] : NAN;
    t->be->upload(t->be, v, tmp);
    free(tmp);
    return v;
}
static float *t_get(t_be *t, ralu__view v) {
    float *o = (float *)malloc((size_t)(v.rows * v.cols) * 4 + 4);
    if (o) t->be->download(t->be, o, v);
    return o;
}
/* runs recorded ops; returns the backend's error */
static ralu_result t_run_begin(t_be *t) { t->be->begin(t->be); return RALU_OK; }
static ralu_result t_run_end(t_be *t) { return t->be->end(t->be); }

/* a weight of dtype dt holding vals (rounded to dt); deq receives what the kernel should see */
static void t_weight(ralu__weight *w, ralu_dtype dt, const float *vals, int64_t rows, int64_t cols, float scale, double *deq) {
    size_t n = (size_t)(rows * cols), i, es = ralu__dtype_size(dt);
    unsigned char *p = (unsigned char *)malloc(n * es + 8);
    memset(w, 0, sizeof *w);
    for (i = 0; i < n; i++) {
        float v = vals[i];
        switch (dt) {
        case RALU_DTYPE_F32: memcpy(p + 4 * i, &v, 4); break;
        case RALU_DTYPE_F16: { uint16_t h = ralu__f32_to_f16(v); memcpy(p + 2 * i, &h, 2); break; }
        case RALU_DTYPE_BF16: { uint16_t h = ralu__f32_to_bf16(v); memcpy(p + 2 * i, &h, 2); break; }
        case RALU_DTYPE_F8_E4M3: case RALU_DTYPE_F8_E5M2: { /* nearest code by search */
            int c, best = 0; float bd = INFINITY;
            for (c = 0; c < 256; c++) {
                float f = dt == RALU_DTYPE_F8_E4M3 ? ralu__e4m3_to_f32((uint8_t)c) : ralu__e5m2_to_f32((uint8_t)c);
                if (isfinite(f) && fabsf(f - v) < bd) { bd = fabsf(f - v); best = c; }
            }
            p[i] = (unsigned char)best; break;
        }
        default: break;
        }
        if (deq) deq[i] = (double)ralu__load_elem(dt, p, i) * scale;
    }
    w->dtype = dt; w->rows = rows; w->cols = cols; w->host = p; w->owned = NULL; w->scale = scale;
}
static void t_weight_free(t_be *t, ralu__weight *w) {
    if (w->dev && t->be->weight_release) t->be->weight_release(t->be, w);
    free((void *)w->host);
    memset(w, 0, sizeof *w);
}

/* ---------------- linear ---------------- */
static void t_case_linear(ralu_backend kind, ralu_dtype dt, int64_t M, int64_t N, int64_t K, int nparts, int accumulate, float scale, double tol) {
    t_be t; t_rng rng = { (uint64_t)(M * 1000003 + N * 101 + K + dt * 7) };
    float *x = (float *)malloc((size_t)(M * K) * 4), *w = (float *)malloc((size_t)(N * K) * 4), *b = (float *)malloc((size_t)N * 4);
    float *y0 = (float *)malloc((size_t)(M * N) * 4), *got;
    double *deq = (double *)malloc((size_t)(N * K) * 8), *ref = (double *)malloc((size_t)(M * N) * 8);
    ralu__linear lin; ralu__view vx, vy;
    int64_t i, j, k, p;
    if (!t_be_open(&t, kind)) { T_FAIL("backend unavailable"); goto out; }
    t_fill_normal(&rng, x, (size_t)(M * K), 1.0f); t_fill_normal(&rng, w, (size_t)(N * K), 0.5f);
    t_fill_normal(&rng, b, (size_t)N, 0.3f); t_fill_normal(&rng, y0, (size_t)(M * N), 1.0f);
    memset(&lin, 0, sizeof lin);
    lin.in = K; lin.out = N; lin.nparts = nparts;
    for (p = 0; p < nparts; p++) { /* uneven row blocks */
        int64_t r0 = N * p / nparts, r1 = N * (p + 1) / nparts;
        lin.row0[p] = r0;
        t_weight(&lin.w[p], dt, w + r0 * K, r1 - r0, K, scale, deq + r0 * K);
        if (t.be->weight_prepare(t.be, &lin.w[p]) != RALU_OK) { T_FAIL("weight_prepare failed: %s", ralu_last_error(t.ctx)); goto out; }
    }
    t_weight(&lin.bias, RALU_DTYPE_F32, b, 1, N, 1.0f, NULL);
    t.be->weight_prepare(t.be, &lin.bias);
    for (i = 0; i < M; i++) for (j = 0; j < N; j++) {
        double s = (double)b[j] + (accumulate ? y0[i * N + j] : 0.0);
        for (k = 0; k < K; k++) s += (double)x[i * K + k] * deq[j * K + k];
        ref[i * N + j] = s;
    }
    vx = t_view(&t, x, M, K);
    vy = t_view(&t, accumulate ? y0 : NULL, M, N);
    t_run_begin(&t);
    ralu__op_linear(t.be, vy, vx, &lin, accumulate);
    if (t_run_end(&t) != RALU_OK) { T_FAIL("linear failed: %s", ralu_last_error(t.ctx)); goto out; }
    got = t_get(&t, vy);
    {
        double e = t_rel_l2(got, ref, (size_t)(M * N));
        if (!(e <= tol)) T_FAIL("linear %s M=%lld N=%lld K=%lld parts=%d acc=%d: rel L2 %.3g > %.3g", ralu_dtype_name(dt), (long long)M, (long long)N, (long long)K, nparts, accumulate, e, tol);
    }
    free(got);
out:
    for (p = 0; p < lin.nparts; p++) t_weight_free(&t, &lin.w[p]);
    t_weight_free(&t, &lin.bias);
    t_be_close(&t);
    free(x); free(w); free(b); free(y0); free(deq); free(ref);
}

static void t_linear_all(ralu_backend kind) {
    static const int64_t shapes[][3] = { {1, 37, 19}, {3, 64, 130}, {6, 16, 256}, {7, 17, 33}, {67, 129, 300}, {130, 200, 257}, {200, 48, 520} };
    static const ralu_dtype dts[] = { RALU_DTYPE_F32, RALU_DTYPE_F16, RALU_DTYPE_BF16, RALU_DTYPE_F8_E4M3, RALU_DTYPE_F8_E5M2 };
    size_t s, d;
    for (d = 0; d < sizeof dts / sizeof dts[0]; d++)
        for (s = 0; s < sizeof shapes / sizeof shapes[0]; s++) {
            t_case_linear(kind, dts[d], shapes[s][0], shapes[s][1], shapes[s][2], 1, 0, 1.0f, 2e-6);
            if (t_failed) return;
        }
    t_case_linear(kind, RALU_DTYPE_BF16, 45, 99, 70, 3, 0, 1.0f, 2e-6); if (t_failed) return;
    t_case_linear(kind, RALU_DTYPE_F32, 45, 99, 70, 2, 1, 1.0f, 2e-6); if (t_failed) return;
    t_case_linear(kind, RALU_DTYPE_F8_E4M3, 33, 40, 50, 1, 0, 0.037f, 2e-6); if (t_failed) return;
    t_case_linear(kind, RALU_DTYPE_F16, 2, 300, 1000, 4, 1, 1.0f, 2e-6);
}
static void test_cpu_linear(void) { t_linear_all(RALU_BACKEND_CPU); }

/* ---------------- row-wise ops ---------------- */
enum { T_LN, T_LN_AFFINE, T_NORM_MOD, T_RMS, T_RMS_GROUP, T_GATED_ADD, T_ADD, T_SILU, T_GELU_TANH, T_GELU_ERF, T_QUICK_GELU, T_GATE_MUL, T_COPY, T_NROWOPS };
static const char *const t_rowop_names[T_NROWOPS] = { "layernorm", "layernorm+affine", "norm_modulate", "rmsnorm", "rmsnorm(groups)", "gated_add", "add", "silu", "gelu_tanh", "gelu_erf", "quick_gelu", "gate_mul(gelu_tanh)", "copy" };

static void t_case_rowop(ralu_backend kind, int op, int64_t R, int64_t C, double tol) {
    t_be t; t_rng rng = { (uint64_t)(op * 77 + R * 13 + C) };
    size_t n = (size_t)(R * C);
    float *x = (float *)malloc(n * 4), *y = (float *)malloc(n * 4), *g = (float *)malloc((size_t)C * 4 * 2), *got;
    double *ref = (double *)malloc(n * 8);
    ralu__weight wg, wb; ralu__view vx, vy, vo, vs, vsh;
    int64_t i, j, group = 16;
    memset(&wg, 0, sizeof wg); memset(&wb, 0, sizeof wb);
    if (!t_be_open(&t, kind)) { T_FAIL("backend unavailable"); goto out; }
    t_fill_normal(&rng, x, n, 2.0f); for (i = 0; i < (int64_t)n; i++) x[i] += 0.7f; /* a non-zero mean */
    t_fill_normal(&rng, y, n, 1.0f); t_fill_normal(&rng, g, (size_t)C * 2, 0.5f);
    t_weight(&wg, RALU_DTYPE_F32, g, 1, C, 1.0f, NULL); t.be->weight_prepare(t.be, &wg);
    t_weight(&wb, RALU_DTYPE_F32, g + C, 1, C, 1.0f, NULL); t.be->weight_prepare(t.be, &wb);
    for (i = 0; i < R; i++) {
        const float *xr = x + i * C, *yr = y + i * C; double *o = ref + i * C;
        double mean = 0, var = 0;
        for (j = 0; j < C; j++) mean += xr[j];
        mean /= (double)C;
        for (j = 0; j < C; j++) var += (xr[j] - mean) * (xr[j] - mean);
        var /= (double)C;
        for (j = 0; j < C; j++) {
            double v = xr[j];
            switch (op) {
            case T_LN: o[j] = (v - mean) / sqrt(var + 1e-6); break;
            case T_LN_AFFINE: o[j] = (v - mean) / sqrt(var + 1e-5) * g[j] + g[C + j]; break;
            case T_NORM_MOD: o[j] = (v - mean) / sqrt(var + 1e-6) * (1.0 + g[j]) + g[C + j]; break;
            case T_RMS: case T_RMS_GROUP: {
                int64_t gs = op == T_RMS ? C : group, g0 = j / gs * gs, k; double q = 0;
                for (k = 0; k < gs; k++) q += (double)xr[g0 + k] * xr[g0 + k];
                o[j] = v / sqrt(q / (double)gs + 1e-6) * g[j % gs];
                break;
            }
            case T_GATED_ADD: o[j] = v + (double)g[j] * yr[j]; break;
            case T_ADD: o[j] = v + yr[j]; break;
            case T_SILU: o[j] = v / (1 + exp(-v)); break;
            case T_GELU_TANH: o[j] = 0.5 * v * (1 + tanh(sqrt(2 / 3.141592653589793) * (v + 0.044715 * v * v * v))); break;
            case T_GELU_ERF: o[j] = 0.5 * v * (1 + erf(v / sqrt(2.0))); break;
            case T_QUICK_GELU: o[j] = v / (1 + exp(-1.702 * v)); break;
            case T_GATE_MUL: o[j] = 0.5 * v * (1 + tanh(sqrt(2 / 3.141592653589793) * (v + 0.044715 * v * v * v))) * yr[j]; break;
            case T_COPY: o[j] = v; break;
            }
        }
    }
    vx = t_view(&t, x, R, C); vy = t_view(&t, y, R, C); vo = t_view(&t, NULL, R, C);
    vs = t_view(&t, g, 1, C); vsh = t_view(&t, g + C, 1, C);
    t_run_begin(&t);
    switch (op) {
    case T_LN: ralu__op_layernorm(t.be, vo, vx, 1e-6f, NULL, NULL); break;
    case T_LN_AFFINE: ralu__op_layernorm(t.be, vo, vx, 1e-5f, &wg, &wb); break;
    case T_NORM_MOD: ralu__op_norm_modulate(t.be, vo, vx, 1e-6f, vsh, vs); break;
    case T_RMS: ralu__op_rmsnorm(t.be, vo, vx, C, 1e-6f, &wg); break;
    case T_RMS_GROUP: ralu__op_rmsnorm(t.be, vo, vx, group, 1e-6f, &wg); break;
    case T_GATED_ADD: ralu__op_gated_add(t.be, vx, vy, vs); vo = vx; break;
    case T_ADD: ralu__op_add(t.be, vo, vx, vy); break;
    case T_SILU: ralu__op_act(t.be, vo, vx, RALU__ACT_SILU); break;
    case T_GELU_TANH: ralu__op_act(t.be, vx, vx, RALU__ACT_GELU_TANH); vo = vx; break; /* in place */
    case T_GELU_ERF: ralu__op_act(t.be, vo, vx, RALU__ACT_GELU_ERF); break;
    case T_QUICK_GELU: ralu__op_act(t.be, vo, vx, RALU__ACT_QUICK_GELU); break;
    case T_GATE_MUL: ralu__op_gate_mul(t.be, vo, vx, vy, RALU__ACT_GELU_TANH); break;
    case T_COPY: ralu__op_copy(t.be, vo, vx); break;
    }
    if (t_run_end(&t) != RALU_OK) { T_FAIL("%s failed: %s", t_rowop_names[op], ralu_last_error(t.ctx)); goto out; }
    got = t_get(&t, vo);
    {
        double e = t_rel_l2(got, ref, n);
        if (!(e <= tol)) T_FAIL("%s R=%lld C=%lld: rel L2 %.3g > %.3g", t_rowop_names[op], (long long)R, (long long)C, e, tol);
    }
    free(got);
out:
    t_weight_free(&t, &wg); t_weight_free(&t, &wb);
    t_be_close(&t);
    free(x); free(y); free(g); free(ref);
}
static void t_rowops_all(ralu_backend kind) {
    static const int64_t shapes[][2] = { {1, 48}, {5, 64}, {37, 336}, {130, 1040} };
    int op; size_t s;
    for (op = 0; op < T_NROWOPS; op++)
        for (s = 0; s < sizeof shapes / sizeof shapes[0]; s++) {
            t_case_rowop(kind, op, shapes[s][0], shapes[s][1], 1e-5);
            if (t_failed) return;
        }
}
static void test_cpu_rowops(void) { t_rowops_all(RALU_BACKEND_CPU); }

/* ---------------- RoPE ---------------- */
static void t_case_rope(ralu_backend kind, int64_t L, int heads, int D, int64_t cols_extra) {
    t_be t; t_rng rng = { (uint64_t)(L * 31 + heads + D) };
    int64_t C = (int64_t)heads * D + cols_extra, i, h, p;
    float *x = (float *)malloc((size_t)(L * C) * 4), *tab = (float *)malloc((size_t)(L * D) * 4), *got;
    double *ref = (double *)malloc((size_t)(L * C) * 8);
    ralu__view vx, vt;
    if (!t_be_open(&t, kind)) { T_FAIL("backend unavailable"); goto out; }
    t_fill_normal(&rng, x, (size_t)(L * C), 1.0f);
    for (i = 0; i < L; i++) for (p = 0; p < D / 2; p++) {
        double ang = (double)(t_uniform(&rng) * 40.0 - 20.0); /* fractional positions x frequencies */
        tab[i * D + 2 * p] = (float)cos(ang); tab[i * D + 2 * p + 1] = (float)sin(ang);
    }
    for (i = 0; i < L * C; i++) ref[i] = x[i];
    for (i = 0; i < L; i++) for (h = 0; h < heads; h++) for (p = 0; p < D / 2; p++) {
        double c = tab[i * D + 2 * p], s = tab[i * D + 2 * p + 1];
        double a = x[i * C + h * D + 2 * p], b = x[i * C + h * D + 2 * p + 1];
        ref[i * C + h * D + 2 * p] = c * a - s * b; ref[i * C + h * D + 2 * p + 1] = s * a + c * b;
    }
    vx = t_view(&t, x, L, C); vt = t_view(&t, tab, L, D);
    t_run_begin(&t);
    ralu__op_rope(t.be, vx, vt, heads, D);
    if (t_run_end(&t) != RALU_OK) { T_FAIL("rope failed: %s", ralu_last_error(t.ctx)); goto out; }
    got = t_get(&t, vx);
    { double e = t_rel_l2(got, ref, (size_t)(L * C)); if (!(e <= 1e-6)) T_FAIL("rope L=%lld heads=%d D=%d: rel L2 %.3g", (long long)L, heads, D, e); }
    free(got);
out:
    t_be_close(&t); free(x); free(tab); free(ref);
}
static void t_rope_all(ralu_backend kind) {
    t_case_rope(kind, 1, 1, 8, 0); if (t_failed) return;
    t_case_rope(kind, 37, 3, 24, 0); if (t_failed) return;
    t_case_rope(kind, 130, 4, 128, 200); /* q of a [q|k|v] row: extra columns untouched */
}
static void test_cpu_rope(void) { t_rope_all(RALU_BACKEND_CPU); }

/* ---------------- attention ---------------- */
static void t_case_attention(ralu_backend kind, int64_t Lq, int64_t Lk, int heads, int D, int causal, int bias, int strided, double tol) {
    t_be t; t_rng rng = { (uint64_t)(Lq * 7 + Lk * 11 + heads * 13 + D + causal * 5 + bias * 3) };
    int64_t HD = (int64_t)heads * D, ldq = strided ? 3 * HD + 5 : HD, i, j, h, d;
    float *qkv = (float *)malloc((size_t)((Lq > Lk ? Lq : Lk) * ldq) * 4 * 3), *rb = (float *)malloc((size_t)(heads * (Lq + Lk - 1)) * 4), *got;
    float *qh = qkv, *kh, *vh;
    double *ref = (double *)malloc((size_t)(Lq * HD) * 8), *s = (double *)malloc((size_t)Lk * 8);
    ralu__view vq, vk, vv, vo, vb, whole;
    ralu__attn_opts ao;
    float scale = bias ? 1.0f : 1.0f / sqrtf((float)D);
    if (!t_be_open(&t, kind)) { T_FAIL("backend unavailable"); goto out; }
    memset(&ao, 0, sizeof ao);
    ao.heads = heads; ao.head_dim = D; ao.scale = scale; ao.causal = causal;
    if (strided) {
        /* q, k, v as column blocks of one [L, 3HD+5] buffer (Lq == Lk), like a fused qkv */
        t_fill_normal(&rng, qkv, (size_t)(Lq * ldq), 1.0f);
        whole = t_view(&t, qkv, Lq, ldq);
        vq = ralu__view_sub(whole, 0, Lq, 0, HD); vk = ralu__view_sub(whole, 0, Lk, HD, HD); vv = ralu__view_sub(whole, 0, Lk, 2 * HD, HD);
        qh = qkv; kh = qkv + HD; vh = qkv + 2 * HD;
    } else {
        kh = qkv + Lq * HD; vh = kh + Lk * HD;
        t_fill_normal(&rng, qkv, (size_t)(Lq * HD + 2 * Lk * HD), 1.0f);
        vq = t_view(&t, qh, Lq, HD); vk = t_view(&t, kh, Lk, HD); vv = t_view(&t, vh, Lk, HD);
    }
    if (bias) { t_fill_normal(&rng, rb, (size_t)(heads * (Lq + Lk - 1)), 2.0f); vb = t_view(&t, rb, heads, Lq + Lk - 1); ao.rel_bias = vb; }
    for (h = 0; h < heads; h++) for (i = 0; i < Lq; i++) {
        double mx = -INFINITY, sum = 0;
        for (j = 0; j < Lk; j++) {
            double acc = 0;
            for (d = 0; d < D; d++) acc += (double)qh[i * ldq + h * D + d] * kh[j * ldq + h * D + d];
            acc *= scale;
            if (bias) acc += rb[h * (Lq + Lk - 1) + j - i + Lq - 1];
            if (causal && j > i) acc = -INFINITY;
            s[j] = acc; if (acc > mx) mx = acc;
        }
        for (j = 0; j < Lk; j++) { s[j] = exp(s[j] - mx); sum += s[j]; }
        for (d = 0; d < D; d++) {
            double acc = 0;
            for (j = 0; j < Lk; j++) acc += s[j] * vh[j * ldq + h * D + d];
            ref[i * HD + h * D + d] = acc / sum;
        }
    }
    vo = t_view(&t, NULL, Lq, HD);
    t_run_begin(&t);
    ralu__op_attention(t.be, vo, vq, vk, vv, &ao);
    if (t_run_end(&t) != RALU_OK) { T_FAIL("attention failed: %s", ralu_last_error(t.ctx)); goto out; }
    got = t_get(&t, vo);
    { double e = t_rel_l2(got, ref, (size_t)(Lq * HD));
      if (!(e <= tol)) T_FAIL("attention Lq=%lld Lk=%lld heads=%d D=%d causal=%d bias=%d strided=%d: rel L2 %.3g > %.3g", (long long)Lq, (long long)Lk, heads, D, causal, bias, strided, e, tol); }
    free(got);
out:
    t_be_close(&t); free(qkv); free(rb); free(ref); free(s);
}
static void t_attention_all(ralu_backend kind) {
    t_case_attention(kind, 1, 1, 1, 8, 0, 0, 0, 1e-5); if (t_failed) return;
    t_case_attention(kind, 37, 150, 3, 24, 0, 0, 0, 1e-5); if (t_failed) return;
    t_case_attention(kind, 77, 77, 2, 64, 1, 0, 0, 1e-5); if (t_failed) return;   /* CLIP: causal */
    t_case_attention(kind, 45, 45, 4, 16, 0, 1, 0, 1e-5); if (t_failed) return;   /* T5: bias, no scale */
    t_case_attention(kind, 300, 300, 2, 128, 0, 0, 1, 1e-5); if (t_failed) return; /* FLUX head dim, fused qkv */
    t_case_attention(kind, 70, 70, 1, 512, 0, 0, 0, 1e-5);                          /* VAE: one head of 512 */
}
static void test_cpu_attention(void) { t_attention_all(RALU_BACKEND_CPU); }

/* ---------------- conv2d, groupnorm, upsample ---------------- */
static void t_case_conv(ralu_backend kind, ralu_dtype dt, int64_t H, int64_t W, int64_t Cin, int64_t Cout, int k, int stride, int pt, int pl, int pb, int pr, double tol) {
    t_be t; t_rng rng = { (uint64_t)(H * 3 + W * 5 + Cin * 7 + Cout * 11 + k + stride) };
    ralu__conv_opts c; int64_t Ho, Wo, oy, ox, co, ci, ky, kx;
    float *x = (float *)malloc((size_t)(H * W * Cin) * 4), *w = (float *)malloc((size_t)(Cout * Cin * k * k) * 4), *b = (float *)malloc((size_t)Cout * 4), *got;
    double *deq = (double *)malloc((size_t)(Cout * Cin * k * k) * 8), *ref;
    ralu__weight ww, wb; ralu__view vx, vy;
    memset(&ww, 0, sizeof ww); memset(&wb, 0, sizeof wb);
    memset(&c, 0, sizeof c);
    c.H = H; c.W = W; c.Cin = Cin; c.Cout = Cout; c.k = k; c.stride = stride; c.pad_top = pt; c.pad_left = pl; c.pad_bottom = pb; c.pad_right = pr;
    ralu__conv_out_size(&c, &Ho, &Wo);
    ref = (double *)malloc((size_t)(Ho * Wo * Cout) * 8);
    if (!t_be_open(&t, kind)) { T_FAIL("backend unavailable"); goto out; }
    t_fill_normal(&rng, x, (size_t)(H * W * Cin), 1.0f); t_fill_normal(&rng, w, (size_t)(Cout * Cin * k * k), 0.3f); t_fill_normal(&rng, b, (size_t)Cout, 0.5f);
    t_weight(&ww, dt, w, Cout, Cin * k * k, 1.0f, deq); t.be->weight_prepare(t.be, &ww);
    t_weight(&wb, RALU_DTYPE_F32, b, 1, Cout, 1.0f, NULL); t.be->weight_prepare(t.be, &wb);
    for (oy = 0; oy < Ho; oy++) for (ox = 0; ox < Wo; ox++) for (co = 0; co < Cout; co++) {
        double s = b[co];
        for (ci = 0; ci < Cin; ci++) for (ky = 0; ky < k; ky++) for (kx = 0; kx < k; kx++) {
            int64_t iy = oy * stride - pt + ky, ix = ox * stride - pl + kx;
            if (iy < 0 || iy >= H || ix < 0 || ix >= W) continue;
            s += (double)x[(iy * W + ix) * Cin + ci] * deq[((co * Cin + ci) * k + ky) * k + kx];
        }
        ref[(oy * Wo + ox) * Cout + co] = s;
    }
    vx = t_view(&t, x, H * W, Cin);
    vy = t_view(&t, NULL, Ho * Wo, Cout);
    vx.off = vy.off = 0; /* conv wants whole buffers from the start (ld == cols) */
    t.be->upload(t.be, vx, x);
    t_run_begin(&t);
    ralu__op_conv2d(t.be, vy, vx, &ww, &wb, &c);
    if (t_run_end(&t) != RALU_OK) { T_FAIL("conv2d failed: %s", ralu_last_error(t.ctx)); goto out; }
    got = t_get(&t, vy);
    { double e = t_rel_l2(got, ref, (size_t)(Ho * Wo * Cout));
      if (!(e <= tol)) T_FAIL("conv2d %s %lldx%lld %lld->%lld k=%d s=%d: rel L2 %.3g > %.3g", ralu_dtype_name(dt), (long long)H, (long long)W, (long long)Cin, (long long)Cout, k, stride, e, tol); }
    free(got);
out:
    t_weight_free(&t, &ww); t_weight_free(&t, &wb);
    t_be_close(&t); free(x); free(w); free(b); free(deq); free(ref);
}
static void t_conv_all(ralu_backend kind) {
    t_case_conv(kind, RALU_DTYPE_F32, 9, 13, 5, 7, 3, 1, 1, 1, 1, 1, 2e-6); if (t_failed) return;
    t_case_conv(kind, RALU_DTYPE_F16, 17, 11, 32, 19, 3, 1, 1, 1, 1, 1, 2e-6); if (t_failed) return;
    t_case_conv(kind, RALU_DTYPE_BF16, 16, 10, 8, 12, 3, 2, 0, 0, 1, 1, 2e-6); if (t_failed) return; /* VAE downsample */
    t_case_conv(kind, RALU_DTYPE_F32, 7, 5, 40, 24, 1, 1, 0, 0, 0, 0, 2e-6); if (t_failed) return;    /* nin shortcut */
    t_case_conv(kind, RALU_DTYPE_F32, 6, 6, 16, 3, 3, 1, 1, 1, 1, 1, 2e-6);                           /* conv_out */
}
static void test_cpu_conv2d(void) { t_conv_all(RALU_BACKEND_CPU); }

static void t_case_groupnorm(ralu_backend kind, int64_t HW, int64_t C, int groups, int silu) {
    t_be t; t_rng rng = { (uint64_t)(HW * 5 + C + groups + silu) };
    float *x = (float *)malloc((size_t)(HW * C) * 4), *g = (float *)malloc((size_t)C * 8), *got;
    double *ref = (double *)malloc((size_t)(HW * C) * 8);
    ralu__weight wg, wb; ralu__view vx, vy;
    int64_t i, j, cpg = C / groups; int gi;
    memset(&wg, 0, sizeof wg); memset(&wb, 0, sizeof wb);
    if (!t_be_open(&t, kind)) { T_FAIL("backend unavailable"); goto out; }
    t_fill_normal(&rng, x, (size_t)(HW * C), 3.0f); for (i = 0; i < HW * C; i++) x[i] += 1.5f;
    t_fill_normal(&rng, g, (size_t)C * 2, 1.0f);
    t_weight(&wg, RALU_DTYPE_F32, g, 1, C, 1.0f, NULL); t.be->weight_prepare(t.be, &wg);
    t_weight(&wb, RALU_DTYPE_F32, g + C, 1, C, 1.0f, NULL); t.be->weight_prepare(t.be, &wb);
    for (gi = 0; gi < groups; gi++) {
        double mean = 0, var = 0;
        for (i = 0; i < HW; i++) for (j = gi * cpg; j < (gi + 1) * cpg; j++) mean += x[i * C + j];
        mean /= (double)(HW * cpg);
        for (i = 0; i < HW; i++) for (j = gi * cpg; j < (gi + 1) * cpg; j++) var += (x[i * C + j] - mean) * (x[i * C + j] - mean);
        var /= (double)(HW * cpg);
        for (i = 0; i < HW; i++) for (j = gi * cpg; j < (gi + 1) * cpg; j++) {
            double v = (x[i * C + j] - mean) / sqrt(var + 1e-6) * g[j] + g[C + j];
            ref[i * C + j] = silu ? v / (1 + exp(-v)) : v;
        }
    }
    vx = t_view(&t, x, HW, C); vy = t_view(&t, NULL, HW, C);
    t_run_begin(&t);
    ralu__op_groupnorm(t.be, vy, vx, HW, groups, 1e-6f, &wg, &wb, silu);
    if (t_run_end(&t) != RALU_OK) { T_FAIL("groupnorm failed: %s", ralu_last_error(t.ctx)); goto out; }
    got = t_get(&t, vy);
    { double e = t_rel_l2(got, ref, (size_t)(HW * C)); if (!(e <= 1e-5)) T_FAIL("groupnorm HW=%lld C=%lld G=%d silu=%d: rel L2 %.3g", (long long)HW, (long long)C, groups, silu, e); }
    free(got);
out:
    t_weight_free(&t, &wg); t_weight_free(&t, &wb);
    t_be_close(&t); free(x); free(g); free(ref);
}
static void t_case_upsample(ralu_backend kind, int64_t H, int64_t W, int64_t C) {
    t_be t; t_rng rng = { (uint64_t)(H + W * 3 + C * 9) };
    float *x = (float *)malloc((size_t)(H * W * C) * 4), *got;
    double *ref = (double *)malloc((size_t)(4 * H * W * C) * 8);
    ralu__view vx, vy; int64_t oy, ox, c;
    if (!t_be_open(&t, kind)) { T_FAIL("backend unavailable"); goto out; }
    t_fill_normal(&rng, x, (size_t)(H * W * C), 1.0f);
    for (oy = 0; oy < 2 * H; oy++) for (ox = 0; ox < 2 * W; ox++) for (c = 0; c < C; c++) ref[(oy * 2 * W + ox) * C + c] = x[((oy / 2) * W + ox / 2) * C + c];
    vx = t_view(&t, x, H * W, C); vy = t_view(&t, NULL, 4 * H * W, C);
    t_run_begin(&t);
    ralu__op_upsample2x(t.be, vy, vx, H, W);
    if (t_run_end(&t) != RALU_OK) { T_FAIL("upsample failed: %s", ralu_last_error(t.ctx)); goto out; }
    got = t_get(&t, vy);
    { double e = t_rel_l2(got, ref, (size_t)(4 * H * W * C)); if (!(e == 0)) T_FAIL("upsample2x %lldx%lldx%lld: rel L2 %.3g (must be exact)", (long long)H, (long long)W, (long long)C, e); }
    free(got);
out:
    t_be_close(&t); free(x); free(ref);
}
static void t_image_ops_all(ralu_backend kind) {
    t_case_groupnorm(kind, 37, 64, 32, 0); if (t_failed) return;
    t_case_groupnorm(kind, 150, 96, 32, 1); if (t_failed) return;
    t_case_groupnorm(kind, 5, 12, 3, 1); if (t_failed) return;
    t_case_upsample(kind, 3, 5, 7); if (t_failed) return;
    t_case_upsample(kind, 8, 9, 32);
}
static void test_cpu_image_ops(void) { t_image_ops_all(RALU_BACKEND_CPU); }

/* number formats against their definitions (ARCH.md §0) */
static void test_number_formats(void) {
    CHECK(ralu__e4m3_to_f32(0x7e) == 448.0f);               /* S.1111.110 = 448, the max */
    CHECK(isnan(ralu__e4m3_to_f32(0x7f)));                  /* S.1111.111 = NaN */
    CHECK(ralu__e4m3_to_f32(0x01) == ldexpf(1.0f, -9));     /* smallest subnormal 2^-6 * 1/8 */
    CHECK(ralu__e4m3_to_f32(0x38) == 1.0f);
    CHECK(ralu__e4m3_to_f32(0xb8) == -1.0f);
    CHECK(ralu__e5m2_to_f32(0x3c) == 1.0f);
    CHECK(ralu__e5m2_to_f32(0x7b) == 57344.0f);             /* e5m2 max */
    CHECK(isinf(ralu__e5m2_to_f32(0x7c)));
    CHECK(ralu__bf16_to_f32(0x3f80) == 1.0f);
    CHECK(ralu__f32_to_bf16(1.00390625f) == 0x3f80);        /* tie rounds to even */
    CHECK(ralu__f32_to_bf16(1.01171875f) == 0x3f82);
    CHECK(ralu__f16_to_f32(0x3c00) == 1.0f);
    CHECK(ralu__f16_to_f32(0x0001) == ldexpf(1.0f, -24));   /* f16 subnormal */
    CHECK(ralu__f16_to_f32(0x7bff) == 65504.0f);
    CHECK(ralu__f32_to_f16(65504.0f) == 0x7bff);
    CHECK(ralu__f32_to_f16(ldexpf(1.0f, -24)) == 0x0001);
    CHECK(ralu__f32_to_f16(1e6f) == 0x7c00);
    {   /* round trip every f16 */
        unsigned u;
        for (u = 0; u < 65536; u++) {
            float f = ralu__f16_to_f32((uint16_t)u);
            if (isnan(f)) continue;
            CHECKF(ralu__f32_to_f16(f) == u, "f16 0x%04x round trip gives 0x%04x", u, ralu__f32_to_f16(f));
        }
    }
}

static const test_case tests_ops[] = {
    { "formats/number_conversions", test_number_formats },
    { "cpu/linear", test_cpu_linear },
    { "cpu/rowops", test_cpu_rowops },
    { "cpu/rope", test_cpu_rope },
    { "cpu/attention", test_cpu_attention },
    { "cpu/conv2d", test_cpu_conv2d },
    { "cpu/groupnorm_upsample", test_cpu_image_ops },
};

/* ---------------- CPU engine: blocking edges (cpuperf) ----------------
   The CPU GEMM works in register tiles of MR x NR (12 x 32 with AVX-512, 6 x 16 otherwise),
   depth slabs of KC = 256, row blocks of MC = 16 MR and 512-feature chunks shared out across
   threads; its packers move 16 x 16 blocks. These cases put M, N and K just below, on and
   just above each of those sizes, with every weight dtype, accumulate mode, views whose row
   stride is wider than their columns (columns outside the view must stay untouched), and
   more threads than cores, against a double-precision reference. Tolerance: rel L2 2e-6
   for K <= 600 and 4e-6 for K = 3000 (f32 accumulation; measured errors are ~3x lower). */
static ralu_ctx *t_ctx_threads(int threads) {
    ralu_ctx *ctx = NULL; ralu_ctx_desc d;
    memset(&d, 0, sizeof d);
    d.backends[0] = RALU_BACKEND_CPU; d.log = t_log; d.log_level = RALU_LOG_WARN; d.num_threads = threads;
    return ralu_create(&d, &ctx) == RALU_OK ? ctx : NULL;
}
static void t_case_gemm_edge(ralu_dtype dt, int64_t M, int64_t N, int64_t K, int accumulate, int64_t xpad, int64_t ypad, int threads, float scale) {
    t_be t; t_rng rng = { (uint64_t)(M * 7919 + N * 104729 + K * 31 + dt * 3 + accumulate + xpad * 5 + ypad * 11 + threads) };
    int64_t ldx = K + xpad, ldy = N + ypad, y0c = ypad / 2; /* the y view starts y0c columns into its rows */
    float *x = (float *)malloc((size_t)(M * ldx) * 4), *w = (float *)malloc((size_t)(N * K) * 4), *b = (float *)malloc((size_t)N * 4);
    float *yfull = (float *)malloc((size_t)(M * ldy) * 4), *got = (float *)malloc((size_t)(M * ldy) * 4);
    double *deq = (double *)malloc((size_t)(N * K) * 8), *ref = (double *)malloc((size_t)(M * N) * 8), e;
    ralu__linear lin; ralu__buffer *bx = NULL, *by = NULL; ralu__view vx, vy;
    int64_t i, j, k;
    memset(&t, 0, sizeof t); memset(&lin, 0, sizeof lin);
    t.ctx = t_ctx_threads(threads);
    if (!t.ctx || !x || !w || !b || !yfull || !got || !deq || !ref) { T_FAIL("setup failed"); goto out; }
    t.be = t.ctx->backend;
    t_fill_normal(&rng, x, (size_t)(M * ldx), 1.0f); t_fill_normal(&rng, w, (size_t)(N * K), 0.5f); t_fill_normal(&rng, b, (size_t)N, 0.3f);
    for (i = 0; i < M; i++) for (j = 0; j < ldy; j++) {
        int inside = j >= y0c && j < y0c + N;
        yfull[i * ldy + j] = !inside ? 12345.0f : accumulate ? t_normal(&rng) : NAN; /* sentinel outside, poison inside */
    }
    lin.in = K; lin.out = N; lin.nparts = 1;
    t_weight(&lin.w[0], dt, w, N, K, scale, deq);
    t_weight(&lin.bias, RALU_DTYPE_F32, b, 1, N, 1.0f, NULL);
    if (t.be->weight_prepare(t.be, &lin.w[0]) != RALU_OK || t.be->weight_prepare(t.be, &lin.bias) != RALU_OK) { T_FAIL("weight_prepare failed"); goto out; }
    for (i = 0; i < M; i++) for (j = 0; j < N; j++) {
        double s = (double)b[j] + (accumulate ? yfull[i * ldy + y0c + j] : 0.0);
        for (k = 0; k < K; k++) s += (double)x[i * ldx + k] * deq[j * K + k];
        ref[i * N + j] = s;
    }
    if (t.be->buffer_alloc(t.be, (size_t)(M * ldx), &bx) != RALU_OK || t.be->buffer_alloc(t.be, (size_t)(M * ldy), &by) != RALU_OK) { T_FAIL("buffer_alloc failed"); goto out; }
    t.bufs[t.nbuf++] = bx; t.bufs[t.nbuf++] = by;
    vx = ralu__view_make(bx, 0, M, ldx); t.be->upload(t.be, vx, x); vx.cols = K;
    vy = ralu__view_make(by, 0, M, ldy); t.be->upload(t.be, vy, yfull); vy = ralu__view_sub(vy, 0, M, y0c, N);
    t_run_begin(&t);
    ralu__op_linear(t.be, vy, vx, &lin, accumulate);
    if (t_run_end(&t) != RALU_OK) { T_FAIL("linear failed: %s", ralu_last_error(t.ctx)); goto out; }
    t.be->download(t.be, got, ralu__view_make(by, 0, M, ldy));
    for (i = 0; i < M; i++) for (j = 0; j < ldy; j++)
        if ((j < y0c || j >= y0c + N) && got[i * ldy + j] != 12345.0f) {
            T_FAIL("linear %s M=%lld N=%lld K=%lld ld %lld/%lld: wrote outside its view at row %lld col %lld", ralu_dtype_name(dt), (long long)M, (long long)N, (long long)K, (long long)ldx, (long long)ldy, (long long)i, (long long)j);
            goto out;
        }
    for (i = 0; i < M; i++) memmove(got + i * N, got + i * ldy + y0c, (size_t)N * 4);
    e = t_rel_l2(got, ref, (size_t)(M * N));
    if (!(e <= (K > 600 ? 4e-6 : 2e-6)))
        T_FAIL("linear %s M=%lld N=%lld K=%lld acc=%d ld %lld/%lld threads=%d: rel L2 %.3g", ralu_dtype_name(dt), (long long)M, (long long)N, (long long)K, accumulate, (long long)ldx, (long long)ldy, threads, e);
out:
    t_weight_free(&t, &lin.w[0]); t_weight_free(&t, &lin.bias);
    if (t.ctx) t_be_close(&t);
    free(x); free(w); free(b); free(yfull); free(got); free(deq); free(ref);
}
static void test_cpu_gemm_edges(void) {
    /* M around MR (6, 12), MC (96, 192) and the few-rows path; N around NR (16, 32) and the
       512-feature chunk; K around the 16-wide packer blocks and KC = 256 */
    static const int64_t shapes[][3] = {
        {1, 33, 17}, {5, 31, 16}, {6, 17, 1}, {7, 32, 15}, {11, 16, 255}, {12, 33, 256}, {13, 64, 257},
        {25, 511, 40}, {95, 513, 33}, {97, 47, 300}, {191, 65, 129}, {193, 96, 31}, {400, 40, 64}, {37, 1030, 70},
        {29, 45, 3000}, {14, 7, 2}
    };
    static const ralu_dtype dts[] = { RALU_DTYPE_F32, RALU_DTYPE_BF16, RALU_DTYPE_F16, RALU_DTYPE_F8_E4M3, RALU_DTYPE_F8_E5M2 };
    size_t s, d;
    for (s = 0; s < sizeof shapes / sizeof shapes[0]; s++) {
        t_case_gemm_edge(RALU_DTYPE_F32, shapes[s][0], shapes[s][1], shapes[s][2], 0, 0, 0, 2, 1.0f);
        if (t_failed) return;
    }
    for (d = 0; d < sizeof dts / sizeof dts[0]; d++) {   /* every dtype, strided, accumulating */
        t_case_gemm_edge(dts[d], 50, 70, 290, 1, 9, 6, 2, d >= 3 ? 0.05f : 1.0f); if (t_failed) return;
        t_case_gemm_edge(dts[d], 130, 545, 47, 0, 3, 33, 2, 1.0f); if (t_failed) return;
    }
    t_case_gemm_edge(RALU_DTYPE_BF16, 101, 300, 520, 1, 1, 1, 3, 1.0f); if (t_failed) return; /* more threads than cores */
    t_case_gemm_edge(RALU_DTYPE_F16, 64, 100, 200, 0, 0, 4, 1, 1.0f);                         /* one thread */
}

static void test_cpu_attention_edges(void) {
    /* query blocks of 192 (96) and key blocks of 256 cut mid-way; head dims that are not
       multiples of the 32 (16) wide panels; causal and biased blocks that are partly masked */
    t_case_attention(RALU_BACKEND_CPU, 97, 257, 2, 40, 0, 0, 0, 1e-5); if (t_failed) return;
    t_case_attention(RALU_BACKEND_CPU, 385, 130, 1, 16, 0, 0, 0, 1e-5); if (t_failed) return;
    t_case_attention(RALU_BACKEND_CPU, 5, 600, 3, 12, 0, 0, 0, 1e-5); if (t_failed) return;
    t_case_attention(RALU_BACKEND_CPU, 300, 20, 1, 33, 0, 0, 0, 1e-5); if (t_failed) return;
    t_case_attention(RALU_BACKEND_CPU, 290, 290, 2, 64, 1, 0, 0, 1e-5); if (t_failed) return;
    t_case_attention(RALU_BACKEND_CPU, 260, 260, 2, 32, 0, 1, 0, 1e-5); if (t_failed) return;
    t_case_attention(RALU_BACKEND_CPU, 193, 193, 3, 48, 0, 0, 1, 1e-5);
}

static void test_cpu_conv_edges(void) {
    /* im2col rows over more than one MC block and a depth (Cin*9 = 360) over one KC slab */
    t_case_conv(RALU_BACKEND_CPU, RALU_DTYPE_BF16, 15, 14, 40, 37, 3, 1, 1, 1, 1, 1, 2e-6); if (t_failed) return;
    t_case_conv(RALU_BACKEND_CPU, RALU_DTYPE_F32, 20, 20, 33, 70, 1, 1, 0, 0, 0, 0, 2e-6);
}

/* every finite fp8 code through the GEMM's widening packer, exactly: W holds the 256 codes
   as 16 x 16 (non-finite ones replaced by 0), X is the identity, so Y = W^T code by code */
static void test_cpu_fp8_codes(void) {
    int d;
    for (d = 0; d < 2; d++) {
        ralu_dtype dt = d ? RALU_DTYPE_F8_E5M2 : RALU_DTYPE_F8_E4M3;
        t_be t; ralu__linear lin; ralu__view vx, vy;
        unsigned char codes[256]; float x[256], *got; int i, j;
        if (!t_be_open(&t, RALU_BACKEND_CPU)) { T_FAIL("backend unavailable"); return; }
        for (i = 0; i < 256; i++) codes[i] = isfinite(ralu__load_elem(dt, &(unsigned char){ (unsigned char)i }, 0)) ? (unsigned char)i : 0;
        for (i = 0; i < 256; i++) x[i] = i / 16 == i % 16 ? 1.0f : 0.0f;
        memset(&lin, 0, sizeof lin);
        lin.in = 16; lin.out = 16; lin.nparts = 1;
        lin.w[0].dtype = dt; lin.w[0].rows = 16; lin.w[0].cols = 16; lin.w[0].host = codes; lin.w[0].scale = 1.0f;
        t.be->weight_prepare(t.be, &lin.w[0]);
        vx = t_view(&t, x, 16, 16); vy = t_view(&t, NULL, 16, 16);
        t_run_begin(&t);
        ralu__op_linear(t.be, vy, vx, &lin, 0);
        if (t_run_end(&t) != RALU_OK) { T_FAIL("linear failed: %s", ralu_last_error(t.ctx)); t_be_close(&t); return; }
        got = t_get(&t, vy);
        for (i = 0; i < 16 && !t_failed; i++) for (j = 0; j < 16; j++) {
            float want = ralu__load_elem(dt, codes, (size_t)(j * 16 + i));
            if (got[i * 16 + j] != want) { T_FAIL("%s code 0x%02x: got %g, want %g", ralu_dtype_name(dt), codes[j * 16 + i], got[i * 16 + j], want); break; }
        }
        free(got);
        if (lin.w[0].dev && t.be->weight_release) t.be->weight_release(t.be, &lin.w[0]);
        t_be_close(&t);
        if (t_failed) return;
    }
}

/* the vectorized activations over a wide range (the far tails saturate, the middle is
   where tanh and the exponentials cancel), each element within 2e-6 * max(1, |ref|) */
static void test_cpu_act_range(void) {
    static const int kinds[] = { RALU__ACT_SILU, RALU__ACT_GELU_TANH, RALU__ACT_QUICK_GELU, RALU__ACT_GELU_ERF };
    const int64_t R = 3, C = 1001; /* 3003 values: -100 .. 100 in steps of 1/15 */
    size_t k;
    for (k = 0; k < sizeof kinds / sizeof kinds[0]; k++) {
        t_be t; ralu__view vx, vy; float x[3003], *got; int64_t i;
        if (!t_be_open(&t, RALU_BACKEND_CPU)) { T_FAIL("backend unavailable"); return; }
        for (i = 0; i < R * C; i++) x[i] = (float)((double)(i - 1501) / 15.0);
        vx = t_view(&t, x, R, C); vy = t_view(&t, NULL, R, C);
        t_run_begin(&t);
        ralu__op_act(t.be, vy, vx, kinds[k]);
        if (t_run_end(&t) != RALU_OK) { T_FAIL("act failed: %s", ralu_last_error(t.ctx)); t_be_close(&t); return; }
        got = t_get(&t, vy);
        for (i = 0; i < R * C; i++) {
            double v = x[i], ref;
            switch (kinds[k]) {
            case RALU__ACT_SILU: ref = v / (1 + exp(-v)); break;
            case RALU__ACT_GELU_TANH: ref = 0.5 * v * (1 + tanh(sqrt(2 / 3.141592653589793) * (v + 0.044715 * v * v * v))); break;
            case RALU__ACT_QUICK_GELU: ref = v / (1 + exp(-1.702 * v)); break;
            default: ref = 0.5 * v * (1 + erf(v / sqrt(2.0))); break;
            }
            if (!(fabs(got[i] - ref) <= 2e-6 * (fabs(ref) > 1 ? fabs(ref) : 1))) { T_FAIL("act kind %d at x = %g: got %.9g, want %.9g", kinds[k], v, got[i], ref); break; }
        }
        free(got);
        t_be_close(&t);
        if (t_failed) return;
    }
}

static const test_case tests_ops_cpuperf[] = {
    { "cpu/act_range", test_cpu_act_range },
    { "cpu/fp8_codes", test_cpu_fp8_codes },
    { "cpu/gemm_edges", test_cpu_gemm_edges },
    { "cpu/attention_edges", test_cpu_attention_edges },
    { "cpu/conv_edges", test_cpu_conv_edges },
};
