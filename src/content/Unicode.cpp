#include "content/Unicode.h"

#include "core/Text.h"

#include <algorithm>
#include <cstdlib>
#include <utf8proc.h>

namespace vitrin::content {

namespace {

std::string mapWith(std::string_view text, int options) {
    // utf8proc rejects invalid UTF-8 as a whole; replacing the bad bytes keeps the rest readable.
    std::string valid = // not const: returned below, moved
        core::isValidUtf8(text) ? std::string(text) : core::encodeUtf8(core::decodeUtf8(text));
    utf8proc_uint8_t* mapped = nullptr;
    const utf8proc_ssize_t length =
        utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(valid.data()),
                     static_cast<utf8proc_ssize_t>(valid.size()), &mapped,
                     static_cast<utf8proc_option_t>(options));
    if (length < 0) {
        // Only out-of-memory is left once the input is valid; the unnormalised text still reads.
        return valid;
    }
    std::string out(reinterpret_cast<const char*>(mapped), static_cast<size_t>(length));
    std::free(mapped);
    return out;
}

// Every code point below U+0300 (the first combining mark) is already in NFC, and in UTF-8
// those are exactly the bytes below 0xCC. Most text (Swedish, English) takes this fast path.
bool isBelowCombiningMarks(std::string_view text) {
    return std::all_of(text.begin(), text.end(),
                       [](char c) { return static_cast<unsigned char>(c) < 0xCC; });
}

bool isAscii(std::string_view text) {
    return std::all_of(text.begin(), text.end(),
                       [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

} // namespace

std::string normalizeNfc(std::string_view text) {
    if (isBelowCombiningMarks(text) && core::isValidUtf8(text)) {
        return std::string(text);
    }
    return mapWith(text, UTF8PROC_STABLE | UTF8PROC_COMPOSE);
}

std::string matchKey(std::string_view text) {
    if (isAscii(text)) {
        return core::toLowerAscii(text);
    }
    return mapWith(text, UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD);
}

} // namespace vitrin::content
