// SourceWatcher on real folders and real mounts: a tmpfs, and a FAT image through FUSE standing in
// for a USB stick. Mounting needs root (as in CI); where it is not allowed the test is skipped.

#include "ingest/SourceWatcher.h"
#include "FatStick.h"
#include "TestImages.h"

#include <gtest/gtest.h>

#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/mount.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <condition_variable>
#include <cstring>
#include <fstream>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace vitrin::ingest {
namespace {

using test::findProgram;
namespace fs = std::filesystem;
using namespace std::chrono_literals;
using Kind = SourceEvent::Kind;
using SteadyClock = std::chrono::steady_clock;

// An upper bound for waiting on something that should happen; the watcher is far quicker.
constexpr auto kPatience = 5s;
// How long to watch for something that must not happen: a few quiet periods of the inbox tests.
constexpr auto kSilence = 1s;
constexpr auto kQuiet = 300ms;

using imaging::test::TempDir;

void writeFile(const fs::path& file, std::string_view bytes = "bytes") {
    fs::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary) << bytes;
}

// Detaches whatever is still mounted on dir when a test ends early, so that TempDir's removal
// never reaches into a mounted file system.
struct MountGuard {
    fs::path dir;
    ~MountGuard() { ::umount2(dir.c_str(), MNT_DETACH); }
};

// Collects a watcher's events, woken by its wake() through a condition variable.
class EventSink {
  public:
    std::function<void()> wake() {
        return [this] {
            std::lock_guard lock(mutex_);
            ++wakes_;
            woken_.notify_all();
        };
    }

    // Collects events until done(all collected so far) holds or timeout passes; returns done.
    bool waitUntil(SourceWatcher& watcher,
                   const std::function<bool(const std::vector<SourceEvent>&)>& done,
                   std::chrono::milliseconds timeout = kPatience) {
        const auto deadline = SteadyClock::now() + timeout;
        for (;;) {
            std::unique_lock lock(mutex_);
            const int seen = wakes_;
            lock.unlock();
            collect(watcher);
            if (done(events_)) {
                return true;
            }
            lock.lock();
            if (!woken_.wait_until(lock, deadline, [&] { return wakes_ != seen; })) {
                lock.unlock();
                collect(watcher);
                return done(events_);
            }
        }
    }

    // Waits for the count-th event of kind (counting from the sink's start).
    bool waitFor(SourceWatcher& watcher, Kind kind, int count = 1,
                 std::chrono::milliseconds timeout = kPatience) {
        return waitUntil(
            watcher, [&](const auto&) { return this->count(kind) >= count; }, timeout);
    }

    // Whether any further event arrives within timeout.
    bool anyMoreWithin(SourceWatcher& watcher, std::chrono::milliseconds timeout) {
        const std::size_t before = events_.size();
        return waitUntil(
            watcher, [&](const auto& events) { return events.size() > before; }, timeout);
    }

    int count(Kind kind) const {
        return static_cast<int>(std::count_if(
            events_.begin(), events_.end(), [&](const auto& event) { return event.kind == kind; }));
    }
    const std::vector<SourceEvent>& events() const { return events_; }

  private:
    void collect(SourceWatcher& watcher) {
        for (SourceEvent& event : watcher.takeEvents()) {
            events_.push_back(std::move(event));
        }
    }

    std::mutex mutex_;
    std::condition_variable woken_;
    int wakes_ = 0;
    std::vector<SourceEvent> events_; // the test's thread only
};

double secondsSince(SteadyClock::time_point start) {
    return std::chrono::duration<double>(SteadyClock::now() - start).count();
}

// ---- mountinfo -----------------------------------------------------------------------------

TEST(ParseMountPointsTest, ReadsTheFifthFieldAndDecodesEscapes) {
    const std::string_view mountInfo =
        "22 27 0:21 / /proc rw,relatime - proc proc rw\n"
        "27 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw\n"
        "45 27 8:17 / /media/vitrin\\040usb ro,nosuid master:3 - vfat /dev/sdb1 ro\n"
        "46 27 0:40 / /mnt/tab\\011back\\134slash rw - tmpfs tmpfs rw\n"
        "not a mountinfo line\n"
        "47 27 0:41 / /last rw - tmpfs tmpfs rw"; // no final newline
    const std::vector<fs::path> expected{"/proc", "/", "/media/vitrin usb", "/mnt/tab\tback\\slash",
                                         "/last"};
    EXPECT_EQ(parseMountPoints(mountInfo), expected);
}

