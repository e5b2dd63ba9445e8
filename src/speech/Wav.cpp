#include "speech/Wav.h"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <limits>

namespace vitrin::speech {

namespace {

// A WAV file larger than this is not read: an hour of 48 kHz stereo is 691 MB.
constexpr std::size_t kMaxWavBytes = 1024u * 1024 * 1024;

constexpr std::uint16_t kFormatPcm = 1;
constexpr std::uint16_t kFormatExtensible = 0xFFFE;

void put16(std::string& out, std::uint16_t value) {
    out += static_cast<char>(value & 0xFF);
    out += static_cast<char>(value >> 8);
}

void put32(std::string& out, std::uint32_t value) {
    for (int shift = 0; shift < 32; shift += 8) {
        out += static_cast<char>((value >> shift) & 0xFF);
    }
}

std::uint16_t get16(std::span<const std::uint8_t> bytes, std::size_t at) {
    return static_cast<std::uint16_t>(bytes[at] | (bytes[at + 1] << 8));
}

std::uint32_t get32(std::span<const std::uint8_t> bytes, std::size_t at) {
    return static_cast<std::uint32_t>(bytes[at]) |
           (static_cast<std::uint32_t>(bytes[at + 1]) << 8) |
           (static_cast<std::uint32_t>(bytes[at + 2]) << 16) |
           (static_cast<std::uint32_t>(bytes[at + 3]) << 24);
}

bool tagIs(std::span<const std::uint8_t> bytes, std::size_t at, const char (&tag)[5]) {
    for (std::size_t i = 0; i < 4; ++i) {
        if (bytes[at + i] != static_cast<std::uint8_t>(tag[i])) {
            return false;
        }
    }
    return true;
}

} // namespace

std::string wavHeader(int sampleRate, std::uint32_t sampleCount) {
    const std::uint32_t rate = sampleRate > 0 ? static_cast<std::uint32_t>(sampleRate) : 0;
    // Capped so that the RIFF size stays within 32 bits.
    constexpr std::uint32_t kMaxSamples = (std::numeric_limits<std::uint32_t>::max() - 36) / 2;
    const std::uint32_t dataBytes = std::min(sampleCount, kMaxSamples) * 2;
    std::string out;
    out.reserve(44);
    out += "RIFF";
    put32(out, 36 + dataBytes);
    out += "WAVEfmt ";
    put32(out, 16);
    put16(out, kFormatPcm);
    put16(out, 1); // channels
    put32(out, rate);
    put32(out, rate * 2); // bytes per second
    put16(out, 2);        // bytes per frame
    put16(out, 16);       // bits per sample
    out += "data";
    put32(out, dataBytes);
    return out;
}

std::string wavBytes(const Pcm& pcm) {
    std::string out = wavHeader(pcm.sampleRate, static_cast<std::uint32_t>(pcm.samples.size()));
    out.reserve(out.size() + pcm.samples.size() * 2);
    for (std::int16_t sample : pcm.samples) {
        put16(out, static_cast<std::uint16_t>(sample));
    }
    return out;
}

core::Result<void> writeWav(const std::filesystem::path& file, const Pcm& pcm) {
    const std::string bytes = wavBytes(pcm);
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.close();
    if (!out) {
        return core::Error{"cannot write " + file.string()};
    }
    return {};
}

core::Result<Pcm> parseWav(std::span<const std::uint8_t> bytes) {
    if (bytes.size() < 12 || !tagIs(bytes, 0, "RIFF") || !tagIs(bytes, 8, "WAVE")) {
        return core::Error{"not a RIFF/WAVE file"};
    }
    int channels = 0;
    std::uint32_t rate = 0;
    bool hasFormat = false;
    std::size_t at = 12;
    while (at + 8 <= bytes.size()) {
        const std::uint32_t size = get32(bytes, at + 4);
        const std::size_t body = at + 8;
        const std::size_t available = bytes.size() - body;
        if (tagIs(bytes, at, "fmt ")) {
            if (size < 16 || size > available) {
                return core::Error{"damaged fmt chunk"};
            }
            std::uint16_t format = get16(bytes, body);
            channels = get16(bytes, body + 2);
            rate = get32(bytes, body + 4);
            const std::uint16_t frameBytes = get16(bytes, body + 12);
            const std::uint16_t bits = get16(bytes, body + 14);
            if (format == kFormatExtensible && size >= 40) {
                format = get16(bytes, body + 24); // the sub-format GUID's first two bytes
            }
            if (format != kFormatPcm || bits != 16) {
                return core::Error{"not 16-bit PCM (format " + std::to_string(format) + ", " +
                                   std::to_string(bits) + " bits)"};
            }
            if (channels < 1 || channels > 8 || frameBytes != channels * 2) {
                return core::Error{"unsupported channel layout"};
            }
            if (rate < 1000 || rate > 384000) {
                return core::Error{"implausible sample rate " + std::to_string(rate)};
            }
            hasFormat = true;
        } else if (tagIs(bytes, at, "data")) {
            if (!hasFormat) {
                return core::Error{"data before the fmt chunk"};
            }
            // A writer that stopped early leaves a size beyond the end: read what is there.
            const std::size_t length = std::min<std::size_t>(size, available);
            const std::size_t frames = length / (static_cast<std::size_t>(channels) * 2);
            Pcm pcm;
            pcm.sampleRate = static_cast<int>(rate);
            pcm.samples.resize(frames);
            for (std::size_t frame = 0; frame < frames; ++frame) {
                long sum = 0;
                for (int channel = 0; channel < channels; ++channel) {
                    const std::size_t offset =
                        body + (frame * static_cast<std::size_t>(channels) + channel) * 2;
                    sum += static_cast<std::int16_t>(get16(bytes, offset));
                }
                pcm.samples[frame] = static_cast<std::int16_t>(sum / channels);
            }
            return pcm;
        }
        if (size > available) {
            break;
        }
        at = body + size + (size & 1); // chunks are padded to an even length
    }
    return core::Error{hasFormat ? "no data chunk" : "no fmt chunk"};
}

core::Result<Pcm> readWav(const std::filesystem::path& file) {
    std::error_code error;
    const auto size = std::filesystem::file_size(file, error);
    if (error) {
        return core::Error{"cannot read " + file.string() + ": " + error.message()};
    }
    if (size > kMaxWavBytes) {
        return core::Error{file.string() + " is larger than 1 GB"};
    }
    std::ifstream in(file, std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), {});
    if (!in.eof() && in.fail()) {
        return core::Error{"cannot read " + file.string()};
    }
    auto pcm = parseWav({reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size()});
    if (!pcm) {
        return core::Error{file.string() + ": " + pcm.error().message};
    }
    return pcm;
}

} // namespace vitrin::speech
