#include "imaging/PngDecoder.h"

#include <algorithm>
#include <csetjmp>
#include <cstring>
#include <optional>
#include <png.h>
#include <string>
#include <zlib.h>

namespace vitrin::imaging {
namespace {

using Bytes = std::span<const std::uint8_t>;

DecodeError pngError(RejectReason reason, std::string detail) {
    return DecodeError{reason, "PNG", std::move(detail)};
}

std::uint32_t readBe32(Bytes bytes, std::size_t at) {
    return static_cast<std::uint32_t>(bytes[at]) << 24 |
           static_cast<std::uint32_t>(bytes[at + 1]) << 16 |
           static_cast<std::uint32_t>(bytes[at + 2]) << 8 | bytes[at + 3];
}

bool isValidDepth(int colorType, int depth) {
    switch (colorType) {
    case 0:
        return depth == 1 || depth == 2 || depth == 4 || depth == 8 || depth == 16;
    case 3:
        return depth == 1 || depth == 2 || depth == 4 || depth == 8;
    case 2:
    case 4:
    case 6:
        return depth == 8 || depth == 16;
    default:
        return false;
    }
}

// Everything libpng touches across its longjmp is kept trivially destructible here.
struct PngContext {
    Bytes bytes;
    std::size_t position = 0;
    bool truncated = false;
    char message[256] = {};
};

void readBytes(png_structp png, png_bytep out, std::size_t count) {
    auto* context = static_cast<PngContext*>(png_get_io_ptr(png));
    if (count > context->bytes.size() - context->position) {
        context->truncated = true;
        png_error(png, "file ends early");
    }
    std::memcpy(out, context->bytes.data() + context->position, count);
    context->position += count;
}

[[noreturn]] void onError(png_structp png, png_const_charp message) {
    auto* context = static_cast<PngContext*>(png_get_error_ptr(png));
    std::strncpy(context->message, message, sizeof(context->message) - 1);
    png_longjmp(png, 1);
}

// Warnings concern ancillary data we do not use (bad iCCP, text chunks): not worth a reject.
void onWarning(png_structp, png_const_charp) {
}

class PngReader {
  public:
    explicit PngReader(PngContext& context)
        : png_(png_create_read_struct(PNG_LIBPNG_VER_STRING, &context, onError, onWarning)),
          info_(png_ != nullptr ? png_create_info_struct(png_) : nullptr) {}
    ~PngReader() { png_destroy_read_struct(&png_, &info_, nullptr); }
    PngReader(const PngReader&) = delete;
    PngReader& operator=(const PngReader&) = delete;

    bool isReady() const { return png_ != nullptr && info_ != nullptr; }
    png_structp png() const { return png_; }
    png_infop info() const { return info_; }

