#include "content/ContentLoader.h"

#include "content/AboutText.h"
#include "content/CaptionSheet.h"
#include "content/ExhibitionSettings.h"
#include "content/FolderScanner.h"
#include "content/Rejection.h"
#include "content/TextEncoding.h"
#include "content/Unicode.h"
#include "core/Text.h"
#include "speech/Recording.h"

#include <algorithm>
#include <fstream>
#include <optional>
#include <unordered_map>

namespace vitrin::content {

namespace fs = std::filesystem;

namespace {

// Far above any real caption sheet (20,000 rows of text are about 4 MB), far below trouble.
constexpr std::uintmax_t kMaxTextBytes = 16 * 1024 * 1024;

constexpr std::string_view kSettingsKey = "exhibition.toml";

enum class Role { Image, Sheet, Text, Spreadsheet, Recording, OtherAudio };

std::string extensionKey(std::string_view key) {
    const size_t dot = key.rfind('.');
    return dot == std::string_view::npos || dot == 0 ? std::string()
                                                     : std::string(key.substr(dot + 1));
}

std::string withoutExtension(std::string_view key) {
    const size_t dot = key.rfind('.');
    return std::string(dot == std::string_view::npos || dot == 0 ? key : key.substr(0, dot));
}

Role roleOf(const FolderEntry& entry) {
    const std::string extension = extensionKey(entry.key);
    if (extension == "csv") {
        return Role::Sheet;
    }
    if (extension == "txt") {
        return Role::Text;
    }
    if (extension == "xlsx" || extension == "xlsm" || extension == "xls" || extension == "ods" ||
        extension == "numbers") {
        return Role::Spreadsheet;
    }
    if (extension == "ogg" || extension == "oga") {
        return Role::Recording;
    }
    if (extension == "mp3" || extension == "wav" || extension == "m4a" || extension == "aac" ||
        extension == "wma" || extension == "flac" || extension == "opus" || extension == "aif" ||
        extension == "aiff" || extension == "amr" || extension == "3ga") {
        return Role::OtherAudio;
    }
    return Role::Image; // whatever it claims to be, its bytes decide
}

// The file's bytes, or nullopt with a finding when it is too large or cannot be read.
std::optional<std::string> readTextFile(const FolderEntry& entry, Report& report) {
    std::error_code error;
    const std::uintmax_t size = fs::file_size(entry.path, error);
    if (!error && size > kMaxTextBytes) {
        report.add(Severity::Warning, FindingCode::FileUnreadable, entry.relative, 0,
                   {"Filen är större än 16 MB och läses inte. Är det rätt fil?",
                    "The file is larger than 16 MB and is not read. Is it the right file?"});
        return std::nullopt;
    }
    std::ifstream in(entry.path, std::ios::binary);
    std::string bytes(error ? 0 : static_cast<size_t>(size), '\0');
    if (in) {
        in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        bytes.resize(static_cast<size_t>(in.gcount()));
    }
    if (error || !in.is_open() || in.bad()) {
        report.add(Severity::Warning, FindingCode::FileUnreadable, entry.relative, 0,
                   {"Filen kunde inte läsas. Kontrollera USB-minnet och kopiera filen igen.",
                    "The file could not be read. Check the USB stick and copy the file again."});
        return std::nullopt;
    }
    return bytes;
}

void addWithFile(Report& report, std::vector<Finding> findings, const std::string& file) {
    for (Finding& finding : findings) {
        finding.file = file;
        report.findings.push_back(std::move(finding));
    }
}

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

// Length of a numeric prefix with its separators ("02 - "), 0 when there is none.
size_t numericPrefixLength(std::string_view name) {
    size_t digits = 0;
    while (digits < name.size() && isDigit(name[digits])) {
        ++digits;
    }
    size_t end = digits;
    while (end < name.size() &&
           std::string_view("-_. ").find(name[end]) != std::string_view::npos) {
        ++end;
    }
    return digits > 0 && end > digits ? end : 0;
}

// A timeline picture named "1999_Första besöket.jpg" belongs to 1999.
std::string yearFromName(std::string_view name) {
    const size_t prefix = numericPrefixLength(name);
    if (prefix == 0) {
        return {};
    }
    std::string_view digits = name.substr(0, prefix);
    while (!digits.empty() && !isDigit(digits.back())) {
        digits.remove_suffix(1);
    }
    return digits.size() == 4 && (digits[0] == '1' || digits[0] == '2') ? std::string(digits)
                                                                        : std::string();
}

struct Picture {
    const FolderEntry* entry = nullptr;
    imaging::ImageInfo info{};
    std::string stemKey;
    const CaptionRow* row = nullptr;
    std::optional<std::string> plainText; // bild.txt: every language
    LocalText text;                       // bild.sv.txt, bild.en.txt, bild.ru.txt
    Recordings recordings;                // bild.sv.ogg, bild.en.ogg, bild.ru.ogg
};

// One item to show: a caption row, a picture, or both.
struct Entry {
    const CaptionRow* row = nullptr;
    Picture* picture = nullptr;
};

class SectionLoader {
  public:
    SectionLoader(const fs::path& root, const LoadOptions& options, Report& report)
        : root_(root), options_(options), report_(report) {}

