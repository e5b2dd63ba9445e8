#pragma once
// Decodes every picture of an exhibition once, on a thread of its own, into the picture cache at
// the sizes the screens ask for. The kiosk starts on a quick look at each picture's header; this
// finds the pictures that pass it but cannot be decoded (cut short, damaged) before a visitor
// meets them as empty tiles. With a warm cache each picture is a cheap hit; with a cold one it
// is decoding that visitors would cause anyway.

#include "content/Catalog.h"
#include "imaging/ImageCache.h"

#include <atomic>
#include <condition_variable>
#include <filesystem>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace vitrin::app {

struct BrokenPicture {
    std::filesystem::path file;
    std::string reason; // English, for the log
};

class PictureCheck {
  public:
    // Idle: only when a core has nothing else to do (a kiosk with visitors); Normal: as fast as
    // the machine allows (a script waits for it).
    enum class Priority { Idle, Normal };

    // Starts checking every picture of exhibition: each is loaded into cache at every box (the
    // largest first), the first picture of each section first, as the attract loop shows them.
    // Each broken one is logged at once and handed out in batches (at the latest when the check
    // ends). wake, when set, is called on the worker thread after each batch and when the check
    // is done; it must be quick and thread-safe.
    PictureCheck(const content::Exhibition& exhibition, imaging::ImageCache& cache,
                 std::vector<imaging::Box> boxes, Priority priority,
                 std::function<void()> wake = {});
    // Stops after the picture being decoded.
    ~PictureCheck();
    PictureCheck(const PictureCheck&) = delete;
    PictureCheck& operator=(const PictureCheck&) = delete;

    // The broken pictures handed out since the last call, in the order found.
    std::vector<BrokenPicture> takeBroken();
    // True once every picture has been checked.
    bool isDone() const;
    // Blocks until every picture has been checked.
    void waitDone();

  private:
    void run(Priority priority);

    std::vector<std::filesystem::path> files_;
    imaging::ImageCache& cache_;
    std::vector<imaging::Box> boxes_;
    std::function<void()> wake_;
    mutable std::mutex mutex_;
    std::condition_variable doneChanged_;
    std::vector<BrokenPicture> broken_;
    bool done_ = false;
    std::atomic<bool> stopping_{false};
    std::thread worker_; // last: starts once everything above is ready
};

} // namespace vitrin::app
