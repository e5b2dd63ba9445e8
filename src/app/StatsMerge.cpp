#include "app/StatsMerge.h"

#include "app/DataDir.h"
#include "core/StateFile.h"
#include "stats/StatsExport.h"

#include <algorithm>

namespace vitrin::app {

namespace fs = std::filesystem;

namespace {

// An export is big only with years of data from hundreds of works; beyond this it is not one.
constexpr std::size_t kMaxExportBytes = 64u << 20;

// The exports in dir: dir itself when it is one, else the folders in it that are (a stick's
// Vitrin folder holds one per export).
std::vector<fs::path> exportsIn(const fs::path& dir) {
    if (fs::is_regular_file(dir / stats::kJson)) {
        return {dir / stats::kJson};
    }
    std::vector<fs::path> found;
    std::error_code ec;
    for (const fs::directory_entry& entry : fs::directory_iterator(dir, ec)) {
        if (entry.is_directory(ec) && fs::is_regular_file(entry.path() / stats::kJson, ec)) {
            found.push_back(entry.path() / stats::kJson);
        }
    }
    std::sort(found.begin(), found.end());
    return found;
}

} // namespace

int runStatsMerge(const Options& options, std::ostream& out, std::ostream& err) {
    std::vector<stats::StatsTables> exports;
    for (const fs::path& dir : options.statsDirs) {
        const std::vector<fs::path> files = exportsIn(dir);
        if (files.empty()) {
            err << "vitrin: no statistics export (" << stats::kJson << ") in " << dir.string()
                << "\n";
            return 1;
        }
        for (const fs::path& file : files) {
            auto bytes = core::readStateFile(file, kMaxExportBytes);
            if (!bytes || !*bytes) {
                err << "vitrin: cannot read " << file.string() << "\n";
                return 1;
            }
            auto tables = stats::tablesFromJson(**bytes);
            if (!tables) {
                err << "vitrin: " << file.string() << ": " << tables.error().message << "\n";
                return 1;
            }
            exports.push_back(std::move(*tables));
        }
    }
    const stats::StatsTables merged = stats::merge(exports);
    if (auto written = stats::writeExport(merged, options.outDir,
                                          dataDir() / "fonts" / "NotoSans-Regular.ttf");
        !written) {
        err << "vitrin: " << written.error().message << "\n";
        return 1;
    }
    out << "Merged " << exports.size() << " exports: " << merged.venues().size() << " venues, "
        << merged.totalVisits() << " visits, written to " << options.outDir.string() << "\n";
    return 0;
}

} // namespace vitrin::app
