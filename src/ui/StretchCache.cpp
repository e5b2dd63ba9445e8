#include "ui/StretchCache.h"

#include <functional>

namespace vitrin::ui {

std::size_t StretchCache::KeyHash::operator()(const Key& key) const {
    std::size_t hash = std::hash<std::string>()(key.image.path.string());
    for (const int value : {key.image.maxWidth, key.image.maxHeight, key.width, key.height}) {
        hash = hash * 1000003u ^ static_cast<std::size_t>(value);
    }
    return hash;
}

namespace {

// A copy of texture stretched (bilinear, SDL's own code) to width x height; null when SDL
// cannot lock the textures.
platform::TexturePtr stretch(SDL_Renderer* renderer, SDL_Texture* texture, int width, int height) {
    Uint32 format = 0;
    int access = 0, sourceWidth = 0, sourceHeight = 0;
    if (SDL_QueryTexture(texture, &format, &access, &sourceWidth, &sourceHeight) != 0 ||
        access != SDL_TEXTUREACCESS_STREAMING || SDL_BYTESPERPIXEL(format) != 4) {
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
        done = source && target &&
               SDL_SoftStretchLinear(source.get(), nullptr, target.get(), nullptr) == 0;
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

SDL_Texture* StretchCache::stretched(SDL_Renderer* renderer, const ImageKey& key,
                                     const Picture& picture, int width, int height) {
    if (picture.tiles.size() != 1 || width <= 0 || height <= 0) {
        return nullptr;
    }
    const std::size_t bytes =
        static_cast<std::size_t>(width) * static_cast<std::size_t>(height) * 4;
    if (bytes > budgetBytes_) {
        return nullptr; // it could not be kept
    }
    const Key wanted{key, width, height};
    askedNow_.insert(wanted);
    if (const auto found = copies_.find(wanted); found != copies_.end()) {
        budget_.touch(wanted);
        return found->second.get();
    }
    if (!askedBefore_.contains(wanted)) {
        return nullptr;
    }
    platform::TexturePtr copy =
        stretch(renderer, picture.tiles.front().texture.get(), width, height);
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
