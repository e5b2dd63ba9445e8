#!/usr/bin/env bash
# Installs Vitrin on a kiosk PC (Debian 12 or Raspberry Pi OS bookworm) so that it boots straight
# into the kiosk. Run it as root from the repository it sits in:
#
#   sudo kiosk-setup/install.sh              install, or update after `git pull`
#   sudo kiosk-setup/install.sh --pin 4711   the same, and set the staff PIN (4 to 8 digits);
#                                            without it, a first install on a terminal asks
#   sudo kiosk-setup/install.sh --dry-run    print what it would do, change nothing (no root needed)
#   sudo kiosk-setup/install.sh --uninstall  remove the service and /opt/vitrin (keeps /var/lib/vitrin)
#
# Safe to run again: every step checks or overwrites, nothing is added twice. What it does, and
# why, is in kiosk-setup/README.md.
set -euo pipefail

readonly prefix=/opt/vitrin
readonly state_dir=/var/lib/vitrin
readonly kiosk_user=vitrin
readonly usb_mountpoint=/media/vitrin-usb
readonly unit_dir=/etc/systemd/system
readonly udev_rule=/etc/udev/rules.d/90-vitrin-usb.rules
readonly pam_file=/etc/pam.d/vitrin
readonly build_subdir=build/kiosk-release

# What the kiosk needs at run time. Recommends are not installed: they would pull in a terminal
# and a setuid X wrapper that the kiosk does not use.
#   xserver-xorg, libgl1-mesa-dri   the X server with its drivers (libinput for touch) and GPU GL
#   xinit, xauth                    start X with one client; the X authorization cookie
#   x11-xserver-utils               xset (no blanking, no DPMS)
#   xinput                          `xinput list` when troubleshooting touch
#   kbd                             chvt, to bring vt7 to the front
#   libpam-systemd                  the logind session that lets Xorg run without root
#   ntfs-3g                         NTFS sticks where the kernel has no ntfs3 driver
# No unclutter: X starts with -nocursor, so there is never a pointer to hide.
readonly runtime_packages=(
    xserver-xorg libgl1-mesa-dri xinit xauth x11-xserver-utils xinput kbd libpam-systemd ntfs-3g
)

here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)"
repo="$(dirname "$here")"
readonly here repo

dry_run=0
mode=install
pin=""

usage() {
    awk 'NR > 1 && !/^#/ { exit } NR > 1 { sub(/^# ?/, ""); print }' "${BASH_SOURCE[0]}"
}

step() {
    echo
    echo "==> $*"
}

note() {
    echo "    $*"
}

fail() {
    echo "install.sh: error: $*" >&2
    exit 1
}

# Runs a command, or in --dry-run prints it instead.
run() {
    if [ "$dry_run" -eq 1 ]; then
        local quoted
        quoted="$(printf '%q ' "$@")"
        echo "    would run: ${quoted% }"
    else
        "$@"
    fi
}

# A staff PIN is 4 to 8 digits, as `vitrin --set-pin` accepts.
valid_pin() {
    [[ "$1" =~ ^[0-9]{4,8}$ ]]
}

# Whether settings.toml holds a PIN hash (the form `vitrin --set-pin` writes).
pin_is_set() {
    # shellcheck disable=SC2016 # the $ are the hash's own, not shell variables
    grep -qs '^pin_hash = "\$argon2id\$' "$state_dir/settings.toml"
}

# Asks for the PIN twice on the terminal, without echo; sets pin. False when the answer is empty.
ask_pin() {
    local first second
    while true; do
        read -rsp "    Staff PIN (4 to 8 digits; Enter alone to skip): " first || first=""
        echo
        if [ -z "$first" ]; then
            return 1
        fi
        if ! valid_pin "$first"; then
            note "a PIN is 4 to 8 digits (0-9); again"
            continue
        fi
        read -rsp "    The same PIN again: " second || second=""
        echo
        if [ "$first" = "$second" ]; then
            pin="$first"
            return 0
        fi
        note "the two differ; again"
    done
}

has_systemd() {
    [ -d /run/systemd/system ]
}

# Prints the runtime packages that are not installed yet.
missing_packages() {
    local package
    for package in "${runtime_packages[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
            echo "$package"
        fi
    done
}

