#!/bin/sh
# Builds and runs the ralu.h test suite (from the repository root): sh tests/run.sh [filter]
# Also checks that a file using ralu.h compiles warning-free as C99 and as C++.
set -e
cd "$(dirname "$0")/.."
CC=${CC:-cc}
CXX=${CXX:-c++}
mkdir -p build
printf '#define RALU_IMPLEMENTATION\n#include "../ralu.h"\nint main(void) { return ralu_result_string(RALU_OK)[0] != 82; }\n' > build/compile_check.c
cp build/compile_check.c build/compile_check.cpp
$CC -std=c99 -Wall -Wextra -Werror -c build/compile_check.c -o build/compile_check_c.o
$CXX -Wall -Wextra -Werror -c build/compile_check.cpp -o build/compile_check_cpp.o
$CC -std=c99 -Wall -Wextra -Werror -DRALU_NO_VULKAN -c build/compile_check.c -o build/compile_check_nv.o
$CC -std=c99 -O2 -march=native -fopenmp -Wall -Wextra -Wno-unused-function -Wno-format-truncation tests/test_main.c -o build/ralu_tests -lm -ldl
# the examples, each with the one cc command the README gives (the CLI is tested end to end)
$CC -O2 -march=native -fopenmp -Wall -Wextra -Werror examples/txt2img.c -o build/txt2img -lm -ldl
$CC -O2 -march=native -fopenmp -Wall -Wextra -Werror examples/minimal.c -o build/minimal -lm -ldl
# OpenMP threads sleep instead of spinning at barriers: on a busy machine (CI neighbours, the
# lavapipe driver's own threads) spinning threads starve each other (measured here: 41 s
# instead of 0.2 s for one tiny generation under a load of 8). Set it yourself to override.
export OMP_WAIT_POLICY="${OMP_WAIT_POLICY:-passive}"
exec ./build/ralu_tests "$@"
