// Feeds arbitrary bytes to the reader of the kiosk's own settings.toml: it never fails (a bad
// value is a warning and its default), and what it returns, written by formatKioskSettings,
// reads back the same without a warning.

#include "FuzzCheck.h"
#include "core/KioskSettings.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace vitrin::core;
    using vitrin::fuzz::check;
    const KioskSettingsParse parsed =
        parseKioskSettings(std::string_view(reinterpret_cast<const char*>(data), size));
    check(!parsed.settings.usbMount.empty(), "there is always a USB mount point");
    check(parsed.settings.staffLanguage == Lang::Sv || parsed.settings.staffLanguage == Lang::En,
          "the staff screens are in Swedish or English");
    const KioskSettingsParse again = parseKioskSettings(formatKioskSettings(parsed.settings));
    check(again.warnings.empty(), "settings written by the kiosk read without a warning");
    check(again.settings == parsed.settings, "settings written by the kiosk read back the same");
    return 0;
}
