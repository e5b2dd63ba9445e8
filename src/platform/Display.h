#pragma once
// The window and renderer: full screen, windowed, or headless (off-screen, software).

#include "core/Result.h"
#include "platform/RenderPath.h"
#include "platform/Sdl.h"

#include <filesystem>
#include <memory>
#include <optional>
#include <string>

namespace vitrin::platform {

struct DisplayOptions {
    enum class Mode { Fullscreen, Windowed, Headless } mode = Mode::Fullscreen;
    int width = 0, height = 0; // Windowed: the window size (0: 1280x720); Headless: the frame size
    // Which renderer draws (RenderPath.h); headless is always software.
    RenderPreference renderer = RenderPreference::Auto;
    // Where the OpenGL renderer's name is remembered between starts; empty: never remembered.
    std::filesystem::path stateDir;
};

struct ScreenSize {
    int width = 0;
    int height = 0;
};

// The X screen before SDL starts, through an X connection of its own: its size, for work that
// can begin while the window opens. Keep it until the Display is open: an X server resets when
// its last client leaves (Xorg and Xvfb do unless started with -noreset), a connection made
// during the reset fails, and SDL would then fall back to a driver that shows nothing.
class XScreenPeek {
  public:
    XScreenPeek();
    // Nothing without an X server. With several monitors it is their bounding box, not the one
    // monitor the window fills.
    std::optional<ScreenSize> size() const { return size_; }

  private:
    struct Closer {
        void operator()(void* connection) const;
    };
    std::unique_ptr<void, Closer> connection_;
    std::optional<ScreenSize> size_;
};

// Vitrin takes no typed text (visitors tap; staff mode has a keypad of its own), so SDL's start
// need not prepare for it. Xlib's input method would parse the locale's table of compose
// sequences (dead keys; about 20 ms of a start), and SDL's probe for the IBus input method would
// make libdbus start a session bus with dbus-launch where there is none (a process, and a
// daemon left running). Sets XCOMPOSEFILE to an empty table and DBUS_SESSION_BUS_ADDRESS to an
// address that fails at once, each only where the environment does not set it already. Call it
// before any thread starts: it changes the environment.
void leaveOutTextInput();

class Display {
  public:
    // Starts SDL video and TTF and opens the window; headless uses the offscreen driver. Without
    // headless, a display SDL cannot open is an error, never a kiosk drawing where nobody sees.
    static core::Result<Display> open(const DisplayOptions& options);
    Display(Display&&) noexcept;
    Display& operator=(Display&&) noexcept;
    ~Display();

    SDL_Window* window() const { return window_.get(); }
    SDL_Renderer* renderer() const { return renderer_.get(); }
    // Which renderer draws, and the OpenGL renderer's name when it is known (probed now or
    // remembered from an earlier start).
    RenderPath renderPath() const { return renderPath_; }
    const std::string& glRenderer() const { return glRenderer_; }
    // The drawable size in pixels.
    void outputSize(int& width, int& height) const;
    // Writes what was last rendered to a PNG file.
    core::Result<void> savePng(const std::filesystem::path& file) const;

  private:
    Display() = default;
    WindowPtr window_;
    RendererPtr renderer_;
    bool ownsSdl_ = false;
    RenderPath renderPath_ = RenderPath::Software;
    std::string glRenderer_;
};

} // namespace vitrin::platform
