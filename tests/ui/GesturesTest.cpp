#include "ui/Gestures.h"

#include <gtest/gtest.h>

using namespace vitrin::ui;
using Phase = PointerEvent::Phase;

namespace {
PointerEvent at(std::int64_t id, Phase phase, float x, float y, double t) {
    return PointerEvent{id, phase, {x, y}, vitrin::core::TimePoint(t)};
}
} // namespace

TEST(Gestures, QuickPressIsATap) {
    GestureRecognizer recognizer;
    EXPECT_TRUE(recognizer.feed(at(1, Phase::Down, 100, 100, 0)).empty());
    recognizer.feed(at(1, Phase::Move, 105, 103, 0.05));
    auto gestures = recognizer.feed(at(1, Phase::Up, 105, 103, 0.1));
    ASSERT_EQ(gestures.size(), 1u);
    EXPECT_FLOAT_EQ(std::get<Tap>(gestures[0]).pos.x, 100);
}

TEST(Gestures, SecondQuickTapIsADoubleTap) {
    GestureRecognizer recognizer;
    recognizer.feed(at(1, Phase::Down, 100, 100, 0));
    recognizer.feed(at(1, Phase::Up, 100, 100, 0.05));
    recognizer.feed(at(2, Phase::Down, 110, 100, 0.2));
    auto gestures = recognizer.feed(at(2, Phase::Up, 110, 100, 0.25));
    ASSERT_EQ(gestures.size(), 1u);
    EXPECT_TRUE(std::holds_alternative<DoubleTap>(gestures[0]));
    // A third tap starts over.
    recognizer.feed(at(3, Phase::Down, 110, 100, 0.3));
    gestures = recognizer.feed(at(3, Phase::Up, 110, 100, 0.35));
    EXPECT_TRUE(std::holds_alternative<Tap>(gestures[0]));
}

TEST(Gestures, HeldStillIsALongPressAndNotATap) {
    GestureRecognizer recognizer;
    recognizer.feed(at(1, Phase::Down, 50, 50, 0));
    EXPECT_TRUE(recognizer.update(vitrin::core::TimePoint(0.5)).empty());
    auto gestures = recognizer.update(vitrin::core::TimePoint(0.75));
    ASSERT_EQ(gestures.size(), 1u);
    EXPECT_TRUE(std::holds_alternative<LongPress>(gestures[0]));
    EXPECT_TRUE(recognizer.feed(at(1, Phase::Up, 50, 50, 1.0)).empty());
}

TEST(Gestures, MovingBeyondSlopIsAPanWithVelocity) {
    GestureRecognizer recognizer;
    recognizer.feed(at(1, Phase::Down, 500, 300, 0));
    auto began = recognizer.feed(at(1, Phase::Move, 450, 300, 1.0 / 60));
    ASSERT_EQ(began.size(), 1u);
    EXPECT_EQ(std::get<Pan>(began[0]).phase, GesturePhase::Began);
    for (int i = 2; i <= 10; ++i) {
        auto moved =
            recognizer.feed(at(1, Phase::Move, 500 - 50.0f * static_cast<float>(i), 300, i / 60.0));
        EXPECT_EQ(std::get<Pan>(moved[0]).phase, GesturePhase::Moved);
        EXPECT_FLOAT_EQ(std::get<Pan>(moved[0]).delta.x, -50);
    }
    auto ended = recognizer.feed(at(1, Phase::Up, 0, 300, 10 / 60.0));
    ASSERT_EQ(ended.size(), 1u);
    const Pan& pan = std::get<Pan>(ended[0]);
    EXPECT_EQ(pan.phase, GesturePhase::Ended);
    EXPECT_NEAR(pan.velocity.x, -3000, 300); // 50 px a frame
}

TEST(Gestures, FingerThatRestsBeforeLiftingDoesNotFling) {
    GestureRecognizer recognizer;
    recognizer.feed(at(1, Phase::Down, 500, 300, 0));
    recognizer.feed(at(1, Phase::Move, 400, 300, 0.05));
    auto ended = recognizer.feed(at(1, Phase::Up, 400, 300, 0.5));
    EXPECT_FLOAT_EQ(std::get<Pan>(ended[0]).velocity.x, 0);
}

