#pragma once
// The kiosk's imported exhibitions in its state folder:
//
//   store.json                 which exhibition is shown (current), which one "restore" brings
//                              back (previous), and the last import's result; replaced atomically
//   exhibitions/<version>/     one imported exhibition: content/ (the copied files), cache/
//                              (display and thumbnail pictures), catalog.json (what is shown),
//                              report-sv.txt and report-en.txt (the import's report)
//
// An exhibition folder is used only once store.json names it, so an import that is cut off
// (stick pulled, power cut, disk full) leaves a folder nobody reads; it is removed later.
// Switching exhibitions is the one atomic replacement of store.json.

#include "content/Catalog.h"
#include "core/Result.h"

#include <filesystem>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace vitrin::ingest {

enum class ImportSource { Stick, Inbox, CommandLine };
enum class ImportOutcome { Imported, NothingUsable, Failed, Cancelled };

// What one import did, for --status, the staff screens and later restores.
struct ImportRecord {
    int version = 0; // the exhibition version it made; 0 when it made none
    ImportSource source = ImportSource::CommandLine;
    std::string sourcePath;
    std::string startedAt; // local time, "2026-12-02 14:05"
    std::string finishedAt;
    ImportOutcome outcome = ImportOutcome::Failed;
    std::string reasonSv; // why it failed, for staff; empty when imported
    std::string reasonEn;
    core::LocalText title;
    std::vector<std::pair<core::LocalText, std::size_t>> sections; // title and items shown
    std::size_t warnings = 0;
    std::size_t skipped = 0;
    std::uint64_t bytes = 0; // copied from the source
    std::string fingerprint; // of the source's files, to tell a delivery already imported
};

struct StoreState {
    std::optional<ImportRecord> current;  // the exhibition shown; none: the bundled one
    std::optional<ImportRecord> previous; // what "restore" brings back
    std::optional<ImportRecord> lastImport;
    std::string lastInboxFingerprint; // the inbox delivery last tried, whatever its outcome
};

std::string_view sourceName(ImportSource source);
std::string_view outcomeName(ImportOutcome outcome);

// store.json's text and back; a damaged text is an error, never half-read.
std::string stateToJson(const StoreState& state);
core::Result<StoreState> stateFromJson(std::string_view json);

class ContentStore {
  public:
    // The store in stateDir (created when missing).
    explicit ContentStore(std::filesystem::path stateDir);

    const std::filesystem::path& stateDir() const { return stateDir_; }
    std::filesystem::path exhibitionDir(int version) const;
    std::filesystem::path contentDir(int version) const {
        return exhibitionDir(version) / "content";
    }
    std::filesystem::path cacheDir(int version) const { return exhibitionDir(version) / "cache"; }

    // store.json as on disk; a missing file is an empty state, a damaged one an error.
    core::Result<StoreState> read() const;
    // Replaces store.json atomically; when this returns ok the change survives a power cut.
    core::Result<void> write(const StoreState& state) const;

    struct Shown {
        int version = 0;
        content::Exhibition exhibition;
    };
    // The exhibition store.json names as current, read from its catalog; nullopt when there is
    // none (the kiosk then shows the bundled exhibition) or it cannot be read (logged).
    std::optional<Shown> loadCurrent() const;

    // A version number no folder and no record uses yet.
    int nextVersion() const;

    // Swaps current and previous: the exhibition shown before the last switch comes back.
    core::Result<void> restorePrevious() const;

    // Removes exhibition folders store.json does not name (interrupted imports, exhibitions
    // older than the previous one) and temporary files. Returns how many folders went.
    int removeUnreferenced() const;

  private:
    std::filesystem::path stateDir_;
};

} // namespace vitrin::ingest

namespace vitrin::ingest {

// The store's lock (flock on <state>/import.lock): one import, restore or clean-up at a time,
// also between a running kiosk and `vitrin --import`. Released when destroyed or the process
// dies.
class StoreLock {
  public:
    // The lock, or nullopt when another holder has it (or the file cannot be opened).
    static std::optional<StoreLock> tryTake(const std::filesystem::path& stateDir);
    ~StoreLock();
    StoreLock(StoreLock&& other) noexcept : fd_(std::exchange(other.fd_, -1)) {}
    StoreLock& operator=(StoreLock&&) = delete;
    StoreLock(const StoreLock&) = delete;

  private:
    explicit StoreLock(int fd) : fd_(fd) {}
    int fd_;
};

} // namespace vitrin::ingest
