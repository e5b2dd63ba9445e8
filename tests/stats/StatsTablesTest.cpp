#include "stats/StatsTables.h"

#include <gtest/gtest.h>

namespace vitrin::stats {
namespace {

StatsTables sample(const std::string& kiosk, const std::string& exported, const std::string& venue,
                   int visits) {
    StatsTables tables;
    tables.kiosk = kiosk;
    tables.exported = exported;
    tables.days.push_back(DayRow{"2026-12-01", venue, visits, 60.5 * visits, visits, 0, 0, 1});
    tables.hours.push_back(HourRow{venue, 13, visits});
    tables.places.push_back(PlaceRow{venue, true, "1-Barn/babr.jpg", "Babr; \"tigern\"",
                                     "Barnens Irkutsk", visits, 9.5});
    tables.places.push_back(PlaceRow{venue, false, "home", "Start", "", visits, 2});
    return tables;
}

TEST(StatsTables, JsonRoundTrip) {
    const StatsTables tables = sample("abc", "2026-12-02 10:00", "Biblioteket", 4);
    auto read = tablesFromJson(toJson(tables));
    ASSERT_TRUE(read) << read.error().message;
    EXPECT_EQ(toJson(*read), toJson(tables));
    EXPECT_EQ(read->places[0].title, "Babr; \"tigern\"");
    EXPECT_TRUE(read->places[0].isItem);
    EXPECT_FALSE(read->places[1].isItem);
}

TEST(StatsTables, BadJsonIsAnErrorNotACrash) {
    EXPECT_FALSE(tablesFromJson(""));
    EXPECT_FALSE(tablesFromJson("[]"));
    EXPECT_FALSE(tablesFromJson(R"({"format":"other"})"));
    EXPECT_FALSE(tablesFromJson(R"({"format":"vitrin-statistics-1","kiosk":"a","exported":"",)"
                                R"("days":[{"day":"x","venue":"v","visits":-1,"seconds":0,)"
                                R"("sv":0,"en":0,"ru":0,"zoomed":0}],"hours":[],"places":[]})"));
    EXPECT_FALSE(tablesFromJson(R"({"format":"vitrin-statistics-1","kiosk":"a","exported":"",)"
                                R"("days":[],"hours":[{"venue":"v","hour":24,"visits":1}],)"
                                R"("places":[]})"));
}

TEST(StatsTables, MergeAddsVenuesAndKeepsOnlyTheNewestExportOfAKiosk) {
    const StatsTables older = sample("k1", "2026-11-01 10:00", "Biblioteket", 3);
    const StatsTables newer = sample("k1", "2026-12-01 10:00", "Biblioteket", 5);
    const StatsTables other = sample("k2", "2026-12-01 09:00", "Kommunhuset", 2);
    const StatsTables merged = merge({newer, other, older});
    EXPECT_EQ(merged.totalVisits(), 7);
    EXPECT_EQ(merged.venues(), (std::vector<std::string>{"Biblioteket", "Kommunhuset"}));
    EXPECT_TRUE(merged.kiosk.empty());
    EXPECT_EQ(merged.exported, "2026-12-01 10:00");
    ASSERT_EQ(merged.days.size(), 2u);
    EXPECT_EQ(merged.days[0].visits, 5);
    EXPECT_EQ(merged.days[1].visits, 2);
    const std::vector<TopItem> top = topItems(merged, 10);
    ASSERT_EQ(top.size(), 1u);
    EXPECT_EQ(top[0].opens, 7);
}

TEST(StatsTables, TwoKiosksAtOneVenueAddUp) {
    const StatsTables merged = merge({sample("k1", "2026-12-01 10:00", "Biblioteket", 3),
                                      sample("k2", "2026-12-01 10:00", "Biblioteket", 4)});
    ASSERT_EQ(merged.days.size(), 1u);
    EXPECT_EQ(merged.days[0].visits, 7);
    EXPECT_DOUBLE_EQ(merged.days[0].seconds, 60.5 * 7);
    ASSERT_EQ(merged.hours.size(), 1u);
    EXPECT_EQ(merged.hours[0].visits, 7);
}

} // namespace
} // namespace vitrin::stats
