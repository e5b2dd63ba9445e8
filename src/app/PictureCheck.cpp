#include "app/PictureCheck.h"

#include "core/Log.h"

#include <pthread.h>
#include <sched.h>

#include <algorithm>
#include <chrono>
#include <exception>
#include <iterator>
#include <optional>
#include <set>
#include <utility>

namespace vitrin::app {
namespace {

// Broken pictures are handed out together, so the kiosk changes its content once rather than
// once a picture: at the end of the check, and this long after the first of a batch was found
// (a long check on a cold cache keeps none of them on the screens for long).
constexpr std::chrono::seconds kBatchTime{10};

// The pictures of exhibition, each once: the first of every section, then the second, ...
std::vector<std::filesystem::path> picturesOf(const content::Exhibition& exhibition) {
    std::vector<std::filesystem::path> files;
    std::set<std::filesystem::path> seen;
    size_t longest = 0;
    for (const content::Section& section : exhibition.sections) {
        longest = std::max(longest, section.items.size());
    }
    for (size_t i = 0; i < longest; ++i) {
        for (const content::Section& section : exhibition.sections) {
            if (i < section.items.size() && !section.items[i].image.empty() &&
                seen.insert(section.items[i].image).second) {
                files.push_back(section.items[i].image);
            }
        }
    }
    return files;
}

// Why file cannot be shown; nullopt when every box loaded.
std::optional<std::string> failureOf(imaging::ImageCache& cache, const std::filesystem::path& file,
                                     const std::vector<imaging::Box>& boxes) {
    try {
        for (const imaging::DecodeResult<imaging::Pixels>& result : cache.loadBoxes(file, boxes)) {
            if (const auto* error = std::get_if<imaging::DecodeError>(&result)) {
                return std::string(imaging::rejectReasonName(error->reason)) + ": " + error->detail;
            }
        }
    } catch (const std::exception& error) {
        return std::string("ReadFailed: ") + error.what();
    }
    return std::nullopt;
}

} // namespace

PictureCheck::PictureCheck(const content::Exhibition& exhibition, imaging::ImageCache& cache,
                           std::vector<imaging::Box> boxes, Priority priority,
                           std::function<void()> wake)
    : files_(picturesOf(exhibition)), cache_(cache), boxes_(std::move(boxes)),
      wake_(std::move(wake)), worker_([this, priority] { run(priority); }) {
}

PictureCheck::~PictureCheck() {
    stopping_ = true;
    worker_.join();
}

std::vector<BrokenPicture> PictureCheck::takeBroken() {
    const std::lock_guard lock(mutex_);
    return std::exchange(broken_, {});
}

bool PictureCheck::isDone() const {
    const std::lock_guard lock(mutex_);
    return done_;
}

void PictureCheck::waitDone() {
    std::unique_lock lock(mutex_);
    doneChanged_.wait(lock, [this] { return done_; });
}

void PictureCheck::run(Priority priority) {
    if (priority == Priority::Idle) {
        // Linux runs a SCHED_IDLE thread only on a core nothing else wants: the visitor's
        // pictures and the animation always come first.
        const sched_param param{};
        if (const int error = pthread_setschedparam(pthread_self(), SCHED_IDLE, &param);
            error != 0) {
            core::log(core::LogLevel::Debug,
                      "picture check: no idle priority, error " + std::to_string(error));
        }
    }
    size_t brokenCount = 0;
    std::vector<BrokenPicture> batch;
    std::chrono::steady_clock::time_point batchStart;
    const auto handOut = [this, &batch] {
        {
            const std::lock_guard lock(mutex_);
            std::move(batch.begin(), batch.end(), std::back_inserter(broken_));
        }
        batch.clear();
        if (wake_) {
            wake_();
        }
    };
    for (const std::filesystem::path& file : files_) {
        if (stopping_) {
            break;
        }
        if (std::optional<std::string> reason = failureOf(cache_, file, boxes_)) {
            core::logWarning("cannot decode " + file.string() + " (" + *reason +
                             "); it will not be shown");
            ++brokenCount;
            if (batch.empty()) {
                batchStart = std::chrono::steady_clock::now();
            }
            batch.push_back({file, std::move(*reason)});
        }
        if (!batch.empty() && std::chrono::steady_clock::now() - batchStart >= kBatchTime) {
            handOut();
        }
    }
    if (!stopping_) {
        core::logInfo("picture check: " + std::to_string(files_.size()) + " pictures, " +
                      std::to_string(brokenCount) + " cannot be shown");
    }
    {
        const std::lock_guard lock(mutex_);
        std::move(batch.begin(), batch.end(), std::back_inserter(broken_));
        batch.clear();
        done_ = true;
    }
    doneChanged_.notify_all();
    if (wake_) {
        wake_();
    }
}

} // namespace vitrin::app
