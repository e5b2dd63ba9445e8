#!/usr/bin/env bash
# decode-memory-cap.sh VITRIN SOURCE_DIR
# Giant and decompression-bomb pictures under a memory cap (RLIMIT_AS through prlimit): a PNG
# declaring 30,000 x 30,000 pixels, a JPEG declaring 65,000 x 65,000, and three real
# 12,000 x 12,000 PNGs of a few hundred kB each that decode to 576 MB apiece. The cap leaves
# room for the kiosk and one such decode, not two: the decoding threads (the import's workers,
# the picture check, the loader) must take turns through the shared decode budget. --check,
# --import and the headless kiosk each run under the cap: the giants are refused with their
# reason, the three big ones are shown, nothing runs out of memory or dies.
# AddressSanitizer reserves terabytes of address space, so an ASan build cannot run under
# RLIMIT_AS: there the test is skipped (exit 77).
set -euo pipefail
vitrin="$(realpath "$1")"
source_dir="$(realpath "$2")"
if [ "${VITRIN_SANITIZED:-0}" = 1 ]; then
    echo "decode-memory-cap: skipped under AddressSanitizer (it cannot run under RLIMIT_AS)"
    exit 77
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"

fail() {
    echo "decode-memory-cap: $*" >&2
    for log in *.err; do
        [ -f "$log" ] && { echo "--- $log" >&2; grep -v ' info: ' "$log" | tail -15 >&2; }
    done
    exit 1
}

# The pictures, drawn here: the sample's first drawing, its frame header made to declare
# 65,000 x 65,000; PNGs written with zlib alone.
mkdir -p stick/1-Bilder
cp "$source_dir/media/1-Min stad Irkutsk/01_Angarabron.jpg" stick/1-Bilder/01_Liten.jpg
python3 - "$source_dir/media/1-Min stad Irkutsk/01_Angarabron.jpg" <<'PY'
import struct, sys, zlib

def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

def png(width, height, shade, rows):
    """8-bit grey, `rows` rows of `shade` actually present (all of them for a real picture)."""
    packer = zlib.compressobj(9)
    row = b"\0" + bytes([shade]) * width
    data = b"".join(packer.compress(row) for _ in range(rows)) + packer.flush()
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", data) + chunk(b"IEND", b"")

with open("stick/1-Bilder/02_Jatte.png", "wb") as out:
    out.write(png(30000, 30000, 0, 16))
jpeg = bytearray(open(sys.argv[1], "rb").read())
at = next(i for i in range(2, len(jpeg) - 9) if jpeg[i] == 0xFF and jpeg[i + 1] in (0xC0, 0xC2))
jpeg[at + 5:at + 9] = struct.pack(">HH", 65000, 65000)
with open("stick/1-Bilder/03_Jatte.jpg", "wb") as out:
    out.write(jpeg)
for name, shade in (("04_Stor_a.png", 60), ("05_Stor_b.png", 120), ("06_Stor_c.png", 180)):
    with open("stick/1-Bilder/" + name, "wb") as out:
        out.write(png(12000, 12000, shade, 12000))
PY

# The address space the kiosk takes without big pictures (the same walk on the small one
# alone), read from /proc while it runs; VmPeak only grows.
peak_vm_kb() {
    "$@" >/dev/null 2>&1 &
    local pid=$! peak=0 value
    while kill -0 "$pid" 2>/dev/null; do
        value="$(awk '/^VmPeak:/ { print $2 }' "/proc/$pid/status" 2>/dev/null || true)"
        if [ -n "$value" ]; then
            peak="$value"
        fi
        sleep 0.02
    done
    wait "$pid" || true
    echo "$peak"
}
cat >walk.vscript <<'SCRIPT'
tap 960 540
expect screen home
tap-on Bilder
expect screen gallery
shot gallery.png
tap 960 540
wait 2s
shot picture.png
SCRIPT
mkdir -p small/1-Bilder
cp stick/1-Bilder/01_Liten.jpg small/1-Bilder/
baseline="$(peak_vm_kb "$vitrin" --headless --media small --state state-small --script walk.vscript \
    --shots shots-small)"
[ "$baseline" -gt 0 ] || fail "could not measure the kiosk's address space"
# One 12,000 x 12,000 decode takes about 600 MB; the cap leaves 750 MB beside the kiosk's own.
cap_kb=$((baseline + 750 * 1024))
echo "decode-memory-cap: kiosk without big pictures ${baseline} kB, cap ${cap_kb} kB"
capped() {
    prlimit --as=$((cap_kb * 1024)) -- "$@"
}

# 1. --check: the giants refused with their reason, the rest usable.
code=0
capped "$vitrin" --check stick >check.out 2>check.err || code=$?
[ "$code" -eq 0 ] || fail "--check exited $code under the cap"
grep -q "02_Jatte.png" check.out || fail "--check does not name 02_Jatte.png"
grep -q "03_Jatte.jpg" check.out || fail "--check does not name 03_Jatte.jpg"
[ "$(grep -c "miljoner pixlar" check.out)" -ge 2 ] || fail "--check gives no pixel reason: $(cat check.out)"
grep -q "Visas: 4 bilder." check.out || fail "--check does not show the 4 good pictures: $(cat check.out)"
if grep -q "Stor_" check.out; then
    fail "--check refused a big picture within the limits: $(cat check.out)"
fi

# 2. --import: decoded on a worker per core while copying, as a USB swap does.
code=0
capped "$vitrin" --import stick --state state >import.out 2>import.err || code=$?
[ "$code" -eq 0 ] || fail "--import exited $code under the cap"
if grep -q "not enough memory" import.err; then
    fail "--import ran out of memory: the decodes did not take turns"
fi
"$vitrin" --state state --status >status.out
grep -q "Bilder: 4$" status.out || fail "the store does not hold the 4 pictures: $(cat status.out)"

# 3. The kiosk headless on the folder itself (the import's cache would spare it the decoding):
#    the check decodes every picture, then the gallery and a big picture.
code=0
capped "$vitrin" --headless --media stick --state state-media --script "$work/walk.vscript" \
    --shots shots >kiosk.out 2>kiosk.err || code=$?
[ "$code" -eq 0 ] || fail "the kiosk exited $code under the cap"
if grep -q "not enough memory\|cannot be decoded" kiosk.err; then
    fail "the kiosk ran out of memory or dropped a picture"
fi
grep -q "picture check: 4 pictures, 0 cannot be shown" kiosk.err ||
    fail "the kiosk's check did not pass the 4 pictures"
echo "decode-memory-cap: the giants refused, the big ones shown, all under the cap"
