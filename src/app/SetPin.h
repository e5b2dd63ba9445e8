#pragma once
// vitrin --set-pin: sets the staff PIN from a script (kiosk-setup/install.sh) or a terminal.

#include <filesystem>
#include <iostream>

namespace vitrin::app {

// Reads one line from `in`, and when it is a valid PIN stores its hash as pin_hash in
// <stateDir>/settings.toml (creating the folder), keeping the other settings. Writes a prompt to
// `err` first when `prompt`. Returns the exit code: 0 set ("PIN set" on `out`), 1 the settings
// cannot be read or saved, 2 not a PIN of 4 to 8 digits.
int runSetPin(const std::filesystem::path& stateDir, std::istream& in, std::ostream& out,
              std::ostream& err, bool prompt);

} // namespace vitrin::app
