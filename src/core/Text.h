#pragma once
// Small UTF-8 string helpers shared by the parsers and the UI.

#include "core/Lang.h"

#include <string>
#include <string_view>
#include <vector>

namespace vitrin::core {

std::string trim(std::string_view text);
std::string toLowerAscii(std::string_view text);
// Splits UTF-8 text into code points; invalid bytes become U+FFFD.
std::vector<char32_t> decodeUtf8(std::string_view text);
std::string encodeUtf8(const std::vector<char32_t>& codepoints);
bool isValidUtf8(std::string_view text);
// The time now in the local time zone, as strftime writes it with format ("%Y-%m-%d").
std::string localTimeText(const char* format);

} // namespace vitrin::core
