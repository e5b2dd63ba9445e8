#pragma once

#include <filesystem>

namespace vitrin::app {

// Where fonts/, layouts/ and the bundled media/ are: $VITRIN_DATA_DIR, else ../share/vitrin
// beside the executable (an installed kiosk), else the source tree the binary was built from.
std::filesystem::path dataDir();

} // namespace vitrin::app
