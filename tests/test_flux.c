/* tests for the flux section (filled in by its issue) */
static const test_case tests_flux[] = {
    { NULL, NULL }
};
