#pragma once
// The staff PIN: asked before staff change anything on the kiosk (a USB content swap), so a
// visitor who plugs in a stick can change nothing. Stored only as an Argon2id hash
// (KioskSettings::pinHash); five wrong tries in a row lock it for five minutes, and the
// lock-out is kept in <state>/pin-lock so that pulling the plug does not end it.

#include "core/Clock.h"
#include "core/Result.h"

#include <chrono>
#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace vitrin::core {

inline constexpr std::size_t kMinPinDigits = 4;
inline constexpr std::size_t kMaxPinDigits = 8;
inline constexpr int kMaxWrongPins = 5;             // wrong tries in a row before a lock-out
inline constexpr Duration kPinLockDuration{5 * 60}; // how long a lock-out lasts
inline constexpr std::string_view kPinLockFile = "pin-lock";

using WallTime = std::chrono::system_clock::time_point;

// True for 4 to 8 ASCII digits and nothing else.
bool isValidPin(std::string_view pin);

// An Argon2id hash of pin with a fresh random salt, as text ("$argon2id$v=19$m=...").
// Fails only when the memory for hashing cannot be had.
Result<std::string> hashPin(std::string_view pin);

// True when pin is the one hashed into hash (compared in constant time); false for a wrong
// PIN and for a hash that is not one.
bool verifyPin(const std::string& hash, std::string_view pin);

// Decides on the PINs typed at the kiosk. It is given the hash and the time, so tests run it on
// virtual time.
class PinGate {
  public:
    enum class Verdict {
        Accepted, // the right PIN
        Wrong,    // a wrong PIN; triesLeft() more before a lock-out
        Locked,   // locked out: this PIN was not checked, or it was the last wrong one
        NoPinSet, // no PIN was set (install.sh, vitrin --set-pin), so none can be accepted
    };

    // hash as in KioskSettings::pinHash; empty when no PIN is set.
    explicit PinGate(std::string hash) : hash_(std::move(hash)) {}

    // Checks pin typed at `now`; the wrong try that reaches kMaxWrongPins starts a lock-out of
    // kPinLockDuration and returns Locked. The right PIN resets the count of wrong tries.
    Verdict check(std::string_view pin, TimePoint now);
    // Whole seconds until the lock-out ends, rounded up; 0 when not locked.
    int secondsLocked(TimePoint now) const;
    // Wrong tries left before the next lock-out.
    int triesLeft() const { return kMaxWrongPins - wrongInARow_; }
    // Locks until `remaining` after now (at most kPinLockDuration, so a clock set back cannot
    // lock the kiosk for longer); nothing when remaining is not positive. For a lock-out read
    // back with loadPinLock after a restart.
    void lockFor(Duration remaining, TimePoint now);

  private:
    std::string hash_;
    int wrongInARow_ = 0;
    TimePoint lockedUntil_{};
};

// <stateDir>/pin-lock.
std::filesystem::path pinLockPath(const std::filesystem::path& stateDir);

// The wall-clock time a saved lock-out ends; nullopt when there is no file or it holds no such
// time (the lock-out then is over).
std::optional<WallTime> loadPinLock(const std::filesystem::path& file);

// Saves the end of a lock-out atomically (see writeStateFile), for loadPinLock after a restart.
Result<void> savePinLock(const std::filesystem::path& file, WallTime lockedUntil);

} // namespace vitrin::core
