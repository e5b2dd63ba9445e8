#!/usr/bin/env bash
# Staff mode in the real kiosk loop under Xvfb (OpenGL on llvmpipe), clicked with xdotool: five
# clicks in the top-left corner open the PIN keypad, the PIN opens the Översikt page, Stäng
# brings the attract loop back; opened again, System → Starta om kiosken → Ja ends the program
# with the restart code (75) that vitrin.service restarts it on.
#   xvfb-staff.sh VITRIN_BINARY MEDIA_DIR
set -euo pipefail
vitrin="$1"
media="$2"
# shellcheck source=tests/e2e/xvfb-lib.sh
source "$(dirname "$0")/xvfb-lib.sh"
begin_xvfb_test xvfb-staff
start_xvfb

printf '1234\n' | "$vitrin" --state "$work/state" --set-pin >/dev/null
"$vitrin" --media "$media" --state "$work/state" --layout landscape-1080p >"$work/vitrin.log" 2>&1 &
kiosk_pid=$!

click() {
    xdotool mousemove "$1" "$2" click 1
    sleep 0.3
}
call_staff() {
    xdotool mousemove 10 10 click --repeat 5 --delay 250 1
}
type_pin() { # the keypad of landscape-1080p: 1 2 3 / 4 5 6 / 7 8 9 / Radera 0 OK
    click 670 326
    click 958 326
    click 1247 326
    click 670 497
    click 1247 839
}

accent="242,180,65"
surface="40,44,52"
wait_until "the attract loop on screen" screen_drawn
call_staff
wait_for 1247 800 "$accent" "the keypad's OK key"
echo "ok the corner opens the PIN keypad"
type_pin
wait_for 60 40 "$accent" "Översikt selected"
echo "ok the PIN opens Översikt"
click 1805 72 # Stäng
wait_for_log "staff mode closed" "Stäng closes staff mode"
wait_for_not 1300 30 "$surface" "the attract loop (no top bar) after Stäng"
kill -0 "$kiosk_pid" || fail "vitrin ended"
echo "ok Stäng brings the attract loop back"

call_staff
wait_for 1247 800 "$accent" "the keypad again"
type_pin
wait_for 60 40 "$accent" "Översikt again"
click 872 72  # System (after Översikt, Utställning, Turné, Statistik, Skärm)
wait_for 872 40 "$accent" "System selected"
click 165 252 # Starta om kiosken
wait_for 113 270 "$accent" "the Ja button"
click 113 293 # Ja
wait_exit "$kiosk_pid" "the kiosk ends after Ja"
code=0
wait "$kiosk_pid" || code=$?
kiosk_pid=""
[ "$code" = 75 ] || { echo "FAILED: exit code $code, expected 75" >&2; cat "$work/vitrin.log" >&2; exit 1; }
grep -q "restart asked for by staff" "$work/vitrin.log" || { echo "FAILED: no log line" >&2; exit 1; }
echo "ok Starta om kiosken ends it with code 75"
