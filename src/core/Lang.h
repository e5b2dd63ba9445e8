#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace vitrin::core {

enum class Lang { Sv, En, Ru };

inline constexpr std::array<Lang, 3> kAllLangs{Lang::Sv, Lang::En, Lang::Ru};

// "sv", "en" or "ru".
std::string_view langCode(Lang lang);
// Parses "sv", "en" or "ru" (case-insensitive); nullopt for anything else.
std::optional<Lang> parseLang(std::string_view code);
// The language's own name: "Svenska", "English", "Русский".
std::string_view langNativeName(Lang lang);

// One text in the visitor languages. A missing translation falls back to Swedish, then English.
struct LocalText {
    std::string sv, en, ru;

    // The text in lang; where it has none, the Swedish text, or else the English one.
    const std::string& in(Lang lang) const;
    // The language in(lang) gives the text in (speech must use its voice).
    Lang languageOf(Lang lang) const;
    std::string& slot(Lang lang);
    bool empty() const { return sv.empty() && en.empty() && ru.empty(); }
    // The same text in every language (a file name, a year).
    static LocalText same(const std::string& text) { return {text, text, text}; }
    bool operator==(const LocalText&) const = default;
};

} // namespace vitrin::core
