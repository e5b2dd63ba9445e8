#include "ui/HomeScreen.h"

#include "ui/AboutScreen.h"
#include "ui/Strings.h"
#include "ui/Theme.h"
#include "ui/TourLine.h"

#include <cmath>

namespace vitrin::ui {

void HomeScreen::build(SceneBuilder& scene, const ScreenContext& context) const {
    const Layout& layout = context.layout;
    const auto& sections = context.exhibition.sections;
    Rect area = contentArea(layout);
    // Where the exhibition is and goes, below the tiles, as on the attract loop.
    const std::string tour =
        tourLine(context.exhibition.tour, context.today, context.venue, context.lang);
    if (!tour.empty()) {
        const float lines = scene.measure(tour, FontRole::Caption) > area.w ? 2.0f : 1.0f;
        const float height = scene.lineHeight(FontRole::Caption) * lines;
        area.h -= height + layout.gap;
        scene.text({area.x, area.bottom() + layout.gap, area.w, height}, tour,
                   {FontRole::Caption, false, scene.palette().textMuted, Align::Centre});
    }
    // What the visitor is looking at, in one sentence, and the way to the introduction.
    const bool about = AboutScreen::hasContent(context.exhibition);
    const std::string& summary = context.exhibition.summary.in(context.lang);
    if (about || !summary.empty()) {
        const std::string_view label = tr(StringId::About, context.lang);
        const float buttonWidth = about ? scene.buttonWidth(label, true) : 0;
        const float textWidth = area.w - (about ? buttonWidth + layout.gap : 0);
        const float lineHeight = scene.lineHeight(FontRole::Body);
        // Room for the sentence as wrapped (words do not fill lines exactly), at most three lines.
        const float lines =
            std::min(3.f, std::ceil(scene.measure(summary, FontRole::Body) * 1.15f / textWidth));
        const float row = std::max(layout.touchTarget, lineHeight * lines);
        if (!summary.empty()) {
            scene.text({area.x, area.y, textWidth, row}, summary,
                       {FontRole::Body, false, scene.palette().text, Align::Left, true, true});
        }
        if (about) {
            scene.button({area.right() - buttonWidth, area.y + (row - layout.touchTarget) / 2,
                          buttonWidth, layout.touchTarget},
                         label, OpenAbout{}, scene.palette().button, scene.palette().text, true,
                         Icon::Info);
        }
        area.y += row + layout.gap;
        area.h -= row + layout.gap;
    }
    if (sections.empty()) {
        scene.text(area, tr(StringId::NoContent, context.lang),
                   {FontRole::Heading, false, scene.palette().textMuted, Align::Centre, true});
    }
    const int columns =
        std::max(1, std::min(layout.homeColumns, static_cast<int>(sections.size())));
    const int rows = static_cast<int>((sections.size() + columns - 1) / std::max(1, columns));
    const float tileWidth =
        (area.w - layout.gap * static_cast<float>(columns - 1)) / static_cast<float>(columns);
    const float tileHeight =
        rows == 0 ? 0
                  : (area.h - layout.gap * static_cast<float>(rows - 1)) / static_cast<float>(rows);
    // The label is as tall as the longest title needs (one line or two), so no tile has an
    // empty strip under its text.
    const float pad = layout.gap;
    float titleLines = 1;
    for (const content::Section& section : sections) {
        if (scene.measure(section.title.in(context.lang), FontRole::Heading, true) >
            tileWidth - 2 * pad) {
            titleLines = 2;
        }
    }
    const float labelHeight = scene.lineHeight(FontRole::Heading) * titleLines +
                              scene.lineHeight(FontRole::Caption) + pad * 1.5f;

    for (size_t i = 0; i < sections.size(); ++i) {
        const content::Section& section = sections[i];
        const auto column = static_cast<float>(static_cast<int>(i) % columns);
        const auto row = static_cast<float>(static_cast<int>(i) / columns);
        const Rect tile{area.x + column * (tileWidth + layout.gap),
                        area.y + row * (tileHeight + layout.gap), tileWidth, tileHeight};
        scene.fill(tile, scene.palette().surface);
        const Rect picture{tile.x, tile.y, tile.w, std::max(0.f, tile.h - labelHeight)};
        if (const auto cover = coverImage(section); !cover.empty()) {
            addThumbnail(scene, picture, cover);
        }
        float y = picture.bottom() + pad / 2;
        y += scene.text(
            {tile.x + pad, y, tile.w - 2 * pad, scene.lineHeight(FontRole::Heading) * titleLines},
            section.title.in(context.lang),
            {FontRole::Heading, true, scene.palette().text, Align::Left, false, true});
        scene.text({tile.x + pad, y, tile.w - 2 * pad, scene.lineHeight(FontRole::Caption)},
                   sectionCount(section, context.lang),
                   {FontRole::Caption, false, scene.palette().textMuted});
        scene.hit(tile, OpenSection{i}, section.title.in(context.lang));
    }
    buildTopBar(scene, context, tr(StringId::ChooseSection, context.lang), false);
}

} // namespace vitrin::ui
