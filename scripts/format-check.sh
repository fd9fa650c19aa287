#!/usr/bin/env bash
# Checks that every tracked C++ source follows the root .clang-format (CI runs it after the tests).
# Fix a failure with: git ls-files '*.cpp' '*.h' | xargs clang-format-14 -i
set -euo pipefail
cd "$(dirname "$0")/.."
git ls-files -z '*.cpp' '*.h' | xargs -0 clang-format-14 --dry-run --Werror
echo "format-check: every tracked *.cpp and *.h follows .clang-format"
