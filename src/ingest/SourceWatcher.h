#pragma once
// Watches for new content arriving: a USB stick mounted at a fixed mount point, and an inbox
// folder into which a sync tool (Syncthing) delivers a whole exhibition folder.
//
// Event driven, never on a timer: a thread sleeps in poll() on /proc/self/mountinfo (the kernel
// flags it on every mount or unmount) and on inotify for the inbox, and wakes on a timeout only
// while an inbox delivery is settling. A kiosk with nothing arriving has no wake-ups at all.

#include <chrono>
#include <filesystem>
#include <functional>
#include <memory>
#include <string_view>
#include <vector>

namespace vitrin::ingest {

struct SourceEvent {
    enum class Kind { StickInserted, StickRemoved, InboxReady };
    Kind kind;
    std::filesystem::path dir; // the stick's mount root, or the inbox folder
};

struct WatchOptions {
    // e.g. /media/vitrin-usb (the stick's root IS this mount point); may be empty = no stick
    std::filesystem::path stickMount;
    // e.g. <state>/inbox; may be empty = no inbox
    std::filesystem::path inbox;
    // an inbox counts as delivered after this long without change
    std::chrono::milliseconds inboxQuiet{10000};
};

class SourceWatcher {
  public:
    // Starts a thread. wake() is called on that thread after events are queued (the kiosk's
    // main loop uses it to push an SDL user event; it must be cheap and thread-safe).
    // The start-up state (a stick already mounted, a non-empty inbox) is queued before this
    // returns; the inbox folder is created when missing. Failures are logged, never thrown.
    SourceWatcher(WatchOptions options, std::function<void()> wake);
    // Stops and joins the thread promptly, even while an inbox delivery is settling.
    ~SourceWatcher();
    SourceWatcher(const SourceWatcher&) = delete;
    SourceWatcher& operator=(const SourceWatcher&) = delete;

    // The events since the last call, oldest first; never blocks.
    std::vector<SourceEvent> takeEvents();
    // Whether a stick is mounted at stickMount as of the last event.
    bool isStickPresent() const;

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// The mount points listed in the text of /proc/<pid>/mountinfo, escapes such as \040 decoded.
std::vector<std::filesystem::path> parseMountPoints(std::string_view mountinfo);

// Whether dir is currently a mount point listed in /proc/self/mountinfo (mountinfo escapes like
// \040 decoded). The parent is resolved, dir itself is never entered, so a dead stick can't hang.
bool isMountPoint(const std::filesystem::path& dir);

// Whether a name in the inbox is a sync tool's file still being written (Syncthing's
// .syncthing.*.tmp and ~syncthing~*.tmp, generic *.part and *.partial).
bool isSyncTemporary(std::string_view name);

} // namespace vitrin::ingest
