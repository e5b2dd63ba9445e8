#include "ui/TextEngine.h"

#include "core/Log.h"

#include <cmath>

namespace vitrin::ui {

using core::Result;

namespace {
constexpr FontRole kAllRoles[] = {FontRole::Title,   FontRole::Heading, FontRole::Body,
                                  FontRole::Caption, FontRole::Button,  FontRole::Number};
// Line textures are kept while they fit in this many screens of pixels at the layout's size,
// the least recently drawn dropped first. A screen full of text needs about one. (They were
// kept by count, 600 at most and then all dropped at once: lines of a long text are nearly as
// wide as the screen, so that came to anything up to 200 MB at 1080p, rising and falling.)
constexpr std::size_t kCachedTextScreens = 3;

std::vector<std::pair<FontRole, TextSize>> allFonts() {
    std::vector<std::pair<FontRole, TextSize>> fonts;
    for (const TextSize size : {TextSize::Standard, TextSize::Large}) {
        for (const FontRole role : kAllRoles) {
            fonts.emplace_back(role, size);
        }
    }
    return fonts;
}
} // namespace

Result<TextEngine> TextEngine::open(const std::filesystem::path& fontDir, const Layout& layout) {
    return open(fontDir, layout, fallbackFontFiles());
}

Result<TextEngine> TextEngine::open(const std::filesystem::path& fontDir, const Layout& layout,
                                    const std::vector<std::filesystem::path>& fallbacks) {
    TextEngine engine;
    engine.cached_.setBudget(kCachedTextScreens * 4 * static_cast<std::size_t>(layout.width) *
                             static_cast<std::size_t>(layout.height));
    engine.fontDir_ = fontDir;
    engine.fallbackFiles_ = fallbacks;
    for (const auto& [role, textSize] : allFonts()) {
        engine.pointSizes_[index(role, textSize)] =
            static_cast<int>(std::lround(fontSizeFor(layout, role, textSize)));
    }
    // The serif's and the sans's files are opened now, so that a font missing from the folder
    // stops the start with a message rather than a later screen.
    for (const FontRole role : {FontRole::Title, FontRole::Body}) {
        const size_t at = index(role, TextSize::Standard);
        engine.sets_[at] = openSet(fontDir, role, engine.pointSizes_[at], fallbacks);
        if (!engine.sets_[at]) {
            return platform::sdlError("TTF_OpenFont in " + fontDir.string());
        }
    }
    return engine;
}

std::optional<TextEngine::FontSet>
TextEngine::openSet(const std::filesystem::path& fontDir, FontRole role, int pointSize,
                    const std::vector<std::filesystem::path>& fallbacks) {
    // Titles and headings are set in the display serif, everything read at length or tapped in
    // the sans (docs/design.md).
    const bool display = role == FontRole::Title || role == FontRole::Heading;
    const char* regular = display ? "Vollkorn-Regular.ttf" : "NotoSans-Regular.ttf";
    const char* bold = display ? "Vollkorn-SemiBold.ttf" : "NotoSans-Bold.ttf";
    FontSet set;
    set.regular.reset(TTF_OpenFont((fontDir / regular).c_str(), pointSize));
    set.bold.reset(TTF_OpenFont((fontDir / bold).c_str(), pointSize));
    if (!set.regular || !set.bold) {
        return std::nullopt;
    }
    // A fallback that cannot be opened is left out: the text it would have drawn gets the main
    // font's box, as without it.
    std::vector<TTF_Font*> opened;
    for (const std::filesystem::path& file : fallbacks) {
        set.fallbacks.emplace_back(TTF_OpenFont(file.c_str(), pointSize));
        opened.push_back(set.fallbacks.back().get());
    }
    // Hinting fits stems to whole pixels, which keeps small text crisp; at display sizes it does
    // not show, and FreeType's bytecode interpreter that does it is most of the time a face
    // takes to set its first lines (about 2 ms of the attract screen's first frame).
    if (pointSize >= kUnhintedFromPixels) {
        for (TTF_Font* font : {set.regular.get(), set.bold.get()}) {
            TTF_SetFontHinting(font, TTF_HINTING_NONE);
        }
        for (TTF_Font* font : opened) {
            if (font != nullptr) {
                TTF_SetFontHinting(font, TTF_HINTING_NONE);
            }
        }
    }
    set.regularChain = FontChain(set.regular.get(), opened);
    set.boldChain = FontChain(set.bold.get(), opened);
    return set;
}

size_t TextEngine::index(FontRole role, TextSize size) {
    return static_cast<size_t>(role) + (size == TextSize::Large ? kRoles : 0);
}

const TextEngine::FontSet& TextEngine::fonts(FontRole role, TextSize size) const {
    const size_t at = index(role, size);
    if (!sets_[at] && !unopenable_[at]) {
        sets_[at] = openSet(fontDir_, role, pointSizes_[at], fallbackFiles_);
        if (!sets_[at]) {
            unopenable_[at] = true;
            core::logWarning("cannot open the fonts in " + fontDir_.string() + ": " +
                             TTF_GetError());
        }
    }
    // The files opened at the start are gone: the body's fonts, open since then, stand in.
    return sets_[at] ? *sets_[at] : *sets_[index(FontRole::Body, TextSize::Standard)];
}

TTF_Font* TextEngine::font(FontRole role, bool bold, TextSize size) const {
    const FontSet& set = fonts(role, size);
    return bold ? set.bold.get() : set.regular.get();
}

const FontChain& TextEngine::chain(FontRole role, bool bold, TextSize size) const {
    const FontSet& set = fonts(role, size);
    return bold ? set.boldChain : set.regularChain;
}

float TextEngine::measure(std::string_view text, FontRole role, bool bold, TextSize size) const {
    if (text.empty()) {
        return 0;
    }
    return static_cast<float>(chain(role, bold, size).measure(text));
}

float TextEngine::lineHeight(FontRole role, TextSize size) const {
    return static_cast<float>(TTF_FontLineSkip(font(role, false, size)));
}

SDL_Texture* TextEngine::lineTexture(SDL_Renderer* renderer, const std::string& text, FontRole role,
                                     bool bold, TextSize size) {
    if (text.empty()) {
        return nullptr;
    }
    std::string key = std::to_string(index(role, size)) + (bold ? "b" : "r") + text;
    if (auto found = textures_.find(key); found != textures_.end()) {
        cached_.touch(key);
        return found->second.get();
    }
    const platform::SurfacePtr surface =
        chain(role, bold, size).render(text, SDL_Color{255, 255, 255, 255});
    if (!surface) {
        return nullptr;
    }
    platform::TexturePtr texture(SDL_CreateTextureFromSurface(renderer, surface.get()));
    SDL_Texture* raw = texture.get();
    const std::size_t bytes =
        4 * static_cast<std::size_t>(surface->w) * static_cast<std::size_t>(surface->h);
    for (const std::string& dropped : cached_.insert(key, bytes)) {
        textures_.erase(dropped);
    }
    textures_.emplace(std::move(key), std::move(texture));
    return raw;
}

} // namespace vitrin::ui
