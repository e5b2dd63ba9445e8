#include "core/KioskSettings.h"

#include "core/StateFile.h"

#include <toml++/toml.h>

#include <algorithm>
#include <sstream>

namespace vitrin::core {

namespace {

// The prefix hashPin() writes; anything else in pin_hash is not a PIN hash.
constexpr std::string_view kPinHashPrefix = "$argon2id$";

std::string lineOf(const toml::source_region& source) {
    return "line " + std::to_string(source.begin.line) + ": ";
}

struct Warning {
    toml::source_index line;
    std::string message;
};

// A value in TOML syntax, as it is written in the file: strings in "quotes" (toml++ would
// choose 'literal strings' where it can), escaped where needed, Unicode kept.
std::string tomlText(const toml::node& value) {
    std::ostringstream out;
    out << toml::toml_formatter(value, toml::format_flags::allow_unicode_strings);
    return out.str();
}

class Reader {
  public:
    explicit Reader(KioskSettings& settings) : settings_(settings) {}

    void bad(std::string_view key, const toml::node& node, std::string_view rule,
             std::string_view instead) {
        warn(node.source(), std::string(key) + " = " + tomlText(node) + " cannot be used: " +
                                std::string(rule) + "; " + std::string(instead));
    }

    void warn(const toml::source_region& source, const std::string& message) {
        warnings_.push_back({source.begin.line, lineOf(source) + message});
    }

    // The warnings in the order of the file's lines (a TOML table iterates in key order).
    std::vector<std::string> warnings() {
        std::stable_sort(warnings_.begin(), warnings_.end(),
                         [](const Warning& a, const Warning& b) { return a.line < b.line; });
        std::vector<std::string> messages;
        for (Warning& warning : warnings_) {
            messages.push_back(std::move(warning.message));
        }
        return messages;
    }

    void usbMount(const toml::node& node) {
        const auto* text = node.as_string();
        if (text == nullptr || !std::filesystem::path(text->get()).is_absolute()) {
            bad("usb_mount", node, "it must be a full folder path in quotation marks",
                "the default " + tomlText(toml::value<std::string>(kDefaultUsbMount)) + " is used");
            return;
        }
        settings_.usbMount = text->get();
    }

    void staffLanguage(const toml::node& node) {
        const auto* text = node.as_string();
        const std::optional<Lang> lang = text ? parseLang(text->get()) : std::nullopt;
        if (lang != Lang::Sv && lang != Lang::En) {
            bad("staff_language", node, "the staff screens speak \"sv\" or \"en\"",
                "the default \"sv\" is used");
            return;
        }
        settings_.staffLanguage = *lang;
    }

    // The value is not repeated in the warning: someone may have written the PIN itself here.
    void pinHash(const toml::node& node) {
        const auto* text = node.as_string();
        if (text == nullptr ||
            (!text->get().empty() && text->get().rfind(kPinHashPrefix, 0) != 0)) {
            warn(node.source(),
                 "pin_hash cannot be used: it must be an Argon2id hash as `vitrin --set-pin` "
                 "writes it; no PIN is set");
            return;
        }
        settings_.pinHash = text->get();
    }

    void rotation(const toml::node& node) {
        const auto* number = node.as_integer();
        const std::int64_t degrees = number ? number->get() : -1;
        if (degrees != 0 && degrees != 90 && degrees != 180 && degrees != 270) {
            bad("rotation", node, "it is 0, 90, 180 or 270", "the default 0 is used");
            return;
        }
        settings_.rotation = static_cast<int>(degrees);
    }

    void layout(const toml::node& node) {
        const auto* text = node.as_string();
        if (text == nullptr || text->get().find('/') != std::string::npos) {
            bad("layout", node, "it is the name of a layout in quotation marks",
                "the layout is chosen from the display");
            return;
        }
        settings_.layout = text->get();
    }

    void idleTimeout(const toml::node& node) {
        const auto* number = node.as_integer();
        const std::int64_t seconds = number ? number->get() : -1;
        if (seconds != 0 &&
            (seconds < kMinIdleTimeoutSeconds || seconds > kMaxIdleTimeoutSeconds)) {
            bad("idle_timeout", node,
                "it is 0 or a number of seconds from " + std::to_string(kMinIdleTimeoutSeconds) +
                    " to " + std::to_string(kMaxIdleTimeoutSeconds),
                "the exhibition's own is used");
            return;
        }
        settings_.idleTimeoutSeconds = static_cast<int>(seconds);
    }

