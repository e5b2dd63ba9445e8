#pragma once
// A fast non-cryptographic 64-bit hash for cache keys, entry checksums and delivery
// fingerprints: XXH3 from Debian's libxxhash, whose quality is tested by its authors (SMHasher)
// and whose output is stable across versions, machines and byte orders.

#include <cstdint>
#include <span>

namespace vitrin::imaging {

// XXH3-64 of bytes with seed; equal inputs and seeds give equal results on every run and machine.
std::uint64_t hashBytes(std::span<const std::uint8_t> bytes, std::uint64_t seed = 0);

} // namespace vitrin::imaging
