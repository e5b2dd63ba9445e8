#pragma once
// Every fixed text of the visitor UI, in Swedish, English and Russian.

#include "core/Lang.h"

#include <string_view>

namespace vitrin::ui {

enum class StringId {
    TouchToStart,
    Home,
    Back,
    ChooseSection,
    Items,   // "{n} works" shown under a section tile
    Entries, // "{n} events" for a timeline
    ShowCaption,
    HideCaption,
    StillThere, // idle countdown question
    StayButton,
    NoContent,
    NowShowing, // attract: "Now at"
    NextStop,   // attract: "Next"
    Age,
    SecondsLeft, // idle countdown: "{n} s" follows
    Previous,    // the viewer's arrows, named for scripts and speech
    Next,
    About, // the introduction screen and its button
    Count_,
};

// The text for id in lang; never empty (tests check the table is complete).
std::string_view tr(StringId id, core::Lang lang);

} // namespace vitrin::ui
