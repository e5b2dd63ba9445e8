#pragma once
// The headless kiosk's "loudspeaker": every utterance appended to one WAV file, exactly the
// samples that would have been played (clear() cannot take back what is written).

#include "speech/AudioSink.h"

#include <cstdint>
#include <filesystem>
#include <fstream>

namespace vitrin::speech {

class WavFileSink final : public AudioSink {
  public:
    // Creates (or empties) file at once; the file is a valid WAV after every write. Its rate
    // is that of the first sound written; later sound at another rate is resampled to it.
    explicit WavFileSink(std::filesystem::path file);

    void write(std::span<const std::int16_t> samples, int sampleRate) override;
    void clear() override {}
    double pendingSeconds() override { return 0; }

    // Seconds written so far.
    double seconds() const;

  private:
    void writeHeader();

    std::filesystem::path path_;
    std::ofstream out_;
    int sampleRate_ = 0;
    std::uint32_t samples_ = 0;
    bool failed_ = false;
};

} // namespace vitrin::speech
