#pragma once
// What the staff panel asks of the kiosk it runs in. The app implements it; the panel only
// draws what it gets and asks for changes through it, so it never touches the store, the
// settings file or the system itself.

#include "core/KioskSettings.h"
#include "core/Lang.h"
#include "core/Result.h"
#include "stats/StatsTables.h"

#include <string>
#include <vector>

namespace vitrin::staff {

// The Översikt page's facts, gathered when the page opens (not every frame).
struct Overview {
    std::string title;                 // the exhibition shown, in the staff language
    std::string version;               // "3, inläst 2026-12-02 14:05", or that none is
    std::vector<std::string> sections; // "Barnens Irkutsk: 20 bilder"
    std::string findings;              // warnings and skipped files of the last import
    std::string lastImport;            // when and how the last import went
    std::string disk;                  // free space where the state folder is
    std::string cache;                 // what the picture caches take
    std::string uptime;                // since the kiosk started
    std::string venue;                 // where the kiosk stands, and whether set or from the dates
    std::string program;               // "Vitrin 0.1.0"
};

// How a request to the system went.
struct HostReply {
    bool ok = false;
    std::string message; // what to tell staff, in their language
};

// One stop of the exhibition's tour, for the Turné page.
struct TourStop {
    std::string key;   // its Swedish name, as KioskSettings::venue keeps it
    std::string name;  // in the staff language
    std::string dates; // "2 november 2026 – 8 januari 2027"
};

class StaffHost {
  public:
    virtual ~StaffHost() = default;
    virtual Overview overview(core::Lang lang) = 0;
    virtual const core::KioskSettings& settings() const = 0;
    // Saves settings atomically; the reply says whether they were kept.
    virtual HostReply saveSettings(const core::KioskSettings& settings, core::Lang lang) = 0;
    // The layouts a kiosk can be set to, by name.
    virtual std::vector<std::string> layoutNames() const = 0;
    // The exhibition's tour, in order, and the line visitors see now (in the staff language).
    virtual std::vector<TourStop> tour(core::Lang lang) const = 0;
    virtual std::string tourLine(core::Lang lang) const = 0;
    // Whether a USB stick is in (mounted) and a previous exhibition can be brought back.
    virtual bool hasStick() const = 0;
    virtual bool canRestore() const = 0;
    // The stick's report as `vitrin --check` prints it; why not when there is no stick.
    virtual std::string checkStick(core::Lang lang) = 0;
    // The report the last import left in the store; a sentence when there is none.
    virtual std::string lastReport(core::Lang lang) = 0;
    // Hands over to the USB import screens, the PIN already given: the stick's contents to
    // swap in, or the previous exhibition restored. The panel closes.
    virtual void importFromStick() = 0;
    virtual void restorePrevious() = 0;

    // Everything the anonymous statistics hold, for the Statistik page.
    virtual core::Result<stats::StatsTables> statistics() = 0;
    // Puts the statistics, or the kiosk's log of the last seven days, on the stick.
    virtual HostReply exportStatistics(core::Lang lang) = 0;
    virtual HostReply exportLogs(core::Lang lang) = 0;

    enum class Power { RestartKiosk, Reboot, PowerOff };
    // Carries out a power request; a restart of the kiosk ends the program once the panel
    // closes, a reboot or power-off goes through systemd when the kiosk is allowed to.
    virtual HostReply power(Power request, core::Lang lang) = 0;
};

} // namespace vitrin::staff
