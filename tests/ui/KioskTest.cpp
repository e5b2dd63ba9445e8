#include "ui/Kiosk.h"
#include "FakeMeasurer.h"
#include "ui/AttractScreen.h"

#include <gtest/gtest.h>

#include <random>
#include <set>

using namespace vitrin;
using namespace vitrin::ui;
using core::TimePoint;

namespace {

content::Exhibition sampleExhibition() {
    content::Exhibition exhibition;
    exhibition.title = {"Min stad", "My city", "Мой город"};
    exhibition.idleTimeout = std::chrono::seconds(60);
    content::Section gallery;
    gallery.title = {"Bilder", "Pictures", "Картины"};
    for (int i = 1; i <= 5; ++i) {
        content::Item item;
        item.image = "/nonexistent/" + std::to_string(i) + ".jpg";
        item.title =
            core::LocalText{"Bild " + std::to_string(i), "Picture " + std::to_string(i), ""};
        gallery.items.push_back(item);
    }
    content::Section timeline;
    timeline.title = {"Historia", "History", "История"};
    timeline.kind = content::SectionKind::Timeline;
    content::Item entry;
    entry.year = "1999";
    entry.title = core::LocalText::same("Början");
    timeline.items.push_back(entry);
    exhibition.sections = {gallery, timeline};
    return exhibition;
}

struct Fixture {
    Layout layout;
    testdoubles::FakeMeasurer measurer{layout};
    Kiosk kiosk{sampleExhibition(), layout, measurer, TimePoint(0), "2026-11-26"};
    double now = 0;

    void advance(double seconds) {
        for (double end = now + seconds; now < end; now += 1.0 / 60) {
            kiosk.update(TimePoint(now));
        }
    }
    void tap(Point p) {
        kiosk.feed({1, PointerEvent::Phase::Down, p, TimePoint(now)});
        now += 0.05;
        kiosk.feed({1, PointerEvent::Phase::Up, p, TimePoint(now)});
        now += 0.5; // far enough apart never to make a double tap
        kiosk.update(TimePoint(now));
    }
    void tapOn(const std::string& label) {
        for (const HitRegion& hit : kiosk.scene().hits) {
            if (hit.label == label) {
                tap(hit.rect.centre());
                return;
            }
        }
        FAIL() << "no button '" << label << "' on " << kiosk.screenName();
    }
    void swipe(Point from, Point to) {
        kiosk.feed({1, PointerEvent::Phase::Down, from, TimePoint(now)});
        for (int i = 1; i <= 15; ++i) {
            now += 1.0 / 60;
            const float t = static_cast<float>(i) / 15;
            kiosk.feed({1,
                        PointerEvent::Phase::Move,
                        {from.x + (to.x - from.x) * t, from.y + (to.y - from.y) * t},
                        TimePoint(now)});
        }
        kiosk.feed({1, PointerEvent::Phase::Up, to, TimePoint(now)});
        advance(0.5);
    }
};

} // namespace

TEST(Kiosk, StartsOnTheAttractLoopAndAnyTouchWakesIt) {
    Fixture f;
    EXPECT_EQ(f.kiosk.screenName(), "attract");
    EXPECT_NE(f.kiosk.scene().findText("Min stad"), nullptr);
    f.tap({900, 500});
    EXPECT_EQ(f.kiosk.screenName(), "home");
}

TEST(Kiosk, TapsWalkThroughEveryScreenAndBack) {
    Fixture f;
    f.kiosk.dispatch(Wake{});
    f.tapOn("Bilder");
    EXPECT_EQ(f.kiosk.screenName(), "gallery");
    f.tapOn("Bild 3");
    EXPECT_EQ(f.kiosk.screenName(), "viewer");
    EXPECT_NE(f.kiosk.scene().findText("3 / 5"), nullptr);
    f.tapOn("Tillbaka");
    EXPECT_EQ(f.kiosk.screenName(), "gallery");
    f.tapOn("Start");
    EXPECT_EQ(f.kiosk.screenName(), "home");
    f.tapOn("Historia");
    EXPECT_EQ(f.kiosk.screenName(), "timeline");
    f.tapOn("Start");
    EXPECT_EQ(f.kiosk.screenName(), "home");
}

