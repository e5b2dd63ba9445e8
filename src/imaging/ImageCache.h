#pragma once
// On-disk cache of decoded, fitted images. Entries are named by a hash of the source file's
// content plus the requested box, written atomically and checksummed; a small index keyed by
// (path, size, mtime) spares rehashing unchanged files. Safe to use from several threads.

#include "imaging/CacheFormat.h"
#include "imaging/Decode.h"

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <mutex>
#include <optional>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

namespace vitrin::imaging {

struct CacheStats {
    std::uint64_t hits = 0;           // served from an entry
    std::uint64_t misses = 0;         // decoded from the source file
    std::uint64_t damagedEntries = 0; // failed their checksum or format, deleted
    std::uint64_t hashedFiles = 0;    // sources whose content had to be hashed
};

// A box to fit a picture in, as decodeImage's maxWidth x maxHeight (0 = no limit).
struct Box {
    int maxWidth = 0;
    int maxHeight = 0;
};

class ImageCache {
  public:
    // Uses (and creates) directory; reads the index left by an earlier run if it is intact.
    explicit ImageCache(std::filesystem::path directory, Limits limits = {});
    // Saves the index.
    ~ImageCache();
    ImageCache(const ImageCache&) = delete;
    ImageCache& operator=(const ImageCache&) = delete;

    // Like decodeImage, served from the cache when a valid entry exists, else decoded and
    // stored. Opaque images are stored as quality-95 JPEG, others as raw RGBA.
    DecodeResult<Pixels> load(const std::filesystem::path& file, int maxWidth, int maxHeight);

    // An entry made by load() and not written yet.
    struct UnwrittenEntry {
        std::filesystem::path entry;
        Pixels pixels;
    };
    // load(), but an entry made from the file is left in `unwritten` for write() instead of
    // being written now, so that the caller can hand the picture on first (encoding and writing a
    // display-size entry takes as long as a quarter of decoding a 24 MP photo).
    DecodeResult<Pixels> load(const std::filesystem::path& file, int maxWidth, int maxHeight,
                              std::optional<UnwrittenEntry>& unwritten);
    void write(const UnwrittenEntry& unwritten);

    // load() for each box, reading and decoding the file only once: the first box is loaded,
    // the others (no larger) are shrunk from its pixels. How an import builds a picture's
    // display and thumbnail entries: a JPEG is entropy-decoded completely at any scale.
    std::vector<DecodeResult<Pixels>> loadBoxes(const std::filesystem::path& file,
                                                std::span<const Box> boxes);

    // Writes the path index atomically; false (and a log line) when the disk refuses.
    bool saveIndex();

    // Counters since construction, for logs and tests.
    CacheStats stats() const;

  private:
    std::filesystem::path entryPath(std::uint64_t hash, std::uint64_t size, int maxWidth,
                                    int maxHeight) const;
    // The entry when there is a valid one, else the picture decoded from the file and, in
    // newEntry, the entry it belongs in.
    DecodeResult<Pixels> readOrDecode(const std::filesystem::path& file, int maxWidth,
                                      int maxHeight,
                                      std::optional<std::filesystem::path>& newEntry);
    bool readEntry(const std::filesystem::path& entry, Pixels& pixels);
    void writeEntry(const std::filesystem::path& entry, const Pixels& pixels);
    std::filesystem::path tempPath();
    // Deletes the entries and index of another format, then marks the folder with this one.
    void clearOtherFormat();
    void loadIndex();
    // The content hash the index holds for file, if the file is unchanged since.
    std::optional<std::uint64_t> indexedHash(const std::filesystem::path& file, std::uint64_t size,
                                             std::int64_t mtimeNs);

    std::filesystem::path directory_;
    Limits limits_;
    mutable std::mutex mutex_;
    CacheIndex index_;
    bool indexDirty_ = false;
    std::atomic<std::uint64_t> tempCounter_{0};
    std::atomic<std::uint64_t> hits_{0};
    std::atomic<std::uint64_t> misses_{0};
    std::atomic<std::uint64_t> damaged_{0};
    std::atomic<std::uint64_t> hashed_{0};
};

} // namespace vitrin::imaging
