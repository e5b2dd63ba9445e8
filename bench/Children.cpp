#include "Children.h"

#include "Driver.h"
#include "ui/AttractScreen.h"
#include "ui/Screen.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <malloc.h>
#include <string>

namespace vitrin::bench {
namespace {

namespace fs = std::filesystem;
using Phase = ui::PointerEvent::Phase;
using SteadyClock = std::chrono::steady_clock;

std::int64_t steadyNs(SteadyClock::time_point at) {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(at.time_since_epoch()).count();
}

void emit(const char* key, double value) {
    std::printf("%s %.9g\n", key, value);
}

// Runs the loop for about `seconds` (at least one pass).
void runFor(Driver& driver, double seconds) {
    const core::TimePoint end = driver.now() + core::Duration(seconds);
    do {
        driver.step((end - driver.now()).count());
    } while (driver.now() < end);
}

// Runs the loop until the picture key is drawn with its texture, and at least fadedIn seconds
// after it arrived; returns when that frame was on screen.
core::TimePoint runUntilShown(Driver& driver, const ui::ImageKey& key, double timeoutSeconds,
                              double fadedIn = 0) {
    const core::TimePoint end = driver.now() + core::Duration(timeoutSeconds);
    while (driver.now() < end) {
        const Frame frame = driver.step(0.005, &key);
        if (frame.drawn && frame.watchedAge > 0 && frame.watchedAge >= fadedIn) {
            return frame.shownAt;
        }
    }
    std::fprintf(stderr, "vitrin-bench: %s never arrived on screen\n", key.path.c_str());
    std::exit(1);
}

int firstFrame(const fs::path& media, const fs::path& state) {
    Driver driver(media, state);
    const auto windowAt = SteadyClock::now();
    const fs::path first = ui::AttractScreen::slides(driver.kiosk().exhibition()).front();
    const ui::ImageKey key = ui::displayKey(first, driver.kiosk().layout());
    // On a screen that showed nothing before, the picture counts once it is wholly there (a
    // picture that missed the first frame fades in), as feh's counts when its colours are.
    const core::TimePoint shown = runUntilShown(driver, key, 30, ui::ImageStore::kFadeSeconds);
    emit("window_ns", static_cast<double>(steadyNs(windowAt)));
    emit("shown_ns", static_cast<double>(steadyNs(driver.steadyAt(shown))));
    std::fprintf(stderr, "renderer %s\n", rendererDescription(driver.session()).c_str());
    return 0;
}

// A finger dragged from `from` to `to` over `seconds`, one move a frame, then lifted. Returns
// when it lifted.
core::TimePoint drag(Driver& driver, ui::Point from, ui::Point to, double seconds) {
    driver.touch(Phase::Down, from);
    const core::TimePoint start = driver.now();
    for (;;) {
        driver.step(1.0 / 60);
        const double t = std::min(1.0, (driver.now() - start).count() / seconds);
        const auto f = static_cast<float>(t);
        driver.touch(t < 1 ? Phase::Move : Phase::Up,
                     {from.x + (to.x - from.x) * f, from.y + (to.y - from.y) * f});
        if (t >= 1) {
            return driver.now();
        }
    }
}

// Two taps at pos a few frames apart: the viewer zooms in there, or back out.
void doubleTap(Driver& driver, ui::Point pos) {
    for (int i = 0; i < 2; ++i) {
        driver.touch(Phase::Down, pos);
        driver.step(1.0 / 60);
        driver.touch(Phase::Up, pos);
        driver.step(1.0 / 60);
    }
}

// Swipes through the first section's pictures in the viewer, then zooms into the last one
// shown, pans it and zooms out, three times; the frames of each part are recorded.
int swipes(const fs::path& media, const fs::path& state, int count) {
    Driver driver(media, state);
    ui::Kiosk& kiosk = driver.kiosk();
    const auto& items = kiosk.exhibition().sections.at(0).items;
    const auto keyOf = [&](std::size_t i) {
        return ui::displayKey(items.at(i).image, kiosk.layout());
    };
    kiosk.dispatch(ui::GoHome{});
    kiosk.dispatch(ui::OpenItem{0, 0});
    runUntilShown(driver, keyOf(0), 30);
    std::vector<double> swipeFrames;
    for (int i = 0; i < count && static_cast<std::size_t>(i) + 1 < items.size(); ++i) {
        // A visitor looks at the picture for a moment, then swipes it away to the left.
        runFor(driver, 0.5);
        driver.recordFrames(&swipeFrames);
        const core::TimePoint lifted = drag(driver, {900, 540}, {380, 540}, 0.25);
        const core::TimePoint shown =
            runUntilShown(driver, keyOf(static_cast<std::size_t>(i) + 1), 30);
        runFor(driver, 0.3); // the picture settles in its place
        driver.recordFrames(nullptr);
        emit("swipe_s", (shown - lifted).count());
    }
    std::vector<double> zoomFrames;
    driver.recordFrames(&zoomFrames);
    for (int i = 0; i < 3; ++i) {
        doubleTap(driver, {960, 540});
        runFor(driver, 0.8); // zoomed in, and the full-resolution picture arrives
        drag(driver, {960, 540}, {700, 380}, 0.4);
        runFor(driver, 0.4);
        doubleTap(driver, {960, 540});
        runFor(driver, 0.8);
    }
    driver.recordFrames(nullptr);
    for (const double seconds : swipeFrames) {
        emit("swipe_frame_s", seconds);
    }
    for (const double seconds : zoomFrames) {
        emit("zoom_frame_s", seconds);
    }
    return 0;
}

double pssMegabytes() {
    std::ifstream in("/proc/self/smaps_rollup");
    std::string word;
    while (in >> word) {
        if (word == "Pss:") {
            double kb = 0;
            in >> kb;
            return kb / 1024.0;
        }
    }
    return -1;
}

bool showsItem(const ui::Scene& scene, std::size_t section, std::size_t item) {
    for (const ui::HitRegion& hit : scene.hits) {
        if (const auto* open = std::get_if<ui::OpenItem>(&hit.command);
            open != nullptr && open->section == section && open->item == item) {
            return true;
        }
    }
    return false;
}

int gallery(const fs::path& media, const fs::path& state) {
    Driver driver(media, state);
    ui::Kiosk& kiosk = driver.kiosk();
    const std::size_t sections = kiosk.exhibition().sections.size();
    std::vector<double> frames;
    double scrolling = 0;
    for (std::size_t s = 0; s < sections; ++s) {
        kiosk.dispatch(ui::GoHome{});
        kiosk.dispatch(ui::OpenSection{s});
        runFor(driver, 0.5);
        const std::size_t last = kiosk.exhibition().sections[s].items.size() - 1;
        const core::TimePoint start = driver.now();
        driver.recordFrames(&frames);
        // Flick upwards, let it glide for a moment, flick again, until the last row shows.
        while (!showsItem(kiosk.scene(), s, last)) {
            drag(driver, {960, 900}, {960, 400}, 0.2);
            runFor(driver, 0.6);
        }
        driver.recordFrames(nullptr);
        scrolling += (driver.now() - start).count();
        runFor(driver, 0.5); // the last thumbnails arrive
    }
    for (const double seconds : frames) {
        emit("frame_s", seconds);
    }
    emit("fps", static_cast<double>(frames.size()) / scrolling);
    emit("pss_mb", pssMegabytes());
    // Not part of the measurement: how much of it is freed heap that malloc still holds.
    malloc_trim(0);
    emit("pss_trimmed_mb", pssMegabytes());
    emit("textures_mb", static_cast<double>(driver.session().images().bytesHeld()) / 1048576.0);
    return 0;
}

} // namespace

int runChild(int argc, char** argv) {
    const std::string mode = argc > 2 ? argv[2] : "";
    if (mode == "first-frame" && argc == 5) {
        return firstFrame(argv[3], argv[4]);
    }
    if (mode == "swipe" && argc == 6) {
        return swipes(argv[3], argv[4], std::atoi(argv[5]));
    }
    if (mode == "gallery" && argc == 5) {
        return gallery(argv[3], argv[4]);
    }
    std::fprintf(stderr, "vitrin-bench: bad --child arguments\n");
    return 2;
}

} // namespace vitrin::bench
