#!/usr/bin/env bash
# Checks kiosk-setup/ without installing anything or starting X: syntax and shellcheck of the
# scripts, systemd-analyze verify of the units, install.sh --dry-run (install, uninstall, --pin), and
# vitrin-session.sh against stand-ins for xset and vitrin. Needs no root.
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
    # The units name their scripts under /opt/vitrin/libexec; point them at this folder instead.
    for unit in vitrin.service vitrin-usb@.service; do
        sed "s#/opt/vitrin/libexec#$here#g" "$here/$unit" >"$work/${unit/@/@sdb1}"
    done
    for unit in vitrin.service vitrin-usb@sdb1.service; do
        if systemd-analyze verify "$work/$unit"; then pass "systemd-analyze verify $unit"; else bad "systemd-analyze verify $unit"; fi
    done
else
    skip "systemd-analyze verify (not installed)"
fi

# The dry run must succeed, print the key steps, and change nothing.
before="$(ls -ld /opt/vitrin /etc/systemd/system/vitrin.service 2>&1 || true)"
if "$here/install.sh" --dry-run >"$work/dry-run.txt" 2>&1; then
    missing=""
    for expected in "cmake --install" "useradd" "install -d -o vitrin -g vitrin -m 0750 /var/lib/vitrin" \
        "/etc/systemd/system/vitrin.service" "systemctl enable vitrin.service" "90-vitrin-usb.rules"; do
        grep -qF -- "$expected" "$work/dry-run.txt" || missing+=" '$expected'"
    done
    if ! id -u vitrin >/dev/null 2>&1 && ! grep -q "would run: useradd" "$work/dry-run.txt"; then
        missing+=" 'would run: useradd'"
    fi
    if [ -z "$missing" ]; then pass "install.sh --dry-run"; else bad "install.sh --dry-run lacks:$missing"; fi
else
    bad "install.sh --dry-run exited $?"
    cat "$work/dry-run.txt"
fi
if "$here/install.sh" --dry-run --uninstall >"$work/dry-uninstall.txt" 2>&1 &&
    grep -qF "rm -rf /opt/vitrin" "$work/dry-uninstall.txt" &&
    ! grep -q "would run: rm .*/var/lib/vitrin" "$work/dry-uninstall.txt"; then
    pass "install.sh --dry-run --uninstall"
else
    bad "install.sh --dry-run --uninstall"
fi
# --pin: the PIN goes to `vitrin --set-pin` on standard input, never into the output; a PIN
# that is not 4 to 8 digits is bad usage.
if "$here/install.sh" --dry-run --pin 4711 >"$work/dry-pin.txt" 2>&1 &&
    grep -qF -- "--state /var/lib/vitrin --set-pin" "$work/dry-pin.txt" &&
    ! grep -q 4711 "$work/dry-pin.txt"; then
    pass "install.sh --dry-run --pin"
else
    bad "install.sh --dry-run --pin"
fi
accepted=""
for pin in 123 123456789 12a4; do
    if "$here/install.sh" --dry-run --pin "$pin" >/dev/null 2>&1; then accepted+=" $pin"; fi
done
if [ -z "$accepted" ]; then pass "install.sh rejects a bad --pin"; else bad "install.sh accepts --pin$accepted"; fi
after="$(ls -ld /opt/vitrin /etc/systemd/system/vitrin.service 2>&1 || true)"
if [ "$before" = "$after" ]; then pass "dry runs changed nothing"; else bad "a dry run changed the system"; fi
if "$here/install.sh" --no-such-option >/dev/null 2>&1; then bad "install.sh accepts a bad option"; else pass "install.sh rejects a bad option"; fi

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
