#include "content/CaptionSheet.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <string>

using namespace vitrin::content;
using vitrin::core::Lang;

namespace {

bool hasFinding(const CaptionSheet& sheet, FindingCode code, int line) {
    return std::any_of(sheet.findings.begin(), sheet.findings.end(),
                       [&](const Finding& f) { return f.code == code && f.line == line; });
}

} // namespace

TEST(CaptionSheet, SemicolonSheetAsSwedishExcelSavesIt) {
    const CaptionSheet sheet = parseCaptionSheet("\xEF\xBB\xBF"
                                                 "Fil;Titel_sv;Titel_en;Konstnär;Ålder;Skola\r\n"
                                                 "01.jpg;Bron;The bridge;Anna;11;Skola 5\r\n"
                                                 "02.jpg;Huset;;Ivan;12;Skola 9\r\n");
    EXPECT_EQ(sheet.separator, ';');
    EXPECT_EQ(sheet.encoding, TextEncoding::Utf8Bom);
    ASSERT_EQ(sheet.rows.size(), 2u);
    EXPECT_TRUE(sheet.findings.empty());
    const CaptionRow& first = sheet.rows[0];
    EXPECT_EQ(first.line, 2);
    EXPECT_EQ(first.file, "01.jpg");
    EXPECT_EQ(first.title.in(Lang::Sv), "Bron");
    EXPECT_EQ(first.title.in(Lang::En), "The bridge");
    EXPECT_EQ(first.artist.in(Lang::Ru), "Anna");
    EXPECT_EQ(first.age, "11");
    EXPECT_EQ(first.school.in(Lang::En), "Skola 5");
    EXPECT_EQ(sheet.rows[1].title.in(Lang::En), "Huset"); // falls back to Swedish
}

TEST(CaptionSheet, CommaSheetWithQuotedSeparatorsQuotesAndLineBreaks) {
    const CaptionSheet sheet =
        parseCaptionSheet("file,title,description_en\n"
                          "a.jpg,\"Bridge, river\",\"Two lines:\r\nhe said \"\"hi\"\"\"\n"
                          "b.jpg,Plain,\n");
    EXPECT_EQ(sheet.separator, ',');
    ASSERT_EQ(sheet.rows.size(), 2u);
    EXPECT_EQ(sheet.rows[0].title.in(Lang::Sv), "Bridge, river");
    EXPECT_EQ(sheet.rows[0].description.in(Lang::En), "Two lines:\nhe said \"hi\"");
    EXPECT_EQ(sheet.rows[1].line, 4); // the line break inside the quoted field counts
}

TEST(CaptionSheet, TabAndExplicitSeparatorLine) {
    EXPECT_EQ(parseCaptionSheet("file\ttitle\na.jpg\tA\n").separator, '\t');
    const CaptionSheet sheet = parseCaptionSheet("sep=,\nfil;x,titel\na.jpg;y,A\n");
    EXPECT_EQ(sheet.separator, ',');
    ASSERT_EQ(sheet.rows.size(), 1u);
    EXPECT_EQ(sheet.rows[0].title.in(Lang::Sv), "A");
    EXPECT_EQ(sheet.rows[0].line, 3);
}

TEST(CaptionSheet, HeaderNamesInEitherLanguageWithOrWithoutAccentsAnyCase) {
    const CaptionSheet accented =
        parseCaptionSheet("FIL;TITEL;KONSTNÄR;ÅLDER;SKOLA;BESKRIVNING_SV;ÅR;DATUM\n"
                          "a.jpg;T;K;9;S;B;1999;1999-05\n");
    const CaptionSheet plain =
        parseCaptionSheet("fil;titel;konstnar;alder;skola;beskrivning_sv;ar;datum\n"
                          "a.jpg;T;K;9;S;B;1999;1999-05\n");
    const CaptionSheet english =
        parseCaptionSheet("File;Title;Artist;Age;School;Description_SV;Year;Date\n"
                          "a.jpg;T;K;9;S;B;1999;1999-05\n");
    for (const CaptionSheet* sheet : {&accented, &plain, &english}) {
        ASSERT_EQ(sheet->rows.size(), 1u);
        EXPECT_TRUE(sheet->findings.empty());
        const CaptionRow& row = sheet->rows[0];
        EXPECT_EQ(row.file, "a.jpg");
        EXPECT_EQ(row.title.in(Lang::En), "T");
        EXPECT_EQ(row.artist.in(Lang::Sv), "K");
        EXPECT_EQ(row.age, "9");
        EXPECT_EQ(row.school.in(Lang::Ru), "S");
        EXPECT_EQ(row.description.in(Lang::Sv), "B");
        EXPECT_EQ(row.year, "1999");
        EXPECT_EQ(row.date, "1999-05");
    }
}

