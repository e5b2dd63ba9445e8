#pragma once
// The statistics as staff and the exhibition coordinator get them on a stick: CSV files that
// Swedish Excel opens by double-click (UTF-8 with BOM, ";" between fields, decimal comma), a
// chart, a short summary in Swedish, and a JSON copy for --stats-merge.

#include "core/Result.h"
#include "stats/StatsTables.h"

#include <filesystem>
#include <string>
#include <vector>

namespace vitrin::stats {

// The files of an export are named after its base name ("Statistik Hammerdals bibliotek
// 2026-12-02") with these endings, so that exports of several venues and days lie side by side
// in one folder (a stick's Vitrin/).
inline constexpr const char* kDaysCsv = " per dag.csv";
inline constexpr const char* kHoursCsv = " per timme.csv";
inline constexpr const char* kPlacesCsv = " per verk.csv";
inline constexpr const char* kChartPng = " diagram.png";
inline constexpr const char* kSummaryTxt = " sammanfattning.txt";
inline constexpr const char* kJson = ".json";

// The CSV tables; every one ends with totals per venue and, with several venues, for all.
std::string daysCsv(const StatsTables& tables);
std::string hoursCsv(const StatsTables& tables);
std::string placesCsv(const StatsTables& tables);
// A few lines in Swedish: the period, visits, their length, languages, busiest hour, the ten
// most viewed works.
std::string summaryText(const StatsTables& tables);

// "1,5": a number with a decimal comma and `decimals` places.
std::string decimalComma(double value, int decimals);

// Writes every file of the export named base into folder (created when missing), each one
// atomically; returns the files written. fontFile: the font the chart is drawn with.
core::Result<std::vector<std::filesystem::path>> writeExport(const StatsTables& tables,
                                                             const std::filesystem::path& folder,
                                                             const std::string& base,
                                                             const std::filesystem::path& fontFile);

// The base name of an export: "Statistik Strömsunds kommunkontor 2026-12-02", with characters
// Windows refuses in a file name replaced.
std::string exportBaseName(const std::string& venue, const std::string& today);

} // namespace vitrin::stats
