/* The ralu.h test runner. Build and run from the repository root:  sh tests/run.sh
   Optional argument: a substring; only tests whose name contains it run. */
#define RALU_IMPLEMENTATION
#include "../ralu.h"
#include <sys/stat.h>
#include <unistd.h>
#include "test.h"

#include "test_ops.c"
#include "test_safetensors.c"
#include "test_vulkan.c"
#include "test_flux.c"
#include "test_sd3.c"
#include "test_vae.c"
#include "test_text.c"
#include "test_sampler.c"
#include "test_pipeline.c"

typedef struct test_group { const test_case *cases; size_t n; } test_group;
#define T_GROUP(arr) { arr, sizeof arr / sizeof arr[0] }

int main(int argc, char **argv) {
    static const test_group groups[] = {
        T_GROUP(tests_ops),
        T_GROUP(tests_ops_cpuperf),
        T_GROUP(tests_safetensors),
        T_GROUP(tests_vulkan),
        T_GROUP(tests_flux),
        T_GROUP(tests_sd3),
        T_GROUP(tests_vae),
        T_GROUP(tests_text),
        T_GROUP(tests_sampler),
        T_GROUP(tests_ralu_math),
        T_GROUP(tests_pipeline),
    };
    const char *filter = argc > 1 ? argv[1] : NULL;
    int passed = 0, failed = 0;
    size_t g, i;
    setvbuf(stdout, NULL, _IOLBF, 0);
    for (g = 0; g < sizeof groups / sizeof groups[0]; g++)
        for (i = 0; i < groups[g].n; i++) {
            const test_case *tc = &groups[g].cases[i];
            double t0;
            if (!tc->name || (filter && !strstr(tc->name, filter))) continue;
            t_failed = 0; t_reason[0] = 0;
            t0 = ralu__now();
            tc->fn();
            if (t_failed) { failed++; printf("FAIL %-40s %s\n", tc->name, t_reason); }
            else { passed++; printf("ok   %-40s %.2fs\n", tc->name, ralu__now() - t0); }
        }
    printf("%d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}
