#pragma once
// The line on the attract loop and home that says where the exhibition is and where it goes:
//   sv  "Visas nu på Strömsunds kommunkontor · Därefter: Hammerdals bibliotek från 11 januari 2027"
//   en  "Now showing at Strömsund Municipal Office · Next: Hammerdal Library from 11 January 2027"
//   ru  "Сейчас выставка: Коммуна Стрёмсунд · Далее: библиотека Хаммердаля с 11 января 2027 г."
// Dates as people write them, never ISO. Swedish takes each venue's own preposition ("på",
// "i"); English says "at" for every venue, and Russian avoids the choice of в/на with a colon.

#include "content/Catalog.h"

#include <string>
#include <string_view>

namespace vitrin::ui {

// The index in tour of the venue shown now: the one named kioskVenue (its Swedish name, the
// kiosk's setting) when the tour has it, else the one whose dates hold today; tour.size() when
// there is neither.
std::size_t venueOnShow(const std::vector<content::Venue>& tour, std::string_view today,
                        std::string_view kioskVenue);

// The tour line for today (ISO): the venue on show now (venueOnShow) and the first venue after
// it that has not started yet. Empty when there is neither.
std::string tourLine(const std::vector<content::Venue>& tour, std::string_view today,
                     std::string_view kioskVenue, core::Lang lang);

} // namespace vitrin::ui
