#pragma once
// Strict PNG decoding with libpng: CRC errors are fatal, every layout becomes RGBA8.

#include "imaging/Decode.h"

#include <cstdint>
#include <span>

namespace vitrin::imaging {

// Reads and checks the IHDR chunk (including its CRC) only.
DecodeResult<ImageInfo> probePng(std::span<const std::uint8_t> bytes);

// Decodes every colour type, bit depth, interlace and tRNS to straight RGBA8. 16-bit samples
// keep their high byte (as stb_image and most viewers do); gAMA and iCCP are ignored.
DecodeResult<Pixels> decodePng(std::span<const std::uint8_t> bytes, const Limits& limits);

} // namespace vitrin::imaging
