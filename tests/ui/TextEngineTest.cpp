#include "ui/TextEngine.h"

#include <gtest/gtest.h>

#include <SDL_ttf.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <utility>

#include <unistd.h>

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
    SDL_Texture* keptTexture =
        engine->lineTexture(renderer.get(), kept, FontRole::Button, true, TextSize::Standard);
    ASSERT_NE(keptTexture, nullptr);
    for (int i = 0; i < 1500; ++i) {
        const std::string line = std::to_string(i) + " " + words + words;
        ASSERT_NE(
            engine->lineTexture(renderer.get(), line, FontRole::Body, false, TextSize::Standard),
            nullptr);
        EXPECT_LE(engine->cachedBytes(), engine->cacheBudgetBytes());
        // Drawn on every screen, it is never the least recently drawn.
        EXPECT_EQ(
            engine->lineTexture(renderer.get(), kept, FontRole::Button, true, TextSize::Standard),
            keptTexture);
    }
    EXPECT_GT(engine->cachedBytes(), engine->cacheBudgetBytes() / 2);
}

// The fallback fonts this test needs; the kiosk runs without any, drawing boxes instead.
std::vector<std::filesystem::path> requiredFallbacks() {
    std::vector<std::filesystem::path> found = fallbackFontFiles();
    const auto has = [&](std::string_view name) {
        return std::any_of(found.begin(), found.end(),
                           [&](const auto& file) { return file.filename() == name; });
    };
    EXPECT_TRUE(has("NotoColorEmoji.ttf")) << "install fonts-noto-color-emoji";
    EXPECT_TRUE(has("DejaVuSans.ttf")) << "install fonts-dejavu-core";
    EXPECT_TRUE(has("Symbola_hint.ttf")) << "install fonts-symbola";
    return found;
}

// Pixels of the surface, as ARGB, and how many are opaque and how many coloured.
struct Ink {
    int opaque = 0;
    int coloured = 0;
};
Ink inkIn(SDL_Surface* surface, int fromX, int toX) {
    platform::SurfacePtr argb(SDL_ConvertSurfaceFormat(surface, SDL_PIXELFORMAT_ARGB8888, 0));
    Ink ink;
    for (int y = 0; y < argb->h; ++y) {
        const auto* row = reinterpret_cast<const Uint32*>(static_cast<const Uint8*>(argb->pixels) +
                                                          y * argb->pitch);
        for (int x = std::max(0, fromX); x < std::min(argb->w, toX); ++x) {
            const Uint32 p = row[x];
            const int a = static_cast<int>(p >> 24), r = static_cast<int>((p >> 16) & 0xFF),
                      g = static_cast<int>((p >> 8) & 0xFF), b = static_cast<int>(p & 0xFF);
            if (a > 128) {
                ++ink.opaque;
                ink.coloured += std::abs(r - g) > 40 || std::abs(g - b) > 40;
            }
        }
    }
    return ink;
}

