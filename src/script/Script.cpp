#include "script/Script.h"

#include "core/Text.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <sstream>

namespace vitrin::script {
namespace {

using core::Error;
using core::Result;

std::vector<std::string> splitWords(std::string_view text) {
    std::vector<std::string> words;
    std::istringstream stream{std::string(text)};
    std::string word;
    while (stream >> word) {
        words.push_back(word);
    }
    return words;
}

Result<float> parseNumber(const std::string& word) {
    float value = 0;
    auto [end, ec] = std::from_chars(word.data(), word.data() + word.size(), value);
    if (ec != std::errc() || end != word.data() + word.size() || !std::isfinite(value)) {
        return Error{"'" + word + "' is not a number"};
    }
    return value;
}

// Parses words[first..first+count) as numbers.
Result<std::vector<float>> parseNumbers(const std::vector<std::string>& words, size_t first,
                                        size_t count) {
    std::vector<float> numbers;
    for (size_t i = first; i < first + count; ++i) {
        auto number = parseNumber(words[i]);
        if (!number) {
            return number.error();
        }
        numbers.push_back(*number);
    }
    return numbers;
}

// The text argument: everything after the command word, with optional surrounding quotes.
std::string textArgument(std::string_view line, std::string_view commandWord) {
    std::string rest = core::trim(line.substr(line.find(commandWord) + commandWord.size()));
    if (rest.size() >= 2 && rest.front() == '"' && rest.back() == '"') {
        rest = rest.substr(1, rest.size() - 2);
    }
    return rest;
}

Result<Key> parseKey(const std::string& spec) {
    Key key;
    std::string rest = spec;
    for (size_t plus = rest.find('+'); plus != std::string::npos && plus + 1 < rest.size();
         plus = rest.find('+')) {
        std::string modifier = core::toLowerAscii(rest.substr(0, plus));
        if (modifier == "ctrl") {
            key.ctrl = true;
        } else if (modifier == "alt") {
            key.alt = true;
        } else if (modifier == "shift") {
            key.shift = true;
        } else {
            return Error{"unknown key modifier '" + modifier + "'"};
        }
        rest = rest.substr(plus + 1);
    }
    key.name = rest;
    return key;
}

// The names of the accessibility modes, in the order formatCommand writes them.
constexpr std::array<std::pair<std::string_view, bool ExpectAccess::*>, 4> kAccessModes{{
    {"large-text", &ExpectAccess::largeText},
    {"high-contrast", &ExpectAccess::highContrast},
    {"reduced-motion", &ExpectAccess::reducedMotion},
    {"screen-reader", &ExpectAccess::screenReader},
}};

// "expect access none" or the modes that are on, each once.
Result<Command> parseExpectAccess(const std::vector<std::string>& words) {
    ExpectAccess access;
    if (words.size() == 3 && words[2] == "none") {
        return Command{access};
    }
    for (size_t i = 2; i < words.size(); ++i) {
        const auto* mode = std::find_if(kAccessModes.begin(), kAccessModes.end(),
                                        [&](const auto& entry) { return entry.first == words[i]; });
        if (mode == kAccessModes.end()) {
            return Error{"unknown access mode '" + words[i] +
                         "' (none, or large-text, high-contrast, reduced-motion, screen-reader)"};
        }
        if (access.*(mode->second)) {
            return Error{"access mode '" + words[i] + "' named twice"};
        }
        access.*(mode->second) = true;
    }
    return Command{access};
}

Result<Command> parseCommand(std::string_view line) {
    const std::vector<std::string> words = splitWords(line);
    const std::string& verb = words[0];
    const size_t arguments = words.size() - 1;
    const auto wrongArguments = [&](const char* usage) {
        return Error{"'" + verb + "' takes " + usage};
    };
    // Positional numbers followed by an optional duration.
    const auto numbersAndDuration = [&](size_t count, Duration fallback,
                                        std::vector<float>& numbers,
                                        Duration& duration) -> Result<void> {
        auto parsed = parseNumbers(words, 1, count);
        if (!parsed) {
            return parsed.error();
        }
        numbers = *parsed;
        duration = fallback;
        if (arguments == count + 1) {
            auto parsedDuration = parseDuration(words[count + 1]);
            if (!parsedDuration) {
                // A bare number is milliseconds, as in "longpress 100 200 1200".
                auto millis = parseNumber(words[count + 1]);
                if (!millis || *millis < 0) {
                    return parsedDuration.error();
                }
                duration = Duration(*millis / 1000.0);
            } else {
                duration = *parsedDuration;
            }
        }
        return {};
    };

    if (verb == "wait") {
        if (arguments != 1) {
            return wrongArguments("one duration, e.g. 'wait 2s'");
        }
        auto duration = parseDuration(words[1]);
        if (!duration) {
            return duration.error();
        }
        return Command{Wait{*duration}};
    }
    if (verb == "tap") {
        if (arguments != 2) {
            return wrongArguments("X Y");
        }
        auto xy = parseNumbers(words, 1, 2);
        if (!xy) {
            return xy.error();
        }
        return Command{Tap{(*xy)[0], (*xy)[1]}};
    }
    if (verb == "tap-on" || verb == "try-tap-on" || verb == "shot" || verb == "expect") {
        if (arguments < 1) {
            return wrongArguments("an argument");
        }
    }
    if (verb == "tap-on") {
        return Command{TapOn{textArgument(line, verb)}};
    }
    if (verb == "try-tap-on") {
        return Command{TryTapOn{textArgument(line, verb)}};
    }
    if (verb == "longpress" || verb == "swipe" || verb == "pinch") {
        const size_t count = verb == "longpress" ? 2 : 4;
        if (arguments != count && arguments != count + 1) {
            return wrongArguments(verb == "longpress" ? "X Y [MS]"
                                  : verb == "swipe"   ? "X1 Y1 X2 Y2 [MS]"
                                                      : "CX CY FROM_PX TO_PX [MS]");
        }
        std::vector<float> n;
        Duration duration{};
        const Duration fallback = verb == "longpress" ? LongPress{}.duration
                                  : verb == "swipe"   ? Swipe{}.duration
                                                      : Pinch{}.duration;
        if (auto parsed = numbersAndDuration(count, fallback, n, duration); !parsed) {
            return parsed.error();
        }
        if (verb == "longpress") {
            return Command{LongPress{n[0], n[1], duration}};
        }
        if (verb == "swipe") {
            return Command{Swipe{n[0], n[1], n[2], n[3], duration}};
        }
        if (n[2] <= 0 || n[3] <= 0) {
            return Error{"pinch distances must be positive"};
        }
        return Command{Pinch{n[0], n[1], n[2], n[3], duration}};
    }
    if (verb == "key") {
        if (arguments != 1) {
            return wrongArguments("one key, e.g. 'key Escape' or 'key alt+F4'");
        }
        auto key = parseKey(words[1]);
        if (!key) {
            return key.error();
        }
        return Command{*key};
    }
    if (verb == "shot") {
        std::string name = textArgument(line, verb);
        if (name.find('/') != std::string::npos || name.find("..") != std::string::npos) {
            return Error{"a shot name is a plain file name, not a path"};
        }
        return Command{Shot{name}};
    }
    if (verb == "expect") {
        if (arguments < 2) {
            return wrongArguments("'screen NAME', 'lang CODE', 'text TEXT' or 'access MODES'");
        }
        const std::string& what = words[1];
        if (what == "screen") {
            return Command{ExpectScreen{words[2]}};
        }
        if (what == "lang") {
            auto lang = core::parseLang(words[2]);
            if (!lang) {
                return Error{"unknown language '" + words[2] + "' (sv, en or ru)"};
            }
            return Command{ExpectLang{*lang}};
        }
        if (what == "text") {
            std::string_view afterExpect = line.substr(line.find("expect") + 6);
            return Command{ExpectText{textArgument(afterExpect, "text")}};
        }
        if (what == "access") {
            return parseExpectAccess(words);
        }
        return Error{"expect takes screen, lang, text or access, not '" + what + "'"};
    }
    if (verb == "usb-insert") {
        std::string dir = textArgument(line, verb);
        if (dir.empty()) {
            return wrongArguments("the folder a stick appears at, e.g. 'usb-insert sticks/A'");
        }
        return Command{UsbInsert{std::move(dir)}};
    }
    if (verb == "usb-remove") {
        if (arguments != 0) {
            return wrongArguments("nothing");
        }
        return Command{UsbRemove{}};
    }
    return Error{"unknown command '" + verb + "'"};
}

} // namespace

Result<Duration> parseDuration(std::string_view text) {
    const std::string word(text);
    size_t unitStart = 0;
    while (unitStart < word.size() &&
           (std::isdigit(static_cast<unsigned char>(word[unitStart])) || word[unitStart] == '.')) {
        ++unitStart;
    }
    auto number = parseNumber(word.substr(0, unitStart));
    const std::string unit = word.substr(unitStart);
    if (!number || *number < 0) {
        return Error{"'" + word + "' is not a duration (e.g. 500ms, 2s, 5m)"};
    }
    if (unit == "ms") {
        return Duration(*number / 1000.0);
    }
    if (unit == "s") {
        return Duration(*number);
    }
    if (unit == "m" || unit == "min") {
        return Duration(*number * 60.0);
    }
    return Error{"'" + word + "' is not a duration (e.g. 500ms, 2s, 5m)"};
}

namespace {

// The shortest text without an exponent that reads back as the same float.
std::string numberText(double value) {
    char buffer[32];
    auto [end, ec] = std::to_chars(buffer, buffer + sizeof(buffer), static_cast<float>(value),
                                   std::chars_format::fixed);
    return ec == std::errc() ? std::string(buffer, end) : std::string("0");
}

std::string millisText(Duration duration) {
    return numberText(std::round(duration.count() * 1000.0)) + "ms";
}

// A text argument that would lose its ends or a '#' to the parser is quoted.
std::string quotedIfNeeded(const std::string& text) {
    if (text.find('#') != std::string::npos || core::trim(text) != text ||
        (text.size() >= 2 && text.front() == '"' && text.back() == '"')) {
        return '"' + text + '"';
    }
    return text;
}

} // namespace

std::string formatCommand(const Command& command) {
    return std::visit(
        [](const auto& c) -> std::string {
            using T = std::decay_t<decltype(c)>;
            if constexpr (std::is_same_v<T, Wait>) {
                return "wait " + millisText(c.duration);
            } else if constexpr (std::is_same_v<T, Tap>) {
                return "tap " + numberText(c.x) + " " + numberText(c.y);
            } else if constexpr (std::is_same_v<T, TapOn>) {
                return "tap-on " + quotedIfNeeded(c.text);
            } else if constexpr (std::is_same_v<T, TryTapOn>) {
                return "try-tap-on " + quotedIfNeeded(c.text);
            } else if constexpr (std::is_same_v<T, LongPress>) {
                return "longpress " + numberText(c.x) + " " + numberText(c.y) + " " +
                       millisText(c.duration);
            } else if constexpr (std::is_same_v<T, Swipe>) {
                return "swipe " + numberText(c.x1) + " " + numberText(c.y1) + " " +
                       numberText(c.x2) + " " + numberText(c.y2) + " " + millisText(c.duration);
            } else if constexpr (std::is_same_v<T, Pinch>) {
                return "pinch " + numberText(c.centreX) + " " + numberText(c.centreY) + " " +
                       numberText(c.fromPx) + " " + numberText(c.toPx) + " " +
                       millisText(c.duration);
            } else if constexpr (std::is_same_v<T, Key>) {
                return std::string("key ") + (c.ctrl ? "ctrl+" : "") + (c.alt ? "alt+" : "") +
                       (c.shift ? "shift+" : "") + c.name;
            } else if constexpr (std::is_same_v<T, Shot>) {
                return "shot " + c.fileName;
            } else if constexpr (std::is_same_v<T, ExpectScreen>) {
                return "expect screen " + c.name;
            } else if constexpr (std::is_same_v<T, ExpectLang>) {
                return "expect lang " + std::string(core::langCode(c.lang));
            } else if constexpr (std::is_same_v<T, ExpectText>) {
                return "expect text " + quotedIfNeeded(c.text);
            } else if constexpr (std::is_same_v<T, ExpectAccess>) {
                std::string text = "expect access";
                for (const auto& [name, member] : kAccessModes) {
                    if (c.*member) {
                        text += " ";
                        text += name;
                    }
                }
                return c == ExpectAccess{} ? text + " none" : text;
            } else if constexpr (std::is_same_v<T, UsbInsert>) {
                return "usb-insert " + quotedIfNeeded(c.dir);
            } else {
                static_assert(std::is_same_v<T, UsbRemove>);
                return "usb-remove";
            }
        },
        command);
}

Result<std::vector<Line>> parseScript(std::string_view text) {
    std::vector<Line> lines;
    int number = 0;
    size_t start = 0;
    while (start <= text.size()) {
        size_t end = text.find('\n', start);
        if (end == std::string_view::npos) {
            end = text.size();
        }
        ++number;
        std::string line(text.substr(start, end - start));
        start = end + 1;
        if (size_t hash = line.find('#'); hash != std::string::npos) {
            // '#' inside a text argument is kept when the argument is quoted.
            const size_t quote = line.find('"');
            if (quote == std::string::npos || hash < quote) {
                line = line.substr(0, hash);
            }
        }
        line = core::trim(line);
        if (line.empty()) {
            if (end == text.size()) {
                break;
            }
            continue;
        }
        auto command = parseCommand(line);
        if (!command) {
            return Error{"line " + std::to_string(number) + ": " + command.error().message};
        }
        lines.push_back(Line{number, std::move(*command)});
        if (end == text.size()) {
            break;
        }
    }
    return lines;
}

} // namespace vitrin::script
