#include "ui/TourLine.h"

#include "core/Text.h"
#include "core/Words.h"

namespace vitrin::ui {

std::size_t venueOnShow(const std::vector<content::Venue>& tour, std::string_view today,
                        std::string_view kioskVenue) {
    for (std::size_t i = 0; i < tour.size() && !kioskVenue.empty(); ++i) {
        if (tour[i].name.sv == kioskVenue) {
            return i;
        }
    }
    std::size_t current = tour.size();
    for (std::size_t i = 0; i < tour.size(); ++i) {
        if (!tour[i].from.empty() && tour[i].from <= today && today <= tour[i].to) {
            current = i;
        }
    }
    return current;
}

std::string tourLine(const std::vector<content::Venue>& tour, std::string_view today,
                     std::string_view kioskVenue, core::Lang lang) {
    const std::size_t current = venueOnShow(tour, today, kioskVenue);
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
            line += core::humanDate(next->from, lang);
        }
    }
    return line;
}

} // namespace vitrin::ui
