#pragma once
// The screen's own power, for opening hours: DPMS on X11 (libXext), the monitor's standby as
// `xset dpms force off` gives it. SDL can keep a screen awake but cannot turn it off. Where the
// window is not on X11 (the headless driver, Wayland) the screen cannot be switched and the
// kiosk simply stops drawing while closed.

#include <SDL.h>

namespace vitrin::platform {

class ScreenPower {
  public:
    // The X server of window; unavailable (every call a no-op) when it has no DPMS.
    explicit ScreenPower(SDL_Window* window);
    bool available() const { return display_ != nullptr; }
    // Off: DPMS enabled with no timeouts of its own, then forced off (the X server lights the
    // screen again at any input). On: forced on, and DPMS disabled again, as vitrin-session.sh
    // leaves it (`xset -dpms`). False when the X server refused.
    bool set(bool on);

  private:
    void* display_ = nullptr; // the X11 Display* SDL's window lives on
};

} // namespace vitrin::platform
