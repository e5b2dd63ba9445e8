#include "ui/AttractScreen.h"

#include "ui/Strings.h"
#include "ui/Theme.h"
#include "ui/TourLine.h"

#include <cmath>

namespace vitrin::ui {

std::vector<std::filesystem::path> AttractScreen::slides(const content::Exhibition& exhibition) {
    size_t longest = 0;
    for (const content::Section& section : exhibition.sections) {
        longest = std::max(longest, section.items.size());
    }
    std::vector<std::filesystem::path> order;
    for (size_t i = 0; i < longest; ++i) {
        for (const content::Section& section : exhibition.sections) {
            if (i < section.items.size() && !section.items[i].image.empty()) {
                order.push_back(section.items[i].image);
            }
        }
    }
    return order;
}

AttractScreen::AttractScreen(const content::Exhibition& exhibition, core::TimePoint enteredAt,
                             bool still)
    : slides_(slides(exhibition)), enteredAt_(enteredAt), still_(still) {
}

double AttractScreen::secondsIn(core::TimePoint now) const {
    const double elapsed = std::max(0.0, (now - enteredAt_).count());
    return std::fmod(elapsed, kSlideSeconds);
}

bool AttractScreen::isAnimating(core::TimePoint now) const {
    if (slides_.empty()) {
        return false;
    }
    // Still pictures change only in their crossfade; the invitation does not pulse.
    return !still_ || (slides_.size() > 1 && secondsIn(now) > kSlideSeconds - fadeSeconds());
}

std::optional<double> AttractScreen::secondsUntilAnimating(core::TimePoint now) const {
    if (slides_.size() < 2) {
        return std::nullopt;
    }
    return std::max(0.0, kSlideSeconds - fadeSeconds() - secondsIn(now));
}

void AttractScreen::buildSlide(SceneBuilder& scene, const ScreenContext& context, size_t index,
                               double secondsIn, float alpha) const {
    const Layout& layout = context.layout;
    // A slow drift sideways across the picture, enlarged a little, in turn to the left and to
    // the right, each slide showing a part of its own where the screen's shape crops it.
    // Sideways at one size, a picture's rows stay where they are on the screen: where software
    // draws, each frame is then a copy of a picture enlarged once, with the darkening under the
    // text already in it (Renderer::drawBackdrop), where a zoom would stretch the whole screen
    // anew every frame.
    static constexpr Point kFocus[] = {{0.3f, 0.35f}, {0.7f, 0.4f}, {0.5f, 0.65f}, {0.35f, 0.6f}};
    ImageElement image;
    image.box = layout.bounds();
    image.key = displayKey(slides_[index % slides_.size()], layout);
    image.cover = true;
    image.alpha = alpha;
    image.focus = kFocus[index % std::size(kFocus)];
    // The first slide stands still, not enlarged: for a picture of the screen's shape, the
    // kiosk's first frame is then a plain copy of it. Less motion shows every slide so.
    if (!still_ && index != 0) {
        const double progress = secondsIn / (kSlideSeconds + fadeSeconds());
        const float room = (kDriftZoom - 1) * layout.bounds().w;
        image.zoom = kDriftZoom;
        image.drift = static_cast<float>(index % 2 == 1 ? 0.5 - progress : progress - 0.5) * room;
    }
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
        // A slide's drift starts with its crossfade in.
        const double shownFor = index == 0 ? secondsIn : secondsIn + fadeSeconds();
        buildSlide(scene, context, index, shownFor, 1.0f);
        const double fadeStart = kSlideSeconds - fadeSeconds();
        if (secondsIn > fadeStart && slides_.size() > 1) {
            const auto alpha = static_cast<float>((secondsIn - fadeStart) / fadeSeconds());
            buildSlide(scene, context, index + 1, secondsIn - fadeStart, alpha);
        }
    }

