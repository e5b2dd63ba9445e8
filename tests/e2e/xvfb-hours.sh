#!/usr/bin/env bash
# Opening hours in the real kiosk under Xvfb: with every day "closed" in settings.toml the
# kiosk turns the screen off and keeps running; a click lights it again without doing anything
# else (still the attract loop), the next click works as usual; with hours that are open now the
# screen stays on. Xvfb has no DPMS, so here the kiosk only stops drawing; the monitor's power
# (xset q: "Monitor is Off") is checked on a real X server in the virtual-machine test (tests/vm).
#   xvfb-hours.sh VITRIN_BINARY MEDIA_DIR
set -euo pipefail
vitrin="$1"
media="$2"
# shellcheck source=tests/e2e/xvfb-lib.sh
source "$(dirname "$0")/xvfb-lib.sh"
begin_xvfb_test xvfb-hours
start_xvfb
# wait_log TEXT: up to a minute for a line of the kiosk's log.
wait_log() {
    for _ in $(seq 1 120); do
        grep -qF "$1" "$work/vitrin.log" && return 0
        kill -0 "$kiosk_pid" 2>/dev/null || fail "the kiosk ended"
        sleep 0.5
    done
    fail "no '$1' in the kiosk's log"
}

mkdir -p "$work/state"
{
    echo "[opening_hours]"
    for day in mon tue wed thu fri sat sun; do echo "$day = \"closed\""; done
} >"$work/state/settings.toml"
"$vitrin" --media "$media" --state "$work/state" >"$work/vitrin.log" 2>&1 &
kiosk_pid=$!
wait_log "outside opening hours: screen off"
echo "ok closed all week: screen off"
sleep 3
kill -0 "$kiosk_pid" 2>/dev/null || fail "the kiosk ended while the screen was off"
echo "ok the kiosk keeps running with the screen off"

xdotool mousemove 900 500 click 1
wait_log "touched while closed: screen on for 5 minutes"
sleep 2
[ "$(pixel 1300 30)" != "40,44,52" ] || fail "the touch that woke the screen also left the attract loop"
echo "ok a touch lights the screen and does nothing else (still the attract loop)"
xdotool mousemove 900 500 click 1
wait_for 1300 30 "40,44,52" "a second touch reaches home"
echo "ok the next touch works as usual"
kill -TERM "$kiosk_pid"
wait "$kiosk_pid" || fail "the kiosk ended with $? on SIGTERM"
kiosk_pid=""

# Open now (all day, every day, written out): the screen is never switched.
{
    echo "[opening_hours]"
    for day in mon tue wed thu fri sat sun; do echo "$day = \"00:00-24:00\""; done
} >"$work/state/settings.toml"
"$vitrin" --media "$media" --state "$work/state" >"$work/vitrin.log" 2>&1 &
kiosk_pid=$!
sleep 4
kill -0 "$kiosk_pid" 2>/dev/null || fail "the kiosk ended"
! grep -q "screen off" "$work/vitrin.log" || fail "the screen went off during opening hours"
echo "ok open: the screen stays on"
