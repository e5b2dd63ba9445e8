// Feeds arbitrary bytes to the image cache's index reader (path, size and mtime to content
// hash), as is and with its closing checksum made right. A damaged index must be refused
// whole; one that is read must be written back to the same bytes' meaning.

#include "FuzzCheck.h"
#include "imaging/CacheFormat.h"

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace {

using namespace vitrin::imaging;
using vitrin::fuzz::check;

void readAndCheck(std::span<const std::uint8_t> bytes) {
    const auto index = decodeCacheIndex(bytes);
    if (!index) {
        return;
    }
    const auto again = decodeCacheIndex(encodeCacheIndex(*index));
    check(again.has_value() && again->size() == index->size(), "an index read is written again");
    for (const auto& [path, key] : *index) {
        const auto found = again->find(path);
        check(found != again->end() && found->second.size == key.size &&
                  found->second.mtimeNs == key.mtimeNs && found->second.hash == key.hash,
              "every file of an index survives writing it again");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    readAndCheck(std::span<const std::uint8_t>(data, size));
    if (size < 24) {
        return 0;
    }
    std::vector<std::uint8_t> sealed(data, data + size);
    const std::size_t end = size - 8;
    const std::uint64_t sum = cacheIndexChecksum(std::span(sealed).first(end));
    for (int i = 0; i < 8; ++i) {
        sealed[end + static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(sum >> (8 * i));
    }
    readAndCheck(sealed);
    return 0;
}
