#pragma once
// Screen geometry as data: every size the screens use comes from a layout file in layouts/.

#include "core/Result.h"
#include "ui/Geometry.h"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace vitrin::ui {

struct Layout {
    std::string name;
    int width = 1920; // logical pixels; scripts and touch use these
    int height = 1080;
    struct {
        float title = 72, heading = 44, body = 30, caption = 26, button = 32;
    } text;
    float margin = 48;      // between the screen edge and content
    float gap = 24;         // between tiles and blocks
    float touchTarget = 96; // smallest side of anything tappable
    float barHeight = 128;  // the top bar with Back, Home and the languages
    int homeColumns = 3;
    int galleryColumns = 4;
    // The screen stands so high that its upper part is out of reach from a wheelchair: every
    // control moves to the lower part (docs/accessibility.md). Portrait screens always do.
    bool tall = false;

    // The whole screen in logical pixels.
    Rect bounds() const { return {0, 0, static_cast<float>(width), static_cast<float>(height)}; }
    // Size relative to the 1080p reference (the shorter side over 1080).
    float scale() const { return static_cast<float>(std::min(width, height)) / 1080.0f; }
    bool isPortrait() const { return height > width; }
    bool controlsLow() const { return tall || isPortrait(); }
    // Controls a visitor needs lie below this line (0: anywhere). A 32" screen on its side on
    // a floor stand with its lower edge at 800 mm reaches 1200 mm at 56 % of its height from
    // below; the lower half is kept, to leave room for stands up to 850 mm.
    float reachTop() const { return controlsLow() ? static_cast<float>(height) * 0.5f : 0; }
};

// Parses a layout file's text; the error names the source and the line.
core::Result<Layout> parseLayout(std::string_view toml, std::string_view sourceName);
core::Result<Layout> loadLayoutFile(const std::filesystem::path& file);
// Every *.toml in dir that parses, sorted by name.
std::vector<Layout> loadLayouts(const std::filesystem::path& dir);
// The layout with the display's orientation whose size is nearest to the display's.
const Layout& chooseLayout(const std::vector<Layout>& layouts, int displayWidth, int displayHeight);
// --layout NAME|FILE: a path to a file, or a name in dir ("portrait-1080p").
core::Result<Layout> resolveLayout(const std::filesystem::path& dir, const std::string& nameOrFile);

} // namespace vitrin::ui
