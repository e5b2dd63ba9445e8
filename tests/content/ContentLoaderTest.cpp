#include "content/ContentLoader.h"

#include "TempFolder.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace vitrin::content;
using vitrin::content::testing::TempFolder;
using vitrin::content::testing::testImageBytes;
using vitrin::core::Lang;
namespace fs = std::filesystem;

namespace {

constexpr std::string_view kJpeg = "libjpeg-turbo/testorig.jpg"; // 227 x 149
constexpr std::string_view kPng = "pngsuite/basn2c08.png";       // 32 x 32

const Finding* findingFor(const Report& report, FindingCode code, std::string_view file) {
    const auto it =
        std::find_if(report.findings.begin(), report.findings.end(),
                     [&](const Finding& f) { return f.code == code && f.file == file; });
    return it == report.findings.end() ? nullptr : &*it;
}

std::vector<std::string> titles(const Section& section, Lang lang = Lang::Sv) {
    std::vector<std::string> out;
    for (const Item& item : section.items) {
        out.push_back(item.title.in(lang));
    }
    return out;
}

std::string describe(const Report& report) {
    std::string out;
    for (const Finding& f : report.findings) {
        out += f.file + ":" + std::to_string(f.line) + " " + f.message.en + "\n";
    }
    return out;
}

} // namespace

TEST(ContentLoader, ImagesInFoldersAreEnough) {
    TempFolder temp;
    temp.copyTestImage(kJpeg, "1-Min stad Irkutsk/01_Angara_bron.jpg");
    temp.copyTestImage(kPng, "1-Min stad Irkutsk/02-Hus-nr-5.png");
    temp.copyTestImage(kPng, "02 Svenskbyn/Kyrkan.png");
    temp.copyTestImage(kPng, "10_Vänort_historia/1999.png");
    const LoadResult result = loadContentFolder(temp.path());
    EXPECT_TRUE(result.report.findings.empty()) << describe(result.report);
    EXPECT_EQ(checkExitCode(result), 0);
    const Exhibition& exhibition = result.exhibition;
    ASSERT_EQ(exhibition.sections.size(), 3u);
    EXPECT_EQ(exhibition.sections[0].title.in(Lang::En), "Min stad Irkutsk");
    EXPECT_EQ(exhibition.sections[0].folder, "1-Min stad Irkutsk");
    EXPECT_EQ(exhibition.sections[1].title.in(Lang::Sv), "Svenskbyn");
    EXPECT_EQ(exhibition.sections[2].title.in(Lang::Sv), "Vänort historia");
    EXPECT_EQ(exhibition.sections[0].kind, SectionKind::Gallery);
    EXPECT_EQ(titles(exhibition.sections[0]),
              (std::vector<std::string>{"Angara bron", "Hus nr 5"}));
    EXPECT_EQ(titles(exhibition.sections[2]), (std::vector<std::string>{"1999"}));
    const Item& first = exhibition.sections[0].items[0];
    EXPECT_TRUE(first.image.is_absolute());
    EXPECT_TRUE(fs::exists(first.image));
    EXPECT_EQ(first.width, 227);
    EXPECT_EQ(first.height, 149);
    EXPECT_EQ(exhibition.languages, (std::vector<Lang>{Lang::Sv, Lang::En, Lang::Ru}));
    EXPECT_EQ(exhibition.idleTimeout.count(), 90);
    ASSERT_EQ(result.report.sections.size(), 3u);
    EXPECT_EQ(result.report.sections[0].pictures, 2u);
    EXPECT_FALSE(result.report.hasSettingsFile);
}

TEST(ContentLoader, TitleFromNameRules) {
    EXPECT_EQ(titleFromName("01_Angara_bron.jpg", true), "Angara bron");
    EXPECT_EQ(titleFromName("3_Kyrkan i by-n.JPEG", true), "Kyrkan i by n");
    EXPECT_EQ(titleFromName("04. Vinter.png", true), "Vinter");
    EXPECT_EQ(titleFromName("01.jpg", true), "01");
    EXPECT_EQ(titleFromName("02 Strömsund-Irkutsk", false), "Strömsund-Irkutsk");
    EXPECT_EQ(titleFromName("3_Historia__ny", false), "Historia ny");
    EXPECT_EQ(titleFromName("2009", false), "2009");
}

