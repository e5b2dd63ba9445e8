#pragma once
// The import: a content folder (a USB stick, the inbox, a folder given on the command line)
// becomes the kiosk's exhibition, or nothing changes.
//
//   1. plan     list the source as the content reader does; pictures' headers probed, so a
//               video or a HEIC is turned away without being copied
//   2. copy     every planned file into a new exhibition folder of the store, while worker
//               threads decode each copied picture strictly and make its display and thumbnail
//               pictures (reading and decoding at the same time)
//   3. check    the content reader over the source with those verdicts: the same report as
//               `vitrin --check`
//   4. save     catalog and reports written, everything flushed to disk
//   5. switch   store.json replaced in one atomic step; the exhibition before becomes the one
//               "restore" brings back, and older ones are removed
//
// A stick pulled, a full disk, a cancel or a kill at any point before step 5 leaves the store
// as it was; the half-made folder is removed (at once, or by the next import or start).

#include "content/Catalog.h"
#include "content/Report.h"
#include "imaging/ImageCache.h"
#include "ingest/ContentStore.h"
#include "ingest/SourceFiles.h"

#include <atomic>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace vitrin::ingest {

struct ImportRequest {
    std::filesystem::path source;
    ImportSource kind = ImportSource::CommandLine;
    std::vector<imaging::Box> boxes; // the display and thumbnail sizes the kiosk asks for
};

struct ImportProgress {
    enum class Stage { Planning, Copying, Checking, Saving, Finished };
    Stage stage = Stage::Planning;
    std::size_t filesDone = 0; // copied (and, for pictures, decoded)
    std::size_t filesTotal = 0;
    std::uint64_t bytesDone = 0; // copied
    std::uint64_t bytesTotal = 0;
    double fraction = 0;         // of the whole import, 0..1
    double secondsLeft = -1;     // estimate; negative while unknown
    bool sourceReleased = false; // nothing will be read from the source any more
};

struct ImportResult {
    ImportRecord record;
    content::Report report; // as `vitrin --check` gives it; empty when the import failed early
    std::optional<content::Exhibition> exhibition; // the exhibition now shown, when imported
    std::filesystem::path cacheDir;                // its pictures' cache
};

// Shared between an import and whoever watches it.
class ImportControl {
  public:
    void cancel() { cancelled_ = true; }
    bool isCancelled() const { return cancelled_; }
    ImportProgress progress() const;
    void setProgress(const ImportProgress& progress);

  private:
    std::atomic<bool> cancelled_{false};
    mutable std::mutex mutex_;
    ImportProgress progress_;
};

// Runs a whole import on the calling thread and records its outcome in the store.
ImportResult runImport(const ContentStore& store, const ImportRequest& request, SourceFiles& files,
                       ImportControl& control);

// A fingerprint of a content folder's files (names, sizes, times): equal when nothing changed.
std::string folderFingerprint(const std::filesystem::path& dir);

// runImport on a thread of its own.
class ImportJob {
  public:
    // Starts at once; finished() is called on the import's thread when it ends.
    ImportJob(const ContentStore& store, ImportRequest request, SourceFiles& files,
              std::function<void()> finished);
    // Cancels and waits for the import to stop.
    ~ImportJob();
    ImportJob(const ImportJob&) = delete;
    ImportJob& operator=(const ImportJob&) = delete;

    ImportProgress progress() const { return control_.progress(); }
    void cancel() { control_.cancel(); }
    bool isFinished() const { return finished_; }
    // Blocks until the import has ended.
    void wait();
    // The result; only once isFinished().
    const ImportResult& result() const { return result_; }

  private:
    ImportControl control_;
    ImportResult result_;
    std::atomic<bool> finished_{false};
    std::thread thread_;
};

} // namespace vitrin::ingest
