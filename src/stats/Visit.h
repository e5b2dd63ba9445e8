#pragma once
// One visitor's use of the kiosk, as the statistics keep it: nothing personal, no picture, and
// no time finer than the hour.

#include "core/Clock.h"
#include "core/Lang.h"

#include <string>
#include <vector>

namespace vitrin::stats {

// Where a visitor was: a screen (home, a section's gallery or timeline) or an item (a picture
// in the viewer, a timeline entry).
struct Place {
    enum class Kind { Screen, Item };
    Kind kind = Kind::Screen;
    std::string key;     // stable across visits: "home", "gallery/1-Barnens Irkutsk", …
    std::string title;   // in Swedish, for the reports
    std::string section; // the section's Swedish title; empty for home
    bool operator==(const Place&) const = default;
};

// The time spent at one place during a visit, and how often it was opened.
struct PlaceTime {
    Place place;
    int opens = 0;
    double seconds = 0;
};

struct Visit {
    core::TimePoint start{}; // its first touch, on the kiosk's clock (only its hour is stored)
    double seconds = 0;      // from the first touch to the last one
    core::Lang lang = core::Lang::Sv; // the language in use at the end
    bool zoomed = false;              // a picture was zoomed into
    std::vector<PlaceTime> places;    // in the order first opened
};

// When and where a visit happened, as far as the statistics keep it.
struct VisitStamp {
    std::string day; // local date, "2026-12-02"
    int hour = 0;    // local hour the visit began, 0–23
    std::string venue;
};

} // namespace vitrin::stats