TEST(CaptionSheet, DecomposedHeaderNamesAreRecognised) {
    // "konstnär" and "år" typed on a Mac: a + U+0308, a + U+030A.
    const CaptionSheet sheet =
        parseCaptionSheet("fil;konstna\xCC\x88r;a\xCC\x8Ar\na.jpg;Anna;2001\n");
    ASSERT_EQ(sheet.rows.size(), 1u);
    EXPECT_EQ(sheet.rows[0].artist.in(Lang::Sv), "Anna");
    EXPECT_EQ(sheet.rows[0].year, "2001");
}

TEST(CaptionSheet, SuffixedColumnsWinOverTheUnsuffixedOneInTheirLanguage) {
    const CaptionSheet sheet =
        parseCaptionSheet("fil;titel;titel_ru;title (en)\na.jpg;Bron;Мост;Bridge\nb.jpg;Hus;;\n");
    ASSERT_EQ(sheet.rows.size(), 2u);
    EXPECT_EQ(sheet.rows[0].title.in(Lang::Sv), "Bron");
    EXPECT_EQ(sheet.rows[0].title.in(Lang::En), "Bridge");
    EXPECT_EQ(sheet.rows[0].title.in(Lang::Ru), "Мост");
    EXPECT_EQ(sheet.rows[1].title.in(Lang::Ru), "Hus");
}

TEST(CaptionSheet, UnknownAndDuplicateColumnsAreReportedOnTheHeaderLine) {
    const CaptionSheet sheet =
        parseCaptionSheet("\n\nfil;kommentar;titel;Titel\na.jpg;x;Första;Andra\n");
    ASSERT_EQ(sheet.rows.size(), 1u);
    EXPECT_TRUE(hasFinding(sheet, FindingCode::SheetUnknownColumn, 3));
    EXPECT_TRUE(hasFinding(sheet, FindingCode::SheetDuplicateColumn, 3));
    EXPECT_EQ(sheet.rows[0].title.in(Lang::Sv), "Första");
}

TEST(CaptionSheet, OneUnknownColumnIsNamedAlone) {
    const CaptionSheet sheet = parseCaptionSheet("fil;kommentar\na.jpg;x\n");
    ASSERT_EQ(sheet.findings.size(), 1u);
    EXPECT_EQ(sheet.findings[0].code, FindingCode::SheetUnknownColumn);
    EXPECT_TRUE(sheet.findings[0].message.sv.starts_with(
        "Kolumnen \"kommentar\" känns inte igen och används inte."));
    EXPECT_TRUE(sheet.findings[0].message.en.starts_with(
        "The column \"kommentar\" is not recognised and is not used."));
}

// A sheet saved with the wrong separator, or a row of stray cells, gives one finding for its
// header, naming the first few columns once each and counting the rest.
TEST(CaptionSheet, ManyUnknownColumnsAreOneFindingThatNamesTheFirstFive) {
    const CaptionSheet three = parseCaptionSheet("fil;a;b;a;c\n");
    ASSERT_EQ(three.findings.size(), 1u);
    EXPECT_TRUE(three.findings[0].message.sv.starts_with(
        "Kolumnerna \"a\", \"b\" och \"c\" känns inte igen"));
    EXPECT_TRUE(three.findings[0].message.en.starts_with(
        "The columns \"a\", \"b\" and \"c\" are not recognised"));

    std::string header = "fil";
    for (int i = 0; i < 1000; ++i) {
        header += ";x" + std::to_string(i % 8);
    }
    const CaptionSheet many = parseCaptionSheet(header + "\n");
    ASSERT_EQ(many.findings.size(), 1u);
    EXPECT_EQ(many.findings[0].line, 1);
    EXPECT_TRUE(many.findings[0].message.sv.starts_with(
        "Kolumnerna \"x0\", \"x1\", \"x2\", \"x3\", \"x4\" och 3 till känns inte igen"));
    EXPECT_TRUE(many.findings[0].message.en.starts_with(
        "The columns \"x0\", \"x1\", \"x2\", \"x3\", \"x4\" and 3 more are not recognised"));
}

