/* tests for the vulkan section (filled in by its issue) */
static const test_case tests_vulkan[] = {
    { NULL, NULL }
};
