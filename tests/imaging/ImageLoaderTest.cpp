#include "imaging/ImageLoader.h"
#include "TestImages.h"
#include "imaging/ImageCache.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <thread>

namespace vitrin::imaging {
namespace {

namespace fs = std::filesystem;
using test::TempDir;

class ImageLoaderTest : public ::testing::Test {
  protected:
    TempDir dir;
    std::vector<fs::path> files = makeFiles();

    std::vector<fs::path> makeFiles() const {
        std::vector<fs::path> out;
        for (int i = 0; i < 6; ++i) {
            out.push_back(dir.write("img" + std::to_string(i) + ".jpg",
                                    test::encodeJpeg(test::makePattern(64 + 8 * i, 48))));
        }
        return out;
    }
};

std::vector<fs::path> pathsOf(const std::vector<LoadedImage>& done) {
    std::vector<fs::path> out;
    for (const auto& image : done) {
        out.push_back(image.request.path);
    }
    return out;
}

TEST_F(ImageLoaderTest, DeliversEveryRequestedImage) {
    ImageLoader loader(LoaderOptions{.threads = 2});
    EXPECT_EQ(loader.threadCount(), 2);
    for (const auto& file : files) {
        loader.request(ImageRequest{file, 32, 32}, 0);
    }
    loader.request(ImageRequest{dir.path() / "missing.jpg", 32, 32}, 0);
    loader.waitIdle();
    const auto done = loader.takeFinished();
    ASSERT_EQ(done.size(), files.size() + 1);
    for (const auto& image : done) {
        if (image.request.path.filename() == "missing.jpg") {
            ASSERT_TRUE(std::holds_alternative<DecodeError>(image.result));
            EXPECT_EQ(std::get<DecodeError>(image.result).reason, RejectReason::ReadFailed);
        } else {
            ASSERT_TRUE(std::holds_alternative<Pixels>(image.result));
            EXPECT_EQ(std::get<Pixels>(image.result).width, 32);
        }
    }
    EXPECT_TRUE(loader.takeFinished().empty());
}

TEST_F(ImageLoaderTest, HigherPriorityFirstDuplicatesMergeStaleOnesDropped) {
    ImageLoader loader(LoaderOptions{.threads = 1});
    loader.setPaused(true);
    loader.request(ImageRequest{files[0], 16, 16}, 1);
    loader.request(ImageRequest{files[1], 16, 16}, 5);
    loader.request(ImageRequest{files[2], 16, 16}, 3);
    loader.request(ImageRequest{files[3], 16, 16}, 0);
    loader.request(ImageRequest{files[0], 16, 16}, 9); // merges and jumps the queue
    loader.request(ImageRequest{files[2], 16, 16}, 1); // merges, keeps its priority 3
    loader.cancelBelow(2);                             // files[3] is stale
    loader.waitIdle();                                 // paused: returns at once
    EXPECT_TRUE(loader.takeFinished().empty());
    loader.setPaused(false);
    loader.waitIdle();
    EXPECT_EQ(pathsOf(loader.takeFinished()),
              (std::vector<fs::path>{files[0], files[1], files[2]}));
    // A different box for the same file is a different request.
    loader.request(ImageRequest{files[0], 16, 16}, 0);
    loader.request(ImageRequest{files[0], 8, 8}, 0);
    loader.waitIdle();
    EXPECT_EQ(loader.takeFinished().size(), 2u);
}

TEST_F(ImageLoaderTest, UsesTheCache) {
    TempDir cacheDir;
    ImageCache cache(cacheDir.path());
    ImageLoader loader(LoaderOptions{.threads = 2, .cache = &cache});
    for (int round = 0; round < 2; ++round) {
        for (const auto& file : files) {
            loader.request(ImageRequest{file, 20, 20}, 0);
        }
        loader.waitIdle();
        EXPECT_EQ(loader.takeFinished().size(), files.size());
    }
    EXPECT_EQ(cache.stats().misses, files.size());
    EXPECT_EQ(cache.stats().hits, files.size());
}

std::size_t cacheEntries(const fs::path& directory) {
    std::size_t count = 0;
    for (const auto& file : fs::directory_iterator(directory)) {
        count += file.path().extension() == ".px" ? 1 : 0;
    }
    return count;
}

TEST_F(ImageLoaderTest, HandsAPictureOnBeforeWritingItsCacheEntryAndWaitsForTheEntryWhenIdle) {
    TempDir cacheDir;
    ImageCache cache(cacheDir.path());
    ImageLoader loader(LoaderOptions{.threads = 1, .cache = &cache});
    std::atomic<int> entriesWhenTold{-1};
    loader.setOnFinished(
        [&] { entriesWhenTold.store(static_cast<int>(cacheEntries(cacheDir.path()))); });
    loader.request(ImageRequest{files[0], 20, 20}, 0);
    loader.waitIdle();
    EXPECT_EQ(entriesWhenTold.load(), 0);
    EXPECT_EQ(cacheEntries(cacheDir.path()), 1u);
    EXPECT_EQ(loader.takeFinished().size(), 1u);
}

TEST_F(ImageLoaderTest, TellsWhenEachResultIsReady) {
    ImageLoader loader(LoaderOptions{.threads = 2});
    std::atomic<int> told{0};
    loader.setOnFinished([&told] { told.fetch_add(1); });
    for (const auto& file : files) {
        loader.request(ImageRequest{file, 20, 20}, 0);
    }
    loader.waitIdle();
    // The last call may still be on its way when waitIdle returns.
    for (int i = 0; i < 500 && told.load() < static_cast<int>(files.size()); ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    EXPECT_EQ(told.load(), static_cast<int>(files.size()));
    EXPECT_EQ(loader.takeFinished().size(), files.size());
}

TEST_F(ImageLoaderTest, DestroyingWithWorkQueuedIsClean) {
    ImageLoader loader(LoaderOptions{.threads = 2});
    for (int i = 0; i < 30; ++i) {
        loader.request(ImageRequest{files[static_cast<std::size_t>(i) % files.size()], i + 1, 0},
                       i);
    }
    // The destructor must finish the running decodes, drop the rest and join.
}

TEST(ImageLoaderDefaults, AtLeastOneWorker) {
    const ImageLoader loader;
    EXPECT_GE(loader.threadCount(), 1);
}

} // namespace
} // namespace vitrin::imaging
