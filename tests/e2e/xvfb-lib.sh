# shellcheck shell=bash
# Shared by the end-to-end tests that run the kiosk in a real X server (sourced, not run).
# The test sets $work (its temporary folder, where vitrin.log is written) and $test_name, and
# reads xvfb_pid for its clean-up.
# shellcheck disable=SC2154,SC2034

# start_xvfb: a 1920x1080 Xvfb on a free display (-displayfd, so parallel tests never
# collide); sets xvfb_pid and exports DISPLAY.
start_xvfb() {
    local fd display
    exec {fd}<> <(:)
    Xvfb -displayfd "$fd" -screen 0 1920x1080x24 -br -nolisten tcp >"$work/xvfb.log" 2>&1 &
    xvfb_pid=$!
    read -r -t 20 -u "$fd" display || { echo "Xvfb did not start" >&2; cat "$work/xvfb.log" >&2; exit 1; }
    export DISPLAY=":$display"
}

# pixel X Y: the colour at X,Y of the screen now, as "R,G,B".
pixel() {
    xwd -root -silent >"$work/screen.xwd"
    convert "xwd:$work/screen.xwd" -crop "1x1+$1+$2" -depth 8 -format "%[fx:int(255*r)],%[fx:int(255*g)],%[fx:int(255*b)]" info:
}

# fail WHAT: says what failed, shows the kiosk's log and keeps the screen as
# $SHOTS_DIR/<test>-failure.png.
fail() {
    echo "FAILED: $*" >&2
    cat "$work/vitrin.log" >&2 2>/dev/null || true
    xwd -root -silent 2>/dev/null | convert xwd:- "${SHOTS_DIR:-/tmp}/$test_name-failure.png" 2>/dev/null || true
    exit 1
}

# wait_for X Y COLOUR WHAT: polls for up to a minute (a loaded machine is slow) until the pixel
# has the colour.
wait_for() {
    local got=""
    for _ in $(seq 1 120); do
        got="$(pixel "$1" "$2")"
        [ "$got" = "$3" ] && return 0
        sleep 0.5
    done
    fail "$4: pixel ($1,$2) is $got, expected $3"
}
