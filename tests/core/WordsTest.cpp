#include "core/Words.h"

#include <gtest/gtest.h>

using namespace vitrin::core;

// Every plural form of every language, at the numbers that choose them.

TEST(Words, SwedishCountsOneAndOther) {
    EXPECT_EQ(countText(1, Counted::Event, Lang::Sv), "1 händelse");
    EXPECT_EQ(countText(2, Counted::Event, Lang::Sv), "2 händelser");
    EXPECT_EQ(countText(0, Counted::Event, Lang::Sv), "0 händelser");
    EXPECT_EQ(countText(1, Counted::Work, Lang::Sv), "1 verk");
    EXPECT_EQ(countText(20, Counted::Work, Lang::Sv), "20 verk");
    EXPECT_EQ(countText(1, Counted::Photo, Lang::Sv), "1 foto");
    EXPECT_EQ(countText(9, Counted::Photo, Lang::Sv), "9 foton");
    EXPECT_EQ(countText(1, Counted::Seconds, Lang::Sv), "1 sekund");
    EXPECT_EQ(countText(10, Counted::Seconds, Lang::Sv), "10 sekunder");
    // Thousands grouped with a no-break space, as Swedish writes them.
    EXPECT_EQ(countText(1500, Counted::Photo, Lang::Sv), "1\u00A0500 foton");
}

TEST(Words, EnglishCountsOneAndOther) {
    EXPECT_EQ(countText(1, Counted::Event, Lang::En), "1 event");
    EXPECT_EQ(countText(14, Counted::Event, Lang::En), "14 events");
    EXPECT_EQ(countText(1, Counted::Work, Lang::En), "1 work");
    EXPECT_EQ(countText(20, Counted::Work, Lang::En), "20 works");
    EXPECT_EQ(countText(1, Counted::Photo, Lang::En), "1 photo");
    EXPECT_EQ(countText(9, Counted::Photo, Lang::En), "9 photos");
    EXPECT_EQ(countText(0, Counted::Photo, Lang::En), "0 photos");
    EXPECT_EQ(countText(1, Counted::Seconds, Lang::En), "1 second");
    EXPECT_EQ(countText(10, Counted::Seconds, Lang::En), "10 seconds");
    EXPECT_EQ(countText(1500, Counted::Work, Lang::En), "1,500 works");
}

TEST(Words, RussianCountsOneFewAndMany) {
    // one: 1, 21, 101; few: 2-4, 22-24; many: 0, 5-20, 25-30, 111-114.
    EXPECT_EQ(countText(1, Counted::Work, Lang::Ru), "1 работа");
    EXPECT_EQ(countText(2, Counted::Work, Lang::Ru), "2 работы");
    EXPECT_EQ(countText(4, Counted::Work, Lang::Ru), "4 работы");
    EXPECT_EQ(countText(5, Counted::Work, Lang::Ru), "5 работ");
    EXPECT_EQ(countText(11, Counted::Work, Lang::Ru), "11 работ");
    EXPECT_EQ(countText(20, Counted::Work, Lang::Ru), "20 работ");
    EXPECT_EQ(countText(21, Counted::Work, Lang::Ru), "21 работа");
    EXPECT_EQ(countText(22, Counted::Work, Lang::Ru), "22 работы");
    EXPECT_EQ(countText(0, Counted::Work, Lang::Ru), "0 работ");
    EXPECT_EQ(countText(111, Counted::Work, Lang::Ru), "111 работ");

    EXPECT_EQ(countText(1, Counted::Photo, Lang::Ru), "1 фотография");
    EXPECT_EQ(countText(3, Counted::Photo, Lang::Ru), "3 фотографии");
    EXPECT_EQ(countText(9, Counted::Photo, Lang::Ru), "9 фотографий");
    EXPECT_EQ(countText(101, Counted::Photo, Lang::Ru), "101 фотография");

    EXPECT_EQ(countText(1, Counted::Event, Lang::Ru), "1 событие");
    EXPECT_EQ(countText(2, Counted::Event, Lang::Ru), "2 события");
    EXPECT_EQ(countText(14, Counted::Event, Lang::Ru), "14 событий");
    EXPECT_EQ(countText(31, Counted::Event, Lang::Ru), "31 событие");

    // "через 1 секунду": the accusative after через.
    EXPECT_EQ(countText(1, Counted::Seconds, Lang::Ru), "1 секунду");
    EXPECT_EQ(countText(3, Counted::Seconds, Lang::Ru), "3 секунды");
    EXPECT_EQ(countText(10, Counted::Seconds, Lang::Ru), "10 секунд");
    EXPECT_EQ(countText(21, Counted::Seconds, Lang::Ru), "21 секунду");
    EXPECT_EQ(countText(1500, Counted::Photo, Lang::Ru), "1\u00A0500 фотографий");
}

TEST(Words, DatesInEachLanguage) {
    EXPECT_EQ(humanDate("2027-01-11", Lang::Sv), "11 januari 2027");
    EXPECT_EQ(humanDate("2027-01-11", Lang::En), "11 January 2027");
    EXPECT_EQ(humanDate("2027-01-11", Lang::Ru), "11 января 2027\u202Fг.");
    // Every month, the Russian in the genitive.
    const char* sv[] = {"januari", "februari", "mars",      "april",   "maj",      "juni",
                        "juli",    "augusti",  "september", "oktober", "november", "december"};
    const char* en[] = {"January", "February", "March",     "April",   "May",      "June",
                        "July",    "August",   "September", "October", "November", "December"};
    const char* ru[] = {"января", "февраля", "марта",    "апреля",  "мая",    "июня",
                        "июля",   "августа", "сентября", "октября", "ноября", "декабря"};
    for (int month = 1; month <= 12; ++month) {
        const std::string iso =
            "2026-" + std::string(month < 10 ? "0" : "") + std::to_string(month) + "-01";
        EXPECT_EQ(humanDate(iso, Lang::Sv), "1 " + std::string(sv[month - 1]) + " 2026");
        EXPECT_EQ(humanDate(iso, Lang::En), "1 " + std::string(en[month - 1]) + " 2026");
        EXPECT_EQ(humanDate(iso, Lang::Ru), "1 " + std::string(ru[month - 1]) + " 2026\u202Fг.");
    }
    EXPECT_EQ(humanDate("2028-02-29", Lang::Sv), "29 februari 2028");
}

TEST(Words, WhatIsNotAnIsoDateIsLeftAsWritten) {
    EXPECT_EQ(humanDate("våren 2027", Lang::Sv), "våren 2027");
    EXPECT_EQ(humanDate("2027-02-30", Lang::En), "2027-02-30");
    EXPECT_EQ(humanDate("2027-13-01", Lang::Ru), "2027-13-01");
    EXPECT_EQ(humanDate("2027-1-1", Lang::Sv), "2027-1-1");
    EXPECT_EQ(humanDate("", Lang::Sv), "");
}