TEST(ParseMountPointsTest, LeavesIncompleteEscapesAlone) {
    EXPECT_EQ(parseMountPoints("1 2 0:1 / /a\\04 rw - t s rw\n"), std::vector<fs::path>{"/a\\04"});
    EXPECT_TRUE(parseMountPoints("").empty());
}

TEST(IsMountPointTest, RootIsAFreshFolderIsNot) {
    EXPECT_TRUE(isMountPoint("/"));
    EXPECT_TRUE(isMountPoint("/proc/")); // a trailing slash names the same folder
    const TempDir temp;
    fs::create_directory(temp / "stick");
    EXPECT_FALSE(isMountPoint(temp / "stick"));
    EXPECT_FALSE(isMountPoint(temp / "missing"));
}

TEST(IsSyncTemporaryTest, KnowsSyncthingAndPartialFiles) {
    EXPECT_TRUE(isSyncTemporary(".syncthing.01.jpg.tmp"));
    EXPECT_TRUE(isSyncTemporary("~syncthing~01.jpg.tmp"));
    EXPECT_TRUE(isSyncTemporary("01.jpg.part"));
    EXPECT_TRUE(isSyncTemporary("01.jpg.partial"));
    EXPECT_FALSE(isSyncTemporary("01.jpg"));
    EXPECT_FALSE(isSyncTemporary(".stfolder"));
    EXPECT_FALSE(isSyncTemporary("tmp.jpg"));
}

// ---- a stick: a tmpfs mounted on a folder --------------------------------------------------

TEST(SourceWatcherTest, NoticesAMountAndAnUnmount) {
    const TempDir temp;
    const fs::path stick = temp / "vitrin usb"; // a space: mountinfo writes it as \040
    fs::create_directory(stick);
    EventSink sink;
    SourceWatcher watcher({.stickMount = stick, .inbox = {}}, sink.wake());
    EXPECT_TRUE(watcher.takeEvents().empty());
    EXPECT_FALSE(watcher.isStickPresent());

    const MountGuard guard{stick};
    auto start = SteadyClock::now();
    if (::mount("tmpfs", stick.c_str(), "tmpfs", 0, "size=1m") != 0) {
        GTEST_SKIP() << "cannot mount a tmpfs here: " << std::strerror(errno);
    }
    ASSERT_TRUE(sink.waitFor(watcher, Kind::StickInserted));
    EXPECT_LT(secondsSince(start), 2.0);
    EXPECT_TRUE(watcher.isStickPresent());
    EXPECT_TRUE(isMountPoint(stick));
    EXPECT_EQ(sink.events().back().dir, stick);

    start = SteadyClock::now();
    ASSERT_EQ(::umount(stick.c_str()), 0) << std::strerror(errno);
    ASSERT_TRUE(sink.waitFor(watcher, Kind::StickRemoved));
    EXPECT_LT(secondsSince(start), 2.0);
    EXPECT_FALSE(watcher.isStickPresent());
    EXPECT_FALSE(isMountPoint(stick));
    ASSERT_EQ(sink.events().size(), 2u);
    EXPECT_EQ(sink.events().back().dir, stick);

    // Other mounts elsewhere are not the stick.
    fs::create_directory(temp / "other");
    const MountGuard otherGuard{temp / "other"};
    ASSERT_EQ(::mount("tmpfs", (temp / "other").c_str(), "tmpfs", 0, "size=1m"), 0);
    EXPECT_FALSE(sink.anyMoreWithin(watcher, 500ms));
}

TEST(SourceWatcherTest, ReportsAStickAlreadyMountedAtStart) {
    const TempDir temp;
    const fs::path stick = temp / "stick";
    fs::create_directory(stick);
    const MountGuard guard{stick};
    if (::mount("tmpfs", stick.c_str(), "tmpfs", MS_RDONLY, "size=1m") != 0) {
        GTEST_SKIP() << "cannot mount a tmpfs here: " << std::strerror(errno);
    }
    EventSink sink;
    SourceWatcher watcher({.stickMount = stick, .inbox = {}}, sink.wake());
    // Queued before the constructor returns.
    const std::vector<SourceEvent> events = watcher.takeEvents();
    ASSERT_EQ(events.size(), 1u);
    EXPECT_EQ(events[0].kind, Kind::StickInserted);
    EXPECT_TRUE(watcher.isStickPresent());
    EXPECT_FALSE(sink.anyMoreWithin(watcher, 300ms));
}

