#!/usr/bin/env bash
# odd-pictures.sh VITRIN SHOTS_DIR
# Pictures one pixel thin: a 1 x 20000 PNG and a 20000 x 1 PNG are shown in the viewer as any
# picture, fitted and centred, at least one pixel wide, never as an empty page. (Fitted into
# the viewer, they are 0.04 pixels thin.) The PNGs are written here by Python's zlib, since
# ImageMagick's policy refuses sides above 16,000 pixels.
set -euo pipefail
vitrin="$1"
shots="$2"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"

fail() {
    echo "odd-pictures: $*" >&2
    exit 1
}

mkdir -p "media/1-Linjer"
python3 - <<'PY'
import struct, zlib

def png(path, width, height, rgb):
    row = b"\0" + bytes(rgb) * width
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    with open(path, "wb") as out:
        out.write(b"\x89PNG\r\n\x1a\n")
        out.write(chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)))
        out.write(chunk(b"IDAT", zlib.compress(row * height, 9)))
        out.write(chunk(b"IEND", b""))

png("media/1-Linjer/01_Lodrat.png", 1, 20000, (208, 32, 32))
png("media/1-Linjer/02_Vagrat.png", 20000, 1, (32, 64, 208))
PY

cat >odd.vscript <<'SCRIPT'
tap 960 540
expect screen home
tap-on Linjer
expect screen gallery
tap-on Lodrat
expect screen viewer
wait 1s
shot odd-tall.png
swipe 900 500 200 500
wait 1s
expect text Vagrat
shot odd-wide.png
SCRIPT
"$vitrin" --headless --layout landscape-1080p --media media --state state --script odd.vscript \
    --shots "$shots" || fail "the walk failed"

# The bounding box ("WxH+X+Y") of the pixels of one colour in a shot.
box_of() {
    convert "$shots/$1" -fuzz 12% -fill black +opaque "$2" -fill white -opaque "$2" \
        -format '%@' info:
}
tall="$(box_of odd-tall.png '#d02020')"
wide="$(box_of odd-wide.png '#2040d0')"
echo "the tall line at $tall, the wide one at $wide"
IFS='x+' read -r w h x _ <<<"$tall"
if ! [ "$w" -ge 1 ] || ! [ "$w" -le 3 ] || ! [ "$h" -ge 600 ]; then
    fail "the 1 x 20000 picture is not a line: $tall"
fi
# Centred where the picture goes: the column in the middle of the screen's width.
if ! [ "$x" -gt 320 ] || ! [ "$x" -lt 1600 ]; then
    fail "the tall line is not centred: $tall"
fi
IFS='x+' read -r w h _ y <<<"$wide"
if ! [ "$h" -ge 1 ] || ! [ "$h" -le 3 ] || ! [ "$w" -ge 600 ]; then
    fail "the 20000 x 1 picture is not a line: $wide"
fi
if ! [ "$y" -gt 360 ] || ! [ "$y" -lt 720 ]; then
    fail "the wide line is not centred: $wide"
fi
