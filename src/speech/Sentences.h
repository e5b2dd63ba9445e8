#pragma once
// Text cut into pieces the synthesiser speaks one at a time, so that speech starts after the
// first sentence is made and a stop is heard at once.

#include <string>
#include <string_view>
#include <vector>

namespace vitrin::speech {

// The sentences of UTF-8 text: cut after '.', '!', '?' or '…' followed by a space, and at line
// breaks; a piece longer than maxBytes is cut at a space (or, without one, at a character
// boundary). Pieces are trimmed; empty ones are left out.
std::vector<std::string> splitSentences(std::string_view text, std::size_t maxBytes = 400);

} // namespace vitrin::speech
