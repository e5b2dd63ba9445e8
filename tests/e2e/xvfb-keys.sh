#!/usr/bin/env bash
# No way out for a visitor with a keyboard: the real kiosk full screen under Xvfb (no window
# manager, as on a kiosk PC) gets the keys people try (Alt+F4, Alt+Tab, the Super key,
# Ctrl+Alt+Backspace, Ctrl+Alt+F1 to F12, Ctrl+Q, Ctrl+W, Escape) and a window manager's close
# request; after each it must still run, full screen, on the attract loop. Starting, it shows one
# window only (a first start tries OpenGL in a window of its own; that one must never show). (Xorg's own
# DontVTSwitch and DontZap are checked in the virtual machine, tests/vm: Xvfb has no consoles.)
#   xvfb-keys.sh VITRIN_BINARY MEDIA_DIR
set -euo pipefail
vitrin="$1"
media="$2"
# shellcheck source=tests/e2e/xvfb-lib.sh
source "$(dirname "$0")/xvfb-lib.sh"
begin_xvfb_test xvfb-keys
start_xvfb

python3 "$(dirname "$0")/x-maps.py" >"$work/maps.log" &
maps_pid=$!
stop_maps() { kill "$maps_pid" 2>/dev/null || true; }
extra_cleanup=stop_maps
maps_ready() { grep -q ready "$work/maps.log" 2>/dev/null; }
wait_until "the watcher of shown windows" maps_ready

"$vitrin" --media "$media" --state "$work/state" >"$work/vitrin.log" 2>&1 &
kiosk_pid=$!
surface="40,44,52" # the top bar of every screen but the attract loop

window=""
for _ in $(seq 1 120); do
    window="$(xdotool search --onlyvisible --pid "$kiosk_pid" 2>/dev/null | head -n 1 || true)"
    [ -n "$window" ] && break
    sleep 0.5
done
[ -n "$window" ] || fail "no window of the kiosk"
# Full screen and drawn before the first key (a loaded machine takes a while).
for _ in $(seq 1 120); do
    xdotool getwindowgeometry "$window" 2>/dev/null | grep -q "Geometry: 1920x1080" && break
    sleep 0.5
done
sleep 2
xdotool mousemove 960 540
shown="$(grep -v ready "$work/maps.log" | tr '\n' ' ')"
[ "$shown" = "$(printf '%#x' "$window") " ] || fail "the kiosk showed the windows $shown; one was expected, $window"
echo "ok one window shown"

# still_there WHAT: the kiosk runs, its window fills the screen, and the attract loop shows.
still_there() {
    sleep 2
    kill -0 "$kiosk_pid" 2>/dev/null || fail "the kiosk ended after $1"
    local geometry
    geometry="$(xdotool getwindowgeometry "$window" 2>/dev/null)" || fail "the kiosk's window is gone after $1"
    grep -q "Geometry: 1920x1080" <<<"$geometry" || fail "the kiosk's window is no longer full screen after $1: $geometry"
    [ "$(pixel 1300 30)" != "$surface" ] || fail "not on the attract loop after $1"
    echo "ok $1: still on screen"
}

for key in alt+F4 alt+Tab Super_L super+d ctrl+alt+BackSpace ctrl+q ctrl+w alt+space; do
    xdotool key "$key"
    still_there "$key"
done
for n in $(seq 1 12); do
    xdotool key "ctrl+alt+F$n"
done
still_there "ctrl+alt+F1 to F12"
python3 "$(dirname "$0")/wm-close.py" "$window"
still_there "a window manager's close request (WM_DELETE_WINDOW)"

# Stopping it the way systemd does still works.
kill -TERM "$kiosk_pid"
wait "$kiosk_pid" || fail "the kiosk ended with $? on SIGTERM"
kiosk_pid=""
echo "ok ends on SIGTERM"
