#include "content/Unicode.h"

#include "core/Text.h"

#include <cstdlib>
#include <utf8proc.h>

namespace vitrin::content {

namespace {

std::string mapWith(std::string_view text, int options) {
    // utf8proc rejects invalid UTF-8 as a whole; replacing the bad bytes keeps the rest readable.
    const std::string valid =
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

} // namespace

std::string normalizeNfc(std::string_view text) {
    return mapWith(text, UTF8PROC_STABLE | UTF8PROC_COMPOSE);
}

std::string matchKey(std::string_view text) {
    return mapWith(text, UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD);
}

} // namespace vitrin::content
