#include "imaging/Resize.h"

#include <algorithm>
#include <cstdint>
#include <new>
#include <stb_image_resize.h>

namespace vitrin::imaging {

Size fitInside(int width, int height, int maxWidth, int maxHeight) {
    const std::int64_t w = width;
    const std::int64_t h = height;
    const std::int64_t boxW = maxWidth > 0 ? std::min<std::int64_t>(maxWidth, w) : w;
    const std::int64_t boxH = maxHeight > 0 ? std::min<std::int64_t>(maxHeight, h) : h;
    // Compare w/h with boxW/boxH without division: which side of the box binds?
    if (w * boxH <= h * boxW) {
        const std::int64_t fittedW = std::max<std::int64_t>(1, (w * boxH + h / 2) / h);
        return Size{static_cast<int>(std::min(fittedW, boxW)), static_cast<int>(boxH)};
    }
    const std::int64_t fittedH = std::max<std::int64_t>(1, (h * boxW + w / 2) / w);
    return Size{static_cast<int>(boxW), static_cast<int>(std::min(fittedH, boxH))};
}

bool isOpaque(const Pixels& pixels) {
    for (std::size_t i = 3; i < pixels.rgba.size(); i += 4) {
        if (pixels.rgba[i] != 255) {
            return false;
        }
    }
    return true;
}

Pixels resizePixels(const Pixels& pixels, int width, int height) {
    Pixels out;
    out.width = width;
    out.height = height;
    out.rgba.resize(std::size_t{4} * static_cast<std::size_t>(width) *
                    static_cast<std::size_t>(height));
    // Opaque images skip the alpha weighting, which costs a premultiply per sample.
    const int alphaChannel = isOpaque(pixels) ? STBIR_ALPHA_CHANNEL_NONE : 3;
    if (stbir_resize_uint8_srgb(pixels.rgba.data(), pixels.width, pixels.height, 0, out.rgba.data(),
                                width, height, 0, 4, alphaChannel, 0) == 0) {
        throw std::bad_alloc(); // its only failure is a failed allocation
    }
    return out;
}

} // namespace vitrin::imaging
