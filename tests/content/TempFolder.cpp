#include "TempFolder.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <iterator>

namespace vitrin::content::testing {

namespace fs = std::filesystem;

TempFolder::TempFolder() {
    std::string pattern = (fs::temp_directory_path() / "vitrin-content-XXXXXX").string();
    if (mkdtemp(pattern.data()) == nullptr) {
        ADD_FAILURE() << "mkdtemp failed";
    }
    root_ = pattern;
}

TempFolder::~TempFolder() {
    std::error_code error;
    // Recursive removal does not follow links, so links to /etc stay harmless.
    fs::remove_all(root_, error);
}

fs::path TempFolder::write(std::string_view relative, std::string_view bytes) const {
    const fs::path file = root_ / relative;
    fs::create_directories(file.parent_path());
    std::ofstream out(file, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    return file;
}

fs::path TempFolder::copyTestImage(std::string_view testdata, std::string_view relative) const {
    return write(relative, testImageBytes(testdata));
}

fs::path TempFolder::folder(std::string_view relative) const {
    const fs::path dir = root_ / relative;
    fs::create_directories(dir);
    return dir;
}

void TempFolder::link(std::string_view relative, const fs::path& target) const {
    const fs::path at = root_ / relative;
    fs::create_directories(at.parent_path());
    fs::create_symlink(target, at);
}

std::string testImageBytes(std::string_view testdata) {
    const fs::path file = fs::path(VITRIN_TESTDATA_DIR) / testdata;
    std::ifstream in(file, std::ios::binary);
    EXPECT_TRUE(in.good()) << file;
    return std::string(std::istreambuf_iterator<char>(in), {});
}

} // namespace vitrin::content::testing
