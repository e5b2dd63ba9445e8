#pragma once
// The statistics database: SQLite in WAL mode in the state folder. A visit is written in one
// transaction when it ends, so a crash or a kill loses at most the visit in progress and never
// leaves the database inconsistent. Detail (one row per visit and place) is kept for a while,
// then rolled up into daily totals, which keeps the file small for years.

#include "core/Result.h"
#include "stats/StatsTables.h"
#include "stats/Visit.h"

#include <filesystem>
#include <memory>
#include <string>

struct sqlite3;

namespace vitrin::stats {

class StatsStore {
  public:
    // Visits are kept one by one for this many days, and at most this many of them.
    static constexpr int kDetailDays = 90;
    static constexpr int kDetailVisits = 100000;

    // Opens (creating when missing) the database at file.
    static core::Result<std::unique_ptr<StatsStore>> open(const std::filesystem::path& file);
    ~StatsStore();
    StatsStore(const StatsStore&) = delete;
    StatsStore& operator=(const StatsStore&) = delete;

    core::Result<void> add(const Visit& visit, const VisitStamp& stamp);
    // Moves the detail of visits before today - detailDays, and of the oldest days beyond
    // maxVisits visits, into the daily totals.
    core::Result<void> rollUp(const std::string& today, int detailDays = kDetailDays,
                              int maxVisits = kDetailVisits);
    // Everything recorded, as totals; exported is left for the caller to stamp.
    core::Result<StatsTables> tables();
    // The number of visits kept one by one (not yet rolled up).
    core::Result<int> detailVisits();
    // PRAGMA integrity_check's verdict: "ok" when the file is sound.
    core::Result<std::string> integrityCheck();
    // This kiosk's random id, made once, so that merging keeps one export per kiosk.
    const std::string& kioskId() const { return kioskId_; }

  private:
    explicit StatsStore(sqlite3* db) : db_(db) {}
    core::Result<void> exec(const char* sql);
    core::Error error(const char* what) const;

    sqlite3* db_;
    std::string kioskId_;
};

} // namespace vitrin::stats
