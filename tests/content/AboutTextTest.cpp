#include "content/AboutText.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace vitrin::content;
using vitrin::core::Lang;

namespace {

const Finding* findingAt(const AboutParse& parsed, FindingCode code, int line) {
    const auto it =
        std::find_if(parsed.findings.begin(), parsed.findings.end(),
                     [&](const Finding& f) { return f.code == code && f.line == line; });
    return it == parsed.findings.end() ? nullptr : &*it;
}

constexpr std::string_view kExample = "# Om utställningen\r\n"
                                      "[sv]\r\n"
                                      "summary = \"Tjugo teckningar av skolbarn i Irkutsk.\"\r\n"
                                      "text = \"\"\"\r\n"
                                      "Första stycket\r\n"
                                      "fortsätter här.   \r\n"
                                      "\r\n"
                                      "\r\n"
                                      "Andra stycket.\r\n"
                                      "\"\"\"\r\n"
                                      "credits = \"\"\"\r\n"
                                      "Bilder: skolorna i Irkutsk\r\n"
                                      "Text: Strömsunds kommun\r\n"
                                      "\"\"\"\r\n"
                                      "\r\n"
                                      "[en]\r\n"
                                      "summary = \"\"\"Twenty drawings\r\n"
                                      "by schoolchildren in Irkutsk.\"\"\"\r\n"
                                      "\r\n"
                                      "[ru]\r\n"
                                      "text = \"Двадцать рисунков.\"\r\n";

} // namespace

TEST(AboutText, ReadsEachLanguageAndKeepsParagraphs) {
    const AboutParse parsed = parseAboutText(kExample);
    EXPECT_TRUE(parsed.findings.empty());
    const AboutText& text = parsed.text;
    EXPECT_EQ(text.summary.sv, "Tjugo teckningar av skolbarn i Irkutsk.");
    // A line break inside the summary is a space: it is one sentence.
    EXPECT_EQ(text.summary.en, "Twenty drawings by schoolchildren in Irkutsk.");
    EXPECT_EQ(text.summary.ru, "");
    // Two empty lines are one paragraph break; blank space at line ends goes.
    EXPECT_EQ(text.about.sv, "Första stycket\nfortsätter här.\n\nAndra stycket.");
    EXPECT_EQ(text.about.ru, "Двадцать рисунков.");
    EXPECT_EQ(text.credits.sv, "Bilder: skolorna i Irkutsk\nText: Strömsunds kommun");
    // A missing translation falls back as every text does: English shows the Swedish credits.
    EXPECT_EQ(text.credits.in(Lang::En), text.credits.sv);
    EXPECT_FALSE(text.empty());
}

TEST(AboutText, EmptyFileGivesNoTextAndNoFinding) {
    const AboutParse parsed = parseAboutText("# bara en kommentar\n");
    EXPECT_TRUE(parsed.findings.empty());
    EXPECT_TRUE(parsed.text.empty());
}

TEST(AboutText, SyntaxErrorReportsTheLineAndGivesNoText) {
    const AboutParse parsed = parseAboutText("[sv]\nsummary = \"Hej\"\ntext = \"\"\"ingen slut\n");
    ASSERT_EQ(parsed.findings.size(), 1u);
    EXPECT_EQ(parsed.findings[0].code, FindingCode::SettingsSyntax);
    EXPECT_GE(parsed.findings[0].line, 3);
    EXPECT_NE(parsed.findings[0].message.sv.find("citattecken"), std::string::npos);
    EXPECT_TRUE(parsed.text.empty());
}

TEST(AboutText, UnknownKeysAndLanguagesAndBadValuesAreReportedTheRestIsUsed) {
    const AboutParse parsed = parseAboutText("[sv]\n"
                                             "summary = 3\n"
                                             "titel = \"x\"\n"
                                             "text = \"Texten.\"\n"
                                             "[de]\n"
                                             "text = \"Der Text.\"\n"
                                             "en = \"not a table\"\n");
    EXPECT_NE(findingAt(parsed, FindingCode::SettingsBadValue, 2), nullptr);
    EXPECT_NE(findingAt(parsed, FindingCode::SettingsUnknownKey, 3), nullptr);
    EXPECT_NE(findingAt(parsed, FindingCode::SettingsUnknownKey, 5), nullptr);
    EXPECT_EQ(parsed.text.about.sv, "Texten.");
    EXPECT_EQ(parsed.text.summary.sv, "");
    for (const Finding& finding : parsed.findings) {
        EXPECT_FALSE(finding.message.sv.empty());
        EXPECT_FALSE(finding.message.en.empty());
    }
}

TEST(AboutText, TopLevelTextOutsideALanguageIsReported) {
    const AboutParse parsed = parseAboutText("text = \"Texten.\"\n[sv]\ntext = \"Ja.\"\n");
    EXPECT_NE(findingAt(parsed, FindingCode::SettingsUnknownKey, 1), nullptr);
    EXPECT_EQ(parsed.text.about.sv, "Ja.");
}

TEST(AboutText, LongSummaryGetsANoteButIsKept) {
    const std::string longText(kMaxSummaryCharacters + 1, 'a');
    const AboutParse parsed = parseAboutText("[en]\nsummary = \"" + longText + "\"\n");
    ASSERT_EQ(parsed.findings.size(), 1u);
    EXPECT_EQ(parsed.findings[0].severity, Severity::Note);
    EXPECT_EQ(parsed.text.summary.en, longText);
}

TEST(AboutText, NotepadAnsiIsRead) {
    // "Välkommen" in Windows-1252, as Notepad's ANSI writes it.
    const AboutParse parsed = parseAboutText("[sv]\ntext = \"V\xE4lkommen\"\n");
    EXPECT_EQ(parsed.text.about.sv, "Välkommen");
}

TEST(AboutText, TidyParagraphs) {
    EXPECT_EQ(tidyParagraphs("\n\n  a  \n b\r\n\r\n\r\nc\n\n", false), "a\nb\n\nc");
    EXPECT_EQ(tidyParagraphs("a\n\nb\nc", true), "a b c");
    EXPECT_EQ(tidyParagraphs("", false), "");
    EXPECT_EQ(tidyParagraphs("\t\n \n", false), "");
}
