#include "ui/Screen.h"

#include "ui/Strings.h"
#include "ui/Theme.h"

#include <algorithm>

namespace vitrin::ui {

namespace {

// Where the bar's parts lie. With the controls low, the heading keeps a band at the top and the
// controls take the foot of the screen: one row, or two on a narrow portrait screen (the
// languages on the lower one).
struct BarGeometry {
    Rect heading;  // the heading's band
    Rect controls; // the band of the buttons (the whole bar when they share it)
    int rows = 1;
};

BarGeometry barGeometry(const Layout& layout) {
    const auto width = static_cast<float>(layout.width);
    const auto height = static_cast<float>(layout.height);
    if (!layout.controlsLow()) {
        const Rect bar{0, 0, width, layout.barHeight};
        return {bar, bar, 1};
    }
    const int rows = layout.isPortrait() ? 2 : 1;
    const float headingBand = layout.text.heading * 1.6f + layout.gap;
    const float footBand =
        static_cast<float>(rows) * (layout.touchTarget + layout.gap / 2) + layout.gap / 2;
    return {{0, 0, width, headingBand}, {0, height - footBand, width, footBand}, rows};
}

// A button whose hit is named spokenLabel for scripts and the screen reader, not by its face.
void namedButton(SceneBuilder& scene, const Rect& rect, std::string_view face,
                 std::string_view spokenLabel, Command command, bool current,
                 std::optional<Icon> icon = std::nullopt) {
    const Palette& palette = scene.palette();
    scene.button(rect, face, command, current ? palette.accent : palette.button,
                 current ? palette.onAccent : palette.text, true, icon);
    scene.scene().hits.back().label = std::string(spokenLabel);
}

} // namespace

Rect contentArea(const Layout& layout) {
    const BarGeometry bar = barGeometry(layout);
    if (!layout.controlsLow()) {
        const float top = layout.barHeight;
        return {layout.margin, top + layout.gap, layout.bounds().w - 2 * layout.margin,
                layout.bounds().h - top - layout.gap - layout.margin};
    }
    const float top = bar.heading.bottom() + layout.gap;
    return {layout.margin, top, layout.bounds().w - 2 * layout.margin,
            bar.controls.y - layout.gap - top};
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
    const Palette& palette = scene.palette();
    const BarGeometry bar = barGeometry(layout);
    const float buttonHeight = layout.touchTarget;
    scene.fill(bar.heading, palette.surface);
    if (bar.controls.y != bar.heading.y) {
        scene.fill(bar.controls, palette.surface);
    }
    // The first row of buttons; the languages go on the last.
    const float firstRowY = layout.controlsLow()
                                ? bar.controls.y + layout.gap / 2
                                : bar.controls.y + (bar.controls.h - buttonHeight) / 2;
    const float languageRowY =
        firstRowY + static_cast<float>(bar.rows - 1) * (buttonHeight + layout.gap / 2);

    float x = layout.margin;
    if (showNavigation) {
        const std::string_view back = tr(StringId::Back, context.lang);
        const float backWidth = scene.buttonWidth(back, true);
        scene.button({x, firstRowY, backWidth, buttonHeight}, back, GoBack{}, palette.button,
                     palette.text, true, Icon::Back);
        x += backWidth + layout.gap / 2;
        const std::string_view home = tr(StringId::Home, context.lang);
        const float homeWidth = scene.buttonWidth(home, true);
        scene.button({x, firstRowY, homeWidth, buttonHeight}, home, GoHome{}, palette.button,
                     palette.text, true, Icon::Home);
        x += homeWidth + layout.gap;
    }

    // Languages right-aligned, in their own words, the current one highlighted.
    const float rightEdge = layout.bounds().w - layout.margin;
    float right = rightEdge;
    const auto& languages = context.exhibition.languages;
    if (languages.size() > 1) {
        for (auto it = languages.rbegin(); it != languages.rend(); ++it) {
            const std::string_view label = core::langNativeName(*it);
            const float w = scene.buttonWidth(label, false);
            right -= w;
            const bool current = *it == context.lang;
            scene.button({right, languageRowY, w, buttonHeight}, label, SetLanguage{*it},
                         current ? palette.accent : palette.button,
                         current ? palette.onAccent : palette.text, current);
            right -= layout.gap / 2;
        }
        right -= layout.gap / 2;
    }
    if (bar.rows > 1) {
        right = rightEdge;
    }
    // The accessibility choices, and larger text at once: "A+", lit while it is on.
    const float accessWidth = layout.touchTarget * 1.1f;
    right -= accessWidth;
    namedButton(scene, {right, firstRowY, accessWidth, buttonHeight}, "",
                tr(StringId::Access, context.lang), OpenAccess{}, false, Icon::Access);
    right -= layout.gap / 2;
    const float largerWidth = scene.buttonWidth("A+", false);
    right -= largerWidth;
    namedButton(scene, {right, firstRowY, largerWidth, buttonHeight}, "A+",
                tr(StringId::LargerText, context.lang), ToggleAccess{AccessFeature::LargeText},
                context.access.largeText);

    Rect headingBox = layout.controlsLow()
                          ? Rect{layout.margin, bar.heading.y,
                                 layout.bounds().w - 2 * layout.margin, bar.heading.h}
                          : Rect{x, 0, std::max(0.f, right - layout.gap - x), bar.heading.h};
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
    scene.text(headingBox, heading, {role, true, palette.text, Align::Left, true, true});
    scene.scene().heading = std::string(heading);
}

Spoken speakParts(const std::vector<const core::LocalText*>& parts, core::Lang lang) {
    Spoken spoken;
    size_t longest = 0;
    for (const core::LocalText* part : parts) {
        const std::string& text = part->in(lang);
        if (text.empty()) {
            continue;
        }
        spoken.text += (spoken.text.empty() ? "" : ". ") + text;
        if (text.size() > longest) {
            longest = text.size();
            spoken.lang = part->languageOf(lang);
        }
    }
    return spoken;
}

float listenButtonWidth(const SceneBuilder& scene, const ScreenContext& context) {
    return std::max(scene.buttonWidth(tr(StringId::Listen, context.lang), true),
                    scene.buttonWidth(tr(StringId::StopSpeech, context.lang), true));
}

void buildListenButton(SceneBuilder& scene, const ScreenContext& context, const Rect& box) {
    const bool speaking = context.speaking;
    const std::string_view word =
        tr(speaking ? StringId::StopSpeech : StringId::Listen, context.lang);
    // Too narrow for the word: the icon alone, named for scripts and the screen reader.
    const bool iconOnly = box.w < listenButtonWidth(scene, context);
    namedButton(scene, box, iconOnly ? "" : word, word, Listen{}, speaking,
                speaking ? Icon::Stop : Icon::Listen);
}

} // namespace vitrin::ui
