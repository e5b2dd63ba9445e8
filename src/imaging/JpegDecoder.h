#pragma once
// Strict JPEG decoding with libjpeg-turbo: any libjpeg warning is an error.

#include "imaging/Decode.h"
#include "imaging/Resize.h"

#include <cstdint>
#include <span>

namespace vitrin::imaging {

// Walks the markers up to the first scan: size, EXIF orientation, unsupported variants.
DecodeResult<ImageInfo> probeJpeg(std::span<const std::uint8_t> bytes);

// The size decodeJpeg decodes a width x height JPEG to for the target.
Size jpegDecodedSize(int width, int height, int targetWidth, int targetHeight);

// Decodes with the largest TurboJPEG reduction (1/2, 1/4, 1/8) that keeps the result at least
// targetWidth x targetHeight in stored orientation (0 = full size on that side).
DecodeResult<Pixels> decodeJpeg(std::span<const std::uint8_t> bytes, int targetWidth,
                                int targetHeight);

// decodeJpeg, then resizePixels to exactly targetWidth x targetHeight, the same pixels sooner:
// each row is resized on a second thread as libjpeg decodes it, while the decode goes on (a 24 MP
// photo to full HD: the resize's 19 ms no longer come after the decode, and the half-scale
// picture is never held whole).
DecodeResult<Pixels> decodeJpegResized(std::span<const std::uint8_t> bytes, int targetWidth,
                                       int targetHeight);

// The bytes of the ring decodeJpegResized passes rows of a picture decoded `width` wide through.
std::uint64_t jpegRowRingBytes(int width);

} // namespace vitrin::imaging
