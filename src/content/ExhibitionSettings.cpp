#include "content/ExhibitionSettings.h"

#include "content/TextEncoding.h"
#include "core/Text.h"

#include <toml++/toml.h>

#include <algorithm>
#include <cstdio>
#include <sstream>

namespace vitrin::content {

namespace {

int lineOf(const toml::node& node) {
    return static_cast<int>(node.source().begin.line);
}

// The value as it is written in the file, so staff recognise it.
std::string written(const toml::node& node) {
    if (const auto* text = node.as_string()) {
        return quotedName(text->get());
    }
    std::ostringstream out;
    node.visit([&](const auto& value) { out << value; });
    return out.str();
}

class Reader {
  public:
    explicit Reader(std::vector<Finding>& findings) : findings_(findings) {}

    // A value that cannot be used; `expected` says what would be right, `instead` what is used.
    void bad(std::string_view key, const toml::node& node, const StaffText& expected,
             const StaffText& instead) {
        findings_.push_back({Severity::Warning,
                             FindingCode::SettingsBadValue,
                             {},
                             lineOf(node),
                             {std::string(key) + " = " + written(node) + " kan inte användas. " +
                                  expected.sv + " " + instead.sv,
                              std::string(key) + " = " + written(node) + " cannot be used. " +
                                  expected.en + " " + instead.en}});
    }

    void unknownKey(std::string_view where, const toml::key& key) {
        const std::string name = std::string(where) + std::string(key.str());
        findings_.push_back(
            {Severity::Warning,
             FindingCode::SettingsUnknownKey,
             {},
             static_cast<int>(key.source().begin.line),
             {"Inställningen " + quotedName(name) + " finns inte och används inte. Felstavad?",
              "There is no setting " + quotedName(name) + "; it is not used. Misspelt?"}});
    }

    void missing(std::string_view table, std::string_view key, int line,
                 const StaffText& consequence) {
        findings_.push_back(
            {Severity::Warning,
             FindingCode::SettingsBadValue,
             {},
             line,
             {"[[" + std::string(table) + "]] saknar " + std::string(key) + ". " + consequence.sv,
              "[[" + std::string(table) + "]] has no " + std::string(key) + ". " +
                  consequence.en}});
    }

    // A text in one language for all (title = "...") or per language (title = { sv = ... }).
    std::optional<LocalText> localText(std::string_view key, const toml::node& node,
                                       const StaffText& instead) {
        static const StaffText kExpected{"Det ska vara en text inom citattecken, eller { sv = "
                                         "\"...\", en = \"...\", ru = \"...\" }.",
                                         "It must be a text in quotation marks, or { sv = \"...\", "
                                         "en = \"...\", ru = \"...\" }."};
        if (const auto* text = node.as_string()) {
            return LocalText::same(text->get());
        }
        const auto* table = node.as_table();
        if (table == nullptr) {
            bad(key, node, kExpected, instead);
            return std::nullopt;
        }
        LocalText result;
        for (auto&& [lang, value] : *table) {
            const std::optional<Lang> parsed = core::parseLang(lang.str());
            if (!parsed) {
                unknownKey(std::string(key) + ".", lang);
            } else if (const auto* text = value.as_string()) {
                result.slot(*parsed) = text->get();
            } else {
                bad(std::string(key) + "." + std::string(lang.str()), value,
                    {"Det ska vara en text inom citattecken.",
                     "It must be a text in quotation marks."},
                    {"Den används inte.", "It is not used."});
            }
        }
        return result;
    }

    // A TOML date (2026-11-02) or the same as a string; returns the ISO form or nullopt.
    std::optional<std::string> date(std::string_view key, const toml::node& node) {
        int year = 0;
        int month = 0;
        int day = 0;
        if (const auto* value = node.as_date()) {
            year = value->get().year;
            month = value->get().month;
            day = value->get().day;
        } else if (const auto* text = node.as_string()) {
            char tail = 0;
            if (std::sscanf(text->get().c_str(), "%4d-%2d-%2d%c", &year, &month, &day, &tail) !=
                    3 ||
                text->get().size() != 10) {
                year = 0;
            }
        }
        static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
        const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1 ||
            day > kDays[month - 1] || (month == 2 && day == 29 && !leap)) {
            bad(key, node, {"Ett datum skrivs 2026-11-02.", "A date is written 2026-11-02."},
                {"Datumet används inte.", "The date is not used."});
            return std::nullopt;
        }
        char iso[40]; // room for any int, so the compiler can prove no truncation
        std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", year, month, day);
        return std::string(iso);
    }

