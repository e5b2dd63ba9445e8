#include "ui/Viewport.h"

#include <algorithm>
#include <cmath>

namespace vitrin::ui {

namespace {

// Where a picture of length size starts, centred in length from start. A line thinner than
// two pixels starts on a whole pixel: the renderer's clip rounds its edges to the nearest
// pixel while SDL truncates where it draws, and half a pixel apart they miss each other.
float centre(float start, float length, float size) {
    const float centred = start + (length - size) / 2;
    return size < 2 * kMinPictureSide ? std::floor(centred) : centred;
}

// One axis of placePicture: the picture's start for a picture of length size in a box
// starting at start with length length.
float placeAxis(float start, float length, float size, float focus) {
    if (size <= length) {
        return centre(start, length, size);
    }
    const float wanted = start + length / 2 - focus * size;
    return std::clamp(wanted, start + length - size, start);
}

// One axis of the focus limits: the centre may come no closer to an edge than half the box.
float clampAxis(float focus, float length, float size) {
    if (size <= length) {
        return 0.5f;
    }
    const float half = length / (2 * size);
    return std::clamp(focus, half, 1 - half);
}

} // namespace

Rect fitPicture(float width, float height, const Rect& box) {
    const Rect fitted = fitRect(std::max(width, 1.f), std::max(height, 1.f), box, false);
    // A 1 x 20000 picture fitted into 880 pixels is 0.04 pixels wide: nothing would be drawn.
    const float w = std::max(fitted.w, std::min(kMinPictureSide, box.w));
    const float h = std::max(fitted.h, std::min(kMinPictureSide, box.h));
    return {centre(box.x, box.w, w), centre(box.y, box.h, h), w, h};
}

Rect placePicture(float width, float height, const Rect& box, float zoom, Point focus) {
    const Rect fitted = fitPicture(width, height, box);
    const float w = fitted.w * std::max(zoom, 1.f);
    const float h = fitted.h * std::max(zoom, 1.f);
    return {placeAxis(box.x, box.w, w, focus.x), placeAxis(box.y, box.h, h, focus.y), w, h};
}

void Viewport::setFrame(const Rect& box, float pictureWidth, float pictureHeight) {
    box_ = box;
    pictureWidth_ = std::max(pictureWidth, 1.f);
    pictureHeight_ = std::max(pictureHeight, 1.f);
    clampFocus();
}

void Viewport::reset() {
    zoom_ = 1;
    focus_ = {0.5f, 0.5f};
}

float Viewport::scaledWidth() const {
    return fitPicture(pictureWidth_, pictureHeight_, box_).w * zoom_;
}

float Viewport::scaledHeight() const {
    return fitPicture(pictureWidth_, pictureHeight_, box_).h * zoom_;
}

Rect Viewport::pictureRect() const {
    return placePicture(pictureWidth_, pictureHeight_, box_, zoom_, focus_);
}

Point Viewport::pictureAt(Point p) const {
    const Rect picture = pictureRect();
    return {(p.x - picture.x) / picture.w, (p.y - picture.y) / picture.h};
}

void Viewport::place(Point q, Point p, float zoom) {
    zoom_ = std::clamp(zoom, 1.f, kMaxZoom);
    const Point centre = box_.centre();
    focus_ = {q.x + (centre.x - p.x) / scaledWidth(), q.y + (centre.y - p.y) / scaledHeight()};
    clampFocus();
}

void Viewport::pan(Point delta) {
    focus_ = {focus_.x - delta.x / scaledWidth(), focus_.y - delta.y / scaledHeight()};
    clampFocus();
}

void Viewport::clampFocus() {
    focus_ = {clampAxis(focus_.x, box_.w, scaledWidth()),
              clampAxis(focus_.y, box_.h, scaledHeight())};
}

} // namespace vitrin::ui
