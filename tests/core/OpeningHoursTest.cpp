#include "core/OpeningHours.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <string>

using namespace vitrin::core;

namespace {

constexpr int kMon = 0, kTue = 1, kFri = 4, kSat = 5, kSun = 6;

int at(int hour, int minute = 0) {
    return hour * 60 + minute;
}

DayHours hoursOf(const char* text) {
    const auto hours = parseDayHours(text);
    EXPECT_TRUE(hours) << text;
    return hours.value_or(DayHours{});
}

// Strömsund's kommunkontor: weekdays 08:00-17:00, Saturday 10:00-14:00, closed on Sunday.
OpeningHours office() {
    OpeningHours hours;
    for (int day = kMon; day <= kFri; ++day) {
        hours.days.at(static_cast<size_t>(day)) = hoursOf("08:00-17:00");
    }
    hours.days.at(kSat) = hoursOf("10:00-14:00");
    hours.days.at(kSun) = DayHours::closedAllDay();
    return hours;
}

} // namespace

TEST(OpeningHours, ParsesRangesClosedAndMidnightAndRefusesTheRest) {
    EXPECT_EQ(parseDayHours("08:00-17:00"), (DayHours{at(8), at(17)}));
    EXPECT_EQ(parseDayHours("closed"), DayHours::closedAllDay());
    EXPECT_TRUE(parseDayHours("00:00-24:00")->isAllDay());
    EXPECT_EQ(parseDayHours("18:00-00:00"), (DayHours{at(18), kMinutesPerDay}));
    EXPECT_EQ(parseDayHours("22:00-02:00"), (DayHours{at(22), at(2)}));
    for (const char* bad : {"", "8:00-17:00", "08:00–17:00", "08:00 - 17:00", "08:60-17:00",
                            "25:00-26:00", "24:00-06:00", "08:00-08:00", "24:30-01:00", "Closed",
                            "stängt", "08.00-17.00", "+8:00-17:00", "08:00-17:00x"}) {
        EXPECT_FALSE(parseDayHours(bad)) << bad;
    }
    for (const char* text : {"08:00-17:00", "closed", "22:00-02:00", "00:00-24:00"}) {
        EXPECT_EQ(formatDayHours(*parseDayHours(text)), text);
    }
}

TEST(OpeningHours, OpenFromTheOpeningMinuteUntilTheClosingMinute) {
    const OpeningHours hours = office();
    EXPECT_FALSE(isOpen(hours, {kMon, at(7, 59)}));
    EXPECT_TRUE(isOpen(hours, {kMon, at(8)}));
    EXPECT_TRUE(isOpen(hours, {kMon, at(16, 59)}));
    EXPECT_FALSE(isOpen(hours, {kMon, at(17)}));
    EXPECT_FALSE(isOpen(hours, {kFri, at(23, 59)}));
    EXPECT_TRUE(isOpen(hours, {kSat, at(12)}));
    EXPECT_FALSE(isOpen(hours, {kSat, at(14)}));
}

TEST(OpeningHours, AClosedDayIsClosedAllDayAndAMissingDayOpenAllDay) {
    OpeningHours hours = office();
    for (int minute : {0, at(8), at(12), at(23, 59)}) {
        EXPECT_FALSE(isOpen(hours, {kSun, minute})) << minute;
    }
    hours.days.at(kTue) = DayHours{}; // not given in settings.toml
    for (int minute : {0, at(3), at(12), at(23, 59)}) {
        EXPECT_TRUE(isOpen(hours, {kTue, minute})) << minute;
    }
    EXPECT_TRUE(OpeningHours{}.isAlwaysOpen());
    EXPECT_FALSE(hours.isAlwaysOpen());
}

TEST(OpeningHours, HoursPastMidnightCarryIntoTheNextDayAcrossTheWeekEnd) {
    OpeningHours hours;
    hours.days.fill(DayHours::closedAllDay());
    hours.days.at(kSun) = hoursOf("22:00-02:00"); // a late opening on Sunday
    EXPECT_FALSE(isOpen(hours, {kSun, at(21, 59)}));
    EXPECT_TRUE(isOpen(hours, {kSun, at(23, 59)}));
    EXPECT_TRUE(isOpen(hours, {kMon, 0}));         // Monday, the week's first day
    EXPECT_TRUE(isOpen(hours, {kMon, at(1, 59)})); // still Sunday's opening
    EXPECT_FALSE(isOpen(hours, {kMon, at(2)}));
    EXPECT_FALSE(isOpen(hours, {kSun, at(1)})); // Saturday was closed: nothing carries over
    hours.days.at(kMon) = hoursOf("18:00-24:00");
    EXPECT_TRUE(isOpen(hours, {kMon, at(23, 59)}));
    EXPECT_FALSE(isOpen(hours, {kTue, 0})); // 24:00 ends at midnight
}

TEST(OpeningHours, LocalTimeFollowsSummerTime) {
    const char* before = std::getenv("TZ");
    const std::string saved = before ? before : "";
    setenv("TZ", "Europe/Stockholm", 1);
    tzset();
    // 2026-03-29, the night summer time begins: 00:30 UTC is 01:30 CET, 01:30 UTC is 03:30 CEST.
    EXPECT_EQ(localMoment(1774744200).minute, at(1, 30));
    const LocalMoment summer = localMoment(1774744200 + 3600);
    EXPECT_EQ(summer.weekday, kSun);
    EXPECT_EQ(summer.minute, at(3, 30));
    // 2026-10-25, the night it ends: 00:30 and 01:30 UTC are both 02:30 local.
    EXPECT_EQ(localMoment(1792888200).minute, at(2, 30));
    EXPECT_EQ(localMoment(1792888200 + 3600).minute, at(2, 30));
    // Monday 2026-11-30 07:30 UTC is 08:30 CET: open at the office.
    const LocalMoment monday = localMoment(1796023800);
    EXPECT_EQ(monday.weekday, kMon);
    EXPECT_EQ(monday.minute, at(8, 30));
    EXPECT_TRUE(isOpen(office(), monday));
    if (before) {
        setenv("TZ", saved.c_str(), 1);
    } else {
        unsetenv("TZ");
    }
    tzset();
}

TEST(OpeningHours, ATouchWhileClosedLightsTheScreenForFiveMinutes) {
    ScreenSchedule schedule(office());
    const LocalMoment evening{kMon, at(20)};
    EXPECT_TRUE(schedule.screenOn({kMon, at(9)}, TimePoint(0)));
    EXPECT_FALSE(schedule.screenOn(evening, TimePoint(100)));
    schedule.touched(TimePoint(100));
    EXPECT_TRUE(schedule.screenOn(evening, TimePoint(100)));
    EXPECT_TRUE(schedule.screenOn(evening, TimePoint(100 + 299)));
    EXPECT_FALSE(schedule.screenOn(evening, TimePoint(100 + 300)));
    schedule.touched(TimePoint(350)); // another touch extends it
    EXPECT_TRUE(schedule.screenOn(evening, TimePoint(600)));
    EXPECT_FALSE(schedule.screenOn(evening, TimePoint(650)));
}
