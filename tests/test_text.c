/* Tokenizers and text encoders against transformers / diffusers (tools/oracle_text.py):
   token ids on a corpus of 335 prompts (the real CLIP vocabulary embedded in ralu.h, a small
   CLIP vocabulary from vocab.json + merges.txt and from tokenizer.json, a SentencePiece
   unigram model), tiny CLIP-L / CLIP-G / T5 encoders in diffusers folders and single files
   (f32, f16, bf16, fp8), and the FLUX / SD3 prompt conditioning. */

typedef struct t_corpus { char *text; ralu__arena ar; ralu__jv *root; ralu_ctx *ctx; } t_corpus;
static int t_corpus_open(t_corpus *c, ralu_ctx *ctx) {
    size_t n;
    memset(c, 0, sizeof *c);
    c->ctx = ctx; c->ar.ctx = ctx;
    c->text = (char *)t_read_file(t_path("text/tokens.json"), &n);
    if (!c->text) return 0;
    return ralu__json_parse(ctx, &c->ar, c->text, n, "tokens.json", &c->root) == RALU_OK;
}
static void t_corpus_close(t_corpus *c) { ralu__arena_free(&c->ar); free(c->text); }

/* every prompt of the corpus through `tok`, against the reference ids in tokens.json[key] */
static void t_tokens_vs(ralu_ctx *ctx, ralu_tokenizer *tok, const char *key) {
    t_corpus c; ralu__jv *p, *ref;
    int k = 0, bad = 0, max_len = 4000;
    int32_t *ids = (int32_t *)malloc(sizeof(int32_t) * (size_t)max_len);
    char first[512] = "";
    if (!t_corpus_open(&c, ctx)) { T_FAIL("cannot read tokens.json"); free(ids); return; }
    p = ralu__jget(c.root, "prompts")->first; ref = ralu__jget(c.root, key)->first;
    for (; p && ref; p = p->next, ref = ref->next, k++) {
        int n = 0, i, ok; ralu__jv *e;
        if (ralu_tokenize(tok, p->s, max_len, -1, ids, &n) != RALU_OK) { bad++; if (!first[0]) snprintf(first, sizeof first, "prompt %d: %s", k, ralu_last_error(ctx)); continue; }
        ok = n == (int)ref->count;
        for (i = 0, e = ref->first; ok && e; i++, e = e->next) ok = (double)ids[i] == ralu__jv_num(e);
        if (!ok) {
            bad++;
            if (!first[0]) {
                int o = snprintf(first, sizeof first, "prompt %d '%.40s': got %d ids [", k, p->s, n);
                for (i = 0; i < n && i < 12 && o < 400; i++) o += snprintf(first + o, sizeof first - (size_t)o, "%d ", ids[i]);
                o += snprintf(first + o, sizeof first - (size_t)o, "] want %d [", (int)ref->count);
                for (i = 0, e = ref->first; e && i < 12 && o < 500; i++, e = e->next) o += snprintf(first + o, sizeof first - (size_t)o, "%d ", (int)ralu__jv_num(e));
            }
        }
    }
    if (bad) T_FAIL("%s: %d of %d prompts differ; first: %s", key, bad, k, first);
    else if (k < 300) T_FAIL("%s: corpus has only %d prompts", key, k);
    t_corpus_close(&c);
    free(ids);
}

