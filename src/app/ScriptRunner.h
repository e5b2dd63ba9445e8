#pragma once

#include "app/Options.h"

namespace vitrin::app {

// --headless --script FILE --shots DIR: replays FILE on virtual time, writes the shots.
// Returns 0, 1 (could not start or write), 2 (bad script) or 3 (an expect failed).
int runScript(const Options& options);

} // namespace vitrin::app
