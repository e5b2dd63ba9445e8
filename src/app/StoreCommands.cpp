#include "app/StoreCommands.h"

#include "app/DataDir.h"
#include "app/StaffSwap.h"
#include "content/ContentLoader.h"
#include "core/Log.h"
#include "ingest/ContentStore.h"
#include "ingest/Importer.h"
#include "ui/Layout.h"
#include "ui/Screen.h"

#include <chrono>
#include <iostream>
#include <thread>

namespace vitrin::app {

namespace {

// The picture sizes a kiosk with this layout asks for, so the import fills its cache.
std::vector<imaging::Box> boxesFor(const Options& options) {
    auto layout =
        ui::resolveLayout(dataDir() / "layouts", options.layout.value_or("landscape-1080p"));
    if (!layout) {
        core::logWarning(layout.error().message + "; pictures are cached when first shown");
        return {};
    }
    const ui::ImageKey display = ui::displayKey({}, *layout);
    const ui::ImageKey thumbnail = ui::thumbnailKey({}, *layout);
    return {{display.maxWidth, display.maxHeight}, {thumbnail.maxWidth, thumbnail.maxHeight}};
}

std::string describe(const ingest::ImportRecord& record, core::Lang lang) {
    const bool sv = lang == core::Lang::Sv;
    std::string text = (sv ? "utställning " : "exhibition ") + std::to_string(record.version) +
                       " \"" + record.title.in(lang) + "\", " + (sv ? "importerad " : "imported ") +
                       record.finishedAt + (sv ? " från " : " from ") + record.sourcePath + "\n";
    for (const auto& [title, items] : record.sections) {
        text += "  " + title.in(lang) + ": " + std::to_string(items) + "\n";
    }
    return text;
}

} // namespace

int runImportCommand(const Options& options) {
    const ingest::ContentStore store(options.stateDir.value_or(defaultStateDir()));
    const std::unique_ptr<ingest::SourceFiles> files = importSourceFiles();
    ingest::ImportJob job(store,
                          {options.importDir, ingest::ImportSource::CommandLine, boxesFor(options)},
                          *files, {});
    while (!job.isFinished()) {
        std::this_thread::sleep_for(std::chrono::milliseconds(500));
        const ingest::ImportProgress progress = job.progress();
        std::cerr << "vitrin: import " << static_cast<int>(progress.fraction * 100) << "% ("
                  << progress.filesDone << "/" << progress.filesTotal << " files, "
                  << progress.bytesDone / 1'000'000 << "/" << progress.bytesTotal / 1'000'000
                  << " MB)\n";
    }
    job.wait();
    const ingest::ImportResult& result = job.result();
    const core::Lang lang =
        options.lang.value_or(core::Lang::Sv) == core::Lang::Sv ? core::Lang::Sv : core::Lang::En;
    if (!result.report.sections.empty() || !result.report.findings.empty()) {
        std::cout << content::formatReport(
            {result.exhibition.value_or(content::Exhibition{}), result.report}, lang);
    }
    const ingest::ImportRecord& record = result.record;
    if (record.outcome == ingest::ImportOutcome::Imported) {
        std::cout << (lang == core::Lang::Sv ? "Importerad som " : "Imported as ")
                  << describe(record, lang);
        return 0;
    }
    std::cout << (lang == core::Lang::Sv ? record.reasonSv : record.reasonEn) << "\n";
    return 1;
}

int runStatusCommand(const Options& options) {
    const ingest::ContentStore store(options.stateDir.value_or(defaultStateDir()));
    const auto state = store.read();
    if (!state) {
        std::cerr << "vitrin: " << state.error().message << "\n";
        return 1;
    }
    if (options.json) {
        std::cout << ingest::stateToJson(*state) << "\n";
        return 0;
    }
    const core::Lang lang =
        options.lang.value_or(core::Lang::Sv) == core::Lang::Sv ? core::Lang::Sv : core::Lang::En;
    const bool sv = lang == core::Lang::Sv;
    std::cout << (sv ? "Visas nu: " : "Shown now: ")
              << (state->current ? describe(*state->current, lang)
                                 : std::string(sv ? "den medföljande utställningen\n"
                                                  : "the bundled exhibition\n"));
    std::cout << (sv ? "Kan återställas: " : "Can be restored: ")
              << (state->previous ? describe(*state->previous, lang)
                                  : std::string(sv ? "ingen\n" : "none\n"));
    if (const auto& last = state->lastImport) {
        std::cout << (sv ? "Senaste import: " : "Last import: ") << last->finishedAt << ", "
                  << last->sourcePath << ": "
                  << (last->outcome == ingest::ImportOutcome::Imported
                          ? std::string(sv ? "lyckades" : "succeeded")
                          : (sv ? last->reasonSv : last->reasonEn))
                  << "\n";
    }
    return 0;
}

} // namespace vitrin::app
