// formatReport: the --check report as a receptionist reads it, grouped by section, the files
// that will not be shown first, and a summary line at the end.

#include "content/ContentLoader.h"

#include <algorithm>
#include <array>
#include <sstream>

namespace vitrin::content {

namespace {

struct Words {
    bool isSwedish;

    std::string pick(std::string_view sv, std::string_view en) const {
        return std::string(isSwedish ? sv : en);
    }
    std::string count(size_t n, std::string_view svOne, std::string_view svMany,
                      std::string_view enOne, std::string_view enMany) const {
        return std::to_string(n) + " " + pick(n == 1 ? svOne : svMany, n == 1 ? enOne : enMany);
    }
    std::string severity(Severity severity) const {
        switch (severity) {
        case Severity::Fatal:
            return pick("Fel", "Error");
        case Severity::Rejected:
            return pick("Visas inte", "Not shown");
        case Severity::Warning:
            return pick("Varning", "Warning");
        case Severity::Note:
            return pick("Obs", "Note");
        }
        return {};
    }
    std::string language(Lang lang) const {
        switch (lang) {
        case Lang::Sv:
            return pick("svenska", "Swedish");
        case Lang::En:
            return pick("engelska", "English");
        case Lang::Ru:
            return pick("ryska", "Russian");
        }
        return {};
    }
};

Lang reportLang(const Words& words) {
    return words.isSwedish ? Lang::Sv : Lang::En;
}

// "bildtexter.csv, rad 7: message", the file shown relative to its section's folder.
std::string findingLine(const Finding& finding, std::string_view prefix, const Words& words) {
    std::string file = finding.file;
    if (!prefix.empty() && (file + "/") == prefix) {
        file.clear(); // about the section's folder itself, which the heading names
    } else if (!prefix.empty() && file.starts_with(prefix)) {
        file.erase(0, prefix.size());
    }
    std::string where = file;
    if (finding.line > 0) {
        where += (where.empty() ? "" : ", ") + words.pick("rad ", "line ") +
                 std::to_string(finding.line);
    }
    std::string text = "  " + words.severity(finding.severity) + ": ";
    if (!where.empty()) {
        text += where + " – ";
    }
    return text + finding.message.in(reportLang(words)) + "\n";
}

void writeFindings(std::ostringstream& out, std::vector<const Finding*> findings,
                   std::string_view prefix, const Words& words) {
    // What will not be shown matters most to staff, notes least.
    std::stable_sort(findings.begin(), findings.end(), [](const Finding* a, const Finding* b) {
        return static_cast<int>(a->severity) > static_cast<int>(b->severity);
    });
    for (const Finding* finding : findings) {
        out << findingLine(*finding, prefix, words);
    }
}

// ", varav 8 med bild", ", alla med bild" or " med bild" (for a single item).
std::string portion(size_t part, size_t whole, std::string_view svWith, std::string_view enWith,
                    const Words& words) {
    const std::string with = words.pick(svWith, enWith);
    if (part == 0) {
        return {};
    }
    if (part == whole) {
        return whole == 1 ? " " + with : words.pick(", alla ", ", all ") + with;
    }
    return words.pick(", varav ", ", ") + std::to_string(part) + words.pick(" ", " of them ") +
           with;
}

std::string sectionLine(const SectionSummary& section, const Words& words) {
    std::string line = "  " + words.pick("Visas: ", "Shown: ");
    if (!section.isShown()) {
        return line + words.pick("ingenting.\n", "nothing.\n");
    }
    if (section.kind == SectionKind::Timeline) {
        return line + words.count(section.items(), "händelse", "händelser", "entry", "entries") +
               portion(section.pictures, section.items(), "med bild", "with a picture", words) +
               ".\n";
    }
    return line + words.count(section.pictures, "bild", "bilder", "picture", "pictures") +
           portion(section.captioned, section.pictures, "med bildtext", "with a caption", words) +
           ".\n";
}

// "  Inspelade beskrivningar: 3 (2 på svenska, 1 på engelska).", nothing without recordings.
std::string recordingsLine(const SectionSummary& section, const Words& words) {
    if (section.recordingCount() == 0) {
        return {};
    }
    std::string parts;
    for (Lang lang : core::kAllLangs) {
        const size_t count = section.recordings[static_cast<size_t>(lang)];
        if (count > 0) {
            parts += (parts.empty() ? "" : ", ") + std::to_string(count) +
                     words.pick(" på ", " in ") + words.language(lang);
        }
    }
    return "  " + words.pick("Inspelade beskrivningar: ", "Recorded descriptions: ") +
           std::to_string(section.recordingCount()) + " (" + parts + ").\n";
}

// The section a finding belongs to: the first part of its path, if that is a section folder.
const SectionSummary* sectionOf(const Finding& finding, const Report& report) {
    const size_t slash = finding.file.find('/');
    const std::string folder = finding.file.substr(0, slash);
    for (const SectionSummary& section : report.sections) {
        if (section.folder == folder && (slash != std::string::npos || finding.file == folder)) {
            return &section;
        }
    }
    return nullptr;
}

// "Om utställningen: sammanfattning på svenska, engelska; text på svenska, engelska, ryska; …"
void writeAbout(std::ostringstream& out, const LoadResult& result, const Words& words) {
    const Exhibition& exhibition = result.exhibition;
    out << words.pick("Om utställningen: ", "About the exhibition: ");
    if (!result.report.hasAboutFile) {
        out << words.pick("ingen om-utstallningen.toml, ingen text visas.\n",
                          "no om-utstallningen.toml, no text is shown.\n");
        return;
    }
    const std::pair<const LocalText*, std::pair<std::string_view, std::string_view>> parts[] = {
        {&exhibition.summary, {"sammanfattning", "summary"}},
        {&exhibition.about, {"text", "text"}},
        {&exhibition.credits, {"medverkande och bildrätt", "credits and picture rights"}}};
    std::string line;
    for (const auto& [text, name] : parts) {
        std::string langs;
        for (Lang lang : core::kAllLangs) {
            // As written, without the fallback to another language.
            const std::string& own = lang == Lang::Sv   ? text->sv
                                     : lang == Lang::En ? text->en
                                                        : text->ru;
            if (!own.empty()) {
                langs += (langs.empty() ? "" : ", ") + words.language(lang);
            }
        }
        line += line.empty() ? "" : "; ";
        line += words.pick(name.first, name.second) + (langs.empty()
                                                           ? words.pick(" saknas", " missing")
                                                           : words.pick(" på ", " in ") + langs);
    }
    out << line << "\n";
}

void writeHeader(std::ostringstream& out, const LoadResult& result, const Words& words) {
    const Exhibition& exhibition = result.exhibition;
    const Report& report = result.report;
    out << words.pick("Kontroll av innehållet i ", "Check of the content in ") << report.folder
        << "\n\n";
    if (report.sections.empty()) {
        return;
    }
    out << words.pick("Utställning: ", "Exhibition: ") << exhibition.title.in(reportLang(words))
        << "\n";
    out << words.pick("Språk: ", "Languages: ");
    for (size_t i = 0; i < exhibition.languages.size(); ++i) {
        out << (i > 0 ? ", " : "") << words.language(exhibition.languages[i]);
    }
    out << words.pick(" (", " (") << words.language(exhibition.defaultLanguage)
        << words.pick(" först)\n", " first)\n");
    out << words.pick("Tillbaka till start efter ", "Back to the start after ")
        << exhibition.idleTimeout.count()
        << words.pick(" sekunder utan beröring.\n", " seconds without touch.\n");
    for (const Venue& venue : exhibition.tour) {
        out << words.pick("Visas på: ", "Shown at: ") << venue.name.in(reportLang(words));
        if (!venue.from.empty() || !venue.to.empty()) {
            out << " " << venue.from << " – " << venue.to;
        }
        out << "\n";
    }
    writeAbout(out, result, words);
    out << words.pick("Inställningar: ", "Settings: ")
        << (report.hasSettingsFile ? words.pick("exhibition.toml\n", "exhibition.toml\n")
                                   : words.pick("ingen exhibition.toml, standardvärden används.\n",
                                                "no exhibition.toml, defaults are used.\n"))
        << "\n";
}

void writeSummary(std::ostringstream& out, const LoadResult& result, const Words& words) {
    const Report& report = result.report;
    size_t pictures = 0;
    size_t textOnly = 0;
    size_t shown = 0;
    size_t recordings = 0;
    for (const SectionSummary& section : report.sections) {
        pictures += section.pictures;
        textOnly += section.textOnly;
        shown += section.isShown();
        recordings += section.isShown() ? section.recordingCount() : 0;
    }
    const size_t rejected = report.count(Severity::Rejected);
    const size_t warnings = report.count(Severity::Warning);
    std::vector<std::string> sentences;
    if (shown == 0) {
        sentences.push_back(words.pick("Inget visas.", "Nothing is shown."));
    } else {
        std::string what = words.count(pictures, "bild", "bilder", "picture", "pictures");
        if (textOnly > 0) {
            what += words.pick(" och ", " and ") +
                    words.count(textOnly, "händelse utan bild", "händelser utan bild",
                                "entry without picture", "entries without picture");
        }
        sentences.push_back(what + words.pick(" i ", " in ") +
                            words.count(shown, "avsnitt", "avsnitt", "section", "sections") +
                            words.pick(" visas.", " are shown."));
        if (recordings > 0) {
            sentences.push_back(words.count(recordings, "inspelad beskrivning spelas upp",
                                            "inspelade beskrivningar spelas upp",
                                            "recorded description is played",
                                            "recorded descriptions are played") +
                                ".");
        }
    }
    if (rejected > 0) {
        sentences.push_back(words.count(rejected, "fil visas inte", "filer visas inte",
                                        "file is not shown", "files are not shown") +
                            ".");
    }
    if (warnings > 0) {
        sentences.push_back(words.count(warnings, "varning", "varningar", "warning", "warnings") +
                            ".");
    }
    out << words.pick("Sammanfattning:", "Summary:");
    for (const std::string& sentence : sentences) {
        out << " " << sentence;
    }
    out << "\n";
    if (checkExitCode(result) == 0) {
        out << words.pick("Resultat: innehållet kan användas.", "Result: the content can be used.");
        if (rejected + warnings > 0) {
            out << words.pick(" Läs gärna varningarna ovan.", " Please read the warnings above.");
        }
    } else {
        out << words.pick("Resultat: inget kan visas från den här mappen.",
                          "Result: nothing from this folder can be shown.");
    }
    out << "\n";
}

} // namespace

std::string formatReport(const LoadResult& result, core::Lang lang) {
    const Words words{lang == Lang::Sv};
    const Report& report = result.report;
    std::ostringstream out;
    writeHeader(out, result, words);

    std::vector<const Finding*> general;
    for (const Finding& finding : report.findings) {
        if (sectionOf(finding, report) == nullptr) {
            general.push_back(&finding);
        }
    }
    if (!general.empty()) {
        out << words.pick("Allmänt\n", "General\n");
        writeFindings(out, general, {}, words);
        out << "\n";
    }
    for (size_t i = 0; i < report.sections.size(); ++i) {
        const SectionSummary& section = report.sections[i];
        out << words.pick("Avsnitt ", "Section ") << i + 1 << ": "
            << section.title.in(reportLang(words)) << " ("
            << (section.kind == SectionKind::Timeline ? words.pick("tidslinje", "timeline")
                                                      : words.pick("galleri", "gallery"))
            << words.pick(", mappen \"", ", folder \"") << section.folder << "\")\n";
        out << sectionLine(section, words) << recordingsLine(section, words);
        std::vector<const Finding*> own;
        for (const Finding& finding : report.findings) {
            if (sectionOf(finding, report) == &section) {
                own.push_back(&finding);
            }
        }
        writeFindings(out, own, section.folder + "/", words);
        out << "\n";
    }
    writeSummary(out, result, words);
    return out.str();
}

} // namespace vitrin::content
