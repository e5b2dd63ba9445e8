#include "platform/Display.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <string>

using namespace vitrin;
using platform::Display;
using platform::DisplayOptions;

TEST(Display, HeadlessUsesTheOffscreenDriverWhateverTheEnvironmentSays) {
    // Another driver that needs no display stands in for the x11 of a desktop session.
    const char* before = std::getenv("SDL_VIDEODRIVER");
    const std::string saved = before != nullptr ? before : "";
    setenv("SDL_VIDEODRIVER", "dummy", 1);
    {
        auto display = Display::open({DisplayOptions::Mode::Headless, 320, 240, {}, {}});
        ASSERT_TRUE(display.ok()) << display.error().message;
        EXPECT_STREQ(SDL_GetCurrentVideoDriver(), "offscreen");
        int width = 0, height = 0;
        display->outputSize(width, height);
        EXPECT_EQ(width, 320);
        EXPECT_EQ(height, 240);
    }
    if (before != nullptr) {
        setenv("SDL_VIDEODRIVER", saved.c_str(), 1);
    } else {
        unsetenv("SDL_VIDEODRIVER");
    }
}
