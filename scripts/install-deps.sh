#!/usr/bin/env bash
# Installs the Debian packages Vitrin needs to build, test, package and run. Skips what is present.
#   scripts/install-deps.sh         build, tests, the Debian package (dpkg-dev, lintian)
#   scripts/install-deps.sh --vm    also what the virtual-machine test needs (tests/vm)
#   scripts/install-deps.sh --office  also LibreOffice Calc, for scripts/check-csv-office.sh
#   scripts/install-deps.sh --bench   also Chromium, the browser kiosk scripts/bench.sh times
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config git
    libsdl2-dev libsdl2-ttf-dev libsdl2-image-dev
    libstb-dev libturbojpeg0-dev libjpeg62-turbo-dev libpng-dev libwebp-dev
    libimgui-dev libtomlplusplus-dev libutf8proc-dev libicu-dev libxxhash-dev nlohmann-json3-dev libsodium-dev libsqlite3-dev
    libsystemd-dev libxext-dev
    libespeak-ng-dev espeak-ng-data libvorbis-dev
    fonts-noto-color-emoji fonts-dejavu-core fonts-symbola
    libgtest-dev libgmock-dev libbenchmark-dev
    clang libclang-rt-dev clang-tidy
    xvfb xauth x11-apps x11-xserver-utils xdotool imagemagick python3-pil libvips-tools shellcheck feh imv
    linux-perf strace
    dosfstools fusefat
    dpkg-dev lintian fakeroot file
)
case "${1-}" in
    --vm) packages+=(qemu-system-x86 qemu-utils mmdebstrap mtools e2fsprogs) ;;
    --office) packages+=(libreoffice-calc-nogui poppler-utils) ;;
    --bench) packages+=(chromium) ;;
esac

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$package")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

echo "Installing: ${missing[*]}"
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
    sudo_cmd=(sudo)
fi
"${sudo_cmd[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
