#pragma once
// The reference viewers: how long feh, imv and Chromium take to show the first picture of a
// folder.

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace vitrin::bench {

struct Rgb {
    int r = 0, g = 0, b = 0;
};

// The colour a viewer shows in the middle of `first` (the folder's first picture in name
// order) when it fits the picture into its window: the mean of the picture's central pixels.
Rgb centreColour(const std::filesystem::path& first);

// Seconds from starting `command` (its first element is the program) until a new window shows
// the picture in its centre on the X server in DISPLAY (within 40 levels a channel of
// `expected`: imv, for one, opens a white window first); the viewer is then ended. Nothing
// when the program is not installed or shows nothing within 30 s.
std::optional<double> viewerFirstPictureSeconds(std::vector<std::string> command, Rgb expected);

// `feh -F -Z --sort filename folder`: full screen, zoomed to fit, in name order.
std::optional<double> fehFirstPictureSeconds(const std::filesystem::path& folder);

// `imv-x11 -f -s shrink folder` (Debian's imv 4.3, its X11 build): full screen where a window
// manager grants it (none here: a 1280x720 window), pictures shrunk to fit.
std::optional<double> imvFirstPictureSeconds(const std::filesystem::path& folder);

// Debian's Chromium in kiosk mode on a static gallery of the folder, the browser kiosk a
// technician could set up instead: a page in `profile`'s folder shows the folder's pictures one
// under the other, each fitted to the window. The profile is made by a first start that is not
// timed, as a kiosk's is on its first boot, and kept.
std::optional<double> chromiumFirstPictureSeconds(const std::filesystem::path& folder,
                                                  const std::filesystem::path& profile);

} // namespace vitrin::bench
