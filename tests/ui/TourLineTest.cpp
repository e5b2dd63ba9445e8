#include "ui/TourLine.h"

#include "core/Text.h"
#include "core/Words.h"

#include <gtest/gtest.h>

using namespace vitrin;
using core::humanDate;
using core::Lang;
using ui::tourLine;

namespace {
std::vector<content::Venue> tour() {
    return {{{"Strömsunds kommunkontor", "Strömsund Municipal Office", "Коммуна Стрёмсунд"},
             "2026-11-02",
             "2027-01-08",
             "på"},
            {{"Hammerdals bibliotek", "Hammerdal Library", "Библиотека Хаммердаля"},
             "2027-01-11",
             "2027-03-01",
             "i"},
            {core::LocalText::same("Gäddede"), "2027-03-08", "2027-04-30", "i"}};
}
} // namespace

TEST(TourLine, DatesAsPeopleWriteThem) {
    EXPECT_EQ(humanDate("2027-01-11", Lang::Sv), "11 januari 2027");
    EXPECT_EQ(humanDate("2027-01-11", Lang::En), "11 January 2027");
    // ICU puts a narrow no-break space before "г.", so the year never parts from it.
    EXPECT_EQ(humanDate("2027-01-11", Lang::Ru), "11 января 2027\u202Fг.");
    EXPECT_EQ(humanDate("2026-05-01", Lang::Sv), "1 maj 2026");
    EXPECT_EQ(humanDate("våren 2027", Lang::Sv), "våren 2027");
}

TEST(TourLine, NowAndNextInEveryLanguage) {
    EXPECT_EQ(tourLine(tour(), "2026-12-02", "", Lang::Sv),
              "Visas nu på Strömsunds kommunkontor · Därefter: Hammerdals bibliotek från 11 "
              "januari 2027");
    EXPECT_EQ(tourLine(tour(), "2026-12-02", "", Lang::En),
              "Now showing at Strömsund Municipal Office · Next: Hammerdal Library from 11 "
              "January 2027");
    EXPECT_EQ(tourLine(tour(), "2026-12-02", "", Lang::Ru),
              "Сейчас выставка: Коммуна Стрёмсунд · Далее: Библиотека Хаммердаля с 11 января "
              "2027\u202Fг.");
    // The venue's own preposition.
    EXPECT_EQ(tourLine(tour(), "2027-02-01", "", Lang::Sv),
              "Visas nu i Hammerdals bibliotek · Därefter: Gäddede från 8 mars 2027");
}

TEST(TourLine, TheKioskKnowsItsVenueAndGapsShowOnlyWhatComes) {
    // Set up at the library before its dates: the kiosk's own venue wins.
    EXPECT_EQ(tourLine(tour(), "2027-01-09", "Hammerdals bibliotek", Lang::Sv),
              "Visas nu i Hammerdals bibliotek · Därefter: Gäddede från 8 mars 2027");
    // Between venues, without a setting: only what comes next.
    EXPECT_EQ(tourLine(tour(), "2027-01-09", "", Lang::Sv),
              "Därefter: Hammerdals bibliotek från 11 januari 2027");
    // The last stop: no next.
    EXPECT_EQ(tourLine(tour(), "2027-04-01", "", Lang::En), "Now showing at Gäddede");
    EXPECT_EQ(tourLine({}, "2027-04-01", "", Lang::Sv), "");
}
