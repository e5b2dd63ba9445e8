#pragma once
// The interactive loop's waiting rule: how long it sleeps in SDL_WaitEventTimeout before it
// looks at the kiosk again. Input, a decoded picture (the workers post an event) and a USB
// stick wake it earlier; nothing else does, so a screen where nothing moves costs no CPU at all.

#include <optional>

namespace vitrin::app {

struct LoopState {
    bool screenOn = true;
    // A frame is wanted: an animation, a fade-in, a window exposed, staff mode at work.
    bool frameWanted = false;
    // Seconds until the next frame may be drawn (frame pacing, the first frame held for its
    // picture); 0: now.
    double secondsToNextFrame = 0;
    // Seconds until the kiosk's picture changes by itself (the idle countdown).
    double secondsUntilChange = 3600;
    // Staff mode open, or a report on its way to the stick: a few frames a second.
    bool staffOpen = false;
    // Pictures are being decoded, and whether their arrival wakes the loop by itself.
    bool loading = false;
    bool wokenByWorkers = true;
    // With systemd's watchdog on: seconds until it wants the next ping.
    std::optional<double> secondsUntilPing;
};

inline constexpr int kStaffWaitMs = 200;        // between staff mode's frames while untouched
inline constexpr int kScreenOffWaitMs = 60'000; // the screen off: the clock looked at this often
inline constexpr int kPollLoadingMs = 5;        // loading without the workers' event
// The longest sleep while visitors may come: the opening hours are looked at this often.
inline constexpr int kLongestWaitMs = 60'000;

// Milliseconds to wait for an event; 0: do not wait.
int waitTimeoutMs(const LoopState& state);

// How much longer the kiosk's first frame waits for its pictures: while the first picture
// decodes, drawing the screen without it first would cost a frame (20-40 ms where software
// draws, on the cores the decoding needs) and show a placeholder for a moment. At most
// kFirstFrameHoldSeconds after the kiosk opened; 0 once a frame was drawn or nothing loads.
inline constexpr double kFirstFrameHoldSeconds = 0.3;
double firstFrameHoldSeconds(int framesDrawn, bool loading, double secondsSinceOpen);

// The shortest time between two frames: 1/60 s, and 1/12 s for the attract loop's slow pan and
// zoom where SDL's software renderer draws. That renderer places pictures on whole pixels, and
// the zoom moves the picture's edges about 12 pixels a second: at 12 frames a second each frame
// moves them by one pixel, while of the 30 frames a second the attract loop asks for most move
// nothing by a whole pixel, yet each costs a full-screen stretch (attract loop measured at
// 14.6-17.4 % of a core at 15 frames a second, 12.9-14.1 % at 12; docs/performance.md).
double minFrameSeconds(bool softwareRenderer, bool attractLoop);

} // namespace vitrin::app
