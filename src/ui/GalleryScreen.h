#pragma once
// A section's pictures as a grid of thumbnails, scrolled with momentum; a tap opens the viewer.

#include "ui/Kinetic.h"
#include "ui/Screen.h"

namespace vitrin::ui {

class GalleryScreen final : public Screen {
  public:
    explicit GalleryScreen(size_t section) : section_(section) {}
    std::string_view name() const override { return "gallery"; }
    void build(SceneBuilder& scene, const ScreenContext& context) const override;
    std::optional<Command> onGesture(const Gesture& gesture, const ScreenContext& context) override;
    void update(const ScreenContext& context) override;
    bool isAnimating(core::TimePoint) const override { return scroll_.isMoving(); }
    std::optional<size_t> shownSection() const override { return section_; }

  private:
    struct Grid {
        int columns;
        float tileWidth, pictureHeight, rowHeight, contentHeight;
    };
    Grid grid(const ScreenContext& context) const;

    size_t section_;
    Kinetic scroll_;
};

} // namespace vitrin::ui
