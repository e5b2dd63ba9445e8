#!/usr/bin/env bash
# Starts the X server on display :0 and virtual terminal 7 with vitrin-session.sh as its only
# client. vitrin.service runs this as the user vitrin, on /dev/tty7, inside a logind session, so
# Xorg runs without root. Xorg's own messages go to the journal (stderr) and to
# ~vitrin/.local/share/xorg/Xorg.0.log.
set -euo pipefail

libexec="$(dirname "$(readlink -f "$0")")"
display=":0"
vt="${XDG_VTNR:-7}"

# A fresh authorization cookie per start: only the kiosk user (and root) may talk to this X
# server. The file lives in the unit's RuntimeDirectory, which systemd removes at stop.
runtime="${RUNTIME_DIRECTORY:-/run/vitrin}"
export XAUTHORITY="$runtime/Xauthority"
umask 077
rm -f "$XAUTHORITY"
touch "$XAUTHORITY"
xauth -q -f "$XAUTHORITY" add "$display" . "$(mcookie)"

echo "vitrin-start: starting X on $display vt$vt with $libexec/vitrin-session.sh" >&2
# -keeptty: stay on the session's terminal (rootless Xorg needs it to stay in the logind session).
# -nocursor: a touchscreen kiosk shows no mouse pointer, so unclutter is not needed.
exec xinit "$libexec/vitrin-session.sh" -- /usr/bin/Xorg "$display" "vt$vt" \
    -auth "$XAUTHORITY" -nolisten tcp -nocursor -keeptty
