#pragma once
// Draws a Scene with an SDL renderer. Holds no visitor state.

#include "ui/ImageStore.h"
#include "ui/Scene.h"
#include "ui/TextEngine.h"

namespace vitrin::ui {

class Renderer {
  public:
    Renderer(SDL_Renderer* renderer, TextEngine& text, ImageStore& images);
    // Draws scene into the current target at the layout's logical size.
    void draw(const Scene& scene, core::TimePoint now);

  private:
    void drawImage(const ImageElement& image, core::TimePoint now);
    void drawText(const TextElement& text);

    SDL_Renderer* renderer_;
    TextEngine& text_;
    ImageStore& images_;
};

} // namespace vitrin::ui
