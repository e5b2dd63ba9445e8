#include "ui/Renderer.h"

#include <gtest/gtest.h>

#include <SDL_ttf.h>

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

namespace vitrin::ui {
namespace {

// The rows SDL's software renderer fills for a rect: it scales position and size and cuts each
// to whole pixels on its own (SDL 2.26, SW_QueueFillRects), at least one row.
std::pair<int, int> rowsSdlFills(const SDL_FRect& rect, float scale) {
    const int top = static_cast<int>(rect.y * scale);
    const int height = std::max(static_cast<int>(rect.h * scale), 1);
    return {top, top + height};
}

// The attract loop's scrim: 64 steps on whole layout pixels from 600 to 1080.
std::vector<SDL_FRect> scrimSteps() {
    std::vector<SDL_FRect> steps;
    for (int step = 0; step < 64; ++step) {
        const float top = std::round(600.f + 480.f * static_cast<float>(step) / 64);
        const float bottom = std::round(600.f + 480.f * static_cast<float>(step + 1) / 64);
        steps.push_back({0, top, 1920, bottom - top});
    }
    return steps;
}

int uncoveredRows(const std::vector<SDL_FRect>& fills, float scale) {
    int gaps = 0;
    for (std::size_t i = 0; i + 1 < fills.size(); ++i) {
        gaps += rowsSdlFills(fills[i + 1], scale).first - rowsSdlFills(fills[i], scale).second;
    }
    return gaps;
}

TEST(Renderer, FillsThatMeetInLayoutUnitsMeetOnScreenAtAnyScale) {
    const float scale = 1280.f / 1920.f; // landscape-1080p in a 1280x720 window
    const std::vector<SDL_FRect> steps = scrimSteps();
    EXPECT_GT(uncoveredRows(steps, scale), 0) << "the fills as SDL placed them before";
    for (const float each : {scale, 1.f, 768.f / 1080.f, 0.5f, 1.5f}) {
        std::vector<SDL_FRect> placed;
        for (const SDL_FRect& step : steps) {
            placed.push_back(onWholePixels(step, each, each));
        }
        EXPECT_EQ(uncoveredRows(placed, each), 0) << each;
        const auto [top, bottom] = rowsSdlFills(placed.back(), each);
        EXPECT_EQ(bottom, static_cast<int>(std::floor(1080 * each))) << each;
        EXPECT_LT(top, bottom);
    }
}

TEST(Renderer, ACoverPictureSitsInItsOverflowWhereItsFocusSays) {
    ImageElement image;
    image.box = {100, 0, 400, 300};
    image.cover = true;
    // 800 x 400 covers 400 x 300 at 600 x 300: 200 pixels across overflow.
    image.focus = {0, 0.5f};
    EXPECT_EQ(coverPlace(800, 400, image), (Rect{100, 0, 600, 300}));
    image.focus = {1, 0.5f};
    EXPECT_EQ(coverPlace(800, 400, image), (Rect{-100, 0, 600, 300}));
    // A drift moves it on from there, as far as it still covers the box.
    image.drift = 50;
    EXPECT_EQ(coverPlace(800, 400, image), (Rect{-50, 0, 600, 300}));
    image.drift = -150;
    EXPECT_EQ(coverPlace(800, 400, image), (Rect{-100, 0, 600, 300}));
    image.drift = 0;
    image.focus = {0.5f, 0.5f};
    image.zoom = 2;
    EXPECT_EQ(coverPlace(800, 400, image), (Rect{-300, -150, 1200, 600}));
}

// A picture of 1000 pixels at 2 screen pixels each, 400 of them left of a 1000-pixel screen.
TEST(Renderer, ACopyIsOfThePictureOnTheScreenWithRoomThatMovesOnInSteps) {
    EXPECT_EQ(pictureSpan(-800, 2, 1000, 1000, 0), (PictureSpan{400, 900}));
    // With 50 pixels of room: from 350 rounded down to a step, 500 + 1 + 100 long.
    EXPECT_EQ(pictureSpan(-800, 2, 1000, 1000, 50), (PictureSpan{350, 951}));
    // A drift of less than a step, by any fraction, keeps the span; a step more moves it.
    EXPECT_EQ(pictureSpan(-841.7f, 2, 1000, 1000, 50), (PictureSpan{350, 951}));
    EXPECT_EQ(pictureSpan(-900, 2, 1000, 1000, 50), (PictureSpan{400, 1000}));
    // Within the picture at both ends.
    EXPECT_EQ(pictureSpan(0, 2, 1000, 1000, 50), (PictureSpan{0, 601}));
    EXPECT_EQ(pictureSpan(-1000, 2, 1000, 1000, 50), (PictureSpan{450, 1000}));
}

const std::filesystem::path kSource = VITRIN_SOURCE_DIR;
const std::filesystem::path kTestData = VITRIN_TESTDATA_DIR;

// A Renderer with SDL's software renderer on a window, as the kiosk's software path draws (on
// SDL's offscreen driver, which the tests run with).
class Backdrop : public ::testing::Test {
  protected:
    static void SetUpTestSuite() {
        // The window's own surface, as platform::Display asks for on the software path (not one
        // SDL emulates with OpenGL).
        SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
        ASSERT_EQ(SDL_InitSubSystem(SDL_INIT_VIDEO), 0) << SDL_GetError();
        ASSERT_EQ(TTF_Init(), 0);
    }
    static void TearDownTestSuite() {
        TTF_Quit();
        SDL_QuitSubSystem(SDL_INIT_VIDEO);
    }

