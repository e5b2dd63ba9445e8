#pragma once
// What the USB import screens show, as plain data the app fills in: the stick's exhibition, the
// PIN entry, the progress and the result. The screens only read it.

#include "core/Lang.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace vitrin::ui {

struct ImportView {
    enum class Stage {
        Reading, // the stick is being looked at
        Found,   // "USB-minne hittat": what it holds
        Pin,     // the staff PIN, before anything changes
        Copying, // the progress
        Done,    // the result and the report
    };
    struct SectionCount {
        std::string title;
        std::size_t items = 0;
        bool isTimeline = false;
    };

    Stage stage = Stage::Reading;
    core::Lang lang = core::Lang::Sv; // the staff language: Swedish or English

    // Found
    std::string title;
    std::vector<SectionCount> sections;
    std::size_t warnings = 0;
    std::size_t skipped = 0;
    bool isUsable = false;   // something on the stick can be shown; else report says why
    bool canRestore = false; // a previous exhibition can be brought back

    // Pin
    bool isRestoring = false; // the PIN opens a restore, not a swap
    std::size_t pinLength = 0;
    std::string pinMessage; // a wrong PIN, a lock-out, no PIN set

    // Copying
    double fraction = 0;
    std::size_t filesDone = 0, filesTotal = 0;
    std::uint64_t bytesDone = 0, bytesTotal = 0;
    double secondsLeft = -1; // negative while unknown

    // Done
    bool succeeded = false;
    std::string headline;         // what happened, in the staff language
    std::string report;           // the report as `vitrin --check` prints it
    std::string notes;            // "Du kan ta ut USB-minnet nu", whether the report file was saved
    bool isSwitchPending = false; // the new exhibition waits for the visitor to leave
};

} // namespace vitrin::ui
