#include "speech/Pcm.h"

#include <algorithm>
#include <cmath>

namespace vitrin::speech {

std::vector<std::int16_t> resample(std::span<const std::int16_t> samples, int fromRate,
                                   int toRate) {
    if (fromRate <= 0 || toRate <= 0 || fromRate == toRate || samples.empty()) {
        return {samples.begin(), samples.end()};
    }
    const double step = static_cast<double>(fromRate) / toRate;
    const auto count = static_cast<size_t>(static_cast<double>(samples.size()) / step);
    std::vector<std::int16_t> out(count);
    for (size_t i = 0; i < count; ++i) {
        const double at = static_cast<double>(i) * step;
        const auto left = static_cast<size_t>(at);
        const size_t right = std::min(left + 1, samples.size() - 1);
        const double fraction = at - static_cast<double>(left);
        const double value = samples[left] + (samples[right] - samples[left]) * fraction;
        out[i] = static_cast<std::int16_t>(std::lround(value));
    }
    return out;
}

void scale(std::span<std::int16_t> samples, float gain) {
    if (gain == 1.0f) {
        return;
    }
    for (std::int16_t& sample : samples) {
        const float value = std::round(static_cast<float>(sample) * gain);
        sample = static_cast<std::int16_t>(std::clamp(value, -32768.0f, 32767.0f));
    }
}

} // namespace vitrin::speech
