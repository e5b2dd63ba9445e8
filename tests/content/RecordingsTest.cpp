// Recorded descriptions in a content folder: bild.sv.ogg, bild.en.ogg, bild.ru.ogg beside
// bild.jpg reach the catalog item; what cannot be played is reported to staff and not used.

#include "content/ContentLoader.h"

#include "OggEncode.h"
#include "TempFolder.h"

#include <gtest/gtest.h>

using namespace vitrin::content;
using vitrin::content::testing::TempFolder;
using vitrin::core::Lang;
using vitrin::speech::testing::oggTone;

namespace {

constexpr std::string_view kPng = "pngsuite/basn2c08.png";

const Finding* findingFor(const Report& report, FindingCode code, std::string_view file) {
    for (const Finding& finding : report.findings) {
        if (finding.code == code && finding.file == file) {
            return &finding;
        }
    }
    return nullptr;
}

std::string describe(const Report& report) {
    std::string out;
    for (const Finding& f : report.findings) {
        out += f.file + ": " + f.message.en + "\n";
    }
    return out;
}

// A recording whose headers are whole but whose sound is overwritten in the middle.
std::string damagedInTheMiddle() {
    std::string bytes = oggTone(10.0);
    for (std::size_t i = bytes.size() / 2; i < bytes.size() / 2 + 500; ++i) {
        bytes[i] = static_cast<char>(i * 31);
    }
    return bytes;
}

} // namespace

TEST(Recordings, BesideAPictureTheyReachTheItemPerLanguage) {
    TempFolder temp;
    temp.copyTestImage(kPng, "1-Konst/Angara.png");
    temp.copyTestImage(kPng, "1-Konst/Huset.png");
    temp.write("1-Konst/Angara.sv.ogg", oggTone(0.5));
    temp.write("1-Konst/ANGARA.RU.OGG", oggTone(0.5, 300, 22050, 2)); // any case, stereo
    temp.write("1-Konst/Huset.png.en.ogg", oggTone(0.5));             // the full name works too
    const LoadResult result = loadContentFolder(temp.path());
    EXPECT_TRUE(result.report.findings.empty()) << describe(result.report);
    const Section& section = result.exhibition.sections.at(0);
    ASSERT_EQ(section.items.size(), 2u);
    const Recordings& angara = section.items[0].recordings;
    EXPECT_EQ(angara.sv, temp.path() / "1-Konst/Angara.sv.ogg");
    EXPECT_EQ(angara.ru, temp.path() / "1-Konst/ANGARA.RU.OGG");
    EXPECT_TRUE(angara.en.empty()) << "no fallback to another language's recording";
    EXPECT_EQ(angara.in(Lang::En), std::filesystem::path());
    EXPECT_EQ(section.items[1].recordings.en, temp.path() / "1-Konst/Huset.png.en.ogg");

    const SectionSummary& summary = result.report.sections.at(0);
    EXPECT_EQ(summary.recordingCount(), 3u);
    EXPECT_EQ(summary.recordings[static_cast<size_t>(Lang::Sv)], 1u);
    EXPECT_EQ(summary.pictures, 2u);
    EXPECT_EQ(summary.rejected, 0u);
    const std::string sv = formatReport(result, Lang::Sv);
    EXPECT_NE(sv.find("  Inspelade beskrivningar: 3 (1 på svenska, 1 på engelska, 1 på ryska).\n"),
              std::string::npos)
        << sv;
    EXPECT_NE(sv.find("2 bilder i 1 avsnitt visas. 3 inspelade beskrivningar spelas upp."),
              std::string::npos)
        << sv;
    const std::string en = formatReport(result, Lang::En);
    EXPECT_NE(en.find("  Recorded descriptions: 3 (1 in Swedish, 1 in English, 1 in Russian).\n"),
              std::string::npos)
        << en;
}