TEST_F(TextEngineTest, WhatStaffTypeIsDrawnWithAFallbackFontNeverABox) {
    const std::vector<std::filesystem::path> fallbacks = requiredFallbacks();
    platform::FontPtr main(TTF_OpenFont((kSource / "fonts" / "NotoSans-Regular.ttf").c_str(), 40));
    ASSERT_NE(main, nullptr);
    std::vector<platform::FontPtr> owned;
    std::vector<TTF_Font*> opened;
    for (const auto& file : fallbacks) {
        owned.emplace_back(TTF_OpenFont(file.c_str(), 40));
        opened.push_back(owned.back().get());
    }
    const FontChain chain(main.get(), opened);

    // A folder named with an emoji, Latin-1, Greek, Cyrillic, Armenian, symbols and a family
    // emoji joined with ZWJ.
    const std::string text = "🌲 Ångbåt ñ ß ø Ελλάδα Иркутск Հայաստան ★ → ♥ ✓ "
                             "👨‍👩‍👧 "
                             "½";
    EXPECT_EQ(chain.missing(text), std::vector<char32_t>{});
    // Noto Sans alone lacks the emoji and the Armenian: that is what used to be boxes.
    EXPECT_EQ(TTF_GlyphIsProvided32(main.get(), 0x1F332), 0);
    EXPECT_FALSE(FontChain(main.get(), {}).missing(text).empty());

    // Runs by font: the Latin, Greek and Cyrillic stay with Noto Sans; the joiner stays in the
    // emoji's run.
    const std::vector<FontChain::Run> runs = chain.split(text);
    ASSERT_GE(runs.size(), 3u);
    EXPECT_NE(runs[0].face, 0u);
    EXPECT_EQ(runs[0].text, "🌲");
    EXPECT_EQ(runs[1].face, 0u);
    EXPECT_EQ(runs[1].text.rfind(" Ångbåt ñ ß ø Ελλάδα Иркутск ", 0), 0u) << runs[1].text;
    const auto family = std::find_if(runs.begin(), runs.end(), [](const FontChain::Run& run) {
        return run.text.find("👨") != std::string::npos;
    });
    ASSERT_NE(family, runs.end());
    EXPECT_EQ(family->text, "👨‍👩‍👧");

    // Drawn: the emoji in colour, one line of the main font's height, as wide as measured.
    const platform::SurfacePtr drawn = chain.render(text, SDL_Color{255, 255, 255, 255});
    ASSERT_NE(drawn, nullptr);
    EXPECT_EQ(drawn->h, TTF_FontHeight(main.get()));
    EXPECT_EQ(drawn->w, chain.measure(text));
    const int emojiWidth = chain.measure("🌲");
    EXPECT_GT(emojiWidth, 20);
    EXPECT_LT(emojiWidth, 80) << "the 136-pixel emoji is scaled to the line";
    EXPECT_GT(inkIn(drawn.get(), 0, emojiWidth).coloured, 200);

    // Not the box: the main font's own drawing of the tree (its .notdef) has no colour.
    const platform::SurfacePtr box(
        TTF_RenderUTF8_Blended(main.get(), "🌲", SDL_Color{255, 255, 255, 255}));
    ASSERT_NE(box, nullptr);
    EXPECT_EQ(inkIn(box.get(), 0, box->w).coloured, 0);

    // Text Noto Sans has is drawn exactly as before.
    const platform::SurfacePtr plain =
        chain.render("Иркутск Ελλάδα", SDL_Color{255, 255, 255, 255});
    const platform::SurfacePtr direct(
        TTF_RenderUTF8_Blended(main.get(), "Иркутск Ελλάδα", SDL_Color{255, 255, 255, 255}));
    ASSERT_NE(plain, nullptr);
    EXPECT_EQ(plain->w, direct->w);
    int width = 0;
    int height = 0;
    TTF_SizeUTF8(main.get(), "Ångbåt", &width, &height);
    EXPECT_EQ(chain.measure("Ångbåt"), width);
}

TEST_F(TextEngineTest, TheEngineMeasuresAndDrawsEmojiWithTheChain) {
    auto layout = resolveLayout(kSource / "layouts", "landscape-1080p");
    ASSERT_TRUE(layout.ok());
    auto engine = TextEngine::open(kSource / "fonts", *layout, requiredFallbacks());
    ASSERT_TRUE(engine.ok()) << engine.error().message;
    auto bare = TextEngine::open(kSource / "fonts", *layout, {});
    ASSERT_TRUE(bare.ok());
    platform::SurfacePtr surface{
        SDL_CreateRGBSurfaceWithFormat(0, 64, 64, 32, SDL_PIXELFORMAT_ARGB8888)};
    platform::RendererPtr renderer{SDL_CreateSoftwareRenderer(surface.get())};
    const std::string folder = "🌲 Skogen";
    EXPECT_NE(engine->measure(folder, FontRole::Heading, true, TextSize::Standard),
              bare->measure(folder, FontRole::Heading, true, TextSize::Standard));
    EXPECT_NE(
        engine->lineTexture(renderer.get(), folder, FontRole::Heading, true, TextSize::Standard),
        nullptr);
    EXPECT_EQ(engine->measure("Skogen", FontRole::Body, false, TextSize::Standard),
              bare->measure("Skogen", FontRole::Body, false, TextSize::Standard));
}

