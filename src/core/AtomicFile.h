#pragma once
// Files that survive a power cut whole: readers see the old content or the new, never a part.

#include "core/Result.h"

#include <filesystem>
#include <string_view>

namespace vitrin::core {

// Writes bytes to a temporary file beside target, flushes it to disk, renames it over target
// and flushes the folder, so the rename itself is on disk when this returns. The error names
// the file and the reason ("No space left on device").
Result<void> writeFileAtomically(const std::filesystem::path& target, std::string_view bytes);

// Flushes a folder's entries (new, renamed and removed names) to disk.
Result<void> syncFolder(const std::filesystem::path& folder);

// The whole file, or an error naming it; refuses files larger than maxBytes.
Result<std::string> readSmallFile(const std::filesystem::path& file, std::size_t maxBytes);

} // namespace vitrin::core