TEST(ContentLoader, CaptionRowsMatchFilesIgnoringCaseAndNormalisation) {
    TempFolder temp;
    // On disk as a Mac writes it (decomposed), in the sheet as Excel writes it (composed).
    temp.copyTestImage(kJpeg, "1-A/A\xCC\x8Angba\xCC\x8At.JPG");
    temp.copyTestImage(kPng, "1-A/Bron.png");
    temp.write("1-A/bildtexter.csv", "\xEF\xBB\xBF"
                                     "fil;titel_sv;titel_en;konstnär;ålder\r\n"
                                     "ångbåt.jpg;Ångbåten;The steamer;Anna;11\r\n"
                                     "BRON;Bron;The bridge;Ivan;9\r\n");
    const LoadResult result = loadContentFolder(temp.path());
    EXPECT_TRUE(result.report.findings.empty()) << describe(result.report);
    ASSERT_EQ(result.exhibition.sections.size(), 1u);
    const Section& section = result.exhibition.sections[0];
    ASSERT_EQ(section.items.size(), 2u);
    EXPECT_EQ(section.items[0].title.in(Lang::Sv), "Bron");
    EXPECT_EQ(section.items[0].artist.in(Lang::Ru), "Ivan");
    EXPECT_EQ(section.items[1].title.in(Lang::En), "The steamer");
    EXPECT_EQ(section.items[1].age, "11");
    EXPECT_EQ(result.report.sections[0].captioned, 2u);
}

TEST(ContentLoader, RowsForMissingFilesAndFilesWithoutRowsAreReported) {
    TempFolder temp;
    temp.copyTestImage(kPng, "1-A/a.png");
    temp.copyTestImage(kPng, "1-A/b.png");
    temp.write("1-A/bildtexter.csv", "fil;titel\n"
                                     "a.png;A\n"
                                     "c.png;Not here\n"
                                     ";No file\n"
                                     "a.png;Again\n");
    const LoadResult result = loadContentFolder(temp.path());
    const Report& report = result.report;
    const Finding* missing =
        findingFor(report, FindingCode::SheetFileNotFound, "1-A/bildtexter.csv");
    ASSERT_NE(missing, nullptr);
    EXPECT_EQ(missing->line, 3);
    EXPECT_NE(missing->message.sv.find("\"c.png\""), std::string::npos);
    const Finding* noFile =
        findingFor(report, FindingCode::SheetRowWithoutFile, "1-A/bildtexter.csv");
    ASSERT_NE(noFile, nullptr);
    EXPECT_EQ(noFile->line, 4);
    const Finding* duplicate =
        findingFor(report, FindingCode::SheetDuplicateRow, "1-A/bildtexter.csv");
    ASSERT_NE(duplicate, nullptr);
    EXPECT_EQ(duplicate->line, 5);
    EXPECT_NE(findingFor(report, FindingCode::CaptionMissing, "1-A/b.png"), nullptr);
    EXPECT_EQ(titles(result.exhibition.sections[0]), (std::vector<std::string>{"A", "b"}));
}

