#include "stats/VisitRecorder.h"

#include <algorithm>

namespace vitrin::stats {

std::optional<core::TimePoint> VisitRecorder::visitStart() const {
    if (!current_) {
        return std::nullopt;
    }
    return current_->start;
}

void VisitRecorder::closePlace(Current& current, core::TimePoint until) {
    const double seconds =
        std::max(0.0, (std::min(until, current.lastTouch) - current.placeSince).count());
    for (PlaceTime& time : current.visit.places) {
        if (time.place == current.place) {
            time.seconds += seconds;
            return;
        }
    }
}

void VisitRecorder::openPlace(Current& current, const Place& place, core::TimePoint now) {
    current.place = place;
    current.placeSince = now;
    auto known = std::find_if(current.visit.places.begin(), current.visit.places.end(),
                              [&](const PlaceTime& time) { return time.place == place; });
    if (known == current.visit.places.end()) {
        current.visit.places.push_back(PlaceTime{place, 1, 0});
    } else {
        ++known->opens;
    }
}

std::optional<Visit> VisitRecorder::observe(core::TimePoint now, const Sample& sample) {
    if (sample.attract) {
        if (!current_) {
            return std::nullopt;
        }
        Current ended = std::move(*current_);
        current_.reset();
        closePlace(ended, now);
        ended.visit.start = ended.start;
        ended.visit.seconds = std::max(0.0, (ended.lastTouch - ended.start).count());
        return std::move(ended.visit);
    }
    if (!current_) {
        // The touch that left the attract loop is the visit's first.
        current_ = Current{sample.lastTouch, sample.lastTouch, {}, {}, {}};
        openPlace(*current_, sample.place, std::min(now, sample.lastTouch));
    }
    Current& current = *current_;
    current.lastTouch = std::max(current.lastTouch, sample.lastTouch);
    if (!(sample.place == current.place)) {
        closePlace(current, now);
        openPlace(current, sample.place, now);
    }
    current.visit.lang = sample.lang;
    current.visit.zoomed = current.visit.zoomed || sample.zoomed;
    return std::nullopt;
}

} // namespace vitrin::stats
