#pragma once
// Opening hours per weekday, as settings.toml's [opening_hours] gives them, and whether the
// screen is lit at a given local time: pure functions, tested without a clock or a display.
// Times are local wall-clock times (what the venue's sign says), so a change to or from summer
// time moves nothing: 08:00 is 08:00 on both sides of it.

#include "core/Clock.h"

#include <array>
#include <ctime>
#include <optional>
#include <string>
#include <string_view>

namespace vitrin::core {

inline constexpr int kMinutesPerDay = 24 * 60;

// One day's hours, in minutes after local midnight. open == close: closed all day. close <
// open: open past midnight, until close on the next day ("22:00-02:00").
struct DayHours {
    int open = 0;
    int close = kMinutesPerDay; // the default: open all day

    static constexpr DayHours closedAllDay() { return {0, 0}; }
    bool isClosed() const { return open == close; }
    bool isAllDay() const { return open == 0 && close == kMinutesPerDay; }
    bool operator==(const DayHours&) const = default;
};

struct OpeningHours {
    std::array<DayHours, 7> days{}; // Monday first; every day open all day by default
    bool isAlwaysOpen() const;
    bool operator==(const OpeningHours&) const = default;
};

// "mon", "tue", ... "sun" for weekday 0 (Monday) to 6.
std::string_view weekdayKey(int weekday);
// The weekday for a key ("mon" ... "sun"); nullopt for anything else.
std::optional<int> weekdayOfKey(std::string_view key);

// "08:00-17:00" (24:00 allowed as the end, an end before the start runs past midnight),
// "closed", or "00:00-24:00"; nullopt when it is none of these.
std::optional<DayHours> parseDayHours(std::string_view text);
// The text parseDayHours reads back: "closed" or "HH:MM-HH:MM".
std::string formatDayHours(DayHours hours);

// A local time as opening hours see it.
struct LocalMoment {
    int weekday = 0; // 0 Monday ... 6 Sunday
    int minute = 0;  // minutes after local midnight, 0 to 1439
};
// The local weekday and time of a moment (localtime_r: the TZ and summer time of the PC).
LocalMoment localMoment(std::time_t time);

// Whether the venue is open at that moment: within the day's hours, or within the hours of the
// day before that run past midnight.
bool isOpen(const OpeningHours& hours, LocalMoment at);

// The screen outside opening hours: off, but a touch lights it for kWakeSeconds (staff
// working late, or a technician) and every further touch extends that.
class ScreenSchedule {
  public:
    static constexpr double kWakeSeconds = 5 * 60;

    explicit ScreenSchedule(OpeningHours hours) : hours_(hours) {}
    const OpeningHours& hours() const { return hours_; }
    // Whether the screen should be lit at local moment at, real time now.
    bool screenOn(LocalMoment at, TimePoint now) const;
    // A touch or a key at real time now.
    void touched(TimePoint now) { touchedAt_ = now; }

  private:
    OpeningHours hours_;
    std::optional<TimePoint> touchedAt_;
};

} // namespace vitrin::core
