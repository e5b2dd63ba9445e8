#!/bin/sh
# Makes the content folder for broken.vscript in DIR: one good picture, and two whose headers
# are intact but whose pixels cannot be decoded (a JPEG cut in half, a PNG with a damaged byte).
# A quick look at the headers lets them through; vitrin --check and the kiosk must not.
set -eu
dir=$1
source_dir=$(dirname "$0")/../..
gallery="$dir/1-Galleri"
rm -rf "$dir"
mkdir -p "$gallery"
cp "$source_dir/media/1-Min stad Irkutsk/01_Angarabron.jpg" "$gallery/01_Angarabron.jpg"
half="$source_dir/media/1-Min stad Irkutsk/02_Guldkupolerna.jpg"
head -c $(($(wc -c <"$half") / 2)) "$half" >"$gallery/02_Halva_bilden.jpg"
convert -size 320x240 gradient:'#2a4a8a-#f4efe2' -strip "$gallery/03_Trasig_bild.png"
size=$(wc -c <"$gallery/03_Trasig_bild.png")
# One byte in the middle of the compressed pixels, past the header: the checksum no longer fits.
printf 'X' | dd of="$gallery/03_Trasig_bild.png" bs=1 seek=$((size / 2)) conv=notrunc 2>/dev/null
