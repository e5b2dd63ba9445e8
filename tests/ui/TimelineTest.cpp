// The timeline's line of years: spaced by time, and entries without a year grouped by theme.

#include "FakeMeasurer.h"
#include "ui/Kiosk.h"
#include "ui/TimelineScreen.h"

#include <gtest/gtest.h>

using namespace vitrin;
using namespace vitrin::ui;

namespace {

content::Item entry(const std::string& year, const std::string& title,
                    const std::string& theme = {}) {
    content::Item item;
    item.year = year;
    item.title = core::LocalText::same(title);
    item.theme = core::LocalText::same(theme);
    return item;
}

content::Exhibition history() {
    content::Exhibition exhibition;
    content::Section timeline;
    timeline.title = core::LocalText::same("Historia");
    timeline.kind = content::SectionKind::Timeline;
    timeline.items = {entry("1999", "A"),           entry("2000", "B"),
                      entry("2000", "C"),           entry("2006", "D"),
                      entry("", "E", "Utbildning"), entry("", "F", "Kultur"),
                      entry("", "G", "Utbildning")};
    exhibition.sections = {timeline};
    return exhibition;
}

constexpr float kCard = 100, kGap = 10;

std::vector<content::Item> items() {
    return history().sections[0].items;
}

float xOf(const TimelinePlan& plan, size_t item) {
    for (const TimelinePlan::Card& card : plan.cards) {
        if (card.item == item) {
            return card.x;
        }
    }
    ADD_FAILURE() << "no card for item " << item;
    return 0;
}

TEST(Timeline, YearsWithoutEntriesWidenTheGapAndAYearIsWrittenOnce) {
    const TimelinePlan plan = planTimeline(items(), core::Lang::Sv, kCard, kGap);
    ASSERT_EQ(plan.cards.size(), 7u);
    EXPECT_FLOAT_EQ(xOf(plan, 1) - xOf(plan, 0), kCard + kGap); // 1999, 2000: next to each other
    EXPECT_FLOAT_EQ(xOf(plan, 2) - xOf(plan, 1), kCard + kGap); // the same year
    // 2000 to 2006: five empty years, of which four widen the gap, each marked by a tick.
    EXPECT_FLOAT_EQ(xOf(plan, 3) - xOf(plan, 2), kCard + kGap + kMaxEmptyYears * 0.2f * kCard);
    EXPECT_EQ(plan.emptyYearTicks.size(), static_cast<size_t>(kMaxEmptyYears));
    EXPECT_EQ(plan.cards[0].label, "1999");
    EXPECT_EQ(plan.cards[1].label, "2000");
    EXPECT_EQ(plan.cards[2].label, ""); // 2000 again: written once
    EXPECT_FLOAT_EQ(plan.axisEnd, xOf(plan, 3) + kCard);
}

TEST(Timeline, EntriesWithoutAYearFollowGroupedByThemeInOrderOfAppearance) {
    const TimelinePlan plan = planTimeline(items(), core::Lang::Sv, kCard, kGap);
    EXPECT_LT(xOf(plan, 3), xOf(plan, 4));
    EXPECT_LT(xOf(plan, 4), xOf(plan, 6)); // G joins E's theme ...
    EXPECT_LT(xOf(plan, 6), xOf(plan, 5)); // ... before the next theme starts
    EXPECT_FALSE(plan.cards[4].onAxis);
    EXPECT_EQ(plan.cards[4].label, "Utbildning");
    EXPECT_EQ(plan.cards[5].label, "");
    EXPECT_EQ(plan.cards[6].label, "Kultur");
    EXPECT_FLOAT_EQ(plan.width, xOf(plan, 5) + kCard);
}

TEST(Timeline, TheScreenWritesEachYearOnce) {
    Layout layout;
    testdoubles::FakeMeasurer measurer{layout};
    Kiosk kiosk{history(), layout, measurer, core::TimePoint(0), "2026-11-26"};
    kiosk.dispatch(Wake{});
    kiosk.dispatch(OpenSection{0});
    ASSERT_EQ(kiosk.screenName(), "timeline");
    int twoThousand = 0;
    for (const Element& element : kiosk.scene().elements) {
        const auto* text = std::get_if<TextElement>(&element);
        twoThousand += text != nullptr && text->text == "2000" ? 1 : 0;
    }
    EXPECT_EQ(twoThousand, 1);
}

} // namespace
