#pragma once
// The one place where fingers and the mouse become gestures. Screens only ever see Gesture.

#include "core/Clock.h"
#include "ui/Geometry.h"

#include <cstdint>
#include <limits>
#include <map>
#include <variant>
#include <vector>

namespace vitrin::ui {

using core::TimePoint;

// Cancel ends a pointer without completing its gesture: no tap, no swipe, and a pan or pinch in
// progress ends as Cancelled. A Cancel with id kAllPointers ends every pointer (focus lost).
struct PointerEvent {
    enum class Phase { Down, Move, Up, Cancel };
    std::int64_t id; // finger id, kMouseId for the mouse, or kAllPointers with Cancel
    Phase phase;
    Point pos; // logical pixels of the layout
    TimePoint time;
    static constexpr std::int64_t kMouseId = -1;
    static constexpr std::int64_t kAllPointers = std::numeric_limits<std::int64_t>::min();
};

struct Tap {
    Point pos;
};
struct DoubleTap {
    Point pos;
};
struct LongPress {
    Point pos;
};
enum class GesturePhase { Began, Moved, Ended, Cancelled };
// One finger moving. On Ended, velocity is in logical px per second.
struct Pan {
    GesturePhase phase;
    Point start;
    Point pos;
    Point delta;    // since the previous Pan event
    Point velocity; // px/s, smoothed
};
// Two fingers. scale is the current distance over the distance when the pinch began.
struct Pinch {
    GesturePhase phase;
    Point centre;
    float scale;
};

// The hidden call for staff mode: kStaffCallTaps taps (single or double) in the top-left corner
// of the screen within staffCallSeconds, with no other touch between them. It comes after the
// Tap or DoubleTap that completes it, which is handled as usual.
struct StaffCall {};

// Two fingers held still for twoFingerHoldSeconds: turns the screen reader on or off
// (docs/accessibility.md). The pinch the fingers began is cancelled first.
struct TwoFingerHold {};

using Gesture = std::variant<Tap, DoubleTap, LongPress, Pan, Pinch, StaffCall, TwoFingerHold>;

inline constexpr int kStaffCallTaps = 5;

// Thresholds in logical pixels at 1080p; the recogniser scales them with the layout.
struct GestureThresholds {
    float tapSlop = 24;            // a finger that moves less than this is still a tap
    double longPressSeconds = 0.7; // held still this long without lifting
    double doubleTapSeconds = 0.3; // second tap within this time ...
    float doubleTapSlop = 48;      // ... and this distance of the first
    // A pointer with no event for this long is taken to be gone and is cancelled. Its finger-up
    // can be lost (SDL on X11 drops some, libsdl-org/SDL#9709; a touchscreen unplugged mid-touch
    // sends none, and SDL 2.26 has no event for a removed touch device). Left tracked, it would
    // turn every new finger into a pinch and hold off the idle reset for ever. Far beyond a long
    // press (0.7 s) and any swipe or pinch; a finger resting longer on the glass loses nothing
    // but the gesture it had already finished. Well inside the idle timeout (90 s by default),
    // so the idle reset is not held up.
    double stalePointerSeconds = 15;
    // The staff call: taps inside this square at the top-left corner, all within this time.
    // The square lies inside the screen's margin (40 to 48 px at 1080p in every layout), left of
    // the Back button, so no button is in it: a visitor hammering Back never counts, and five
    // taps in a row in the bare corner within 3 s is not something a visitor does by chance.
    // Staff aim for it easily: the screen's edge stops the finger.
    float staffCornerSize = 40;
    double staffCallSeconds = 3;
    // Long enough that no pinch, which moves, and no visitor resting two fingers by chance
    // makes it; short enough for a blind visitor told of it to wait it out.
    double twoFingerHoldSeconds = 3;
};

class GestureRecognizer {
  public:
    explicit GestureRecognizer(float layoutScale = 1.0f, GestureThresholds thresholds = {});

    // Feeds one pointer event; returns the gestures it completes. Pointers gone stale by the
    // event's time are cancelled first.
    std::vector<Gesture> feed(const PointerEvent& event);
    // Lets time-based gestures (long press) fire and cancels stale pointers; call once a frame.
    std::vector<Gesture> update(TimePoint now);
    bool isTouching() const { return !pointers_.empty(); }

  private:
    struct Pointer {
        Point start, pos;
        TimePoint startTime, lastTime;
        Point velocity;
    };
    enum class Mode { Idle, Pending, Panning, Pinching, Consumed };

    // Ends the pointer id (lifted, or cancelled) and appends what that completes.
    void end(std::int64_t id, bool cancelled, TimePoint time, std::vector<Gesture>& out);
    // Cancels the pointers with no event since stalePointerSeconds before now.
    void cancelStale(TimePoint now, std::vector<Gesture>& out);
    float distance(Point a, Point b) const;
    float pinchSpan() const;
    Point pinchCentre() const;

    GestureThresholds t_;
    std::map<std::int64_t, Pointer> pointers_;
    Mode mode_ = Mode::Idle;
    float pinchStartSpan_ = 1;
    // Times of the taps in a row in the staff corner (any other touch clears them).
    std::vector<TimePoint> cornerTaps_;
    // Counts a tap at pos towards the staff call; appends StaffCall when it completes one.
    void countCornerTap(Point pos, TimePoint time, std::vector<Gesture>& out);
    bool hasLastTap_ = false;
    Point lastTapPos_;
    TimePoint lastTapTime_{};
};

} // namespace vitrin::ui
