#pragma once
// The reference viewer: how long feh takes to show the first picture of a folder.

#include <filesystem>
#include <optional>

namespace vitrin::bench {

// Seconds from starting `feh -F -Z --sort filename folder` until a window of it shows a
// non-black pixel in its centre on the X server in DISPLAY; feh is then ended. Nothing when
// feh is not installed or shows nothing within 30 s.
std::optional<double> fehFirstPictureSeconds(const std::filesystem::path& folder);

} // namespace vitrin::bench
