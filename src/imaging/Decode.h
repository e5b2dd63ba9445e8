#pragma once
// Strict image decoding: the type is read from the bytes, limits are checked before any pixel
// is decoded, and anything corrupt or truncated is an error, never garbage on screen.

#include <cstdint>
#include <filesystem>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace vitrin::imaging {

enum class Format { Jpeg, Png, Webp };

// Decoded pixels, RGBA8 with straight alpha, rows packed (stride = 4 * width).
struct Pixels {
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> rgba;
};

class DecodeBudget;

struct Limits {
    std::uint64_t maxFileBytes = 200ull * 1024 * 1024;
    std::uint64_t maxPixels = 150'000'000; // about 12,000 x 12,500
    // Where a decode takes its memory from (DecodeBudget.h); null: processDecodeBudget().
    DecodeBudget* budget = nullptr;
};

// Why a file cannot be shown. The content report turns these into Swedish/English advice.
enum class RejectReason {
    EmptyFile,          // zero bytes
    FileTooLarge,       // above Limits::maxFileBytes
    TooManyPixels,      // width * height above Limits::maxPixels (decompression bomb)
    TooLargeToDecode,   // decoding needs more memory than the decode budget, or memory ran out
    UnsupportedType,    // a known but unsupported type: HEIC, RAW, PDF, video, GIF, BMP, TIFF ...
    NotAnImage,         // bytes of no image type we know
    Truncated,          // the data ends early
    Corrupt,            // damaged data, bad checksum, a decoder warning
    UnsupportedVariant, // e.g. 12-bit or arithmetic-coded JPEG
    ReadFailed,         // the file could not be read (I/O error, permissions, vanished)
};

struct DecodeError {
    RejectReason reason;
    std::string detectedType; // "HEIC", "PDF", "MP4", "JPEG" ... ; empty when unknown
    std::string detail;       // English, for logs
};

struct ImageInfo {
    Format format;
    int width = 0; // as stored, before EXIF orientation
    int height = 0;
    int exifOrientation = 1; // 1..8
    // What the decoder itself holds per stored pixel besides its output: the whole image's
    // coefficients of a progressive or multi-scan JPEG, a lossless WebP's ARGB buffer.
    int decoderBytesPerPixel = 0;
};

template <typename T> using DecodeResult = std::variant<T, DecodeError>;

// Decodes the whole file strictly and throws the pixels away: what validation uses.
DecodeResult<ImageInfo> validateImageFile(const std::filesystem::path& file,
                                          const Limits& limits = {});

// Reads only the header: type, stored size, EXIF orientation; same type/size/pixel rejections.
DecodeResult<ImageInfo> probeImageFile(const std::filesystem::path& file,
                                       const Limits& limits = {});

// Decodes, applies EXIF orientation and shrinks to fit maxWidth x maxHeight as displayed
// (aspect kept, never enlarged; 0 = no limit on that side).
DecodeResult<Pixels> decodeImage(const std::filesystem::path& file, int maxWidth, int maxHeight,
                                 const Limits& limits = {});

// decodeImage on bytes already in memory (the file size limit applies to bytes.size()).
DecodeResult<Pixels> decodeImageBytes(std::span<const std::uint8_t> bytes, int maxWidth,
                                      int maxHeight, const Limits& limits = {});

// The memory decoding a picture with this header into a target x target picture (in stored
// orientation) takes at its peak: the decoder's output, its own buffers, the resized copy and the
// turned one. What a decode takes from the budget before it allocates.
std::uint64_t decodeMemoryNeed(const ImageInfo& info, int targetWidth, int targetHeight);

// "JPEG", "PNG", "WebP".
std::string_view formatName(Format format);

// A stable English identifier for logs and reports, e.g. "TooManyPixels".
std::string_view rejectReasonName(RejectReason reason);

} // namespace vitrin::imaging
