#pragma once
// WebP decoding with libwebp; animated files are refused.

#include "imaging/Decode.h"

#include <cstdint>
#include <span>

namespace vitrin::imaging {

// Reads the RIFF and bitstream headers only.
DecodeResult<ImageInfo> probeWebp(std::span<const std::uint8_t> bytes);

// Decodes a still (lossy or lossless, with or without alpha) WebP to straight RGBA8.
DecodeResult<Pixels> decodeWebp(std::span<const std::uint8_t> bytes);

} // namespace vitrin::imaging
