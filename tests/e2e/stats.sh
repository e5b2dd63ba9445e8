#!/usr/bin/env bash
# stats.sh VITRIN SOURCE_DIR SHOTS_DIR
# Anonymous statistics end to end, headless: visitors tap through the kiosk and walk away; a
# staff member's own taps are not counted; staff mode's Statistik page shows the visits and
# exports them to a stick; a USB swap exports them too; two kiosks at two venues are merged
# with --stats-merge. The CSV files are checked byte by byte as Swedish Excel reads them.
set -euo pipefail
vitrin="$1"
source_dir="$2"
shots="$3"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
# The sample with a tour (it has none of its own).
sh "$source_dir/tests/e2e/make-tour-media.sh" "$source_dir" media

fail() {
    echo "stats: $*" >&2
    exit 1
}

call_staff_with_pin() {
    for _ in 1 2 3 4 5; do
        printf 'tap 10 10\nwait 200ms\n'
    done
    printf 'tap-on 1\ntap-on 2\ntap-on 3\ntap-on 4\ntap-on OK\nwait 200ms\n'
}

# Two visits: one looks at two drawings and zooms, one reads in English; both walk away.
visits() {
    cat <<'SCRIPT'
tap 960 540
expect screen home
tap-on Barnens Irkutsk
tap-on Bron över Angara
expect screen viewer
wait 20s
swipe 900 500 200 500
wait 1s
expect text Kyrkan med guldkupolerna
pinch 700 500 100 400
wait 10s
wait 3m
expect screen attract
tap 960 540
tap-on Svenskbyn
tap-on English
wait 30s
wait 3m
expect screen attract
SCRIPT
}

run() { # state, script
    "$vitrin" --headless --state "$1" --media media --script "$2" --shots "$shots"
}

mkdir -p stick
printf '1234\n' | "$vitrin" --state kiosk-a --set-pin >/dev/null
{
    visits
    # Staff at the screen: the corner taps and the PIN are no visit.
    call_staff_with_pin
    echo "expect screen staff"
    echo "tap-on Statistik"
    echo "expect text 2 besök sammanlagt"
    echo "expect text Sätt i ett USB-minne för att exportera statistiken"
    echo "shot stats-1-page.png"
    echo "swipe 900 900 900 200 500ms"
    echo "swipe 900 900 900 200 500ms"
    echo "expect text Bron över Angara"
    echo "shot stats-2-page-scrolled.png"
    echo "tap-on Stäng"
    echo "wait 1s"
    echo "expect screen attract"
    # A stick goes in; staff close the swap screen and export from staff mode.
    echo "usb-insert stick"
    echo "wait 500ms"
    echo "expect screen import"
    echo "tap-on Stäng"
    call_staff_with_pin
    echo "tap-on Statistik"
    echo "expect text 2 besök sammanlagt"
    echo "tap-on Exportera statistiken till USB-minnet"
    echo "expect text Besöksstatistiken är sparad på USB-minnet i mappen Vitrin"
    echo "shot stats-3-exported.png"
    echo "tap-on System"
    echo "tap-on Spara loggen på USB-minnet"
    echo "expect text Inte i en skriptkörning."
    echo "tap-on Stäng"
} >a.vscript
run kiosk-a a.vscript || fail "the walk on kiosk A failed"

# The same page in portrait and on a screen turned on its side.
{
    call_staff_with_pin
    echo "tap-on Statistik"
    echo "expect text 2 besök sammanlagt"
    echo "shot stats-5-portrait.png"
    echo "swipe 540 1500 540 300 500ms"
    echo "expect text Per dag och plats"
    echo "shot stats-6-portrait-scrolled.png"
} >portrait.vscript
"$vitrin" --headless --state kiosk-a --media media --layout portrait-1080p \
    --script portrait.vscript --shots "$shots" || fail "the portrait walk failed"
"$vitrin" --headless --state kiosk-a --media media --layout portrait-1080p \
    --rotate 90 --script portrait.vscript --shots "$shots/rotated" || fail "the rotated walk failed"

