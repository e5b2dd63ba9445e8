#pragma once
// Turns what the visitor screens show, sampled as the kiosk runs, into visits. A visit starts
// when the attract loop is left and ends when it comes back (the idle reset); its length runs
// from the first touch to the last, so the idle wait before the reset is not counted.

#include "core/Clock.h"
#include "stats/Visit.h"

#include <optional>

namespace vitrin::stats {

// What the visitor screens show at one moment.
struct Sample {
    bool attract = true; // the attract loop: nobody is using the kiosk
    Place place;         // where the visitor is (ignored on the attract loop)
    core::Lang lang = core::Lang::Sv;
    bool zoomed = false;
    core::TimePoint lastTouch{};
};

class VisitRecorder {
  public:
    // The visit that this sample ends, if it ends one.
    std::optional<Visit> observe(core::TimePoint now, const Sample& sample);
    // Forgets the visit in progress: staff, not a visitor, is at the screen.
    void discard() { current_.reset(); }
    bool inVisit() const { return current_.has_value(); }
    // When the visit in progress began (its first touch).
    std::optional<core::TimePoint> visitStart() const;

  private:
    struct Current {
        core::TimePoint start;
        core::TimePoint lastTouch;
        Place place;
        core::TimePoint placeSince;
        Visit visit;
    };
    // Counts the time at the current place up to `until` (never past the last touch).
    void closePlace(Current& current, core::TimePoint until);
    void openPlace(Current& current, const Place& place, core::TimePoint now);

    std::optional<Current> current_;
};

} // namespace vitrin::stats
