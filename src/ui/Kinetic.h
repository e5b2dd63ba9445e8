#pragma once
// One-axis scrolling that follows the finger and glides on after a fling, like a phone.

#include "core/Clock.h"
#include "ui/Gestures.h"

namespace vitrin::ui {

class Kinetic {
  public:
    // Seconds for the glide to lose about 63% of its speed.
    static constexpr double kTimeConstant = 0.325;

    void setRange(float minimum, float maximum);
    float offset() const { return offset_; }
    // The finger moved by delta (pixels, in offset direction); stops any glide.
    void drag(float delta);
    // The finger lifted with velocity (px/s in offset direction).
    void release(float velocity, core::TimePoint now);
    void update(core::TimePoint now);
    enum class Axis { Horizontal, Vertical };
    // A one-finger pan along axis: the content follows the finger and glides on when it lifts.
    void follow(const Pan& pan, Axis axis, core::TimePoint now);
    bool isMoving() const { return gliding_; }

  private:
    float clamp(float value) const;
    float offset_ = 0, minimum_ = 0, maximum_ = 0;
    bool gliding_ = false;
    float glideFrom_ = 0, glideAmplitude_ = 0;
    core::TimePoint glideStart_{};
};

} // namespace vitrin::ui
