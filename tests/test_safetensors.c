/* The safetensors reader against good files and a corpus of broken ones, each expecting its
   own error code; sharded indexes; folders; and random mutations that must never crash. */

/* writes 8-byte length + header + data; the header is used verbatim (not padded) */
static int t_st_write_raw(const char *path, const char *header, uint64_t hlen, const void *data, size_t dlen) {
    FILE *f = fopen(path, "wb"); unsigned char len[8]; int i; int ok;
    if (!f) return 0;
    for (i = 0; i < 8; i++) len[i] = (unsigned char)(hlen >> (8 * i));
    ok = fwrite(len, 1, 8, f) == 8 && fwrite(header, 1, strlen(header), f) == strlen(header) && (!dlen || fwrite(data, 1, dlen, f) == dlen);
    return fclose(f) == 0 && ok;
}
static int t_st_write(const char *path, const char *header, const void *data, size_t dlen) {
    return t_st_write_raw(path, header, strlen(header), data, dlen);
}

/* the good file: a F32 [2,3] (24 bytes), b BF16 [4] (8), c F8_E4M3 [5] (5), ids I64 [2] (16) */
static const char *t_good_header =
    "{\"__metadata__\":{\"format\":\"pt\"},"
    "\"a\":{\"dtype\":\"F32\",\"shape\":[2,3],\"data_offsets\":[0,24]},"
    "\"b\":{\"dtype\":\"BF16\",\"shape\":[4],\"data_offsets\":[24,32]},"
    "\"c\":{\"dtype\":\"F8_E4M3\",\"shape\":[5],\"data_offsets\":[32,37]},"
    "\"ids\":{\"dtype\":\"I64\",\"shape\":[2],\"data_offsets\":[37,53]}}";
static unsigned char t_good_data[53];
static void t_good_fill(void) {
    float a[6] = { 1, -2, 3.5f, 0.25f, -7, 8 }; uint16_t b[4] = { 0x3f80, 0x4000, 0xbf80, 0x4040 };
    unsigned char c[5] = { 0x38, 0x40, 0xb8, 0x7e, 0x01 }; int64_t ids[2] = { 3, 4 };
    memcpy(t_good_data, a, 24); memcpy(t_good_data + 24, b, 8); memcpy(t_good_data + 32, c, 5); memcpy(t_good_data + 37, ids, 16);
}

static void test_st_good(void) {
    ralu_ctx *ctx = t_cpu_ctx(); ralu_tensor_file *tf = NULL; ralu_tensor_info ti;
    char path[600];
    CHECK(ctx);
    t_good_fill();
    snprintf(path, sizeof path, "%s/good.safetensors", t_tmpdir());
    CHECK(t_st_write(path, t_good_header, t_good_data, sizeof t_good_data));
    CHECK_OK(ralu_tensor_file_open(ctx, path, &tf));
    CHECK(ralu_tensor_file_count(tf) == 4);
    CHECK(ralu_tensor_file_find(tf, "a", &ti) == 0);
    CHECK(ti.dtype == RALU_DTYPE_F32 && ti.ndim == 2 && ti.shape[0] == 2 && ti.shape[1] == 3 && ti.nbytes == 24);
    CHECK(ralu__load_elem(ti.dtype, ti.data, 2) == 3.5f);
    CHECK(ralu_tensor_file_find(tf, "b", &ti) == 0 && ti.dtype == RALU_DTYPE_BF16 && ralu__load_elem(ti.dtype, ti.data, 3) == 3.0f);
    CHECK(ralu_tensor_file_find(tf, "c", &ti) == 0 && ti.dtype == RALU_DTYPE_F8_E4M3 && ralu__load_elem(ti.dtype, ti.data, 3) == 448.0f);
    CHECK(ralu_tensor_file_find(tf, "ids", &ti) == 0 && ti.dtype == RALU_DTYPE_UNKNOWN && ti.nbytes == 16);
    CHECK(ralu_tensor_file_find(tf, "missing", &ti) == -1);
    ralu_tensor_file_close(tf);
    ralu_destroy(ctx);
}

typedef struct t_bad_case { const char *name; const char *header; int64_t hlen_override; size_t data_len; ralu_result expect; const char *msg_part; } t_bad_case;

