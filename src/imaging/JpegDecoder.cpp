#include "imaging/JpegDecoder.h"

#include "imaging/ExifOrientation.h"

#include <algorithm>
#include <array>
#include <condition_variable>
#include <csetjmp>
#include <cstdio>
#include <cstring>
#include <exception>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <system_error>
#include <thread>
#include <turbojpeg.h>

// jpeglib.h needs FILE and size_t declared before it.
#include <jpeglib.h>

namespace vitrin::imaging {
namespace {

using Bytes = std::span<const std::uint8_t>;

struct JpegHeader {
    int width = 0;
    int height = 0;
    int components = 0;
    int precision = 0;
    int sofMarker = 0;
    int firstScanComponents = 0;
    bool adobe = false;
    int exifOrientation = 1;
};

DecodeError jpegError(RejectReason reason, std::string detail) {
    return DecodeError{reason, "JPEG", std::move(detail)};
}

int readBe16(Bytes bytes, std::size_t at) {
    return bytes[at] << 8 | bytes[at + 1];
}

bool isSof(int marker) {
    return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
}

// Lossless (C3, C7, CB, CF) and hierarchical (C5-C7, CD-CF) JPEGs are outside libjpeg-turbo
// 2.1; arithmetic coding (C9-CB) is decoded by Debian's build.
DecodeResult<JpegHeader> checkVariant(const JpegHeader& header) {
    const int m = header.sofMarker;
    if (m == 0xC3 || m == 0xC7 || m == 0xCB || m == 0xCF) {
        return jpegError(RejectReason::UnsupportedVariant, "lossless JPEG");
    }
    if ((m >= 0xC5 && m <= 0xC7) || (m >= 0xCD && m <= 0xCF)) {
        return jpegError(RejectReason::UnsupportedVariant, "hierarchical JPEG");
    }
    if (header.precision != 8) {
        return jpegError(RejectReason::UnsupportedVariant,
                         std::to_string(header.precision) + "-bit JPEG");
    }
    if (header.components != 1 && header.components != 3 && header.components != 4) {
        return jpegError(RejectReason::UnsupportedVariant,
                         std::to_string(header.components) + " colour components");
    }
    if (header.height == 0) {
        return jpegError(RejectReason::UnsupportedVariant, "height defined by a DNL marker");
    }
    if (header.width == 0) {
        return jpegError(RejectReason::Corrupt, "zero width");
    }
    return header;
}

DecodeResult<JpegHeader> parseHeader(Bytes bytes) {
    JpegHeader header;
    bool exifSeen = false;
    std::size_t pos = 2;
    while (true) {
        if (pos >= bytes.size()) {
            return jpegError(RejectReason::Truncated, "ends before the first scan");
        }
        if (bytes[pos] != 0xFF) {
            return jpegError(RejectReason::Corrupt,
                             "expected a marker at byte " + std::to_string(pos));
        }
        while (pos < bytes.size() && bytes[pos] == 0xFF) {
            ++pos;
        }
        if (pos >= bytes.size()) {
            return jpegError(RejectReason::Truncated, "ends before the first scan");
        }
        const int marker = bytes[pos++];
        if (marker == 0xD8 || marker == 0xD9 || marker == 0x00) {
            return jpegError(RejectReason::Corrupt, "misplaced marker before the first scan");
        }
        if ((marker >= 0xD0 && marker <= 0xD7) || marker == 0x01) {
            continue;
        }
        if (pos + 2 > bytes.size()) {
            return jpegError(RejectReason::Truncated, "ends inside a marker");
        }
        const auto length = static_cast<std::size_t>(readBe16(bytes, pos));
        if (length < 2) {
            return jpegError(RejectReason::Corrupt, "bad segment length");
        }
        if (pos + length > bytes.size()) {
            return jpegError(RejectReason::Truncated, "ends inside a segment");
        }
        const Bytes payload = bytes.subspan(pos + 2, length - 2);
        if (marker == 0xE1 && !exifSeen && payload.size() >= 6 &&
            std::memcmp(payload.data(), "Exif\0\0", 6) == 0) {
            exifSeen = true;
            header.exifOrientation = parseExifOrientation(payload);
        } else if (marker == 0xEE && payload.size() >= 12 &&
                   std::memcmp(payload.data(), "Adobe", 5) == 0) {
            header.adobe = true;
        } else if (isSof(marker)) {
            if (header.sofMarker != 0) {
                return jpegError(RejectReason::Corrupt, "two frame headers");
            }
            if (payload.size() < 6) {
                return jpegError(RejectReason::Corrupt, "short frame header");
            }
            header.sofMarker = marker;
            header.precision = payload[0];
            header.height = readBe16(payload, 1);
            header.width = readBe16(payload, 3);
            header.components = payload[5];
            if (payload.size() < 6 + 3 * static_cast<std::size_t>(header.components)) {
                return jpegError(RejectReason::Corrupt, "short frame header");
            }
        } else if (marker == 0xDA) {
            if (header.sofMarker == 0) {
                return jpegError(RejectReason::Corrupt, "scan before frame header");
            }
            header.firstScanComponents = payload.empty() ? 0 : payload[0];
            return checkVariant(header);
        }
        pos += length;
    }
}

struct TjDeleter {
    void operator()(void* handle) const { tjDestroy(handle); }
};
using TjHandle = std::unique_ptr<void, TjDeleter>;

// libjpeg's message, from TurboJPEG or from libjpeg itself, sorted into a reason.
DecodeError libjpegError(std::string_view stage, const std::string& message) {
    RejectReason reason = RejectReason::Corrupt;
    if (message.find("Premature end") != std::string::npos) {
        reason = RejectReason::Truncated;
    } else if (message.find("Unsupported") != std::string::npos ||
               message.find("not supported") != std::string::npos) {
        reason = RejectReason::UnsupportedVariant;
    }
    return jpegError(reason, std::string(stage) + ": " + message);
}

DecodeError turboError(tjhandle handle, std::string_view stage) {
    return libjpegError(stage, tjGetErrorStr2(handle));
}

struct Scaled {
    int width;
    int height;
    int denominator; // of the scale 1/denominator
};

// The smallest TurboJPEG output that still covers the target on both sides, among the scales
// 1, 1/2, 1/4 and 1/8: libjpeg-turbo has SIMD code for those only, and the others are slower
// than the next larger of them (a 24 MP photo: 1/2 in 92 ms, 3/8 in 107 ms, 5/8 in 156 ms).
Scaled chooseScale(int width, int height, int targetWidth, int targetHeight) {
    int count = 0;
    const tjscalingfactor* factors = tjGetScalingFactors(&count);
    Scaled best{width, height, 1};
    for (int i = 0; factors != nullptr && i < count; ++i) {
        const tjscalingfactor factor = factors[i];
        if (factor.num != 1 ||
            (factor.denom != 1 && factor.denom != 2 && factor.denom != 4 && factor.denom != 8)) {
            continue;
        }
        const int w = TJSCALED(width, factor);
        const int h = TJSCALED(height, factor);
        const bool coversWidth = targetWidth <= 0 ? w == width : w >= targetWidth;
        const bool coversHeight = targetHeight <= 0 ? h == height : h >= targetHeight;
        if (coversWidth && coversHeight &&
            static_cast<long>(w) * h < static_cast<long>(best.width) * best.height) {
            best = Scaled{w, h, factor.denom};
        }
    }
    return best;
}

std::uint8_t mul255(unsigned a, unsigned b) {
    return static_cast<std::uint8_t>((a * b + 127) / 255);
}

// Photoshop writes CMYK inverted (0 = full ink) and marks it with an Adobe APP14 segment;
// libjpeg hands the values over as stored, so the inversion is undone here.
void cmykToRgba(std::span<std::uint8_t> pixels, bool inverted) {
    for (std::size_t i = 0; i + 3 < pixels.size(); i += 4) {
        unsigned c = pixels[i];
        unsigned m = pixels[i + 1];
        unsigned y = pixels[i + 2];
        unsigned k = pixels[i + 3];
        if (!inverted) {
            c = 255 - c;
            m = 255 - m;
            y = 255 - y;
            k = 255 - k;
        }
        pixels[i] = mul255(c, k);
        pixels[i + 1] = mul255(m, k);
        pixels[i + 2] = mul255(y, k);
        pixels[i + 3] = 255;
    }
}

// libjpeg's errors and warnings end a decode, as TurboJPEG's TJFLAG_STOPONWARNING makes them,
// with libjpeg's message.
struct JpegFailure {
    jpeg_error_mgr manager; // first: libjpeg knows only this part
    std::jmp_buf jump;
    char message[JMSG_LENGTH_MAX];
};

[[noreturn]] void failDecode(j_common_ptr info) {
    auto* failure = reinterpret_cast<JpegFailure*>(info->err);
    failure->manager.format_message(info, failure->message);
    std::longjmp(failure->jump, 1);
}

void stopOnWarning(j_common_ptr info, int level) {
    if (level < 0) {
        failDecode(info);
    }
}

// As TurboJPEG's TJFLAG_LIMITSCANS: a progressive file with absurdly many scans is refused (a
// CPU exhaustion trick).
constexpr int kMaxScans = 500;

void limitScans(j_common_ptr info) {
    if (reinterpret_cast<j_decompress_ptr>(info)->input_scan_number > kMaxScans) {
        auto* failure = reinterpret_cast<JpegFailure*>(info->err);
        std::snprintf(failure->message, sizeof failure->message,
                      "Progressive JPEG image has more than %d scans", kMaxScans);
        std::longjmp(failure->jump, 1);
    }
}

// Decoded rows handed from the decoding thread to the resizing one as they come, in a ring of
// kRingRows rows: the decoder waits for room while the resizer is behind. (Decoded whole first,
// a 24 MP photo's half scale took 24 MB, which the kernel maps page by page: 13 ms.)
class RowHandover {
  public:
    static constexpr int kRingRows = 64;

