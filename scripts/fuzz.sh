#!/usr/bin/env bash
# Builds the libFuzzer targets of every reader of untrusted bytes (fuzz preset, clang) and runs
# each for SECONDS (default 60). New interesting inputs are kept in the build folder; a crash
# leaves a crash-* file in build/fuzz/fuzz/ to reproduce with: build/fuzz/fuzz/<target> crash-...
# Usage: scripts/fuzz.sh [seconds] [target-regex]
# (VITRIN_FUZZ_BUILD overrides the build folder, VITRIN_FUZZ_JOBS how many run at once)
set -euo pipefail

seconds="${1:-60}"
only="${2:-}"
if ! [[ "$seconds" =~ ^[0-9]+$ ]]; then
    echo "usage: $0 [seconds] [target-regex]" >&2
    exit 2
fi
cd "$(dirname "$0")/.."
build="${VITRIN_FUZZ_BUILD:-build/fuzz}"

cmake --preset fuzz -B "$build" -DVITRIN_FUZZ_SECONDS="$seconds" >/dev/null
cmake --build "$build" --target fuzz_all
# Each target uses one core; VITRIN_FUZZ_JOBS runs several at once (default one at a time).
ctest --test-dir "$build" -L fuzz ${only:+-R "$only"} --output-on-failure -j "${VITRIN_FUZZ_JOBS:-1}"
