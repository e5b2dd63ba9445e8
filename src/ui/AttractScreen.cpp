#include "ui/AttractScreen.h"

#include "ui/Strings.h"
#include "ui/Theme.h"
#include "ui/TourLine.h"

#include <cmath>

namespace vitrin::ui {

AttractScreen::AttractScreen(const content::Exhibition& exhibition, core::TimePoint enteredAt)
    : enteredAt_(enteredAt) {
    // Alternate between sections so the loop shows the whole exhibition early on.
    size_t longest = 0;
    for (const content::Section& section : exhibition.sections) {
        longest = std::max(longest, section.items.size());
    }
    for (size_t i = 0; i < longest; ++i) {
        for (const content::Section& section : exhibition.sections) {
            if (i < section.items.size() && !section.items[i].image.empty()) {
                slides_.push_back(section.items[i].image);
            }
        }
    }
}

void AttractScreen::buildSlide(SceneBuilder& scene, const ScreenContext& context, size_t index,
                               double secondsIn, float alpha) const {
    const Layout& layout = context.layout;
    // Ken Burns: a slow zoom towards a point that differs from slide to slide.
    static constexpr Point kFocus[] = {{0.3f, 0.35f}, {0.7f, 0.4f}, {0.5f, 0.65f}, {0.35f, 0.6f}};
    const float progress = static_cast<float>(secondsIn / (kSlideSeconds + kFadeSeconds));
    ImageElement image;
    image.box = layout.bounds();
    image.key = displayKey(slides_[index % slides_.size()], layout);
    image.cover = true;
    image.alpha = alpha;
    image.zoom = 1.0f + 0.12f * progress;
    image.focus = kFocus[index % std::size(kFocus)];
    scene.image(image);
}

void AttractScreen::build(SceneBuilder& scene, const ScreenContext& context) const {
    const Layout& layout = context.layout;
    const auto width = static_cast<float>(layout.width);
    const auto height = static_cast<float>(layout.height);

    const double elapsed = std::max(0.0, (context.now - enteredAt_).count());
    if (!slides_.empty()) {
        const auto index = static_cast<size_t>(elapsed / kSlideSeconds);
        const double secondsIn = elapsed - static_cast<double>(index) * kSlideSeconds;
        buildSlide(scene, context, index, secondsIn + kFadeSeconds, 1.0f);
        const double fadeStart = kSlideSeconds - kFadeSeconds;
        if (secondsIn > fadeStart && slides_.size() > 1) {
            const auto alpha = static_cast<float>((secondsIn - fadeStart) / kFadeSeconds);
            buildSlide(scene, context, index + 1, secondsIn - fadeStart, alpha);
        }
    }

    const content::Exhibition& exhibition = context.exhibition;
    const core::Lang lang = exhibition.defaultLanguage;
    // The title in every language, the others smaller; the invitation pulses gently, once
    // every two seconds, never too faint to read.
    struct Line {
        std::string text;
        TextStyle style;
        float alpha = 1;
    };
    std::vector<Line> lines{
        {exhibition.title.in(lang), {FontRole::Title, true, theme::kText, Align::Centre}}};
    for (core::Lang other : exhibition.languages) {
        const std::string& title = exhibition.title.in(other);
        if (other != lang && title != exhibition.title.in(lang)) {
            lines.push_back({title, {FontRole::Heading, false, theme::kTextMuted, Align::Centre}});
        }
    }
    std::string invitation;
    for (core::Lang other : exhibition.languages) {
        invitation +=
            (invitation.empty() ? "" : "  ·  ") + std::string(tr(StringId::TouchToStart, other));
    }
    const auto pulse = static_cast<float>(0.9 + 0.1 * std::sin(elapsed * 3.14159));
    lines.push_back({invitation, {FontRole::Heading, true, theme::kAccent, Align::Centre}, pulse});
    // Where the exhibition is now and where it goes next.
    const std::string tour = tourLine(exhibition.tour, context.today, context.venue, lang);
    if (!tour.empty()) {
        lines.push_back({tour, {FontRole::Body, false, theme::kTextMuted, Align::Centre}});
    }

    // Laid out from the top first: the dark band beneath, which keeps the text legible over
    // any picture, is as tall as the text needs, at least about half the screen.
    std::vector<Element>& elements = scene.scene().elements;
    const size_t first = elements.size();
    const float textWidth = width - 2 * layout.margin;
    float y = 0;
    for (const Line& line : lines) {
        y += scene.text({layout.margin, y, textWidth, height}, line.text, line.style, line.alpha);
        y += layout.gap;
    }
    const float bandHeight =
        std::max(height * (layout.isPortrait() ? 0.42f : 0.5f), y + 2 * layout.margin);
    const float bandTop = height - bandHeight;
    const float textTop = bandTop + (bandHeight - y) / 2;
    for (size_t i = first; i < elements.size(); ++i) {
        auto& text = std::get<TextElement>(elements[i]);
        text.box.y += textTop;
        text.box.h = y;
        for (TextLine& placed : text.lines) {
            placed.pos.y += textTop;
        }
    }
    // Built in place: GCC 12 at -O3 wrongly reports a moved-in variant's string member of
    // another alternative as maybe uninitialised, a false positive.
    elements.emplace(elements.begin() + static_cast<std::ptrdiff_t>(first),
                     std::in_place_type<FillElement>,
                     FillElement{{0, bandTop, width, bandHeight}, theme::kScrim});
    scene.hit({0, 0, width, height}, Wake{}, "");
}

} // namespace vitrin::ui
