#include "ui/HomeScreen.h"

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
                   {FontRole::Caption, false, theme::kTextMuted, Align::Centre});
    }
    if (sections.empty()) {
        scene.text(area, tr(StringId::NoContent, context.lang),
                   {FontRole::Heading, false, theme::kTextMuted, Align::Centre, true});
    }
    const int columns =
        std::max(1, std::min(layout.homeColumns, static_cast<int>(sections.size())));
    const int rows = static_cast<int>((sections.size() + columns - 1) / std::max(1, columns));
    const float tileWidth =
        (area.w - layout.gap * static_cast<float>(columns - 1)) / static_cast<float>(columns);
    const float tileHeight =
        rows == 0 ? 0
                  : (area.h - layout.gap * static_cast<float>(rows - 1)) / static_cast<float>(rows);
    const float labelHeight =
        scene.lineHeight(FontRole::Heading) * 2 + scene.lineHeight(FontRole::Caption) + layout.gap;

    for (size_t i = 0; i < sections.size(); ++i) {
        const content::Section& section = sections[i];
        const auto column = static_cast<float>(static_cast<int>(i) % columns);
        const auto row = static_cast<float>(static_cast<int>(i) / columns);
        const Rect tile{area.x + column * (tileWidth + layout.gap),
                        area.y + row * (tileHeight + layout.gap), tileWidth, tileHeight};
        scene.fill(tile, theme::kSurface);
        const Rect picture{tile.x, tile.y, tile.w, std::max(0.f, tile.h - labelHeight)};
        if (const auto cover = coverImage(section); !cover.empty()) {
            addThumbnail(scene, picture, cover);
        }
        const float pad = layout.gap;
        float y = picture.bottom() + pad / 2;
        y +=
            scene.text({tile.x + pad, y, tile.w - 2 * pad, scene.lineHeight(FontRole::Heading) * 2},
                       section.title.in(context.lang),
                       {FontRole::Heading, true, theme::kText, Align::Left, false, true});
        scene.text({tile.x + pad, y, tile.w - 2 * pad, scene.lineHeight(FontRole::Caption)},
                   sectionCount(section, context.lang),
                   {FontRole::Caption, false, theme::kTextMuted});
        scene.hit(tile, OpenSection{i}, section.title.in(context.lang));
    }
    buildTopBar(scene, context, tr(StringId::ChooseSection, context.lang), false);
}

} // namespace vitrin::ui
