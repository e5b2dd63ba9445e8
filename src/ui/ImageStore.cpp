#include "ui/ImageStore.h"

#include "core/Log.h"

#include <functional>

namespace vitrin::ui {

std::size_t ImageStore::KeyHash::operator()(const ImageKey& key) const {
    return std::hash<std::string>()(key.path.string()) ^
           (static_cast<std::size_t>(key.maxWidth) * 7919u) ^
           (static_cast<std::size_t>(key.maxHeight) << 20);
}

ImageStore::ImageStore(SDL_Renderer* renderer, std::size_t budgetBytes)
    : renderer_(renderer), budgetBytes_(budgetBytes) {
}

SDL_Texture* ImageStore::texture(const ImageKey& key, core::TimePoint now) {
    if (auto found = entries_.find(key); found != entries_.end()) {
        recent_.splice(recent_.begin(), recent_, found->second.recent);
        return found->second.texture.get();
    }
    Entry entry;
    auto decoded = imaging::decodeImage(key.path, key.maxWidth, key.maxHeight);
    if (const auto* error = std::get_if<imaging::DecodeError>(&decoded)) {
        core::logWarning("cannot show " + key.path.string() + ": " + error->detail);
    } else {
        const imaging::Pixels& pixels = std::get<imaging::Pixels>(decoded);
        entry.texture.reset(SDL_CreateTexture(renderer_, SDL_PIXELFORMAT_ABGR8888,
                                              SDL_TEXTUREACCESS_STATIC, pixels.width,
                                              pixels.height));
        if (entry.texture) {
            SDL_UpdateTexture(entry.texture.get(), nullptr, pixels.rgba.data(), pixels.width * 4);
            SDL_SetTextureBlendMode(entry.texture.get(), SDL_BLENDMODE_BLEND);
            entry.bytes = pixels.rgba.size();
        } else {
            core::logWarning("cannot upload " + key.path.string() + ": " + SDL_GetError());
        }
    }
    entry.arrived = now;
    lastArrival_ = now;
    recent_.push_front(key);
    entry.recent = recent_.begin();
    bytesHeld_ += entry.bytes;
    SDL_Texture* raw = entry.texture.get();
    entries_.emplace(key, std::move(entry));
    evictOver(budgetBytes_);
    return raw;
}

double ImageStore::ageOf(const ImageKey& key, core::TimePoint now) const {
    auto found = entries_.find(key);
    return found == entries_.end() ? 0.0 : (now - found->second.arrived).count();
}

bool ImageStore::isFading(core::TimePoint now) const {
    return (now - lastArrival_).count() < kFadeSeconds;
}

void ImageStore::evictOver(std::size_t budget) {
    // The most recent entry stays even when it alone is over budget: it is on screen.
    while (bytesHeld_ > budget && recent_.size() > 1) {
        const ImageKey& oldest = recent_.back();
        auto found = entries_.find(oldest);
        bytesHeld_ -= found->second.bytes;
        entries_.erase(found);
        recent_.pop_back();
    }
}

} // namespace vitrin::ui