// ---- a stick: a FAT image through FUSE, its process killed as if the stick were pulled -----

TEST(SourceWatcherTest, NoticesAFatStickThroughFuseAndItsPulling) {
    const TempDir temp;
    test::FatStick fat(temp / "stick.img", {}, 16);
    if (!fat.whyNot().empty()) {
        GTEST_SKIP() << fat.whyNot();
    }
    const fs::path stick = temp / "stick";
    fs::create_directory(stick);
    EventSink sink;
    SourceWatcher watcher({.stickMount = stick, .inbox = {}}, sink.wake());

    auto start = SteadyClock::now();
    if (!fat.mount(stick)) {
        GTEST_SKIP() << "fusefat could not mount here";
    }
    ASSERT_TRUE(sink.waitFor(watcher, Kind::StickInserted)) << "the FUSE mount was not noticed";
    EXPECT_LT(secondsSince(start), 2.0);
    EXPECT_TRUE(watcher.isStickPresent());

    // Pulled: the file system's process dies and the mount is detached.
    start = SteadyClock::now();
    fat.pull();
    ASSERT_TRUE(sink.waitFor(watcher, Kind::StickRemoved));
    EXPECT_LT(secondsSince(start), 2.0);
    EXPECT_FALSE(watcher.isStickPresent());
    EXPECT_EQ(sink.events().size(), 2u);
}

// ---- the inbox -----------------------------------------------------------------------------

TEST(SourceWatcherTest, ReportsADeliveryOnceAfterItHasBeenQuiet) {
    const TempDir temp;
    const fs::path inbox = temp / "state" / "inbox";
    EventSink sink;
    SourceWatcher watcher({.stickMount = {}, .inbox = inbox, .inboxQuiet = kQuiet}, sink.wake());
    EXPECT_TRUE(fs::is_directory(inbox)); // created when missing
    EXPECT_TRUE(watcher.takeEvents().empty());

    writeFile(inbox / "exhibition.toml");
    for (const char* name : {"01.jpg", "02.jpg", "03.jpg", "bildtexter.csv"}) {
        std::this_thread::sleep_for(50ms); // a delivery takes a while; each file restarts the wait
        writeFile(inbox / "01 Bilder" / name);
    }
    const auto lastChange = SteadyClock::now();
    ASSERT_TRUE(sink.waitFor(watcher, Kind::InboxReady));
    EXPECT_GE(secondsSince(lastChange), 0.3);
    EXPECT_EQ(sink.events().back().dir, inbox);
    EXPECT_FALSE(sink.anyMoreWithin(watcher, kSilence));
    EXPECT_EQ(sink.events().size(), 1u);
}

TEST(SourceWatcherTest, WaitsWhileASyncTemporaryFileIsPresent) {
    const TempDir temp;
    const fs::path inbox = temp / "inbox";
    fs::create_directories(inbox / ".stfolder");
    EventSink sink;
    SourceWatcher watcher({.stickMount = {}, .inbox = inbox, .inboxQuiet = kQuiet}, sink.wake());
    EXPECT_TRUE(watcher.takeEvents().empty());

    writeFile(inbox / "01 Bilder" / "01.jpg");
    writeFile(inbox / "01 Bilder" / ".syncthing.02.jpg.tmp");
    EXPECT_FALSE(sink.anyMoreWithin(watcher, kSilence));

    fs::rename(inbox / "01 Bilder" / ".syncthing.02.jpg.tmp", inbox / "01 Bilder" / "02.jpg");
    ASSERT_TRUE(sink.waitFor(watcher, Kind::InboxReady));
    EXPECT_FALSE(sink.anyMoreWithin(watcher, kSilence));
    EXPECT_EQ(sink.events().size(), 1u);
}

TEST(SourceWatcherTest, AnEmptyInboxNeverReports) {
    const TempDir temp;
    const fs::path inbox = temp / "inbox";
    // What Syncthing and a Mac leave in a folder that has no content yet.
    fs::create_directories(inbox / ".stfolder");
    fs::create_directories(inbox / ".stversions");
    writeFile(inbox / ".stignore");
    writeFile(inbox / ".DS_Store");
    EventSink sink;
    SourceWatcher watcher({.stickMount = {}, .inbox = inbox, .inboxQuiet = kQuiet}, sink.wake());
    EXPECT_TRUE(watcher.takeEvents().empty());

    writeFile(inbox / "Thumbs.db"); // a change, but still no content
    writeFile(inbox / "01.jpg");
    fs::remove(inbox / "01.jpg");
    EXPECT_FALSE(sink.anyMoreWithin(watcher, kSilence));
}

