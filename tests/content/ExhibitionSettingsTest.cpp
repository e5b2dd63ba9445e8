#include "content/ExhibitionSettings.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace vitrin::content;
using vitrin::core::Lang;

namespace {

const Finding* findingAt(const SettingsParse& parsed, FindingCode code, int line) {
    const auto it =
        std::find_if(parsed.findings.begin(), parsed.findings.end(),
                     [&](const Finding& f) { return f.code == code && f.line == line; });
    return it == parsed.findings.end() ? nullptr : &*it;
}

constexpr std::string_view kExample = R"(# Utställningens titel per språk
title = { sv = "Min stad Irkutsk", en = "My City Irkutsk", ru = "Мой город Иркутск" }
languages = ["sv", "en", "ru"]   # first one is the default
idle_timeout = 90

[[section]]
folder = "3-Historia"
kind = "timeline"
title = { sv = "Vänortssamarbetet", en = "The partnership" }

[[section]]
folder = "1-Min stad Irkutsk"

[[tour]]
venue = { sv = "Strömsunds kommunkontor", en = "Strömsund Municipal Office" }
from = 2026-11-02
to = 2027-01-29

[[tour]]
venue = "Hammerdals bibliotek"
from = "2027-02-01"
to = "2027-03-31"
)";

} // namespace

TEST(ExhibitionSettings, ReadsTheDocumentedExample) {
    const SettingsParse parsed = parseExhibitionSettings(kExample);
    EXPECT_TRUE(parsed.findings.empty());
    const ExhibitionSettings& settings = parsed.settings;
    EXPECT_EQ(settings.title.in(Lang::Ru), "Мой город Иркутск");
    EXPECT_EQ(settings.languages, (std::vector<Lang>{Lang::Sv, Lang::En, Lang::Ru}));
    EXPECT_EQ(settings.idleTimeout.count(), 90);
    ASSERT_EQ(settings.sections.size(), 2u);
    EXPECT_EQ(settings.sections[0].folder, "3-Historia");
    EXPECT_EQ(settings.sections[0].kind, SectionKind::Timeline);
    EXPECT_EQ(settings.sections[0].title.in(Lang::Ru), "Vänortssamarbetet");
    EXPECT_EQ(settings.sections[0].line, 6);
    EXPECT_FALSE(settings.sections[1].kind.has_value());
    ASSERT_EQ(settings.tour.size(), 2u);
    EXPECT_EQ(settings.tour[0].name.in(Lang::En), "Strömsund Municipal Office");
    EXPECT_EQ(settings.tour[0].from, "2026-11-02");
    EXPECT_EQ(settings.tour[0].to, "2027-01-29");
    EXPECT_EQ(settings.tour[1].name.in(Lang::Ru), "Hammerdals bibliotek");
    EXPECT_EQ(settings.tour[1].from, "2027-02-01");
}

TEST(ExhibitionSettings, EmptyFileGivesDefaults) {
    const SettingsParse parsed = parseExhibitionSettings("# nothing yet\n");
    EXPECT_TRUE(parsed.findings.empty());
    EXPECT_TRUE(parsed.settings.title.empty());
    EXPECT_EQ(parsed.settings.languages.front(), Lang::Sv);
    EXPECT_EQ(parsed.settings.idleTimeout, kDefaultIdleTimeout);
    EXPECT_TRUE(parsed.settings.tour.empty());
}

TEST(ExhibitionSettings, SyntaxErrorGivesItsLineAndAllDefaults) {
    const SettingsParse parsed = parseExhibitionSettings(
        "title = \"Utställning\"\nidle_timeout = 60\nlanguages = [\"sv\"\n");
    ASSERT_EQ(parsed.findings.size(), 1u);
    EXPECT_EQ(parsed.findings[0].code, FindingCode::SettingsSyntax);
    EXPECT_GE(parsed.findings[0].line, 3);
    EXPECT_TRUE(parsed.settings.title.empty());
    EXPECT_EQ(parsed.settings.idleTimeout, kDefaultIdleTimeout);
}

TEST(ExhibitionSettings, BadIdleTimeoutNamesLineValueAndDefault) {
    for (std::string_view text : {"\nidle_timeout = \"90\"\n", "\nidle_timeout = 2\n",
                                  "\nidle_timeout = 90.5\n", "\nidle_timeout = 999999\n"}) {
        const SettingsParse parsed = parseExhibitionSettings(text);
        const Finding* finding = findingAt(parsed, FindingCode::SettingsBadValue, 2);
        ASSERT_NE(finding, nullptr) << text;
        EXPECT_NE(finding->message.sv.find("idle_timeout"), std::string::npos);
        EXPECT_NE(finding->message.sv.find("Standardvärdet 90"), std::string::npos);
        EXPECT_NE(finding->message.en.find("default 90"), std::string::npos);
        EXPECT_EQ(parsed.settings.idleTimeout, kDefaultIdleTimeout);
    }
    EXPECT_EQ(parseExhibitionSettings("idle_timeout = 300").settings.idleTimeout.count(), 300);
}

TEST(ExhibitionSettings, LanguagesKeepTheGoodCodesInOrder) {
    const SettingsParse parsed =
        parseExhibitionSettings("languages = [\"EN\", \"de\", \"sv\", \"en\"]");
    EXPECT_EQ(parsed.settings.languages, (std::vector<Lang>{Lang::En, Lang::Sv}));
    EXPECT_NE(findingAt(parsed, FindingCode::SettingsBadValue, 1), nullptr);
    const SettingsParse none = parseExhibitionSettings("languages = [\"de\"]");
    EXPECT_EQ(none.settings.languages.size(), 3u);
    EXPECT_EQ(parseExhibitionSettings("languages = \"ru\"").settings.languages,
              (std::vector<Lang>{Lang::Ru}));
    EXPECT_NE(findingAt(parseExhibitionSettings("languages = 3"), FindingCode::SettingsBadValue, 1),
              nullptr);
}

