#include "stats/StatsStore.h"

#include <sqlite3.h>

#include <cstdio>
#include <random>

namespace vitrin::stats {

namespace {

constexpr const char* kSchema = R"sql(
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS visit(
    id INTEGER PRIMARY KEY, day TEXT NOT NULL, hour INTEGER NOT NULL, venue TEXT NOT NULL,
    lang TEXT NOT NULL, seconds REAL NOT NULL, zoomed INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS visit_by_day ON visit(day);
CREATE TABLE IF NOT EXISTS visit_place(
    visit INTEGER NOT NULL, kind TEXT NOT NULL, key TEXT NOT NULL, title TEXT NOT NULL,
    section TEXT NOT NULL, opens INTEGER NOT NULL, seconds REAL NOT NULL);
CREATE INDEX IF NOT EXISTS visit_place_by_visit ON visit_place(visit);
CREATE TABLE IF NOT EXISTS day_total(
    day TEXT NOT NULL, venue TEXT NOT NULL, lang TEXT NOT NULL, visits INTEGER NOT NULL,
    seconds REAL NOT NULL, zoomed INTEGER NOT NULL, PRIMARY KEY(day, venue, lang));
CREATE TABLE IF NOT EXISTS day_hour(
    day TEXT NOT NULL, venue TEXT NOT NULL, hour INTEGER NOT NULL, visits INTEGER NOT NULL,
    PRIMARY KEY(day, venue, hour));
CREATE TABLE IF NOT EXISTS day_place(
    day TEXT NOT NULL, venue TEXT NOT NULL, kind TEXT NOT NULL, key TEXT NOT NULL,
    title TEXT NOT NULL, section TEXT NOT NULL, opens INTEGER NOT NULL, seconds REAL NOT NULL,
    PRIMARY KEY(day, venue, kind, key));
)sql";

// The detail of visits before ?1 goes into the daily totals, then is deleted.
constexpr const char* kRollUp = R"sql(
INSERT INTO day_total(day, venue, lang, visits, seconds, zoomed)
    SELECT day, venue, lang, COUNT(*), SUM(seconds), SUM(zoomed) FROM visit WHERE day < ?1
    GROUP BY day, venue, lang
    ON CONFLICT(day, venue, lang) DO UPDATE SET visits = visits + excluded.visits,
        seconds = seconds + excluded.seconds, zoomed = zoomed + excluded.zoomed;
INSERT INTO day_hour(day, venue, hour, visits)
    SELECT day, venue, hour, COUNT(*) FROM visit WHERE day < ?1 GROUP BY day, venue, hour
    ON CONFLICT(day, venue, hour) DO UPDATE SET visits = visits + excluded.visits;
INSERT INTO day_place(day, venue, kind, key, title, section, opens, seconds)
    SELECT v.day, v.venue, p.kind, p.key, MAX(p.title), MAX(p.section), SUM(p.opens),
           SUM(p.seconds)
    FROM visit_place p JOIN visit v ON v.id = p.visit WHERE v.day < ?1
    GROUP BY v.day, v.venue, p.kind, p.key
    ON CONFLICT(day, venue, kind, key) DO UPDATE SET opens = opens + excluded.opens,
        seconds = seconds + excluded.seconds, title = excluded.title;
DELETE FROM visit_place WHERE visit IN (SELECT id FROM visit WHERE day < ?1);
DELETE FROM visit WHERE day < ?1;
)sql";

constexpr const char* kDays = R"sql(
SELECT day, venue, SUM(visits), SUM(seconds),
       SUM(CASE lang WHEN 'sv' THEN visits ELSE 0 END),
       SUM(CASE lang WHEN 'en' THEN visits ELSE 0 END),
       SUM(CASE lang WHEN 'ru' THEN visits ELSE 0 END), SUM(zoomed)
FROM (SELECT day, venue, lang, visits, seconds, zoomed FROM day_total
      UNION ALL SELECT day, venue, lang, 1, seconds, zoomed FROM visit)
GROUP BY day, venue ORDER BY day, venue
)sql";

constexpr const char* kHours = R"sql(
SELECT venue, hour, SUM(visits)
FROM (SELECT venue, hour, visits FROM day_hour UNION ALL SELECT venue, hour, 1 FROM visit)
GROUP BY venue, hour ORDER BY venue, hour
)sql";

constexpr const char* kPlaces = R"sql(
SELECT venue, kind, key, MAX(title), MAX(section), SUM(opens) AS opened, SUM(seconds)
FROM (SELECT venue, kind, key, title, section, opens, seconds FROM day_place
      UNION ALL SELECT v.venue, p.kind, p.key, p.title, p.section, p.opens, p.seconds
      FROM visit_place p JOIN visit v ON v.id = p.visit)
