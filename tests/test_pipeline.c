/* tests for the pipeline section (filled in by its issue) */
static const test_case tests_pipeline[] = {
    { NULL, NULL }
};
