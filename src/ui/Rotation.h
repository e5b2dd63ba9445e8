#pragma once
// Turning the picture inside the kiosk, for a screen mounted on its side or upside down,
// without touching the operating system's display settings.

#include "ui/Geometry.h"
#include "ui/Layout.h"

#include <optional>

namespace vitrin::ui {

// Clockwise turn of the picture on the display.
enum class Rotation { None = 0, Quarter = 90, Half = 180, ThreeQuarters = 270 };

// 0, 90, 180 or 270; nullopt for anything else.
std::optional<Rotation> parseRotation(int degrees);
bool swapsSides(Rotation rotation);
// The display's logical size for a layout shown with this rotation.
Rect displayBounds(const Layout& layout, Rotation rotation);
// A point on the display (logical pixels of displayBounds) back in the layout's pixels.
Point toLayout(Point display, Rotation rotation, const Layout& layout);

} // namespace vitrin::ui
