#!/usr/bin/env bash
# Set-up in one command: packages, build, then every test, in the dev build and under
# AddressSanitizer + UndefinedBehaviorSanitizer.
set -euo pipefail
cd "$(dirname "$0")/.."
for preset in dev asan; do
    scripts/build.sh "$preset"
    ctest --preset "$preset"
done
