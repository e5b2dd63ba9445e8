#include "ui/StretchCache.h"

#include <algorithm>
#include <cstring>
#include <functional>

namespace vitrin::ui {

std::size_t StretchCache::KeyHash::operator()(const Key& key) const {
    std::size_t hash = std::hash<std::string>()(key.image.path.string());
    for (const int value : {key.image.maxWidth, key.image.maxHeight, key.width, key.height}) {
        hash = hash * 1000003u ^ static_cast<std::size_t>(value);
    }
    for (const ShadeBand& band : key.shade) {
        hash = hash * 1000003u ^ static_cast<std::size_t>(band.top);
        hash = hash * 1000003u ^ static_cast<std::size_t>(band.color.a);
    }
    hash = hash * 1000003u ^ static_cast<std::size_t>(key.part.x);
    hash = hash * 1000003u ^ static_cast<std::size_t>(key.part.y);
    return hash;
}

namespace {

// Mixes band's colour into its rows of pixels (width x height, pitch bytes a row, format). In 16
// bits, byte by byte over a row, so that the compiler makes vector code of it.
void mixBand(std::uint8_t* pixels, int width, int height, int pitch, const SDL_PixelFormat* format,
             const ShadeBand& band) {
    const Uint32 mapped = SDL_MapRGB(format, band.color.r, band.color.g, band.color.b);
    std::uint8_t colour[4];
    std::memcpy(colour, &mapped, sizeof colour);
    const auto keep = static_cast<std::uint16_t>(255 - band.color.a);
    const int rowBytes = width * 4;
    std::vector<std::uint16_t> added(static_cast<std::size_t>(rowBytes));
    for (int i = 0; i < rowBytes; ++i) {
        added[static_cast<std::size_t>(i)] =
            static_cast<std::uint16_t>(colour[i % 4] * band.color.a + 127);
    }
    for (int y = std::max(0, band.top); y < std::min(height, band.bottom); ++y) {
        std::uint8_t* row = pixels + static_cast<std::ptrdiff_t>(y) * pitch;
        for (int i = 0; i < rowBytes; ++i) {
            // At most 255 * 255 + 127: the sum below stays within 16 bits.
            const auto mixed =
                static_cast<std::uint16_t>(row[i] * keep + added[static_cast<std::size_t>(i)]);
            row[i] = static_cast<std::uint8_t>((mixed + (mixed >> 8) + 1) >> 8);
        }
    }
}

// A copy of part of texture stretched (bilinear, SDL's own code) to width x height with shade
// mixed in; null when SDL cannot lock the textures.
platform::TexturePtr stretch(SDL_Renderer* renderer, SDL_Texture* texture, int width, int height,
                             const Shade& shade, SourcePart wanted) {
    Uint32 format = 0;
    int access = 0, sourceWidth = 0, sourceHeight = 0;
    if (SDL_QueryTexture(texture, &format, &access, &sourceWidth, &sourceHeight) != 0 ||
        access != SDL_TEXTUREACCESS_STREAMING || SDL_BYTESPERPIXEL(format) != 4) {
        return nullptr;
    }
    SDL_Rect part = wanted.w == 0 ? SDL_Rect{0, 0, sourceWidth, sourceHeight}
                                  : SDL_Rect{wanted.x, wanted.y, wanted.w, wanted.h};
    if (part.x < 0 || part.y < 0 || part.w <= 0 || part.h <= 0 || part.x + part.w > sourceWidth ||
        part.y + part.h > sourceHeight) {
        return nullptr;
    }
    platform::TexturePtr copy(
        SDL_CreateTexture(renderer, format, SDL_TEXTUREACCESS_STREAMING, width, height));
    if (!copy) {
        return nullptr;
    }
    void* from = nullptr;
    void* to = nullptr;
    int fromPitch = 0, toPitch = 0;
    if (SDL_LockTexture(texture, nullptr, &from, &fromPitch) != 0) {
        return nullptr;
    }
    bool done = false;
    if (SDL_LockTexture(copy.get(), nullptr, &to, &toPitch) == 0) {
        platform::SurfacePtr source(SDL_CreateRGBSurfaceWithFormatFrom(
            from, sourceWidth, sourceHeight, 32, fromPitch, format));
        platform::SurfacePtr target(
            SDL_CreateRGBSurfaceWithFormatFrom(to, width, height, 32, toPitch, format));
        if (source) {
            SDL_SetSurfaceBlendMode(source.get(), SDL_BLENDMODE_NONE);
        }
        done = source && target &&
               (width == part.w && height == part.h
                    ? SDL_BlitSurface(source.get(), &part, target.get(), nullptr)
                    : SDL_SoftStretchLinear(source.get(), &part, target.get(), nullptr)) == 0;
        if (done) {
            mixShade(target.get(), shade);
        }
        SDL_UnlockTexture(copy.get());
    }
    SDL_UnlockTexture(texture);
    if (!done) {
        return nullptr;
    }
    SDL_BlendMode blend = SDL_BLENDMODE_BLEND;
    SDL_GetTextureBlendMode(texture, &blend);
    SDL_SetTextureBlendMode(copy.get(), blend);
    return copy;
}

} // namespace

void mixShade(SDL_Surface* surface, const Shade& shade) {
    if (shade.empty() || surface->format->BytesPerPixel != 4 || SDL_LockSurface(surface) != 0) {
        return;
    }
    for (const ShadeBand& band : shade) {
        mixBand(static_cast<std::uint8_t*>(surface->pixels), surface->w, surface->h, surface->pitch,
                surface->format, band);
    }
    SDL_UnlockSurface(surface);
}

SDL_Texture* StretchCache::stretched(SDL_Renderer* renderer, const ImageKey& key,
                                     const Picture& picture, int width, int height,
                                     const Shade& shade, SourcePart part) {
    if (picture.tiles.size() != 1 || width <= 0 || height <= 0) {
        return nullptr;
    }
    const std::size_t bytes =
        static_cast<std::size_t>(width) * static_cast<std::size_t>(height) * 4;
    if (bytes > budgetBytes_) {
        return nullptr; // it could not be kept
    }
    const Key wanted{key, width, height, shade, part};
    askedNow_.insert(wanted);
    if (const auto found = copies_.find(wanted); found != copies_.end()) {
        budget_.touch(wanted);
        return found->second.get();
    }
    if (!askedBefore_.contains(wanted)) {
        return nullptr;
    }
    platform::TexturePtr copy =
        stretch(renderer, picture.tiles.front().texture.get(), width, height, shade, part);
    if (!copy) {
        return nullptr;
    }
    SDL_Texture* made = copy.get();
    copies_[wanted] = std::move(copy);
    for (const Key& evicted : budget_.insert(wanted, bytes)) {
        if (evicted == wanted) {
            made = nullptr;
        }
        copies_.erase(evicted);
    }
    return made;
}

void StretchCache::endFrame() {
    askedBefore_ = std::move(askedNow_);
    askedNow_.clear();
}

} // namespace vitrin::ui
