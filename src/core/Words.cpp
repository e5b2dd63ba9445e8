#include "core/Words.h"

#include <unicode/datefmt.h>
#include <unicode/gregocal.h>
#include <unicode/locid.h>
#include <unicode/msgfmt.h>
#include <unicode/timezone.h>
#include <unicode/unistr.h>

#include <array>
#include <memory>
#include <mutex>

namespace vitrin::core {

namespace {

icu::Locale localeOf(Lang lang) {
    switch (lang) {
    case Lang::En:
        return icu::Locale("en", "GB");
    case Lang::Ru:
        return icu::Locale("ru", "RU");
    case Lang::Sv:
        break;
    }
    return icu::Locale("sv", "SE");
}

constexpr size_t kCounted = 4;

// ICU MessageFormat plural patterns; "#" is the number formatted for the locale. Russian needs
// one (1, 21, 101), few (2–4, 22–24), many (0, 5–20, 25–30) and other (fractions).
constexpr std::array<std::array<std::string_view, 3>, kCounted> kPatterns{{
    {"{n, plural, one {# verk} other {# verk}}", "{n, plural, one {# work} other {# works}}",
     "{n, plural, one {# работа} few {# работы} many {# работ} other {# работы}}"},
    {"{n, plural, one {# foto} other {# foton}}", "{n, plural, one {# photo} other {# photos}}",
     "{n, plural, one {# фотография} few {# фотографии} many {# фотографий} other {# "
     "фотографии}}"},
    {"{n, plural, one {# händelse} other {# händelser}}",
     "{n, plural, one {# event} other {# events}}",
     "{n, plural, one {# событие} few {# события} many {# событий} other {# события}}"},
    {"{n, plural, one {# sekund} other {# sekunder}}",
     "{n, plural, one {# second} other {# seconds}}",
     "{n, plural, one {# секунду} few {# секунды} many {# секунд} other {# секунды}}"},
}};

// The last word of the "other" form, for the fallback if ICU ever fails.
constexpr std::array<std::array<std::string_view, 3>, kCounted> kFallback{{
    {"verk", "works", "работ"},
    {"foton", "photos", "фотографий"},
    {"händelser", "events", "событий"},
    {"sekunder", "seconds", "секунд"},
}};

size_t langIndex(Lang lang) {
    return lang == Lang::Sv ? 0 : lang == Lang::En ? 1 : 2;
}

std::string toUtf8(const icu::UnicodeString& text) {
    std::string out;
    text.toUTF8String(out);
    return out;
}

// The formatters are made once; ICU's format calls on a const formatter are thread-safe.
struct Formatters {
    std::array<std::array<std::unique_ptr<icu::MessageFormat>, 3>, kCounted> counts;
    std::array<std::unique_ptr<icu::DateFormat>, 3> dates;
};

const Formatters& formatters() {
    static const Formatters made = [] {
        Formatters f;
        for (size_t what = 0; what < kCounted; ++what) {
            for (Lang lang : kAllLangs) {
                UErrorCode status = U_ZERO_ERROR;
                const std::string_view pattern = kPatterns[what][langIndex(lang)];
                auto format = std::make_unique<icu::MessageFormat>(
                    icu::UnicodeString::fromUTF8(
                        icu::StringPiece(pattern.data(), static_cast<int32_t>(pattern.size()))),
                    localeOf(lang), status);
                if (U_SUCCESS(status)) {
                    f.counts[what][langIndex(lang)] = std::move(format);
                }
            }
        }
        for (Lang lang : kAllLangs) {
            std::unique_ptr<icu::DateFormat> format(
                icu::DateFormat::createDateInstance(icu::DateFormat::kLong, localeOf(lang)));
            if (format != nullptr) {
                // Dates are calendar days, not instants: formatted in UTC from UTC midnight.
                format->adoptTimeZone(icu::TimeZone::createTimeZone("Etc/UTC"));
                f.dates[langIndex(lang)] = std::move(format);
            }
        }
        return f;
    }();
    return made;
}

bool isDigits(std::string_view text) {
    for (const char c : text) {
        if (c < '0' || c > '9') {
            return false;
        }
    }
    return !text.empty();
}

} // namespace

std::string countText(std::int64_t n, Counted what, Lang lang) {
    const auto index = static_cast<size_t>(what);
    const icu::MessageFormat* format = formatters().counts[index][langIndex(lang)].get();
    if (format != nullptr) {
        const icu::UnicodeString names[] = {"n"};
        const icu::Formattable values[] = {icu::Formattable(static_cast<int64_t>(n))};
        icu::UnicodeString out;
        UErrorCode status = U_ZERO_ERROR;
        format->format(names, values, 1, out, status);
        if (U_SUCCESS(status)) {
            return toUtf8(out);
        }
    }
    return std::to_string(n) + " " + std::string(kFallback[index][langIndex(lang)]);
}

std::string humanDate(std::string_view iso, Lang lang) {
    if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-' || !isDigits(iso.substr(0, 4)) ||
        !isDigits(iso.substr(5, 2)) || !isDigits(iso.substr(8, 2))) {
        return std::string(iso);
    }
    const int year = std::stoi(std::string(iso.substr(0, 4)));
    const int month = std::stoi(std::string(iso.substr(5, 2)));
    const int day = std::stoi(std::string(iso.substr(8, 2)));
    const icu::DateFormat* format = formatters().dates[langIndex(lang)].get();
    if (format == nullptr || month < 1 || month > 12 || day < 1) {
        return std::string(iso);
    }
    UErrorCode status = U_ZERO_ERROR;
    icu::GregorianCalendar calendar(icu::TimeZone::createTimeZone("Etc/UTC"), status);
    calendar.setLenient(false); // 2027-02-30 is an error, not 2 March
    calendar.clear();
    calendar.set(year, month - 1, day);
    const UDate when = calendar.getTime(status);
    if (U_FAILURE(status)) {
        return std::string(iso);
    }
    icu::UnicodeString out;
    format->format(when, out);
    return toUtf8(out);
}

} // namespace vitrin::core
