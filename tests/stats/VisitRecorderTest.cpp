#include "stats/VisitRecorder.h"

#include <gtest/gtest.h>

namespace vitrin::stats {
namespace {

using core::Lang;
using core::TimePoint;

Place home() {
    return Place{Place::Kind::Screen, "home", "Start", ""};
}
Place gallery() {
    return Place{Place::Kind::Screen, "gallery/1-Barn", "Barnens Irkutsk", "Barnens Irkutsk"};
}
Place picture(int n) {
    return Place{Place::Kind::Item, "1-Barn/" + std::to_string(n) + ".jpg",
                 "Bild " + std::to_string(n), "Barnens Irkutsk"};
}

Sample at(const Place& place, double lastTouch, Lang lang = Lang::Sv, bool zoomed = false) {
    return Sample{false, place, lang, zoomed, TimePoint(lastTouch)};
}
Sample attract(double lastTouch) {
    Sample sample;
    sample.lastTouch = TimePoint(lastTouch);
    return sample;
}

TEST(VisitRecorder, NothingIsRecordedWhileTheAttractLoopRuns) {
    VisitRecorder recorder;
    EXPECT_FALSE(recorder.observe(TimePoint(1), attract(0)));
    EXPECT_FALSE(recorder.observe(TimePoint(500), attract(0)));
    EXPECT_FALSE(recorder.inVisit());
}

TEST(VisitRecorder, AVisitRunsFromTheFirstTouchToTheLastAndEndsAtTheReset) {
    VisitRecorder recorder;
    EXPECT_FALSE(recorder.observe(TimePoint(10), at(home(), 10)));
    EXPECT_TRUE(recorder.inVisit());
    EXPECT_FALSE(recorder.observe(TimePoint(15), at(gallery(), 15)));
    EXPECT_FALSE(recorder.observe(TimePoint(20), at(picture(3), 20)));
    EXPECT_FALSE(recorder.observe(TimePoint(50), at(picture(4), 50, Lang::En)));
    EXPECT_FALSE(recorder.observe(TimePoint(60), at(picture(4), 62, Lang::En)));
    // The idle reset, long after the last touch: the wait is not counted.
    const auto visit = recorder.observe(TimePoint(152), attract(62));
    ASSERT_TRUE(visit);
    EXPECT_FALSE(recorder.inVisit());
    EXPECT_DOUBLE_EQ(visit->seconds, 52);
    EXPECT_DOUBLE_EQ(visit->start.count(), 10);
    EXPECT_EQ(visit->lang, Lang::En);
    EXPECT_FALSE(visit->zoomed);
    ASSERT_EQ(visit->places.size(), 4u);
    EXPECT_EQ(visit->places[0].place, home());
    EXPECT_DOUBLE_EQ(visit->places[0].seconds, 5);
    EXPECT_DOUBLE_EQ(visit->places[1].seconds, 5);
    EXPECT_DOUBLE_EQ(visit->places[2].seconds, 30);
    // The last place counts up to the last touch.
    EXPECT_DOUBLE_EQ(visit->places[3].seconds, 12);
    EXPECT_EQ(visit->places[3].opens, 1);
}

TEST(VisitRecorder, APlaceOpenedAgainAddsUp) {
    VisitRecorder recorder;
    recorder.observe(TimePoint(0), at(gallery(), 0));
    recorder.observe(TimePoint(2), at(picture(1), 2));
    recorder.observe(TimePoint(12), at(gallery(), 12));
    recorder.observe(TimePoint(14), at(picture(1), 14));
    recorder.observe(TimePoint(20), at(picture(1), 20, Lang::Sv, true));
    const auto visit = recorder.observe(TimePoint(200), attract(20));
    ASSERT_TRUE(visit);
    ASSERT_EQ(visit->places.size(), 2u);
    EXPECT_EQ(visit->places[1].opens, 2);
    EXPECT_DOUBLE_EQ(visit->places[1].seconds, 16);
    EXPECT_EQ(visit->places[0].opens, 2);
    EXPECT_DOUBLE_EQ(visit->places[0].seconds, 4);
    EXPECT_TRUE(visit->zoomed);
}

TEST(VisitRecorder, ADiscardedVisitLeavesNothing) {
    VisitRecorder recorder;
    recorder.observe(TimePoint(0), at(home(), 0));
    recorder.discard();
    EXPECT_FALSE(recorder.observe(TimePoint(100), attract(3)));
}

TEST(VisitRecorder, ATapThatOnlyWakesTheKioskIsAVisitOfNoLength) {
    VisitRecorder recorder;
    recorder.observe(TimePoint(5), at(home(), 5));
    const auto visit = recorder.observe(TimePoint(95), attract(5));
    ASSERT_TRUE(visit);
    EXPECT_DOUBLE_EQ(visit->seconds, 0);
    ASSERT_EQ(visit->places.size(), 1u);
    EXPECT_EQ(visit->places[0].opens, 1);
}

} // namespace
} // namespace vitrin::stats
