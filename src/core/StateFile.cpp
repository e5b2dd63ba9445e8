#include "core/StateFile.h"

#include "core/Log.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace vitrin::core {

namespace {

std::string failure(const std::filesystem::path& file, std::string_view what, int error) {
    return "cannot save " + file.string() + ": " + std::string(what) + ": " + errnoText(error) +
           " (the old file is unchanged)";
}

bool writeAll(int fd, std::string_view bytes) {
    while (!bytes.empty()) {
        const ssize_t n = ::write(fd, bytes.data(), bytes.size());
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            if (n == 0) {
                errno = EIO;
            }
            return false;
        }
        bytes.remove_prefix(static_cast<std::size_t>(n));
    }
    return true;
}

// Writes the temporary file; returns 0 or the errno of the step that failed, named in `step`.
int writeTemp(int fd, const std::filesystem::path& folder, std::string_view bytes,
              const char*& step) {
    if (::geteuid() == 0) {
        struct stat owner {};
        step = "cannot give it to the folder's owner";
        if (::stat(folder.c_str(), &owner) != 0 || ::fchown(fd, owner.st_uid, owner.st_gid) != 0) {
            return errno;
        }
    }
    step = "cannot write";
    if (!writeAll(fd, bytes)) {
        return errno;
    }
    step = "cannot flush to disk";
    return ::fsync(fd) == 0 ? 0 : errno;
}

} // namespace

Result<std::optional<std::string>> readStateFile(const std::filesystem::path& file,
                                                 std::size_t maxBytes) {
    const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        if (errno == ENOENT) {
            return std::optional<std::string>();
        }
        return Error{"cannot open " + file.string() + ": " + errnoText(errno)};
    }
    std::string bytes;
    char buffer[4096];
    ssize_t n = 0;
    while ((n = ::read(fd, buffer, sizeof buffer)) != 0) {
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n < 0 || bytes.size() + static_cast<std::size_t>(n) > maxBytes) {
            const int error = n < 0 ? errno : EFBIG;
            ::close(fd);
            return Error{"cannot read " + file.string() + ": " + errnoText(error)};
        }
        bytes.append(buffer, static_cast<std::size_t>(n));
    }
    ::close(fd);
    return std::optional<std::string>(std::move(bytes));
}

Result<void> writeStateFile(const std::filesystem::path& file, std::string_view bytes) {
    const std::filesystem::path folder =
        file.has_parent_path() ? file.parent_path() : std::filesystem::path(".");
    // mkstemp gives a unique name, so two writers (the kiosk and --set-pin) never share one.
    std::string temp = (folder / ("." + file.filename().string() + ".XXXXXX")).string();
    const int fd = ::mkostemp(temp.data(), O_CLOEXEC);
    if (fd < 0) {
        return Error{failure(file, "cannot create a file in " + folder.string(), errno)};
    }
    const char* step = "";
    int error = writeTemp(fd, folder, bytes, step);
    if (::close(fd) != 0 && error == 0) {
        step = "cannot write";
        error = errno;
    }
    if (error == 0 && ::rename(temp.c_str(), file.c_str()) != 0) {
        step = "cannot replace it";
        error = errno;
    }
    if (error != 0) {
        ::unlink(temp.c_str());
        return Error{failure(file, step, error)};
    }
    // The rename is only durable once the folder's entry is on disk too.
    const int dir = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir < 0 || ::fsync(dir) != 0) {
        error = errno;
        if (dir >= 0) {
            ::close(dir);
        }
        return Error{"saved " + file.string() +
                     " but cannot flush its folder to disk: " + errnoText(error)};
    }
    ::close(dir);
    return {};
}

} // namespace vitrin::core