// A sheet at the 16 MB limit with every column in three languages and long cells is read
// whole (docs/reliability.md has its memory); one byte more and it is refused with its reason.
TEST(ContentLoader, ACaptionSheetUpToSixteenMegabytesIsReadWholeAndALargerOneIsRefused) {
    constexpr size_t kLimit = 16 * 1024 * 1024;
    TempFolder temp;
    temp.copyTestImage(kPng, "1-A/a.png");
    std::string sheet = "fil";
    for (const char* field :
         {"titel", "konstnär", "ålder", "skola", "beskrivning", "år", "datum", "tema"}) {
        for (const char* lang : {"sv", "en", "ru"}) {
            sheet += std::string(";") + field + "_" + lang;
        }
    }
    sheet += "\n";
    const std::string longCell(20000, 'x');
    std::string row;
    for (int cell = 0; cell < 24; ++cell) {
        row += ";\"" + longCell + "\"";
    }
    sheet += "a.png" + row + "\n";
    int lastLine = 2;
    for (int missing = 0; sheet.size() + row.size() + 16 <= kLimit; ++missing) {
        sheet += "saknas-" + std::to_string(missing) + ".png" + row + "\n";
        ++lastLine;
    }
    sheet.resize(kLimit, '\n'); // blank lines up to the limit itself
    temp.write("1-A/bildtexter.csv", sheet);
    LoadResult result = loadContentFolder(temp.path());
    ASSERT_EQ(result.exhibition.sections.size(), 1u);
    ASSERT_EQ(result.exhibition.sections[0].items.size(), 1u);
    const Item& item = result.exhibition.sections[0].items[0];
    EXPECT_EQ(item.description.in(Lang::Ru), longCell);
    EXPECT_EQ(item.title.in(Lang::En), longCell);
    EXPECT_EQ(findingFor(result.report, FindingCode::FileUnreadable, "1-A/bildtexter.csv"),
              nullptr);
    const auto missingRows =
        std::count_if(result.report.findings.begin(), result.report.findings.end(),
                      [](const Finding& f) { return f.code == FindingCode::SheetFileNotFound; });
    EXPECT_EQ(missingRows, lastLine - 2);
    const auto lastMissing =
        std::find_if(result.report.findings.rbegin(), result.report.findings.rend(),
                     [](const Finding& f) { return f.code == FindingCode::SheetFileNotFound; });
    ASSERT_NE(lastMissing, result.report.findings.rend());
    EXPECT_EQ(lastMissing->line, lastLine);

    temp.write("1-A/bildtexter.csv", sheet + "\n");
    result = loadContentFolder(temp.path());
    const Finding* refused =
        findingFor(result.report, FindingCode::FileUnreadable, "1-A/bildtexter.csv");
    ASSERT_NE(refused, nullptr);
    EXPECT_NE(refused->message.en.find("16 MB"), std::string::npos);
    ASSERT_EQ(result.exhibition.sections.size(), 1u);
    EXPECT_EQ(titles(result.exhibition.sections[0]), (std::vector<std::string>{"a"}));
}

TEST(ContentLoader, GallerySheetWithoutFileColumnIsNotUsed) {
    TempFolder temp;
    temp.copyTestImage(kPng, "1-A/a.png");
    temp.write("1-A/bildtexter.csv", "titel;konstnär\nA;B\n");
    const LoadResult result = loadContentFolder(temp.path());
    EXPECT_TRUE(result.report.has(FindingCode::SheetNoFileColumn, "1-A/bildtexter.csv"));
    EXPECT_FALSE(result.report.has(FindingCode::CaptionMissing));
    EXPECT_EQ(titles(result.exhibition.sections[0]), (std::vector<std::string>{"a"}));
}

TEST(ContentLoader, Windows1252SheetWithSemicolonsIsReadAndNoted) {
    TempFolder temp;
    temp.copyTestImage(kPng, "1-A/\xC3\xA4lven.png"); // "älven.png" in UTF-8 on disk
    temp.write("1-A/bildtexter.csv", "Fil;Titel;Beskrivning\r\n"
                                     "\xE4lven.png;\xC4lven;\"Vid \xE5n; p\xE5 v\xE5ren\"\r\n");
    const LoadResult result = loadContentFolder(temp.path());
    const Finding* note =
        findingFor(result.report, FindingCode::SheetLegacyEncoding, "1-A/bildtexter.csv");
    ASSERT_NE(note, nullptr);
    EXPECT_EQ(note->severity, Severity::Note);
    ASSERT_EQ(result.exhibition.itemCount(), 1u);
    const Item& item = result.exhibition.sections[0].items[0];
    EXPECT_EQ(item.title.in(Lang::Sv), "Älven");
    EXPECT_EQ(item.description.in(Lang::En), "Vid ån; på våren");
}

TEST(ContentLoader, OneSheetPerFolderPreferringBildtexter) {
    TempFolder temp;
    temp.copyTestImage(kPng, "1-A/a.png");
    temp.write("1-A/a-gammal.csv", "fil;titel\na.png;Old\n");
    temp.write("1-A/Bildtexter.csv", "fil;titel\na.png;New\n");
    const LoadResult result = loadContentFolder(temp.path());
    EXPECT_TRUE(result.report.has(FindingCode::SheetExtra, "1-A/a-gammal.csv"));
    EXPECT_EQ(titles(result.exhibition.sections[0]), (std::vector<std::string>{"New"}));
}

