#pragma once
// Sound as the speech module passes it around: mono, signed 16-bit samples at one sample rate.

#include <cstdint>
#include <span>
#include <vector>

namespace vitrin::speech {

struct Pcm {
    int sampleRate = 0; // samples per second, e.g. 22050 (espeak-ng) or 44100 (a recording)
    std::vector<std::int16_t> samples;

    double seconds() const {
        return sampleRate > 0 ? static_cast<double>(samples.size()) / sampleRate : 0.0;
    }
};

// The samples converted from one rate to another by linear interpolation (good enough for
// speech; a recording is played at its own rate wherever the output allows).
std::vector<std::int16_t> resample(std::span<const std::int16_t> samples, int fromRate, int toRate);

// samples * gain, rounded and clamped to the 16-bit range; gain 1 returns them unchanged.
void scale(std::span<std::int16_t> samples, float gain);

} // namespace vitrin::speech
