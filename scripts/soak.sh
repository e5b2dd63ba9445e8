#!/usr/bin/env bash
# A week of visitors, simulated: vitrin-monkey writes a seeded script of visitors (taps,
# swipes, pinches, long presses, language changes, the accessibility modes, listening, zooming,
# pauses past the idle timeout, each followed by "expect screen attract" and "expect access
# none") with a USB swap every simulated day, alternating between two sticks; the headless kiosk replays it on virtual time with VITRIN_SOAK_LOG set, which makes
# it draw as the kiosk does and log its resident memory every simulated hour.
#
# Usage: scripts/soak.sh [--hours H] [--layouts "NAME..."] [--seed N] [--fps F]
#                        [--day-hours H] [--build DIR] [--work DIR]
#   --hours     simulated hours per layout (default 168, a week)
#   --layouts   layouts from layouts/ (default every one), each in its own run
#   --seed      the monkey's seed (default 1); the same seed replays the same visitors
#   --fps       frames drawn per virtual second at most (default 0.1, as the week in
#               docs/reliability.md; see src/app/ScriptRunner.cpp)
#   --day-hours hours between USB swaps (default 24)
#   --build     the build folder with vitrin and vitrin-monkey (default build/release)
#   --work      where the sticks, state, scripts and logs go (default a temporary folder,
#               removed at the end)
# Prints a table per layout (hour, resident memory) and a summary; exits 1 when a run crashed,
# an expect failed (a stuck state), or memory at the end is above 1.1x memory after hour 1.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"

hours=168
layouts=""
seed=1
fps=0.1
day_hours=24
build="build/release"
work=""
while [ $# -gt 0 ]; do
    case "$1" in
        --hours) hours="$2" ;;
        --layouts) layouts="$2" ;;
        --seed) seed="$2" ;;
        --fps) fps="$2" ;;
        --day-hours) day_hours="$2" ;;
        --build) build="$2" ;;
        --work) work="$2" ;;
        *)
            sed -n '2,/^set -euo/p' "$0" | sed '$d' >&2
            exit 2
            ;;
    esac
    shift 2
done
if [ -z "$layouts" ]; then
    for file in layouts/*.toml; do
        layouts+="$(basename "$file" .toml) "
    done
fi
build="$(cd "$build" && pwd)"
vitrin="$build/vitrin"
monkey="$build/vitrin-monkey"
for binary in "$vitrin" "$monkey"; do
    if [ ! -x "$binary" ]; then
        echo "soak: no $binary; build it first: cmake --build $build --target vitrin vitrin-monkey" >&2
        exit 2
    fi
done
if [ -z "$work" ]; then
    work="$(mktemp -d)"
    trap 'rm -rf "$work"' EXIT
fi
mkdir -p "$work"
work="$(cd "$work" && pwd)"
export SDL_AUDIODRIVER=dummy VITRIN_DATA_DIR="$root"

# Two sticks, so each swap changes the exhibition: A the bundled sample whole, B a different
# exhibition of some of its pictures in other sections (as tests/e2e/usb-swap.sh makes it).
sticks="$work/sticks"
rm -rf "$sticks"
mkdir -p "$sticks"
cp -r media "$sticks/A"
mkdir -p "$sticks/B/1 Vänortens bilder" "$sticks/B/2 Svenskbyn"
cp media/"1-Min stad Irkutsk"/0[1-9]_*.jpg "$sticks/B/1 Vänortens bilder/"
cp media/2-Svenskbyn/*.jpg "$sticks/B/2 Svenskbyn/"
printf 'title = { sv = "Vänortens bilder", en = "Pictures of the twin town" }\n' \
    >"$sticks/B/exhibition.toml"
idle_timeout="$(sed -n 's/^idle_timeout *= *\([0-9]*\).*/\1/p' media/exhibition.toml)"

status=0
summary=""
for layout in $layouts; do
    file="layouts/$layout.toml"
    width="$(sed -n 's/^width *= *\([0-9]*\).*/\1/p' "$file")"
    height="$(sed -n 's/^height *= *\([0-9]*\).*/\1/p' "$file")"
    run="$work/$layout"
    rm -rf "$run"
    mkdir -p "$run"
    printf '1234\n' | "$vitrin" --state "$run/state" --set-pin >/dev/null
    "$monkey" --seed "$seed" --hours "$hours" --size "${width}x${height}" \
        --idle-timeout "${idle_timeout:-90}" --day-hours "$day_hours" \
        --stick "$sticks/A=Barnens Irkutsk" --stick "$sticks/B=Vänortens bilder" \
        --out "$run/monkey.vscript" 2>"$run/counts.txt"
    started=$SECONDS
    code=0
    (cd "$run" && VITRIN_SOAK_LOG="$run/memory.log" VITRIN_SOAK_FPS="$fps" \
        "$vitrin" --headless --layout "$layout" --state state --script monkey.vscript \
        >"$run/stdout.txt" 2>"$run/stderr.txt") || code=$?
    wall=$((SECONDS - started))
    touch "$run/memory.log"

    echo "== $layout: $hours simulated hours, seed $seed, exit $code, $wall s"
    sed -n 2p "$run/counts.txt" | sed 's/^# /   /'
    echo "| hour | resident memory (MB) | heap in use (MB) |"
    echo "|---:|---:|---:|"
    awk '{ printf "| %d | %.1f | %.1f |\n", $2, $4 / 1024, $8 / 1024 }' "$run/memory.log"
    # The slope: least squares of resident memory against the hour, from hour 1 on.
    read -r first last peak slope frames draws logged < <(awk '
        { n++; x = $2; y = $4 / 1024; sx += x; sy += y; sxx += x * x; sxy += x * y
          if (n == 1) first = y; last = y; peak = $6 / 1024; frames = $10; draws = $12 }
        END {
            slope = (n > 1) ? (n * sxy - sx * sy) / (n * sxx - sx * sx) : 0
            printf "%.1f %.1f %.1f %.3f %d %d %d\n", first, last, peak, slope, frames, draws, n
        }' "$run/memory.log")
    crashed=no
    if [ "$code" -ge 128 ]; then
        crashed="yes (signal $((code - 128)))"
    fi
    stuck=0
    if [ "$code" -eq 3 ]; then
        stuck=1
    fi
    ratio="$(awk -v a="$first" -v b="$last" 'BEGIN { printf "%.3f", (a > 0) ? b / a : 0 }')"
    long_pauses="$(grep -c '^expect screen attract$' "$run/monkey.vscript" || true)"
    echo "   after hour 1 ${first} MB, at the end ${last} MB (x${ratio}), peak ${peak} MB," \
        "slope ${slope} MB/hour; ${frames} frames, ${draws} drawn; crashed: $crashed;" \
        "expects failed: $stuck; idle pauses past the timeout: $long_pauses"
    summary+="$layout: exit $code, ${logged} hours logged, x${ratio}, slope ${slope} MB/h, peak ${peak} MB"$'\n'
    if [ "$code" -ne 0 ]; then
        echo "   the run failed:" >&2
        grep -v ' info: ' "$run/stderr.txt" | tail -5 >&2
        status=1
    elif [ "$logged" -lt "${hours%.*}" ]; then
        echo "   only $logged of $hours hours logged" >&2
        status=1
    elif awk -v r="$ratio" 'BEGIN { exit !(r > 1.1) }'; then
        echo "   memory grew more than 1.1x" >&2
        status=1
    fi
done
printf '%s' "$summary"
exit "$status"