    static constexpr int kWidth = 64, kHeight = 48;
    platform::WindowPtr window{SDL_CreateWindow("test", 0, 0, kWidth, kHeight, SDL_WINDOW_HIDDEN)};
    platform::RendererPtr sdl{SDL_CreateRenderer(window.get(), -1, SDL_RENDERER_SOFTWARE)};
    imaging::ImageLoader loader{imaging::LoaderOptions{1, nullptr, {}}};
    ImageStore images{sdl.get(), loader, 1 << 20};
    IconSet icons{kSource / "icons"};
    const ImageKey key{kTestData / "libjpeg-turbo" / "testorig.jpg", kWidth, kHeight};

    // A slide over the whole surface, a little enlarged, and two fills of the darkening; split
    // by a fill that is not across the screen (and has no size nor colour), it is drawn element
    // by element.
    Scene scene(float alpha = 1, bool split = false) const {
        Scene scene;
        ImageElement image;
        image.box = {0, 0, kWidth, kHeight};
        image.key = key;
        image.cover = true;
        image.zoom = 1.06f;
        image.focus = {0.3f, 0.5f};
        image.alpha = alpha;
        scene.elements.emplace_back(image);
        if (split) {
            scene.elements.emplace_back(FillElement{{1, 0, 0, 0}, {0, 0, 0, 0}});
        }
        scene.elements.emplace_back(FillElement{{0, 20, kWidth, 10}, {0, 0, 0, 128}});
        scene.elements.emplace_back(FillElement{{0, 30, kWidth, 18}, {0, 0, 0, 215}});
        return scene;
    }
    std::vector<Uint32> frame(Renderer& renderer, const Scene& scene) {
        renderer.draw(scene, core::TimePoint(0));
        std::vector<Uint32> pixels(kWidth * kHeight);
        EXPECT_EQ(SDL_RenderReadPixels(sdl.get(), nullptr, SDL_PIXELFORMAT_RGB888, pixels.data(),
                                       kWidth * 4),
                  0)
            << SDL_GetError();
        for (Uint32& pixel : pixels) {
            pixel &= 0xffffff; // RGB888's fourth byte is not a colour
        }
        return pixels;
    }
    void paintPictureWhite() {
        SDL_Texture* texture = images.picture(key)->tiles.front().texture.get();
        void* pixels = nullptr;
        int pitch = 0;
        int height = 0;
        SDL_QueryTexture(texture, nullptr, nullptr, nullptr, &height);
        ASSERT_EQ(SDL_LockTexture(texture, nullptr, &pixels, &pitch), 0);
        std::fill_n(static_cast<Uint8*>(pixels), pitch * height, 0xff);
        SDL_UnlockTexture(texture);
    }
};

// The most any colour channel of two frames differs by.
int largestDifference(const std::vector<Uint32>& a, const std::vector<Uint32>& b) {
    int largest = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        for (int shift : {0, 8, 16}) {
            largest = std::max(largest, std::abs(static_cast<int>((a[i] >> shift) & 0xff) -
                                                 static_cast<int>((b[i] >> shift) & 0xff)));
        }
    }
    return largest;
}

// The mean difference per colour channel of two frames.
double meanDifference(const std::vector<Uint32>& a, const std::vector<Uint32>& b) {
    double difference = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        for (int shift : {0, 8, 16}) {
            difference += std::abs(static_cast<int>((a[i] >> shift) & 0xff) -
                                   static_cast<int>((b[i] >> shift) & 0xff));
        }
    }
    return difference / (3.0 * static_cast<double>(a.size()));
}

