#include "ui/Scene.h"
#include "FakeMeasurer.h"

#include <gtest/gtest.h>

using namespace vitrin::ui;

namespace {
struct Fixture {
    Layout layout;
    testdoubles::FakeMeasurer measurer{layout};
    Scene scene;
    SceneBuilder builder{scene, layout, measurer};
};
} // namespace

TEST(Scene, WrapsAtWordBoundaries) {
    Fixture f; // body text: 15 px a character, 42 px a line
    f.builder.text({0, 0, 150, 200}, "one two three four", {FontRole::Body});
    const auto& text = std::get<TextElement>(f.scene.elements.back());
    ASSERT_EQ(text.lines.size(), 2u);
    EXPECT_EQ(text.lines[0].text, "one two");
    EXPECT_EQ(text.lines[1].text, "three four");
    EXPECT_FALSE(text.overflowed);
    EXPECT_FLOAT_EQ(text.lines[1].pos.y, 42);
}

TEST(Scene, MarksOverflowAndEndsWithAnEllipsis) {
    Fixture f;
    f.builder.text({0, 0, 150, 50}, "one two three four", {FontRole::Body});
    const auto& text = std::get<TextElement>(f.scene.elements.back());
    ASSERT_EQ(text.lines.size(), 1u);
    EXPECT_TRUE(text.overflowed);
    EXPECT_EQ(text.lines[0].text, "one two…");
    EXPECT_LE(text.lines[0].width, 150);
}

TEST(Scene, CutsAWordWiderThanTheBox) {
    Fixture f;
    f.builder.text({0, 0, 100, 50}, "Достопримечательности", {FontRole::Body});
    const auto& text = std::get<TextElement>(f.scene.elements.back());
    EXPECT_TRUE(text.overflowed);
    EXPECT_LE(text.lines[0].width, 100);
}

TEST(Scene, CentresLines) {
    Fixture f;
    f.builder.text({0, 0, 300, 50}, "abc", {FontRole::Body, false, {}, Align::Centre});
    const auto& text = std::get<TextElement>(f.scene.elements.back());
    EXPECT_FLOAT_EQ(text.lines[0].pos.x, (300 - 45) / 2.0f);
}

TEST(Scene, TopmostHitWinsAndTextIsFound) {
    Fixture f;
    f.builder.button({0, 0, 400, 100}, "Svenskbyn", OpenSection{1}, {}, {});
    f.builder.hit({0, 0, 100, 100}, GoHome{});
    EXPECT_TRUE(std::holds_alternative<GoHome>(f.scene.hitAt({50, 50})->command));
    EXPECT_TRUE(std::holds_alternative<OpenSection>(f.scene.hitAt({300, 50})->command));
    EXPECT_EQ(f.scene.hitAt({500, 50}), nullptr);
    EXPECT_NE(f.scene.findText("Svenskbyn"), nullptr);
    EXPECT_NE(f.scene.findText("Svensk"), nullptr);
    EXPECT_EQ(f.scene.findText("Irkutsk"), nullptr);
}
