#pragma once
// Home: a large tile per section with a representative picture.

#include "ui/Screen.h"

namespace vitrin::ui {

class HomeScreen final : public Screen {
  public:
    std::string_view name() const override { return "home"; }
    void build(SceneBuilder& scene, const ScreenContext& context) const override;
};

} // namespace vitrin::ui
