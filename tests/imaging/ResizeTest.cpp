// The fixed-point resampler for opaque pictures: no aliasing on fine patterns, the same result
// as stb_image_resize (its reference), colours kept, any size.
#include "imaging/Resize.h"
#include "TestImages.h"

#include <gtest/gtest.h>
#include <stb_image_resize.h>

#include <algorithm>
#include <cstdlib>

namespace vitrin::imaging {
namespace {

// Black and white stripes one pixel wide (vertical), or a checkerboard of single pixels.
Pixels finePattern(int width, int height, bool checkerboard) {
    Pixels pixels = test::makeSolid(width, height, 0, 0, 0);
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            if ((checkerboard ? x + y : x) % 2 == 0) {
                const std::size_t i = 4 * (static_cast<std::size_t>(y) * width + x);
                pixels.rgba[i] = pixels.rgba[i + 1] = pixels.rgba[i + 2] = 255;
            }
        }
    }
    return pixels;
}

// The largest distance of any channel from value, over the whole picture.
int maxDeviation(const Pixels& pixels, int value) {
    int worst = 0;
    for (std::size_t i = 0; i < pixels.rgba.size(); i += 4) {
        for (std::size_t c = 0; c < 3; ++c) {
            worst = std::max(worst, std::abs(pixels.rgba[i + c] - value));
        }
    }
    return worst;
}

Pixels resizeWithStb(const Pixels& pixels, int width, int height) {
    Pixels out{width, height, test::ByteVector(std::size_t{4} * width * height)};
    stbir_resize_uint8_srgb(pixels.rgba.data(), pixels.width, pixels.height, 0, out.rgba.data(),
                            width, height, 0, 4, STBIR_ALPHA_CHANNEL_NONE, 0);
    return out;
}

TEST(Resize, FinePatternsBecomeEvenGreyWithoutMoire) {
    // Half the light of white, in sRGB: what the eye sees from afar.
    constexpr int kGrey = 188;
    for (const bool checkerboard : {false, true}) {
        const Pixels pattern = finePattern(600, 400, checkerboard);
        // Ratios just under 2 (after a scaled JPEG decode), odd ones and large ones.
        for (const auto& [w, h] : {std::pair{324, 216}, {401, 267}, {150, 100}, {61, 41}}) {
            const Pixels shrunk = resizePixels(pattern, w, h);
            ASSERT_EQ(shrunk.width, w);
            ASSERT_EQ(shrunk.height, h);
            // Point sampling or a plain bilinear shrink leave the stripes at full contrast
            // (about 188 away); the filter leaves a faint ripple, as stb_image_resize does.
            EXPECT_LE(maxDeviation(shrunk, kGrey), 32)
                << (checkerboard ? "checkerboard " : "stripes ") << w << "x" << h;
            EXPECT_LE(maxDeviation(shrunk, kGrey),
                      maxDeviation(resizeWithStb(pattern, w, h), kGrey) + 2);
        }
    }
}

TEST(Resize, MatchesStbImageResizeOnAPhotoLikePicture) {
    // Smooth shading with a hard-edged block of fine stripes, where filters differ most.
    Pixels source = test::makePattern(900, 600);
    for (int y = 200; y < 400; ++y) {
        for (int x = 300; x < 600; ++x) {
            const std::size_t i = 4 * (static_cast<std::size_t>(y) * 900 + x);
            const std::uint8_t v = (x / 3) % 2 == 0 ? 250 : 10;
            source.rgba[i] = source.rgba[i + 1] = source.rgba[i + 2] = v;
        }
    }
    for (const auto& [w, h] : {std::pair{480, 320}, {500, 333}, {120, 80}, {899, 599}}) {
        EXPECT_LE(
            test::maxChannelDifference(resizePixels(source, w, h), resizeWithStb(source, w, h)), 2)
            << w << "x" << h;
    }
}

