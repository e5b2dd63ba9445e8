#pragma once
// The running kiosk's anonymous statistics: samples what the visitor screens show, stores each
// visit when it ends, and exports everything for staff and the exhibition coordinator. Staff at
// the screen (staff mode, the import screens) is not a visit. When the database cannot be
// opened the kiosk runs on and records nothing (logged).

#include "app/StickDelivery.h"
#include "core/Clock.h"
#include "core/Result.h"
#include "stats/StatsStore.h"
#include "stats/VisitRecorder.h"

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace vitrin::app {

class Session;

class Statistics {
  public:
    explicit Statistics(Session& session);

    // Once a frame: staffAtScreen is true while staff mode or the import screens are up.
    void observe(core::TimePoint now, bool staffAtScreen);
    // Everything recorded, stamped with the time of asking.
    core::Result<stats::StatsTables> tables();
    // Writes an export into folder: its files, named after base ("Statistik <venue> <date>").
    struct Export {
        std::string base;
        std::vector<std::filesystem::path> files;
    };
    core::Result<Export> writeExport(const std::filesystem::path& folder);
    // What staff are told when an export named base went to the stick with delivery's outcome.
    static std::string deliveryNote(const StickDeliveryResult& delivery, const std::string& base,
                                    core::Lang lang);
    // The venue visits are counted for now: the kiosk's setting, else the tour's by the dates.
    std::string venue() const;

  private:
    stats::Sample sample() const;
    void store(const stats::Visit& visit, core::TimePoint now);

    Session& session_;
    std::unique_ptr<stats::StatsStore> store_;
    stats::VisitRecorder recorder_;
    std::string rolledUp_; // the day the detail was last rolled up
};

} // namespace vitrin::app
