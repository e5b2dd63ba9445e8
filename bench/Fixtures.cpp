#include "Fixtures.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <stdexcept>
#include <string>
#include <thread>
#include <turbojpeg.h>

namespace vitrin::bench {
namespace {

namespace fs = std::filesystem;

std::uint32_t hash(std::uint32_t x) {
    x ^= x >> 16;
    x *= 0x7feb352dU;
    x ^= x >> 15;
    x *= 0x846ca68bU;
    x ^= x >> 16;
    return x;
}

// Value noise in -1..1 on a lattice of `cell` pixels, bilinearly interpolated: grain, foliage,
// masonry at the scale of the cell.
float valueNoise(int x, int y, int cell, std::uint32_t seed) {
    const int cx = x / cell;
    const int cy = y / cell;
    const float fx = static_cast<float>(x % cell) / static_cast<float>(cell);
    const float fy = static_cast<float>(y % cell) / static_cast<float>(cell);
    const auto at = [seed](int i, int j) {
        const std::uint32_t h = hash(static_cast<std::uint32_t>(i) * 73856093U ^
                                     static_cast<std::uint32_t>(j) * 19349663U ^ seed);
        return static_cast<float>(h & 0xFFFF) / 32767.5f - 1.0f;
    };
    const float top = at(cx, cy) + (at(cx + 1, cy) - at(cx, cy)) * fx;
    const float bottom = at(cx, cy + 1) + (at(cx + 1, cy + 1) - at(cx, cy + 1)) * fx;
    return top + (bottom - top) * fy;
}

// A landscape: sky gradient, rolling hills, houses with hard edges, textured at several scales.
std::vector<std::uint8_t> photoPixels(PictureSize size, unsigned seed) {
    const int w = size.width;
    const int h = size.height;
    std::vector<std::uint8_t> rgb(static_cast<std::size_t>(w) * static_cast<std::size_t>(h) * 3);
    const float phase = static_cast<float>(seed % 97) * 0.37f;
    // Texture scales follow the picture size, as a finer sensor resolves the same scene.
    const int fine = std::max(2, w / 1500);
    const int medium = fine * 6;
    for (int y = 0; y < h; ++y) {
        const float fy = static_cast<float>(y) / static_cast<float>(h);
        for (int x = 0; x < w; ++x) {
            const float fx = static_cast<float>(x) / static_cast<float>(w);
            const float horizon = 0.45f + 0.08f * std::sin(6.0f * fx + phase);
            const bool house =
                fy > horizon + 0.1f && std::fmod(fx * 6.0f + phase, 1.0f) < 0.35f && fy < 0.9f;
            // Sensor grain on top of detail at two scales, as in a camera's photo.
            const float grain =
                static_cast<float>(hash(static_cast<std::uint32_t>(y * w + x) ^ seed) & 15) - 7.5f;
            const float texture = 14.0f * valueNoise(x, y, fine, seed) +
                                  14.0f * valueNoise(x, y, medium, seed * 7 + 1) + grain;
            float r, g, b;
            if (fy < horizon) {
                r = 110 + 90 * fy;
                g = 150 + 70 * fy;
                b = 230 - 30 * fy;
                const float cloud = valueNoise(x, y, medium * 8, seed + 3);
                r += 40 * std::max(0.0f, cloud);
                g += 40 * std::max(0.0f, cloud);
                b += 20 * std::max(0.0f, cloud);
                r += texture * 0.2f;
                g += texture * 0.2f;
                b += texture * 0.2f;
            } else if (house) {
                const bool window =
                    std::fmod(fx * 60.0f, 1.0f) < 0.4f && std::fmod(fy * 30.0f, 1.0f) < 0.5f;
                r = window ? 240 : 170 + 40 * std::sin(phase);
                g = window ? 220 : 90;
                b = window ? 150 : 60;
                r += texture;
                g += texture;
                b += texture;
            } else {
                const float shade = 0.7f + 0.3f * std::cos(9.0f * fx + 4.0f * fy + phase);
                r = 60 * shade + texture * 1.5f;
                g = 120 * shade + texture * 1.5f;
                b = 50 * shade + texture;
            }
            const std::size_t i =
                3 * (static_cast<std::size_t>(y) * static_cast<std::size_t>(w) + x);
            rgb[i] = static_cast<std::uint8_t>(std::clamp(r, 0.0f, 255.0f));
            rgb[i + 1] = static_cast<std::uint8_t>(std::clamp(g, 0.0f, 255.0f));
            rgb[i + 2] = static_cast<std::uint8_t>(std::clamp(b, 0.0f, 255.0f));
        }
    }
    return rgb;
}

void writeFile(const fs::path& file, const void* data, std::size_t size) {
    std::ofstream out(file, std::ios::binary);
    out.write(static_cast<const char*>(data), static_cast<std::streamsize>(size));
    if (!out) {
        throw std::runtime_error("cannot write " + file.string());
    }
}

std::string pictureName(std::size_t index) {
    char name[32];
    std::snprintf(name, sizeof name, "%03zu_bild.jpg", index + 1);
    return name;
}

} // namespace

void writePhotoJpeg(const fs::path& file, PictureSize size, unsigned seed) {
    const std::vector<std::uint8_t> rgb = photoPixels(size, seed);
    tjhandle handle = tjInitCompress();
    unsigned char* jpeg = nullptr;
    unsigned long bytes = 0;
    const int status = tjCompress2(handle, rgb.data(), size.width, 0, size.height, TJPF_RGB, &jpeg,
                                   &bytes, TJSAMP_420, 90, 0);
    if (status == 0) {
        writeFile(file, jpeg, bytes);
    }
    tjFree(jpeg);
    tjDestroy(handle);
    if (status != 0) {
        throw std::runtime_error("cannot encode " + file.string());
    }
}

std::vector<fs::path> writeContentFolder(const fs::path& dir, int sections,
                                         const std::vector<PictureSize>& sizes, int threads) {
    std::vector<fs::path> pictures;
    for (int s = 0; s < sections; ++s) {
        const fs::path section =
            dir / (std::to_string(s + 1) + "-Sektion " + std::to_string(s + 1));
        fs::create_directories(section);
        std::string sheet = "fil;titel_sv;titel_en;konstnär;ålder;beskrivning_sv\n";
        for (std::size_t i = 0; i < sizes.size(); ++i) {
            pictures.push_back(section / pictureName(i));
            sheet += pictureName(i) + ";Bild " + std::to_string(i + 1) + ";Picture " +
                     std::to_string(i + 1) + ";Konstnär " + std::to_string(s + 1) + ";" +
                     std::to_string(7 + i % 10) +
                     ";En genererad bild för prestandamätningen, med himmel, kullar och hus.\n";
        }
        writeFile(section / "bildtexter.csv", sheet.data(), sheet.size());
    }
    std::atomic<std::size_t> next{0};
    const auto work = [&] {
        for (std::size_t i = next++; i < pictures.size(); i = next++) {
            writePhotoJpeg(pictures[i], sizes[i % sizes.size()], static_cast<unsigned>(i + 1));
        }
    };
    std::vector<std::thread> workers;
    for (int t = 1; t < threads; ++t) {
        workers.emplace_back(work);
    }
    work();
    for (std::thread& worker : workers) {
        worker.join();
    }
    return pictures;
}

} // namespace vitrin::bench
