#!/usr/bin/env bash
# The USB swap in the real kiosk loop: vitrin full screen under Xvfb, a real FAT stick (an image
# mounted read-only through FUSE at the kiosk's usb_mount) plugged in while the attract loop
# runs, the staff PIN typed with clicks, the import run, the stick pulled out. Checked on the
# screen's pixels, the log and `vitrin --status`.
#   xvfb-usb-swap.sh VITRIN_BINARY SOURCE_DIR
# Exit 77 (skipped) where FUSE or mkfs.vfat is missing.
set -euo pipefail
vitrin="$1"
source_dir="$2"
# shellcheck source=tests/e2e/xvfb-lib.sh
source "$(dirname "$0")/xvfb-lib.sh"
begin_xvfb_test xvfb-usb-swap
unmount_sticks() {
    fusermount -u -z "$work/usb" 2>/dev/null || true
    fusermount -u -z "$work/fill" 2>/dev/null || true
}
extra_cleanup=unmount_sticks
PATH="$PATH:/usr/sbin:/sbin"
for tool in fusefat fusermount mkfs.vfat; do
    command -v "$tool" >/dev/null || { echo "skipped: no $tool" >&2; exit 77; }
done
[ -w /dev/fuse ] || { echo "skipped: no /dev/fuse" >&2; exit 77; }

# The stick: made as the staff guide says, on a real FAT file system. Its names are plain ASCII
# because fusefat, unlike the kernel's vfat driver on a kiosk, cannot write others.
mkdir -p "$work/contents/1 Vanortens bilder" "$work/contents/2 Svenskbyn" "$work/fill" "$work/usb"
cp "$source_dir/media/1-Min stad Irkutsk/"0[1-4]_*.jpg "$work/contents/1 Vanortens bilder/"
cp "$source_dir/media/2-Svenskbyn/"*.jpg "$work/contents/2 Svenskbyn/"
printf 'title = { sv = "Vänortens bilder", en = "Pictures of the twin town" }\n' \
    >"$work/contents/exhibition.toml"
mkfs.vfat -C -n UTSTALLN "$work/stick.img" 32768 >/dev/null
fusefat -o rw+ "$work/stick.img" "$work/fill" >/dev/null 2>&1 || { echo "skipped: fusefat cannot mount" >&2; exit 77; }
cp -r "$work/contents/." "$work/fill/"
fusermount -u "$work/fill"

mkdir -p "$work/state"
printf 'usb_mount = "%s"\n' "$work/usb" >"$work/state/settings.toml"
printf '2468\n' | "$vitrin" --state "$work/state" --set-pin >/dev/null

start_xvfb
# The stick reads at 0.5 MB/s, so the import of its 3.8 MB lasts about eight seconds: long enough
# for a screenshot every second to see its progress bar half full, whatever the build's speed.
VITRIN_IMPORT_READ_MBPS=0.5 "$vitrin" --media "$source_dir/media" --state "$work/state" \
    >"$work/vitrin.log" 2>&1 &
kiosk_pid=$!

shot() {
    xwd -root -silent >"$work/screen.xwd"
    convert "xwd:$work/screen.xwd" "$work/screen.png"
    [ -z "${SHOTS_DIR:-}" ] || cp "$work/screen.png" "$SHOTS_DIR/xvfb-usb-swap-$1.png"
}

accent="242,180,65"
surface="40,44,52"
wait_until "the attract loop on screen" screen_drawn
kill -0 "$kiosk_pid" || fail "vitrin exited"

# Plugged in while the attract loop runs.
fusefat -o ro "$work/stick.img" "$work/usb" >/dev/null 2>&1
wait_for 400 975 "$accent" "USB-minne hittat: Byt utställning"
grep -q "USB stick at $work/usb" "$work/vitrin.log" || fail "the stick was not logged"
mkdir -p "${SHOTS_DIR:-$work}"
shot 1-found
echo "ok stick found"

xdotool mousemove 400 975 click 1
wait_for 400 975 "$surface" "the PIN screen's Avbryt"
# The keypad: OK is its one accent key; the digits sit in a grid of the same keys above it.
shot 2-pin
geometry="$(convert "$work/screen.png" -crop 1920x900+0+0 +repage -fill black +opaque "rgb(242,180,65)" -trim -format '%w %h %X %Y' info:)"
read -r w h x y <<<"$geometry"
x=${x#+}
y=${y#+}
gap=24
key() { # key COLUMN ROW: clicks the key's centre (columns and rows from 0)
    xdotool mousemove $((x - (2 - $1) * (w + gap) + w / 2)) $((y - (3 - $2) * (h + gap) + h / 2)) click 1
    sleep 0.2
}
key 1 0 # 2
key 0 1 # 4
key 2 1 # 6
key 1 2 # 8
xdotool mousemove $((x + w / 2)) $((y + h / 2)) click 1
echo "ok PIN typed"

# The kiosk keeps drawing while the import runs: the progress bar grows from its left end.
wait_for 60 400 "$accent" "the progress bar has started"
shot 3-progress
wait_for 900 400 "$accent" "the progress bar has grown"
echo "ok progress drawn while importing"

wait_for 400 975 "$accent" "Klart: Byt nu"
shot 4-done
"$vitrin" --state "$work/state" --status | grep -q 'Visas nu: utställning 1 "Vänortens bilder"' ||
    fail "--status does not name the new exhibition"
echo "ok imported"

fusermount -u "$work/usb"
xdotool mousemove 1500 975 click 1 # Stäng
wait_for_log "now showing exhibition 1" "the new exhibition switched in"
wait_for_log "USB stick removed" "the stick's removal noticed"
wait_for_not 1300 30 "$surface" "the attract loop (no top bar) on the new exhibition"
wait_until "the attract loop drawn" screen_drawn
shot 5-attract
echo "ok switched in and stick removed"
