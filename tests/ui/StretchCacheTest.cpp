#include "ui/StretchCache.h"

#include <gtest/gtest.h>

#include <array>

using namespace vitrin;
using namespace vitrin::ui;

namespace {

// The software renderer on a plain surface, as the kiosk's software path draws.
struct Fixture {
    platform::SurfacePtr surface{
        SDL_CreateRGBSurfaceWithFormat(0, 64, 64, 32, SDL_PIXELFORMAT_ARGB8888)};
    platform::RendererPtr renderer{SDL_CreateSoftwareRenderer(surface.get())};

    // An opaque picture of one colour, uploaded as the image store does.
    Picture picture(int width, int height) {
        imaging::Pixels pixels{width, height, {}};
        for (int i = 0; i < width * height; ++i) {
            pixels.rgba.insert(pixels.rgba.end(), {200, 100, 50, 255});
        }
        return uploadPicture(renderer.get(), pixels, 4096, "test",
                             textureFormatsFor(renderer.get()));
    }
};

const ImageKey kKey{"/m/a.jpg", 512, 512};

} // namespace

TEST(StretchCache, APictureDrawnAtOneSizeInTwoFramesIsStretchedOnce) {
    Fixture f;
    const Picture picture = f.picture(40, 30);
    StretchCache cache(1 << 20);
    EXPECT_EQ(cache.stretched(f.renderer.get(), kKey, picture, 20, 15), nullptr);
    cache.endFrame();
    SDL_Texture* copy = cache.stretched(f.renderer.get(), kKey, picture, 20, 15);
    ASSERT_NE(copy, nullptr);
    int width = 0, height = 0;
    SDL_QueryTexture(copy, nullptr, nullptr, &width, &height);
    EXPECT_EQ(width, 20);
    EXPECT_EQ(height, 15);
    cache.endFrame();
    EXPECT_EQ(cache.stretched(f.renderer.get(), kKey, picture, 20, 15), copy); // kept
    EXPECT_EQ(cache.bytesHeld(), 20u * 15 * 4);
    // Its pixels are the picture's.
    void* pixels = nullptr;
    int pitch = 0;
    ASSERT_EQ(SDL_LockTexture(copy, nullptr, &pixels, &pitch), 0);
    Uint8 r = 0, g = 0, b = 0;
    Uint32 format = 0;
    SDL_QueryTexture(copy, &format, nullptr, nullptr, nullptr);
    platform::SurfacePtr view(
        SDL_CreateRGBSurfaceWithFormatFrom(pixels, 20, 15, 32, pitch, format));
    SDL_GetRGB(static_cast<const Uint32*>(pixels)[7 * pitch / 4 + 10], view->format, &r, &g, &b);
    SDL_UnlockTexture(copy);
    EXPECT_EQ(r, 200);
    EXPECT_EQ(g, 100);
    EXPECT_EQ(b, 50);
}

TEST(StretchCache, APictureWhoseSizeChangesEveryFrameIsNeverCopied) {
    Fixture f;
    const Picture picture = f.picture(40, 30);
    StretchCache cache(1 << 20);
    for (int frame = 0; frame < 10; ++frame) {
        EXPECT_EQ(cache.stretched(f.renderer.get(), kKey, picture, 30 + frame, 20 + frame),
                  nullptr);
        cache.endFrame();
    }
    EXPECT_EQ(cache.count(), 0u);
}

TEST(StretchCache, TheLeastRecentlyDrawnCopyGoesOverBudget) {
    Fixture f;
    const Picture picture = f.picture(40, 30);
    const ImageKey other{"/m/b.jpg", 512, 512};
    StretchCache cache(20 * 15 * 4 + 100); // room for one copy
    for (int frame = 0; frame < 2; ++frame) {
        cache.stretched(f.renderer.get(), kKey, picture, 20, 15);
        cache.endFrame();
    }
    EXPECT_EQ(cache.count(), 1u);
    for (int frame = 0; frame < 2; ++frame) {
        cache.stretched(f.renderer.get(), other, picture, 20, 15);
        cache.endFrame();
    }
    EXPECT_EQ(cache.count(), 1u);
    EXPECT_LE(cache.bytesHeld(), 20u * 15 * 4);
}

TEST(StretchCache, NoCopyIsMadeOfAPictureDrawnLargerThanTheWholeBudget) {
    // A picture zoomed far past the screen: its copy would be dropped as soon as made, taking
    // the kept ones with it, and made again the next frame.
    Fixture f;
    const Picture picture = f.picture(40, 30);
    const ImageKey other{"/m/b.jpg", 512, 512};
    StretchCache cache(20 * 15 * 4 + 100); // room for one small copy
    for (int frame = 0; frame < 2; ++frame) {
        cache.stretched(f.renderer.get(), kKey, picture, 20, 15);
        cache.endFrame();
    }
    ASSERT_EQ(cache.count(), 1u);
    for (int frame = 0; frame < 3; ++frame) {
        EXPECT_EQ(cache.stretched(f.renderer.get(), other, picture, 80, 60), nullptr);
        cache.endFrame();
    }
    EXPECT_EQ(cache.count(), 1u);
    EXPECT_EQ(cache.bytesHeld(), 20u * 15 * 4);
}

TEST(StretchCache, AShadedCopyHasItsBandsMixedInEvenAtThePicturesOwnSize) {
    Fixture f;
    const Picture picture = f.picture(40, 30);
    StretchCache cache(1 << 20);
    // Half black over rows 10-19, then a quarter white over rows 15-24.
    const Shade shade{{10, 20, {0, 0, 0, 128}}, {15, 25, {255, 255, 255, 64}}};
    EXPECT_EQ(cache.stretched(f.renderer.get(), kKey, picture, 40, 30, shade), nullptr)
        << "made in the second frame running, as a plain copy is";
    cache.endFrame();
    SDL_Texture* copy = cache.stretched(f.renderer.get(), kKey, picture, 40, 30, shade);
    ASSERT_NE(copy, nullptr);
    cache.endFrame();
    EXPECT_EQ(cache.stretched(f.renderer.get(), kKey, picture, 40, 30, shade), copy);
    EXPECT_EQ(cache.stretched(f.renderer.get(), kKey, picture, 40, 30), nullptr)
        << "the plain copy is another";
    void* pixels = nullptr;
    int pitch = 0;
    ASSERT_EQ(SDL_LockTexture(copy, nullptr, &pixels, &pitch), 0);
    Uint32 format = 0;
    SDL_QueryTexture(copy, &format, nullptr, nullptr, nullptr);
    platform::SurfacePtr view(
        SDL_CreateRGBSurfaceWithFormatFrom(pixels, 40, 30, 32, pitch, format));
    const auto rgb = [&](int row) {
        Uint8 r = 0, g = 0, b = 0;
        SDL_GetRGB(static_cast<const Uint32*>(pixels)[row * pitch / 4 + 5], view->format, &r, &g,
                   &b);
        return std::array<int, 3>{r, g, b};
    };
    // (colour * alpha + pixel * (255 - alpha)) / 255, rounded, band after band.
    EXPECT_EQ(rgb(9), (std::array<int, 3>{200, 100, 50}));
    EXPECT_EQ(rgb(10), (std::array<int, 3>{100, 50, 25}));
    EXPECT_EQ(rgb(15), (std::array<int, 3>{139, 101, 83}));
    EXPECT_EQ(rgb(20), (std::array<int, 3>{214, 139, 101}));
    EXPECT_EQ(rgb(25), (std::array<int, 3>{200, 100, 50}));
    SDL_UnlockTexture(copy);
}
