#include "ingest/SourceWatcher.h"

#include "core/Log.h"
#include "core/Text.h"

#include <fcntl.h>
#include <poll.h>
#include <sys/eventfd.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cerrno>
#include <climits>
#include <cstdint>
#include <cstring>
#include <exception>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <system_error>
#include <thread>
#include <utility>

namespace vitrin::ingest {

namespace fs = std::filesystem;
using SteadyClock = std::chrono::steady_clock;

namespace {

constexpr const char* kMountInfo = "/proc/self/mountinfo";

// What counts as a change in the inbox or one of its sections. IN_MODIFY keeps a file that is
// written slowly in place from looking finished; IN_ONLYDIR and IN_DONT_FOLLOW keep a link from
// leading the watch out of the inbox.
constexpr std::uint32_t kWatchMask = IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO |
                                     IN_CLOSE_WRITE | IN_MODIFY | IN_ATTRIB | IN_DELETE_SELF |
                                     IN_MOVE_SELF | IN_ONLYDIR | IN_DONT_FOLLOW | IN_EXCL_UNLINK;

std::string errorText(int error) {
    return std::generic_category().message(error);
}

// Owns a file descriptor.
class Fd {
  public:
    Fd() = default;
    explicit Fd(int fd) : fd_(fd) {}
    ~Fd() { reset(); }
    Fd(const Fd&) = delete;
    Fd& operator=(const Fd&) = delete;
    Fd& operator=(Fd&& other) noexcept {
        reset();
        fd_ = std::exchange(other.fd_, -1);
        return *this;
    }

    int get() const { return fd_; }
    bool isOpen() const { return fd_ >= 0; }
    void reset() {
        if (fd_ >= 0) {
            ::close(fd_);
        }
        fd_ = -1;
    }

  private:
    int fd_ = -1;
};

// The whole of a /proc file from its start. Reading to the end from offset 0 is what makes the
// kernel produce a fresh copy of the mount table.
std::optional<std::string> readAll(int fd) {
    if (::lseek(fd, 0, SEEK_SET) < 0) {
        return std::nullopt;
    }
    std::string text;
    std::array<char, 16384> buffer{};
    for (;;) {
        const ssize_t length = ::read(fd, buffer.data(), buffer.size());
        if (length < 0 && errno == EINTR) {
            continue;
        }
        if (length < 0) {
            return std::nullopt;
        }
        if (length == 0) {
            return text;
        }
        text.append(buffer.data(), static_cast<std::size_t>(length));
    }
}

bool isOctalDigit(char c) {
    return c >= '0' && c <= '7';
}

// The kernel writes space, tab, newline and backslash in mountinfo paths as \040, \011, \012
// and \134.
std::string decodeMountInfoField(std::string_view field) {
    std::string decoded;
    decoded.reserve(field.size());
    for (std::size_t i = 0; i < field.size(); ++i) {
        if (field[i] == '\\' && i + 3 < field.size() && isOctalDigit(field[i + 1]) &&
            isOctalDigit(field[i + 2]) && isOctalDigit(field[i + 3])) {
            const int value =
                (field[i + 1] - '0') * 64 + (field[i + 2] - '0') * 8 + (field[i + 3] - '0');
            decoded.push_back(static_cast<char>(value));
            i += 3;
        } else {
            decoded.push_back(field[i]);
        }
    }
    return decoded;
}

// Where dir would be listed in mountinfo: its parent resolved (links, "..", relative paths), its
// own name kept. Resolving dir itself would enter the mounted file system, and a FUSE stick whose
// process died answers that with an error, or one that hangs never answers at all.
fs::path resolveMountPoint(const fs::path& dir) {
    std::error_code error;
    fs::path absolute = fs::absolute(dir, error).lexically_normal();
    if (error) {
        return dir.lexically_normal();
    }
    if (!absolute.has_filename() && absolute.has_relative_path()) {
        absolute = absolute.parent_path(); // "/media/stick/" names "/media/stick"
    }
    if (absolute == absolute.root_path()) {
        return absolute;
    }
    const fs::path parent = fs::canonical(absolute.parent_path(), error);
    return error ? absolute : parent / absolute.filename();
}

bool isListed(const std::vector<fs::path>& mountPoints, const fs::path& dir) {
    return std::find(mountPoints.begin(), mountPoints.end(), dir) != mountPoints.end();
}

// Names in the inbox that are not content: the sync tool's own (.stfolder, .stignore,
// .stversions) and what computers leave behind (.DS_Store, ._*, Thumbs.db, desktop.ini).
bool isIgnoredName(std::string_view name) {
    if (name.starts_with('.')) {
        return true;
    }
    const std::string lower = core::toLowerAscii(name);
    return lower == "thumbs.db" || lower == "desktop.ini";
}

bool isRealFolder(const fs::directory_entry& entry) {
    std::error_code error;
    return entry.is_directory(error) && !entry.is_symlink(error);
}

struct InboxScan {
    bool hasContent = false;   // something besides sync metadata and junk
    bool hasTemporary = false; // a file still being delivered
};

// Looks at the inbox and its direct subfolders only: that is the depth of an exhibition folder
// (sections are subfolders; anything deeper is not read as content), and the depth watched.
InboxScan scanInbox(const fs::path& inbox) {
    InboxScan scan;
    std::error_code error;
    for (fs::directory_iterator it(inbox, error), end; !error && it != end; it.increment(error)) {
        const std::string name = it->path().filename().string();
        if (isSyncTemporary(name)) {
            scan.hasTemporary = true;
            continue;
        }
        if (isIgnoredName(name)) {
            continue;
        }
        scan.hasContent = true;
        if (!isRealFolder(*it)) {
            continue;
        }
        std::error_code sectionError;
        for (fs::directory_iterator file(it->path(), sectionError); !sectionError && file != end;
             file.increment(sectionError)) {
            if (isSyncTemporary(file->path().filename().string())) {
                scan.hasTemporary = true;
                break;
            }
        }
    }
    return scan;
}

} // namespace

struct SourceWatcher::Impl {
    WatchOptions options;
    std::function<void()> wake;

