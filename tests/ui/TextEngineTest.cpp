#include "ui/TextEngine.h"

#include <gtest/gtest.h>

#include <SDL_ttf.h>

namespace vitrin::ui {
namespace {

const std::filesystem::path kSource = VITRIN_SOURCE_DIR;

class TextEngineTest : public ::testing::Test {
  protected:
    static void SetUpTestSuite() { ASSERT_EQ(TTF_Init(), 0); }
    static void TearDownTestSuite() { TTF_Quit(); }
};

TEST_F(TextEngineTest, LineTexturesStayWithinTheirBudgetLeastRecentlyDrawnDroppedFirst) {
    auto layout = resolveLayout(kSource / "layouts", "landscape-1080p");
    ASSERT_TRUE(layout.ok()) << layout.error().message;
    auto engine = TextEngine::open(kSource / "fonts", *layout);
    ASSERT_TRUE(engine.ok()) << engine.error().message;
    platform::SurfacePtr surface{
        SDL_CreateRGBSurfaceWithFormat(0, 64, 64, 32, SDL_PIXELFORMAT_ARGB8888)};
    platform::RendererPtr renderer{SDL_CreateSoftwareRenderer(surface.get())};
    ASSERT_NE(renderer, nullptr);
    EXPECT_EQ(engine->cacheBudgetBytes(), 3u * 4 * 1920 * 1080);

    // A long caption's lines, each nearly as wide as the screen, many more than fit.
    const std::string words = "Иркутск и Strömsund har samarbetat sedan 1999 om energi, skolor ";
    const std::string kept = "Tillbaka";
    SDL_Texture* keptTexture = engine->lineTexture(renderer.get(), kept, FontRole::Button, true);
    ASSERT_NE(keptTexture, nullptr);
    for (int i = 0; i < 1500; ++i) {
        const std::string line = std::to_string(i) + " " + words + words;
        ASSERT_NE(engine->lineTexture(renderer.get(), line, FontRole::Body, false), nullptr);
        EXPECT_LE(engine->cachedBytes(), engine->cacheBudgetBytes());
        // Drawn on every screen, it is never the least recently drawn.
        EXPECT_EQ(engine->lineTexture(renderer.get(), kept, FontRole::Button, true), keptTexture);
    }
    EXPECT_GT(engine->cachedBytes(), engine->cacheBudgetBytes() / 2);
}

} // namespace
} // namespace vitrin::ui
