#include "platform/Display.h"

#include "core/Log.h"

#include <SDL_image.h>
#include <SDL_opengl.h>
#include <X11/Xatom.h>
#include <X11/Xlib.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include <sys/mman.h>
#include <unistd.h>

namespace vitrin::platform {

using core::Error;
using core::Result;

namespace {

// Maps the memory of surface's pixels for writing in one call, leaving what is in it (Linux 5.14
// on). False where that is refused.
bool mapForWriting(const SDL_Surface* surface) {
    if (surface == nullptr || surface->pixels == nullptr) {
        return false;
    }
    const auto page = static_cast<std::uintptr_t>(sysconf(_SC_PAGESIZE));
    auto* pixels = static_cast<std::uint8_t*>(surface->pixels);
    // madvise takes whole pages.
    const std::size_t intoPage = reinterpret_cast<std::uintptr_t>(pixels) % page;
    const std::size_t bytes =
        static_cast<std::size_t>(surface->h) * static_cast<std::size_t>(surface->pitch);
    return madvise(pixels - intoPage, intoPage + bytes, MADV_POPULATE_WRITE) == 0;
}

// True when a window manager runs on the X server (EWMH's _NET_SUPPORTING_WM_CHECK on the root
// window names a window that exists).
bool hasWindowManager() {
    ::Display* x = XOpenDisplay(nullptr);
    if (x == nullptr) {
        return true; // unknown: ask for full screen as before
    }
    const Atom check = XInternAtom(x, "_NET_SUPPORTING_WM_CHECK", True);
    bool found = false;
    if (check != None) {
        Atom type = None;
        int format = 0;
        unsigned long count = 0, after = 0;
        unsigned char* data = nullptr;
        if (XGetWindowProperty(x, DefaultRootWindow(x), check, 0, 1, False, XA_WINDOW, &type,
                               &format, &count, &after, &data) == Success &&
            data != nullptr) {
            found = type == XA_WINDOW && count == 1;
            XFree(data);
        }
    }
    XCloseDisplay(x);
    return found;
}

} // namespace

XScreenPeek::XScreenPeek() : connection_(XOpenDisplay(nullptr)) {
    if (auto* x = static_cast<::Display*>(connection_.get())) {
        size_ = ScreenSize{DisplayWidth(x, DefaultScreen(x)), DisplayHeight(x, DefaultScreen(x))};
    }
}

void XScreenPeek::Closer::operator()(void* connection) const {
    XCloseDisplay(static_cast<::Display*>(connection));
}

namespace {

// GL_RENDERER of the current OpenGL context, "" when there is none.
std::string currentGlRenderer() {
    using GetString = const unsigned char*(APIENTRY*)(GLenum);
    const auto getString = reinterpret_cast<GetString>(SDL_GL_GetProcAddress("glGetString"));
    if (getString == nullptr) {
        return "";
    }
    const unsigned char* name = getString(GL_RENDERER);
    return name != nullptr ? reinterpret_cast<const char*>(name) : "";
}

} // namespace

void leaveOutTextInput() {
    // libdbus knows no transport "disabled", so connecting fails without trying anything.
    setenv("XCOMPOSEFILE", "/dev/null", 0);             // NOLINT(concurrency-mt-unsafe)
    setenv("DBUS_SESSION_BUS_ADDRESS", "disabled:", 0); // NOLINT(concurrency-mt-unsafe)
}

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
    if (const std::string_view driver = SDL_GetCurrentVideoDriver();
        !headless && (driver == "offscreen" || driver == "dummy")) {
        // SDL falls back to these when no display answers; the kiosk would run unseen.
        const char* x = std::getenv("DISPLAY");
        return Error{"no screen to show on: SDL could not open the display (DISPLAY=" +
                     std::string(x != nullptr ? x : "") + ") and chose its " + std::string(driver) +
                     " driver; --headless runs without a screen"};
    }
    if (TTF_Init() != 0) {
        return sdlError("TTF_Init");
    }
    int width = options.width > 0 ? options.width : 1280;
    int height = options.height > 0 ? options.height : 720;
    int x = SDL_WINDOWPOS_CENTERED;
    int y = SDL_WINDOWPOS_CENTERED;
    SDL_DisplayMode desktop;
    const bool fullscreen = options.mode == DisplayOptions::Mode::Fullscreen;
    // Without a window manager (the kiosk's own X server) a borderless window at the desktop's
    // size and place is already full screen; asking SDL for full screen as well costs 100 ms at
    // every start, which SDL 2.26 spends waiting for a window manager's answer.
    bool askFullscreen = fullscreen;
    if (fullscreen && SDL_GetDesktopDisplayMode(0, &desktop) == 0) {
        // Created at the desktop's size, the window never changes size under the renderer
        // (without a window manager the change can come after the first frames).
        width = desktop.w;
        height = desktop.h;
        SDL_Rect bounds;
        if (std::string_view(SDL_GetCurrentVideoDriver()) == "x11" && !hasWindowManager() &&
            SDL_GetDisplayBounds(0, &bounds) == 0) {
            askFullscreen = false;
            x = bounds.x;
            y = bounds.y;
        }
    }
    const auto openWindow = [&](bool opengl) {
        Uint32 flags = SDL_WINDOW_ALLOW_HIGHDPI;
        // An OpenGL window is shown only once its renderer is kept: one left for the software
        // renderer must never flash up on the screen, nor be the window another program finds.
        if (opengl) {
            flags |= SDL_WINDOW_HIDDEN;
        }
        if (fullscreen) {
            flags |= SDL_WINDOW_BORDERLESS;
            if (askFullscreen) {
                flags |= SDL_WINDOW_FULLSCREEN_DESKTOP;
            }
        } else if (options.mode == DisplayOptions::Mode::Windowed) {
            flags |= SDL_WINDOW_RESIZABLE;
        } else {
            flags |= SDL_WINDOW_HIDDEN;
        }
        // Made for OpenGL from the start: otherwise SDL makes the window again for the
        // renderer, and maps it and waits for it a second time.
        if (opengl) {
            flags |= SDL_WINDOW_OPENGL;
        }
        display.window_.reset(SDL_CreateWindow("Vitrin", x, y, width, height, flags));
    };
    if (headless) {
        display.renderPath_ = RenderPath::Software;
    } else {
        const std::optional<std::string> remembered =
            options.stateDir.empty() ? std::nullopt : loadGlRenderer(options.stateDir);
        if (remembered) {
            display.glRenderer_ = *remembered;
        }
        display.renderPath_ = chooseRenderPath(options.renderer, remembered);
        if (display.renderPath_ == RenderPath::OpenGL) {
            openWindow(true);
            if (!display.window_) {
                return sdlError("SDL_CreateWindow");
            }
            display.renderer_.reset(SDL_CreateRenderer(
                display.window_.get(), -1, SDL_RENDERER_ACCELERATED | SDL_RENDERER_PRESENTVSYNC));
            const std::string probed = display.renderer_ ? currentGlRenderer() : "";
            if (!probed.empty()) {
                display.glRenderer_ = probed;
            }
            if (options.renderer == RenderPreference::Auto && !remembered) {
                // The first start on this machine: remember what OpenGL is here, and leave it
                // at once when it is a rasteriser on the CPU.
                display.glRenderer_ = probed;
                if (!options.stateDir.empty() && !saveGlRenderer(options.stateDir, probed)) {
                    core::logWarning("cannot remember the OpenGL renderer in " +
                                     glRendererFile(options.stateDir).string());
                }
                if (isSoftwareGl(probed)) {
                    display.renderer_.reset();
                    display.window_.reset();
                    display.renderPath_ = RenderPath::Software;
                }
            } else if (!display.renderer_) {
                // No GPU driver: the software renderer still gives a working kiosk.
                display.renderer_.reset();
                display.window_.reset();
                display.renderPath_ = RenderPath::Software;
            }
            if (display.renderPath_ == RenderPath::OpenGL) {
                SDL_ShowWindow(display.window_.get());
            }
        }
    }
    if (display.renderPath_ == RenderPath::Software) {
        // The window's own surface (MIT-SHM on X11), not one that SDL emulates with an
        // OpenGL texture: no libGL, no LLVM, no rasteriser between the pixels and X.
        SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
        openWindow(false);
        if (!display.window_) {
            return sdlError("SDL_CreateWindow");
        }
        display.renderer_.reset(
            SDL_CreateRenderer(display.window_.get(), -1, SDL_RENDERER_SOFTWARE));
        // The surface's memory is new, and the first frame would map it page by page: mapped
        // now, while the first picture decodes (on the bench's machine the first full-HD frame's
        // draw and present took 12 ms less). In one call it takes 4-6 ms there, cleared 6-9 ms.
        if (display.renderer_ && !mapForWriting(SDL_GetWindowSurface(display.window_.get()))) {
            SDL_SetRenderDrawColor(display.renderer_.get(), 0, 0, 0, 255);
            SDL_RenderClear(display.renderer_.get());
            SDL_RenderFlush(display.renderer_.get());
        }
    }
    if (!display.renderer_) {
        return sdlError("SDL_CreateRenderer");
    }
    if (!headless) {
        SDL_RendererInfo info{};
        SDL_GetRendererInfo(display.renderer_.get(), &info);
        core::logInfo(
            std::string("renderer ") + (info.name != nullptr ? info.name : "?") +
            (display.glRenderer_.empty() ? "" : " (OpenGL here: " + display.glRenderer_ + ")"));
    }
    SDL_SetRenderDrawBlendMode(display.renderer_.get(), SDL_BLENDMODE_BLEND);
    if (options.mode == DisplayOptions::Mode::Fullscreen) {
        SDL_ShowCursor(SDL_DISABLE);
    }
    return display;
}

Display::Display(Display&& other) noexcept
    : window_(std::move(other.window_)), renderer_(std::move(other.renderer_)),
      ownsSdl_(other.ownsSdl_), renderPath_(other.renderPath_),
      glRenderer_(std::move(other.glRenderer_)) {
    other.ownsSdl_ = false;
}

Display& Display::operator=(Display&& other) noexcept {
    if (this != &other) {
        renderer_ = std::move(other.renderer_);
        window_ = std::move(other.window_);
        ownsSdl_ = other.ownsSdl_;
        renderPath_ = other.renderPath_;
        glRenderer_ = std::move(other.glRenderer_);
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
