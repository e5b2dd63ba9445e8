#pragma once
// SDL events in, pointer events and commands out: the only place that reads raw input.

#include "ui/Command.h"
#include "ui/Gestures.h"
#include "ui/Layout.h"
#include "ui/Rotation.h"

#include <SDL.h>

#include <optional>
#include <string_view>
#include <variant>

namespace vitrin::app {

struct Quit {};
using InputAction = std::variant<std::monostate, ui::PointerEvent, ui::Command, Quit>;

// Translates one SDL event at time now. Mouse events that SDL made up from touches are dropped,
// so a finger never counts twice. Losing the focus cancels every pointer. Alt+F4 quits only
// when allowQuit (a window, not a kiosk).
// Positions arrive in the display's logical pixels and leave in the layout's.
InputAction translate(const SDL_Event& event, const ui::Layout& layout, ui::Rotation rotation,
                      core::TimePoint now, bool allowQuit);

// The command for a key (Escape: back, Home: home, 1-3: languages); nullopt when none.
std::optional<ui::Command> commandForKey(std::string_view keyName, bool ctrl, bool alt, bool shift);

} // namespace vitrin::app
