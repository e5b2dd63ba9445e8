#include "ui/ImageStore.h"

#include <gtest/gtest.h>

#include <unistd.h>

using namespace vitrin;
using namespace vitrin::ui;

namespace {

const std::filesystem::path kTestData(VITRIN_TESTDATA_DIR);

// A software renderer on a plain surface: textures without a window or a display.
struct Fixture {
    platform::SurfacePtr surface{
        SDL_CreateRGBSurfaceWithFormat(0, 64, 64, 32, SDL_PIXELFORMAT_ARGB8888)};
    platform::RendererPtr renderer{SDL_CreateSoftwareRenderer(surface.get())};
    imaging::ImageLoader loader{imaging::LoaderOptions{1, nullptr, {}}};

    void settle(ImageStore& store) { store.waitIdle(core::TimePoint(0)); }
};

const ImageKey kRose{kTestData / "libjpeg-turbo" / "testorig.jpg", 200, 200};
const ImageKey kPalette{kTestData / "pngsuite" / "basn3p08.png", 32, 32};

} // namespace

TEST(ImageStore, DecodesOnTheWorkersAndUploadsOnPoll) {
    Fixture f;
    ImageStore store(f.renderer.get(), f.loader, 1 << 20);
    EXPECT_EQ(store.picture(kRose), nullptr); // asked for, not there yet
    EXPECT_TRUE(store.isLoading());
    store.endFrame(); // after the first frame, what arrives is uploaded as it arrives
    f.settle(store);
    const Picture* rose = store.picture(kRose);
    ASSERT_NE(rose, nullptr);
    EXPECT_EQ(rose->width, 200);
    EXPECT_FALSE(rose->tiles.empty());
    EXPECT_FALSE(store.isLoading());
}

TEST(ImageStore, DropsTheLeastRecentlyDrawnPictureOverBudget) {
    Fixture f;
    // Room for the small palette picture, not for it and the rose together.
    ImageStore store(f.renderer.get(), f.loader, 100 * 1024);
    store.picture(kPalette);
    f.settle(store);
    ASSERT_NE(store.picture(kPalette), nullptr);
    store.picture(kRose);
    f.settle(store);
    EXPECT_NE(store.picture(kRose), nullptr);
    EXPECT_EQ(store.picture(kPalette), nullptr); // evicted, and asked for again
    EXPECT_LE(store.bytesHeld(), 200u * 149 * 4);
}

TEST(ImageStore, ADeepZoomPictureDoesNotPushOutThePicturesOnScreen) {
    Fixture f;
    ImageStore store(f.renderer.get(), f.loader, 100 * 1024);
    const ImageKey full{kRose.path, 0, 0};
    for (int frame = 0; frame < 3; ++frame) {
        store.picture(kPalette);
        store.detail(full);
        f.settle(store);
        store.endFrame();
    }
    // Both stay while both are drawn: neither makes the other be decoded again every frame.
    EXPECT_NE(store.picture(kPalette), nullptr);
    EXPECT_NE(store.detail(full), nullptr);
    EXPECT_FALSE(store.isLoading());
    // Once a frame no longer asks for it, the deep-zoom picture is gone.
    store.endFrame();
    store.endFrame();
    EXPECT_EQ(store.detail(full), nullptr);
}

TEST(ImageStore, APrefetchThatComesIntoViewIsLiftedToVisiblePriority) {
    Fixture f;
    ImageStore store(f.renderer.get(), f.loader, 1 << 20);
    f.loader.setPaused(true); // both stay queued
    store.prefetch(kPalette);
    store.prefetch(kRose);
    EXPECT_EQ(store.picture(kRose), nullptr); // the rose comes on screen
    // Dropping what is only prefetched leaves the picture on screen queued.
    f.loader.cancelBelow(ImageStore::kVisiblePriority);
    f.loader.setPaused(false);
    f.settle(store);
    EXPECT_NE(store.picture(kRose), nullptr);
}

TEST(ImageStore, ReportsAPictureThatCannotBeDecodedOnce) {
    Fixture f;
    // The first half of a good JPEG: its header promises pixels the file does not hold.
    const std::filesystem::path dir =
        std::filesystem::temp_directory_path() /
        ("vitrin-imagestore-" + std::to_string(static_cast<long>(::getpid())));
    std::filesystem::create_directories(dir);
    const std::filesystem::path half = dir / "half.jpg";
    std::filesystem::copy_file(kRose.path, half, std::filesystem::copy_options::overwrite_existing);
    std::filesystem::resize_file(half, std::filesystem::file_size(half) / 2);
    ImageStore store(f.renderer.get(), f.loader, 1 << 20);
    store.picture({half, 200, 200});
    store.picture(kRose);
    f.settle(store);
    EXPECT_EQ(store.picture({half, 200, 200}), nullptr);
    EXPECT_NE(store.picture(kRose), nullptr);
    EXPECT_EQ(store.takeBroken(), (std::vector<std::filesystem::path>{half}));
    EXPECT_TRUE(store.takeBroken().empty());
    // Deep zoom may fail for memory alone, so its failures are no verdict on the picture.
    store.detail({half, 0, 0});
    f.settle(store);
    EXPECT_TRUE(store.takeBroken().empty());
    std::filesystem::remove_all(dir);
}

