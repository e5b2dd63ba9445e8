#!/usr/bin/env bash
# Prepares a folder (on a USB stick) from which a kiosk PC without network installs Vitrin:
#   DIR/install.sh             this folder's installer
#   DIR/vitrin_<version>.deb   the package
#   DIR/debs/                  every Debian package it needs, with the apt index (Packages),
#                              used on the kiosk as a local apt source
#
#   kiosk-setup/make-offline-folder.sh DEB DIR
#
# Run it on a Debian 12 PC of the kiosk's architecture with network access (no root needed). It
# downloads the whole dependency tree of the package, not only what a fresh kiosk PC lacks, so
# the folder works whatever the kiosk has installed (about 140 MB). kiosk-setup/README.md,
# "Offline install from a USB stick", shows the kiosk's side.
set -euo pipefail

[ $# -eq 2 ] || { echo "usage: $0 DEB DIR" >&2; exit 2; }
deb="$1"
dir="$2"
here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)"
[ -f "$deb" ] || { echo "make-offline-folder.sh: no package $deb" >&2; exit 2; }
for tool in apt-cache apt-get dpkg-scanpackages; do
    command -v "$tool" >/dev/null || { echo "make-offline-folder.sh: $tool is missing (apt-get install dpkg-dev)" >&2; exit 1; }
done

mkdir -p "$dir/debs"
cp "$deb" "$dir/"
cp "$here/install.sh" "$dir/"

# The package's Depends without versions, then everything they need in turn (no Recommends, as
# install.sh installs none).
mapfile -t direct < <(dpkg-deb -f "$deb" Depends | tr ',' '\n' | sed -e 's/([^)]*)//g' -e 's/|.*//' -e 's/ //g' | grep .)
mapfile -t all < <(apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts \
    --no-breaks --no-replaces --no-enhances "${direct[@]}" | grep '^[a-z0-9]' | sort -u)
echo "make-offline-folder.sh: downloading ${#all[@]} packages into $dir/debs"
(cd "$dir/debs" && apt-get download -q "${all[@]}")
# The index, plain and compressed: apt reads a folder without a Release file only through the
# plain Packages on some set-ups.
(cd "$dir/debs" && dpkg-scanpackages --multiversion . /dev/null 2>/dev/null >Packages && gzip -9kf Packages)
echo "make-offline-folder.sh: $dir is ready ($(du -sh "$dir" | cut -f1))"
