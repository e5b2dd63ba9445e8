#!/bin/sh
# make-tour-media.sh SOURCE_DIR DIR
# Copies the sample exhibition (SOURCE_DIR/media) to DIR and gives it a tour, for the tests of
# the tour line, the kiosk's venue and the statistics per venue. The sample itself has no tour
# (its exhibition.toml shows one only as a comment): a made-up tour would be shown to visitors
# as fact. The first venue holds every date a test can run on; the second lies beyond them, so
# the venue found by today's date is always the first.
set -eu
source_dir=$1
dir=$2
rm -rf "$dir"
cp -r "$source_dir/media" "$dir"
cat >>"$dir/exhibition.toml" <<'TOUR'

[[tour]]
venue = { sv = "Strömsunds kommunkontor", en = "Strömsund Municipal Office", ru = "Администрация коммуны Стрёмсунд" }
from = 2000-01-01
to = 2099-12-31

[[tour]]
venue = { sv = "Hammerdals bibliotek", en = "Hammerdal Library", ru = "Библиотека в Хаммердале" }
from = 2100-01-11
to = 2100-02-26
TOUR
