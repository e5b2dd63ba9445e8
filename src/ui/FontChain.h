#pragma once
// Text in whatever staff type: a folder named with an emoji, a Greek or Armenian name, an
// arrow or a star. Noto Sans (fonts/) covers Latin, Greek and Cyrillic; every code point it
// lacks is drawn with the first fallback font that has it, so a line is split into runs by
// font and the runs are put together on one baseline. Without this SDL_ttf draws a box.
//
// The fallbacks are system fonts from Debian packages, loaded by path when they are there
// (fontconfig is not needed): Noto Color Emoji (fonts-noto-color-emoji), DejaVu Sans
// (fonts-dejavu-core), Symbola (fonts-symbola) and, if installed, Noto's symbol, maths and CJK
// fonts. Noto Color Emoji is a bitmap font with one size (136 pixels a line); SDL_ttf 2.20
// draws it in colour at that size, and its runs are scaled down to the line.

#include "platform/Sdl.h"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace vitrin::ui {

// The fallback font files present on this system, in the order they are tried.
std::vector<std::filesystem::path> fallbackFontFiles();

class FontChain {
  public:
    // A part of a line drawn with one font: faces()[face].
    struct Run {
        std::size_t face = 0;
        std::string text;
    };

    FontChain() = default;
    // main draws everything it has; fallbacks (not owned, may be empty) the rest, in order.
    FontChain(TTF_Font* main, const std::vector<TTF_Font*>& fallbacks);

    // The line split by font: each code point goes to the first font that has it; combining
    // marks, variation selectors and joiners stay with what they follow; a code point no font
    // has stays with the main font.
    std::vector<Run> split(std::string_view utf8) const;
    // Code points that no font of the chain has (drawn as the main font's empty box).
    std::vector<char32_t> missing(std::string_view utf8) const;
    // The width of the line in pixels, as render draws it.
    int measure(std::string_view utf8) const;
    // The line in colour, on a transparent surface the main font's height; null on failure.
    platform::SurfacePtr render(std::string_view utf8, SDL_Color colour) const;

  private:
    struct Face {
        TTF_Font* font = nullptr;
        float scale = 1; // a bitmap font's size to the main font's
        int ascent = 0;  // in the font's own pixels
    };
    std::size_t faceFor(char32_t codepoint, std::size_t previous) const;
    int runWidth(const Run& run) const;

    std::vector<Face> faces_; // the main font first
};

} // namespace vitrin::ui
