#include "ui/Layout.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <unistd.h>

using namespace vitrin::ui;

TEST(Layout, ParsesAllFields) {
    auto layout = parseLayout("name = \"x\"\nwidth = 1080\nheight = 1920\n"
                              "[text]\nbody = 31\n[spacing]\ntouch_target = 100\n"
                              "[grid]\ngallery_columns = 2\n",
                              "x.toml");
    ASSERT_TRUE(layout.ok()) << layout.error().message;
    EXPECT_EQ(layout->name, "x");
    EXPECT_TRUE(layout->isPortrait());
    EXPECT_FLOAT_EQ(layout->text.body, 31);
    EXPECT_FLOAT_EQ(layout->touchTarget, 100);
    EXPECT_EQ(layout->galleryColumns, 2);
    EXPECT_FLOAT_EQ(layout->scale(), 1.0f);
}

TEST(Layout, RejectsBadValuesWithTheLine) {
    auto bad = parseLayout("width = 1920\nheight = 1080\n[text]\nbody = -3\n", "bad.toml");
    ASSERT_FALSE(bad.ok());
    EXPECT_NE(bad.error().message.find("bad.toml:4"), std::string::npos) << bad.error().message;
    EXPECT_FALSE(parseLayout("width = 1920\n", "w.toml").ok());
    EXPECT_FALSE(parseLayout("width = = 3", "syntax.toml").ok());
}

// Found by fuzz_layout: "nan" passed the positive-number check (every comparison with NaN is
// false) and gave text of size NaN; 0.4 columns rounded to none.
TEST(Layout, RejectsNotANumberAndCountsThatRoundToZero) {
    for (const char* value : {"nan", "+nan", "-nan", "inf", "-inf"}) {
        const auto bad = parseLayout(
            std::string("width = 1920\nheight = 1080\n[text]\ntitle = ") + value + "\n", "n.toml");
        EXPECT_FALSE(bad.ok()) << value;
    }
    EXPECT_FALSE(
        parseLayout("width = 1920\nheight = 1080\n[grid]\nhome_columns = 0.4\n", "c.toml").ok());
    EXPECT_FALSE(parseLayout("width = 0.3\nheight = 1080\n", "w.toml").ok());
    EXPECT_TRUE(
        parseLayout("width = 1920\nheight = 1080\n[grid]\nhome_columns = 2.6\n", "r.toml").ok());
}

TEST(Layout, BundledLayoutsCoverTheCommonScreens) {
    const auto layouts = loadLayouts(std::string(VITRIN_SOURCE_DIR) + "/layouts");
    ASSERT_GE(layouts.size(), 4u);
    EXPECT_EQ(chooseLayout(layouts, 1920, 1080).name, "landscape-1080p");
    EXPECT_EQ(chooseLayout(layouts, 1080, 1920).name, "portrait-1080p");
    EXPECT_EQ(chooseLayout(layouts, 3840, 2160).name, "landscape-4k");
    EXPECT_EQ(chooseLayout(layouts, 1280, 800).name, "landscape-1280x800");
    EXPECT_EQ(chooseLayout(layouts, 1366, 768).name, "landscape-1080p");
    for (const Layout& layout : layouts) {
        // 80 px at 1080p is the smallest touch target, scaled for other sizes.
        EXPECT_GE(layout.touchTarget, 80 * layout.scale() - 0.5f) << layout.name;
    }
}

TEST(Layout, ResolvesByNameOrFile) {
    const std::string dir = std::string(VITRIN_SOURCE_DIR) + "/layouts";
    EXPECT_TRUE(resolveLayout(dir, "portrait-1080p").ok());
    EXPECT_TRUE(resolveLayout(dir, dir + "/landscape-4k.toml").ok());
    EXPECT_FALSE(resolveLayout(dir, "no-such-layout").ok());
}

TEST(Layout, ABrokenLayoutFileIsLoggedWithItsLineNotDroppedSilently) {
    const auto dir =
        std::filesystem::temp_directory_path() / ("vitrin-layouts-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    std::ofstream(dir / "good.toml") << "width = 1920\nheight = 1080\n";
    std::ofstream(dir / "broken.toml") << "width = 1920\nheight = 1080\n[text]\nbody = -1\n";
    ::testing::internal::CaptureStderr();
    const auto layouts = loadLayouts(dir);
    const std::string log = ::testing::internal::GetCapturedStderr();
    std::filesystem::remove_all(dir);
    ASSERT_EQ(layouts.size(), 1u);
    EXPECT_EQ(layouts[0].name, "good.toml");
    EXPECT_NE(log.find("layout not used: broken.toml:4"), std::string::npos) << log;
}

TEST(Layout, ATallScreenOrAPortraitOneKeepsItsControlsInTheLowerHalf) {
    auto landscape = parseLayout("width = 1920\nheight = 1080\n", "l.toml");
    ASSERT_TRUE(landscape.ok());
    EXPECT_FALSE(landscape->controlsLow());
    EXPECT_EQ(landscape->reachTop(), 0);
    auto tall = parseLayout("width = 1920\nheight = 1080\ntall = true\n", "t.toml");
    ASSERT_TRUE(tall.ok());
    EXPECT_TRUE(tall->controlsLow());
    EXPECT_EQ(tall->reachTop(), 540);
    auto portrait = parseLayout("width = 1080\nheight = 1920\n", "p.toml");
    EXPECT_EQ(portrait->reachTop(), 960);
    auto bad = parseLayout("width = 1920\nheight = 1080\ntall = 1\n", "b.toml");
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().message, "b.toml:3: 'tall' must be true or false");
}