TEST(Gestures, TwoFingersPinchAndNeverTap) {
    GestureRecognizer recognizer;
    recognizer.feed(at(1, Phase::Down, 400, 500, 0));
    auto began = recognizer.feed(at(2, Phase::Down, 600, 500, 0.01));
    EXPECT_EQ(std::get<Pinch>(began[0]).phase, GesturePhase::Began);
    recognizer.feed(at(1, Phase::Move, 300, 500, 0.1));
    auto moved = recognizer.feed(at(2, Phase::Move, 700, 500, 0.1));
    EXPECT_FLOAT_EQ(std::get<Pinch>(moved[0]).scale, 2.0f);
    EXPECT_FLOAT_EQ(std::get<Pinch>(moved[0]).centre.x, 500);
    auto ended = recognizer.feed(at(1, Phase::Up, 300, 500, 0.2));
    EXPECT_EQ(std::get<Pinch>(ended[0]).phase, GesturePhase::Ended);
    EXPECT_TRUE(recognizer.feed(at(2, Phase::Up, 700, 500, 0.25)).empty());
}

TEST(Gestures, ThresholdsScaleWithTheLayout) {
    GestureRecognizer recognizer(2.0f); // a 4K layout: the same finger covers twice the pixels
    recognizer.feed(at(1, Phase::Down, 100, 100, 0));
    EXPECT_TRUE(recognizer.feed(at(1, Phase::Move, 140, 100, 0.05)).empty());
    auto gestures = recognizer.feed(at(1, Phase::Up, 140, 100, 0.1));
    EXPECT_TRUE(std::holds_alternative<Tap>(gestures[0]));
}

TEST(Gestures, CancelAllEndsAPanAsCancelledAndNeverTaps) {
    GestureRecognizer recognizer;
    recognizer.feed(at(1, Phase::Down, 500, 300, 0));
    recognizer.feed(at(1, Phase::Move, 400, 300, 0.05));
    auto cancelled = recognizer.feed(at(PointerEvent::kAllPointers, Phase::Cancel, 0, 0, 0.1));
    ASSERT_EQ(cancelled.size(), 1u);
    EXPECT_EQ(std::get<Pan>(cancelled[0]).phase, GesturePhase::Cancelled);
    EXPECT_FALSE(recognizer.isTouching());
    // The finger-up that follows belongs to nothing.
    EXPECT_TRUE(recognizer.feed(at(1, Phase::Up, 400, 300, 0.15)).empty());
}

TEST(Gestures, CancelAllEndsAPinchOnceAndThenAFingerTaps) {
    GestureRecognizer recognizer;
    recognizer.feed(at(1, Phase::Down, 400, 500, 0));
    recognizer.feed(at(2, Phase::Down, 600, 500, 0.01));
    auto cancelled = recognizer.feed(at(PointerEvent::kAllPointers, Phase::Cancel, 0, 0, 0.1));
    ASSERT_EQ(cancelled.size(), 1u);
    EXPECT_EQ(std::get<Pinch>(cancelled[0]).phase, GesturePhase::Cancelled);
    EXPECT_FALSE(recognizer.isTouching());
    recognizer.feed(at(3, Phase::Down, 100, 100, 0.2));
    auto gestures = recognizer.feed(at(3, Phase::Up, 100, 100, 0.25));
    ASSERT_EQ(gestures.size(), 1u);
    EXPECT_TRUE(std::holds_alternative<Tap>(gestures[0]));
}

TEST(Gestures, ACancelledPressIsNoTap) {
    GestureRecognizer recognizer;
    recognizer.feed(at(PointerEvent::kMouseId, Phase::Down, 100, 100, 0));
    EXPECT_TRUE(recognizer.feed(at(PointerEvent::kMouseId, Phase::Cancel, 100, 100, 0.05)).empty());
    EXPECT_FALSE(recognizer.isTouching());
}

