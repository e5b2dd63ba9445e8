#include "ui/ImageStore.h"

#include "core/Log.h"

#include <functional>

namespace vitrin::ui {

std::size_t ImageStore::KeyHash::operator()(const ImageKey& key) const {
    return std::hash<std::string>()(key.path.string()) ^
           (static_cast<std::size_t>(key.maxWidth) * 7919u) ^
           (static_cast<std::size_t>(key.maxHeight) << 20);
}

ImageStore::ImageStore(SDL_Renderer* renderer, imaging::ImageLoader& loader,
                       std::size_t budgetBytes)
    : renderer_(renderer), loader_(loader), budget_(budgetBytes) {
}

void ImageStore::ask(const ImageKey& key, int priority) {
    if (entries_.contains(key)) {
        return;
    }
    // Asking again with a higher priority lifts a queued prefetch.
    if (pending_.insert(key).second || priority == kVisiblePriority) {
        loader_.request({key.path, key.maxWidth, key.maxHeight}, priority);
    }
}

SDL_Texture* ImageStore::texture(const ImageKey& key) {
    if (auto found = entries_.find(key); found != entries_.end()) {
        budget_.touch(key);
        return found->second.texture.get();
    }
    if (!pending_.contains(key)) {
        ask(key, kVisiblePriority);
    }
    return nullptr;
}

void ImageStore::prefetch(const ImageKey& key) {
    ask(key, kPrefetchPriority);
}

bool ImageStore::poll(core::TimePoint now) {
    std::vector<imaging::LoadedImage> finished = loader_.takeFinished();
    for (imaging::LoadedImage& loaded : finished) {
        const ImageKey key{loaded.request.path, loaded.request.maxWidth, loaded.request.maxHeight};
        pending_.erase(key);
        Entry entry;
        entry.arrived = now;
        std::size_t bytes = 0;
        if (const auto* error = std::get_if<imaging::DecodeError>(&loaded.result)) {
            core::logWarning("cannot show " + key.path.string() + ": " + error->detail);
        } else {
            const imaging::Pixels& pixels = std::get<imaging::Pixels>(loaded.result);
            entry.texture.reset(SDL_CreateTexture(renderer_, SDL_PIXELFORMAT_ABGR8888,
                                                  SDL_TEXTUREACCESS_STATIC, pixels.width,
                                                  pixels.height));
            if (entry.texture) {
                SDL_UpdateTexture(entry.texture.get(), nullptr, pixels.rgba.data(),
                                  pixels.width * 4);
                SDL_SetTextureBlendMode(entry.texture.get(), SDL_BLENDMODE_BLEND);
                bytes = pixels.rgba.size();
            } else {
                core::logWarning("cannot upload " + key.path.string() + ": " + SDL_GetError());
            }
        }
        entries_[key] = std::move(entry);
        for (const ImageKey& evicted : budget_.insert(key, bytes)) {
            entries_.erase(evicted);
        }
        lastArrival_ = now;
    }
    return !finished.empty();
}

void ImageStore::waitIdle(core::TimePoint now) {
    loader_.waitIdle();
    poll(now);
}

double ImageStore::ageOf(const ImageKey& key, core::TimePoint now) const {
    auto found = entries_.find(key);
    return found == entries_.end() ? 0.0 : (now - found->second.arrived).count();
}

bool ImageStore::isFading(core::TimePoint now) const {
    return (now - lastArrival_).count() < kFadeSeconds;
}

} // namespace vitrin::ui