TEST_F(TextEngineTest, AFontMissingFromTheFolderStopsTheStart) {
    auto layout = resolveLayout(kSource / "layouts", "landscape-1080p");
    ASSERT_TRUE(layout.ok());
    const std::filesystem::path folder =
        std::filesystem::temp_directory_path() / ("vitrin-fonts-" + std::to_string(::getpid()));
    std::filesystem::create_directories(folder);
    for (const char* file :
         {"Vollkorn-Regular.ttf", "Vollkorn-SemiBold.ttf", "NotoSans-Regular.ttf"}) {
        std::filesystem::copy_file(kSource / "fonts" / file, folder / file);
    }
    const auto engine = TextEngine::open(folder, *layout, {});
    std::filesystem::remove_all(folder);
    ASSERT_FALSE(engine.ok());
    EXPECT_NE(engine.error().message.find(folder.string()), std::string::npos)
        << engine.error().message;
}

// A role's fonts are opened when first asked for. Should their files be gone by then, the
// body's fonts, opened at the start, stand in, and the log says so once.
// The pixels of a surface, as ARGB8888.
std::vector<Uint32> argbPixels(SDL_Surface* surface) {
    const platform::SurfacePtr argb(SDL_ConvertSurfaceFormat(surface, SDL_PIXELFORMAT_ARGB8888, 0));
    std::vector<Uint32> pixels;
    for (int y = 0; y < argb->h; ++y) {
        const auto* row = reinterpret_cast<const Uint32*>(
            static_cast<const Uint8*>(argb->pixels) + static_cast<std::ptrdiff_t>(y) * argb->pitch);
        pixels.insert(pixels.end(), row, row + argb->w);
    }
    return pixels;
}

