#include "speech/Recording.h"

#include "core/Log.h"

// vorbisfile.h defines unused static callback tables unless told not to.
#define OV_EXCLUDE_STATIC_CALLBACKS
#include <vorbis/vorbisfile.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace vitrin::speech {

namespace {

constexpr std::size_t kChunkSamples = 4096;

// Where vorbisfile reads from: a file or bytes in memory.
struct Stream {
    std::FILE* file = nullptr;
    std::span<const std::uint8_t> bytes;
    std::size_t position = 0;
};

std::size_t readStream(void* target, std::size_t size, std::size_t count, void* source) {
    auto& stream = *static_cast<Stream*>(source);
    if (stream.file != nullptr) {
        return std::fread(target, size, count, stream.file);
    }
    if (size == 0) {
        return 0;
    }
    const std::size_t wanted = std::min(count, (stream.bytes.size() - stream.position) / size);
    std::memcpy(target, stream.bytes.data() + stream.position, wanted * size);
    stream.position += wanted * size;
    return wanted;
}

int seekStream(void* source, ogg_int64_t offset, int whence) {
    auto& stream = *static_cast<Stream*>(source);
    if (stream.file != nullptr) {
        return ::fseeko(stream.file, static_cast<off_t>(offset), whence);
    }
    const auto size = static_cast<ogg_int64_t>(stream.bytes.size());
    const ogg_int64_t base = whence == SEEK_SET   ? 0
                             : whence == SEEK_CUR ? static_cast<ogg_int64_t>(stream.position)
                                                  : size;
    if (offset > size - base || base + offset < 0) {
        return -1;
    }
    stream.position = static_cast<std::size_t>(base + offset);
    return 0;
}

long tellStream(void* source) {
    auto& stream = *static_cast<Stream*>(source);
    if (stream.file != nullptr) {
        return static_cast<long>(::ftello(stream.file));
    }
    return static_cast<long>(stream.position);
}

std::string vorbisErrorText(long code) {
    switch (code) {
    case OV_EREAD:
        return "read error";
    case OV_ENOTVORBIS:
        return "not Vorbis data";
    case OV_EVERSION:
        return "Vorbis version mismatch";
    case OV_EBADHEADER:
        return "invalid Vorbis header";
    case OV_EFAULT:
        return "internal decoder fault";
    case OV_HOLE:
        return "interruption in the data";
    case OV_EBADLINK:
        return "invalid stream section";
    case OV_EINVAL:
        return "invalid stream";
    default:
        return "Vorbis error " + std::to_string(code);
    }
}

} // namespace

struct RecordingReader::Source {
    Stream stream;
    OggVorbis_File vorbis{};
    bool isOpen = false;

    ~Source() {
        if (isOpen) {
            ov_clear(&vorbis);
        }
        if (stream.file != nullptr) {
            std::fclose(stream.file);
        }
    }
};

RecordingReader::~RecordingReader() = default;

RecordingResult<std::unique_ptr<RecordingReader>>
RecordingReader::open(const std::filesystem::path& file) {
    std::unique_ptr<RecordingReader> reader(new RecordingReader());
    reader->source_ = std::make_unique<Source>();
    reader->source_->stream.file = std::fopen(file.c_str(), "rb");
    if (reader->source_->stream.file == nullptr) {
        return RecordingError{RecordingProblem::ReadFailed,
                              "cannot open " + file.string() + ": " + core::errnoText(errno)};
    }
    return start(std::move(reader));
}

RecordingResult<std::unique_ptr<RecordingReader>>
RecordingReader::openBytes(std::span<const std::uint8_t> bytes) {
    std::unique_ptr<RecordingReader> reader(new RecordingReader());
    reader->source_ = std::make_unique<Source>();
    reader->source_->stream.bytes = bytes;
    return start(std::move(reader));
}