static void test_text_clip_tokens_embedded(void) {
    ralu_ctx *ctx = t_cpu_ctx(); ralu_tokenizer *tok = NULL;
    CHECK(ctx);
    CHECK_OK(ralu_tokenizer_load(ctx, NULL, &tok));
    CHECK(ralu_tokenizer_get_info(tok)->vocab_size == 49408 && ralu_tokenizer_get_info(tok)->bos == 49406 && ralu_tokenizer_get_info(tok)->pad == 49407);
    t_tokens_vs(ctx, tok, "clip");
    ralu_destroy(ctx);
}
static void test_text_clip_tokens_files(void) {
    ralu_ctx *ctx = t_cpu_ctx(); ralu_tokenizer *tok = NULL;
    CHECK(ctx);
    CHECK_OK(ralu_tokenizer_load(ctx, t_path("text/clip_tiny"), &tok));
    t_tokens_vs(ctx, tok, "clip_tiny");
    ralu_tokenizer_free(tok);
    if (t_failed) { ralu_destroy(ctx); return; }
    CHECK_OK(ralu_tokenizer_load(ctx, t_path("text/clip_tiny_json/tokenizer.json"), &tok));
    t_tokens_vs(ctx, tok, "clip_tiny");
    ralu_destroy(ctx);
}
static void test_text_t5_tokens(void) {
    ralu_ctx *ctx = t_cpu_ctx(); ralu_tokenizer *tok = NULL;
    CHECK(ctx);
    CHECK_OK(ralu_tokenizer_load(ctx, t_path("text/t5_tok"), &tok));
    CHECK(ralu_tokenizer_get_info(tok)->kind == RALU_TOKENIZER_T5 && ralu_tokenizer_get_info(tok)->eos == 1 && ralu_tokenizer_get_info(tok)->pad == 0);
    t_tokens_vs(ctx, tok, "t5");
    ralu_destroy(ctx);
}

