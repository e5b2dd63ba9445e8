#include "ingest/Importer.h"

#include "content/AboutText.h"
#include "content/CatalogJson.h"
#include "content/ContentLoader.h"
#include "content/FolderScanner.h"
#include "core/Log.h"
#include "core/StateFile.h"
#include "core/Text.h"
#include "imaging/ContentHash.h"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <fcntl.h>
#include <map>
#include <sys/stat.h>
#include <unistd.h>

namespace vitrin::ingest {

namespace fs = std::filesystem;
using content::StaffText;

namespace {

using SteadyClock = std::chrono::steady_clock;
using Verdict = imaging::DecodeResult<imaging::ImageInfo>;

// Far above a real exhibition (a few hundred pictures, a few GB), far below trouble.
constexpr std::size_t kMaxFiles = 20'000;
constexpr std::uint64_t kMaxBytes = 64ull * 1024 * 1024 * 1024;
// Caption sheets and texts larger than this are not read by the content reader either.
constexpr std::uint64_t kMaxTextBytes = 16 * 1024 * 1024;
// Room left free on the kiosk's disk after an import, so logs and statistics still fit.
constexpr std::uint64_t kSpareBytes = 64 * 1024 * 1024;
constexpr std::size_t kCopyChunk = 1024 * 1024;
// Copied pictures waiting for a decoder; more would only push them out of the page cache.
constexpr std::size_t kMaxQueuedDecodes = 16;

std::string localTime() {
    return core::localTimeText("%Y-%m-%d %H:%M");
}

// Why an import stopped, for staff (Swedish, English) and the log.
struct Stop {
    ImportOutcome outcome;
    StaffText reason;
    std::string log;
};

struct PlannedFile {
    fs::path from; // in the source (a link resolved)
    std::string relative;
    fs::path to; // in the new exhibition's content folder
    std::uint64_t size = 0;
    bool isPicture = false;
};

struct Plan {
    std::vector<PlannedFile> files;
    std::map<std::string, Verdict> refused; // pictures turned away by their header
    std::uint64_t bytes = 0;
    std::string fingerprint;
};

std::uint64_t fileSize(const fs::path& file) {
    std::error_code error;
    const auto size = fs::file_size(file, error);
    return error ? 0 : static_cast<std::uint64_t>(size);
}

bool isSettingsFile(const content::FolderEntry& entry) {
    const std::string about(content::kAboutFileName);
    return entry.key == "exhibition.toml" || entry.key == "exhibition.toml.txt" ||
           entry.key == about || entry.key == about + ".txt";
}

// Calls visit(entry, inSection) for the settings file and every file in the section folders,
// as the content reader lists them (junk skipped, links never leading out).
template <typename Visit> void forEachContentFile(const fs::path& root, Visit visit) {
    content::Report ignored; // the reader's own pass reports the same findings
    const content::FolderListing top = content::listFolder(root, root, {}, ignored);
    for (const content::FolderEntry& entry : top.entries) {
        if (content::isKioskOutput(entry)) {
            continue;
        }
        if (!entry.isFolder) {
            if (isSettingsFile(entry)) {
                visit(entry, false);
            }
            continue;
        }
        const content::FolderListing section =
            content::listFolder(root, entry.path, entry.relative, ignored);
        for (const content::FolderEntry& file : section.entries) {
            if (!file.isFolder) {
                visit(file, true);
            }
        }
    }
}

// Names, sizes and modification times of the content files: equal when nothing changed.
std::string fingerprintOf(const fs::path& root) {
    std::string stamps;
    forEachContentFile(root, [&](const content::FolderEntry& entry, bool) {
        struct stat st {};
        ::stat(entry.path.c_str(), &st);
        stamps += entry.relative + '\n' + std::to_string(st.st_size) + ' ' +
                  std::to_string(st.st_mtim.tv_sec) + '\n';
    });
    const auto* bytes = reinterpret_cast<const std::uint8_t*>(stamps.data());
    return std::to_string(imaging::hashBytes({bytes, stamps.size()}));
}

// What to copy: every content file, but pictures whose header already refuses them, and
// texts and recordings too large for the reader.
Plan planImport(const fs::path& root, const fs::path& contentDir, const imaging::Limits& limits) {
    Plan plan;
    forEachContentFile(root, [&](const content::FolderEntry& entry, bool inSection) {
        const std::uint64_t size = fileSize(entry.path);
        const bool isPicture = inSection && content::isPictureCandidate(entry.key);
        const bool isRecording = inSection && content::isRecordingCandidate(entry.key);
        if (isRecording ? size > content::kMaxRecordingBytes : !isPicture && size > kMaxTextBytes) {
            return;
        }
        if (isPicture) {
            Verdict header = imaging::probeImageFile(entry.path, limits);
            if (std::holds_alternative<imaging::DecodeError>(header)) {
                plan.refused.emplace(entry.relative, std::move(header));
                return;
            }
        }
        plan.files.push_back(
            {entry.path, entry.relative, contentDir / entry.relative, size, isPicture});
        plan.bytes += size;
    });
    plan.fingerprint = fingerprintOf(root);
    return plan;
}

// Decodes copied pictures on worker threads while the next files are copied.
class DecodePool {
  public:
    DecodePool(imaging::ImageCache& cache, std::vector<imaging::Box> boxes,
               const imaging::Limits& limits)
        : cache_(cache), boxes_(std::move(boxes)), limits_(limits) {
        const unsigned count = std::max(1u, std::thread::hardware_concurrency());
        for (unsigned i = 0; i < count; ++i) {
            workers_.emplace_back([this] { work(); });
        }
    }
    ~DecodePool() { stop(); }
    DecodePool(const DecodePool&) = delete;
    DecodePool& operator=(const DecodePool&) = delete;

