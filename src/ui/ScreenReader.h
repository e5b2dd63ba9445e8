#pragma once
// The screen reader for visitors who cannot see the screen, as on a phone: a tap reads what it
// touches, a double tap anywhere activates what was read last, a swipe left or right moves to
// the next or previous element in reading order. It works on the Scene alone, so it reads
// every screen the same way and needs no SDL.

#include "core/Clock.h"
#include "core/Lang.h"
#include "ui/Gestures.h"
#include "ui/Scene.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace vitrin::ui {

// One thing the reader can stop at: a button (with its command) or a text.
struct Readable {
    Rect rect;
    std::string text;
    std::optional<Command> command;
};

// The scene's buttons and texts, top to bottom and, within a row, left to right. A text that is
// a button's face is the button. lang names what a button is ("knapp", "button", "кнопка").
std::vector<Readable> readingOrder(const Scene& scene, core::Lang lang);

class ScreenReader {
  public:
    // What the reader wants done with a gesture.
    struct Outcome {
        std::string say;                // to read aloud; empty: nothing
        std::optional<Command> command; // to carry out (a double tap on a button)
    };

    explicit ScreenReader(double doubleTapSeconds = GestureThresholds{}.doubleTapSeconds)
        : doubleTapSeconds_(doubleTapSeconds) {}

    // The reader's answer to gesture on the current scene (asked for only when needed: a
    // finger's every move need not build one); none when the gesture is not the reader's (a
    // vertical pan scrolls, a pinch zooms, as without it).
    std::optional<Outcome> onGesture(const Gesture& gesture,
                                     const std::function<const Scene&()>& currentScene,
                                     core::Lang lang, core::TimePoint now);
    // A single tap is read once no second tap followed it (that would make it a double tap).
    Outcome update(const Scene& scene, core::Lang lang, core::TimePoint now);
    bool hasPendingTap() const { return pendingTap_.has_value(); }
    // Where the element read last is in scene; none when it is not on screen.
    std::optional<Rect> focus(const Scene& scene, core::Lang lang) const;
    // Forgets the element read last (a new screen).
    void reset();

  private:
    std::optional<size_t> focusIndex(const std::vector<Readable>& order) const;
    Outcome readAt(const std::vector<Readable>& order, size_t index);

    double doubleTapSeconds_;
    std::optional<Readable> focused_;
    // A horizontal pan in progress belongs to the reader from its start.
    bool panIsReaders_ = false;
    std::optional<Point> pendingTap_;
    core::TimePoint pendingSince_{};
};

} // namespace vitrin::ui
