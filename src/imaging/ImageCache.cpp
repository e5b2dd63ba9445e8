#include "imaging/ImageCache.h"

#include "core/Log.h"
#include "imaging/CacheFormat.h"
#include "imaging/ContentHash.h"
#include "imaging/ExifOrientation.h"
#include "imaging/FileBytes.h"
#include "imaging/ImageType.h"
#include "imaging/JpegDecoder.h"
#include "imaging/Resize.h"

#include <cerrno>
#include <chrono>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <new>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

namespace vitrin::imaging {
namespace {

namespace fs = std::filesystem;
using ByteVector = std::vector<std::uint8_t>;

// A JPEG decoded whole, at its own size and upright, decodes again sooner from its own file than
// from an entry, which holds the same pixels as a JPEG of higher quality without chroma
// subsampling: a full-HD photo's 532 kB file decodes in 7 ms, its 810 kB entry in 10.
bool isItsOwnBestEntry(std::span<const std::uint8_t> bytes, const Pixels& pixels) {
    const auto format = sniffFormat(bytes);
    if (!std::holds_alternative<Format>(format) || std::get<Format>(format) != Format::Jpeg) {
        return false;
    }
    const auto info = probeJpeg(bytes);
    const auto* header = std::get_if<ImageInfo>(&info);
    return header != nullptr && header->exifOrientation == 1 && header->width == pixels.width &&
           header->height == pixels.height;
}

bool writeAll(int fd, const ByteVector& bytes) {
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            return false;
        }
        done += static_cast<std::size_t>(n);
    }
    return true;
}

// Temp file, fsync, rename: readers see the old file or the complete new one, never a part.
bool writeAtomically(const fs::path& target, const fs::path& temp, const ByteVector& bytes) {
    const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0) {
        core::logWarning("image cache: cannot create " + temp.string() + ": " +
                         core::errnoText(errno));
        return false;
    }
    const bool written = writeAll(fd, bytes) && ::fsync(fd) == 0;
    const int savedErrno = errno;
    ::close(fd);
    if (!written || ::rename(temp.c_str(), target.c_str()) != 0) {
        core::logWarning("image cache: cannot write " + target.string() + ": " +
                         core::errnoText(written ? errno : savedErrno));
        ::unlink(temp.c_str());
        return false;
    }
    return true;
}

struct FileStamp {
    std::uint64_t size = 0;
    std::int64_t mtimeNs = 0;
};

bool stampOf(const fs::path& file, FileStamp& stamp) {
    struct stat st {};
    if (::stat(file.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) {
        return false;
    }
    stamp.size = static_cast<std::uint64_t>(st.st_size);
    stamp.mtimeNs =
        static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec;
    return true;
}

std::string hex(std::uint64_t value) {
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string out(16, '0');
    for (int i = 15; i >= 0; --i) {
        out[static_cast<std::size_t>(i)] = kDigits[value & 0xF];
        value >>= 4;
    }
    return out;
}

} // namespace

ImageCache::ImageCache(std::filesystem::path directory, Limits limits)
    : directory_(std::move(directory)), limits_(limits) {
    std::error_code error;
    fs::create_directories(directory_, error);
    if (error) {
        core::logWarning("image cache: cannot create " + directory_.string() + ": " +
                         error.message());
    }
    clearOtherFormat();
    // Temp files older than an hour are leftovers of a crash or power cut, not a writer's.
    const auto cutoff = fs::file_time_type::clock::now() - std::chrono::hours(1);
    for (const auto& entry : fs::directory_iterator(directory_, error)) {
        std::error_code ignored;
        if (entry.path().filename().string().starts_with(".tmp-") &&
            entry.last_write_time(ignored) < cutoff) {
            fs::remove(entry.path(), ignored);
        }
    }
    loadIndex();
}

void ImageCache::clearOtherFormat() {
    const fs::path file = directory_ / "format";
    std::string found;
    if (std::ifstream in(file, std::ios::binary); in) {
        std::ostringstream text;
        text << in.rdbuf();
        found = text.str();
    }
    if (found == cacheFormatTag()) {
        return;
    }
    // An older Vitrin's cache: its entries are named by another hash, so they would never be
    // asked for again, only take room; its index would be misread. Rebuilt as pictures load.
    std::error_code error;
    int removed = 0;
    for (const auto& entry : fs::directory_iterator(directory_, error)) {
        std::error_code ignored;
        if (entry.path().extension() == ".px" || entry.path().filename() == "index") {
            removed += fs::remove(entry.path(), ignored) ? 1 : 0;
        }
    }
    if (removed > 0) {
        core::logInfo("image cache: " + std::to_string(removed) +
                      " files of an older format removed from " + directory_.string());
    }
    const std::string_view tag = cacheFormatTag();
    writeAtomically(file, tempPath(), ByteVector(tag.begin(), tag.end()));
}