    // Queues a copied picture; waits while the queue is full.
    void add(const PlannedFile& file) {
        std::unique_lock lock(mutex_);
        roomFree_.wait(lock, [this] { return queue_.size() < kMaxQueuedDecodes || stopping_; });
        queue_.push_back(&file);
        workAvailable_.notify_one();
    }
    // Stops taking work, drops the queue, joins the workers.
    void stop() {
        {
            const std::lock_guard lock(mutex_);
            stopping_ = true;
            queue_.clear();
        }
        workAvailable_.notify_all();
        roomFree_.notify_all();
        for (std::thread& worker : workers_) {
            if (worker.joinable()) {
                worker.join();
            }
        }
    }
    // Blocks until every queued picture is decoded, or cancelled() turns true.
    void finish(const std::function<bool()>& cancelled) {
        for (;;) {
            {
                std::unique_lock lock(mutex_);
                if (idle_.wait_for(lock, std::chrono::milliseconds(100),
                                   [this] { return queue_.empty() && running_ == 0; })) {
                    return;
                }
            }
            if (cancelled()) { // outside the lock: it may ask for progress
                return;
            }
        }
    }
    std::size_t decoded() const {
        const std::lock_guard lock(mutex_);
        return verdicts_.size();
    }
    std::uint64_t decodedBytes() const {
        const std::lock_guard lock(mutex_);
        return decodedBytes_;
    }
    std::map<std::string, Verdict> takeVerdicts() {
        const std::lock_guard lock(mutex_);
        return std::move(verdicts_);
    }

