#include "ui/TextEngine.h"

#include <cmath>

namespace vitrin::ui {

using core::Result;

namespace {
constexpr FontRole kAllRoles[] = {FontRole::Title, FontRole::Heading, FontRole::Body,
                                  FontRole::Caption, FontRole::Button};
// Cached line textures beyond this are dropped all at once; a screen needs far fewer.
constexpr size_t kMaxCachedLines = 600;
} // namespace

Result<TextEngine> TextEngine::open(const std::filesystem::path& fontDir, const Layout& layout) {
    TextEngine engine;
    for (FontRole role : kAllRoles) {
        const int size = static_cast<int>(std::lround(fontSizeFor(layout, role)));
        const auto index = static_cast<size_t>(role);
        engine.regular_[index].reset(
            TTF_OpenFont((fontDir / "NotoSans-Regular.ttf").c_str(), size));
        engine.bold_[index].reset(TTF_OpenFont((fontDir / "NotoSans-Bold.ttf").c_str(), size));
        if (!engine.regular_[index] || !engine.bold_[index]) {
            return platform::sdlError("TTF_OpenFont in " + fontDir.string());
        }
    }
    return engine;
}

TTF_Font* TextEngine::font(FontRole role, bool bold) const {
    const auto index = static_cast<size_t>(role);
    return bold ? bold_[index].get() : regular_[index].get();
}

float TextEngine::measure(std::string_view text, FontRole role, bool bold) const {
    if (text.empty()) {
        return 0;
    }
    int width = 0, height = 0;
    TTF_SizeUTF8(font(role, bold), std::string(text).c_str(), &width, &height);
    return static_cast<float>(width);
}

float TextEngine::lineHeight(FontRole role) const {
    return static_cast<float>(TTF_FontLineSkip(font(role, false)));
}

SDL_Texture* TextEngine::lineTexture(SDL_Renderer* renderer, const std::string& text, FontRole role,
                                     bool bold) {
    if (text.empty()) {
        return nullptr;
    }
    std::string key = std::to_string(static_cast<int>(role)) + (bold ? "b" : "r") + text;
    if (auto found = textures_.find(key); found != textures_.end()) {
        return found->second.get();
    }
    if (textures_.size() > kMaxCachedLines) {
        textures_.clear();
    }
    platform::SurfacePtr surface(
        TTF_RenderUTF8_Blended(font(role, bold), text.c_str(), SDL_Color{255, 255, 255, 255}));
    if (!surface) {
        return nullptr;
    }
    platform::TexturePtr texture(SDL_CreateTextureFromSurface(renderer, surface.get()));
    SDL_Texture* raw = texture.get();
    textures_.emplace(std::move(key), std::move(texture));
    return raw;
}

} // namespace vitrin::ui
