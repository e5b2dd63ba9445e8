#pragma once
// "Tillgänglighet": the accessibility choices, each a switch with a line on what it does.
// Larger text is also on every screen's bar ("A+"); the screen reader also turns on by holding
// two fingers still on the screen.

#include "ui/Screen.h"

namespace vitrin::ui {

class AccessScreen final : public Screen {
  public:
    std::string_view name() const override { return "access"; }
    void build(SceneBuilder& scene, const ScreenContext& context) const override;
};

} // namespace vitrin::ui
