#include "app/Input.h"

namespace vitrin::app {

using ui::PointerEvent;

std::optional<ui::Command> commandForKey(std::string_view keyName, bool ctrl, bool alt,
                                         bool shift) {
    if (ctrl || alt || shift) {
        return std::nullopt;
    }
    if (keyName == "Escape" || keyName == "Backspace" || keyName == "AC Back") {
        return ui::GoBack{};
    }
    if (keyName == "Home") {
        return ui::GoHome{};
    }
    if (keyName == "Right") {
        return ui::ShowNext{};
    }
    if (keyName == "Left") {
        return ui::ShowPrevious{};
    }
    if (keyName == "1" || keyName == "2" || keyName == "3") {
        return ui::SetLanguage{core::kAllLangs[static_cast<size_t>(keyName[0] - '1')]};
    }
    return std::nullopt;
}

InputAction translate(const SDL_Event& event, const ui::Layout& layout, ui::Rotation rotation,
                      core::TimePoint now, bool allowQuit) {
    const ui::Rect display = ui::displayBounds(layout, rotation);
    const auto at = [&](float x, float y) {
        return ui::toLayout({x, y}, rotation, layout);
    };
    switch (event.type) {
    case SDL_QUIT:
        // SIGTERM and SIGINT arrive as SDL_QUIT: `systemctl stop` must end even a full-screen
        // kiosk. Without a window manager there is no other way to close it.
        return Quit{};
    case SDL_MOUSEBUTTONDOWN:
    case SDL_MOUSEBUTTONUP:
        if (event.button.which == SDL_TOUCH_MOUSEID || event.button.button != SDL_BUTTON_LEFT) {
            return {};
        }
        return PointerEvent{
            PointerEvent::kMouseId,
            event.type == SDL_MOUSEBUTTONDOWN ? PointerEvent::Phase::Down : PointerEvent::Phase::Up,
            at(static_cast<float>(event.button.x), static_cast<float>(event.button.y)), now};
    case SDL_MOUSEMOTION:
        if (event.motion.which == SDL_TOUCH_MOUSEID ||
            (event.motion.state & SDL_BUTTON_LMASK) == 0) {
            return {};
        }
        return PointerEvent{
            PointerEvent::kMouseId, PointerEvent::Phase::Move,
            at(static_cast<float>(event.motion.x), static_cast<float>(event.motion.y)), now};
    case SDL_FINGERDOWN:
    case SDL_FINGERMOTION:
    case SDL_FINGERUP: {
        // With a logical size set, SDL already maps finger positions into the logical viewport.
        const PointerEvent::Phase phase = event.type == SDL_FINGERDOWN ? PointerEvent::Phase::Down
                                          : event.type == SDL_FINGERUP ? PointerEvent::Phase::Up
                                                                       : PointerEvent::Phase::Move;
        return PointerEvent{static_cast<std::int64_t>(event.tfinger.fingerId), phase,
                            at(event.tfinger.x * display.w, event.tfinger.y * display.h), now};
    }
    case SDL_WINDOWEVENT:
        // Input that went to another window never comes back: a finger or button held as the
        // focus left would otherwise stay down for ever. Leaving the window is no reason: while
        // a button is held the window keeps getting the pointer's events (X11's implicit grab,
        // SDL's auto capture), so the button-up still arrives, and a drag may cross the edge.
        if (event.window.event == SDL_WINDOWEVENT_FOCUS_LOST) {
            return PointerEvent{PointerEvent::kAllPointers, PointerEvent::Phase::Cancel, {}, now};
        }
        return {};
    case SDL_KEYDOWN: {
        if (event.key.repeat != 0) {
            return {};
        }
        const SDL_Keymod mods = static_cast<SDL_Keymod>(event.key.keysym.mod);
        const bool alt = (mods & KMOD_ALT) != 0;
        if (allowQuit && alt && event.key.keysym.sym == SDLK_F4) {
            return Quit{};
        }
        if (auto command = commandForKey(SDL_GetKeyName(event.key.keysym.sym),
                                         (mods & KMOD_CTRL) != 0, alt, (mods & KMOD_SHIFT) != 0)) {
            return *command;
        }
        return {};
    }
    default:
        return {};
    }
}

} // namespace vitrin::app
