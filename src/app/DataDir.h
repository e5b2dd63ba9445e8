#pragma once

#include <filesystem>

namespace vitrin::app {

// Where fonts/, layouts/ and the bundled media/ are: $VITRIN_DATA_DIR, else ../share/vitrin
// beside the executable (an installed kiosk), else the source tree the binary was built from.
std::filesystem::path dataDir();

// Where the kiosk keeps caches and state when --state is not given: $XDG_STATE_HOME/vitrin,
// else ~/.local/state/vitrin.
std::filesystem::path defaultStateDir();

} // namespace vitrin::app
