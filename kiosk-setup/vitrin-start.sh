#!/usr/bin/env bash
# Starts the X server on display :0 and virtual terminal 7, then becomes the kiosk (through
# vitrin-session.sh): this process's PID is the service's main PID from start to end, so the
# kiosk itself is what systemd supervises. vitrin.service runs this as the user vitrin, on
# /dev/tty7, inside a logind session, so Xorg runs without root. Xorg's own messages go to the
# journal (stderr) and to ~vitrin/.local/share/xorg/Xorg.0.log.
#
# Why not xinit: the logind session moves the service's processes into a session scope, and
# systemd then takes notifications (READY=1, WATCHDOG=1) only from the main PID (systemd.exec(5),
# PAMName=). Under xinit the kiosk would be xinit's child, and its watchdog pings would be
# ignored. Here the X server is the child, and it ends with the kiosk (--pdeathsig).
set -euo pipefail

libexec="$(dirname "$(readlink -f "$0")")"
display=":0"
vt="${XDG_VTNR:-7}"

log() {
    echo "vitrin-start: $*" >&2
}

# A fresh authorization cookie per start: only the kiosk user (and root) may talk to this X
# server. The file lives in the unit's RuntimeDirectory, which systemd removes at stop.
runtime="${RUNTIME_DIRECTORY:-/run/vitrin}"
export XAUTHORITY="$runtime/Xauthority"
umask 077
rm -f "$XAUTHORITY"
touch "$XAUTHORITY"
xauth -q -f "$XAUTHORITY" add "$display" . "$(mcookie)"

# The X server of the previous start ends when its kiosk ends (SIGTERM from --pdeathsig); give
# it a few seconds to let go of the display before starting the next one.
lock="/tmp/.X${display#:}-lock"
for _ in $(seq 1 50); do
    [ -f "$lock" ] || break
    old="$(tr -dc 0-9 <"$lock" 2>/dev/null || true)"
    if [ -z "$old" ] || ! kill -0 "$old" 2>/dev/null; then
        break
    fi
    sleep 0.2
done

# Keys a visitor might try (kiosk-setup/README.md, "Keyboard"): /etc/X11/vitrin-kiosk.conf keeps
# Ctrl+Alt+F1-F12 and Ctrl+Alt+Backspace from leaving the kiosk; with VITRIN_CONSOLE_KEYS=1
# (install.sh --console-keys yes) Ctrl+Alt+F1-F12 reach the text consoles.
config=vitrin-kiosk.conf
if [ "${VITRIN_CONSOLE_KEYS:-0}" = 1 ]; then
    config=vitrin-kiosk-console.conf
fi

log "starting X on $display vt$vt (-config $config), then $libexec/vitrin-session.sh"
# -keeptty: stay on the session's terminal (rootless Xorg needs it to stay in the logind session);
# <&0 keeps that terminal as X's standard input (a background job would get /dev/null).
# -nocursor: a touchscreen kiosk shows no mouse pointer, so unclutter is not needed.
# -noreset: X stays as it is when its last client leaves (xset below, the kiosk's own first
# look at the screen); a reset then could refuse the kiosk's connection as it starts.
# --pdeathsig TERM: X is told to end when its parent ends, and its parent is this PID, which
# becomes the kiosk: however the kiosk ends (exit, crash, SIGKILL from the watchdog), X follows.
setpriv --pdeathsig TERM -- /usr/bin/Xorg "$display" "vt$vt" -config "$config" \
    -auth "$XAUTHORITY" -nolisten tcp -nocursor -noreset -keeptty <&0 &
xorg=$!

# Ready when it answers (xset is installed with the kiosk); a slow PC may take several seconds.
export DISPLAY="$display"
ready=0
for _ in $(seq 1 300); do
    if xset q >/dev/null 2>&1; then
        ready=1
        break
    fi
    if ! kill -0 "$xorg" 2>/dev/null; then
        log "X ended before it was ready; see ~vitrin/.local/share/xorg/Xorg.0.log"
        exit 1
    fi
    sleep 0.2
done
if [ "$ready" -ne 1 ]; then
    log "X did not answer within 60 s; stopping it"
    kill "$xorg" 2>/dev/null || true
    exit 1
fi
exec "$libexec/vitrin-session.sh"
