#include "imaging/FileBytes.h"

#include "core/Log.h"

#include <cerrno>
#include <fcntl.h>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

namespace vitrin::imaging {
namespace {

// Called from the loader's worker threads: core::errnoText, as std::strerror is not thread-safe.
DecodeError readError(const std::filesystem::path& file, const std::string& what) {
    const int code = errno;
    return DecodeError{RejectReason::ReadFailed, "",
                       what + " " + file.string() + ": " + core::errnoText(code)};
}

class Fd {
  public:
    explicit Fd(int fd) : fd_(fd) {}
    ~Fd() {
        if (fd_ >= 0) {
            ::close(fd_);
        }
    }
    Fd(const Fd&) = delete;
    Fd& operator=(const Fd&) = delete;
    int get() const { return fd_; }

  private:
    int fd_;
};

// Reads up to `wanted` bytes; fewer only at end of file.
bool readFully(int fd, std::uint8_t* out, std::size_t wanted, std::size_t& got) {
    got = 0;
    while (got < wanted) {
        const ssize_t n = ::read(fd, out + got, wanted - got);
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            return false;
        }
        if (n == 0) {
            break;
        }
        got += static_cast<std::size_t>(n);
    }
    return true;
}

DecodeResult<FileHead> readPrefix(const std::filesystem::path& file, std::size_t maxBytes,
                                  const Limits& limits) {
    const Fd fd(::open(file.c_str(), O_RDONLY | O_CLOEXEC));
    if (fd.get() < 0) {
        return readError(file, "cannot open");
    }
    struct stat st {};
    if (::fstat(fd.get(), &st) != 0) {
        return readError(file, "cannot stat");
    }
    if (!S_ISREG(st.st_mode)) {
        return DecodeError{RejectReason::ReadFailed, "", "not a regular file: " + file.string()};
    }
    const auto size = static_cast<std::uint64_t>(st.st_size);
    if (size == 0) {
        return DecodeError{RejectReason::EmptyFile, "", "empty file: " + file.string()};
    }
    if (size > limits.maxFileBytes) {
        return DecodeError{RejectReason::FileTooLarge, "",
                           std::to_string(size) + " bytes, limit " +
                               std::to_string(limits.maxFileBytes) + ": " + file.string()};
    }
    FileHead head;
    const std::size_t wanted = size < maxBytes ? static_cast<std::size_t>(size) : maxBytes;
    head.bytes.resize(wanted);
    std::size_t got = 0;
    if (!readFully(fd.get(), head.bytes.data(), wanted, got)) {
        return readError(file, "cannot read");
    }
    if (got < wanted) {
        // The file shrank between fstat and read: someone is changing it under us.
        return DecodeError{RejectReason::ReadFailed, "",
                           "file changed while reading: " + file.string()};
    }
    head.complete = wanted == size;
    return head;
}

} // namespace

DecodeResult<std::vector<std::uint8_t>> readWholeFile(const std::filesystem::path& file,
                                                      const Limits& limits) {
    auto head = readPrefix(file, static_cast<std::size_t>(limits.maxFileBytes), limits);
    if (auto* error = std::get_if<DecodeError>(&head)) {
        return std::move(*error);
    }
    return std::move(std::get<FileHead>(head).bytes);
}

DecodeResult<FileHead> readFileHead(const std::filesystem::path& file, std::size_t maxBytes,
                                    const Limits& limits) {
    return readPrefix(file, maxBytes, limits);
}

} // namespace vitrin::imaging
