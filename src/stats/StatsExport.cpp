#include "stats/StatsExport.h"

#include "core/StateFile.h"
#include "core/Text.h"
#include "core/Words.h"
#include "stats/StatsChart.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace vitrin::stats {

namespace fs = std::filesystem;

namespace {

// Excel reads a file as UTF-8 only when it starts with the byte order mark.
constexpr std::string_view kBom = "\xEF\xBB\xBF";

// A field as Excel reads it: quoted when it holds the separator, a quote or a line break; a
// leading = + - @ is kept as text, not taken for a formula.
std::string field(std::string_view text) {
    std::string value(text);
    if (!value.empty() && std::string_view("=+-@").find(value.front()) != std::string_view::npos) {
        value.insert(value.begin(), '\'');
    }
    if (value.find_first_of(";\"\r\n") == std::string::npos) {
        return value;
    }
    std::string quoted = "\"";
    for (const char c : value) {
        quoted += c;
        if (c == '"') {
            quoted += '"';
        }
    }
    return quoted + "\"";
}

class Csv {
  public:
    Csv() : text_(kBom) {}
    Csv& operator<<(std::string_view value) {
        if (!atLineStart_) {
            text_ += ';';
        }
        text_ += field(value);
        atLineStart_ = false;
        return *this;
    }
    Csv& operator<<(int value) { return *this << std::to_string(value); }
    void endLine() {
        text_ += "\r\n";
        atLineStart_ = true;
    }
    const std::string& text() const { return text_; }

  private:
    std::string text_;
    bool atLineStart_ = true;
};

std::string minutes(double seconds) {
    return decimalComma(seconds / 60.0, 1);
}

std::string average(double total, int count, double unit, int decimals) {
    return count > 0 ? decimalComma(total / unit / count, decimals) : std::string();
}

std::string hourLabel(int hour) {
    char label[16];
    std::snprintf(label, sizeof label, "kl. %02d–%02d", hour, (hour + 1) % 24);
    return label;
}

// "2 min 10 s", "45 s".
std::string duration(double seconds) {
    const long whole = std::lround(seconds);
    if (whole < 60) {
        return std::to_string(whole) + " s";
    }
    return std::to_string(whole / 60) + " min " + std::to_string(whole % 60) + " s";
}

std::string percent(int part, int whole) {
    return whole > 0 ? std::to_string(static_cast<int>(std::lround(100.0 * part / whole))) + " %"
                     : std::string("0 %");
}

// "1 234": thousands set apart with a narrow space, as Swedish writes them.
std::string groupThousands(int value) {
    std::string digits = std::to_string(value);
    for (int at = static_cast<int>(digits.size()) - 3; at > 0; at -= 3) {
        digits.insert(static_cast<size_t>(at), "\u202F");
    }
    return digits;
}

DayRow sumDays(const std::vector<DayRow>& rows, const std::string& venue) {
    DayRow sum;
    sum.venue = venue;
    for (const DayRow& row : rows) {
        if (venue.empty() || row.venue == venue) {
            sum.visits += row.visits;
            sum.seconds += row.seconds;
            sum.swedish += row.swedish;
            sum.english += row.english;
            sum.russian += row.russian;
            sum.zoomed += row.zoomed;
        }
    }
    return sum;
}

void dayLine(Csv& csv, std::string_view first, std::string_view venue, const DayRow& row) {
    csv << first << venue << row.visits << minutes(row.seconds)
        << average(row.seconds, row.visits, 60, 1) << row.swedish << row.english << row.russian
        << row.zoomed;
    csv.endLine();
}

} // namespace

std::string decimalComma(double value, int decimals) {
    char text[64];
    std::snprintf(text, sizeof text, "%.*f", decimals, value);
    std::string result(text);
    std::replace(result.begin(), result.end(), '.', ',');
    return result;
}

std::string daysCsv(const StatsTables& tables) {
    Csv csv;
    csv << "Datum"
        << "Plats"
        << "Besök"
        << "Sammanlagd tid (min)"
        << "Medeltid per besök (min)"
        << "Svenska"
        << "Engelska"
        << "Ryska"
        << "Besök med zoomning";
    csv.endLine();
    for (const DayRow& row : tables.days) {
        dayLine(csv, row.day, row.venue, row);
    }
    const std::vector<std::string> venues = tables.venues();
    for (const std::string& venue : venues) {
        dayLine(csv, "Totalt", venue, sumDays(tables.days, venue));
    }
    if (venues.size() > 1) {
        dayLine(csv, "Totalt", "Alla platser", sumDays(tables.days, ""));
    }
    return csv.text();
}

std::string hoursCsv(const StatsTables& tables) {
    Csv csv;
    csv << "Timme"
        << "Plats"
        << "Besök";
    csv.endLine();
    std::map<int, int> all;
    for (const HourRow& row : tables.hours) {
        csv << hourLabel(row.hour) << row.venue << row.visits;
        csv.endLine();
        all[row.hour] += row.visits;
    }
    if (tables.venues().size() > 1) {
        for (const auto& [hour, visits] : all) {
            csv << hourLabel(hour) << "Alla platser" << visits;
            csv.endLine();
        }
    }
    return csv.text();
}

