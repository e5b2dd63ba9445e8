#!/usr/bin/env bash
# Writes the whole screenshot matrix: every walk script (one per language) in every layout, plus
# a screen turned on its side, as PNGs under DIR (default: shots/). Builds the dev preset first.
#   scripts/screenshots.sh [DIR] [--media MEDIA]
set -euo pipefail
cd "$(dirname "$0")/.."
out=shots
if [ $# -gt 0 ] && [ "${1#--}" = "$1" ]; then
    out="$1"
    shift
fi
mkdir -p "$out"
scripts/build.sh dev >/dev/null
state="$(mktemp -d)"
trap 'rm -rf "$state"' EXIT
status=0
for layout in layouts/*.toml; do
    name="$(basename "$layout" .toml)"
    for script in tests/e2e/walk-*.vscript; do
        lang="$(basename "$script" .vscript)"
        lang="${lang#walk-}"
        if ! build/dev/vitrin --headless --layout "$name" --state "$state" "$@" \
            --script "$script" --shots "$out/$name/$lang" 2>>"$out/errors.log"; then
            echo "failed: $name $lang (see $out/errors.log)" >&2
            status=1
        fi
    done
done
build/dev/vitrin --headless --rotate 90 --state "$state" "$@" \
    --script tests/e2e/walk-sv.vscript --shots "$out/rotated-90/sv" 2>>"$out/errors.log" || status=1
find "$out" -name '*.png' | wc -l | xargs echo "screenshots written to $out/:"
exit $status