/* malformed vocabularies, a truncated spiece.model, invalid UTF-8: clear errors, no crash */
static void t_write_in(const char *dir, const char *name, const void *data, size_t n) {
    char p[1024]; snprintf(p, sizeof p, "%s/%s", dir, name); t_write_file(p, data, n);
}
static void test_text_tokenizer_errors(void) {
    ralu_ctx *ctx = t_cpu_ctx(); ralu_tokenizer *tok = NULL;
    char dir[600], path[700]; size_t n, i; unsigned char *sp; int32_t ids[77];
    static const char *const bad_utf8[] = { "caf\xc3", "\xff", "a\xc0\xaf" "b", "\xed\xa0\x80", "\xf4\x90\x80\x80", "ok \xe2\x82" };
    CHECK(ctx);
    snprintf(dir, sizeof dir, "%s/text_bad", t_tmpdir()); mkdir(dir, 0700);
    /* vocab.json that is not JSON */
    t_write_in(dir, "vocab.json", "{\"a\": 1,", 8); t_write_in(dir, "merges.txt", "#version\na b\n", 13);
    CHECK(ralu_tokenizer_load(ctx, dir, &tok) == RALU_ERR_TOKENIZER && !tok && strstr(ralu_last_error(ctx), "vocab.json"));
    /* valid JSON, not a byte-level vocabulary */
    t_write_in(dir, "vocab.json", "{\"a\": 1, \"b\": 2}", 16);
    CHECK(ralu_tokenizer_load(ctx, dir, &tok) == RALU_ERR_TOKENIZER && strstr(ralu_last_error(ctx), "byte"));
    /* a real vocabulary with a merges line of three symbols, then one naming unknown symbols */
    {
        char *v = (char *)t_read_file(t_path("text/clip_tiny/vocab.json"), &n);
        CHECK(v);
        t_write_in(dir, "vocab.json", v, n); free(v);
        t_write_in(dir, "merges.txt", "#version: 0.2\ni n\nt h e\n", 24);
        CHECK(ralu_tokenizer_load(ctx, dir, &tok) == RALU_ERR_TOKENIZER && strstr(ralu_last_error(ctx), "line 3"));
        t_write_in(dir, "merges.txt", "#version: 0.2\ni n\nqqq zzz\n", 26);
        CHECK(ralu_tokenizer_load(ctx, dir, &tok) == RALU_ERR_TOKENIZER && strstr(ralu_last_error(ctx), "not in the vocabulary"));
    }
    /* tokenizer.json of the wrong kind */
    snprintf(path, sizeof path, "%s/tokenizer.json", dir);
    t_write_file(path, "{\"model\": {\"type\": \"Unigram\", \"vocab\": []}}", 43);
    CHECK(ralu_tokenizer_load(ctx, path, &tok) == RALU_ERR_TOKENIZER && strstr(ralu_last_error(ctx), "BPE"));
    /* spiece.model cut at many lengths, and bytes flipped: an error or a working tokenizer, never a crash */
    sp = (unsigned char *)t_read_file(t_path("text/t5_tok/spiece.model"), &n);
    CHECK(sp && n > 1000);
    snprintf(path, sizeof path, "%s/spiece.model", dir);
    for (i = 1; i < n; i += n / 23 + 1) {
        ralu_result r;
        t_write_file(path, sp, i);
        r = ralu_tokenizer_load(ctx, path, &tok);
        CHECKF(r == RALU_ERR_TOKENIZER || r == RALU_OK, "truncated to %zu bytes: %s", i, ralu_result_string(r));
        if (r == RALU_OK) { CHECK_OK(ralu_tokenize(tok, "a cat", 16, -1, ids, NULL)); ralu_tokenizer_free(tok); tok = NULL; }
    }
    t_write_file(path, sp, 3000);
    CHECK(ralu_tokenizer_load(ctx, path, &tok) == RALU_ERR_TOKENIZER && strstr(ralu_last_error(ctx), "spiece.model"));
    {
        t_rng rng = { 5 }; int k;
        for (k = 0; k < 40; k++) {
            unsigned char *c = (unsigned char *)malloc(n); ralu_result r;
            memcpy(c, sp, n);
            for (i = 0; i < 8; i++) c[t_next(&rng) % n] ^= (unsigned char)(1u << (t_next(&rng) % 8));
            t_write_file(path, c, n); free(c);
            r = ralu_tokenizer_load(ctx, path, &tok);
            CHECKF(r == RALU_ERR_TOKENIZER || r == RALU_OK, "corrupted model %d: %s", k, ralu_result_string(r));
            if (r == RALU_OK) { CHECK_OK(ralu_tokenize(tok, "a photo of a café, 東京 ΑΣ", 64, -1, ids, NULL)); ralu_tokenizer_free(tok); tok = NULL; }
        }
    }
    free(sp);
    /* missing files */
    CHECK(ralu_tokenizer_load(ctx, "/nonexistent/spiece.model", &tok) == RALU_ERR_FILE_NOT_FOUND && strstr(ralu_last_error(ctx), "spiece.model"));
    /* invalid UTF-8 prompts: RALU_ERR_TEXT_ENCODING with the byte offset, for both kinds */
    CHECK_OK(ralu_tokenizer_load(ctx, NULL, &tok));
    for (i = 0; i < sizeof bad_utf8 / sizeof bad_utf8[0]; i++)
        CHECKF(ralu_tokenize(tok, bad_utf8[i], 77, -1, ids, NULL) == RALU_ERR_TEXT_ENCODING && strstr(ralu_last_error(ctx), "byte"), "CLIP, bad prompt %zu", i);
    CHECK(ralu_tokenize(tok, "a", 1, -1, ids, NULL) == RALU_ERR_INVALID_ARGUMENT);
    ralu_tokenizer_free(tok);
    CHECK_OK(ralu_tokenizer_load(ctx, t_path("text/t5_tok/spiece.model"), &tok));
    for (i = 0; i < sizeof bad_utf8 / sizeof bad_utf8[0]; i++)
        CHECKF(ralu_tokenize(tok, bad_utf8[i], 77, -1, ids, NULL) == RALU_ERR_TEXT_ENCODING, "T5, bad prompt %zu", i);
    ralu_tokenizer_free(tok);
    ralu_destroy(ctx);
}

