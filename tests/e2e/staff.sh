#!/usr/bin/env bash
# staff.sh VITRIN SOURCE_DIR SHOTS_DIR
# Staff mode end to end, headless, in landscape, portrait and a screen turned on its side: the
# hidden call (five taps in the top-left corner), a wrong PIN and the right one on the keypad,
# every page walked with tap-on, settings changed and found in settings.toml, the touch test
# and the test pattern, the idle close after two minutes; five wrong PINs lock staff mode
# out, also after a restart. Shots of every page land in SHOTS_DIR/<layout>/.
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
    echo "staff: $*" >&2
    exit 1
}

# The staff call, then the PIN typed on the keypad.
call_staff() {
    for _ in 1 2 3 4 5; do
        printf 'tap 10 10\nwait 200ms\n'
    done
}
type_pin() {
    for digit in $(echo "$1" | grep -o .); do
        printf 'tap-on %s\n' "$digit"
    done
    printf 'tap-on OK\nwait 200ms\n'
}

walk() { # layout, rotation
    local layout="$1" rotate="$2" name="$1"
    [ "$rotate" = 0 ] || name="$layout-rotated-$rotate"
    rm -rf state
    printf '4711\n' | "$vitrin" --state state --set-pin >/dev/null
    {
        echo "wait 1s"
        call_staff
        echo "expect screen staff"
        echo "expect text Personalläge"
        echo "shot staff-1-pin.png"
        type_pin 1111
        echo "expect text Fel PIN-kod. 4 försök kvar."
        echo "shot staff-2-wrong-pin.png"
        type_pin 4711
        echo "expect screen staff"
        echo "expect text Senaste inläsning"
        echo "expect text Barnens Irkutsk: 20 bilder"
        echo "expect text Plats: "
        echo "shot staff-3-overview.png"
        echo "tap-on Turné"
        echo "expect text Hammerdals bibliotek: 11 januari 2100 – 26 februari 2100"
        echo "tap-on Hammerdals bibliotek"
        echo "expect text Visas nu på Hammerdals bibliotek"
        echo "shot staff-tour.png"
        echo "tap-on Skärm"
        echo "expect text Besökarnas startspråk"
        echo "shot staff-4-screen.png"
        echo "tap-on 120 s"
        echo "expect text Sparat."
        echo "tap-on In English"
        echo "expect text Saved."
        echo "expect text The staff language"
        echo "shot staff-4-screen-en.png"
        echo "tap-on På svenska"
        # The page is taller than the screen: dragging scrolls it.
        echo "swipe 900 900 900 200 500ms"
        echo "expect text Prova skärmen"
        echo "shot staff-4-screen-scrolled.png"
        echo "tap-on Pektest"
        echo "expect text Klar"
        echo "shot staff-5-touch-test.png"
        echo "tap-on Klar"
        echo "tap-on Testbild"
        echo "shot staff-6-test-pattern.png"
        echo "tap-on Klar"
        echo "expect text Prova skärmen"
        echo "tap-on System"
        echo "expect text Starta om kiosken"
        echo "shot staff-7-system.png"
        echo "tap-on Starta om datorn"
        echo "tap-on Ja"
        echo "expect text Kiosken får inte göra det på den här datorn. Be IT-teknikern ge den rätten (se kiosk-setup/README.md), eller använd datorns strömknapp."
        echo "shot staff-8-reboot-refused.png"
        echo "tap-on Översikt"
        echo "tap-on Stäng"
        echo "expect screen attract"
        echo "expect text Visas nu på Hammerdals bibliotek"
        echo "shot attract-tour.png"
        # Opened again, and left alone: it closes after two minutes.
        call_staff
        echo "expect screen staff"
        echo "wait 119s"
        echo "expect screen staff"
        echo "wait 2s"
        echo "expect screen attract"
    } >walk.vscript
    VITRIN_SYSTEMCTL=false "$vitrin" --headless --state state --layout "$layout" --rotate "$rotate" \
        --media media --script walk.vscript --shots "$shots/$name" ||
        fail "the walk in $name failed"
    grep -qx 'venue = "Hammerdals bibliotek"' state/settings.toml || fail "venue not saved in $name"
    grep -qx 'idle_timeout = 120' state/settings.toml || fail "idle_timeout not saved in $name"
    grep -qx 'staff_language = "sv"' state/settings.toml || fail "staff_language not saved in $name"
    # shellcheck disable=SC2016 # the $ is the hash's own
    grep -q '^pin_hash = "\$argon2id' state/settings.toml || fail "the PIN hash was lost in $name"
}

