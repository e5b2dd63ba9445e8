#include "ingest/SourceFiles.h"

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

namespace vitrin::ingest {

namespace {

class PosixFile final : public SourceFile {
  public:
    explicit PosixFile(int fd) : fd_(fd) {}
    ~PosixFile() override { ::close(fd_); }
    PosixFile(const PosixFile&) = delete;
    PosixFile& operator=(const PosixFile&) = delete;

    long read(std::span<std::uint8_t> buffer) override {
        for (;;) {
            const ssize_t n = ::read(fd_, buffer.data(), buffer.size());
            if (n >= 0) {
                return static_cast<long>(n);
            }
            if (errno != EINTR) {
                return -errno;
            }
        }
    }

  private:
    int fd_;
};

class ThrottledFile final : public SourceFile {
  public:
    ThrottledFile(std::unique_ptr<SourceFile> inner, ThrottledSourceFiles& owner)
        : inner_(std::move(inner)), owner_(owner) {}

    long read(std::span<std::uint8_t> buffer) override {
        const long n = inner_->read(buffer);
        if (n > 0) {
            owner_.pace(static_cast<std::size_t>(n));
        }
        return n;
    }

  private:
    std::unique_ptr<SourceFile> inner_;
    ThrottledSourceFiles& owner_;
};

} // namespace

std::unique_ptr<SourceFile> PosixSourceFiles::open(const std::filesystem::path& file, int& error) {
    // O_NOFOLLOW: the scanner has already resolved links it allows; a link swapped in since
    // is not followed. O_NONBLOCK keeps a FIFO put there meanwhile from hanging the import.
    const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK);
    if (fd < 0) {
        error = errno;
        return nullptr;
    }
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        error = EINVAL;
        ::close(fd);
        return nullptr;
    }
    ::fcntl(fd, F_SETFL, 0);
    ::posix_fadvise(fd, 0, 0, POSIX_FADV_SEQUENTIAL);
    return std::make_unique<PosixFile>(fd);
}

ThrottledSourceFiles::ThrottledSourceFiles(SourceFiles& inner, double bytesPerSecond)
    : inner_(inner), bytesPerSecond_(bytesPerSecond), start_(std::chrono::steady_clock::now()) {
}

std::unique_ptr<SourceFile> ThrottledSourceFiles::open(const std::filesystem::path& file,
                                                       int& error) {
    auto inner = inner_.open(file, error);
    if (!inner) {
        return nullptr;
    }
    return std::make_unique<ThrottledFile>(std::move(inner), *this);
}

void ThrottledSourceFiles::pace(std::size_t count) {
    bytes_ += count;
    const auto due =
        start_ + std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                     std::chrono::duration<double>(static_cast<double>(bytes_) / bytesPerSecond_));
    std::this_thread::sleep_until(due);
}

} // namespace vitrin::ingest
