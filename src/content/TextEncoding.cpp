#include "content/TextEncoding.h"

#include "content/Unicode.h"
#include "core/Text.h"

#include <vector>

namespace vitrin::content {

namespace {

constexpr char32_t kReplacement = 0xFFFD;

// Windows-1252 differs from Latin-1 only in 0x80..0x9F; its five unassigned bytes there have
// no character to show.
constexpr char32_t kWindows1252High[32] = {
    0x20AC,       kReplacement, 0x201A, 0x0192, 0x201E, 0x2026,       0x2020, 0x2021,
    0x02C6,       0x2030,       0x0160, 0x2039, 0x0152, kReplacement, 0x017D, kReplacement,
    kReplacement, 0x2018,       0x2019, 0x201C, 0x201D, 0x2022,       0x2013, 0x2014,
    0x02DC,       0x2122,       0x0161, 0x203A, 0x0153, kReplacement, 0x017E, 0x0178,
};

std::string decodeWindows1252(std::string_view bytes) {
    std::vector<char32_t> codepoints;
    codepoints.reserve(bytes.size());
    for (char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        codepoints.push_back(byte >= 0x80 && byte < 0xA0 ? kWindows1252High[byte - 0x80]
                                                         : static_cast<char32_t>(byte));
    }
    return core::encodeUtf8(codepoints);
}

std::string decodeUtf16(std::string_view bytes, bool bigEndian) {
    std::vector<char32_t> codepoints;
    codepoints.reserve(bytes.size() / 2);
    const auto unit = [&](size_t i) {
        const auto first = static_cast<unsigned char>(bytes[i]);
        const auto second = static_cast<unsigned char>(bytes[i + 1]);
        return static_cast<char32_t>(bigEndian ? (first << 8) | second : (second << 8) | first);
    };
    size_t i = 0;
    while (i + 1 < bytes.size()) {
        const char32_t first = unit(i);
        i += 2;
        if (first >= 0xD800 && first < 0xDC00) {
            if (i + 1 < bytes.size()) {
                const char32_t second = unit(i);
                if (second >= 0xDC00 && second < 0xE000) {
                    codepoints.push_back(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00));
                    i += 2;
                    continue;
                }
            }
            codepoints.push_back(kReplacement);
        } else if (first >= 0xDC00 && first < 0xE000) {
            codepoints.push_back(kReplacement);
        } else {
            codepoints.push_back(first);
        }
    }
    if (i < bytes.size()) {
        codepoints.push_back(kReplacement); // an odd byte at the end: the file was cut short
    }
    return core::encodeUtf8(codepoints);
}

} // namespace

DecodedText decodeText(std::string_view bytes) {
    if (bytes.starts_with("\xEF\xBB\xBF")) {
        return {normalizeNfc(bytes.substr(3)), TextEncoding::Utf8Bom};
    }
    if (bytes.starts_with("\xFF\xFE")) {
        return {normalizeNfc(decodeUtf16(bytes.substr(2), false)), TextEncoding::Utf16};
    }
    if (bytes.starts_with("\xFE\xFF")) {
        return {normalizeNfc(decodeUtf16(bytes.substr(2), true)), TextEncoding::Utf16};
    }
    // Windows-1252 text with å ä ö is almost never valid UTF-8 (a lone 0xE5 needs two
    // continuation bytes after it), so valid UTF-8 is taken as UTF-8.
    if (core::isValidUtf8(bytes)) {
        return {normalizeNfc(bytes), TextEncoding::Utf8};
    }
    return {normalizeNfc(decodeWindows1252(bytes)), TextEncoding::Windows1252};
}

std::string decodeName(std::string_view bytes) {
    return core::isValidUtf8(bytes) ? std::string(bytes) : decodeWindows1252(bytes);
}

} // namespace vitrin::content
