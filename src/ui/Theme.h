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

} // namespace vitrin::ui::theme
