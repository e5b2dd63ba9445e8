#include "content/ContentLoader.h"

#include "TempFolder.h"

#include <gtest/gtest.h>

using namespace vitrin::content;
using vitrin::content::testing::TempFolder;
using vitrin::core::Lang;

namespace {

constexpr std::string_view kPng = "pngsuite/basn2c08.png";

bool contains(const std::string& text, std::string_view part) {
    return text.find(part) != std::string::npos;
}

// A folder with a bit of everything a report must explain.
LoadResult messyFolder(const TempFolder& temp) {
    temp.copyTestImage(kPng, "1-Konst/01_Bron.png");
    temp.copyTestImage(kPng, "1-Konst/02_Huset.png");
    temp.write("1-Konst/IMG_0042.HEIC", std::string("\0\0\0\x18"
                                                    "ftypheic\0\0\0\0mif1heic",
                                                    24));
    temp.write("1-Konst/bildtexter.csv", "fil;titel_sv;titel_en\n01_Bron.png;Bron;The bridge\n"
                                         "03_Saknas.png;Borta;Gone\n");
    temp.copyTestImage(kPng, "2-Historia/1999.png");
    temp.folder("3-Tom");
    temp.write("exhibition.toml", "title = { sv = \"Vänort\", en = \"Twin town\" }\n"
                                  "idle_timeout = \"x\"\n"
                                  "[[section]]\nfolder = \"2-Historia\"\nkind = \"timeline\"\n");
    return loadContentFolder(temp.path());
}

} // namespace

TEST(ReportText, SwedishReportExplainsEverySectionAndFile) {
    TempFolder temp;
    const std::string text = formatReport(messyFolder(temp), Lang::Sv);
    EXPECT_TRUE(contains(text, "Utställning: Vänort")) << text;
    EXPECT_TRUE(contains(text, "Avsnitt 1: Historia (tidslinje, mappen \"2-Historia\")")) << text;
    EXPECT_TRUE(contains(text, "Visas: 1 händelse med bild.")) << text;
    EXPECT_TRUE(contains(text, "Avsnitt 2: Konst (galleri")) << text;
    EXPECT_TRUE(contains(text, "Visas: 2 bilder, varav 1 med bildtext.")) << text;
    EXPECT_TRUE(contains(text, "Visas inte: IMG_0042.HEIC – HEIC-bilder (från iPhone)")) << text;
    EXPECT_TRUE(contains(text, "Varning: bildtexter.csv, rad 3 – Bilden \"03_Saknas.png\""))
        << text;
    EXPECT_TRUE(contains(text, "Varning: exhibition.toml, rad 2 – idle_timeout")) << text;
    EXPECT_TRUE(contains(text, "Visas: ingenting.\n  Varning: Mappen har inget som kan visas"))
        << text;
    EXPECT_TRUE(contains(
        text, "Sammanfattning: 3 bilder i 2 avsnitt visas. 1 fil visas inte. 4 varningar."))
        << text;
    EXPECT_TRUE(contains(text, "Resultat: innehållet kan användas.")) << text;
    // What is not shown comes before warnings within a section.
    EXPECT_LT(text.find("Visas inte: IMG_0042"), text.find("Varning: bildtexter.csv"));
}

TEST(ReportText, SaysInWhichLanguagesTheAboutTextIsWritten) {
    TempFolder temp;
    temp.copyTestImage(kPng, "1-Konst/01_Bron.png");
    EXPECT_TRUE(contains(formatReport(loadContentFolder(temp.path()), Lang::Sv),
                         "Om utställningen: ingen om-utstallningen.toml, ingen text visas.\n"));
    temp.write("om-utstallningen.toml", "[sv]\nsummary = \"A.\"\ntext = \"B.\"\n"
                                        "[en]\ntext = \"B.\"\n[ru]\ntext = \"Б.\"\n");
    const LoadResult result = loadContentFolder(temp.path());
    EXPECT_TRUE(contains(formatReport(result, Lang::Sv),
                         "Om utställningen: sammanfattning på svenska; text på svenska, engelska, "
                         "ryska; medverkande och bildrätt saknas\n"))
        << formatReport(result, Lang::Sv);
    EXPECT_TRUE(contains(formatReport(result, Lang::En),
                         "About the exhibition: summary in Swedish; text in Swedish, English, "
                         "Russian; credits and picture rights missing\n"));
}

TEST(ReportText, EnglishAndRussianGetTheEnglishReport) {
    TempFolder temp;
    const LoadResult result = messyFolder(temp);
    const std::string english = formatReport(result, Lang::En);
    EXPECT_TRUE(contains(english, "Exhibition: Twin town")) << english;
    EXPECT_TRUE(contains(english, "Section 2: Konst (gallery")) << english;
    EXPECT_TRUE(contains(english, "Not shown: IMG_0042.HEIC – HEIC pictures")) << english;
    EXPECT_TRUE(contains(english, "Warning: bildtexter.csv, line 3")) << english;
    EXPECT_TRUE(contains(english, "Result: the content can be used.")) << english;
    EXPECT_EQ(formatReport(result, Lang::Ru), english);
}

TEST(ReportText, MissingFolderSaysSoAndThatNothingCanBeShown) {
    TempFolder temp;
    const LoadResult result = loadContentFolder(temp / "usb");
    const std::string text = formatReport(result, Lang::Sv);
    EXPECT_TRUE(contains(text, "Fel: Mappen finns inte.")) << text;
    EXPECT_TRUE(contains(text, "Sammanfattning: Inget visas.\n")) << text;
    EXPECT_TRUE(contains(text, "Resultat: inget kan visas")) << text;
    EXPECT_FALSE(contains(text, "Utställning:")) << text;
}

TEST(ReportText, CountsSayAllWhenEveryItemHasIt) {
    TempFolder temp;
    temp.copyTestImage(kPng, "1-A/a.png");
    temp.copyTestImage(kPng, "1-A/b.png");
    temp.write("1-A/bildtexter.csv", "fil;titel\na.png;A\nb.png;B\n");
    const LoadResult result = loadContentFolder(temp.path());
    const std::string swedish = formatReport(result, Lang::Sv);
    EXPECT_TRUE(contains(swedish, "Visas: 2 bilder, alla med bildtext.\n")) << swedish;
    EXPECT_TRUE(contains(swedish, "Sammanfattning: 2 bilder i 1 avsnitt visas.\n")) << swedish;
    EXPECT_TRUE(contains(swedish, "Resultat: innehållet kan användas.\n")) << swedish;
    const std::string english = formatReport(result, Lang::En);
    EXPECT_TRUE(contains(english, "Shown: 2 pictures, all with a caption.\n")) << english;
}
