#include "ui/Rotation.h"

#include <gtest/gtest.h>

using namespace vitrin::ui;

namespace {
Layout landscape() {
    Layout layout;
    layout.width = 1920;
    layout.height = 1080;
    return layout;
}
} // namespace

TEST(Rotation, ParsesOnlyQuarterTurns) {
    EXPECT_EQ(parseRotation(0), Rotation::None);
    EXPECT_EQ(parseRotation(270), Rotation::ThreeQuarters);
    EXPECT_FALSE(parseRotation(45).has_value());
    EXPECT_FALSE(parseRotation(-90).has_value());
}

TEST(Rotation, SideWaysDisplaysSwapWidthAndHeight) {
    EXPECT_FLOAT_EQ(displayBounds(landscape(), Rotation::Quarter).w, 1080);
    EXPECT_FLOAT_EQ(displayBounds(landscape(), Rotation::Quarter).h, 1920);
    EXPECT_FLOAT_EQ(displayBounds(landscape(), Rotation::Half).w, 1920);
}

TEST(Rotation, CornersMapBackToTheLayout) {
    const Layout layout = landscape();
    // Turned a quarter clockwise, the layout's top-left corner is at the display's top-right.
    const Point topLeft = toLayout({1080, 0}, Rotation::Quarter, layout);
    EXPECT_FLOAT_EQ(topLeft.x, 0);
    EXPECT_FLOAT_EQ(topLeft.y, 0);
    const Point bottomRight = toLayout({0, 1920}, Rotation::Quarter, layout);
    EXPECT_FLOAT_EQ(bottomRight.x, 1920);
    EXPECT_FLOAT_EQ(bottomRight.y, 1080);
    const Point upsideDown = toLayout({1920, 1080}, Rotation::Half, layout);
    EXPECT_FLOAT_EQ(upsideDown.x, 0);
    EXPECT_FLOAT_EQ(upsideDown.y, 0);
    // A quarter counter-clockwise: the layout's top-left is at the display's bottom-left.
    const Point ccw = toLayout({0, 1920}, Rotation::ThreeQuarters, layout);
    EXPECT_FLOAT_EQ(ccw.x, 0);
    EXPECT_FLOAT_EQ(ccw.y, 0);
    const Point none = toLayout({12, 34}, Rotation::None, layout);
    EXPECT_FLOAT_EQ(none.x, 12);
    EXPECT_FLOAT_EQ(none.y, 34);
}
