#!/usr/bin/env bash
# listen.sh VITRIN SOURCE_DIR OUT_DIR
# "Lyssna" end to end, headless, in each language: a visitor opens the first artwork and taps
# Lyssna; the kiosk's speech goes to a WAV file (--speech-out), which must hold the caption
# read aloud: seconds of sound, not silence, and different speech for each language.
set -euo pipefail
vitrin="$1"
source_dir="$2"
out="$3"
mkdir -p "$out"
for lang in sv en ru; do
    rm -f "$out/listen-$lang.wav"
    "$vitrin" --headless --media "$source_dir/media" --state "$out/state" \
        --script "$source_dir/tests/e2e/listen-$lang.vscript" --speech-out "$out/listen-$lang.wav"
done
python3 - "$out" <<'PY'
import array, math, sys, wave
out = sys.argv[1]
sounds = {}
for lang in ("sv", "en", "ru"):
    with wave.open(f"{out}/listen-{lang}.wav") as wav:
        assert wav.getnchannels() == 1 and wav.getsampwidth() == 2, f"{lang}: not 16-bit mono"
        rate = wav.getframerate()
        samples = array.array("h", wav.readframes(wav.getnframes()))
    seconds = len(samples) / rate
    rms = math.sqrt(sum(s * s for s in samples) / max(1, len(samples)))
    # The longest stretch of near silence between the first and last fifth.
    quiet = longest = 0
    for s in samples[len(samples) // 5 : len(samples) * 4 // 5]:
        quiet = quiet + 1 if abs(s) < 64 else 0
        longest = max(longest, quiet)
    print(f"listen {lang}: {seconds:.2f} s at {rate} Hz, RMS {rms:.0f}, "
          f"longest pause {longest / rate:.2f} s")
    # The caption (title, artist, age, school and three sentences) takes seconds to read.
    assert 4 <= seconds <= 60, f"{lang}: {seconds:.2f} s is not the caption read aloud"
    assert rms > 500, f"{lang}: RMS {rms:.0f}: silence"
    assert longest / rate < 1.5, f"{lang}: a pause of {longest / rate:.2f} s inside the speech"
    sounds[lang] = samples
assert sounds["sv"] != sounds["en"] != sounds["ru"], "the languages sound the same"
PY
