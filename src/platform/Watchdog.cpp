#include "platform/Watchdog.h"

#include "core/Log.h"

#include <systemd/sd-daemon.h>

#include <cstdint>
#include <string>

namespace vitrin::platform {

Watchdog Watchdog::fromEnvironment() {
    Watchdog watchdog;
    std::uint64_t usec = 0;
    const int enabled = sd_watchdog_enabled(0, &usec);
    if (enabled > 0 && usec > 0) {
        watchdog.interval_ = core::Duration(static_cast<double>(usec) / 2e6);
        core::logInfo("watchdog: systemd expects a sign of life every " +
                      std::to_string(usec / 1000000) + " s; pinging every " +
                      std::to_string(watchdog.interval_->count()) + " s");
    } else if (enabled < 0) {
        core::logWarning("watchdog: WATCHDOG_USEC cannot be read; no watchdog pings");
    }
    return watchdog;
}

void Watchdog::send(const char* state) {
    // unset_environment = 0: a restart from staff mode (exit code 75) is a new process of the
    // service that reads them again anyway; nothing the kiosk starts should ping.
    const int sent = sd_notify(0, state);
    if (sent < 0) {
        core::logWarning(std::string("watchdog: sending ") + state +
                         " to systemd failed: " + core::errnoText(-sent));
    }
}

void Watchdog::ready(core::TimePoint now) {
    if (isReady_) {
        return;
    }
    isReady_ = true;
    send("READY=1");
    if (enabled()) {
        send("WATCHDOG=1");
        lastPing_ = now;
    }
}

void Watchdog::ping(core::TimePoint now) {
    if (!enabled() || (lastPing_ && now - *lastPing_ < *interval_)) {
        return;
    }
    send("WATCHDOG=1");
    lastPing_ = now;
}

std::optional<core::Duration> Watchdog::untilPing(core::TimePoint now) const {
    if (!enabled()) {
        return std::nullopt;
    }
    if (!lastPing_) {
        return core::Duration(0);
    }
    const core::Duration left = *lastPing_ + *interval_ - now;
    return left.count() > 0 ? left : core::Duration(0);
}

void Watchdog::stopping() {
    send("STOPPING=1");
}

} // namespace vitrin::platform
