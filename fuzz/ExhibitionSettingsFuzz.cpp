// Feeds arbitrary bytes to the exhibition.toml reader: it must never crash, hang or leak, and
// the settings it returns must always be usable.

#include "content/ExhibitionSettings.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace vitrin::content;
    const SettingsParse parsed =
        parseExhibitionSettings(std::string_view(reinterpret_cast<const char*>(data), size));
    const ExhibitionSettings& settings = parsed.settings;
    if (settings.languages.empty() || settings.idleTimeout < kMinIdleTimeout ||
        settings.idleTimeout > kMaxIdleTimeout) {
        std::abort();
    }
    for (const Venue& venue : settings.tour) {
        const bool datesOk = (venue.from.empty() || venue.from.size() == 10) &&
                             (venue.to.empty() || venue.to.size() == 10);
        if (venue.name.empty() || !datesOk) {
            std::abort();
        }
    }
    for (const SectionSettings& section : settings.sections) {
        if (section.folder.empty()) {
            std::abort();
        }
    }
    for (const Finding& finding : parsed.findings) {
        if (finding.line < 0 || finding.message.sv.empty() || finding.message.en.empty()) {
            std::abort();
        }
    }
    return 0;
}