  private:
    void work() {
        for (;;) {
            const PlannedFile* file = nullptr;
            {
                std::unique_lock lock(mutex_);
                workAvailable_.wait(lock, [this] { return !queue_.empty() || stopping_; });
                if (stopping_) {
                    return;
                }
                file = queue_.front();
                queue_.pop_front();
                ++running_;
                roomFree_.notify_one();
            }
            Verdict verdict = check(file->to);
            const std::lock_guard lock(mutex_);
            verdicts_.emplace(file->relative, std::move(verdict));
            decodedBytes_ += file->size;
            --running_;
            idle_.notify_all();
        }
    }
    // The strict decode that also makes the cache entries the screens will ask for.
    Verdict check(const fs::path& file) {
        if (boxes_.empty()) {
            return imaging::validateImageFile(file, limits_);
        }
        for (auto& result : cache_.loadBoxes(file, boxes_)) {
            if (auto* error = std::get_if<imaging::DecodeError>(&result)) {
                return std::move(*error);
            }
        }
        return imaging::probeImageFile(file, limits_);
    }

    imaging::ImageCache& cache_;
    std::vector<imaging::Box> boxes_;
    imaging::Limits limits_;
    mutable std::mutex mutex_;
    std::condition_variable workAvailable_, roomFree_, idle_;
    std::deque<const PlannedFile*> queue_;
    std::size_t running_ = 0;
    bool stopping_ = false;
    std::map<std::string, Verdict> verdicts_;
    std::uint64_t decodedBytes_ = 0;
    std::vector<std::thread> workers_;
};

Stop cancelled() {
    return {ImportOutcome::Cancelled,
            {"Importen avbröts. Den tidigare utställningen visas som förut.",
             "The import was cancelled. The exhibition shown before is still shown."},
            "cancelled"};
}

Stop sourceFailed(const std::string& relative, int code) {
    return {ImportOutcome::Failed,
            {"Filen \"" + relative +
                 "\" kunde inte läsas från USB-minnet. Togs minnet ut? Sätt i det igen och "
                 "försök på nytt. Den tidigare utställningen visas som förut.",
             "The file \"" + relative +
                 "\" could not be read from the USB stick. Was it pulled out? Put it back and "
                 "try again. The exhibition shown before is still shown."},
            "reading " + relative + ": " + core::errnoText(code)};
}

Stop diskFailed(const std::string& what, int code) {
    if (code == ENOSPC || code == EDQUOT) {
        return {ImportOutcome::Failed,
                {"Kioskens disk blev full. Utställningen är för stor; ta bort bilder eller "
                 "minska dem och försök igen. Den tidigare utställningen visas som förut.",
                 "The kiosk's disk is full. The exhibition is too large; remove pictures or make "
                 "them smaller and try again. The exhibition shown before is still shown."},
                what + ": " + core::errnoText(code)};
    }
    return {ImportOutcome::Failed,
            {"Kioskens disk gick inte att skriva till (" + core::errnoText(code) +
                 "). Den tidigare utställningen visas som förut. Kontakta IT.",
             "The kiosk's disk could not be written (" + core::errnoText(code) +
                 "). The exhibition shown before is still shown. Contact IT."},
            what + ": " + core::errnoText(code)};
}

// Everything one run needs, so that each step reads as a call.
class Run {
  public:
    Run(const ContentStore& store, const ImportRequest& request, SourceFiles& files,
        ImportControl& control)
        : store_(store), request_(request), files_(files), control_(control),
          started_(SteadyClock::now()) {}

    ImportResult run();

  private:
    std::optional<Stop> prepare();
    std::optional<Stop> copyAll();
    std::optional<Stop> copyOne(const PlannedFile& file);
    std::optional<Stop> check();
    std::optional<Stop> save();
    std::optional<Stop> commit();
    void report(ImportProgress::Stage stage);
    void finishRecord(ImportOutcome outcome, const StaffText& reason);

