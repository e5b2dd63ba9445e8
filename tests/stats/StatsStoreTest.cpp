#include "stats/StatsStore.h"

#include "../core/TempDir.h"

#include <gtest/gtest.h>

#include <csignal>
#include <random>
#include <sys/wait.h>
#include <unistd.h>

namespace vitrin::stats {
namespace {

using core::tests::TempDir;

Visit visitOf(double seconds, core::Lang lang, std::vector<PlaceTime> places, bool zoomed = false) {
    Visit visit;
    visit.seconds = seconds;
    visit.lang = lang;
    visit.zoomed = zoomed;
    visit.places = std::move(places);
    return visit;
}

PlaceTime item(const std::string& key, const std::string& title, int opens, double seconds) {
    return PlaceTime{Place{Place::Kind::Item, key, title, "Barnens Irkutsk"}, opens, seconds};
}

PlaceTime screen(const std::string& key, double seconds) {
    return PlaceTime{Place{Place::Kind::Screen, key, key, ""}, 1, seconds};
}

std::unique_ptr<StatsStore> openStore(const std::filesystem::path& file) {
    auto store = StatsStore::open(file);
    EXPECT_TRUE(store) << (store ? "" : store.error().message);
    return store ? std::move(*store) : nullptr;
}

TEST(StatsStore, TotalsPerDayHourAndPlace) {
    TempDir dir;
    auto store = openStore(dir / "statistics.sqlite");
    ASSERT_TRUE(store);
    ASSERT_TRUE(
        store->add(visitOf(60, core::Lang::Sv, {screen("home", 5), item("a", "Babr", 1, 40)}),
                   {"2026-12-01", 10, "Biblioteket"}));
    ASSERT_TRUE(store->add(visitOf(30, core::Lang::En, {item("a", "Babr", 2, 20)}, true),
                           {"2026-12-01", 14, "Biblioteket"}));
    ASSERT_TRUE(store->add(visitOf(90, core::Lang::Ru, {item("b", "Kyrkan", 1, 80)}),
                           {"2026-12-02", 10, "Biblioteket"}));
    auto tables = store->tables();
    ASSERT_TRUE(tables);
    ASSERT_EQ(tables->days.size(), 2u);
    EXPECT_EQ(tables->days[0].day, "2026-12-01");
    EXPECT_EQ(tables->days[0].visits, 2);
    EXPECT_DOUBLE_EQ(tables->days[0].seconds, 90);
    EXPECT_EQ(tables->days[0].swedish, 1);
    EXPECT_EQ(tables->days[0].english, 1);
    EXPECT_EQ(tables->days[0].zoomed, 1);
    EXPECT_EQ(tables->days[1].russian, 1);
    ASSERT_EQ(tables->hours.size(), 2u);
    EXPECT_EQ(tables->hours[0].hour, 10);
    EXPECT_EQ(tables->hours[0].visits, 2);
    ASSERT_EQ(tables->places.size(), 3u);
    EXPECT_EQ(tables->places[0].key, "a"); // most opened first
    EXPECT_EQ(tables->places[0].opens, 3);
    EXPECT_DOUBLE_EQ(tables->places[0].seconds, 60);
    EXPECT_EQ(tables->kiosk.size(), 16u);
}

TEST(StatsStore, TheKioskIdStaysTheSameAcrossOpens) {
    TempDir dir;
    std::string first;
    {
        auto store = openStore(dir / "s.sqlite");
        first = store->kioskId();
    }
    auto again = openStore(dir / "s.sqlite");
    EXPECT_EQ(again->kioskId(), first);
}

TEST(StatsStore, RollingUpKeepsTheTotalsAndDropsTheDetail) {
    TempDir dir;
    auto store = openStore(dir / "s.sqlite");
    std::mt19937 random(7);
    for (int day = 1; day <= 28; ++day) {
        const std::string iso = (day < 10 ? "2026-11-0" : "2026-11-") + std::to_string(day);
        for (int n = 0; n < 20; ++n) {
            const auto lang = static_cast<core::Lang>(random() % 3);
            ASSERT_TRUE(store->add(
                visitOf(static_cast<double>(random() % 300), lang,
                        {screen("home", 3), item("k" + std::to_string(random() % 5), "T", 1, 9)},
                        random() % 2 == 0),
                {iso, static_cast<int>(random() % 24), n % 2 == 0 ? "A" : "B"}));
        }
    }
    const auto before = store->tables();
    ASSERT_TRUE(before);
    // Ten days of detail kept; the rest rolled up.
    ASSERT_TRUE(store->rollUp("2026-11-28", 10));
    EXPECT_EQ(*store->detailVisits(), 10 * 20);
    auto after = store->tables();
    ASSERT_TRUE(after);
    EXPECT_EQ(toJson(*after), toJson(*before));
    // Rolled up again (nothing new) and by count: still the same totals.
    ASSERT_TRUE(store->rollUp("2026-11-28", 10, 50));
    EXPECT_LE(*store->detailVisits(), 50);
    after = store->tables();
    EXPECT_EQ(toJson(*after), toJson(*before));
    EXPECT_EQ(*store->integrityCheck(), "ok");
}

// A child process adds visits as fast as it can and says after each commit how many it has
// written; it is killed with SIGKILL at a random moment. The database must be sound and hold
// every visit reported as committed, plus at most the one in flight.
TEST(StatsStore, AKillAtAnyMomentLosesAtMostTheVisitInProgress) {
    TempDir dir;
    const auto file = dir / "s.sqlite";
    std::mt19937 random(11);
    int committedBefore = 0;
    for (int trial = 0; trial < 12; ++trial) {
        int pipeEnds[2];
        ASSERT_EQ(pipe(pipeEnds), 0);
        const pid_t child = fork();
        ASSERT_GE(child, 0);
        if (child == 0) {
            close(pipeEnds[0]);
            auto store = StatsStore::open(file);
            if (!store) {
                _exit(1);
            }
            for (int n = 1;; ++n) {
                if (!(*store)->add(visitOf(n, core::Lang::Sv, {item("a", "Babr", 1, 1)}),
                                   {"2026-12-02", 12, "A"})) {
                    _exit(2);
                }
                const char tick = 1;
                if (write(pipeEnds[1], &tick, 1) != 1) {
                    _exit(3);
                }
            }
        }
        close(pipeEnds[1]);
        // Wait for a few commits, then a little more at random, then kill.
        int reported = 0;
        const int wanted = 1 + static_cast<int>(random() % 20);
        char tick;
        while (reported < wanted && read(pipeEnds[0], &tick, 1) == 1) {
            ++reported;
        }
        usleep(static_cast<useconds_t>(random() % 3000));
        kill(child, SIGKILL);
        int status = 0;
        waitpid(child, &status, 0);
        while (read(pipeEnds[0], &tick, 1) == 1) {
            ++reported;
        }
        close(pipeEnds[0]);
        ASSERT_TRUE(WIFSIGNALED(status)) << "the writer stopped by itself: " << status;

        auto store = openStore(file);
        ASSERT_TRUE(store);
        EXPECT_EQ(*store->integrityCheck(), "ok");
        const int stored = *store->detailVisits();
        EXPECT_GE(stored, committedBefore + reported);
        EXPECT_LE(stored, committedBefore + reported + 1);
        auto tables = store->tables();
        ASSERT_TRUE(tables);
        ASSERT_EQ(tables->places.size(), 1u);
        EXPECT_EQ(tables->places[0].opens, stored); // no visit without its place
        committedBefore = stored;
    }
}

TEST(StatsStore, AFileThatIsNotADatabaseIsAnError) {
    TempDir dir;
    core::tests::writeFile(dir / "s.sqlite", std::string(4096, 'x'));
    EXPECT_FALSE(StatsStore::open(dir / "s.sqlite"));
}

} // namespace
} // namespace vitrin::stats
