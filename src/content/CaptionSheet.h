#pragma once
// The caption sheet of a section, as Excel saves it ("CSV UTF-8" or the older "CSV"): a header
// row naming the columns in Swedish or English, then one row per picture or timeline entry.
// A pure parser: bytes in, rows and findings (with line numbers) out, so it fuzzes without files.

#include "content/Report.h"
#include "content/TextEncoding.h"
#include "core/Lang.h"

#include <string>
#include <string_view>
#include <vector>

namespace vitrin::content {

struct CaptionRow {
    int line = 0;     // the sheet line where the row starts
    std::string file; // as written, trimmed; empty in a timeline entry without a picture
    LocalText title;
    LocalText artist;
    LocalText school;
    LocalText description;
    LocalText theme; // timeline: what an undated entry is grouped under
    std::string age;
    std::string year;
    std::string date;
};

struct CaptionSheet {
    TextEncoding encoding = TextEncoding::Utf8;
    char separator = ';';
    bool hasHeader = false;        // false: no row named any known column, so no rows were read
    bool hasFileColumn = false;    // a fil/file column exists
    std::vector<CaptionRow> rows;  // in the sheet's order, empty rows left out
    std::vector<Finding> findings; // with lines; file is left for the caller to fill in
};

// Reads a caption sheet; never fails: whatever cannot be used becomes a finding.
CaptionSheet parseCaptionSheet(std::string_view bytes);

} // namespace vitrin::content
