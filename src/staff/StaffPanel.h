#pragma once
// Staff mode: a full-screen Dear ImGui panel over the visitor screens, touch-first. It asks for
// the staff PIN on a big keypad, then shows the pages Översikt, Utställning, Turné, Statistik,
// Skärm and System. The only
// place in Vitrin that includes ImGui.
//
// Input: the kiosk's one input path delivers pointer events in the layout's logical pixels
// (rotation already undone); the panel turns the first finger into ImGui's mouse itself (the
// ImGui SDL backend ignores fingers, and on the offscreen driver it has no mouse at all), one
// press or release a frame, the pointer parked off-screen after a release so nothing stays
// hovered. Output: ImGui draws with the SDL-renderer backend onto the current render target in
// the layout's logical pixels, so a rotated kiosk's texture gets it turned with the rest.

#include "core/Clock.h"
#include "core/Result.h"
#include "core/StaffAccess.h"
#include "staff/StaffHost.h"
#include "ui/Gestures.h"
#include "ui/Layout.h"

#include <deque>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

struct ImGuiContext;
struct SDL_Renderer;

namespace vitrin::staff {

// Something the panel drew this frame that a script can find: a button (tap-on) or a text.
struct DrawnItem {
    ui::Rect rect;  // the visible part, in layout pixels
    ui::Rect whole; // all of it, also where it is scrolled out of sight
    std::string label;
    bool isButton = false;
};

class StaffPanel {
  public:
    enum class Page {
        Pin,
        Overview,
        Exhibition,
        Tour,
        Statistics,
        Screen,
        System,
        TouchTest,
        TestPattern
    };

    // Opens the panel on renderer for layout with the fonts in fontsDir, asking for the PIN
    // first. host and access must outlive the panel.
    static core::Result<std::unique_ptr<StaffPanel>>
    open(SDL_Renderer* renderer, const ui::Layout& layout, const std::filesystem::path& fontsDir,
         StaffHost& host, core::StaffAccess& access, core::TimePoint now);
    ~StaffPanel();
    StaffPanel(const StaffPanel&) = delete;
    StaffPanel& operator=(const StaffPanel&) = delete;

    // A finger or the mouse, in layout pixels; applied at the next frame().
    void feed(const ui::PointerEvent& event);
    // Builds the next frame at now: input, the pages, what staff asked for.
    void frame(core::TimePoint now);
    // Draws the last frame built onto the renderer's current target.
    void render();

    // Staff pressed Stäng (or Avbryt on the keypad).
    bool wantsClose() const { return wantsClose_; }
    // The last touch, for the close after two minutes without one.
    core::TimePoint lastTouch() const { return lastTouch_; }
    Page page() const { return page_; }
    // True while frames must keep coming (a finger down, input not yet applied).
    bool isBusy() const;
    // The buttons and texts of the last frame, top-most last.
    const std::vector<DrawnItem>& items() const { return items_; }

  private:
    StaffPanel(const ui::Layout& layout, StaffHost& host, core::StaffAccess& access);
    struct Transition {
        enum class Kind { Down, Move, Up } kind;
        ui::Point pos;
    };

    const char* say(const char* sv, const char* en) const;
    void applyInput();
    void buildFrame();
    void dragToScroll();
    bool button(const std::string& label, float width = 0, bool selected = false);
    // Buttons in a row, wrapped to the width left; returns the index pressed, or -1.
    int choice(const std::vector<std::string>& labels, int selected);
    void text(const std::string& text, bool heading = false, bool muted = false);
    void record(const std::string& label, bool isButton);
    void rule(); // a horizontal line across the page
    // A row of a table (BeginTable) with one text per column.
    void tableRow(const std::vector<std::string>& cells);

    void buildPin();
    void buildTabs();
    void buildOverview();
    void buildExhibition();
    void buildTour();
    void buildStatistics();
    void buildScreen();
    void buildSystem();
    void buildTouchTest();
    void buildTestPattern();
    void save(const core::KioskSettings& settings);
    void goTo(Page page);

    ui::Layout layout_;
    StaffHost& host_;
    core::StaffAccess& access_;
    ImGuiContext* context_ = nullptr;
    bool rendererReady_ = false;
    std::vector<unsigned short> glyphRanges_; // kept alive until the font atlas is built
    void* bodyFont_ = nullptr;                // ImFont*, the body text
    void* headingFont_ = nullptr;

    core::Lang lang_ = core::Lang::Sv;
    Page page_ = Page::Pin;
    std::string pin_;
    std::string pinMessage_;
    std::string saveMessage_;
    std::string systemMessage_;
    std::string report_; // the Utställning page's report on show
    std::optional<StaffHost::Power> confirming_;
    Overview overview_;
    core::Result<stats::StatsTables> statistics_{core::Error{}}; // read when the page opens
    std::string exportMessage_;
    bool wantsClose_ = false;

    std::deque<Transition> input_;
    std::optional<std::int64_t> primary_;       // the finger that is ImGui's mouse
    std::map<std::int64_t, ui::Point> fingers_; // every finger down, for the touch test
    bool parkNext_ = false;
    bool dragging_ = false;
    core::TimePoint now_{};
    core::TimePoint lastFrame_{};
    core::TimePoint lastTouch_{};
    std::vector<DrawnItem> items_;
    int choiceRows_ = 0;   // choice() rows so far this frame
    bool changed_ = false; // a button was pressed while building this frame
};

} // namespace vitrin::staff
