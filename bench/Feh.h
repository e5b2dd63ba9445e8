#pragma once
// The reference viewers: how long feh and imv take to show the first picture of a folder.

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace vitrin::bench {

// Seconds from starting `command` (its first element is the program) until a new window shows
// a non-black pixel in its centre on the X server in DISPLAY; the viewer is then ended. Nothing
// when the program is not installed or shows nothing within 30 s.
std::optional<double> viewerFirstPictureSeconds(std::vector<std::string> command);

// `feh -F -Z --sort filename folder`: full screen, zoomed to fit, in name order.
std::optional<double> fehFirstPictureSeconds(const std::filesystem::path& folder);

// `imv-x11 -f -s shrink folder` (Debian's imv 4.3, its X11 build): full screen where a window
// manager grants it, pictures shrunk to fit.
std::optional<double> imvFirstPictureSeconds(const std::filesystem::path& folder);

} // namespace vitrin::bench
