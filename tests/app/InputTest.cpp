#include "app/Input.h"

#include <gtest/gtest.h>

using namespace vitrin;
using app::InputAction;
using ui::PointerEvent;

namespace {

// SDL events built by hand, as SDL would deliver them: no SDL_Init needed.
InputAction translate(const SDL_Event& event) {
    return app::translate(event, ui::Layout{}, ui::Rotation::None, core::TimePoint(2.5), false);
}

SDL_Event windowEvent(SDL_WindowEventID id) {
    SDL_Event event{};
    event.type = SDL_WINDOWEVENT;
    event.window.event = static_cast<Uint8>(id);
    return event;
}

SDL_Event finger(Uint32 type, SDL_FingerID id, float x, float y) {
    SDL_Event event{};
    event.type = type;
    event.tfinger.touchId = 3;
    event.tfinger.fingerId = id;
    event.tfinger.x = x;
    event.tfinger.y = y;
    return event;
}

} // namespace

TEST(Input, LosingTheFocusCancelsEveryPointer) {
    const InputAction action = translate(windowEvent(SDL_WINDOWEVENT_FOCUS_LOST));
    const auto* pointer = std::get_if<PointerEvent>(&action);
    ASSERT_NE(pointer, nullptr);
    EXPECT_EQ(pointer->phase, PointerEvent::Phase::Cancel);
    EXPECT_EQ(pointer->id, PointerEvent::kAllPointers);
    EXPECT_EQ(pointer->time, core::TimePoint(2.5));
}

TEST(Input, OtherWindowEventsAreNoInput) {
    // The mouse leaving keeps its drag: the button-up still comes to the window that had it.
    for (const SDL_WindowEventID id :
         {SDL_WINDOWEVENT_LEAVE, SDL_WINDOWEVENT_FOCUS_GAINED, SDL_WINDOWEVENT_EXPOSED}) {
        EXPECT_TRUE(std::holds_alternative<std::monostate>(translate(windowEvent(id)))) << id;
    }
}

TEST(Input, FingersBecomePointersInLayoutPixels) {
    const InputAction down = translate(finger(SDL_FINGERDOWN, 42, 0.5f, 0.25f));
    const auto* pointer = std::get_if<PointerEvent>(&down);
    ASSERT_NE(pointer, nullptr);
    EXPECT_EQ(pointer->id, 42);
    EXPECT_EQ(pointer->phase, PointerEvent::Phase::Down);
    EXPECT_FLOAT_EQ(pointer->pos.x, 960);
    EXPECT_FLOAT_EQ(pointer->pos.y, 270);
    EXPECT_EQ(std::get<PointerEvent>(translate(finger(SDL_FINGERMOTION, 42, 0.5f, 0.3f))).phase,
              PointerEvent::Phase::Move);
    EXPECT_EQ(std::get<PointerEvent>(translate(finger(SDL_FINGERUP, 42, 0.5f, 0.3f))).phase,
              PointerEvent::Phase::Up);
}

TEST(Input, MouseEventsMadeUpFromTouchesAreDropped) {
    SDL_Event event{};
    event.type = SDL_MOUSEBUTTONDOWN;
    event.button.which = SDL_TOUCH_MOUSEID;
    event.button.button = SDL_BUTTON_LEFT;
    EXPECT_TRUE(std::holds_alternative<std::monostate>(translate(event)));
    event.button.which = 0;
    EXPECT_EQ(std::get<PointerEvent>(translate(event)).id, PointerEvent::kMouseId);
}

TEST(Input, AltF4AndACloseRequestEndOnlyAWindowNotTheFullScreenKiosk) {
    SDL_Event altF4{};
    altF4.type = SDL_KEYDOWN;
    altF4.key.keysym.sym = SDLK_F4;
    altF4.key.keysym.mod = KMOD_LALT;
    const auto quits = [](const SDL_Event& event, bool allowQuit) {
        return std::holds_alternative<app::Quit>(
            app::translate(event, ui::Layout{}, ui::Rotation::None, core::TimePoint(1), allowQuit));
    };
    EXPECT_FALSE(quits(altF4, false));
    EXPECT_TRUE(quits(altF4, true));
    // Full screen, SDL reports a close request as this window event only (Display sets
    // SDL_HINT_QUIT_ON_LAST_WINDOW_CLOSE to 0): no input, nothing ends.
    EXPECT_TRUE(
        std::holds_alternative<std::monostate>(translate(windowEvent(SDL_WINDOWEVENT_CLOSE))));
    // SIGTERM (systemctl stop) arrives as SDL_QUIT and ends even the full-screen kiosk.
    SDL_Event quit{};
    quit.type = SDL_QUIT;
    EXPECT_TRUE(quits(quit, false));
}
