#pragma once
// What every screen shares: build a Scene from state (const), react to gestures, follow the clock.

#include "content/Catalog.h"
#include "core/Clock.h"
#include "ui/Command.h"
#include "ui/Gestures.h"
#include "ui/Scene.h"

#include <optional>
#include <string_view>

namespace vitrin::ui {

struct ScreenContext {
    const content::Exhibition& exhibition;
    core::Lang lang;
    const Layout& layout;
    core::TimePoint now;
    std::string today; // ISO date, for the tour line
    std::string venue; // the venue this kiosk is (its Swedish name); empty: by the dates
    AccessModes access;
    bool speaking = false; // something is being read aloud
};

// What "Lyssna" reads: the text in lang (the language of its longest part: a text missing in
// the visitor's language is shown, and read, in Swedish), and a recorded reading in the
// visitor's language to play instead where there is one.
struct Spoken {
    std::string text;
    core::Lang lang = core::Lang::Sv;
    std::filesystem::path recording;
};
// Joins the parts given in lang into one Spoken, sentence after sentence.
Spoken speakParts(const std::vector<const core::LocalText*>& parts, core::Lang lang);

class Screen {
  public:
    virtual ~Screen() = default;
    // The name scripts expect: "attract", "home", "gallery", "viewer", "timeline", "entry",
    // "import".
    virtual std::string_view name() const = 0;
    // Describes the current frame; must not change state.
    virtual void build(SceneBuilder& scene, const ScreenContext& context) const = 0;
    // A gesture that hit no button: pans, pinches, swipes. May ask for a command.
    virtual std::optional<Command> onGesture(const Gesture&, const ScreenContext&) {
        return std::nullopt;
    }
    // A command meant for this screen (next, previous, caption); false when not its own.
    virtual bool handleCommand(const Command&, const ScreenContext&) { return false; }
    // Advances animations to now.
    virtual void update(const ScreenContext&) {}
    // True while the picture changes without input (animations, momentum).
    virtual bool isAnimating(core::TimePoint) const { return false; }
    // Seconds until it starts changing by itself again, while it is not animating; none: not
    // before input.
    virtual std::optional<double> secondsUntilAnimating(core::TimePoint) const {
        return std::nullopt;
    }
    // How often an animation needs a new frame to look smooth; 0: every display frame.
    virtual double frameSeconds() const { return 0; }
    // True while the idle reset must wait (staff watching an import that runs by itself).
    virtual bool holdsIdle() const { return false; }
    // The section and the item on show, for the statistics; none where the screen shows none.
    virtual std::optional<size_t> shownSection() const { return std::nullopt; }
    virtual std::optional<size_t> shownItem() const { return std::nullopt; }
    // True while a picture is zoomed in.
    virtual bool isZoomed() const { return false; }
    // What its "Lyssna" button reads; none where the screen has none.
    virtual std::optional<Spoken> spoken(const ScreenContext&) const { return std::nullopt; }
};

// The bar of every screen but attract: Back and Home (not on home itself), a heading, larger
// text ("A+"), the accessibility choices and the languages. At the top of the screen; where
// the controls must be low (Layout::controlsLow), the heading stays at the top and the
// controls go to the foot of the screen.
void buildTopBar(SceneBuilder& scene, const ScreenContext& context, std::string_view heading,
                 bool showNavigation);
// The area between the bar's parts.
Rect contentArea(const Layout& layout);
// The "Lyssna" button in box: it reads the screen's spoken() text, or stops while speaking.
void buildListenButton(SceneBuilder& scene, const ScreenContext& context, const Rect& box);
// The width buildListenButton needs.
float listenButtonWidth(const SceneBuilder& scene, const ScreenContext& context);
// The picture of item path as a thumbnail (tiles) or at display size (viewer, attract).
ImageKey thumbnailKey(const std::filesystem::path& path, const Layout& layout);
ImageKey displayKey(const std::filesystem::path& path, const Layout& layout);
// The thumbnail of the picture at path, filling box (cropped to its shape) or, for artworks,
// whole inside it.
enum class Crop { ToBox, Never };
void addThumbnail(SceneBuilder& scene, const Rect& box, const std::filesystem::path& path,
                  Crop crop = Crop::ToBox);
// A thin bar along track (vertical when track is taller than wide) showing which part of a list
// is in view: visible of total, scrolled by offset. Nothing when all of it is in view.
void buildScrollIndicator(SceneBuilder& scene, const Rect& track, float offset, float visible,
                          float total);
// The first picture of a section, for its tile; empty when it has none.
std::filesystem::path coverImage(const content::Section& section);

} // namespace vitrin::ui
