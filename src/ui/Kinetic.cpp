#include "ui/Kinetic.h"

#include <algorithm>
#include <cmath>

namespace vitrin::ui {

void Kinetic::setRange(float minimum, float maximum) {
    minimum_ = minimum;
    maximum_ = std::max(minimum, maximum);
    offset_ = clamp(offset_);
}

float Kinetic::clamp(float value) const {
    return std::clamp(value, minimum_, maximum_);
}

void Kinetic::drag(float delta) {
    gliding_ = false;
    offset_ = clamp(offset_ + delta);
}

void Kinetic::release(float velocity, core::TimePoint now) {
    // The glide covers velocity * time constant in total, decaying exponentially.
    glideAmplitude_ = static_cast<float>(velocity * kTimeConstant);
    glideFrom_ = offset_;
    glideStart_ = now;
    gliding_ = std::abs(glideAmplitude_) > 1.0f;
}

void Kinetic::follow(const Pan& pan, Axis axis, core::TimePoint now) {
    const bool vertical = axis == Axis::Vertical;
    switch (pan.phase) {
    case GesturePhase::Began:
    case GesturePhase::Moved:
        // Content moves with the finger, so the offset moves against it.
        drag(-(vertical ? pan.delta.y : pan.delta.x));
        break;
    case GesturePhase::Ended:
        release(-(vertical ? pan.velocity.y : pan.velocity.x), now);
        break;
    case GesturePhase::Cancelled:
        release(0, now);
        break;
    }
}

void Kinetic::update(core::TimePoint now) {
    if (!gliding_) {
        return;
    }
    const double t = (now - glideStart_).count();
    const double travelled = glideAmplitude_ * (1.0 - std::exp(-t / kTimeConstant));
    const float target = clamp(glideFrom_ + static_cast<float>(travelled));
    const bool hitEdge = target != glideFrom_ + static_cast<float>(travelled);
    offset_ = target;
    if (hitEdge || t > 6 * kTimeConstant) {
        gliding_ = false;
    }
}

} // namespace vitrin::ui
