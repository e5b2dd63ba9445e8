#!/bin/sh
# Makes the content folder for zoom.vscript in DIR: a drawing far sharper than any screen
# (5000x3000, fine cross-hatching and small print that only the full-resolution picture shows,
# wider than a 4096 texture so it is drawn in tiles) with a 300-word description, and a second,
# small picture to turn the page to.
set -eu
dir=$1
source_dir=$(dirname "$0")/../..
section="$dir/1-Detaljer"
rm -rf "$dir"
mkdir -p "$section"
tile=$(mktemp --suffix=.png)
trap 'rm -f "$tile"' EXIT
convert -size 430x120 xc:white -font DejaVu-Sans -pointsize 18 -fill '#202020' \
    -annotate +12+44 'Små bokstäver syns' -annotate +12+90 'bara på nära håll' "$tile"
convert -size 5000x3000 pattern:hs_diagcross +level-colors '#2a4a8a,#f4efe2' \
    \( -size 5000x3000 gradient:'#f4efe2-#e8b04a' \) -compose multiply -composite -compose over \
    \( -size 5000x3000 "tile:$tile" \) -compose multiply -composite -compose over \
    -fill '#b03020' -font DejaVu-Sans -pointsize 360 -gravity center -annotate +0-700 'Penseldrag' \
    -quality 90 "$section/01_Penseldrag.jpg"
cp "$source_dir/media/1-Min stad Irkutsk/01_Angarabron.jpg" "$section/02_Angarabron.jpg"
words=""
for i in $(seq 1 30); do
    words="$words Stycke $i: penseln lämnar spår i färgen som man bara ser på nära håll."
done
printf '%s\n' "$words" > "$section/01_Penseldrag.sv.txt"