walk landscape-1080p 0
walk portrait-1080p 0
walk landscape-1080p 270

# The Utställning page with a stick in: check it, hand it to the import screens (no second
# PIN), read the import's report afterwards.
rm -rf state stick
printf '4711\n' | "$vitrin" --state state --set-pin >/dev/null
mkdir -p "stick/1 Bilder"
cp "media/1-Min stad Irkutsk/"0[1-3]_*.jpg "stick/1 Bilder/"
{
    echo "usb-insert stick"
    echo "wait 500ms"
    echo "expect screen import"
    echo "tap-on Avbryt"
    call_staff
    type_pin 4711
    echo "tap-on Utställning"
    echo "expect text Byt till USB-minnets utställning"
    echo "tap-on Kontrollera USB-minnet"
    echo "expect text Sammanfattning: 3 bilder i 1 avsnitt visas."
    echo "shot staff-exhibition-check.png"
    echo "tap-on Byt till USB-minnets utställning"
    echo "wait 500ms"
    echo "expect screen import"
    echo "expect text USB-minne hittat"
    echo "tap-on Byt utställning"
    echo "wait 2s"
    echo "expect text Klart: den nya utställningen är inläst"
    echo "tap-on Stäng"
    call_staff
    type_pin 4711
    echo "tap-on Utställning"
    echo "tap-on Visa senaste rapporten"
    echo "expect text Sammanfattning: 3 bilder i 1 avsnitt visas."
    echo "shot staff-exhibition-report.png"
    echo "tap-on Översikt"
    echo "expect text : inläst"
    echo "shot staff-overview-imported.png"
    # Closed, the kiosk starts its attract loop on the new exhibition.
    echo "tap-on Stäng"
    echo "wait 1s"
    call_staff
    type_pin 4711
    echo "expect text Bilder: 3 bilder"
    echo "expect text Version: 1, inläst"
    echo "shot staff-overview-switched.png"
    # The stick once more, then the exhibition before it restored from the Utställning page.
    echo "tap-on Utställning"
    echo "tap-on Byt till USB-minnets utställning"
    echo "wait 500ms"
    echo "tap-on Byt utställning"
    echo "wait 2s"
    echo "expect text Klart: den nya utställningen är inläst"
    echo "tap-on Stäng"
    call_staff
    type_pin 4711
    echo "tap-on Utställning"
    echo "tap-on Återställ förra utställningen"
    echo "wait 500ms"
    echo "expect screen import"
    echo "expect text Förra utställningen är återställd"
    echo "shot staff-restored.png"
} >exhibition.vscript
"$vitrin" --headless --state state --script exhibition.vscript --shots "$shots/exhibition" ||
    fail "the Utställning page failed"

# Five wrong PINs lock staff mode; a restarted kiosk is still locked, even for the right PIN.
rm -rf state
printf '4711\n' | "$vitrin" --state state --set-pin >/dev/null
{
    call_staff
    for _ in 1 2 3 4 5; do type_pin 0000; done
    echo "expect text För många fel försök. Försök igen om 5 min."
} >lock.vscript
"$vitrin" --headless --state state --media media --script lock.vscript \
    --shots "$shots/lock" || fail "five wrong PINs did not lock"
{
    call_staff
    type_pin 4711
    echo "expect text För många fel försök. Försök igen om 5 min."
    echo "tap-on Avbryt"
    echo "expect screen attract"
} >locked.vscript
"$vitrin" --headless --state state --media media --script locked.vscript \
    --shots "$shots/lock" || fail "the lock-out did not survive a restart"
echo "staff: ok"
