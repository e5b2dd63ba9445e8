#include "app/Session.h"
#include "ui/AttractScreen.h"

#include "TempFolder.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <thread>

using namespace vitrin;
using namespace vitrin::app;
using content::testing::TempFolder;
using content::testing::testImageBytes;
namespace fs = std::filesystem;

namespace {

constexpr std::string_view kJpeg = "libjpeg-turbo/testorig.jpg";
constexpr std::string_view kPng = "pngsuite/basn2c08.png";

// A content folder with one gallery: a good JPEG, the same JPEG cut in half (its header is
// intact, so the kiosk's quick start-up check lets it through) and a good PNG.
struct BrokenFolder {
    TempFolder temp;
    fs::path good = temp.copyTestImage(kJpeg, "media/1-Bilder/1_Bra.jpg");
    fs::path half = temp.write("media/1-Bilder/2_Halv.jpg",
                               testImageBytes(kJpeg).substr(0, testImageBytes(kJpeg).size() / 2));
    fs::path png = temp.copyTestImage(kPng, "media/1-Bilder/3_Ruta.png");

    Options options() const {
        Options options;
        options.media = temp / "media";
        options.stateDir = temp / "state";
        return options;
    }
};

} // namespace

TEST(Session, AScriptSeesOnlyThePicturesThatDecode) {
    BrokenFolder folder;
    auto session = Session::open(folder.options(), platform::DisplayOptions::Mode::Headless, {});
    ASSERT_TRUE(session) << session.error().message;
    ui::Kiosk& kiosk = (*session)->kiosk();
    EXPECT_EQ(kiosk.exhibition().itemCount(), 3u); // the header check lets the half through
    (*session)->checkPicturesNow();
    EXPECT_EQ(kiosk.exhibition().itemCount(), 2u);
    EXPECT_EQ(kiosk.screenName(), "attract");
    kiosk.dispatch(ui::Wake{});
    EXPECT_NE(kiosk.scene().findText("2 verk"), nullptr);
}

TEST(Session, ABrokenPictureOnScreenGoesWhenTheVisitorIsBackHome) {
    BrokenFolder folder;
    auto session = Session::open(folder.options(), platform::DisplayOptions::Mode::Headless, {});
    ASSERT_TRUE(session) << session.error().message;
    ui::Kiosk& kiosk = (*session)->kiosk();
    kiosk.dispatch(ui::OpenSection{0});
    ASSERT_EQ(kiosk.screenName(), "gallery");
    // Drawing the gallery asks for the thumbnails; the half picture fails to decode.
    (*session)->draw({});
    (*session)->images().waitIdle({});
    // The visitor keeps their place in the gallery meanwhile.
    EXPECT_FALSE((*session)->dropBrokenPictures());
    EXPECT_EQ(kiosk.screenName(), "gallery");
    EXPECT_EQ(kiosk.exhibition().itemCount(), 3u);
    kiosk.dispatch(ui::GoHome{});
    EXPECT_TRUE((*session)->dropBrokenPictures());
    EXPECT_EQ(kiosk.exhibition().itemCount(), 2u);
    EXPECT_EQ(kiosk.screenName(), "home");
    EXPECT_NE(kiosk.scene().findText("2 verk"), nullptr);
    EXPECT_FALSE((*session)->dropBrokenPictures()); // nothing new
}

TEST(Session, TheBackgroundCheckWakesTheLoopAndDropsOnTheAttractLoop) {
    BrokenFolder folder;
    auto session = Session::open(folder.options(), platform::DisplayOptions::Mode::Headless, {});
    ASSERT_TRUE(session) << session.error().message;
    std::atomic<int> woken{0};
    (*session)->setWake([&woken] { woken.fetch_add(1); });
    (*session)->startPictureCheck();
    bool dropped = false;
    for (int i = 0; i < 1000 && !dropped; ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
        dropped = (*session)->dropBrokenPictures();
    }
    EXPECT_TRUE(dropped);
    EXPECT_GE(woken.load(), 1);
    EXPECT_EQ((*session)->kiosk().exhibition().itemCount(), 2u);
    EXPECT_EQ((*session)->kiosk().screenName(), "attract");
}

// The session asks for the first of these while the window opens.
TEST(Session, TheAttractLoopTakesTheSectionsPicturesInTurn) {
    using Slides = std::vector<fs::path>;
    content::Exhibition exhibition;
    EXPECT_EQ(ui::AttractScreen::slides(exhibition), Slides{});
    content::Section timeline;
    timeline.items.resize(2);
    timeline.items[1].image = "/m/2/entry.jpg"; // the first entry has no picture
    content::Section gallery;
    gallery.items.resize(1);
    gallery.items[0].image = "/m/3/first.jpg";
    exhibition.sections = {timeline, gallery};
    EXPECT_EQ(ui::AttractScreen::slides(exhibition), (Slides{"/m/3/first.jpg", "/m/2/entry.jpg"}));
    exhibition.sections[1].items[0].image.clear();
    EXPECT_EQ(ui::AttractScreen::slides(exhibition), Slides{"/m/2/entry.jpg"});
}
