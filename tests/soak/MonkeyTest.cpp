#include "soak/Monkey.h"
#include "ui/Strings.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace vitrin;
using soak::MonkeyOptions;

namespace {

MonkeyOptions hourWithSwaps() {
    MonkeyOptions options;
    options.seed = 42;
    options.hours = 1;
    options.dayHours = 0.5;
    options.sticks = {{"sticks/A", "Barnens Irkutsk"}, {"sticks/B", "Vänortens bilder"}};
    return options;
}

std::size_t countLines(const soak::MonkeyScript& script, const std::string& line) {
    return static_cast<std::size_t>(std::count(script.lines.begin(), script.lines.end(), line));
}

} // namespace

TEST(Monkey, TheSameSeedWritesTheSameScriptAndAnotherSeedAnother) {
    const MonkeyOptions options = hourWithSwaps();
    const std::string first = soak::monkeyText(options, soak::generateMonkey(options));
    EXPECT_EQ(first, soak::monkeyText(options, soak::generateMonkey(options)));
    MonkeyOptions other = options;
    other.seed = 43;
    EXPECT_NE(first, soak::monkeyText(other, soak::generateMonkey(other)));
}

TEST(Monkey, EveryLineParsesAndEveryGestureIsThere) {
    const MonkeyOptions options = hourWithSwaps();
    const soak::MonkeyScript script = soak::generateMonkey(options);
    const auto parsed = script::parseScript(soak::monkeyText(options, script));
    ASSERT_TRUE(parsed.ok()) << parsed.error().message;
    const soak::MonkeyCounts& c = script.counts;
    EXPECT_GT(c.visitors, 5);
    EXPECT_GT(c.taps, 0);
    EXPECT_GT(c.doubleTaps, 0);
    EXPECT_GT(c.swipes, 0);
    EXPECT_GT(c.pinches, 0);
    EXPECT_GT(c.longPresses, 0);
    EXPECT_GT(c.keys, 0);
    EXPECT_GT(c.languageChanges, 0);
    EXPECT_GT(c.shortPauses, 0);
    EXPECT_GT(c.longPauses, 0);
    for (const char* name : {"Svenska", "English", "Русский"}) {
        EXPECT_GT(countLines(script, std::string("tap-on ") + name), 0u) << name;
    }
}

TEST(Monkey, CoversTheHoursAskedAndNotMuchMore) {
    MonkeyOptions options = hourWithSwaps();
    const soak::MonkeyScript hour = soak::generateMonkey(options);
    EXPECT_GE(hour.virtualSeconds, 3600);
    EXPECT_LT(hour.virtualSeconds, 3600 + 120);
    options.hours = 24 * 7;
    options.dayHours = 24;
    const soak::MonkeyScript week = soak::generateMonkey(options);
    EXPECT_GE(week.virtualSeconds, 7 * 24 * 3600);
    EXPECT_LT(week.virtualSeconds, 7 * 24 * 3600 + 120);
    EXPECT_EQ(week.counts.swaps, 7);
    EXPECT_GT(week.counts.countdowns, 0);
}

TEST(Monkey, EveryLongPauseIsCheckedToEndOnTheAttractLoopInTheStartLanguage) {
    MonkeyOptions options = hourWithSwaps();
    options.startLang = core::Lang::En;
    const soak::MonkeyScript script = soak::generateMonkey(options);
    ASSERT_GT(script.counts.longPauses, 0);
    EXPECT_EQ(countLines(script, "expect screen attract"),
              static_cast<std::size_t>(script.counts.longPauses));
    EXPECT_EQ(countLines(script, "expect lang en"),
              static_cast<std::size_t>(script.counts.longPauses));
    // ... and with every access mode a visitor chose ended, right after the language.
    EXPECT_EQ(countLines(script, "expect access none"),
              static_cast<std::size_t>(script.counts.longPauses));
    for (std::size_t i = 1; i < script.lines.size(); ++i) {
        if (script.lines[i] == "expect access none") {
            EXPECT_EQ(script.lines[i - 1], "expect lang en");
        }
    }
    // Each comes right after a wait longer than the idle timeout (90 s).
    for (std::size_t i = 1; i < script.lines.size(); ++i) {
        if (script.lines[i] == "expect screen attract") {
            const auto wait = script::parseScript(script.lines[i - 1]);
            ASSERT_TRUE(wait.ok());
            ASSERT_EQ(wait->size(), 1u);
            EXPECT_GT(std::get<script::Wait>((*wait)[0].command).duration.count(), 90.0);
        }
    }
}

