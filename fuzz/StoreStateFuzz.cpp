// Feeds arbitrary bytes to the reader of the content store's store.json (which exhibition is
// shown, which one "restore" brings back). A damaged state is refused whole; one that is read
// is written again to the same text.

#include "FuzzCheck.h"
#include "ingest/ContentStore.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace vitrin::ingest;
    using vitrin::fuzz::check;
    const auto state = stateFromJson(std::string_view(reinterpret_cast<const char*>(data), size));
    if (!state) {
        check(!state.error().message.empty(), "a refusal says why");
        return 0;
    }
    check(!state->current || state->current->version > 0, "the exhibition shown has a version");
    check(!state->previous || state->previous->version > 0, "the one to restore has a version");
    const std::string written = stateToJson(*state);
    const auto again = stateFromJson(written);
    check(static_cast<bool>(again), "a state read is written and read again");
    check(stateToJson(*again) == written, "writing a state read back changes nothing");
    return 0;
}
