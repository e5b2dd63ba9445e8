#!/usr/bin/env bash
# Builds the release preset and runs vitrin-bench in a virtual 1920x1080 X server (Xvfb), the
# way docs/performance.md was measured. Prints one `name value unit` line per metric.
# Extra arguments go to vitrin-bench (--quick: fewer pictures, for a try-out; --first-picture:
# only the first picture against feh, imv and Chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh release
scripts/install-deps.sh --bench

display=:99
if [ -e /tmp/.X99-lock ]; then
    echo "bench.sh: display $display is taken (/tmp/.X99-lock); stop that X server first" >&2
    exit 1
fi
Xvfb "$display" -screen 0 1920x1080x24 -br -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
# End only the X server started here.
trap 'kill "$xvfb_pid" 2>/dev/null || true; wait "$xvfb_pid" 2>/dev/null || true' EXIT
for _ in $(seq 50); do
    [ -e /tmp/.X11-unix/X99 ] && break
    sleep 0.1
done

echo "# $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)," \
    "load $(cut -d' ' -f1-3 /proc/loadavg)" >&2
DISPLAY="$display" build/release/bench/vitrin-bench "$@"
