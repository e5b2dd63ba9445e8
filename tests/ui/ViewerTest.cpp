// The viewer's zoom, deep zoom and caption scrolling, driven through the kiosk with pointer
// events and a virtual clock, read back from the scene: no display.

#include "FakeMeasurer.h"
#include "ui/Kiosk.h"
#include "ui/ViewerScreen.h"
#include "ui/Viewport.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace vitrin;
using namespace vitrin::ui;
using core::TimePoint;

namespace {

content::Exhibition exhibition(const std::string& description = "Tecknad med tusch.") {
    content::Exhibition result;
    result.title = core::LocalText::same("Min stad");
    content::Section gallery;
    gallery.title = core::LocalText::same("Bilder");
    for (int i = 1; i <= 5; ++i) {
        content::Item item;
        item.image = "/nonexistent/" + std::to_string(i) + ".jpg";
        item.title = core::LocalText::same("Bild " + std::to_string(i));
        item.artist = core::LocalText::same("Dima S.");
        item.description = core::LocalText::same(description);
        item.width = 6000; // a 24-megapixel scan: far sharper than the screen
        item.height = 4000;
        gallery.items.push_back(item);
    }
    result.sections = {gallery};
    return result;
}

std::string words(int count) {
    std::string text;
    for (int i = 0; i < count; ++i) {
        text += (i % 9 == 0 ? "penseldrag " : "ord ");
    }
    return text;
}

struct Fixture {
    explicit Fixture(const content::Exhibition& shown = exhibition())
        : kiosk(shown, layout, measurer, TimePoint(0), "2026-11-26") {
        kiosk.dispatch(OpenItem{0, 1});
        frame();
    }

    Layout layout;
    testdoubles::FakeMeasurer measurer{layout};
    Kiosk kiosk;
    double now = 0;
    std::int64_t nextFinger = 1;

    // One turn of the kiosk's loop: update, then build the frame if it changed.
    void frame() {
        kiosk.update(TimePoint(now));
        if (kiosk.needsFrame()) {
            kiosk.scene();
        }
    }
    void advance(double seconds) {
        for (double end = now + seconds; now < end; now += 1.0 / 60) {
            frame();
        }
    }
    void feed(std::int64_t id, PointerEvent::Phase phase, Point p) {
        kiosk.feed({id, phase, p, TimePoint(now)});
    }
    // Two fingers about centre, from one distance apart to another, over a quarter second.
    void pinch(Point centre, float from, float to) {
        const std::int64_t a = nextFinger++, b = nextFinger++;
        feed(a, PointerEvent::Phase::Down, {centre.x - from / 2, centre.y});
        feed(b, PointerEvent::Phase::Down, {centre.x + from / 2, centre.y});
        for (int i = 1; i <= 15; ++i) {
            now += 1.0 / 60;
            const float span = from + (to - from) * static_cast<float>(i) / 15;
            feed(a, PointerEvent::Phase::Move, {centre.x - span / 2, centre.y});
            feed(b, PointerEvent::Phase::Move, {centre.x + span / 2, centre.y});
            frame();
        }
        feed(a, PointerEvent::Phase::Up, {centre.x - to / 2, centre.y});
        feed(b, PointerEvent::Phase::Up, {centre.x + to / 2, centre.y});
        advance(0.5);
    }
    // One finger dragged, resting before it lifts so that nothing glides on.
    void drag(Point from, Point to) {
        const std::int64_t id = nextFinger++;
        feed(id, PointerEvent::Phase::Down, from);
        for (int i = 1; i <= 15; ++i) {
            now += 1.0 / 60;
            const float t = static_cast<float>(i) / 15;
            feed(id, PointerEvent::Phase::Move,
                 {from.x + (to.x - from.x) * t, from.y + (to.y - from.y) * t});
            frame();
        }
        now += 0.2;
        feed(id, PointerEvent::Phase::Up, to);
        advance(0.5);
    }
    void doubleTap(Point p) {
        const std::int64_t id = nextFinger++;
        feed(id, PointerEvent::Phase::Down, p);
        now += 0.05;
        feed(id, PointerEvent::Phase::Up, p);
        now += 0.1;
        feed(id, PointerEvent::Phase::Down, p);
        now += 0.05;
        feed(id, PointerEvent::Phase::Up, p);
    }

