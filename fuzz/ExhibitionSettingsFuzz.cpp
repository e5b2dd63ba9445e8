// Feeds arbitrary bytes to the readers of exhibition.toml and om-utstallningen.toml (both
// TOML files staff write in Notepad): they must never crash, hang or leak, and what they
// return must always be usable.

#include "content/AboutText.h"
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
    const AboutParse about =
        parseAboutText(std::string_view(reinterpret_cast<const char*>(data), size));
    for (const Finding& finding : about.findings) {
        if (finding.line < 0 || finding.message.sv.empty() || finding.message.en.empty()) {
            std::abort();
        }
    }
    // Tidied text: no blank space at either end, no "\r", never more than one empty line, and
    // a summary is one line.
    for (const LocalText* text : {&about.text.summary, &about.text.about, &about.text.credits}) {
        for (const std::string* part : {&text->sv, &text->en, &text->ru}) {
            const bool untidy = !part->empty() && (part->front() == ' ' || part->back() == ' ' ||
                                                   part->front() == '\n' || part->back() == '\n');
            if (untidy || part->find('\r') != std::string::npos ||
                part->find("\n\n\n") != std::string::npos ||
                (text == &about.text.summary && part->find('\n') != std::string::npos)) {
                std::abort();
            }
        }
    }
    return 0;
}
