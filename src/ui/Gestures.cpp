#include "ui/Gestures.h"

#include <cmath>

namespace vitrin::ui {

GestureRecognizer::GestureRecognizer(float layoutScale, GestureThresholds thresholds)
    : t_(thresholds) {
    t_.tapSlop *= layoutScale;
    t_.doubleTapSlop *= layoutScale;
    t_.staffCornerSize *= layoutScale;
}

void GestureRecognizer::countCornerTap(Point pos, TimePoint time, std::vector<Gesture>& out) {
    if (pos.x >= t_.staffCornerSize || pos.y >= t_.staffCornerSize) {
        cornerTaps_.clear();
        return;
    }
    cornerTaps_.push_back(time);
    while (!cornerTaps_.empty() && (time - cornerTaps_.front()).count() > t_.staffCallSeconds) {
        cornerTaps_.erase(cornerTaps_.begin());
    }
    if (cornerTaps_.size() >= static_cast<std::size_t>(kStaffCallTaps)) {
        cornerTaps_.clear();
        out.push_back(StaffCall{});
    }
}

float GestureRecognizer::distance(Point a, Point b) const {
    return std::hypot(a.x - b.x, a.y - b.y);
}

float GestureRecognizer::pinchSpan() const {
    auto first = pointers_.begin();
    auto second = std::next(first);
    return std::max(1.0f, distance(first->second.pos, second->second.pos));
}

Point GestureRecognizer::pinchCentre() const {
    auto first = pointers_.begin();
    auto second = std::next(first);
    return {(first->second.pos.x + second->second.pos.x) / 2,
            (first->second.pos.y + second->second.pos.y) / 2};
}

std::vector<Gesture> GestureRecognizer::feed(const PointerEvent& event) {
    std::vector<Gesture> out;
    // Checked here too, not only in update(): the loop may have slept since the pointer's last
    // event, and a new finger must not pair with a ghost into a pinch.
    cancelStale(event.time, out);
    switch (event.phase) {
    case PointerEvent::Phase::Down: {
        pointers_[event.id] = Pointer{event.pos, event.pos, event.time, event.time, {}};
        if (pointers_.size() == 1) {
            mode_ = Mode::Pending;
        } else if (pointers_.size() == 2) {
            if (mode_ == Mode::Panning) {
                const Pointer& p = pointers_.begin()->second;
                out.push_back(Pan{GesturePhase::Cancelled, p.start, p.pos, {}, {}});
            }
            mode_ = Mode::Pinching;
            pinchStartSpan_ = pinchSpan();
            out.push_back(Pinch{GesturePhase::Began, pinchCentre(), 1.0f});
        }
        break;
    }
    case PointerEvent::Phase::Move: {
        auto found = pointers_.find(event.id);
        if (found == pointers_.end()) {
            break;
        }
        Pointer& p = found->second;
        const Point delta{event.pos.x - p.pos.x, event.pos.y - p.pos.y};
        const double dt = (event.time - p.lastTime).count();
        if (dt > 0) {
            // Exponential smoothing keeps one jittery sample from deciding a fling.
            const Point instant{static_cast<float>(delta.x / dt), static_cast<float>(delta.y / dt)};
            p.velocity = {0.6f * instant.x + 0.4f * p.velocity.x,
                          0.6f * instant.y + 0.4f * p.velocity.y};
        }
        p.pos = event.pos;
        p.lastTime = event.time;
        if (mode_ == Mode::Pinching && pointers_.size() >= 2) {
            out.push_back(Pinch{GesturePhase::Moved, pinchCentre(), pinchSpan() / pinchStartSpan_});
        } else if (mode_ == Mode::Pending && distance(p.start, p.pos) > t_.tapSlop) {
            mode_ = Mode::Panning;
            out.push_back(Pan{GesturePhase::Began,
                              p.start,
                              p.pos,
                              {p.pos.x - p.start.x, p.pos.y - p.start.y},
                              p.velocity});
        } else if (mode_ == Mode::Panning) {
            out.push_back(Pan{GesturePhase::Moved, p.start, p.pos, delta, p.velocity});
        }
        break;
    }
    case PointerEvent::Phase::Up:
        end(event.id, false, event.time, out);
        break;
    case PointerEvent::Phase::Cancel:
        if (event.id == PointerEvent::kAllPointers) {
            while (!pointers_.empty()) {
                end(pointers_.begin()->first, true, event.time, out);
            }
        } else {
            end(event.id, true, event.time, out);
        }
        break;
    }
    return out;
}

void GestureRecognizer::end(std::int64_t id, bool cancelled, TimePoint time,
                            std::vector<Gesture>& out) {
    auto found = pointers_.find(id);
    if (found == pointers_.end()) {
        return;
    }
    const Pointer p = found->second;
    if (mode_ != Mode::Pending || cancelled) {
        cornerTaps_.clear(); // anything but a tap breaks the row
    }
    if (mode_ == Mode::Pinching) {
        out.push_back(Pinch{cancelled ? GesturePhase::Cancelled : GesturePhase::Ended,
                            pointers_.size() >= 2 ? pinchCentre() : p.pos,
                            pointers_.size() >= 2 ? pinchSpan() / pinchStartSpan_ : 1.0f});
        mode_ = Mode::Consumed; // the remaining finger must not turn into a tap or pan
    } else if (mode_ == Mode::Panning) {
        // A finger that stopped before lifting does not fling.
        const bool resting = (time - p.lastTime).count() > 0.1;
        const Point velocity = resting ? Point{} : p.velocity;
        out.push_back(Pan{cancelled ? GesturePhase::Cancelled : GesturePhase::Ended,
                          p.start,
                          p.pos,
                          {},
                          velocity});
    } else if (mode_ == Mode::Pending && !cancelled) {
        const bool isDouble = hasLastTap_ && (time - lastTapTime_).count() <= t_.doubleTapSeconds &&
                              distance(lastTapPos_, p.start) <= t_.doubleTapSlop;
        if (isDouble) {
            out.push_back(DoubleTap{p.start});
            hasLastTap_ = false;
            countCornerTap(p.start, time, out);
        } else {
            out.push_back(Tap{p.start});
            hasLastTap_ = true;
            lastTapPos_ = p.start;
            lastTapTime_ = time;
            countCornerTap(p.start, time, out);
        }
    }
    pointers_.erase(found);
    if (pointers_.empty()) {
        mode_ = Mode::Idle;
    }
}

void GestureRecognizer::cancelStale(TimePoint now, std::vector<Gesture>& out) {
    std::vector<std::int64_t> stale;
    for (const auto& [id, pointer] : pointers_) {
        if ((now - pointer.lastTime).count() >= t_.stalePointerSeconds) {
            stale.push_back(id);
        }
    }
    for (const std::int64_t id : stale) {
        end(id, true, now, out);
    }
}

std::vector<Gesture> GestureRecognizer::update(TimePoint now) {
    std::vector<Gesture> out;
    cancelStale(now, out); // first: a pointer gone stale never long-presses
    if (mode_ == Mode::Pending && pointers_.size() == 1) {
        const Pointer& p = pointers_.begin()->second;
        if ((now - p.startTime).count() >= t_.longPressSeconds) {
            cornerTaps_.clear();
            out.push_back(LongPress{p.start});
            mode_ = Mode::Consumed;
        }
    }
    if (mode_ == Mode::Pinching && pointers_.size() == 2) {
        bool still = true;
        for (const auto& [id, p] : pointers_) {
            still = still && distance(p.start, p.pos) <= t_.tapSlop;
        }
        const TimePoint lastDown = std::max(pointers_.begin()->second.startTime,
                                            std::next(pointers_.begin())->second.startTime);
        if (still && (now - lastDown).count() >= t_.twoFingerHoldSeconds) {
            out.push_back(Pinch{GesturePhase::Cancelled, pinchCentre(), 1.0f});
            out.push_back(TwoFingerHold{});
            cornerTaps_.clear();
            mode_ = Mode::Consumed;
        }
    }
    return out;
}

} // namespace vitrin::ui
