#pragma once
// Reading the files of an import's source (a USB stick, the inbox, a folder) behind a small
// interface: the import copies through it, tests inject faults at any read, and the benchmark
// and the fault tests slow it to a USB 2 stick's speed.

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <span>

namespace vitrin::ingest {

class SourceFile {
  public:
    virtual ~SourceFile() = default;
    // Reads up to buffer.size() bytes; returns the count (0 at the end) or -errno.
    virtual long read(std::span<std::uint8_t> buffer) = 0;
};

class SourceFiles {
  public:
    virtual ~SourceFiles() = default;
    // Opens a regular file for reading; null with error set to an errno value on failure.
    virtual std::unique_ptr<SourceFile> open(const std::filesystem::path& file, int& error) = 0;
};

// The file system as it is.
class PosixSourceFiles final : public SourceFiles {
  public:
    std::unique_ptr<SourceFile> open(const std::filesystem::path& file, int& error) override;
};

// Another SourceFiles read no faster than bytesPerSecond in all (a USB 2 stick: about 30 MB/s).
class ThrottledSourceFiles final : public SourceFiles {
  public:
    ThrottledSourceFiles(SourceFiles& inner, double bytesPerSecond);
    std::unique_ptr<SourceFile> open(const std::filesystem::path& file, int& error) override;
    // Sleeps as long as reading count more bytes takes at the set speed.
    void pace(std::size_t count);

  private:
    SourceFiles& inner_;
    double bytesPerSecond_;
    std::chrono::steady_clock::time_point start_;
    std::uint64_t bytes_ = 0;
};

} // namespace vitrin::ingest