  private:
    std::vector<Finding>& findings_;
};

void readLanguages(Reader& reader, const toml::node& node, ExhibitionSettings& settings) {
    static const StaffText kExpected{
        "Det ska vara en lista av språkkoder, till exempel [\"sv\", \"en\", \"ru\"].",
        "It must be a list of language codes, for example [\"sv\", \"en\", \"ru\"]."};
    static const StaffText kInstead{"Alla tre språken erbjuds, svenska först.",
                                    "All three languages are offered, Swedish first."};
    std::vector<Lang> languages;
    const auto addOne = [&](const toml::node& item) {
        const auto* code = item.as_string();
        const std::optional<Lang> lang = code ? core::parseLang(code->get()) : std::nullopt;
        if (!lang) {
            reader.bad("languages", item,
                       {"Språken heter \"sv\", \"en\" och \"ru\".",
                        "The languages are \"sv\", \"en\" and \"ru\"."},
                       {"Det används inte.", "It is not used."});
        } else if (std::find(languages.begin(), languages.end(), *lang) == languages.end()) {
            languages.push_back(*lang);
        }
    };
    if (const auto* list = node.as_array()) {
        for (const toml::node& item : *list) {
            addOne(item);
        }
    } else if (node.is_string()) {
        addOne(node);
    } else {
        reader.bad("languages", node, kExpected, kInstead);
        return;
    }
    if (languages.empty()) {
        reader.bad("languages", node, kExpected, kInstead);
        return;
    }
    settings.languages = std::move(languages);
}

void readIdleTimeout(Reader& reader, const toml::node& node, ExhibitionSettings& settings) {
    const auto* value = node.as_integer();
    if (value == nullptr || value->get() < kMinIdleTimeout.count() ||
        value->get() > kMaxIdleTimeout.count()) {
        const std::string low = std::to_string(kMinIdleTimeout.count());
        const std::string high = std::to_string(kMaxIdleTimeout.count());
        const std::string fallback = std::to_string(kDefaultIdleTimeout.count());
        reader.bad(
            "idle_timeout", node,
            {"Det ska vara ett antal sekunder mellan " + low + " och " + high +
                 ", utan citattecken.",
             "It must be a number of seconds between " + low + " and " + high +
                 ", without quotation marks."},
            {"Standardvärdet " + fallback + " används.", "The default " + fallback + " is used."});
        return;
    }
    settings.idleTimeout = std::chrono::seconds(value->get());
}

void readSection(Reader& reader, const toml::table& table, ExhibitionSettings& settings) {
    SectionSettings section;
    section.line = lineOf(table);
    for (auto&& [key, value] : table) {
        if (key == "folder") {
            if (const auto* text = value.as_string(); text && !text->get().empty()) {
                section.folder = text->get();
            } else {
                reader.bad("folder", value,
                           {"Mappens namn skrivs inom citattecken.",
                            "The folder's name is written in quotation marks."},
                           {"Avsnittet används inte.", "The section entry is not used."});
                return;
            }
        } else if (key == "kind") {
            const auto* text = value.as_string();
            const std::string kind = text ? core::toLowerAscii(text->get()) : std::string();
            if (kind == "gallery" || kind == "galleri") {
                section.kind = SectionKind::Gallery;
            } else if (kind == "photos" || kind == "foton") {
                section.kind = SectionKind::Gallery;
                section.photos = true;
            } else if (kind == "timeline" || kind == "tidslinje") {
                section.kind = SectionKind::Timeline;
            } else {
                reader.bad("kind", value,
                           {"Det ska vara \"gallery\", \"photos\" eller \"timeline\".",
                            "It must be \"gallery\", \"photos\" or \"timeline\"."},
                           {"Avsnittet blir ett galleri.", "The section is a gallery."});
            }
        } else if (key == "title") {
            section.title = reader
                                .localText("title", value,
                                           {"Mappens namn används som titel.",
                                            "The folder's name is used as the title."})
                                .value_or(LocalText{});
        } else {
            reader.unknownKey("section.", key);
        }
    }
    if (section.folder.empty()) {
        reader.missing("section", "folder", section.line,
                       {"Avsnittet används inte.", "The section entry is not used."});
        return;
    }
    settings.sections.push_back(std::move(section));
}

void readVenue(Reader& reader, const toml::table& table, ExhibitionSettings& settings) {
    Venue venue;
    std::optional<std::string> from;
    std::optional<std::string> to;
    for (auto&& [key, value] : table) {
        if (key == "venue") {
            venue.name =
                reader
                    .localText("venue", value, {"Platsen används inte.", "The venue is not used."})
                    .value_or(LocalText{});
        } else if (key == "from") {
            from = reader.date("from", value);
        } else if (key == "to") {
            to = reader.date("to", value);
        } else if (key == "preposition") {
            const auto* text = value.as_string();
            if (text != nullptr && (text->get() == "på" || text->get() == "i")) {
                venue.preposition = text->get();
            } else {
                reader.bad("preposition", value,
                           {"Det ska vara \"på\" eller \"i\", som i \"Visas nu på …\".",
                            "It must be \"på\" or \"i\", as in \"Visas nu på …\"."},
                           {"\"på\" används.", "\"på\" is used."});
            }
        } else {
            reader.unknownKey("tour.", key);
        }
    }
    if (venue.name.empty()) {
        reader.missing("tour", "venue", lineOf(table),
                       {"Platsen används inte.", "The venue is not used."});
        return;
    }
    if (from && to && *from > *to) {
        reader.bad(
            "to", *table.get("to"),
            {"Slutdatumet ligger före startdatumet.", "The end date is before the start date."},
            {"Datumen används inte.", "The dates are not used."});
        from.reset();
        to.reset();
    }
    venue.from = from.value_or("");
    venue.to = to.value_or("");
    settings.tour.push_back(std::move(venue));
}

// [[section]] and [[tour]] are lists of tables; anything else in their place is a mistake.
template <typename ReadOne>
void readTables(Reader& reader, std::string_view key, const toml::node& node, ReadOne readOne) {
    const StaffText expected{"Det skrivs som [[" + std::string(key) + "]] med rader under.",
                             "It is written as [[" + std::string(key) + "]] with lines below."};
    const auto* list = node.as_array();
    if (list == nullptr || !list->is_array_of_tables()) {
        reader.bad(key, node, expected, {"Det används inte.", "It is not used."});
        return;
    }
    for (const toml::node& item : *list) {
        readOne(*item.as_table());
    }
}

} // namespace

