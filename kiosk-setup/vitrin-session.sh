#!/usr/bin/env bash
# The X session of the kiosk: vitrin-start.sh runs this once X answers; the kiosk is X's only
# client (no window manager, no desktop). It keeps the screen awake, then becomes the vitrin
# process, which is the service's main process. When vitrin exits, X ends too and
# vitrin.service starts both again after RestartSec.
#
# Settings come from the environment (vitrin.service, or an override made with
# `systemctl edit vitrin`); an empty value means "the kiosk's default":
#   VITRIN_MEDIA        content folder shown instead of the imported one (--media)
#   VITRIN_STATE        picture cache and state                (--state)
#   VITRIN_LAYOUT       force a layout by name or file         (--layout)
#   VITRIN_LANG         start language sv, en or ru            (--lang)
#   VITRIN_ROTATE       0, 90, 180 or 270: turns the picture and the touch clockwise inside the
#                       kiosk, for a screen mounted on its side (--rotate)
#   VITRIN_EXTRA_ARGS   more vitrin options, split on spaces
#   VITRIN_BIN          the kiosk binary (default /usr/bin/vitrin)
#
# Deliberately no `set -e`: a failed xset is logged, and the kiosk starts anyway.
set -uo pipefail

log() {
    echo "vitrin-session: $*" >&2
}

# Keep the screen on: no screen saver, no blanking, no DPMS power-off.
keep_screen_awake() {
    xset s off || log "warning: 'xset s off' failed; the screen may blank"
    xset s noblank || log "warning: 'xset s noblank' failed; the screen may blank"
    xset -dpms || log "warning: 'xset -dpms' failed; the screen may power off"
}

keep_screen_awake

vitrin_bin="${VITRIN_BIN:-/usr/bin/vitrin}"
args=()
if [ -n "${VITRIN_MEDIA:-}" ]; then
    if [ ! -d "$VITRIN_MEDIA" ]; then
        log "warning: VITRIN_MEDIA='$VITRIN_MEDIA' is not a folder; the kiosk will show nothing"
    fi
    args+=(--media "$VITRIN_MEDIA")
fi
if [ -n "${VITRIN_STATE:-}" ]; then
    args+=(--state "$VITRIN_STATE")
fi
if [ -n "${VITRIN_LAYOUT:-}" ]; then
    args+=(--layout "$VITRIN_LAYOUT")
fi
if [ -n "${VITRIN_LANG:-}" ]; then
    args+=(--lang "$VITRIN_LANG")
fi
if [ -n "${VITRIN_ROTATE:-}" ] && [ "$VITRIN_ROTATE" != 0 ]; then
    args+=(--rotate "$VITRIN_ROTATE")
fi
extra=()
if [ -n "${VITRIN_EXTRA_ARGS:-}" ]; then
    read -r -a extra <<<"$VITRIN_EXTRA_ARGS"
fi

log "starting $vitrin_bin ${args[*]} ${extra[*]}"
exec "$vitrin_bin" "${args[@]}" "${extra[@]}"
