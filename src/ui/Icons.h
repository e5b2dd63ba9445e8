#pragma once
// The visitor UI's icons: SVG files in icons/, drawn white at the size they are shown and
// tinted when drawn, so one file serves every colour and layout.

#include "platform/Sdl.h"

#include <filesystem>
#include <map>
#include <string_view>
#include <utility>

namespace vitrin::ui {

enum class Icon {
    Previous,
    Next,
    Back,
    Home,
    TextShow,
    TextHide,
    Info,
    Tap,
    Disc,
    Access, // the accessibility choices
    Listen, // read aloud
    Stop,   // stop reading aloud
    ZoomIn,
    ZoomOut,
};

// The file in icons/ that draws icon, e.g. "previous.svg".
std::string_view iconFileName(Icon icon);

class IconSet {
  public:
    explicit IconSet(std::filesystem::path dir) : dir_(std::move(dir)) {}
    // The icon rendered at side x side pixels, white on transparent; null when its file is
    // missing or cannot be read (logged once). Kept until the IconSet goes.
    SDL_Texture* texture(SDL_Renderer* renderer, Icon icon, int side);

  private:
    std::filesystem::path dir_;
    std::map<std::pair<Icon, int>, platform::TexturePtr> textures_;
};

} // namespace vitrin::ui
