#pragma once
// om-utstallningen.toml, the text of "Om utställningen": a one-sentence summary for the home
// screen, what the exhibition is, and the credits with the rights to the pictures, in each
// language. One table per language, so a translator writes the whole Swedish text, then the
// English, then the Russian:
//
//   [sv]
//   summary = "Tjugo teckningar av skolbarn i Irkutsk, ..."
//   text = """
//   Första stycket.
//
//   Andra stycket.
//   """
//   credits = """
//   ...
//   """
//
// A file of its own rather than a table in exhibition.toml: a stray quotation mark in a long
// text then costs the text, never the exhibition's title, sections and tour.
// A pure parser: bytes in, texts and findings (with line numbers) out.

#include "content/Catalog.h"
#include "content/Report.h"

#include <string_view>
#include <vector>

namespace vitrin::content {

inline constexpr std::string_view kAboutFileName = "om-utstallningen.toml";

struct AboutText {
    LocalText summary; // one line
    LocalText about;   // paragraphs separated by "\n\n"
    LocalText credits; // paragraphs separated by "\n\n"

    bool empty() const { return summary.empty() && about.empty() && credits.empty(); }
};

struct AboutParse {
    AboutText text;                // what could be read; empty texts where nothing was
    std::vector<Finding> findings; // with lines; file is left for the caller to fill in
};

// A summary longer than this is reported: the home screen has room for about one sentence.
inline constexpr size_t kMaxSummaryCharacters = 200;

// Reads om-utstallningen.toml; never fails: a bad value becomes a finding and is not used, a
// syntax error a finding and no text at all.
AboutParse parseAboutText(std::string_view bytes);

// The text tidied as the screens expect it: line ends "\n", no blank space at the ends of lines
// or of the text, paragraphs separated by exactly one empty line. For the summary (oneLine),
// every line break becomes a space.
std::string tidyParagraphs(std::string_view text, bool oneLine);

} // namespace vitrin::content
