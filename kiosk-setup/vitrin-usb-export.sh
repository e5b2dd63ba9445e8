#!/usr/bin/env bash
# Puts what the kiosk queued in /var/lib/vitrin/outbox (the import's report, exported
# statistics) onto the stick mounted at /media/vitrin-usb, into its folder Vitrin/: the stick is
# remounted read-write for the copy only, synced, and remounted read-only; then the outbox is
# emptied. Run as root by vitrin-usb-export.service, which the kiosk (user vitrin) starts with
# `systemctl start --no-block` (allowed by the polkit rule 50-vitrin.rules).
#
# Only regular files directly in the outbox are copied (no links, no folders, no dot-files: the
# kiosk writes a file as .NAME.part and renames it when complete), under their own names.
# FAT32, exFAT and NTFS (the kernel's ntfs3) sticks are written to. ext2/3/4 sticks are mounted
# with noload (their journal is never replayed), which a read-write remount cannot keep, and
# NTFS through ntfs-3g cannot be remounted: for those the files are not copied (logged).
# Whatever happens, the outbox is emptied, so that files meant for one stick never end up on the
# next; the kiosk keeps its own copy of every report.
set -euo pipefail

readonly mountpoint=/media/vitrin-usb
readonly outbox="${VITRIN_OUTBOX:-/var/lib/vitrin/outbox}"
readonly folder=Vitrin

log() {
    echo "vitrin-usb-export: $*" >&2
}

# The same lock as vitrin-usb-mount.sh: no stick is mounted or unmounted meanwhile.
exec 9>/run/vitrin-usb.lock
flock 9

files=()
if [ -d "$outbox" ]; then
    while IFS= read -r -d '' file; do
        files+=("$file")
    done < <(find "$outbox" -mindepth 1 -maxdepth 1 -type f ! -name '.*' -print0 | sort -z)
fi
if [ ${#files[@]} -eq 0 ]; then
    log "nothing in $outbox"
    exit 0
fi

empty_outbox() {
    rm -f -- "${files[@]}"
}

if ! mountpoint -q "$mountpoint"; then
    log "no stick at $mountpoint: ${#files[@]} file(s) not written (the stick was taken out?)"
    empty_outbox
    exit 0
fi
source="$(findmnt -nvo SOURCE --mountpoint "$mountpoint")"
fstype="$(findmnt -nvo FSTYPE --mountpoint "$mountpoint")"
case "$fstype" in
    vfat | exfat | ntfs3) ;;
    *)
        log "$source is $fstype, which is not written to (FAT32, exFAT or NTFS are): ${#files[@]} file(s) not written"
        empty_outbox
        exit 0
        ;;
esac

if ! mount -o remount,rw "$mountpoint"; then
    log "$source could not be made writable (write-protected?): ${#files[@]} file(s) not written"
    empty_outbox
    exit 1
fi
# From here on the stick goes back to read-only however this script ends.
remount_ro() {
    sync -f "$mountpoint" 2>/dev/null || sync
    if ! mount -o remount,ro "$mountpoint"; then
        log "warning: $source could not be made read-only again"
    fi
}
trap remount_ro EXIT

written=0
if mkdir -p "$mountpoint/$folder"; then
    for file in "${files[@]}"; do
        name="$(basename "$file")"
        if cp --no-preserve=all -- "$file" "$mountpoint/$folder/.$name.part" &&
            mv -f -- "$mountpoint/$folder/.$name.part" "$mountpoint/$folder/$name"; then
            written=$((written + 1))
        else
            rm -f -- "$mountpoint/$folder/.$name.part"
            log "could not write $name to $source (full?)"
        fi
    done
else
    log "could not make the folder $folder on $source"
fi
sync -f "$mountpoint" || sync
empty_outbox
log "wrote $written of ${#files[@]} file(s) to $source ($fstype) in $folder/: $(printf '%s ' "${files[@]##*/}")"
