#include "content/AboutText.h"

#include "content/TextEncoding.h"
#include "core/Text.h"

#include <toml++/toml.h>

#include <sstream>

namespace vitrin::content {

namespace {

int lineOf(const toml::node& node) {
    return static_cast<int>(node.source().begin.line);
}

int lineOf(const toml::key& key) {
    return static_cast<int>(key.source().begin.line);
}

void unknownKey(std::vector<Finding>& findings, const std::string& name, int line,
                const StaffText& hint) {
    findings.push_back(
        {Severity::Warning,
         FindingCode::SettingsUnknownKey,
         {},
         line,
         {"Inställningen " + quotedName(name) + " finns inte och används inte. " + hint.sv,
          "There is no setting " + quotedName(name) + "; it is not used. " + hint.en}});
}

const StaffText kKeysHint{"Under [sv], [en] och [ru] finns summary, text och credits.",
                          "Under [sv], [en] and [ru] there are summary, text and credits."};
const StaffText kTablesHint{"Texterna står under [sv], [en] och [ru].",
                            "The texts are under [sv], [en] and [ru]."};

void readLanguage(const toml::table& table, Lang lang, AboutParse& result) {
    const std::string code(core::langCode(lang));
    for (auto&& [key, value] : table) {
        std::string* slot = nullptr;
        bool oneLine = false;
        if (key == "summary") {
            slot = &result.text.summary.slot(lang);
            oneLine = true;
        } else if (key == "text") {
            slot = &result.text.about.slot(lang);
        } else if (key == "credits") {
            slot = &result.text.credits.slot(lang);
        } else {
            unknownKey(result.findings, code + "." + std::string(key.str()), lineOf(key),
                       kKeysHint);
            continue;
        }
        const auto* text = value.as_string();
        if (text == nullptr) {
            const std::string name = code + "." + std::string(key.str());
            result.findings.push_back(
                {Severity::Warning,
                 FindingCode::SettingsBadValue,
                 {},
                 lineOf(value),
                 {name + " kan inte användas. Det ska vara en text inom citattecken; en text "
                         "med flera stycken skrivs mellan tre citattecken \"\"\" och \"\"\".",
                  name + " cannot be used. It must be a text in quotation marks; a text of "
                         "several paragraphs is written between three quotation marks \"\"\" "
                         "and \"\"\"."}});
            continue;
        }
        *slot = tidyParagraphs(text->get(), oneLine);
        if (oneLine && core::decodeUtf8(*slot).size() > kMaxSummaryCharacters) {
            result.findings.push_back(
                {Severity::Note,
                 FindingCode::SettingsBadValue,
                 {},
                 lineOf(value),
                 {code + ".summary är längre än " + std::to_string(kMaxSummaryCharacters) +
                      " tecken. Startskärmen har plats för ungefär en mening; den kan kortas "
                      "av.",
                  code + ".summary is longer than " + std::to_string(kMaxSummaryCharacters) +
                      " characters. The home screen has room for about one sentence; it may "
                      "be cut short."}});
        }
    }
}

} // namespace

std::string tidyParagraphs(std::string_view text, bool oneLine) {
    std::vector<std::string> lines;
    std::string line;
    for (size_t i = 0; i <= text.size(); ++i) {
        const bool end = i == text.size() || text[i] == '\n' || text[i] == '\r';
        if (!end) {
            line += text[i] == '\t' ? ' ' : text[i];
            continue;
        }
        lines.push_back(core::trim(line));
        line.clear();
        if (i + 1 < text.size() && text[i] == '\r' && text[i + 1] == '\n') {
            ++i; // CRLF is one line end
        }
    }
    std::string result;
    bool pendingBreak = false;     // a line ended since the last text
    bool pendingParagraph = false; // an empty line came since the last text
    for (const std::string& current : lines) {
        if (current.empty()) {
            pendingParagraph = !result.empty();
            continue;
        }
        if (!result.empty()) {
            result += oneLine ? " " : pendingParagraph ? "\n\n" : pendingBreak ? "\n" : "";
        }
        result += current;
        pendingBreak = true;
        pendingParagraph = false;
    }
    return result;
}

AboutParse parseAboutText(std::string_view bytes) {
    AboutParse result;
    const DecodedText decoded = decodeText(bytes);
    toml::table document;
    try {
        document = toml::parse(std::string_view(decoded.text), std::string_view(kAboutFileName));
    } catch (const toml::parse_error& error) {
        result.findings.push_back(
            {Severity::Warning,
             FindingCode::SettingsSyntax,
             {},
             static_cast<int>(error.source().begin.line),
             {"Skrivfel i filen (" + std::string(error.description()) +
                  "). Texten om utställningen visas inte förrän felet är rättat. Glömdes ett "
                  "citattecken?",
              "Syntax error (" + std::string(error.description()) +
                  "). The text about the exhibition is not shown until it is fixed. Is a "
                  "quotation mark missing?"}});
        return result;
    }
    for (auto&& [key, value] : document) {
        const std::optional<Lang> lang = core::parseLang(key.str());
        const auto* table = value.as_table();
        if (!lang) {
            unknownKey(result.findings, std::string(key.str()), lineOf(key), kTablesHint);
        } else if (table == nullptr) {
            result.findings.push_back(
                {Severity::Warning,
                 FindingCode::SettingsBadValue,
                 {},
                 lineOf(key),
                 {std::string(key.str()) + " kan inte användas. Språket skrivs som en rubrik [" +
                      std::string(key.str()) + "] med texterna på raderna under.",
                  std::string(key.str()) + " cannot be used. A language is written as a heading [" +
                      std::string(key.str()) + "] with its texts on the lines below."}});
        } else {
            readLanguage(*table, *lang, result);
        }
    }
    return result;
}

} // namespace vitrin::content