static void test_st_broken_corpus(void) {
    static const t_bad_case cases[] = {
        { "bad JSON (missing brace)", "{\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]}", -1, 8, RALU_ERR_ST_JSON, "invalid JSON" },
        { "bad JSON (trailing comma)", "{\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]},}", -1, 8, RALU_ERR_ST_JSON, "byte" },
        { "bad JSON (garbage)", "not json at all", -1, 0, RALU_ERR_ST_JSON, "invalid JSON" },
        { "header not an object", "[1,2,3]", -1, 0, RALU_ERR_ST_SCHEMA, "not a JSON object" },
        { "offset past EOF", "{\"a\":{\"dtype\":\"F32\",\"shape\":[4],\"data_offsets\":[0,16]}}", -1, 8, RALU_ERR_ST_OFFSET_RANGE, "'a'" },
        { "reversed offsets", "{\"a\":{\"dtype\":\"F32\",\"shape\":[0],\"data_offsets\":[8,0]}}", -1, 8, RALU_ERR_ST_OFFSET_RANGE, "end before" },
        { "overlapping ranges", "{\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]},\"b\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[4,12]}}", -1, 12, RALU_ERR_ST_OVERLAP, "overlap" },
        { "wrong dtype", "{\"a\":{\"dtype\":\"F7\",\"shape\":[2],\"data_offsets\":[0,8]}}", -1, 8, RALU_ERR_ST_DTYPE, "'F7'" },
        { "absurd header length", "{}", (int64_t)1 << 40, 0, RALU_ERR_ST_HEADER_SIZE, "exceeds" },
        { "header longer than file", "{}", 5000, 0, RALU_ERR_ST_TRUNCATED, "truncated" },
        { "shape/size mismatch", "{\"a\":{\"dtype\":\"BF16\",\"shape\":[3],\"data_offsets\":[0,8]}}", -1, 8, RALU_ERR_ST_SHAPE_SIZE, "'a'" },
        { "shape overflow", "{\"a\":{\"dtype\":\"F32\",\"shape\":[4294967296,4294967296],\"data_offsets\":[0,8]}}", -1, 8, RALU_ERR_ST_OVERFLOW, "overflows" },
        { "negative shape", "{\"a\":{\"dtype\":\"F32\",\"shape\":[-2],\"data_offsets\":[0,8]}}", -1, 8, RALU_ERR_ST_SCHEMA, "shape entry '-2'" },
        { "offset too large", "{\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,99999999999999999999999]}}", -1, 8, RALU_ERR_ST_SCHEMA, "data_offsets" },
        { "duplicate name", "{\"a\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4]},\"a\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[4,8]}}", -1, 8, RALU_ERR_ST_DUPLICATE, "'a'" },
        { "missing dtype", "{\"a\":{\"shape\":[2],\"data_offsets\":[0,8]}}", -1, 8, RALU_ERR_ST_SCHEMA, "'dtype'" },
        { "three offsets", "{\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8,9]}}", -1, 8, RALU_ERR_ST_SCHEMA, "data_offsets" },
        { "too many dims", "{\"a\":{\"dtype\":\"F32\",\"shape\":[1,1,1,1,1,1,1,1,1],\"data_offsets\":[0,4]}}", -1, 4, RALU_ERR_ST_SCHEMA, "dimensions" },
        { "deep nesting", "{\"__metadata__\":[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}", -1, 0, RALU_ERR_ST_JSON, "nesting" },
        { "unterminated string", "{\"a", -1, 0, RALU_ERR_ST_JSON, "unterminated" },
        { "lone surrogate", "{\"\\ud800\":1}", -1, 0, RALU_ERR_ST_JSON, "surrogate" },
    };
    ralu_ctx *ctx = t_cpu_ctx();
    unsigned char data[64];
    size_t i;
    char path[600];
    CHECK(ctx);
    memset(data, 0x3c, sizeof data);
    for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const t_bad_case *c = &cases[i];
        ralu_tensor_file *tf = NULL;
        ralu_result r;
        snprintf(path, sizeof path, "%s/bad%zu.safetensors", t_tmpdir(), i);
        CHECK(t_st_write_raw(path, c->header, c->hlen_override >= 0 ? (uint64_t)c->hlen_override : strlen(c->header), data, c->data_len));
        r = ralu_tensor_file_open(ctx, path, &tf);
        CHECKF(r == c->expect, "%s: got %s, want %s (%s)", c->name, ralu_result_string(r), ralu_result_string(c->expect), ralu_last_error(ctx));
        CHECKF(tf == NULL, "%s: a file handle was returned on error", c->name);
        CHECKF(strstr(ralu_last_error(ctx), c->msg_part) != NULL, "%s: message '%s' lacks '%s'", c->name, ralu_last_error(ctx), c->msg_part);
    }
    /* truncated files: shorter than the length prefix, and cut inside the data */
    {
        ralu_tensor_file *tf = NULL;
        snprintf(path, sizeof path, "%s/short.safetensors", t_tmpdir());
        CHECK(t_write_file(path, "\x10\x00\x00", 3));
        CHECK(ralu_tensor_file_open(ctx, path, &tf) == RALU_ERR_ST_TRUNCATED && !tf);
        t_good_fill();
        snprintf(path, sizeof path, "%s/cut.safetensors", t_tmpdir());
        CHECK(t_st_write(path, t_good_header, t_good_data, 30));
        CHECK(ralu_tensor_file_open(ctx, path, &tf) == RALU_ERR_ST_OFFSET_RANGE && !tf);
        CHECK(strstr(ralu_last_error(ctx), "truncated") != NULL);
        CHECK(ralu_tensor_file_open(ctx, "/nonexistent/x.safetensors", &tf) == RALU_ERR_FILE_OPEN && !tf);
        CHECK(strstr(ralu_last_error(ctx), "/nonexistent/x.safetensors") != NULL);
    }
    ralu_destroy(ctx);
}

