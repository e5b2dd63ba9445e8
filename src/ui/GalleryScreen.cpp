#include "ui/GalleryScreen.h"

#include "ui/Strings.h"
#include "ui/Theme.h"

namespace vitrin::ui {

GalleryScreen::Grid GalleryScreen::grid(const ScreenContext& context) const {
    const Layout& layout = context.layout;
    const Rect area = contentArea(layout);
    Grid g{};
    g.columns = std::max(1, layout.galleryColumns);
    g.tileWidth =
        (area.w - layout.gap * static_cast<float>(g.columns - 1)) / static_cast<float>(g.columns);
    g.pictureHeight = g.tileWidth * 0.75f;
    // Two lines under each picture: the title and the artist.
    const float captionHeight = context.layout.text.caption * 1.45f * 2;
    g.rowHeight = g.pictureHeight + captionHeight + layout.gap * 1.5f;
    const size_t count = context.exhibition.sections[section_].items.size();
    const auto rows = static_cast<float>((count + static_cast<size_t>(g.columns) - 1) /
                                         static_cast<size_t>(g.columns));
    g.contentHeight = rows * g.rowHeight;
    return g;
}

void GalleryScreen::build(SceneBuilder& scene, const ScreenContext& context) const {
    const Layout& layout = context.layout;
    const content::Section& section = context.exhibition.sections[section_];
    const Rect area = contentArea(layout);
    const Grid g = grid(context);
    const float captionLine = scene.lineHeight(FontRole::Caption);

    for (size_t i = 0; i < section.items.size(); ++i) {
        const content::Item& item = section.items[i];
        const auto column = static_cast<float>(i % static_cast<size_t>(g.columns));
        const auto row = static_cast<float>(i / static_cast<size_t>(g.columns));
        const Rect tile{area.x + column * (g.tileWidth + layout.gap),
                        area.y + row * g.rowHeight - scroll_.offset(), g.tileWidth,
                        g.rowHeight - layout.gap};
        if (!tile.intersects(area)) {
            continue;
        }
        // Artworks are shown whole, on a mat, as on a gallery wall: never cropped.
        const Rect picture{tile.x, tile.y, tile.w, g.pictureHeight};
        scene.fill(picture, scene.palette().surface);
        if (!item.image.empty()) {
            addThumbnail(scene, picture.inset(layout.gap / 2), item.image, Crop::Never);
        }
        float y = picture.bottom() + layout.gap / 3;
        y += scene.text(
            {tile.x, y, tile.w, captionLine}, item.title.in(context.lang),
            {FontRole::Caption, true, scene.palette().text, Align::Left, false, true, true});
        std::string byline = item.artist.in(context.lang);
        if (!item.age.empty()) {
            byline += (byline.empty() ? "" : ", ") + item.age + " " +
                      std::string(tr(StringId::Age, context.lang));
        }
        if (!byline.empty()) {
            scene.text({tile.x, y, tile.w, captionLine}, byline,
                       {FontRole::Caption, false, scene.palette().textMuted, Align::Left, false,
                        true, true});
        }
        const Rect visible{tile.x, std::max(tile.y, area.y), tile.w,
                           std::min(tile.bottom(), area.bottom()) - std::max(tile.y, area.y)};
        scene.hit(visible, OpenItem{section_, i}, item.title.in(context.lang));
    }
    const float bar = 6 * layout.scale();
    buildScrollIndicator(scene,
                         {layout.bounds().w - (layout.margin + bar) / 2, area.y, bar, area.h},
                         scroll_.offset(), area.h, g.contentHeight);
    // Drawn last so that tiles scrolled under it stay hidden.
    buildTopBar(scene, context, section.title.in(context.lang), true);
}

std::optional<Command> GalleryScreen::onGesture(const Gesture& gesture,
                                                const ScreenContext& context) {
    const Grid g = grid(context);
    scroll_.setRange(0, g.contentHeight - contentArea(context.layout).h);
    if (const auto* pan = std::get_if<Pan>(&gesture)) {
        scroll_.follow(*pan, Kinetic::Axis::Vertical, context.now);
    }
    return std::nullopt;
}

void GalleryScreen::update(const ScreenContext& context) {
    scroll_.update(context.now);
}

} // namespace vitrin::ui
