#include "app/StatsMerge.h"

#include "app/DataDir.h"
#include "core/StateFile.h"
#include "core/Text.h"
#include "stats/StatsExport.h"

#include <algorithm>

namespace vitrin::app {

namespace fs = std::filesystem;

namespace {

// An export is big only with years of data from hundreds of works; beyond this it is not one.
constexpr std::size_t kMaxExportBytes = 64u << 20;

// The exports in path: the file itself, or the "Statistik … .json" files in the folder (a
// stick's Vitrin/ holds one per venue and day exported).
std::vector<fs::path> exportsIn(const fs::path& path) {
    std::error_code ec;
    if (fs::is_regular_file(path, ec)) {
        return {path};
    }
    std::vector<fs::path> found;
    for (const fs::directory_entry& entry : fs::directory_iterator(path, ec)) {
        const std::string name = entry.path().filename().string();
        if (entry.is_regular_file(ec) && name.starts_with("Statistik ") &&
            name.ends_with(stats::kJson)) {
            found.push_back(entry.path());
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
            err << "vitrin: no statistics export (Statistik … .json) in " << dir.string() << "\n";
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
    const std::string base = stats::exportBaseName("alla platser", core::localTimeText("%Y-%m-%d"));
    if (auto written = stats::writeExport(merged, options.outDir, base,
                                          dataDir() / "fonts" / "NotoSans-Regular.ttf");
        !written) {
        err << "vitrin: " << written.error().message << "\n";
        return 1;
    }
    out << "Merged " << exports.size() << " exports: " << merged.venues().size() << " venues, "
        << merged.totalVisits() << " visits, written to " << (options.outDir / base).string()
        << " …\n";
    return 0;
}

} // namespace vitrin::app