    Fd stopFd;    // an eventfd the destructor writes to
    Fd mountFd;   // /proc/self/mountinfo: POLLPRI on every change of the mount table
    Fd inotifyFd; // the inbox and its sections
    int inboxWatch = -1;
    std::map<std::string, int, std::less<>> sectionWatches; // by folder name
    std::optional<SteadyClock::time_point> quietUntil;      // an inbox delivery is settling
    bool isMountInfoBroken = false;

    std::atomic<bool> stickPresent{false};
    std::mutex mutex;
    std::vector<SourceEvent> events; // guarded by mutex
    bool hasQueued = false;          // since the last wake(); watcher thread only
    std::thread thread;

    void queue(SourceEvent::Kind kind, const fs::path& dir) {
        std::lock_guard lock(mutex);
        events.push_back({kind, dir});
        hasQueued = true;
    }

    void wakeIfQueued() {
        if (hasQueued && wake) {
            wake();
        }
        hasQueued = false;
    }

    void openStick() {
        if (options.stickMount.empty()) {
            return;
        }
        mountFd = Fd(::open(kMountInfo, O_RDONLY | O_CLOEXEC));
        if (!mountFd.isOpen()) {
            core::logWarning(std::string("cannot open ") + kMountInfo + " (" + errorText(errno) +
                             "): USB sticks will not be noticed");
            return;
        }
        checkStick();
    }

    void checkStick() {
        const std::optional<std::string> mountInfo = readAll(mountFd.get());
        if (!mountInfo) {
            if (!isMountInfoBroken) {
                core::logWarning(std::string("cannot read ") + kMountInfo + " (" +
                                 errorText(errno) + ")");
            }
            isMountInfoBroken = true;
            return;
        }
        isMountInfoBroken = false;
        const bool present =
            isListed(parseMountPoints(*mountInfo), resolveMountPoint(options.stickMount));
        if (present != stickPresent.load()) {
            stickPresent = present;
            queue(present ? SourceEvent::Kind::StickInserted : SourceEvent::Kind::StickRemoved,
                  options.stickMount);
        }
    }

    void openInbox() {
        if (options.inbox.empty()) {
            return;
        }
        std::error_code error;
        fs::create_directories(options.inbox, error);
        if (error) {
            core::logWarning("cannot create the inbox " + options.inbox.string() + ": " +
                             error.message());
        }
        inotifyFd = Fd(::inotify_init1(IN_NONBLOCK | IN_CLOEXEC));
        if (inotifyFd.isOpen()) {
            watchInbox();
        } else {
            core::logWarning("inotify is not available (" + errorText(errno) +
                             "): the inbox is only looked at on start-up");
        }
        // The consumer decides whether it has imported this content already.
        checkInbox();
    }

