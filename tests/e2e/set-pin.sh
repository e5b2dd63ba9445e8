#!/usr/bin/env bash
# set-pin.sh VITRIN: `vitrin --set-pin` stores the staff PIN as an Argon2id hash, never as digits,
# keeps the other settings, and refuses a PIN that is not 4 to 8 digits (exit 2).
set -uo pipefail
vitrin="$1"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
state="$work/state"
settings="$state/settings.toml"

fail() {
    echo "set-pin.sh: $*" >&2
    if [ -f "$settings" ]; then
        echo "--- $settings" >&2
        cat "$settings" >&2
    fi
    exit 1
}

mkdir -p "$state"
printf 'staff_language = "en"\n' >"$settings"
out="$(echo 48213 | "$vitrin" --state "$state" --set-pin)" || fail "exit code $?, expected 0"
[[ "$out" == "PIN set"* ]] || fail "stdout is '$out', not 'PIN set ...'"
# shellcheck disable=SC2016 # the $ are the hash's own, not shell variables
grep -qF 'pin_hash = "$argon2id$v=19$' "$settings" || fail "no Argon2id hash in the settings"
if grep -q 48213 "$settings"; then
    fail "the PIN's digits are in the settings"
fi
grep -qx 'staff_language = "en"' "$settings" || fail "staff_language was not kept"

cp "$settings" "$work/before"
echo 12 | "$vitrin" --state "$state" --set-pin 2>"$work/err"
code=$?
[ "$code" -eq 2 ] || fail "a 2-digit PIN: exit code $code, expected 2"
grep -q "4 to 8 digits" "$work/err" || fail "a 2-digit PIN: stderr lacks '4 to 8 digits'"
cmp -s "$settings" "$work/before" || fail "a refused PIN changed the settings"
echo "set-pin.sh: ok"