    const ContentStore& store_;
    const ImportRequest& request_;
    SourceFiles& files_;
    ImportControl& control_;
    SteadyClock::time_point started_;
    imaging::Limits limits_;
    Plan plan_;
    int version_ = 0;
    fs::path root_;
    fs::path folder_; // the new exhibition's folder in the store
    std::unique_ptr<imaging::ImageCache> cache_;
    std::unique_ptr<DecodePool> pool_;
    std::uint64_t bytesCopied_ = 0;
    std::size_t filesCopied_ = 0;
    std::size_t picturesCopied_ = 0;
    SteadyClock::time_point lastReport_{};
    ImportResult result_;
};

void Run::report(ImportProgress::Stage stage) {
    ImportProgress progress;
    progress.stage = stage;
    progress.filesTotal = plan_.files.size();
    progress.bytesTotal = plan_.bytes;
    progress.bytesDone = bytesCopied_;
    // A file is done when copied and, if it is a picture, decoded.
    progress.filesDone = stage == ImportProgress::Stage::Finished || !pool_
                             ? filesCopied_
                             : filesCopied_ - picturesCopied_ + pool_->decoded();
    // Copying and decoding weigh the same per byte; the last steps a fixed share.
    const double total = static_cast<double>(plan_.bytes) * 2 + 1;
    const double done =
        static_cast<double>(bytesCopied_) + static_cast<double>(pool_ ? pool_->decodedBytes() : 0) +
        (stage >= ImportProgress::Stage::Checking ? static_cast<double>(plan_.bytes) : 0.0);
    const double finishing = stage >= ImportProgress::Stage::Saving ? 0.03 : 0.0;
    progress.fraction = stage == ImportProgress::Stage::Finished
                            ? 1.0
                            : std::min(0.98, 0.95 * done / total + finishing);
    const double elapsed = std::chrono::duration<double>(SteadyClock::now() - started_).count();
    if (progress.fraction > 0.02 && elapsed > 0.5) {
        progress.secondsLeft = elapsed * (1 - progress.fraction) / progress.fraction;
    }
    progress.sourceReleased = stage >= ImportProgress::Stage::Saving;
    control_.setProgress(progress);
    lastReport_ = SteadyClock::now();
}

std::optional<Stop> Run::prepare() {
    std::error_code error;
    root_ = fs::canonical(request_.source, error);
    if (error || !fs::is_directory(root_, error)) {
        return Stop{ImportOutcome::NothingUsable,
                    {"Mappen eller USB-minnet hittas inte längre. Sätt i minnet igen.",
                     "The folder or USB stick cannot be found any more. Put the stick back in."},
                    "source missing: " + request_.source.string()};
    }
    version_ = store_.nextVersion();
    folder_ = store_.exhibitionDir(version_);
    plan_ = planImport(root_, store_.contentDir(version_), limits_);
    result_.record.fingerprint = plan_.fingerprint;
    if (plan_.files.size() > kMaxFiles) {
        return Stop{ImportOutcome::NothingUsable,
                    {"Det finns " + std::to_string(plan_.files.size()) +
                         " filer, fler än kiosken tar emot (" + std::to_string(kMaxFiles) +
                         "). Är det rätt USB-minne?",
                     "There are " + std::to_string(plan_.files.size()) +
                         " files, more than the kiosk accepts (" + std::to_string(kMaxFiles) +
                         "). Is it the right USB stick?"},
                    "too many files"};
    }
    const auto space = fs::space(store_.stateDir(), error);
    // The cache adds about a tenth of the pictures' size (display-size JPEGs).
    const std::uint64_t needed = plan_.bytes + plan_.bytes / 8 + kSpareBytes;
    if (plan_.bytes > kMaxBytes || (!error && space.available < needed)) {
        const auto mb = [](std::uint64_t bytes) {
            return std::to_string(bytes / 1'000'000);
        };
        return Stop{ImportOutcome::Failed,
                    {"Utställningen får inte plats på kioskens disk: den behöver " + mb(needed) +
                         " MB och " + mb(error ? 0 : space.available) +
                         " MB är lediga. Minska bilderna eller ta bort några.",
                     "The exhibition does not fit on the kiosk's disk: it needs " + mb(needed) +
                         " MB and " + mb(error ? 0 : space.available) +
                         " MB are free. Make the pictures smaller or remove some."},
                    "not enough space"};
    }
    fs::remove_all(folder_, error);
    fs::create_directories(store_.contentDir(version_), error);
    if (error) {
        return diskFailed("creating " + folder_.string(), error.value());
    }
    cache_ = std::make_unique<imaging::ImageCache>(store_.cacheDir(version_), limits_);
    pool_ = std::make_unique<DecodePool>(*cache_, request_.boxes, limits_);
    return std::nullopt;
}

std::optional<Stop> Run::copyOne(const PlannedFile& file) {
    std::error_code error;
    fs::create_directories(file.to.parent_path(), error);
    if (error) {
        return diskFailed("creating " + file.to.parent_path().string(), error.value());
    }
    int openError = 0;
    const std::unique_ptr<SourceFile> in = files_.open(file.from, openError);
    if (!in) {
        return sourceFailed(file.relative, openError);
    }
    const int out = ::open(file.to.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (out < 0) {
        return diskFailed("creating " + file.to.string(), errno);
    }
    std::vector<std::uint8_t> buffer(kCopyChunk);
    std::optional<Stop> stop;
    std::uint64_t copied = 0;
    while (!stop) {
        if (control_.isCancelled()) {
            stop = cancelled();
            break;
        }
        const long n = in->read(buffer);
        if (n < 0) {
            stop = sourceFailed(file.relative, static_cast<int>(-n));
            break;
        }
        if (n == 0) {
            break;
        }
        for (long written = 0; written < n && !stop;) {
            const ssize_t w =
                ::write(out, buffer.data() + written, static_cast<std::size_t>(n - written));
            if (w < 0 && errno == EINTR) {
                continue;
            }
            if (w <= 0) {
                stop = diskFailed("writing " + file.to.string(), w < 0 ? errno : ENOSPC);
            }
            written += w;
        }
        copied += static_cast<std::uint64_t>(n);
        bytesCopied_ += static_cast<std::uint64_t>(n);
        if (SteadyClock::now() - lastReport_ > std::chrono::milliseconds(100)) {
            report(ImportProgress::Stage::Copying);
        }
    }
    if (::close(out) != 0 && !stop) {
        stop = diskFailed("writing " + file.to.string(), errno);
    }
    // A file that grew or shrank on the stick meanwhile is copied as read; the decoder and
    // the reader then judge what was copied.
    if (!stop && copied != file.size) {
        core::logWarning("import: " + file.relative + " changed size while it was copied");
    }
    return stop;
}

std::optional<Stop> Run::copyAll() {
    for (const PlannedFile& file : plan_.files) {
        if (auto stop = copyOne(file)) {
            return stop;
        }
        ++filesCopied_;
        if (file.isPicture) {
            ++picturesCopied_;
            pool_->add(file);
        }
    }
    report(ImportProgress::Stage::Copying);
    pool_->finish([&] {
        report(ImportProgress::Stage::Copying);
        return control_.isCancelled();
    });
    if (control_.isCancelled()) {
        return cancelled();
    }
    return std::nullopt;
}

std::optional<Stop> Run::check() {
    report(ImportProgress::Stage::Checking);
    std::map<std::string, Verdict> verdicts = pool_->takeVerdicts();
    verdicts.merge(plan_.refused);
    std::map<fs::path, fs::path> copies; // where each source file's copy is
    for (const PlannedFile& file : plan_.files) {
        copies.emplace(file.from, file.to);
    }
    content::LoadOptions options;
    options.limits = limits_;
    options.verdict = [&verdicts](const fs::path&, const std::string& relative) -> Verdict {
        const auto found = verdicts.find(relative);
        if (found == verdicts.end()) {
            return imaging::DecodeError{imaging::RejectReason::ReadFailed, "",
                                        "appeared after the import had started"};
        }
        return found->second;
    };
    content::LoadResult loaded = content::loadContentFolder(root_, options);
    std::error_code error;
    const bool rootLost =
        std::any_of(loaded.report.findings.begin(), loaded.report.findings.end(),
                    [](const content::Finding& finding) {
                        return finding.severity == content::Severity::Fatal &&
                               (finding.code == content::FindingCode::FolderMissing ||
                                finding.code == content::FindingCode::FolderUnreadable);
                    });
    if (rootLost || !fs::is_directory(root_, error)) {
        return sourceFailed(".", EIO);
    }
    // The exhibition as the reader found it, its pictures and recordings now the copies in
    // the store.
    for (content::Section& section : loaded.exhibition.sections) {
        std::erase_if(section.items, [&](content::Item& item) {
            for (core::Lang lang : core::kAllLangs) {
                fs::path& recording = item.recordings.slot(lang);
                if (recording.empty()) {
                    continue;
                }
                const auto copy = copies.find(recording);
                if (copy == copies.end()) {
                    core::logWarning("import: no copy of " + recording.string() +
                                     "; the recording is not used");
                    recording.clear();
                } else {
                    recording = copy->second;
                }
            }
            if (item.image.empty()) {
                return false;
            }
            const auto copy = copies.find(item.image);
            if (copy == copies.end()) {
                core::logWarning("import: no copy of " + item.image.string() + "; item dropped");
                return true;
            }
            item.image = copy->second;
            return false;
        });
    }
    std::erase_if(loaded.exhibition.sections,
                  [](const content::Section& section) { return section.items.empty(); });
    result_.report = std::move(loaded.report);
    result_.exhibition = std::move(loaded.exhibition);
    if (result_.exhibition->itemCount() == 0) {
        return Stop{ImportOutcome::NothingUsable,
                    {"Inget på USB-minnet kan visas, så utställningen byts inte. Läs rapporten "
                     "för att se varför.",
                     "Nothing on the USB stick can be shown, so the exhibition is not changed. "
                     "Read the report to see why."},
                    "nothing usable"};
    }
    return std::nullopt;
}

std::optional<Stop> Run::save() {
    report(ImportProgress::Stage::Saving);
    const content::Exhibition& exhibition = *result_.exhibition;
    const content::LoadResult forReport{exhibition, result_.report};
    for (const auto& [name, bytes] :
         {std::pair{"catalog.json",
                    content::catalogToJson(exhibition, store_.contentDir(version_))},
          std::pair{"report-sv.txt", content::formatReport(forReport, core::Lang::Sv)},
          std::pair{"report-en.txt", content::formatReport(forReport, core::Lang::En)}}) {
        if (auto written = core::writeStateFile(folder_ / name, bytes); !written) {
            return diskFailed(written.error().message, ENOSPC);
        }
    }
    if (!cache_->saveIndex()) {
        core::logWarning("import: the picture index was not saved; pictures are rehashed");
    }
    // Everything the new folder holds reaches the disk before store.json may name it.
    const int fd = ::open(folder_.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    const bool synced = fd >= 0 && ::syncfs(fd) == 0;
    const int code = errno;
    if (fd >= 0) {
        ::close(fd);
    }
    if (!synced) {
        return diskFailed("flushing " + folder_.string(), code);
    }
    return std::nullopt;
}

void Run::finishRecord(ImportOutcome outcome, const StaffText& reason) {
    ImportRecord& record = result_.record;
    record.outcome = outcome;
    record.finishedAt = localTime();
    record.reasonSv = reason.sv;
    record.reasonEn = reason.en;
    record.bytes = bytesCopied_;
    record.version = outcome == ImportOutcome::Imported ? version_ : 0;
    if (result_.exhibition) {
        record.title = result_.exhibition->title;
        record.sections.clear();
        for (const content::Section& section : result_.exhibition->sections) {
            record.sections.emplace_back(section.title, section.items.size());
        }
    }
    record.warnings = result_.report.count(content::Severity::Warning);
    record.skipped = result_.report.count(content::Severity::Rejected);
}

std::optional<Stop> Run::commit() {
    auto state = store_.read();
    if (!state) {
        core::logError("import: " + state.error().message + "; it is replaced");
        state = StoreState{};
    }
    finishRecord(ImportOutcome::Imported, {});
    state->previous = state->current;
    state->current = result_.record;
    state->lastImport = result_.record;
    if (request_.kind == ImportSource::Inbox) {
        state->lastInboxFingerprint = plan_.fingerprint;
    }
    if (auto written = store_.write(*state); !written) {
        return diskFailed(written.error().message, ENOSPC);
    }
    return std::nullopt;
}

ImportResult Run::run() {
    ImportRecord& record = result_.record;
    record.source = request_.kind;
    record.sourcePath = request_.source.string();
    record.startedAt = localTime();
    report(ImportProgress::Stage::Planning);
    std::optional<StoreLock> lock = StoreLock::tryTake(store_.stateDir());
    std::optional<Stop> stop;
    if (!lock) {
        stop = Stop{ImportOutcome::Failed,
                    {"En annan import pågår redan. Vänta tills den är klar.",
                     "Another import is already running. Wait until it has finished."},
                    "store locked"};
    } else {
        store_.removeUnreferenced();
        stop = prepare();
    }
    for (auto step : {&Run::copyAll, &Run::check, &Run::save, &Run::commit}) {
        if (stop) {
            break;
        }
        stop = (this->*step)();
    }
    pool_.reset();
    cache_.reset();
    if (!stop) {
        result_.cacheDir = store_.cacheDir(version_);
        store_.removeUnreferenced();
        core::logInfo("import: " + request_.source.string() + " is exhibition " +
                      std::to_string(version_) + " with " +
                      std::to_string(result_.exhibition->itemCount()) + " items");
        report(ImportProgress::Stage::Finished);
        return std::move(result_);
    }
    core::logWarning("import of " + request_.source.string() +
                     " ended without a switch: " + stop->log);
    if (lock && !folder_.empty()) {
        std::error_code ignored;
        fs::remove_all(folder_, ignored);
    }
    finishRecord(stop->outcome, stop->reason);
    result_.exhibition.reset();
    if (lock) {
        auto state = store_.read();
        if (state) {
            state->lastImport = record;
            if (request_.kind == ImportSource::Inbox) {
                state->lastInboxFingerprint = plan_.fingerprint;
            }
            if (auto written = store_.write(*state); !written) {
                core::logWarning("import: " + written.error().message);
            }
        }
    }
    report(ImportProgress::Stage::Finished);
    return std::move(result_);
}

} // namespace

ImportProgress ImportControl::progress() const {
    const std::lock_guard lock(mutex_);
    return progress_;
}

void ImportControl::setProgress(const ImportProgress& progress) {
    const std::lock_guard lock(mutex_);
    progress_ = progress;
}

ImportResult runImport(const ContentStore& store, const ImportRequest& request, SourceFiles& files,
                       ImportControl& control) {
    return Run(store, request, files, control).run();
}

std::string folderFingerprint(const fs::path& dir) {
    std::error_code error;
    const fs::path root = fs::canonical(dir, error);
    if (error) {
        return {};
    }
    return fingerprintOf(root);
}

ImportJob::ImportJob(const ContentStore& store, ImportRequest request, SourceFiles& files,
                     std::function<void()> finished)
    : thread_([this, &store, request = std::move(request), &files, finished = std::move(finished)] {
          result_ = runImport(store, request, files, control_);
          finished_ = true;
          if (finished) {
              finished();
          }
      }) {
}

ImportJob::~ImportJob() {
    control_.cancel();
    wait();
}

void ImportJob::wait() {
    if (thread_.joinable()) {
        thread_.join();
    }
}

} // namespace vitrin::ingest