TEST(ContentLoader, TextFilesBesideAnImageOverrideTheSheetsDescription) {
    TempFolder temp;
    temp.copyTestImage(kPng, "1-A/bild.png");
    temp.copyTestImage(kPng, "1-A/annan.png");
    temp.write("1-A/bildtexter.csv",
               "fil;beskrivning_sv;beskrivning_en\nbild.png;Från arket;From the sheet\n"
               "annan.png;Arket;Sheet\n");
    temp.write("1-A/bild.sv.txt", "\xEF\xBB\xBF  Från filen\r\nrad två \r\n");
    temp.write("1-A/BILD.ru.txt", std::string("\xFF\xFE\x1F\x04\x40\x04\x38\x04", 8)); // При
    temp.write("1-A/annan.txt", "P\xE5 alla spr\xE5k"); // Windows-1252, every language
    temp.write("1-A/annan.en.txt", "In English");
    temp.write("1-A/borta.sv.txt", "No picture");
    temp.write("1-A/läsmig.txt", "Notes");
    const LoadResult result = loadContentFolder(temp.path());
    const Section& section = result.exhibition.sections[0];
    ASSERT_EQ(section.items.size(), 2u);
    const Item& annan = section.items[0];
    const Item& bild = section.items[1];
    EXPECT_EQ(bild.description.in(Lang::Sv), "Från filen\nrad två");
    EXPECT_EQ(bild.description.in(Lang::En), "From the sheet");
    EXPECT_EQ(bild.description.in(Lang::Ru), "При");
    EXPECT_EQ(annan.description.in(Lang::Sv), "På alla språk");
    EXPECT_EQ(annan.description.in(Lang::Ru), "På alla språk");
    EXPECT_EQ(annan.description.in(Lang::En), "In English");
    EXPECT_TRUE(result.report.has(FindingCode::TextWithoutImage, "1-A/borta.sv.txt"));
    EXPECT_TRUE(result.report.has(FindingCode::TextIgnored, "1-A/läsmig.txt"));
}

TEST(ContentLoader, SettingsGiveTitleLanguagesOrderKindsAndTour) {
    TempFolder temp;
    temp.copyTestImage(kPng, "1-Konst/a.png");
    temp.copyTestImage(kPng, "2-Byn/b.png");
    temp.copyTestImage(kPng, "3-Historia/2009_Besök.png");
    temp.copyTestImage(kPng, "3-Historia/1999_Start.png");
    temp.copyTestImage(kPng, "3-Historia/brev.png");
    temp.write("3-Historia/tidslinje.csv", "år;fil;titel_sv;titel_en\n"
                                           "1999;1999_Start.png;Början;The start\n"
                                           "2001;;Avtal;Agreement\n"
                                           "2005;borta.png;Försvunnen;Lost\n");
    temp.write("exhibition.toml", "title = { sv = \"Vänort\", en = \"Twin town\" }\n"
                                  "languages = [\"en\", \"sv\"]\n"
                                  "idle_timeout = 120\n"
                                  "[[section]]\nfolder = \"3-historia\"\nkind = \"timeline\"\n"
                                  "title = { sv = \"Samarbetet\" }\n"
                                  "[[section]]\nfolder = \"4-Saknas\"\n"
                                  "[[tour]]\nvenue = \"Kommunkontoret\"\nfrom = 2026-11-02\n"
                                  "to = 2027-01-29\n");
    const LoadResult result = loadContentFolder(temp.path());
    const Exhibition& exhibition = result.exhibition;
    EXPECT_TRUE(result.report.hasSettingsFile);
    EXPECT_EQ(exhibition.title.in(Lang::En), "Twin town");
    EXPECT_EQ(exhibition.languages, (std::vector<Lang>{Lang::En, Lang::Sv}));
    EXPECT_EQ(exhibition.defaultLanguage, Lang::En);
    EXPECT_EQ(exhibition.idleTimeout.count(), 120);
    ASSERT_EQ(exhibition.tour.size(), 1u);
    EXPECT_EQ(exhibition.tour[0].to, "2027-01-29");
    ASSERT_EQ(exhibition.sections.size(), 3u);
    const Section& timeline = exhibition.sections[0];
    EXPECT_EQ(timeline.folder, "3-Historia");
    EXPECT_EQ(timeline.kind, SectionKind::Timeline);
    EXPECT_EQ(timeline.title.in(Lang::Sv), "Samarbetet");
    EXPECT_EQ(exhibition.sections[1].folder, "1-Konst");
    EXPECT_EQ(exhibition.sections[2].folder, "2-Byn");
    // Sheet order first (a row without a file is an entry without picture, a missing picture
    // keeps its text), then pictures without a row in name order, their year from the name.
    EXPECT_EQ(titles(timeline, Lang::En),
              (std::vector<std::string>{"The start", "Agreement", "Lost", "Besök", "brev"}));
    EXPECT_FALSE(timeline.items[0].image.empty());
    EXPECT_TRUE(timeline.items[1].image.empty());
    EXPECT_TRUE(timeline.items[2].image.empty());
    EXPECT_EQ(timeline.items[1].year, "2001");
    EXPECT_EQ(timeline.items[3].year, "2009");
    EXPECT_EQ(timeline.items[4].year, "");
    EXPECT_EQ(result.report.sections[0].pictures, 3u);
    EXPECT_EQ(result.report.sections[0].textOnly, 2u);
    const Finding* unknown =
        findingFor(result.report, FindingCode::SettingsUnknownFolder, "exhibition.toml");
    ASSERT_NE(unknown, nullptr);
    EXPECT_EQ(unknown->line, 8);
    EXPECT_NE(findingFor(result.report, FindingCode::SheetFileNotFound, "3-Historia/tidslinje.csv"),
              nullptr);
}

