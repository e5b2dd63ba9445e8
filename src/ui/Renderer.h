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

// Of a picture size pixels long placed from start (in screen pixels, scale screen pixels a
// picture pixel), the pixels a copy is made of: those on a screen that long, and with pad,
// pad more on each side, the span moved on in whole steps of pad, so that it stays the same
// while the picture drifts less than that.
struct PictureSpan {
    int first = 0, last = 0;
    bool operator==(const PictureSpan&) const = default;
};
PictureSpan pictureSpan(float start, float scale, float screen, int size, int pad);

// Where a picture of width x height drawn to cover image's box goes (ImageElement::focus); the
// box clips it.
Rect coverPlace(float width, float height, const ImageElement& image);

class Renderer {
  public:
    Renderer(SDL_Renderer* renderer, TextEngine& text, ImageStore& images, IconSet& icons);
    // Draws scene into the current target at the layout's logical size.
    void draw(const Scene& scene, core::TimePoint now);
    // Sets the scene's lines of text into the textures draw() takes from the text engine's
    // cache, ahead of the frame.
    void setText(const Scene& scene);

  private:
    // A picture that has just arrived fades in instead of popping: its alpha now.
    float fadeIn(const ImageKey& key, core::TimePoint now) const;
    // A picture not decoded yet is a box of placeholder.
    void drawImage(const ImageElement& image, Color placeholder, core::TimePoint now);
    // Draws picture (key), placed and sized to dest, where dest meets clip.
    void drawPicture(const Picture& picture, const ImageKey& key, const Rect& dest,
                     const Rect& clip, float alpha);
    // Draws texture, which is picture stretched to dest's size, where dest meets clip.
    void drawStretched(SDL_Texture* texture, bool opaque, const Rect& dest, const Rect& clip,
                       float alpha);
    // The backdrop: the scene's first pictures, each covering the whole screen (the attract
    // loop's slide and the next one fading in), and the fills across the screen's width over
    // them (the darkening under its text). Where the software renderer draws at the layout's
    // size and the pictures are opaque, the fills are mixed into each picture's stretched copy
    // once, and a frame copies those: SDL blends a fill one pixel at a time in scalar code (8 ms
    // of each attract frame's 22, measured with perf). Since the fills are the same over each
    // picture, a crossfade of the shaded copies is the shaded crossfade. In the frame before the
    // copies are made, the fills are mixed into the frame's own pixels where it has them
    // (frameSurface). Returns how many elements it drew: none where it does not apply.
    std::size_t drawBackdrop(const std::vector<Element>& elements, core::TimePoint now);
    // Draws the first picture of a backdrop while it waits as pixels (Picture::waiting), straight
    // into frame, opaque, where drawPicture would place it; false where it cannot (then nothing
    // is drawn).
    bool drawWaiting(const Picture& picture, const ImageElement& image, SDL_Surface* frame);
    // The surface a frame is drawn on, for mixing into its pixels once SDL_RenderFlush has
    // drawn what came before: the window's own surface, which SDL's software renderer takes
    // with SDL_GetWindowSurface and draws into. Null where the frame goes elsewhere: into a
    // texture (a screen turned on its side), or through OpenGL.
    SDL_Surface* frameSurface() const;
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
