#pragma once
// Pictures as GPU textures, one per ImageKey. Decoding happens on the imaging module's worker
// threads; the store uploads what they finish, in tiles where a picture is larger than the
// renderer's biggest texture, and keeps them within a memory budget, dropping the least
// recently drawn first. Deep-zoom pictures stay outside the budget and are dropped as soon as
// a frame no longer asks for them.

#include "core/Clock.h"
#include "imaging/ImageLoader.h"
#include "imaging/LruBudget.h"
#include "platform/Sdl.h"
#include "ui/Scene.h"
#include "ui/Tiles.h"

#include <cstdint>
#include <unordered_map>
#include <unordered_set>

namespace vitrin::ui {

// A decoded picture as one texture, or several tiles side by side.
struct Picture {
    struct Tile {
        TileRect rect; // in the picture's pixels
        platform::TexturePtr texture;
    };
    int width = 0, height = 0;
    bool opaque = false; // every pixel's alpha is 255: drawn without blending at full alpha
    std::vector<Tile> tiles;
    // Decoded before the first frame and not uploaded yet (ImageStore::decoded); tiles is empty.
    imaging::Pixels waiting;
};

// The pixel formats of pictures' textures. OpenGL takes the decoder's RGBA bytes as they are.
// SDL's software renderer copies a texture straight (and stretches it with its fast bilinear
// code) only when the texture has the format of the surface it draws on and no blending: there
// opaque pictures get the surface's format and the others the nearest format with alpha.
struct TextureFormats {
    Uint32 opaque = SDL_PIXELFORMAT_ABGR8888;
    Uint32 transparent = SDL_PIXELFORMAT_ABGR8888;
};
TextureFormats textureFormatsFor(SDL_Renderer* renderer);

// RGBA bytes to the B, G, R, A bytes of SDL's ARGB8888 and RGB888 on a little-endian machine
// (red and blue trade places), width x height pixels; from and to may be the same.
void swapRedAndBlue(const std::uint8_t* from, int fromPitch, std::uint8_t* to, int toPitch,
                    int width, int height);

// The pixels as textures of at most maxTextureSide a side; a picture without tiles (and a log
// line naming `name`) when SDL refuses to create or fill one.
Picture uploadPicture(SDL_Renderer* renderer, const imaging::Pixels& pixels, int maxTextureSide,
                      const std::string& name, const TextureFormats& formats = {});

class ImageStore {
  public:
    static constexpr double kFadeSeconds = 0.2;
    static constexpr int kVisiblePriority = 10;
    static constexpr int kPrefetchPriority = 1;
    // Tile side when the renderer reports no limit (the software renderer).
    static constexpr int kDefaultMaxTextureSide = 4096;

    // budgetBytes caps the GPU memory held by textures.
    ImageStore(SDL_Renderer* renderer, imaging::ImageLoader& loader, std::size_t budgetBytes);

    // The picture for key, or null while it is being decoded (then it is asked for) or when it
    // cannot be decoded.
    const Picture* picture(const ImageKey& key);
    // As picture(), but until the first frame has ended a picture that waits as pixels stays so.
    // Pictures that arrive before the first frame wait (Picture::waiting) until asked for after
    // it, or by picture(): the first frame's backdrop is drawn straight from its picture's pixels
    // (Renderer::drawBackdrop), without first filling a new texture of a screen's size.
    const Picture* decoded(const ImageKey& key);
    // As picture(), for a full-resolution picture that is dropped at the first endFrame()
    // since which it was not asked for.
    const Picture* detail(const ImageKey& key);
    // Asks for key ahead of need (the viewer's neighbours).
    void prefetch(const ImageKey& key);
    // Drops the detail pictures not asked for since the previous call; call after each frame.
    void endFrame();
    // Uploads what the workers finished; true when anything new arrived.
    bool poll(core::TimePoint now);
    // Blocks until every asked-for picture is decoded, then uploads them (headless runs).
    void waitIdle(core::TimePoint now);
    bool isLoading() const { return !pending_.empty(); }
    // The pictures found undecodable since the last call, in the order found. A deep-zoom
    // picture is left out: at full resolution it may fail for want of memory alone.
    std::vector<std::filesystem::path> takeBroken();
    // Seconds since the picture for key arrived, for the fade-in. A picture that arrived before
    // the first frame is as old as can be: there was nothing on the screen to fade in from.
    double ageOf(const ImageKey& key, core::TimePoint now) const;
    // True while a picture that arrived recently is still fading in.
    bool isFading(core::TimePoint now) const;
    std::size_t bytesHeld() const { return budget_.usedBytes(); }
    // The largest tile side, from the renderer's maximum texture size.
    int maxTextureSide() const { return maxTextureSide_; }

  private:
    // When a picture that arrived before the first frame counts as arrived.
    static constexpr core::TimePoint kBeforeTheFirstFrame{-1000.0};
    struct KeyHash {
        std::size_t operator()(const ImageKey& key) const;
    };
    struct Entry {
        Picture picture; // without tiles when the picture could not be decoded
        core::TimePoint arrived{};
    };
    void ask(const ImageKey& key, int priority);
    void drop(const ImageKey& key);

    SDL_Renderer* renderer_;
    imaging::ImageLoader& loader_;
    int maxTextureSide_ = kDefaultMaxTextureSide;
    TextureFormats formats_;
    imaging::LruBudget<ImageKey, KeyHash> budget_;
    std::unordered_map<ImageKey, Entry, KeyHash> entries_;
    std::unordered_map<ImageKey, int, KeyHash> pending_; // asked for, with the priority asked
    std::unordered_set<ImageKey, KeyHash> details_;      // wanted deep-zoom pictures
    std::unordered_set<ImageKey, KeyHash> detailsAsked_; // ... asked for since endFrame()
    core::TimePoint lastArrival_ = kBeforeTheFirstFrame;
    bool frameEnded_ = false;
    std::vector<std::filesystem::path> broken_;
};

} // namespace vitrin::ui
