#include "app/SetPin.h"

#include "core/KioskSettings.h"
#include "core/StaffPin.h"
#include "core/Text.h"

#include <string>
#include <system_error>

namespace vitrin::app {

int runSetPin(const std::filesystem::path& stateDir, std::istream& in, std::ostream& out,
              std::ostream& err, bool prompt) {
    if (prompt) {
        err << "Staff PIN (4 to 8 digits), then Enter: " << std::flush;
    }
    std::string line;
    std::getline(in, line);
    const std::string pin = core::trim(line);
    if (!core::isValidPin(pin)) {
        // The line is not repeated: it may be a PIN with a typing mistake.
        err << "vitrin: --set-pin needs a PIN of 4 to 8 digits (0-9) on standard input\n";
        return 2;
    }
    std::error_code error;
    std::filesystem::create_directories(stateDir, error);
    if (error) {
        err << "vitrin: cannot create the state folder " << stateDir.string() << ": "
            << error.message() << "\n";
        return 1;
    }
    const std::filesystem::path file = core::kioskSettingsPath(stateDir);
    auto loaded = core::loadKioskSettings(file);
    if (!loaded) {
        err << "vitrin: " << loaded.error().message << "\n";
        return 1;
    }
    for (const std::string& warning : loaded->warnings) {
        err << "vitrin: warning: " << file.string() << ", " << warning << "\n";
    }
    auto hash = core::hashPin(pin);
    if (!hash) {
        err << "vitrin: " << hash.error().message << "\n";
        return 1;
    }
    core::KioskSettings settings = loaded->settings;
    settings.pinHash = std::move(*hash);
    if (const auto saved = core::saveKioskSettings(file, settings); !saved) {
        err << "vitrin: " << saved.error().message << "\n";
        return 1;
    }
    out << "PIN set in " << file.string() << "\n";
    return 0;
}

} // namespace vitrin::app