GROUP BY venue, kind, key ORDER BY venue, opened DESC, key
)sql";

// A prepared statement, finalized when it goes out of scope.
class Statement {
  public:
    Statement(sqlite3* db, const char* sql) { sqlite3_prepare_v2(db, sql, -1, &stmt_, nullptr); }
    ~Statement() { sqlite3_finalize(stmt_); }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    bool ok() const { return stmt_ != nullptr; }
    sqlite3_stmt* get() const { return stmt_; }
    void bind(int index, const std::string& text) {
        sqlite3_bind_text(stmt_, index, text.c_str(), static_cast<int>(text.size()),
                          SQLITE_TRANSIENT);
    }
    void bind(int index, int number) { sqlite3_bind_int(stmt_, index, number); }
    void bind(int index, double number) { sqlite3_bind_double(stmt_, index, number); }
    int step() { return sqlite3_step(stmt_); }
    std::string text(int column) const {
        const auto* bytes = sqlite3_column_text(stmt_, column);
        return bytes == nullptr
                   ? std::string()
                   : std::string(reinterpret_cast<const char*>(bytes),
                                 static_cast<size_t>(sqlite3_column_bytes(stmt_, column)));
    }
    int integer(int column) const { return sqlite3_column_int(stmt_, column); }
    double real(int column) const { return sqlite3_column_double(stmt_, column); }

  private:
    sqlite3_stmt* stmt_ = nullptr;
};

std::string newKioskId() {
    std::random_device random;
    char id[17];
    std::snprintf(id, sizeof id, "%08x%08x", random(), random());
    return id;
}

} // namespace

core::Error StatsStore::error(const char* what) const {
    return core::Error{std::string("statistics database: ") + what + ": " + sqlite3_errmsg(db_)};
}

