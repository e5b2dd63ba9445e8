#pragma once
// Fitting images into a box and high-quality downscaling with stb_image_resize.

#include "imaging/Decode.h"

#include <cstdint>
#include <functional>

namespace vitrin::imaging {

struct Size {
    int width = 0;
    int height = 0;
    friend bool operator==(const Size&, const Size&) = default;
};

// The largest size with the aspect of width x height inside maxWidth x maxHeight, never
// larger than the original and at least 1 x 1; 0 means no limit on that side.
Size fitInside(int width, int height, int maxWidth, int maxHeight);

// True when every alpha value is 255.
bool isOpaque(const Pixels& pixels);

// Resamples to width x height in linear light (sRGB decoded, filtered, re-encoded) so that
// fine detail does not darken; transparent pixels do not bleed their colour into neighbours.
// Throws std::bad_alloc when out of memory (decodeImage turns it into a DecodeError).
Pixels resizePixels(const Pixels& pixels, int width, int height);

// Row `row` (width RGBA pixels) of a picture being made, once it is there; null when it never
// will be.
using RowSource = std::function<const std::uint8_t*(int row)>;

// resizePixels of an opaque width x height picture whose rows come one after the other (a JPEG
// as it is decoded): each is filtered as it comes, in the same sums. Empty Pixels when a row
// never came.
Pixels resizeOpaqueAsRowsCome(int width, int height, const RowSource& rowAt, int outWidth,
                              int outHeight);

} // namespace vitrin::imaging
