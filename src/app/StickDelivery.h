#pragma once
// Files the kiosk gives staff on their USB stick (the import's report, exported statistics),
// into a folder Vitrin/ on it. A kiosk mounts sticks read-only (vitrin-usb-mount.sh), so there
// the files are queued in <state>/outbox/ and a root helper (vitrin-usb-export.service,
// started with `systemctl start --no-block`, which a polkit rule allows the user vitrin)
// remounts the stick read-write for a moment, copies the outbox into Vitrin/, syncs, remounts it
// read-only and empties the outbox. Where the stick's folder can be written (a development
// machine, the tests' usb-insert DIR) the files are written there directly.

#include <filesystem>
#include <string>
#include <vector>

namespace vitrin::app {

struct StickDeliveryResult {
    enum class Outcome {
        Written, // in <stick>/Vitrin/ now, flushed to the stick
        Queued,  // in the outbox; the helper was asked to put them on the stick
        Failed,  // neither: reasonSv / reasonEn say why
    };
    Outcome outcome = Outcome::Failed;
    std::string reasonSv; // for staff, when Failed
    std::string reasonEn; // for staff and the log, when Failed
};

// The folder on the stick that delivered files go into.
inline constexpr std::string_view kStickFolder = "Vitrin";

class StickDelivery {
  public:
    struct Options {
        // The command that asks the root helper to empty the outbox onto the stick.
        std::vector<std::string> helperCommand{"systemctl", "start", "--no-block",
                                               "vitrin-usb-export.service"};
        // Whether the stick's folder is on a read-only file system (statvfs); tests stand in.
        bool (*isReadOnly)(const std::filesystem::path& dir) = nullptr;
    };

    // The outbox is <stateDir>/outbox.
    explicit StickDelivery(std::filesystem::path stateDir);
    StickDelivery(std::filesystem::path stateDir, Options options);

    // Puts copies of files (regular files; each keeps its name) into <stickDir>/Vitrin/,
    // directly or through the outbox. A file of the same name there is replaced.
    StickDeliveryResult deliver(const std::filesystem::path& stickDir,
                                const std::vector<std::filesystem::path>& files) const;
    // The same, then removes files: copies the kiosk made only for the stick.
    StickDeliveryResult deliverAndRemove(const std::filesystem::path& stickDir,
                                         const std::vector<std::filesystem::path>& files) const;

    std::filesystem::path outbox() const { return stateDir_ / "outbox"; }

  private:
    std::filesystem::path stateDir_;
    Options options_;
};

} // namespace vitrin::app
