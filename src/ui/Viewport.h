#pragma once
// Zoom and pan of one picture inside a box, as pure math: the viewer keeps a Viewport per
// picture shown, the renderer places the picture with placePicture. No SDL.

#include "ui/Geometry.h"

namespace vitrin::ui {

// The thinnest a fitted picture is drawn, in layout pixels: a 1 x 20000 picture is a line one
// pixel wide, as a picture viewer shows it, not nothing.
inline constexpr float kMinPictureSide = 1;

// The picture (width x height; only the aspect counts) fitted inside box and centred, at least
// kMinPictureSide on each side (never more than the box).
Rect fitPicture(float width, float height, const Rect& box);

// Where the whole picture (width x height; only the aspect counts) lands in box at zoom (1 =
// fitted inside) when its point focus (0..1) is wanted at the box's centre: on each axis it is
// moved as little as needed to cover the box where it is larger, and centred where it is smaller.
Rect placePicture(float width, float height, const Rect& box, float zoom, Point focus);

class Viewport {
  public:
    static constexpr float kMaxZoom = 8;

    // The box the picture is shown in and the picture's displayed size; keeps zoom and focus
    // and pulls them back within the limits.
    void setFrame(const Rect& box, float pictureWidth, float pictureHeight);
    // Back to the whole picture fitted in the box.
    void reset();

    float zoom() const { return zoom_; }
    Point focus() const { return focus_; }
    bool isZoomed() const { return zoom_ > 1.001f; }
    // Where the whole picture is on screen now.
    Rect pictureRect() const;
    // The picture point (0..1 on each axis, outside that range beyond its edges) at screen point p.
    Point pictureAt(Point p) const;

    // Shows picture point q at screen point p at zoom (limited to 1..kMaxZoom), then moves the
    // picture as little as needed to stay within the limits.
    void place(Point q, Point p, float zoom);
    // Zooms to zoom keeping the picture point under screen point p where it is.
    void zoomAbout(Point p, float zoom) { place(pictureAt(p), p, zoom); }
    // Moves the picture with the finger by delta screen pixels, within the limits.
    void pan(Point delta);

  private:
    void clampFocus();
    // The picture's size on screen at the current zoom.
    float scaledWidth() const;
    float scaledHeight() const;

    Rect box_{0, 0, 1, 1};
    float pictureWidth_ = 1, pictureHeight_ = 1;
    float zoom_ = 1;
    Point focus_{0.5f, 0.5f};
};

} // namespace vitrin::ui