TEST(Resize, APictureResizedInTwoBandsMatchesStbImageResizeAcrossTheSeam) {
    // Large enough for two bands on two threads. The rows about the seam draw on input rows of
    // both halves: fine stripes there show any row taken from the wrong place.
    Pixels source = test::makePattern(3000, 2000);
    for (int y = 900; y < 1100; ++y) {
        for (int x = 0; x < 3000; ++x) {
            const std::size_t i = 4 * (static_cast<std::size_t>(y) * 3000 + x);
            const std::uint8_t v = (y / 3) % 2 == 0 ? 250 : 10;
            source.rgba[i] = source.rgba[i + 1] = source.rgba[i + 2] = v;
        }
    }
    const Pixels shrunk = resizePixels(source, 1620, 1080);
    EXPECT_LE(test::maxChannelDifference(shrunk, resizeWithStb(source, 1620, 1080)), 2);
}

TEST(Resize, KeepsAnEvenColourAndOpaqueAlpha) {
    const Pixels solid = test::makeSolid(37, 23, 10, 200, 90);
    for (const auto& [w, h] : {std::pair{13, 7}, {1, 1}, {37, 1}, {36, 22}}) {
        const Pixels shrunk = resizePixels(solid, w, h);
        for (int y = 0; y < h; ++y) {
            for (int x = 0; x < w; ++x) {
                EXPECT_EQ(test::pixelAt(shrunk, x, y), (std::vector<int>{10, 200, 90, 255}))
                    << w << "x" << h << " at " << x << "," << y;
            }
        }
    }
}

TEST(Resize, TinyPicturesToAnySize) {
    const Pixels one = test::makeSolid(1, 1, 50, 60, 70);
    EXPECT_EQ(test::pixelAt(resizePixels(one, 3, 2), 2, 1), (std::vector<int>{50, 60, 70, 255}));
    const Pixels pattern = test::makePattern(5, 3);
    const Pixels shrunk = resizePixels(pattern, 2, 1);
    EXPECT_EQ(shrunk.rgba.size(), 8u);
}

// Wherever it is, in a whole block or in the part at the end, one pixel that is not fully
// opaque makes a picture transparent.
TEST(Resize, IsOpaqueFindsOneTransparentPixelAnywhere) {
    Pixels pixels{1500, 3, std::vector<std::uint8_t>(1500 * 3 * 4, 255)};
    EXPECT_TRUE(isOpaque(pixels));
    for (const std::size_t pixel :
         {std::size_t{0}, std::size_t{1023}, std::size_t{1024}, std::size_t{4499}}) {
        Pixels one = pixels;
        one.rgba[4 * pixel + 3] = 254;
        EXPECT_FALSE(isOpaque(one)) << pixel;
        Pixels colour = pixels;
        colour.rgba[4 * pixel] = 0; // a colour, not alpha
        EXPECT_TRUE(isOpaque(colour)) << pixel;
    }
    EXPECT_TRUE(isOpaque(Pixels{}));
}

} // namespace
} // namespace vitrin::imaging

TEST(Resize, FitInsideKeepsAOnePixelLineAtLeastOnePixel) {
    using vitrin::imaging::fitInside;
    const auto expectSize = [](vitrin::imaging::Size size, int width, int height) {
        EXPECT_EQ(size.width, width);
        EXPECT_EQ(size.height, height);
    };
    expectSize(fitInside(1, 20000, 1920, 1080), 1, 1080);
    expectSize(fitInside(20000, 1, 1920, 1080), 1920, 1);
    expectSize(fitInside(3, 20000, 1920, 1080), 1, 1080); // 0.16 rounds to 0: one pixel
    expectSize(fitInside(20000, 3, 480, 480), 480, 1);
    expectSize(fitInside(1, 1, 1920, 1080), 1, 1);   // never larger than the original
    expectSize(fitInside(1, 20000, 0, 0), 1, 20000); // 0: no limit
    expectSize(fitInside(6000, 4000, 1920, 1080), 1620, 1080);
    // And the line is resampled to that size with its colour.
    namespace test = vitrin::imaging::test;
    const vitrin::imaging::Pixels line = test::makeSolid(1, 20000, 200, 30, 30);
    const vitrin::imaging::Pixels shown = vitrin::imaging::resizePixels(line, 1, 1080);
    EXPECT_EQ(test::pixelAt(shown, 0, 540), (std::vector<int>{200, 30, 30, 255}));
}
