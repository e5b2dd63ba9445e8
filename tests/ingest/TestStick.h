#pragma once
// Content folders for the import tests: small real pictures in section folders, as a member of
// staff would put them on a stick, in a temporary folder removed afterwards.

#include "TestImages.h"
#include "imaging/ImageCache.h"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace vitrin::ingest::test {

using imaging::test::TempDir;

// Writes bytes to root/relative, creating folders on the way.
void writeFile(const std::filesystem::path& root, std::string_view relative,
               std::string_view bytes);

// A stick with a titled exhibition: a gallery of `pictures` JPEGs (width x height) with a
// caption sheet, and a timeline of two entries. Title "Testutställning <tag>".
void makeStick(const std::filesystem::path& root, std::string_view tag, int pictures = 3,
               int width = 160, int height = 120);

// The display and thumbnail boxes of a 1080p screen, as the kiosk asks for them.
std::vector<imaging::Box> kioskBoxes();

} // namespace vitrin::ingest::test