    // Watches the inbox and its sections; adding a watch again is harmless (same descriptor).
    void watchInbox() {
        inboxWatch = addWatch(options.inbox);
        if (inboxWatch < 0) {
            return;
        }
        std::error_code error;
        for (fs::directory_iterator it(options.inbox, error), end; !error && it != end;
             it.increment(error)) {
            const std::string name = it->path().filename().string();
            if (isRealFolder(*it) && !isIgnoredName(name)) {
                watchSection(name);
            }
        }
    }

    void watchSection(const std::string& name) {
        const int watch = addWatch(options.inbox / name);
        if (watch >= 0) {
            sectionWatches[name] = watch;
        }
    }

    int addWatch(const fs::path& dir) {
        const int watch = ::inotify_add_watch(inotifyFd.get(), dir.c_str(), kWatchMask);
        // ENOENT and ENOTDIR: gone again, or a link; neither needs watching.
        if (watch < 0 && errno != ENOENT && errno != ENOTDIR) {
            core::logWarning("cannot watch " + dir.string() + ": " + errorText(errno));
        }
        return watch;
    }

    void readInotify() {
        bool changed = false;
        alignas(inotify_event) std::array<char, 16384> buffer{};
        for (;;) {
            const ssize_t length = ::read(inotifyFd.get(), buffer.data(), buffer.size());
            if (length < 0 && errno == EINTR) {
                continue;
            }
            if (length < 0 && errno != EAGAIN) {
                core::logWarning("cannot read inotify events: " + errorText(errno));
            }
            if (length <= 0) {
                break;
            }
            std::size_t offset = 0;
            while (offset + sizeof(inotify_event) <= static_cast<std::size_t>(length)) {
                inotify_event event{};
                std::memcpy(&event, buffer.data() + offset, sizeof event);
                // The name is NUL-padded to event.len bytes.
                const std::string_view name =
                    event.len > 0 ? std::string_view(buffer.data() + offset + sizeof event)
                                  : std::string_view();
                offset += sizeof event + event.len;
                changed = handleInotify(event.wd, event.mask, name) || changed;
            }
        }
        if (changed) {
            quietUntil = SteadyClock::now() + options.inboxQuiet;
        }
    }

    // Keeps the watches in step with the inbox; returns whether the event changes the inbox.
    bool handleInotify(int watch, std::uint32_t mask, std::string_view name) {
        if ((mask & IN_Q_OVERFLOW) != 0) {
            watchInbox(); // events were lost, folders created among them
            return true;
        }
        if (watch == inboxWatch) {
            if ((mask & IN_MOVE_SELF) != 0) {
                // The inbox was moved away: its watch would follow it. Ending it brings
                // IN_IGNORED, below, which sets up a new inbox.
                ::inotify_rm_watch(inotifyFd.get(), inboxWatch);
            }
            if ((mask & IN_IGNORED) != 0) {
                core::logWarning("the inbox " + options.inbox.string() +
                                 " was removed; creating it again");
                inboxWatch = -1;
                sectionWatches.clear();
                std::error_code error;
                fs::create_directories(options.inbox, error);
                watchInbox();
                return true;
            }
            if ((mask & IN_ISDIR) != 0 && !isIgnoredName(name)) {
                if ((mask & (IN_CREATE | IN_MOVED_TO)) != 0) {
                    watchSection(std::string(name));
                } else if ((mask & IN_MOVED_FROM) != 0) {
                    // A section moved out of the inbox is no longer ours to watch.
                    const auto section = sectionWatches.find(name);
                    if (section != sectionWatches.end()) {
                        ::inotify_rm_watch(inotifyFd.get(), section->second);
                        sectionWatches.erase(section);
                    }
                }
            }
        }
        // A section's watch ending follows its removal, which its inbox event counted already.
        return (mask & IN_IGNORED) == 0;
    }

    void checkInbox() {
        const InboxScan scan = scanInbox(options.inbox);
        // Mid-delivery: renaming or removing the temporary file is a change, which starts
        // another quiet period, so no timer is needed to look again.
        if (scan.hasContent && !scan.hasTemporary) {
            queue(SourceEvent::Kind::InboxReady, options.inbox);
        }
    }

    int pollTimeout() const {
        if (!quietUntil) {
            return -1; // nothing pending: sleep until the kernel has news
        }
        // Rounded up, so the deadline has passed on waking and the loop does not spin.
        const auto left =
            std::chrono::ceil<std::chrono::milliseconds>(*quietUntil - SteadyClock::now());
        return static_cast<int>(
            std::clamp<std::chrono::milliseconds::rep>(left.count(), 0, INT_MAX));
    }