TEST(Kiosk, LanguageChangesEveryText) {
    Fixture f;
    f.kiosk.dispatch(Wake{});
    f.tapOn("English");
    EXPECT_EQ(f.kiosk.lang(), core::Lang::En);
    EXPECT_NE(f.kiosk.scene().findText("Pictures"), nullptr);
    f.tapOn("Русский");
    EXPECT_NE(f.kiosk.scene().findText("Картины"), nullptr);
    f.tapOn("Картины");
    // Item 1 has no Russian title: it falls back to Swedish.
    EXPECT_NE(f.kiosk.scene().findText("Bild 1"), nullptr);
}

TEST(Kiosk, SectionTilesCountWithTheRightWordAndPluralInEveryLanguage) {
    Fixture f;
    content::Exhibition exhibition = sampleExhibition();
    content::Section photos = exhibition.sections[0];
    photos.title = {"Foton", "Photos", "Фото"};
    photos.noun = content::ItemNoun::Photo;
    photos.items.resize(2);
    exhibition.sections.push_back(photos);
    f.kiosk.replaceExhibition(exhibition);
    f.kiosk.dispatch(Wake{});
    const auto exact = [&](std::string_view text) {
        const TextElement* found = f.kiosk.scene().findText(text);
        return found != nullptr && found->text == text;
    };
    EXPECT_TRUE(exact("5 verk"));
    EXPECT_TRUE(exact("1 händelse"));
    EXPECT_TRUE(exact("2 foton"));
    f.kiosk.dispatch(SetLanguage{core::Lang::En});
    EXPECT_TRUE(exact("5 works"));
    EXPECT_TRUE(exact("1 event"));
    EXPECT_TRUE(exact("2 photos"));
    f.kiosk.dispatch(SetLanguage{core::Lang::Ru});
    EXPECT_TRUE(exact("5 работ"));
    EXPECT_TRUE(exact("1 событие"));
    EXPECT_TRUE(exact("2 фотографии"));
}

TEST(Kiosk, SwipeTurnsThePageInTheViewer) {
    Fixture f;
    f.kiosk.dispatch(OpenItem{0, 1});
    EXPECT_NE(f.kiosk.scene().findText("2 / 5"), nullptr);
    f.swipe({1000, 600}, {400, 600});
    EXPECT_NE(f.kiosk.scene().findText("3 / 5"), nullptr);
    f.swipe({400, 600}, {1000, 600});
    EXPECT_NE(f.kiosk.scene().findText("2 / 5"), nullptr);
    // A small drag snaps back.
    f.swipe({800, 600}, {760, 600});
    EXPECT_NE(f.kiosk.scene().findText("2 / 5"), nullptr);
}

TEST(Kiosk, IdleCountsDownThenResetsToAttractInTheDefaultLanguage) {
    Fixture f;
    f.kiosk.dispatch(Wake{});
    f.kiosk.dispatch(SetLanguage{core::Lang::Ru});
    f.advance(40);
    EXPECT_FALSE(f.kiosk.isCountingDown());
    f.advance(6);
    EXPECT_TRUE(f.kiosk.isCountingDown());
    EXPECT_NE(f.kiosk.scene().findText("Нужно больше времени?"), nullptr);
    // Seconds in words, with Russian's plural in the accusative after "через", never "10 s".
    const TextElement* seconds = f.kiosk.scene().findText("Возврат к началу через ");
    ASSERT_NE(seconds, nullptr);
    EXPECT_TRUE(seconds->text.ends_with(" секунд") || seconds->text.ends_with(" секунды") ||
                seconds->text.ends_with(" секунду"))
        << seconds->text;
    f.advance(15);
    EXPECT_EQ(f.kiosk.screenName(), "attract");
    EXPECT_EQ(f.kiosk.lang(), core::Lang::Sv);
}

TEST(Kiosk, ATouchDuringTheCountdownKeepsTheVisitorsPlace) {
    Fixture f;
    f.kiosk.dispatch(OpenSection{0});
    f.advance(50);
    ASSERT_TRUE(f.kiosk.isCountingDown());
    f.tap({10, 1000});
    EXPECT_FALSE(f.kiosk.isCountingDown());
    EXPECT_EQ(f.kiosk.screenName(), "gallery");
}

