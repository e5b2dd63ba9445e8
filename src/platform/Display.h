#pragma once
// The window and renderer: full screen, windowed, or headless (off-screen, software).

#include "core/Result.h"
#include "platform/RenderPath.h"
#include "platform/Sdl.h"

#include <filesystem>
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

// The X screen's size before SDL starts (one short X connection of its own), for work that can
// begin while the window opens; nothing without an X server. With several monitors it is their
// bounding box, not the one monitor the window fills.
std::optional<ScreenSize> peekXScreenSize();

class Display {
  public:
    // Starts SDL video and TTF and opens the window; headless uses the offscreen driver.
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