TEST(Gestures, APointerWithoutEventsForLongIsCancelled) {
    GestureRecognizer recognizer;
    const double stale = GestureThresholds{}.stalePointerSeconds;
    recognizer.feed(at(1, Phase::Down, 500, 300, 0));
    recognizer.feed(at(1, Phase::Move, 400, 300, 0.05)); // a pan whose finger-up is lost
    EXPECT_TRUE(recognizer.update(vitrin::core::TimePoint(0.05 + stale - 0.5)).empty());
    EXPECT_TRUE(recognizer.isTouching());
    auto cancelled = recognizer.update(vitrin::core::TimePoint(0.05 + stale));
    ASSERT_EQ(cancelled.size(), 1u);
    EXPECT_EQ(std::get<Pan>(cancelled[0]).phase, GesturePhase::Cancelled);
    EXPECT_FALSE(recognizer.isTouching());
}

TEST(Gestures, AFingerHeldStillStaysDownLongAfterItsLongPress) {
    GestureRecognizer recognizer;
    recognizer.feed(at(1, Phase::Down, 50, 50, 0));
    auto gestures = recognizer.update(vitrin::core::TimePoint(0.75));
    ASSERT_EQ(gestures.size(), 1u);
    EXPECT_TRUE(std::holds_alternative<LongPress>(gestures[0]));
    EXPECT_TRUE(recognizer.update(vitrin::core::TimePoint(10)).empty());
    EXPECT_TRUE(recognizer.isTouching());
}

TEST(Gestures, ANewFingerDoesNotPinchWithAStaleOne) {
    GestureRecognizer recognizer;
    const double stale = GestureThresholds{}.stalePointerSeconds;
    recognizer.feed(at(1, Phase::Down, 400, 500, 0)); // its finger-up never comes
    // No update() in between: the loop slept until the next finger.
    EXPECT_TRUE(recognizer.feed(at(2, Phase::Down, 900, 500, stale + 1)).empty());
    auto gestures = recognizer.feed(at(2, Phase::Up, 900, 500, stale + 1.05));
    ASSERT_EQ(gestures.size(), 1u);
    EXPECT_FLOAT_EQ(std::get<Tap>(gestures[0]).pos.x, 900);
    EXPECT_FALSE(recognizer.isTouching());
}

TEST(Gestures, AFingerLeftFromAPinchWithALostUpGoesStale) {
    GestureRecognizer recognizer;
    const double stale = GestureThresholds{}.stalePointerSeconds;
    recognizer.feed(at(1, Phase::Down, 400, 500, 0));
    recognizer.feed(at(2, Phase::Down, 600, 500, 0.01));
    recognizer.feed(at(2, Phase::Up, 600, 500, 0.5)); // finger 1's up is lost
    EXPECT_TRUE(recognizer.update(vitrin::core::TimePoint(stale)).empty());
    EXPECT_FALSE(recognizer.isTouching());
    recognizer.feed(at(3, Phase::Down, 100, 100, stale + 1));
    auto gestures = recognizer.feed(at(3, Phase::Up, 100, 100, stale + 1.05));
    ASSERT_EQ(gestures.size(), 1u);
    EXPECT_TRUE(std::holds_alternative<Tap>(gestures[0]));
}

namespace {
// Taps at (x, y) every `spacing` seconds from t; returns the gestures of all of them.
std::vector<Gesture> taps(GestureRecognizer& recognizer, int count, float x, float y, double& t,
                          double spacing) {
    std::vector<Gesture> all;
    for (int i = 0; i < count; ++i) {
        recognizer.feed(at(100 + i, Phase::Down, x, y, t));
        for (const Gesture& g : recognizer.feed(at(100 + i, Phase::Up, x, y, t + 0.05))) {
            all.push_back(g);
        }
        t += spacing;
    }
    return all;
}

int staffCalls(const std::vector<Gesture>& gestures) {
    int calls = 0;
    for (const Gesture& g : gestures) {
        calls += std::holds_alternative<StaffCall>(g) ? 1 : 0;
    }
    return calls;
}
} // namespace

