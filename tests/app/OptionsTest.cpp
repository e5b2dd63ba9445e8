#include "app/Options.h"
#include "app/Input.h"

#include <gtest/gtest.h>

using namespace vitrin;
using app::Options;
using app::parseOptions;

TEST(Options, NoArgumentsIsTheFullScreenKiosk) {
    auto options = parseOptions({});
    ASSERT_TRUE(options.ok());
    EXPECT_EQ(options->mode, Options::Mode::Kiosk);
    EXPECT_FALSE(options->windowed);
}

TEST(Options, WindowedTakesAnOptionalSize) {
    auto plain = parseOptions({"--windowed", "--lang", "ru"});
    ASSERT_TRUE(plain.ok());
    EXPECT_TRUE(plain->windowed);
    EXPECT_EQ(plain->windowWidth, 0);
    EXPECT_EQ(plain->lang, core::Lang::Ru);
    auto sized = parseOptions({"--windowed", "1080x1920", "--media", "/tmp/x"});
    ASSERT_TRUE(sized.ok());
    EXPECT_EQ(sized->windowWidth, 1080);
    EXPECT_EQ(sized->windowHeight, 1920);
    EXPECT_EQ(sized->media, "/tmp/x");
    EXPECT_FALSE(parseOptions({"--windowed", "big"}).ok());
    EXPECT_FALSE(parseOptions({"--windowed", "10x10"}).ok());
}

TEST(Options, RendererIsAutoOpenGlOrSoftware) {
    EXPECT_FALSE(parseOptions({})->renderer.has_value());
    auto software = parseOptions({"--renderer", "software"});
    ASSERT_TRUE(software.ok());
    EXPECT_EQ(software->renderer, platform::RenderPreference::Software);
    EXPECT_EQ(parseOptions({"--renderer", "opengl"})->renderer, platform::RenderPreference::OpenGL);
    EXPECT_FALSE(parseOptions({"--renderer", "vulkan"}).ok());
    EXPECT_FALSE(parseOptions({"--renderer"}).ok());
}

TEST(Options, HeadlessNeedsAScript) {
    auto options = parseOptions(
        {"--headless", "--script", "a.vscript", "--shots", "out", "--layout", "portrait-1080p"});
    ASSERT_TRUE(options.ok());
    EXPECT_EQ(options->mode, Options::Mode::Headless);
    EXPECT_EQ(options->script, "a.vscript");
    EXPECT_EQ(options->shotsDir, "out");
    EXPECT_EQ(options->layout, "portrait-1080p");
    EXPECT_FALSE(parseOptions({"--headless"}).ok());
    EXPECT_FALSE(parseOptions({"--script", "a.vscript"}).ok());
}

TEST(Options, CheckTakesAFolder) {
    auto options = parseOptions({"--check", "/media/usb", "--lang", "en"});
    ASSERT_TRUE(options.ok());
    EXPECT_EQ(options->mode, Options::Mode::Check);
    EXPECT_EQ(options->checkDir, "/media/usb");
    EXPECT_FALSE(parseOptions({"--check"}).ok());
    EXPECT_FALSE(parseOptions({"--check", "--lang", "en"}).ok());
}

TEST(Options, SetPinTakesTheStateFolder) {
    auto options = parseOptions({"--set-pin", "--state", "/var/lib/vitrin"});
    ASSERT_TRUE(options.ok());
    EXPECT_EQ(options->mode, Options::Mode::SetPin);
    EXPECT_EQ(options->stateDir, "/var/lib/vitrin");
    auto withoutState = parseOptions({"--set-pin"});
    ASSERT_TRUE(withoutState.ok());
    EXPECT_EQ(withoutState->mode, Options::Mode::SetPin);
    EXPECT_FALSE(withoutState->stateDir.has_value());
    EXPECT_FALSE(parseOptions({"--set-pin", "1234"}).ok()); // the PIN comes from standard input
    EXPECT_FALSE(parseOptions({"--set-pin", "--check", "/media/usb"}).ok());
    EXPECT_FALSE(parseOptions({"--headless", "--script", "a.vscript", "--set-pin"}).ok());
    EXPECT_NE(app::usage().find("--set-pin"), std::string::npos);
}

TEST(Options, BadUsageIsAnError) {
    EXPECT_FALSE(parseOptions({"--fullscreen"}).ok());
    EXPECT_FALSE(parseOptions({"--lang", "de"}).ok());
    EXPECT_FALSE(parseOptions({"media"}).ok());
    EXPECT_EQ(parseOptions({"--help"})->mode, Options::Mode::Help);
    EXPECT_EQ(parseOptions({"--version"})->mode, Options::Mode::Version);
}

TEST(Input, KeysMapToTheSameCommandsAsButtons) {
    EXPECT_TRUE(
        std::holds_alternative<ui::GoBack>(*app::commandForKey("Escape", false, false, false)));
    EXPECT_TRUE(
        std::holds_alternative<ui::GoHome>(*app::commandForKey("Home", false, false, false)));
    auto russian = app::commandForKey("3", false, false, false);
    EXPECT_EQ(std::get<ui::SetLanguage>(*russian).lang, core::Lang::Ru);
    EXPECT_FALSE(app::commandForKey("F4", false, true, false).has_value());
    EXPECT_FALSE(app::commandForKey("Q", false, false, false).has_value());
}

TEST(Options, ImportAndStatusAreJobsOfTheirOwn) {
    auto import = parseOptions({"--import", "/media/vitrin-usb", "--state", "/var/lib/vitrin"});
    ASSERT_TRUE(import.ok());
    EXPECT_EQ(import->mode, Options::Mode::Import);
    EXPECT_EQ(import->importDir, "/media/vitrin-usb");
    EXPECT_EQ(import->stateDir, "/var/lib/vitrin");
    auto status = parseOptions({"--status", "--json"});
    ASSERT_TRUE(status.ok());
    EXPECT_EQ(status->mode, Options::Mode::Status);
    EXPECT_TRUE(status->json);
    EXPECT_FALSE(parseOptions({"--import"}).ok());
    EXPECT_FALSE(parseOptions({"--json"}).ok());
    EXPECT_FALSE(parseOptions({"--import", "a", "--check", "b"}).ok());
    EXPECT_FALSE(parseOptions({"--status", "--set-pin"}).ok());
    EXPECT_FALSE(parseOptions({"--status", "--headless", "--script", "a"}).ok());
}

TEST(Options, StatsMergeTakesFoldersAndAnOutputFolder) {
    auto options = parseOptions({"--stats-merge", "a", "b c", "--out", "tour"});
    ASSERT_TRUE(options);
    EXPECT_EQ(options->mode, Options::Mode::StatsMerge);
    EXPECT_EQ(options->statsDirs, (std::vector<std::filesystem::path>{"a", "b c"}));
    EXPECT_EQ(options->outDir, "tour");
    EXPECT_FALSE(parseOptions({"--stats-merge", "--out", "tour"}));
    EXPECT_FALSE(parseOptions({"--stats-merge", "a"}));
    EXPECT_FALSE(parseOptions({"--out", "tour"}));
    EXPECT_FALSE(parseOptions({"--stats-merge", "a", "--out", "t", "--check", "x"}));
}
