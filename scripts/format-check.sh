#!/usr/bin/env bash
# Checks that every C++ source follows the root .clang-format (CI runs it after the tests). In a git checkout
# the tracked *.cpp and *.h; elsewhere (a source tarball) every *.cpp and *.h outside build folders.
# Fix a failure with: git ls-files '*.cpp' '*.h' | xargs clang-format-14 -i
set -euo pipefail
cd "$(dirname "$0")/.."
if git rev-parse --is-inside-work-tree > /dev/null 2>&1; then
    git ls-files -z '*.cpp' '*.h' | xargs -0 clang-format-14 --dry-run --Werror
else
    find . -path './build*' -prune -o -path './wip' -prune -o \( -name '*.cpp' -o -name '*.h' \) -print0 |
        xargs -0 clang-format-14 --dry-run --Werror
fi
echo "format-check: every C++ source follows .clang-format"
