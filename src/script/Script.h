#pragma once
// The input script: a replay of a visitor or staff member, one command a line (see DESIGN.md).
// Parsing is pure; running it is the UI's ScriptRunner.

#include "core/Clock.h"
#include "core/Lang.h"
#include "core/Result.h"

#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace vitrin::script {

using core::Duration;

struct Wait {
    Duration duration;
};
struct Tap {
    float x, y;
};
struct TapOn {
    std::string text;
};
// As TapOn when the screen shows the text; otherwise the time of a tap passes and nothing else
// (a visitor looks for a button that is not there): for generated scripts, such as the soak's
// monkey, that cannot know which screen their random gestures have led to.
struct TryTapOn {
    std::string text;
};
struct LongPress {
    float x, y;
    Duration duration{0.8};
};
struct Swipe {
    float x1, y1, x2, y2;
    Duration duration{0.25};
};
struct Pinch {
    float centreX, centreY, fromPx, toPx;
    Duration duration{0.4};
};
struct Key {
    std::string name; // SDL key name, e.g. "Escape", "F4"
    bool ctrl = false, alt = false, shift = false;
};
struct Shot {
    std::string fileName;
};
struct ExpectScreen {
    std::string name;
};
struct ExpectLang {
    core::Lang lang;
};
struct ExpectText {
    std::string text;
};
// The accessibility modes that are on, all of them: "expect access none" or, e.g.,
// "expect access large-text screen-reader" (large-text, high-contrast, reduced-motion,
// screen-reader, in any order).
struct ExpectAccess {
    bool largeText = false, highContrast = false, reducedMotion = false, screenReader = false;
    bool operator==(const ExpectAccess&) const = default;
};
struct UsbInsert {
    std::string dir; // as written; a relative path is relative to the working directory
};
struct UsbRemove {};

using Command =
    std::variant<Wait, Tap, TapOn, TryTapOn, LongPress, Swipe, Pinch, Key, Shot, ExpectScreen,
                 ExpectLang, ExpectText, ExpectAccess, UsbInsert, UsbRemove>;

struct Line {
    int number; // 1-based line in the script file
    Command command;
};

// Parses a whole script; the error names the first bad line ("line 7: ...").
core::Result<std::vector<Line>> parseScript(std::string_view text);

// Parses "500ms", "2s", "1.5s", "5m"; nullopt-like error for anything else.
core::Result<Duration> parseDuration(std::string_view text);

// One command as the script line parseScript reads back as the same command (coordinates and
// whole milliseconds exactly): how generated scripts, such as the soak's monkey, are written.
std::string formatCommand(const Command& command);

} // namespace vitrin::script
