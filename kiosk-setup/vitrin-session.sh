#!/usr/bin/env bash
# The X session of the kiosk: xinit runs this as the X server's only client (no window manager,
# no desktop). It keeps the screen awake, applies the configured rotation to the screen and the
# touchscreen, then becomes the vitrin process. When vitrin exits, xinit stops X and
# vitrin.service starts both again after RestartSec.
#
# Settings come from the environment (vitrin.service, or an override made with
# `systemctl edit vitrin`); an empty value means "the kiosk's default":
#   VITRIN_MEDIA        content folder                         (--media)
#   VITRIN_STATE        picture cache and state                (--state)
#   VITRIN_LAYOUT       force a layout by name or file         (--layout)
#   VITRIN_LANG         start language sv, en or ru            (--lang)
#   VITRIN_ROTATE       normal, left, right or inverted        (xrandr + touch matrix)
#   VITRIN_TOUCH        part of the touchscreen's name in `xinput list`; empty = every pointer
#   VITRIN_EXTRA_ARGS   more vitrin options, split on spaces
#   VITRIN_BIN          the kiosk binary (default /opt/vitrin/bin/vitrin)
#
# Deliberately no `set -e`: a failed xset or xrandr is logged, and the kiosk starts anyway.
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

# Prints the xinput Coordinate Transformation Matrix that matches an xrandr rotation.
touch_matrix() {
    case "$1" in
        normal) echo "1 0 0 0 1 0 0 0 1" ;;
        left) echo "0 -1 1 1 0 0 0 0 1" ;;
        right) echo "0 1 0 -1 0 1 0 0 1" ;;
        inverted) echo "-1 0 1 0 -1 1 0 0 1" ;;
        *) return 1 ;;
    esac
}

# Rotates every connected output and turns the touch coordinates the same way, so that a
# finger still lands where the picture is.
rotate() {
    local rotation="${VITRIN_ROTATE:-normal}"
    local matrix
    if ! matrix="$(touch_matrix "$rotation")"; then
        log "warning: VITRIN_ROTATE='$rotation' is not normal, left, right or inverted; not rotating"
        return 0
    fi
    if [ "$rotation" = normal ]; then
        return 0
    fi

    local output found=0
    while read -r output; do
        found=1
        if xrandr --output "$output" --rotate "$rotation"; then
            log "rotated output $output to '$rotation'"
        else
            log "warning: could not rotate output $output"
        fi
    done < <(xrandr --query | awk '$2 == "connected" { print $1 }')
    if [ "$found" -eq 0 ]; then
        log "warning: xrandr reports no connected output; not rotating"
    fi

    local id name
    while read -r id; do
        name="$(xinput list --name-only "$id" 2>/dev/null)" || continue
        case "$name" in
            "Virtual core"*) continue ;; # the master devices and the XTEST test devices
        esac
        if [ -n "${VITRIN_TOUCH:-}" ] && [[ "$name" != *"$VITRIN_TOUCH"* ]]; then
            continue
        fi
        if ! xinput list-props "$id" 2>/dev/null | grep -q "Coordinate Transformation Matrix"; then
            continue
        fi
        # The matrix is nine separate numbers, so it is split on purpose.
        # shellcheck disable=SC2086
        if xinput set-prop "$id" "Coordinate Transformation Matrix" $matrix; then
            log "rotated input '$name' to '$rotation'"
        else
            log "warning: could not rotate input '$name'"
        fi
    done < <(xinput list --id-only)
}

keep_screen_awake
rotate

vitrin_bin="${VITRIN_BIN:-/opt/vitrin/bin/vitrin}"
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
extra=()
if [ -n "${VITRIN_EXTRA_ARGS:-}" ]; then
    read -r -a extra <<<"$VITRIN_EXTRA_ARGS"
fi

log "starting $vitrin_bin ${args[*]} ${extra[*]}"
exec "$vitrin_bin" "${args[@]}" "${extra[@]}"
