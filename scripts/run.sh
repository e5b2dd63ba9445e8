#!/usr/bin/env bash
# Set-up in one command: packages, build, then the kiosk in a window on the bundled media/.
# Extra arguments go to vitrin, e.g. scripts/run.sh --lang en
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh release
exec build/release/vitrin --windowed --media media "$@"
