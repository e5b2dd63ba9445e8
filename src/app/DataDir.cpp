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
        const auto installed = executable.parent_path().parent_path() / "share" / "vitrin";
        if (std::filesystem::is_directory(installed / "fonts", ec)) {
            return installed;
        }
    }
    return VITRIN_SOURCE_DIR;
}

} // namespace vitrin::app