/* random byte mutations of a good file: any result code, never a crash or a leak of a handle */
static void test_st_mutations(void) {
    ralu_ctx *ctx = t_cpu_ctx();
    t_rng rng = { 12345 };
    unsigned char *file;
    size_t hlen = strlen(t_good_header), n = 8 + hlen + sizeof t_good_data, i;
    int it, opened = 0;
    char path[600];
    CHECK(ctx);
    t_good_fill();
    file = (unsigned char *)malloc(n);
    snprintf(path, sizeof path, "%s/mut.safetensors", t_tmpdir());
    for (it = 0; it < 3000; it++) {
        ralu_tensor_file *tf = NULL;
        int k, nm = 1 + (int)(t_next(&rng) % 4);
        for (i = 0; i < 8; i++) file[i] = (unsigned char)(hlen >> (8 * i));
        memcpy(file + 8, t_good_header, hlen); memcpy(file + 8 + hlen, t_good_data, sizeof t_good_data);
        for (k = 0; k < nm; k++) {
            size_t pos = 8 + (size_t)(t_next(&rng) % hlen);
            static const char alphabet[] = "{}[]\":,0123456789-eE.\\u FBI";
            file[pos] = (t_next(&rng) & 1) ? (unsigned char)alphabet[t_next(&rng) % (sizeof alphabet - 1)] : (unsigned char)t_next(&rng);
        }
        CHECK(t_write_file(path, file, (size_t)(t_next(&rng) % 8 == 0 ? t_next(&rng) % n : n)));
        if (ralu_tensor_file_open(ctx, path, &tf) == RALU_OK) {
            int c = ralu_tensor_file_count(tf), j;
            for (j = 0; j < c; j++) { ralu_tensor_info ti; CHECK(ralu_tensor_file_info(tf, j, &ti) == RALU_OK); CHECK(ti.nbytes == 0 || ti.data); }
            ralu_tensor_file_close(tf); opened++;
        } else CHECK(!tf && ralu_last_error(ctx)[0]);
    }
    free(file);
    CHECKF(opened > 0 && opened < 3000, "mutations opened %d of 3000 files", opened);
    ralu_destroy(ctx);
}

