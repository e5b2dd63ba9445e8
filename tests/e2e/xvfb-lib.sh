# shellcheck shell=bash
# Shared by the end-to-end tests that run the kiosk in a real X server (sourced, not run).
# A test calls begin_xvfb_test NAME first, starts the kiosk with its log in $work/vitrin.log and
# keeps its process id in kiosk_pid.
# shellcheck disable=SC2154,SC2034

# begin_xvfb_test NAME: $work, a temporary folder, and on exit (end_xvfb_test) the kiosk
# stopped (continued first if it was stopped) and waited for, since it saves its cache index
# as it stops; then the test's own extra_cleanup function if it set one, Xvfb, and $work.
begin_xvfb_test() {
    test_name="$1"
    work="$(mktemp -d)"
    xvfb_pid=""
    kiosk_pid=""
    extra_cleanup=""
    trap end_xvfb_test EXIT
}
end_xvfb_test() {
    if [ -n "$kiosk_pid" ]; then
        kill -CONT "$kiosk_pid" 2>/dev/null || true
        kill "$kiosk_pid" 2>/dev/null || true
        wait "$kiosk_pid" 2>/dev/null || true
    fi
    if [ -n "$extra_cleanup" ]; then "$extra_cleanup"; fi
    if [ -n "$xvfb_pid" ]; then kill "$xvfb_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}

# start_xvfb: a 1920x1080 Xvfb on a free display (-displayfd, so parallel tests never
# collide); sets xvfb_pid and exports DISPLAY.
start_xvfb() {
    local fd display
    exec {fd}<> <(:)
    # -audit 4: every client's connection and disconnection in the log (kiosk_kept_a_connection).
    Xvfb -displayfd "$fd" -screen 0 1920x1080x24 -br -nolisten tcp -audit 4 >"$work/xvfb.log" 2>&1 &
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

# Every wait below polls for its condition for up to a minute (a loaded machine is slow) and
# fails with what it waited for; none sleeps a fixed time hoping the kiosk is done by then.

# wait_for X Y COLOUR WHAT: until the pixel has the colour.
wait_for() {
    local got=""
    for _ in $(seq 1 120); do
        got="$(pixel "$1" "$2")"
        [ "$got" = "$3" ] && return 0
        sleep 0.5
    done
    fail "$4: pixel ($1,$2) is $got, expected $3"
}

# wait_for_not X Y COLOUR WHAT: until the pixel has another colour.
wait_for_not() {
    local got=""
    for _ in $(seq 1 120); do
        got="$(pixel "$1" "$2")"
        [ "$got" != "$3" ] && return 0
        sleep 0.5
    done
    fail "$4: pixel ($1,$2) is still $3"
}

# screen_drawn: true when the screen is not one flat colour (Xvfb starts black; a kiosk that
# opened its window but draws nothing, or only clears it, leaves it flat).
screen_drawn() {
    xwd -root -silent >"$work/screen.xwd"
    local deviation
    deviation="$(convert "xwd:$work/screen.xwd" -format "%[fx:int(1000*standard_deviation)]" info:)"
    [ "$deviation" -gt 5 ]
}

# kiosk_kept_a_connection: true when, from its first X connection on, the kiosk always had one
# open. Like Xorg, Xvfb resets when its last client leaves; a connection made during the reset
# fails, and SDL then falls back to a driver that shows nothing. Only the kiosk's own
# connections count: the test's screenshots come and go and would hide a gap now and then.
kiosk_kept_a_connection() {
    awk -v kiosk="pid=$kiosk_pid " '
        match($0, /client [0-9]+ /) { id = substr($0, RSTART + 7, RLENGTH - 8) }
        / connected from / { ours[id] = index($0, kiosk) > 0; if (ours[id]) ++live }
        / disconnected$/ && ours[id] {
            ours[id] = 0
            if (--live == 0) { print "the kiosk closed its last X connection: " $0; exit 1 }
        }' "$work/xvfb.log"
}

# wait_until WHAT COMMAND...: until COMMAND succeeds.
wait_until() {
    local what="$1"
    shift
    for _ in $(seq 1 240); do
        "$@" && return 0
        sleep 0.25
    done
    fail "$what: not within a minute"
}

# wait_for_log TEXT WHAT: until the kiosk's log has a line with TEXT.
wait_for_log() {
    wait_until "$2" grep -q -- "$1" "$work/vitrin.log"
}

# wait_exit PID WHAT: until the process has ended (it may be a zombie until waited for).
wait_exit() {
    wait_until "$2" not_running "$1"
}
not_running() {
    ! kill -0 "$1" 2>/dev/null || [ "$(ps -o stat= -p "$1" 2>/dev/null | cut -c1)" = Z ]
}
