/* tests for the text section (filled in by its issue) */
static const test_case tests_text[] = {
    { NULL, NULL }
};
