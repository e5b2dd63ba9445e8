#pragma once
// The attract loop: a slow drift across the pictures, the title in every language, and an
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
    // How much a drifting picture is enlarged beyond covering the screen: the room it drifts in
    // (115 pixels across a 1920-pixel screen in 9.5 s, a pixel a frame at 12 frames a second;
    // 65 across a portrait screen).
    static constexpr float kDriftZoom = 1.06f;

    // still: less motion (AccessModes::reducedMotion).
    AttractScreen(const content::Exhibition& exhibition, core::TimePoint enteredAt, bool still);
    // The pictures in the loop's order: the sections' first pictures in turn, then their
    // second ones, so the whole exhibition shows early on.
    static std::vector<std::filesystem::path> slides(const content::Exhibition& exhibition);

    std::string_view name() const override { return "attract"; }
    void build(SceneBuilder& scene, const ScreenContext& context) const override;
    bool isAnimating(core::TimePoint now) const override;
    std::optional<double> secondsUntilAnimating(core::TimePoint now) const override;
    // The slow drift looks the same at 30 frames a second, at half the work for a kiosk
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
