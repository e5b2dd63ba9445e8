#pragma once
// "Om utställningen": what the exhibition is, who made it possible, credits and picture
// rights, from the content folder's om-utstallningen.toml; the text scrolls when long.

#include "ui/Kinetic.h"
#include "ui/Screen.h"

namespace vitrin::ui {

class AboutScreen final : public Screen {
  public:
    std::string_view name() const override { return "about"; }
    void build(SceneBuilder& scene, const ScreenContext& context) const override;
    std::optional<Command> onGesture(const Gesture& gesture, const ScreenContext& context) override;
    void update(const ScreenContext& context) override { text_.update(context.now); }
    bool isAnimating(core::TimePoint) const override { return text_.isMoving(); }
    std::optional<Spoken> spoken(const ScreenContext& context) const override;

    // Whether the exhibition has an introduction to show (home offers it only then).
    static bool hasContent(const content::Exhibition& exhibition);

  private:
    struct Areas {
        Rect picture, text;
    };
    Areas areas(const ScreenContext& context) const;
    Rect textView(const ScreenContext& context) const;

    Kinetic text_;
    mutable float textRange_ = 0; // learnt while building: how far the text can scroll
};

} // namespace vitrin::ui
