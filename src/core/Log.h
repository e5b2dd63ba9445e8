#pragma once
// Logging to stderr (the journal under systemd), in English.

#include <string>
#include <string_view>

namespace vitrin::core {

enum class LogLevel { Debug, Info, Warning, Error };

void setLogLevel(LogLevel level);
void log(LogLevel level, std::string_view message);
inline void logInfo(std::string_view message) {
    log(LogLevel::Info, message);
}
inline void logWarning(std::string_view message) {
    log(LogLevel::Warning, message);
}
inline void logError(std::string_view message) {
    log(LogLevel::Error, message);
}

// The text for an errno value, as strerror gives it; safe on any thread (strerror is not).
std::string errnoText(int code);

} // namespace vitrin::core
