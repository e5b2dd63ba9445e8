#pragma once

#include "app/Options.h"

namespace vitrin::app {

// Runs the interactive kiosk until it is closed; returns the exit code.
int runKiosk(const Options& options);

} // namespace vitrin::app