    // The current picture (the one whose position is shown).
    ImageElement picture() {
        const std::string current = "/nonexistent/" + std::to_string(position()) + ".jpg";
        for (const Element& element : kiosk.scene().elements) {
            if (const auto* image = std::get_if<ImageElement>(&element)) {
                if (image->key.path == current) {
                    return *image;
                }
            }
        }
        ADD_FAILURE() << "no picture on screen";
        return {};
    }
    int position() {
        for (int i = 1; i <= 5; ++i) {
            if (kiosk.scene().findText(std::to_string(i) + " / 5") != nullptr) {
                return i;
            }
        }
        return 0;
    }
    // Where the picture is on screen: the texture's shape does not matter, only its aspect.
    Rect placed() {
        const ImageElement image = picture();
        return placePicture(6000, 4000, image.box, image.zoom, image.focus);
    }
    Point pictureAt(Point p) {
        const Rect r = placed();
        return {(p.x - r.x) / r.w, (p.y - r.y) / r.h};
    }
    std::vector<const TextElement*> captionTexts() {
        std::vector<const TextElement*> texts;
        for (const Element& element : kiosk.scene().elements) {
            const auto* text = std::get_if<TextElement>(&element);
            if (text != nullptr && text->style.scrolled) {
                texts.push_back(text);
            }
        }
        return texts;
    }
};

// In the default 1920x1080 layout the picture area is left of the caption panel.
constexpr Point kInPicture{600, 560};
constexpr Point kInCaption{1600, 500};

} // namespace

TEST(Viewer, APinchZoomsAboutItsCentre) {
    Fixture f;
    const Point under = f.pictureAt(kInPicture);
    f.pinch(kInPicture, 200, 500);
    EXPECT_NEAR(f.picture().zoom, 2.5f, 0.01f);
    const Point after = f.pictureAt(kInPicture);
    EXPECT_NEAR(after.x, under.x, 1e-3f);
    EXPECT_NEAR(after.y, under.y, 1e-3f);
    EXPECT_EQ(f.position(), 2);
}

TEST(Viewer, ADoubleTapZoomsInOverAQuarterSecondAndTheNextZoomsOut) {
    Fixture f;
    const Point under = f.pictureAt(kInPicture);
    f.doubleTap(kInPicture);
    f.advance(0.1);
    const float midway = f.picture().zoom;
    EXPECT_GT(midway, 1.2f);
    EXPECT_LT(midway, ViewerScreen::kDoubleTapZoom);
    f.advance(0.3);
    EXPECT_FLOAT_EQ(f.picture().zoom, ViewerScreen::kDoubleTapZoom);
    EXPECT_NEAR(f.pictureAt(kInPicture).x, under.x, 1e-3f);
    EXPECT_NEAR(f.pictureAt(kInPicture).y, under.y, 1e-3f);
    EXPECT_FALSE(f.kiosk.needsFrame());

    f.now += 1;
    f.doubleTap(kInPicture);
    f.advance(0.4);
    EXPECT_FLOAT_EQ(f.picture().zoom, 1);
    EXPECT_FLOAT_EQ(f.picture().focus.x, 0.5f);
}

TEST(Viewer, TheZoomAnimationFollowsTheClockNotTheFrames) {
    Fixture slow, fast;
    slow.doubleTap(kInPicture);
    fast.doubleTap(kInPicture);
    // The same 0.1 s in 3 frames and in 12.
    for (int i = 1; i <= 3; ++i) {
        slow.kiosk.update(TimePoint(slow.now + 0.1 * i / 3));
    }
    for (int i = 1; i <= 12; ++i) {
        fast.kiosk.update(TimePoint(fast.now + 0.1 * i / 12));
    }
    EXPECT_FLOAT_EQ(slow.picture().zoom, fast.picture().zoom);
}

