#pragma once
// The statistics as they are exported and merged: totals per day, per hour of the day and per
// place, each for one venue. A kiosk's export holds everything it has recorded; merging the
// exports of several kiosks adds them up.

#include "core/Result.h"

#include <filesystem>
#include <string>
#include <vector>

namespace vitrin::stats {

struct DayRow {
    std::string day; // "2026-12-02"
    std::string venue;
    int visits = 0;
    double seconds = 0;
    int swedish = 0, english = 0, russian = 0; // visits by the language used at the end
    int zoomed = 0;                            // visits that zoomed into a picture
};

struct HourRow {
    std::string venue;
    int hour = 0; // 0–23, summed over all days
    int visits = 0;
};

struct PlaceRow {
    std::string venue;
    bool isItem = false; // an item (picture, timeline entry) rather than a screen
    std::string key;
    std::string title;
    std::string section;
    int opens = 0;
    double seconds = 0;
};

struct StatsTables {
    std::string kiosk;            // the exporting kiosk's random id; merged: empty
    std::string exported;         // when, local time "2026-12-02 14:05"
    std::vector<DayRow> days;     // by day, then venue
    std::vector<HourRow> hours;   // by venue, then hour
    std::vector<PlaceRow> places; // by venue, then most opened first

    int totalVisits() const;
    std::vector<std::string> venues() const; // in name order
};

// An item's views summed over the venues, for the "most viewed" lists.
struct TopItem {
    std::string title;
    std::string section;
    int opens = 0;
    double seconds = 0;
};
// The count items opened most often, most first.
std::vector<TopItem> topItems(const StatsTables& tables, size_t count);

// Visits per calendar day over every venue, days without visits included, the last `count`
// days up to the last one with visits; oldest first.
std::vector<std::pair<std::string, int>> visitsPerDay(const StatsTables& tables, int count);

// The machine-readable copy of an export ("Statistik … .json"), which --stats-merge reads back.
std::string toJson(const StatsTables& tables);
core::Result<StatsTables> tablesFromJson(std::string_view json);

// Adds up the exports. Of several exports by the same kiosk only the newest counts, since each
// holds everything that kiosk recorded.
StatsTables merge(const std::vector<StatsTables>& exports);

} // namespace vitrin::stats
