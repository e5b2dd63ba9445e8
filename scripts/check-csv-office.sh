#!/usr/bin/env bash
# Opens the CSV files of a statistics export in LibreOffice Calc as Swedish Excel opens them by
# double-click (";" between fields, UTF-8, Swedish number and date format), and writes each as
# a PDF and a PNG of its first page to OUT_DIR, to look at: å, ä and ö must be right, and the
# numbers must be numbers (right-aligned), not text.
#   scripts/check-csv-office.sh EXPORT_DIR OUT_DIR
# Installs LibreOffice Calc when it is missing (scripts/install-deps.sh --office).
set -euo pipefail
[ $# -eq 2 ] || {
    echo "usage: $0 EXPORT_DIR OUT_DIR" >&2
    exit 2
}
export_dir="$1"
out="$2"
"$(dirname "$0")/install-deps.sh" --office
mkdir -p "$out"
# The CSV filter's options: separator 59 (;), text quote 34 ("), character set 76 (UTF-8),
# data from line 1, default column types, locale 1053 (Swedish: decimal comma).
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
for csv in "$export_dir"/*.csv; do
    soffice -env:UserInstallation="file://$profile" --headless \
        --infilter="CSV:59,34,76,1,,1053" --convert-to pdf --outdir "$out" "$csv" >/dev/null
    pdf="$out/$(basename "${csv%.csv}").pdf"
    pdftoppm -r 90 -png -singlefile "$pdf" "${pdf%.pdf}"
    echo "$pdf"
    pdftotext -layout "$pdf" - | grep -v '^$'
done