/* padding and truncation as the pipelines' tokenizer(padding="max_length", truncation=True) */
static void test_text_tokenize_pad_truncate(void) {
    ralu_ctx *ctx = t_cpu_ctx(); ralu_tokenizer *clip = NULL, *t5 = NULL;
    int32_t ids[600], full[600]; int n, nf, i;
    const char *longp = "a b c d e f g h i j k l m n o p q r s t u v w x y z a b c d e f g h i j k l m n o p q r s t u v w x y z a b c d e f g h i j k l m n o p q r s t u v w x y z a b c";
    CHECK(ctx);
    CHECK_OK(ralu_tokenizer_load(ctx, NULL, &clip));
    CHECK_OK(ralu_tokenize(clip, "a cat", 77, -1, ids, &n));
    CHECK(n == 4 && ids[0] == 49406 && ids[3] == 49407 && ids[4] == 49407 && ids[76] == 49407);
    CHECK_OK(ralu_tokenize(clip, "a cat", 77, 0, ids, &n));
    CHECK(ids[4] == 0 && ids[76] == 0);
    CHECK_OK(ralu_tokenize(clip, longp, 600, -1, full, &nf));
    CHECK(nf == 2 + 81);
    CHECK_OK(ralu_tokenize(clip, longp, 77, -1, ids, &n));
    CHECK(n == 77 && ids[76] == 49407);
    for (i = 0; i < 76; i++) CHECK(ids[i] == full[i]);
    CHECK_OK(ralu_tokenizer_load(ctx, t_path("text/t5_tok/spiece.model"), &t5));
    CHECK_OK(ralu_tokenize(t5, longp, 600, -1, full, &nf));
    CHECK_OK(ralu_tokenize(t5, longp, 32, -1, ids, &n));
    CHECK(n == 32 && ids[31] == 1 && nf > 32);
    for (i = 0; i < 31; i++) CHECK(ids[i] == full[i]);
    CHECK_OK(ralu_tokenize(t5, "", 8, -1, ids, &n));
    CHECK(n == 1 && ids[0] == 1 && ids[1] == 0 && ids[7] == 0);
    ralu_destroy(ctx);
}

