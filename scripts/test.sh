#!/usr/bin/env bash
# Set-up in one command: packages, build, then every test, in the release build the kiosk ships
# and under AddressSanitizer + UndefinedBehaviorSanitizer (a debug build, so assertions hold too);
# the threaded tests under ThreadSanitizer; clang-tidy on src/; then a short run of every fuzz
# target. The dev build is for working on the code: the release and ASan builds between them
# see every warning and every test, and one build fewer keeps CI well within its time (what each
# step costs: docs/reliability.md).
set -euo pipefail
cd "$(dirname "$0")/.."
for preset in release asan tsan; do
    scripts/build.sh "$preset"
    ctest --preset "$preset"
done
scripts/tidy.sh build/dev
# Every reader of untrusted bytes under libFuzzer for a minute each, two at a time (about 8 min);
# the long runs and their figures are in docs/reliability.md.
VITRIN_FUZZ_JOBS=2 scripts/fuzz.sh 60