TEST(ImageStore, UploadsTilesAndSaysSoWhenSdlRefusesToFillATexture) {
    Fixture f;
    imaging::Pixels pixels{6, 4, std::vector<std::uint8_t>(6 * 4 * 4, 255)};
    const Picture picture = uploadPicture(f.renderer.get(), pixels, 4, "six.png");
    EXPECT_EQ(picture.tiles.size(), 2u); // 4 + 2 wide, 4 high
    // Pixels that claim a size but hold no bytes: SDL_UpdateTexture refuses them.
    const imaging::Pixels hollow{6, 4, {}};
    ::testing::internal::CaptureStderr();
    const Picture refused = uploadPicture(f.renderer.get(), hollow, 4096, "hollow.png");
    const std::string log = ::testing::internal::GetCapturedStderr();
    EXPECT_TRUE(refused.tiles.empty());
    EXPECT_NE(log.find("cannot fill the texture of hollow.png"), std::string::npos) << log;
}

// Each texture format a renderer may take, filled from the decoder's RGBA bytes and drawn
// back: every pixel's colour and alpha come through, in a width that is no multiple of a vector
// and in tiles. One alpha below 255, in the last pixel, makes a picture transparent.
TEST(ImageStore, UploadsEveryPixelsColourInEachTextureFormat) {
    Fixture f;
    const int width = 19, height = 3;
    for (const bool opaque : {true, false}) {
        imaging::Pixels pixels{width, height, {}};
        for (int i = 0; i < width * height; ++i) {
            const auto v = static_cast<std::uint8_t>(i);
            const auto alpha =
                static_cast<std::uint8_t>(opaque || i + 1 < width * height ? 255 : 128);
            pixels.rgba.insert(pixels.rgba.end(), {v, static_cast<std::uint8_t>(100 + v),
                                                   static_cast<std::uint8_t>(200 - v), alpha});
        }
        for (const Uint32 format :
             {Uint32{SDL_PIXELFORMAT_ARGB8888}, Uint32{SDL_PIXELFORMAT_RGB888},
              Uint32{SDL_PIXELFORMAT_ABGR8888}, Uint32{SDL_PIXELFORMAT_RGBA8888}}) {
            if (!opaque && format == SDL_PIXELFORMAT_RGB888) {
                continue; // a format without alpha is for opaque pictures only
            }
            SCOPED_TRACE(SDL_GetPixelFormatName(format));
            const Picture picture =
                uploadPicture(f.renderer.get(), pixels, 8, "colours.png",
                              opaque ? TextureFormats{format, SDL_PIXELFORMAT_ABGR8888}
                                     : TextureFormats{SDL_PIXELFORMAT_ABGR8888, format});
            ASSERT_EQ(picture.tiles.size(), 3u); // 8 + 8 + 3 wide
            EXPECT_EQ(picture.opaque, opaque);
            for (const Picture::Tile& tile : picture.tiles) {
                Uint32 actual = 0;
                SDL_QueryTexture(tile.texture.get(), &actual, nullptr, nullptr, nullptr);
                EXPECT_EQ(actual, format);
                SDL_SetTextureBlendMode(tile.texture.get(), SDL_BLENDMODE_NONE);
                const SDL_Rect at{tile.rect.x, tile.rect.y, tile.rect.w, tile.rect.h};
                SDL_RenderCopy(f.renderer.get(), tile.texture.get(), nullptr, &at);
            }
            std::vector<std::uint8_t> drawn(static_cast<std::size_t>(width * height) * 4);
            const SDL_Rect area{0, 0, width, height};
            ASSERT_EQ(SDL_RenderReadPixels(f.renderer.get(), &area, SDL_PIXELFORMAT_ABGR8888,
                                           drawn.data(), width * 4),
                      0);
            EXPECT_EQ(drawn, pixels.rgba);
        }
    }
}

// The screen showed nothing before the first frame, so a picture there for that frame is shown
// at once; one that arrives later fades in over what was drawn in its place.
TEST(ImageStore, APictureThereBeforeTheFirstFrameWaitsAsPixelsUntilAskedForAfterIt) {
    Fixture f;
    ImageStore store(f.renderer.get(), f.loader, 1 << 20);
    store.picture(kRose);
    store.picture(kPalette);
    store.waitIdle(core::TimePoint(0));
    for (const ImageKey& key : {kRose, kPalette}) {
        const Picture* waiting = store.decoded(key);
        ASSERT_NE(waiting, nullptr);
        EXPECT_TRUE(waiting->tiles.empty());
        EXPECT_EQ(waiting->waiting.rgba.size(),
                  4u * static_cast<std::size_t>(waiting->width * waiting->height));
        EXPECT_EQ(store.decoded(key), waiting) << "still waiting";
    }
    const Picture* rose = store.picture(kRose);
    ASSERT_NE(rose, nullptr) << "picture() uploads it at any time";
    EXPECT_FALSE(rose->tiles.empty());
    EXPECT_TRUE(rose->waiting.rgba.empty());

    store.endFrame();
    const Picture* palette = store.decoded(kPalette);
    ASSERT_NE(palette, nullptr);
    EXPECT_FALSE(palette->tiles.empty()) << "uploaded when asked for after the first frame";
    EXPECT_TRUE(palette->waiting.rgba.empty());
}

TEST(ImageStore, APictureThereForTheFirstFrameIsNotFadedInALaterOneIs) {
    Fixture f;
    ImageStore store(f.renderer.get(), f.loader, 1 << 20);
    store.picture(kRose);
    store.waitIdle(core::TimePoint(5));
    EXPECT_GE(store.ageOf(kRose, core::TimePoint(5)), ImageStore::kFadeSeconds);
    EXPECT_FALSE(store.isFading(core::TimePoint(5)));

    store.endFrame();
    store.picture(kPalette);
    store.waitIdle(core::TimePoint(6));
    EXPECT_NEAR(store.ageOf(kPalette, core::TimePoint(6.1)), 0.1, 1e-9);
    EXPECT_TRUE(store.isFading(core::TimePoint(6.1)));
    EXPECT_FALSE(store.isFading(core::TimePoint(6.3)));
}
