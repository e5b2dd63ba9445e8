#include "content/CaptionSheet.h"

#include "content/Unicode.h"
#include "core/Text.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <set>

namespace vitrin::content {

namespace {

enum class Field { File, Title, Artist, Age, School, Description, Theme, Year, Date };

struct Column {
    Field field;
    std::optional<Lang> lang; // nullopt: the column applies to every language
    bool operator==(const Column&) const = default;
};

struct Record {
    int line = 0;
    std::vector<std::string> cells;
};

Finding sheetFinding(Severity severity, FindingCode code, int line, StaffText message) {
    return {severity, code, {}, line, std::move(message)};
}

// Excel writes "sep=;" as the first line when asked to; it names the separator outright.
std::optional<char> explicitSeparator(std::string_view text, size_t& headerStart) {
    const size_t end = text.find_first_of("\r\n");
    const std::string first = core::toLowerAscii(text.substr(0, end));
    if (first.size() != 5 || !first.starts_with("sep=") ||
        std::string_view(";,\t").find(first[4]) == std::string_view::npos) {
        return std::nullopt;
    }
    headerStart = end == std::string_view::npos ? text.size() : end;
    return first[4];
}

// The separator is the one of ; , or tab that occurs most often outside quotes in the first
// line (the header, which holds only column names). Swedish Excel writes ';', so it wins ties.
char detectSeparator(std::string_view text) {
    size_t semicolons = 0;
    size_t commas = 0;
    size_t tabs = 0;
    bool inQuotes = false;
    for (char c : text) {
        if (c == '"') {
            inQuotes = !inQuotes;
        } else if (!inQuotes && (c == '\n' || c == '\r')) {
            break;
        } else if (!inQuotes) {
            semicolons += c == ';';
            commas += c == ',';
            tabs += c == '\t';
        }
    }
    if (commas > semicolons && commas >= tabs) {
        return ',';
    }
    if (tabs > semicolons && tabs > commas) {
        return '\t';
    }
    return ';';
}

// Splits the text into records: quoted fields may hold separators, doubled quotes and line
// breaks; line breaks inside a field become '\n'.
std::vector<Record> splitRecords(std::string_view text, char separator,
                                 std::vector<Finding>& findings) {
    std::vector<Record> records;
    int line = 1;
    size_t i = 0;
    const size_t n = text.size();
    while (i < n) {
        Record record{line, {}};
        std::string cell;
        bool inQuotes = false;
        bool atCellStart = true;
        int quoteLine = line;
        bool endOfRecord = false;
        while (i < n && !endOfRecord) {
            const char c = text[i];
            if (inQuotes) {
                if (c == '"') {
                    if (i + 1 < n && text[i + 1] == '"') {
                        cell += '"';
                        ++i;
                    } else {
                        inQuotes = false;
                    }
                } else if (c == '\r' || c == '\n') {
                    if (c == '\r' && i + 1 < n && text[i + 1] == '\n') {
                        ++i;
                    }
                    cell += '\n';
                    ++line;
                } else {
                    cell += c;
                }
                ++i;
                continue;
            }
            if (c == separator) {
                record.cells.push_back(std::move(cell));
                cell.clear();
                atCellStart = true;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < n && text[i + 1] == '\n') {
                    ++i;
                }
                ++line;
                endOfRecord = true;
            } else if (c == '"' && atCellStart) {
                // Spaces typed before an opening quote are not part of the text.
                cell.clear();
                inQuotes = true;
                atCellStart = false;
                quoteLine = line;
            } else {
                cell += c;
                atCellStart = atCellStart && (c == ' ');
            }
            ++i;
        }
        if (inQuotes) {
            findings.push_back(sheetFinding(
                Severity::Warning, FindingCode::SheetUnterminatedQuote, quoteLine,
                {"Ett citattecken (\") öppnas här men stängs aldrig, så resten av filen hamnade "
                 "i en enda cell. Kontrollera citattecknen på raden.",
                 "A quotation mark (\") opens here but is never closed, so the rest of the file "
                 "ended up in one cell. Check the quotation marks on this line."}));
        }
        record.cells.push_back(std::move(cell));
        records.push_back(std::move(record));
    }
    return records;
}

bool isBlank(const Record& record) {
    for (const std::string& cell : record.cells) {
        if (!core::trim(cell).empty()) {
            return false;
        }
    }
    return true;
}

// The text without the white space at its ends (as core::trim), without a copy.
std::string_view trimmedView(std::string_view text) {
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) {
        text.remove_prefix(1);
    }
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) {
        text.remove_suffix(1);
    }
    return text;
}

