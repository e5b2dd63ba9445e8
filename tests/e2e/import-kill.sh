#!/usr/bin/env bash
# import-kill.sh VITRIN [TRIALS]
# A power cut during an import, simulated: `vitrin --import` killed with SIGKILL at TRIALS
# moments spread over the import (default 100). After each, the store must name a complete
# exhibition, the old one or the new one: every picture of its catalog present and equal to
# the stick's, never a mix, never nothing. A kiosk started afterwards shows it and clears away
# what the killed import left.
set -euo pipefail
vitrin="$1"
trials="${2:-100}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"

fail() {
    echo "import-kill: $*" >&2
    exit 1
}

# Two exhibitions of different pictures, so a mix would show. Small in pixels and large in bytes
# (noise does not compress): reading them, slowed to 2 MB/s, takes most of an import, so kills
# land all through the copy in any build, sanitizers included.
mkdir -p old/Bilder new/Bilder
for i in 1 2 3; do
    convert -size 400x300 xc: +noise Random -quality 95 "old/Bilder/gammal_$i.jpg"
done
for i in 1 2 3 4 5 6 7 8; do
    convert -size 400x300 xc: +noise Random -quality 95 "new/Bilder/ny_$i.jpg"
done
printf 'title = "Gamla"\n' >old/exhibition.toml
printf 'title = "Nya"\n' >new/exhibition.toml

"$vitrin" --import old --state state >/dev/null 2>&1 || fail "the first import failed"

# Checks the store names one whole exhibition; prints its title.
check_store() {
    python3 - "$work/state" "$work" <<'PY'
import json, os, sys, filecmp
state, work = sys.argv[1], sys.argv[2]
store = json.load(open(os.path.join(state, "store.json")))
current = store["current"]
assert current, "store.json names no exhibition"
version = str(current["version"])
base = os.path.join(state, "exhibitions", version)
catalog = json.load(open(os.path.join(base, "catalog.json")))
title = catalog["title"]["sv"]
source = {"Gamla": "old", "Nya": "new"}[title]
items = [i for s in catalog["sections"] for i in s["items"]]
expected = len(os.listdir(os.path.join(work, source, "Bilder")))
assert len(items) == expected, f"{title}: {len(items)} items, expected {expected}"
for item in items:
    copy = os.path.join(base, "content", item["image"])
    original = os.path.join(work, source, item["image"])
    assert filecmp.cmp(copy, original, shallow=False), f"{copy} differs from {original}"
print(title)
PY
}

# How long an import takes here, read at a USB 2 stick's pace.
export VITRIN_IMPORT_READ_MBPS=2
start=$(date +%s%N)
"$vitrin" --import new --state probe >/dev/null 2>&1 || fail "a whole import failed"
duration_ms=$((($(date +%s%N) - start) / 1000000))
rm -rf probe

declare -A seen=()
for ((trial = 0; trial < trials; ++trial)); do
    "$vitrin" --import new --state state >/dev/null 2>&1 &
    pid=$!
    # Spread over the whole import and a little beyond, so some kills come after the switch.
    delay_ms=$((trial * duration_ms * 12 / 10 / trials))
    sleep "$(printf '%d.%03d' $((delay_ms / 1000)) $((delay_ms % 1000)))"
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    title=$(check_store) || fail "after a kill at ${delay_ms} ms the store is not whole"
    seen[$title]=1
    # Back to the old exhibition for the next trial, as a restore would do.
    if [ "$title" = "Nya" ]; then
        "$vitrin" --import old --state state >/dev/null 2>&1 || fail "re-import failed"
    fi
done
if [ -z "${seen[Gamla]:-}" ] || [ -z "${seen[Nya]:-}" ]; then
    fail "the kills never landed on both sides of the switch (import takes ${duration_ms} ms)"
fi

# A kiosk started now shows the exhibition and removes the killed imports' leftovers.
"$vitrin" --import new --state state >/dev/null 2>&1 &
pid=$!
sleep "$(printf '%d.%03d' $((duration_ms / 2000)) $((duration_ms / 2 % 1000)))"
kill -KILL "$pid" 2>/dev/null || true
wait "$pid" 2>/dev/null || true
unset VITRIN_IMPORT_READ_MBPS
printf 'tap 960 540\nexpect screen home\nexpect text Bilder\n' >walk.vscript
"$vitrin" --headless --state state --script walk.vscript >/dev/null 2>&1 ||
    fail "the kiosk does not show the exhibition after the kills"
folders=$(find state/exhibitions -mindepth 1 -maxdepth 1 | wc -l)
[ "$folders" -le 2 ] || fail "$folders exhibition folders are left; at most 2 (current, previous)"
echo "import-kill: $trials kills over ${duration_ms} ms, the store was whole after each"
