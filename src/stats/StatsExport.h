#pragma once
// The statistics as staff and the exhibition coordinator get them on a stick: CSV files that
// Swedish Excel opens by double-click (UTF-8 with BOM, ";" between fields, decimal comma), a
// chart, a short summary in Swedish, and statistik.json for --stats-merge.

#include "core/Result.h"
#include "stats/StatsTables.h"

#include <filesystem>
#include <string>

namespace vitrin::stats {

// The files of an export, in the folder it is written to.
inline constexpr const char* kDaysCsv = "statistik-per-dag.csv";
inline constexpr const char* kHoursCsv = "statistik-per-timme.csv";
inline constexpr const char* kPlacesCsv = "statistik-per-verk.csv";
inline constexpr const char* kChartPng = "statistik-diagram.png";
inline constexpr const char* kSummaryTxt = "statistik-sammanfattning.txt";
inline constexpr const char* kJson = "statistik.json";

// The CSV tables; every one ends with totals per venue and, with several venues, for all.
std::string daysCsv(const StatsTables& tables);
std::string hoursCsv(const StatsTables& tables);
std::string placesCsv(const StatsTables& tables);
// A few lines in Swedish: the period, visits, their length, languages, busiest hour, the ten
// most viewed works.
std::string summaryText(const StatsTables& tables);

// "1,5": a number with a decimal comma and `decimals` places.
std::string decimalComma(double value, int decimals);

// Writes every file of the export into folder (created when missing), each one atomically.
// fontFile: the font the chart is drawn with.
core::Result<void> writeExport(const StatsTables& tables, const std::filesystem::path& folder,
                               const std::filesystem::path& fontFile);

// The folder name an export gets: "Statistik Strömsunds kommunkontor 2026-12-02".
std::string exportFolderName(const std::string& venue, const std::string& today);

} // namespace vitrin::stats
