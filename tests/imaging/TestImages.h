#pragma once
// Fixture builders for the imaging tests: small images encoded on the fly, damaged copies,
// and a temporary folder.

#include "imaging/Decode.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace vitrin::imaging::test {

using ByteVector = std::vector<std::uint8_t>;

// A smooth, photo-like test pattern; alpha 255 unless withAlpha.
Pixels makePattern(int width, int height, bool withAlpha = false);

// One colour everywhere.
Pixels makeSolid(int width, int height, std::uint8_t r, std::uint8_t g, std::uint8_t b,
                 std::uint8_t a = 255);

struct JpegOptions {
    int quality = 95;
    bool progressive = false;
    bool grey = false;
    bool subsample420 = false;
};
// Encodes RGBA pixels (alpha dropped) with TurboJPEG.
ByteVector encodeJpeg(const Pixels& pixels, const JpegOptions& options = {});

// Encodes inverted (Adobe) CMYK samples, 4 bytes a pixel, with TurboJPEG, which writes YCCK
// with an Adobe APP14 marker as Photoshop does.
ByteVector encodeCmykJpeg(const ByteVector& cmyk, int width, int height);

// The JPEG with an EXIF APP1 segment carrying orientation inserted right after SOI.
ByteVector withExifOrientation(const ByteVector& jpeg, int orientation, bool bigEndian);

// The JPEG with an extra APPn segment of `size` payload bytes inserted right after SOI.
ByteVector withAppSegment(const ByteVector& jpeg, std::uint8_t marker, std::size_t size);

// Encodes RGBA pixels with libpng as 8-bit RGBA.
ByteVector encodePng(const Pixels& pixels, bool interlaced = false);

// A PNG chunk with length and a correct CRC.
ByteVector pngChunk(std::string_view type, const ByteVector& data);

// A PNG signature and IHDR (valid CRC) followed by IEND: a header with no pixels.
ByteVector pngHeaderOnly(std::uint32_t width, std::uint32_t height);

// Encodes RGBA pixels with libwebp, lossy or lossless.
ByteVector encodeWebp(const Pixels& pixels, bool lossless);

// Largest absolute difference of any channel; sizes must match.
int maxChannelDifference(const Pixels& a, const Pixels& b);

// The RGBA of one pixel.
std::vector<int> pixelAt(const Pixels& pixels, int x, int y);

ByteVector readBytes(const std::filesystem::path& file);

// A fresh folder below the system temp folder, removed with its contents on destruction.
class TempDir {
  public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    const std::filesystem::path& path() const { return path_; }
    std::filesystem::path operator/(std::string_view relative) const { return path_ / relative; }
    // Writes bytes to a file in the folder and returns its path.
    std::filesystem::path write(const std::string& name, const ByteVector& bytes) const;

  private:
    std::filesystem::path path_;
};

} // namespace vitrin::imaging::test