TEST(Recordings, ATimelinePictureMayHaveOne) {
    TempFolder temp;
    temp.write("exhibition.toml", "[[section]]\nfolder = \"2-Historia\"\nkind = \"timeline\"\n");
    temp.copyTestImage(kPng, "2-Historia/1999_Besöket.png");
    temp.write("2-Historia/1999_Besöket.en.ogg", oggTone(0.3));
    const LoadResult result = loadContentFolder(temp.path());
    EXPECT_TRUE(result.report.findings.empty()) << describe(result.report);
    EXPECT_FALSE(result.exhibition.sections.at(0).items.at(0).recordings.en.empty());
}

TEST(Recordings, WhatCannotBePlayedIsReportedAndNotUsed) {
    TempFolder temp;
    temp.copyTestImage(kPng, "1-Konst/a.png");
    temp.copyTestImage(kPng, "1-Konst/b.png");
    temp.copyTestImage(kPng, "1-Konst/c.png");
    temp.write("1-Konst/a.sv.ogg", "ID3\x03 an MP3 someone renamed");
    temp.write("1-Konst/b.sv.ogg", damagedInTheMiddle());
    temp.write("1-Konst/c.sv.ogg", "");
    const LoadResult result = loadContentFolder(temp.path());
    const Section& section = result.exhibition.sections.at(0);
    ASSERT_EQ(section.items.size(), 3u) << "the pictures are shown all the same";
    for (const Item& item : section.items) {
        EXPECT_TRUE(item.recordings.empty()) << item.title.sv;
    }
    const Finding* renamed =
        findingFor(result.report, FindingCode::RecordingRejected, "1-Konst/a.sv.ogg");
    ASSERT_NE(renamed, nullptr) << describe(result.report);
    EXPECT_EQ(renamed->severity, Severity::Warning);
    EXPECT_NE(renamed->message.sv.find("inte i formatet Ogg Vorbis"), std::string::npos);
    EXPECT_NE(renamed->message.sv.find("Datorrösten läser texten i stället."), std::string::npos);
    const Finding* damaged =
        findingFor(result.report, FindingCode::RecordingRejected, "1-Konst/b.sv.ogg");
    ASSERT_NE(damaged, nullptr) << describe(result.report);
    EXPECT_NE(damaged->message.sv.find("skadad"), std::string::npos) << damaged->message.sv;
    EXPECT_TRUE(result.report.has(FindingCode::RecordingRejected, "1-Konst/c.sv.ogg"));
    EXPECT_EQ(result.report.sections.at(0).rejected, 0u) << "no picture is lost";
    EXPECT_EQ(result.report.sections.at(0).recordingCount(), 0u);
    EXPECT_EQ(checkExitCode(result), 0);
    const std::string sv = formatReport(result, Lang::Sv);
    EXPECT_NE(sv.find("  Varning: a.sv.ogg – Ljudfilen är inte i formatet Ogg Vorbis"),
              std::string::npos)
        << sv;
    EXPECT_EQ(sv.find("Inspelade beskrivningar"), std::string::npos);
}

TEST(Recordings, TheStartUpCheckReadsOnlyTheHeaders) {
    TempFolder temp;
    temp.copyTestImage(kPng, "1-Konst/b.png");
    temp.write("1-Konst/b.sv.ogg", damagedInTheMiddle());
    LoadOptions options;
    options.imageCheck = ImageCheck::Header;
    const LoadResult probed = loadContentFolder(temp.path(), options);
    EXPECT_FALSE(probed.exhibition.sections.at(0).items.at(0).recordings.sv.empty());
    EXPECT_TRUE(probed.report.findings.empty()) << describe(probed.report);
    // The speaker still stops a damaged file where the damage starts (tests/speech).
    EXPECT_TRUE(
        loadContentFolder(temp.path()).exhibition.sections.at(0).items.at(0).recordings.empty());
}

