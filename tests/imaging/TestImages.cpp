#include "TestImages.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>
#include <png.h>
#include <stdexcept>
#include <turbojpeg.h>
#include <webp/encode.h>
#include <zlib.h>

namespace vitrin::imaging::test {
namespace {

void appendBe32(ByteVector& out, std::uint32_t value) {
    out.push_back(static_cast<std::uint8_t>(value >> 24));
    out.push_back(static_cast<std::uint8_t>(value >> 16));
    out.push_back(static_cast<std::uint8_t>(value >> 8));
    out.push_back(static_cast<std::uint8_t>(value));
}

ByteVector insertAfterSoi(const ByteVector& jpeg, std::uint8_t marker, const ByteVector& payload) {
    ByteVector out(jpeg.begin(), jpeg.begin() + 2);
    out.push_back(0xFF);
    out.push_back(marker);
    const auto length = payload.size() + 2;
    out.push_back(static_cast<std::uint8_t>(length >> 8));
    out.push_back(static_cast<std::uint8_t>(length));
    out.insert(out.end(), payload.begin(), payload.end());
    out.insert(out.end(), jpeg.begin() + 2, jpeg.end());
    return out;
}

ByteVector compress(const std::uint8_t* pixels, int width, int height, int pixelFormat,
                    int subsampling, int quality, int flags) {
    tjhandle handle = tjInitCompress();
    unsigned char* buffer = nullptr;
    unsigned long size = 0;
    const int status = tjCompress2(handle, pixels, width, 0, height, pixelFormat, &buffer, &size,
                                   subsampling, quality, flags);
    if (status != 0) {
        const std::string message = tjGetErrorStr2(handle);
        tjDestroy(handle);
        throw std::runtime_error("tjCompress2: " + message);
    }
    ByteVector out(buffer, buffer + size);
    tjFree(buffer);
    tjDestroy(handle);
    return out;
}

} // namespace

Pixels makePattern(int width, int height, bool withAlpha) {
    Pixels pixels{width, height, {}};
    pixels.rgba.resize(std::size_t{4} * width * height);
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            const std::size_t i = 4 * (static_cast<std::size_t>(y) * width + x);
            const double fx = static_cast<double>(x) / std::max(1, width - 1);
            const double fy = static_cast<double>(y) / std::max(1, height - 1);
            pixels.rgba[i] = static_cast<std::uint8_t>(40 + 180 * fx);
            pixels.rgba[i + 1] = static_cast<std::uint8_t>(60 + 150 * fy);
            pixels.rgba[i + 2] = static_cast<std::uint8_t>(128 + 100 * std::sin(6.0 * fx * fy));
            // Alpha never reaches 0: lossless WebP may drop the colour of invisible pixels.
            pixels.rgba[i + 3] = withAlpha ? static_cast<std::uint8_t>(55 + 200 * fx) : 255;
        }
    }
    return pixels;
}

Pixels makeSolid(int width, int height, std::uint8_t r, std::uint8_t g, std::uint8_t b,
                 std::uint8_t a) {
    Pixels pixels{width, height, {}};
    for (int i = 0; i < width * height; ++i) {
        pixels.rgba.insert(pixels.rgba.end(), {r, g, b, a});
    }
    return pixels;
}

ByteVector encodeJpeg(const Pixels& pixels, const JpegOptions& options) {
    const int subsampling = options.grey           ? TJSAMP_GRAY
                            : options.subsample420 ? TJSAMP_420
                                                   : TJSAMP_444;
    const int flags = options.progressive ? TJFLAG_PROGRESSIVE : 0;
    return compress(pixels.rgba.data(), pixels.width, pixels.height, TJPF_RGBA, subsampling,
                    options.quality, flags);
}

ByteVector encodeCmykJpeg(const ByteVector& cmyk, int width, int height) {
    return compress(cmyk.data(), width, height, TJPF_CMYK, TJSAMP_444, 100, 0);
}

ByteVector withExifOrientation(const ByteVector& jpeg, int orientation, bool bigEndian) {
    ByteVector tiff;
    auto put16 = [&](std::uint16_t v) {
        if (bigEndian) {
            tiff.push_back(static_cast<std::uint8_t>(v >> 8));
            tiff.push_back(static_cast<std::uint8_t>(v));
        } else {
            tiff.push_back(static_cast<std::uint8_t>(v));
            tiff.push_back(static_cast<std::uint8_t>(v >> 8));
        }
    };
    auto put32 = [&](std::uint32_t v) {
        if (bigEndian) {
            put16(static_cast<std::uint16_t>(v >> 16));
            put16(static_cast<std::uint16_t>(v));
        } else {
            put16(static_cast<std::uint16_t>(v));
            put16(static_cast<std::uint16_t>(v >> 16));
        }
    };
    tiff.push_back(bigEndian ? 'M' : 'I');
    tiff.push_back(bigEndian ? 'M' : 'I');
    put16(42);
    put32(8);
    put16(2); // two entries: ImageDescription first, so the parser has to walk
    put16(0x010E);
    put16(2);
    put32(4);
    tiff.insert(tiff.end(), {'a', 'b', 'c', 0});
    put16(0x0112);
    put16(3);
    put32(1);
    put16(static_cast<std::uint16_t>(orientation));
    put16(0);
    put32(0);
    ByteVector payload{'E', 'x', 'i', 'f', 0, 0};
    payload.insert(payload.end(), tiff.begin(), tiff.end());
    return insertAfterSoi(jpeg, 0xE1, payload);
}

