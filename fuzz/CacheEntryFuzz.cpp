// Feeds arbitrary bytes to the image cache's entry reader. A damaged entry on disk (power cut,
// bad SD card) must be refused, never crash or allocate for a size it does not hold. The
// checksum would stop almost every mutation at the door, so each input is also tried with its
// checksum made right: that reaches the sizes, the encoding and the JPEG payload behind it.

#include "FuzzCheck.h"
#include "imaging/CacheFormat.h"

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace {

using namespace vitrin::imaging;
using vitrin::fuzz::check;

constexpr std::uint64_t kMaxPixels = 4'000'000;

void readAndCheck(std::span<const std::uint8_t> bytes) {
    const auto pixels = decodeCacheEntry(bytes, kMaxPixels);
    if (!pixels) {
        return;
    }
    check(pixels->width > 0 && pixels->height > 0, "an entry's pixels have a size");
    check(static_cast<std::uint64_t>(pixels->width) * static_cast<std::uint64_t>(pixels->height) <=
              kMaxPixels,
          "an entry is within the pixel limit");
    check(pixels->rgba.size() == std::size_t{4} * static_cast<std::size_t>(pixels->width) *
                                     static_cast<std::size_t>(pixels->height),
          "four bytes a pixel");
    // What is read back can be written again and read back the same size.
    const auto again = decodeCacheEntry(encodeCacheEntry(*pixels), kMaxPixels);
    check(again && again->width == pixels->width && again->height == pixels->height,
          "an entry read is written and read again");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::span<const std::uint8_t> bytes(data, size);
    readAndCheck(bytes);
    if (size < kCacheEntryHeaderSize) {
        return 0;
    }
    std::vector<std::uint8_t> sealed(data, data + size);
    // The payload size field as the bytes hold it, then the checksum over header and payload.
    const std::uint64_t payload = size - kCacheEntryHeaderSize;
    for (int i = 0; i < 8; ++i) {
        sealed[24 + static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(payload >> (8 * i));
    }
    const std::uint64_t sum = cacheEntryChecksum(std::span(sealed).first(kCacheEntryChecksumOffset),
                                                 std::span(sealed).subspan(kCacheEntryHeaderSize));
    for (int i = 0; i < 8; ++i) {
        sealed[kCacheEntryChecksumOffset + static_cast<std::size_t>(i)] =
            static_cast<std::uint8_t>(sum >> (8 * i));
    }
    readAndCheck(sealed);
    return 0;
}
