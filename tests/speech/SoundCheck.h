#pragma once
// Measures for the tests: how loud, how long the longest silence.

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <span>

namespace vitrin::speech::testing {

inline double rms(std::span<const std::int16_t> samples) {
    if (samples.empty()) {
        return 0;
    }
    double sum = 0;
    for (std::int16_t sample : samples) {
        sum += static_cast<double>(sample) * sample;
    }
    return std::sqrt(sum / static_cast<double>(samples.size()));
}

// The longest run of exact zeros.
inline std::size_t longestZeroRun(std::span<const std::int16_t> samples) {
    std::size_t longest = 0;
    std::size_t run = 0;
    for (std::int16_t sample : samples) {
        run = sample == 0 ? run + 1 : 0;
        longest = run > longest ? run : longest;
    }
    return longest;
}

} // namespace vitrin::speech::testing