ImageCache::~ImageCache() {
    bool dirty = false;
    {
        const std::lock_guard lock(mutex_);
        dirty = indexDirty_;
    }
    if (dirty) {
        saveIndex();
    }
}

std::filesystem::path ImageCache::entryPath(std::uint64_t hash, std::uint64_t size, int maxWidth,
                                            int maxHeight) const {
    return directory_ / (hex(hash) + "-" + std::to_string(size) + "-" + std::to_string(maxWidth) +
                         "x" + std::to_string(maxHeight) + ".px");
}

std::filesystem::path ImageCache::tempPath() {
    return directory_ /
           (".tmp-" + std::to_string(::getpid()) + "-" + std::to_string(tempCounter_.fetch_add(1)));
}

bool ImageCache::readEntry(const std::filesystem::path& entry, Pixels& pixels) {
    std::error_code error;
    if (!fs::is_regular_file(entry, error)) {
        return false;
    }
    const Limits entryLimits{.maxFileBytes = limits_.maxPixels * 4 + kCacheEntryHeaderSize,
                             .maxPixels = limits_.maxPixels};
    auto read = readWholeFile(entry, entryLimits);
    std::optional<Pixels> decoded;
    if (const auto* bytes = std::get_if<ByteVector>(&read); bytes != nullptr) {
        decoded = decodeCacheEntry(*bytes, limits_.maxPixels);
    }
    if (!decoded) {
        damaged_.fetch_add(1);
        core::logWarning("image cache: damaged entry deleted: " + entry.string());
        fs::remove(entry, error);
        return false;
    }
    pixels = std::move(*decoded);
    return true;
}

void ImageCache::writeEntry(const std::filesystem::path& entry, const Pixels& pixels) {
    writeAtomically(entry, tempPath(), encodeCacheEntry(pixels));
}

DecodeResult<Pixels> ImageCache::load(const std::filesystem::path& file, int maxWidth,
                                      int maxHeight) {
    std::optional<fs::path> newEntry;
    DecodeResult<Pixels> result = readOrDecode(file, maxWidth, maxHeight, newEntry);
    if (newEntry) {
        writeEntry(*newEntry, std::get<Pixels>(result));
    }
    return result;
}

DecodeResult<Pixels> ImageCache::load(const std::filesystem::path& file, int maxWidth,
                                      int maxHeight, std::optional<UnwrittenEntry>& unwritten) {
    std::optional<fs::path> newEntry;
    DecodeResult<Pixels> result = readOrDecode(file, maxWidth, maxHeight, newEntry);
    if (newEntry) {
        unwritten = UnwrittenEntry{std::move(*newEntry), std::get<Pixels>(result)};
    }
    return result;
}

void ImageCache::write(const UnwrittenEntry& unwritten) {
    writeEntry(unwritten.entry, unwritten.pixels);
}

DecodeResult<Pixels> ImageCache::readOrDecode(const std::filesystem::path& file, int maxWidth,
                                              int maxHeight, std::optional<fs::path>& newEntry) {
    FileStamp stamp;
    if (!stampOf(file, stamp)) {
        return decodeImage(file, maxWidth, maxHeight, limits_); // yields the precise error
    }
    const std::string key = file.string();
    std::optional<std::uint64_t> knownHash = indexedHash(file, stamp.size, stamp.mtimeNs);
    Pixels pixels;
    if (knownHash && readEntry(entryPath(*knownHash, stamp.size, maxWidth, maxHeight), pixels)) {
        hits_.fetch_add(1);
        return pixels;
    }
    auto read = readWholeFile(file, limits_);
    if (auto* error = std::get_if<DecodeError>(&read)) {
        return std::move(*error);
    }
    const ByteVector& bytes = std::get<ByteVector>(read);
    if (!knownHash) {
        knownHash = hashBytes(bytes);
        hashed_.fetch_add(1);
        FileStamp after;
        // Only remember the hash if the file did not change while it was read.
        if (stampOf(file, after) && after.size == stamp.size && after.mtimeNs == stamp.mtimeNs &&
            bytes.size() == stamp.size) {
            const std::lock_guard lock(mutex_);
            index_[key] = IndexKey{stamp.size, stamp.mtimeNs, *knownHash};
            indexDirty_ = true;
        }
        if (readEntry(entryPath(*knownHash, bytes.size(), maxWidth, maxHeight), pixels)) {
            hits_.fetch_add(1);
            return pixels;
        }
    }
    misses_.fetch_add(1);
    auto decoded = decodeImageBytes(bytes, maxWidth, maxHeight, limits_);
    if (const auto* whole = std::get_if<Pixels>(&decoded);
        whole != nullptr && !isItsOwnBestEntry(bytes, *whole)) {
        newEntry = entryPath(*knownHash, bytes.size(), maxWidth, maxHeight);
    }
    return decoded;
}

