#pragma once
// One running kiosk: the display, text, pictures, the visitor model and the renderer, wired
// together. The interactive loop and the script runner both drive a Session.

#include "app/Options.h"
#include "core/Clock.h"
#include "imaging/ImageCache.h"
#include "imaging/ImageLoader.h"
#include "platform/Display.h"
#include "ui/ImageStore.h"
#include "ui/Kiosk.h"
#include "ui/Renderer.h"
#include "ui/Rotation.h"
#include "ui/TextEngine.h"

#include <memory>

namespace vitrin::app {

class Session {
  public:
    // Loads the content and layout named by options and opens the display in mode.
    static core::Result<std::unique_ptr<Session>>
    open(const Options& options, platform::DisplayOptions::Mode mode, core::TimePoint now);

    ui::Kiosk& kiosk() { return *kiosk_; }
    ui::ImageStore& images() { return *images_; }
    platform::Display& display() { return display_; }
    ui::Rotation rotation() const { return rotation_; }
    // Draws the kiosk's current scene (without presenting it).
    void draw(core::TimePoint now);

  private:
    explicit Session(platform::Display display) : display_(std::move(display)) {}
    platform::Display display_;
    std::unique_ptr<imaging::ImageCache> cache_;
    std::unique_ptr<imaging::ImageLoader> loader_;
    std::unique_ptr<ui::TextEngine> text_;
    std::unique_ptr<ui::ImageStore> images_;
    std::unique_ptr<ui::Renderer> renderer_;
    std::unique_ptr<ui::Kiosk> kiosk_;
    ui::Rotation rotation_ = ui::Rotation::None;
    platform::TexturePtr rotated_; // the layout's picture before it is turned; null unrotated
};

// Today's date as YYYY-MM-DD in local time.
std::string todayIso();

} // namespace vitrin::app
