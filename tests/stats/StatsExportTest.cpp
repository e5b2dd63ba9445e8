#include "stats/StatsExport.h"

#include "../core/TempDir.h"
#include "stats/StatsChart.h"

#include <SDL_image.h>
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace vitrin::stats {
namespace {

using core::tests::TempDir;

const std::filesystem::path kFont =
    std::filesystem::path(VITRIN_SOURCE_DIR) / "fonts/NotoSans-Regular.ttf";

StatsTables twoVenues() {
    StatsTables tables;
    tables.kiosk = "k";
    tables.exported = "2026-12-02 14:05";
    tables.days = {DayRow{"2026-11-30", "Biblioteket", 3, 270, 2, 1, 0, 1},
                   DayRow{"2026-12-01", "Biblioteket", 1, 45, 0, 0, 1, 0},
                   DayRow{"2026-12-01", "Kommunhuset", 2, 90, 2, 0, 0, 2}};
    tables.hours = {HourRow{"Biblioteket", 9, 4}, HourRow{"Kommunhuset", 13, 2}};
    tables.places = {PlaceRow{"Biblioteket", true, "a", "Älgen; \"Åsa\"", "Barnens Irkutsk", 5, 75},
                     PlaceRow{"Biblioteket", false, "home", "Start", "", 4, 20},
                     PlaceRow{"Kommunhuset", true, "a", "Älgen; \"Åsa\"", "Barnens Irkutsk", 1, 15},
                     PlaceRow{"Kommunhuset", true, "b", "=SUMMA(A1)", "Svenskbyn", 2, 10}};
    return tables;
}

std::vector<std::string> lines(const std::string& csv) {
    std::vector<std::string> result;
    std::string::size_type start = 0;
    for (auto end = csv.find("\r\n"); end != std::string::npos; end = csv.find("\r\n", start)) {
        result.push_back(csv.substr(start, end - start));
        start = end + 2;
    }
    EXPECT_EQ(start, csv.size()) << "every line ends with CRLF";
    return result;
}

TEST(StatsExport, DecimalComma) {
    EXPECT_EQ(decimalComma(1.25, 1), "1,2");
    EXPECT_EQ(decimalComma(4.5, 1), "4,5");
    EXPECT_EQ(decimalComma(12, 0), "12");
}

TEST(StatsExport, DaysCsvIsWhatSwedishExcelReads) {
    const std::string csv = daysCsv(twoVenues());
    ASSERT_EQ(csv.substr(0, 3), "\xEF\xBB\xBF");
    const auto rows = lines(csv.substr(3));
    ASSERT_EQ(rows.size(), 1u + 3u + 2u + 1u);
    EXPECT_EQ(rows[0], "Datum;Plats;Besök;Sammanlagd tid (min);Medeltid per besök (min);Svenska;"
                       "Engelska;Ryska;Besök med zoomning");
    EXPECT_EQ(rows[1], "2026-11-30;Biblioteket;3;4,5;1,5;2;1;0;1");
    EXPECT_EQ(rows[4], "Totalt;Biblioteket;4;5,2;1,3;2;1;1;1");
    EXPECT_EQ(rows[6], "Totalt;Alla platser;6;6,8;1,1;4;1;1;3");
}

TEST(StatsExport, PlacesCsvQuotesAndKeepsFormulasAsText) {
    const auto rows = lines(placesCsv(twoVenues()).substr(3));
    EXPECT_EQ(rows[0], "Avsnitt;Titel;Typ;Plats;Öppnad (gånger);Sammanlagd tid (min);Medeltid (s)");
    EXPECT_EQ(rows[1],
              "Barnens Irkutsk;\"Älgen; \"\"Åsa\"\"\";Verk eller bild;Biblioteket;5;1,2;15");
    EXPECT_EQ(rows[3], "Svenskbyn;'=SUMMA(A1);Verk eller bild;Kommunhuset;2;0,2;5");
    EXPECT_EQ(rows[4], ";Start;Skärm;Biblioteket;4;0,3;5");
    // The totals over both venues: the item seen at both is summed.
    EXPECT_EQ(rows[5],
              "Barnens Irkutsk;\"Älgen; \"\"Åsa\"\"\";Verk eller bild;Alla platser;6;1,5;15");
}

TEST(StatsExport, HoursCsvWritesHoursAsTextExcelDoesNotTakeForDates) {
    const auto rows = lines(hoursCsv(twoVenues()).substr(3));
    EXPECT_EQ(rows[1], "kl. 09–10;Biblioteket;4");
    EXPECT_EQ(rows[3], "kl. 09–10;Alla platser;4");
}

TEST(StatsExport, SummaryInSwedish) {
    const std::string text = summaryText(twoVenues());
    EXPECT_NE(text.find("Platser: Biblioteket, Kommunhuset"), std::string::npos) << text;
    EXPECT_NE(text.find("Period: 30 november 2026 – 1 december 2026 (2 dagar med besök)"),
              std::string::npos)
        << text;
    EXPECT_NE(text.find("Besök: 6, i snitt 3,0 per dag med besök"), std::string::npos) << text;
    EXPECT_NE(text.find("Genomsnittlig besökstid: 1 min 8 s"), std::string::npos) << text;
    EXPECT_NE(text.find("Språk: svenska 67 %, engelska 17 %, ryska 17 %"), std::string::npos)
        << text;
    EXPECT_NE(text.find("Flest besök: kl. 09–10"), std::string::npos) << text;
    EXPECT_NE(text.find("1. Älgen; \"Åsa\" (Barnens Irkutsk): öppnad 6 gånger"), std::string::npos)
        << text;
    EXPECT_NE(summaryText(StatsTables{}).find("Inga besök"), std::string::npos);
}

TEST(StatsExport, WritesEveryFileAndAChartThatIsAPicture) {
    TempDir dir;
    const std::string base = exportBaseName("Biblioteket: \"Norr\"", "2026-12-02");
    EXPECT_EQ(base, "Statistik Biblioteket- -Norr- 2026-12-02");
    const auto written = writeExport(twoVenues(), dir.path(), base, kFont);
    ASSERT_TRUE(written) << written.error().message;
    EXPECT_EQ(written->size(), 6u);
    for (const char* ending : {kDaysCsv, kHoursCsv, kPlacesCsv, kSummaryTxt, kJson, kChartPng}) {
        EXPECT_TRUE(std::filesystem::is_regular_file(dir / (base + ending))) << ending;
    }
    std::ifstream json(dir / (base + kJson));
    std::stringstream bytes;
    bytes << json.rdbuf();
    auto read = tablesFromJson(bytes.str());
    ASSERT_TRUE(read);
    EXPECT_EQ(read->totalVisits(), 6);
    SDL_Surface* chart = IMG_Load((dir / (base + kChartPng)).c_str());
    ASSERT_NE(chart, nullptr);
    EXPECT_EQ(chart->w, kChartWidth);
    EXPECT_EQ(chart->h, kChartHeight);
    SDL_FreeSurface(chart);
}

TEST(StatsExport, AFolderThatCannotBeMadeIsAnError) {
    TempDir dir;
    core::tests::writeFile(dir / "file", "x");
    EXPECT_FALSE(writeExport(twoVenues(), dir / "file" / "sub", "Statistik", kFont));
}

} // namespace
} // namespace vitrin::stats
