#pragma once
// vitrin --stats-merge DIR... --out DIR: the statistics several kiosks exported to sticks,
// merged into one report for the exhibition coordinator (the same files a kiosk exports, with
// every venue and the total).

#include "app/Options.h"

#include <ostream>

namespace vitrin::app {

// Exit 0 when the report is written, 1 when a folder holds no export or one cannot be read.
int runStatsMerge(const Options& options, std::ostream& out, std::ostream& err);

} // namespace vitrin::app
