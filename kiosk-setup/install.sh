#!/usr/bin/env bash
# Installs Vitrin on a kiosk PC (Debian 12 or Raspberry Pi OS bookworm) so that it boots straight
# into the kiosk: installs the vitrin Debian package, then sets up this venue's kiosk.
#
#   sudo kiosk-setup/install.sh                   from the source tree: build the package, install it
#   sudo kiosk-setup/install.sh --deb FILE.deb    install this package (e.g. from a USB stick)
#   options for the venue (kept until changed; an update without them keeps the earlier ones):
#     --pin 4711                the staff PIN (4 to 8 digits); without it, a first install on a
#                               terminal asks
#     --rotate 0|90|180|270     the screen is mounted turned clockwise by this much
#     --layout NAME             force a layout (landscape-1080p, portrait-1080p, ...)
#     --lang sv|en|ru           the visitors' start language
#     --venue NAME              the tour venue this kiosk stands at (its Swedish name in the
#                               exhibition's tour); "" to find it from the tour's dates
#     --hours "mon-fri 08:00-17:00,sat 10:00-14:00"
#                               opening hours: the screen is off outside them; days not named
#                               are closed; "always" (the default) keeps it on at all hours
#     --console-keys yes|no     whether Ctrl+Alt+F1-F12 reach the text consoles (default no: a
#                               visitor's keyboard cannot leave the kiosk; SSH is the way in)
#   sudo kiosk-setup/install.sh --dry-run ...     print what it would do, change nothing (no root needed)
#   sudo kiosk-setup/install.sh --uninstall       remove everything: `apt-get purge vitrin`, which
#                                                 also removes /var/lib/vitrin and the user vitrin
#
# Safe to run again: every step checks or overwrites, nothing is added twice. An update keeps
# /var/lib/vitrin (exhibitions, statistics, settings, the PIN). What it does, and why, is in
# kiosk-setup/README.md.
set -euo pipefail

readonly state_dir=/var/lib/vitrin
readonly kiosk_user=vitrin
readonly vitrin_bin=/usr/bin/vitrin
readonly unit_dir=/etc/systemd/system
readonly venue_dir=/etc/systemd/system/vitrin.service.d
readonly venue_conf=/etc/systemd/system/vitrin.service.d/venue.conf
# What the installer before the package left: removed when it is found (see remove_old_layout).
readonly old_prefix=/opt/vitrin
readonly old_files=(/etc/systemd/system/vitrin.service /etc/systemd/system/vitrin-usb@.service
    /etc/udev/rules.d/90-vitrin-usb.rules)

here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)"
repo="$(dirname "$here")"
readonly here repo

dry_run=0
mode=install
pin=""
deb=""
rotate=""
layout=""
lang=""
console_keys=""
venue=""
venue_given=0
hours=""

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

# Whether this folder sits in a Vitrin source tree (then the package can be built here).
in_source_tree() {
    [ -f "$repo/CMakePresets.json" ] && [ -x "$repo/scripts/package.sh" ]
}

# Sets deb to the package to install: --deb, else the newest vitrin_*.deb beside this script (a
# folder copied from a stick), else one built from the source tree by scripts/package.sh.
find_package() {
    step "Package"
    if [ -n "$deb" ]; then
        [ -f "$deb" ] || fail "no such package: $deb"
        note "given: $deb"
        return
    fi
    local beside
    beside="$(find "$here" -maxdepth 1 -name 'vitrin_*.deb' -printf '%f\n' 2>/dev/null | sort -V | tail -n 1)"
    if [ -n "$beside" ]; then
        deb="$here/$beside"
        note "found beside this script: $deb"
        return
    fi
    in_source_tree || fail "no package: give one with --deb FILE.deb (or run from the source tree)"
    build_package
}

# Builds the package with scripts/package.sh (release preset, lintian), as the owner of the
# checkout so that it stays theirs. Builds only the program; takes several minutes the first time.
build_package() {
    note "building it from $repo (scripts/package.sh)"
    local owner as_owner=()
    owner="$(stat -c %U "$repo")"
    if [ "$owner" != root ] && id -u "$owner" >/dev/null 2>&1; then
        as_owner=(runuser -u "$owner" --)
        note "building as $owner, who owns the checkout"
    fi
    # The build packages need root; the build itself does not.
    run "$repo/scripts/install-deps.sh"
    if [ "$dry_run" -eq 1 ]; then
        run "${as_owner[@]}" "$repo/scripts/package.sh"
        deb="$repo/dist/vitrin_VERSION_ARCH.deb"
        return
    fi
    deb="$("${as_owner[@]}" "$repo/scripts/package.sh" | tail -n 1)"
    [ -f "$deb" ] || fail "scripts/package.sh did not make a package"
}

