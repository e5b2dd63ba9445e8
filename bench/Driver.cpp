#include "Driver.h"

#include "app/LoopWait.h"

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
    // What a kiosk PC runs: the X11 video driver, and the renderer the kiosk chooses
    // (VITRIN_BENCH_RENDERER=opengl|software forces one, as `vitrin --renderer` does).
    SDL_SetHint(SDL_HINT_VIDEODRIVER, "x11");
    app::Options options;
    options.media = media;
    options.stateDir = state;
    if (const char* renderer = std::getenv("VITRIN_BENCH_RENDERER"); renderer != nullptr) {
        options.renderer = platform::parseRenderPreference(renderer);
    }
    auto opened =
        app::Session::open(options, platform::DisplayOptions::Mode::Fullscreen, clock_.now());
    if (!opened) {
        std::fprintf(stderr, "vitrin-bench: %s\n", opened.error().message.c_str());
        std::exit(1);
    }
    session_ = std::move(*opened);
    // As the kiosk loop: the workers wake the loop when a picture is decoded.
    wakeEvent_ = SDL_RegisterEvents(1);
    if (wakeEvent_ != static_cast<Uint32>(-1)) {
        const Uint32 type = wakeEvent_;
        session_->setWake([type] {
            SDL_Event event{};
            event.type = type;
            SDL_PushEvent(&event);
        });
    }
    software_ = session_->display().renderPath() == platform::RenderPath::Software;
    openedAt_ = clock_.now();
}

Frame Driver::step(double maxWaitSeconds, const ui::ImageKey* watched) {
    ui::Kiosk& kiosk = session_->kiosk();
    ui::ImageStore& images = session_->images();
    // The waiting rule of KioskLoop (LoopWait.h), capped so that scripted input arrives on
    // time.
    const double frameGap = app::minFrameSeconds(software_, kiosk.screenName() == "attract");
    app::LoopState wait;
    wait.secondsUntilChange = kiosk.secondsUntilChange();
    wait.frameWanted =
        wait.secondsUntilChange <= 0 || needsPresent_ || images.isFading(clock_.now());
    const double held = app::firstFrameHoldSeconds(framesDrawn_, images.isLoading(),
                                                   (clock_.now() - openedAt_).count());
    if (held > 0 && !firstFrameTextSet_) {
        session_->setFirstFrameText();
        firstFrameTextSet_ = true;
    }
    wait.secondsToNextFrame =
        std::max(held, (lastFrame_ + core::Duration(frameGap) - clock_.now()).count());
    wait.loading = images.isLoading();
    wait.wokenByWorkers = wakeEvent_ != static_cast<Uint32>(-1);
    const int timeoutMs =
        std::min(app::waitTimeoutMs(wait), static_cast<int>(maxWaitSeconds * 1000.0));
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
    // A picture that arrives is drawn at the next 1/60 s, whatever the animation's pace.
    // The first frame waits a moment for its picture, as in the kiosk loop.
    const bool frameDue = (needsPresent_ || (start - lastFrame_).count() >=
                                                (arrived ? 1.0 / 60 : frameGap) - 0.0005) &&
                          app::firstFrameHoldSeconds(framesDrawn_, images.isLoading(),
                                                     (start - openedAt_).count()) <= 0;
    if (!frameDue || !(kiosk.needsFrame() || needsPresent_ || arrived || images.isFading(start))) {
        return frame;
    }
    const core::TimePoint frameStart = clock_.now();
    lastFrame_ = frameStart;
    ++framesDrawn_;
    // A picture has an age once its texture is uploaded; before, the renderer draws a
    // placeholder in its place.
    frame.watchedAge = watched != nullptr ? images.ageOf(*watched, frameStart) : 0;
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
    return frame;
}

void Driver::touch(ui::PointerEvent::Phase phase, ui::Point pos) {
    session_->kiosk().feed(ui::PointerEvent{1, phase, pos, clock_.now()});
}

std::string rendererDescription(app::Session& session) {
    SDL_RendererInfo info{};
    SDL_GetRendererInfo(session.display().renderer(), &info);
    std::string text = info.name != nullptr ? info.name : "unknown";
    if (text == "software") {
        const std::string& gl = session.display().glRenderer();
        return text + " (OpenGL here: " + (gl.empty() ? "unknown" : gl) + ")";
    }
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
