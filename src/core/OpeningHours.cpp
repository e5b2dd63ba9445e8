#include "core/OpeningHours.h"

#include <charconv>

namespace vitrin::core {

namespace {

constexpr std::array<std::string_view, 7> kWeekdayKeys{"mon", "tue", "wed", "thu",
                                                       "fri", "sat", "sun"};

// "HH:MM" with two digits each, 00:00 to 24:00; minutes after midnight.
std::optional<int> parseClock(std::string_view text) {
    if (text.size() != 5 || text[2] != ':') {
        return std::nullopt;
    }
    int hour = -1;
    int minute = -1;
    const auto digits = [](std::string_view part, int& value) {
        if (part[0] < '0' || part[0] > '9' || part[1] < '0' || part[1] > '9') {
            return false;
        }
        const auto [end, error] = std::from_chars(part.data(), part.data() + 2, value);
        return error == std::errc() && end == part.data() + 2;
    };
    if (!digits(text.substr(0, 2), hour) || !digits(text.substr(3, 2), minute) || minute > 59 ||
        hour > 24 || (hour == 24 && minute != 0)) {
        return std::nullopt;
    }
    return hour * 60 + minute;
}

std::string clockText(int minutes) {
    const auto two = [](int value) {
        return std::string(1, static_cast<char>('0' + value / 10)) +
               static_cast<char>('0' + value % 10);
    };
    return two(minutes / 60) + ":" + two(minutes % 60);
}

} // namespace

bool OpeningHours::isAlwaysOpen() const {
    for (const DayHours& day : days) {
        if (!day.isAllDay()) {
            return false;
        }
    }
    return true;
}

std::string_view weekdayKey(int weekday) {
    return kWeekdayKeys.at(static_cast<size_t>(weekday));
}

std::optional<int> weekdayOfKey(std::string_view key) {
    for (size_t day = 0; day < kWeekdayKeys.size(); ++day) {
        if (kWeekdayKeys[day] == key) {
            return static_cast<int>(day);
        }
    }
    return std::nullopt;
}

std::optional<DayHours> parseDayHours(std::string_view text) {
    if (text == "closed") {
        return DayHours::closedAllDay();
    }
    if (text.size() != 11 || text[5] != '-') {
        return std::nullopt;
    }
    const std::optional<int> open = parseClock(text.substr(0, 5));
    const std::optional<int> close = parseClock(text.substr(6, 5));
    // An opening at 24:00 is the next day's 00:00; equal times would be neither open nor closed.
    if (!open || !close || *open == kMinutesPerDay || *open == *close) {
        return std::nullopt;
    }
    // "22:00-24:00" ends at midnight; "22:00-00:00" says the same, kept as 24:00.
    return DayHours{*open, *close == 0 ? kMinutesPerDay : *close};
}

std::string formatDayHours(DayHours hours) {
    if (hours.isClosed()) {
        return "closed";
    }
    return clockText(hours.open) + "-" + clockText(hours.close);
}

LocalMoment localMoment(std::time_t time) {
    std::tm local{};
    localtime_r(&time, &local);
    // tm_wday counts from Sunday.
    return {(local.tm_wday + 6) % 7, local.tm_hour * 60 + local.tm_min};
}

bool isOpen(const OpeningHours& hours, LocalMoment at) {
    const DayHours& today = hours.days.at(static_cast<size_t>(at.weekday));
    if (!today.isClosed()) {
        if (today.open < today.close) {
            if (at.minute >= today.open && at.minute < today.close) {
                return true;
            }
        } else if (at.minute >= today.open) {
            return true; // the evening part of hours that run past midnight
        }
    }
    const DayHours& yesterday = hours.days.at(static_cast<size_t>((at.weekday + 6) % 7));
    return !yesterday.isClosed() && yesterday.close < yesterday.open && at.minute < yesterday.close;
}

bool ScreenSchedule::screenOn(LocalMoment at, TimePoint now) const {
    if (isOpen(hours_, at)) {
        return true;
    }
    return touchedAt_ && now >= *touchedAt_ && (now - *touchedAt_).count() < kWakeSeconds;
}

} // namespace vitrin::core
