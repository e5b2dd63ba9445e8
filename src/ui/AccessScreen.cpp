#include "ui/AccessScreen.h"

#include "ui/Strings.h"

namespace vitrin::ui {

namespace {

struct Choice {
    AccessFeature feature;
    StringId name, note;
    bool on;
};

} // namespace

void AccessScreen::build(SceneBuilder& scene, const ScreenContext& context) const {
    const Layout& layout = context.layout;
    const Palette& palette = scene.palette();
    const core::Lang lang = context.lang;
    const AccessModes& modes = context.access;
    const Choice choices[] = {
        {AccessFeature::LargeText, StringId::LargerText, StringId::LargerTextNote, modes.largeText},
        {AccessFeature::HighContrast, StringId::HighContrast, StringId::HighContrastNote,
         modes.highContrast},
        {AccessFeature::ReducedMotion, StringId::LessMotion, StringId::LessMotionNote,
         modes.reducedMotion},
        {AccessFeature::ScreenReader, StringId::ScreenReader, StringId::ScreenReaderNote,
         modes.screenReader},
    };
    const Rect area = contentArea(layout);
    // A switch and its note side by side where the screen is wide, the note under the switch
    // where it is narrow.
    const bool sideBySide = !layout.isPortrait();
    float switchWidth = 0;
    for (const Choice& choice : choices) {
        const std::string face = std::string(tr(choice.name, lang)) + ": " +
                                 std::string(tr(choice.on ? StringId::On : StringId::Off, lang));
        switchWidth = std::max(switchWidth, scene.buttonWidth(face, false));
    }
    switchWidth = std::min(switchWidth, area.w);
    const float switchHeight = layout.touchTarget * 1.1f;
    const float noteWidth = sideBySide ? area.w - switchWidth - 2 * layout.gap : area.w;
    const float noteLines = choices[3].on || !sideBySide ? 4.f : 3.f;
    const float noteHeight = scene.lineHeight(FontRole::Body) * noteLines;
    const float rowHeight = sideBySide ? std::max(switchHeight, noteHeight)
                                       : switchHeight + layout.gap / 2 + noteHeight;
    const float total = 4 * rowHeight + 3 * layout.gap;
    // Within reach: with the controls low, the switches stand at the foot of the area.
    float y = layout.controlsLow() ? std::max(area.y, area.bottom() - total) : area.y;
    for (const Choice& choice : choices) {
        const std::string face = std::string(tr(choice.name, lang)) + ": " +
                                 std::string(tr(choice.on ? StringId::On : StringId::Off, lang));
        scene.button({area.x, y, switchWidth, switchHeight}, face, ToggleAccess{choice.feature},
                     choice.on ? palette.accent : palette.button,
                     choice.on ? palette.onAccent : palette.text);
        const Rect note =
            sideBySide ? Rect{area.x + switchWidth + 2 * layout.gap, y, noteWidth, rowHeight}
                       : Rect{area.x, y + switchHeight + layout.gap / 2, noteWidth, noteHeight};
        scene.text(note, tr(choice.note, lang), {FontRole::Body, false, palette.text});
        y += rowHeight + layout.gap;
    }
    buildTopBar(scene, context, tr(StringId::Access, lang), true);
}

} // namespace vitrin::ui
