#include "imaging/ImageLoader.h"

#include "core/Log.h"
#include "imaging/ImageCache.h"

#include <algorithm>
#include <exception>

namespace vitrin::imaging {
namespace {

DecodeResult<Pixels> loadOne(const ImageRequest& request, const LoaderOptions& options,
                             std::optional<ImageCache::UnwrittenEntry>& unwritten) {
    // A worker must never die of an exception: it would take the whole kiosk with it.
    try {
        if (options.cache != nullptr) {
            return options.cache->load(request.path, request.maxWidth, request.maxHeight,
                                       unwritten);
        }
        return decodeImage(request.path, request.maxWidth, request.maxHeight, options.limits);
    } catch (const std::exception& error) {
        return DecodeError{RejectReason::ReadFailed, "", error.what()};
    }
}

} // namespace

ImageLoader::ImageLoader(LoaderOptions options) : options_(options) {
    int count = options_.threads;
    if (count <= 0) {
        count = static_cast<int>(std::thread::hardware_concurrency());
    }
    count = std::max(count, 1);
    workers_.reserve(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i) {
        workers_.emplace_back([this] { work(); });
    }
}

ImageLoader::~ImageLoader() {
    {
        const std::lock_guard lock(mutex_);
        stopping_ = true;
        queue_.clear();
    }
    workAvailable_.notify_all();
    for (auto& worker : workers_) {
        worker.join();
    }
}

void ImageLoader::request(const ImageRequest& request, int priority) {
    {
        const std::lock_guard lock(mutex_);
        if (std::find(running_.begin(), running_.end(), request) != running_.end() ||
            std::any_of(finished_.begin(), finished_.end(),
                        [&](const LoadedImage& done) { return done.request == request; })) {
            return;
        }
        const auto queued = std::find_if(queue_.begin(), queue_.end(),
                                         [&](const Job& job) { return job.request == request; });
        if (queued != queue_.end()) {
            queued->priority = std::max(queued->priority, priority);
            return;
        }
        queue_.push_back(Job{request, priority, nextSequence_++});
    }
    workAvailable_.notify_one();
}

void ImageLoader::cancelBelow(int priority) {
    bool nowIdle = false;
    {
        const std::lock_guard lock(mutex_);
        std::erase_if(queue_, [priority](const Job& job) { return job.priority < priority; });
        nowIdle = isIdleLocked();
    }
    if (nowIdle) {
        idle_.notify_all();
    }
}

std::vector<LoadedImage> ImageLoader::takeFinished() {
    std::vector<LoadedImage> done;
    const std::lock_guard lock(mutex_);
    done.swap(finished_);
    return done;
}

void ImageLoader::waitIdle() {
    std::unique_lock lock(mutex_);
    idle_.wait(lock, [this] { return isIdleLocked(); });
}

void ImageLoader::setPaused(bool paused) {
    {
        const std::lock_guard lock(mutex_);
        paused_ = paused;
    }
    workAvailable_.notify_all();
    idle_.notify_all();
}

void ImageLoader::setOnFinished(std::function<void()> onFinished) {
    const std::lock_guard lock(mutex_);
    onFinished_ = std::move(onFinished);
}

void ImageLoader::work() {
    std::unique_lock lock(mutex_);
    while (true) {
        workAvailable_.wait(lock, [this] { return stopping_ || (!paused_ && !queue_.empty()); });
        if (stopping_) {
            return;
        }
        // Highest priority first, then oldest: the queue is short (screens ask for dozens).
        const auto next =
            std::max_element(queue_.begin(), queue_.end(), [](const Job& a, const Job& b) {
                return a.priority != b.priority ? a.priority < b.priority : a.sequence > b.sequence;
            });
        ImageRequest request = std::move(next->request);
        queue_.erase(next);
        running_.push_back(request);
        lock.unlock();
        std::optional<ImageCache::UnwrittenEntry> unwritten;
        DecodeResult<Pixels> result = loadOne(request, options_, unwritten);
        lock.lock();
        running_.erase(std::find(running_.begin(), running_.end(), request));
        finished_.push_back(LoadedImage{std::move(request), std::move(result)});
        // The picture is handed on before its cache entry is written; until it is, the loader
        // is not idle.
        writing_ += unwritten ? 1 : 0;
        if (isIdleLocked()) {
            idle_.notify_all();
        }
        if (onFinished_) {
            const std::function<void()> notify = onFinished_;
            lock.unlock();
            notify();
            lock.lock();
        }
        if (unwritten) {
            lock.unlock();
            try {
                options_.cache->write(*unwritten);
            } catch (const std::exception& error) {
                core::logWarning(std::string("image cache: entry not written: ") + error.what());
            }
            unwritten.reset();
            lock.lock();
            --writing_;
            if (isIdleLocked()) {
                idle_.notify_all();
            }
        }
    }
}

} // namespace vitrin::imaging
