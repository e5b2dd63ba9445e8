#pragma once
// Everything a visitor can ask for, as typed commands: a tap, a key and a script trigger the
// same thing through Kiosk::dispatch.

#include "core/Lang.h"

#include <cstddef>
#include <variant>

namespace vitrin::ui {

struct Wake {};
struct GoHome {};
struct GoBack {};
struct OpenSection {
    std::size_t section;
};
struct OpenItem {
    std::size_t section;
    std::size_t item;
};
struct ShowNext {};
struct ShowPrevious {};
// The viewer's zoom buttons, for visitors who cannot pinch.
struct ZoomIn {};
struct ZoomOut {};
struct SetLanguage {
    core::Lang lang;
};
struct ToggleCaption {};
struct OpenAbout {};  // the introduction, "Om utställningen"
struct StayLonger {}; // the visitor answered the idle countdown
// A choice of staff on the USB import screens; the app carries it out.
struct ImportAction {
    enum class Kind { Swap, Restore, Cancel, Close, SwitchNow, Digit, Erase, SubmitPin };
    Kind kind;
    int digit = 0; // Digit: 0..9
};

// The hidden staff call was made (Gestures' StaffCall): the app asks for the staff PIN.
struct OpenStaff {};
// Accessibility (docs/accessibility.md): the choices' screen, one choice on or off, and reading
// the screen's caption or text aloud (again: stop).
struct OpenAccess {};
enum class AccessFeature { LargeText, HighContrast, ReducedMotion, ScreenReader };
struct ToggleAccess {
    AccessFeature feature;
};
struct Listen {};

using Command = std::variant<Wake, GoHome, GoBack, OpenSection, OpenItem, ShowNext, ShowPrevious,
                             ZoomIn, ZoomOut, SetLanguage, ToggleCaption, OpenAbout, StayLonger,
                             ImportAction, OpenStaff, OpenAccess, ToggleAccess, Listen>;

} // namespace vitrin::ui