install_packages() {
    step "Packages: runtime (X server, xinit, xset, xinput, ...)"
    local missing=()
    mapfile -t missing < <(missing_packages)
    if [ ${#missing[@]} -eq 0 ]; then
        note "all present"
    else
        note "missing: ${missing[*]}"
        run apt-get update -qq
        run env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
    fi

    step "Packages: build (scripts/install-deps.sh)"
    run "$repo/scripts/install-deps.sh"
}

# Builds the release preset into its own folder with only what the kiosk installs: no tests, and
# warnings are not fatal (warnings-as-errors is a gate for developers, not for installing a venue's
# kiosk). Parallel jobs are limited to about one per GB of memory, so a 2 GB Raspberry Pi does not
# run out of memory.
build() {
    step "Build: release preset into $repo/$build_subdir"
    local owner as_owner=() jobs memory_gb
    owner="$(stat -c %U "$repo")"
    if [ "$owner" != root ] && id -u "$owner" >/dev/null 2>&1; then
        as_owner=(runuser -u "$owner" --) # keep the checkout owned by its owner
        note "building as $owner, who owns the checkout"
    fi
    memory_gb="$(awk '/^MemTotal:/ { print int($2 / 1000000) }' /proc/meminfo)"
    jobs="$(nproc)"
    if [ "$memory_gb" -lt "$jobs" ]; then
        jobs="$memory_gb"
    fi
    if [ "$jobs" -lt 1 ]; then
        jobs=1
    fi
    run "${as_owner[@]}" cmake -S "$repo" --preset release -B "$repo/$build_subdir" \
        -DVITRIN_TESTS=OFF -DVITRIN_WERROR=OFF
    run "${as_owner[@]}" cmake --build "$repo/$build_subdir" --target vitrin --parallel "$jobs"
}

# Installs into a fresh folder beside /opt/vitrin, then swaps it in: files removed from the
# project do not linger, and a failure halfway leaves the old installation untouched.
install_files() {
    step "Files: $prefix (kiosk, fonts, layouts, media, scripts)"
    local staging="$prefix.new" old="$prefix.old"
    run rm -rf "$staging" "$old"
    run cmake --install "$repo/$build_subdir" --prefix "$staging"
    run install -d -m 0755 "$staging/libexec" "$staging/share/doc/vitrin"
    run install -m 0755 "$here/vitrin-start.sh" "$here/vitrin-session.sh" \
        "$here/vitrin-usb-mount.sh" "$staging/libexec/"
    run install -m 0644 "$here/README.md" "$staging/share/doc/vitrin/kiosk-setup.md"
    if [ -e "$prefix" ]; then
        run mv "$prefix" "$old"
    fi
    run mv "$staging" "$prefix"
    run rm -rf "$old"
}

create_user() {
    step "User: $kiosk_user (system user, no password, no sudo, no login shell)"
    if id -u "$kiosk_user" >/dev/null 2>&1; then
        note "exists"
    else
        run useradd --system --user-group --home-dir "$state_dir" --no-create-home \
            --shell /usr/sbin/nologin --comment "Vitrin kiosk" "$kiosk_user"
    fi
    # Fallback access to the screen and the touchscreen if the logind session is not active.
    local group
    for group in video render input; do
        if getent group "$group" >/dev/null; then
            run usermod -a -G "$group" "$kiosk_user"
        fi
    done

    step "State folder: $state_dir (picture cache and state, owned by $kiosk_user)"
    run install -d -o "$kiosk_user" -g "$kiosk_user" -m 0750 "$state_dir"
}

# The staff PIN guards the staff functions on the touchscreen. The kiosk program hashes it
# (Argon2id) into $state_dir/settings.toml, run as the kiosk user so that the file stays the
# kiosk's. The PIN travels on standard input, never on a command line that `ps` would show.
set_staff_pin() {
    step "Staff PIN: $state_dir/settings.toml (stored as an Argon2id hash)"
    local command=(runuser -u "$kiosk_user" -- "$prefix/bin/vitrin" --state "$state_dir" --set-pin)
    local later="sudo -u $kiosk_user $prefix/bin/vitrin --state $state_dir --set-pin"
    if [ -z "$pin" ]; then
        if pin_is_set; then
            note "set already; to change it: $later"
            return
        fi
        if [ "$dry_run" -eq 1 ]; then
            note "none found: a real run on a terminal asks for one (or give --pin NNNN)"
            return
        fi
        if [ ! -t 0 ] || ! ask_pin; then
            note "no PIN is set; set one later with: $later"
            return
        fi
    fi
    if [ "$dry_run" -eq 1 ]; then
        echo "    would run: ${command[*]} (the PIN on standard input)"
    elif ! printf '%s\n' "$pin" | "${command[@]}"; then
        fail "the staff PIN could not be set (see above)"
    fi
}

install_config() {
    step "System configuration: service, PAM session, USB mounting"
    run install -m 0644 "$here/vitrin.service" "$unit_dir/vitrin.service"
    run install -m 0644 "$here/vitrin-usb@.service" "$unit_dir/vitrin-usb@.service"
    run install -m 0644 "$here/pam-vitrin" "$pam_file"
    run install -m 0644 "$here/90-vitrin-usb.rules" "$udev_rule"
    run install -d -m 0755 "$usb_mountpoint"
    if has_systemd; then
        run systemctl daemon-reload
        run udevadm control --reload
    else
        note "systemd is not running here (image build or chroot): skipping daemon-reload"
    fi
}

# graphical.target, not multi-user.target: the kiosk is this machine's graphical interface, so it
# belongs where a display manager would be. A display manager (lightdm on Raspberry Pi OS with
# desktop, gdm, ...) would fight the kiosk for the screen, so it is disabled, not removed.
enable_at_boot() {
    step "Boot: straight into the kiosk"
    # Debian enables a display manager by linking it as display-manager.service.
    if [ -L "$unit_dir/display-manager.service" ]; then
        local manager
        manager="$(basename "$(readlink -f "$unit_dir/display-manager.service")" .service)"
        note "disabling the display manager $manager (re-enable: systemctl enable $manager)"
        run systemctl disable "$manager.service"
    fi
    if [ "$(systemctl get-default 2>/dev/null)" = graphical.target ]; then
        note "default target: graphical.target already"
    else
        run systemctl set-default graphical.target
    fi
    run systemctl enable vitrin.service
}

restart_if_running() {
    step "Start"
    if has_systemd && systemctl is-active --quiet vitrin.service; then
        note "the kiosk is running: restarting it on the new version"
        run systemctl restart vitrin.service
    else
        note "the kiosk starts at the next boot; to start it now: systemctl start vitrin"
    fi
}

uninstall() {
    step "Uninstall: the service, the USB mounting, $prefix"
    if has_systemd; then
        run systemctl stop vitrin.service 'vitrin-usb@*.service' || true
    fi
    if [ -e "$unit_dir/vitrin.service" ]; then
        run systemctl disable vitrin.service
    fi
    run rm -f "$unit_dir/vitrin.service" "$unit_dir/vitrin-usb@.service" "$udev_rule" "$pam_file"
    run rm -rf "$prefix" "$prefix.new" "$prefix.old"
    if has_systemd; then
        run systemctl daemon-reload
        run udevadm control --reload
    fi
    if [ -d "$usb_mountpoint" ] && ! mountpoint -q "$usb_mountpoint"; then
        run rmdir "$usb_mountpoint" || true
    fi
    step "Kept"
    note "$state_dir (the kiosk's state) and the user $kiosk_user: remove them with"
    note "  rm -rf $state_dir && userdel $kiosk_user"
    if [ -d "$unit_dir/vitrin.service.d" ]; then
        note "$unit_dir/vitrin.service.d (your settings from systemctl edit)"
    fi
    note "the default boot target; a display manager disabled at install can be re-enabled with"
    note "  systemctl enable lightdm   (or gdm3, sddm, ...)"
}

check_system() {
    if [ ! -r /etc/os-release ] || ! grep -q '^VERSION_CODENAME=bookworm' /etc/os-release; then
        echo "install.sh: warning: made for Debian 12 / Raspberry Pi OS bookworm; this is" \
            "$(sed -n 's/^PRETTY_NAME=//p' /etc/os-release 2>/dev/null || echo unknown)" >&2
    fi
    if [ ! -f "$repo/CMakePresets.json" ] || [ ! -x "$repo/scripts/install-deps.sh" ]; then
        fail "$repo does not look like the Vitrin repository (kiosk-setup/ must stay inside it)"
    fi
    command -v systemctl >/dev/null || fail "systemd is required"
}

while [ $# -gt 0 ]; do
    case "$1" in
        --dry-run) dry_run=1 ;;
        --uninstall) mode=uninstall ;;
        --pin)
            if [ $# -lt 2 ] || ! valid_pin "$2"; then
                echo "install.sh: --pin takes a PIN of 4 to 8 digits (0-9)" >&2
                exit 2
            fi
            pin="$2"
            shift
            ;;
        -h | --help)
            usage
            exit 0
            ;;
        *)
            echo "install.sh: unknown option '$1'" >&2
            usage >&2
            exit 2
            ;;
    esac
    shift
done

if [ "$mode" = uninstall ] && [ -n "$pin" ]; then
    echo "install.sh: --pin goes with installing, not with --uninstall" >&2
    exit 2
fi
if [ "$dry_run" -eq 1 ]; then
    echo "Dry run: nothing is changed; the commands below are what a real run would do."
elif [ "$(id -u)" -ne 0 ]; then
    fail "run as root: sudo $0"
fi
check_system

if [ "$mode" = uninstall ]; then
    uninstall
    echo
    if [ "$dry_run" -eq 1 ]; then
        echo "Dry run finished: nothing was changed."
    else
        echo "Vitrin is uninstalled."
    fi
    exit 0
fi

install_packages
build
install_files
create_user
set_staff_pin
install_config
enable_at_boot
restart_if_running
echo
if [ "$dry_run" -eq 1 ]; then
    echo "Dry run finished: nothing was changed."
else
    echo "Vitrin is installed in $prefix. Check it: systemctl status vitrin; journalctl -u vitrin -f"
fi
