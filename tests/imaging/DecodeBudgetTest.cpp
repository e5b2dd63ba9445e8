#include "imaging/DecodeBudget.h"
#include "TestImages.h"
#include "imaging/ImageLoader.h"
#include "imaging/JpegDecoder.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <thread>

namespace vitrin::imaging {
namespace {

using namespace std::chrono_literals;
constexpr std::uint64_t kMB = 1024 * 1024;

TEST(DecodeBudget, LendsWhatFitsRefusesWhatNeverCanAndCountsThePeak) {
    DecodeBudget budget(100);
    {
        auto a = budget.acquire(60);
        ASSERT_TRUE(a.has_value());
        auto b = budget.acquire(40);
        ASSERT_TRUE(b.has_value());
        EXPECT_EQ(budget.inUse(), 100u);
        EXPECT_FALSE(budget.acquire(101).has_value()); // refused at once, never waits
    }
    EXPECT_EQ(budget.inUse(), 0u);
    EXPECT_EQ(budget.peak(), 100u);
}

TEST(DecodeBudget, ADecodeThatDoesNotFitWaitsForRoom) {
    DecodeBudget budget(100);
    auto first = std::make_optional(*budget.acquire(70));
    std::atomic<bool> got{false};
    std::thread second([&] {
        auto lease = budget.acquire(50);
        got = lease.has_value();
    });
    std::this_thread::sleep_for(50ms);
    EXPECT_FALSE(got.load()) << "50 more did not fit beside 70 of 100";
    first.reset();
    second.join();
    EXPECT_TRUE(got.load());
    EXPECT_EQ(budget.peak(), 70u);
}

TEST(DecodeBudget, TheNeedCountsPixelsDecoderBuffersAndCopies) {
    // A 12,000 x 12,000 PNG shown at 1080p: 576 MB of decoded pixels, then the shrunk copy.
    const ImageInfo png{Format::Png, 12000, 12000, 1};
    const std::uint64_t pngNeed = decodeMemoryNeed(png, 1080, 1080);
    EXPECT_GE(pngNeed, 576'000'000u + 4u * 1080 * 1080);
    EXPECT_LT(pngNeed, 576'000'000u + 4u * 1080 * 1080 + 2 * kMB);
    // A baseline JPEG is decoded at 1/8 for a small target: little memory; a progressive one
    // holds every coefficient first.
    const ImageInfo baseline{Format::Jpeg, 12000, 12000, 1, 0};
    const ImageInfo progressive{Format::Jpeg, 12000, 12000, 1, 6};
    EXPECT_LT(decodeMemoryNeed(baseline, 1080, 1080), 16 * kMB);
    EXPECT_GE(decodeMemoryNeed(progressive, 1080, 1080), 864'000'000u);
    // A quarter turn (EXIF orientation 5-8) makes one more copy of the target; mirrors and the
    // half turn are done in place.
    const ImageInfo turned{Format::Jpeg, 4000, 3000, 6, 0};
    const ImageInfo halfTurned{Format::Jpeg, 4000, 3000, 3, 0};
    const ImageInfo upright{Format::Jpeg, 4000, 3000, 1, 0};
    EXPECT_EQ(decodeMemoryNeed(turned, 1000, 750) - decodeMemoryNeed(upright, 1000, 750),
              4u * 1000 * 750);
    EXPECT_EQ(decodeMemoryNeed(halfTurned, 1000, 750), decodeMemoryNeed(upright, 1000, 750));
    // A 24 MP photo for full HD: decoded at 1/2 (3000 x 2000), whose rows pass through a ring of
    // rows as they are resized, never 24 MB at once.
    const ImageInfo photo{Format::Jpeg, 6000, 4000, 1, 0};
    const std::uint64_t photoNeed = decodeMemoryNeed(photo, 1620, 1080);
    EXPECT_GE(photoNeed, 4u * 1620 * 1080 + jpegRowRingBytes(3000));
    EXPECT_LT(photoNeed, 4u * 1620 * 1080 + 2 * kMB);
}

TEST(DecodeBudget, ProbesTellWhichPicturesTheDecoderHoldsWhole) {
    const Pixels pattern = test::makePattern(64, 48);
    const auto baseline = test::encodeJpeg(pattern);
    const auto progressive = test::encodeJpeg(pattern, {.progressive = true});
    const auto lossless = test::encodeWebp(pattern, true);
    const auto lossy = test::encodeWebp(pattern, false);
    test::TempDir dir;
    const auto info = [&](const char* name, const test::ByteVector& bytes) {
        return std::get<ImageInfo>(probeImageFile(dir.write(name, bytes))).decoderBytesPerPixel;
    };
    EXPECT_EQ(info("baseline.jpg", baseline), 0);
    EXPECT_EQ(info("progressive.jpg", progressive), 6);
    EXPECT_EQ(info("lossless.webp", lossless), 4);
    EXPECT_EQ(info("lossy.webp", lossy), 0);
}

TEST(DecodeBudget, APictureNeedingMoreThanTheWholeBudgetIsRefusedWithTheReason) {
    test::TempDir dir;
    const auto file = dir.write("big.png", test::encodePng(test::makeSolid(1000, 1000, 9, 9, 9)));
    DecodeBudget small(2 * kMB); // the picture needs 4 MB and more
    Limits limits;
    limits.budget = &small;
    const auto result = decodeImage(file, 200, 200, limits);
    const auto* error = std::get_if<DecodeError>(&result);
    ASSERT_NE(error, nullptr);
    EXPECT_EQ(error->reason, RejectReason::TooLargeToDecode);
    EXPECT_NE(error->detail.find("1000 x 1000 pixels need 5 MB to decode, more than the 2 MB "
                                 "decoding may use"),
              std::string::npos)
        << error->detail;
    const auto validated = validateImageFile(file, limits);
    ASSERT_TRUE(std::holds_alternative<DecodeError>(validated));
    EXPECT_EQ(std::get<DecodeError>(validated).reason, RejectReason::TooLargeToDecode);
    EXPECT_EQ(small.peak(), 0u);
    // Within the process's budget it decodes.
    EXPECT_TRUE(std::holds_alternative<Pixels>(decodeImage(file, 200, 200)));
}

TEST(DecodeBudget, FourWorkersOnBigPicturesNeverHoldMoreThanTheBudgetAndAllDecode) {
    test::TempDir dir;
    std::vector<std::filesystem::path> files;
    for (int i = 0; i < 6; ++i) {
        files.push_back(dir.write("big" + std::to_string(i) + ".png",
                                  test::encodePng(test::makeSolid(1500, 1000, 1, 2, 3))));
    }
    // One picture needs about 7 MB (6 MB decoded, the shrunk copy, the decoder's state): the
    // budget holds one at a time, never two.
    const ImageInfo info{Format::Png, 1500, 1000, 1};
    const std::uint64_t one = decodeMemoryNeed(info, 300, 200);
    DecodeBudget budget(one + one / 2);
    Limits limits;
    limits.budget = &budget;
    ImageLoader loader({4, nullptr, limits});
    for (const auto& file : files) {
        loader.request({file, 300, 200}, 1);
    }
    loader.waitIdle();
    const auto done = loader.takeFinished();
    ASSERT_EQ(done.size(), files.size());
    for (const auto& image : done) {
        EXPECT_TRUE(std::holds_alternative<Pixels>(image.result)) << image.request.path;
    }
    EXPECT_EQ(budget.peak(), one);
    EXPECT_EQ(budget.inUse(), 0u);
}

} // namespace
} // namespace vitrin::imaging
