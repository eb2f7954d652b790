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

static const test_case tests_text[] = {
    { "text_clip_tokens_embedded", test_text_clip_tokens_embedded },
    { "text_clip_tokens_files", test_text_clip_tokens_files },
    { "text_t5_tokens", test_text_t5_tokens },
    { "text_tokenizer_errors", test_text_tokenizer_errors },
    { "text_tokenize_pad_truncate", test_text_tokenize_pad_truncate },
    { NULL, NULL }
};
