#pragma once
// The bytes of the image cache's files: an entry (one decoded, fitted picture) and the index
// (source path, size and mtime to content hash). Pure functions, so that tests and the fuzz
// targets feed them any bytes; ImageCache does the file handling around them.

#include "imaging/Decode.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace vitrin::imaging {

// What the index remembers of a source file.
struct IndexKey {
    std::uint64_t size = 0;
    std::int64_t mtimeNs = 0;
    std::uint64_t hash = 0; // of the file's content
};
using CacheIndex = std::unordered_map<std::string, IndexKey>; // by source path

// An entry's bytes: header, checksum, payload (quality-95 JPEG when opaque, else raw RGBA).
std::vector<std::uint8_t> encodeCacheEntry(const Pixels& pixels);

// The pixels of an entry's bytes; nullopt when anything is wrong: magic, version, sizes,
// checksum, payload, or more than maxPixels.
std::optional<Pixels> decodeCacheEntry(std::span<const std::uint8_t> bytes,
                                       std::uint64_t maxPixels);

// The index's bytes, closed by a checksum.
std::vector<std::uint8_t> encodeCacheIndex(const CacheIndex& index);

// The index in bytes; nullopt when anything is wrong (the files are then hashed again).
std::optional<CacheIndex> decodeCacheIndex(std::span<const std::uint8_t> bytes);

// What a cache folder's "format" file holds: a folder without it, or with another text, holds
// entries of another format, to be deleted rather than misread or left behind unused.
std::string_view cacheFormatTag();

// Where an entry keeps its checksum, and what it is over: for tests that forge entries.
inline constexpr std::size_t kCacheEntryHeaderSize = 40;
inline constexpr std::size_t kCacheEntryChecksumOffset = 32;
std::uint64_t cacheEntryChecksum(std::span<const std::uint8_t> headerBeforeChecksum,
                                 std::span<const std::uint8_t> payload);
// The checksum closing an index: over every byte before it.
std::uint64_t cacheIndexChecksum(std::span<const std::uint8_t> bytesBeforeChecksum);

} // namespace vitrin::imaging
