#pragma once
// RAII for SDL, SDL_ttf and SDL_image handles, and one way to turn a null into an error.

#include "core/Result.h"

#include <SDL.h>
#include <SDL_ttf.h>

#include <memory>
#include <string>

namespace vitrin::platform {

struct SdlDeleter {
    void operator()(SDL_Window* p) const { SDL_DestroyWindow(p); }
    void operator()(SDL_Renderer* p) const { SDL_DestroyRenderer(p); }
    void operator()(SDL_Texture* p) const { SDL_DestroyTexture(p); }
    void operator()(SDL_Surface* p) const { SDL_FreeSurface(p); }
    void operator()(TTF_Font* p) const { TTF_CloseFont(p); }
};

using WindowPtr = std::unique_ptr<SDL_Window, SdlDeleter>;
using RendererPtr = std::unique_ptr<SDL_Renderer, SdlDeleter>;
using TexturePtr = std::unique_ptr<SDL_Texture, SdlDeleter>;
using SurfacePtr = std::unique_ptr<SDL_Surface, SdlDeleter>;
using FontPtr = std::unique_ptr<TTF_Font, SdlDeleter>;

// An Error saying what failed, with SDL_GetError().
inline core::Error sdlError(const std::string& what) {
    return core::Error{what + ": " + SDL_GetError()};
}

} // namespace vitrin::platform