// The first frame draws its slide straight from the picture's pixels, the first frame of a
// slide uploaded since draws the picture; both mix the fills into the frame where they lie. The
// next frame copies the picture's copy with the fills mixed in, made then. All look as the same
// drawn element by element, and from then on a frame draws no longer from the picture.
TEST_F(Backdrop, ASlideIsShadedInPlaceThenCopiedShadedAndLooksTheSame) {
    auto layout = resolveLayout(kSource / "layouts", "landscape-1080p");
    ASSERT_TRUE(layout.ok());
    auto text = TextEngine::open(kSource / "fonts", *layout);
    ASSERT_TRUE(text.ok());
    SDL_SetRenderDrawBlendMode(sdl.get(), SDL_BLENDMODE_BLEND); // as platform::Display does
    Renderer renderer(sdl.get(), *text, images, icons);
    images.picture(key);
    images.waitIdle(core::TimePoint(0));
    ASSERT_NE(images.decoded(key), nullptr);
    ASSERT_TRUE(images.decoded(key)->tiles.empty()) << "it waits as pixels for the first frame";

    const std::vector<Uint32> fromPixels = frame(renderer, scene());
    const std::vector<Uint32> inPlace = frame(renderer, scene());
    const std::vector<Uint32> copied = frame(renderer, scene());
    const std::vector<Uint32> drawn = frame(renderer, scene(1, true));
    // The same picture drawn the same way; the fills mixed by Vitrin round where SDL's blending
    // cuts.
    EXPECT_EQ(largestDifference(inPlace, drawn), 1);
    // All are bilinear from whole source pixels, cut at other places: they differ in the phase
    // of the sampling, not in position (a pixel's shift either way differs nearly twice as much).
    EXPECT_LT(meanDifference(fromPixels, inPlace), 4.0);
    EXPECT_LT(meanDifference(copied, drawn), 4.0);
    const auto brightness = [](const std::vector<Uint32>& pixels, int row) {
        int sum = 0;
        for (int x = 0; x < kWidth; ++x) {
            sum += static_cast<int>((pixels[row * kWidth + x] >> 8) & 0xff);
        }
        return sum / kWidth;
    };
    EXPECT_LT(brightness(copied, 40), brightness(copied, 5) / 3) << "the darkening is there";

    paintPictureWhite();
    EXPECT_EQ(frame(renderer, scene()), copied) << "drawn from the shaded copy";
    // A first picture still fading in shows the screen's (black) background through: drawn one
    // by one, from the picture, now white.
    const int halfWhite = brightness(frame(renderer, scene(0.5f)), 5);
    EXPECT_NEAR(halfWhite, 127, 2);
}

// Drawn into a texture (a screen turned on its side), the first frame of a slide has no pixels
// to mix into: it is drawn element by element.
TEST_F(Backdrop, ASlideDrawnIntoATextureIsDrawnElementByElementUntilItsCopyIsMade) {
    auto layout = resolveLayout(kSource / "layouts", "landscape-1080p");
    ASSERT_TRUE(layout.ok());
    auto text = TextEngine::open(kSource / "fonts", *layout);
    ASSERT_TRUE(text.ok());
    SDL_SetRenderDrawBlendMode(sdl.get(), SDL_BLENDMODE_BLEND);
    Renderer renderer(sdl.get(), *text, images, icons);
    images.picture(key);
    images.waitIdle(core::TimePoint(0));
    const platform::TexturePtr target(SDL_CreateTexture(sdl.get(), SDL_PIXELFORMAT_RGB888,
                                                        SDL_TEXTUREACCESS_TARGET, kWidth, kHeight));
    ASSERT_EQ(SDL_SetRenderTarget(sdl.get(), target.get()), 0) << SDL_GetError();
    const std::vector<Uint32> first = frame(renderer, scene());
    Renderer elementByElement(sdl.get(), *text, images, icons);
    EXPECT_EQ(first, frame(elementByElement, scene(1, true)));
    EXPECT_NE(frame(renderer, scene()), first) << "the second frame is the shaded copy";
}

// The first frame's text, set while its picture decodes, is what the frame then draws: no line
// is set again, and the frame is the one drawn without setting ahead.
TEST_F(Backdrop, TextSetAheadIsTheTextTheFrameDraws) {
    auto layout = resolveLayout(kSource / "layouts", "landscape-1080p");
    ASSERT_TRUE(layout.ok());
    Scene scene;
    TextElement title;
    title.box = {2, 2, 60, 40};
    title.style.role = FontRole::Caption;
    title.lines = {{"Min stad", {2, 2}, 40}, {"Irkutsk", {2, 20}, 40}};
    scene.elements.emplace_back(title);

    auto setAhead = TextEngine::open(kSource / "fonts", *layout);
    ASSERT_TRUE(setAhead.ok());
    Renderer renderer(sdl.get(), *setAhead, images, icons);
    renderer.setText(scene);
    const std::size_t set = setAhead->cachedBytes();
    EXPECT_GT(set, 0u);
    const std::vector<Uint32> drawn = frame(renderer, scene);
    EXPECT_EQ(setAhead->cachedBytes(), set);
    EXPECT_NE(std::count(drawn.begin(), drawn.end(), drawn.front()),
              static_cast<std::ptrdiff_t>(drawn.size()))
        << "the text is on the frame";

    auto atOnce = TextEngine::open(kSource / "fonts", *layout);
    ASSERT_TRUE(atOnce.ok());
    Renderer drawnAtOnce(sdl.get(), *atOnce, images, icons);
    EXPECT_EQ(frame(drawnAtOnce, scene), drawn);
}

} // namespace
} // namespace vitrin::ui