/* ---- encoders ---- */
static int32_t *t_load_i32(const ralu_tensor_file *tf, const char *name, size_t *n) {
    const ralu__st_entry *e = ralu__st_lookup(tf, name);
    int32_t *o; size_t cnt;
    if (!e || strcmp(e->dtype_name, "I32")) return NULL;
    cnt = (size_t)(e->end - e->begin) / 4;
    o = (int32_t *)malloc(cnt * 4 + 4);
    memcpy(o, tf->shards[e->shard].map.base + e->begin, cnt * 4);
    if (n) *n = cnt;
    return o;
}
/* one output of an encoder against the reference tensor `ref_name` (rel L2 <= 1e-4) */
static int t_cmp(const ralu_tensor_file *io, const char *ref_name, const float *got, size_t n, const char *what) {
    size_t rn; float *ref = t_load_f32(io, ref_name, &rn); double e;
    if (!ref || rn != n) { T_FAIL("%s: reference '%s' missing or %zu values, expected %zu", what, ref_name, ref ? rn : 0, n); free(ref); return 0; }
    e = t_rel_l2f(got, ref, n);
    free(ref);
    if (!(e <= 1e-4)) { T_FAIL("%s: %s rel L2 %.3g > 1e-4", what, ref_name, e); return 0; }
    return 1;
}
/* loads `file` (under text/) as `kind` and checks every output on the fixed ids */
static void t_encoder_case(ralu_backend kind_be, const char *file, ralu_text_kind kind, int heads, const char *tag) {
    ralu_ctx *ctx = t_ctx_backend(kind_be);
    ralu_text_encoder *te = NULL; ralu_text_encoder_desc d; ralu_tensor_file *io = NULL;
    const ralu_text_encoder_info *f;
    char path[600], what[700], rn[64]; int pass;
    if (!ctx || ralu_active_backend(ctx) != kind_be) { if (ctx) ralu_destroy(ctx); T_FAIL("backend %d unavailable", (int)kind_be); return; }
    memset(&d, 0, sizeof d); d.kind = kind; d.heads = heads;
    snprintf(path, sizeof path, "%s/text/%s", t_fixtures, file);
    snprintf(what, sizeof what, "%s [%s]", file, tag);
    if (ralu_text_encoder_load(ctx, path, &d, &te) != RALU_OK) { T_FAIL("%s: load: %s", what, ralu_last_error(ctx)); ralu_destroy(ctx); return; }
    f = ralu_text_encoder_get_info(te);
    if (ralu_tensor_file_open(ctx, t_path("text/enc_io.safetensors"), &io) != RALU_OK) { T_FAIL("enc_io"); ralu_destroy(ctx); return; }
    for (pass = 0; pass < 2 && !t_failed; pass++) {   /* CLIP: 77 ids, then 20 without EOS; T5: 40 ids, then 160 */
        const char *ids_name = f->kind == RALU_TEXT_T5 ? (pass ? "t5_long_ids" : "t5_ids") : pass ? "clip_short_ids" : f->kind == RALU_TEXT_CLIP_G ? "clip_g_ids" : "clip_ids";
        const char *pre = f->kind == RALU_TEXT_T5 ? (pass ? "t5_long" : "t5") : pass ? "ls" : f->kind == RALU_TEXT_CLIP_G ? "g" : "l";
        size_t n = 0; int32_t *ids = t_load_i32(io, ids_name, &n);
        ralu_text_output o; size_t W = (size_t)f->width, P = (size_t)(f->proj_width ? f->proj_width : f->width);
        float *last = (float *)malloc(n * W * 4), *pen = (float *)malloc(n * W * 4), *pooled = (float *)malloc(W * 4), *proj = (float *)malloc(P * 4);
        if (pass && f->kind == RALU_TEXT_CLIP_G) { free(ids); free(last); free(pen); free(pooled); free(proj); break; }
        t_poison(last, n * W); t_poison(pen, n * W); t_poison(pooled, W); t_poison(proj, P);
        memset(&o, 0, sizeof o); o.last = last;
        if (f->kind != RALU_TEXT_T5) { o.penultimate = pen; o.pooled = pooled; o.projected = proj; }
        if (ralu_text_encode(te, ids, (int)n, &o) != RALU_OK) T_FAIL("%s: encode: %s", what, ralu_last_error(ctx));
        else {
            snprintf(rn, sizeof rn, "%s_last", pre);
            if (t_cmp(io, rn, last, n * W, what) && f->kind != RALU_TEXT_T5) {
                snprintf(rn, sizeof rn, "%s_pen", pre);
                if (t_cmp(io, rn, pen, n * W, what)) {
                    snprintf(rn, sizeof rn, "%s_pooled", pre);
                    /* CLIP-L from a single file: identity projection (diffusers' single-file loader) */
                    if (t_cmp(io, rn, pooled, W, what)) { snprintf(rn, sizeof rn, f->proj_width ? "%s_proj" : "%s_pooled", pre); t_cmp(io, rn, proj, P, what); }
                }
            }
        }
        free(ids); free(last); free(pen); free(pooled); free(proj);
    }
    ralu_tensor_file_close(io);
    ralu_text_encoder_free(te);
    ralu_destroy(ctx);
}
static void t_encoders(ralu_backend be) {
    /* CLIP-L: diffusers folder (f32, config.json), clip_l.safetensors (f16, no config: heads given), SD3 file (bf16) */
    t_encoder_case(be, "clip_l", RALU_TEXT_AUTO, 0, "folder f32");
    if (!t_failed) t_encoder_case(be, "clip_l.safetensors", RALU_TEXT_AUTO, 2, "single f16");
    if (!t_failed) t_encoder_case(be, "sd3_text.safetensors", RALU_TEXT_CLIP_L, 2, "sd3 bf16");
    /* CLIP-G (GELU): folder (f16), SD3 file (bf16) */
    if (!t_failed) t_encoder_case(be, "clip_g", RALU_TEXT_AUTO, 0, "folder f16");
    if (!t_failed) t_encoder_case(be, "sd3_text.safetensors", RALU_TEXT_CLIP_G, 2, "sd3 bf16");
    /* T5: folder (bf16), t5xxl single file (fp8 e4m3 matrices), SD3 file (bf16) */
    if (!t_failed) t_encoder_case(be, "t5", RALU_TEXT_AUTO, 0, "folder bf16");
    if (!t_failed) t_encoder_case(be, "t5xxl_fp8.safetensors", RALU_TEXT_AUTO, 0, "single fp8");
    if (!t_failed) t_encoder_case(be, "sd3_text.safetensors", RALU_TEXT_T5, 0, "sd3 bf16");
}
static void test_text_encoders_cpu(void) { t_encoders(RALU_BACKEND_CPU); }