TEST(Gestures, FiveQuickTapsInTheTopLeftCornerCallStaff) {
    GestureRecognizer recognizer;
    double t = 0;
    const auto gestures = taps(recognizer, 5, 20, 30, t, 0.25);
    EXPECT_EQ(staffCalls(gestures), 1);
    // Each tap is still a tap (or a double tap) for the screen beneath.
    EXPECT_EQ(gestures.size(), 6u);
    EXPECT_TRUE(std::holds_alternative<StaffCall>(gestures.back()));
}

TEST(Gestures, FourTapsOrSlowTapsOrTapsElsewhereDoNotCallStaff) {
    GestureRecognizer recognizer;
    double t = 0;
    EXPECT_EQ(staffCalls(taps(recognizer, 4, 20, 30, t, 0.25)), 0);
    t += 5;
    EXPECT_EQ(staffCalls(taps(recognizer, 5, 20, 30, t, 0.8)), 0); // 3.2 s from first to last
    t += 5;
    EXPECT_EQ(staffCalls(taps(recognizer, 5, 100, 30, t, 0.25)), 0); // outside the corner
    t += 5;
    // A tap elsewhere in between breaks the row.
    std::vector<Gesture> all = taps(recognizer, 3, 20, 30, t, 0.25);
    taps(recognizer, 1, 900, 500, t, 0.25);
    for (const Gesture& g : taps(recognizer, 2, 20, 30, t, 0.25)) {
        all.push_back(g);
    }
    EXPECT_EQ(staffCalls(all), 0);
}

TEST(Gestures, ASwipeOrLongPressBreaksTheStaffCall) {
    GestureRecognizer recognizer;
    double t = 0;
    std::vector<Gesture> all = taps(recognizer, 3, 10, 10, t, 0.2);
    recognizer.feed(at(1, Phase::Down, 10, 10, t));
    recognizer.feed(at(1, Phase::Move, 10, 200, t + 0.05));
    recognizer.feed(at(1, Phase::Up, 10, 200, t + 0.1));
    t += 0.2;
    for (const Gesture& g : taps(recognizer, 2, 10, 10, t, 0.2)) {
        all.push_back(g);
    }
    EXPECT_EQ(staffCalls(all), 0);
    // The corner is scaled with the layout: at 4K (scale 2) it is 80 px.
    GestureRecognizer large(2.0f);
    t += 5;
    EXPECT_EQ(staffCalls(taps(large, 5, 70, 70, t, 0.2)), 1);
}

TEST(Gestures, TwoFingersHeldStillTurnTheScreenReaderOnAfterThreeSeconds) {
    GestureRecognizer recognizer;
    recognizer.feed(at(1, Phase::Down, 400, 500, 0));
    recognizer.feed(at(2, Phase::Down, 600, 500, 0.05));
    EXPECT_TRUE(recognizer.update(vitrin::core::TimePoint(2.9)).empty());
    const auto gestures = recognizer.update(vitrin::core::TimePoint(3.1));
    ASSERT_EQ(gestures.size(), 2u);
    // The pinch the fingers began ends first, so no screen is left mid-pinch.
    ASSERT_TRUE(std::holds_alternative<Pinch>(gestures[0]));
    EXPECT_EQ(std::get<Pinch>(gestures[0]).phase, GesturePhase::Cancelled);
    EXPECT_TRUE(std::holds_alternative<TwoFingerHold>(gestures[1]));
    // Once only, and lifting the fingers then makes nothing.
    EXPECT_TRUE(recognizer.update(vitrin::core::TimePoint(5)).empty());
    EXPECT_TRUE(recognizer.feed(at(1, Phase::Up, 400, 500, 5.1)).empty());
    EXPECT_TRUE(recognizer.feed(at(2, Phase::Up, 600, 500, 5.1)).empty());
}

TEST(Gestures, APinchThatMovesIsNeverATwoFingerHold) {
    GestureRecognizer recognizer;
    recognizer.feed(at(1, Phase::Down, 400, 500, 0));
    recognizer.feed(at(2, Phase::Down, 600, 500, 0.05));
    recognizer.feed(at(2, Phase::Move, 700, 500, 1));
    for (const Gesture& gesture : recognizer.update(vitrin::core::TimePoint(4))) {
        EXPECT_FALSE(std::holds_alternative<TwoFingerHold>(gesture));
    }
}
