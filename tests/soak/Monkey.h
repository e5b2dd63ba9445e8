#pragma once
// The soak's monkey: a seeded, repeatable script of visitors tapping, swiping, pinching,
// pressing long, changing language, turning the accessibility modes on and off, listening,
// zooming and walking away, for hours or days of virtual time, with the staff's USB swap once
// a simulated day. The same options give the same script, byte for byte, on every machine.

#include "script/Script.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace vitrin::soak {

// A prepared content folder the staff swap in, and a text its home screen shows.
struct Stick {
    std::string dir;
    std::string homeText;
};

struct MonkeyOptions {
    std::uint64_t seed = 1;
    double hours = 1; // virtual time the script covers
    int width = 1920; // the layout's logical pixels
    int height = 1080;
    double idleTimeoutSeconds = 90;        // the exhibition's idle reset
    core::Lang startLang = core::Lang::Sv; // the language the idle reset returns to
    double dayHours = 24;                  // one USB swap per day, taking turns among sticks
    std::vector<Stick> sticks;             // none: no swaps
    std::string pin = "1234";
};

struct MonkeyCounts {
    int visitors = 0;
    int taps = 0;
    int doubleTaps = 0;
    int swipes = 0;
    int pinches = 0;
    int longPresses = 0;
    int keys = 0;
    int languageChanges = 0;
    int largerText = 0;     // the bar's "A+"
    int accessScreens = 0;  // the bar's accessibility button, to "Tillgänglighet"
    int accessSwitches = 0; // a switch there (larger text, high contrast, less motion, reader)
    int listens = 0;        // "Lyssna" or, while speaking, "Tyst"
    int zooms = 0;          // the viewer's zoom-in and zoom-out buttons
    int readerHolds = 0;    // two fingers held still for the screen reader
    int readerChoices = 0;  // a double tap that chooses what the screen reader read last
    int shortPauses = 0;    // a visitor hesitates or the next one comes before the idle reset
    int countdowns = 0;     // a pause into the "more time?" countdown, then a touch
    int longPauses = 0;     // longer than the idle timeout, each followed by expect screen attract
    int swaps = 0;
};

struct MonkeyScript {
    std::vector<std::string> lines; // script lines, comments included
    MonkeyCounts counts;
    double virtualSeconds = 0; // what the script lasts, counted as the script runner runs it
};

MonkeyScript generateMonkey(const MonkeyOptions& options);

// The words on the buttons the monkey looks for, in one language: the accessibility button
// (its name, not its icon), the switches' names and states, listen and stop, zoom in and out.
// They must be the kiosk's own (src/ui/Strings.cpp; MonkeyTest compares them).
struct VisitorWords {
    std::string_view access, largerText, highContrast, lessMotion, screenReader, on, off, listen,
        stop, zoomIn, zoomOut;
};
const VisitorWords& visitorWords(core::Lang lang);

// The script as a file's text, one line each, starting with a comment naming the options.
std::string monkeyText(const MonkeyOptions& options, const MonkeyScript& script);

} // namespace vitrin::soak
