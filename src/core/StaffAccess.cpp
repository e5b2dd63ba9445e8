#include "core/StaffAccess.h"

#include "core/Log.h"

#include <chrono>

namespace vitrin::core {

namespace {

const char* say(Lang lang, const char* sv, const char* en) {
    return lang == Lang::En ? en : sv;
}

} // namespace

StaffAccess::StaffAccess(const std::filesystem::path& stateDir, std::string pinHash, TimePoint now)
    : stateDir_(stateDir), gate_(std::move(pinHash)) {
    if (const auto until = loadPinLock(pinLockPath(stateDir_))) {
        gate_.lockFor(*until - std::chrono::system_clock::now(), now);
    }
}

std::string StaffAccess::lockedMessage(TimePoint now, Lang lang) const {
    const int seconds = gate_.secondsLocked(now);
    if (seconds <= 0) {
        return {};
    }
    return std::string(say(lang, "För många fel försök. Försök igen om ",
                           "Too many wrong tries. Try again in ")) +
           std::to_string((seconds + 59) / 60) + " min.";
}

StaffAccess::Outcome StaffAccess::submit(std::string_view pin, TimePoint now, Lang lang) {
    switch (gate_.check(pin, now)) {
    case PinGate::Verdict::Accepted:
        return {true, {}};
    case PinGate::Verdict::Wrong:
        return {false, std::string(say(lang, "Fel PIN-kod. ", "Wrong PIN. ")) +
                           std::to_string(gate_.triesLeft()) +
                           say(lang, " försök kvar.", " tries left.")};
    case PinGate::Verdict::Locked: {
        const auto until =
            std::chrono::system_clock::now() + std::chrono::seconds(gate_.secondsLocked(now));
        if (auto saved = savePinLock(pinLockPath(stateDir_), until); !saved) {
            logWarning(saved.error().message);
        }
        logWarning("staff PIN locked after wrong tries");
        return {false, lockedMessage(now, lang)};
    }
    case PinGate::Verdict::NoPinSet:
        break;
    }
    return {false, say(lang,
                       "Ingen PIN-kod är inställd på kiosken. IT-teknikern ställer in den "
                       "(kiosk-setup/install.sh --pin).",
                       "No PIN is set on this kiosk. The IT technician sets one "
                       "(kiosk-setup/install.sh --pin).")};
}

} // namespace vitrin::core