TEST(ExhibitionSettings, TitleAsOneTextOrPerLanguage) {
    EXPECT_EQ(parseExhibitionSettings("title = \"Vänort\"").settings.title.in(Lang::Ru), "Vänort");
    const SettingsParse parsed =
        parseExhibitionSettings("title = { sv = \"A\", de = \"B\", en = 5 }");
    EXPECT_EQ(parsed.settings.title.in(Lang::En), "A");
    EXPECT_NE(findingAt(parsed, FindingCode::SettingsUnknownKey, 1), nullptr);
    EXPECT_NE(findingAt(parsed, FindingCode::SettingsBadValue, 1), nullptr);
    EXPECT_NE(findingAt(parseExhibitionSettings("title = 12"), FindingCode::SettingsBadValue, 1),
              nullptr);
}

TEST(ExhibitionSettings, UnknownKeysAreNamedWithTheirLine) {
    const SettingsParse parsed = parseExhibitionSettings(
        "idle_timout = 30\n[[section]]\nfolder = \"a\"\ncolour = \"red\"\n");
    const Finding* top = findingAt(parsed, FindingCode::SettingsUnknownKey, 1);
    ASSERT_NE(top, nullptr);
    EXPECT_NE(top->message.en.find("\"idle_timout\""), std::string::npos);
    const Finding* nested = findingAt(parsed, FindingCode::SettingsUnknownKey, 4);
    ASSERT_NE(nested, nullptr);
    EXPECT_NE(nested->message.sv.find("section.colour"), std::string::npos);
    EXPECT_EQ(parsed.settings.sections.size(), 1u);
}

TEST(ExhibitionSettings, SectionProblems) {
    const SettingsParse parsed = parseExhibitionSettings(
        "[[section]]\nkind = \"timeline\"\n"             // no folder
        "[[section]]\nfolder = \"b\"\nkind = \"film\"\n" // bad kind: a gallery
        "[[section]]\nfolder = \"c\"\nkind = \"Tidslinje\"\n");
    EXPECT_NE(findingAt(parsed, FindingCode::SettingsBadValue, 1), nullptr);
    EXPECT_NE(findingAt(parsed, FindingCode::SettingsBadValue, 5), nullptr);
    ASSERT_EQ(parsed.settings.sections.size(), 2u);
    EXPECT_FALSE(parsed.settings.sections[0].kind.has_value());
    EXPECT_EQ(parsed.settings.sections[1].kind, SectionKind::Timeline);
    EXPECT_NE(
        findingAt(parseExhibitionSettings("section = \"a\""), FindingCode::SettingsBadValue, 1),
        nullptr);
}

TEST(ExhibitionSettings, TourDatesAreCheckedAndBadOnesDropped) {
    const SettingsParse parsed =
        parseExhibitionSettings("[[tour]]\nvenue = \"A\"\nfrom = \"2026-02-30\"\nto = 2026-03-01\n"
                                "[[tour]]\nvenue = \"B\"\nfrom = 2027-05-01\nto = 2027-04-01\n"
                                "[[tour]]\nfrom = 2027-05-01\n"
                                "[[tour]]\nvenue = \"C\"\nfrom = 2028-02-29T10:00:00\n");
    EXPECT_NE(findingAt(parsed, FindingCode::SettingsBadValue, 3), nullptr);  // no 30 February
    EXPECT_NE(findingAt(parsed, FindingCode::SettingsBadValue, 8), nullptr);  // ends before start
    EXPECT_NE(findingAt(parsed, FindingCode::SettingsBadValue, 9), nullptr);  // no venue
    EXPECT_NE(findingAt(parsed, FindingCode::SettingsBadValue, 13), nullptr); // a time, not a date
    ASSERT_EQ(parsed.settings.tour.size(), 3u);
    EXPECT_EQ(parsed.settings.tour[0].from, "");
    EXPECT_EQ(parsed.settings.tour[0].to, "2026-03-01");
    EXPECT_EQ(parsed.settings.tour[1].from, "");
    EXPECT_EQ(parsed.settings.tour[1].to, "");
    EXPECT_EQ(
        parseExhibitionSettings("[[tour]]\nvenue=\"X\"\nfrom=\"2028-02-29\"").settings.tour[0].from,
        "2028-02-29");
}

TEST(ExhibitionSettings, NotepadEncodingsAreRead) {
    EXPECT_EQ(parseExhibitionSettings("\xEF\xBB\xBFtitle = \"Vänort\"").settings.title.in(Lang::Sv),
              "Vänort");
    // Notepad's "ANSI" is Windows-1252.
    EXPECT_EQ(parseExhibitionSettings("title = \"V\xE4nort\"").settings.title.in(Lang::Sv),
              "Vänort");
}

TEST(ExhibitionSettings, AVenueMaySayItsSwedishPreposition) {
    const SettingsParse parsed = parseExhibitionSettings("[[tour]]\nvenue = \"Backe\"\n"
                                                         "preposition = \"i\"\n"
                                                         "[[tour]]\nvenue = \"Biblioteket\"\n"
                                                         "[[tour]]\nvenue = \"Skolan\"\n"
                                                         "preposition = \"vid\"\n");
    ASSERT_EQ(parsed.settings.tour.size(), 3u);
    EXPECT_EQ(parsed.settings.tour[0].preposition, "i");
    EXPECT_EQ(parsed.settings.tour[1].preposition, "på");
    EXPECT_EQ(parsed.settings.tour[2].preposition, "på");
    EXPECT_NE(findingAt(parsed, FindingCode::SettingsBadValue, 8), nullptr);
}
