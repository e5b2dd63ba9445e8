// Feeds arbitrary bytes to the input script parser: every command parsed must be one a runner
// can replay (finite coordinates, durations that are not negative), and a refusal names its
// line.

#include "FuzzCheck.h"
#include "script/Script.h"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <type_traits>

namespace {

using namespace vitrin::script;
using vitrin::fuzz::check;

bool finite(std::initializer_list<float> values) {
    for (const float value : values) {
        if (!std::isfinite(value)) {
            return false;
        }
    }
    return true;
}

bool usable(Duration duration) {
    return std::isfinite(duration.count()) && duration.count() >= 0;
}

void checkCommand(const Command& command) {
    std::visit(
        [](const auto& c) {
            using T = std::decay_t<decltype(c)>;
            if constexpr (std::is_same_v<T, Wait>) {
                check(usable(c.duration), "a wait lasts a finite, positive time");
            } else if constexpr (std::is_same_v<T, Tap>) {
                check(finite({c.x, c.y}), "a tap has finite coordinates");
            } else if constexpr (std::is_same_v<T, LongPress>) {
                check(finite({c.x, c.y}) && usable(c.duration), "a long press is finite");
            } else if constexpr (std::is_same_v<T, Swipe>) {
                check(finite({c.x1, c.y1, c.x2, c.y2}) && usable(c.duration), "a swipe is finite");
            } else if constexpr (std::is_same_v<T, Pinch>) {
                check(finite({c.centreX, c.centreY, c.fromPx, c.toPx}) && usable(c.duration),
                      "a pinch is finite");
            }
        },
        command);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto lines = parseScript(text);
    if (!lines) {
        check(!lines.error().message.empty(), "a refusal says why");
        return 0;
    }
    int previous = 0;
    for (const Line& line : *lines) {
        check(line.number > previous, "commands come in the script's order");
        previous = line.number;
        checkCommand(line.command);
    }
    return 0;
}
