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
    const auto face = [&](const Choice& choice) {
        return std::string(tr(choice.name, lang)) + ": " +
               std::string(tr(choice.on ? StringId::On : StringId::Off, lang));
    };
    const auto addSwitch = [&](const Choice& choice, const Rect& box) {
        scene.button(box, face(choice), ToggleAccess{choice.feature},
                     choice.on ? palette.accent : palette.button,
                     choice.on ? palette.onAccent : palette.text);
    };
    const float switchHeight = layout.touchTarget * 1.1f;
    if (layout.controlsLow()) {
        // Within reach: the switches stand together at the foot of the area (two columns where
        // the screen is wide), and what each does is written above them.
        const int columns = layout.isPortrait() ? 1 : 2;
        const int rows = static_cast<int>(std::size(choices)) / columns;
        const float switchWidth =
            (area.w - static_cast<float>(columns - 1) * layout.gap) / static_cast<float>(columns);
        const float switchesTop = area.bottom() - static_cast<float>(rows) * switchHeight -
                                  static_cast<float>(rows - 1) * layout.gap;
        float y = area.y;
        for (size_t i = 0; i < std::size(choices); ++i) {
            const Choice& choice = choices[i];
            y += scene.text({area.x, y, area.w, switchesTop - layout.gap - y},
                            std::string(tr(choice.name, lang)) + ". " +
                                std::string(tr(choice.note, lang)),
                            {FontRole::Body, false, palette.text}) +
                 layout.gap;
            const auto column = static_cast<float>(i % static_cast<size_t>(columns));
            const auto row = static_cast<float>(i / static_cast<size_t>(columns));
            addSwitch(choice,
                      {area.x + column * (switchWidth + layout.gap),
                       switchesTop + row * (switchHeight + layout.gap), switchWidth, switchHeight});
        }
    } else {
        // A switch and its note side by side.
        float switchWidth = 0;
        for (const Choice& choice : choices) {
            switchWidth = std::max(switchWidth, scene.buttonWidth(face(choice), false));
        }
        switchWidth = std::min(switchWidth, area.w / 2);
        const float noteWidth = area.w - switchWidth - 2 * layout.gap;
        float y = area.y;
        for (const Choice& choice : choices) {
            const float noteHeight =
                scene.text({area.x + switchWidth + 2 * layout.gap, y, noteWidth, area.bottom() - y},
                           tr(choice.note, lang), {FontRole::Body, false, palette.text});
            addSwitch(choice, {area.x, y, switchWidth, switchHeight});
            y += std::max(switchHeight, noteHeight) + layout.gap;
        }
    }
    buildTopBar(scene, context, tr(StringId::Access, lang), true);
}

} // namespace vitrin::ui