    // Decoder: waits until rows up to `end` fit in the ring.
    void waitForRoom(int end) {
        std::unique_lock lock(mutex_);
        room_.wait(lock, [&] { return end - taken_ <= kRingRows || resizerDone_; });
    }
    // Decoder: rows below `rows` are there.
    void publish(int rows) {
        {
            const std::lock_guard lock(mutex_);
            ready_ = rows;
        }
        rowsCame_.notify_one();
    }
    void giveUp() {
        {
            const std::lock_guard lock(mutex_);
            failed_ = true;
        }
        rowsCame_.notify_one();
    }
    // Resizer: done with the rows below `row`; waits until it is there (true) or the decode
    // failed (false).
    bool waitFor(int row) {
        std::unique_lock lock(mutex_);
        taken_ = row;
        room_.notify_one();
        rowsCame_.wait(lock, [&] { return ready_ > row || failed_; });
        return ready_ > row;
    }
    // Resizer: wants no more rows (finished, or failed itself).
    void resizerDone() {
        {
            const std::lock_guard lock(mutex_);
            resizerDone_ = true;
        }
        room_.notify_one();
    }

  private:
    std::mutex mutex_;
    std::condition_variable rowsCame_;
    std::condition_variable room_;
    int ready_ = 0;
    int taken_ = 0;
    bool failed_ = false;
    bool resizerDone_ = false;
};

// Rows are handed over this many at a time.
constexpr JDIMENSION kBatchRows = 16;

// Decodes at the scale into the ring (rows of 4 bytes a pixel), handing each batch over; "" or
// libjpeg's message. libjpeg's failures jump back into this function, so it holds nothing that
// would have to be destroyed.
std::string readRows(Bytes bytes, const JpegHeader& header, const Scaled& scaled,
                     std::uint8_t* ring, RowHandover& handover) {
    jpeg_decompress_struct info{};
    JpegFailure failure{};
    jpeg_progress_mgr progress{};
    info.err = jpeg_std_error(&failure.manager);
    failure.manager.error_exit = failDecode;
    failure.manager.emit_message = stopOnWarning;
    if (setjmp(failure.jump) != 0) {
        jpeg_destroy_decompress(&info);
        return failure.message;
    }
    jpeg_create_decompress(&info);
    progress.progress_monitor = limitScans;
    info.progress = &progress;
    jpeg_mem_src(&info, bytes.data(), static_cast<unsigned long>(bytes.size()));
    jpeg_read_header(&info, TRUE);
    const bool cmyk = info.jpeg_color_space == JCS_CMYK || info.jpeg_color_space == JCS_YCCK;
    info.out_color_space = cmyk ? JCS_CMYK : JCS_EXT_RGBA;
    info.scale_num = 1;
    info.scale_denom = static_cast<unsigned>(scaled.denominator);
    jpeg_start_decompress(&info);
    if (info.image_width != static_cast<JDIMENSION>(header.width) ||
        info.image_height != static_cast<JDIMENSION>(header.height) ||
        info.output_width != static_cast<JDIMENSION>(scaled.width) ||
        info.output_height != static_cast<JDIMENSION>(scaled.height)) {
        jpeg_destroy_decompress(&info);
        return "frame header disagrees with libjpeg";
    }
    const std::size_t rowBytes = std::size_t{4} * info.output_width;
    while (info.output_scanline < info.output_height) {
        const JDIMENSION first = info.output_scanline;
        const JDIMENSION end = std::min(first + kBatchRows, info.output_height);
        handover.waitForRoom(static_cast<int>(end));
        std::array<JSAMPROW, kBatchRows> batch{};
        for (JDIMENSION row = first; row < end; ++row) {
            batch[row - first] = ring + rowBytes * (row % RowHandover::kRingRows);
        }
        while (info.output_scanline < end) {
            jpeg_read_scanlines(&info, batch.data() + (info.output_scanline - first),
                                end - info.output_scanline);
        }
        if (cmyk) {
            for (JDIMENSION row = first; row < end; ++row) {
                cmykToRgba({batch[row - first], rowBytes}, header.adobe);
            }
        }
        handover.publish(static_cast<int>(end));
    }
    jpeg_finish_decompress(&info);
    jpeg_destroy_decompress(&info);
    return "";
}

} // namespace

DecodeResult<ImageInfo> probeJpeg(std::span<const std::uint8_t> bytes) {
    auto header = parseHeader(bytes);
    if (auto* error = std::get_if<DecodeError>(&header)) {
        return std::move(*error);
    }
    const auto& h = std::get<JpegHeader>(header);
    // A progressive JPEG, or one whose first scan carries only some of the colours, is decoded
    // whole into coefficients (2 bytes each) before any pixel comes out; at most one coefficient
    // per component and pixel (no subsampling counted).
    const bool progressive = h.sofMarker == 0xC2 || h.sofMarker == 0xCA;
    const bool wholeImage = progressive || h.firstScanComponents < h.components;
    return ImageInfo{Format::Jpeg, h.width, h.height, h.exifOrientation,
                     wholeImage ? 2 * h.components : 0};
}

Size jpegDecodedSize(int width, int height, int targetWidth, int targetHeight) {
    const Scaled scaled = chooseScale(width, height, targetWidth, targetHeight);
    return {scaled.width, scaled.height};
}

DecodeResult<Pixels> decodeJpeg(std::span<const std::uint8_t> bytes, int targetWidth,
                                int targetHeight) {
    auto parsed = parseHeader(bytes);
    if (auto* error = std::get_if<DecodeError>(&parsed)) {
        return std::move(*error);
    }
    const JpegHeader& header = std::get<JpegHeader>(parsed);
    const TjHandle handle(tjInitDecompress());
    if (!handle) {
        return jpegError(RejectReason::Corrupt, "cannot start TurboJPEG");
    }
    int width = 0;
    int height = 0;
    int subsampling = 0;
    int colorspace = 0;
    if (tjDecompressHeader3(handle.get(), bytes.data(), bytes.size(), &width, &height, &subsampling,
                            &colorspace) != 0) {
        return turboError(handle.get(), "header");
    }
    if (width != header.width || height != header.height) {
        return jpegError(RejectReason::Corrupt, "frame header disagrees with TurboJPEG");
    }
    const bool cmyk = colorspace == TJCS_CMYK || colorspace == TJCS_YCCK;
    const Scaled scaled = chooseScale(width, height, targetWidth, targetHeight);
    Pixels pixels;
    pixels.width = scaled.width;
    pixels.height = scaled.height;
    pixels.rgba.resize(std::size_t{4} * static_cast<std::size_t>(scaled.width) *
                       static_cast<std::size_t>(scaled.height));
    // LIMITSCANS refuses progressive files with absurd scan counts (a CPU exhaustion trick).
    const int flags = TJFLAG_STOPONWARNING | TJFLAG_LIMITSCANS;
    if (tjDecompress2(handle.get(), bytes.data(), bytes.size(), pixels.rgba.data(), scaled.width, 0,
                      scaled.height, cmyk ? TJPF_CMYK : TJPF_RGBA, flags) != 0) {
        return turboError(handle.get(), "pixels");
    }
    if (cmyk) {
        cmykToRgba(pixels.rgba, header.adobe);
    }
    return pixels;
}

DecodeResult<Pixels> decodeJpegResized(std::span<const std::uint8_t> bytes, int targetWidth,
                                       int targetHeight) {
    auto parsed = parseHeader(bytes);
    if (auto* error = std::get_if<DecodeError>(&parsed)) {
        return std::move(*error);
    }
    const JpegHeader& header = std::get<JpegHeader>(parsed);
    const Scaled scaled = chooseScale(header.width, header.height, targetWidth, targetHeight);
    const std::size_t rowBytes = std::size_t{4} * static_cast<std::size_t>(scaled.width);
    // Every byte is written by the decoder before it is read: not zeroed first.
    const auto ring =
        std::make_unique_for_overwrite<std::uint8_t[]>(jpegRowRingBytes(scaled.width));
    RowHandover handover;
    Pixels resized;
    std::exception_ptr resizeFailed;
    std::thread resizer;
    try {
        resizer = std::thread([&] {
            try {
                resized = resizeOpaqueAsRowsCome(
                    scaled.width, scaled.height,
                    [&](int row) -> const std::uint8_t* {
                        return handover.waitFor(row)
                                   ? ring.get() + rowBytes * static_cast<std::size_t>(
                                                                 row % RowHandover::kRingRows)
                                   : nullptr;
                    },
                    targetWidth, targetHeight);
            } catch (...) {
                resizeFailed = std::current_exception();
            }
            handover.resizerDone();
        });
    } catch (const std::system_error&) {
        // No thread to be had (the process at its limit): decoded whole, then resized.
        auto decoded = decodeJpeg(bytes, targetWidth, targetHeight);
        if (auto* pixels = std::get_if<Pixels>(&decoded)) {
            return resizePixels(*pixels, targetWidth, targetHeight);
        }
        return decoded;
    }
    const std::string failure = readRows(bytes, header, scaled, ring.get(), handover);
    if (!failure.empty()) {
        handover.giveUp();
    }
    resizer.join();
    if (!failure.empty()) {
        return libjpegError("pixels", failure);
    }
    if (resizeFailed) {
        std::rethrow_exception(resizeFailed);
    }
    return resized;
}

std::uint64_t jpegRowRingBytes(int width) {
    return std::uint64_t{4} * static_cast<std::uint64_t>(width) * RowHandover::kRingRows;
}

} // namespace vitrin::imaging
