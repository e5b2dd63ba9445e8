// Feeds arbitrary bytes to the reader of a statistics export (statistik.json), which
// --stats-merge reads from sticks that have been in other kiosks and in office PCs. A damaged
// export is refused whole; one that is read is written again to the same text, and merging it
// with itself never overflows.

#include "FuzzCheck.h"
#include "stats/StatsTables.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace vitrin::stats;
    using vitrin::fuzz::check;
    const auto tables = tablesFromJson(std::string_view(reinterpret_cast<const char*>(data), size));
    if (!tables) {
        check(!tables.error().message.empty(), "a refusal says why");
        return 0;
    }
    const std::string written = toJson(*tables);
    const auto again = tablesFromJson(written);
    check(static_cast<bool>(again), "an export read is written and read again");
    check(toJson(*again) == written, "writing an export read back changes nothing");
    StatsTables copy = *tables;
    copy.kiosk += "-copy"; // a second kiosk: both count
    const StatsTables merged = merge({*tables, copy});
    check(merged.totalVisits() >= tables->totalVisits(), "merging never loses visits");
    check(topItems(merged, 10).size() <= 10, "at most ten top items");
    visitsPerDay(merged, 62);
    return 0;
}
