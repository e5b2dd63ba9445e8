#include "ui/Tiles.h"

#include <algorithm>

namespace vitrin::ui {

std::vector<TileRect> tileGrid(int width, int height, int maxSide) {
    std::vector<TileRect> tiles;
    maxSide = std::max(maxSide, 1);
    for (int y = 0; y < height; y += maxSide) {
        for (int x = 0; x < width; x += maxSide) {
            tiles.push_back({x, y, std::min(maxSide, width - x), std::min(maxSide, height - y)});
        }
    }
    return tiles;
}

const std::uint8_t* tileStart(const imaging::Pixels& pixels, const TileRect& tile) {
    const std::size_t first =
        static_cast<std::size_t>(tile.y) * static_cast<std::size_t>(pixels.width) +
        static_cast<std::size_t>(tile.x);
    return pixels.rgba.data() + first * 4;
}

} // namespace vitrin::ui