// "Konstnär", "konstnar", "ARTIST_sv", "Titel (en)" and the like.
std::optional<Column> parseColumnName(std::string_view name) {
    std::string key = matchKey(trimmedView(name));
    // Names are matched with and without å ä ö, as people type them either way.
    for (auto [from, to] : std::array<std::pair<std::string_view, char>, 3>{
             {{"\xC3\xA5", 'a'}, {"\xC3\xA4", 'a'}, {"\xC3\xB6", 'o'}}}) {
        for (size_t at = key.find(from); at != std::string::npos; at = key.find(from, at)) {
            key.replace(at, from.size(), 1, to);
        }
    }
    // A language suffix: "_sv", "-sv", " sv", ".sv" or "(sv)", after the name. Compared in place:
    // a header may have hundreds of cells, and this runs for each.
    std::optional<Lang> lang;
    std::string_view base = key;
    for (const Lang candidate : core::kAllLangs) {
        const std::string_view code = core::langCode(candidate);
        const std::string_view view = key;
        size_t suffix = 0;
        if (view.size() > code.size() + 1 && view.ends_with(code) &&
            std::string_view("_- .").find(view[view.size() - code.size() - 1]) !=
                std::string_view::npos) {
            suffix = code.size() + 1;
        } else if (view.size() > code.size() + 2 && view.ends_with(')') &&
                   view[view.size() - code.size() - 2] == '(' &&
                   view.substr(view.size() - code.size() - 1, code.size()) == code) {
            suffix = code.size() + 2;
        }
        if (suffix > 0) {
            base = trimmedView(view.substr(0, view.size() - suffix));
            lang = candidate;
            break;
        }
    }
    static constexpr std::array<std::pair<std::string_view, Field>, 22> kNames{{
        {"fil", Field::File},
        {"file", Field::File},
        {"filnamn", Field::File},
        {"filename", Field::File},
        {"titel", Field::Title},
        {"title", Field::Title},
        {"konstnar", Field::Artist},
        {"artist", Field::Artist},
        {"alder", Field::Age},
        {"age", Field::Age},
        {"skola", Field::School},
        {"school", Field::School},
        {"beskrivning", Field::Description},
        {"description", Field::Description},
        {"ar", Field::Year},
        {"year", Field::Year},
        {"artal", Field::Year},
        {"datum", Field::Date},
        {"date", Field::Date},
        {"bildtext", Field::Description},
        {"tema", Field::Theme},
        {"theme", Field::Theme},
    }};
    for (const auto& [known, field] : kNames) {
        if (base == known) {
            // A file name is the same in every language; "fil_sv" still means the file.
            return Column{field, field == Field::File ? std::nullopt : lang};
        }
    }
    return std::nullopt;
}

// Excel saving as plain "CSV" (Windows-1252) turns every Cyrillic letter into '?'.
bool looksLikeLostCyrillic(std::string_view value) {
    size_t questionMarks = 0;
    size_t letters = 0;
    for (char c : value) {
        if (c == '?') {
            ++questionMarks;
        } else if (!std::isspace(static_cast<unsigned char>(c)) &&
                   !std::ispunct(static_cast<unsigned char>(c))) {
            ++letters;
        }
    }
    return questionMarks >= 2 && questionMarks > letters;
}

struct Header {
    int line = 0;
    std::vector<std::optional<Column>> columns; // by cell index; nullopt: not used
    std::vector<bool> isUnnamed;                // by cell index: the header cell is empty
};

// Names quoted in one finding; a header of hundreds of stray cells gives one finding, not
// hundreds, and the first few names are enough to find the mistake.
constexpr size_t kNamesListed = 5;

// The header cells of one kind (unknown, or repeated), each distinct name once, in order.
class NameList {
  public:
    void add(const std::string& name) {
        if (seen_.insert(name).second && names_.size() < kNamesListed) {
            names_.push_back(name);
        }
    }
    bool empty() const { return seen_.empty(); }
    bool isOne() const { return seen_.size() == 1; }
    // "a", "b" och "c"; past kNamesListed: "a", "b", "c", "d", "e" och 3 till ("and 3 more").
    StaffText quoted() const {
        StaffText list;
        for (size_t i = 0; i < names_.size(); ++i) {
            const bool lastOfAll = i + 1 == seen_.size();
            list.sv += (i == 0 ? "" : lastOfAll ? " och " : ", ") + quotedName(names_[i]);
            list.en += (i == 0 ? "" : lastOfAll ? " and " : ", ") + quotedName(names_[i]);
        }
        if (const size_t more = seen_.size() - names_.size(); more > 0) {
            list.sv += " och " + std::to_string(more) + " till";
            list.en += " and " + std::to_string(more) + " more";
        }
        return list;
    }

  private:
    std::set<std::string> seen_;
    std::vector<std::string> names_;
};