TEST(Viewer, OneFingerPansAZoomedPictureInsteadOfTurningThePage) {
    Fixture f;
    f.pinch(kInPicture, 200, 600);
    const Rect before = f.placed();
    f.drag({800, 600}, {300, 500});
    EXPECT_EQ(f.position(), 2);
    const Rect after = f.placed();
    EXPECT_NEAR(after.x, before.x - 500, 0.5f);
    EXPECT_NEAR(after.y, before.y - 100, 0.5f);
    // However far it is dragged, the picture still covers its box.
    for (int i = 0; i < 6; ++i) {
        f.drag({300, 300}, {1200, 1000});
    }
    const ImageElement image = f.picture();
    const Rect placed = f.placed();
    EXPECT_NEAR(placed.x, image.box.x, 0.5f);
    EXPECT_NEAR(placed.y, image.box.y, 0.5f);
    EXPECT_EQ(f.position(), 2);
}

TEST(Viewer, AFlungZoomedPictureGlidesOnAndStops) {
    Fixture f;
    f.pinch(kInPicture, 200, 800);
    const float before = f.placed().x;
    const std::int64_t id = 99;
    f.feed(id, PointerEvent::Phase::Down, {900, 600});
    for (int i = 1; i <= 6; ++i) {
        f.now += 1.0 / 60;
        f.feed(id, PointerEvent::Phase::Move, {900 - 20.f * static_cast<float>(i), 600});
        f.frame();
    }
    f.feed(id, PointerEvent::Phase::Up, {780, 600});
    const float lifted = f.placed().x;
    EXPECT_NEAR(lifted, before - 120, 0.5f);
    f.advance(3);
    EXPECT_LT(f.placed().x, lifted - 100);
    EXPECT_FALSE(f.kiosk.needsFrame());
}

TEST(Viewer, TurningThePageResetsTheZoom) {
    Fixture f;
    f.pinch(kInPicture, 200, 600);
    ASSERT_GT(f.picture().zoom, 1);
    f.kiosk.dispatch(ShowNext{});
    f.advance(0.5);
    EXPECT_EQ(f.position(), 3);
    EXPECT_FLOAT_EQ(f.picture().zoom, 1);
    EXPECT_TRUE(f.picture().detail.path.empty());
    f.kiosk.dispatch(ShowPrevious{});
    f.advance(0.5);
    EXPECT_EQ(f.position(), 2);
    EXPECT_FLOAT_EQ(f.picture().zoom, 1);
    // And a swipe turns pages again.
    f.drag({1000, 600}, {300, 600});
    EXPECT_EQ(f.position(), 3);
}

TEST(Viewer, DeepZoomAsksForTheFullResolutionPictureOnceTheScreenOneIsBlownUp) {
    Fixture f;
    // Fitted, the 1620-pixel display picture fills a 1216-pixel box: no need.
    EXPECT_TRUE(f.picture().detail.path.empty());
    f.pinch(kInPicture, 400, 480); // 1.2x: still below 1.2 display pixels a screen pixel
    EXPECT_TRUE(f.picture().detail.path.empty());
    f.pinch(kInPicture, 200, 400);
    const ImageElement image = f.picture();
    EXPECT_EQ(image.detail.path, image.key.path);
    // As sharp as the texture budget allows: 16 megapixels of the 24.
    EXPECT_GT(image.detail.maxWidth, 4800);
    EXPECT_LE(static_cast<double>(image.detail.maxWidth) * image.detail.maxHeight,
              ViewerScreen::kDetailMaxPixels);
    EXPECT_NEAR(static_cast<float>(image.detail.maxWidth) /
                    static_cast<float>(image.detail.maxHeight),
                1.5f, 0.01f);
    // Zoomed back out it stays wanted until the page turns.
    f.pinch(kInPicture, 500, 100);
    EXPECT_FALSE(f.picture().detail.path.empty());
}