TEST(Recordings, NamesThatDoNotFitAreExplained) {
    TempFolder temp;
    temp.copyTestImage(kPng, "1-Konst/Kyrkan.png");
    temp.copyTestImage(kPng, "1-Konst/trasig.png");
    temp.write("1-Konst/trasig.png", "not a picture"); // rejected: its recording is not news
    temp.write("1-Konst/trasig.sv.ogg", oggTone(0.2));
    temp.write("1-Konst/Kyrkan.ogg", oggTone(0.2));
    temp.write("1-Konst/Kyrkan.de.ogg", oggTone(0.2));
    temp.write("1-Konst/Borta.sv.ogg", oggTone(0.2));
    temp.write("1-Konst/Kyrkan.sv.ogg", oggTone(0.2));
    temp.write("1-Konst/Kyrkan.png.sv.ogg", oggTone(0.2));
    temp.write("1-Konst/Kyrkan.mp3", "ID3\x03");
    temp.write("1-Konst/Kyrkan.en.m4a", "....ftypM4A ");
    temp.write("ljud.sv.ogg", oggTone(0.2));
    const LoadResult result = loadContentFolder(temp.path());
    const Report& report = result.report;
    const Finding* noLanguage =
        findingFor(report, FindingCode::RecordingNoLanguage, "1-Konst/Kyrkan.ogg");
    ASSERT_NE(noLanguage, nullptr) << describe(report);
    EXPECT_NE(noLanguage->message.sv.find("Kyrkan.sv.ogg (svenska), Kyrkan.en.ogg (engelska) eller "
                                          "Kyrkan.ru.ogg (ryska)"),
              std::string::npos)
        << noLanguage->message.sv;
    const Finding* german =
        findingFor(report, FindingCode::RecordingNoLanguage, "1-Konst/Kyrkan.de.ogg");
    ASSERT_NE(german, nullptr) << describe(report);
    EXPECT_NE(german->message.sv.find("Kyrkan.sv.ogg"), std::string::npos) << german->message.sv;
    EXPECT_TRUE(report.has(FindingCode::RecordingWithoutImage, "1-Konst/Borta.sv.ogg"));
    EXPECT_FALSE(report.has(FindingCode::RecordingWithoutImage, "1-Konst/trasig.sv.ogg"));
    EXPECT_TRUE(report.has(FindingCode::RecordingDuplicate, "1-Konst/Kyrkan.sv.ogg") !=
                report.has(FindingCode::RecordingDuplicate, "1-Konst/Kyrkan.png.sv.ogg"));
    EXPECT_TRUE(report.has(FindingCode::AudioNotOgg, "1-Konst/Kyrkan.mp3"));
    EXPECT_TRUE(report.has(FindingCode::AudioNotOgg, "1-Konst/Kyrkan.en.m4a"));
    EXPECT_FALSE(report.has(FindingCode::ImageRejected, "1-Konst/Kyrkan.mp3")) << "not a picture";
    EXPECT_EQ(findingFor(report, FindingCode::LooseFile, "ljud.sv.ogg")->severity,
              Severity::Warning);
    const Item& kyrkan = result.exhibition.sections.at(0).items.at(0);
    EXPECT_FALSE(kyrkan.recordings.sv.empty());
    EXPECT_TRUE(kyrkan.recordings.en.empty());
    EXPECT_EQ(report.sections.at(0).recordingCount(), 1u);
}

TEST(Recordings, OnlyOggFilesAreRecordingCandidates) {
    EXPECT_TRUE(isRecordingCandidate("bild.sv.ogg"));
    EXPECT_TRUE(isRecordingCandidate("bild.en.oga"));
    EXPECT_FALSE(isRecordingCandidate("bild.mp3"));
    EXPECT_FALSE(isRecordingCandidate("bild.jpg"));
    EXPECT_FALSE(isPictureCandidate("bild.sv.ogg"));
    EXPECT_FALSE(isPictureCandidate("bild.mp3"));
}