RecordingResult<std::unique_ptr<RecordingReader>>
RecordingReader::start(std::unique_ptr<RecordingReader> reader) {
    Source& source = *reader->source_;
    const ov_callbacks callbacks{readStream, seekStream, nullptr, tellStream};
    const int opened = ov_open_callbacks(&source.stream, &source.vorbis, nullptr, 0, callbacks);
    if (opened != 0) {
        return RecordingError{opened == OV_EREAD        ? RecordingProblem::ReadFailed
                              : opened == OV_ENOTVORBIS ? RecordingProblem::NotVorbis
                                                        : RecordingProblem::Damaged,
                              vorbisErrorText(opened)};
    }
    source.isOpen = true;
    const vorbis_info* info = ov_info(&source.vorbis, -1);
    if (info == nullptr) {
        return RecordingError{RecordingProblem::Damaged, "no stream information"};
    }
    if (info->channels < 1 || info->channels > 8 || info->rate < 8000 || info->rate > 192000) {
        return RecordingError{RecordingProblem::Damaged,
                              "unsupported layout: " + std::to_string(info->channels) +
                                  " channels at " + std::to_string(info->rate) + " Hz"};
    }
    reader->info_.sampleRate = static_cast<int>(info->rate);
    reader->info_.channels = info->channels;
    const ogg_int64_t total = ov_pcm_total(&source.vorbis, -1);
    if (total <= 0) {
        return RecordingError{RecordingProblem::Damaged,
                              total == 0 ? "no sound in it" : "the length cannot be read"};
    }
    reader->info_.seconds = static_cast<double>(total) / static_cast<double>(info->rate);
    if (reader->info_.seconds > kMaxRecordingSeconds) {
        return RecordingError{RecordingProblem::TooLong,
                              std::to_string(static_cast<long>(reader->info_.seconds)) +
                                  " seconds long"};
    }
    return reader;
}

RecordingResult<std::size_t> RecordingReader::read(std::vector<std::int16_t>& out,
                                                   std::size_t maxSamples) {
    std::size_t appended = 0;
    while (appended < maxSamples) {
        int link = 0;
        const std::size_t frames = std::min<std::size_t>(maxSamples - appended, kChunkSamples);
        buffer_.resize(frames * 2 * static_cast<std::size_t>(info_.channels));
        const long got = ov_read(&source_->vorbis, buffer_.data(), static_cast<int>(buffer_.size()),
                                 0, 2, 1, &link);
        if (got == 0) {
            break;
        }
        if (got < 0) {
            return RecordingError{RecordingProblem::Damaged, vorbisErrorText(got)};
        }
        const vorbis_info* linkInfo = ov_info(&source_->vorbis, link);
        if (linkInfo == nullptr || linkInfo->channels != info_.channels ||
            linkInfo->rate != info_.sampleRate) {
            // A chained file whose parts differ: not something a recorder makes.
            return RecordingError{RecordingProblem::Damaged, "the stream changes its format"};
        }
        const auto channels = static_cast<std::size_t>(info_.channels);
        const std::size_t count = static_cast<std::size_t>(got) / 2 / channels;
        for (std::size_t frame = 0; frame < count; ++frame) {
            long sum = 0;
            for (std::size_t channel = 0; channel < channels; ++channel) {
                std::int16_t sample = 0;
                std::memcpy(&sample, buffer_.data() + (frame * channels + channel) * 2, 2);
                sum += sample;
            }
            out.push_back(static_cast<std::int16_t>(sum / static_cast<long>(channels)));
        }
        appended += count;
        decoded_ += count;
        if (static_cast<double>(decoded_) > kMaxRecordingSeconds * info_.sampleRate) {
            return RecordingError{RecordingProblem::TooLong, "more samples than its header says"};
        }
    }
    return appended;
}

namespace {

RecordingResult<Pcm> decodeAll(RecordingResult<std::unique_ptr<RecordingReader>> opened, bool keep,
                               RecordingInfo* info) {
    if (auto* error = std::get_if<RecordingError>(&opened)) {
        return *error;
    }
    RecordingReader& reader = *std::get<std::unique_ptr<RecordingReader>>(opened);
    Pcm pcm;
    pcm.sampleRate = reader.info().sampleRate;
    for (;;) {
        if (!keep) {
            pcm.samples.clear();
        }
        auto got = reader.read(pcm.samples, 1 << 16);
        if (auto* error = std::get_if<RecordingError>(&got)) {
            return *error;
        }
        if (std::get<std::size_t>(got) == 0) {
            break;
        }
    }
    if (info != nullptr) {
        *info = reader.info();
    }
    return pcm;
}

} // namespace

RecordingResult<RecordingInfo> probeRecording(const std::filesystem::path& file) {
    auto opened = RecordingReader::open(file);
    if (auto* error = std::get_if<RecordingError>(&opened)) {
        return *error;
    }
    return std::get<std::unique_ptr<RecordingReader>>(opened)->info();
}

RecordingResult<RecordingInfo> checkRecording(const std::filesystem::path& file) {
    RecordingInfo info;
    auto decoded = decodeAll(RecordingReader::open(file), false, &info);
    if (auto* error = std::get_if<RecordingError>(&decoded)) {
        return *error;
    }
    return info;
}

RecordingResult<Pcm> decodeRecording(const std::filesystem::path& file) {
    return decodeAll(RecordingReader::open(file), true, nullptr);
}

RecordingResult<Pcm> decodeRecordingBytes(std::span<const std::uint8_t> bytes) {
    return decodeAll(RecordingReader::openBytes(bytes), true, nullptr);
}

} // namespace vitrin::speech
