// Feeds arbitrary bytes to the JPEG marker walker (probeJpeg) and to the EXIF orientation
// parser: they must never crash, hang or read out of bounds, and what they return must hold
// together.

#include "FuzzCheck.h"
#include "imaging/ExifOrientation.h"
#include "imaging/JpegDecoder.h"

#include <cstddef>
#include <cstdint>
#include <span>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace vitrin::imaging;
    using vitrin::fuzz::check;
    const std::span<const std::uint8_t> bytes(data, size);
    const auto probed = probeJpeg(bytes);
    if (const auto* info = std::get_if<ImageInfo>(&probed)) {
        check(info->format == Format::Jpeg, "a probed JPEG is a JPEG");
        check(info->width > 0 && info->height > 0, "a probed JPEG has a size");
        check(info->exifOrientation >= 1 && info->exifOrientation <= 8, "orientation 1..8");
    }
    // The same bytes as an APP1 payload, with and without the "Exif\0\0" it must start with.
    const int orientation = parseExifOrientation(bytes);
    check(orientation >= 1 && orientation <= 8, "orientation 1..8 from any payload");
    return 0;
}