TEST(Kiosk, StillScreenNeedsNoFrames) {
    Fixture f;
    f.kiosk.dispatch(Wake{});
    f.kiosk.scene();
    f.advance(1);
    EXPECT_FALSE(f.kiosk.needsFrame());
    EXPECT_GT(f.kiosk.secondsUntilChange(), 10);
}

TEST(Kiosk, TheStayButtonIsWhatATapDuringTheCountdownHits) {
    Fixture f;
    f.kiosk.dispatch(OpenSection{0});
    f.advance(50);
    ASSERT_TRUE(f.kiosk.isCountingDown());
    // Where the dialog's button is, a gallery tile lies beneath.
    const HitRegion* stay = nullptr;
    for (const HitRegion& hit : f.kiosk.scene().hits) {
        if (hit.label == "Ja, jag tittar") {
            stay = &hit;
        }
    }
    ASSERT_NE(stay, nullptr);
    f.tap(stay->rect.centre());
    EXPECT_EQ(f.kiosk.screenName(), "gallery");
    EXPECT_FALSE(f.kiosk.isCountingDown());
}

TEST(Kiosk, TheAttractLoopsScrimStepsMeetOnWholePixels) {
    // Fills with fractional edges are rounded one by one by SDL's software renderer, which
    // left uncovered rows: bright hairlines across the picture.
    for (const auto& [width, height] : {std::pair{1920, 1080}, {1080, 1920}, {1366, 768}}) {
        Fixture f;
        f.layout.width = width;
        f.layout.height = height;
        Kiosk kiosk{sampleExhibition(), f.layout, f.measurer, TimePoint(0), "2026-11-26"};
        std::vector<Rect> fills;
        for (const Element& element : kiosk.scene().elements) {
            if (const auto* fill = std::get_if<FillElement>(&element)) {
                fills.push_back(fill->rect);
            }
        }
        ASSERT_GT(fills.size(), 2u);
        std::sort(fills.begin(), fills.end(),
                  [](const Rect& a, const Rect& b) { return a.y < b.y; });
        for (std::size_t i = 0; i < fills.size(); ++i) {
            EXPECT_EQ(fills[i].y, std::round(fills[i].y)) << width << "x" << height;
            EXPECT_EQ(fills[i].h, std::round(fills[i].h)) << width << "x" << height;
            if (i + 1 < fills.size()) {
                EXPECT_EQ(fills[i].bottom(), fills[i + 1].y) << width << "x" << height;
            }
        }
        EXPECT_EQ(fills.back().bottom(), static_cast<float>(height));
    }
}

TEST(Kiosk, TheAttractLoopAsksForThirtyFramesASecond) {
    Fixture f;
    f.kiosk.scene();
    EXPECT_FALSE(f.kiosk.needsFrame());
    EXPECT_NEAR(f.kiosk.secondsUntilChange(), 1.0 / 30, 1e-9);
    f.kiosk.update(TimePoint(1.0 / 60));
    EXPECT_FALSE(f.kiosk.needsFrame());
    f.kiosk.update(TimePoint(1.0 / 30));
    EXPECT_TRUE(f.kiosk.needsFrame());
    EXPECT_EQ(f.kiosk.secondsUntilChange(), 0);
}

