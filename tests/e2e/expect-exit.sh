#!/usr/bin/env bash
# expect-exit.sh CODE [--stderr TEXT] [--stdout TEXT] -- COMMAND...
# Runs COMMAND and fails unless it exits with CODE and prints the given texts.
set -u
want="$1"
shift
stderr_text=""
stdout_text=""
while [ "$1" != "--" ]; do
    case "$1" in
        --stderr) stderr_text="$2"; shift 2 ;;
        --stdout) stdout_text="$2"; shift 2 ;;
        *) echo "expect-exit.sh: unknown option $1" >&2; exit 2 ;;
    esac
done
shift
out=$(mktemp)
err=$(mktemp)
trap 'rm -f "$out" "$err"' EXIT
"$@" >"$out" 2>"$err"
got=$?
status=0
if [ "$got" != "$want" ]; then
    echo "exit code $got, expected $want" >&2
    status=1
fi
if [ -n "$stderr_text" ] && ! grep -qF -- "$stderr_text" "$err"; then
    echo "stderr lacks: $stderr_text" >&2
    status=1
fi
if [ -n "$stdout_text" ] && ! grep -qF -- "$stdout_text" "$out"; then
    echo "stdout lacks: $stdout_text" >&2
    status=1
fi
if [ $status -ne 0 ]; then
    echo "--- stdout" >&2; cat "$out" >&2
    echo "--- stderr" >&2; cat "$err" >&2
fi
exit $status
