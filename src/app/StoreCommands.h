#pragma once
// `vitrin --import DIR` and `vitrin --status`: the content store from the command line.

#include "app/Options.h"

namespace vitrin::app {

// Imports options.importDir as a USB swap does, progress on stderr and the report on stdout.
// Returns 0 when it became the exhibition, 1 when not (the old one stays).
int runImportCommand(const Options& options);

// Prints the exhibition shown, the last import and what a restore brings back (--json: the
// store's record as JSON). Returns 0, or 1 when the store cannot be read.
int runStatusCommand(const Options& options);

} // namespace vitrin::app