    void visitorLanguage(const toml::node& node) {
        const auto* text = node.as_string();
        if (text != nullptr && text->get().empty()) {
            settings_.visitorLanguage.reset();
            return;
        }
        const std::optional<Lang> lang = text ? parseLang(text->get()) : std::nullopt;
        if (!lang) {
            bad("visitor_language", node, "it is \"sv\", \"en\", \"ru\" or \"\"",
                "the exhibition's own is used");
            return;
        }
        settings_.visitorLanguage = lang;
    }

    void venue(const toml::node& node) {
        const auto* text = node.as_string();
        if (text == nullptr) {
            bad("venue", node, "it is a venue's Swedish name in quotation marks",
                "the venue is found from the tour's dates");
            return;
        }
        settings_.venue = text->get();
    }

    void flag(std::string_view key, const toml::node& node, bool& target) {
        const auto* value = node.as_boolean();
        if (value == nullptr) {
            bad(key, node, "it is true or false", "the default false is used");
            return;
        }
        target = value->get();
    }

    void speechVolume(const toml::node& node) {
        const std::optional<std::int64_t> percent = node.value_exact<std::int64_t>();
        if (!percent || *percent < 0 || *percent > 100) {
            bad("speech_volume", node, "it is a whole number of percent from 0 to 100",
                "the default 80 is used");
            return;
        }
        settings_.speechVolume = static_cast<int>(*percent);
    }

    // [opening_hours]: mon ... sun = "08:00-17:00" or "closed"; a day not given is open all day.
    void openingHours(const toml::node& node) {
        const auto* table = node.as_table();
        if (table == nullptr) {
            warn(node.source(),
                 "opening_hours cannot be used: it is a table, [opening_hours] with "
                 "a line per day such as mon = \"08:00-17:00\"; the screen stays on");
            return;
        }
        for (auto&& [key, value] : *table) {
            const std::optional<int> day = weekdayOfKey(key.str());
            if (!day) {
                warn(key.source(), "there is no day '" + std::string(key.str()) +
                                       "' in [opening_hours] (mon, tue, wed, thu, fri, sat, "
                                       "sun); it is not used");
                continue;
            }
            const auto* text = value.as_string();
            const std::optional<DayHours> hours = text ? parseDayHours(text->get()) : std::nullopt;
            if (!hours) {
                bad(key.str(), value,
                    "it is \"HH:MM-HH:MM\" (such as \"08:00-17:00\") or \"closed\"",
                    "the screen stays on all that day");
                continue;
            }
            settings_.openingHours.days.at(static_cast<size_t>(*day)) = *hours;
        }
    }

