#pragma once
// One picture at a time: it follows the finger and snaps to the next or previous; pinch and
// double-tap zoom about the fingers, one finger pans a zoomed picture, and a deep zoom brings
// the full-resolution picture. A caption panel scrolls when its text is long and can be
// hidden, giving the picture the whole area; dots and "7 / 20" tell the position.

#include "ui/Kinetic.h"
#include "ui/Screen.h"
#include "ui/Viewport.h"

namespace vitrin::ui {

class ViewerScreen final : public Screen {
  public:
    static constexpr double kSnapSeconds = 0.25;
    static constexpr double kZoomSeconds = 0.25;
    static constexpr float kDoubleTapZoom = 2.5f;
    // Above this many screen pixels per pixel of the display-size picture, the full-resolution
    // one is fetched.
    static constexpr float kDeepZoomScale = 1.2f;
    // The full-resolution picture is shrunk to at most this many pixels (64 MB as RGBA), so it
    // fits the texture budget with the pictures around it.
    static constexpr double kDetailMaxPixels = 16e6;
    // Up to this many pictures the position shows a dot for each.
    static constexpr size_t kMaxDots = 24;

    ViewerScreen(size_t section, size_t item) : section_(section), item_(item) {}
    std::string_view name() const override { return "viewer"; }
    void build(SceneBuilder& scene, const ScreenContext& context) const override;
    std::optional<Command> onGesture(const Gesture& gesture, const ScreenContext& context) override;
    bool handleCommand(const Command& command, const ScreenContext& context) override;
    void update(const ScreenContext& context) override;
    bool isAnimating(core::TimePoint) const override;
    std::optional<size_t> shownSection() const override { return section_; }
    std::optional<size_t> shownItem() const override { return item_; }
    bool isZoomed() const override { return viewport_.isZoomed(); }
    std::optional<Spoken> spoken(const ScreenContext& context) const override;

  private:
    struct Areas {
        Rect picture, panel;
    };
    enum class Drag { None, Page, Picture, Caption };

    Areas areas(const ScreenContext& context) const;
    // The height of the position strip under the picture.
    static float positionHeight(const Layout& layout);
    // The part of the caption panel where its text scrolls.
    Rect captionView(const ScreenContext& context) const;
    void buildPicture(SceneBuilder& scene, const ScreenContext& context, size_t item,
                      float dx) const;
    void buildCaption(SceneBuilder& scene, const ScreenContext& context, const Rect& panel) const;
    // Where the visitor is: dots (or a bar) and "7 / 20" under the picture, clear of avoid.
    void buildPosition(SceneBuilder& scene, const ScreenContext& context, const Rect& picture,
                       const Rect& avoid) const;
    void snapTo(float offset, core::TimePoint now);
    size_t itemCount(const ScreenContext& context) const;
    // Gives the viewport the current picture's box and size.
    void syncViewport(const ScreenContext& context);
    // Asks for the full-resolution picture once the display-size one is blown up.
    void noteZoom(const ScreenContext& context);
    void zoomTo(Point at, float zoom, core::TimePoint now);
    // Back to the fitted picture and the caption's top, for a new picture.
    void resetPicture();
    std::optional<Command> onPan(const Pan& pan, const ScreenContext& context);
    void onPinch(const Pinch& pinch, const ScreenContext& context);

    size_t section_;
    size_t item_;
    bool captionVisible_ = true;
    Drag drag_ = Drag::None;

    // Page turning.
    float offset_ = 0; // horizontal displacement of the current picture, in pixels
    bool animating_ = false;
    float animationFrom_ = 0;
    core::TimePoint animationStart_{};

    // Zoom of the current picture.
    Viewport viewport_;
    bool detailWanted_ = false;
    float pinchZoom_ = 1; // zoom when the pinch began
    Point pinchAnchor_;   // picture point under the fingers when the pinch began
    bool zooming_ = false;
    float zoomFrom_ = 1, zoomTo_ = 1;
    Point zoomAnchorScreen_, zoomAnchorPicture_;
    core::TimePoint zoomStart_{};
    bool gliding_ = false; // a zoomed picture flung by the finger
    Point glideVelocity_, glided_;
    core::TimePoint glideStart_{};

    // Caption scrolling. Only build() measures text, so it leaves the scroll range here for
    // the gestures; it is a cache of the layout, not visitor state.
    Kinetic caption_;
    mutable float captionRange_ = 0;
};

} // namespace vitrin::ui
