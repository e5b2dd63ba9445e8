#pragma once
// The bench's content folders, generated in a temp folder: photo-like JPEGs (smooth shading,
// edges and fine texture, compressing like camera pictures) in sections with caption sheets.

#include <filesystem>
#include <vector>

namespace vitrin::bench {

struct PictureSize {
    int width = 0;
    int height = 0;
};

// Writes one photo-like JPEG (quality 90, 4:2:0 like a camera); seed varies the scene.
void writePhotoJpeg(const std::filesystem::path& file, PictureSize size, unsigned seed);

// A content folder of `sections` sections, each holding one picture per entry of sizes (in that
// order) and a caption sheet; encodes on `threads` threads. Returns the pictures, section by
// section, in display order.
std::vector<std::filesystem::path> writeContentFolder(const std::filesystem::path& dir,
                                                      int sections,
                                                      const std::vector<PictureSize>& sizes,
                                                      int threads);

} // namespace vitrin::bench