  private:
    KioskSettings& settings_;
    std::vector<Warning> warnings_;
};

// The [opening_hours] table, with the days that are not open all day; nothing when none is.
std::string openingHoursText(const OpeningHours& hours) {
    if (hours.isAlwaysOpen()) {
        return "";
    }
    std::string text = "\n[opening_hours]\n";
    for (int day = 0; day < 7; ++day) {
        const DayHours& dayHours = hours.days.at(static_cast<size_t>(day));
        if (!dayHours.isAllDay()) {
            text += std::string(weekdayKey(day)) + " = \"" + formatDayHours(dayHours) + "\"\n";
        }
    }
    return text;
}

} // namespace

KioskSettingsParse parseKioskSettings(std::string_view bytes) {
    KioskSettingsParse result;
    toml::table document;
    try {
        document = toml::parse(bytes, std::string_view(kKioskSettingsFile));
    } catch (const toml::parse_error& error) {
        result.warnings.push_back(lineOf(error.source()) + "syntax error (" +
                                  std::string(error.description()) +
                                  "); no setting is used until it is fixed, defaults apply");
        return result;
    }
    Reader reader(result.settings);
    for (auto&& [key, value] : document) {
        if (key == "usb_mount") {
            reader.usbMount(value);
        } else if (key == "staff_language") {
            reader.staffLanguage(value);
        } else if (key == "pin_hash") {
            reader.pinHash(value);
        } else if (key == "rotation") {
            reader.rotation(value);
        } else if (key == "layout") {
            reader.layout(value);
        } else if (key == "idle_timeout") {
            reader.idleTimeout(value);
        } else if (key == "visitor_language") {
            reader.visitorLanguage(value);
        } else if (key == "venue") {
            reader.venue(value);
        } else if (key == "opening_hours") {
            reader.openingHours(value);
        } else if (key == "tall_screen") {
            reader.flag(key.str(), value, result.settings.tallScreen);
        } else if (key == "large_text") {
            reader.flag(key.str(), value, result.settings.largeText);
        } else if (key == "high_contrast") {
            reader.flag(key.str(), value, result.settings.highContrast);
        } else if (key == "reduced_motion") {
            reader.flag(key.str(), value, result.settings.reducedMotion);
        } else if (key == "speech_volume") {
            reader.speechVolume(value);
        } else {
            reader.warn(key.source(),
                        "there is no setting '" + std::string(key.str()) + "'; it is not used");
        }
    }
    result.warnings = reader.warnings();
    return result;
}

std::string formatKioskSettings(const KioskSettings& settings) {
    const auto quoted = [](std::string_view text) {
        return tomlText(toml::value<std::string>(text));
    };
    const auto flag = [](bool on) {
        return std::string(on ? "true" : "false");
    };
    return "# Vitrin: this kiosk's own settings (the exhibition's are in exhibition.toml on the\n"
           "# stick). Lines starting with # are comments. Vitrin rewrites this file whole when it\n"
           "# saves a setting, so comments of your own are not kept.\n"
           "#\n"
           "# usb_mount       the folder where a plugged-in USB stick is mounted\n"
           "# staff_language  the language of the staff screens: \"sv\" or \"en\"\n"
           "# pin_hash        the staff PIN, stored as an Argon2id hash, never as digits; set it\n"
           "#                 with: vitrin --state <this folder> --set-pin\n"
           "#                 empty: no PIN is set\n"
           "# rotation        the picture turned clockwise: 0, 90, 180 or 270 (--rotate wins)\n"
           "# layout          a layout's name from layouts/; \"\": chosen from the display\n"
           "# idle_timeout    seconds without a touch before the attract loop returns (30 to\n"
           "#                 600); 0: the exhibition's own\n"
           "# visitor_language the visitors' start language: \"sv\", \"en\", \"ru\"; \"\": the\n"
           "#                 exhibition's own\n"
           "# venue           the tour venue this kiosk stands at, by its Swedish name in\n"
           "#                 exhibition.toml; \"\": found from the tour's dates\n"
           "# [opening_hours] the screen is off outside them (the kiosk keeps running; a touch\n"
           "#                 lights it for 5 minutes): a line per day, mon tue wed thu fri sat\n"
           "#                 sun, = \"08:00-17:00\" or \"closed\"; a day not given: on all day\n"
           "# tall_screen     true: the screen stands so high that its top is out of reach from\n"
           "#                 a wheelchair; every control goes to its lower half (portrait\n"
           "#                 screens always do)\n"
           "# large_text, high_contrast, reduced_motion\n"
           "#                 true: every visitor starts with larger text, high contrast or\n"
           "#                 less motion (each can still be switched off on the screen)\n"
           "# speech_volume   the reading-aloud volume, 0 to 100 percent\n"
           "\n"
           "usb_mount = " +
           quoted(settings.usbMount.string()) +
           "\n"
           "staff_language = " +
           quoted(langCode(settings.staffLanguage)) +
           "\n"
           "pin_hash = " +
           quoted(settings.pinHash) + "\nrotation = " + std::to_string(settings.rotation) +
           "\nlayout = " + quoted(settings.layout) +
           "\nidle_timeout = " + std::to_string(settings.idleTimeoutSeconds) +
           "\nvisitor_language = " +
           quoted(settings.visitorLanguage ? langCode(*settings.visitorLanguage) : "") +
           "\nvenue = " + quoted(settings.venue) + "\ntall_screen = " + flag(settings.tallScreen) +
           "\nlarge_text = " + flag(settings.largeText) +
           "\nhigh_contrast = " + flag(settings.highContrast) +
           "\nreduced_motion = " + flag(settings.reducedMotion) +
           "\nspeech_volume = " + std::to_string(settings.speechVolume) + "\n" +
           openingHoursText(settings.openingHours);
}

std::filesystem::path kioskSettingsPath(const std::filesystem::path& stateDir) {
    return stateDir / kKioskSettingsFile;
}

Result<KioskSettingsParse> loadKioskSettings(const std::filesystem::path& file) {
    auto bytes = readStateFile(file);
    if (!bytes) {
        return bytes.error();
    }
    if (!bytes->has_value()) {
        return KioskSettingsParse{};
    }
    return parseKioskSettings(**bytes);
}

Result<void> saveKioskSettings(const std::filesystem::path& file, const KioskSettings& settings) {
    return writeStateFile(file, formatKioskSettings(settings));
}

} // namespace vitrin::core