TEST(Viewer, APictureNoSharperThanTheScreenHasNoDeepZoom) {
    content::Exhibition small = exhibition();
    for (content::Item& item : small.sections[0].items) {
        item.width = 1600; // the display-size picture is the whole file already
        item.height = 1000;
    }
    Fixture f(small);
    f.pinch(kInPicture, 100, 800);
    EXPECT_GT(f.picture().zoom, 4);
    EXPECT_TRUE(f.picture().detail.path.empty());
}

TEST(Viewer, ALongDescriptionScrollsInsideTheCaptionPanel) {
    Fixture f(exhibition(words(300)));
    auto texts = f.captionTexts();
    ASSERT_FALSE(texts.empty());
    const TextElement* description = texts.back();
    EXPECT_FALSE(description->overflowed);
    const Rect view = description->box;
    const float lineHeight = f.measurer.lineHeight(FontRole::Body, TextSize::Standard);
    for (const TextElement* text : texts) {
        for (const TextLine& line : text->lines) {
            EXPECT_GT(line.pos.y + lineHeight, view.y);
            EXPECT_LT(line.pos.y, view.bottom());
        }
    }
    EXPECT_NE(f.kiosk.scene().findText("Bild 2"), nullptr);
    const std::string lastShown = description->lines.back().text;
    const float lastY = description->lines.back().pos.y;

    f.drag(kInCaption, {kInCaption.x, kInCaption.y - 300});
    EXPECT_EQ(f.position(), 2);
    texts = f.captionTexts();
    description = texts.back();
    bool found = false;
    for (const TextLine& line : description->lines) {
        if (line.text == lastShown && std::abs(line.pos.y - (lastY - 300)) < 1) {
            found = true;
        }
    }
    EXPECT_TRUE(found) << "the text follows the finger";

    // Dragged far, it stops at the end of the text, which then shows in full.
    for (int i = 0; i < 20; ++i) {
        f.drag(kInCaption, {kInCaption.x, kInCaption.y - 600});
    }
    description = f.captionTexts().back();
    EXPECT_LE(description->lines.back().pos.y + lineHeight, view.bottom() + 0.5f);
    EXPECT_GT(description->lines.back().pos.y + lineHeight, view.bottom() - lineHeight);
    EXPECT_EQ(f.kiosk.scene().findText("Bild 2"), nullptr) << "the title scrolled away";
}

TEST(Viewer, AShortCaptionDoesNotScrollAndASwipeOnItTurnsThePage) {
    Fixture f;
    const float y = f.captionTexts().front()->lines.front().pos.y;
    f.drag(kInCaption, {kInCaption.x - 600, kInCaption.y - 200});
    EXPECT_EQ(f.position(), 3);
    EXPECT_FLOAT_EQ(f.captionTexts().front()->lines.front().pos.y, y);
}

TEST(Viewer, ACaptionWithMoreToReadShowsAHint) {
    const auto fillsAfterText = [](Fixture& f) {
        const Scene& scene = f.kiosk.scene();
        const TextElement* description = f.captionTexts().back();
        int fills = 0;
        bool after = false;
        for (const Element& element : scene.elements) {
            if (const auto* text = std::get_if<TextElement>(&element)) {
                after = after || text == description;
            } else if (const auto* fill = std::get_if<FillElement>(&element)) {
                fills += after && description->box.intersects(fill->rect) ? 1 : 0;
            }
        }
        return fills;
    };
    Fixture longText(exhibition(words(300))), shortText;
    EXPECT_GT(fillsAfterText(longText), 0);
    EXPECT_EQ(fillsAfterText(shortText), 0);
}

TEST(Viewer, ScrollingStartsAgainAtTheTopOfTheNextPicture) {
    Fixture f(exhibition(words(300)));
    f.drag(kInCaption, {kInCaption.x, kInCaption.y - 300});
    ASSERT_EQ(f.kiosk.scene().findText("Bild 2"), nullptr);
    f.kiosk.dispatch(ShowNext{});
    f.advance(0.5);
    EXPECT_NE(f.kiosk.scene().findText("Bild 3"), nullptr);
}
