/* tests for the vae section (filled in by its issue) */
static const test_case tests_vae[] = {
    { NULL, NULL }
};
