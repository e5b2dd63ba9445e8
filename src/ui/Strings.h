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
    // Accessibility (docs/accessibility.md): the screen, its switches and what they say.
    Access,
    LargerText,
    LargerTextNote,
    HighContrast,
    HighContrastNote,
    LessMotion,
    LessMotionNote,
    ScreenReader,
    ScreenReaderNote,
    On,
    Off,
    Listen,          // reads the caption or the text aloud
    StopSpeech,      // the same button while it speaks
    ScreenReaderOn,  // said when the screen reader starts
    ScreenReaderOff, // said when it stops
    Button,          // said after a button's name
    ZoomIn,          // the viewer's zoom buttons, named for scripts and speech
    ZoomOut,
    Count_,
};

// The text for id in lang; never empty (tests check the table is complete).
std::string_view tr(StringId id, core::Lang lang);

// The count under a section's tile, with the word for what it holds: "20 verk", "9 foton",
// "14 händelser"; "20 работ", "9 фотографий", "21 работа" (core::countText's plural rules).
std::string sectionCount(const content::Section& section, core::Lang lang);

} // namespace vitrin::ui