    const content::Exhibition& exhibition = context.exhibition;
    const core::Lang lang = exhibition.defaultLanguage;
    // The title large in the first language, the others beneath it; then the invitation with a
    // tapping finger's rings, in the first language and, smaller, in the others. The invitation
    // pulses gently, once every two seconds, never too faint to read.
    const auto pulse = still_ ? 1.f : static_cast<float>(0.9 + 0.1 * std::sin(elapsed * 3.14159));
    struct Line {
        std::string text;
        TextStyle style;
        float alpha = 1;
        bool tapHint = false; // the rings stand above this line
    };
    std::vector<Line> lines{
        {exhibition.title.in(lang), {FontRole::Title, true, scene.palette().text, Align::Centre}}};
    std::string otherTitles;
    std::string otherInvitations;
    // A no-break space keeps each "·" with the words before it, so no line starts or ends
    // with a lone dot.
    const std::string separator = "\u00a0\u00a0·  ";
    for (core::Lang other : exhibition.languages) {
        const std::string& title = exhibition.title.in(other);
        if (other != lang && title != exhibition.title.in(lang)) {
            otherTitles += (otherTitles.empty() ? "" : separator) + title;
        }
        if (other != lang) {
            otherInvitations += (otherInvitations.empty() ? "" : separator) +
                                std::string(tr(StringId::TouchToStart, other));
        }
    }
    if (!otherTitles.empty()) {
        lines.push_back(
            {otherTitles, {FontRole::Heading, false, scene.palette().textMuted, Align::Centre}});
    }
    lines.push_back({std::string(tr(StringId::TouchToStart, lang)),
                     {FontRole::Heading, true, scene.palette().accent, Align::Centre},
                     pulse,
                     true});
    if (!otherInvitations.empty()) {
        lines.push_back({otherInvitations,
                         {FontRole::Body, true, scene.palette().accent, Align::Centre},
                         pulse});
    }
    // Where the exhibition is now and where it goes next.
    const std::string tour = tourLine(exhibition.tour, context.today, context.venue, lang);
    if (!tour.empty()) {
        lines.push_back({tour, {FontRole::Body, false, scene.palette().textMuted, Align::Centre}});
    }

    // Laid out from the top first, then moved to the foot of the screen. Beneath the text the
    // picture is darkened enough for any picture to keep the text legible; above it the
    // darkening fades out, so the picture is not cut by a band.
    std::vector<Element>& elements = scene.scene().elements;
    const size_t first = elements.size();
    const float textWidth = width - 2 * layout.margin;
    const float hint = layout.touchTarget * 0.9f;
    float y = 0;
    for (const Line& line : lines) {
        if (line.tapHint) {
            y += layout.gap / 2;
            const float grow = 0.9f + 0.1f * pulse;
            const float side = hint * grow;
            scene.icon({(width - side) / 2, y + (hint - side) / 2, side, side}, Icon::Tap,
                       scene.palette().accent, pulse);
            y += hint + layout.gap / 2;
        }
        y += scene.text({layout.margin, y, textWidth, height}, line.text, line.style, line.alpha);
        y += layout.gap;
    }
    const float textTop = height - layout.margin - y;
    for (size_t i = first; i < elements.size(); ++i) {
        if (auto* text = std::get_if<TextElement>(&elements[i])) {
            text->box.y += textTop;
            text->box.h = y;
            for (TextLine& placed : text->lines) {
                placed.pos.y += textTop;
            }
        } else if (auto* icon = std::get_if<IconElement>(&elements[i])) {
            icon->box.y += textTop;
        }
    }
    const float solidTop = std::round(std::max(0.f, textTop - layout.margin));
    const float fade = std::min(solidTop, height * 0.3f);
    std::vector<Element> scrim;
    scrim.emplace_back(std::in_place_type<FillElement>,
                       FillElement{{0, solidTop, width, height - solidTop}, scene.palette().scrim});
    constexpr int kFadeSteps = 64;
    // The steps meet on whole pixels: with fractional edges SDL's software renderer rounds
    // each fill on its own, which left a row every sixteen steps uncovered, a bright hairline
    // across the picture.
    const auto edge = [&](int step) {
        return std::round(solidTop - fade + fade * static_cast<float>(step) / kFadeSteps);
    };
    for (int step = 0; step < kFadeSteps; ++step) {
        const float top = edge(step);
        const float bottom = edge(step + 1);
        if (bottom <= top) {
            continue;
        }
        const float share = static_cast<float>(step + 1) / (kFadeSteps + 1);
        Color color = scene.palette().scrim;
        color.a =
            static_cast<std::uint8_t>(static_cast<float>(scene.palette().scrim.a) * share * share);
        scrim.emplace_back(std::in_place_type<FillElement>,
                           FillElement{{0, top, width, bottom - top}, color});
    }
    elements.insert(elements.begin() + static_cast<std::ptrdiff_t>(first),
                    std::make_move_iterator(scrim.begin()), std::make_move_iterator(scrim.end()));
    scene.hit({0, 0, width, height}, Wake{}, "");
}

} // namespace vitrin::ui
