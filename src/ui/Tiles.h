#pragma once
// Splitting a picture larger than the renderer's biggest texture into tiles. No SDL.

#include "imaging/Decode.h"

#include <cstdint>
#include <vector>

namespace vitrin::ui {

// A part of a picture, in its pixels.
struct TileRect {
    int x = 0, y = 0, w = 0, h = 0;
    bool operator==(const TileRect&) const = default;
};

// Tiles no larger than maxSide on either side (maxSide >= 1) covering width x height exactly,
// without overlap, row by row; none for an empty picture.
std::vector<TileRect> tileGrid(int width, int height, int maxSide);

// The first byte of tile in pixels; its rows follow at the picture's stride (4 * width).
const std::uint8_t* tileStart(const imaging::Pixels& pixels, const TileRect& tile);

} // namespace vitrin::ui
