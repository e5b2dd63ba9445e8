#include "ui/ScreenReader.h"

#include <gtest/gtest.h>

using namespace vitrin;
using namespace vitrin::ui;
using core::TimePoint;

namespace {

// A bar with Back and a language, a heading beside them, and two lines of text below: the
// order a screen reader must read them in is not the order they were added.
Scene sampleScene() {
    Scene scene;
    const auto text = [&](Rect box, const std::string& words) {
        TextElement element;
        element.box = box;
        element.text = words;
        element.lines.push_back({words, {box.x, box.y}, box.w / 2});
        scene.elements.emplace_back(element);
    };
    text({100, 600, 800, 40}, "Andra raden");
    text({100, 500, 800, 40}, "Första raden");
    text({300, 20, 400, 60}, "Rubrik");
    text({20, 20, 200, 60}, "Tillbaka"); // the face of the Back button
    scene.hits.push_back({{20, 20, 200, 60}, GoBack{}, "Tillbaka"});
    scene.hits.push_back({{800, 20, 150, 60}, SetLanguage{core::Lang::En}, "English"});
    scene.hits.push_back({{0, 0, 1920, 1080}, StayLonger{}, ""}); // no name: not read
    return scene;
}

std::vector<std::string> texts(const std::vector<Readable>& order) {
    std::vector<std::string> out;
    for (const Readable& readable : order) {
        out.push_back(readable.text);
    }
    return out;
}

} // namespace

TEST(ScreenReader, ReadsTopToBottomAndLeftToRightWithButtonsNamed) {
    EXPECT_EQ(texts(readingOrder(sampleScene(), core::Lang::Sv)),
              (std::vector<std::string>{"Tillbaka, knapp", "Rubrik", "English, knapp",
                                        "Första raden", "Andra raden"}));
    EXPECT_EQ(readingOrder(sampleScene(), core::Lang::Ru).front().text, "Tillbaka, кнопка");
}

TEST(ScreenReader, ATapReadsWhatItTouchesOnceNoSecondTapFollows) {
    const Scene scene = sampleScene();
    ScreenReader reader;
    const auto current = [&]() -> const Scene& {
        return scene;
    };
    ASSERT_TRUE(reader.onGesture(Tap{{110, 610}}, current, core::Lang::Sv, TimePoint(0)));
    EXPECT_TRUE(reader.hasPendingTap());
    EXPECT_TRUE(reader.update(scene, core::Lang::Sv, TimePoint(0.1)).say.empty());
    const ScreenReader::Outcome read = reader.update(scene, core::Lang::Sv, TimePoint(0.4));
    EXPECT_EQ(read.say, "Andra raden");
    EXPECT_FALSE(read.command);
    ASSERT_TRUE(reader.focus(scene, core::Lang::Sv));
    EXPECT_EQ(reader.focus(scene, core::Lang::Sv)->y, 600);
}

TEST(ScreenReader, ADoubleTapAnywhereActivatesTheButtonReadLast) {
    const Scene scene = sampleScene();
    ScreenReader reader;
    const auto current = [&]() -> const Scene& {
        return scene;
    };
    reader.onGesture(Tap{{50, 40}}, current, core::Lang::Sv, TimePoint(0));
    EXPECT_EQ(reader.update(scene, core::Lang::Sv, TimePoint(0.5)).say, "Tillbaka, knapp");
    // The double tap lands far from the button: a blind visitor cannot aim for it.
    reader.onGesture(Tap{{900, 900}}, current, core::Lang::Sv, TimePoint(2));
    const auto outcome =
        reader.onGesture(DoubleTap{{900, 900}}, current, core::Lang::Sv, TimePoint(2.2));
    ASSERT_TRUE(outcome && outcome->command);
    EXPECT_TRUE(std::holds_alternative<GoBack>(*outcome->command));
    // The first tap of the pair read nothing and moved nothing.
    EXPECT_FALSE(reader.hasPendingTap());
}

TEST(ScreenReader, SwipesMoveThroughTheReadingOrderAndVerticalPansScroll) {
    const Scene scene = sampleScene();
    ScreenReader reader;
    const auto current = [&]() -> const Scene& {
        return scene;
    };
    const auto swipe = [&](float dx, float dy) {
        const Point start{900, 900}, end{900 + dx, 900 + dy};
        const auto began = reader.onGesture(Pan{GesturePhase::Began, start, end, {}, {}}, current,
                                            core::Lang::Sv, TimePoint(0));
        const auto ended = reader.onGesture(Pan{GesturePhase::Ended, start, end, {}, {}}, current,
                                            core::Lang::Sv, TimePoint(0.2));
        EXPECT_EQ(began.has_value(), ended.has_value());
        return ended;
    };
    EXPECT_EQ(swipe(300, 0)->say, "Tillbaka, knapp");
    EXPECT_EQ(swipe(300, 10)->say, "Rubrik");
    EXPECT_EQ(swipe(300, 0)->say, "English, knapp");
    EXPECT_EQ(swipe(-300, 0)->say, "Rubrik");
    EXPECT_FALSE(swipe(0, -400)); // the screen's own: it scrolls
    EXPECT_EQ(swipe(-300, 0)->say, "Tillbaka, knapp");
    EXPECT_EQ(swipe(-300, 0)->say, "Tillbaka, knapp"); // the first stays the first
}
