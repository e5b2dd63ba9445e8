#include "ui/ViewerScreen.h"

#include "ui/Strings.h"
#include "ui/Theme.h"

#include <cmath>

namespace vitrin::ui {

namespace {
// Past this share of the picture's width, or this fast, a swipe turns the page.
constexpr float kTurnFraction = 0.18f;
constexpr float kTurnVelocity = 600; // px/s at 1080p
} // namespace

size_t ViewerScreen::itemCount(const ScreenContext& context) const {
    return context.exhibition.sections[section_].items.size();
}

ViewerScreen::Areas ViewerScreen::areas(const ScreenContext& context) const {
    const Layout& layout = context.layout;
    const Rect area = contentArea(layout);
    if (!captionVisible_) {
        const float toggleRow = layout.touchTarget + layout.gap;
        return {{area.x, area.y, area.w, area.h - toggleRow},
                {area.x, area.bottom() - layout.touchTarget, area.w, layout.touchTarget}};
    }
    if (layout.isPortrait()) {
        const float panelHeight = area.h * 0.38f;
        return {{area.x, area.y, area.w, area.h - panelHeight - layout.gap},
                {area.x, area.bottom() - panelHeight, area.w, panelHeight}};
    }
    const float panelWidth = area.w * 0.32f;
    return {{area.x, area.y, area.w - panelWidth - layout.gap, area.h},
            {area.right() - panelWidth, area.y, panelWidth, area.h}};
}

void ViewerScreen::buildPicture(SceneBuilder& scene, const ScreenContext& context, size_t item,
                                float dx) const {
    const content::Item& entry = context.exhibition.sections[section_].items[item];
    const Rect picture = areas(context).picture;
    Rect box{picture.x + dx, picture.y, picture.w, picture.h};
    if (entry.image.empty() || !box.intersects(picture)) {
        return;
    }
    ImageElement image;
    image.box = box;
    image.key = displayKey(entry.image, context.layout);
    scene.image(image);
}

void ViewerScreen::buildCaption(SceneBuilder& scene, const ScreenContext& context,
                                const Rect& panel) const {
    const Layout& layout = context.layout;
    const content::Item& item = context.exhibition.sections[section_].items[item_];
    const core::Lang lang = context.lang;
    scene.fill(panel, theme::kSurface);
    const Rect inner = panel.inset(layout.gap);
    const float buttonRow = layout.touchTarget + layout.gap;
    float y = inner.y;
    const float bottom = inner.bottom() - buttonRow;
    const auto remaining = [&] {
        return std::max(0.f, bottom - y);
    };

    y += scene.text(
        {inner.x, y, inner.w, std::min(remaining(), scene.lineHeight(FontRole::Heading) * 3)},
        item.title.in(lang), {FontRole::Heading, true, theme::kText});
    y += layout.gap / 2;
    std::string byline = item.artist.in(lang);
    if (!item.age.empty()) {
        byline +=
            (byline.empty() ? "" : ", ") + item.age + " " + std::string(tr(StringId::Age, lang));
    }
    for (const std::string& line : {byline, item.school.in(lang)}) {
        if (!line.empty()) {
            y += scene.text(
                {inner.x, y, inner.w, std::min(remaining(), scene.lineHeight(FontRole::Body) * 2)},
                line, {FontRole::Body, false, theme::kTextMuted});
        }
    }
    y += layout.gap;
    if (!item.description.in(lang).empty() && remaining() > scene.lineHeight(FontRole::Body)) {
        scene.text({inner.x, y, inner.w, remaining()}, item.description.in(lang),
                   {FontRole::Body, false, theme::kText});
    }
}

void ViewerScreen::build(SceneBuilder& scene, const ScreenContext& context) const {
    const Layout& layout = context.layout;
    const auto& items = context.exhibition.sections[section_].items;
    scene.fill(layout.bounds(), theme::kBackground);
    const Areas a = areas(context);
    const float pageWidth = a.picture.w + layout.gap;
    buildPicture(scene, context, item_, offset_);
    if (offset_ > 0 && item_ > 0) {
        buildPicture(scene, context, item_ - 1, offset_ - pageWidth);
    }
    if (offset_ < 0 && item_ + 1 < items.size()) {
        buildPicture(scene, context, item_ + 1, offset_ + pageWidth);
    }
    for (size_t neighbour : {item_ - 1, item_ + 1}) {
        if (neighbour < items.size() && !items[neighbour].image.empty()) {
            scene.scene().prefetch.push_back(displayKey(items[neighbour].image, layout));
        }
    }
    // Neighbours slide in under the caption panel and the bar, which are drawn over them.
    if (captionVisible_) {
        buildCaption(scene, context, a.panel);
    } else {
        scene.fill({0, a.picture.bottom(), static_cast<float>(layout.width),
                    static_cast<float>(layout.height) - a.picture.bottom()},
                   theme::kBackground);
    }

    // Previous and next as big arrows on the picture's edges.
    const float arrow = layout.touchTarget;
    const float arrowY = a.picture.y + (a.picture.h - arrow) / 2;
    const Color arrowBackground{24, 26, 31, 200};
    if (item_ > 0) {
        scene.button({a.picture.x, arrowY, arrow, arrow}, "‹", ShowPrevious{}, arrowBackground,
                     theme::kText);
    }
    if (item_ + 1 < items.size()) {
        scene.button({a.picture.right() - arrow, arrowY, arrow, arrow}, "›", ShowNext{},
                     arrowBackground, theme::kText);
    }

    // Bottom row of the panel: position and the caption switch.
    const Rect row{a.panel.x + layout.gap, a.panel.bottom() - layout.touchTarget - layout.gap / 2,
                   a.panel.w - 2 * layout.gap, layout.touchTarget};
    const std::string position = std::to_string(item_ + 1) + " / " + std::to_string(items.size());
    scene.text({row.x, row.y, row.w / 3, row.h}, position,
               {FontRole::Body, true, theme::kText, Align::Left, true});
    const std::string_view toggle =
        tr(captionVisible_ ? StringId::HideCaption : StringId::ShowCaption, context.lang);
    const float toggleWidth = std::max(
        layout.touchTarget * 1.6f, scene.measure(toggle, FontRole::Button, true) + 2 * layout.gap);
    scene.button({row.right() - toggleWidth, row.y, toggleWidth, row.h}, toggle, ToggleCaption{},
                 theme::kBackground, theme::kText);

    buildTopBar(scene, context, context.exhibition.sections[section_].title.in(context.lang), true);
}

void ViewerScreen::snapTo(float offset, core::TimePoint now) {
    animationFrom_ = offset;
    offset_ = offset;
    animationStart_ = now;
    animating_ = offset != 0;
}

std::optional<Command> ViewerScreen::onGesture(const Gesture& gesture,
                                               const ScreenContext& context) {
    const auto* pan = std::get_if<Pan>(&gesture);
    if (pan == nullptr) {
        return std::nullopt;
    }
    const size_t count = itemCount(context);
    const float width = areas(context).picture.w;
    switch (pan->phase) {
    case GesturePhase::Began:
    case GesturePhase::Moved: {
        animating_ = false;
        const bool pastEnd = (offset_ + pan->delta.x > 0 && item_ == 0) ||
                             (offset_ + pan->delta.x < 0 && item_ + 1 >= count);
        // At the first and last picture the finger meets resistance instead of emptiness.
        offset_ += pastEnd ? pan->delta.x * 0.3f : pan->delta.x;
        return std::nullopt;
    }
    case GesturePhase::Ended: {
        const float turnVelocity = kTurnVelocity * context.layout.scale();
        if ((offset_ < -kTurnFraction * width || pan->velocity.x < -turnVelocity) &&
            item_ + 1 < count) {
            return ShowNext{};
        }
        if ((offset_ > kTurnFraction * width || pan->velocity.x > turnVelocity) && item_ > 0) {
            return ShowPrevious{};
        }
        snapTo(offset_, context.now);
        return std::nullopt;
    }
    case GesturePhase::Cancelled:
        snapTo(offset_, context.now);
        return std::nullopt;
    }
    return std::nullopt;
}

bool ViewerScreen::handleCommand(const Command& command, const ScreenContext& context) {
    const float pageWidth = areas(context).picture.w + context.layout.gap;
    if (std::holds_alternative<ShowNext>(command)) {
        if (item_ + 1 < itemCount(context)) {
            ++item_;
            // The new picture starts where it was as the right-hand neighbour.
            snapTo(offset_ + pageWidth, context.now);
        }
        return true;
    }
    if (std::holds_alternative<ShowPrevious>(command)) {
        if (item_ > 0) {
            --item_;
            snapTo(offset_ - pageWidth, context.now);
        }
        return true;
    }
    if (std::holds_alternative<ToggleCaption>(command)) {
        captionVisible_ = !captionVisible_;
        return true;
    }
    return false;
}

void ViewerScreen::update(const ScreenContext& context) {
    if (!animating_) {
        return;
    }
    const double t = std::min(1.0, (context.now - animationStart_).count() / kSnapSeconds);
    const double eased = 1 - std::pow(1 - t, 3); // ease-out cubic
    offset_ = static_cast<float>(animationFrom_ * (1 - eased));
    if (t >= 1) {
        offset_ = 0;
        animating_ = false;
    }
}

} // namespace vitrin::ui