core::Result<void> StatsStore::exec(const char* sql) {
    char* message = nullptr;
    if (sqlite3_exec(db_, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        core::Error failed{std::string("statistics database: ") +
                           (message != nullptr ? message : "failed")};
        sqlite3_free(message);
        return failed;
    }
    return {};
}

core::Result<std::unique_ptr<StatsStore>> StatsStore::open(const std::filesystem::path& file) {
    sqlite3* db = nullptr;
    const int opened =
        sqlite3_open_v2(file.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    std::unique_ptr<StatsStore> store(new StatsStore(db));
    if (opened != SQLITE_OK) {
        return store->error(("cannot open " + file.string()).c_str());
    }
    sqlite3_busy_timeout(db, 2000);
    // WAL: a writer never leaves the file half-written; FULL: a committed visit survives a
    // power cut too (one fsync a visit, minutes apart).
    if (auto set = store->exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;"); !set) {
        return set.error();
    }
    if (auto made = store->exec(kSchema); !made) {
        return made.error();
    }
    Statement read(db, "SELECT value FROM meta WHERE key = 'kiosk'");
    if (read.ok() && read.step() == SQLITE_ROW) {
        store->kioskId_ = read.text(0);
    } else {
        store->kioskId_ = newKioskId();
        Statement write(db, "INSERT INTO meta(key, value) VALUES('kiosk', ?1)");
        write.bind(1, store->kioskId_);
        if (!write.ok() || write.step() != SQLITE_DONE) {
            return store->error("cannot store the kiosk id");
        }
    }
    return store;
}

StatsStore::~StatsStore() {
    sqlite3_close_v2(db_);
}

core::Result<void> StatsStore::add(const Visit& visit, const VisitStamp& stamp) {
    if (auto begun = exec("BEGIN IMMEDIATE"); !begun) {
        return begun.error();
    }
    const auto fail = [this](const char* what) {
        core::Error failed = error(what);
        exec("ROLLBACK");
        return failed;
    };
    Statement insertVisit(db_, "INSERT INTO visit(day, hour, venue, lang, seconds, zoomed) "
                               "VALUES(?1, ?2, ?3, ?4, ?5, ?6)");
    if (!insertVisit.ok()) {
        return fail("cannot prepare a visit");
    }
    insertVisit.bind(1, stamp.day);
    insertVisit.bind(2, stamp.hour);
    insertVisit.bind(3, stamp.venue);
    insertVisit.bind(4, std::string(core::langCode(visit.lang)));
    insertVisit.bind(5, visit.seconds);
    insertVisit.bind(6, visit.zoomed ? 1 : 0);
    if (insertVisit.step() != SQLITE_DONE) {
        return fail("cannot add a visit");
    }
    const int id = static_cast<int>(sqlite3_last_insert_rowid(db_));
    Statement insertPlace(db_, "INSERT INTO visit_place(visit, kind, key, title, section, opens, "
                               "seconds) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    if (!insertPlace.ok()) {
        return fail("cannot prepare a place");
    }
    for (const PlaceTime& time : visit.places) {
        sqlite3_reset(insertPlace.get());
        insertPlace.bind(1, id);
        insertPlace.bind(2, std::string(time.place.kind == Place::Kind::Item ? "item" : "screen"));
        insertPlace.bind(3, time.place.key);
        insertPlace.bind(4, time.place.title);
        insertPlace.bind(5, time.place.section);
        insertPlace.bind(6, time.opens);
        insertPlace.bind(7, time.seconds);
        if (insertPlace.step() != SQLITE_DONE) {
            return fail("cannot add a place");
        }
    }
    if (auto committed = exec("COMMIT"); !committed) {
        exec("ROLLBACK");
        return committed.error();
    }
    return {};
}

core::Result<void> StatsStore::rollUp(const std::string& today, int detailDays, int maxVisits) {
    // The first day kept in detail: detailDays back, later while too many visits are kept.
    Statement cutoffByAge(db_, "SELECT date(?1, ?2)");
    cutoffByAge.bind(1, today);
    cutoffByAge.bind(2, "-" + std::to_string(detailDays - 1) + " days");
    if (!cutoffByAge.ok() || cutoffByAge.step() != SQLITE_ROW) {
        return error("cannot compute the roll-up date");
    }
    std::string cutoff = cutoffByAge.text(0);
    Statement byCount(db_, "SELECT day FROM visit ORDER BY day DESC LIMIT 1 OFFSET ?1");
    byCount.bind(1, maxVisits);
    if (byCount.ok() && byCount.step() == SQLITE_ROW) {
        // More than maxVisits: everything up to and including that visit's day goes.
        Statement nextDay(db_, "SELECT date(?1, '+1 day')");
        nextDay.bind(1, byCount.text(0));
        if (nextDay.ok() && nextDay.step() == SQLITE_ROW) {
            cutoff = std::max(cutoff, nextDay.text(0));
        }
    }
    if (auto begun = exec("BEGIN IMMEDIATE"); !begun) {
        return begun.error();
    }
    const char* rest = kRollUp;
    while (*rest != '\0') {
        const char* next = nullptr;
        sqlite3_stmt* raw = nullptr;
        if (sqlite3_prepare_v2(db_, rest, -1, &raw, &next) != SQLITE_OK) {
            core::Error failed = error("cannot prepare the roll-up");
            exec("ROLLBACK");
            return failed;
        }
        rest = next;
        if (raw == nullptr) {
            continue; // only white space was left
        }
        sqlite3_bind_text(raw, 1, cutoff.c_str(), -1, SQLITE_TRANSIENT);
        const int stepped = sqlite3_step(raw);
        sqlite3_finalize(raw);
        if (stepped != SQLITE_DONE) {
            core::Error failed = error("cannot roll up");
            exec("ROLLBACK");
            return failed;
        }
    }
    return exec("COMMIT");
}

core::Result<StatsTables> StatsStore::tables() {
    StatsTables tables;
    tables.kiosk = kioskId_;
    Statement days(db_, kDays);
    Statement hours(db_, kHours);
    Statement places(db_, kPlaces);
    if (!days.ok() || !hours.ok() || !places.ok()) {
        return error("cannot prepare the totals");
    }
    // One read transaction, so the three tables agree with each other.
    if (auto begun = exec("BEGIN"); !begun) {
        return begun.error();
    }
    while (days.step() == SQLITE_ROW) {
        tables.days.push_back(DayRow{days.text(0), days.text(1), days.integer(2), days.real(3),
                                     days.integer(4), days.integer(5), days.integer(6),
                                     days.integer(7)});
    }
    while (hours.step() == SQLITE_ROW) {
        tables.hours.push_back(HourRow{hours.text(0), hours.integer(1), hours.integer(2)});
    }
    while (places.step() == SQLITE_ROW) {
        tables.places.push_back(PlaceRow{places.text(0), places.text(1) == "item", places.text(2),
                                         places.text(3), places.text(4), places.integer(5),
                                         places.real(6)});
    }
    exec("COMMIT");
    return tables;
}

core::Result<int> StatsStore::detailVisits() {
    Statement counted(db_, "SELECT COUNT(*) FROM visit");
    if (!counted.ok() || counted.step() != SQLITE_ROW) {
        return error("cannot count visits");
    }
    return counted.integer(0);
}

core::Result<std::string> StatsStore::integrityCheck() {
    Statement check(db_, "PRAGMA integrity_check");
    if (!check.ok() || check.step() != SQLITE_ROW) {
        return error("cannot check integrity");
    }
    return check.text(0);
}

} // namespace vitrin::stats
