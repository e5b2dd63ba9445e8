#include "core/Log.h"

#include <cstring>

#include <atomic>
#include <cstdio>
#include <mutex>

namespace vitrin::core {
namespace {
std::atomic<LogLevel> minimumLevel{LogLevel::Info};
std::mutex outputMutex;

const char* levelName(LogLevel level) {
    switch (level) {
    case LogLevel::Debug:
        return "debug";
    case LogLevel::Info:
        return "info";
    case LogLevel::Warning:
        return "warning";
    case LogLevel::Error:
        return "error";
    }
    return "?";
}
} // namespace

void setLogLevel(LogLevel level) {
    minimumLevel = level;
}

void log(LogLevel level, std::string_view message) {
    if (level < minimumLevel.load()) {
        return;
    }
    std::lock_guard lock(outputMutex);
    std::fprintf(stderr, "vitrin %s: %.*s\n", levelName(level), static_cast<int>(message.size()),
                 message.data());
}

std::string errnoText(int code) {
    char buffer[256];
    return strerror_r(code, buffer, sizeof buffer); // the GNU variant returns the text
}

} // namespace vitrin::core
