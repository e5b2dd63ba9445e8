#pragma once
// Decodes images on worker threads. The main thread asks with request(), collects results
// with takeFinished() once per frame, and never waits unless it calls waitIdle().

#include "imaging/Decode.h"

#include <condition_variable>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace vitrin::imaging {

class ImageCache;

struct ImageRequest {
    std::filesystem::path path;
    int maxWidth = 0; // as decodeImage: the box as displayed, 0 = no limit
    int maxHeight = 0;
    bool operator==(const ImageRequest&) const = default;
};

struct LoadedImage {
    ImageRequest request;
    DecodeResult<Pixels> result;
};

struct LoaderOptions {
    int threads = 0;             // 0 = one per hardware thread (at least 1)
    ImageCache* cache = nullptr; // optional; must outlive the loader
    Limits limits = {};          // used when there is no cache (the cache has its own)
};

class ImageLoader {
  public:
    explicit ImageLoader(LoaderOptions options = {});
    // Finishes the images being decoded, drops the queue, joins the workers.
    ~ImageLoader();
    ImageLoader(const ImageLoader&) = delete;
    ImageLoader& operator=(const ImageLoader&) = delete;

    // Queues a decode; higher priority runs first. A request equal to one queued, running or
    // finished-but-untaken merges with it (a queued one takes the higher priority).
    void request(const ImageRequest& request, int priority);

    // Drops queued requests below priority; they produce no result. Running ones finish.
    void cancelBelow(int priority);

    // Results finished since the last call, oldest first; never blocks on decoding.
    std::vector<LoadedImage> takeFinished();

    // Blocks until nothing is queued, running or being written to the cache (for
    // deterministic headless runs). While paused it only waits for the running ones.
    void waitIdle();

    // While paused no new decode starts (e.g. to keep both cores for a swipe animation).
    void setPaused(bool paused);

    // Called on a worker thread each time a result is ready for takeFinished(), so an event
    // loop can sleep until then; must be quick and thread-safe. Empty: nothing is called.
    void setOnFinished(std::function<void()> onFinished);

    // Number of worker threads.
    int threadCount() const { return static_cast<int>(workers_.size()); }

  private:
    struct Job {
        ImageRequest request;
        int priority;
        std::uint64_t sequence;
    };

    void work();
    bool isIdleLocked() const {
        return (paused_ || queue_.empty()) && running_.empty() && writing_ == 0;
    }

    LoaderOptions options_;
    std::mutex mutex_;
    std::condition_variable workAvailable_;
    std::condition_variable idle_;
    std::vector<Job> queue_;
    std::vector<ImageRequest> running_;
    std::vector<LoadedImage> finished_;
    int writing_ = 0; // cache entries of finished pictures being written
    std::uint64_t nextSequence_ = 0;
    bool stopping_ = false;
    bool paused_ = false;
    std::function<void()> onFinished_;
    std::vector<std::thread> workers_;
};

} // namespace vitrin::imaging
