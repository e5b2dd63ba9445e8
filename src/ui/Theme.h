#pragma once
// Colours of the visitor UI, as two palettes: the standard one (every text/background pair at
// least 4.5:1) and high contrast (pure black and white, the accent only for the current choice
// and what must stand out; every pair at least 7:1). Screens take their colours from the
// palette their SceneBuilder carries, never from a constant.

#include "ui/Geometry.h"

namespace vitrin::ui {

struct Palette {
    Color background;
    Color surface;
    Color placeholder;
    Color accent;
    Color onAccent;
    Color text;
    Color textMuted;
    Color scrim; // darkens a picture behind text, even a white one
    Color dim;   // behind a dialog
    // A button on a surface or on the background: lighter than both, so it reads as a button.
    Color button;
    // Drawn round every button when it is not transparent: where the button's fill is the
    // background's colour, this frame alone says it is a button.
    Color buttonOutline;
    // Round controls over a picture: a dark disc in a light ring, visible on any picture.
    Color controlDisc;
    Color controlRing;
    Color positionPill;
    // The frame round the element the screen reader has reached.
    Color focus;
};

inline constexpr Palette kStandardPalette{
    .background = {24, 26, 31, 255},
    .surface = {40, 44, 52, 255},
    .placeholder = {52, 57, 66, 255},
    .accent = {242, 180, 65, 255},
    .onAccent = {24, 26, 31, 255},
    .text = {255, 255, 255, 255},
    .textMuted = {201, 205, 212, 255},
    .scrim = {0, 0, 0, 215},
    .dim = {0, 0, 0, 200},
    .button = {62, 67, 79, 255},
    .buttonOutline = {0, 0, 0, 0},
    .controlDisc = {18, 19, 23, 205},
    .controlRing = {255, 255, 255, 225},
    .positionPill = {18, 19, 23, 255},
    .focus = {242, 180, 65, 255},
};

inline constexpr Palette kHighContrastPalette{
    .background = {0, 0, 0, 255},
    .surface = {0, 0, 0, 255},
    .placeholder = {40, 40, 40, 255},
    .accent = {255, 214, 10, 255},
    .onAccent = {0, 0, 0, 255},
    .text = {255, 255, 255, 255},
    .textMuted = {255, 255, 255, 255},
    .scrim = {0, 0, 0, 240},
    .dim = {0, 0, 0, 240},
    .button = {0, 0, 0, 255},
    .buttonOutline = {255, 255, 255, 255},
    .controlDisc = {0, 0, 0, 255},
    .controlRing = {255, 255, 255, 255},
    .positionPill = {0, 0, 0, 255},
    .focus = {255, 214, 10, 255},
};

} // namespace vitrin::ui
