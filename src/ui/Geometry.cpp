#include "ui/Geometry.h"

namespace vitrin::ui {

Rect fitRect(float w, float h, const Rect& box, bool cover) {
    if (w <= 0 || h <= 0) {
        return box;
    }
    const float sx = box.w / w;
    const float sy = box.h / h;
    const float scale = cover ? std::max(sx, sy) : std::min(sx, sy);
    const float fw = w * scale;
    const float fh = h * scale;
    return {box.x + (box.w - fw) / 2, box.y + (box.h - fh) / 2, fw, fh};
}

} // namespace vitrin::ui
