#pragma once
// The statistics as one picture for the stick: visits per day, visits per hour of the day and
// the ten most viewed works, drawn by the kiosk itself (no display needed).

#include "core/Result.h"
#include "stats/StatsTables.h"

#include <filesystem>

namespace vitrin::stats {

inline constexpr int kChartWidth = 1600;
inline constexpr int kChartHeight = 1400;

// Draws the chart with the font in fontFile and writes it to file as a PNG, atomically.
core::Result<void> writeChart(const StatsTables& tables, const std::filesystem::path& fontFile,
                              const std::filesystem::path& file);

} // namespace vitrin::stats
