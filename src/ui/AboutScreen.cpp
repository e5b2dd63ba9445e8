#include "ui/AboutScreen.h"

#include "ui/ScrollingText.h"
#include "ui/Strings.h"
#include "ui/Theme.h"

namespace vitrin::ui {

bool AboutScreen::hasContent(const content::Exhibition& exhibition) {
    return !exhibition.about.empty() || !exhibition.credits.empty();
}

AboutScreen::Areas AboutScreen::areas(const ScreenContext& context) const {
    const Layout& layout = context.layout;
    const Rect area = contentArea(layout);
    if (coverImage(context.exhibition.sections.empty() ? content::Section{}
                                                       : context.exhibition.sections.front())
            .empty()) {
        return {{}, area};
    }
    if (layout.isPortrait()) {
        const Rect picture{area.x, area.y, area.w, area.h * 0.3f};
        return {picture,
                {area.x, picture.bottom() + layout.gap, area.w, area.h - picture.h - layout.gap}};
    }
    const Rect picture{area.x, area.y, area.w * 0.38f, area.h};
    return {
        picture,
        {picture.right() + 2 * layout.gap, area.y, area.w - picture.w - 2 * layout.gap, area.h}};
}

Rect AboutScreen::textView(const ScreenContext& context) const {
    // The text scrolls above the row of its "Lyssna" button.
    const Rect text = areas(context).text;
    const float row = context.layout.touchTarget + context.layout.gap;
    return {text.x, text.y, text.w, std::max(0.f, text.h - row)};
}

void AboutScreen::build(SceneBuilder& scene, const ScreenContext& context) const {
    const Layout& layout = context.layout;
    const content::Exhibition& exhibition = context.exhibition;
    const Areas a = areas(context);
    if (a.picture.w > 0) {
        // The exhibition's first picture, whole, on a mat.
        scene.fill(a.picture, scene.palette().surface);
        ImageElement image;
        image.box = a.picture.inset(layout.gap);
        image.key = displayKey(coverImage(exhibition.sections.front()), layout);
        scene.image(image);
    }
    const TextStyle body{FontRole::Body, false, scene.palette().text};
    std::vector<TextBlock> blocks{
        {exhibition.title.in(context.lang), {FontRole::Title, true, scene.palette().text}}};
    if (!exhibition.summary.empty()) {
        blocks.push_back({exhibition.summary.in(context.lang),
                          {FontRole::Heading, false, scene.palette().accent},
                          layout.gap / 2});
    }
    if (!exhibition.about.empty()) {
        blocks.push_back({exhibition.about.in(context.lang), body, layout.gap});
    }
    if (!exhibition.credits.empty()) {
        blocks.push_back({exhibition.credits.in(context.lang),
                          {FontRole::Caption, false, scene.palette().textMuted},
                          2 * layout.gap});
    }
    const Rect view = textView(context);
    textRange_ =
        buildScrollingText(scene, view, blocks, text_.offset(), scene.palette().background);
    const float listenWidth = listenButtonWidth(scene, context);
    buildListenButton(scene, context,
                      {a.text.right() - listenWidth, a.text.bottom() - layout.touchTarget,
                       listenWidth, layout.touchTarget});
    buildTopBar(scene, context, tr(StringId::About, context.lang), true);
}

std::optional<Spoken> AboutScreen::spoken(const ScreenContext& context) const {
    const content::Exhibition& exhibition = context.exhibition;
    return speakParts(
        {&exhibition.title, &exhibition.summary, &exhibition.about, &exhibition.credits},
        context.lang);
}

std::optional<Command> AboutScreen::onGesture(const Gesture& gesture,
                                              const ScreenContext& context) {
    scrollTextWithPan(text_, textRange_, textView(context), gesture, context.now);
    return std::nullopt;
}

} // namespace vitrin::ui
