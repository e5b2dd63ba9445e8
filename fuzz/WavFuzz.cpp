// Feeds arbitrary bytes to the WAV reader (the headless kiosk's speech files, read back by the
// tests and by anyone looking at them). A file read gives a plausible rate, and written again
// reads back the same.

#include "FuzzCheck.h"
#include "speech/Wav.h"

#include <cstddef>
#include <cstdint>
#include <span>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace vitrin::speech;
    using vitrin::fuzz::check;
    const auto pcm = parseWav(std::span(data, size));
    if (!pcm) {
        check(!pcm.error().message.empty(), "a refusal says why");
        return 0;
    }
    check(pcm->sampleRate >= 1000 && pcm->sampleRate <= 384000, "a plausible sample rate");
    check(pcm->samples.size() <= size / 2, "no more samples than the bytes hold");
    const std::string written = wavBytes(*pcm);
    const auto again =
        parseWav({reinterpret_cast<const std::uint8_t*>(written.data()), written.size()});
    check(again.ok(), "a file read is written and read again");
    check(again->sampleRate == pcm->sampleRate && again->samples == pcm->samples,
          "writing a file read back changes nothing");
    return 0;
}
