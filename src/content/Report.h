#pragma once
// What the content reader found, for the staff's --check report and the import screen: every
// problem as a finding with the file (relative to the content folder), the line where there is
// one, and the message in Swedish and English.

#include "content/Catalog.h"
#include "core/Lang.h"

#include <array>
#include <string>
#include <vector>

namespace vitrin::content {

// Text for staff. Reports are in Swedish or English; Russian-speaking staff get English.
struct StaffText {
    std::string sv;
    std::string en;

    const std::string& in(Lang lang) const { return lang == Lang::Sv ? sv : en; }
};

enum class Severity {
    Note,     // worth knowing, nothing lost (a PNG named .jpg, a Windows-1252 sheet)
    Warning,  // something was ignored or a default used instead; everything else is shown
    Rejected, // a file that will not be shown
    Fatal,    // the content folder as a whole cannot be used
};

// What a finding is about; tests and tools match on this, staff read the message.
enum class FindingCode {
    FolderMissing,     // the content folder does not exist or is not a folder
    FolderUnreadable,  // the content folder cannot be listed
    NothingToShow,     // no section has anything to show
    SectionEmpty,      // a section folder with nothing to show
    LooseFile,         // a file directly in the content folder, outside any section
    SubfolderIgnored,  // a folder inside a section (sections are one level deep)
    LinkOutside,       // a link leading out of the content folder
    LinkBroken,        // a link leading nowhere, or round in a circle
    SpecialFile,       // not a regular file (a device, a pipe)
    ImageRejected,     // an image (or other file) that cannot be shown
    ImageMisnamed,     // an image whose name says another type than its content
    SpreadsheetNotCsv, // an Excel/LibreOffice file where a CSV sheet was meant
    FileUnreadable,    // a sheet, text or settings file that cannot be read or is too large
    SheetLegacyEncoding,
    SheetLostCyrillic, // Russian text turned into question marks by an ANSI save
    SheetNoHeader,
    SheetNoFileColumn,
    SheetUnknownColumn,
    SheetDuplicateColumn,
    SheetUnterminatedQuote,
    SheetExtraCells,
    SheetRowWithoutFile, // a row without a file name in a gallery
    SheetFileNotFound,   // a row naming a file that is not in the folder
    SheetDuplicateRow,
    SheetExtra,       // a second sheet in the same folder
    CaptionMissing,   // an image without a row in the section's sheet
    TextWithoutImage, // bild.sv.txt without bild.jpg
    TextIgnored,      // a .txt that is not a description
    SettingsMisnamed, // exhibition.toml (or om-utstallningen.toml) saved with .txt added
    SettingsSyntax,
    SettingsBadValue,
    SettingsUnknownKey,
    SettingsUnknownFolder,

    // Recorded descriptions (bild.sv.ogg beside bild.jpg); the picture is shown all the same.
    RecordingRejected,     // cannot be played: damaged, not Ogg Vorbis, too long
    RecordingWithoutImage, // bild.sv.ogg without bild.jpg
    RecordingNoLanguage,   // bild.ogg, or bild.de.ogg: the language is not in the name
    RecordingDuplicate,    // a second recording for the same picture and language
    AudioNotOgg,           // an MP3, WAV, M4A ... where a recording was meant
};

struct Finding {
    Severity severity = Severity::Warning;
    FindingCode code = FindingCode::LooseFile;
    std::string file; // relative to the content folder, '/'-separated; empty: the folder itself
    int line = 0;     // 1-based line in file; 0 when there is none
    StaffText message;
};

// What one section folder contributes.
struct SectionSummary {
    std::string folder; // as on disk
    LocalText title;
    SectionKind kind = SectionKind::Gallery;
    size_t pictures = 0;  // items with an image
    size_t textOnly = 0;  // timeline entries without an image
    size_t captioned = 0; // items with a caption row or a text file
    size_t rejected = 0;  // files in the folder that will not be shown

    // Recorded descriptions that will be played, per language (Sv, En, Ru).
    std::array<size_t, 3> recordings{};

    size_t recordingCount() const { return recordings[0] + recordings[1] + recordings[2]; }

    size_t items() const { return pictures + textOnly; }
    bool isShown() const { return items() > 0; }
};

struct Report {
    std::string folder;                   // the content folder as given
    bool hasSettingsFile = false;         // exhibition.toml was found
    bool hasAboutFile = false;            // om-utstallningen.toml was found and read
    std::vector<SectionSummary> sections; // in the order shown, including empty ones
    std::vector<Finding> findings;        // in the order found

    void add(Severity severity, FindingCode code, std::string file, int line, StaffText message);
    // How many findings have this severity.
    size_t count(Severity severity) const;
    // Whether any finding has this code (about this file, when file is given).
    bool has(FindingCode code, std::string_view file = {}) const;
};

// A name in quotation marks, as messages show file, folder and column names.
std::string quotedName(std::string_view name);

} // namespace vitrin::content
