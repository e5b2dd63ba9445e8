#pragma once
// Recognises an image type from its first bytes, never from the file name.

#include "imaging/Decode.h"

#include <cstddef>
#include <cstdint>
#include <span>

namespace vitrin::imaging {

// How many leading bytes sniffFormat looks at; fewer is fine for short files.
inline constexpr std::size_t kSniffBytes = 4096;

// A decodable Format, or UnsupportedType with detectedType ("HEIC", "RAW/TIFF", ...),
// EmptyFile for no bytes, NotAnImage for anything else.
DecodeResult<Format> sniffFormat(std::span<const std::uint8_t> head);

} // namespace vitrin::imaging
