#include "app/Session.h"

#include "app/DataDir.h"
#include "content/ContentLoader.h"
#include "content/WithoutPictures.h"
#include "core/Log.h"
#include "core/Text.h"
#include "ingest/ContentStore.h"
#include "ui/AttractScreen.h"

#include <algorithm>

namespace vitrin::app {

using core::Error;
using core::Result;

namespace {
// Texture memory for pictures, in screens' worth of pixels at the layout's size: a gallery
// screen of thumbnails and the one scrolled in, the viewer's picture and its two neighbours,
// and room to spare. A deep-zoom picture comes on top while it is on screen.
constexpr std::size_t kTextureBudgetScreens = 8;
} // namespace

ui::AccessModes accessDefaults(const core::KioskSettings& settings) {
    return {settings.largeText, settings.highContrast, settings.reducedMotion, false};
}

core::KioskSettings loadSettingsOrDefaults(const std::filesystem::path& stateDir) {
    const std::filesystem::path file = core::kioskSettingsPath(stateDir);
    auto loaded = core::loadKioskSettings(file);
    if (!loaded) {
        core::logWarning(loaded.error().message + "; the defaults are used");
        return {};
    }
    for (const std::string& warning : loaded->warnings) {
        core::logWarning(file.string() + ": " + warning);
    }
    return loaded->settings;
}

std::string todayIso() {
    return core::localTimeText("%Y-%m-%d");
}

Result<std::unique_ptr<Session>>
Session::open(const Options& options, platform::DisplayOptions::Mode mode, core::TimePoint now) {
    const std::filesystem::path data = dataDir();
    const std::filesystem::path state = options.stateDir.value_or(defaultStateDir());
    std::optional<ingest::ContentStore::Shown> imported;
    if (!options.media) {
        const ingest::ContentStore store(state);
        // An import cut off by a power cut leaves a folder nobody reads; unless an import is
        // running (`vitrin --import` beside the kiosk), it goes now.
        if (auto lock = ingest::StoreLock::tryTake(state)) {
            store.removeUnreferenced();
        }
        imported = store.loadCurrent();
    }
    const std::filesystem::path media = options.media.value_or(data / "media");
    content::Exhibition exhibition;
    std::filesystem::path cacheDir = state / "cache";
    if (imported) {
        exhibition = std::move(imported->exhibition);
        cacheDir = ingest::ContentStore(state).cacheDir(imported->version);
        core::logInfo("showing imported exhibition " + std::to_string(imported->version));
    } else {
        content::LoadResult loaded =
            content::loadContentFolder(media, {content::ImageCheck::Header, {}, {}});
        if (content::checkExitCode(loaded) != 0) {
            core::logWarning("nothing to show in " + media.string() + "; run vitrin --check on it");
        }
        exhibition = std::move(loaded.exhibition);
        core::logInfo("showing " + media.string());
    }
    const core::KioskSettings settings = loadSettingsOrDefaults(state);

    const std::filesystem::path layouts = data / "layouts";
    std::optional<ui::Layout> layout;
    if (options.layout) {
        auto resolved = ui::resolveLayout(layouts, *options.layout);
        if (!resolved) {
            return resolved.error();
        }
        layout = *resolved;
    } else if (!settings.layout.empty() && mode != platform::DisplayOptions::Mode::Headless) {
        if (auto resolved = ui::resolveLayout(layouts, settings.layout)) {
            layout = *resolved;
        } else {
            core::logWarning(resolved.error().message + "; the layout is chosen from the display");
        }
    }
    if (!layout && mode == platform::DisplayOptions::Mode::Headless) {
        auto reference = ui::resolveLayout(layouts, "landscape-1080p");
        if (!reference) {
            return reference.error();
        }
        layout = *reference;
    }

    const ui::Rotation rotation = ui::parseRotation(options.rotation.value_or(settings.rotation))
                                      .value_or(ui::Rotation::None);
    // The attract loop's first picture starts decoding on a worker now, while SDL starts and the
    // window opens, the longest wait of a start. A layout still to be chosen from the display is
    // guessed from the X screen's size; a wrong guess costs one decode that nobody shows.
    PictureWorkers workers = startPictureWorkers(cacheDir);
    std::vector<ui::Layout> all;
    std::optional<ui::Layout> guessed = layout;
    std::optional<platform::XScreenPeek> peek;
    if (!guessed && mode == platform::DisplayOptions::Mode::Fullscreen) {
        if (const std::optional<platform::ScreenSize> screen = peek.emplace().size()) {
            all = ui::loadLayouts(layouts);
            if (!all.empty()) {
                guessed = ui::swapsSides(rotation)
                              ? ui::chooseLayout(all, screen->height, screen->width)
                              : ui::chooseLayout(all, screen->width, screen->height);
            }
        }
    }
    if (const auto slides = ui::AttractScreen::slides(exhibition); guessed && !slides.empty()) {
        const ui::ImageKey first = ui::displayKey(slides.front(), *guessed);
        workers.loader->request({first.path, first.maxWidth, first.maxHeight},
                                ui::ImageStore::kVisiblePriority);
    }

    platform::DisplayOptions displayOptions;
    displayOptions.mode = mode;
    if (mode == platform::DisplayOptions::Mode::Headless) {
        const ui::Rect display = ui::displayBounds(*layout, rotation);
        displayOptions.width = static_cast<int>(display.w);
        displayOptions.height = static_cast<int>(display.h);
    } else {
        displayOptions.width = options.windowWidth;
        displayOptions.height = options.windowHeight;
        displayOptions.renderer = options.renderer.value_or(platform::RenderPreference::Auto);
        displayOptions.stateDir = state;
    }
    auto display = platform::Display::open(displayOptions);
    peek.reset();
    if (!display) {
        return display.error();
    }
    std::unique_ptr<Session> session(new Session(std::move(*display)));
    session->rotation_ = rotation;
    if (!layout) {
        int width = 0, height = 0;
        session->display_.outputSize(width, height);
        if (ui::swapsSides(rotation)) {
            std::swap(width, height); // a landscape screen on its side wants a portrait layout
        }
        if (all.empty()) {
            all = ui::loadLayouts(layouts);
        }
        if (all.empty()) {
            return Error{"no layouts in " + layouts.string()};
        }
        layout = ui::chooseLayout(all, width, height);
        core::logInfo("display " + std::to_string(width) + "x" + std::to_string(height) +
                      ", layout " + layout->name);
    }
    SDL_Renderer* renderer = session->display_.renderer();
    // Everything is drawn in the layout's logical pixels; SDL scales to the display.
    const ui::Rect displayLogical = ui::displayBounds(*layout, rotation);
    SDL_RenderSetLogicalSize(renderer, static_cast<int>(displayLogical.w),
                             static_cast<int>(displayLogical.h));
    if (rotation != ui::Rotation::None) {
        session->rotated_.reset(SDL_CreateTexture(renderer, SDL_PIXELFORMAT_ARGB8888,
                                                  SDL_TEXTUREACCESS_TARGET, layout->width,
                                                  layout->height));
        if (!session->rotated_) {
            return platform::sdlError("SDL_CreateTexture for --rotate");
        }
    }

    layout->tall = layout->tall || settings.tallScreen;
    auto text = ui::TextEngine::open(data / "fonts", *layout);
    if (!text) {
        return text.error();
    }
    session->text_ = std::make_unique<ui::TextEngine>(std::move(*text));
    session->icons_ = std::make_unique<ui::IconSet>(data / "icons");
    session->stateDir_ = state;
    session->settings_ = settings;
    session->langOption_ = options.lang;
    exhibition = session->adjusted(std::move(exhibition));
    session->shownVersion_ = imported ? imported->version : 0;
    session->textureBudget_ = kTextureBudgetScreens * static_cast<std::size_t>(layout->width) *
                              static_cast<std::size_t>(layout->height) * 4;
    session->openPictures(std::move(workers));
    // Asked for again with the layout chosen: the same request merges with the one running.
    if (const auto slides = ui::AttractScreen::slides(exhibition); !slides.empty()) {
        session->images_->picture(ui::displayKey(slides.front(), *layout));
    }
    session->kiosk_ = std::make_unique<ui::Kiosk>(std::move(exhibition), *layout, *session->text_,
                                                  now, todayIso());
    session->kiosk_->setVenue(settings.venue);
    session->kiosk_->setAccessDefaults(accessDefaults(settings));
    session->speech_ = std::make_unique<KioskSpeech>(options.speechOut, settings.speechVolume);
    session->kiosk_->setSpeechOutput(session->speech_.get());
    core::logInfo(std::to_string(session->kiosk_->exhibition().itemCount()) + " items to show");
    return session;
}

content::Exhibition Session::adjusted(content::Exhibition exhibition) {
    own_ = {exhibition.idleTimeout, exhibition.defaultLanguage};
    if (settings_.idleTimeoutSeconds > 0) {
        exhibition.idleTimeout = std::chrono::seconds(settings_.idleTimeoutSeconds);
    }
    const std::optional<core::Lang> lang = langOption_ ? langOption_ : settings_.visitorLanguage;
    if (lang && (langOption_ || std::find(exhibition.languages.begin(), exhibition.languages.end(),
                                          *lang) != exhibition.languages.end())) {
        exhibition.defaultLanguage = *lang;
    }
    return exhibition;
}

core::Result<void> Session::saveSettings(const core::KioskSettings& settings) {
    if (auto saved = core::saveKioskSettings(core::kioskSettingsPath(stateDir_), settings);
        !saved) {
        return saved;
    }
    settings_ = settings;
    kiosk_->setVenue(settings.venue);
    kiosk_->setAccessDefaults(accessDefaults(settings));
    speech_->setVolume(settings.speechVolume);
    content::Exhibition exhibition = kiosk_->exhibition();
    exhibition.idleTimeout = own_.idleTimeout;
    exhibition.defaultLanguage = own_.lang;
    kiosk_->replaceExhibition(adjusted(std::move(exhibition)));
    return {};
}

Session::PictureWorkers Session::startPictureWorkers(const std::filesystem::path& cacheDir) {
    PictureWorkers workers;
    workers.cache = std::make_unique<imaging::ImageCache>(cacheDir);
    workers.loader =
        std::make_unique<imaging::ImageLoader>(imaging::LoaderOptions{0, workers.cache.get(), {}});
    return workers;
}

void Session::openPictures(PictureWorkers workers) {
    check_.reset();
    renderer_.reset();
    images_.reset();
    loader_.reset();
    cache_ = std::move(workers.cache);
    loader_ = std::move(workers.loader);
    if (wake_) {
        loader_->setOnFinished(wake_);
    }
    images_ = std::make_unique<ui::ImageStore>(display_.renderer(), *loader_, textureBudget_);
    renderer_ = std::make_unique<ui::Renderer>(display_.renderer(), *text_, *images_, *icons_);
}

void Session::replaceContent(content::Exhibition exhibition, const std::filesystem::path& cacheDir,
                             int version) {
    openPictures(startPictureWorkers(cacheDir));
    broken_.clear();
    shownVersion_ = version;
    kiosk_->replaceExhibition(adjusted(std::move(exhibition)));
    core::logInfo("now showing exhibition " + std::to_string(version) + " with " +
                  std::to_string(kiosk_->exhibition().itemCount()) + " items");
}

std::vector<imaging::Box> Session::cacheBoxes() const {
    const ui::ImageKey display = ui::displayKey({}, kiosk_->layout());
    const ui::ImageKey thumbnail = ui::thumbnailKey({}, kiosk_->layout());
    return {{display.maxWidth, display.maxHeight}, {thumbnail.maxWidth, thumbnail.maxHeight}};
}

void Session::draw(core::TimePoint now) {
    if (!rotated_) {
        renderer_->draw(kiosk_->scene(), now);
        if (overlay_) {
            overlay_();
        }
        return;
    }
    SDL_Renderer* renderer = display_.renderer();
    SDL_SetRenderTarget(renderer, rotated_.get());
    renderer_->draw(kiosk_->scene(), now);
    if (overlay_) {
        overlay_();
    }
    SDL_SetRenderTarget(renderer, nullptr);
    SDL_SetRenderDrawColor(renderer, 0, 0, 0, 255);
    SDL_RenderClear(renderer);
    // Turned about its centre, the layout's picture fills the display's logical area.
    const ui::Rect display = ui::displayBounds(kiosk_->layout(), rotation_);
    const ui::Rect picture = kiosk_->layout().bounds();
    const SDL_FRect target{(display.w - picture.w) / 2, (display.h - picture.h) / 2, picture.w,
                           picture.h};
    SDL_RenderCopyExF(renderer, rotated_.get(), nullptr, &target,
                      static_cast<double>(static_cast<int>(rotation_)), nullptr, SDL_FLIP_NONE);
}

void Session::setFirstFrameText() {
    renderer_->setText(kiosk_->scene());
}

void Session::setWake(std::function<void()> wake) {
    wake_ = wake;
    loader_->setOnFinished(std::move(wake));
}

void Session::startPictureCheck() {
    // The sizes the screens ask for, so the check fills the cache for them.
    check_ = std::make_unique<PictureCheck>(kiosk_->exhibition(), *cache_, cacheBoxes(),
                                            PictureCheck::Priority::Idle, wake_);
}

void Session::checkPicturesNow() {
    check_ = std::make_unique<PictureCheck>(kiosk_->exhibition(), *cache_, cacheBoxes(),
                                            PictureCheck::Priority::Normal);
    check_->waitDone();
    dropBrokenPictures(true);
}

bool Session::dropBrokenPictures(bool force) {
    if (check_) {
        for (BrokenPicture& picture : check_->takeBroken()) {
            broken_.insert(std::move(picture.file));
        }
    }
    for (std::filesystem::path& file : images_->takeBroken()) {
        broken_.insert(std::move(file));
    }
    const std::string_view screen = kiosk_->screenName();
    if (broken_.empty() || (!force && screen != "attract" && screen != "home")) {
        return false;
    }
    const bool changes = content::showsAnyOf(kiosk_->exhibition(), broken_);
    if (changes) {
        content::Exhibition exhibition = content::withoutPictures(kiosk_->exhibition(), broken_);
        core::logWarning("pictures that cannot be decoded are taken off the screens; items "
                         "left: " +
                         std::to_string(exhibition.itemCount()));
        kiosk_->replaceExhibition(std::move(exhibition));
    }
    broken_.clear();
    return changes;
}

} // namespace vitrin::app
