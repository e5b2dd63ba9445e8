#pragma once
// A fast non-cryptographic 64-bit hash for cache keys and entry checksums.

#include <cstdint>
#include <span>

namespace vitrin::imaging {

// Hash of bytes; equal inputs and seeds give equal results on every run and machine.
std::uint64_t hashBytes(std::span<const std::uint8_t> bytes, std::uint64_t seed = 0);

} // namespace vitrin::imaging
