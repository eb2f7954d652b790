/* tests for the sampler section (filled in by its issue) */
static const test_case tests_sampler[] = {
    { NULL, NULL }
};