// The first frame of the attract loop draws its picture at its own size (a plain copy for the
// software renderer). The next slides drift sideways at one size, by little steps, in turn one
// way and the other, at one height each: their rows stay put (Renderer::drawBackdrop).
TEST(Kiosk, TheAttractLoopsFirstPictureStandsAtItsSizeAndTheNextOnesDriftSideways) {
    Fixture f;
    const auto slides = [&] {
        std::vector<ImageElement> found;
        for (const Element& element : f.kiosk.scene().elements) {
            if (const auto* image = std::get_if<ImageElement>(&element)) {
                found.push_back(*image);
            }
        }
        return found;
    };
    ASSERT_EQ(slides().size(), 1u);
    EXPECT_EQ(slides().front().zoom, 1.0f);
    EXPECT_EQ(slides().front().drift, 0.0f);
    // Slide 1 fades in from 6.5 s and is alone from 8 s; slide 2 fades in from 14.5 s.
    std::optional<ImageElement> previous;
    std::vector<float> directions;
    for (double t = 6.6; t < 22.4; t += 0.1) {
        f.kiosk.update(TimePoint(t));
        const ImageElement drifting = slides().back();
        EXPECT_EQ(drifting.zoom, AttractScreen::kDriftZoom) << "at " << t << " s";
        if (previous && previous->key == drifting.key) {
            const float step = drifting.drift - previous->drift;
            EXPECT_NE(step, 0) << "at " << t << " s";
            EXPECT_LT(std::abs(step), 1.5f) << "at " << t << " s"; // layout pixels in 0.1 s
            EXPECT_EQ(drifting.focus, previous->focus) << "at " << t << " s";
            if (directions.empty() || (step > 0) != (directions.back() > 0)) {
                directions.push_back(step);
            }
        }
        previous = drifting;
    }
    ASSERT_EQ(directions.size(), 2u); // slide 1 one way, slide 2 the other
}

TEST(Kiosk, AfterALostFingerUpTheNextFingerTapsAndTheIdleResetStillComes) {
    Fixture f;
    f.kiosk.dispatch(Wake{});
    // A finger goes down on the home screen and its finger-up never arrives.
    f.kiosk.feed({7, PointerEvent::Phase::Down, {10, 1000}, TimePoint(f.now)});
    f.advance(GestureThresholds{}.stalePointerSeconds + 1);
    // The next finger is a tap of its own, not half of a pinch.
    f.tapOn("Bilder");
    EXPECT_EQ(f.kiosk.screenName(), "gallery");
    f.advance(61);
    EXPECT_EQ(f.kiosk.screenName(), "attract");
}

TEST(Kiosk, AFingerLostDuringTheCountdownDoesNotHoldOffTheReset) {
    Fixture f;
    f.kiosk.dispatch(OpenSection{0});
    f.advance(50);
    ASSERT_TRUE(f.kiosk.isCountingDown());
    f.kiosk.feed({7, PointerEvent::Phase::Down, {10, 1000}, TimePoint(f.now)});
    f.advance(61 + GestureThresholds{}.stalePointerSeconds);
    EXPECT_EQ(f.kiosk.screenName(), "attract");
    EXPECT_FALSE(f.kiosk.isCountingDown());
    EXPECT_EQ(f.kiosk.scene().findText("Vill du ha mer tid?"), nullptr);
}

TEST(Kiosk, LosingTheFocusMidSwipeSnapsThePageBack) {
    Fixture f;
    f.kiosk.dispatch(Wake{});
    f.kiosk.dispatch(OpenItem{0, 1});
    f.kiosk.feed({1, PointerEvent::Phase::Down, {1000, 600}, TimePoint(f.now)});
    for (int i = 1; i <= 10; ++i) {
        f.now += 1.0 / 60;
        f.kiosk.feed({1,
                      PointerEvent::Phase::Move,
                      {1000 - 60.0f * static_cast<float>(i), 600},
                      TimePoint(f.now)});
    }
    f.kiosk.feed({PointerEvent::kAllPointers, PointerEvent::Phase::Cancel, {}, TimePoint(f.now)});
    f.advance(1);
    EXPECT_NE(f.kiosk.scene().findText("2 / 5"), nullptr);
    // The finger-up that comes later turns nothing, and the next tap works.
    f.kiosk.feed({1, PointerEvent::Phase::Up, {400, 600}, TimePoint(f.now)});
    f.advance(0.5);
    EXPECT_NE(f.kiosk.scene().findText("2 / 5"), nullptr);
    f.tapOn("Tillbaka");
    EXPECT_EQ(f.kiosk.screenName(), "home");
}

namespace {

// The pictures the current scene draws.
std::set<std::filesystem::path> picturesDrawn(Kiosk& kiosk) {
    std::set<std::filesystem::path> paths;
    for (const Element& element : kiosk.scene().elements) {
        if (const auto* image = std::get_if<ImageElement>(&element)) {
            paths.insert(image->key.path);
        }
    }
    return paths;
}

// The sample with the gallery down to its third picture.
content::Exhibition withOnlyTheThirdPicture() {
    content::Exhibition exhibition = sampleExhibition();
    auto& items = exhibition.sections[0].items;
    items = {items[2]};
    return exhibition;
}

} // namespace

