#pragma once
// Recorded descriptions: Ogg Vorbis files (bild.sv.ogg beside bild.jpg) decoded to mono PCM.
// A damaged or odd file is an error value, never a crash. No SDL, no espeak-ng: the content
// reader checks recordings with this too.

#include "speech/Pcm.h"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <span>
#include <string>
#include <variant>
#include <vector>

namespace vitrin::speech {

// Longer than any description of a picture; a longer file is probably the wrong file, and
// decoding it whole would take too much memory.
inline constexpr double kMaxRecordingSeconds = 20 * 60;

enum class RecordingProblem {
    ReadFailed, // cannot be opened or read
    NotVorbis,  // not an Ogg Vorbis file (an MP3 renamed .ogg, Ogg Opus, FLAC ...)
    Damaged,    // Ogg Vorbis, but the data is damaged or the header is implausible
    TooLong,    // longer than kMaxRecordingSeconds
};

struct RecordingError {
    RecordingProblem problem = RecordingProblem::Damaged;
    std::string detail; // English, for logs
};

template <typename T> using RecordingResult = std::variant<T, RecordingError>;

struct RecordingInfo {
    int sampleRate = 0;
    int channels = 0;
    double seconds = 0; // as the file's last page says
};

// Reads a recording chunk by chunk (the speaker streams it; nothing is held whole).
class RecordingReader {
  public:
    ~RecordingReader();
    RecordingReader(const RecordingReader&) = delete;
    RecordingReader& operator=(const RecordingReader&) = delete;

    // Opens file and reads its headers.
    static RecordingResult<std::unique_ptr<RecordingReader>>
    open(const std::filesystem::path& file);
    // The same over bytes in memory, which must outlive the reader.
    static RecordingResult<std::unique_ptr<RecordingReader>>
    openBytes(std::span<const std::uint8_t> bytes);

    const RecordingInfo& info() const { return info_; }
    // Appends up to maxSamples mono samples (channels mixed) to out; returns how many were
    // appended, 0 at the end, or an error for damaged data.
    RecordingResult<std::size_t> read(std::vector<std::int16_t>& out, std::size_t maxSamples);

  private:
    struct Source;
    RecordingReader() = default;
    static RecordingResult<std::unique_ptr<RecordingReader>>
    start(std::unique_ptr<RecordingReader> reader);

    std::unique_ptr<Source> source_;
    RecordingInfo info_;
    std::uint64_t decoded_ = 0; // mono samples so far
    std::vector<char> buffer_;
};

// The headers only: rate, channels, length (the kiosk's quick start-up check).
RecordingResult<RecordingInfo> probeRecording(const std::filesystem::path& file);
// Decodes every sample and throws them away: whether the whole file plays (--check, import).
RecordingResult<RecordingInfo> checkRecording(const std::filesystem::path& file);
// The whole recording as mono PCM at its own rate.
RecordingResult<Pcm> decodeRecording(const std::filesystem::path& file);
RecordingResult<Pcm> decodeRecordingBytes(std::span<const std::uint8_t> bytes);

} // namespace vitrin::speech
