#include "imaging/ContentHash.h"

#include <xxhash.h>

namespace vitrin::imaging {

std::uint64_t hashBytes(std::span<const std::uint8_t> bytes, std::uint64_t seed) {
    return XXH3_64bits_withSeed(bytes.data(), bytes.size(), seed);
}

} // namespace vitrin::imaging
