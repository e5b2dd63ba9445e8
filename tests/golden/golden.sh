#!/usr/bin/env bash
# Walks every visitor screen in two layouts (landscape in Swedish, portrait in Russian) and
# compares the screenshots with the references in this folder.
#   golden.sh VITRIN COMPARE OUT          compare; differences are drawn in OUT/diff/
#   VITRIN_UPDATE_GOLDEN=1 golden.sh ...  write the screenshots as the new references
set -euo pipefail
vitrin="$1"
compare="$2"
out="$3"
here="$(cd "$(dirname "$0")" && pwd)"
rm -rf "$out"
mkdir -p "$out/shots" "$out/diff"
state="$(mktemp -d)"
trap 'rm -rf "$state"' EXIT
"$vitrin" --headless --layout landscape-1080p --state "$state" \
    --script "$here/landscape-sv.vscript" --shots "$out/shots"
"$vitrin" --headless --layout portrait-1080p --state "$state" \
    --script "$here/portrait-ru.vscript" --shots "$out/shots"
if [ "${VITRIN_UPDATE_GOLDEN:-0}" = 1 ]; then
    exec "$compare" "$here" "$out/shots" "$out/diff" --update
fi
exec "$compare" "$here" "$out/shots" "$out/diff"
