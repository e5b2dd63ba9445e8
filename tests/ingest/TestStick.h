#pragma once
// Content folders for the import tests: small real pictures in section folders, as a member of
// staff would put them on a stick, in a temporary folder removed afterwards.

#include "imaging/ImageCache.h"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace vitrin::ingest::test {

class TempDir {
  public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::filesystem::path& path() const { return path_; }
    std::filesystem::path operator/(std::string_view relative) const { return path_ / relative; }

  private:
    std::filesystem::path path_;
};

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
