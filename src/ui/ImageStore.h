#pragma once
// Pictures as GPU textures, one per ImageKey. Decoding happens on the imaging module's worker
// threads; the store uploads what they finish and keeps textures within a memory budget,
// dropping the least recently drawn first.

#include "core/Clock.h"
#include "imaging/ImageLoader.h"
#include "imaging/LruBudget.h"
#include "platform/Sdl.h"
#include "ui/Scene.h"

#include <unordered_map>
#include <unordered_set>

namespace vitrin::ui {

class ImageStore {
  public:
    static constexpr double kFadeSeconds = 0.2;
    static constexpr int kVisiblePriority = 10;
    static constexpr int kPrefetchPriority = 1;

    // budgetBytes caps the GPU memory held by textures.
    ImageStore(SDL_Renderer* renderer, imaging::ImageLoader& loader, std::size_t budgetBytes);

    // The texture for key, or null while it is being decoded (then it is asked for) or when it
    // cannot be decoded.
    SDL_Texture* texture(const ImageKey& key);
    // Asks for key ahead of need (the viewer's neighbours).
    void prefetch(const ImageKey& key);
    // Uploads what the workers finished; true when anything new arrived.
    bool poll(core::TimePoint now);
    // Blocks until every asked-for picture is decoded, then uploads them (headless runs).
    void waitIdle(core::TimePoint now);
    bool isLoading() const { return !pending_.empty(); }
    // Seconds since the texture for key arrived, for the fade-in.
    double ageOf(const ImageKey& key, core::TimePoint now) const;
    // True while a picture that arrived recently is still fading in.
    bool isFading(core::TimePoint now) const;
    std::size_t bytesHeld() const { return budget_.usedBytes(); }

  private:
    struct KeyHash {
        std::size_t operator()(const ImageKey& key) const;
    };
    struct Entry {
        platform::TexturePtr texture; // null when the picture could not be decoded
        core::TimePoint arrived{};
    };
    void ask(const ImageKey& key, int priority);

    SDL_Renderer* renderer_;
    imaging::ImageLoader& loader_;
    imaging::LruBudget<ImageKey, KeyHash> budget_;
    std::unordered_map<ImageKey, Entry, KeyHash> entries_;
    std::unordered_set<ImageKey, KeyHash> pending_;
    core::TimePoint lastArrival_{-1000.0};
};

} // namespace vitrin::ui