TEST(CaptionSheet, RepeatedColumnsAreOneFinding) {
    const CaptionSheet sheet = parseCaptionSheet("fil;titel;titel;titel;år;Titel;år\n");
    ASSERT_EQ(sheet.findings.size(), 1u);
    EXPECT_EQ(sheet.findings[0].code, FindingCode::SheetDuplicateColumn);
    EXPECT_EQ(sheet.findings[0].message.sv,
              "Kolumnerna \"titel\", \"Titel\" och \"år\" finns mer än en gång; bara den "
              "första (längst till vänster) av varje används.");
}

// A broken sheet on a stick may have a megabyte of cells in its first line. Each cell used to be
// compared with every cell before it (all of them, unless one matched); now each is compared
// with the columns recognised so far, at most one per field and language.
TEST(CaptionSheet, AHeaderOfManyCellsIsReadInLinearTime) {
    constexpr int empty = 200'000;
    std::string text = "fil;titel";
    text.append(empty, ';');
    text += "titel;artist\na.jpg;Första";
    text.append(empty, ';');
    text += "Andra;Konstnären\n";
    const auto began = std::chrono::steady_clock::now();
    const CaptionSheet sheet = parseCaptionSheet(text);
    const auto took = std::chrono::steady_clock::now() - began;
    ASSERT_EQ(sheet.rows.size(), 1u);
    EXPECT_EQ(sheet.rows[0].title.in(Lang::Sv), "Första");
    EXPECT_EQ(sheet.rows[0].artist.in(Lang::Sv), "Konstnären");
    EXPECT_TRUE(hasFinding(sheet, FindingCode::SheetDuplicateColumn, 1));
    EXPECT_LT(took, std::chrono::seconds(10));
}

TEST(CaptionSheet, TextUnderAnEmptyHeadingIsReportedOnce) {
    const CaptionSheet sheet = parseCaptionSheet("fil;titel;\na.jpg;A;lost\nb.jpg;B;lost\n");
    EXPECT_EQ(
        std::count_if(sheet.findings.begin(), sheet.findings.end(),
                      [](const Finding& f) { return f.code == FindingCode::SheetUnknownColumn; }),
        1);
    EXPECT_TRUE(hasFinding(sheet, FindingCode::SheetUnknownColumn, 2));
}

TEST(CaptionSheet, NoRecognisedHeaderMeansNoRows) {
    const CaptionSheet sheet = parseCaptionSheet("a.jpg;Bron\nb.jpg;Huset\n");
    EXPECT_FALSE(sheet.hasHeader);
    EXPECT_TRUE(sheet.rows.empty());
    EXPECT_TRUE(hasFinding(sheet, FindingCode::SheetNoHeader, 1));
    ASSERT_EQ(sheet.findings.size(), 1u); // no noise about each unknown column
}

TEST(CaptionSheet, EmptySheetIsNoProblem) {
    const CaptionSheet sheet = parseCaptionSheet("\xEF\xBB\xBF\r\n;;;\r\n");
    EXPECT_TRUE(sheet.rows.empty());
    EXPECT_TRUE(sheet.findings.empty());
}

TEST(CaptionSheet, BlankRowsAsExcelWritesThemAreSkipped) {
    const CaptionSheet sheet = parseCaptionSheet("fil;titel\n;\n a.jpg ; Bron \n;;\n");
    ASSERT_EQ(sheet.rows.size(), 1u);
    EXPECT_EQ(sheet.rows[0].file, "a.jpg");
    EXPECT_EQ(sheet.rows[0].title.in(Lang::Sv), "Bron");
    EXPECT_EQ(sheet.rows[0].line, 3);
}

TEST(CaptionSheet, UnterminatedQuoteIsReportedWhereItOpens) {
    const CaptionSheet sheet =
        parseCaptionSheet("fil;titel\na.jpg;ok\nb.jpg;\"never closed\nc.jpg;x\n");
    EXPECT_TRUE(hasFinding(sheet, FindingCode::SheetUnterminatedQuote, 3));
    ASSERT_EQ(sheet.rows.size(), 2u);
    EXPECT_EQ(sheet.rows[1].title.in(Lang::Sv), "never closed\nc.jpg;x");
}

