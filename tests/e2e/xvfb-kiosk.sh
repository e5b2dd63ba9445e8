#!/usr/bin/env bash
# The real kiosk loop in a real X server: vitrin full screen under Xvfb with the renderer it
# chooses (its first start finds OpenGL to be llvmpipe and takes SDL's software renderer),
# clicked with xdotool, checked on screenshots. It proves the interactive path end to end: the
# window fills the screen, the attract loop draws, a click wakes it, the home screen appears with
# Swedish highlighted, a second click opens a gallery, Escape goes back, SIGTERM ends it.
#   xvfb-kiosk.sh VITRIN_BINARY MEDIA_DIR
set -euo pipefail
vitrin="$1"
media="$2"
# shellcheck source=tests/e2e/xvfb-lib.sh
source "$(dirname "$0")/xvfb-lib.sh"
begin_xvfb_test xvfb-kiosk
start_xvfb

"$vitrin" --media "$media" --state "$work/state" >"$work/vitrin.log" 2>&1 &
kiosk_pid=$!

surface="40,44,52"  # the top bar
accent="242,180,65" # the current language's button
# Attract: drawn (a black or flat screen fails here), no top bar.
wait_until "the attract loop on screen" screen_drawn
kill -0 "$kiosk_pid" || fail "vitrin exited"
[ "$(pixel 1300 30)" != "$surface" ] || fail "attract shows a top bar"
echo "ok attract"
kiosk_kept_a_connection || fail "the kiosk left the X server without its connection as it started"
echo "ok the kiosk kept an X connection from the first on"

xdotool mousemove 900 500 click 1
wait_for 1300 30 "$surface" "home: top bar"
wait_for 1400 30 "$accent" "home: Svenska highlighted"
echo "ok home after a click"

xdotool mousemove 300 400 click 1 # the first section's tile
# At (300,20) the gallery has its Home button (Back comes first); home has the bare bar there.
wait_for 300 20 "62,67,79" "gallery: Back and Home in the bar" # the button colour
echo "ok gallery after a click"

xdotool key Escape
wait_for 300 20 "$surface" "home again after Escape"
echo "ok Escape goes back"

# systemctl stop sends SIGTERM: a full-screen kiosk must end on it.
kill -TERM "$kiosk_pid"
wait_exit "$kiosk_pid" "the kiosk ends on SIGTERM"
wait "$kiosk_pid" 2>/dev/null || true
kiosk_pid=""
echo "ok ends on SIGTERM"