std::optional<std::uint64_t> ImageCache::indexedHash(const std::filesystem::path& file,
                                                     std::uint64_t size, std::int64_t mtimeNs) {
    const std::lock_guard lock(mutex_);
    const auto found = index_.find(file.string());
    if (found != index_.end() && found->second.size == size && found->second.mtimeNs == mtimeNs) {
        return found->second.hash;
    }
    return std::nullopt;
}

std::vector<DecodeResult<Pixels>> ImageCache::loadBoxes(const std::filesystem::path& file,
                                                        std::span<const Box> boxes) {
    std::vector<DecodeResult<Pixels>> results;
    results.reserve(boxes.size()); // `largest` below points into it
    if (boxes.empty()) {
        return results;
    }
    results.push_back(load(file, boxes[0].maxWidth, boxes[0].maxHeight));
    const auto* largest = std::get_if<Pixels>(&results[0]);
    FileStamp stamp;
    std::optional<std::uint64_t> hash;
    DecodeResult<ImageInfo> info = DecodeError{RejectReason::ReadFailed, "", "not loaded"};
    if (largest != nullptr && stampOf(file, stamp)) {
        hash = indexedHash(file, stamp.size, stamp.mtimeNs);
        info = probeImageFile(file, limits_); // the sizes decodeImage would give
    }
    for (const Box& box : boxes.subspan(1)) {
        const auto* header = std::get_if<ImageInfo>(&info);
        const bool swap = header != nullptr && swapsAxes(header->exifOrientation);
        const Size shown = header == nullptr ? Size{}
                                             : fitInside(swap ? header->height : header->width,
                                                         swap ? header->width : header->height,
                                                         box.maxWidth, box.maxHeight);
        if (!hash || header == nullptr || shown.width > largest->width ||
            shown.height > largest->height) {
            // The file changed meanwhile, or the box is larger than the first: on its own.
            results.push_back(load(file, box.maxWidth, box.maxHeight));
            continue;
        }
        const fs::path entry = entryPath(*hash, stamp.size, box.maxWidth, box.maxHeight);
        Pixels pixels;
        if (readEntry(entry, pixels)) {
            hits_.fetch_add(1);
            results.push_back(std::move(pixels));
            continue;
        }
        try {
            pixels = shown.width == largest->width && shown.height == largest->height
                         ? *largest
                         : resizePixels(*largest, shown.width, shown.height);
        } catch (const std::bad_alloc&) {
            results.push_back(DecodeError{RejectReason::TooLargeToDecode, "", "not enough memory"});
            continue;
        }
        misses_.fetch_add(1);
        writeEntry(entry, pixels);
        results.push_back(std::move(pixels));
    }
    return results;
}

bool ImageCache::saveIndex() {
    ByteVector bytes;
    {
        const std::lock_guard lock(mutex_);
        bytes = encodeCacheIndex(index_);
        indexDirty_ = false;
    }
    return writeAtomically(directory_ / "index", tempPath(), bytes);
}

void ImageCache::loadIndex() {
    const fs::path file = directory_ / "index";
    std::error_code error;
    if (!fs::exists(file, error)) {
        return;
    }
    auto read = readWholeFile(file, Limits{.maxFileBytes = 256ull * 1024 * 1024});
    std::optional<CacheIndex> loaded;
    if (const auto* bytes = std::get_if<ByteVector>(&read); bytes != nullptr) {
        loaded = decodeCacheIndex(*bytes);
    }
    if (!loaded) {
        core::logWarning("image cache: index unreadable, files will be rehashed: " + file.string());
        return;
    }
    const std::lock_guard lock(mutex_);
    index_ = std::move(*loaded);
}

CacheStats ImageCache::stats() const {
    return CacheStats{hits_.load(), misses_.load(), damaged_.load(), hashed_.load()};
}

} // namespace vitrin::imaging
