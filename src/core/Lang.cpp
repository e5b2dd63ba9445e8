#include "core/Lang.h"

#include <cctype>

namespace vitrin::core {

std::string_view langCode(Lang lang) {
    switch (lang) {
    case Lang::Sv:
        return "sv";
    case Lang::En:
        return "en";
    case Lang::Ru:
        return "ru";
    }
    return "sv";
}

std::optional<Lang> parseLang(std::string_view code) {
    std::string lower;
    for (char c : code) {
        lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    for (Lang lang : kAllLangs) {
        if (lower == langCode(lang)) {
            return lang;
        }
    }
    return std::nullopt;
}

std::string_view langNativeName(Lang lang) {
    switch (lang) {
    case Lang::Sv:
        return "Svenska";
    case Lang::En:
        return "English";
    case Lang::Ru:
        return "Русский";
    }
    return "Svenska";
}

const std::string& LocalText::in(Lang lang) const {
    const std::string& wanted = lang == Lang::Sv ? sv : lang == Lang::En ? en : ru;
    if (!wanted.empty()) {
        return wanted;
    }
    return sv.empty() ? en : sv;
}

Lang LocalText::languageOf(Lang lang) const {
    const std::string& wanted = lang == Lang::Sv ? sv : lang == Lang::En ? en : ru;
    if (!wanted.empty()) {
        return lang;
    }
    return sv.empty() ? Lang::En : Lang::Sv;
}

std::string& LocalText::slot(Lang lang) {
    return lang == Lang::Sv ? sv : lang == Lang::En ? en : ru;
}

} // namespace vitrin::core