TEST(Kiosk, ReplacingTheExhibitionRestartsTheAttractLoopOnIt) {
    Fixture f;
    f.advance(4); // into the first slide
    ASSERT_FALSE(picturesDrawn(f.kiosk).contains("/nonexistent/3.jpg"));
    f.kiosk.replaceExhibition(withOnlyTheThirdPicture());
    EXPECT_EQ(f.kiosk.screenName(), "attract");
    EXPECT_TRUE(f.kiosk.needsFrame());
    for (int second = 0; second < 30; ++second) {
        EXPECT_EQ(picturesDrawn(f.kiosk), (std::set<std::filesystem::path>{"/nonexistent/3.jpg"}));
        f.advance(1);
    }
    f.tap({900, 500});
    EXPECT_NE(f.kiosk.scene().findText("1 verk"), nullptr);
}

TEST(Kiosk, ReplacingTheExhibitionTakesTheVisitorHomeInTheirLanguage) {
    Fixture f;
    f.kiosk.dispatch(SetLanguage{core::Lang::En});
    f.kiosk.dispatch(OpenItem{0, 4});
    ASSERT_NE(f.kiosk.scene().findText("5 / 5"), nullptr);
    f.kiosk.replaceExhibition(withOnlyTheThirdPicture());
    // The viewer's place (item 5) no longer exists: the visitor starts again from home.
    EXPECT_EQ(f.kiosk.screenName(), "home");
    EXPECT_EQ(f.kiosk.lang(), core::Lang::En);
    const TextElement* count = f.kiosk.scene().findText("1 work");
    ASSERT_NE(count, nullptr);
    EXPECT_EQ(count->text, "1 work"); // not "1 works"
    f.tapOn("Pictures");
    f.tapOn("Picture 3");
    EXPECT_NE(f.kiosk.scene().findText("1 / 1"), nullptr);

    // An exhibition without the visitor's language starts in its own.
    content::Exhibition swedishOnly = sampleExhibition();
    swedishOnly.languages = {core::Lang::Sv};
    f.kiosk.replaceExhibition(swedishOnly);
    EXPECT_EQ(f.kiosk.screenName(), "home");
    EXPECT_EQ(f.kiosk.lang(), core::Lang::Sv);
    EXPECT_NE(f.kiosk.scene().findText("5 verk"), nullptr);
}

TEST(Kiosk, FiveTapsInTheTopLeftCornerCallStaffFromAnyScreen) {
    Fixture f;
    int calls = 0;
    f.kiosk.setStaffHandler([&] { ++calls; });
    const auto cornerTaps = [&] {
        for (int i = 0; i < 5; ++i) {
            f.kiosk.feed({1, PointerEvent::Phase::Down, {12, 12}, TimePoint(f.now)});
            f.now += 0.05;
            f.kiosk.feed({1, PointerEvent::Phase::Up, {12, 12}, TimePoint(f.now)});
            f.now += 0.2;
            f.kiosk.update(TimePoint(f.now));
        }
    };
    cornerTaps(); // from the attract loop (the first tap also wakes it)
    EXPECT_EQ(calls, 1);
    f.tapOn("Bilder");
    ASSERT_EQ(f.kiosk.screenName(), "gallery");
    cornerTaps();
    EXPECT_EQ(calls, 2);
}

