#!/usr/bin/env bash
# Builds the libFuzzer targets of the content readers (fuzz preset, clang) and runs each for
# SECONDS (default 60). New interesting inputs are kept in the build folder; a crash leaves a
# crash-* file in the current folder to reproduce with: build/fuzz/fuzz/<target> crash-...
# Usage: scripts/fuzz.sh [seconds]     (VITRIN_FUZZ_BUILD overrides the build folder)
set -euo pipefail

seconds="${1:-60}"
if ! [[ "$seconds" =~ ^[0-9]+$ ]]; then
    echo "usage: $0 [seconds]" >&2
    exit 2
fi
cd "$(dirname "$0")/.."
build="${VITRIN_FUZZ_BUILD:-build/fuzz}"

cmake --preset fuzz -B "$build" -DVITRIN_FUZZ_SECONDS="$seconds" >/dev/null
cmake --build "$build" --target fuzz_caption_sheet fuzz_exhibition_settings -j2
ctest --test-dir "$build" -L fuzz --output-on-failure
