#pragma once
// Reading text files as Windows programs save them: Excel's "CSV UTF-8" (with a byte order
// mark), its older "CSV" (Windows-1252), and Notepad's UTF-8, ANSI and "Unicode" (UTF-16).

#include <string>
#include <string_view>

namespace vitrin::content {

enum class TextEncoding {
    Utf8,        // no byte order mark (also plain ASCII)
    Utf8Bom,     // Excel's "CSV UTF-8"
    Utf16,       // Notepad's "Unicode", little or big endian, with a byte order mark
    Windows1252, // "ANSI": å ä ö come through, Cyrillic cannot be stored in it at all
};

struct DecodedText {
    std::string text; // UTF-8 in Normalization Form C, without the byte order mark
    TextEncoding encoding = TextEncoding::Utf8;
};

// Decodes a text file's bytes; never fails: bytes that are not UTF-8 are read as Windows-1252.
DecodedText decodeText(std::string_view bytes);

// A name as shown: UTF-8 as it is, anything else read as Windows-1252 (a Latin-1 file name
// from an old stick or an ftp copy: "N\xE4mnd" is "Nämnd", not "N\uFFFDmnd"). Not normalised.
std::string decodeName(std::string_view bytes);

} // namespace vitrin::content
