#include "ui/Rotation.h"

namespace vitrin::ui {

std::optional<Rotation> parseRotation(int degrees) {
    switch (degrees) {
    case 0:
        return Rotation::None;
    case 90:
        return Rotation::Quarter;
    case 180:
        return Rotation::Half;
    case 270:
        return Rotation::ThreeQuarters;
    default:
        return std::nullopt;
    }
}

bool swapsSides(Rotation rotation) {
    return rotation == Rotation::Quarter || rotation == Rotation::ThreeQuarters;
}

Rect displayBounds(const Layout& layout, Rotation rotation) {
    const Rect bounds = layout.bounds();
    return swapsSides(rotation) ? Rect{0, 0, bounds.h, bounds.w} : bounds;
}

Point toLayout(Point display, Rotation rotation, const Layout& layout) {
    const Rect bounds = layout.bounds();
    switch (rotation) {
    case Rotation::None:
        return display;
    case Rotation::Quarter: // layout (x, y) shows at (H - y, x)
        return {display.y, bounds.h - display.x};
    case Rotation::Half:
        return {bounds.w - display.x, bounds.h - display.y};
    case Rotation::ThreeQuarters: // layout (x, y) shows at (y, W - x)
        return {bounds.w - display.y, display.x};
    }
    return display;
}

} // namespace vitrin::ui
