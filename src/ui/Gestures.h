#pragma once
// The one place where fingers and the mouse become gestures. Screens only ever see Gesture.

#include "core/Clock.h"
#include "ui/Geometry.h"

#include <cstdint>
#include <map>
#include <variant>
#include <vector>

namespace vitrin::ui {

using core::TimePoint;

struct PointerEvent {
    enum class Phase { Down, Move, Up, Cancel };
    std::int64_t id; // finger id, or kMouseId for the mouse
    Phase phase;
    Point pos; // logical pixels of the layout
    TimePoint time;
    static constexpr std::int64_t kMouseId = -1;
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

using Gesture = std::variant<Tap, DoubleTap, LongPress, Pan, Pinch>;

// Thresholds in logical pixels at 1080p; the recogniser scales them with the layout.
struct GestureThresholds {
    float tapSlop = 24;            // a finger that moves less than this is still a tap
    double longPressSeconds = 0.7; // held still this long without lifting
    double doubleTapSeconds = 0.3; // second tap within this time ...
    float doubleTapSlop = 48;      // ... and this distance of the first
};

class GestureRecognizer {
  public:
    explicit GestureRecognizer(float layoutScale = 1.0f, GestureThresholds thresholds = {});

    // Feeds one pointer event; returns the gestures it completes.
    std::vector<Gesture> feed(const PointerEvent& event);
    // Lets time-based gestures (long press) fire; call once a frame.
    std::vector<Gesture> update(TimePoint now);
    bool isTouching() const { return !pointers_.empty(); }

  private:
    struct Pointer {
        Point start, pos;
        TimePoint startTime, lastTime;
        Point velocity;
    };
    enum class Mode { Idle, Pending, Panning, Pinching, Consumed };

    float distance(Point a, Point b) const;
    float pinchSpan() const;
    Point pinchCentre() const;

    GestureThresholds t_;
    std::map<std::int64_t, Pointer> pointers_;
    Mode mode_ = Mode::Idle;
    float pinchStartSpan_ = 1;
    bool hasLastTap_ = false;
    Point lastTapPos_;
    TimePoint lastTapTime_{};
};

} // namespace vitrin::ui
