#!/usr/bin/env bash
# The sanitizer suite (docs/robustness.md): builds the project with AddressSanitizer, LeakSanitizer and
# UndefinedBehaviorSanitizer (-DWITH_SANITIZERS=ON) into its own build folder and runs every test but the
# benchmarks. Any memory error, leak or undefined behaviour fails the test it happens in.
# Environment: SANITIZE_BUILD_DIR (default build-sanitize), JOBS (default: number of cores).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build=${SANITIZE_BUILD_DIR:-"$root/build-sanitize"}
jobs=${JOBS:-$(nproc)}

# ccache: hash paths relative to the checkout, as scripts/bootstrap.sh does.
export CCACHE_BASEDIR="$root" CCACHE_NOHASHDIR=true

start=$(date +%s)
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Debug -DWITH_SANITIZERS=ON -DWARNINGS_AS_ERRORS=ON \
    -DBUILD_TESTING=ON -DWITH_GUI_TESTS=ON
cmake --build "$build" -j "$jobs"
built=$(date +%s)

# Leaks are errors; the suppressions name third-party libraries only, each with its reason.
export ASAN_OPTIONS="detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1"
export LSAN_OPTIONS="suppressions=$root/scripts/lsan-suppressions.txt:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
cd "$build"
status=0
QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j "$jobs" -LE benchmark || status=$?
echo "sanitize-check: build $((built - start)) s, tests $(($(date +%s) - built)) s"
exit $status