// A long, random visitor: taps on buttons and anywhere, quick bursts of taps (children hammer a
// button, Back included), double taps, swipes, pinches, long presses, pauses long enough for
// the idle reset. The staff call never happens.
TEST(Kiosk, ARandomVisitorNeverCallsStaff) {
    Fixture f;
    int calls = 0;
    f.kiosk.setStaffHandler([&] { ++calls; });
    std::mt19937 random(20261202);
    const auto uniform = [&](float low, float high) {
        return std::uniform_real_distribution<float>(low, high)(random);
    };
    const auto anywhere = [&] {
        return Point{uniform(0, static_cast<float>(f.layout.width)),
                     uniform(0, static_cast<float>(f.layout.height))};
    };
    const auto aButton = [&] {
        const auto& hits = f.kiosk.scene().hits;
        if (hits.empty()) {
            return anywhere();
        }
        const HitRegion& hit =
            hits[std::uniform_int_distribution<std::size_t>(0, hits.size() - 1)(random)];
        // Anywhere on the button, not only its centre.
        return Point{uniform(hit.rect.x, hit.rect.right()), uniform(hit.rect.y, hit.rect.bottom())};
    };
    const auto quickTap = [&](Point p) {
        f.kiosk.feed({1, PointerEvent::Phase::Down, p, TimePoint(f.now)});
        f.now += uniform(0.03f, 0.12f);
        f.kiosk.feed({1, PointerEvent::Phase::Up, p, TimePoint(f.now)});
        f.now += uniform(0.08f, 0.4f);
        f.kiosk.update(TimePoint(f.now));
    };
    for (int action = 0; action < 20000; ++action) {
        switch (std::uniform_int_distribution<int>(0, 9)(random)) {
        case 0:
        case 1:
        case 2:
            quickTap(aButton());
            break;
        case 3:
            quickTap(anywhere());
            break;
        case 4: { // a burst on one button
            const Point p = aButton();
            const int count = std::uniform_int_distribution<int>(3, 9)(random);
            for (int i = 0; i < count; ++i) {
                quickTap({p.x + uniform(-10, 10), p.y + uniform(-10, 10)});
            }
            break;
        }
        case 5:
        case 6:
            f.swipe(anywhere(), anywhere());
            break;
        case 7: { // a pinch
            const Point c = anywhere();
            f.kiosk.feed({1, PointerEvent::Phase::Down, {c.x - 50, c.y}, TimePoint(f.now)});
            f.kiosk.feed({2, PointerEvent::Phase::Down, {c.x + 50, c.y}, TimePoint(f.now)});
            for (int i = 1; i <= 10; ++i) {
                f.now += 1.0 / 60;
                f.kiosk.feed({2,
                              PointerEvent::Phase::Move,
                              {c.x + 50 + 10.0f * static_cast<float>(i), c.y},
                              TimePoint(f.now)});
            }
            f.kiosk.feed({1, PointerEvent::Phase::Up, {c.x - 50, c.y}, TimePoint(f.now)});
            f.kiosk.feed({2, PointerEvent::Phase::Up, {c.x + 150, c.y}, TimePoint(f.now)});
            f.advance(0.3);
            break;
        }
        case 8: { // a long press
            const Point p = anywhere();
            f.kiosk.feed({1, PointerEvent::Phase::Down, p, TimePoint(f.now)});
            f.advance(1.0);
            f.kiosk.feed({1, PointerEvent::Phase::Up, p, TimePoint(f.now)});
            break;
        }
        default: // reading, or walking away now and then
            f.advance(std::uniform_int_distribution<int>(0, 99)(random) == 0 ? 100.0 : 2.0);
            break;
        }
    }
    EXPECT_EQ(calls, 0);
}

namespace {

// The size of the first body text on screen, as the measurer sees it.
float bodyLineHeight(Kiosk& kiosk, const testdoubles::FakeMeasurer& measurer) {
    for (const Element& element : kiosk.scene().elements) {
        if (const auto* text = std::get_if<TextElement>(&element);
            text != nullptr && text->style.role == FontRole::Caption) {
            return measurer.lineHeight(text->style.role, text->style.size);
        }
    }
    return 0;
}

// Speech as a list of what was asked: Spoken, or an empty one for a stop.
class SpeechLog final : public SpeechOutput {
  public:
    void attach(Kiosk& kiosk) { kiosk.setSpeechOutput(this); }
    void say(const Spoken& spoken) override {
        requests.push_back(spoken);
        speaking = true;
    }
    void stop() override {
        requests.emplace_back();
        speaking = false;
    }
    bool isSpeaking() const override { return speaking; }
    // What was asked to be said last, skipping the stops.
    const Spoken* lastSaid() const {
        for (auto it = requests.rbegin(); it != requests.rend(); ++it) {
            if (!it->text.empty()) {
                return &*it;
            }
        }
        return nullptr;
    }
    bool lastIsStop() const { return !requests.empty() && requests.back().text.empty(); }

