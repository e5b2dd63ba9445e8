#pragma once
// A real FAT stick for tests: a vfat image made with mkfs.vfat and mounted through FUSE
// (fusefat), whose process can be killed as if the stick were pulled out.

#include <filesystem>
#include <optional>
#include <string>
#include <sys/types.h>

namespace vitrin::ingest::test {

// The program's path on PATH or in /usr/sbin and /sbin; nullopt when missing.
std::optional<std::filesystem::path> findProgram(const std::string& name);

class FatStick {
  public:
    // A FAT image of sizeMb megabytes at image holding a copy of the folder contents (when not
    // empty). Check isUsable(): the machine may have no fusefat, mkfs.vfat or /dev/fuse.
    FatStick(const std::filesystem::path& image, const std::filesystem::path& contents, int sizeMb);
    ~FatStick();
    FatStick(const FatStick&) = delete;
    FatStick& operator=(const FatStick&) = delete;

    // Why the stick cannot be made here; empty when it can.
    const std::string& whyNot() const { return whyNot_; }
    // Mounts the image read-only at dir, as the kiosk's USB mounting does; false on failure.
    bool mount(const std::filesystem::path& dir);
    // Kills the file system's process and detaches the mount: the stick is pulled out.
    void pull();

  private:
    std::filesystem::path image_;
    std::filesystem::path mounted_;
    std::string whyNot_;
    pid_t pid_ = 0;
};

} // namespace vitrin::ingest::test
