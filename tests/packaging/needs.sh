#!/usr/bin/env bash
# needs.sh TOOL... -- COMMAND...: runs COMMAND when every TOOL is on the PATH. A missing tool skips the test
# (exit 77, CTest's SKIP_RETURN_CODE) outside CI and fails it under CI=true, like IPSEC_REQUIRE_TESTDATA.
set -u
tools=()
while [ $# -gt 0 ] && [ "$1" != -- ]; do
    tools+=("$1")
    shift
done
shift
for tool in "${tools[@]}"; do
    if ! command -v "$tool" > /dev/null 2>&1; then
        if [ "${CI:-}" = true ]; then
            echo "CI=true, and this test cannot run: $tool is not installed (scripts/bootstrap.sh installs it)"
            exit 1
        fi
        echo "SKIP: $tool is not installed (scripts/bootstrap.sh installs it)"
        exit 77
    fi
done
exec "$@"