Finding unknownColumns(const NameList& names, int line) {
    const StaffText list = names.quoted();
    const bool one = names.isOne();
    return sheetFinding(
        Severity::Warning, FindingCode::SheetUnknownColumn, line,
        {(one ? "Kolumnen " : "Kolumnerna ") + list.sv +
             " känns inte igen och används inte. Kolumner som används: fil, titel, konstnär, "
             "ålder, skola, beskrivning, tema, år, datum (med _sv, _en eller _ru).",
         (one ? "The column " : "The columns ") + list.en +
             (one ? " is not recognised and is not used."
                  : " are not recognised and are not used.") +
             " Columns used: file, title, artist, age, school, description, theme, year, date "
             "(with _sv, _en or _ru)."});
}

Finding repeatedColumns(const NameList& names, int line) {
    const StaffText list = names.quoted();
    const bool one = names.isOne();
    return sheetFinding(
        Severity::Warning, FindingCode::SheetDuplicateColumn, line,
        {(one ? "Kolumnen " : "Kolumnerna ") + list.sv +
             " finns mer än en gång; bara den första (längst till vänster)" +
             (one ? " används." : " av varje används."),
         (one ? "The column " : "The columns ") + list.en +
             (one ? " appears more than once; only the first (leftmost) one is used."
                  : " appear more than once; only the first (leftmost) of each is used.")});
}

Header readHeader(const Record& record, CaptionSheet& sheet) {
    Header header{record.line, {}, {}};
    NameList unknown;
    NameList repeated;
    // The columns recognised so far, each once: at most one per field and language, so a
    // header of many cells is read in linear time (each cell used to be compared with every
    // cell before it).
    std::vector<Column> recognised;
    for (const std::string& cell : record.cells) {
        const std::string name = core::trim(cell);
        std::optional<Column> column = name.empty() ? std::nullopt : parseColumnName(name);
        if (!name.empty() && !column) {
            unknown.add(name);
        }
        if (column &&
            std::find(recognised.begin(), recognised.end(), *column) != recognised.end()) {
            repeated.add(name);
            column.reset();
        } else if (column) {
            recognised.push_back(*column);
        }
        sheet.hasHeader = sheet.hasHeader || column.has_value();
        sheet.hasFileColumn =
            sheet.hasFileColumn || (column.has_value() && column->field == Field::File);
        header.columns.push_back(column);
        header.isUnnamed.push_back(name.empty());
    }
    if (!sheet.hasHeader) {
        sheet.findings.push_back(sheetFinding(
            Severity::Warning, FindingCode::SheetNoHeader, record.line,
            {"Första raden ska namnge kolumnerna (till exempel fil; titel_sv; titel_en), men "
             "ingen kolumn känns igen. Bildtextfilen används inte.",
             "The first row must name the columns (for example file; title_sv; title_en), but no "
             "column is recognised. The caption sheet is not used."}));
        return header;
    }
    if (!unknown.empty()) {
        sheet.findings.push_back(unknownColumns(unknown, record.line));
    }
    if (!repeated.empty()) {
        sheet.findings.push_back(repeatedColumns(repeated, record.line));
    }
    return header;
}

void assignLocal(LocalText& text, const std::optional<Lang>& lang, const std::string& value,
                 LocalText& unsuffixed) {
    if (lang) {
        text.slot(*lang) = value;
    } else {
        unsuffixed = LocalText::same(value);
    }
}

// A column without a language suffix fills the languages no suffixed column gave.
void fillFrom(LocalText& text, const LocalText& unsuffixed) {
    for (Lang lang : core::kAllLangs) {
        if (text.slot(lang).empty()) {
            text.slot(lang) = unsuffixed.in(lang);
        }
    }
}

