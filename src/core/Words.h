#pragma once
// Numbers with the word they count, and dates, as people write them in each visitor language.
// Built on ICU (CLDR's plural rules and date patterns): Russian has three plural forms chosen by
// the last digits ("1 работа", "2 работы", "5 работ", "21 работа", "11 работ"), which a
// one/many switch gets wrong, and ICU is the library that keeps those rules.

#include "core/Lang.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace vitrin::core {

// What a number counts.
enum class Counted {
    Work,    // "20 verk", "20 works", "20 работ"
    Photo,   // "9 foton", "9 photos", "9 фотографий"
    Event,   // "14 händelser", "14 events", "14 событий"
    Seconds, // after "om" / "in" / "через": "10 sekunder", "10 seconds", "10 секунд"
             // (Russian in the accusative: "через 1 секунду")
};

// The number and its word in lang: "1 händelse", "2 händelser", "21 работа", "1 000 фотографий".
// Numbers are grouped as the language does (a no-break space in Swedish and Russian, a comma in
// English).
std::string countText(std::int64_t n, Counted what, Lang lang);

// "11 januari 2027", "11 January 2027", "11 января 2027 г." from "2027-01-11" (CLDR's long date
// format; British English, as the kiosk's English is). The text as it is when it is not a
// valid ISO date ("våren 2027", "2027-02-30").
std::string humanDate(std::string_view iso, Lang lang);

} // namespace vitrin::core