ByteVector withAppSegment(const ByteVector& jpeg, std::uint8_t marker, std::size_t size) {
    return insertAfterSoi(jpeg, marker, ByteVector(size, 0x5A));
}

ByteVector encodePng(const Pixels& pixels, bool interlaced) {
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
    png_infop info = png_create_info_struct(png);
    ByteVector out;
    png_set_write_fn(
        png, &out,
        [](png_structp p, png_bytep data, std::size_t length) {
            auto* target = static_cast<ByteVector*>(png_get_io_ptr(p));
            target->insert(target->end(), data, data + length);
        },
        nullptr);
    png_set_IHDR(png, info, static_cast<png_uint_32>(pixels.width),
                 static_cast<png_uint_32>(pixels.height), 8, PNG_COLOR_TYPE_RGBA,
                 interlaced ? PNG_INTERLACE_ADAM7 : PNG_INTERLACE_NONE,
                 PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    std::vector<png_bytep> rows(static_cast<std::size_t>(pixels.height));
    for (int y = 0; y < pixels.height; ++y) {
        rows[static_cast<std::size_t>(y)] = const_cast<png_bytep>(
            pixels.rgba.data() + std::size_t{4} * static_cast<std::size_t>(pixels.width * y));
    }
    png_set_rows(png, info, rows.data());
    png_write_png(png, info, PNG_TRANSFORM_IDENTITY, nullptr);
    png_destroy_write_struct(&png, &info);
    return out;
}

ByteVector pngChunk(std::string_view type, const ByteVector& data) {
    ByteVector chunk;
    appendBe32(chunk, static_cast<std::uint32_t>(data.size()));
    chunk.insert(chunk.end(), type.begin(), type.end());
    chunk.insert(chunk.end(), data.begin(), data.end());
    const auto crc = crc32(0, chunk.data() + 4, static_cast<uInt>(chunk.size() - 4));
    appendBe32(chunk, static_cast<std::uint32_t>(crc));
    return chunk;
}

ByteVector pngHeaderOnly(std::uint32_t width, std::uint32_t height) {
    ByteVector png{0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    ByteVector ihdr;
    appendBe32(ihdr, width);
    appendBe32(ihdr, height);
    ihdr.insert(ihdr.end(), {8, 6, 0, 0, 0});
    const auto header = pngChunk("IHDR", ihdr);
    const auto end = pngChunk("IEND", {});
    png.insert(png.end(), header.begin(), header.end());
    png.insert(png.end(), end.begin(), end.end());
    return png;
}

ByteVector encodeWebp(const Pixels& pixels, bool lossless) {
    std::uint8_t* output = nullptr;
    const std::size_t size = lossless
                                 ? WebPEncodeLosslessRGBA(pixels.rgba.data(), pixels.width,
                                                          pixels.height, 4 * pixels.width, &output)
                                 : WebPEncodeRGBA(pixels.rgba.data(), pixels.width, pixels.height,
                                                  4 * pixels.width, 90.0f, &output);
    if (size == 0) {
        throw std::runtime_error("WebP encoding failed");
    }
    ByteVector out(output, output + size);
    WebPFree(output);
    return out;
}

int maxChannelDifference(const Pixels& a, const Pixels& b) {
    if (a.width != b.width || a.height != b.height || a.rgba.size() != b.rgba.size()) {
        return 256;
    }
    int worst = 0;
    for (std::size_t i = 0; i < a.rgba.size(); ++i) {
        worst = std::max(worst, std::abs(int{a.rgba[i]} - int{b.rgba[i]}));
    }
    return worst;
}

std::vector<int> pixelAt(const Pixels& pixels, int x, int y) {
    const std::size_t i = 4 * (static_cast<std::size_t>(y) * pixels.width + x);
    return {pixels.rgba[i], pixels.rgba[i + 1], pixels.rgba[i + 2], pixels.rgba[i + 3]};
}

ByteVector readBytes(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    return ByteVector(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

TempDir::TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "vitrin-imaging-XXXXXX");
    if (::mkdtemp(pattern.data()) == nullptr) {
        throw std::runtime_error("mkdtemp failed");
    }
    path_ = pattern;
}

TempDir::~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
}

std::filesystem::path TempDir::write(const std::string& name, const ByteVector& bytes) const {
    const auto file = path_ / name;
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(bytes.data()),
              static_cast<std::streamsize>(bytes.size()));
    return file;
}

} // namespace vitrin::imaging::test
