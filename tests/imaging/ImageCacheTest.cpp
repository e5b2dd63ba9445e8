#include "imaging/ImageCache.h"
#include "TestImages.h"
#include "imaging/CacheFormat.h"

#include <gtest/gtest.h>

namespace vitrin::imaging {
namespace {

namespace fs = std::filesystem;
using test::ByteVector;
using test::TempDir;

Pixels pixelsOf(DecodeResult<Pixels> result) {
    if (auto* error = std::get_if<DecodeError>(&result)) {
        ADD_FAILURE() << rejectReasonName(error->reason) << " " << error->detail;
        return {};
    }
    return std::move(std::get<Pixels>(result));
}

std::vector<fs::path> entriesIn(const fs::path& dir) {
    std::vector<fs::path> entries;
    for (const auto& entry : fs::directory_iterator(dir)) {
        if (entry.path().extension() == ".px") {
            entries.push_back(entry.path());
        }
    }
    return entries;
}

class ImageCacheTest : public ::testing::Test {
  protected:
    TempDir sources;
    TempDir cacheDir;
    Pixels transparent = test::makePattern(120, 80, true);
    fs::path png = sources.write("a.png", test::encodePng(transparent));
    fs::path jpeg = sources.write("b.jpg", test::encodeJpeg(test::makePattern(120, 80)));
};

TEST_F(ImageCacheTest, SecondLoadIsAHitWithTheSamePixels) {
    ImageCache cache(cacheDir.path());
    const Pixels first = pixelsOf(cache.load(png, 60, 60));
    const Pixels second = pixelsOf(cache.load(png, 60, 60));
    EXPECT_EQ(first.width, 60);
    EXPECT_EQ(first.height, 40);
    EXPECT_TRUE(first.rgba == second.rgba); // transparent images are stored losslessly
    const Pixels direct = pixelsOf(cache.load(jpeg, 60, 60));
    const Pixels cached = pixelsOf(cache.load(jpeg, 60, 60));
    EXPECT_LE(test::maxChannelDifference(direct, cached), 8); // opaque: stored as JPEG
    const CacheStats stats = cache.stats();
    EXPECT_EQ(stats.misses, 2u);
    EXPECT_EQ(stats.hits, 2u);
    EXPECT_EQ(stats.hashedFiles, 2u);
}

TEST_F(ImageCacheTest, LoadBoxesDecodesOnceAndFillsEveryEntry) {
    ImageCache cache(cacheDir.path());
    const Box boxes[] = {{100, 100}, {30, 30}, {0, 0}};
    const auto results = cache.loadBoxes(jpeg, boxes);
    ASSERT_EQ(results.size(), 3u);
    const Pixels display = pixelsOf(results[0]);
    const Pixels thumbnail = pixelsOf(results[1]);
    EXPECT_EQ(display.width, 100);
    EXPECT_EQ(thumbnail.width, 30);
    EXPECT_EQ(thumbnail.height, 20);
    // A box larger than the first is decoded on its own.
    EXPECT_EQ(pixelsOf(results[2]).width, 120);
    EXPECT_EQ(cache.stats().hashedFiles, 1u);
    EXPECT_EQ(cache.stats().misses, 3u);
    // Later loads are hits, and look like a thumbnail decoded straight from the file.
    const Pixels again = pixelsOf(cache.load(jpeg, 30, 30));
    EXPECT_EQ(cache.stats().hits, 1u);
    EXPECT_LE(test::maxChannelDifference(again, thumbnail), 8);
    EXPECT_LE(test::maxChannelDifference(again, pixelsOf(decodeImage(jpeg, 30, 30))), 12);
    // Sizes follow the picture as displayed, like decodeImage's.
    const fs::path turned = sources.write(
        "c.jpg", test::withExifOrientation(test::encodeJpeg(test::makePattern(120, 80)), 6, false));
    const Box turnedBoxes[] = {{90, 90}, {25, 25}};
    const auto turnedResults = cache.loadBoxes(turned, turnedBoxes);
    const Pixels small = pixelsOf(turnedResults[1]);
    const Pixels direct = pixelsOf(decodeImage(turned, 25, 25));
    EXPECT_EQ(small.width, direct.width);
    EXPECT_EQ(small.height, direct.height);
    for (const auto& result : cache.loadBoxes(sources.path() / "missing.jpg", turnedBoxes)) {
        EXPECT_TRUE(std::holds_alternative<DecodeError>(result));
    }
}

TEST_F(ImageCacheTest, EachBoxIsItsOwnEntry) {
    ImageCache cache(cacheDir.path());
    EXPECT_EQ(pixelsOf(cache.load(png, 60, 60)).width, 60);
    EXPECT_EQ(pixelsOf(cache.load(png, 30, 30)).width, 30);
    EXPECT_EQ(pixelsOf(cache.load(png, 0, 0)).width, 120);
    EXPECT_EQ(entriesIn(cacheDir.path()).size(), 3u);
    EXPECT_EQ(cache.stats().hashedFiles, 1u); // the index spares rehashing
}

TEST_F(ImageCacheTest, IndexSurvivesARestart) {
    {
        ImageCache cache(cacheDir.path());
        pixelsOf(cache.load(png, 60, 60));
    }
    ImageCache reopened(cacheDir.path());
    pixelsOf(reopened.load(png, 60, 60));
    EXPECT_EQ(reopened.stats().hits, 1u);
    EXPECT_EQ(reopened.stats().hashedFiles, 0u);
}

TEST_F(ImageCacheTest, DamagedIndexOnlyCostsRehashing) {
    {
        ImageCache cache(cacheDir.path());
        pixelsOf(cache.load(png, 60, 60));
    }
    ByteVector index = test::readBytes(cacheDir.path() / "index");
    index[index.size() / 2] ^= 0xFF;
    cacheDir.write("index", index);
    ImageCache reopened(cacheDir.path());
    pixelsOf(reopened.load(png, 60, 60));
    EXPECT_EQ(reopened.stats().hashedFiles, 1u);
    EXPECT_EQ(reopened.stats().hits, 1u); // same content, same entry
}

TEST_F(ImageCacheTest, KeyedByContentNotPath) {
    ImageCache cache(cacheDir.path());
    pixelsOf(cache.load(png, 60, 60));
    const fs::path copy = sources.write("copy-with-other-name.png", test::readBytes(png));
    pixelsOf(cache.load(copy, 60, 60));
    EXPECT_EQ(cache.stats().hits, 1u);
    EXPECT_EQ(entriesIn(cacheDir.path()).size(), 1u);
}

TEST_F(ImageCacheTest, ChangedFileGetsANewEntry) {
    ImageCache cache(cacheDir.path());
    pixelsOf(cache.load(png, 60, 60));
    sources.write("a.png", test::encodePng(test::makeSolid(120, 80, 10, 200, 30, 128)));
    fs::last_write_time(png, fs::last_write_time(png) + std::chrono::seconds(5));
    const Pixels changed = pixelsOf(cache.load(png, 60, 60));
    EXPECT_EQ(test::pixelAt(changed, 5, 5), (std::vector<int>{10, 200, 30, 128}));
    EXPECT_EQ(cache.stats().misses, 2u);
    EXPECT_EQ(entriesIn(cacheDir.path()).size(), 2u);
}

TEST_F(ImageCacheTest, DamagedEntriesAreDeletedAndRebuilt) {
    for (const fs::path* source : {&png, &jpeg}) {
        ImageCache cache(cacheDir.path());
        const Pixels good = pixelsOf(cache.load(*source, 50, 50));
        const auto entries = entriesIn(cacheDir.path());
        ASSERT_FALSE(entries.empty());
        for (const fs::path& entry : entries) {
            ByteVector bytes = test::readBytes(entry);
            bytes[bytes.size() - 3] ^= 0x01;
            cacheDir.write(entry.filename().string(), bytes);
        }
        const Pixels again = pixelsOf(cache.load(*source, 50, 50));
        EXPECT_EQ(test::maxChannelDifference(good, again), 0);
        EXPECT_GE(cache.stats().damagedEntries, 1u);
        for (const fs::path& entry : entriesIn(cacheDir.path())) {
            const ByteVector bytes = test::readBytes(entry);
            cacheDir.write(entry.filename().string(),
                           ByteVector(bytes.begin(), bytes.begin() + 50));
        }
        const Pixels third = pixelsOf(cache.load(*source, 50, 50));
        EXPECT_EQ(third.width, good.width);
        EXPECT_GE(cache.stats().damagedEntries, 2u);
        pixelsOf(cache.load(*source, 50, 50));
        EXPECT_EQ(cache.stats().hits, 1u); // the rebuilt entry serves
        for (const fs::path& entry : entriesIn(cacheDir.path())) {
            fs::remove(entry);
        }
    }
}

TEST_F(ImageCacheTest, ErrorsPassThroughAndLeaveNoFiles) {
    ImageCache cache(cacheDir.path());
    const fs::path broken = sources.write("broken.png", ByteVector(40, 0x89));
    const auto result = cache.load(broken, 10, 10);
    ASSERT_TRUE(std::holds_alternative<DecodeError>(result));
    EXPECT_EQ(std::get<DecodeError>(result).reason, RejectReason::NotAnImage);
    const auto missing = cache.load(sources.path() / "gone.jpg", 10, 10);
    ASSERT_TRUE(std::holds_alternative<DecodeError>(missing));
    EXPECT_EQ(std::get<DecodeError>(missing).reason, RejectReason::ReadFailed);
    EXPECT_TRUE(entriesIn(cacheDir.path()).empty());
    for (const auto& entry : fs::directory_iterator(cacheDir.path())) {
        EXPECT_FALSE(entry.path().filename().string().starts_with(".tmp-")) << entry.path();
    }
}

// An older Vitrin's cache (format 1, another hash): its entries would never be asked for again
// under the new names, and its index would be misread; both are cleared, then rebuilt.
TEST_F(ImageCacheTest, ACacheOfAnOlderFormatIsClearedAndRebuilt) {
    ByteVector oldEntry = encodeCacheEntry(test::makePattern(8, 8, true));
    oldEntry[8] = 1; // version 1
    cacheDir.write("1f2e3d4c5b6a7980-5770-60x60.px", oldEntry);
    cacheDir.write("index", ByteVector{'V', 'T', 'R', 'I', 'N', 'D', 'E', 'X', 1, 0, 0, 0});
    EXPECT_FALSE(decodeCacheEntry(oldEntry, 1'000'000).has_value()) << "version 1 is refused";
    {
        ImageCache cache(cacheDir.path());
        EXPECT_TRUE(entriesIn(cacheDir.path()).empty());
        EXPECT_FALSE(fs::exists(cacheDir.path() / "index"));
        pixelsOf(cache.load(png, 60, 60));
        EXPECT_EQ(cache.stats().misses, 1u);
    }
    const ByteVector tag = test::readBytes(cacheDir.path() / "format");
    EXPECT_EQ(std::string(tag.begin(), tag.end()), cacheFormatTag());
    // Of this format, the folder is kept as it is.
    ImageCache reopened(cacheDir.path());
    EXPECT_EQ(entriesIn(cacheDir.path()).size(), 1u);
    pixelsOf(reopened.load(png, 60, 60));
    EXPECT_EQ(reopened.stats().hits, 1u);
}

// The entry format on its own, as the fuzz target uses it.
ByteVector sealed(ByteVector entry) {
    const std::uint64_t sum = cacheEntryChecksum(std::span(entry).first(kCacheEntryChecksumOffset),
                                                 std::span(entry).subspan(kCacheEntryHeaderSize));
    for (int i = 0; i < 8; ++i) {
        entry[kCacheEntryChecksumOffset + static_cast<std::size_t>(i)] =
            static_cast<std::uint8_t>(sum >> (8 * i));
    }
    return entry;
}

TEST(CacheFormat, AnEntryReadsBackAndAnyFlippedByteIsRefused) {
    for (const bool alpha : {false, true}) {
        const Pixels pixels = test::makePattern(40, 30, alpha);
        const ByteVector entry = encodeCacheEntry(pixels);
        const auto read = decodeCacheEntry(entry, 1'000'000);
        ASSERT_TRUE(read.has_value());
        EXPECT_EQ(read->width, 40);
        EXPECT_EQ(read->height, 30);
        for (std::size_t at = 0; at < entry.size(); at += 7) {
            ByteVector damaged = entry;
            damaged[at] ^= 0x10;
            EXPECT_FALSE(decodeCacheEntry(damaged, 1'000'000).has_value()) << at;
        }
        EXPECT_FALSE(decodeCacheEntry(entry, 40 * 30 - 1).has_value()) << "over the pixel limit";
    }
}

// An entry whose checksum is right but whose JPEG is bigger than its header says must be
// refused from the JPEG's header, before the decoder allocates for the bigger size.
TEST(CacheFormat, AnEntryWhoseJpegDisagreesWithItsHeaderIsRefused) {
    ByteVector entry = encodeCacheEntry(test::makePattern(40, 30));
    const ByteVector big = test::encodeJpeg(test::makePattern(400, 300));
    entry.resize(kCacheEntryHeaderSize);
    entry.insert(entry.end(), big.begin(), big.end());
    for (int i = 0; i < 8; ++i) {
        entry[24 + static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(big.size() >> (8 * i));
    }
    EXPECT_FALSE(decodeCacheEntry(sealed(entry), 1'000'000).has_value());
}

TEST(CacheFormat, AnIndexReadsBackAndADamagedOneIsRefusedWhole) {
    const CacheIndex index{{"/media/a.jpg", {5770, 1764600000123456789, 0x1234}},
                           {"/media/b ö.png", {1, -1, ~0ull}}};
    const ByteVector bytes = encodeCacheIndex(index);
    const auto read = decodeCacheIndex(bytes);
    ASSERT_TRUE(read.has_value());
    ASSERT_EQ(read->size(), 2u);
    EXPECT_EQ(read->at("/media/b ö.png").mtimeNs, -1);
    EXPECT_EQ(read->at("/media/a.jpg").hash, 0x1234u);
    for (std::size_t at = 0; at < bytes.size(); ++at) {
        ByteVector damaged = bytes;
        damaged[at] ^= 0x01;
        EXPECT_FALSE(decodeCacheIndex(damaged).has_value()) << at;
    }
    EXPECT_FALSE(decodeCacheIndex(std::span(bytes).first(bytes.size() - 1)).has_value());
}

// A JPEG shown at its own size, upright, gets no entry: its own file decodes sooner than an
// entry would. One that is shrunk or turned, and a PNG at its own size, get theirs.
TEST_F(ImageCacheTest, AJpegShownWholeAtItsOwnSizeIsItsOwnEntry) {
    ImageCache cache(cacheDir.path());
    const Pixels whole = pixelsOf(cache.load(jpeg, 200, 200));
    EXPECT_EQ(whole.width, 120);
    EXPECT_TRUE(entriesIn(cacheDir.path()).empty());
    const Pixels again = pixelsOf(cache.load(jpeg, 200, 200));
    EXPECT_EQ(again.rgba, whole.rgba); // decoded from the file again, not from a lossy entry
    EXPECT_EQ(cache.stats().hits, 0u);
    EXPECT_EQ(cache.stats().damagedEntries, 0u);

    pixelsOf(cache.load(jpeg, 60, 60));
    EXPECT_EQ(entriesIn(cacheDir.path()).size(), 1u);
    const fs::path turned = sources.write(
        "turned.jpg",
        test::withExifOrientation(test::encodeJpeg(test::makePattern(120, 80)), 6, false));
    pixelsOf(cache.load(turned, 200, 200));
    EXPECT_EQ(entriesIn(cacheDir.path()).size(), 2u);
    pixelsOf(cache.load(png, 200, 200));
    EXPECT_EQ(entriesIn(cacheDir.path()).size(), 3u);
}

} // namespace
} // namespace vitrin::imaging
