#pragma once

#include <algorithm>
#include <cstdint>

namespace vitrin::ui {

struct Point {
    float x = 0, y = 0;
    bool operator==(const Point&) const = default;
};

struct Rect {
    float x = 0, y = 0, w = 0, h = 0;

    float right() const { return x + w; }
    float bottom() const { return y + h; }
    bool operator==(const Rect&) const = default;
    Point centre() const { return {x + w / 2, y + h / 2}; }
    bool contains(Point p) const { return p.x >= x && p.x < x + w && p.y >= y && p.y < y + h; }
    Rect inset(float by) const {
        return {x + by, y + by, std::max(0.f, w - 2 * by), std::max(0.f, h - 2 * by)};
    }
    bool intersects(const Rect& o) const {
        return x < o.right() && o.x < right() && y < o.bottom() && o.y < bottom();
    }
    // The part of this inside o; empty (w or h 0) when they do not meet.
    Rect intersect(const Rect& o) const {
        const float left = std::max(x, o.x), top = std::max(y, o.y);
        return {left, top, std::max(0.f, std::min(right(), o.right()) - left),
                std::max(0.f, std::min(bottom(), o.bottom()) - top)};
    }
};

struct Color {
    std::uint8_t r = 0, g = 0, b = 0, a = 255;
    bool operator==(const Color&) const = default;
};

// Fits a w×h picture inside box (letterboxed) or over it (cropped), centred.
Rect fitRect(float w, float h, const Rect& box, bool cover);

} // namespace vitrin::ui
