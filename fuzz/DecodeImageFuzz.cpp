// Feeds arbitrary bytes to the strict decoders through decodeImageBytes (the type is read from
// the bytes): JPEG, PNG and WebP must be decoded or rejected, never crash, hang, leak or
// return pixels that do not match their size. Built once per format so that each target's
// corpus stays on its format; the limits keep a run fast and within libFuzzer's memory limit.

#include "FuzzCheck.h"
#include "imaging/Decode.h"

#include <cstddef>
#include <cstdint>
#include <span>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace vitrin::imaging;
    using vitrin::fuzz::check;
    constexpr int kBox = 256;
    const Limits limits{.maxFileBytes = 1024 * 1024, .maxPixels = 4'000'000};
    const auto decoded =
        decodeImageBytes(std::span<const std::uint8_t>(data, size), kBox, kBox, limits);
    if (const auto* pixels = std::get_if<Pixels>(&decoded)) {
        check(pixels->width > 0 && pixels->height > 0, "decoded pixels have a size");
        check(pixels->width <= kBox && pixels->height <= kBox, "decoded pixels fit the box");
        check(pixels->rgba.size() == std::size_t{4} * static_cast<std::size_t>(pixels->width) *
                                         static_cast<std::size_t>(pixels->height),
              "four bytes a pixel");
    } else {
        check(!std::get<DecodeError>(decoded).detail.empty(), "a rejection says why");
    }
    return 0;
}