TEST(ContentLoader, BadSettingsValueNamesFileAndLineAndUsesTheDefault) {
    TempFolder temp;
    temp.copyTestImage(kPng, "1-A/a.png");
    temp.write("exhibition.toml", "# Inställningar\nidle_timeout = \"en minut\"\n");
    const LoadResult result = loadContentFolder(temp.path());
    const Finding* bad =
        findingFor(result.report, FindingCode::SettingsBadValue, "exhibition.toml");
    ASSERT_NE(bad, nullptr);
    EXPECT_EQ(bad->line, 2);
    EXPECT_EQ(result.exhibition.idleTimeout.count(), 90);
    EXPECT_EQ(checkExitCode(result), 0);
}

TEST(ContentLoader, SettingsSyntaxErrorMeansAllDefaults) {
    TempFolder temp;
    temp.copyTestImage(kPng, "1-A/a.png");
    temp.write("exhibition.toml", "title = \"X\"\nidle_timeout = = 5\n");
    const LoadResult result = loadContentFolder(temp.path());
    const Finding* syntax =
        findingFor(result.report, FindingCode::SettingsSyntax, "exhibition.toml");
    ASSERT_NE(syntax, nullptr);
    EXPECT_EQ(syntax->line, 2);
    EXPECT_NE(result.exhibition.title.in(Lang::Sv), "X");
}

TEST(ContentLoader, SettingsSavedByNotepadAsTxtAreUsedWithANote) {
    TempFolder temp;
    temp.copyTestImage(kPng, "1-A/a.png");
    temp.write("exhibition.toml.txt", "title = \"Vänort\"\n");
    const LoadResult result = loadContentFolder(temp.path());
    EXPECT_TRUE(result.report.has(FindingCode::SettingsMisnamed, "exhibition.toml.txt"));
    EXPECT_EQ(result.exhibition.title.in(Lang::Sv), "Vänort");
}

TEST(ContentLoader, AboutTextAndPhotoSectionsReachTheCatalog) {
    TempFolder temp;
    temp.copyTestImage(kPng, "1-Teckningar/a.png");
    temp.copyTestImage(kPng, "2-Foton/a.png");
    temp.copyTestImage(kPng, "3-Historia/1999_a.png");
    temp.write("exhibition.toml", "[[section]]\nfolder = \"2-Foton\"\nkind = \"photos\"\n"
                                  "[[section]]\nfolder = \"3-Historia\"\nkind = \"timeline\"\n");
    temp.write("om-utstallningen.toml", "[sv]\nsummary = \"En mening.\"\ntext = \"Text.\"\n"
                                        "[en]\ncredits = \"Pictures: the schools\"\n");
    const LoadResult result = loadContentFolder(temp.path());
    EXPECT_TRUE(result.report.findings.empty()) << describe(result.report);
    EXPECT_TRUE(result.report.hasAboutFile);
    const Exhibition& exhibition = result.exhibition;
    EXPECT_EQ(exhibition.summary.in(Lang::Ru), "En mening.");
    EXPECT_EQ(exhibition.about.sv, "Text.");
    EXPECT_EQ(exhibition.credits.en, "Pictures: the schools");
    ASSERT_EQ(exhibition.sections.size(), 3u);
    EXPECT_EQ(exhibition.sections[0].folder, "2-Foton");
    EXPECT_EQ(exhibition.sections[0].noun, ItemNoun::Photo);
    EXPECT_EQ(exhibition.sections[0].kind, SectionKind::Gallery);
    EXPECT_EQ(exhibition.sections[1].noun, ItemNoun::Event);
    EXPECT_EQ(exhibition.sections[2].noun, ItemNoun::Work);
}

