#pragma once
// A content folder built by a test in a fresh temporary directory, removed afterwards.

#include <filesystem>
#include <string>
#include <string_view>

namespace vitrin::content::testing {

class TempFolder {
  public:
    TempFolder();
    ~TempFolder();
    TempFolder(const TempFolder&) = delete;
    TempFolder& operator=(const TempFolder&) = delete;

    const std::filesystem::path& path() const { return root_; }
    std::filesystem::path operator/(std::string_view relative) const { return root_ / relative; }

    // Writes bytes to relative (creating folders on the way); returns the full path.
    std::filesystem::path write(std::string_view relative, std::string_view bytes) const;
    // Copies a file from the shared test data ("pngsuite/basn2c08.png").
    std::filesystem::path copyTestImage(std::string_view testdata, std::string_view relative) const;
    std::filesystem::path folder(std::string_view relative) const;
    void link(std::string_view relative, const std::filesystem::path& target) const;

  private:
    std::filesystem::path root_;
};

// The bytes of a shared test data file.
std::string testImageBytes(std::string_view testdata);

} // namespace vitrin::content::testing
