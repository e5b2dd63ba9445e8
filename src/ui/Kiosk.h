#pragma once
// The visitor side as a model with no SDL: screens, language, navigation and the idle reset.
// Input arrives as pointer events or commands; the current frame comes out as a Scene.

#include "content/Catalog.h"
#include "ui/Gestures.h"
#include "ui/ImportView.h"
#include "ui/Screen.h"
#include "ui/ScreenReader.h"

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace vitrin::ui {

// Where the kiosk's speech goes: the app reads it aloud (speech::Speaker).
class SpeechOutput {
  public:
    virtual ~SpeechOutput() = default;
    // Reads spoken aloud, from its recording where there is one, instead of what was being said.
    virtual void say(const Spoken& spoken) = 0;
    virtual void stop() = 0;
    virtual bool isSpeaking() const = 0;
};

class Kiosk {
  public:
    // Seconds of the "more time?" countdown before an idle reset.
    static constexpr double kCountdownSeconds = 15;
    // How often the end of speech is looked for while something is read aloud.
    static constexpr double kSpeechCheckSeconds = 0.25;

    Kiosk(content::Exhibition exhibition, Layout layout, const TextMeasurer& measurer,
          core::TimePoint now, std::string today);

    // A finger or the mouse; gestures it completes are handled at once.
    void feed(const PointerEvent& event);
    void dispatch(const Command& command);
    // Advances to now: long presses, animations, the idle countdown and reset.
    void update(core::TimePoint now);
    // Shows exhibition instead of the current one. The attract loop starts again on it; any
    // other screen gives way to home, since screens hold places in the old exhibition. The
    // visitor's language stays if the new exhibition offers it.
    void replaceExhibition(content::Exhibition exhibition);

    // The current frame (rebuilt only when something changed).
    const Scene& scene();
    // True when the next frame would differ from the last one built.
    bool needsFrame() const;
    // Seconds from now until the picture changes by itself (an idle deadline); 0 when animating.
    double secondsUntilChange() const;

    std::string_view screenName() const { return screens_.back()->name(); }
    core::Lang lang() const { return lang_; }
    const Layout& layout() const { return layout_; }
    const content::Exhibition& exhibition() const { return exhibition_; }
    bool isCountingDown() const;

    // The venue this kiosk stands at (a tour venue's Swedish name), for the tour line.
    void setVenue(std::string venue) {
        venue_ = std::move(venue);
        dirty_ = true;
    }

    // Starts the attract loop again in the exhibition's language, as the idle reset does.
    void returnToAttract() { resetToAttract(); }

    // Shows the USB import screens over whatever the visitor had open, drawing view (which
    // must outlive them) each frame; their ImportAction commands go to the handler.
    void showImport(const ImportView& view);
    // Takes the import screens away: the visitor's screen is back as it was.
    void closeImport();
    bool isShowingImport() const;
    // The screen a visitor sees once the import screens are gone: "attract" when nobody looks.
    std::string_view visitorScreenName() const;
    // What the visitor has on screen, under the import screens, for the statistics.
    struct VisitorView {
        std::string_view screen; // as visitorScreenName()
        std::optional<size_t> section, item;
        bool zoomed = false;
        core::Lang lang = core::Lang::Sv;
        core::TimePoint lastTouch{};
    };
    VisitorView visitorView() const;
    void setImportHandler(std::function<void(const ImportAction&)> handler);
    // Called when the hidden staff call is made; none: the call is ignored.
    void setStaffHandler(std::function<void()> handler);

    // The accessibility modes every visitor starts with (the kiosk's settings); the idle reset
    // returns to them.
    void setAccessDefaults(AccessModes modes);
    const AccessModes& access() const { return access_; }
    // Where speech goes (it must outlive the kiosk's use of it); none: nothing is said.
    void setSpeechOutput(SpeechOutput* output) { speech_ = output; }

  private:
    ScreenContext context() const;
    void handle(const Gesture& gesture);
    void touched();
    void resetToAttract();
    void buildCountdown(SceneBuilder& builder) const;
    // Says text in the visitor's language.
    void say(std::string text);
    void say(const Spoken& spoken);
    void stopSpeech();
    // The screen reader takes the gesture; false when it is not the reader's.
    bool readerHandles(const Gesture& gesture);
    void followReader(const ScreenReader::Outcome& outcome);
    void toggle(AccessFeature feature);
    double idleSeconds() const;
    // Seconds between frames while the picture changes by itself; negative when it does not.
    double animationFrameSeconds() const;

    content::Exhibition exhibition_;
    Layout layout_;
    const TextMeasurer& measurer_;
    GestureRecognizer gestures_;
    std::vector<std::unique_ptr<Screen>> screens_;
    core::Lang lang_;
    core::TimePoint now_;
    core::TimePoint lastInput_;
    std::string today_;
    std::string venue_;
    Scene scene_;
    core::TimePoint sceneBuilt_{-1000.0};
    bool dirty_ = true;
    // A finger that lands on the countdown keeps it on screen until the finger's gesture is
    // handled, so the tap reaches the dialog and not the screen beneath.
    bool holdingCountdown_ = false;
    std::function<void(const ImportAction&)> importHandler_;
    std::function<void()> staffHandler_;
    AccessModes access_;
    AccessModes accessDefaults_;
    // Whether speech was going on at the last update ("Lyssna" turns into "Tyst").
    bool speaking_ = false;
    SpeechOutput* speech_ = nullptr;
    ScreenReader reader_;
};

} // namespace vitrin::ui