TEST(ContentLoader, AboutTextSyntaxErrorCostsOnlyTheText) {
    TempFolder temp;
    temp.copyTestImage(kPng, "1-A/a.png");
    temp.write("exhibition.toml", "title = \"Vänort\"\n");
    temp.write("om-utstallningen.toml.txt", "[sv]\ntext = \"utan slut\n");
    const LoadResult result = loadContentFolder(temp.path());
    EXPECT_TRUE(result.report.has(FindingCode::SettingsMisnamed, "om-utstallningen.toml.txt"));
    EXPECT_TRUE(result.report.has(FindingCode::SettingsSyntax, "om-utstallningen.toml.txt"));
    EXPECT_FALSE(result.report.has(FindingCode::LooseFile));
    EXPECT_EQ(result.exhibition.title.in(Lang::Sv), "Vänort");
    EXPECT_TRUE(result.exhibition.about.empty());
    EXPECT_EQ(checkExitCode(result), 0);
}

TEST(ContentLoader, JunkFromComputersIsIgnoredSilently) {
    TempFolder temp;
    temp.copyTestImage(kPng, "1-A/a.png");
    temp.write(".DS_Store", "junk");
    temp.write("._.DS_Store", "junk");
    temp.write("desktop.ini", "[.ShellClassInfo]");
    temp.write("System Volume Information/IndexerVolumeGuid", "x");
    temp.write("$RECYCLE.BIN/S-1-5-21/desktop.ini", "x");
    temp.write(".Trashes/501/old.jpg", "x");
    temp.write("1-A/._a.png", "resource fork");
    temp.write("1-A/Thumbs.db", "x");
    temp.write("1-A/.hidden.png", "x");
    temp.write("1-A/~$bildtexter.xlsx", "x");
    const LoadResult result = loadContentFolder(temp.path());
    EXPECT_TRUE(result.report.findings.empty()) << describe(result.report);
    EXPECT_EQ(result.exhibition.itemCount(), 1u);
}

TEST(ContentLoader, ImagesAreJudgedByTheirBytes) {
    TempFolder temp;
    const std::string jpeg = testImageBytes(kJpeg);
    std::string corruptPng = testImageBytes(kPng);
    corruptPng[corruptPng.size() / 2] = static_cast<char>(corruptPng[corruptPng.size() / 2] ^ 0x55);
    temp.copyTestImage(kJpeg, "1-A/ok.jpg");
    temp.copyTestImage(kPng, "1-A/png-named.jpg");
    temp.write("1-A/IMG_0042.HEIC", std::string("\0\0\0\x18"
                                                "ftypheic\0\0\0\0mif1heic",
                                                24));
    temp.write("1-A/poster.jpg", "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n1 0 obj\n");
    temp.write("1-A/film.mp4", std::string("\0\0\0\x20"
                                           "ftypisom\0\0\x02\0isomiso2avc1mp41",
                                           32));
    temp.write("1-A/empty.jpg", "");
    temp.write("1-A/half.jpg", jpeg.substr(0, jpeg.size() / 2));
    temp.write("1-A/broken.png", corruptPng);
    temp.write("1-A/bildtexter.xlsx", "PK\x03\x04");
    temp.write("1-A/texter.docx", "PK\x03\x04 word");
    const LoadResult result = loadContentFolder(temp.path());
    const Report& report = result.report;
    EXPECT_EQ(titles(result.exhibition.sections[0]), (std::vector<std::string>{"ok", "png named"}));
    const Finding* note = findingFor(report, FindingCode::ImageMisnamed, "1-A/png-named.jpg");
    ASSERT_NE(note, nullptr);
    EXPECT_EQ(note->severity, Severity::Note);
    const Finding* heic = findingFor(report, FindingCode::ImageRejected, "1-A/IMG_0042.HEIC");
    ASSERT_NE(heic, nullptr);
    EXPECT_EQ(heic->severity, Severity::Rejected);
    EXPECT_NE(heic->message.sv.find("HEIC-bilder (från iPhone)"), std::string::npos);
    const Finding* pdf = findingFor(report, FindingCode::ImageRejected, "1-A/poster.jpg");
    ASSERT_NE(pdf, nullptr);
    EXPECT_NE(pdf->message.sv.find("men är en PDF-fil"), std::string::npos);
    EXPECT_NE(
        findingFor(report, FindingCode::ImageRejected, "1-A/film.mp4")->message.en.find("Videos"),
        std::string::npos);
    EXPECT_NE(
        findingFor(report, FindingCode::ImageRejected, "1-A/empty.jpg")->message.sv.find("tom"),
        std::string::npos);
    for (std::string_view file : {"1-A/half.jpg", "1-A/broken.png", "1-A/texter.docx"}) {
        EXPECT_NE(findingFor(report, FindingCode::ImageRejected, file), nullptr) << file;
    }
    EXPECT_NE(findingFor(report, FindingCode::SpreadsheetNotCsv, "1-A/bildtexter.xlsx"), nullptr);
    EXPECT_EQ(report.sections[0].rejected, 7u);
    EXPECT_EQ(report.sections[0].pictures, 2u);
}

