#pragma once
// The attract loop: slow pan and zoom over the pictures, the title in every language, and an
// invitation to touch. Any touch wakes the kiosk.

#include "ui/Screen.h"

#include <vector>

namespace vitrin::ui {

class AttractScreen final : public Screen {
  public:
    static constexpr double kSlideSeconds = 8.0;
    static constexpr double kFadeSeconds = 1.5;

    AttractScreen(const content::Exhibition& exhibition, core::TimePoint enteredAt);
    std::string_view name() const override { return "attract"; }
    void build(SceneBuilder& scene, const ScreenContext& context) const override;
    bool isAnimating(core::TimePoint) const override { return !slides_.empty(); }
    // The slow pan and zoom look the same at 30 frames a second, at half the work for a kiosk
    // that waits in this loop for hours.
    double frameSeconds() const override { return 1.0 / 30; }

  private:
    void buildSlide(SceneBuilder& scene, const ScreenContext& context, size_t index,
                    double secondsIn, float alpha) const;
    std::vector<std::filesystem::path> slides_;
    core::TimePoint enteredAt_;
};

} // namespace vitrin::ui
