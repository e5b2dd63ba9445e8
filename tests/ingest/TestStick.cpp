#include "TestStick.h"

#include "TestImages.h"

#include <fstream>

namespace vitrin::ingest::test {

namespace fs = std::filesystem;

void writeFile(const fs::path& root, std::string_view relative, std::string_view bytes) {
    const fs::path file = root / relative;
    fs::create_directories(file.parent_path());
    std::ofstream out(file, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

void makeStick(const fs::path& root, std::string_view tag, int pictures, int width, int height) {
    const auto jpeg = [&](int seed) {
        const auto bytes = imaging::test::encodeJpeg(
            imaging::test::makePattern(width + seed % 7, height + seed % 5));
        return std::string(bytes.begin(), bytes.end());
    };
    writeFile(root, "exhibition.toml",
              "title = \"Testutställning " + std::string(tag) +
                  "\"\n\n[[section]]\nfolder = \"2 Historia\"\nkind = \"timeline\"\n");
    std::string sheet = "fil;titel_sv;konstnär\n";
    for (int i = 1; i <= pictures; ++i) {
        const std::string name = "bild" + std::to_string(i) + ".jpg";
        writeFile(root, "1 Bilder/" + name, jpeg(i));
        sheet += name + ";Bild " + std::to_string(i) + " " + std::string(tag) + ";Anna\n";
    }
    writeFile(root, "1 Bilder/bildtexter.csv", sheet);
    writeFile(root, "2 Historia/1999_Första besöket.jpg", jpeg(100));
    writeFile(root, "2 Historia/2005_Svenskbyn.jpg", jpeg(101));
}

std::vector<imaging::Box> kioskBoxes() {
    return {{1920, 1080}, {480, 360}};
}

} // namespace vitrin::ingest::test
