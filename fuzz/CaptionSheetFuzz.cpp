// Feeds arbitrary bytes to the caption sheet reader: it must never crash, hang or leak, and
// what it returns must hold together.

#include "content/CaptionSheet.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace vitrin::content;
    const CaptionSheet sheet =
        parseCaptionSheet(std::string_view(reinterpret_cast<const char*>(data), size));
    if (!sheet.hasHeader && !sheet.rows.empty()) {
        std::abort(); // rows without a header row naming the columns
    }
    int previousLine = 1; // the header's line at the least
    for (const CaptionRow& row : sheet.rows) {
        if (row.line <= previousLine) {
            std::abort(); // rows come in the sheet's order, each after the header
        }
        previousLine = row.line;
    }
    for (const Finding& finding : sheet.findings) {
        if (finding.line < 0 || finding.message.sv.empty() || finding.message.en.empty()) {
            std::abort();
        }
    }
    return 0;
}