CaptionRow readRow(const Record& record, const Header& header, CaptionSheet& sheet,
                   bool& lostCyrillicReported, bool& unnamedReported) {
    CaptionRow row;
    row.line = record.line;
    std::array<LocalText, 5> unsuffixed;             // title, artist, school, description, theme
    std::array<std::array<std::string, 4>, 3> plain; // age, year, date by [none, sv, en, ru]
    bool extraCells = false;
    for (size_t i = 0; i < record.cells.size(); ++i) {
        std::string value = core::trim(record.cells[i]);
        if (value.empty()) {
            continue;
        }
        if (i >= header.columns.size()) {
            extraCells = true;
            continue;
        }
        const std::optional<Column>& column = header.columns[i];
        if (!column) {
            if (header.isUnnamed[i] && !unnamedReported) {
                unnamedReported = true;
                sheet.findings.push_back(sheetFinding(
                    Severity::Warning, FindingCode::SheetUnknownColumn, record.line,
                    {"En kolumn utan rubrik har text, som inte används. Skriv en rubrik överst i "
                     "kolumnen (till exempel beskrivning_sv).",
                     "A column without a heading has text in it, which is not used. Write a "
                     "heading at the top of the column (for example description_sv)."}));
            }
            continue;
        }
        if (column->lang == Lang::Ru && looksLikeLostCyrillic(value)) {
            if (!lostCyrillicReported) {
                lostCyrillicReported = true;
                sheet.findings.push_back(sheetFinding(
                    Severity::Warning, FindingCode::SheetLostCyrillic, record.line,
                    {"Den ryska texten har blivit frågetecken: filen sparades som vanlig CSV. "
                     "Spara den i Excel med \"CSV UTF-8\". Tills dess visas engelsk eller svensk "
                     "text i stället.",
                     "The Russian text has turned into question marks: the file was saved as "
                     "plain CSV. Save it in Excel as \"CSV UTF-8\". Until then, English or "
                     "Swedish text is shown instead."}));
            }
            continue;
        }
        const size_t langIndex = column->lang ? static_cast<size_t>(*column->lang) + 1 : 0;
        switch (column->field) {
        case Field::File:
            row.file = value;
            break;
        case Field::Title:
            assignLocal(row.title, column->lang, value, unsuffixed[0]);
            break;
        case Field::Artist:
            assignLocal(row.artist, column->lang, value, unsuffixed[1]);
            break;
        case Field::School:
            assignLocal(row.school, column->lang, value, unsuffixed[2]);
            break;
        case Field::Description:
            assignLocal(row.description, column->lang, value, unsuffixed[3]);
            break;
        case Field::Theme:
            assignLocal(row.theme, column->lang, value, unsuffixed[4]);
            break;
        case Field::Age:
            plain[0][langIndex] = value;
            break;
        case Field::Year:
            plain[1][langIndex] = value;
            break;
        case Field::Date:
            plain[2][langIndex] = value;
            break;
        }
    }
    fillFrom(row.title, unsuffixed[0]);
    fillFrom(row.artist, unsuffixed[1]);
    fillFrom(row.school, unsuffixed[2]);
    fillFrom(row.description, unsuffixed[3]);
    fillFrom(row.theme, unsuffixed[4]);
    // Age, year and date are one value; a suffixed column is taken when there is no plain one.
    const auto firstOf = [](const std::array<std::string, 4>& values) {
        for (const std::string& value : values) {
            if (!value.empty()) {
                return value;
            }
        }
        return std::string();
    };
    row.age = firstOf(plain[0]);
    row.year = firstOf(plain[1]);
    row.date = firstOf(plain[2]);
    if (extraCells) {
        sheet.findings.push_back(sheetFinding(
            Severity::Warning, FindingCode::SheetExtraCells, record.line,
            {"Raden har fler celler än rubrikraden, och det som står längst till höger används "
             "inte. Står det ett skiljetecken (; eller ,) i texten utan citattecken runt?",
             "The row has more cells than the header row, and what is furthest right is not "
             "used. Is there a separator (; or ,) in the text without quotation marks around "
             "it?"}));
    }
    return row;
}

} // namespace

CaptionSheet parseCaptionSheet(std::string_view bytes) {
    CaptionSheet sheet;
    DecodedText decoded = decodeText(bytes);
    sheet.encoding = decoded.encoding;
    std::string_view text = decoded.text;
    if (sheet.encoding == TextEncoding::Windows1252) {
        sheet.findings.push_back(sheetFinding(
            Severity::Note, FindingCode::SheetLegacyEncoding, 0,
            {"Bildtextfilen är sparad som vanlig CSV (Windows-1252). Å, ä och ö fungerar, men "
             "rysk text kräver att filen sparas i Excel med \"CSV UTF-8\".",
             "The caption sheet is saved as plain CSV (Windows-1252). Å, ä and ö work, but "
             "Russian text needs the file saved in Excel as \"CSV UTF-8\"."}));
    }
    size_t headerStart = 0;
    const std::optional<char> named = explicitSeparator(text, headerStart);
    // The "sep=" line is cut off but its line break kept, so line numbers still count it.
    text.remove_prefix(headerStart);
    sheet.separator = named.value_or(detectSeparator(text));
    std::vector<Record> records = splitRecords(text, sheet.separator, sheet.findings);
    size_t next = 0;
    while (next < records.size() && isBlank(records[next])) {
        ++next;
    }
    if (next == records.size()) {
        return sheet; // an empty sheet says nothing, and nothing is wrong with that
    }
    const Header header = readHeader(records[next], sheet);
    if (!sheet.hasHeader) {
        return sheet;
    }
    bool lostCyrillicReported = false;
    bool unnamedReported = false;
    for (++next; next < records.size(); ++next) {
        if (!isBlank(records[next])) {
            sheet.rows.push_back(
                readRow(records[next], header, sheet, lostCyrillicReported, unnamedReported));
        }
    }
    return sheet;
}

} // namespace vitrin::content
