// vitrin-imaging-bench [COUNT]: thumbnail throughput against vipsthumbnail, and the cost of
// building the display cache against merely reading the files. Prints `name value unit`.
// Not run by ctest: it takes tens of seconds and its numbers depend on the machine.

#include "imaging/ImageCache.h"
#include "imaging/ImageLoader.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <spawn.h>
#include <string>
#include <sys/wait.h>
#include <thread>
#include <turbojpeg.h>
#include <unistd.h>
#include <vector>

extern char** environ;

namespace {

namespace fs = std::filesystem;
using namespace vitrin::imaging;
using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

void print(const char* name, double value, const char* unit) {
    std::printf("%s %.3f %s\n", name, value, unit);
    std::fflush(stdout);
}

// Smooth shading, edges and sensor-like noise: compresses like a photo (about 4-6 MB at
// quality 90), unlike flat synthetic fills that decode unrealistically fast.
std::vector<std::uint8_t> photoLikePixels(int width, int height, unsigned seed) {
    std::vector<std::uint8_t> rgb(static_cast<std::size_t>(width) * height * 3);
    std::mt19937 random(seed);
    std::normal_distribution<float> noise(0.0f, 6.0f);
    const float phase = static_cast<float>(seed) * 0.7f;
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            const float fx = static_cast<float>(x) / static_cast<float>(width);
            const float fy = static_cast<float>(y) / static_cast<float>(height);
            const float sky = 120.0f + 100.0f * fy;
            const float hills = 60.0f * std::sin(9.0f * fx + phase) * std::cos(5.0f * fy);
            const bool house = std::fmod(fx * 7.0f + phase, 1.0f) < 0.3f && fy > 0.55f;
            const float base = house ? 200.0f - 80.0f * fy : sky + hills;
            const std::size_t i = 3 * (static_cast<std::size_t>(y) * width + x);
            const float values[3] = {base + 30.0f * fx, base * 0.9f, 255.0f - base * 0.6f};
            for (int c = 0; c < 3; ++c) {
                const float v = values[c] + noise(random);
                rgb[i + static_cast<std::size_t>(c)] =
                    static_cast<std::uint8_t>(std::clamp(v, 0.0f, 255.0f));
            }
        }
    }
    return rgb;
}

std::vector<fs::path> makeJpegs(const fs::path& dir, int count) {
    constexpr int kWidth = 6000;
    constexpr int kHeight = 4000;
    std::vector<fs::path> files;
    tjhandle handle = tjInitCompress();
    for (int i = 0; i < count; ++i) {
        const auto rgb = photoLikePixels(kWidth, kHeight, static_cast<unsigned>(i + 1));
        unsigned char* jpeg = nullptr;
        unsigned long size = 0;
        if (tjCompress2(handle, rgb.data(), kWidth, 0, kHeight, TJPF_RGB, &jpeg, &size, TJSAMP_420,
                        90, 0) != 0) {
            std::fprintf(stderr, "compression failed: %s\n", tjGetErrorStr2(handle));
            std::exit(1);
        }
        files.push_back(dir / ("photo" + std::to_string(i) + ".jpg"));
        std::ofstream(files.back(), std::ios::binary)
            .write(reinterpret_cast<const char*>(jpeg), static_cast<std::streamsize>(size));
        tjFree(jpeg);
    }
    tjDestroy(handle);
    return files;
}

double readAllSeconds(const std::vector<fs::path>& files) {
    const auto start = Clock::now();
    std::vector<char> buffer(1 << 20);
    std::size_t total = 0;
    for (const auto& file : files) {
        std::ifstream in(file, std::ios::binary);
        while (in.read(buffer.data(), static_cast<std::streamsize>(buffer.size())) ||
               in.gcount() > 0) {
            total += static_cast<std::size_t>(in.gcount());
        }
    }
    const double seconds = secondsSince(start);
    print("read_megabytes", static_cast<double>(total) / 1e6, "MB");
    return seconds;
}

double loadAllSeconds(const std::vector<fs::path>& files, int box, ImageCache* cache, int threads) {
    ImageLoader loader(LoaderOptions{.threads = threads, .cache = cache});
    const auto start = Clock::now();
    for (const auto& file : files) {
        loader.request(ImageRequest{file, box, box}, 0);
    }
    loader.waitIdle();
    const double seconds = secondsSince(start);
    for (const auto& done : loader.takeFinished()) {
        if (std::holds_alternative<DecodeError>(done.result)) {
            std::fprintf(stderr, "failed: %s\n", done.request.path.c_str());
            std::exit(1);
        }
    }
    return seconds;
}

