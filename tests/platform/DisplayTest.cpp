#include "platform/Display.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <optional>
#include <string>

using namespace vitrin;
using platform::Display;
using platform::DisplayOptions;

namespace {

// Sets an environment variable (or unsets it, for nullptr) for one scope.
class ScopedEnv {
  public:
    ScopedEnv(const char* name, const char* value) : name_(name) {
        const char* before = std::getenv(name);
        if (before != nullptr) {
            before_ = before;
        }
        if (value != nullptr) {
            setenv(name, value, 1);
        } else {
            unsetenv(name);
        }
    }
    ~ScopedEnv() {
        if (before_) {
            setenv(name_, before_->c_str(), 1);
        } else {
            unsetenv(name_);
        }
    }
    ScopedEnv(const ScopedEnv&) = delete;
    ScopedEnv& operator=(const ScopedEnv&) = delete;

  private:
    const char* name_;
    std::optional<std::string> before_;
};

} // namespace

TEST(Display, HeadlessUsesTheOffscreenDriverWhateverTheEnvironmentSays) {
    // Another driver that needs no display stands in for the x11 of a desktop session.
    const ScopedEnv dummy("SDL_VIDEODRIVER", "dummy");
    auto display = Display::open({DisplayOptions::Mode::Headless, 320, 240, {}, {}});
    ASSERT_TRUE(display.ok()) << display.error().message;
    EXPECT_STREQ(SDL_GetCurrentVideoDriver(), "offscreen");
    int width = 0, height = 0;
    display->outputSize(width, height);
    EXPECT_EQ(width, 320);
    EXPECT_EQ(height, 240);
}

TEST(Display, AKioskWithoutADisplayIsAnErrorNotAnUnseenWindow) {
    if (std::filesystem::exists("/dev/dri")) {
        GTEST_SKIP() << "SDL's kmsdrm driver could draw on this machine's own screen";
    }
    const ScopedEnv noDriver("SDL_VIDEODRIVER", nullptr);
    const ScopedEnv noWayland("WAYLAND_DISPLAY", nullptr);
    const ScopedEnv noXServer("DISPLAY", ":4093");
    auto display = Display::open({DisplayOptions::Mode::Fullscreen, 0, 0, {}, {}});
    ASSERT_FALSE(display.ok());
    EXPECT_NE(display.error().message.find("no screen to show on"), std::string::npos)
        << display.error().message;
    EXPECT_NE(display.error().message.find(":4093"), std::string::npos);
}

TEST(Display, AWindowOnADriverThatShowsNothingIsAnError) {
    const ScopedEnv offscreen("SDL_VIDEODRIVER", "offscreen");
    auto display = Display::open({DisplayOptions::Mode::Windowed, 320, 240, {}, {}});
    ASSERT_FALSE(display.ok());
    EXPECT_NE(display.error().message.find("offscreen driver"), std::string::npos)
        << display.error().message;
}

TEST(XScreenPeek, NothingWithoutAnXServer) {
    const ScopedEnv noXServer("DISPLAY", ":4093");
    EXPECT_FALSE(platform::XScreenPeek().size());
}

// The process's environment: SDL's start needs no compose table and no session bus; what the
// environment already says is kept.
TEST(Display, TheKioskLeavesOutTextInputUnlessTheEnvironmentSaysOtherwise) {
    ASSERT_EQ(unsetenv("XCOMPOSEFILE"), 0);
    ASSERT_EQ(setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/run/user/1000/bus", 1), 0);
    vitrin::platform::leaveOutTextInput();
    EXPECT_STREQ(std::getenv("XCOMPOSEFILE"), "/dev/null");
    EXPECT_STREQ(std::getenv("DBUS_SESSION_BUS_ADDRESS"), "unix:path=/run/user/1000/bus");
    ASSERT_EQ(unsetenv("DBUS_SESSION_BUS_ADDRESS"), 0);
    vitrin::platform::leaveOutTextInput();
    EXPECT_STREQ(std::getenv("DBUS_SESSION_BUS_ADDRESS"), "disabled:");
}
