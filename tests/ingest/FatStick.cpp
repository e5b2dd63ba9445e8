#include "FatStick.h"

#include "ingest/SourceWatcher.h"

#include <chrono>
#include <csignal>
#include <cstdlib>
#include <fcntl.h>
#include <fstream>
#include <spawn.h>
#include <sys/mount.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

extern char** environ;

namespace vitrin::ingest::test {

namespace fs = std::filesystem;

namespace {

// Starts fusefat in the foreground (so the process to kill is this one); its pid or 0.
pid_t startFusefat(const fs::path& program, const std::string& mode, const fs::path& image,
                   const fs::path& dir) {
    std::vector<std::string> args{program.string(), "-f", "-o", mode, image.string(), dir.string()};
    std::vector<char*> argv;
    for (std::string& arg : args) {
        argv.push_back(arg.data());
    }
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
    pid_t pid = 0;
    const int spawned =
        ::posix_spawn(&pid, program.c_str(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) {
        return 0;
    }
    for (int i = 0; i < 200 && !isMountPoint(dir); ++i) {
        if (::waitpid(pid, nullptr, WNOHANG) == pid) {
            return 0;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return isMountPoint(dir) ? pid : 0;
}

void stop(pid_t pid, const fs::path& dir) {
    ::kill(pid, SIGKILL);
    ::waitpid(pid, nullptr, 0);
    if (const auto fusermount = findProgram("fusermount")) {
        const std::string detach = fusermount->string() + " -u -z '" + dir.string() + "'";
        if (std::system(detach.c_str()) != 0) {
            ::umount2(dir.c_str(), MNT_DETACH);
        }
    }
}

} // namespace

std::optional<fs::path> findProgram(const std::string& name) {
    std::string path = ::getenv("PATH") != nullptr ? ::getenv("PATH") : "";
    path += ":/usr/sbin:/sbin"; // mkfs.vfat lives there, outside a user's PATH
    std::size_t start = 0;
    while (start <= path.size()) {
        const std::size_t end = std::min(path.find(':', start), path.size());
        const fs::path candidate = fs::path(path.substr(start, end - start)) / name;
        if (end > start && ::access(candidate.c_str(), X_OK) == 0) {
            return candidate;
        }
        start = end + 1;
    }
    return std::nullopt;
}

FatStick::FatStick(const fs::path& image, const fs::path& contents, int sizeMb) : image_(image) {
    const auto fusefat = findProgram("fusefat");
    const auto mkfs = findProgram("mkfs.vfat");
    if (!fusefat || !mkfs || !findProgram("fusermount") ||
        ::access("/dev/fuse", R_OK | W_OK) != 0) {
        whyNot_ = "needs fusefat, mkfs.vfat (dosfstools), fusermount and /dev/fuse";
        return;
    }
    const std::string format = mkfs->string() + " -C -n VITRIN '" + image.string() + "' " +
                               std::to_string(sizeMb * 1024) + " >/dev/null 2>&1";
    if (std::system(format.c_str()) != 0) {
        whyNot_ = "mkfs.vfat failed";
        return;
    }
    if (contents.empty()) {
        return;
    }
    const fs::path filling = image.string() + ".filling";
    fs::create_directories(filling);
    const pid_t pid = startFusefat(*fusefat, "rw+", image, filling);
    if (pid == 0) {
        whyNot_ = "fusefat cannot mount here";
        return;
    }
    // Byte by byte: fusefat has none of the calls fs::copy uses to copy faster.
    std::error_code error;
    for (auto entry = fs::recursive_directory_iterator(contents, error);
         !error && entry != fs::recursive_directory_iterator(); entry.increment(error)) {
        const fs::path target = filling / fs::relative(entry->path(), contents);
        if (entry->is_directory()) {
            fs::create_directory(target, error);
        } else {
            std::ifstream in(entry->path(), std::ios::binary);
            std::ofstream out(target, std::ios::binary);
            out << in.rdbuf();
            if (!out) {
                error = std::make_error_code(std::errc::io_error);
            }
        }
    }
    // A clean unmount writes everything back to the image before the process ends.
    const std::string unmount =
        findProgram("fusermount")->string() + " -u '" + filling.string() + "'";
    const bool unmounted = std::system(unmount.c_str()) == 0;
    ::waitpid(pid, nullptr, 0);
    if (error || !unmounted) {
        whyNot_ = "filling the FAT image failed: " + error.message();
    }
}

FatStick::~FatStick() {
    if (pid_ > 0) {
        stop(pid_, mounted_);
    }
}

bool FatStick::mount(const fs::path& dir) {
    fs::create_directories(dir);
    pid_ = startFusefat(*findProgram("fusefat"), "ro", image_, dir);
    mounted_ = dir;
    return pid_ > 0;
}

void FatStick::pull() {
    if (pid_ > 0) {
        stop(pid_, mounted_);
        pid_ = 0;
    }
}

} // namespace vitrin::ingest::test
