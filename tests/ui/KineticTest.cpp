#include "ui/Kinetic.h"

#include <gtest/gtest.h>

using vitrin::core::TimePoint;
using vitrin::ui::Kinetic;

TEST(Kinetic, DragFollowsTheFingerWithinRange) {
    Kinetic scroll;
    scroll.setRange(0, 1000);
    scroll.drag(300);
    EXPECT_FLOAT_EQ(scroll.offset(), 300);
    scroll.drag(-500);
    EXPECT_FLOAT_EQ(scroll.offset(), 0);
    scroll.drag(5000);
    EXPECT_FLOAT_EQ(scroll.offset(), 1000);
}

TEST(Kinetic, FlingGlidesAndSlowsDown) {
    Kinetic scroll;
    scroll.setRange(0, 100000);
    scroll.release(2000, TimePoint(0));
    ASSERT_TRUE(scroll.isMoving());
    scroll.update(TimePoint(0.1));
    const float early = scroll.offset();
    scroll.update(TimePoint(0.2));
    const float later = scroll.offset();
    EXPECT_GT(early, 0);
    EXPECT_LT(later - early, early); // the second 0.1 s covers less than the first
    scroll.update(TimePoint(5));
    EXPECT_FALSE(scroll.isMoving());
    EXPECT_NEAR(scroll.offset(), 2000 * Kinetic::kTimeConstant, 5);
}

TEST(Kinetic, GlideStopsAtTheEdge) {
    Kinetic scroll;
    scroll.setRange(0, 100);
    scroll.release(5000, TimePoint(0));
    scroll.update(TimePoint(1));
    EXPECT_FLOAT_EQ(scroll.offset(), 100);
    EXPECT_FALSE(scroll.isMoving());
}

TEST(Kinetic, FollowsAPanAlongItsAxis) {
    Kinetic scroll;
    scroll.setRange(0, 1000);
    using vitrin::ui::GesturePhase;
    using vitrin::ui::Pan;
    scroll.follow(Pan{GesturePhase::Moved, {}, {}, {-30, -100}, {}}, Kinetic::Axis::Vertical,
                  TimePoint(0));
    EXPECT_FLOAT_EQ(scroll.offset(), 100); // finger up: content up, offset down the list
    scroll.follow(Pan{GesturePhase::Moved, {}, {}, {-30, -100}, {}}, Kinetic::Axis::Horizontal,
                  TimePoint(0));
    EXPECT_FLOAT_EQ(scroll.offset(), 130);
    scroll.follow(Pan{GesturePhase::Ended, {}, {}, {}, {0, -1000}}, Kinetic::Axis::Vertical,
                  TimePoint(0));
    EXPECT_TRUE(scroll.isMoving());
    scroll.follow(Pan{GesturePhase::Cancelled, {}, {}, {}, {}}, Kinetic::Axis::Vertical,
                  TimePoint(0));
    EXPECT_FALSE(scroll.isMoving());
}
