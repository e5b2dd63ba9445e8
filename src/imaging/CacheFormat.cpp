#include "imaging/CacheFormat.h"

#include "imaging/ContentHash.h"
#include "imaging/JpegDecoder.h"
#include "imaging/Resize.h"

#include <cstring>
#include <turbojpeg.h>

namespace vitrin::imaging {
namespace {

using ByteVector = std::vector<std::uint8_t>;
using Bytes = std::span<const std::uint8_t>;

// Entry layout (little-endian): magic, version, encoding, width, height, payload size,
// checksum over header and payload, payload. Index: magic, version, count, then per file size,
// mtime, hash, path length, path; a checksum over all of it at the end.
constexpr char kEntryMagic[8] = {'V', 'T', 'R', 'C', 'A', 'C', 'H', 'E'};
constexpr char kIndexMagic[8] = {'V', 'T', 'R', 'I', 'N', 'D', 'E', 'X'};
// 2: XXH3 names entries and checks them (1 had a hash of its own). Entries and an index of
// another version are refused, and ImageCache clears a folder of another format.
constexpr std::uint32_t kVersion = 2;
constexpr int kMaxSide = 1 << 16;
// Visually lossless at display size and 8-15x smaller than raw RGBA, which matters on the
// slow SD cards of small kiosk PCs; the bench compares both load times.
constexpr int kJpegQuality = 95;

enum class Encoding : std::uint32_t { RawRgba = 0, Jpeg = 1 };

void put32(ByteVector& out, std::uint32_t value) {
    for (int i = 0; i < 4; ++i) {
        out.push_back(static_cast<std::uint8_t>(value >> (8 * i)));
    }
}

void put64(ByteVector& out, std::uint64_t value) {
    for (int i = 0; i < 8; ++i) {
        out.push_back(static_cast<std::uint8_t>(value >> (8 * i)));
    }
}

std::uint64_t get(Bytes bytes, std::size_t at, int count) {
    std::uint64_t value = 0;
    for (int i = 0; i < count; ++i) {
        value |= static_cast<std::uint64_t>(bytes[at + static_cast<std::size_t>(i)]) << (8 * i);
    }
    return value;
}

ByteVector encodeJpeg(const Pixels& pixels) {
    tjhandle handle = tjInitCompress();
    if (handle == nullptr) {
        return {};
    }
    unsigned char* buffer = nullptr;
    unsigned long size = 0;
    ByteVector out;
    if (tjCompress2(handle, pixels.rgba.data(), pixels.width, 0, pixels.height, TJPF_RGBA, &buffer,
                    &size, TJSAMP_444, kJpegQuality, 0) == 0) {
        out.assign(buffer, buffer + size);
    }
    tjFree(buffer);
    tjDestroy(handle);
    return out;
}

} // namespace

std::string_view cacheFormatTag() {
    return "vitrin image cache 2 (XXH3)\n";
}

std::uint64_t cacheEntryChecksum(Bytes headerBeforeChecksum, Bytes payload) {
    return hashBytes(payload, hashBytes(headerBeforeChecksum));
}

std::uint64_t cacheIndexChecksum(Bytes bytesBeforeChecksum) {
    return hashBytes(bytesBeforeChecksum);
}

ByteVector encodeCacheEntry(const Pixels& pixels) {
    const bool opaque = isOpaque(pixels);
    ByteVector payload = opaque ? encodeJpeg(pixels) : ByteVector{};
    const Encoding encoding = opaque && !payload.empty() ? Encoding::Jpeg : Encoding::RawRgba;
    ByteVector bytes(kEntryMagic, kEntryMagic + sizeof kEntryMagic);
    put32(bytes, kVersion);
    put32(bytes, static_cast<std::uint32_t>(encoding));
    put32(bytes, static_cast<std::uint32_t>(pixels.width));
    put32(bytes, static_cast<std::uint32_t>(pixels.height));
    const Bytes body = encoding == Encoding::Jpeg ? Bytes(payload) : Bytes(pixels.rgba);
    put64(bytes, body.size());
    put64(bytes, cacheEntryChecksum(bytes, body));
    bytes.insert(bytes.end(), body.begin(), body.end());
    return bytes;
}

std::optional<Pixels> decodeCacheEntry(Bytes all, std::uint64_t maxPixels) {
    if (all.size() < kCacheEntryHeaderSize ||
        std::memcmp(all.data(), kEntryMagic, sizeof kEntryMagic) != 0 ||
        get(all, 8, 4) != kVersion || get(all, 24, 8) != all.size() - kCacheEntryHeaderSize ||
        get(all, kCacheEntryChecksumOffset, 8) !=
            cacheEntryChecksum(all.first(kCacheEntryChecksumOffset),
                               all.subspan(kCacheEntryHeaderSize))) {
        return std::nullopt;
    }
    const auto encoding = static_cast<Encoding>(get(all, 12, 4));
    const auto width = static_cast<int>(get(all, 16, 4));
    const auto height = static_cast<int>(get(all, 20, 4));
    const auto payload = all.subspan(kCacheEntryHeaderSize);
    if (width <= 0 || height <= 0 || width > kMaxSide || height > kMaxSide ||
        static_cast<std::uint64_t>(width) * static_cast<std::uint64_t>(height) > maxPixels) {
        return std::nullopt;
    }
    if (encoding == Encoding::RawRgba) {
        if (payload.size() !=
            std::size_t{4} * static_cast<std::size_t>(width) * static_cast<std::size_t>(height)) {
            return std::nullopt;
        }
        return Pixels{width, height, ByteVector(payload.begin(), payload.end())};
    }
    if (encoding != Encoding::Jpeg) {
        return std::nullopt;
    }
    // The JPEG's own header must agree before any pixel is decoded: a damaged or forged entry
    // must not make the decoder allocate for a size the entry does not claim.
    const auto info = probeJpeg(payload);
    const auto* header = std::get_if<ImageInfo>(&info);
    if (header == nullptr || header->width != width || header->height != height) {
        return std::nullopt;
    }
    auto decoded = decodeJpeg(payload, 0, 0);
    auto* pixels = std::get_if<Pixels>(&decoded);
    if (pixels == nullptr || pixels->width != width || pixels->height != height) {
        return std::nullopt;
    }
    return std::move(*pixels);
}

ByteVector encodeCacheIndex(const CacheIndex& index) {
    ByteVector bytes(kIndexMagic, kIndexMagic + sizeof kIndexMagic);
    put32(bytes, kVersion);
    put32(bytes, static_cast<std::uint32_t>(index.size()));
    for (const auto& [path, key] : index) {
        put64(bytes, key.size);
        put64(bytes, static_cast<std::uint64_t>(key.mtimeNs));
        put64(bytes, key.hash);
        put32(bytes, static_cast<std::uint32_t>(path.size()));
        bytes.insert(bytes.end(), path.begin(), path.end());
    }
    put64(bytes, cacheIndexChecksum(bytes));
    return bytes;
}

std::optional<CacheIndex> decodeCacheIndex(Bytes all) {
    if (all.size() < 24 || std::memcmp(all.data(), kIndexMagic, sizeof kIndexMagic) != 0) {
        return std::nullopt;
    }
    const std::size_t end = all.size() - 8;
    if (get(all, 8, 4) != kVersion || get(all, end, 8) != cacheIndexChecksum(all.first(end))) {
        return std::nullopt;
    }
    const auto count = get(all, 12, 4);
    std::size_t at = 16;
    CacheIndex index;
    for (std::uint64_t i = 0; i < count; ++i) {
        if (end - at < 28) {
            return std::nullopt;
        }
        const IndexKey key{get(all, at, 8), static_cast<std::int64_t>(get(all, at + 8, 8)),
                           get(all, at + 16, 8)};
        const auto length = static_cast<std::size_t>(get(all, at + 24, 4));
        at += 28;
        if (end - at < length) {
            return std::nullopt;
        }
        index.emplace(std::string(reinterpret_cast<const char*>(all.data() + at), length), key);
        at += length;
    }
    return index;
}

} // namespace vitrin::imaging
