#include "speech/WavFileSink.h"

#include "core/Log.h"
#include "speech/Pcm.h"
#include "speech/Wav.h"

#include <limits>
#include <string>
#include <vector>

namespace vitrin::speech {

namespace {
// The rate of a file nothing was written to yet: espeak-ng's.
constexpr int kDefaultRate = 22050;
} // namespace

WavFileSink::WavFileSink(std::filesystem::path file)
    : path_(std::move(file)), out_(path_, std::ios::binary | std::ios::trunc) {
    writeHeader();
}

void WavFileSink::writeHeader() {
    if (failed_) {
        return;
    }
    const std::string header = wavHeader(sampleRate_ > 0 ? sampleRate_ : kDefaultRate, samples_);
    out_.seekp(0);
    out_.write(header.data(), static_cast<std::streamsize>(header.size()));
    out_.seekp(0, std::ios::end);
    out_.flush();
    if (!out_) {
        failed_ = true;
        core::logWarning("speech: cannot write the sound file " + path_.string() +
                         "; nothing more is written to it");
    }
}

void WavFileSink::write(std::span<const std::int16_t> samples, int sampleRate) {
    if (failed_ || samples.empty()) {
        return;
    }
    if (sampleRate_ == 0) {
        sampleRate_ = sampleRate;
    }
    const std::vector<std::int16_t> converted = resample(samples, sampleRate, sampleRate_);
    if (converted.size() > std::numeric_limits<std::uint32_t>::max() / 2 - samples_) {
        return; // a WAV file ends at 4 GB
    }
    std::string bytes;
    bytes.reserve(converted.size() * 2);
    for (std::int16_t sample : converted) {
        const auto value = static_cast<std::uint16_t>(sample);
        bytes += static_cast<char>(value & 0xFF);
        bytes += static_cast<char>(value >> 8);
    }
    out_.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    samples_ += static_cast<std::uint32_t>(converted.size());
    writeHeader();
}

double WavFileSink::seconds() const {
    return sampleRate_ > 0 ? static_cast<double>(samples_) / sampleRate_ : 0.0;
}

} // namespace vitrin::speech