TEST(ContentLoader, HeaderCheckOnlyProbes) {
    TempFolder temp;
    const std::string jpeg = testImageBytes(kJpeg);
    temp.write("1-A/half.jpg", jpeg.substr(0, jpeg.size() / 2));
    temp.write("1-A/IMG_1.HEIC", std::string("\0\0\0\x18"
                                             "ftypheic\0\0\0\0mif1heic",
                                             24));
    LoadOptions options;
    options.imageCheck = ImageCheck::Header;
    const LoadResult probed = loadContentFolder(temp.path(), options);
    // The header is intact, so only the full decode finds the missing half.
    EXPECT_EQ(probed.exhibition.itemCount(), 1u);
    EXPECT_TRUE(probed.report.has(FindingCode::ImageRejected, "1-A/IMG_1.HEIC"));
    EXPECT_EQ(loadContentFolder(temp.path()).exhibition.itemCount(), 0u);
}

TEST(ContentLoader, LimitsComeFromTheOptions) {
    TempFolder temp;
    temp.copyTestImage(kJpeg, "1-A/big.jpg");
    LoadOptions options;
    options.limits.maxPixels = 1000;
    const LoadResult result = loadContentFolder(temp.path(), options);
    EXPECT_TRUE(result.report.has(FindingCode::ImageRejected, "1-A/big.jpg"));
    EXPECT_EQ(checkExitCode(result), 1);
}

TEST(ContentLoader, LinksNeverLeadOut) {
    TempFolder temp;
    temp.copyTestImage(kPng, "1-A/a.png");
    temp.link("1-A/passwd.jpg", "/etc/passwd");
    temp.link("1-A/upp", "../..");
    temp.link("1-A/här", ".");
    temp.link("2-Etc", "/etc");
    temp.link("3-Själv", ".");
    temp.link("4-Kopia", "1-A");
    temp.link("1-A/kopia.png", "a.png");
    const LoadResult result = loadContentFolder(temp.path());
    const Report& report = result.report;
    EXPECT_TRUE(report.has(FindingCode::LinkOutside, "1-A/passwd.jpg"));
    EXPECT_TRUE(report.has(FindingCode::LinkOutside, "1-A/upp"));
    EXPECT_TRUE(report.has(FindingCode::LinkBroken, "1-A/här"));
    EXPECT_TRUE(report.has(FindingCode::LinkOutside, "2-Etc"));
    EXPECT_TRUE(report.has(FindingCode::LinkBroken, "3-Själv"));
    // A link inside the folder is fine: a second section showing the same pictures.
    ASSERT_EQ(result.exhibition.sections.size(), 2u);
    EXPECT_EQ(result.exhibition.sections[1].folder, "4-Kopia");
    EXPECT_EQ(titles(result.exhibition.sections[0]), (std::vector<std::string>{"a", "kopia"}));
    for (const Section& section : result.exhibition.sections) {
        for (const Item& item : section.items) {
            EXPECT_EQ(
                item.image.lexically_relative(fs::canonical(temp.path())).string().substr(0, 2),
                "1-");
        }
    }
}

