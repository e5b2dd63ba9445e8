#include "imaging/ImageType.h"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>

namespace vitrin::imaging {

using namespace std::string_view_literals;
namespace {

using Bytes = std::span<const std::uint8_t>;

bool startsWith(Bytes bytes, std::string_view prefix, std::size_t at = 0) {
    if (bytes.size() < at + prefix.size()) {
        return false;
    }
    return std::equal(prefix.begin(), prefix.end(), bytes.begin() + static_cast<long>(at),
                      [](char a, std::uint8_t b) { return static_cast<std::uint8_t>(a) == b; });
}

std::uint32_t readBe32(Bytes bytes, std::size_t at) {
    return static_cast<std::uint32_t>(bytes[at]) << 24 |
           static_cast<std::uint32_t>(bytes[at + 1]) << 16 |
           static_cast<std::uint32_t>(bytes[at + 2]) << 8 | bytes[at + 3];
}

std::string_view isoBrandType(std::string_view brand) {
    struct BrandType {
        std::string_view brand;
        std::string_view type;
    };
    static constexpr std::array<BrandType, 27> kBrands{{
        {"heic", "HEIC"}, {"heix", "HEIC"}, {"heim", "HEIC"}, {"heis", "HEIC"}, {"hevc", "HEIC"},
        {"hevx", "HEIC"}, {"hevm", "HEIC"}, {"hevs", "HEIC"}, {"avif", "AVIF"}, {"avis", "AVIF"},
        {"mif1", "HEIF"}, {"msf1", "HEIF"}, {"crx ", "CR3"},  {"qt  ", "MOV"},  {"3gp4", "3GP"},
        {"3gp5", "3GP"},  {"3gp6", "3GP"},  {"3gp7", "3GP"},  {"3g2a", "3GP"},  {"isom", "MP4"},
        {"iso2", "MP4"},  {"mp41", "MP4"},  {"mp42", "MP4"},  {"avc1", "MP4"},  {"M4V ", "MP4"},
        {"dash", "MP4"},  {"f4v ", "MP4"},
    }};
    for (const auto& entry : kBrands) {
        if (entry.brand == brand) {
            return entry.type;
        }
    }
    return {};
}

// ISO base media files (HEIC, AVIF, CR3, MP4, MOV, 3GP) open with an `ftyp` box naming brands.
// The major brand decides; a generic one (mif1, isom) yields to a more specific compatible
// brand, because HEIC and AVIF files often list mif1 first.
std::string_view isoMediaType(Bytes head) {
    if (!startsWith(head, "ftyp", 4)) {
        return {};
    }
    const std::size_t boxSize = std::min<std::size_t>(readBe32(head, 0), head.size());
    std::string_view best;
    auto consider = [&best](std::string_view type) {
        const bool generic = best.empty() || best == "HEIF" || best == "MP4";
        if (!type.empty() && generic) {
            best = type;
        }
    };
    const auto brandAt = [&head](std::size_t at) {
        return std::string_view(reinterpret_cast<const char*>(head.data()) + at, 4);
    };
    if (head.size() >= 12) {
        consider(isoBrandType(brandAt(8)));
    }
    for (std::size_t at = 16; at + 4 <= boxSize; at += 4) {
        consider(isoBrandType(brandAt(at)));
    }
    return best.empty() ? std::string_view("ISO media") : best;
}

bool isQuickTimeWithoutFtyp(Bytes head) {
    return startsWith(head, "moov", 4) || startsWith(head, "mdat", 4) ||
           startsWith(head, "wide", 4) || startsWith(head, "free", 4) ||
           startsWith(head, "pnot", 4);
}

bool isBmp(Bytes head) {
    if (!startsWith(head, "BM") || head.size() < 18) {
        return false;
    }
    // Two letters are too weak alone: also require a known DIB header size.
    const std::uint32_t dibSize =
        static_cast<std::uint32_t>(head[14]) | static_cast<std::uint32_t>(head[15]) << 8 |
        static_cast<std::uint32_t>(head[16]) << 16 | static_cast<std::uint32_t>(head[17]) << 24;
    return dibSize == 12 || dibSize == 40 || dibSize == 52 || dibSize == 56 || dibSize == 64 ||
           dibSize == 108 || dibSize == 124;
}

std::string_view markupType(Bytes head) {
    std::size_t at = startsWith(head, "\xEF\xBB\xBF") ? 3 : 0;
    while (at < head.size() &&
           (head[at] == ' ' || head[at] == '\t' || head[at] == '\r' || head[at] == '\n')) {
        ++at;
    }
    if (!startsWith(head, "<", at)) {
        return {};
    }
    const std::string_view text(reinterpret_cast<const char*>(head.data()), head.size());
    if (text.find("<svg", at) != std::string_view::npos) {
        return "SVG";
    }
    if (startsWith(head, "<?xml", at)) {
        return "XML";
    }
    return {};
}

// A type we recognise but do not show; empty when unknown.
std::string_view unsupportedType(Bytes head) {
    if (startsWith(head, "GIF87a") || startsWith(head, "GIF89a")) {
        return "GIF";
    }
    if (startsWith(head, "8BPS")) {
        return "PSD";
    }
    if (startsWith(head, "II*\0"sv) || startsWith(head, "MM\0*"sv) || startsWith(head, "II+\0"sv) ||
        startsWith(head, "MM\0+"sv) || startsWith(head, "IIRO") || startsWith(head, "IIU\0"sv)) {
        // TIFF and the camera RAW formats built on it (DNG, NEF, CR2, ARW, ORF, RW2) cannot
        // be told apart without walking the IFDs; staff get the same advice for all of them.
        return "RAW/TIFF";
    }
    if (startsWith(head, "FUJIFILMCCD-RAW")) {
        return "RAW/TIFF";
    }
    if (head.size() >= 12 && startsWith(head, "ftyp", 4)) {
        return isoMediaType(head);
    }
    if (isQuickTimeWithoutFtyp(head)) {
        return "MOV";
    }
    if (startsWith(head, "RIFF") && startsWith(head, "AVI ", 8)) {
        return "AVI";
    }
    if (isBmp(head)) {
        return "BMP";
    }
    const std::string_view text(reinterpret_cast<const char*>(head.data()),
                                std::min<std::size_t>(head.size(), 1024));
    if (text.find("%PDF-") != std::string_view::npos) {
        return "PDF";
    }
    if (startsWith(head, "\xFF\x0A") || startsWith(head, "\0\0\0\x0CJXL \r\n\x87\n"sv)) {
        return "JPEG XL";
    }
    if (startsWith(head, "\0\0\0\x0CjP  \r\n\x87\n"sv) || startsWith(head, "\xFF\x4F\xFF\x51")) {
        return "JPEG 2000";
    }
    return markupType(head);
}

} // namespace

DecodeResult<Format> sniffFormat(std::span<const std::uint8_t> head) {
    if (head.empty()) {
        return DecodeError{RejectReason::EmptyFile, "", "no bytes"};
    }
    if (startsWith(head, "\xFF\xD8\xFF")) {
        return Format::Jpeg;
    }
    if (startsWith(head, "\x89PNG\r\n\x1A\n")) {
        return Format::Png;
    }
    if (startsWith(head, "RIFF") && startsWith(head, "WEBP", 8)) {
        return Format::Webp;
    }
    const std::string_view type = unsupportedType(head);
    if (!type.empty()) {
        return DecodeError{RejectReason::UnsupportedType, std::string(type),
                           std::string(type) + " files are not supported"};
    }
    return DecodeError{RejectReason::NotAnImage, "", "no known image signature"};
}

} // namespace vitrin::imaging
