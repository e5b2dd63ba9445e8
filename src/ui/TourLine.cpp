#include "ui/TourLine.h"

#include <array>

namespace vitrin::ui {

namespace {

constexpr std::array<const char*, 12> kMonthsSv{"januari",   "februari", "mars",     "april",
                                                "maj",       "juni",     "juli",     "augusti",
                                                "september", "oktober",  "november", "december"};
constexpr std::array<const char*, 12> kMonthsEn{"January",   "February", "March",    "April",
                                                "May",       "June",     "July",     "August",
                                                "September", "October",  "November", "December"};
// Russian dates take the month in the genitive: "11 января".
constexpr std::array<const char*, 12> kMonthsRu{"января",   "февраля", "марта",  "апреля",
                                                "мая",      "июня",    "июля",   "августа",
                                                "сентября", "октября", "ноября", "декабря"};

bool isDigits(std::string_view text) {
    for (const char c : text) {
        if (c < '0' || c > '9') {
            return false;
        }
    }
    return !text.empty();
}

} // namespace

std::string humanDate(std::string_view iso, core::Lang lang) {
    if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-' || !isDigits(iso.substr(0, 4)) ||
        !isDigits(iso.substr(5, 2)) || !isDigits(iso.substr(8, 2))) {
        return std::string(iso);
    }
    const int month = std::stoi(std::string(iso.substr(5, 2)));
    const int day = std::stoi(std::string(iso.substr(8, 2)));
    if (month < 1 || month > 12 || day < 1) {
        return std::string(iso);
    }
    const std::string year(iso.substr(0, 4));
    const auto index = static_cast<std::size_t>(month - 1);
    switch (lang) {
    case core::Lang::En:
        return std::to_string(day) + " " + kMonthsEn[index] + " " + year;
    case core::Lang::Ru:
        return std::to_string(day) + " " + kMonthsRu[index] + " " + year + " г.";
    case core::Lang::Sv:
        break;
    }
    return std::to_string(day) + " " + kMonthsSv[index] + " " + year;
}

std::string tourLine(const std::vector<content::Venue>& tour, std::string_view today,
                     std::string_view kioskVenue, core::Lang lang) {
    std::size_t current = tour.size();
    for (std::size_t i = 0; i < tour.size() && !kioskVenue.empty(); ++i) {
        if (tour[i].name.sv == kioskVenue) {
            current = i;
            break;
        }
    }
    for (std::size_t i = 0; i < tour.size() && current == tour.size(); ++i) {
        if (!tour[i].from.empty() && tour[i].from <= today && today <= tour[i].to) {
            current = i;
        }
    }
    const content::Venue* next = nullptr;
    for (std::size_t i = current == tour.size() ? 0 : current + 1; i < tour.size(); ++i) {
        if (tour[i].from.empty() || tour[i].from > today) {
            next = &tour[i];
            break;
        }
    }
    std::string line;
    if (current < tour.size()) {
        const content::Venue& here = tour[current];
        line = lang == core::Lang::En   ? "Now showing at " + here.name.in(lang)
               : lang == core::Lang::Ru ? "Сейчас выставка: " + here.name.in(lang)
                                        : "Visas nu " + here.preposition + " " + here.name.in(lang);
    }
    if (next != nullptr) {
        line += line.empty() ? "" : " · ";
        line += lang == core::Lang::En   ? "Next: "
                : lang == core::Lang::Ru ? "Далее: "
                                         : "Därefter: ";
        line += next->name.in(lang);
        if (!next->from.empty()) {
            line += lang == core::Lang::En ? " from " : lang == core::Lang::Ru ? " с " : " från ";
            line += humanDate(next->from, lang);
        }
    }
    return line;
}

} // namespace vitrin::ui
