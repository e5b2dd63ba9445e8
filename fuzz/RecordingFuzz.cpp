// Feeds arbitrary bytes to the decoder of recorded descriptions (Ogg Vorbis from a USB stick,
// through libvorbisfile). A damaged file is an error value, never a crash; a file decoded is
// mono at a supported rate and no longer than the limit.

#include "FuzzCheck.h"
#include "speech/Recording.h"

#include <cstddef>
#include <cstdint>
#include <span>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace vitrin::speech;
    using vitrin::fuzz::check;
    const auto decoded = decodeRecordingBytes(std::span(data, size));
    if (const auto* error = std::get_if<RecordingError>(&decoded)) {
        check(!error->detail.empty(), "a refusal says why");
        return 0;
    }
    const Pcm& pcm = std::get<Pcm>(decoded);
    check(pcm.sampleRate >= 8000 && pcm.sampleRate <= 192000, "a supported sample rate");
    check(pcm.seconds() <= kMaxRecordingSeconds + 1, "no longer than the limit");
    return 0;
}
