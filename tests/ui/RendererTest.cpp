#include "ui/Renderer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

namespace vitrin::ui {
namespace {

// The rows SDL's software renderer fills for a rect: it scales position and size and cuts each
// to whole pixels on its own (SDL 2.26, SW_QueueFillRects), at least one row.
std::pair<int, int> rowsSdlFills(const SDL_FRect& rect, float scale) {
    const int top = static_cast<int>(rect.y * scale);
    const int height = std::max(static_cast<int>(rect.h * scale), 1);
    return {top, top + height};
}

// The attract loop's scrim: 64 steps on whole layout pixels from 600 to 1080.
std::vector<SDL_FRect> scrimSteps() {
    std::vector<SDL_FRect> steps;
    for (int step = 0; step < 64; ++step) {
        const float top = std::round(600.f + 480.f * static_cast<float>(step) / 64);
        const float bottom = std::round(600.f + 480.f * static_cast<float>(step + 1) / 64);
        steps.push_back({0, top, 1920, bottom - top});
    }
    return steps;
}

int uncoveredRows(const std::vector<SDL_FRect>& fills, float scale) {
    int gaps = 0;
    for (std::size_t i = 0; i + 1 < fills.size(); ++i) {
        gaps += rowsSdlFills(fills[i + 1], scale).first - rowsSdlFills(fills[i], scale).second;
    }
    return gaps;
}

TEST(Renderer, FillsThatMeetInLayoutUnitsMeetOnScreenAtAnyScale) {
    const float scale = 1280.f / 1920.f; // landscape-1080p in a 1280x720 window
    const std::vector<SDL_FRect> steps = scrimSteps();
    EXPECT_GT(uncoveredRows(steps, scale), 0) << "the fills as SDL placed them before";
    for (const float each : {scale, 1.f, 768.f / 1080.f, 0.5f, 1.5f}) {
        std::vector<SDL_FRect> placed;
        for (const SDL_FRect& step : steps) {
            placed.push_back(onWholePixels(step, each, each));
        }
        EXPECT_EQ(uncoveredRows(placed, each), 0) << each;
        const auto [top, bottom] = rowsSdlFills(placed.back(), each);
        EXPECT_EQ(bottom, static_cast<int>(std::floor(1080 * each))) << each;
        EXPECT_LT(top, bottom);
    }
}

} // namespace
} // namespace vitrin::ui
