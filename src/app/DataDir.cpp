#include "app/DataDir.h"

#include <cstdlib>
#include <system_error>

namespace vitrin::app {

std::filesystem::path dataDir() {
    if (const char* fromEnvironment = std::getenv("VITRIN_DATA_DIR")) {
        return fromEnvironment;
    }
    std::error_code ec;
    const auto executable = std::filesystem::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        auto installed = executable.parent_path().parent_path() / "share" / "vitrin";
        if (std::filesystem::is_directory(installed / "fonts", ec)) {
            return installed;
        }
    }
    return VITRIN_SOURCE_DIR;
}

std::filesystem::path defaultStateDir() {
    if (const char* xdg = std::getenv("XDG_STATE_HOME"); xdg != nullptr && *xdg != '\0') {
        return std::filesystem::path(xdg) / "vitrin";
    }
    if (const char* home = std::getenv("HOME"); home != nullptr && *home != '\0') {
        return std::filesystem::path(home) / ".local" / "state" / "vitrin";
    }
    return std::filesystem::temp_directory_path() / "vitrin-state";
}

} // namespace vitrin::app