  private:
    png_structp png_;
    png_infop info_;
};

// Holds no objects with destructors, so libpng's longjmp out of it is well-defined.
bool readWithLibpng(const PngReader& reader, PngContext& context, const Limits& limits,
                    Pixels& pixels, std::vector<png_bytep>& rows) {
    png_structp png = reader.png();
    png_infop info = reader.info();
    if (setjmp(png_jmpbuf(png)) != 0) {
        return false;
    }
    png_set_read_fn(png, &context, readBytes);
    const auto maxSide =
        static_cast<png_uint_32>(std::min<std::uint64_t>(limits.maxPixels, PNG_UINT_31_MAX));
    png_set_user_limits(png, maxSide, maxSide);
    png_set_chunk_cache_max(png, 1000);
    png_set_chunk_malloc_max(png, 16u * 1024 * 1024);
    png_set_crc_action(png, PNG_CRC_ERROR_QUIT, PNG_CRC_ERROR_QUIT);
    png_read_info(png, info);
    const png_uint_32 width = png_get_image_width(png, info);
    const png_uint_32 height = png_get_image_height(png, info);
    if (static_cast<std::uint64_t>(width) * height > limits.maxPixels) {
        png_error(png, "too many pixels");
    }
    png_set_expand(png);
    png_set_strip_16(png);
    png_set_gray_to_rgb(png);
    png_set_add_alpha(png, 0xFF, PNG_FILLER_AFTER);
    png_set_interlace_handling(png);
    png_read_update_info(png, info);
    if (png_get_rowbytes(png, info) != std::size_t{4} * width) {
        png_error(png, "unexpected row layout after transforms");
    }
    pixels.width = static_cast<int>(width);
    pixels.height = static_cast<int>(height);
    pixels.rgba.resize(std::size_t{4} * width * height);
    rows.resize(height);
    for (png_uint_32 y = 0; y < height; ++y) {
        rows[y] = pixels.rgba.data() + std::size_t{4} * width * y;
    }
    png_read_image(png, rows.data());
    // Reading to IEND checks the CRCs and completeness of everything after the pixels too.
    png_read_end(png, nullptr);
    return true;
}

} // namespace

DecodeResult<ImageInfo> probePng(std::span<const std::uint8_t> bytes) {
    constexpr std::size_t kIhdrEnd = 8 + 4 + 4 + 13 + 4;
    if (bytes.size() < kIhdrEnd) {
        return pngError(RejectReason::Truncated, "ends inside the header");
    }
    if (readBe32(bytes, 8) != 13 || std::memcmp(bytes.data() + 12, "IHDR", 4) != 0) {
        return pngError(RejectReason::Corrupt, "first chunk is not a valid IHDR");
    }
    const auto crc = crc32(crc32(0, nullptr, 0), bytes.data() + 12, 4 + 13);
    if (crc != readBe32(bytes, 29)) {
        return pngError(RejectReason::Corrupt, "IHDR checksum mismatch");
    }
    const std::uint32_t width = readBe32(bytes, 16);
    const std::uint32_t height = readBe32(bytes, 20);
    const int depth = bytes[24];
    const int colorType = bytes[25];
    if (width == 0 || height == 0 || width > PNG_UINT_31_MAX || height > PNG_UINT_31_MAX ||
        !isValidDepth(colorType, depth) || bytes[26] != 0 || bytes[27] != 0 || bytes[28] > 1) {
        return pngError(RejectReason::Corrupt, "invalid IHDR fields");
    }
    return ImageInfo{Format::Png, static_cast<int>(width), static_cast<int>(height), 1};
}

// Every chunk's length must fit in the bytes there are, before libpng sees them: libpng 1.6.39
// allocates what an ancillary chunk's length claims before reading it (fuzz_decode_png found an
// 86-byte file whose tEXt chunk made it ask for 1.9 GB).
std::optional<DecodeError> checkChunkLengths(Bytes bytes) {
    std::size_t at = 8;
    while (bytes.size() - at >= 8) {
        const std::uint32_t length = readBe32(bytes, at);
        if (length > PNG_UINT_31_MAX) {
            return pngError(RejectReason::Corrupt,
                            "chunk length above 2^31 at byte " + std::to_string(at));
        }
        if (std::uint64_t{length} + 12 > bytes.size() - at) {
            return pngError(RejectReason::Truncated, "a chunk of " + std::to_string(length) +
                                                         " bytes at byte " + std::to_string(at) +
                                                         " goes past the end of the file");
        }
        if (std::memcmp(bytes.data() + at + 4, "IEND", 4) == 0) {
            break;
        }
        at += std::size_t{length} + 12;
    }
    return std::nullopt;
}

DecodeResult<Pixels> decodePng(std::span<const std::uint8_t> bytes, const Limits& limits) {
    if (bytes.size() < 8) {
        return pngError(RejectReason::Truncated, "ends inside the signature");
    }
    if (auto error = checkChunkLengths(bytes)) {
        return std::move(*error);
    }
    PngContext context;
    context.bytes = bytes;
    const PngReader reader(context);
    if (!reader.isReady()) {
        return pngError(RejectReason::Corrupt, "cannot start libpng");
    }
    Pixels pixels;
    std::vector<png_bytep> rows;
    if (readWithLibpng(reader, context, limits, pixels, rows)) {
        return pixels;
    }
    const std::string message = context.message;
    if (context.truncated) {
        return pngError(RejectReason::Truncated, message);
    }
    if (message.find("too many pixels") != std::string::npos ||
        message.find("exceeds user limit") != std::string::npos) {
        return pngError(RejectReason::TooManyPixels, message);
    }
    return pngError(RejectReason::Corrupt, message);
}

} // namespace vitrin::imaging
