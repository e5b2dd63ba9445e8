#include "imaging/ContentHash.h"

#include <bit>
#include <cstring>

namespace vitrin::imaging {
namespace {

constexpr std::uint64_t kPrime1 = 0x9E3779B97F4A7C15ull;
constexpr std::uint64_t kPrime2 = 0xD6E8FEB86659FD93ull;

std::uint64_t load64(const std::uint8_t* at) {
    std::uint64_t value = 0;
    std::memcpy(&value, at, sizeof value);
    if constexpr (std::endian::native == std::endian::big) {
        value = __builtin_bswap64(value);
    }
    return value;
}

std::uint64_t mix(std::uint64_t lane, std::uint64_t word) {
    return std::rotl(lane ^ (word * kPrime2), 29) * kPrime1;
}

std::uint64_t finalise(std::uint64_t h) {
    h ^= h >> 32;
    h *= kPrime2;
    h ^= h >> 29;
    h *= kPrime1;
    return h ^ (h >> 32);
}

} // namespace

std::uint64_t hashBytes(std::span<const std::uint8_t> bytes, std::uint64_t seed) {
    // Four independent lanes let the CPU overlap the multiplications: several GB/s.
    std::uint64_t lanes[4] = {seed ^ kPrime1, seed + kPrime2, seed - kPrime1, ~seed};
    const std::uint8_t* at = bytes.data();
    std::size_t left = bytes.size();
    while (left >= 32) {
        for (int i = 0; i < 4; ++i) {
            lanes[i] = mix(lanes[i], load64(at + 8 * i));
        }
        at += 32;
        left -= 32;
    }
    std::uint64_t h = std::rotl(lanes[0], 1) + std::rotl(lanes[1], 7) + std::rotl(lanes[2], 12) +
                      std::rotl(lanes[3], 18);
    while (left >= 8) {
        h = mix(h, load64(at));
        at += 8;
        left -= 8;
    }
    std::uint64_t tail = 0;
    for (std::size_t i = 0; i < left; ++i) {
        tail |= static_cast<std::uint64_t>(at[i]) << (8 * i);
    }
    h = mix(h, tail ^ (static_cast<std::uint64_t>(left) << 56));
    return finalise(h ^ static_cast<std::uint64_t>(bytes.size()));
}

} // namespace vitrin::imaging
