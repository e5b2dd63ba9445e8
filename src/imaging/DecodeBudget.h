#pragma once
// Memory for decoding, shared by every thread of the process that decodes: the loader's
// workers, the background picture check, an import's workers, --check. A decode takes what it
// will need (its pixels, the decoder's own buffers, the resized and turned copies) before it
// allocates any of it and gives it back when it is done; a decode that does not fit waits
// until others are done; one that could never fit is refused. So decoding holds at most the
// budget at once, however many threads decode and however large the pictures are.

#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <optional>
#include <utility>

namespace vitrin::imaging {

class DecodeBudget {
  public:
    // What the process's budget holds: a picture at the pixel limit (150 MP: 600 MB of RGBA
    // pixels for a PNG, 900 MB of coefficients for a progressive colour JPEG) fits, alone.
    static constexpr std::uint64_t kProcessBytes = 1024ull * 1024 * 1024;

    explicit DecodeBudget(std::uint64_t capacity) : capacity_(capacity) {}
    DecodeBudget(const DecodeBudget&) = delete;
    DecodeBudget& operator=(const DecodeBudget&) = delete;

    // Bytes taken from the budget, given back when the lease ends.
    class Lease {
      public:
        Lease(Lease&& other) noexcept
            : budget_(std::exchange(other.budget_, nullptr)), bytes_(other.bytes_) {}
        Lease& operator=(Lease&&) = delete;
        Lease(const Lease&) = delete;
        ~Lease() {
            if (budget_ != nullptr) {
                budget_->release(bytes_);
            }
        }
        std::uint64_t bytes() const { return bytes_; }

      private:
        friend class DecodeBudget;
        Lease(DecodeBudget* budget, std::uint64_t bytes) : budget_(budget), bytes_(bytes) {}
        DecodeBudget* budget_;
        std::uint64_t bytes_;
    };

    // Waits until bytes fit beside the leases held; none at once when bytes exceed the capacity.
    // A thread must not hold a lease while it asks for another.
    std::optional<Lease> acquire(std::uint64_t bytes);

    std::uint64_t capacity() const { return capacity_; }
    std::uint64_t inUse() const;
    // The most held at once since the budget was made.
    std::uint64_t peak() const;

  private:
    void release(std::uint64_t bytes);

    const std::uint64_t capacity_;
    mutable std::mutex mutex_;
    std::condition_variable freed_;
    std::uint64_t inUse_ = 0;
    std::uint64_t peak_ = 0;
};

// The budget every decode uses unless its Limits name another.
DecodeBudget& processDecodeBudget();

} // namespace vitrin::imaging