TEST(ContentLoader, DeepTreesAndLoopsAreSurvived) {
    TempFolder temp;
    temp.copyTestImage(kPng, "1-A/a.png");
    std::string deep = "1-A/djup";
    for (int level = 0; level < 60; ++level) {
        deep += "/mapp" + std::to_string(level);
    }
    temp.copyTestImage(kPng, deep + "/gömd.png");
    temp.link("1-A/djup/mapp0/loop", "../..");
    const LoadResult result = loadContentFolder(temp.path());
    const Finding* subfolder = findingFor(result.report, FindingCode::SubfolderIgnored, "1-A/djup");
    ASSERT_NE(subfolder, nullptr);
    EXPECT_EQ(subfolder->severity, Severity::Warning);
    EXPECT_EQ(result.report.findings.size(), 1u) << describe(result.report);
    EXPECT_EQ(result.exhibition.itemCount(), 1u);
}

TEST(ContentLoader, LooseFilesInTheMainFolderAreReported) {
    TempFolder temp;
    temp.copyTestImage(kPng, "1-A/a.png");
    temp.copyTestImage(kPng, "lös.png");
    temp.write("bildtexter.csv", "fil;titel\n");
    temp.write("LÄSMIG.txt", "hej");
    const LoadResult result = loadContentFolder(temp.path());
    EXPECT_EQ(findingFor(result.report, FindingCode::LooseFile, "lös.png")->severity,
              Severity::Warning);
    EXPECT_EQ(findingFor(result.report, FindingCode::LooseFile, "bildtexter.csv")->severity,
              Severity::Warning);
    EXPECT_EQ(findingFor(result.report, FindingCode::LooseFile, "LÄSMIG.txt")->severity,
              Severity::Note);
}

TEST(ContentLoader, TheReportAnImportLeftOnTheStickIsNotAStrayFile) {
    TempFolder temp;
    temp.copyTestImage(kPng, "1-A/a.png");
    temp.write("Vitrin-rapport 2026-12-02.txt", "Kontroll av innehållet");
    temp.write("Vitrin/Vitrin-rapport 2026-12-03.txt", "Kontroll av innehållet");
    temp.write("Vitrin/statistik.csv", "dag;besök");
    const LoadResult result = loadContentFolder(temp.path());
    EXPECT_TRUE(result.report.findings.empty()) << describe(result.report);
    EXPECT_EQ(result.exhibition.sections.size(), 1u) << "the kiosks' folder Vitrin/ is no section";
}

TEST(ContentLoader, MissingFolderIsAReportNotACrash) {
    TempFolder temp;
    const LoadResult missing = loadContentFolder(temp / "finns-inte");
    EXPECT_TRUE(missing.report.has(FindingCode::FolderMissing));
    EXPECT_EQ(missing.report.count(Severity::Fatal), 1u);
    EXPECT_EQ(checkExitCode(missing), 1);
    const LoadResult file = loadContentFolder(temp.write("fil.txt", "x"));
    EXPECT_TRUE(file.report.has(FindingCode::FolderMissing));
    EXPECT_EQ(checkExitCode(file), 1);
}

TEST(ContentLoader, NothingUsableMeansExitOne) {
    TempFolder temp;
    const LoadResult empty = loadContentFolder(temp.path());
    EXPECT_TRUE(empty.report.has(FindingCode::NothingToShow));
    EXPECT_EQ(checkExitCode(empty), 1);
    temp.write("1-A/trasig.jpg", "not a picture");
    temp.folder("2-Tom");
    const LoadResult bad = loadContentFolder(temp.path());
    EXPECT_TRUE(bad.report.has(FindingCode::SectionEmpty, "1-A"));
    EXPECT_TRUE(bad.report.has(FindingCode::SectionEmpty, "2-Tom"));
    EXPECT_TRUE(bad.report.has(FindingCode::NothingToShow));
    EXPECT_EQ(bad.report.sections.size(), 2u);
    EXPECT_TRUE(bad.exhibition.sections.empty());
    EXPECT_EQ(checkExitCode(bad), 1);
}
