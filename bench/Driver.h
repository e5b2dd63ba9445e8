#pragma once
// A running kiosk for measurements: a Session in a real full-screen X11 window, driven by a
// copy of the interactive loop (src/app/KioskLoop.cpp) that also reports when a frame is on
// the X server and how long it took. Scripted pointer events replace the visitor.

#include "app/Session.h"
#include "ui/Scene.h"

#include <chrono>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace vitrin::bench {

struct Frame {
    bool drawn = false;        // a frame was drawn and presented
    double workSeconds = 0;    // update, poll, draw, present and the X server's round trip
    core::TimePoint shownAt{}; // when the X server had the frame (kiosk clock)
    double watchedAge = 0;     // seconds since the watched picture arrived; 0: not there
};

class Driver {
  public:
    // Opens the kiosk on media with its state in state, full screen, as `vitrin` does.
    // Exits the process with a message when the display cannot be opened.
    Driver(const std::filesystem::path& media, const std::filesystem::path& state);

    app::Session& session() { return *session_; }
    ui::Kiosk& kiosk() { return session_->kiosk(); }
    core::TimePoint now() const { return clock_.now(); }
    // A kiosk clock time on the system's steady clock, comparable across processes.
    std::chrono::steady_clock::time_point steadyAt(core::TimePoint time) const {
        return steadyStart_ + std::chrono::duration_cast<std::chrono::steady_clock::duration>(time);
    }
    // While sink is set, the work time of every frame drawn is appended to it.
    void recordFrames(std::vector<double>* sink) { frameSink_ = sink; }

    // One pass of the kiosk loop: waits (at most maxWaitSeconds) for input or for the next
    // frame as the loop does, advances the kiosk, uploads finished pictures, and draws and
    // presents when the picture changed, then keeps to 60 frames a second like the loop.
    // watched: a picture whose arrival on screen the caller wants to know about.
    Frame step(double maxWaitSeconds, const ui::ImageKey* watched = nullptr);

    // A finger event at the current time, in layout pixels.
    void touch(ui::PointerEvent::Phase phase, ui::Point pos);

  private:
    core::RealClock clock_;
    std::chrono::steady_clock::time_point steadyStart_ = std::chrono::steady_clock::now();
    std::vector<double>* frameSink_ = nullptr;
    std::unique_ptr<app::Session> session_;
    bool needsPresent_ = true;
    Uint32 wakeEvent_ = static_cast<Uint32>(-1);
    bool software_ = false;
    core::TimePoint lastFrame_{-1000.0};
    core::TimePoint openedAt_{};
    int framesDrawn_ = 0;
    bool firstFrameTextSet_ = false; // as KioskLoop: while the first frame waits for its picture
};

// The renderer SDL chose and the OpenGL renderer string, e.g. "opengl (llvmpipe ...)".
std::string rendererDescription(app::Session& session);

} // namespace vitrin::bench
