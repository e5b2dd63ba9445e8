#pragma once
// Unicode normalisation. A Mac writes "å" in file names as "a" + U+030A (decomposed), Windows
// and Excel as one code point; both must look and compare the same.

#include <string>
#include <string_view>

namespace vitrin::content {

// The text in Normalization Form C; bytes that are not valid UTF-8 become U+FFFD first.
std::string normalizeNfc(std::string_view text);
// A key under which names match as people read them: NFC and Unicode case-folded.
std::string matchKey(std::string_view text);

} // namespace vitrin::content
