#include "ui/Icons.h"

#include "core/Log.h"

#include <SDL_image.h>

namespace vitrin::ui {

std::string_view iconFileName(Icon icon) {
    switch (icon) {
    case Icon::Previous:
        return "previous.svg";
    case Icon::Next:
        return "next.svg";
    case Icon::Back:
        return "back.svg";
    case Icon::Home:
        return "home.svg";
    case Icon::TextShow:
        return "text-show.svg";
    case Icon::TextHide:
        return "text-hide.svg";
    case Icon::Info:
        return "info.svg";
    case Icon::Tap:
        return "tap.svg";
    case Icon::Disc:
        return "disc.svg";
    case Icon::Access:
        return "access.svg";
    case Icon::Listen:
        return "listen.svg";
    case Icon::Stop:
        return "stop.svg";
    case Icon::ZoomIn:
        return "zoom-in.svg";
    case Icon::ZoomOut:
        return "zoom-out.svg";
    }
    return "disc.svg";
}

SDL_Texture* IconSet::texture(SDL_Renderer* renderer, Icon icon, int side) {
    const auto key = std::make_pair(icon, side);
    if (const auto found = textures_.find(key); found != textures_.end()) {
        return found->second.get();
    }
    const std::filesystem::path file = dir_ / iconFileName(icon);
    platform::TexturePtr texture;
    if (SDL_RWops* source = SDL_RWFromFile(file.c_str(), "rb"); source != nullptr) {
        const platform::SurfacePtr surface(IMG_LoadSizedSVG_RW(source, side, side));
        SDL_RWclose(source);
        if (surface) {
            texture.reset(SDL_CreateTextureFromSurface(renderer, surface.get()));
            SDL_SetTextureBlendMode(texture.get(), SDL_BLENDMODE_BLEND);
        }
    }
    if (!texture) {
        core::logError("icon " + file.string() + " cannot be drawn: " + SDL_GetError());
    }
    // A failed icon is remembered as null, so it is reported once, not every frame.
    return textures_.emplace(key, std::move(texture)).first->second.get();
}

} // namespace vitrin::ui
