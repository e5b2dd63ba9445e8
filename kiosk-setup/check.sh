#!/usr/bin/env bash
# Checks kiosk-setup/ without installing anything or starting X: syntax and shellcheck of the
# scripts, systemd-analyze verify of the units and of the memory limit, install.sh --dry-run
# (install, --deb, uninstall, --pin, venue options), the package's maintainer scripts, a built
# package in dist/ (files, Depends, lintian) when there is one, and vitrin-session.sh against
# stand-ins for xset and vitrin. Needs no root.
# Exit 0 when everything passes; skips (and says so) a check whose tool is missing.
set -euo pipefail

here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
failures=0

pass() { echo "ok    $*"; }
skip() { echo "skip  $*"; }
bad() {
    echo "FAIL  $*"
    failures=$((failures + 1))
}

scripts=("$here"/*.sh)
for script in "${scripts[@]}"; do
    if bash -n "$script"; then pass "bash -n $(basename "$script")"; else bad "bash -n $(basename "$script")"; fi
done

if command -v shellcheck >/dev/null; then
    if shellcheck "${scripts[@]}"; then pass "shellcheck"; else bad "shellcheck"; fi
else
    skip "shellcheck (not installed)"
fi

if command -v systemd-analyze >/dev/null; then
    # The units name their scripts under /usr/libexec/vitrin; point them at this folder instead.
    # Their manual page comes with the package: not looked for here.
    for unit in vitrin.service vitrin-usb@.service vitrin-usb-export.service; do
        sed -e "s#/usr/libexec/vitrin#$here#g" -e "s#man:vitrin(1) ##" "$here/$unit" >"$work/${unit/@/@sdb1}"
    done
    for unit in vitrin.service vitrin-usb@sdb1.service vitrin-usb-export.service; do
        if systemd-analyze verify "$work/$unit"; then pass "systemd-analyze verify $unit"; else bad "systemd-analyze verify $unit"; fi
    done
    # The memory limit is a drop-in for the kiosk user's slice: checked as that slice's own file.
    cp "$here/user-slice-memory.conf" "$work/user-999.slice"
    if systemd-analyze verify "$work/user-999.slice" 2>"$work/slice.txt" && ! grep -q . "$work/slice.txt"; then
        pass "systemd-analyze verify user-slice-memory.conf (as user-999.slice)"
    else
        bad "systemd-analyze verify user-slice-memory.conf"
        cat "$work/slice.txt"
    fi
else
    skip "systemd-analyze verify (not installed)"
fi

# The dry run must succeed, print the key steps, and change nothing.
before="$(ls -ld /usr/bin/vitrin /var/lib/vitrin /etc/systemd/system/vitrin.service.d 2>&1 || true)"
if "$here/install.sh" --dry-run --rotate 90 --lang en >"$work/dry-run.txt" 2>&1; then
    missing=""
    for expected in "scripts/package.sh" "apt-get install -y --no-install-recommends" \
        "/etc/systemd/system/vitrin.service.d/venue.conf with: VITRIN_ROTATE=90 VITRIN_LANG=en" \
        "systemctl enable vitrin.service"; do
        grep -qF -- "$expected" "$work/dry-run.txt" || missing+=" '$expected'"
    done
    if [ -z "$missing" ]; then pass "install.sh --dry-run (build, apt-get install, venue)"; else bad "install.sh --dry-run lacks:$missing"; fi
else
    bad "install.sh --dry-run exited $?"
    cat "$work/dry-run.txt"
fi
touch "$work/vitrin_9.9.9-1_amd64.deb"
if "$here/install.sh" --dry-run --deb "$work/vitrin_9.9.9-1_amd64.deb" >"$work/dry-deb.txt" 2>&1 &&
    grep -qF "apt-get install -y --no-install-recommends -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold $work/vitrin_9.9.9-1_amd64.deb" "$work/dry-deb.txt" &&
    ! grep -q "package.sh" "$work/dry-deb.txt"; then
    pass "install.sh --dry-run --deb FILE (installs it, builds nothing)"
else
    bad "install.sh --dry-run --deb FILE"
    cat "$work/dry-deb.txt"
fi
if "$here/install.sh" --dry-run --console-keys yes >"$work/dry-keys.txt" 2>&1 &&
    grep -qF "venue.conf with: VITRIN_CONSOLE_KEYS=1" "$work/dry-keys.txt"; then
    pass "install.sh --dry-run --console-keys yes"
else
    bad "install.sh --dry-run --console-keys yes"
fi
if "$here/install.sh" --dry-run --venue "Strömsunds kommunkontor" --hours "mon-fri 08:00-17:00,sat 10:00-14:00" \
    >"$work/dry-hours.txt" 2>&1 &&
    grep -qF 'would set venue = "Strömsunds kommunkontor"' "$work/dry-hours.txt" &&
    grep -qF 'fri = "08:00-17:00" sat = "10:00-14:00" sun = "closed"' "$work/dry-hours.txt"; then
    pass "install.sh --dry-run --venue --hours"
else
    bad "install.sh --dry-run --venue --hours"
    cat "$work/dry-hours.txt"
fi
if "$here/install.sh" --dry-run --uninstall >"$work/dry-uninstall.txt" 2>&1 &&
    grep -qF "apt-get purge -y vitrin" "$work/dry-uninstall.txt"; then
    pass "install.sh --dry-run --uninstall (apt-get purge)"
else
    bad "install.sh --dry-run --uninstall"
fi
# --pin: the PIN goes to `vitrin --set-pin` on standard input, never into the output; a PIN
# that is not 4 to 8 digits is bad usage, and so are other bad values.
if "$here/install.sh" --dry-run --pin 4711 >"$work/dry-pin.txt" 2>&1 &&
    grep -qF -- "/usr/bin/vitrin --state /var/lib/vitrin --set-pin" "$work/dry-pin.txt" &&
    ! grep -q 4711 "$work/dry-pin.txt"; then
    pass "install.sh --dry-run --pin"
else
    bad "install.sh --dry-run --pin"
fi
accepted=""
for arguments in "--pin 123" "--pin 123456789" "--pin 12a4" "--rotate 45" "--lang de" "--layout a;b" \
    "--deb x.txt" "--uninstall --pin 4711" "--rotate" "--console-keys maybe" "--hours mon-fri"; do
    # shellcheck disable=SC2086 # split on purpose: each string is an argument list
    if "$here/install.sh" --dry-run $arguments >/dev/null 2>&1; then accepted+=" [$arguments]"; fi
done
for hours in "fri-mon 08:00-17:00" "mon 8-17" "mon-fri 08:00-17:00,sun"; do
    if "$here/install.sh" --dry-run --hours "$hours" >/dev/null 2>&1; then accepted+=" [--hours $hours]"; fi
done
if "$here/install.sh" --dry-run --venue 'a"b' >/dev/null 2>&1; then accepted+=" [--venue a\"b]"; fi
if [ -z "$accepted" ]; then pass "install.sh rejects bad options"; else bad "install.sh accepts$accepted"; fi
after="$(ls -ld /usr/bin/vitrin /var/lib/vitrin /etc/systemd/system/vitrin.service.d 2>&1 || true)"
if [ "$before" = "$after" ]; then pass "dry runs changed nothing"; else bad "a dry run changed the system"; fi
if "$here/install.sh" --no-such-option >/dev/null 2>&1; then bad "install.sh accepts a bad option"; else pass "install.sh rejects a bad option"; fi

# The package's maintainer scripts: POSIX sh, clean for shellcheck.
packaging="$(dirname "$here")/packaging/deb"
for script in postinst prerm postrm; do
    if sh -n "$packaging/$script" && [ -x "$packaging/$script" ]; then pass "sh -n $script"; else bad "sh -n $script (or not executable)"; fi
done
if command -v shellcheck >/dev/null; then
    if shellcheck -s sh "$packaging/postinst" "$packaging/prerm" "$packaging/postrm"; then
        pass "shellcheck maintainer scripts"
    else
        bad "shellcheck maintainer scripts"
    fi
fi
# The units start the helpers where the package puts them (cmake/Package.cmake: libexec/vitrin).
wrong=""
while read -r path; do
    [ -f "$here/$(basename "$path")" ] || wrong+=" $path"
done < <(grep -ho '/usr/libexec/vitrin/[a-z-]*\.sh' "$here"/*.service)
# shellcheck disable=SC2016 # a CMake variable, not a shell one
grep -qF 'DESTINATION "${CMAKE_INSTALL_LIBEXECDIR}/vitrin"' "$(dirname "$here")/cmake/Package.cmake" ||
    wrong+=" (Package.cmake installs no libexec/vitrin)"
if [ -z "$wrong" ]; then pass "units name the helpers the package installs"; else bad "units name helpers the package lacks:$wrong"; fi
# postinst copies the memory limit from where the package puts it (Package.cmake: share/vitrin).
# shellcheck disable=SC2016 # CMake variables, not shell ones
if grep -qF 'install -m 0644 /usr/share/vitrin/user-slice-memory.conf' "$packaging/postinst" &&
    grep -qF 'install(FILES "${kiosk}/user-slice-memory.conf" DESTINATION "${CMAKE_INSTALL_DATADIR}/vitrin")' \
        "$(dirname "$here")/cmake/Package.cmake" &&
    grep -q '^MemoryMax=' "$here/user-slice-memory.conf"; then
    pass "postinst copies the memory limit the package installs"
else
    bad "postinst and cmake/Package.cmake disagree about user-slice-memory.conf"
fi

# A built package (VITRIN_DEB, else the newest in dist/): its files, its dependencies, lintian.
deb="${VITRIN_DEB:-}"
dist="$(dirname "$here")/dist"
if [ -z "$deb" ] && [ -d "$dist" ]; then
    deb="$(find "$dist" -maxdepth 1 -name 'vitrin_*.deb' | sort -V | tail -n 1)"
fi
if [ -n "$deb" ] && [ -f "$deb" ] && command -v dpkg-deb >/dev/null; then
    dpkg-deb -c "$deb" | awk '{ print $6 }' >"$work/files.txt"
    missing=""
    for file in ./usr/bin/vitrin ./usr/share/vitrin/fonts/NotoSans-Regular.ttf \
        ./usr/share/vitrin/layouts/landscape-1080p.toml ./usr/share/vitrin/media/exhibition.toml \
        ./lib/systemd/system/vitrin.service ./lib/systemd/system/vitrin-usb@.service \
        ./lib/udev/rules.d/90-vitrin-usb.rules ./etc/pam.d/vitrin ./etc/X11/vitrin-kiosk.conf \
        ./usr/libexec/vitrin/vitrin-start.sh ./usr/libexec/vitrin/vitrin-session.sh \
        ./usr/libexec/vitrin/vitrin-usb-mount.sh ./usr/libexec/vitrin/vitrin-usb-export.sh \
        ./lib/systemd/system/vitrin-usb-export.service ./usr/share/polkit-1/rules.d/50-vitrin.rules \
        ./usr/share/doc/vitrin/copyright ./usr/share/vitrin/user-slice-memory.conf \
        ./usr/share/man/man1/vitrin.1.gz; do
        grep -qxF "$file" "$work/files.txt" || missing+=" $file"
    done
    depends="$(dpkg-deb -f "$deb" Depends)"
    for package in libsdl2-2.0-0 libturbojpeg0 libsystemd0 xserver-xorg libpam-systemd adduser; do
        grep -q "\b$package\b" <<<"$depends" || missing+=" Depends:$package"
    done
    dpkg-deb --ctrl-tarfile "$deb" | tar -t >"$work/control.txt"
    for file in postinst prerm postrm conffiles; do
        grep -q "$file\$" "$work/control.txt" || missing+=" DEBIAN/$file"
    done
    if [ -z "$missing" ]; then pass "package $(basename "$deb"): files, Depends, maintainer scripts"; else bad "package $(basename "$deb") lacks:$missing"; fi
    if command -v lintian >/dev/null; then
        if lintian --fail-on error,warning "$deb" >"$work/lintian.txt" 2>&1; then
            pass "lintian $(basename "$deb")"
        else
            bad "lintian $(basename "$deb")"
            cat "$work/lintian.txt"
        fi
    else
        skip "lintian (not installed)"
    fi
else
    skip "package checks (no dist/vitrin_*.deb: scripts/package.sh builds one)"
fi

# vitrin-session.sh with stand-ins: the arguments it builds and the commands it runs.
mkdir -p "$work/bin"
cat >"$work/bin/xset" <<EOF
#!/bin/sh
echo "xset \$*" >>"$work/calls"
EOF
printf '#!/bin/sh\nprintf "[%%s]" "$@" >"%s/args"\n' "$work" >"$work/bin/vitrin"
chmod +x "$work/bin/"*
if PATH="$work/bin:$PATH" VITRIN_BIN="$work/bin/vitrin" VITRIN_MEDIA="$work" VITRIN_STATE=/var/lib/vitrin \
    VITRIN_LAYOUT=portrait-1080p VITRIN_LANG='' VITRIN_ROTATE=90 \
    VITRIN_EXTRA_ARGS="--lang ru" "$here/vitrin-session.sh" 2>"$work/session.log" &&
    [ "$(cat "$work/args")" = "[--media][$work][--state][/var/lib/vitrin][--layout][portrait-1080p][--rotate][90][--lang][ru]" ] &&
    grep -qx "xset -dpms" "$work/calls" && grep -qx "xset s off" "$work/calls"; then
    pass "vitrin-session.sh (arguments, no blanking, rotation)"
else
    bad "vitrin-session.sh"
    cat "$work/session.log" "$work/calls" "$work/args" 2>/dev/null || true
fi

if [ "$failures" -eq 0 ]; then
    echo "kiosk-setup: all checks passed"
else
    echo "kiosk-setup: $failures check(s) failed"
    exit 1
fi