    std::vector<Spoken> requests;
    bool speaking = false;
};

} // namespace

TEST(Kiosk, APlusOnTheBarMakesTheTextLargerUntilTheIdleReset) {
    Fixture f;
    f.kiosk.dispatch(Wake{});
    const float standard = bodyLineHeight(f.kiosk, f.measurer);
    f.tapOn("Större text");
    EXPECT_TRUE(f.kiosk.access().largeText);
    EXPECT_NEAR(bodyLineHeight(f.kiosk, f.measurer), standard * kLargeTextFactor, 0.01);
    f.tapOn("Bilder");
    EXPECT_TRUE(f.kiosk.access().largeText) << "it stays on from screen to screen";
    f.advance(70);
    EXPECT_EQ(f.kiosk.screenName(), "attract");
    EXPECT_FALSE(f.kiosk.access().largeText);
}

TEST(Kiosk, HighContrastIsBlackAndWhiteWithFramedButtons) {
    Fixture f;
    f.kiosk.dispatch(Wake{});
    f.tapOn("Tillgänglighet");
    EXPECT_EQ(f.kiosk.screenName(), "access");
    f.tapOn("Hög kontrast: Av");
    EXPECT_TRUE(f.kiosk.access().highContrast);
    const Scene& scene = f.kiosk.scene();
    EXPECT_EQ(scene.background.r + scene.background.g + scene.background.b, 0);
    ASSERT_NE(scene.findText("Hög kontrast: På"), nullptr);
    // Each button is framed in white: some fill is white.
    const bool framed = std::any_of(scene.elements.begin(), scene.elements.end(), [](auto& e) {
        const auto* fill = std::get_if<FillElement>(&e);
        return fill != nullptr && fill->color.r == 255 && fill->color.g == 255 &&
               fill->color.b == 255;
    });
    EXPECT_TRUE(framed);
}

TEST(Kiosk, TheSettingsDefaultsComeBackAtTheIdleReset) {
    Fixture f;
    f.kiosk.setAccessDefaults({.highContrast = true, .reducedMotion = true});
    EXPECT_TRUE(f.kiosk.access().reducedMotion);
    f.kiosk.dispatch(Wake{});
    f.kiosk.dispatch(ToggleAccess{AccessFeature::HighContrast});
    f.kiosk.dispatch(ToggleAccess{AccessFeature::LargeText});
    EXPECT_FALSE(f.kiosk.access().highContrast);
    f.advance(70);
    EXPECT_EQ(f.kiosk.screenName(), "attract");
    EXPECT_EQ(f.kiosk.access(), (AccessModes{.highContrast = true, .reducedMotion = true}));
}

TEST(Kiosk, LyssnaReadsTheCaptionInTheVisitorsLanguageAndStopsWithTheScreen) {
    Fixture f;
    SpeechLog speech;
    speech.attach(f.kiosk);
    f.kiosk.dispatch(Wake{});
    f.kiosk.dispatch(SetLanguage{core::Lang::En});
    f.kiosk.dispatch(OpenItem{0, 1});
    f.tapOn("Listen");
    ASSERT_NE(speech.lastSaid(), nullptr);
    EXPECT_EQ(speech.lastSaid()->text, "Picture 2");
    EXPECT_EQ(speech.lastSaid()->lang, core::Lang::En);
    EXPECT_NE(f.kiosk.scene().findText("Stop"), nullptr);
    f.tapOn("Stop");
    EXPECT_TRUE(speech.lastIsStop());
    EXPECT_NE(f.kiosk.scene().findText("Listen"), nullptr);
    // Russian has no title here: it is shown, and read, in Swedish.
    f.kiosk.dispatch(SetLanguage{core::Lang::Ru});
    f.tapOn("Слушать");
    EXPECT_EQ(speech.lastSaid()->text, "Bild 2");
    EXPECT_EQ(speech.lastSaid()->lang, core::Lang::Sv);
    f.tapOn("Назад");
    EXPECT_TRUE(speech.lastIsStop()) << "leaving the screen stops the reading";
}

