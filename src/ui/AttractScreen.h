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
    // With less motion the pictures stand still and change in a short crossfade.
    static constexpr double kStillFadeSeconds = 0.4;

    // still: less motion (AccessModes::reducedMotion).
    AttractScreen(const content::Exhibition& exhibition, core::TimePoint enteredAt, bool still);
    // The pictures in the loop's order: the sections' first pictures in turn, then their
    // second ones, so the whole exhibition shows early on.
    static std::vector<std::filesystem::path> slides(const content::Exhibition& exhibition);

    std::string_view name() const override { return "attract"; }
    void build(SceneBuilder& scene, const ScreenContext& context) const override;
    bool isAnimating(core::TimePoint now) const override;
    std::optional<double> secondsUntilAnimating(core::TimePoint now) const override;
    // The slow pan and zoom look the same at 30 frames a second, at half the work for a kiosk
    // that waits in this loop for hours.
    double frameSeconds() const override { return 1.0 / 30; }

  private:
    void buildSlide(SceneBuilder& scene, const ScreenContext& context, size_t index,
                    double secondsIn, float alpha) const;
    double fadeSeconds() const { return still_ ? kStillFadeSeconds : kFadeSeconds; }
    // Seconds into the current slide at now.
    double secondsIn(core::TimePoint now) const;

    std::vector<std::filesystem::path> slides_;
    core::TimePoint enteredAt_;
    bool still_;
};

} // namespace vitrin::ui
