#!/usr/bin/env bash
# usb-swap.sh VITRIN SOURCE_DIR SHOTS_DIR
# The staff's USB swap end to end, headless: a stick made as the staff guide says goes in, the
# PIN is typed (once wrong), the new exhibition is imported and shown; a visitor in the middle
# of looking keeps their screen until the idle reset; a stick with nothing usable changes
# nothing; "restore" brings the previous exhibition back. The store is checked with --status.
set -euo pipefail
vitrin="$1"
source_dir="$2"
shots="$3"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"

fail() {
    echo "usb-swap: $*" >&2
    exit 1
}

# A stick as staff make it: section folders of pictures, a caption sheet, a settings file.
mkdir -p stick-new/"1 Vänortens bilder" stick-new/"2 Svenskbyn"
cp "$source_dir/media/1-Min stad Irkutsk/"0[1-4]_*.jpg stick-new/"1 Vänortens bilder"/
cp "$source_dir/media/2-Svenskbyn/"*.jpg stick-new/"2 Svenskbyn"/
printf 'fil;titel_sv;titel_en\n01_Angarabron.jpg;Bron över Angara;The Angara bridge\n' \
    >stick-new/"1 Vänortens bilder"/bildtexter.csv
printf 'title = { sv = "Vänortens bilder", en = "Pictures of the twin town" }\n' \
    >stick-new/exhibition.toml
# A stick with nothing that can be shown.
mkdir -p stick-bad/Bilder
printf '%%PDF-1.4 a poster saved as PDF\n' >stick-bad/Bilder/affisch.jpg

printf '1234\n' | "$vitrin" --state state --set-pin >/dev/null

run() {
    "$vitrin" --headless --state state --media "$source_dir/media" --script "$1" --shots "$shots"
}

# 1. A visitor is looking at a gallery when staff plug in the stick and swap.
cat >swap.vscript <<'SCRIPT'
tap 960 540
expect screen home
tap-on Barnens Irkutsk
expect screen gallery
usb-insert stick-new
wait 500ms
expect screen import
expect text USB-minne hittat
expect text Vänortens bilder
expect text Svenskbyn: 8 bilder
shot swap-1-found.png
tap-on Byt utställning
tap-on 1
tap-on 1
tap-on 1
tap-on 1
tap-on OK
expect text Fel PIN-kod. 4 försök kvar.
tap-on 1
tap-on 2
tap-on 3
tap-on 4
shot swap-2-pin.png
tap-on OK
wait 500ms
expect text Klart: den nya utställningen är inläst
expect text Du kan ta ut USB-minnet nu.
shot swap-3-done.png
tap-on Stäng
# The visitor's gallery is back, with the old exhibition, until they walk away.
expect screen gallery
usb-remove
wait 3m
expect screen attract
tap 960 540
expect screen home
expect text Vänortens bilder
shot swap-4-new-home.png
SCRIPT
run swap.vscript || fail "the swap walk failed"
"$vitrin" --state state --status | grep -q 'Visas nu: utställning 1 "Vänortens bilder"' ||
    fail "--status does not show exhibition 1"
# This stick's folder is writable (a development machine): the report went straight into its
# folder Vitrin/ (on a kiosk, through the outbox and vitrin-usb-export: tests/vm).
compgen -G "stick-new/Vitrin/Vitrin-rapport *.txt" >/dev/null ||
    fail "no report in stick-new/Vitrin/"
grep -q "Vänortens bilder" stick-new/Vitrin/Vitrin-rapport\ *.txt || fail "the report on the stick names no section"

# 2. Nothing usable: nothing changes, and staff are told why.
cat >bad.vscript <<'SCRIPT'
usb-insert stick-bad
wait 500ms
expect text Inget på USB-minnet kan visas. Utställningen byts inte.
shot swap-5-nothing-usable.png
tap-on Stäng
expect screen attract
SCRIPT
run bad.vscript || fail "the nothing-usable walk failed"
"$vitrin" --state state --status | grep -q 'Visas nu: utställning 1' ||
    fail "a stick with nothing usable changed the exhibition"

# 3. Avbryt in the middle of the import (the stick read at 1 MB/s, so it lasts seconds).
cat >cancel.vscript <<'SCRIPT'
usb-insert stick-new
wait 500ms
tap-on Byt utställning
tap-on 1
tap-on 2
tap-on 3
tap-on 4
tap-on OK
expect text Byter utställning …
tap-on Avbryt
wait 500ms
expect text Importen avbröts. Den tidigare utställningen visas som förut.
tap-on Stäng
SCRIPT
VITRIN_IMPORT_READ_MBPS=1 run cancel.vscript || fail "the cancel walk failed"
"$vitrin" --state state --status | grep -q 'Visas nu: utställning 1' || fail "a cancel changed the exhibition"

# 4. The kiosk starts on the exhibition imported last; "restore" and "Byt nu" bring back the
#    one before at once.
cat >restore.vscript <<'SCRIPT'
tap 960 540
expect text Barnens Irkutsk
usb-insert stick-new
wait 500ms
tap-on Återställ förra utställningen
tap-on 1
tap-on 2
tap-on 3
tap-on 4
tap-on OK
expect text Förra utställningen är återställd
shot swap-6-restored.png
tap-on Byt nu
expect screen home
expect text Vänortens bilder
SCRIPT
"$vitrin" --import "$source_dir/media" --state state >/dev/null 2>&1 || fail "--import failed"
"$vitrin" --headless --state state --script restore.vscript --shots "$shots" ||
    fail "the restore walk failed"
"$vitrin" --state state --status --json | grep -q '"previous"' || fail "--status --json"
echo "usb-swap: every step passed"
