#pragma once
// Pictures stretched once to the size they are drawn at, for SDL's software renderer. That
// renderer stretches a texture anew every frame it is drawn at another size than its own (a
// gallery's thumbnails, the viewer's picture: half of a gallery frame's time), while a copy at
// the drawn size is a plain copy of rows. A stretched copy is made once a picture has been
// drawn whole at the same size in two frames running, so a picture whose size changes every
// frame (the attract loop's slow zoom, a pinch) is never copied for nothing.

#include "imaging/LruBudget.h"
#include "platform/Sdl.h"
#include "ui/ImageStore.h"
#include "ui/Scene.h"

#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace vitrin::ui {

// Rows of a stretched copy mixed with a colour at its alpha, as a blended fill across them
// would: top included, bottom not, in the copy's rows.
struct ShadeBand {
    int top = 0, bottom = 0;
    Color color;
    bool operator==(const ShadeBand&) const = default;
};
using Shade = std::vector<ShadeBand>;

// Mixes shade's bands, in order, into surface's rows, as blended fills across it would: each
// channel (colour * alpha + pixel * (255 - alpha)) / 255, rounded. For surfaces of 4 bytes a
// pixel.
void mixShade(SDL_Surface* surface, const Shade& shade);

// The part of the picture a copy is made of, in its pixels; w 0: the whole picture.
struct SourcePart {
    int x = 0, y = 0, w = 0, h = 0;
    bool operator==(const SourcePart&) const = default;
};

class StretchCache {
  public:
    // budgetBytes caps the memory the stretched copies hold, least recently drawn dropped first.
    explicit StretchCache(std::size_t budgetBytes)
        : budgetBytes_(budgetBytes), budget_(budgetBytes) {}

    // picture (key) drawn whole at width x height: its stretched copy when there is one or the
    // same was asked for in the previous frame (then it is made now); else null. Only for a
    // picture of one tile in a texture the renderer can lock (the software renderer's), and at
    // a size whose copy fits in the budget: a picture zoomed far past the screen is drawn
    // clipped, and a copy of all of it would be made and dropped again every frame.
    // With a shade, the copy has its bands mixed in (mixShade), even at the picture's own size.
    // With a part, the copy is of that part of the picture only, stretched to width x height.
    SDL_Texture* stretched(SDL_Renderer* renderer, const ImageKey& key, const Picture& picture,
                           int width, int height, const Shade& shade = {}, SourcePart part = {});
    // Call after each frame.
    void endFrame();
    std::size_t bytesHeld() const { return budget_.usedBytes(); }
    std::size_t count() const { return copies_.size(); }

  private:
    struct Key {
        ImageKey image;
        int width = 0, height = 0;
        Shade shade;
        SourcePart part;
        bool operator==(const Key&) const = default;
    };
    struct KeyHash {
        std::size_t operator()(const Key& key) const;
    };
    std::size_t budgetBytes_;
    imaging::LruBudget<Key, KeyHash> budget_;
    std::unordered_map<Key, platform::TexturePtr, KeyHash> copies_;
    std::unordered_set<Key, KeyHash> askedNow_, askedBefore_;
};

} // namespace vitrin::ui
