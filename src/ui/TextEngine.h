#pragma once
// Text through SDL_ttf with the fonts in fonts/: measuring for layout and line textures for
// drawing.

#include "core/Result.h"
#include "imaging/LruBudget.h"
#include "platform/Sdl.h"
#include "ui/FontChain.h"
#include "ui/Scene.h"

#include <array>
#include <filesystem>
#include <string>
#include <unordered_map>
#include <vector>

namespace vitrin::ui {

class TextEngine final : public TextMeasurer {
  public:
    // Opens Regular and Bold of the display serif (titles, headings) and the sans (the rest)
    // from fontDir at the layout's sizes, standard and large, and behind them the fallback fonts
    // (the system's fallbackFontFiles() unless given) for what they lack. TTF must be initialised.
    static core::Result<TextEngine> open(const std::filesystem::path& fontDir,
                                         const Layout& layout);
    static core::Result<TextEngine> open(const std::filesystem::path& fontDir, const Layout& layout,
                                         const std::vector<std::filesystem::path>& fallbacks);

    float measure(std::string_view text, FontRole role, bool bold, TextSize size) const override;
    float lineHeight(FontRole role, TextSize size) const override;
    // A texture of one line, white, cached; tint it with SDL_SetTextureColorMod. Null on failure.
    // Valid until the next call.
    SDL_Texture* lineTexture(SDL_Renderer* renderer, const std::string& text, FontRole role,
                             bool bold, TextSize size);
    // The pixels of the cached line textures, in bytes, and what they may take.
    std::size_t cachedBytes() const { return cached_.usedBytes(); }
    std::size_t cacheBudgetBytes() const { return cached_.budgetBytes(); }

  private:
    static constexpr size_t kRoles = 6;
    // One font for each role at each text size.
    static constexpr size_t kFonts = 2 * kRoles;
    static size_t index(FontRole role, TextSize size);
    TTF_Font* font(FontRole role, bool bold, TextSize size) const;
    const FontChain& chain(FontRole role, bool bold, TextSize size) const;

    std::array<platform::FontPtr, kFonts> regular_;
    std::array<platform::FontPtr, kFonts> bold_;
    std::vector<platform::FontPtr> fallbacks_; // every fallback font at every role's size
    std::array<FontChain, kFonts> regularChain_;
    std::array<FontChain, kFonts> boldChain_;
    std::unordered_map<std::string, platform::TexturePtr> textures_;
    imaging::LruBudget<std::string> cached_{0}; // the bytes of textures_, least recently drawn last
};

} // namespace vitrin::ui
