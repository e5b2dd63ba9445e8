// vitrin-monkey: writes the soak's visitor script (see Monkey.h and scripts/soak.sh).
#include "soak/Monkey.h"

#include <charconv>
#include <fstream>
#include <iostream>
#include <string_view>

namespace {

constexpr const char* kUsage =
    "usage: vitrin-monkey [--seed N] [--hours H] [--size WxH] [--idle-timeout SECONDS]\n"
    "                     [--lang sv|en|ru] [--day-hours H] [--stick DIR[=HOME_TEXT]]...\n"
    "                     [--pin DIGITS] [--out FILE]\n"
    "Writes a seeded, repeatable script of visitors (taps, swipes, pinches, long presses,\n"
    "language changes, the accessibility modes, listening, zooming, pauses longer than the idle\n"
    "timeout followed by 'expect screen attract' and 'expect access none') with a USB swap\n"
    "every day, taking turns among the sticks; to standard output without --out.\n";

template <typename T> bool parseNumber(std::string_view text, T& value) {
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    return ec == std::errc() && end == text.data() + text.size();
}

int usage() {
    std::cerr << kUsage;
    return 2;
}

} // namespace

int main(int argc, char** argv) {
    using vitrin::soak::MonkeyOptions;
    MonkeyOptions options;
    std::string out;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--help") {
            std::cout << kUsage;
            return 0;
        }
        if (i + 1 >= argc) {
            return usage();
        }
        const std::string_view value = argv[++i];
        bool ok = true;
        if (arg == "--seed") {
            ok = parseNumber(value, options.seed);
        } else if (arg == "--hours") {
            ok = parseNumber(value, options.hours) && options.hours > 0;
        } else if (arg == "--size") {
            const auto x = value.find('x');
            ok = x != std::string_view::npos && parseNumber(value.substr(0, x), options.width) &&
                 parseNumber(value.substr(x + 1), options.height) && options.width > 400 &&
                 options.height > 400;
        } else if (arg == "--idle-timeout") {
            ok = parseNumber(value, options.idleTimeoutSeconds) && options.idleTimeoutSeconds >= 30;
        } else if (arg == "--lang") {
            const auto lang = vitrin::core::parseLang(value);
            ok = lang.has_value();
            if (ok) {
                options.startLang = *lang;
            }
        } else if (arg == "--day-hours") {
            ok = parseNumber(value, options.dayHours) && options.dayHours > 0;
        } else if (arg == "--stick") {
            const auto equals = value.find('=');
            options.sticks.push_back({std::string(value.substr(0, equals)),
                                      equals == std::string_view::npos
                                          ? std::string()
                                          : std::string(value.substr(equals + 1))});
        } else if (arg == "--pin") {
            options.pin = value;
            ok = !options.pin.empty() &&
                 options.pin.find_first_not_of("0123456789") == std::string::npos;
        } else if (arg == "--out") {
            out = value;
        } else {
            ok = false;
        }
        if (!ok) {
            std::cerr << "vitrin-monkey: bad " << arg << " '" << value << "'\n";
            return usage();
        }
    }
    const auto script = vitrin::soak::generateMonkey(options);
    const std::string text = vitrin::soak::monkeyText(options, script);
    if (out.empty()) {
        std::cout << text;
    } else {
        std::ofstream file(out, std::ios::binary);
        file << text;
        if (!file.flush()) {
            std::cerr << "vitrin-monkey: cannot write " << out << "\n";
            return 1;
        }
    }
    // The header's options and counts, for the soak's report.
    const std::size_t first = text.find('\n') + 1;
    const std::size_t third = text.find('\n', text.find('\n', first) + 1);
    std::cerr << text.substr(first, third + 1 - first);
    return 0;
}
