#include "imaging/ExifOrientation.h"

#include <cstring>
#include <string_view>
#include <utility>

namespace vitrin::imaging {
namespace {

// A TIFF structure in either byte order; every read is bounds-checked by the caller.
class TiffReader {
  public:
    TiffReader(std::span<const std::uint8_t> tiff, bool bigEndian)
        : tiff_(tiff), bigEndian_(bigEndian) {}

    bool has(std::size_t at, std::size_t count) const {
        return at <= tiff_.size() && count <= tiff_.size() - at;
    }
    std::uint16_t u16(std::size_t at) const {
        const auto a = tiff_[at];
        const auto b = tiff_[at + 1];
        return static_cast<std::uint16_t>(bigEndian_ ? (a << 8 | b) : (b << 8 | a));
    }
    std::uint32_t u32(std::size_t at) const {
        const std::uint32_t hi = u16(at);
        const std::uint32_t lo = u16(at + 2);
        return bigEndian_ ? (hi << 16 | lo) : (lo << 16 | hi);
    }

  private:
    std::span<const std::uint8_t> tiff_;
    bool bigEndian_;
};

constexpr std::uint16_t kOrientationTag = 0x0112;
constexpr std::uint16_t kTypeShort = 3;

} // namespace

int parseExifOrientation(std::span<const std::uint8_t> app1Payload) {
    constexpr std::string_view kExifHeader("Exif\0\0", 6);
    if (app1Payload.size() < kExifHeader.size() + 8 ||
        std::memcmp(app1Payload.data(), kExifHeader.data(), kExifHeader.size()) != 0) {
        return 1;
    }
    const auto tiff = app1Payload.subspan(kExifHeader.size());
    bool bigEndian = false;
    if (tiff[0] == 'M' && tiff[1] == 'M') {
        bigEndian = true;
    } else if (!(tiff[0] == 'I' && tiff[1] == 'I')) {
        return 1;
    }
    const TiffReader reader(tiff, bigEndian);
    if (reader.u16(2) != 42) {
        return 1;
    }
    const std::uint32_t ifd = reader.u32(4);
    if (!reader.has(ifd, 2)) {
        return 1;
    }
    const std::uint16_t count = reader.u16(ifd);
    for (std::uint32_t i = 0; i < count; ++i) {
        const std::size_t entry = ifd + 2 + std::size_t{12} * i;
        if (!reader.has(entry, 12)) {
            return 1;
        }
        if (reader.u16(entry) != kOrientationTag) {
            continue;
        }
        if (reader.u16(entry + 2) != kTypeShort || reader.u32(entry + 4) != 1) {
            return 1;
        }
        // A single SHORT sits in the first two bytes of the value field.
        const std::uint16_t value = reader.u16(entry + 8);
        return value >= 1 && value <= 8 ? value : 1;
    }
    return 1;
}

bool swapsAxes(int orientation) {
    return orientation >= 5 && orientation <= 8;
}

namespace {

// Swaps two pixels of 4 bytes.
void swapPixels(std::uint8_t* a, std::uint8_t* b) {
    std::uint8_t held[4];
    std::memcpy(held, a, 4);
    std::memcpy(a, b, 4);
    std::memcpy(b, held, 4);
}

// Mirrors (2), turns half way (3) or flips (4) in place: no second copy of the picture.
Pixels mirrorInPlace(Pixels pixels, int orientation) {
    const auto w = static_cast<std::size_t>(pixels.width);
    const auto h = static_cast<std::size_t>(pixels.height);
    std::uint8_t* data = pixels.rgba.data();
    const auto at = [&](std::size_t x, std::size_t y) {
        return data + 4 * (y * w + x);
    };
    if (orientation == 2 || orientation == 3) {
        for (std::size_t y = 0; y < h; ++y) {
            for (std::size_t x = 0; x < w / 2; ++x) {
                swapPixels(at(x, y), at(w - 1 - x, y));
            }
        }
    }
    if (orientation == 3 || orientation == 4) {
        for (std::size_t y = 0; y < h / 2; ++y) {
            for (std::size_t x = 0; x < w; ++x) {
                swapPixels(at(x, y), at(x, h - 1 - y));
            }
        }
    }
    return pixels;
}

} // namespace

Pixels applyExifOrientation(Pixels pixels, int orientation) {
    if (orientation < 2 || orientation > 8) {
        return pixels;
    }
    if (!swapsAxes(orientation)) {
        return mirrorInPlace(std::move(pixels), orientation);
    }
    const int w = pixels.width;
    const int h = pixels.height;
    Pixels out;
    out.width = swapsAxes(orientation) ? h : w;
    out.height = swapsAxes(orientation) ? w : h;
    out.rgba.resize(pixels.rgba.size());
    const std::uint8_t* src = pixels.rgba.data();
    std::uint8_t* dst = out.rgba.data();
    for (int y = 0; y < out.height; ++y) {
        for (int x = 0; x < out.width; ++x) {
            int sx = x;
            int sy = y;
            switch (orientation) {
            case 2:
                sx = w - 1 - x;
                break;
            case 3:
                sx = w - 1 - x;
                sy = h - 1 - y;
                break;
            case 4:
                sy = h - 1 - y;
                break;
            case 5:
                sx = y;
                sy = x;
                break;
            case 6:
                sx = y;
                sy = h - 1 - x;
                break;
            case 7:
                sx = w - 1 - y;
                sy = h - 1 - x;
                break;
            case 8:
                sx = w - 1 - y;
                sy = x;
                break;
            default:
                break;
            }
            std::memcpy(dst + 4 * (static_cast<std::size_t>(y) * out.width + x),
                        src + 4 * (static_cast<std::size_t>(sy) * w + sx), 4);
        }
    }
    return out;
}

} // namespace vitrin::imaging
