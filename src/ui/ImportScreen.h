#pragma once
// The USB import screens for staff: what the stick holds, the PIN keypad, the progress and the
// result with its report. They draw an ImportView the app keeps up to date, and ask for
// ImportAction commands; nothing here changes the exhibition.

#include "ui/ImportView.h"
#include "ui/Kinetic.h"
#include "ui/Screen.h"

namespace vitrin::ui {

class ImportScreen final : public Screen {
  public:
    // view must outlive the screen.
    explicit ImportScreen(const ImportView& view) : view_(view) {}
    std::string_view name() const override { return "import"; }
    void build(SceneBuilder& scene, const ScreenContext& context) const override;
    std::optional<Command> onGesture(const Gesture& gesture, const ScreenContext& context) override;
    void update(const ScreenContext& context) override { report_.update(context.now); }
    // Reading and copying move by themselves: a few frames a second show it.
    bool isAnimating(core::TimePoint) const override;
    double frameSeconds() const override { return 0.25; }
    bool holdsIdle() const override;

  private:
    Rect reportArea(const Layout& layout) const;

    const ImportView& view_;
    Kinetic report_;
    mutable float reportRange_ = 0; // learnt while building: how far the report can scroll
};

} // namespace vitrin::ui
