#include "ui/Screen.h"

#include "ui/Strings.h"
#include "ui/Theme.h"

#include <algorithm>

namespace vitrin::ui {

Rect contentArea(const Layout& layout) {
    const float top = layout.barHeight;
    return {layout.margin, top + layout.gap, layout.bounds().w - 2 * layout.margin,
            layout.bounds().h - top - layout.gap - layout.margin};
}

ImageKey thumbnailKey(const std::filesystem::path& path, const Layout& layout) {
    // One thumbnail size per layout, so every tile shares one decoded picture.
    const int side = static_cast<int>(512 * layout.scale());
    return {path, side, side};
}

ImageKey displayKey(const std::filesystem::path& path, const Layout& layout) {
    return {path, layout.width, layout.height};
}

void addThumbnail(SceneBuilder& scene, const Rect& box, const std::filesystem::path& path,
                  Crop crop) {
    ImageElement image;
    image.box = box;
    image.key = thumbnailKey(path, scene.layout());
    image.cover = crop == Crop::ToBox;
    scene.image(image);
}

void buildScrollIndicator(SceneBuilder& scene, const Rect& track, float offset, float visible,
                          float total) {
    if (total <= visible + 1 || visible <= 0) {
        return;
    }
    scene.fill(track, scene.palette().surface);
    const bool vertical = track.h > track.w;
    const float length = vertical ? track.h : track.w;
    const float thumb = std::max(length * visible / total, std::min(track.w, track.h) * 4);
    const float at = (length - thumb) * std::clamp(offset / (total - visible), 0.f, 1.f);
    scene.fill(vertical ? Rect{track.x, track.y + at, track.w, thumb}
                        : Rect{track.x + at, track.y, thumb, track.h},
               scene.palette().textMuted);
}

std::filesystem::path coverImage(const content::Section& section) {
    for (const content::Item& item : section.items) {
        if (!item.image.empty()) {
            return item.image;
        }
    }
    return {};
}

void buildTopBar(SceneBuilder& scene, const ScreenContext& context, std::string_view heading,
                 bool showNavigation) {
    const Layout& layout = context.layout;
    const float bar = layout.barHeight;
    // Portrait screens are too narrow for buttons and heading in one row: the heading goes below.
    const float buttonRow = layout.isPortrait() ? layout.touchTarget + layout.gap : bar;
    const float buttonHeight = layout.touchTarget;
    const float y = (buttonRow - buttonHeight) / 2;
    scene.fill({0, 0, static_cast<float>(layout.width), bar}, scene.palette().surface);

    float x = layout.margin;
    if (showNavigation) {
        const std::string_view back = tr(StringId::Back, context.lang);
        const float backWidth = scene.buttonWidth(back, true);
        scene.button({x, y, backWidth, buttonHeight}, back, GoBack{}, scene.palette().button,
                     scene.palette().text, true, Icon::Back);
        x += backWidth + layout.gap / 2;
        const std::string_view home = tr(StringId::Home, context.lang);
        const float homeWidth = scene.buttonWidth(home, true);
        scene.button({x, y, homeWidth, buttonHeight}, home, GoHome{}, scene.palette().button,
                     scene.palette().text, true, Icon::Home);
        x += homeWidth + layout.gap;
    }

    // Languages right-aligned, in their own words, the current one highlighted.
    float right = layout.bounds().w - layout.margin;
    const auto& languages = context.exhibition.languages;
    for (auto it = languages.rbegin(); it != languages.rend(); ++it) {
        const std::string_view label = core::langNativeName(*it);
        const float w = scene.buttonWidth(label, false);
        right -= w;
        const bool current = *it == context.lang;
        scene.button({right, y, w, buttonHeight}, label, SetLanguage{*it},
                     current ? scene.palette().accent : scene.palette().button,
                     current ? scene.palette().onAccent : scene.palette().text, current);
        right -= layout.gap / 2;
    }
    if (languages.size() <= 1) {
        right = layout.bounds().w - layout.margin;
    }
    Rect headingBox =
        layout.isPortrait()
            ? Rect{layout.margin, buttonRow, layout.bounds().w - 2 * layout.margin, bar - buttonRow}
            : Rect{x, 0, std::max(0.f, right - layout.gap - x), bar};
    // A heading too long for its line keeps its size on two lines when the bar has room for
    // them (the lines' leading may reach a few pixels past the bar: the glyphs stay inside);
    // only then is it set smaller, and only a very long one ends in "…" (the home tile shows
    // more of it).
    const float width = scene.measure(heading, FontRole::Heading, true);
    const float twoLines = 2 * scene.lineHeight(FontRole::Heading);
    const bool twoLinesFit = headingBox.h * 1.1f >= twoLines;
    const bool heading2 = width > headingBox.w && twoLinesFit && width <= 1.8f * headingBox.w;
    if (heading2) {
        headingBox.h = std::max(headingBox.h, twoLines);
    }
    const FontRole role = width <= headingBox.w || heading2 ? FontRole::Heading : FontRole::Body;
    scene.text(headingBox, heading, {role, true, scene.palette().text, Align::Left, true, true});
}

} // namespace vitrin::ui
