#include "soak/Monkey.h"

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
