#include "app/StickDelivery.h"

#include "core/Log.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/statvfs.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <utility>

extern char** environ;

namespace vitrin::app {

namespace fs = std::filesystem;
using Outcome = StickDeliveryResult::Outcome;

namespace {

bool isReadOnlyMount(const fs::path& dir) {
    struct statvfs info {};
    return statvfs(dir.c_str(), &info) == 0 && (info.f_flag & ST_RDONLY) != 0;
}

StickDeliveryResult failed(std::string sv, std::string en) {
    core::logWarning("stick delivery: " + en);
    return {Outcome::Failed, std::move(sv), std::move(en)};
}

// Flushes a file or folder to its disk; the errno on failure, else 0.
int flush(const fs::path& path) {
    const int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        return errno;
    }
    const int result = fsync(fd) == 0 ? 0 : errno;
    close(fd);
    return result;
}

// Copies file into folder under its own name: written as a dot-file, flushed, then renamed, so
// that nothing (the helper, a reader of the stick) sees half a file. The errno on failure.
int copyInto(const fs::path& file, const fs::path& folder) {
    const fs::path target = folder / file.filename();
    const fs::path part = folder / ("." + file.filename().string() + ".part");
    std::error_code error;
    fs::copy_file(file, part, fs::copy_options::overwrite_existing, error);
    int code = error ? error.value() : flush(part);
    if (code == 0) {
        fs::rename(part, target, error);
        code = error ? error.value() : 0;
    }
    if (code != 0) {
        fs::remove(part, error);
    }
    return code;
}

bool isDenied(int code) {
    return code == EROFS || code == EACCES || code == EPERM;
}

// Runs command and waits for it; true when it exits 0.
bool run(const std::vector<std::string>& command) {
    if (command.empty()) {
        return false;
    }
    std::vector<char*> argv;
    argv.reserve(command.size() + 1);
    for (const std::string& argument : command) {
        argv.push_back(const_cast<char*>(argument.c_str()));
    }
    argv.push_back(nullptr);
    pid_t pid = 0;
    if (posix_spawnp(&pid, argv[0], nullptr, nullptr, argv.data(), environ) != 0) {
        return false;
    }
    int status = 0;
    while (waitpid(pid, &status, 0) < 0) {
        if (errno != EINTR) {
            return false;
        }
    }
    return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

} // namespace

StickDelivery::StickDelivery(fs::path stateDir) : StickDelivery(std::move(stateDir), Options{}) {
}

StickDelivery::StickDelivery(fs::path stateDir, Options options)
    : stateDir_(std::move(stateDir)), options_(std::move(options)) {
    if (options_.isReadOnly == nullptr) {
        options_.isReadOnly = isReadOnlyMount;
    }
}

StickDeliveryResult StickDelivery::deliver(const fs::path& stickDir,
                                           const std::vector<fs::path>& files) const {
    std::error_code error;
    for (const fs::path& file : files) {
        if (!fs::is_regular_file(file, error)) {
            return failed("Filen " + file.filename().string() + " finns inte.",
                          "there is no file " + file.string());
        }
    }
    if (!fs::is_directory(stickDir, error)) {
        return failed("USB-minnet finns inte längre (det togs ut?).",
                      "the stick is gone (" + stickDir.string() + " is no folder)");
    }
    if (!options_.isReadOnly(stickDir)) {
        const fs::path folder = stickDir / kStickFolder;
        fs::create_directory(folder, error);
        int code = error ? error.value() : 0;
        for (size_t i = 0; code == 0 && i < files.size(); ++i) {
            code = copyInto(files[i], folder);
        }
        if (code == 0) {
            code = flush(folder);
        }
        if (code == 0) {
            core::logInfo("stick delivery: " + std::to_string(files.size()) +
                          " file(s) written to " + folder.string());
            return {Outcome::Written, {}, {}};
        }
        if (!isDenied(code)) {
            const std::string why = std::error_code(code, std::generic_category()).message();
            return failed("Filerna kunde inte skrivas till USB-minnet (" + why + ").",
                          "the files could not be written to the stick: " + why);
        }
        // Not writable after all: the helper's way.
    }
    const fs::path box = outbox();
    fs::create_directories(box, error);
    int code = error ? error.value() : 0;
    for (size_t i = 0; code == 0 && i < files.size(); ++i) {
        code = copyInto(files[i], box);
    }
    if (code == 0) {
        code = flush(box);
    }
    if (code != 0) {
        const std::string why = std::error_code(code, std::generic_category()).message();
        return failed("Filerna kunde inte förberedas för USB-minnet (" + why + ").",
                      "the files could not be queued in " + box.string() + ": " + why);
    }
    if (!run(options_.helperCommand)) {
        return failed("USB-minnet är skrivskyddat och kunde inte göras skrivbart en stund. Filerna "
                      "finns kvar i kiosken och följer med nästa gång.",
                      "the stick is read-only and the helper could not be started (" +
                          options_.helperCommand.front() + " failed); the files stay in " +
                          box.string());
    }
    core::logInfo("stick delivery: " + std::to_string(files.size()) + " file(s) queued in " +
                  box.string() + " for vitrin-usb-export");
    return {Outcome::Queued, {}, {}};
}

StickDeliveryResult StickDelivery::deliverAndRemove(const fs::path& stickDir,
                                                    const std::vector<fs::path>& files) const {
    StickDeliveryResult delivered = deliver(stickDir, files);
    for (const fs::path& file : files) {
        std::error_code ignored;
        fs::remove(file, ignored);
    }
    return delivered;
}

} // namespace vitrin::app