TEST(Monkey, SwapsTakeTurnsAmongTheSticksThroughThePinAndSwitchNow) {
    const MonkeyOptions options = hourWithSwaps();
    const soak::MonkeyScript script = soak::generateMonkey(options);
    EXPECT_EQ(script.counts.swaps, 2);
    std::vector<std::string> inserted;
    for (const std::string& line : script.lines) {
        if (line.starts_with("usb-insert ")) {
            inserted.push_back(line.substr(11));
        }
    }
    EXPECT_EQ(inserted, (std::vector<std::string>{"sticks/A", "sticks/B"}));
    EXPECT_EQ(countLines(script, "tap-on Byt nu"), 2u);
    EXPECT_EQ(countLines(script, "usb-remove"), 2u);
    EXPECT_EQ(countLines(script, "expect text Vänortens bilder"), 1u);
    EXPECT_EQ(countLines(script, "tap-on 4"), 2u); // the PIN 1234, once a swap
}

TEST(Monkey, TapsKeepAwayFromTheStaffCornerAndInsideTheScreen) {
    MonkeyOptions options = hourWithSwaps();
    options.width = 1080;
    options.height = 1920;
    const soak::MonkeyScript script = soak::generateMonkey(options);
    const auto parsed = script::parseScript(soak::monkeyText(options, script));
    ASSERT_TRUE(parsed.ok());
    for (const script::Line& line : *parsed) {
        if (const auto* tap = std::get_if<script::Tap>(&line.command)) {
            EXPECT_FALSE(tap->x < 120 && tap->y < 120) << tap->x << "," << tap->y;
            EXPECT_TRUE(tap->x >= 0 && tap->x <= 1080 && tap->y >= 0 && tap->y <= 1920);
        }
        if (const auto* pinch = std::get_if<script::Pinch>(&line.command)) {
            const float half = std::max(pinch->fromPx, pinch->toPx) / 2;
            EXPECT_GE(pinch->centreX - half, 0);
            EXPECT_LE(pinch->centreX + half, 1080);
        }
    }
}

TEST(Monkey, VisitorsUseTheAccessibilityButtonsAndTheScreenReadersGestures) {
    MonkeyOptions options = hourWithSwaps();
    options.hours = 24;
    options.dayHours = 24;
    const soak::MonkeyScript script = soak::generateMonkey(options);
    const soak::MonkeyCounts& c = script.counts;
    EXPECT_GT(c.largerText, 0);
    EXPECT_GT(c.accessScreens, 0);
    EXPECT_GT(c.accessSwitches, c.accessScreens);
    EXPECT_GT(c.listens, 0);
    EXPECT_GT(c.zooms, 0);
    EXPECT_GT(c.readerHolds, 0);
    EXPECT_GT(c.readerChoices, 0);
    EXPECT_GT(countLines(script, "try-tap-on A+"), 0u);
    // In every language, as the visitor chose it, and each switch named with its state.
    for (const char* line : {"try-tap-on Tillgänglighet", "try-tap-on Accessibility",
                             "try-tap-on Доступность", "try-tap-on Större text: Av",
                             "try-tap-on Hög kontrast: Av", "try-tap-on Mindre rörelse: Av",
                             "try-tap-on Skärmläsare: Av", "try-tap-on Skärmläsare: På",
                             "try-tap-on Lyssna", "try-tap-on Förstora", "try-tap-on Förminska"}) {
        EXPECT_GT(countLines(script, line), 0u) << line;
    }
    // The screen reader's hold: two fingers that do not move for more than three seconds.
    const auto parsed = script::parseScript(soak::monkeyText(options, script));
    ASSERT_TRUE(parsed.ok()) << parsed.error().message;
    int holds = 0;
    for (const script::Line& line : *parsed) {
        if (const auto* pinch = std::get_if<script::Pinch>(&line.command);
            pinch != nullptr && pinch->fromPx == pinch->toPx) {
            EXPECT_GT(pinch->duration.count(), 3.0);
            ++holds;
        }
    }
    EXPECT_EQ(holds, c.readerHolds);
}