TEST(Kiosk, TwoFingersHeldOnTheAttractLoopStartTheScreenReaderWhichNamesEachScreen) {
    Fixture f;
    SpeechLog speech;
    speech.attach(f.kiosk);
    f.kiosk.feed({1, PointerEvent::Phase::Down, {800, 500}, TimePoint(f.now)});
    f.kiosk.feed({2, PointerEvent::Phase::Down, {1000, 500}, TimePoint(f.now)});
    f.advance(3.2);
    EXPECT_EQ(f.kiosk.screenName(), "home");
    EXPECT_TRUE(f.kiosk.access().screenReader);
    ASSERT_NE(speech.lastSaid(), nullptr);
    EXPECT_NE(speech.lastSaid()->text.find("Skärmläsaren är på"), std::string::npos);
    f.kiosk.feed({1, PointerEvent::Phase::Up, {800, 500}, TimePoint(f.now)});
    f.kiosk.feed({2, PointerEvent::Phase::Up, {1000, 500}, TimePoint(f.now)});
    // A tap reads the tile and does not open it; a double tap opens it.
    Point tile{};
    for (const HitRegion& hit : f.kiosk.scene().hits) {
        if (hit.label == "Bilder") {
            tile = hit.rect.centre();
        }
    }
    f.tap(tile);
    EXPECT_EQ(f.kiosk.screenName(), "home");
    EXPECT_EQ(speech.lastSaid()->text, "Bilder, knapp");
    f.kiosk.feed({1, PointerEvent::Phase::Down, {100, 900}, TimePoint(f.now)});
    f.kiosk.feed({1, PointerEvent::Phase::Up, {100, 900}, TimePoint(f.now + 0.05)});
    f.kiosk.feed({1, PointerEvent::Phase::Down, {100, 900}, TimePoint(f.now + 0.15)});
    f.kiosk.feed({1, PointerEvent::Phase::Up, {100, 900}, TimePoint(f.now + 0.2)});
    f.advance(0.5);
    EXPECT_EQ(f.kiosk.screenName(), "gallery");
    EXPECT_EQ(speech.lastSaid()->text, "Bilder") << "the new screen is named";
    f.advance(70);
    EXPECT_EQ(f.kiosk.screenName(), "attract");
    EXPECT_FALSE(f.kiosk.access().screenReader) << "it ends at the idle reset";
}

TEST(Kiosk, WithLessMotionTheAttractLoopStandsStillBetweenShortCrossfades) {
    Fixture f;
    f.kiosk.setAccessDefaults({.reducedMotion = true});
    f.kiosk.update(TimePoint(1));
    f.kiosk.scene();
    EXPECT_FALSE(f.kiosk.needsFrame());
    // It sleeps until the next crossfade, 0.4 s before the slide's 8 s are up.
    EXPECT_NEAR(f.kiosk.secondsUntilChange(), 8 - 0.4 - 1, 1e-6);
    f.kiosk.update(TimePoint(7.7));
    EXPECT_TRUE(f.kiosk.needsFrame());
    f.kiosk.scene();
    f.kiosk.update(TimePoint(9));
    f.kiosk.scene();
    EXPECT_FALSE(f.kiosk.needsFrame());
}

TEST(Kiosk, WithLessMotionTheNextPictureIsInPlaceAtOnce) {
    Fixture f;
    f.kiosk.setAccessDefaults({.reducedMotion = true});
    f.kiosk.dispatch(Wake{});
    f.kiosk.dispatch(OpenItem{0, 0});
    const auto pictureX = [&] {
        for (const Element& element : f.kiosk.scene().elements) {
            if (const auto* image = std::get_if<ImageElement>(&element)) {
                return image->box.x;
            }
        }
        return -1.f;
    };
    const float resting = pictureX();
    f.kiosk.dispatch(ShowNext{});
    f.kiosk.update(TimePoint(f.now + 1.0 / 60));
    EXPECT_EQ(pictureX(), resting);
    EXPECT_NE(f.kiosk.scene().findText("2 / 5"), nullptr);
}
