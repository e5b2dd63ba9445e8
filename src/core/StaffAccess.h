#pragma once
// The staff PIN as the kiosk asks for it, shared by every staff screen (the USB swap, staff
// mode): the PinGate on the kiosk's clock, a lock-out read back from <state>/pin-lock at start
// and saved there when it begins, so pulling the plug does not end it, and what to tell staff
// in their language.

#include "core/Lang.h"
#include "core/StaffPin.h"

#include <filesystem>
#include <string>

namespace vitrin::core {

class StaffAccess {
  public:
    struct Outcome {
        bool accepted = false;
        std::string message; // empty when accepted; why not, in the staff language
    };

    // pinHash as in KioskSettings::pinHash. A lock-out saved in stateDir by a kiosk that was
    // stopped meanwhile goes on from now.
    StaffAccess(const std::filesystem::path& stateDir, std::string pinHash, TimePoint now);

    // Checks a PIN typed at now (see PinGate::check); a lock-out it starts is saved.
    Outcome submit(std::string_view pin, TimePoint now, Lang lang);
    // "Too many wrong tries. Try again in 5 min." while locked; empty otherwise.
    std::string lockedMessage(TimePoint now, Lang lang) const;

  private:
    std::filesystem::path stateDir_;
    PinGate gate_;
};

} // namespace vitrin::core