static void test_st_sharded(void) {
    ralu_ctx *ctx = t_cpu_ctx(); ralu_tensor_file *tf = NULL; ralu_tensor_info ti;
    char dir[600], p1[700], p2[700], pi[700];
    float a[2] = { 1.5f, -2.5f }, b[3] = { 4, 5, 6 };
    CHECK(ctx);
    snprintf(dir, sizeof dir, "%s/sharded", t_tmpdir());
    mkdir(dir, 0700);
    snprintf(p1, sizeof p1, "%s/m-00001-of-00002.safetensors", dir);
    snprintf(p2, sizeof p2, "%s/m-00002-of-00002.safetensors", dir);
    snprintf(pi, sizeof pi, "%s/m.safetensors.index.json", dir);
    CHECK(t_st_write(p1, "{\"x.weight\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]}}", a, 8));
    CHECK(t_st_write(p2, "{\"y.weight\":{\"dtype\":\"F32\",\"shape\":[3],\"data_offsets\":[0,12]}}", b, 12));
    {
        const char *idx = "{\"metadata\":{\"total_size\":20},\"weight_map\":{\"x.weight\":\"m-00001-of-00002.safetensors\",\"y.weight\":\"m-00002-of-00002.safetensors\"}}";
        CHECK(t_write_file(pi, idx, strlen(idx)));
    }
    CHECK_OK(ralu_tensor_file_open(ctx, dir, &tf)); /* the folder: finds the index */
    CHECK(ralu_tensor_file_count(tf) == 2);
    CHECK(ralu_tensor_file_find(tf, "y.weight", &ti) == 0 && ralu__load_elem(ti.dtype, ti.data, 2) == 6.0f);
    CHECK(ralu_tensor_file_find(tf, "x.weight", &ti) == 0 && ralu__load_elem(ti.dtype, ti.data, 1) == -2.5f);
    ralu_tensor_file_close(tf); tf = NULL;
    {   /* an index naming a shard that is not there */
        const char *idx = "{\"weight_map\":{\"x.weight\":\"m-00001-of-00002.safetensors\",\"z.weight\":\"m-00003-of-00003.safetensors\"}}";
        CHECK(t_write_file(pi, idx, strlen(idx)));
        CHECK(ralu_tensor_file_open(ctx, pi, &tf) == RALU_ERR_ST_INDEX && !tf);
        CHECK(strstr(ralu_last_error(ctx), "m-00003-of-00003.safetensors") != NULL);
    }
    {   /* an index placing a tensor in the wrong shard */
        const char *idx = "{\"weight_map\":{\"x.weight\":\"m-00002-of-00002.safetensors\",\"y.weight\":\"m-00002-of-00002.safetensors\"}}";
        CHECK(t_write_file(pi, idx, strlen(idx)));
        CHECK(ralu_tensor_file_open(ctx, pi, &tf) == RALU_ERR_ST_INDEX && !tf);
        CHECK(strstr(ralu_last_error(ctx), "'x.weight'") != NULL);
    }
    {   /* an index without weight_map */
        const char *idx = "{\"metadata\":{}}";
        CHECK(t_write_file(pi, idx, strlen(idx)));
        CHECK(ralu_tensor_file_open(ctx, pi, &tf) == RALU_ERR_ST_INDEX && !tf);
    }
    {   /* a folder with no safetensors */
        char empty[700];
        snprintf(empty, sizeof empty, "%s/empty", t_tmpdir());
        mkdir(empty, 0700);
        CHECK(ralu_tensor_file_open(ctx, empty, &tf) == RALU_ERR_FILE_NOT_FOUND && !tf);
    }
    ralu_destroy(ctx);
}

static void test_json_numbers(void) {
    ralu_ctx *ctx = t_cpu_ctx(); ralu__arena ar; ralu__jv *root = NULL, *v;
    const char *doc = "[0, -1.5, 3.25e2, 1e-7, -0.0001234, 12345678901234567, \"\\u00e9\\ud83d\\ude00\"]";
    CHECK(ctx);
    ar.ctx = ctx; ar.head = NULL;
    CHECK_OK(ralu__json_parse(ctx, &ar, doc, strlen(doc), "test", &root));
    v = root->first; CHECK(ralu__jv_num(v) == 0.0);
    v = v->next; CHECK(ralu__jv_num(v) == -1.5);
    v = v->next; CHECK(ralu__jv_num(v) == 325.0);
    v = v->next; CHECK(ralu__jv_num(v) == 1e-7);
    v = v->next; CHECK(ralu__jv_num(v) == -0.0001234);
    v = v->next; { uint64_t u; CHECK(ralu__jv_u64(v, &u) && u == 12345678901234567ull); }
    v = v->next; CHECK(v->type == RALU__J_STR && v->n == 6 && !memcmp(v->s, "\xc3\xa9\xf0\x9f\x98\x80", 6));
    ralu__arena_free(&ar);
    ralu_destroy(ctx);
}

static const test_case tests_safetensors[] = {
    { "safetensors/good_file", test_st_good },
    { "safetensors/broken_corpus", test_st_broken_corpus },
    { "safetensors/random_mutations", test_st_mutations },
    { "safetensors/sharded_index", test_st_sharded },
    { "json/numbers_and_escapes", test_json_numbers },
};
