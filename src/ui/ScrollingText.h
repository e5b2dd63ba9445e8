#pragma once
// A column of texts that may be taller than its view: laid out in full, moved by a scroll
// offset and cut to the view, with a fade and a thin bar where it goes on. The viewer's caption,
// a timeline entry's text and the introduction use it; a Kinetic holds the offset.

#include "ui/Gestures.h"
#include "ui/Kinetic.h"
#include "ui/Scene.h"

#include <string>
#include <vector>

namespace vitrin::ui {

struct TextBlock {
    std::string text;
    TextStyle style;
    float spaceBefore = 0;
};

// Adds blocks to the scene inside view, scrolled up by offset (clamped to the range); returns
// the scroll range, the content's height beyond the view (0 when everything fits).
float buildScrollingText(SceneBuilder& scene, const Rect& view,
                         const std::vector<TextBlock>& blocks, float offset, Color background);

// Scrolls text (range: what buildScrollingText returned) with a pan that starts inside view;
// other gestures and pans elsewhere are left alone.
void scrollTextWithPan(Kinetic& text, float range, const Rect& view, const Gesture& gesture,
                       core::TimePoint now);

// The heading role when every word fits width on a heading's line, else the body role: a word
// too long for the line (a Russian compound in a narrow panel) is set smaller rather than cut.
FontRole headingOrSmaller(const SceneBuilder& scene, std::string_view text, float width);

} // namespace vitrin::ui
