// Vitrin: parses the command line and starts one of the kiosk, --check, --import, --status,
// --set-pin, --stats-merge or a headless replay.

#include "app/DataDir.h"
#include "app/KioskLoop.h"
#include "app/Options.h"
#include "app/ScriptRunner.h"
#include "app/SetPin.h"
#include "app/StatsMerge.h"
#include "app/StoreCommands.h"
#include "content/ContentLoader.h"
#include "platform/Display.h"

#include <exception>
#include <iostream>
#include <malloc.h>
#include <string>
#include <unistd.h>
#include <vector>

// A start-up failure that escapes as an exception is logged and exits 1, so that systemd
// restarts the kiosk with the reason in the journal rather than after an abort.
int main(int argc, char** argv) try {
    using vitrin::app::Options;
    // Pictures are decoded and dropped all day (8 MB each at 1080p). By default glibc raises the
    // size above which it maps a block from the system each time such a block is freed, so soon
    // every picture comes from malloc's arenas, which keep the memory after it is freed; with a
    // fixed threshold each picture goes back to the system when it is dropped (resident memory
    // in the soak: 190-230 MB before, 112-128 MB after; docs/reliability.md).
    // Called before any thread starts, as mallopt must be.
    mallopt(M_MMAP_THRESHOLD, 256 * 1024); // NOLINT(concurrency-mt-unsafe)
    vitrin::platform::leaveOutTextInput();
    const std::vector<std::string> arguments(argv + 1, argv + argc);
    auto options = vitrin::app::parseOptions(arguments);
    if (!options) {
        std::cerr << "vitrin: " << options.error().message << "\n\n" << vitrin::app::usage();
        return 2;
    }
    switch (options->mode) {
    case Options::Mode::Help:
        std::cout << vitrin::app::usage();
        return 0;
    case Options::Mode::Version:
        std::cout << "vitrin " << VITRIN_VERSION << "\n";
        return 0;
    case Options::Mode::Check: {
        const auto result = vitrin::content::loadContentFolder(options->checkDir);
        std::cout << vitrin::content::formatReport(result,
                                                   options->lang.value_or(vitrin::core::Lang::Sv));
        return vitrin::content::checkExitCode(result);
    }
    case Options::Mode::Import:
        return vitrin::app::runImportCommand(*options);
    case Options::Mode::Status:
        return vitrin::app::runStatusCommand(*options);
    case Options::Mode::SetPin:
        return vitrin::app::runSetPin(options->stateDir.value_or(vitrin::app::defaultStateDir()),
                                      std::cin, std::cout, std::cerr, isatty(STDIN_FILENO) != 0);
    case Options::Mode::StatsMerge:
        return vitrin::app::runStatsMerge(*options, std::cout, std::cerr);
    case Options::Mode::Headless:
        return vitrin::app::runScript(*options);
    case Options::Mode::Kiosk:
        return vitrin::app::runKiosk(*options);
    }
    return 2;
} catch (const std::exception& error) {
    std::cerr << "vitrin: " << error.what() << "\n";
    return 1;
}
