#include "imaging/Decode.h"

#include "imaging/DecodeBudget.h"
#include "imaging/ExifOrientation.h"
#include "imaging/FileBytes.h"
#include "imaging/ImageType.h"
#include "imaging/JpegDecoder.h"
#include "imaging/PngDecoder.h"
#include "imaging/Resize.h"
#include "imaging/WebpDecoder.h"

#include <algorithm>
#include <new>
#include <string>
#include <utility>

namespace vitrin::imaging {
namespace {

using Bytes = std::span<const std::uint8_t>;

// A JPEG whose libjpeg scale does not come out at the target is resized row by row as it
// decodes (decodeJpegResized), never held whole.
bool resizesAsItDecodes(const ImageInfo& info, Size target) {
    return info.format == Format::Jpeg &&
           jpegDecodedSize(info.width, info.height, target.width, target.height) != target;
}

// probeImageFile reads this much first: the headers of most pictures fit, which matters when
// the kiosk starts with hundreds of them on an SD card. EXIF with a thumbnail (up to 64 KiB)
// needs the second step; a longer header makes it read the whole file.
constexpr std::size_t kProbeSteps[] = {16 * 1024, 256 * 1024};

DecodeResult<ImageInfo> checkPixelCount(ImageInfo info, const Limits& limits) {
    const auto pixels =
        static_cast<std::uint64_t>(info.width) * static_cast<std::uint64_t>(info.height);
    if (info.width <= 0 || info.height <= 0) {
        return DecodeError{RejectReason::Corrupt, std::string(formatName(info.format)),
                           "no pixels"};
    }
    if (pixels > limits.maxPixels) {
        return DecodeError{RejectReason::TooManyPixels, std::string(formatName(info.format)),
                           std::to_string(info.width) + " x " + std::to_string(info.height) +
                               " pixels, limit " + std::to_string(limits.maxPixels)};
    }
    return info;
}

// Sniffs the type and reads the header; applies every check that needs no pixels.
DecodeResult<ImageInfo> probeBytes(Bytes bytes, const Limits& limits) {
    const auto format = sniffFormat(bytes.first(std::min(bytes.size(), kSniffBytes)));
    if (const auto* error = std::get_if<DecodeError>(&format)) {
        return *error;
    }
    DecodeResult<ImageInfo> info = DecodeError{};
    switch (std::get<Format>(format)) {
    case Format::Jpeg:
        info = probeJpeg(bytes);
        break;
    case Format::Png:
        info = probePng(bytes);
        break;
    case Format::Webp:
        info = probeWebp(bytes);
        break;
    }
    if (auto* error = std::get_if<DecodeError>(&info)) {
        return std::move(*error);
    }
    return checkPixelCount(std::get<ImageInfo>(info), limits);
}

DecodeResult<Pixels> decodeStored(Bytes bytes, const ImageInfo& info, Size target,
                                  const Limits& limits) {
    switch (info.format) {
    case Format::Jpeg:
        return decodeJpeg(bytes, target.width, target.height);
    case Format::Png:
        return decodePng(bytes, limits);
    case Format::Webp:
        return decodeWebp(bytes);
    }
    return DecodeError{RejectReason::NotAnImage, "", "unknown format"};
}

// A picture within the pixel limit can still be too big for a small kiosk's memory; that is
// bad content, reported like a too-large image, not a crash.
template <typename Function> auto catchOutOfMemory(Function&& function) -> decltype(function()) {
    try {
        return function();
    } catch (const std::bad_alloc&) {
        return DecodeError{RejectReason::TooLargeToDecode, "", "not enough memory to decode"};
    }
}

std::uint64_t rgbaBytes(Size size) {
    return 4 * static_cast<std::uint64_t>(size.width) * static_cast<std::uint64_t>(size.height);
}

std::string megabytes(std::uint64_t bytes) {
    return std::to_string((bytes + 1024 * 1024 - 1) / (1024 * 1024)) + " MB";
}

// Takes what decoding info into target needs from the budget, waiting for room; refuses a
// picture that needs more than the whole budget.
DecodeResult<DecodeBudget::Lease> takeDecodeMemory(const ImageInfo& info, Size target,
                                                   const Limits& limits) {
    DecodeBudget& budget = limits.budget != nullptr ? *limits.budget : processDecodeBudget();
    const std::uint64_t need = decodeMemoryNeed(info, target.width, target.height);
    if (auto lease = budget.acquire(need)) {
        return std::move(*lease);
    }
    return DecodeError{RejectReason::TooLargeToDecode, std::string(formatName(info.format)),
                       std::to_string(info.width) + " x " + std::to_string(info.height) +
                           " pixels need " + megabytes(need) + " to decode, more than the " +
                           megabytes(budget.capacity()) + " decoding may use"};
}

DecodeResult<std::uint64_t> checkByteCount(Bytes bytes, const Limits& limits) {
    if (bytes.empty()) {
        return DecodeError{RejectReason::EmptyFile, "", "no bytes"};
    }
    if (bytes.size() > limits.maxFileBytes) {
        return DecodeError{RejectReason::FileTooLarge, "",
                           std::to_string(bytes.size()) + " bytes, limit " +
                               std::to_string(limits.maxFileBytes)};
    }
    return bytes.size();
}

DecodeResult<ImageInfo> validateUnguarded(const std::filesystem::path& file, const Limits& limits) {
    auto bytes = readWholeFile(file, limits);
    if (auto* error = std::get_if<DecodeError>(&bytes)) {
        return std::move(*error);
    }
    const auto& data = std::get<std::vector<std::uint8_t>>(bytes);
    auto info = probeBytes(data, limits);
    if (const auto* error = std::get_if<DecodeError>(&info)) {
        return *error;
    }
    const ImageInfo& header = std::get<ImageInfo>(info);
    auto lease = takeDecodeMemory(header, Size{1, 1}, limits);
    if (auto* error = std::get_if<DecodeError>(&lease)) {
        return std::move(*error);
    }
    // A JPEG is entropy-decoded completely at any scale, so the smallest scale finds the
    // same damage with an eighth of the IDCT work.
    auto pixels = decodeStored(data, header, Size{1, 1}, limits);
    if (auto* error = std::get_if<DecodeError>(&pixels)) {
        return std::move(*error);
    }
    return header;
}

DecodeResult<Pixels> decodeUnguarded(std::span<const std::uint8_t> bytes, int maxWidth,
                                     int maxHeight, const Limits& limits) {
    const auto size = checkByteCount(bytes, limits);
    if (const auto* error = std::get_if<DecodeError>(&size)) {
        return *error;
    }
    auto probed = probeBytes(bytes, limits);
    if (auto* error = std::get_if<DecodeError>(&probed)) {
        return std::move(*error);
    }
    const ImageInfo& info = std::get<ImageInfo>(probed);
    const bool swap = swapsAxes(info.exifOrientation);
    const Size shown = fitInside(swap ? info.height : info.width, swap ? info.width : info.height,
                                 maxWidth, maxHeight);
    const Size target = swap ? Size{shown.height, shown.width} : shown;
    // Held until the turned picture is made; the result alone outlives it.
    auto lease = takeDecodeMemory(info, target, limits);
    if (auto* error = std::get_if<DecodeError>(&lease)) {
        return std::move(*error);
    }
    auto decoded = resizesAsItDecodes(info, target)
                       ? decodeJpegResized(bytes, target.width, target.height)
                       : decodeStored(bytes, info, target, limits);
    if (auto* error = std::get_if<DecodeError>(&decoded)) {
        return std::move(*error);
    }
    Pixels pixels = std::move(std::get<Pixels>(decoded));
    if (pixels.width != target.width || pixels.height != target.height) {
        pixels = resizePixels(pixels, target.width, target.height);
    }
    return applyExifOrientation(std::move(pixels), info.exifOrientation);
}

} // namespace

DecodeResult<ImageInfo> validateImageFile(const std::filesystem::path& file, const Limits& limits) {
    return catchOutOfMemory([&] { return validateUnguarded(file, limits); });
}

DecodeResult<ImageInfo> probeImageFile(const std::filesystem::path& file, const Limits& limits) {
    for (const std::size_t step : kProbeSteps) {
        auto head = readFileHead(file, step, limits);
        if (auto* error = std::get_if<DecodeError>(&head)) {
            return std::move(*error);
        }
        const auto& prefix = std::get<FileHead>(head);
        auto info = probeBytes(prefix.bytes, limits);
        const auto* error = std::get_if<DecodeError>(&info);
        if (prefix.complete || error == nullptr || error->reason != RejectReason::Truncated) {
            return info;
        }
    }
    auto whole = readWholeFile(file, limits);
    if (auto* readError = std::get_if<DecodeError>(&whole)) {
        return std::move(*readError);
    }
    return probeBytes(std::get<std::vector<std::uint8_t>>(whole), limits);
}

DecodeResult<Pixels> decodeImageBytes(std::span<const std::uint8_t> bytes, int maxWidth,
                                      int maxHeight, const Limits& limits) {
    return catchOutOfMemory([&] { return decodeUnguarded(bytes, maxWidth, maxHeight, limits); });
}

DecodeResult<Pixels> decodeImage(const std::filesystem::path& file, int maxWidth, int maxHeight,
                                 const Limits& limits) {
    auto bytes = catchOutOfMemory([&] { return readWholeFile(file, limits); });
    if (auto* error = std::get_if<DecodeError>(&bytes)) {
        return std::move(*error);
    }
    return decodeImageBytes(std::get<std::vector<std::uint8_t>>(bytes), maxWidth, maxHeight,
                            limits);
}

std::uint64_t decodeMemoryNeed(const ImageInfo& info, int targetWidth, int targetHeight) {
    const Size stored{info.width, info.height};
    const Size target{targetWidth, targetHeight};
    const Size decoded = info.format == Format::Jpeg
                             ? jpegDecodedSize(info.width, info.height, targetWidth, targetHeight)
                             : stored;
    const std::uint64_t storedPixels =
        static_cast<std::uint64_t>(info.width) * static_cast<std::uint64_t>(info.height);
    std::uint64_t need =
        (resizesAsItDecodes(info, target) ? jpegRowRingBytes(decoded.width) : rgbaBytes(decoded)) +
        static_cast<std::uint64_t>(std::max(0, info.decoderBytesPerPixel)) * storedPixels;
    if (decoded != target) {
        need += rgbaBytes(target);
    }
    if (swapsAxes(info.exifOrientation)) {
        need += rgbaBytes(target); // turned a quarter into a new picture (mirrors are in place)
    }
    // Row pointers (PNG), the decoders' row buffers and state.
    constexpr std::uint64_t kDecoderState = 1024 * 1024;
    return need + 8 * static_cast<std::uint64_t>(info.height) + kDecoderState;
}

std::string_view formatName(Format format) {
    switch (format) {
    case Format::Jpeg:
        return "JPEG";
    case Format::Png:
        return "PNG";
    case Format::Webp:
        return "WebP";
    }
    return "unknown";
}

std::string_view rejectReasonName(RejectReason reason) {
    switch (reason) {
    case RejectReason::EmptyFile:
        return "EmptyFile";
    case RejectReason::FileTooLarge:
        return "FileTooLarge";
    case RejectReason::TooManyPixels:
        return "TooManyPixels";
    case RejectReason::TooLargeToDecode:
        return "TooLargeToDecode";
    case RejectReason::UnsupportedType:
        return "UnsupportedType";
    case RejectReason::NotAnImage:
        return "NotAnImage";
    case RejectReason::Truncated:
        return "Truncated";
    case RejectReason::Corrupt:
        return "Corrupt";
    case RejectReason::UnsupportedVariant:
        return "UnsupportedVariant";
    case RejectReason::ReadFailed:
        return "ReadFailed";
    }
    return "Unknown";
}

} // namespace vitrin::imaging