bool hasVipsthumbnail() {
    return std::system("command -v vipsthumbnail > /dev/null 2>&1") == 0;
}

// Two vipsthumbnail processes, each on half of the files, as a two-core reference.
double vipsSeconds(const std::vector<fs::path>& files, const fs::path& outDir) {
    const auto start = Clock::now();
    std::vector<pid_t> children;
    for (std::size_t half = 0; half < 2; ++half) {
        std::vector<std::string> args{"vipsthumbnail", "--size", "320x320", "-o",
                                      (outDir / "%s.jpg").string()};
        for (std::size_t i = half; i < files.size(); i += 2) {
            args.push_back(files[i].string());
        }
        std::vector<char*> argv;
        for (auto& arg : args) {
            argv.push_back(arg.data());
        }
        argv.push_back(nullptr);
        pid_t pid = 0;
        if (posix_spawnp(&pid, "vipsthumbnail", nullptr, nullptr, argv.data(), environ) == 0) {
            children.push_back(pid);
        }
    }
    for (const pid_t pid : children) {
        int status = 0;
        waitpid(pid, &status, 0);
    }
    return secondsSince(start);
}

} // namespace

int main(int argc, char** argv) {
    const int count = argc > 1 ? std::max(2, std::atoi(argv[1])) : 8;
    const fs::path dir =
        fs::temp_directory_path() / ("vitrin-imaging-bench-" + std::to_string(::getpid()));
    fs::create_directories(dir / "thumbs");
    print("threads", std::max(1u, std::thread::hardware_concurrency()), "count");
    print("images", count, "count");
    const auto files = makeJpegs(dir, count);

    const double read = readAllSeconds(files);
    print("read_seconds", read, "s");

    const double ours = loadAllSeconds(files, 320, nullptr, 0);
    print("vitrin_thumbnails_per_second", count / ours, "images/s");
    if (hasVipsthumbnail()) {
        const double vips = vipsSeconds(files, dir / "thumbs");
        print("vipsthumbnail_2proc_thumbnails_per_second", count / vips, "images/s");
        print("vitrin_vs_vipsthumbnail_ratio", vips / ours, "x");
    } else {
        std::printf("vipsthumbnail_2proc_thumbnails_per_second unavailable -\n");
    }

    {
        // Scoped so that the cache saves its index before the folder is removed.
        ImageCache cache(dir / "cache");
        const double build = loadAllSeconds(files, 1920, &cache, 0);
        print("cache_build_display_seconds", build, "s");
        print("cache_build_vs_read_ratio", build / read, "x");
        const double warm = loadAllSeconds(files, 1920, &cache, 1); // one thread: latency
        print("cache_hit_display_ms_per_image", 1000.0 * warm / count, "ms");
        std::uintmax_t cacheBytes = 0;
        for (const auto& entry : fs::directory_iterator(dir / "cache")) {
            if (entry.path().extension() == ".px") {
                cacheBytes += entry.file_size();
            }
        }
        print("cache_entry_kilobytes_per_image", static_cast<double>(cacheBytes) / 1e3 / count,
              "kB");
    }
    // The alternative entry format: raw RGBA of the same size, read back (from the page cache,
    // so this is its best case; on an SD card at 40 MB/s it costs about 250 ms).
    {
        const std::vector<char> raw(std::size_t{1920} * 1280 * 4, 1);
        const fs::path rawFile = dir / "raw.rgba";
        std::ofstream(rawFile, std::ios::binary)
            .write(raw.data(), static_cast<std::streamsize>(raw.size()));
        std::vector<char> back(raw.size());
        const auto start = Clock::now();
        for (int i = 0; i < count; ++i) {
            std::ifstream(rawFile, std::ios::binary)
                .read(back.data(), static_cast<std::streamsize>(back.size()));
        }
        print("raw_rgba_entry_read_ms_per_image", 1000.0 * secondsSince(start) / count, "ms");
        print("raw_rgba_entry_kilobytes", static_cast<double>(raw.size()) / 1e3, "kB");
    }
    const double direct = loadAllSeconds(files, 1920, nullptr, 1);
    print("direct_display_ms_per_image", 1000.0 * direct / count, "ms");

    fs::remove_all(dir);
    return 0;
}
