#include "imaging/DecodeBudget.h"

#include <algorithm>

namespace vitrin::imaging {

std::optional<DecodeBudget::Lease> DecodeBudget::acquire(std::uint64_t bytes) {
    if (bytes > capacity_) {
        return std::nullopt;
    }
    std::unique_lock lock(mutex_);
    freed_.wait(lock, [&] { return inUse_ + bytes <= capacity_; });
    inUse_ += bytes;
    peak_ = std::max(peak_, inUse_);
    return Lease(this, bytes);
}

void DecodeBudget::release(std::uint64_t bytes) {
    {
        const std::lock_guard lock(mutex_);
        inUse_ -= bytes;
    }
    freed_.notify_all();
}

std::uint64_t DecodeBudget::inUse() const {
    const std::lock_guard lock(mutex_);
    return inUse_;
}

std::uint64_t DecodeBudget::peak() const {
    const std::lock_guard lock(mutex_);
    return peak_;
}

DecodeBudget& processDecodeBudget() {
    static DecodeBudget budget(DecodeBudget::kProcessBytes);
    return budget;
}

} // namespace vitrin::imaging
