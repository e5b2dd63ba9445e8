#!/usr/bin/env bash
# Builds the Debian package vitrin_<version>-<revision>_<arch>.deb from the release preset and
# checks it with lintian. Installs what it needs through scripts/install-deps.sh.
#
#   scripts/package.sh [--out DIR] [--revision N] [--no-lintian]
#
# --out DIR       where the .deb is written (default: dist/ in the repository)
# --revision N    the Debian revision (default 1); a higher one makes an upgrade of the same version
# Prints the path of the .deb as its last line.
set -euo pipefail

repo="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
out="$repo/dist"
revision=1
lintian=1
while [ $# -gt 0 ]; do
    case "$1" in
        --out) out="$2"; shift ;;
        --revision) revision="$2"; shift ;;
        --no-lintian) lintian=0 ;;
        -h | --help) awk 'NR > 1 && !/^#/ { exit } NR > 1 { sub(/^# ?/, ""); print }' "$0"; exit 0 ;;
        *) echo "package.sh: unknown option '$1'" >&2; exit 2 ;;
    esac
    shift
done
[[ "$revision" =~ ^[0-9]+$ ]] || { echo "package.sh: --revision takes a number" >&2; exit 2; }

"$repo/scripts/install-deps.sh"

build="$repo/build/release"
cd "$repo"
cmake --preset release -DVITRIN_PACKAGE=ON -DVITRIN_DEB_RELEASE="$revision" >/dev/null
cmake --build --preset release --target vitrin
mkdir -p "$out"
# cpack writes its own work folder in the build tree; the package itself goes to $out.
rm -rf "$build/cpack"
cpack --config "$build/CPackConfig.cmake" -B "$build/cpack" >/dev/null
deb="$(find "$build/cpack" -maxdepth 1 -name "vitrin_*-${revision}_*.deb" | head -n 1)"
[ -n "$deb" ] || { echo "package.sh: cpack made no package" >&2; exit 1; }
cp -f "$deb" "$out/"
deb="$out/$(basename "$deb")"

if [ "$lintian" -eq 1 ]; then
    # Errors and warnings fail the build. The package carries its overrides
    # (packaging/deb/lintian-overrides, each with the reason).
    lintian --fail-on error,warning --info "$deb" || {
        echo "package.sh: lintian found problems in $deb" >&2
        exit 1
    }
fi
echo "$deb"
