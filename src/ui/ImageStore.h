#pragma once
// Pictures as GPU textures, one per ImageKey, decoded by the imaging module.

#include "core/Clock.h"
#include "imaging/Decode.h"
#include "platform/Sdl.h"
#include "ui/Scene.h"

#include <list>
#include <unordered_map>

namespace vitrin::ui {

class ImageStore {
  public:
    // budgetBytes caps the GPU memory held by textures; the least recently drawn go first.
    ImageStore(SDL_Renderer* renderer, std::size_t budgetBytes);

    // The texture for key, or null while it is not ready (or cannot be decoded).
    SDL_Texture* texture(const ImageKey& key, core::TimePoint now);
    // Seconds since the texture for key arrived, for the fade-in; large when long ago.
    double ageOf(const ImageKey& key, core::TimePoint now) const;
    // True while a picture that arrived recently is still fading in.
    bool isFading(core::TimePoint now) const;
    std::size_t bytesHeld() const { return bytesHeld_; }
    static constexpr double kFadeSeconds = 0.2;

  private:
    struct KeyHash {
        std::size_t operator()(const ImageKey& key) const;
    };
    struct Entry {
        platform::TexturePtr texture; // null when the picture could not be decoded
        std::size_t bytes = 0;
        core::TimePoint arrived{};
        std::list<ImageKey>::iterator recent;
    };
    void evictOver(std::size_t budget);

    SDL_Renderer* renderer_;
    std::size_t budgetBytes_;
    std::size_t bytesHeld_ = 0;
    std::unordered_map<ImageKey, Entry, KeyHash> entries_;
    std::list<ImageKey> recent_; // most recently used first
    core::TimePoint lastArrival_{-1000.0};
};

} // namespace vitrin::ui
