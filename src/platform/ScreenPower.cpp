#include "platform/ScreenPower.h"

#include "core/Log.h"

#include <SDL_syswm.h>
#include <X11/Xlib.h>
#include <X11/extensions/dpms.h>

namespace vitrin::platform {

ScreenPower::ScreenPower(SDL_Window* window) {
    SDL_SysWMinfo info;
    SDL_VERSION(&info.version);
    if (window == nullptr || SDL_GetWindowWMInfo(window, &info) != SDL_TRUE ||
        info.subsystem != SDL_SYSWM_X11) {
        core::logInfo("screen power: not on X11; the screen cannot be switched off");
        return;
    }
    Display* display = info.info.x11.display;
    int event = 0;
    int error = 0;
    if (DPMSQueryExtension(display, &event, &error) == False || DPMSCapable(display) == False) {
        core::logWarning("screen power: the X server has no DPMS; the screen cannot be switched "
                         "off outside opening hours");
        return;
    }
    display_ = display;
}

bool ScreenPower::set(bool on) {
    if (display_ == nullptr) {
        return false;
    }
    auto* display = static_cast<Display*>(display_);
    bool done = true;
    if (on) {
        done = DPMSForceLevel(display, DPMSModeOn) != False;
        DPMSDisable(display);
    } else {
        // No standby of the X server's own while lit: only this forced level.
        done = DPMSSetTimeouts(display, 0, 0, 0) != False && DPMSEnable(display) != False &&
               DPMSForceLevel(display, DPMSModeOff) != False;
    }
    XFlush(display);
    return done;
}

} // namespace vitrin::platform