static void test_text_encoder_info_errors(void) {
    ralu_ctx *ctx = t_cpu_ctx(); ralu_text_encoder *te = NULL; ralu_text_encoder_desc d; const ralu_text_encoder_info *f;
    int32_t ids[80]; ralu_text_output o; float buf[80 * 16]; int i;
    CHECK(ctx);
    memset(&d, 0, sizeof d);
    CHECK(ralu_text_encoder_load(ctx, t_path("text/sd3_text.safetensors"), &d, &te) == RALU_ERR_INVALID_ARGUMENT && strstr(ralu_last_error(ctx), "several"));
    CHECK(ralu_text_encoder_load(ctx, t_path("text/clip_l"), &d, &te) == RALU_OK);
    f = ralu_text_encoder_get_info(te);
    CHECK(f->kind == RALU_TEXT_CLIP_L && f->width == 16 && f->layers == 3 && f->heads == 2 && f->ff == 32 && f->vocab == 1514 && f->max_positions == 77 && f->proj_width == 16 && f->dtype == RALU_DTYPE_F32);
    for (i = 0; i < 80; i++) ids[i] = 5;
    memset(&o, 0, sizeof o); o.last = buf;
    CHECK(ralu_text_encode(te, ids, 78, &o) == RALU_ERR_INVALID_ARGUMENT && strstr(ralu_last_error(ctx), "n = 78"));
    ids[3] = 1514;
    CHECK(ralu_text_encode(te, ids, 10, &o) == RALU_ERR_INVALID_ARGUMENT && strstr(ralu_last_error(ctx), "ids[3] = 1514"));
    ralu_text_encoder_free(te);
    d.kind = RALU_TEXT_T5;
    CHECK(ralu_text_encoder_load(ctx, t_path("text/clip_l"), &d, &te) == RALU_ERR_MODEL_UNKNOWN);
    d.kind = RALU_TEXT_CLIP_G;
    CHECK(ralu_text_encoder_load(ctx, t_path("text/sd3_text.safetensors"), &d, &te) == RALU_ERR_MODEL_SHAPE && strstr(ralu_last_error(ctx), "heads"));
    d.heads = 2;
    CHECK_OK(ralu_text_encoder_load(ctx, t_path("text/sd3_text.safetensors"), &d, &te));
    CHECK(ralu_text_encoder_get_info(te)->kind == RALU_TEXT_CLIP_G && !strcmp(ralu_text_encoder_get_info(te)->prefix, "text_encoders.clip_g.transformer.") && ralu_text_encoder_get_info(te)->proj_width == 12);
    d.kind = RALU_TEXT_CLIP_L;   /* the file holds a projection for CLIP-L: taken as the identity */
    CHECK_OK(ralu_text_encoder_load(ctx, t_path("text/sd3_text.safetensors"), &d, &te));
    CHECK(ralu_text_encoder_get_info(te)->kind == RALU_TEXT_CLIP_L && ralu_text_encoder_get_info(te)->proj_width == 0);
    d.kind = RALU_TEXT_T5;
    CHECK_OK(ralu_text_encoder_load(ctx, t_path("text/t5xxl_fp8.safetensors"), &d, &te));
    f = ralu_text_encoder_get_info(te);
    CHECK(f->kind == RALU_TEXT_T5 && f->width == 40 && f->heads == 4 && f->ff == 32 && f->layers == 3 && f->dtype == RALU_DTYPE_F8_E4M3);
    ralu_destroy(ctx);   /* frees what is still loaded */
}

