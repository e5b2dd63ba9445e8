#pragma once
// One running kiosk: the display, text, pictures, the visitor model and the renderer, wired
// together. The interactive loop and the script runner both drive a Session.

#include "app/KioskSpeech.h"
#include "app/Options.h"
#include "app/PictureCheck.h"
#include "core/Clock.h"
#include "core/KioskSettings.h"
#include "imaging/ImageCache.h"
#include "imaging/ImageLoader.h"
#include "platform/Display.h"
#include "ui/ImageStore.h"
#include "ui/Kiosk.h"
#include "ui/Renderer.h"
#include "ui/Rotation.h"
#include "ui/TextEngine.h"

#include <functional>
#include <memory>
#include <set>

namespace vitrin::app {

class Session {
  public:
    // Loads the content and layout named by options and opens the display in mode. The content
    // is --media when given, else the exhibition imported last, else the bundled one.
    static core::Result<std::unique_ptr<Session>>
    open(const Options& options, platform::DisplayOptions::Mode mode, core::TimePoint now);

    ui::Kiosk& kiosk() { return *kiosk_; }
    ui::ImageStore& images() { return *images_; }
    platform::Display& display() { return display_; }
    ui::Rotation rotation() const { return rotation_; }
    // Draws the kiosk's current scene and the overlay (without presenting it).
    void draw(core::TimePoint now);
    // While the first frame waits for its picture, the main thread has nothing to do: the
    // scene's text is set then, not after the picture has come.
    void setFirstFrameText();
    // Drawn over the scene in the layout's pixels (and turned with it): staff mode.
    void setOverlay(std::function<void()> overlay) { overlay_ = std::move(overlay); }

    // Where imported exhibitions, caches and settings are kept (--state).
    const std::filesystem::path& stateDir() const { return stateDir_; }
    // The content store's version of the exhibition shown; 0 for --media or the bundled one.
    int shownVersion() const { return shownVersion_; }
    // Shows exhibition `version` of the store, its pictures cached in cacheDir (see
    // Kiosk::replaceExhibition).
    void replaceContent(content::Exhibition exhibition, const std::filesystem::path& cacheDir,
                        int version);
    // The kiosk's settings as read at start or last saved by staff.
    const core::KioskSettings& settings() const { return settings_; }
    // Saves settings atomically in <state>/settings.toml; on success the idle timeout and the
    // visitors' language apply from the next attract loop on (rotation and layout from the next
    // start).
    core::Result<void> saveSettings(const core::KioskSettings& settings);
    // The picture sizes the screens ask for (display and thumbnail), largest first.
    std::vector<imaging::Box> cacheBoxes() const;

    // wake is called on worker threads whenever something arrives for the loop: a decoded
    // picture, a broken one. The interactive loop sleeps until then.
    void setWake(std::function<void()> wake);
    // Checks every picture on a thread of its own at idle priority (PictureCheck).
    void startPictureCheck();
    // Checks every picture now and takes the broken ones off the screens (a script sees the
    // final content from its first line).
    void checkPicturesNow();
    // Takes the items whose picture cannot be decoded, found by the check or on screen, off the
    // screens, at a moment no visitor loses their place (the attract loop or home) unless
    // force. True when the kiosk's exhibition changed.
    bool dropBrokenPictures(bool force = false);

  private:
    explicit Session(platform::Display display) : display_(std::move(display)) {}
    platform::Display display_;
    std::unique_ptr<imaging::ImageCache> cache_;
    std::unique_ptr<imaging::ImageLoader> loader_;
    std::unique_ptr<ui::TextEngine> text_;
    std::unique_ptr<ui::IconSet> icons_;
    std::unique_ptr<ui::ImageStore> images_;
    std::unique_ptr<ui::Renderer> renderer_;
    // Before the kiosk, which speaks through it, and after the display (SDL's audio lives as
    // long as SDL).
    std::unique_ptr<KioskSpeech> speech_;
    std::unique_ptr<ui::Kiosk> kiosk_;
    // The cache of pictures in cacheDir and the workers that decode into it.
    struct PictureWorkers {
        std::unique_ptr<imaging::ImageCache> cache;
        std::unique_ptr<imaging::ImageLoader> loader;
    };
    static PictureWorkers startPictureWorkers(const std::filesystem::path& cacheDir);
    // The image store and renderer drawing with workers' pictures.
    void openPictures(PictureWorkers workers);

    ui::Rotation rotation_ = ui::Rotation::None;
    std::filesystem::path stateDir_;
    int shownVersion_ = 0;
    core::KioskSettings settings_;
    std::optional<core::Lang> langOption_; // --lang, which wins over the setting
    // The exhibition as this kiosk shows it: the settings' idle timeout and start language.
    // Remembers the exhibition's own values first, so a setting taken back restores them.
    content::Exhibition adjusted(content::Exhibition exhibition);
    struct {
        std::chrono::seconds idleTimeout{};
        core::Lang lang = core::Lang::Sv;
    } own_; // the shown exhibition's idle timeout and start language, before the settings
    std::size_t textureBudget_ = 0;
    platform::TexturePtr rotated_; // the layout's picture before it is turned; null unrotated
    std::function<void()> wake_;
    std::function<void()> overlay_;
    std::unique_ptr<PictureCheck> check_;
    std::set<std::filesystem::path> broken_; // found broken, not yet taken off the screens
};

// The kiosk's settings from <state>/settings.toml, warnings logged, defaults on any trouble.
core::KioskSettings loadSettingsOrDefaults(const std::filesystem::path& stateDir);

// Today's date as YYYY-MM-DD in local time.
std::string todayIso();

} // namespace vitrin::app
