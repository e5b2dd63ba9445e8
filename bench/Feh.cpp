#include "Feh.h"

#include "imaging/Decode.h"

#include <X11/Xlib.h>
#include <X11/Xutil.h>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <fcntl.h>
#include <fstream>
#include <set>
#include <spawn.h>
#include <string>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

extern char** environ;

namespace vitrin::bench {
namespace {

using SteadyClock = std::chrono::steady_clock;

std::set<Window> topLevelWindows(Display* display) {
    Window root = 0, parent = 0;
    Window* children = nullptr;
    unsigned count = 0;
    std::set<Window> windows;
    if (XQueryTree(display, DefaultRootWindow(display), &root, &parent, &children, &count) != 0) {
        windows.insert(children, children + count);
        XFree(children);
    }
    return windows;
}

// True when window is mapped and its centre pixel has the expected colour.
bool showsPicture(Display* display, Window window, Rgb expected) {
    XWindowAttributes attributes{};
    if (XGetWindowAttributes(display, window, &attributes) == 0 ||
        attributes.map_state != IsViewable || attributes.width < 2 || attributes.height < 2) {
        return false;
    }
    XImage* image = XGetImage(display, window, attributes.width / 2, attributes.height / 2, 1, 1,
                              AllPlanes, ZPixmap);
    if (image == nullptr) {
        return false;
    }
    const unsigned long pixel = XGetPixel(image, 0, 0);
    XDestroyImage(image);
    const auto near = [](unsigned long value, int want) {
        return std::abs(static_cast<int>(value & 0xFF) - want) <= 40;
    };
    return near(pixel >> 16, expected.r) && near(pixel >> 8, expected.g) && near(pixel, expected.b);
}

int ignoreXErrors(Display*, XErrorEvent*) {
    return 0; // a window may vanish between listing and asking about it
}

} // namespace

Rgb centreColour(const std::filesystem::path& first) {
    const auto decoded = imaging::decodeImage(first, 1920, 1080, {});
    const auto* pixels = std::get_if<imaging::Pixels>(&decoded);
    if (pixels == nullptr || pixels->width < 8 || pixels->height < 8) {
        return {};
    }
    long sum[3] = {0, 0, 0};
    long count = 0;
    for (int y = pixels->height / 2 - 2; y < pixels->height / 2 + 2; ++y) {
        for (int x = pixels->width / 2 - 2; x < pixels->width / 2 + 2; ++x) {
            const std::size_t at =
                (static_cast<std::size_t>(y) * static_cast<std::size_t>(pixels->width) +
                 static_cast<std::size_t>(x)) *
                4;
            for (int c = 0; c < 3; ++c) {
                sum[c] += pixels->rgba[at + static_cast<std::size_t>(c)];
            }
            ++count;
        }
    }
    return {static_cast<int>(sum[0] / count), static_cast<int>(sum[1] / count),
            static_cast<int>(sum[2] / count)};
}

std::optional<double> viewerFirstPictureSeconds(std::vector<std::string> args, Rgb expected) {
    if (std::system(("command -v " + args.at(0) + " > /dev/null 2>&1").c_str()) != 0) {
        return std::nullopt;
    }
    Display* display = XOpenDisplay(nullptr);
    if (display == nullptr) {
        return std::nullopt;
    }
    XSetErrorHandler(ignoreXErrors);
    const std::set<Window> before = topLevelWindows(display);
    std::vector<char*> argv;
    for (std::string& arg : args) {
        argv.push_back(arg.data());
    }
    argv.push_back(nullptr);
    const auto start = SteadyClock::now();
    pid_t pid = 0;
    std::optional<double> seconds;
    // The viewer's messages stay out of the bench's output.
    posix_spawn_file_actions_t quiet;
    posix_spawn_file_actions_init(&quiet);
    posix_spawn_file_actions_addopen(&quiet, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&quiet, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
    // In a process group of its own, so that the processes it starts (Chromium's) end with it.
    posix_spawnattr_t group;
    posix_spawnattr_init(&group);
    posix_spawnattr_setflags(&group, POSIX_SPAWN_SETPGROUP);
    posix_spawnattr_setpgroup(&group, 0);
    const int spawned = posix_spawnp(&pid, argv[0], &quiet, &group, argv.data(), environ);
    posix_spawnattr_destroy(&group);
    posix_spawn_file_actions_destroy(&quiet);
    if (spawned == 0) {
        while (!seconds && SteadyClock::now() - start < std::chrono::seconds(30)) {
            for (const Window window : topLevelWindows(display)) {
                if (!before.contains(window) && showsPicture(display, window, expected)) {
                    seconds = std::chrono::duration<double>(SteadyClock::now() - start).count();
                    break;
                }
            }
            std::this_thread::sleep_for(std::chrono::microseconds(500));
        }
        kill(-pid, SIGTERM);
        int status = 0;
        waitpid(pid, &status, 0);
        // The next start must not find the last one's processes still holding its profile.
        for (int i = 0; i < 100 && kill(-pid, 0) == 0; ++i) {
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
        kill(-pid, SIGKILL);
    }
    XCloseDisplay(display);
    return seconds;
}

namespace {
// The folder's JPEGs in name order.
std::vector<std::filesystem::path> picturesIn(const std::filesystem::path& folder) {
    std::vector<std::filesystem::path> pictures;
    for (const auto& entry : std::filesystem::directory_iterator(folder)) {
        if (entry.path().extension() == ".jpg") {
            pictures.push_back(entry.path());
        }
    }
    std::sort(pictures.begin(), pictures.end());
    return pictures;
}
std::filesystem::path firstPicture(const std::filesystem::path& folder) {
    const std::vector<std::filesystem::path> pictures = picturesIn(folder);
    return pictures.empty() ? std::filesystem::path() : pictures.front();
}
} // namespace

std::optional<double> fehFirstPictureSeconds(const std::filesystem::path& folder) {
    return viewerFirstPictureSeconds({"feh", "-F", "-Z", "--sort", "filename", folder.string()},
                                     centreColour(firstPicture(folder)));
}

std::optional<double> imvFirstPictureSeconds(const std::filesystem::path& folder) {
    return viewerFirstPictureSeconds({"imv-x11", "-f", "-s", "shrink", folder.string()},
                                     centreColour(firstPicture(folder)));
}

std::optional<double> chromiumFirstPictureSeconds(const std::filesystem::path& folder,
                                                  const std::filesystem::path& profile) {
    std::filesystem::create_directories(profile.parent_path());
    const std::filesystem::path page =
        profile.parent_path() / (folder.parent_path().filename().string() + ".html");
    if (!std::filesystem::exists(page)) { // the same page for every start on this folder
        std::ofstream html(page);
        html << "<!doctype html><html><head><meta charset=\"utf-8\"><style>"
                "html,body{margin:0;background:#000}::-webkit-scrollbar{display:none}"
                "img{display:block;width:100%;height:100vh;object-fit:contain}"
                "</style></head><body>\n";
        for (const std::filesystem::path& picture : picturesIn(folder)) {
            html << "<img src=\"file://" << picture.string() << "\">\n";
        }
        html << "</body></html>\n";
    }
    std::vector<std::string> command{
        "chromium", "--kiosk", "--no-first-run", "--no-default-browser-check",
        "--hide-crash-restore-bubble",
        // This machine's network is closed: no background traffic.
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + profile.string(), "file://" + page.string()};
    if (geteuid() == 0) {
        command.insert(command.begin() + 1, "--no-sandbox"); // Chromium refuses root otherwise
    }
    // Without a window manager --kiosk gets no full screen: the window is placed over it.
    if (Display* display = XOpenDisplay(nullptr)) {
        command.insert(command.begin() + 1,
                       "--window-size=" + std::to_string(DisplayWidth(display, 0)) + "," +
                           std::to_string(DisplayHeight(display, 0)));
        command.insert(command.begin() + 1, "--window-position=0,0");
        XCloseDisplay(display);
    }
    const Rgb expected = centreColour(firstPicture(folder));
    if (!std::filesystem::exists(profile) && !viewerFirstPictureSeconds(command, expected)) {
        return std::nullopt;
    }
    return viewerFirstPictureSeconds(command, expected);
}

} // namespace vitrin::bench
