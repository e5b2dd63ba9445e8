#pragma once
// One picture at a time: it follows the finger and snaps to the next or previous; a caption
// panel can be hidden; the position reads "7 / 20".

#include "ui/Screen.h"

namespace vitrin::ui {

class ViewerScreen final : public Screen {
  public:
    static constexpr double kSnapSeconds = 0.25;

    ViewerScreen(size_t section, size_t item) : section_(section), item_(item) {}
    std::string_view name() const override { return "viewer"; }
    void build(SceneBuilder& scene, const ScreenContext& context) const override;
    std::optional<Command> onGesture(const Gesture& gesture, const ScreenContext& context) override;
    bool handleCommand(const Command& command, const ScreenContext& context) override;
    void update(const ScreenContext& context) override;
    bool isAnimating(core::TimePoint) const override { return animating_; }
    size_t item() const { return item_; }

  private:
    struct Areas {
        Rect picture, panel;
    };
    Areas areas(const ScreenContext& context) const;
    void buildPicture(SceneBuilder& scene, const ScreenContext& context, size_t item,
                      float dx) const;
    void buildCaption(SceneBuilder& scene, const ScreenContext& context, const Rect& panel) const;
    void snapTo(float offset, core::TimePoint now);
    size_t itemCount(const ScreenContext& context) const;

    size_t section_;
    size_t item_;
    bool captionVisible_ = true;
    float offset_ = 0; // horizontal displacement of the current picture, in pixels
    bool animating_ = false;
    float animationFrom_ = 0;
    core::TimePoint animationStart_{};
};

} // namespace vitrin::ui