today="$(date +%F)"
export="stick/Vitrin/Statistik Strömsunds kommunkontor $today"
for ending in " per dag.csv" " per timme.csv" " per verk.csv" " diagram.png" " sammanfattning.txt" \
    ".json"; do
    [ -s "$export$ending" ] || fail "the export lacks '$export$ending': $(ls stick/Vitrin)"
done
days="$export per dag.csv"
[ "$(head -c 3 "$days" | od -An -tx1 | tr -d ' ')" = efbbbf ] || fail "the CSV has no UTF-8 BOM"
head -1 "$days" | grep -q $'^\xEF\xBB\xBFDatum;Plats;Besök;Sammanlagd tid (min);' ||
    fail "the CSV header: $(head -1 "$days")"
grep -q $'\r$' "$days" || fail "the CSV lines do not end with CRLF"
row="$(grep "^$today;" "$days")" || fail "no row for today in $(cat "$days")"
# Two visits, one of them zoomed; one ended in Swedish, one in English; the minutes with a
# decimal comma.
IFS=';' read -r _ venue visits minutes _ swedish english russian zoomed <<<"${row%$'\r'}"
[ "$visits" = 2 ] || fail "visits today: $visits"
[ "$swedish/$english/$russian/$zoomed" = "1/1/0/1" ] || fail "languages and zoom: $row"
[[ "$minutes" =~ ^[0-9]+,[0-9]$ ]] || fail "minutes without a decimal comma: $minutes"
[ "$venue" = "Strömsunds kommunkontor" ] || fail "the venue by the tour's dates: $venue"
grep -q '^Barnens Irkutsk;Bron över Angara;Verk eller bild;' "$export per verk.csv" ||
    fail "the works table lacks the bridge drawing"
grep -q 'Besök: 2' "$export sammanfattning.txt" || fail "the summary"
file "$export diagram.png" | grep -q 'PNG image data, 1600 x 1400' ||
    fail "the chart is not a 1600 x 1400 PNG"

# Kiosk B at another venue (set on the Turné page); its statistics go onto the stick with a
# USB swap.
printf '1234\n' | "$vitrin" --state kiosk-b --set-pin >/dev/null
mkdir -p stick-b
cp -r media/2-Svenskbyn stick-b/
{
    call_staff_with_pin
    echo "tap-on Turné"
    echo "tap-on Hammerdals bibliotek"
    echo "tap-on Stäng"
    echo "wait 1s"
    visits
    echo "usb-insert stick-b"
    echo "wait 500ms"
    echo "tap-on Byt utställning"
    printf 'tap-on 1\ntap-on 2\ntap-on 3\ntap-on 4\ntap-on OK\nwait 500ms\n'
    echo "expect text Besöksstatistiken är sparad på USB-minnet"
    echo "shot stats-4-swap-done.png"
} >b.vscript
run kiosk-b b.vscript || fail "the walk on kiosk B failed"
[ -s "stick-b/Vitrin/Statistik Hammerdals bibliotek $today.json" ] || fail "no export after the swap"
[ -s "stick-b/Vitrin/Vitrin-rapport $today.txt" ] || fail "no report beside it"

# The coordinator merges both sticks (B's export twice: only the newest of a kiosk counts).
cp "stick-b/Vitrin/Statistik Hammerdals bibliotek $today.json" "stick-b/Vitrin/Statistik kopia.json"
"$vitrin" --stats-merge stick/Vitrin stick-b/Vitrin --out tour >merge.log ||
    fail "--stats-merge failed: $(cat merge.log)"
grep -q "Merged 3 exports: 2 venues, 4 visits" merge.log || fail "merge: $(cat merge.log)"
merged="tour/Statistik alla platser $today"
grep -q "^Totalt;Alla platser;4;" "$merged per dag.csv" || fail "the merged totals"
grep -q "^Totalt;Hammerdals bibliotek;2;" "$merged per dag.csv" || fail "per venue"
cp "$merged diagram.png" "$shots/stats-merged-chart.png"
cp "$export diagram.png" "$shots/stats-kiosk-chart.png"

# A folder with no export is an error, not an empty report.
if "$vitrin" --stats-merge stick-b/2-Svenskbyn --out nothing 2>err.log; then
    fail "--stats-merge accepted a folder without an export"
fi
grep -q "no statistics export" err.log || fail "the error: $(cat err.log)"
echo "stats: every step passed"
