#pragma once
// Draws a Scene with an SDL renderer. Holds no visitor state.

#include "ui/Icons.h"
#include "ui/ImageStore.h"
#include "ui/Scene.h"
#include "ui/StretchCache.h"
#include "ui/TextEngine.h"

namespace vitrin::ui {

// A fill in layout units for SDL's software renderer at this scale: each edge on a whole pixel,
// the same one for every fill that shares it (Renderer.cpp says why).
SDL_FRect onWholePixels(const SDL_FRect& logical, float scaleX, float scaleY);

class Renderer {
  public:
    Renderer(SDL_Renderer* renderer, TextEngine& text, ImageStore& images, IconSet& icons);
    // Draws scene into the current target at the layout's logical size.
    void draw(const Scene& scene, core::TimePoint now);

  private:
    // A picture not decoded yet is a box of placeholder.
    void drawImage(const ImageElement& image, Color placeholder, core::TimePoint now);
    // Draws the part source (0..1 of the picture on each axis) of picture (key) into dest,
    // only where dest meets clip.
    void drawPicture(const Picture& picture, const ImageKey& key, const Rect& source,
                     const Rect& dest, const Rect& clip, float alpha);
    // Draws texture, which is picture stretched to dest's size, where dest meets clip.
    void drawStretched(SDL_Texture* texture, bool opaque, const Rect& dest, const Rect& clip,
                       float alpha);
    void drawText(const TextElement& text);
    // Fills rect with the draw colour; alpha is the colour's.
    void fillRect(const SDL_FRect& logical, Uint8 alpha);
    void drawIcon(const IconElement& icon);

    SDL_Renderer* renderer_;
    TextEngine& text_;
    ImageStore& images_;
    IconSet& icons_;
    bool software_ = false;  // SDL's software renderer draws (see drawPicture)
    StretchCache stretches_; // used where software_
};

} // namespace vitrin::ui
