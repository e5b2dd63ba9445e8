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
#include <optional>
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
    // Fonts from this size up (pixels) are drawn without hinting.
    static constexpr int kUnhintedFromPixels = 40;
    // The pixels of the cached line textures, in bytes, and what they may take.
    std::size_t cachedBytes() const { return cached_.usedBytes(); }
    std::size_t cacheBudgetBytes() const { return cached_.budgetBytes(); }

  private:
    static constexpr size_t kRoles = 6;
    // One font for each role at each text size.
    static constexpr size_t kFonts = 2 * kRoles;
    // A role's fonts at one text size, with the fallbacks behind them.
    struct FontSet {
        platform::FontPtr regular;
        platform::FontPtr bold;
        std::vector<platform::FontPtr> fallbacks;
        FontChain regularChain;
        FontChain boldChain;
    };
    static size_t index(FontRole role, TextSize size);
    static std::optional<FontSet> openSet(const std::filesystem::path& fontDir, FontRole role,
                                          int pointSize,
                                          const std::vector<std::filesystem::path>& fallbacks);
    // A set is opened when it is first asked for: a start opens the few its first screen sets,
    // not all twelve with their fallbacks (about 5 ms of a start).
    const FontSet& fonts(FontRole role, TextSize size) const;
    TTF_Font* font(FontRole role, bool bold, TextSize size) const;
    const FontChain& chain(FontRole role, bool bold, TextSize size) const;

    std::filesystem::path fontDir_;
    std::vector<std::filesystem::path> fallbackFiles_;
    std::array<int, kFonts> pointSizes_{};
    mutable std::array<std::optional<FontSet>, kFonts> sets_;
    mutable std::array<bool, kFonts> unopenable_{};
    std::unordered_map<std::string, platform::TexturePtr> textures_;
    imaging::LruBudget<std::string> cached_{0}; // the bytes of textures_, least recently drawn last
};

} // namespace vitrin::ui
