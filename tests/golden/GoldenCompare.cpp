// Compares the screenshots of a walk with the reference pictures kept in the repository.
//   vitrin-golden-compare REFERENCE_DIR SHOTS_DIR DIFF_DIR [--update]
// Each reference NAME.png is compared with SHOTS_DIR/NAME.png shrunk to the reference's size
// (references are kept at a quarter of the screen's width and height, small in the
// repository, still showing every misplaced control). A pixel differs when a channel differs
// by more than kChannelTolerance; a picture fails when more than kFailShare of its pixels
// differ, and DIFF_DIR/NAME.png then shows the shot greyed with the differing pixels in red.
// --update writes the shrunk shots as the new references instead.

#include <SDL.h>
#include <SDL_image.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace {

constexpr int kChannelTolerance = 40;
constexpr double kFailShare = 0.004;

struct SurfaceDeleter {
    void operator()(SDL_Surface* surface) const { SDL_FreeSurface(surface); }
};
using Surface = std::unique_ptr<SDL_Surface, SurfaceDeleter>;

Surface loadRgba(const std::filesystem::path& file) {
    const Surface loaded(IMG_Load(file.c_str()));
    if (!loaded) {
        return nullptr;
    }
    return Surface(SDL_ConvertSurfaceFormat(loaded.get(), SDL_PIXELFORMAT_RGBA32, 0));
}

Surface shrunk(SDL_Surface* shot, int width, int height) {
    Surface small(SDL_CreateRGBSurfaceWithFormat(0, width, height, 32, SDL_PIXELFORMAT_RGBA32));
    if (!small || SDL_SoftStretchLinear(shot, nullptr, small.get(), nullptr) != 0) {
        return nullptr;
    }
    return small;
}

const Uint8* pixel(const SDL_Surface* surface, int x, int y) {
    return static_cast<const Uint8*>(surface->pixels) + y * surface->pitch + x * 4;
}

// The share of differing pixels; paints diff.
double compare(const SDL_Surface* reference, const SDL_Surface* shot, SDL_Surface* diff) {
    long differing = 0;
    for (int y = 0; y < reference->h; ++y) {
        for (int x = 0; x < reference->w; ++x) {
            const Uint8* a = pixel(reference, x, y);
            const Uint8* b = pixel(shot, x, y);
            bool differs = false;
            for (int c = 0; c < 3; ++c) {
                differs = differs || std::abs(a[c] - b[c]) > kChannelTolerance;
            }
            auto* out = const_cast<Uint8*>(pixel(diff, x, y));
            const auto grey = static_cast<Uint8>((b[0] + b[1] + b[2]) / 9 + 40);
            out[0] = differs ? 255 : grey;
            out[1] = differs ? 0 : grey;
            out[2] = differs ? 0 : grey;
            out[3] = 255;
            differing += differs ? 1 : 0;
        }
    }
    return static_cast<double>(differing) / (static_cast<double>(reference->w) * reference->h);
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 4) {
        std::fprintf(stderr, "usage: %s REFERENCE_DIR SHOTS_DIR DIFF_DIR [--update]\n", argv[0]);
        return 2;
    }
    const std::filesystem::path references = argv[1], shots = argv[2], diffs = argv[3];
    const bool update = argc > 4 && std::string(argv[4]) == "--update";
    std::vector<std::filesystem::path> names;
    for (const auto& entry : std::filesystem::directory_iterator(update ? shots : references)) {
        if (entry.path().extension() == ".png") {
            names.push_back(entry.path().filename());
        }
    }
    if (names.empty()) {
        std::fprintf(stderr, "no pictures in %s\n", (update ? shots : references).c_str());
        return 1;
    }
    std::filesystem::create_directories(diffs);
    int failed = 0;
    for (const std::filesystem::path& name : names) {
        const Surface shot = loadRgba(shots / name);
        if (!shot) {
            std::printf("FAIL %s: no screenshot (%s)\n", name.c_str(), IMG_GetError());
            ++failed;
            continue;
        }
        if (update) {
            const Surface small = shrunk(shot.get(), shot->w / 4, shot->h / 4);
            if (!small || IMG_SavePNG(small.get(), (references / name).c_str()) != 0) {
                std::printf("FAIL %s: cannot write the reference\n", name.c_str());
                ++failed;
            } else {
                std::printf("updated %s\n", name.c_str());
            }
            continue;
        }
        const Surface reference = loadRgba(references / name);
        const Surface small = reference ? shrunk(shot.get(), reference->w, reference->h) : nullptr;
        Surface diff(reference ? SDL_CreateRGBSurfaceWithFormat(0, reference->w, reference->h, 32,
                                                                SDL_PIXELFORMAT_RGBA32)
                               : nullptr);
        if (!reference || !small || !diff) {
            std::printf("FAIL %s: cannot read or scale (%s)\n", name.c_str(), SDL_GetError());
            ++failed;
            continue;
        }
        const double share = compare(reference.get(), small.get(), diff.get());
        const bool ok = share <= kFailShare;
        std::printf("%s %s: %.3f %% of pixels differ (limit %.3f %%)\n", ok ? "ok  " : "FAIL",
                    name.c_str(), share * 100, kFailShare * 100);
        if (!ok) {
            IMG_SavePNG(diff.get(), (diffs / name).c_str());
            std::printf("     the difference in red: %s\n", (diffs / name).c_str());
            ++failed;
        }
    }
    return failed == 0 ? 0 : 1;
}
