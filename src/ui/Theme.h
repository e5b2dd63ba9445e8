#pragma once
// Colours of the visitor UI. Every text/background pair here has contrast of at least 4.5:1.

#include "ui/Geometry.h"

namespace vitrin::ui::theme {

inline constexpr Color kBackground{24, 26, 31, 255};
inline constexpr Color kSurface{40, 44, 52, 255};
inline constexpr Color kPlaceholder{52, 57, 66, 255};
inline constexpr Color kAccent{242, 180, 65, 255};
inline constexpr Color kOnAccent{24, 26, 31, 255};
inline constexpr Color kText{255, 255, 255, 255};
inline constexpr Color kTextMuted{201, 205, 212, 255};
inline constexpr Color kScrim{0, 0, 0, 215}; // darkens a picture behind text, even a white one
inline constexpr Color kDim{0, 0, 0, 200};   // behind a dialog
// A button on a surface or on the background: lighter than both, so it reads as a button.
inline constexpr Color kButton{62, 67, 79, 255};
// Round controls over a picture: a dark disc in a light ring, visible on any picture.
inline constexpr Color kControlDisc{18, 19, 23, 205};
inline constexpr Color kControlRing{255, 255, 255, 225};
inline constexpr Color kPositionPill{18, 19, 23, 255};

} // namespace vitrin::ui::theme