TEST(CaptionSheet, ExtraCellsBeyondTheHeaderAreReported) {
    const CaptionSheet sheet = parseCaptionSheet("fil,titel\na.jpg,Bron, Angara\nb.jpg,Hus,\n");
    EXPECT_TRUE(hasFinding(sheet, FindingCode::SheetExtraCells, 2));
    EXPECT_FALSE(hasFinding(sheet, FindingCode::SheetExtraCells, 3)); // empty extra cell
    EXPECT_EQ(sheet.rows[0].title.in(Lang::Sv), "Bron");
}

TEST(CaptionSheet, Windows1252SheetKeepsSwedishLettersAndSaysSo) {
    const CaptionSheet sheet = parseCaptionSheet("fil;titel_sv;konstn\xE4r\n\xE5"
                                                 "ngb\xE5"
                                                 "t.jpg;\xC4lven;S\xF6"
                                                 "derberg\n");
    EXPECT_EQ(sheet.encoding, TextEncoding::Windows1252);
    EXPECT_TRUE(hasFinding(sheet, FindingCode::SheetLegacyEncoding, 0));
    ASSERT_EQ(sheet.rows.size(), 1u);
    EXPECT_EQ(sheet.rows[0].file, "ångbåt.jpg");
    EXPECT_EQ(sheet.rows[0].title.in(Lang::Sv), "Älven");
    EXPECT_EQ(sheet.rows[0].artist.in(Lang::Sv), "Söderberg");
}

TEST(CaptionSheet, CyrillicLostToQuestionMarksIsReportedAndNotShown) {
    const CaptionSheet sheet = parseCaptionSheet(
        "fil;titel_sv;titel_ru\na.jpg;Bron;????\nb.jpg;Huset;???? ?????\nc.jpg;X;Why? Fine.\n");
    EXPECT_TRUE(hasFinding(sheet, FindingCode::SheetLostCyrillic, 2));
    EXPECT_FALSE(hasFinding(sheet, FindingCode::SheetLostCyrillic, 3)); // reported once
    ASSERT_EQ(sheet.rows.size(), 3u);
    EXPECT_EQ(sheet.rows[0].title.in(Lang::Ru), "Bron");
    EXPECT_EQ(sheet.rows[2].title.in(Lang::Ru), "Why? Fine.");
}

TEST(CaptionSheet, OldMacLineEndingsAndQuotesAfterSpaces) {
    const CaptionSheet sheet = parseCaptionSheet("fil;titel\ra.jpg; \"A; B\"\rb.jpg;C");
    ASSERT_EQ(sheet.rows.size(), 2u);
    EXPECT_EQ(sheet.rows[0].title.in(Lang::Sv), "A; B");
    EXPECT_EQ(sheet.rows[1].line, 3);
}

TEST(CaptionSheet, FileColumnIsOptionalAndKnown) {
    EXPECT_FALSE(parseCaptionSheet("år;titel\n1999;Första besöket\n").hasFileColumn);
    EXPECT_TRUE(parseCaptionSheet("Filnamn;titel\na.jpg;A\n").hasFileColumn);
}

TEST(CaptionSheet, QuotedCellFollowedByTextKeepsBoth) {
    const CaptionSheet sheet = parseCaptionSheet("fil;titel\na.jpg;\"Bron\" \"över\"\n");
    ASSERT_EQ(sheet.rows.size(), 1u);
    EXPECT_EQ(sheet.rows[0].title.in(Lang::Sv), "Bron \"över\"");
}

TEST(CaptionSheet, ThemeColumnsGroupUndatedTimelineEntries) {
    const CaptionSheet sheet = parseCaptionSheet("år;titel_sv;tema_sv;tema_en;tema\n"
                                                 "1999;Början;;;\n"
                                                 ";Kurser;Utbildning;Education;Образование\n");
    ASSERT_EQ(sheet.rows.size(), 2u);
    EXPECT_TRUE(sheet.findings.empty());
    EXPECT_TRUE(sheet.rows[0].theme.empty());
    EXPECT_EQ(sheet.rows[1].theme.in(Lang::Sv), "Utbildning");
    EXPECT_EQ(sheet.rows[1].theme.in(Lang::En), "Education");
    // The unsuffixed column fills the language no suffixed column gave.
    EXPECT_EQ(sheet.rows[1].theme.in(Lang::Ru), "Образование");
}
