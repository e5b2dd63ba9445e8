#pragma once
// Every fixed text of the visitor UI, in Swedish, English and Russian.

#include "content/Catalog.h"
#include "core/Lang.h"

#include <string>

#include <string_view>

namespace vitrin::ui {

enum class StringId {
    TouchToStart,
    Home,
    Back,
    ChooseSection,
    ShowCaption,
    HideCaption,
    StillThere, // idle countdown question
    StayButton,
    NoContent,
    Age,
    SecondsLeft, // idle countdown: countText(n, Counted::Seconds) follows
    Previous,    // the viewer's arrows, named for scripts and speech
    Next,
    About,    // the introduction screen and its button
    ReadMore, // under a timeline entry cut short
    Count_,
};

// The text for id in lang; never empty (tests check the table is complete).
std::string_view tr(StringId id, core::Lang lang);

// The count under a section's tile, with the word for what it holds: "20 verk", "9 foton",
// "14 händelser"; "20 работ", "9 фотографий", "21 работа" (core::countText's plural rules).
std::string sectionCount(const content::Section& section, core::Lang lang);

} // namespace vitrin::ui
