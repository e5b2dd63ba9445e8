#pragma once
// settings.toml in the state folder: this kiosk PC's own settings, as opposed to the
// exhibition's exhibition.toml that travels on the stick. TOML like the exhibition's settings:
// comments, one value a line, editable by the IT technician. New settings are new keys with a
// default, so an older file stays valid; the file is rewritten whole, with a comment header,
// whenever the kiosk or `vitrin --set-pin` saves it.

#include "core/Lang.h"
#include "core/OpeningHours.h"
#include "core/Result.h"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vitrin::core {

inline constexpr std::string_view kKioskSettingsFile = "settings.toml";
inline constexpr std::string_view kDefaultUsbMount = "/media/vitrin-usb";
// The idle timeouts staff can choose from (seconds), shortest first.
inline constexpr int kMinIdleTimeoutSeconds = 30;
inline constexpr int kMaxIdleTimeoutSeconds = 600;

struct KioskSettings {
    std::filesystem::path usbMount{kDefaultUsbMount}; // where a plugged-in stick is mounted
    Lang staffLanguage = Lang::Sv;                    // the staff screens: Sv or En
    std::string pinHash; // the staff PIN as hashPin() wrote it; empty: no PIN set
    // The screen, as set on staff mode's Skärm page; the command line overrides each of them.
    int rotation = 0;           // 0, 90, 180 or 270 degrees clockwise (--rotate)
    std::string layout;         // a layout's name; empty: chosen from the display (--layout)
    int idleTimeoutSeconds = 0; // 0: the exhibition's own idle timeout
    std::optional<Lang> visitorLanguage; // the visitors' start language; none: the exhibition's
    std::string venue; // the tour venue this kiosk stands at (Swedish name); empty: by the dates
    OpeningHours openingHours; // the screen is off outside them; by default always open
    // Accessibility (docs/accessibility.md). The screen stands so high that the controls must
    // be in its lower part (portrait screens always have them there).
    bool tallScreen = false;
    // What every visitor starts with; a visitor may still turn each on or off.
    bool largeText = false;
    bool highContrast = false;
    bool reducedMotion = false;
    int speechVolume = 80; // percent, 0 to 100

    bool operator==(const KioskSettings&) const = default;
};

struct KioskSettingsParse {
    KioskSettings settings;            // defaults wherever a value was missing or bad
    std::vector<std::string> warnings; // English, "line 3: ...", for the log
};

// Reads settings.toml; never fails: a bad value or an unknown key is a warning (a bad value's
// default is used), a syntax error is a warning and all defaults.
KioskSettingsParse parseKioskSettings(std::string_view bytes);

// The file's text: a comment header explaining each key, then every key with its value.
std::string formatKioskSettings(const KioskSettings& settings);

// <stateDir>/settings.toml.
std::filesystem::path kioskSettingsPath(const std::filesystem::path& stateDir);

// Reads and parses file; a missing file gives the defaults and no warning. An error only when
// the file exists but cannot be read (saving over it would lose the settings in it).
Result<KioskSettingsParse> loadKioskSettings(const std::filesystem::path& file);

// Replaces file with formatKioskSettings(settings), atomically (see writeStateFile).
Result<void> saveKioskSettings(const std::filesystem::path& file, const KioskSettings& settings);

} // namespace vitrin::core