TEST(SourceWatcherTest, ReportsANonEmptyInboxAtStart) {
    const TempDir temp;
    const fs::path inbox = temp / "inbox";
    writeFile(inbox / "01 Bilder" / "01.jpg");
    EventSink sink;
    SourceWatcher watcher({.stickMount = {}, .inbox = inbox, .inboxQuiet = kQuiet}, sink.wake());
    // Queued before the constructor returns.
    const std::vector<SourceEvent> events = watcher.takeEvents();
    ASSERT_EQ(events.size(), 1u);
    EXPECT_EQ(events[0].kind, Kind::InboxReady);
    EXPECT_EQ(events[0].dir, inbox);
    EXPECT_FALSE(sink.anyMoreWithin(watcher, kSilence));
}

TEST(SourceWatcherTest, WatchesSectionsCreatedLater) {
    const TempDir temp;
    const fs::path inbox = temp / "inbox";
    EventSink sink;
    SourceWatcher watcher({.stickMount = {}, .inbox = inbox, .inboxQuiet = kQuiet}, sink.wake());
    writeFile(inbox / "02 Foton" / "01.jpg");
    ASSERT_TRUE(sink.waitFor(watcher, Kind::InboxReady));

    // Only the section's own watch sees a file added to a section that already exists.
    writeFile(inbox / "02 Foton" / "02.jpg");
    ASSERT_TRUE(sink.waitFor(watcher, Kind::InboxReady, 2));

    // A section renamed keeps being watched under its new name.
    fs::rename(inbox / "02 Foton", inbox / "03 Foton");
    ASSERT_TRUE(sink.waitFor(watcher, Kind::InboxReady, 3));
    writeFile(inbox / "03 Foton" / "03.jpg");
    ASSERT_TRUE(sink.waitFor(watcher, Kind::InboxReady, 4));
    EXPECT_EQ(sink.events().size(), 4u);
}

TEST(SourceWatcherTest, CreatesTheInboxAgainWhenItIsRemoved) {
    const TempDir temp;
    const fs::path inbox = temp / "inbox";
    EventSink sink;
    SourceWatcher watcher({.stickMount = {}, .inbox = inbox, .inboxQuiet = kQuiet}, sink.wake());
    fs::remove_all(inbox);
    writeFile(inbox / "01 Bilder" / "01.jpg");
    ASSERT_TRUE(sink.waitFor(watcher, Kind::InboxReady));
    writeFile(inbox / "01 Bilder" / "02.jpg");
    ASSERT_TRUE(sink.waitFor(watcher, Kind::InboxReady, 2));
    EXPECT_FALSE(sink.anyMoreWithin(watcher, kSilence));
}

TEST(SourceWatcherTest, CarriesOnWhenTheInboxCannotBeCreated) {
    EventSink sink;
    SourceWatcher watcher({.stickMount = "/", .inbox = "/proc/vitrin/inbox"}, sink.wake());
    // The stick watch still works: "/" is a mount point.
    const std::vector<SourceEvent> events = watcher.takeEvents();
    ASSERT_EQ(events.size(), 1u);
    EXPECT_EQ(events[0].kind, Kind::StickInserted);
    EXPECT_TRUE(watcher.isStickPresent());
}

TEST(SourceWatcherTest, StopsPromptlyWhileADeliverySettles) {
    const TempDir temp;
    const fs::path inbox = temp / "inbox";
    EventSink sink;
    auto watcher = std::make_unique<SourceWatcher>(
        WatchOptions{.stickMount = temp / "stick", .inbox = inbox, .inboxQuiet = 60s}, sink.wake());
    writeFile(inbox / "01 Bilder" / "01.jpg");
    std::this_thread::sleep_for(100ms); // lets the watcher start its quiet period

    const auto start = SteadyClock::now();
    watcher.reset();
    EXPECT_LT(secondsSince(start), 1.0);
}

TEST(SourceWatcherTest, WatchesNothingWhenGivenNothing) {
    EventSink sink;
    SourceWatcher watcher({}, sink.wake());
    EXPECT_FALSE(watcher.isStickPresent());
    EXPECT_FALSE(sink.anyMoreWithin(watcher, 100ms));
}

} // namespace
} // namespace vitrin::ingest