SettingsParse parseExhibitionSettings(std::string_view bytes) {
    SettingsParse result;
    const DecodedText decoded = decodeText(bytes);
    toml::table document;
    try {
        document = toml::parse(std::string_view(decoded.text), std::string_view("exhibition.toml"));
    } catch (const toml::parse_error& error) {
        result.findings.push_back(
            {Severity::Warning,
             FindingCode::SettingsSyntax,
             {},
             static_cast<int>(error.source().begin.line),
             {"Skrivfel i filen (" + std::string(error.description()) +
                  "). Inga inställningar används förrän felet är rättat; standardvärden gäller.",
              "Syntax error (" + std::string(error.description()) +
                  "). No setting is used until it is fixed; defaults apply."}});
        return result;
    }
    Reader reader(result.findings);
    ExhibitionSettings& settings = result.settings;
    for (auto&& [key, value] : document) {
        if (key == "title") {
            settings.title = reader
                                 .localText("title", value,
                                            {"Utställningen får mappens namn som titel.",
                                             "The exhibition gets the folder's name as title."})
                                 .value_or(LocalText{});
        } else if (key == "languages") {
            readLanguages(reader, value, settings);
        } else if (key == "idle_timeout") {
            readIdleTimeout(reader, value, settings);
        } else if (key == "section") {
            readTables(reader, "section", value,
                       [&](const toml::table& table) { readSection(reader, table, settings); });
        } else if (key == "tour") {
            readTables(reader, "tour", value,
                       [&](const toml::table& table) { readVenue(reader, table, settings); });
        } else {
            reader.unknownKey("", key);
        }
    }
    return result;
}

} // namespace vitrin::content
