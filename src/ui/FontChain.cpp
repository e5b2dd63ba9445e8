#include "ui/FontChain.h"

#include "core/Text.h"

#include <algorithm>
#include <cmath>

namespace vitrin::ui {

namespace fs = std::filesystem;

namespace {

// Marks that belong to the character before them and must be drawn with its font.
bool attachesToPrevious(char32_t c) {
    return (c >= 0x0300 && c <= 0x036F) ||   // combining diacritical marks
           (c >= 0x1AB0 && c <= 0x1AFF) ||   // their extension
           (c >= 0x20D0 && c <= 0x20FF) ||   // combining marks for symbols (keycaps)
           c == 0x200D ||                    // zero-width joiner (family emoji)
           (c >= 0xFE00 && c <= 0xFE0F) ||   // variation selectors (emoji presentation)
           (c >= 0x1F3FB && c <= 0x1F3FF) || // skin tones
           (c >= 0xE0020 && c <= 0xE007F);   // tag characters (flags of regions)
}

void appendUtf8(std::string& out, char32_t c) {
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (c >> 18));
        out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

// Printable ASCII, which Noto Sans has: most lines take this shortcut.
bool isAscii(std::string_view text) {
    return std::all_of(text.begin(), text.end(),
                       [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

// A font whose glyphs come out much taller than the main font's at the same size is a bitmap
// font with fixed sizes (colour emoji): its runs are scaled to the line.
constexpr float kBitmapHeightRatio = 1.3f;

} // namespace

std::vector<fs::path> fallbackFontFiles() {
    static const char* const kCandidates[] = {
        "/usr/share/fonts/truetype/noto/NotoColorEmoji.ttf",
        "/usr/share/fonts/truetype/noto/NotoSansSymbols-Regular.ttf",
        "/usr/share/fonts/truetype/noto/NotoSansSymbols2-Regular.ttf",
        "/usr/share/fonts/truetype/noto/NotoSansMath-Regular.ttf",
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf",
        "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    };
    std::vector<fs::path> found;
    for (const char* candidate : kCandidates) {
        std::error_code error;
        if (fs::is_regular_file(candidate, error)) {
            found.emplace_back(candidate);
        }
    }
    return found;
}

FontChain::FontChain(TTF_Font* main, const std::vector<TTF_Font*>& fallbacks) {
    faces_.push_back({main, 1, TTF_FontAscent(main)});
    const int mainHeight = TTF_FontHeight(main);
    for (TTF_Font* font : fallbacks) {
        if (font == nullptr) {
            continue;
        }
        const int height = TTF_FontHeight(font);
        const float scale =
            static_cast<float>(height) > static_cast<float>(mainHeight) * kBitmapHeightRatio
                ? static_cast<float>(mainHeight) / static_cast<float>(height)
                : 1.f;
        faces_.push_back({font, scale, TTF_FontAscent(font)});
    }
}

std::size_t FontChain::faceFor(char32_t codepoint, std::size_t previous) const {
    if (attachesToPrevious(codepoint)) {
        return previous;
    }
    // Control characters and spaces belong to the main font, which spaces lines evenly.
    if (codepoint < 0x21 || codepoint > 0x10FFFF) {
        return 0;
    }
    for (std::size_t i = 0; i < faces_.size(); ++i) {
        if (TTF_GlyphIsProvided32(faces_[i].font, static_cast<Uint32>(codepoint)) != 0) {
            return i;
        }
    }
    return 0;
}

std::vector<FontChain::Run> FontChain::split(std::string_view utf8) const {
    std::vector<Run> runs;
    if (faces_.empty()) {
        return runs;
    }
    if (isAscii(utf8)) {
        runs.push_back({0, std::string(utf8)});
        return runs;
    }
    std::size_t current = 0;
    for (const char32_t c : core::decodeUtf8(utf8)) {
        const std::size_t face = faceFor(c, current);
        current = face;
        if (runs.empty() || runs.back().face != face) {
            runs.push_back({face, {}});
        }
        appendUtf8(runs.back().text, c);
    }
    return runs;
}

std::vector<char32_t> FontChain::missing(std::string_view utf8) const {
    std::vector<char32_t> result;
    for (const char32_t c : core::decodeUtf8(utf8)) {
        if (c < 0x21 || attachesToPrevious(c)) {
            continue;
        }
        const bool provided = std::any_of(faces_.begin(), faces_.end(), [&](const Face& face) {
            return TTF_GlyphIsProvided32(face.font, static_cast<Uint32>(c)) != 0;
        });
        if (!provided) {
            result.push_back(c);
        }
    }
    return result;
}

int FontChain::runWidth(const Run& run) const {
    const Face& face = faces_[run.face];
    int width = 0;
    int height = 0;
    TTF_SizeUTF8(face.font, run.text.c_str(), &width, &height);
    return static_cast<int>(std::lround(static_cast<float>(width) * face.scale));
}

int FontChain::measure(std::string_view utf8) const {
    int width = 0;
    for (const Run& run : split(utf8)) {
        width += runWidth(run);
    }
    return width;
}

platform::SurfacePtr FontChain::render(std::string_view utf8, SDL_Color colour) const {
    const std::vector<Run> runs = split(utf8);
    if (runs.empty()) {
        return nullptr;
    }
    if (runs.size() == 1 && runs[0].face == 0) {
        // Text the main font has entirely: drawn exactly as before there was a chain.
        return platform::SurfacePtr(
            TTF_RenderUTF8_Blended(faces_[0].font, runs[0].text.c_str(), colour));
    }
    const int height = TTF_FontHeight(faces_[0].font);
    const int width = std::max(1, measure(utf8));
    platform::SurfacePtr line(
        SDL_CreateRGBSurfaceWithFormat(0, width, height, 32, SDL_PIXELFORMAT_ARGB8888));
    if (!line) {
        return nullptr;
    }
    SDL_FillRect(line.get(), nullptr, SDL_MapRGBA(line->format, colour.r, colour.g, colour.b, 0));
    int x = 0;
    for (const Run& run : runs) {
        const Face& face = faces_[run.face];
        platform::SurfacePtr drawn(TTF_RenderUTF8_Blended(face.font, run.text.c_str(), colour));
        const int runWidth = this->runWidth(run);
        if (drawn) {
            platform::SurfacePtr argb(
                SDL_ConvertSurfaceFormat(drawn.get(), SDL_PIXELFORMAT_ARGB8888, 0));
            if (argb) {
                // Runs sit side by side on the main font's baseline; copied, not blended, so
                // their own transparency is kept.
                const int ascent =
                    static_cast<int>(std::lround(static_cast<float>(face.ascent) * face.scale));
                const int top = faces_[0].ascent - ascent;
                SDL_Rect to{
                    x, top, runWidth,
                    static_cast<int>(std::lround(static_cast<float>(argb->h) * face.scale))};
                SDL_SetSurfaceBlendMode(argb.get(), SDL_BLENDMODE_NONE);
                const bool inside = to.x >= 0 && to.y >= 0 && to.x + to.w <= line->w &&
                                    to.y + to.h <= line->h && to.w > 0 && to.h > 0;
                if (face.scale == 1.f) {
                    SDL_BlitSurface(argb.get(), nullptr, line.get(), &to);
                } else if (!inside ||
                           SDL_SoftStretchLinear(argb.get(), nullptr, line.get(), &to) != 0) {
                    SDL_BlitScaled(argb.get(), nullptr, line.get(), &to); // nearest, clipped
                }
            }
        }
        x += runWidth;
    }
    return line;
}

} // namespace vitrin::ui
