#pragma once
// A frame as plain data: what to draw and where a tap leads. Screens build it; the Renderer
// draws it; tests, tap-on and expect read it without a display.

#include "ui/Command.h"
#include "ui/Geometry.h"
#include "ui/Icons.h"
#include "ui/Layout.h"
#include "ui/Theme.h"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace vitrin::ui {

// Number: figures at the title's size in the sans, whose figures stand on the line (the display
// serif's old-style "10" would read as "IO").
enum class FontRole { Title, Heading, Body, Caption, Button, Number };
enum class Align { Left, Centre, Right };
// Large: the visitor asked for larger text ("A+"); about 1.4 times the layout's sizes.
enum class TextSize { Standard, Large };
inline constexpr float kLargeTextFactor = 1.4f;

// What a visitor chose to make the kiosk easier to use (docs/accessibility.md). The idle reset
// ends all of them but the ones the kiosk's settings turn on for everybody.
struct AccessModes {
    bool largeText = false;
    bool highContrast = false;
    bool reducedMotion = false;
    // The screen reader: a tap reads what it touches, a double tap activates it, a swipe moves
    // to the next or previous element.
    bool screenReader = false;
    bool operator==(const AccessModes&) const = default;
};

struct TextStyle {
    FontRole role = FontRole::Body;
    bool bold = false;
    Color color{255, 255, 255, 255};
    Align align = Align::Left;
    bool centreVertically = false;
    // A summary whose whole text is shown elsewhere (a tile's title): it may end in "…".
    bool ellipsize = false;
    // Part of a list that scrolls: it may be cut by the screen's or the list's edge.
    bool scrolled = false;
    // Set by the SceneBuilder from the visitor's choice; screens leave it.
    TextSize size = TextSize::Standard;
};

// Measures text as it will be drawn; the SDL_ttf TextEngine is the real one.
class TextMeasurer {
  public:
    virtual ~TextMeasurer() = default;
    // Width in logical pixels of one line of UTF-8 text.
    virtual float measure(std::string_view text, FontRole role, bool bold, TextSize size) const = 0;
    // Distance between baselines of consecutive lines.
    virtual float lineHeight(FontRole role, TextSize size) const = 0;
};

// The picture wanted at a size: the image store decodes and caches one per key.
struct ImageKey {
    std::filesystem::path path;
    int maxWidth = 0, maxHeight = 0;
    bool operator==(const ImageKey&) const = default;
};

struct FillElement {
    Rect rect;
    Color color;
};
struct ImageElement {
    Rect box;
    ImageKey key;
    bool cover = false; // fill the box and crop, or fit inside it
    float alpha = 1;
    float zoom = 1; // >1 magnifies
    // Fitted: the point of the picture (0..1 on each axis) the zoom magnifies about. Cover:
    // where the box sits in what overflows it, 0 at the picture's left (top) edge, 1 at its
    // right (bottom) edge, as CSS's object-position.
    Point focus{0.5f, 0.5f};
    // Cover: the picture moved to the right by this many pixels from where focus puts it (to
    // the left when negative), as far as it still covers the box.
    float drift = 0;
    // Deep zoom: a sharper picture (empty path: none) drawn instead of key once it has arrived.
    ImageKey detail;
};
struct TextLine {
    std::string text;
    Point pos; // top-left
    float width = 0;
};
struct TextElement {
    Rect box;
    std::string text; // the whole text, as given
    TextStyle style;
    std::vector<TextLine> lines;
    bool overflowed = false; // did not fit in box: the last line was cut with an ellipsis
    float alpha = 1;
};
struct IconElement {
    Rect box; // square
    Icon icon;
    Color color;
    float alpha = 1;
};
using Element = std::variant<FillElement, ImageElement, TextElement, IconElement>;

struct HitRegion {
    Rect rect;
    Command command;
    std::string label;
};

struct Scene {
    std::string screen;  // "attract", "home", ...
    std::string heading; // the bar's heading, said when the screen reader arrives
    Color background;    // the renderer clears to it: screens need not fill it
    Color placeholder;   // where a picture is not decoded yet
    std::vector<Element> elements;
    std::vector<HitRegion> hits;
    std::vector<ImageKey> prefetch; // pictures likely needed next (the viewer's neighbours)

    // The command for a tap at p: the last (top-most) region containing it.
    const HitRegion* hitAt(Point p) const;
    // The visible text element equal to text, else the first containing it.
    const TextElement* findText(std::string_view text) const;
};

class SceneBuilder {
  public:
    SceneBuilder(Scene& scene, const Layout& layout, const TextMeasurer& measurer,
                 AccessModes modes = {});

    void fill(const Rect& rect, Color color);
    // A frame just inside rect's edges.
    void outline(const Rect& rect, Color color);
    void image(const ImageElement& image);
    // Wraps text into box at word boundaries; returns the height used.
    float text(const Rect& box, std::string_view text, const TextStyle& style, float alpha = 1);
    void hit(const Rect& rect, Command command, std::string label = {});
    void icon(const Rect& box, Icon icon, Color color, float alpha = 1);
    // A filled, labelled button that dispatches command when tapped; an icon, when given,
    // stands before the label.
    void button(const Rect& rect, std::string_view label, Command command, Color background,
                Color foreground, bool bold = true, std::optional<Icon> icon = std::nullopt);
    // The width a button needs for label (and icon), at least the touch target's.
    float buttonWidth(std::string_view label, bool withIcon, bool bold = true) const;
    // A round button showing only an icon; label names it for scripts and the audit.
    void iconButton(const Rect& box, Icon icon, std::string label, Command command,
                    Color background, Color foreground);

    float fontSize(FontRole role) const;
    float lineHeight(FontRole role) const { return measurer_.lineHeight(role, textSize()); }
    float measure(std::string_view text, FontRole role, bool bold = false) const {
        return measurer_.measure(text, role, bold, textSize());
    }
    const Layout& layout() const { return layout_; }
    const AccessModes& modes() const { return modes_; }
    const Palette& palette() const;
    TextSize textSize() const { return modes_.largeText ? TextSize::Large : TextSize::Standard; }
    Scene& scene() { return scene_; }

  private:
    float iconSide() const;

    Scene& scene_;
    const Layout& layout_;
    const TextMeasurer& measurer_;
    AccessModes modes_;
};

// Font size in pixels for a role in a layout. Large text grows headings, body text and captions;
// titles, numbers and buttons are large already.
float fontSizeFor(const Layout& layout, FontRole role, TextSize size = TextSize::Standard);

} // namespace vitrin::ui
