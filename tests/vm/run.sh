#!/usr/bin/env bash
# The virtual-machine test, start to end: the package (scripts/package.sh, revisions 1 and 2), the
# Debian 12 image with revision 1 installed by kiosk-setup/install.sh (build-image.sh), then the
# checks in a booted VM (vm-test.py), revision 2 as the upgrade. Screendumps of every step go to OUT/shots; the log to OUT/vm-test.log.
#
#   sudo tests/vm/run.sh [OUT]        OUT defaults to out/vm in the repository
#
# Needs root (the image build), the packages of `scripts/install-deps.sh --vm` and the Debian
# mirror. Set VITRIN_VM_REUSE_IMAGE=1 to boot the image of an earlier run instead of building one.
set -euo pipefail

repo="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)"
out="$(readlink -f "${1:-$repo/out/vm}")"
mkdir -p "$out"
began=$(date +%s)

"$repo/scripts/install-deps.sh" --vm
# Revision 2 of the same version: the upgrade installed over the image's revision 1.
newer="$("$repo/scripts/package.sh" --revision 2 --out "$out/packages" | tail -n 1)"
if [ "${VITRIN_VM_REUSE_IMAGE:-0}" = 1 ] && [ -f "$out/image/root.img" ]; then
    echo "run.sh: booting the image of an earlier run ($out/image)"
else
    deb="$("$repo/scripts/package.sh" --revision 1 --out "$out/packages" | tail -n 1)"
    "$repo/tests/vm/build-image.sh" "$deb" "$out/image"
fi
built=$(date +%s)
status=0
if ! /usr/bin/python3 "$repo/tests/vm/vm-test.py" "$out/image" "$out/shots" "$newer" 2>&1 | tee "$out/vm-test.log"; then
    status=1
fi
echo "run.sh: image $((built - began)) s, test $(($(date +%s) - built)) s; screendumps in $out/shots"
exit "$status"
