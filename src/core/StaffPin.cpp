#include "core/StaffPin.h"

#include "core/StateFile.h"

#include <sodium.h>
#include <toml++/toml.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace vitrin::core {

namespace {

// Argon2id cost. A PIN has at most 10^8 values, so no cost makes guessing it from a stolen file
// hopeless; what keeps a visitor out is the lock-out. The hash keeps the digits out of plain
// sight (a backup, a file shown on screen) and makes every guess from the file cost real work.
// libsodium's interactive preset asks for 64 MiB: about 95 ms a verify on the 2-core
// development machine, several times that on a Raspberry Pi, on the UI thread. 16 MiB with the
// interactive pass count takes about 15 ms there, so well under 100 ms on a small PC. Each hash
// records its cost, so hashes made before a change of these numbers still verify.
constexpr unsigned long long kOpsLimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
constexpr std::size_t kMemLimit = 16u << 20;

// sodium_init() once, whichever function comes first; thread-safe as a static's initialiser.
bool sodiumReady() {
    static const bool ready = sodium_init() >= 0;
    return ready;
}

} // namespace

bool isValidPin(std::string_view pin) {
    return pin.size() >= kMinPinDigits && pin.size() <= kMaxPinDigits &&
           std::all_of(pin.begin(), pin.end(), [](char c) { return c >= '0' && c <= '9'; });
}

Result<std::string> hashPin(std::string_view pin) {
    char hash[crypto_pwhash_STRBYTES];
    if (!sodiumReady() ||
        crypto_pwhash_str(hash, pin.data(), pin.size(), kOpsLimit, kMemLimit) != 0) {
        return Error{"cannot hash the PIN: out of memory"};
    }
    return std::string(hash);
}

bool verifyPin(const std::string& hash, std::string_view pin) {
    return sodiumReady() && !hash.empty() &&
           crypto_pwhash_str_verify(hash.c_str(), pin.data(), pin.size()) == 0;
}

PinGate::Verdict PinGate::check(std::string_view pin, TimePoint now) {
    if (hash_.empty()) {
        return Verdict::NoPinSet;
    }
    if (now < lockedUntil_) {
        return Verdict::Locked;
    }
    if (verifyPin(hash_, pin)) {
        wrongInARow_ = 0;
        return Verdict::Accepted;
    }
    if (++wrongInARow_ < kMaxWrongPins) {
        return Verdict::Wrong;
    }
    lockFor(kPinLockDuration, now);
    return Verdict::Locked;
}

int PinGate::secondsLocked(TimePoint now) const {
    return now < lockedUntil_ ? static_cast<int>(std::ceil((lockedUntil_ - now).count())) : 0;
}

void PinGate::lockFor(Duration remaining, TimePoint now) {
    if (remaining <= Duration::zero()) {
        return;
    }
    lockedUntil_ = now + std::min(remaining, kPinLockDuration);
    wrongInARow_ = 0;
}

std::filesystem::path pinLockPath(const std::filesystem::path& stateDir) {
    return stateDir / kPinLockFile;
}

std::optional<WallTime> loadPinLock(const std::filesystem::path& file) {
    const auto bytes = readStateFile(file);
    if (!bytes || !bytes->has_value()) {
        return std::nullopt;
    }
    toml::table document;
    try {
        document = toml::parse(**bytes);
    } catch (const toml::parse_error&) {
        return std::nullopt;
    }
    const auto* until = document["locked_until"].as_date_time();
    if (until == nullptr || !until->get().offset) {
        return std::nullopt;
    }
    using namespace std::chrono;
    const toml::date_time& at = until->get();
    const year_month_day day{year(at.date.year), month(at.date.month),
                             std::chrono::day(at.date.day)};
    if (!day.ok()) {
        return std::nullopt;
    }
    return WallTime(sys_days(day) + hours(at.time.hour) + minutes(at.time.minute) +
                    seconds(at.time.second) - minutes(at.offset->minutes));
}

Result<void> savePinLock(const std::filesystem::path& file, WallTime lockedUntil) {
    using namespace std::chrono;
    const auto at = floor<seconds>(lockedUntil);
    const sys_days day = floor<days>(at);
    const year_month_day date(day);
    const hh_mm_ss time(at - day);
    char text[64];
    std::snprintf(text, sizeof text, "%04d-%02u-%02uT%02d:%02d:%02dZ",
                  static_cast<int>(date.year()), static_cast<unsigned>(date.month()),
                  static_cast<unsigned>(date.day()), static_cast<int>(time.hours().count()),
                  static_cast<int>(time.minutes().count()),
                  static_cast<int>(time.seconds().count()));
    return writeStateFile(file, std::string("# Vitrin: too many wrong staff PINs in a row; no PIN "
                                            "is accepted before this time (UTC).\n"
                                            "# Deleting this file ends the lock-out at the next "
                                            "start of the kiosk.\n"
                                            "locked_until = ") +
                                    text + "\n");
}

} // namespace vitrin::core
