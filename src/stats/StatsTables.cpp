#include "stats/StatsTables.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <limits>
#include <map>
#include <set>
#include <tuple>

namespace vitrin::stats {

using nlohmann::json;

namespace {

// Counts are whole numbers up to a billion; sums of them stop at the largest int.
constexpr std::int64_t kMaxCount = 1'000'000'000;

int count(const json& value, std::int64_t most = kMaxCount) {
    if (!value.is_number_integer()) {
        throw std::invalid_argument("a count that is not a whole number");
    }
    const auto number = value.get<std::int64_t>();
    if (number < 0 || number > most) {
        throw std::invalid_argument("a count out of range");
    }
    return static_cast<int>(number);
}

void addTo(int& sum, int more) {
    sum = static_cast<int>(
        std::min<std::int64_t>(std::int64_t{sum} + more, std::numeric_limits<int>::max()));
}

double seconds(const json& value) {
    const double number = value.get<double>();
    if (!(number >= 0 && number < 1e12)) {
        throw std::invalid_argument("a time out of range");
    }
    return number;
}

} // namespace

int StatsTables::totalVisits() const {
    int total = 0;
    for (const DayRow& row : days) {
        addTo(total, row.visits);
    }
    return total;
}

std::vector<std::string> StatsTables::venues() const {
    std::set<std::string> names;
    for (const DayRow& row : days) {
        names.insert(row.venue);
    }
    for (const PlaceRow& row : places) {
        names.insert(row.venue);
    }
    return {names.begin(), names.end()};
}

std::vector<TopItem> topItems(const StatsTables& tables, size_t count) {
    std::map<std::string, TopItem> byKey;
    for (const PlaceRow& row : tables.places) {
        if (row.isItem) {
            TopItem& item = byKey[row.key];
            item.title = row.title;
            item.section = row.section;
            addTo(item.opens, row.opens);
            item.seconds += row.seconds;
        }
    }
    std::vector<TopItem> items;
    items.reserve(byKey.size());
    for (auto& [key, item] : byKey) {
        items.push_back(std::move(item));
    }
    std::stable_sort(items.begin(), items.end(),
                     [](const TopItem& a, const TopItem& b) { return a.opens > b.opens; });
    items.resize(std::min(items.size(), count));
    return items;
}

std::vector<std::pair<std::string, int>> visitsPerDay(const StatsTables& tables, int count) {
    using std::chrono::sys_days;
    std::map<sys_days, int> perDay;
    for (const DayRow& row : tables.days) {
        int year = 0;
        unsigned month = 0, day = 0;
        if (std::sscanf(row.day.c_str(), "%4d-%2u-%2u", &year, &month, &day) != 3) {
            continue;
        }
        const std::chrono::year_month_day date{std::chrono::year(year), std::chrono::month(month),
                                               std::chrono::day(day)};
        if (date.ok()) {
            perDay[sys_days(date)] += row.visits;
        }
    }
    std::vector<std::pair<std::string, int>> days;
    if (perDay.empty()) {
        return days;
    }
    const sys_days last = perDay.rbegin()->first;
    for (sys_days day = std::max(perDay.begin()->first, last - std::chrono::days(count - 1));
         day <= last; day += std::chrono::days(1)) {
        const std::chrono::year_month_day date(day);
        char iso[16];
        std::snprintf(iso, sizeof iso, "%04d-%02u-%02u", static_cast<int>(date.year()),
                      static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
        const auto found = perDay.find(day);
        days.emplace_back(iso, found == perDay.end() ? 0 : found->second);
    }
    return days;
}

std::string toJson(const StatsTables& tables) {
    json days = json::array();
    for (const DayRow& row : tables.days) {
        days.push_back({{"day", row.day},
                        {"venue", row.venue},
                        {"visits", row.visits},
                        {"seconds", row.seconds},
                        {"sv", row.swedish},
                        {"en", row.english},
                        {"ru", row.russian},
                        {"zoomed", row.zoomed}});
    }
    json hours = json::array();
    for (const HourRow& row : tables.hours) {
        hours.push_back({{"venue", row.venue}, {"hour", row.hour}, {"visits", row.visits}});
    }
    json places = json::array();
    for (const PlaceRow& row : tables.places) {
        places.push_back({{"venue", row.venue},
                          {"kind", row.isItem ? "item" : "screen"},
                          {"key", row.key},
                          {"title", row.title},
                          {"section", row.section},
                          {"opens", row.opens},
                          {"seconds", row.seconds}});
    }
    const json document{{"format", "vitrin-statistics-1"},
                        {"kiosk", tables.kiosk},
                        {"exported", tables.exported},
                        {"days", days},
                        {"hours", hours},
                        {"places", places}};
    return document.dump(1) + "\n";
}

core::Result<StatsTables> tablesFromJson(std::string_view text) {
    const json document = json::parse(text, nullptr, false);
    if (document.is_discarded() || !document.is_object()) {
        return core::Error{"not JSON"};
    }
    try {
        if (document.at("format").get<std::string>() != "vitrin-statistics-1") {
            return core::Error{"not a Vitrin statistics export"};
        }
        StatsTables tables;
        tables.kiosk = document.at("kiosk").get<std::string>();
        tables.exported = document.at("exported").get<std::string>();
        for (const json& row : document.at("days")) {
            tables.days.push_back(
                DayRow{row.at("day").get<std::string>(), row.at("venue").get<std::string>(),
                       count(row.at("visits")), seconds(row.at("seconds")), count(row.at("sv")),
                       count(row.at("en")), count(row.at("ru")), count(row.at("zoomed"))});
        }
        for (const json& row : document.at("hours")) {
            tables.hours.push_back(HourRow{row.at("venue").get<std::string>(),
                                           count(row.at("hour"), 23), count(row.at("visits"))});
        }
        for (const json& row : document.at("places")) {
            tables.places.push_back(PlaceRow{
                row.at("venue").get<std::string>(), row.at("kind").get<std::string>() == "item",
                row.at("key").get<std::string>(), row.at("title").get<std::string>(),
                row.at("section").get<std::string>(), count(row.at("opens")),
                seconds(row.at("seconds"))});
        }
        return tables;
    } catch (const std::exception& error) {
        return core::Error{std::string("a field is missing or wrong: ") + error.what()};
    }
}

StatsTables merge(const std::vector<StatsTables>& exports) {
    // The newest export of each kiosk.
    std::map<std::string, const StatsTables*> newest;
    std::vector<const StatsTables*> chosen;
    for (const StatsTables& tables : exports) {
        if (tables.kiosk.empty()) {
            chosen.push_back(&tables);
            continue;
        }
        const StatsTables*& kept = newest[tables.kiosk];
        if (kept == nullptr || kept->exported < tables.exported) {
            kept = &tables;
        }
    }
    for (const auto& [kiosk, tables] : newest) {
        chosen.push_back(tables);
    }

    std::map<std::pair<std::string, std::string>, DayRow> days;
    std::map<std::pair<std::string, int>, HourRow> hours;
    std::map<std::tuple<std::string, bool, std::string>, PlaceRow> places;
    StatsTables merged;
    for (const StatsTables* tables : chosen) {
        merged.exported = std::max(merged.exported, tables->exported);
        for (const DayRow& row : tables->days) {
            auto [it, added] = days.try_emplace({row.day, row.venue}, row);
            if (!added) {
                DayRow& sum = it->second;
                addTo(sum.visits, row.visits);
                sum.seconds += row.seconds;
                addTo(sum.swedish, row.swedish);
                addTo(sum.english, row.english);
                addTo(sum.russian, row.russian);
                addTo(sum.zoomed, row.zoomed);
            }
        }
        for (const HourRow& row : tables->hours) {
            auto [it, added] = hours.try_emplace({row.venue, row.hour}, row);
            if (!added) {
                addTo(it->second.visits, row.visits);
            }
        }
        for (const PlaceRow& row : tables->places) {
            auto [it, added] = places.try_emplace({row.venue, row.isItem, row.key}, row);
            if (!added) {
                addTo(it->second.opens, row.opens);
                it->second.seconds += row.seconds;
            }
        }
    }
    for (auto& [key, row] : days) {
        merged.days.push_back(row);
    }
    for (auto& [key, row] : hours) {
        merged.hours.push_back(row);
    }
    for (auto& [key, row] : places) {
        merged.places.push_back(row);
    }
    std::stable_sort(merged.places.begin(), merged.places.end(),
                     [](const PlaceRow& a, const PlaceRow& b) {
                         return std::tie(a.venue, b.opens) < std::tie(b.venue, a.opens);
                     });
    return merged;
}

} // namespace vitrin::stats
