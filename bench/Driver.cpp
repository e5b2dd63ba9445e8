#include "Driver.h"

#include <SDL_opengl.h>
#include <SDL_syswm.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace vitrin::bench {
namespace {

// Waits until the X server has processed everything sent so far, the presented frame
// included: only then is it on screen.
void syncWithXServer(SDL_Window* window) {
    SDL_SysWMinfo info;
    SDL_VERSION(&info.version);
    if (SDL_GetWindowWMInfo(window, &info) == SDL_TRUE && info.subsystem == SDL_SYSWM_X11) {
        XSync(info.info.x11.display, False);
    }
}

} // namespace

Driver::Driver(const std::filesystem::path& media, const std::filesystem::path& state) {
    // What a kiosk PC runs: the X11 video driver with SDL's OpenGL renderer.
    SDL_SetHint(SDL_HINT_VIDEODRIVER, "x11");
    SDL_SetHint(SDL_HINT_RENDER_DRIVER, "opengl");
    app::Options options;
    options.media = media;
    options.stateDir = state;
    auto opened =
        app::Session::open(options, platform::DisplayOptions::Mode::Fullscreen, clock_.now());
    if (!opened) {
        std::fprintf(stderr, "vitrin-bench: %s\n", opened.error().message.c_str());
        std::exit(1);
    }
    session_ = std::move(*opened);
}

Frame Driver::step(double maxWaitSeconds, const ui::ImageKey* watched) {
    ui::Kiosk& kiosk = session_->kiosk();
    ui::ImageStore& images = session_->images();
    // The waiting rule of KioskLoop, capped so that scripted input arrives on time.
    const double idle = kiosk.secondsUntilChange();
    const bool busy = idle <= 0 || needsPresent_ || images.isFading(clock_.now());
    const int loopTimeoutMs = busy ? 0
                              : images.isLoading()
                                  ? 5
                                  : static_cast<int>(std::min(60.0, idle) * 1000.0) + 1;
    const int timeoutMs = std::min(loopTimeoutMs, static_cast<int>(maxWaitSeconds * 1000.0));
    SDL_Event event;
    bool haveEvent = SDL_WaitEventTimeout(&event, timeoutMs) != 0;
    while (haveEvent) {
        if (event.type == SDL_WINDOWEVENT) {
            needsPresent_ = true;
        }
        haveEvent = SDL_PollEvent(&event) != 0;
    }
    Frame frame;
    const core::TimePoint start = clock_.now();
    kiosk.update(start);
    const bool arrived = images.poll(start);
    if (!(kiosk.needsFrame() || needsPresent_ || arrived || images.isFading(start))) {
        return frame;
    }
    const core::TimePoint frameStart = clock_.now();
    // A picture has an age once its texture is uploaded; before, the renderer draws a
    // placeholder in its place.
    frame.watchedVisible = watched != nullptr && images.ageOf(*watched, frameStart) > 0;
    session_->draw(frameStart);
    SDL_RenderPresent(session_->display().renderer());
    syncWithXServer(session_->display().window());
    needsPresent_ = false;
    frame.drawn = true;
    frame.shownAt = clock_.now();
    frame.workSeconds = (frame.shownAt - start).count();
    if (frameSink_ != nullptr) {
        frameSink_->push_back(frame.workSeconds);
    }
    const double spent = (frame.shownAt - frameStart).count();
    if (spent < 1.0 / 60) {
        SDL_Delay(static_cast<Uint32>((1.0 / 60 - spent) * 1000));
    }
    return frame;
}

void Driver::touch(ui::PointerEvent::Phase phase, ui::Point pos) {
    session_->kiosk().feed(ui::PointerEvent{1, phase, pos, clock_.now()});
}

std::string rendererDescription(app::Session& session) {
    SDL_RendererInfo info{};
    SDL_GetRendererInfo(session.display().renderer(), &info);
    std::string text = info.name != nullptr ? info.name : "unknown";
    using GetString = const GLubyte*(APIENTRY*)(GLenum);
    if (text == "opengl") {
        const auto getString = reinterpret_cast<GetString>(SDL_GL_GetProcAddress("glGetString"));
        if (getString != nullptr && getString(GL_RENDERER) != nullptr) {
            text += std::string(" (") + reinterpret_cast<const char*>(getString(GL_RENDERER)) + ")";
        }
    }
    return text;
}

} // namespace vitrin::bench
