#include "ui/ScrollingText.h"

#include "ui/Theme.h"

#include <algorithm>

namespace vitrin::ui {

namespace {
constexpr int kFadeSteps = 8;
} // namespace

FontRole headingOrSmaller(const SceneBuilder& scene, std::string_view text, float width) {
    // Large text may need a step more: its body is as large as the standard heading.
    for (const FontRole role : {FontRole::Heading, FontRole::Body}) {
        bool fits = true;
        size_t start = 0;
        while (start < text.size() && fits) {
            const size_t end = std::min(text.find_first_of(" \n\t", start), text.size());
            fits = scene.measure(text.substr(start, end - start), role, true) <= width;
            start = end + 1;
        }
        if (fits) {
            return role;
        }
    }
    return FontRole::Caption;
}

float buildScrollingText(SceneBuilder& scene, const Rect& view,
                         const std::vector<TextBlock>& blocks, float offset, Color background) {
    std::vector<Element>& elements = scene.scene().elements;
    const size_t first = elements.size();
    float y = view.y;
    for (const TextBlock& block : blocks) {
        if (block.text.empty()) {
            continue;
        }
        y += block.spaceBefore;
        TextStyle style = block.style;
        style.scrolled = true;
        constexpr float kUnlimited = 1e6f;
        y += scene.text({view.x, y, view.w, kUnlimited}, block.text, style);
    }
    const float range = std::max(0.f, y - view.y - view.h);
    const float scroll = std::clamp(offset, 0.f, range);
    for (size_t i = first; i < elements.size(); ++i) {
        auto& text = std::get<TextElement>(elements[i]);
        text.box = view;
        const float lineHeight = scene.lineHeight(text.style.role);
        for (TextLine& line : text.lines) {
            line.pos.y -= scroll;
        }
        std::erase_if(text.lines, [&](const TextLine& line) {
            return line.pos.y + lineHeight <= view.y || line.pos.y >= view.bottom();
        });
    }
    // Texts scrolled wholly out of view are not on screen.
    elements.erase(std::remove_if(elements.begin() + static_cast<std::ptrdiff_t>(first),
                                  elements.end(),
                                  [](const Element& element) {
                                      const auto* text = std::get_if<TextElement>(&element);
                                      return text != nullptr && text->lines.empty();
                                  }),
                   elements.end());
    if (range <= 0) {
        return 0;
    }
    // A fade where the text goes on, and a thin bar telling how much there is and where.
    const Layout& layout = scene.layout();
    const float fade = scene.lineHeight(FontRole::Body) * 1.5f;
    const float step = fade / kFadeSteps;
    for (int i = 0; i < kFadeSteps; ++i) {
        const auto alpha = [&](int strip) {
            return static_cast<std::uint8_t>(255 * (strip + 1) / (kFadeSteps + 1));
        };
        Color veil = background;
        if (scroll < range - 0.5f) {
            veil.a = alpha(i);
            scene.fill({view.x, view.bottom() - fade + step * static_cast<float>(i), view.w, step},
                       veil);
        }
        if (scroll > 0.5f) {
            veil.a = alpha(kFadeSteps - 1 - i);
            scene.fill({view.x, view.y + step * static_cast<float>(i), view.w, step}, veil);
        }
    }
    const float barWidth = std::max(4.f, layout.gap / 4);
    const float content = view.h + range;
    const float thumb = std::max(layout.gap, view.h * view.h / content);
    const float barX = view.right() + (layout.gap - barWidth) / 2;
    scene.fill({barX, view.y, barWidth, view.h}, scene.palette().placeholder);
    scene.fill({barX, view.y + (view.h - thumb) * scroll / range, barWidth, thumb},
               scene.palette().textMuted);
    return range;
}

void scrollTextWithPan(Kinetic& text, float range, const Rect& view, const Gesture& gesture,
                       core::TimePoint now) {
    const auto* pan = std::get_if<Pan>(&gesture);
    if (pan == nullptr || !view.contains(pan->start)) {
        return;
    }
    text.setRange(0, range);
    text.follow(*pan, Kinetic::Axis::Vertical, now);
}

} // namespace vitrin::ui