std::string placesCsv(const StatsTables& tables) {
    Csv csv;
    csv << "Avsnitt"
        << "Titel"
        << "Typ"
        << "Plats"
        << "Öppnad (gånger)"
        << "Sammanlagd tid (min)"
        << "Medeltid (s)";
    csv.endLine();
    const auto line = [&csv](const PlaceRow& row, std::string_view venue) {
        csv << row.section << row.title << (row.isItem ? "Verk eller bild" : "Skärm") << venue
            << row.opens << minutes(row.seconds) << average(row.seconds, row.opens, 1, 0);
        csv.endLine();
    };
    for (const bool items : {true, false}) {
        for (const PlaceRow& row : tables.places) {
            if (row.isItem == items) {
                line(row, row.venue);
            }
        }
    }
    if (tables.venues().size() > 1) {
        std::map<std::pair<bool, std::string>, PlaceRow> sums;
        for (const PlaceRow& row : tables.places) {
            auto [it, added] = sums.try_emplace({!row.isItem, row.key}, row);
            if (!added) {
                it->second.opens += row.opens;
                it->second.seconds += row.seconds;
            }
        }
        std::vector<PlaceRow> ordered;
        ordered.reserve(sums.size());
        for (const auto& [key, row] : sums) {
            ordered.push_back(row);
        }
        std::stable_sort(ordered.begin(), ordered.end(), [](const PlaceRow& a, const PlaceRow& b) {
            return a.isItem != b.isItem ? a.isItem : a.opens > b.opens;
        });
        for (const PlaceRow& row : ordered) {
            line(row, "Alla platser");
        }
    }
    return csv.text();
}

std::string summaryText(const StatsTables& tables) {
    std::string text = "Vitrin: besöksstatistik\n\n";
    const std::vector<std::string> venues = tables.venues();
    if (venues.size() == 1) {
        text += "Plats: " + venues.front() + "\n";
    } else if (venues.size() > 1) {
        text += "Platser:";
        for (const std::string& venue : venues) {
            text += (venue == venues.front() ? " " : ", ") + venue;
        }
        text += "\n";
    }
    const DayRow total = sumDays(tables.days, "");
    if (total.visits == 0) {
        return text + "Inga besök är registrerade ännu.\n";
    }
    std::set<std::string> days;
    for (const DayRow& row : tables.days) {
        days.insert(row.day);
    }
    text += "Period: " + core::humanDate(*days.begin(), core::Lang::Sv) +
            (days.size() == 1 ? " (1 dag med besök)\n"
                              : " – " + core::humanDate(*days.rbegin(), core::Lang::Sv) + " (" +
                                    std::to_string(days.size()) + " dagar med besök)\n");
    text += "Besök: " + groupThousands(total.visits) + ", i snitt " +
            decimalComma(static_cast<double>(total.visits) / static_cast<double>(days.size()), 1) +
            " per dag med besök\n";
    text += "Genomsnittlig besökstid: " + duration(total.seconds / total.visits) + "\n";
    text += "Språk: svenska " + percent(total.swedish, total.visits) + ", engelska " +
            percent(total.english, total.visits) + ", ryska " +
            percent(total.russian, total.visits) + "\n";
    text += "Besök där en bild zoomades: " + percent(total.zoomed, total.visits) + "\n";
    std::map<int, int> byHour;
    for (const HourRow& row : tables.hours) {
        byHour[row.hour] += row.visits;
    }
    if (!byHour.empty()) {
        const auto busiest =
            std::max_element(byHour.begin(), byHour.end(),
                             [](const auto& a, const auto& b) { return a.second < b.second; });
        text += "Flest besök: " + hourLabel(busiest->first) + "\n";
    }
    const std::vector<TopItem> top = topItems(tables, 10);
    if (!top.empty()) {
        text += "\nMest sedda verk och bilder:\n";
        int rank = 0;
        for (const TopItem& item : top) {
            text += std::to_string(++rank) + ". " + item.title +
                    (item.section.empty() ? "" : " (" + item.section + ")") + ": öppnad " +
                    std::to_string(item.opens) + (item.opens == 1 ? " gång" : " gånger") + "\n";
        }
    }
    if (!tables.exported.empty()) {
        text += "\nExporterad " + tables.exported + ".\n";
    }
    return text;
}

core::Result<std::vector<fs::path>> writeExport(const StatsTables& tables, const fs::path& folder,
                                                const std::string& base, const fs::path& fontFile) {
    std::error_code made;
    fs::create_directories(folder, made);
    if (made) {
        return core::Error{"cannot create " + folder.string() + ": " + made.message()};
    }
    const std::pair<const char*, std::string> texts[] = {{kDaysCsv, daysCsv(tables)},
                                                         {kHoursCsv, hoursCsv(tables)},
                                                         {kPlacesCsv, placesCsv(tables)},
                                                         {kSummaryTxt, summaryText(tables)},
                                                         {kJson, toJson(tables)}};
    std::vector<fs::path> written;
    for (const auto& [ending, bytes] : texts) {
        written.push_back(folder / (base + ending));
        if (auto saved = core::writeStateFile(written.back(), bytes); !saved) {
            return saved.error();
        }
    }
    written.push_back(folder / (base + kChartPng));
    if (auto drawn = writeChart(tables, fontFile, written.back()); !drawn) {
        return drawn.error();
    }
    return written;
}

std::string exportBaseName(const std::string& venue, const std::string& today) {
    std::string name = "Statistik ";
    for (const char c : venue) {
        // Characters FAT and Windows refuse in a name.
        name += std::string_view("<>:\"/\\|?*").find(c) == std::string_view::npos &&
                        static_cast<unsigned char>(c) >= 0x20
                    ? c
                    : '-';
    }
    return (venue.empty() ? name : name + " ") + today;
}

} // namespace vitrin::stats