    void loop() {
        wakeIfQueued(); // the state at start-up
        for (;;) {
            std::array<pollfd, 3> fds{{{stopFd.get(), POLLIN, 0},
                                       {mountFd.get(), POLLPRI, 0},
                                       {inotifyFd.get(), POLLIN, 0}}};
            // poll() skips negative descriptors: a part that failed to start stays silent.
            if (::poll(fds.data(), fds.size(), pollTimeout()) < 0) {
                if (errno == EINTR) {
                    continue;
                }
                core::logError("the source watcher stopped: poll failed: " + errorText(errno));
                return;
            }
            if (fds[0].revents != 0) {
                return;
            }
            if ((fds[1].revents & (POLLPRI | POLLERR)) != 0) {
                checkStick();
            }
            if ((fds[2].revents & POLLIN) != 0) {
                readInotify();
            }
            if (quietUntil && SteadyClock::now() >= *quietUntil) {
                quietUntil.reset();
                checkInbox();
            }
            wakeIfQueued();
        }
    }

    void run() noexcept {
        try {
            loop();
        } catch (const std::exception& error) {
            core::logError(std::string("the source watcher stopped: ") + error.what());
        } catch (...) {
            core::logError("the source watcher stopped on an unknown exception");
        }
    }
};

SourceWatcher::SourceWatcher(WatchOptions options, std::function<void()> wake)
    : impl_(std::make_unique<Impl>()) {
    impl_->options = std::move(options);
    impl_->wake = std::move(wake);
    // Opened (and the start-up state read) before the thread starts, so nothing that happens
    // after the constructor returns can be missed.
    impl_->openStick();
    impl_->openInbox();
    impl_->stopFd = Fd(::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK));
    if (!impl_->stopFd.isOpen()) {
        core::logWarning("cannot create an eventfd (" + errorText(errno) +
                         "): USB sticks and the inbox are not watched");
        return;
    }
    try {
        impl_->thread = std::thread([impl = impl_.get()] { impl->run(); });
    } catch (const std::system_error& error) {
        core::logWarning(std::string("cannot start the source watcher: ") + error.what());
    }
}

SourceWatcher::~SourceWatcher() {
    if (impl_->thread.joinable()) {
        const std::uint64_t one = 1;
        if (::write(impl_->stopFd.get(), &one, sizeof one) < 0) {
            core::logError("cannot stop the source watcher: " + errorText(errno));
        }
        impl_->thread.join();
    }
}

std::vector<SourceEvent> SourceWatcher::takeEvents() {
    std::lock_guard lock(impl_->mutex);
    return std::exchange(impl_->events, {});
}

bool SourceWatcher::isStickPresent() const {
    return impl_->stickPresent.load();
}

std::vector<fs::path> parseMountPoints(std::string_view mountInfo) {
    // A line: ID PARENT-ID MAJOR:MINOR ROOT MOUNT-POINT OPTIONS [OPTIONAL...] - TYPE SOURCE ...
    constexpr std::size_t kMountPointField = 4;
    std::vector<fs::path> mountPoints;
    while (!mountInfo.empty()) {
        const std::size_t lineEnd = mountInfo.find('\n');
        std::string_view line = mountInfo.substr(0, lineEnd);
        mountInfo.remove_prefix(lineEnd == std::string_view::npos ? mountInfo.size() : lineEnd + 1);
        for (std::size_t field = 0; !line.empty(); ++field) {
            const std::size_t fieldEnd = line.find(' ');
            if (field == kMountPointField) {
                mountPoints.emplace_back(decodeMountInfoField(line.substr(0, fieldEnd)));
                break;
            }
            if (fieldEnd == std::string_view::npos) {
                break; // too few fields: not a mountinfo line
            }
            line.remove_prefix(fieldEnd + 1);
        }
    }
    return mountPoints;
}

bool isMountPoint(const fs::path& dir) {
    const Fd fd(::open(kMountInfo, O_RDONLY | O_CLOEXEC));
    if (!fd.isOpen()) {
        return false;
    }
    const std::optional<std::string> mountInfo = readAll(fd.get());
    return mountInfo && isListed(parseMountPoints(*mountInfo), resolveMountPoint(dir));
}

bool isSyncTemporary(std::string_view name) {
    return (name.starts_with(".syncthing.") && name.ends_with(".tmp")) ||
           (name.starts_with("~syncthing~") && name.ends_with(".tmp")) || name.ends_with(".part") ||
           name.ends_with(".partial");
}

} // namespace vitrin::ingest
