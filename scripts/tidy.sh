#!/usr/bin/env bash
# clang-tidy with the checks of .clang-tidy on every source file in src/, using the compile
# commands of a configured build (default: the dev preset). Exits non-zero on any finding.
# Usage: scripts/tidy.sh [build-folder]
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build/dev}"
if [ ! -f "$build/compile_commands.json" ]; then
    cmake --preset dev >/dev/null
fi
# GCC's warning options (-Wno-restrict) are unknown to clang: not a finding.
run-clang-tidy -p "$build" -j "$(nproc)" -quiet -extra-arg=-Wno-unknown-warning-option \
    "^$(pwd)/src/"