/* ---- the pipelines' prompt encoding ---- */
typedef struct t_pipe { ralu_ctx *ctx; ralu_tokenizer *clip, *clip_g, *t5tok; ralu_text_encoder *L, *G, *T; ralu_tensor_file *io; t_corpus prompts; } t_pipe;
static int t_pipe_open(t_pipe *p, ralu_backend be) {
    ralu_text_encoder_desc d; size_t n; char *txt;
    memset(p, 0, sizeof *p); memset(&d, 0, sizeof d);
    p->ctx = t_ctx_backend(be);
    if (!p->ctx || ralu_active_backend(p->ctx) != be) return 0;
    if (ralu_tokenizer_load(p->ctx, t_path("text/clip_tiny"), &p->clip) || ralu_tokenizer_load(p->ctx, t_path("text/clip_tiny_json/tokenizer.json"), &p->clip_g) ||
        ralu_tokenizer_load(p->ctx, t_path("text/t5_tok/spiece.model"), &p->t5tok) ||
        ralu_text_encoder_load(p->ctx, t_path("text/clip_l"), &d, &p->L) || ralu_text_encoder_load(p->ctx, t_path("text/clip_g"), &d, &p->G) ||
        ralu_text_encoder_load(p->ctx, t_path("text/t5"), &d, &p->T) || ralu_tensor_file_open(p->ctx, t_path("text/pipe_io.safetensors"), &p->io)) return 0;
    txt = (char *)t_read_file(t_path("text/pipe_prompts.json"), &n);
    p->prompts.ar.ctx = p->ctx; p->prompts.text = txt;
    return txt && ralu__json_parse(p->ctx, &p->prompts.ar, txt, n, "pipe_prompts.json", &p->prompts.root) == RALU_OK;
}
static void t_pipe_close(t_pipe *p) { if (p->io) ralu_tensor_file_close(p->io); t_corpus_close(&p->prompts); if (p->ctx) ralu_destroy(p->ctx); }

static void t_pipelines(ralu_backend be) {
    t_pipe p; ralu__jv *e; int k;
    const int T5L = 24, WT = 40;
    float *txt = (float *)malloc(sizeof(float) * (size_t)(77 + T5L) * 4096), pooled[64];
    char name[64], what[128];
    if (!t_pipe_open(&p, be)) { T_FAIL("setup: %s", p.ctx ? ralu_last_error(p.ctx) : "no context"); t_pipe_close(&p); free(txt); return; }
    for (k = 0, e = p.prompts.root->first; e && !t_failed; e = e->next, k++) {
        snprintf(what, sizeof what, "prompt %d '%.30s'", k, e->s);
        t_poison(txt, (size_t)T5L * WT); t_poison(pooled, 64);
        if (ralu_flux_encode_prompt(p.L, p.clip, p.T, p.t5tok, e->s, T5L, txt, pooled) != RALU_OK) { T_FAIL("flux %s: %s", what, ralu_last_error(p.ctx)); break; }
        snprintf(name, sizeof name, "flux%d_txt", k); if (!t_cmp(p.io, name, txt, (size_t)T5L * WT, what)) break;
        snprintf(name, sizeof name, "flux%d_pooled", k); if (!t_cmp(p.io, name, pooled, 16, what)) break;
        t_poison(txt, (size_t)(77 + T5L) * WT); t_poison(pooled, 64);
        if (ralu_sd3_encode_prompt(p.L, p.clip, p.G, p.clip_g, p.T, p.t5tok, e->s, T5L, txt, pooled) != RALU_OK) { T_FAIL("sd3 %s: %s", what, ralu_last_error(p.ctx)); break; }
        snprintf(name, sizeof name, "sd3%d_txt", k); if (!t_cmp(p.io, name, txt, (size_t)(77 + T5L) * WT, what)) break;
        snprintf(name, sizeof name, "sd3%d_pooled", k); if (!t_cmp(p.io, name, pooled, 16 + 12, what)) break;
        if (k < 2) {   /* without T5: zeros, 4096 wide */
            t_poison(txt, (size_t)(77 + T5L) * 4096); t_poison(pooled, 64);
            if (ralu_sd3_encode_prompt(p.L, p.clip, p.G, p.clip_g, NULL, NULL, e->s, T5L, txt, pooled) != RALU_OK) { T_FAIL("sd3 no T5 %s: %s", what, ralu_last_error(p.ctx)); break; }
            {   /* the reference stores the 32 CLIP columns; the rest must be exact zeros */
                float *cl = (float *)malloc(sizeof(float) * (77 + T5L) * 32); size_t r_, c_; int zeros = 1;
                for (r_ = 0; r_ < (size_t)(77 + T5L); r_++)
                    for (c_ = 0; c_ < 4096; c_++) { float v = txt[r_ * 4096 + c_]; if (c_ < 32) cl[r_ * 32 + c_] = v; else if (v != 0.0f) zeros = 0; }
                snprintf(name, sizeof name, "sd3n%d_txt", k);
                if (!zeros) T_FAIL("sd3 no T5 %s: nonzero values past the CLIP features", what);
                else t_cmp(p.io, name, cl, (size_t)(77 + T5L) * 32, what);
                free(cl);
                if (t_failed) break;
            }
            snprintf(name, sizeof name, "sd3n%d_pooled", k); if (!t_cmp(p.io, name, pooled, 16 + 12, what)) break;
        }
    }
    if (!t_failed && k != 5) T_FAIL("ran %d prompts, expected 5", k);
    /* wrong encoder kinds are refused */
    if (!t_failed && ralu_flux_encode_prompt(p.T, p.t5tok, p.L, p.clip, "x", T5L, txt, pooled) != RALU_ERR_INVALID_ARGUMENT) T_FAIL("swapped encoders accepted");
    t_pipe_close(&p);
    free(txt);
}
static void test_text_pipelines_cpu(void) { t_pipelines(RALU_BACKEND_CPU); }
#ifdef RALU__HAVE_VULKAN
/* the same fixtures on the Vulkan backend (f32 shaders; skipped without a device) */
static void test_text_encoders_vulkan(void) { T_VK_SCALAR(t_encoders(RALU_BACKEND_VULKAN)); }
static void test_text_pipelines_vulkan(void) { T_VK_SCALAR(t_pipelines(RALU_BACKEND_VULKAN)); }
#endif

