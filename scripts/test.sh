#!/usr/bin/env bash
# Set-up in one command: packages, build, then every test, in the dev build and under
# AddressSanitizer + UndefinedBehaviorSanitizer; the threaded tests under ThreadSanitizer;
# the release build; clang-tidy on src/; then a short run of every fuzz target. (What each step costs:
# docs/reliability.md.)
set -euo pipefail
cd "$(dirname "$0")/.."
for preset in dev asan tsan; do
    scripts/build.sh "$preset"
    ctest --preset "$preset"
done
# The optimised build scripts/run.sh and the package make: -O3 brings warnings of its own.
scripts/build.sh release
scripts/tidy.sh build/dev
# Every reader of untrusted bytes under libFuzzer for a minute each, two at a time (about 8 min);
# the long runs and their figures are in docs/reliability.md.
VITRIN_FUZZ_JOBS=2 scripts/fuzz.sh 60
