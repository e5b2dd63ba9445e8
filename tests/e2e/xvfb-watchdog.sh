#!/usr/bin/env bash
# systemd's watchdog, without systemd: the real kiosk full screen under Xvfb with NOTIFY_SOCKET
# naming a datagram socket this test listens on (as systemd does for vitrin.service,
# Type=notify, WatchdogSec=). Checks READY=1 once the first frame is up, WATCHDOG=1 at half the
# interval while the kiosk idles on the attract loop, no ping while the kiosk is stopped
# (kill -STOP, what systemd's watchdog catches), pings again after kill -CONT, STOPPING=1 at
# SIGTERM; and that without a watchdog the loop on a still screen does not wake up to ping.
#   xvfb-watchdog.sh VITRIN_BINARY MEDIA_DIR
set -euo pipefail
vitrin="$1"
media="$2"
# shellcheck source=tests/e2e/xvfb-lib.sh
source "$(dirname "$0")/xvfb-lib.sh"
begin_xvfb_test xvfb-watchdog
listener_pid=""
stop_listener() {
    if [ -n "$listener_pid" ]; then kill "$listener_pid" 2>/dev/null || true; fi
}
extra_cleanup=stop_listener
start_xvfb

# The listener writes "<monotonic seconds> <message>" a line for every datagram.
python3 -u -c '
import socket, sys, time
s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
s.bind(sys.argv[1])
print("listening", flush=True)
while True:
    data = s.recv(4096).decode()
    for line in data.splitlines():
        print(f"{time.monotonic():.3f} {line}", flush=True)
' "$work/notify.sock" >"$work/notify.log" &
listener_pid=$!
for _ in $(seq 1 50); do
    [ -S "$work/notify.sock" ] && break
    sleep 0.1
done
[ -S "$work/notify.sock" ] || fail "the listener did not bind its socket"

# pings_between FROM TO: how many WATCHDOG=1 arrived between two monotonic times.
pings_between() {
    awk -v from="$1" -v to="$2" '$2 == "WATCHDOG=1" && $1 >= from && $1 < to { n++ } END { print n + 0 }' "$work/notify.log"
}
now() {
    python3 -c 'import time; print(f"{time.monotonic():.3f}")'
}

# WATCHDOG_USEC=2 s: a ping every second.
NOTIFY_SOCKET="$work/notify.sock" WATCHDOG_USEC=2000000 \
    "$vitrin" --media "$media" --state "$work/state" >"$work/vitrin.log" 2>&1 &
kiosk_pid=$!

for _ in $(seq 1 120); do
    grep -q " READY=1$" "$work/notify.log" && break
    kill -0 "$kiosk_pid" 2>/dev/null || fail "the kiosk exited before READY=1"
    sleep 0.5
done
grep -q " READY=1$" "$work/notify.log" || fail "no READY=1 within a minute"
[ "$(grep -c " READY=1$" "$work/notify.log")" -eq 1 ] || fail "READY=1 more than once"
echo "ok READY=1 once the first frame is up"

# The attract loop, nobody touching: pings keep coming, about one a second.
start="$(now)"
sleep 6
count="$(pings_between "$start" "$(now)")"
[ "$count" -ge 4 ] || fail "only $count WATCHDOG=1 in 6 s on the attract loop (expected about 6)"
echo "ok $count WATCHDOG=1 in 6 s on the attract loop"

# A stopped kiosk sends nothing: this is what systemd's watchdog notices.
kill -STOP "$kiosk_pid"
sleep 0.5
stopped="$(now)"
sleep 4
count="$(pings_between "$stopped" "$(now)")"
[ "$count" -eq 0 ] || fail "$count WATCHDOG=1 while the kiosk was stopped"
echo "ok no WATCHDOG=1 in 4 s while stopped"
kill -CONT "$kiosk_pid"
resumed="$(now)"
sleep 3
count="$(pings_between "$resumed" "$(now)")"
[ "$count" -ge 1 ] || fail "no WATCHDOG=1 in 3 s after kill -CONT"
echo "ok $count WATCHDOG=1 in 3 s after kill -CONT"

kill -TERM "$kiosk_pid"
wait "$kiosk_pid" || fail "the kiosk ended with $? on SIGTERM"
kiosk_pid=""
for _ in $(seq 1 20); do
    grep -q " STOPPING=1$" "$work/notify.log" && break
    sleep 0.1
done
grep -q " STOPPING=1$" "$work/notify.log" || fail "no STOPPING=1 at SIGTERM"
echo "ok STOPPING=1 at SIGTERM"

# Without a watchdog, on a still screen (home after a click) the loop sleeps: its thread wakes
# up only a few times in 10 s, not once a second for a ping. Its voluntary context switches
# count the times it went to sleep.
wakeups() {
    awk '/^voluntary_ctxt_switches/ { print $2 }' "/proc/$kiosk_pid/task/$kiosk_pid/status"
}
"$vitrin" --media "$media" --state "$work/state" >"$work/vitrin.log" 2>&1 &
kiosk_pid=$!
sleep 2
xdotool mousemove 900 500 click 1
wait_for 1300 30 "40,44,52" "home: top bar"
sleep 5 # the thumbnails arrive
before="$(wakeups)"
sleep 10
idle="$(($(wakeups) - before))"
echo "the kiosk's thread slept $idle times in 10 s on the home screen without a watchdog"
[ "$idle" -le 8 ] || fail "the loop woke $idle times in 10 s on a still screen without a watchdog"
echo "ok no busy wake-ups without a watchdog"
