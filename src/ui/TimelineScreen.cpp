#include "ui/TimelineScreen.h"

#include "ui/ScrollingText.h"
#include "ui/Strings.h"
#include "ui/Theme.h"

#include <algorithm>

namespace vitrin::ui {

float TimelineScreen::cardWidth(const ScreenContext& context) const {
    const Rect area = contentArea(context.layout);
    return context.layout.isPortrait() ? area.w * 0.62f : area.w * 0.28f;
}

namespace {
// The first year an entry names ("2001" of "2001–2009"); none without one.
std::optional<int> firstYear(const std::string& year) {
    if (year.size() < 4) {
        return std::nullopt;
    }
    int value = 0;
    for (size_t i = 0; i < 4; ++i) {
        if (year[i] < '0' || year[i] > '9') {
            return std::nullopt;
        }
        value = value * 10 + (year[i] - '0');
    }
    return value;
}
} // namespace

TimelinePlan planTimeline(const std::vector<content::Item>& items, core::Lang lang, float width,
                          float gap) {
    // Each year without an entry widens the gap (at most kMaxEmptyYears of them), so the line
    // shows time passing, not only the order of events.
    const float yearStep = width * 0.2f;
    TimelinePlan plan;
    std::vector<size_t> dated, undated;
    for (size_t i = 0; i < items.size(); ++i) {
        (firstYear(items[i].year) ? dated : undated).push_back(i);
    }
    float x = 0;
    std::optional<int> previousYear;
    for (size_t i : dated) {
        const int year = *firstYear(items[i].year);
        if (previousYear) {
            const int empty = std::clamp(year - *previousYear - 1, 0, kMaxEmptyYears);
            x += gap;
            for (int e = 0; e < empty; ++e) {
                plan.emptyYearTicks.push_back(x + yearStep * (static_cast<float>(e) + 0.5f));
            }
            x += yearStep * static_cast<float>(empty);
        }
        const bool newYear = !previousYear || *previousYear != year;
        plan.cards.push_back({i, x, newYear ? items[i].year : std::string(), true});
        previousYear = year;
        x += width;
    }
    plan.axisEnd = x;
    // Entries without a year, grouped by their theme in the order the themes first appear.
    std::vector<std::string> themes;
    for (size_t i : undated) {
        const std::string& theme = items[i].theme.in(lang);
        if (std::find(themes.begin(), themes.end(), theme) == themes.end()) {
            themes.push_back(theme);
        }
    }
    for (const std::string& theme : themes) {
        x += plan.cards.empty() ? 0 : 2 * gap;
        bool first = true;
        for (size_t i : undated) {
            if (items[i].theme.in(lang) != theme) {
                continue;
            }
            x += first ? 0 : gap;
            plan.cards.push_back({i, x, first ? theme : std::string(), false});
            first = false;
            x += width;
        }
    }
    plan.width = x;
    return plan;
}

void TimelineScreen::build(SceneBuilder& scene, const ScreenContext& context) const {
    const Layout& layout = context.layout;
    const content::Section& section = context.exhibition.sections[section_];
    const Rect area = contentArea(layout);
    const float width = cardWidth(context);
    const float pictureHeight = area.h * (layout.isPortrait() ? 0.5f : 0.4f);
    const float labelHeight = scene.lineHeight(FontRole::Heading) * 1.2f;
    const TimelinePlan p = planTimeline(section.items, context.lang, width, layout.gap);
    const float left = area.x - scroll_.offset();
    // The line of years runs between the pictures and the years, as far as the dated entries
    // go; a tick for each year in a gap without an entry.
    const float axisY = area.y + pictureHeight + layout.gap;
    const float line = 4 * layout.scale();
    if (p.axisEnd > 0) {
        scene.fill({0, axisY - line / 2,
                    std::min(static_cast<float>(layout.width), left + p.axisEnd), line},
                   scene.palette().accent);
    }
    for (float tick : p.emptyYearTicks) {
        scene.fill({left + tick - line / 2, axisY - 3 * line, line, 6 * line},
                   scene.palette().accent);
    }
    const std::string_view readMore = tr(StringId::ReadMore, context.lang);
    for (const TimelinePlan::Card& planned : p.cards) {
        const content::Item& item = section.items[planned.item];
        const Rect card{left + planned.x, area.y, width, area.h};
        if (!card.intersects(layout.bounds())) {
            continue;
        }
        const Rect picture{card.x, card.y, card.w, pictureHeight - layout.gap};
        const std::string& title = item.title.in(context.lang);
        bool titleShown = false;
        if (!item.image.empty()) {
            addThumbnail(scene, picture, item.image);
        } else {
            // Without a picture the title stands in its place, set large, as on a wall panel.
            scene.fill(picture, scene.palette().surface);
            scene.text(
                picture.inset(layout.gap), title,
                {FontRole::Heading, true, scene.palette().text, Align::Left, true, true, true});
            titleShown = true;
        }
        if (planned.onAxis) {
            const float dot = layout.gap;
            scene.icon({card.x, axisY - dot / 2, dot, dot}, Icon::Disc, scene.palette().accent);
        }
        float y = axisY + layout.gap;
        if (!planned.label.empty()) {
            scene.text(
                {card.x, y, card.w, labelHeight}, planned.label,
                {FontRole::Heading, true, scene.palette().accent, Align::Left, false, true, true});
        } else if (!item.date.empty()) {
            scene.text(
                {card.x, y, card.w, labelHeight}, item.date,
                {FontRole::Body, false, scene.palette().textMuted, Align::Left, true, true, true});
        }
        y += labelHeight;
        if (!titleShown) {
            y += scene.text(
                {card.x, y, card.w, scene.lineHeight(FontRole::Body) * 2}, title,
                {FontRole::Body, true, scene.palette().text, Align::Left, false, true, true});
            y += layout.gap / 2;
        }
        // The text as far as it fits; "Läs mer" leads to all of it, scrolling, on its own page.
        const float readMoreHeight = scene.lineHeight(FontRole::Body);
        const float rest = card.bottom() - y - readMoreHeight - layout.gap / 2;
        if (rest > scene.lineHeight(FontRole::Body)) {
            auto& elements = scene.scene().elements;
            scene.text(
                {card.x, y, card.w, rest}, item.description.in(context.lang),
                {FontRole::Body, false, scene.palette().text, Align::Left, false, true, true});
            const auto& text = std::get<TextElement>(elements.back());
            if (text.overflowed) {
                const float textBottom =
                    text.lines.empty() ? y
                                       : text.lines.back().pos.y + scene.lineHeight(FontRole::Body);
                scene.text(
                    {card.x, textBottom + layout.gap / 2, card.w, readMoreHeight},
                    std::string(readMore) + " ›",
                    {FontRole::Body, true, scene.palette().accent, Align::Left, false, true, true});
            }
        }
        scene.hit(card, OpenItem{section_, planned.item}, title);
    }
    const float bar = 6 * layout.scale();
    buildScrollIndicator(scene, {area.x, area.bottom() + (layout.margin - bar) / 2, area.w, bar},
                         scroll_.offset(), area.w, p.width);
    buildTopBar(scene, context, section.title.in(context.lang), true);
}

std::optional<Command> TimelineScreen::onGesture(const Gesture& gesture,
                                                 const ScreenContext& context) {
    const Rect area = contentArea(context.layout);
    scroll_.setRange(0, planTimeline(context.exhibition.sections[section_].items, context.lang,
                                     cardWidth(context), context.layout.gap)
                                .width -
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
    textRange_ =
        buildScrollingText(scene, textView(context),
                           {{when, {FontRole::Heading, true, scene.palette().accent}},
                            {title,
                             {headingOrSmaller(scene, title, a.text.w), true, scene.palette().text},
                             layout.gap / 2},
                            {item.description.in(context.lang),
                             {FontRole::Body, false, scene.palette().text},
                             layout.gap}},
                           text_.offset(), scene.palette().background);
    const float listenWidth = listenButtonWidth(scene, context);
    buildListenButton(scene, context,
                      {a.text.right() - listenWidth, a.text.bottom() - layout.touchTarget,
                       listenWidth, layout.touchTarget});
    buildTopBar(scene, context, section.title.in(context.lang), true);
}

Rect EntryScreen::textView(const ScreenContext& context) const {
    // The text scrolls above the row of its "Lyssna" button.
    const Rect text = areas(context).text;
    const float row = context.layout.touchTarget + context.layout.gap;
    return {text.x, text.y, text.w, std::max(0.f, text.h - row)};
}

std::optional<Spoken> EntryScreen::spoken(const ScreenContext& context) const {
    const content::Item& item = context.exhibition.sections[section_].items[item_];
    const core::LocalText when =
        core::LocalText::same(item.date.empty() ? item.year : item.year + ", " + item.date);
    Spoken spoken = speakParts({&when, &item.title, &item.description}, context.lang);
    spoken.recording = item.recordings.in(context.lang);
    return spoken;
}

std::optional<Command> EntryScreen::onGesture(const Gesture& gesture,
                                              const ScreenContext& context) {
    scrollTextWithPan(text_, textRange_, textView(context), gesture, context.now);
    return std::nullopt;
}

} // namespace vitrin::ui