# The installer before the package put the kiosk in /opt/vitrin and its units in /etc, where they
# would hide the package's. Removed (the state in /var/lib/vitrin stays).
remove_old_layout() {
    local found=()
    local file
    for file in "$old_prefix" "${old_files[@]}"; do
        if [ -e "$file" ] && ! dpkg -S "$file" >/dev/null 2>&1; then
            found+=("$file")
        fi
    done
    if [ -e /etc/pam.d/vitrin ] && ! dpkg -S /etc/pam.d/vitrin >/dev/null 2>&1; then
        found+=(/etc/pam.d/vitrin)
    fi
    [ ${#found[@]} -gt 0 ] || return 0
    step "Earlier installation without the package: removing ${found[*]}"
    run rm -rf "${found[@]}" "$old_prefix.new" "$old_prefix.old"
}

# apt installs the package and what it depends on: from the configured sources, which may be a
# local folder of .deb files (kiosk-setup/README.md, "Offline install"). Recommends are not
# installed: they would pull in a terminal and a setuid X wrapper the kiosk does not use.
install_package() {
    step "Install: $deb (and its dependencies, with apt)"
    local path="$deb"
    case "$path" in
        /*) ;;
        *) path="./$path" ;;
    esac
    run env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
        -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold "$path"
}

# The staff PIN guards the staff functions on the touchscreen. The kiosk program hashes it
# (Argon2id) into $state_dir/settings.toml, run as the kiosk user so that the file stays the
# kiosk's. The PIN travels on standard input, never on a command line that `ps` would show.
set_staff_pin() {
    step "Staff PIN: $state_dir/settings.toml (stored as an Argon2id hash)"
    local command=(runuser -u "$kiosk_user" -- "$vitrin_bin" --state "$state_dir" --set-pin)
    local later="sudo -u $kiosk_user $vitrin_bin --state $state_dir --set-pin"
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

# Prints venue.conf with NAME set to VALUE: the other lines stay as they are.
venue_with() {
    local name="$1" value="$2"
    if [ -f "$venue_conf" ]; then
        grep -v "^Environment=$name=" "$venue_conf" || true
    else
        printf '%s\n' "# This kiosk's settings, written by kiosk-setup/install.sh (--rotate, --layout," \
            "# --lang). Removed by apt purge vitrin. See /usr/share/doc/vitrin/kiosk-setup.md." "[Service]"
    fi
    echo "Environment=$name=$value"
}

# Rotation, layout, language and console keys: a drop-in for vitrin.service, which the package's
# updates never touch. (The venue's name and opening hours: configure_settings.)
configure_venue() {
    step "Venue: $venue_conf (rotation, layout, language, console keys)"
    local changes=()
    [ -z "$rotate" ] || changes+=("VITRIN_ROTATE=$rotate")
    [ -z "$layout" ] || changes+=("VITRIN_LAYOUT=$layout")
    [ -z "$lang" ] || changes+=("VITRIN_LANG=$lang")
    case "$console_keys" in
        yes) changes+=("VITRIN_CONSOLE_KEYS=1") ;;
        no) changes+=("VITRIN_CONSOLE_KEYS=0") ;;
    esac
    if [ ${#changes[@]} -eq 0 ]; then
        if [ -f "$venue_conf" ]; then
            note "kept: $(grep '^Environment=' "$venue_conf" | tr '\n' ' ')"
        else
            note "defaults (no --rotate, --layout, --lang or --console-keys given)"
        fi
        return
    fi
    local change text=""
    if [ "$dry_run" -eq 1 ]; then
        echo "    would write $venue_conf with: ${changes[*]}"
        return
    fi
    install -d -m 0755 "$venue_dir"
    for change in "${changes[@]}"; do
        text="$(venue_with "${change%%=*}" "${change#*=}")"
        printf '%s\n' "$text" >"$venue_conf.new"
        mv "$venue_conf.new" "$venue_conf"
    done
    note "$(grep '^Environment=' "$venue_conf" | tr '\n' ' ')"
}

# Prints the [opening_hours] lines for --hours: "always", or comma-separated "DAYS RANGE" items
# where DAYS is a day (mon ... sun) or a span (mon-fri) and RANGE is HH:MM-HH:MM or closed.
# Days not named are closed. Fails (exit 2) on anything else.
hours_table() {
    local spec="$1" item range first last i
    local keys=(mon tue wed thu fri sat sun)
    local ranges=(closed closed closed closed closed closed closed)
    [ "$spec" != always ] || return 0
    local IFS=,
    for item in $spec; do
        item="$(echo "$item" | xargs)"
        if ! [[ "$item" =~ ^([a-z]{3})(-([a-z]{3}))?\ +([0-2][0-9]:[0-5][0-9]-[0-2][0-9]:[0-5][0-9]|closed)$ ]]; then
            echo "install.sh: --hours: '$item' is not like 'mon-fri 08:00-17:00' or 'sun closed'" >&2
            exit 2
        fi
        first="$(index_of "${BASH_REMATCH[1]}" "${keys[@]}")"
        last="$(index_of "${BASH_REMATCH[3]:-${BASH_REMATCH[1]}}" "${keys[@]}")"
        range="${BASH_REMATCH[4]}"
        if [ -z "$first" ] || [ -z "$last" ] || [ "$first" -gt "$last" ]; then
            echo "install.sh: --hours: '$item': days are mon tue wed thu fri sat sun, a span runs forward (mon-fri)" >&2
            exit 2
        fi
        for ((i = first; i <= last; i++)); do
            ranges[i]="$range"
        done
    done
    echo "[opening_hours]"
    for i in "${!keys[@]}"; do
        echo "${keys[i]} = \"${ranges[i]}\""
    done
}

index_of() {
    local wanted="$1" i=0 key
    shift
    for key in "$@"; do
        [ "$key" != "$wanted" ] || { echo "$i"; return; }
        i=$((i + 1))
    done
}

# The venue's name and opening hours live in the kiosk's own settings.toml (the staff panel's
# file): the venue line and the [opening_hours] table are replaced, every other line kept. The
# kiosk reads them at its next start (restart_if_running); a bad value there is logged and its
# default used, as for every setting.
configure_settings() {
    [ "$venue_given" -eq 1 ] || [ -n "$hours" ] || return 0
    step "Venue name and opening hours: $state_dir/settings.toml"
    local file="$state_dir/settings.toml" table=""
    table="$(hours_table "${hours:-always}")"
    if [ "$dry_run" -eq 1 ]; then
        [ "$venue_given" -eq 0 ] || echo "    would set venue = \"$venue\""
        [ -z "$hours" ] || echo "    would set opening hours: ${table:-always on}" | tr '\n' ' '
        echo
        return
    fi
    local new="$file.install"
    {
        # Top-level lines first (a TOML table runs to the end of the file), without the ones
        # being replaced; then the new venue line and the new table.
        if [ -f "$file" ]; then
            awk -v venue="$venue_given" '
                /^\[/ { exit }
                venue == 1 && /^venue *=/ { next }
                { print }' "$file" >"$new.top"
            awk -v hours="${hours:+1}" '
                /^\[/ { table = $0 }
                table == "" || (table == "[opening_hours]" && hours == 1) { next }
                { print }' "$file" >"$new.tables"
        else
            : >"$new.top"
            : >"$new.tables"
        fi
        cat "$new.top"
        [ "$venue_given" -eq 0 ] || echo "venue = \"$venue\""
        cat "$new.tables"
        [ -z "$table" ] || printf '%s\n' "$table"
    } >"$new"
    rm -f "$new.top" "$new.tables"
    install -o "$kiosk_user" -g "$kiosk_user" -m 0600 "$new" "$file"
    rm -f "$new"
    [ "$venue_given" -eq 0 ] || note "venue = \"$venue\""
    [ -z "$hours" ] || note "opening hours: $hours"
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
    if ! has_systemd; then
        note "systemd is not running here (image build or chroot): the kiosk starts at boot"
        return
    fi
    run systemctl daemon-reload
    if systemctl is-active --quiet vitrin.service; then
        note "the kiosk is running: restarting it with these settings"
        run systemctl restart vitrin.service
    else
        note "the kiosk starts at the next boot; to start it now: systemctl start vitrin"
    fi
}

uninstall() {
    step "Uninstall: apt-get purge vitrin (the kiosk, its service, USB mounting, $state_dir, the user $kiosk_user)"
    if [ "$dry_run" -eq 1 ] || dpkg-query -W -f='${Status}' vitrin 2>/dev/null | grep -q 'ok installed\|config-files'; then
        run env DEBIAN_FRONTEND=noninteractive apt-get purge -y vitrin
    else
        note "the package vitrin is not installed"
    fi
    remove_old_layout
    if [ -e "$venue_conf" ]; then
        run rm -f "$venue_conf"
    fi
    step "Kept"
    note "the packages vitrin depended on (X server, ...): remove them with apt-get autoremove"
    note "the default boot target; a display manager disabled at install can be re-enabled with"
    note "  systemctl enable lightdm   (or gdm3, sddm, ...)"
}

check_system() {
    if [ ! -r /etc/os-release ] || ! grep -q '^VERSION_CODENAME=bookworm' /etc/os-release; then
        echo "install.sh: warning: made for Debian 12 / Raspberry Pi OS bookworm; this is" \
            "$(sed -n 's/^PRETTY_NAME=//p' /etc/os-release 2>/dev/null || echo unknown)" >&2
    fi
    command -v systemctl >/dev/null || fail "systemd is required"
    command -v apt-get >/dev/null || fail "apt-get is required"
}

# Takes the value of an option that needs one; exits with bad usage when it is missing or wrong.
value_of() {
    local option="$1" pattern="$2" value="${3-}" missing="${4-}"
    if [ -n "$missing" ] || ! [[ "$value" =~ $pattern ]]; then
        echo "install.sh: $option takes $5" >&2
        exit 2
    fi
}

while [ $# -gt 0 ]; do
    case "$1" in
        --dry-run) dry_run=1 ;;
        --uninstall) mode=uninstall ;;
        --pin | --rotate | --layout | --lang | --deb | --console-keys | --venue | --hours)
            option="$1"
            missing=""
            [ $# -ge 2 ] || missing=1
            case "$option" in
                --pin) value_of "$option" '^[0-9]{4,8}$' "${2-}" "$missing" "a PIN of 4 to 8 digits (0-9)"; pin="$2" ;;
                --rotate) value_of "$option" '^(0|90|180|270)$' "${2-}" "$missing" "0, 90, 180 or 270"; rotate="$2" ;;
                --layout) value_of "$option" '^[A-Za-z0-9._/-]+$' "${2-}" "$missing" "a layout name or file"; layout="$2" ;;
                --lang) value_of "$option" '^(sv|en|ru)$' "${2-}" "$missing" "sv, en or ru"; lang="$2" ;;
                --deb) value_of "$option" '\.deb$' "${2-}" "$missing" "a .deb file"; deb="$2" ;;
                --venue) value_of "$option" '^[^"\\]*$' "${2-}" "$missing" "a name without \" or \\"; venue="$2"; venue_given=1 ;;
                --hours) value_of "$option" '^[a-z0-9:, -]+$' "${2-}" "$missing" "hours like \"mon-fri 08:00-17:00,sat 10:00-14:00\" or always"; hours="$2" ;;
                --console-keys) value_of "$option" '^(yes|no)$' "${2-}" "$missing" "yes or no"; console_keys="$2" ;;
            esac
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

if [ -n "$hours" ]; then
    hours_table "$hours" >/dev/null
fi
if [ "$mode" = uninstall ] && { [ -n "$pin$rotate$layout$lang$deb$console_keys$hours" ] || [ "$venue_given" -eq 1 ]; }; then
    echo "install.sh: --uninstall takes no other option but --dry-run" >&2
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

find_package
remove_old_layout
install_package
set_staff_pin
configure_settings
configure_venue
enable_at_boot
restart_if_running
echo
if [ "$dry_run" -eq 1 ]; then
    echo "Dry run finished: nothing was changed."
else
    echo "Vitrin $(dpkg-query -W -f='${Version}' vitrin) is installed. Check it: systemctl status vitrin; journalctl -t vitrin -f"
fi
