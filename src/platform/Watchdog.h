#pragma once
// systemd's service notifications for the kiosk (vitrin.service, Type=notify, WatchdogSec=):
// READY=1 once the first frame is on screen, WATCHDOG=1 from the render loop at half the
// watchdog's interval, STOPPING=1 on the way out. Outside systemd (no NOTIFY_SOCKET) every
// call does nothing, so a development run and the tests behave as before.

#include "core/Clock.h"

#include <optional>

namespace vitrin::platform {

class Watchdog {
  public:
    // Reads the service manager's environment (NOTIFY_SOCKET, WATCHDOG_USEC, WATCHDOG_PID)
    // through sd_watchdog_enabled; the variables stay set.
    static Watchdog fromEnvironment();

    // True when systemd expects WATCHDOG=1 pings from this process.
    bool enabled() const { return interval_.has_value(); }
    // Half the watchdog's timeout: how often ping() sends; nullopt when the watchdog is off.
    std::optional<core::Duration> pingInterval() const { return interval_; }

    // READY=1, the first time only; also the first ping.
    void ready(core::TimePoint now);
    // WATCHDOG=1 when a ping is due (a ping interval since the last one), else nothing.
    void ping(core::TimePoint now);
    // Until the next ping is due, never negative; nullopt when the watchdog is off. The loop
    // sleeps at most this long.
    std::optional<core::Duration> untilPing(core::TimePoint now) const;
    // STOPPING=1: the kiosk is ending on purpose (systemd waits for it, no watchdog kill).
    void stopping();

  private:
    Watchdog() = default;
    void send(const char* state);

    std::optional<core::Duration> interval_;
    std::optional<core::TimePoint> lastPing_;
    bool isReady_ = false;
};

} // namespace vitrin::platform
