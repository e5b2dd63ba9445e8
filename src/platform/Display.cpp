#include "platform/Display.h"

#include <SDL_image.h>

#include <cstdlib>

namespace vitrin::platform {

using core::Error;
using core::Result;

Result<Display> Display::open(const DisplayOptions& options) {
    const bool headless = options.mode == DisplayOptions::Mode::Headless;
    if (headless) {
        // Off-screen rendering needs no X server; tests and --shots rely on it. Override: a
        // plain hint loses to SDL_VIDEODRIVER in the environment (a desktop session, a shell), and
        // a headless run must never open a window on a real display.
        SDL_SetHintWithPriority(SDL_HINT_VIDEODRIVER, "offscreen", SDL_HINT_OVERRIDE);
        // The driver's own framebuffer, not one emulated with OpenGL ES: no EGL or Mesa is
        // loaded, which keeps headless runs light and free of Mesa's leaks under LeakSanitizer.
        SDL_SetHintWithPriority(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0", SDL_HINT_OVERRIDE);
    }
    SDL_SetHint(SDL_HINT_VIDEO_MINIMIZE_ON_FOCUS_LOSS, "0");
    SDL_SetHint(SDL_HINT_RENDER_SCALE_QUALITY, "linear");
    // Touch events stay touch events; the gesture recogniser handles the mouse separately.
    SDL_SetHint(SDL_HINT_TOUCH_MOUSE_EVENTS, "0");
    SDL_SetHint(SDL_HINT_MOUSE_TOUCH_EVENTS, "0");
    // A close request for the window (a window manager's close button, WM_DELETE_WINDOW sent by
    // any X client) ends a window, not a full-screen kiosk: there it stays a window event the
    // kiosk ignores. SIGTERM still arrives as SDL_QUIT, so `systemctl stop` ends it.
    SDL_SetHint(SDL_HINT_QUIT_ON_LAST_WINDOW_CLOSE,
                options.mode == DisplayOptions::Mode::Fullscreen ? "0" : "1");
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_EVENTS) != 0) {
        return sdlError("SDL_Init");
    }
    Display display;
    display.ownsSdl_ = true;
    if (TTF_Init() != 0) {
        return sdlError("TTF_Init");
    }
    int width = options.width > 0 ? options.width : 1280;
    int height = options.height > 0 ? options.height : 720;
    SDL_DisplayMode desktop;
    if (options.mode == DisplayOptions::Mode::Fullscreen &&
        SDL_GetDesktopDisplayMode(0, &desktop) == 0) {
        // Created at the desktop's size, the window never changes size under the renderer
        // (without a window manager the change can come after the first frames).
        width = desktop.w;
        height = desktop.h;
    }
    Uint32 flags = SDL_WINDOW_ALLOW_HIGHDPI;
    if (options.mode == DisplayOptions::Mode::Fullscreen) {
        flags |= SDL_WINDOW_FULLSCREEN_DESKTOP | SDL_WINDOW_BORDERLESS;
    } else if (options.mode == DisplayOptions::Mode::Windowed) {
        flags |= SDL_WINDOW_RESIZABLE;
    } else {
        flags |= SDL_WINDOW_HIDDEN;
    }
    display.window_.reset(SDL_CreateWindow("Vitrin", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED,
                                           width, height, flags));
    if (!display.window_) {
        return sdlError("SDL_CreateWindow");
    }
    const Uint32 rendererFlags =
        headless ? SDL_RENDERER_SOFTWARE : SDL_RENDERER_ACCELERATED | SDL_RENDERER_PRESENTVSYNC;
    display.renderer_.reset(SDL_CreateRenderer(display.window_.get(), -1, rendererFlags));
    if (!display.renderer_ && !headless) {
        // No GPU driver: the software renderer still gives a working kiosk.
        display.renderer_.reset(
            SDL_CreateRenderer(display.window_.get(), -1, SDL_RENDERER_SOFTWARE));
    }
    if (!display.renderer_) {
        return sdlError("SDL_CreateRenderer");
    }
    SDL_SetRenderDrawBlendMode(display.renderer_.get(), SDL_BLENDMODE_BLEND);
    if (options.mode == DisplayOptions::Mode::Fullscreen) {
        SDL_ShowCursor(SDL_DISABLE);
    }
    return display;
}

Display::Display(Display&& other) noexcept
    : window_(std::move(other.window_)), renderer_(std::move(other.renderer_)),
      ownsSdl_(other.ownsSdl_) {
    other.ownsSdl_ = false;
}

Display& Display::operator=(Display&& other) noexcept {
    if (this != &other) {
        renderer_ = std::move(other.renderer_);
        window_ = std::move(other.window_);
        ownsSdl_ = other.ownsSdl_;
        other.ownsSdl_ = false;
    }
    return *this;
}

Display::~Display() {
    renderer_.reset();
    window_.reset();
    if (ownsSdl_) {
        TTF_Quit();
        SDL_Quit();
    }
}

void Display::outputSize(int& width, int& height) const {
    SDL_GetRendererOutputSize(renderer_.get(), &width, &height);
}

Result<void> Display::savePng(const std::filesystem::path& file) const {
    int width = 0, height = 0;
    outputSize(width, height);
    SurfacePtr surface(
        SDL_CreateRGBSurfaceWithFormat(0, width, height, 32, SDL_PIXELFORMAT_ABGR8888));
    if (!surface) {
        return sdlError("SDL_CreateRGBSurfaceWithFormat");
    }
    if (SDL_RenderReadPixels(renderer_.get(), nullptr, SDL_PIXELFORMAT_ABGR8888, surface->pixels,
                             surface->pitch) != 0) {
        return sdlError("SDL_RenderReadPixels");
    }
    if (IMG_SavePNG(surface.get(), file.c_str()) != 0) {
        return sdlError("IMG_SavePNG " + file.string());
    }
    return {};
}

} // namespace vitrin::platform