// Display sizes are set without hinting, body sizes with it: a line the engine draws is the line
// drawn by the font opened here with that hinting, where the two differ.
TEST_F(TextEngineTest, TextFromDisplaySizesUpIsUnhintedSmallerTextHinted) {
    auto layout = resolveLayout(kSource / "layouts", "landscape-1080p");
    ASSERT_TRUE(layout.ok());
    auto engine = TextEngine::open(kSource / "fonts", *layout, {});
    ASSERT_TRUE(engine.ok()) << engine.error().message;
    const char* text = "Min stad Irkutsk";
    constexpr SDL_Color kWhite{255, 255, 255, 255};
    const auto drawnByEngine = [&](FontRole role) {
        platform::SurfacePtr target(
            SDL_CreateRGBSurfaceWithFormat(0, 2000, 200, 32, SDL_PIXELFORMAT_ARGB8888));
        platform::RendererPtr renderer(SDL_CreateSoftwareRenderer(target.get()));
        SDL_Texture* line =
            engine->lineTexture(renderer.get(), text, role, false, TextSize::Standard);
        int width = 0, height = 0;
        SDL_QueryTexture(line, nullptr, nullptr, &width, &height);
        std::vector<Uint32> pixels(static_cast<std::size_t>(width) * height);
        // Copied as it is onto the target, to be read back.
        SDL_SetTextureBlendMode(line, SDL_BLENDMODE_NONE);
        SDL_SetRenderDrawColor(renderer.get(), 0, 0, 0, 0);
        SDL_RenderClear(renderer.get());
        const SDL_Rect place{0, 0, width, height};
        SDL_RenderCopy(renderer.get(), line, nullptr, &place);
        SDL_RenderReadPixels(renderer.get(), &place, SDL_PIXELFORMAT_ARGB8888, pixels.data(),
                             width * 4);
        return pixels;
    };
    const auto drawnByFont = [&](const char* file, FontRole role, int hinting) {
        const int size = static_cast<int>(std::lround(fontSizeFor(*layout, role)));
        platform::FontPtr font(TTF_OpenFont((kSource / "fonts" / file).c_str(), size));
        TTF_SetFontHinting(font.get(), hinting);
        platform::SurfacePtr line(TTF_RenderUTF8_Blended(font.get(), text, kWhite));
        return argbPixels(line.get());
    };
    ASSERT_GE(fontSizeFor(*layout, FontRole::Title), TextEngine::kUnhintedFromPixels);
    ASSERT_LT(fontSizeFor(*layout, FontRole::Body), TextEngine::kUnhintedFromPixels);

    const std::vector<Uint32> title = drawnByEngine(FontRole::Title);
    const std::vector<Uint32> titleUnhinted =
        drawnByFont("Vollkorn-Regular.ttf", FontRole::Title, TTF_HINTING_NONE);
    ASSERT_NE(drawnByFont("Vollkorn-Regular.ttf", FontRole::Title, TTF_HINTING_NORMAL),
              titleUnhinted)
        << "the hinting shows";
    EXPECT_EQ(title, titleUnhinted);

    const std::vector<Uint32> body = drawnByEngine(FontRole::Body);
    const std::vector<Uint32> bodyHinted =
        drawnByFont("NotoSans-Regular.ttf", FontRole::Body, TTF_HINTING_NORMAL);
    ASSERT_NE(drawnByFont("NotoSans-Regular.ttf", FontRole::Body, TTF_HINTING_NONE), bodyHinted)
        << "the hinting shows";
    EXPECT_EQ(body, bodyHinted);
}

TEST_F(TextEngineTest, FontsGoneBeforeTheyAreFirstAskedForAreStoodInForByTheBodysFonts) {
    auto layout = resolveLayout(kSource / "layouts", "landscape-1080p");
    ASSERT_TRUE(layout.ok());
    const std::filesystem::path folder =
        std::filesystem::temp_directory_path() / ("vitrin-fonts-" + std::to_string(::getpid()));
    std::filesystem::create_directories(folder);
    std::filesystem::copy(kSource / "fonts", folder);
    auto engine = TextEngine::open(folder, *layout, {});
    ASSERT_TRUE(engine.ok()) << engine.error().message;
    const float caption =
        engine->measure("Strömsund", FontRole::Caption, false, TextSize::Standard);
    for (const char* file : {"Vollkorn-Regular.ttf", "Vollkorn-SemiBold.ttf",
                             "NotoSans-Regular.ttf", "NotoSans-Bold.ttf"}) {
        std::filesystem::remove(folder / file);
    }
    // Opened before the files went: as it was.
    EXPECT_EQ(engine->measure("Strömsund", FontRole::Caption, false, TextSize::Standard), caption);
    ::testing::internal::CaptureStderr();
    const float heading = engine->measure("Strömsund", FontRole::Heading, false, TextSize::Large);
    const float again = engine->measure("Strömsund", FontRole::Heading, false, TextSize::Large);
    const std::string log = ::testing::internal::GetCapturedStderr();
    std::filesystem::remove_all(folder);
    EXPECT_EQ(heading, engine->measure("Strömsund", FontRole::Body, false, TextSize::Standard));
    EXPECT_EQ(again, heading);
    EXPECT_GT(engine->lineHeight(FontRole::Heading, TextSize::Large), 0);
    const auto warning = log.find("cannot open the fonts in " + folder.string());
    EXPECT_NE(warning, std::string::npos) << log;
    EXPECT_EQ(log.find("cannot open the fonts", warning + 1), std::string::npos) << log;
}

} // namespace
} // namespace vitrin::ui