    Section load(const FolderEntry& folder, SectionKind kind, LocalText title,
                 SectionSummary& summary);

  private:
    void classifyEntries(const FolderListing& listing, std::vector<const FolderEntry*>& sheets,
                         std::vector<const FolderEntry*>& texts,
                         std::vector<const FolderEntry*>& recordings);
    void checkImage(const FolderEntry& entry);
    std::optional<CaptionSheet> readSheet(const std::vector<const FolderEntry*>& sheets,
                                          std::string& sheetFile);
    void readTexts(const std::vector<const FolderEntry*>& texts);
    void readRecordings(const std::vector<const FolderEntry*>& recordings);
    bool isPlayable(const FolderEntry& entry);
    std::vector<Entry> matchRows(const CaptionSheet& sheet, const std::string& sheetFile,
                                 SectionKind kind);
    Picture* findPicture(const std::string& key);
    bool isRejected(const std::string& key) const;
    Item makeItem(const Entry& entry, SectionKind kind) const;

    const fs::path& root_;
    const LoadOptions& options_;
    Report& report_;
    std::vector<Picture> pictures_;
    std::vector<std::string> rejectedKeys_; // names and stems of files that will not be shown
};

Section SectionLoader::load(const FolderEntry& folder, SectionKind kind, LocalText title,
                            SectionSummary& summary) {
    const size_t firstFinding = report_.findings.size();
    Section section{folder.name, std::move(title), kind, ItemNoun::Work, {}};
    const FolderListing listing = listFolder(root_, folder.path, folder.relative, report_);
    if (!listing.isReadable) {
        report_.add(Severity::Warning, FindingCode::FolderUnreadable, folder.relative, 0,
                    {"Mappen kunde inte öppnas.", "The folder could not be opened."});
    }
    std::vector<const FolderEntry*> sheets;
    std::vector<const FolderEntry*> texts;
    std::vector<const FolderEntry*> recordings;
    classifyEntries(listing, sheets, texts, recordings);
    std::string sheetFile;
    const std::optional<CaptionSheet> sheet = readSheet(sheets, sheetFile);
    readTexts(texts);
    readRecordings(recordings);

    std::vector<Entry> entries;
    if (sheet && sheet->hasHeader) {
        entries = matchRows(*sheet, sheetFile, kind);
    }
    std::vector<Entry> pictureEntries;
    for (Picture& picture : pictures_) {
        if (picture.row != nullptr) {
            if (kind == SectionKind::Gallery) {
                pictureEntries.push_back({picture.row, &picture});
            }
            continue;
        }
        if (sheet && sheet->hasHeader && (sheet->hasFileColumn || kind == SectionKind::Timeline)) {
            report_.add(Severity::Warning, FindingCode::CaptionMissing, picture.entry->relative, 0,
                        {"Bilden saknar rad i bildtextfilen och visas med filnamnet som titel.",
                         "The picture has no row in the caption sheet and is shown with its file "
                         "name as title."});
        }
        pictureEntries.push_back({nullptr, &picture});
    }
    // A timeline follows the sheet's order; pictures without a row follow in name order.
    if (kind == SectionKind::Gallery) {
        entries = std::move(pictureEntries);
    } else {
        entries.insert(entries.end(), pictureEntries.begin(), pictureEntries.end());
    }
    for (const Entry& entry : entries) {
        section.items.push_back(makeItem(entry, kind));
        const bool hasText =
            entry.picture != nullptr && (entry.picture->plainText || !entry.picture->text.empty());
        summary.captioned += entry.row != nullptr || hasText;
        (entry.picture != nullptr ? summary.pictures : summary.textOnly) += 1;
        for (Lang lang : core::kAllLangs) {
            if (entry.picture != nullptr && !entry.picture->recordings.in(lang).empty()) {
                ++summary.recordings[static_cast<size_t>(lang)];
            }
        }
    }
    summary.rejected = static_cast<size_t>(std::count_if(
        report_.findings.begin() + static_cast<std::ptrdiff_t>(firstFinding),
        report_.findings.end(), [](const Finding& f) { return f.severity == Severity::Rejected; }));
    if (section.items.empty()) {
        report_.add(Severity::Warning, FindingCode::SectionEmpty, folder.relative, 0,
                    {"Mappen har inget som kan visas och hoppas över.",
                     "The folder has nothing that can be shown and is skipped."});
    }
    return section;
}

void SectionLoader::classifyEntries(const FolderListing& listing,
                                    std::vector<const FolderEntry*>& sheets,
                                    std::vector<const FolderEntry*>& texts,
                                    std::vector<const FolderEntry*>& recordings) {
    for (const FolderEntry& entry : listing.entries) {
        if (entry.isFolder) {
            report_.add(Severity::Warning, FindingCode::SubfolderIgnored, entry.relative, 0,
                        {"Mappar inne i ett avsnitt används inte; bara filer direkt i avsnittets "
                         "mapp visas. Flytta upp bilderna, eller gör mappen till ett eget "
                         "avsnitt.",
                         "Folders inside a section are not used; only files directly in the "
                         "section's folder are shown. Move the pictures up, or make the folder a "
                         "section of its own."});
            continue;
        }
        switch (roleOf(entry)) {
        case Role::Sheet:
            sheets.push_back(&entry);
            break;
        case Role::Text:
            texts.push_back(&entry);
            break;
        case Role::Spreadsheet:
            report_.add(Severity::Warning, FindingCode::SpreadsheetNotCsv, entry.relative, 0,
                        *adviceForExtension(fs::path(entry.name)));
            break;
        case Role::Recording:
            recordings.push_back(&entry);
            break;
        case Role::OtherAudio:
            report_.add(Severity::Warning, FindingCode::AudioNotOgg, entry.relative, 0,
                        {"Inspelade beskrivningar spelas bara upp i formatet Ogg Vorbis (.ogg), "
                         "med bildens namn och språket, till exempel bild.sv.ogg. Spara ljudet "
                         "som Ogg Vorbis (i Audacity: Arkiv > Exportera > Exportera som OGG).",
                         "Recorded descriptions are played only as Ogg Vorbis (.ogg), named "
                         "after the picture with the language, for example picture.en.ogg. "
                         "Save the sound as Ogg Vorbis (in Audacity: File > Export > Export as "
                         "OGG)."});
            break;
        case Role::Image:
            checkImage(entry);
            break;
        }
    }
}

void SectionLoader::checkImage(const FolderEntry& entry) {
    const imaging::DecodeResult<imaging::ImageInfo> verdict =
        options_.verdict ? options_.verdict(entry.path, entry.relative)
        : options_.imageCheck == ImageCheck::Full
            ? imaging::validateImageFile(entry.path, options_.limits)
            : imaging::probeImageFile(entry.path, options_.limits);
    if (const auto* error = std::get_if<imaging::DecodeError>(&verdict)) {
        report_.add(Severity::Rejected, FindingCode::ImageRejected, entry.relative, 0,
                    describeRejection(*error, fs::path(entry.name), options_.limits));
        rejectedKeys_.push_back(entry.key);
        rejectedKeys_.push_back(withoutExtension(entry.key));
        return;
    }
    const auto& info = std::get<imaging::ImageInfo>(verdict);
    if (const std::optional<StaffText> note =
            describeMisnaming(info.format, fs::path(entry.name))) {
        report_.add(Severity::Note, FindingCode::ImageMisnamed, entry.relative, 0, *note);
    }
    pictures_.push_back({&entry, info, withoutExtension(entry.key), nullptr, std::nullopt, {}, {}});
}

std::optional<CaptionSheet> SectionLoader::readSheet(const std::vector<const FolderEntry*>& sheets,
                                                     std::string& sheetFile) {
    if (sheets.empty()) {
        return std::nullopt;
    }
    const auto preferred = std::find_if(sheets.begin(), sheets.end(), [](const FolderEntry* e) {
        return e->key == "bildtexter.csv" || e->key == "captions.csv";
    });
    const FolderEntry* chosen = preferred != sheets.end() ? *preferred : sheets.front();
    for (const FolderEntry* other : sheets) {
        if (other != chosen) {
            report_.add(Severity::Warning, FindingCode::SheetExtra, other->relative, 0,
                        {"Mappen har flera bildtextfiler; bara " + quotedName(chosen->name) +
                             " används. Ta bort de andra eller slå ihop dem.",
                         "The folder has several caption sheets; only " + quotedName(chosen->name) +
                             " is used. Remove the others or merge them."});
        }
    }
    const std::optional<std::string> bytes = readTextFile(*chosen, report_);
    if (!bytes) {
        return std::nullopt;
    }
    CaptionSheet sheet = parseCaptionSheet(*bytes);
    sheetFile = chosen->relative;
    addWithFile(report_, std::move(sheet.findings), sheetFile);
    sheet.findings.clear();
    return sheet;
}

void SectionLoader::readTexts(const std::vector<const FolderEntry*>& texts) {
    for (const FolderEntry* entry : texts) {
        std::string stem = withoutExtension(entry->key);
        std::optional<Lang> lang;
        if (const size_t dot = stem.rfind('.'); dot != std::string::npos) {
            lang = core::parseLang(std::string_view(stem).substr(dot + 1));
            if (lang) {
                stem.resize(dot);
            }
        }
        Picture* picture = findPicture(stem);
        if (picture == nullptr) {
            if (!isRejected(stem)) {
                report_.add(Severity::Warning,
                            lang ? FindingCode::TextWithoutImage : FindingCode::TextIgnored,
                            entry->relative, 0,
                            {"Textfilen hör inte till någon bild (den ska heta som bilden, till "
                             "exempel bild.jpg och bild.sv.txt) och används inte.",
                             "The text file belongs to no picture (it must be named like the "
                             "picture, for example picture.jpg and picture.en.txt) and is not "
                             "used."});
            }
            continue;
        }
        const std::optional<std::string> bytes = readTextFile(*entry, report_);
        if (!bytes) {
            continue;
        }
        std::string text = core::trim(decodeText(*bytes).text);
        text.erase(std::remove(text.begin(), text.end(), '\r'), text.end());
        if (text.empty()) {
            continue;
        }
        if (lang) {
            picture->text.slot(*lang) = std::move(text);
        } else {
            picture->plainText = std::move(text);
        }
    }
}

// The language of a recording's name: "bild.sv.ogg" gives sv and the stem "bild"; "bild.ogg"
// gives nullopt and "bild".
std::optional<Lang> recordingLanguage(std::string_view key, std::string& stem) {
    stem = withoutExtension(key);
    const size_t dot = stem.rfind('.');
    if (dot == std::string::npos) {
        return std::nullopt;
    }
    const std::optional<Lang> lang = core::parseLang(std::string_view(stem).substr(dot + 1));
    if (lang) {
        stem.resize(dot);
    }
    return lang;
}

std::string languageNameSv(Lang lang) {
    return lang == Lang::Sv ? "svenska" : lang == Lang::En ? "engelska" : "ryska";
}

std::string languageNameEn(Lang lang) {
    return lang == Lang::Sv ? "Swedish" : lang == Lang::En ? "English" : "Russian";
}

void SectionLoader::readRecordings(const std::vector<const FolderEntry*>& recordings) {
    for (const FolderEntry* entry : recordings) {
        std::string stem;
        const std::optional<Lang> lang = recordingLanguage(entry->key, stem);
        Picture* picture = findPicture(stem);
        if (picture == nullptr && lang) {
            if (!isRejected(stem)) {
                report_.add(Severity::Warning, FindingCode::RecordingWithoutImage, entry->relative,
                            0,
                            {"Ljudfilen hör inte till någon bild (den ska heta som bilden, till "
                             "exempel bild.jpg och bild.sv.ogg) och används inte.",
                             "The sound file belongs to no picture (it must be named like the "
                             "picture, for example picture.jpg and picture.en.ogg) and is not "
                             "used."});
            }
            continue;
        }
        if (!lang) {
            // "Kyrkan.ogg" or "Kyrkan.de.ogg": the example keeps the name as staff wrote it.
            std::string example = withoutExtension(entry->name);
            if (picture == nullptr && example.rfind('.') != std::string::npos) {
                example.resize(example.rfind('.'));
            }
            std::string sv = "Ljudfilens namn säger inte på vilket språk den talar, så den används "
                             "inte. Byt namn till ";
            sv.append(example).append(".sv.ogg (svenska), ").append(example);
            sv.append(".en.ogg (engelska) eller ").append(example).append(".ru.ogg (ryska).");
            std::string en = "The sound file's name does not say which language it speaks, so it "
                             "is not used. Rename it ";
            en.append(example).append(".sv.ogg (Swedish), ").append(example);
            en.append(".en.ogg (English) or ").append(example).append(".ru.ogg (Russian).");
            report_.add(Severity::Warning, FindingCode::RecordingNoLanguage, entry->relative, 0,
                        {std::move(sv), std::move(en)});
            continue;
        }
        if (!picture->recordings.in(*lang).empty()) {
            report_.add(Severity::Warning, FindingCode::RecordingDuplicate, entry->relative, 0,
                        {"Bilden har redan en inspelning på " + languageNameSv(*lang) +
                             "; den här används inte.",
                         "The picture already has a recording in " + languageNameEn(*lang) +
                             "; this one is not used."});
            continue;
        }
        if (isPlayable(*entry)) {
            picture->recordings.slot(*lang) = entry->path;
        }
    }
}

// Whether a recording plays: headers only at a kiosk's start, every sample for --check and
// an import. What does not play is reported; the synthesiser reads the text instead.
bool SectionLoader::isPlayable(const FolderEntry& entry) {
    std::error_code error;
    const std::uintmax_t size = fs::file_size(entry.path, error);
    StaffText problem;
    if (!error && size > kMaxRecordingBytes) {
        problem = {"Ljudfilen är större än 128 MB och används inte. Är det rätt fil?",
                   "The sound file is larger than 128 MB and is not used. Is it the right file?"};
    } else {
        const auto verdict = options_.imageCheck == ImageCheck::Full
                                 ? speech::checkRecording(entry.path)
                                 : speech::probeRecording(entry.path);
        const auto* failure = std::get_if<speech::RecordingError>(&verdict);
        if (failure == nullptr) {
            return true;
        }
        const std::string instead = " Datorrösten läser texten i stället.";
        const std::string insteadEn = " The computer voice reads the text instead.";
        switch (failure->problem) {
        case speech::RecordingProblem::ReadFailed:
            problem = {"Ljudfilen kunde inte läsas. Kontrollera USB-minnet och kopiera filen "
                       "igen." +
                           instead,
                       "The sound file could not be read. Check the USB stick and copy the "
                       "file again." +
                           insteadEn};
            break;
        case speech::RecordingProblem::NotVorbis:
            problem = {"Ljudfilen är inte i formatet Ogg Vorbis (kanske en MP3-fil som bytt "
                       "namn, eller Ogg Opus) och spelas inte upp. Spara ljudet som Ogg Vorbis "
                       "(i Audacity: Arkiv > Exportera > Exportera som OGG)." +
                           instead,
                       "The sound file is not Ogg Vorbis (perhaps a renamed MP3 file, or Ogg "
                       "Opus) and is not played. Save the sound as Ogg Vorbis (in Audacity: "
                       "File > Export > Export as OGG)." +
                           insteadEn};
            break;
        case speech::RecordingProblem::Damaged:
            problem = {"Ljudfilen är skadad och spelas inte upp. Kopiera den på nytt från "
                       "originalet." +
                           instead,
                       "The sound file is damaged and is not played. Copy it again from the "
                       "original." +
                           insteadEn};
            break;
        case speech::RecordingProblem::TooLong:
            problem = {"Ljudfilen är längre än 20 minuter och spelas inte upp. Är det rätt "
                       "fil?" +
                           instead,
                       "The sound file is longer than 20 minutes and is not played. Is it the "
                       "right file?" +
                           insteadEn};
            break;
        }
    }
    report_.add(Severity::Warning, FindingCode::RecordingRejected, entry.relative, 0,
                std::move(problem));
    return false;
}

Picture* SectionLoader::findPicture(const std::string& key) {
    const auto byName = std::find_if(pictures_.begin(), pictures_.end(),
                                     [&](const Picture& p) { return p.entry->key == key; });
    if (byName != pictures_.end()) {
        return &*byName;
    }
    // "Angarabron" for Angarabron.jpg, unless two pictures share the name.
    Picture* found = nullptr;
    for (Picture& picture : pictures_) {
        if (picture.stemKey == key) {
            if (found != nullptr) {
                return nullptr;
            }
            found = &picture;
        }
    }
    return found;
}

bool SectionLoader::isRejected(const std::string& key) const {
    return std::find(rejectedKeys_.begin(), rejectedKeys_.end(), key) != rejectedKeys_.end();
}

std::vector<Entry> SectionLoader::matchRows(const CaptionSheet& sheet, const std::string& sheetFile,
                                            SectionKind kind) {
    std::vector<Entry> entries;
    const bool isTimeline = kind == SectionKind::Timeline;
    if (!sheet.hasFileColumn && !isTimeline) {
        report_.add(Severity::Warning, FindingCode::SheetNoFileColumn, sheetFile, 0,
                    {"Bildtextfilen har ingen kolumn \"fil\" som säger vilken bild varje rad hör "
                     "till, så den används inte.",
                     "The caption sheet has no \"file\" column saying which picture each row "
                     "belongs to, so it is not used."});
        return entries;
    }
    for (const CaptionRow& row : sheet.rows) {
        if (row.file.empty()) {
            if (isTimeline) {
                entries.push_back({&row, nullptr});
            } else {
                report_.add(Severity::Warning, FindingCode::SheetRowWithoutFile, sheetFile,
                            row.line,
                            {"Raden saknar filnamn och används inte.",
                             "The row has no file name and is not used."});
            }
            continue;
        }
        const std::string key = matchKey(row.file);
        Picture* picture = findPicture(key);
        if (picture != nullptr && picture->row != nullptr) {
            report_.add(Severity::Warning, FindingCode::SheetDuplicateRow, sheetFile, row.line,
                        {quotedName(row.file) + " har redan en rad (rad " +
                             std::to_string(picture->row->line) + "); den här raden används inte.",
                         quotedName(row.file) + " already has a row (line " +
                             std::to_string(picture->row->line) + "); this row is not used."});
            continue;
        }
        if (picture != nullptr) {
            picture->row = &row;
            if (isTimeline) {
                entries.push_back({&row, picture});
            }
            continue;
        }
        // A rejected picture was reported already; a timeline keeps its text.
        if (!isRejected(key)) {
            report_.add(Severity::Warning, FindingCode::SheetFileNotFound, sheetFile, row.line,
                        isTimeline
                            ? StaffText{"Bilden " + quotedName(row.file) +
                                            " finns inte i mappen; händelsen visas utan bild.",
                                        "The picture " + quotedName(row.file) +
                                            " is not in the folder; the entry is shown without "
                                            "a picture."}
                            : StaffText{"Bilden " + quotedName(row.file) +
                                            " finns inte i mappen; raden används inte. "
                                            "Stämmer stavningen?",
                                        "The picture " + quotedName(row.file) +
                                            " is not in the folder; the row is not used. Is "
                                            "it spelt right?"});
        }
        if (isTimeline) {
            entries.push_back({&row, nullptr});
        }
    }
    return entries;
}

Item SectionLoader::makeItem(const Entry& entry, SectionKind kind) const {
    Item item;
    if (entry.row != nullptr) {
        const CaptionRow& row = *entry.row;
        item.title = row.title;
        item.artist = row.artist;
        item.age = row.age;
        item.school = row.school;
        item.description = row.description;
        item.theme = row.theme;
        item.year = row.year;
        item.date = row.date;
        item.hasCaptionRow = true;
    }
    if (entry.picture == nullptr) {
        return item;
    }
    const Picture& picture = *entry.picture;
    item.image = picture.entry->path;
    item.width = picture.info.width;
    item.height = picture.info.height;
    item.exifOrientation = picture.info.exifOrientation;
    item.recordings = picture.recordings;
    LocalText text = picture.text;
    for (Lang lang : core::kAllLangs) {
        if (!text.slot(lang).empty()) {
            item.description.slot(lang) = text.slot(lang);
        } else if (picture.plainText) {
            item.description.slot(lang) = *picture.plainText;
        }
    }
    if (item.title.empty()) {
        item.title = LocalText::same(titleFromName(picture.entry->name, true));
    }
    if (kind == SectionKind::Timeline && item.year.empty() && entry.row == nullptr) {
        item.year = yearFromName(picture.entry->name);
    }
    return item;
}

struct TopLevel {
    std::vector<const FolderEntry*> folders;
    const FolderEntry* settings = nullptr;
    const FolderEntry* about = nullptr; // om-utstallningen.toml
};

TopLevel sortTopLevel(const FolderListing& listing, Report& report) {
    TopLevel top;
    for (const FolderEntry& entry : listing.entries) {
        if (isKioskOutput(entry)) {
            continue;
        }
        if (entry.isFolder) {
            top.folders.push_back(&entry);
        } else if (entry.key == kSettingsKey) {
            top.settings = &entry;
        } else if (entry.key == "exhibition.toml.txt" && top.settings == nullptr) {
            // Notepad adds .txt, and Explorer hides it: the file looks right to staff.
            top.settings = &entry;
            report.add(Severity::Note, FindingCode::SettingsMisnamed, entry.relative, 0,
                       {"Filen heter egentligen exhibition.toml.txt (Anteckningar lade till "
                        ".txt). Den används ändå; byt gärna namn till exhibition.toml.",
                        "The file is actually named exhibition.toml.txt (Notepad added .txt). "
                        "It is used anyway; consider renaming it to exhibition.toml."});
        } else if (entry.key == kAboutFileName) {
            top.about = &entry;
        } else if (entry.key == std::string(kAboutFileName) + ".txt" && top.about == nullptr) {
            top.about = &entry;
            report.add(Severity::Note, FindingCode::SettingsMisnamed, entry.relative, 0,
                       {"Filen heter egentligen " + std::string(kAboutFileName) +
                            ".txt (Anteckningar lade till .txt). Den används ändå; byt gärna "
                            "namn till " +
                            std::string(kAboutFileName) + ".",
                        "The file is actually named " + std::string(kAboutFileName) +
                            ".txt (Notepad added .txt). It is used anyway; consider renaming "
                            "it to " +
                            std::string(kAboutFileName) + "."});
        } else if (roleOf(entry) == Role::Image || roleOf(entry) == Role::Sheet ||
                   roleOf(entry) == Role::Recording) {
            report.add(Severity::Warning, FindingCode::LooseFile, entry.relative, 0,
                       {"Filen ligger direkt i huvudmappen och visas inte. Lägg bilder och "
                        "bildtextfiler i en mapp per avsnitt.",
                        "The file is directly in the main folder and is not shown. Put "
                        "pictures and caption sheets in one folder per section."});
        } else {
            report.add(Severity::Note, FindingCode::LooseFile, entry.relative, 0,
                       {"Filen används inte.", "The file is not used."});
        }
    }
    return top;
}

// Sections named in exhibition.toml come first, in its order; the rest follow in name order.
std::vector<std::pair<const FolderEntry*, const SectionSettings*>>
orderSections(const TopLevel& top, const ExhibitionSettings& settings, const std::string& file,
              Report& report) {
    std::vector<std::pair<const FolderEntry*, const SectionSettings*>> ordered;
    for (const SectionSettings& configured : settings.sections) {
        const std::string key = matchKey(configured.folder);
        const auto folder = std::find_if(top.folders.begin(), top.folders.end(),
                                         [&](const FolderEntry* f) { return f->key == key; });
        if (folder == top.folders.end()) {
            std::string names;
            for (const FolderEntry* f : top.folders) {
                names += (names.empty() ? "" : ", ") + quotedName(f->name);
            }
            report.add(Severity::Warning, FindingCode::SettingsUnknownFolder, file, configured.line,
                       {"Mappen " + quotedName(configured.folder) +
                            " finns inte. Stämmer stavningen? Mapparna heter: " + names + ".",
                        "There is no folder " + quotedName(configured.folder) +
                            ". Is it spelt right? The folders are: " + names + "."});
            continue;
        }
        const bool listed = std::any_of(ordered.begin(), ordered.end(),
                                        [&](const auto& pair) { return pair.first == *folder; });
        if (listed) {
            report.add(Severity::Warning, FindingCode::SettingsBadValue, file, configured.line,
                       {"Mappen " + quotedName(configured.folder) +
                            " står redan i en tidigare [[section]]; bara den första används.",
                        "The folder " + quotedName(configured.folder) +
                            " is already in an earlier [[section]]; only the first is used."});
            continue;
        }
        ordered.emplace_back(*folder, &configured);
    }
    for (const FolderEntry* folder : top.folders) {
        const bool listed = std::any_of(ordered.begin(), ordered.end(),
                                        [&](const auto& pair) { return pair.first == folder; });
        if (!listed) {
            ordered.emplace_back(folder, nullptr);
        }
    }
    return ordered;
}

void loadInto(const fs::path& dir, const LoadOptions& options, LoadResult& result) {
    Report& report = result.report;
    Exhibition& exhibition = result.exhibition;
    report.folder = normalizeNfc(dir.string());
    std::error_code error;
    const fs::file_status status = fs::status(dir, error);
    if (error || !fs::is_directory(status)) {
        const bool exists = !error && fs::exists(status);
        report.add(Severity::Fatal, FindingCode::FolderMissing, {}, 0,
                   exists ? StaffText{"Det här är ingen mapp. Ange mappen med bilderna (eller "
                                      "USB-minnet).",
                                      "This is not a folder. Give the folder with the pictures "
                                      "(or the USB stick)."}
                          : StaffText{"Mappen finns inte. Är USB-minnet isatt, och stämmer "
                                      "sökvägen?",
                                      "The folder does not exist. Is the USB stick plugged in, "
                                      "and is the path right?"});
        return;
    }
    const fs::path root = fs::canonical(dir, error);
    const FolderListing listing =
        error ? FolderListing{false, {}} : listFolder(root, root, {}, report);
    if (!listing.isReadable) {
        report.add(Severity::Fatal, FindingCode::FolderUnreadable, {}, 0,
                   {"Mappen kan inte läsas (saknas behörighet?).",
                    "The folder cannot be read (missing permission?)."});
        return;
    }
    const TopLevel top = sortTopLevel(listing, report);

    SettingsParse parsed;
    std::string settingsFile;
    if (top.settings != nullptr) {
        settingsFile = top.settings->relative;
        if (const std::optional<std::string> bytes = readTextFile(*top.settings, report)) {
            report.hasSettingsFile = true;
            parsed = parseExhibitionSettings(*bytes);
            addWithFile(report, std::move(parsed.findings), settingsFile);
        }
    }
    const ExhibitionSettings& settings = parsed.settings;
    exhibition.title =
        settings.title.empty()
            ? LocalText::same(titleFromName(normalizeNfc(root.filename().string()), false))
            : settings.title;
    exhibition.languages = settings.languages;
    exhibition.defaultLanguage = settings.languages.front();
    exhibition.idleTimeout = settings.idleTimeout;
    exhibition.tour = settings.tour;
    if (top.about != nullptr) {
        if (const std::optional<std::string> bytes = readTextFile(*top.about, report)) {
            report.hasAboutFile = true;
            AboutParse about = parseAboutText(*bytes);
            addWithFile(report, std::move(about.findings), top.about->relative);
            exhibition.summary = std::move(about.text.summary);
            exhibition.about = std::move(about.text.about);
            exhibition.credits = std::move(about.text.credits);
        }
    }

    for (const auto& [folder, configured] : orderSections(top, settings, settingsFile, report)) {
        const SectionKind kind = configured != nullptr
                                     ? configured->kind.value_or(SectionKind::Gallery)
                                     : SectionKind::Gallery;
        LocalText title = configured != nullptr && !configured->title.empty()
                              ? configured->title
                              : LocalText::same(titleFromName(folder->name, false));
        SectionSummary summary{folder->name, title, kind, 0, 0, 0, 0, {}};
        SectionLoader loader(root, options, report);
        Section section = loader.load(*folder, kind, std::move(title), summary);
        section.noun = kind == SectionKind::Timeline                 ? ItemNoun::Event
                       : configured != nullptr && configured->photos ? ItemNoun::Photo
                                                                     : ItemNoun::Work;
        report.sections.push_back(summary);
        if (!section.items.empty()) {
            exhibition.sections.push_back(std::move(section));
        }
    }
    if (exhibition.sections.empty()) {
        report.add(
            Severity::Fatal, FindingCode::NothingToShow, {}, 0,
            top.folders.empty()
                ? StaffText{"Det finns inga mappar med bilder. Lägg bilderna i mappar, en "
                            "mapp per avsnitt (till exempel \"1-Konstverk\").",
                            "There are no folders with pictures. Put the pictures in "
                            "folders, one folder per section (for example "
                            "\"1-Artworks\")."}
                : StaffText{"Inget i mapparna kan visas.", "Nothing in the folders can be shown."});
    }
}

} // namespace

std::string titleFromName(std::string_view name, bool isFile) {
    std::string_view base = name;
    if (isFile) {
        if (const size_t dot = base.rfind('.'); dot != std::string_view::npos && dot > 0) {
            base = base.substr(0, dot);
        }
    }
    std::string_view rest = base.substr(numericPrefixLength(base));
    std::string title;
    for (char c : rest) {
        const bool isSpace = c == '_' || (isFile && c == '-') || c == ' ';
        if (!isSpace) {
            title += c;
        } else if (!title.empty() && title.back() != ' ') {
            title += ' ';
        }
    }
    title = core::trim(title);
    return title.empty() ? std::string(base.empty() ? name : base) : title;
}

LoadResult loadContentFolder(const fs::path& dir, const LoadOptions& options) {
    LoadResult result;
    try {
        loadInto(dir, options, result);
    } catch (const std::exception& exception) {
        // Only running out of memory or a library bug gets here; the promise is a report.
        result.exhibition.sections.clear();
        result.report.add(Severity::Fatal, FindingCode::FolderUnreadable, {}, 0,
                          {std::string("Oväntat fel vid läsningen: ") + exception.what(),
                           std::string("Unexpected error while reading: ") + exception.what()});
    }
    return result;
}

bool isKioskOutput(const FolderEntry& entry) {
    return entry.isFolder ? entry.key == "vitrin"
                          : entry.key.starts_with("vitrin-rapport ") && entry.key.ends_with(".txt");
}

bool isPictureCandidate(std::string_view key) {
    return roleOf(FolderEntry{{}, std::string(key), {}, {}, false}) == Role::Image;
}

bool isRecordingCandidate(std::string_view key) {
    return roleOf(FolderEntry{{}, std::string(key), {}, {}, false}) == Role::Recording;
}

int checkExitCode(const LoadResult& result) {
    return result.exhibition.itemCount() > 0 ? 0 : 1;
}

} // namespace vitrin::content
