#include "core/AtomicFile.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

namespace vitrin::core {

namespace {

Error errnoError(const std::string& what, const std::filesystem::path& file, int code) {
    char buffer[256];
    // strerror_r (GNU) is thread-safe where strerror is not; imports run on worker threads.
    return Error{what + " " + file.string() + ": " + strerror_r(code, buffer, sizeof buffer)};
}

class FileDescriptor {
  public:
    explicit FileDescriptor(int fd) : fd_(fd) {}
    ~FileDescriptor() {
        if (fd_ >= 0) {
            ::close(fd_);
        }
    }
    FileDescriptor(const FileDescriptor&) = delete;
    FileDescriptor& operator=(const FileDescriptor&) = delete;
    int get() const { return fd_; }

  private:
    int fd_;
};

} // namespace

Result<void> syncFolder(const std::filesystem::path& folder) {
    const FileDescriptor fd(::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (fd.get() < 0) {
        return errnoError("cannot open folder", folder, errno);
    }
    if (::fsync(fd.get()) != 0) {
        return errnoError("cannot flush folder", folder, errno);
    }
    return {};
}

Result<void> writeFileAtomically(const std::filesystem::path& target, std::string_view bytes) {
    std::filesystem::path temp = target;
    temp += ".tmp-" + std::to_string(::getpid());
    {
        const FileDescriptor fd(
            ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644));
        if (fd.get() < 0) {
            return errnoError("cannot create", temp, errno);
        }
        std::size_t done = 0;
        while (done < bytes.size()) {
            const ssize_t n = ::write(fd.get(), bytes.data() + done, bytes.size() - done);
            if (n < 0 && errno == EINTR) {
                continue;
            }
            if (n <= 0) {
                const int code = n < 0 ? errno : ENOSPC;
                ::unlink(temp.c_str());
                return errnoError("cannot write", temp, code);
            }
            done += static_cast<std::size_t>(n);
        }
        if (::fsync(fd.get()) != 0) {
            const int code = errno;
            ::unlink(temp.c_str());
            return errnoError("cannot flush", temp, code);
        }
    }
    if (::rename(temp.c_str(), target.c_str()) != 0) {
        const int code = errno;
        ::unlink(temp.c_str());
        return errnoError("cannot replace", target, code);
    }
    return syncFolder(target.has_parent_path() ? target.parent_path() : ".");
}

Result<std::string> readSmallFile(const std::filesystem::path& file, std::size_t maxBytes) {
    const FileDescriptor fd(::open(file.c_str(), O_RDONLY | O_CLOEXEC));
    if (fd.get() < 0) {
        return errnoError("cannot open", file, errno);
    }
    struct stat st {};
    if (::fstat(fd.get(), &st) != 0 || !S_ISREG(st.st_mode)) {
        return Error{"not a regular file: " + file.string()};
    }
    if (static_cast<std::size_t>(st.st_size) > maxBytes) {
        return Error{"too large: " + file.string()};
    }
    std::string bytes(static_cast<std::size_t>(st.st_size), '\0');
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::read(fd.get(), bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n < 0) {
            return errnoError("cannot read", file, errno);
        }
        if (n == 0) {
            break;
        }
        done += static_cast<std::size_t>(n);
    }
    bytes.resize(done);
    return bytes;
}

} // namespace vitrin::core