/* a folder's special_tokens_map.json sets the pad (SD3's tokenizer_2: "!", then an added token) */
static void test_text_pad_from_folder(void) {
    ralu_ctx *ctx = t_cpu_ctx(); ralu_tokenizer *tok = NULL; char dir[600]; size_t n; char *v;
    CHECK(ctx);
    snprintf(dir, sizeof dir, "%s/text_pad", t_tmpdir()); mkdir(dir, 0700);
    v = (char *)t_read_file(t_path("text/clip_tiny/vocab.json"), &n); CHECK(v); t_write_in(dir, "vocab.json", v, n); free(v);
    v = (char *)t_read_file(t_path("text/clip_tiny/merges.txt"), &n); CHECK(v); t_write_in(dir, "merges.txt", v, n); free(v);
    { const char *m = "{\"pad_token\": {\"content\": \"!\", \"lstrip\": false}}"; t_write_in(dir, "special_tokens_map.json", m, strlen(m)); }
    CHECK_OK(ralu_tokenizer_load(ctx, dir, &tok));
    CHECK(ralu_tokenizer_get_info(tok)->pad == 0 && ralu_tokenizer_get_info(tok)->pad_from_file == 1);
    t_tokens_vs(ctx, tok, "clip_tiny_bang");   /* "!" is split out of every prompt, as transformers does */
    ralu_destroy(ctx);
}

static const test_case tests_text[] = {
    { "text_clip_tokens_embedded", test_text_clip_tokens_embedded },
    { "text_clip_tokens_files", test_text_clip_tokens_files },
    { "text_t5_tokens", test_text_t5_tokens },
    { "text_tokenizer_errors", test_text_tokenizer_errors },
    { "text_tokenize_pad_truncate", test_text_tokenize_pad_truncate },
    { "text_pad_from_folder", test_text_pad_from_folder },
    { "text_encoders_cpu", test_text_encoders_cpu },
    { "text_encoder_info_errors", test_text_encoder_info_errors },
    { "text_pipelines_cpu", test_text_pipelines_cpu },
#ifdef RALU__HAVE_VULKAN
    { "text_encoders_vulkan", test_text_encoders_vulkan },
    { "text_pipelines_vulkan", test_text_pipelines_vulkan },
#endif
    { NULL, NULL }
};
