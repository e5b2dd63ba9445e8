#pragma once
// Reading image files with the size limits checked on the open file before any byte is read.

#include "imaging/Decode.h"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <vector>

namespace vitrin::imaging {

// The whole file; EmptyFile, FileTooLarge (from the size, before reading) or ReadFailed.
DecodeResult<std::vector<std::uint8_t>> readWholeFile(const std::filesystem::path& file,
                                                      const Limits& limits);

// At most maxBytes from the start; same checks as readWholeFile. `complete` tells whether
// the returned bytes are the whole file.
struct FileHead {
    std::vector<std::uint8_t> bytes;
    bool complete = false;
};
DecodeResult<FileHead> readFileHead(const std::filesystem::path& file, std::size_t maxBytes,
                                    const Limits& limits);

} // namespace vitrin::imaging
