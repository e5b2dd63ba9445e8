#pragma once
// EXIF orientation (tag 0x0112): reading it from a JPEG APP1 payload and applying it to pixels.

#include "imaging/Decode.h"

#include <cstdint>
#include <span>

namespace vitrin::imaging {

// Orientation 1..8 from an APP1 payload that starts with "Exif\0\0"; 1 if absent or malformed.
int parseExifOrientation(std::span<const std::uint8_t> app1Payload);

// True for orientations 5..8, which show the stored width as the height.
bool swapsAxes(int orientation);

// The pixels turned/mirrored as the orientation says they are to be displayed.
Pixels applyExifOrientation(Pixels pixels, int orientation);

} // namespace vitrin::imaging
