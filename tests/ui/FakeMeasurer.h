#pragma once
// A text measurer without fonts: every code point is half the font size wide.

#include "core/Text.h"
#include "ui/Scene.h"

namespace vitrin::ui::testdoubles {

class FakeMeasurer final : public TextMeasurer {
  public:
    explicit FakeMeasurer(const Layout& layout) : layout_(layout) {}
    float measure(std::string_view text, FontRole role, bool, TextSize size) const override {
        return static_cast<float>(core::decodeUtf8(text).size()) *
               fontSizeFor(layout_, role, size) / 2;
    }
    float lineHeight(FontRole role, TextSize size) const override {
        return fontSizeFor(layout_, role, size) * 1.4f;
    }

  private:
    const Layout& layout_;
};

} // namespace vitrin::ui::testdoubles
