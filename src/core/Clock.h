#pragma once
// Time as the kiosk sees it: real for visitors, virtual (1/60 s a frame) for scripted runs.

#include <chrono>

namespace vitrin::core {

using Duration = std::chrono::duration<double>; // seconds
using TimePoint = Duration;                     // seconds since the clock started

class Clock {
  public:
    virtual ~Clock() = default;
    virtual TimePoint now() const = 0;
};

class RealClock final : public Clock {
  public:
    RealClock() : start_(std::chrono::steady_clock::now()) {}
    TimePoint now() const override { return std::chrono::steady_clock::now() - start_; }

  private:
    std::chrono::steady_clock::time_point start_;
};

class VirtualClock final : public Clock {
  public:
    static constexpr Duration kFrame{1.0 / 60.0};

    TimePoint now() const override {
        return Duration(static_cast<double>(frames_) * kFrame.count());
    }
    // Advances by exactly one frame; frames are counted so that time never drifts.
    void advanceFrame() { ++frames_; }
    long long frames() const { return frames_; }

  private:
    long long frames_ = 0;
};

} // namespace vitrin::core
