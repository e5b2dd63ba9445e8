#include "ui/ImportScreen.h"

#include "ui/ScrollingText.h"
#include "ui/Theme.h"

#include <algorithm>
#include <cmath>

namespace vitrin::ui {

namespace {

using Kind = ImportAction::Kind;
using Stage = ImportView::Stage;

// Staff texts: Swedish, and English for staff who set it as their language.
struct Words {
    const char* sv;
    const char* en;
    const char* in(core::Lang lang) const { return lang == core::Lang::En ? en : sv; }
};

constexpr Words kReading{"Läser USB-minnet …", "Reading the USB stick …"};
constexpr Words kFound{"USB-minne hittat", "USB stick found"};
constexpr Words kSwap{"Byt utställning", "Change exhibition"};
constexpr Words kRestore{"Återställ förra utställningen", "Restore the previous exhibition"};
constexpr Words kCancel{"Avbryt", "Cancel"};
constexpr Words kClose{"Stäng", "Close"};
constexpr Words kSwitchNow{"Byt nu", "Switch now"};
constexpr Words kPinForSwap{"Personalens PIN-kod för att byta utställning",
                            "Staff PIN to change the exhibition"};
constexpr Words kPinForRestore{"Personalens PIN-kod för att återställa",
                               "Staff PIN to restore the previous exhibition"};
constexpr Words kErase{"Radera", "Erase"};
constexpr Words kCopying{"Byter utställning …", "Changing the exhibition …"};
constexpr Words kKeepStick{"Låt USB-minnet sitta kvar tills det är klart.",
                           "Leave the USB stick in until it has finished."};
constexpr Words kNothingUsable{"Inget på USB-minnet kan visas. Utställningen byts inte.",
                               "Nothing on the USB stick can be shown. The exhibition is not "
                               "changed."};

std::string counted(std::size_t count, const char* one, const char* many) {
    return std::to_string(count) + " " + (count == 1 ? one : many);
}

std::string sectionLine(const ImportView::SectionCount& section, core::Lang lang) {
    const bool en = lang == core::Lang::En;
    const std::string count =
        section.isTimeline
            ? counted(section.items, en ? "entry" : "händelse", en ? "entries" : "händelser")
            : counted(section.items, en ? "picture" : "bild", en ? "pictures" : "bilder");
    return section.title + ": " + count;
}

std::string findingsLine(const ImportView& view) {
    const bool en = view.lang == core::Lang::En;
    return counted(view.warnings, en ? "warning" : "varning", en ? "warnings" : "varningar") +
           " · " +
           counted(view.skipped, en ? "file skipped" : "fil hoppas över",
                   en ? "files skipped" : "filer hoppas över");
}

// Megabytes with one decimal below 10 ("3,4" in Swedish, "3.4" in English).
std::string megabytes(std::uint64_t bytes, core::Lang lang) {
    const auto tenths = static_cast<long long>(std::lround(static_cast<double>(bytes) / 1e5));
    if (tenths >= 100) {
        return std::to_string((tenths + 5) / 10);
    }
    return std::to_string(tenths / 10) + (lang == core::Lang::En ? "." : ",") +
           std::to_string(tenths % 10);
}

std::string progressLine(const ImportView& view) {
    const bool en = view.lang == core::Lang::En;
    if (view.filesTotal == 0) {
        return en ? "Listing the files …" : "Går igenom filerna …";
    }
    std::string line = (en ? "File " : "Fil ") + std::to_string(view.filesDone) +
                       (en ? " of " : " av ") + std::to_string(view.filesTotal) + " · " +
                       megabytes(view.bytesDone, view.lang) + (en ? " of " : " av ") +
                       megabytes(view.bytesTotal, view.lang) + " MB";
    if (view.secondsLeft >= 0) {
        const auto seconds = static_cast<long long>(std::ceil(view.secondsLeft));
        line += seconds > 90
                    ? (en ? " · about " : " · cirka ") + std::to_string((seconds + 59) / 60) +
                          (en ? " min left" : " min kvar")
                    : (en ? " · about " : " · cirka ") + std::to_string(seconds) +
                          (en ? " s left" : " s kvar");
    }
    return line;
}

// Buttons side by side along the bottom of the screen, the first one accented.
void buttonRow(SceneBuilder& scene, const std::vector<std::pair<std::string, Command>>& buttons,
               bool accentFirst) {
    const Layout& layout = scene.layout();
    const auto width = static_cast<float>(layout.width);
    const float height = layout.touchTarget * 1.2f;
    const float y = static_cast<float>(layout.height) - layout.margin - height;
    const float each =
        (width - 2 * layout.margin - layout.gap * static_cast<float>(buttons.size() - 1)) /
        static_cast<float>(buttons.size());
    for (std::size_t i = 0; i < buttons.size(); ++i) {
        const Rect box{layout.margin + static_cast<float>(i) * (each + layout.gap), y, each,
                       height};
        const bool accent = accentFirst && i == 0;
        scene.button(box, buttons[i].first, buttons[i].second,
                     accent ? scene.palette().accent : scene.palette().surface,
                     accent ? scene.palette().onAccent : scene.palette().text);
    }
}

float bottomRowTop(const Layout& layout) {
    return static_cast<float>(layout.height) - layout.margin - layout.touchTarget * 1.2f -
           layout.gap;
}

Rect middle(const Layout& layout) {
    const float top = layout.barHeight;
    return {layout.margin, top, static_cast<float>(layout.width) - 2 * layout.margin,
            bottomRowTop(layout) - top};
}

void heading(SceneBuilder& scene, std::string_view text, std::optional<Color> color = {}) {
    const Layout& layout = scene.layout();
    scene.text(
        {layout.margin, 0, static_cast<float>(layout.width) - 2 * layout.margin, layout.barHeight},
        text,
        {headingOrSmaller(scene, text, static_cast<float>(layout.width)), true,
         color.value_or(scene.palette().text), Align::Left, true});
}

void buildPin(SceneBuilder& scene, const ImportView& view) {
    const Layout& layout = scene.layout();
    const core::Lang lang = view.lang;
    heading(scene, (view.isRestoring ? kPinForRestore : kPinForSwap).in(lang));
    const Rect area = middle(layout);
    const float dotsHeight = scene.lineHeight(FontRole::Title);
    const float messageHeight = scene.lineHeight(FontRole::Body) * 2;
    // Four rows of keys in what is left, square, never smaller than a touch target.
    const float keyRoom = area.h - dotsHeight - messageHeight - 2 * layout.gap;
    const float key = std::max(layout.touchTarget,
                               std::min((keyRoom - 3 * layout.gap) / 4, 1.6f * layout.touchTarget));
    // Wider than tall where there is room, so "Radera" fits on its key.
    const float keyWidth = std::min(1.8f * key, (area.w - 2 * layout.gap) / 3);
    const float padWidth = 3 * keyWidth + 2 * layout.gap;
    const float x = area.x + (area.w - padWidth) / 2;
    float y = area.y;
    // A square for each digit typed, never the digits themselves.
    const float dot = dotsHeight / 3;
    const auto typed = static_cast<float>(view.pinLength);
    for (std::size_t i = 0; i < view.pinLength; ++i) {
        const float left = area.centre().x - (typed * 2 - 1) * dot / 2;
        scene.fill({left + static_cast<float>(i) * 2 * dot, y + dot, dot, dot},
                   scene.palette().text);
    }
    y += dotsHeight;
    scene.text({area.x, y, area.w, messageHeight}, view.pinMessage,
               {FontRole::Body, false, scene.palette().accent, Align::Centre, true});
    y += messageHeight + layout.gap;
    const std::string erase = kErase.in(lang);
    const char* labels[12] = {"1", "2", "3", "4",           "5", "6",
                              "7", "8", "9", erase.c_str(), "0", "OK"};
    for (int i = 0; i < 12; ++i) {
        const int column = i % 3;
        const int row = i / 3;
        const Rect box{x + static_cast<float>(column) * (keyWidth + layout.gap),
                       y + static_cast<float>(row) * (key + layout.gap), keyWidth, key};
        const ImportAction action = i == 9    ? ImportAction{Kind::Erase}
                                    : i == 11 ? ImportAction{Kind::SubmitPin}
                                              : ImportAction{Kind::Digit, i == 10 ? 0 : i + 1};
        const bool ok = i == 11;
        scene.button(box, labels[i], action, ok ? scene.palette().accent : scene.palette().surface,
                     ok ? scene.palette().onAccent : scene.palette().text);
    }
    buttonRow(scene, {{kCancel.in(lang), ImportAction{Kind::Cancel}}}, false);
}

// Returns how far the text can scroll.
float buildFound(SceneBuilder& scene, const ImportView& view, float offset) {
    const Layout& layout = scene.layout();
    const core::Lang lang = view.lang;
    heading(scene, kFound.in(lang));
    const Rect area = middle(layout);
    std::vector<TextBlock> blocks{{view.title, {FontRole::Heading, true, scene.palette().accent}}};
    for (const ImportView::SectionCount& section : view.sections) {
        blocks.push_back({sectionLine(section, lang),
                          {FontRole::Body, false, scene.palette().text},
                          layout.gap / 2});
    }
    blocks.push_back(
        {findingsLine(view), {FontRole::Body, false, scene.palette().textMuted}, layout.gap});
    if (!view.isUsable) {
        // Why, file by file, as `vitrin --check` says it.
        blocks.push_back(
            {kNothingUsable.in(lang), {FontRole::Body, true, scene.palette().text}, layout.gap});
        blocks.push_back(
            {view.report, {FontRole::Caption, false, scene.palette().textMuted}, layout.gap});
    }
    const float range = buildScrollingText(scene, area, blocks, offset, scene.palette().background);
    std::vector<std::pair<std::string, Command>> buttons;
    if (view.isUsable) {
        buttons.emplace_back(kSwap.in(lang), ImportAction{Kind::Swap});
    }
    if (view.canRestore) {
        buttons.emplace_back(kRestore.in(lang), ImportAction{Kind::Restore});
    }
    buttons.emplace_back(view.isUsable ? kCancel.in(lang) : kClose.in(lang),
                         ImportAction{view.isUsable ? Kind::Cancel : Kind::Close});
    buttonRow(scene, buttons, view.isUsable);
    return range;
}

void buildCopying(SceneBuilder& scene, const ImportView& view) {
    const Layout& layout = scene.layout();
    const core::Lang lang = view.lang;
    heading(scene, kCopying.in(lang));
    const Rect area = middle(layout);
    const float barHeight = layout.touchTarget * 0.6f;
    const Rect bar{area.x, area.y + area.h / 3, area.w, barHeight};
    scene.fill(bar, scene.palette().surface);
    scene.fill(
        {bar.x, bar.y, bar.w * static_cast<float>(std::clamp(view.fraction, 0.0, 1.0)), bar.h},
        scene.palette().accent);
    float y = bar.bottom() + layout.gap;
    y += scene.text({area.x, y, area.w, scene.lineHeight(FontRole::Body) * 2}, progressLine(view),
                    {FontRole::Body, false, scene.palette().text, Align::Centre});
    scene.text({area.x, y + layout.gap, area.w, scene.lineHeight(FontRole::Body) * 2},
               kKeepStick.in(lang),
               {FontRole::Body, false, scene.palette().textMuted, Align::Centre});
    buttonRow(scene, {{kCancel.in(lang), ImportAction{Kind::Cancel}}}, false);
}

} // namespace

Rect ImportScreen::reportArea(const Layout& layout) const {
    return middle(layout);
}

bool ImportScreen::isAnimating(core::TimePoint) const {
    return view_.stage == Stage::Reading || view_.stage == Stage::Copying || report_.isMoving();
}

bool ImportScreen::holdsIdle() const {
    return view_.stage == Stage::Reading || view_.stage == Stage::Copying;
}

void ImportScreen::build(SceneBuilder& scene, const ScreenContext&) const {
    const Layout& layout = scene.layout();
    const core::Lang lang = view_.lang;
    switch (view_.stage) {
    case Stage::Reading:
        heading(scene, kFound.in(lang));
        scene.text(middle(layout), kReading.in(lang),
                   {FontRole::Heading, false, scene.palette().textMuted, Align::Centre, true});
        return;
    case Stage::Found:
        reportRange_ = buildFound(scene, view_, report_.offset());
        return;
    case Stage::Pin:
        buildPin(scene, view_);
        return;
    case Stage::Copying:
        buildCopying(scene, view_);
        return;
    case Stage::Done:
        break;
    }
    heading(scene, view_.headline, view_.succeeded ? scene.palette().accent : scene.palette().text);
    reportRange_ = buildScrollingText(
        scene, reportArea(layout),
        {{view_.notes, {FontRole::Body, true, scene.palette().text}},
         {view_.report, {FontRole::Caption, false, scene.palette().textMuted}, layout.gap}},
        report_.offset(), scene.palette().background);
    std::vector<std::pair<std::string, Command>> buttons;
    if (view_.isSwitchPending) {
        buttons.emplace_back(kSwitchNow.in(lang), ImportAction{Kind::SwitchNow});
    }
    if (view_.canRestore) {
        buttons.emplace_back(kRestore.in(lang), ImportAction{Kind::Restore});
    }
    buttons.emplace_back(kClose.in(lang), ImportAction{Kind::Close});
    buttonRow(scene, buttons, view_.isSwitchPending);
}

std::optional<Command> ImportScreen::onGesture(const Gesture& gesture,
                                               const ScreenContext& context) {
    const auto* pan = std::get_if<Pan>(&gesture);
    if (pan == nullptr || (view_.stage != Stage::Found && view_.stage != Stage::Done) ||
        !reportArea(context.layout).contains(pan->start)) {
        return std::nullopt;
    }
    report_.setRange(0, reportRange_);
    report_.follow(*pan, Kinetic::Axis::Vertical, context.now);
    return std::nullopt;
}

} // namespace vitrin::ui
