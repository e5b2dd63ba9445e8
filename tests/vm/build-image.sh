#!/usr/bin/env bash
# Builds the virtual machine of the VM test: a minimal Debian 12 made with mmdebstrap (kernel,
# systemd, udev, the QEMU guest agent), with the vitrin package installed by
# kiosk-setup/install.sh as the IT technician runs it (--deb FILE --pin 4711). Writes to OUT:
#   root.img     ext4 root file system (raw; the test boots a copy of it)
#   vmlinuz, initrd.img   the guest's kernel, booted directly by QEMU (no boot loader)
#
#   tests/vm/build-image.sh DEB OUT
#   tests/vm/build-image.sh --offline FOLDER OUT
#
# With --offline, FOLDER is what kiosk-setup/make-offline-folder.sh put on a stick: the image gets
# only the base system from the mirror, and the package with all its dependencies is installed
# from FOLDER exactly as kiosk-setup/README.md ("Offline install") tells the technician, with
# the mirror removed from apt's sources first.
#
# Needs root (mmdebstrap in root mode, mke2fs -d keeps owners) and the Debian mirror
# ($VITRIN_VM_MIRROR, default http://deb.debian.org/debian): it is tried twice, then the script
# fails saying so.
set -euo pipefail

offline=""
if [ "${1-}" = --offline ]; then
    offline="$(readlink -f "${2-}")"
    shift 2
    [ -d "$offline/debs" ] || { echo "build-image.sh: $offline is not a folder from make-offline-folder.sh" >&2; exit 2; }
    set -- "$(find "$offline" -maxdepth 1 -name 'vitrin_*.deb' | sort -V | tail -n 1)" "${1-}"
fi
[ $# -eq 2 ] || { echo "usage: $0 DEB OUT | $0 --offline FOLDER OUT" >&2; exit 2; }
deb="$(readlink -f "$1")"
out="$2"
repo="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)"
mirror="${VITRIN_VM_MIRROR:-http://deb.debian.org/debian}"
[ -f "$deb" ] || { echo "build-image.sh: no package $deb" >&2; exit 2; }
[ "$(id -u)" -eq 0 ] || { echo "build-image.sh: needs root (mmdebstrap, mke2fs -d)" >&2; exit 1; }
for tool in mmdebstrap mke2fs; do
    command -v "$tool" >/dev/null || { echo "build-image.sh: $tool is missing (scripts/install-deps.sh --vm)" >&2; exit 1; }
done

reachable() {
    python3 -c 'import sys, urllib.request; urllib.request.urlopen(sys.argv[1], timeout=20)' \
        "$mirror/dists/bookworm/Release" >/dev/null 2>&1
}
if ! reachable; then
    sleep 10
    reachable || {
        echo "build-image.sh: the Debian mirror $mirror cannot be reached (tried twice);" \
            "the VM image needs it. Set VITRIN_VM_MIRROR to a reachable mirror." >&2
        exit 1
    }
fi

mkdir -p "$out"
root="$out/root"
rm -rf "$root" "$out/root.img"
mkdir -p "$root"

# The package's dependencies come from the mirror with the base system, so that install.sh, run
# inside the new system in a hook (no systemd there: it says so and only enables the service, as
# in any image build), finds them installed, as apt would have fetched them on a kiosk PC.
# Offline, they come from the folder instead, through a local apt source.
base="linux-image-amd64,systemd-sysv,udev,dbus,qemu-guest-agent,kmod,procps,psmisc,util-linux"
if [ -n "$offline" ]; then
    include="$base"
    # shellcheck disable=SC2016 # the hooks' $1 is the new system's root, expanded by mmdebstrap's shell
    install_hooks=(
        --customize-hook="cp -r '$offline' \"\$1/root/vitrin-offline\""
        --customize-hook='mkdir -p "$1/root/apt-mirror" && mv "$1/etc/apt/sources.list" "$1/root/apt-mirror/"'
        --customize-hook='echo "deb [trusted=yes] file:/root/vitrin-offline/debs ./" >"$1/etc/apt/sources.list.d/vitrin-offline.list"'
        --customize-hook='chroot "$1" apt-get update'
        --customize-hook='chroot "$1" /root/vitrin-offline/install.sh --pin 4711'
        --customize-hook='rm -r "$1/etc/apt/sources.list.d/vitrin-offline.list" "$1/root/vitrin-offline" && mv "$1/root/apt-mirror/sources.list" "$1/etc/apt/" && rmdir "$1/root/apt-mirror"'
    )
else
    include="$base,$(dpkg-deb -f "$deb" Depends | sed -e 's/([^)]*)//g' -e 's/ //g')"
    # shellcheck disable=SC2016
    install_hooks=(
        --customize-hook="mkdir -p \"\$1/root/vitrin-install\" && cp -r '$repo/kiosk-setup' '$deb' \"\$1/root/vitrin-install/\""
        --customize-hook='chroot "$1" /root/vitrin-install/kiosk-setup/install.sh --deb "/root/vitrin-install/$(basename "$(ls "$1"/root/vitrin-install/*.deb)")" --pin 4711'
        --customize-hook='rm -rf "$1/root/vitrin-install"'
    )
fi
# shellcheck disable=SC2016
mmdebstrap --variant=apt --mode=root --include="$include" \
    --customize-hook='echo vitrin-vm >"$1/etc/hostname"' \
    --customize-hook='echo "/dev/vda / ext4 errors=remount-ro 0 1" >"$1/etc/fstab"' \
    --customize-hook='chroot "$1" passwd -d root >/dev/null' \
    --customize-hook='mkdir -p "$1/etc/systemd/system/serial-getty@ttyS0.service.d" && printf "[Service]\nExecStart=\nExecStart=-/sbin/agetty --autologin root --keep-baud 115200 %%I \$TERM\n" >"$1/etc/systemd/system/serial-getty@ttyS0.service.d/autologin.conf"' \
    "${install_hooks[@]}" \
    --customize-hook="cp \"\$1\"/boot/vmlinuz-* '$out/vmlinuz' && cp \"\$1\"/boot/initrd.img-* '$out/initrd.img'" \
    bookworm "$root" "$mirror"

mke2fs -q -t ext4 -L vitrin-root -d "$root" "$out/root.img" 4G
rm -rf "$root"
echo "build-image.sh: $out/root.img, $out/vmlinuz, $out/initrd.img"
