#!/usr/bin/env bash
# Mounts a USB stick read-only, nosuid, nodev, noexec at /media/vitrin-usb, or unmounts it.
#   vitrin-usb-mount.sh mount NAME      NAME is the kernel name, e.g. sdb1
#   vitrin-usb-mount.sh unmount NAME
# Run as root by vitrin-usb@NAME.service. Only one stick is mounted at a time; a second one is
# left alone (and logged). Disks the system itself uses (root, /boot, anything in /etc/fstab,
# anything already mounted) are never touched, which matters on a Raspberry Pi booting from USB.
set -euo pipefail

readonly mountpoint=/media/vitrin-usb
readonly kiosk_user=vitrin

log() {
    echo "vitrin-usb: $*" >&2
}

usage() {
    echo "usage: $0 mount|unmount NAME   (NAME: kernel name of the device, e.g. sdb1)" >&2
    exit 2
}

[ $# -eq 2 ] || usage
action="$1"
name="$2"
case "$name" in
    "" | */* | .*) usage ;;
esac
device="/dev/$name"

# Prints the whole disks (e.g. sda) under a block device, through partitions, LVM and crypt.
disks_of() {
    lsblk -nsro NAME,TYPE "$1" 2>/dev/null | awk '$2 == "disk" { print $1 }'
}

# Prints the devices the running system relies on: the sources of its own mounts and every
# entry of /etc/fstab (UUID=, LABEL= and PARTUUID= resolved to device paths).
system_sources() {
    local target
    for target in / /boot /boot/firmware /boot/efi /usr /var /home; do
        findmnt -nvo SOURCE --mountpoint "$target" 2>/dev/null || true
    done
    findmnt --fstab --evaluate -nvo SOURCE 2>/dev/null || true
}

# Succeeds when DEVICE sits on the same disk as something the system relies on.
is_system_device() {
    local device_disks source
    device_disks="$(disks_of "$device")"
    [ -n "$device_disks" ] || return 1
    while read -r source; do
        [ -b "$source" ] || continue
        if grep -qxF -f <(disks_of "$source") <<<"$device_disks"; then
            return 0
        fi
    done < <(system_sources)
    return 1
}

do_mount() {
    if [ ! -b "$device" ]; then
        log "$device is gone; nothing to mount"
        return 0
    fi
    if is_system_device; then
        log "$device belongs to a disk this system uses; not mounting it"
        return 0
    fi
    if findmnt -n --source "$device" >/dev/null 2>&1; then
        log "$device is already mounted elsewhere; not mounting it again"
        return 0
    fi
    mkdir -p "$mountpoint"
    if mountpoint -q "$mountpoint"; then
        log "another stick is already mounted at $mountpoint; ignoring $device (pull the other one first)"
        return 0
    fi

    local fstype uid=0 gid=0 common="ro,nosuid,nodev,noexec"
    fstype="$(lsblk -ndo FSTYPE "$device")"
    if id -u "$kiosk_user" >/dev/null 2>&1; then
        uid="$(id -u "$kiosk_user")"
        gid="$(id -g "$kiosk_user")"
    fi
    # FAT, exFAT and NTFS have no Unix owners: the files appear as the kiosk's, readable by all.
    local windows="uid=$uid,gid=$gid,fmask=0133,dmask=0022"
    case "$fstype" in
        vfat)
            mount -t vfat -o "$common,$windows,utf8,shortname=mixed" "$device" "$mountpoint" ;;
        exfat)
            mount -t exfat -o "$common,$windows,iocharset=utf8" "$device" "$mountpoint" ;;
        ntfs)
            # The kernel's ntfs3 driver when there is one, else ntfs-3g (FUSE).
            mount -t ntfs3 -o "$common,$windows,iocharset=utf8" "$device" "$mountpoint" 2>/dev/null ||
                mount -t ntfs-3g -o "$common,$windows" "$device" "$mountpoint" ;;
        ext3 | ext4)
            # noload: never replay the journal, so the stick is not written to at all.
            mount -t "$fstype" -o "$common,noload" "$device" "$mountpoint" ;;
        ext2)
            mount -t ext2 -o "$common" "$device" "$mountpoint" ;;
        *)
            log "$device has file system '${fstype:-none}'; use FAT32, exFAT or NTFS. Not mounting it"
            return 0 ;;
    esac
    log "mounted $device ($fstype) read-only at $mountpoint; check it with: /usr/bin/vitrin --check $mountpoint"
}

do_unmount() {
    local source
    source="$(findmnt -nvo SOURCE --mountpoint "$mountpoint" 2>/dev/null)" || {
        return 0 # nothing mounted there
    }
    if [ "$source" != "$device" ]; then
        return 0 # another stick's mount: not ours to remove
    fi
    # A stick pulled out without warning is already gone: detach lazily if a plain unmount fails.
    umount "$mountpoint" 2>/dev/null || umount -l "$mountpoint"
    log "unmounted $device from $mountpoint"
}

# One stick event at a time, so two sticks plugged in together cannot race for the mount point.
exec 9>/run/vitrin-usb.lock
flock 9

case "$action" in
    mount) do_mount ;;
    unmount) do_unmount ;;
    *) usage ;;
esac
