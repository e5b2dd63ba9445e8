#include "ui/TimelineScreen.h"

#include "ui/ScrollingText.h"
#include "ui/Theme.h"

namespace vitrin::ui {

float TimelineScreen::cardWidth(const ScreenContext& context) const {
    const Rect area = contentArea(context.layout);
    return context.layout.isPortrait() ? area.w * 0.62f : area.w * 0.28f;
}

void TimelineScreen::build(SceneBuilder& scene, const ScreenContext& context) const {
    const Layout& layout = context.layout;
    const content::Section& section = context.exhibition.sections[section_];
    const Rect area = contentArea(layout);
    const float width = cardWidth(context);
    const float pictureHeight = area.h * 0.4f;
    const float yearHeight = scene.lineHeight(FontRole::Heading) * 1.2f;
    // The line of years runs between the pictures and the years.
    const float axisY = area.y + pictureHeight + layout.gap;
    scene.fill(
        {0, axisY - 2 * layout.scale(), static_cast<float>(layout.width), 4 * layout.scale()},
        theme::kAccent);

    for (size_t i = 0; i < section.items.size(); ++i) {
        const content::Item& item = section.items[i];
        const Rect card{area.x + static_cast<float>(i) * (width + layout.gap) - scroll_.offset(),
                        area.y, width, area.h};
        if (!card.intersects(layout.bounds())) {
            continue;
        }
        const Rect picture{card.x, card.y, card.w, pictureHeight - layout.gap};
        if (!item.image.empty()) {
            addThumbnail(scene, picture, item.image);
        } else {
            // An entry without a picture still reads as a card: its years, large.
            scene.fill(picture, theme::kSurface);
            scene.text(picture.inset(layout.gap), item.year,
                       {FontRole::Title, true, theme::kAccent, Align::Centre, true, true, true});
        }
        const float dot = layout.gap;
        scene.fill({card.x, axisY - dot / 2, dot, dot}, theme::kAccent);
        float y = axisY + layout.gap;
        scene.text({card.x, y, card.w, yearHeight}, item.year,
                   {FontRole::Heading, true, theme::kAccent, Align::Left, false, true, true});
        y += yearHeight;
        y += scene.text({card.x, y, card.w, scene.lineHeight(FontRole::Body) * 3},
                        item.title.in(context.lang),
                        {FontRole::Body, true, theme::kText, Align::Left, false, true, true});
        y += layout.gap / 2;
        const float rest = card.bottom() - y;
        if (rest > scene.lineHeight(FontRole::Caption)) {
            scene.text(
                {card.x, y, card.w, rest}, item.description.in(context.lang),
                {FontRole::Caption, false, theme::kTextMuted, Align::Left, false, true, true});
        }
        scene.hit(card, OpenItem{section_, i}, item.title.in(context.lang));
    }
    buildTopBar(scene, context, section.title.in(context.lang), true);
}

std::optional<Command> TimelineScreen::onGesture(const Gesture& gesture,
                                                 const ScreenContext& context) {
    const auto count = static_cast<float>(context.exhibition.sections[section_].items.size());
    const Rect area = contentArea(context.layout);
    scroll_.setRange(0, count * (cardWidth(context) + context.layout.gap) - context.layout.gap -
                            area.w);
    if (const auto* pan = std::get_if<Pan>(&gesture)) {
        scroll_.follow(*pan, Kinetic::Axis::Horizontal, context.now);
    }
    return std::nullopt;
}

EntryScreen::Areas EntryScreen::areas(const ScreenContext& context) const {
    const Layout& layout = context.layout;
    const Rect area = contentArea(layout);
    if (context.exhibition.sections[section_].items[item_].image.empty()) {
        return {{}, {area.x, area.y, area.w - layout.gap, area.h}};
    }
    if (layout.isPortrait()) {
        const Rect picture{area.x, area.y, area.w, area.h * 0.42f};
        return {picture,
                {area.x, picture.bottom() + layout.gap, area.w - layout.gap,
                 area.h - picture.h - layout.gap}};
    }
    const Rect picture{area.x, area.y, area.w * 0.52f, area.h};
    return {
        picture,
        {picture.right() + 2 * layout.gap, area.y, area.w - picture.w - 3 * layout.gap, area.h}};
}

void EntryScreen::build(SceneBuilder& scene, const ScreenContext& context) const {
    const Layout& layout = context.layout;
    const content::Section& section = context.exhibition.sections[section_];
    const content::Item& item = section.items[item_];
    const Areas a = areas(context);
    if (!item.image.empty()) {
        ImageElement image;
        image.box = a.picture;
        image.key = displayKey(item.image, layout);
        scene.image(image);
    }
    const std::string when = item.date.empty() ? item.year : item.year + "  ·  " + item.date;
    const std::string& title = item.title.in(context.lang);
    textRange_ = buildScrollingText(
        scene, a.text,
        {{when, {FontRole::Heading, true, theme::kAccent}},
         {title, {headingOrSmaller(scene, title, a.text.w), true, theme::kText}, layout.gap / 2},
         {item.description.in(context.lang), {FontRole::Body, false, theme::kText}, layout.gap}},
        text_.offset(), theme::kBackground);
    buildTopBar(scene, context, section.title.in(context.lang), true);
}

std::optional<Command> EntryScreen::onGesture(const Gesture& gesture,
                                              const ScreenContext& context) {
    const auto* pan = std::get_if<Pan>(&gesture);
    if (pan == nullptr || !areas(context).text.contains(pan->start)) {
        return std::nullopt;
    }
    text_.setRange(0, textRange_);
    text_.follow(*pan, Kinetic::Axis::Vertical, context.now);
    return std::nullopt;
}

} // namespace vitrin::ui