TEST(Monkey, LooksForTheWordsTheKioskShows) {
    using vitrin::ui::StringId;
    for (const core::Lang lang : core::kAllLangs) {
        const soak::VisitorWords& words = soak::visitorWords(lang);
        EXPECT_EQ(words.access, ui::tr(StringId::Access, lang));
        EXPECT_EQ(words.largerText, ui::tr(StringId::LargerText, lang));
        EXPECT_EQ(words.highContrast, ui::tr(StringId::HighContrast, lang));
        EXPECT_EQ(words.lessMotion, ui::tr(StringId::LessMotion, lang));
        EXPECT_EQ(words.screenReader, ui::tr(StringId::ScreenReader, lang));
        EXPECT_EQ(words.on, ui::tr(StringId::On, lang));
        EXPECT_EQ(words.off, ui::tr(StringId::Off, lang));
        EXPECT_EQ(words.listen, ui::tr(StringId::Listen, lang));
        EXPECT_EQ(words.stop, ui::tr(StringId::StopSpeech, lang));
        EXPECT_EQ(words.zoomIn, ui::tr(StringId::ZoomIn, lang));
        EXPECT_EQ(words.zoomOut, ui::tr(StringId::ZoomOut, lang));
    }
}

TEST(Monkey, NoVisitorLeavesTheKioskUntouchedPastTheIdleTimeoutExceptByWalkingAway) {
    // A try-tap-on that finds nothing touches nothing: after one, the visitor must touch the
    // screen again before the idle reset, or their next tap-on would find the attract loop.
    MonkeyOptions options = hourWithSwaps();
    options.hours = 48;
    const soak::MonkeyScript script = soak::generateMonkey(options);
    const auto parsed = script::parseScript(soak::monkeyText(options, script));
    ASSERT_TRUE(parsed.ok()) << parsed.error().message;
    double now = 0, lastTouch = 0;
    int resets = 0;
    for (const script::Line& line : *parsed) {
        const script::Command& command = line.command;
        if (now - lastTouch > options.idleTimeoutSeconds) {
            ASSERT_TRUE(std::holds_alternative<script::ExpectScreen>(command))
                << "line " << line.number << ": " << now - lastTouch << " s untouched";
            EXPECT_EQ(std::get<script::ExpectScreen>(command).name, "attract");
            ++resets;
            lastTouch = now;
        }
        if (const auto* wait = std::get_if<script::Wait>(&command)) {
            now += wait->duration.count();
        } else if (std::holds_alternative<script::TryTapOn>(command)) {
            now += 0.1;
        } else if (const auto* press = std::get_if<script::LongPress>(&command)) {
            now += press->duration.count();
            lastTouch = now;
        } else if (const auto* swipe = std::get_if<script::Swipe>(&command)) {
            now += swipe->duration.count();
            lastTouch = now;
        } else if (const auto* pinch = std::get_if<script::Pinch>(&command)) {
            now += pinch->duration.count();
            lastTouch = now;
        } else if (std::holds_alternative<script::Tap>(command) ||
                   std::holds_alternative<script::TapOn>(command) ||
                   std::holds_alternative<script::Key>(command)) {
            now += 0.1;
            lastTouch = now;
        }
    }
    EXPECT_EQ(resets, script.counts.longPauses);
}
