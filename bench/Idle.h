#pragma once
// The kiosk at rest: the real `vitrin` program (beside the bench in the build folder) on a
// content folder, its CPU time and wake-ups counted from /proc while the attract loop runs and
// while a screen where nothing moves (home, after a click) stands still.

#include <filesystem>
#include <string>

namespace vitrin::bench {

struct IdleFigures {
    double attractCpuPercent = 0;  // of one core, all of the kiosk's threads
    double attractWakeupsPerS = 0; // context switches of all its threads a second
    double stillCpuPercent = 0;
    double stillWakeups = 0; // context switches in the whole still period
    double seconds = 0;      // length of each period
};

// Runs `vitrin --media media --state state [--renderer renderer]`; clicks with xdotool.
IdleFigures measureIdle(const std::filesystem::path& media, const std::filesystem::path& state,
                        const std::string& renderer, double seconds);

} // namespace vitrin::bench
