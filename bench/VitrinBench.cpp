// vitrin-bench [--quick | --first-picture | --import]: Vitrin's performance against its
// targets (docs/performance.md), printed as `name value unit` lines. Needs an X server in
// DISPLAY (scripts/bench.sh starts Xvfb); generates its pictures in a temp folder and removes
// them. --quick: fewer pictures and repetitions, for trying the bench out. --first-picture:
// only the first picture on the 1080p and 24 MP folders against feh, imv and Chromium.
// --import: only the import. Not a test: ctest never runs it.

#include "Children.h"
#include "Feh.h"
#include "Fixtures.h"
#include "Idle.h"
#include "app/DataDir.h"
#include "imaging/ImageCache.h"
#include "imaging/ImageLoader.h"
#include "ingest/Importer.h"
#include "platform/Display.h"
#include "ui/Layout.h"
#include "ui/Screen.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <functional>
#include <map>
#include <optional>
#include <spawn.h>
#include <string>
#include <string_view>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

extern char** environ;

namespace vitrin::bench {
namespace {

namespace fs = std::filesystem;
using SteadyClock = std::chrono::steady_clock;
using Samples = std::map<std::string, std::vector<double>>;

struct Plan {
    int bigCount = 20;    // 24 MP photos: first frame, import, thumbnails
    int hdCount = 50;     // 1080p photos: first frame (feh's folder)
    int sections = 5;     // of the many-item exhibition ...
    int perSection = 100; // ... 500 items in all
    int repetitions = 5;  // of each first-frame measurement (the median is printed)
    int swipes = 30;
    double idleSeconds = 20;       // each of the idle measurements (attract loop, still screen)
    bool importOnly = false;       // --import: only the import against plain reading
    bool firstPictureOnly = false; // --first-picture: only the first picture against the viewers
};

double secondsSince(SteadyClock::time_point start) {
    return std::chrono::duration<double>(SteadyClock::now() - start).count();
}

void print(const std::string& name, double value, const char* unit) {
    // Ratios to two places: a target such as 1.5 x is not met by a 1.54 printed as 1.5.
    const bool ratio = std::string_view(unit) == "x";
    std::printf(ratio ? "%s %.2f %s\n" : "%s %.1f %s\n", name.c_str(), value, unit);
    std::fflush(stdout);
}

void progress(const std::string& message) {
    std::fprintf(stderr, "vitrin-bench: %s\n", message.c_str());
}

// The q-th quantile (0..1) with linear interpolation between the sorted samples.
double quantile(std::vector<double> values, double q) {
    if (values.empty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    const double at = q * static_cast<double>(values.size() - 1);
    const auto below = static_cast<std::size_t>(at);
    const std::size_t above = std::min(below + 1, values.size() - 1);
    return values[below] + (values[above] - values[below]) * (at - static_cast<double>(below));
}

pid_t spawn(std::vector<std::string> args, const posix_spawn_file_actions_t* actions) {
    std::vector<char*> argv;
    for (std::string& arg : args) {
        argv.push_back(arg.data());
    }
    argv.push_back(nullptr);
    pid_t pid = 0;
    if (posix_spawnp(&pid, argv[0], actions, nullptr, argv.data(), environ) != 0) {
        std::fprintf(stderr, "vitrin-bench: cannot start %s\n", argv[0]);
        std::exit(1);
    }
    return pid;
}

bool succeeded(pid_t pid) {
    int status = 0;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

// Runs this program again with --child args; returns its `key value` lines and when it was
// started.
Samples runChildProcess(const std::vector<std::string>& args, SteadyClock::time_point* startedAt) {
    int pipeFds[2];
    if (pipe(pipeFds) != 0) {
        std::exit(1);
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, pipeFds[1], STDOUT_FILENO);
    posix_spawn_file_actions_addclose(&actions, pipeFds[0]);
    std::vector<std::string> argv{fs::read_symlink("/proc/self/exe").string(), "--child"};
    argv.insert(argv.end(), args.begin(), args.end());
    if (startedAt != nullptr) {
        *startedAt = SteadyClock::now();
    }
    const pid_t pid = spawn(argv, &actions);
    posix_spawn_file_actions_destroy(&actions);
    close(pipeFds[1]);
    std::string output;
    std::array<char, 4096> buffer{};
    for (ssize_t n; (n = read(pipeFds[0], buffer.data(), buffer.size())) > 0;) {
        output.append(buffer.data(), static_cast<std::size_t>(n));
    }
    close(pipeFds[0]);
    if (!succeeded(pid)) {
        std::fprintf(stderr, "vitrin-bench: child %s failed\n", args.at(0).c_str());
        std::exit(1);
    }
    Samples samples;
    std::size_t start = 0;
    while (start < output.size()) {
        const std::size_t end = std::min(output.find('\n', start), output.size());
        const std::string line = output.substr(start, end - start);
        if (const std::size_t space = line.find(' '); space != std::string::npos) {
            samples[line.substr(0, space)].push_back(std::stod(line.substr(space + 1)));
        }
        start = end + 1;
    }
    return samples;
}

// Drops the files from the page cache, so that the next read comes from the disk.
void evictFromPageCache(const std::vector<fs::path>& files) {
    for (const fs::path& file : files) {
        const int fd = open(file.c_str(), O_RDONLY | O_CLOEXEC);
        if (fd >= 0) {
            fdatasync(fd);
            posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
            close(fd);
        }
    }
}

// Decodes every request on the kiosk's worker pool, through the cache when there is one.
double loadSeconds(const std::vector<imaging::ImageRequest>& requests, imaging::ImageCache* cache) {
    imaging::ImageLoader loader(imaging::LoaderOptions{.threads = 0, .cache = cache});
    const auto start = SteadyClock::now();
    for (const imaging::ImageRequest& request : requests) {
        loader.request(request, 0);
    }
    loader.waitIdle();
    const double seconds = secondsSince(start);
    for (const imaging::LoadedImage& done : loader.takeFinished()) {
        if (std::holds_alternative<imaging::DecodeError>(done.result)) {
            std::fprintf(stderr, "vitrin-bench: cannot decode %s\n", done.request.path.c_str());
            std::exit(1);
        }
    }
    return seconds;
}

imaging::ImageRequest requestOf(const ui::ImageKey& key) {
    return {key.path, key.maxWidth, key.maxHeight};
}

// Thumbnails as the kiosk makes them (decoded, stored in its cache) against two
// vipsthumbnail processes making thumbnails of the same size from the same files.
void measureThumbnails(const std::vector<fs::path>& files, const ui::Layout& layout,
                       const fs::path& work) {
    std::vector<imaging::ImageRequest> requests;
    for (const fs::path& file : files) {
        requests.push_back(requestOf(ui::thumbnailKey(file, layout)));
    }
    double ours = 0;
    {
        imaging::ImageCache cache(work / "thumbnail-cache");
        ours = loadSeconds(requests, &cache);
    }
    const auto count = static_cast<double>(files.size());
    print("thumbnails_per_s", count / ours, "images/s");
    const fs::path out = work / "vips";
    fs::create_directories(out);
    const std::string side = std::to_string(requests.front().maxWidth);
    const auto start = SteadyClock::now();
    std::vector<pid_t> children;
    for (std::size_t half = 0; half < 2; ++half) {
        std::vector<std::string> args{"vipsthumbnail", "--size", side + "x" + side, "-o",
                                      (out / "%s.jpg").string()};
        for (std::size_t i = half; i < files.size(); i += 2) {
            args.push_back(files[i].string());
        }
        children.push_back(spawn(args, nullptr));
    }
    bool ok = true;
    for (const pid_t pid : children) {
        ok = succeeded(pid) && ok;
    }
    const double vips = secondsSince(start);
    if (!ok) {
        std::fprintf(stderr, "vitrin-bench: vipsthumbnail failed (is libvips-tools installed?)\n");
        std::exit(1);
    }
    print("vipsthumbnail_per_s", count / vips, "images/s");
    print("thumbnails_vs_vips_ratio", vips / ours, "x");
}

// Reads every file through `files` and throws the bytes away: what merely reading a stick costs.
double readThrough(ingest::SourceFiles& files, const std::vector<fs::path>& paths,
                   std::uintmax_t& bytes) {
    const auto start = SteadyClock::now();
    std::vector<std::uint8_t> buffer(1 << 20);
    bytes = 0;
    for (const fs::path& path : paths) {
        int error = 0;
        const auto file = files.open(path, error);
        for (long n; file && (n = file->read(buffer)) > 0;) {
            bytes += static_cast<std::uintmax_t>(n);
        }
    }
    return secondsSince(start);
}

// The whole import of a content folder (plan, copy while decoding every picture strictly into
// display and thumbnail entries, check, flush, switch) against merely reading its files, both
// through the same source: the disk as it is, and the disk slowed to a USB 2 stick's 30 MB/s.
void measureImport(const fs::path& folder, const std::vector<fs::path>& files,
                   const ui::Layout& layout, const fs::path& work) {
    const ui::ImageKey display = ui::displayKey({}, layout);
    const ui::ImageKey thumbnail = ui::thumbnailKey({}, layout);
    const std::vector<imaging::Box> boxes{{display.maxWidth, display.maxHeight},
                                          {thumbnail.maxWidth, thumbnail.maxHeight}};
    for (const bool usb2 : {false, true}) {
        const std::string name = usb2 ? "usb2" : "disk";
        ingest::PosixSourceFiles posix;
        std::uintmax_t bytes = 0;
        evictFromPageCache(files);
        ingest::ThrottledSourceFiles slowRead(posix, 30e6);
        const double read =
            readThrough(usb2 ? static_cast<ingest::SourceFiles&>(slowRead) : posix, files, bytes);
        evictFromPageCache(files);
        ingest::ThrottledSourceFiles slowImport(posix, 30e6);
        const ingest::ContentStore store(work / ("import-" + name));
        ingest::ImportControl control;
        const auto start = SteadyClock::now();
        const ingest::ImportResult result = ingest::runImport(
            store, {folder, ingest::ImportSource::CommandLine, boxes},
            usb2 ? static_cast<ingest::SourceFiles&>(slowImport) : posix, control);
        const double import = secondsSince(start);
        if (result.record.outcome != ingest::ImportOutcome::Imported) {
            std::fprintf(stderr, "vitrin-bench: the import failed: %s\n",
                         result.record.reasonEn.c_str());
            std::exit(1);
        }
        print("import_" + name + "_read_mb_per_s", static_cast<double>(bytes) / 1e6 / read, "MB/s");
        print("import_" + name + "_read_ms", read * 1e3, "ms");
        print("import_" + name + "_ms", import * 1e3, "ms");
        print("import_" + name + "_vs_read_ratio", import / read, "x");
    }
}

// Makes the state folder `state` with what the kiosk's first start left in `probed`: the
// OpenGL renderer's name.
void seedState(const fs::path& probed, const fs::path& state) {
    fs::create_directories(state);
    if (fs::exists(probed / "gl-renderer")) {
        fs::copy_file(probed / "gl-renderer", state / "gl-renderer",
                      fs::copy_options::overwrite_existing);
    }
}

// Process start to the first picture on screen, in `repetitions` fresh processes; prints the
// medians of the whole and of the part after the session (content, window, renderer) is open.
// Returns the median of the whole.
// Every state folder starts with the OpenGL renderer's name that the first start on this
// machine found (seeded from `probed`): "cold" is the first start after an import, not the
// kiosk's first start ever.
double measureFirstFrame(const std::string& name, const fs::path& media, const fs::path& work,
                         bool warm, int repetitions, const fs::path& probed) {
    std::vector<double> total, afterWindow;
    const auto seeded = [&](const fs::path& state) {
        seedState(probed, state);
        return state;
    };
    const fs::path warmState = work / ("state-" + name);
    if (warm) {
        runChildProcess({"first-frame", media.string(), seeded(warmState).string()}, nullptr);
    }
    for (int i = 0; i < repetitions; ++i) {
        const fs::path state =
            warm ? warmState : seeded(work / ("state-" + name + "-" + std::to_string(i)));
        SteadyClock::time_point started;
        const Samples s =
            runChildProcess({"first-frame", media.string(), state.string()}, &started);
        const double startedNs = static_cast<double>(
            std::chrono::duration_cast<std::chrono::nanoseconds>(started.time_since_epoch())
                .count());
        total.push_back((s.at("shown_ns").at(0) - startedNs) / 1e6);
        afterWindow.push_back((s.at("shown_ns").at(0) - s.at("window_ns").at(0)) / 1e6);
    }
    print("first_frame_" + name + "_ms", quantile(total, 0.5), "ms");
    print("first_frame_" + name + "_after_window_ms", quantile(afterWindow, 0.5), "ms");
    return quantile(total, 0.5);
}

// The kiosk's very first start on this machine (an empty state folder): the OpenGL renderer
// is probed and remembered in `state`. One process; its time is printed.
void probeFirstStart(const fs::path& media, const fs::path& state) {
    SteadyClock::time_point started;
    const Samples s = runChildProcess({"first-frame", media.string(), state.string()}, &started);
    const double startedNs = static_cast<double>(
        std::chrono::duration_cast<std::chrono::nanoseconds>(started.time_since_epoch()).count());
    print("first_frame_first_start_ever_ms", (s.at("shown_ns").at(0) - startedNs) / 1e6, "ms");
}

// A viewer (feh, imv, Chromium) on the same folder, `repetitions` times, the median printed and
// returned; nothing without the viewer.
std::optional<double>
measureViewer(const std::string& viewer, const std::string& name, const fs::path& section,
              int repetitions,
              const std::function<std::optional<double>(const fs::path&)>& firstPictureSeconds) {
    std::vector<double> ms;
    for (int i = 0; i < repetitions; ++i) {
        const auto seconds = firstPictureSeconds(section);
        if (!seconds) {
            progress(viewer + " not installed or it showed nothing: no " + viewer +
                     "_first_picture_" + name + "_ms");
            return std::nullopt;
        }
        ms.push_back(*seconds * 1e3);
    }
    const double median = quantile(ms, 0.5);
    print(viewer + "_first_picture_" + name + "_ms", median, "ms");
    return median;
}

// Vitrin's first picture against feh's, imv's and Chromium's on the same folder, as ratios (below
// 1: Vitrin is faster).
void printRatios(const std::string& name, double vitrinMs, std::optional<double> fehMs,
                 std::optional<double> imvMs, std::optional<double> chromiumMs) {
    if (fehMs) {
        print("first_frame_" + name + "_vs_feh_ratio", vitrinMs / *fehMs, "x");
    }
    if (imvMs) {
        print("first_frame_" + name + "_vs_imv_ratio", vitrinMs / *imvMs, "x");
    }
    if (chromiumMs) {
        print("first_frame_" + name + "_vs_chromium_ratio", vitrinMs / *chromiumMs, "x");
    }
}

// Builds what an import would leave in the kiosk's cache: every thumbnail and the display
// size of the first section's first pictures.
void warmCache(const std::vector<fs::path>& pictures, std::size_t displayCount,
               const ui::Layout& layout, const fs::path& state) {
    std::vector<imaging::ImageRequest> requests;
    for (std::size_t i = 0; i < pictures.size(); ++i) {
        requests.push_back(requestOf(ui::thumbnailKey(pictures[i], layout)));
        if (i < displayCount) {
            requests.push_back(requestOf(ui::displayKey(pictures[i], layout)));
        }
    }
    imaging::ImageCache cache(state / "cache");
    loadSeconds(requests, &cache);
}

// Swipes in the viewer: from the finger lifted to the next picture sharp (name), and the frames
// of the swipes and of zooming in, panning and out (frames + "_swipe_frame" and "_zoom_frame").
void measureSwipes(const std::string& name, const std::string& frames, const fs::path& media,
                   const fs::path& state, int count) {
    const Samples s =
        runChildProcess({"swipe", media.string(), state.string(), std::to_string(count)}, nullptr);
    const auto inMs = [&](const std::string& key) {
        std::vector<double> ms;
        for (const double seconds : s.at(key)) {
            ms.push_back(seconds * 1e3);
        }
        return ms;
    };
    const std::vector<double> sharp = inMs("swipe_s");
    print(name + "_p50_ms", quantile(sharp, 0.5), "ms");
    print(name + "_p95_ms", quantile(sharp, 0.95), "ms");
    for (const std::string& part : {std::string("swipe"), std::string("zoom")}) {
        const std::vector<double> ms = inMs(part + "_frame_s");
        print(frames + "_" + part + "_frame_p50_ms", quantile(ms, 0.5), "ms");
        print(frames + "_" + part + "_frame_p99_ms", quantile(ms, 0.99), "ms");
    }
}

void measureGallery(const fs::path& media, const fs::path& state) {
    const Samples s = runChildProcess({"gallery", media.string(), state.string()}, nullptr);
    std::vector<double> ms;
    for (const double seconds : s.at("frame_s")) {
        ms.push_back(seconds * 1e3);
    }
    print("gallery_frame_p50_ms", quantile(ms, 0.5), "ms");
    print("gallery_frame_p99_ms", quantile(ms, 0.99), "ms");
    print("gallery_fps", s.at("fps").at(0), "fps");
    print("pss_500_items_mb", s.at("pss_mb").at(0), "MB");
    print("pss_500_items_after_malloc_trim_mb", s.at("pss_trimmed_mb").at(0), "MB");
    print("textures_500_items_mb", s.at("textures_mb").at(0), "MB");
}

std::vector<PictureSize> repeated(PictureSize size, int count) {
    return std::vector<PictureSize>(static_cast<std::size_t>(count), size);
}

// A mix as staff bring it: mostly phone and compact-camera pictures, some scans and 24 MP
// camera photos; the first picture is a 12 MP phone photo.
std::vector<PictureSize> mixedSizes(int count) {
    static constexpr PictureSize kCycle[10] = {
        {4032, 3024}, {2048, 1536}, {1600, 1200}, {3000, 2000}, {2560, 1920},
        {6000, 4000}, {1920, 1280}, {4032, 3024}, {2400, 1800}, {1280, 960}};
    std::vector<PictureSize> sizes;
    for (int i = 0; i < count; ++i) {
        sizes.push_back(kCycle[i % 10]);
    }
    return sizes;
}

// The first-picture targets: Vitrin's 1080p folder with a warm cache and 24 MP folder
// with a cold one, feh, imv and Chromium on the same folders, and the ratios.
void measureAgainstViewers(const fs::path& hd, const fs::path& big, const fs::path& work, int reps,
                           const fs::path& probed) {
    const double hdWarm = measureFirstFrame("50x1080p_warm", hd, work, true, reps, probed);
    const double bigCold = measureFirstFrame("20x24mp_cold", big, work, false, reps, probed);
    const auto fehHd =
        measureViewer("feh", "50x1080p", hd / "1-Sektion 1", reps, fehFirstPictureSeconds);
    const auto fehBig =
        measureViewer("feh", "20x24mp", big / "1-Sektion 1", reps, fehFirstPictureSeconds);
    const auto imvHd =
        measureViewer("imv", "50x1080p", hd / "1-Sektion 1", reps, imvFirstPictureSeconds);
    const auto imvBig =
        measureViewer("imv", "20x24mp", big / "1-Sektion 1", reps, imvFirstPictureSeconds);
    const auto chromium = [&](const fs::path& section) {
        return chromiumFirstPictureSeconds(section, work / "chromium" / "profile");
    };
    const auto chromiumHd =
        measureViewer("chromium", "50x1080p", hd / "1-Sektion 1", reps, chromium);
    const auto chromiumBig =
        measureViewer("chromium", "20x24mp", big / "1-Sektion 1", reps, chromium);
    printRatios("50x1080p_warm", hdWarm, fehHd, imvHd, chromiumHd);
    printRatios("20x24mp_cold", bigCold, fehBig, imvBig, chromiumBig);
}

int runAll(const Plan& plan) {
    if (std::getenv("DISPLAY") == nullptr && !plan.importOnly) {
        std::fprintf(stderr, "vitrin-bench: no DISPLAY; run scripts/bench.sh, which starts Xvfb\n");
        return 1;
    }
    auto layout = ui::resolveLayout(app::dataDir() / "layouts", "landscape-1080p");
    if (!layout) {
        std::fprintf(stderr, "vitrin-bench: %s\n", layout.error().message.c_str());
        return 1;
    }
    const fs::path work = fs::temp_directory_path() / ("vitrin-bench-" + std::to_string(getpid()));
    fs::create_directories(work);
    const int threads = 2;

    progress("generating pictures in " + work.string());
    const fs::path big = work / "24mp";
    const fs::path hd = work / "1080p";
    const fs::path many = work / "500";
    const auto bigFiles =
        writeContentFolder(big, 1, repeated({6000, 4000}, plan.bigCount), threads);
    if (plan.importOnly) {
        progress("import");
        measureImport(big, bigFiles, *layout, work);
        fs::remove_all(work);
        return 0;
    }
    writeContentFolder(hd, 1, repeated({1920, 1080}, plan.hdCount), threads);
    const fs::path bundled = app::dataDir() / "media";
    const fs::path probed = work / "state-probe";
    const int reps = plan.repetitions;
    if (plan.firstPictureOnly) {
        progress("first pictures");
        probeFirstStart(bundled, probed);
        measureAgainstViewers(hd, big, work, reps, probed);
        fs::remove_all(work);
        return 0;
    }
    const auto manyFiles =
        writeContentFolder(many, plan.sections, mixedSizes(plan.perSection), threads);

    progress("thumbnails and import");
    measureThumbnails(bigFiles, *layout, work);
    measureImport(big, bigFiles, *layout, work);

    progress("first frames");
    probeFirstStart(bundled, probed);
    measureFirstFrame("bundled_cold", bundled, work, false, reps, probed);
    measureFirstFrame("bundled_warm", bundled, work, true, reps, probed);
    measureFirstFrame("50x1080p_cold", hd, work, false, reps, probed);
    measureFirstFrame("20x24mp_warm", big, work, true, reps, probed);
    measureAgainstViewers(hd, big, work, reps, probed);
    measureFirstFrame("500_cold", many, work, false, reps, probed);
    measureFirstFrame("500_warm", many, work, true, reps, probed);

    progress("idle");
    for (const std::string renderer : {"", "opengl"}) {
        const std::string suffix = renderer.empty() ? "" : "_" + renderer;
        const fs::path state = work / ("state-idle" + suffix);
        seedState(probed, state);
        const IdleFigures idle = measureIdle(bundled, state, renderer, plan.idleSeconds);
        print("idle_attract_cpu_percent" + suffix, idle.attractCpuPercent, "%");
        print("idle_attract_wakeups_per_s" + suffix, idle.attractWakeupsPerS, "/s");
        print("idle_still_cpu_percent" + suffix, idle.stillCpuPercent, "%");
        print("idle_still_wakeups" + suffix, idle.stillWakeups,
              ("in " + std::to_string(static_cast<int>(plan.idleSeconds)) + " s").c_str());
    }

    progress("swipes");
    const fs::path warmState = work / "state-500-imported";
    seedState(probed, warmState);
    seedState(probed, work / "state-500-empty");
    warmCache(manyFiles, static_cast<std::size_t>(plan.swipes + 2), *layout, warmState);
    measureSwipes("swipe_to_sharp", "viewer", many, warmState, plan.swipes);
    measureSwipes("swipe_to_sharp_uncached", "viewer_uncached", many, work / "state-500-empty",
                  plan.swipes);

    progress("gallery");
    measureGallery(many, warmState);

    fs::remove_all(work);
    return 0;
}

} // namespace
} // namespace vitrin::bench

int main(int argc, char** argv) {
    using namespace vitrin::bench;
    if (argc > 1 && std::string(argv[1]) == "--child") {
        vitrin::platform::leaveOutTextInput(); // as vitrin's main does; feh and imv keep theirs
        return runChild(argc, argv);
    }
    Plan plan;
    if (argc > 1 && std::string(argv[1]) == "--quick") {
        plan = Plan{.bigCount = 4,
                    .hdCount = 6,
                    .sections = 2,
                    .perSection = 30,
                    .repetitions = 2,
                    .swipes = 6,
                    .idleSeconds = 5};
    } else if (argc > 1 && std::string(argv[1]) == "--import") {
        plan.importOnly = true;
    } else if (argc > 1 && std::string(argv[1]) == "--first-picture") {
        plan.firstPictureOnly = true;
    } else if (argc > 1) {
        std::fprintf(stderr, "usage: vitrin-bench [--quick | --first-picture | --import]\n");
        return 2;
    }
    return runAll(plan);
}
