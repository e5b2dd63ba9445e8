#pragma once
// Small files in the kiosk's state folder (settings, the PIN lock-out): read whole, and replaced
// atomically so that a power cut or a full disk leaves the old file or the new one, never a part.

#include "core/Result.h"

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace vitrin::core {

// State files are small; anything larger is not one of them.
inline constexpr std::size_t kMaxStateFileBytes = 1 << 20;

// The file's bytes; nullopt when it does not exist; an error when it exists but cannot be read
// or is larger than maxBytes.
Result<std::optional<std::string>> readStateFile(const std::filesystem::path& file,
                                                 std::size_t maxBytes = kMaxStateFileBytes);

// Replaces file with bytes: a temporary file in the same folder is written, flushed to disk
// and renamed over it, then the folder is flushed. On failure the old file is untouched and the
// error says why ("No space left on device"). The file is readable by its owner only. Run as root,
// the new file gets the folder's owner, so that `sudo vitrin --set-pin` leaves a file the kiosk
// user can still read and replace.
Result<void> writeStateFile(const std::filesystem::path& file, std::string_view bytes);

} // namespace vitrin::core
