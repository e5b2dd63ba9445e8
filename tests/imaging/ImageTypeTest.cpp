#include "imaging/ImageType.h"

#include <gtest/gtest.h>
#include <string>
#include <vector>

namespace vitrin::imaging {
namespace {

using namespace std::string_view_literals;

std::vector<std::uint8_t> bytesOf(std::string_view text) {
    return std::vector<std::uint8_t>(text.begin(), text.end());
}

// An ISO-BMFF ftyp box with a major brand and compatible brands.
std::vector<std::uint8_t> ftyp(std::string_view major, std::vector<std::string_view> compatible) {
    const auto size = static_cast<std::uint8_t>(16 + 4 * compatible.size());
    std::string box{'\0', '\0', '\0', static_cast<char>(size)};
    box += "ftyp";
    box += major;
    box += std::string("\0\0\0\0", 4);
    for (auto brand : compatible) {
        box += brand;
    }
    box += std::string("\0\0\0\x08mdat", 8);
    return bytesOf(box);
}

std::string unsupportedName(const std::vector<std::uint8_t>& head) {
    const auto result = sniffFormat(head);
    const auto* error = std::get_if<DecodeError>(&result);
    if (error == nullptr || error->reason != RejectReason::UnsupportedType) {
        return "(not UnsupportedType)";
    }
    return error->detectedType;
}

TEST(ImageType, RecognisesDecodableFormats) {
    EXPECT_EQ(std::get<Format>(sniffFormat(bytesOf("\xFF\xD8\xFF\xE0 rest"))), Format::Jpeg);
    EXPECT_EQ(std::get<Format>(sniffFormat(bytesOf("\x89PNG\r\n\x1A\n...."))), Format::Png);
    EXPECT_EQ(std::get<Format>(sniffFormat(bytesOf("RIFF\x10\0\0\0WEBPVP8 "sv))), Format::Webp);
}

TEST(ImageType, NamesIsoMediaByBrand) {
    EXPECT_EQ(unsupportedName(ftyp("heic", {"mif1", "heic"})), "HEIC");
    EXPECT_EQ(unsupportedName(ftyp("mif1", {"mif1", "heic"})), "HEIC");
    EXPECT_EQ(unsupportedName(ftyp("mif1", {"mif1"})), "HEIF");
    EXPECT_EQ(unsupportedName(ftyp("avif", {"mif1", "avif"})), "AVIF");
    EXPECT_EQ(unsupportedName(ftyp("mif1", {"avif", "mif1"})), "AVIF");
    EXPECT_EQ(unsupportedName(ftyp("crx ", {"crx ", "isom"})), "CR3");
    EXPECT_EQ(unsupportedName(ftyp("isom", {"isom", "iso2", "mp41"})), "MP4");
    EXPECT_EQ(unsupportedName(ftyp("qt  ", {"qt  "})), "MOV");
    EXPECT_EQ(unsupportedName(ftyp("3gp5", {"3gp5", "isom"})), "3GP");
    EXPECT_EQ(unsupportedName(bytesOf(std::string("\0\0\0\x10moov\0\0\0\0\0\0\0\0", 16))), "MOV");
}

TEST(ImageType, NamesOtherKnownTypes) {
    EXPECT_EQ(unsupportedName(bytesOf("%PDF-1.7\n%...")), "PDF");
    EXPECT_EQ(unsupportedName(bytesOf(std::string("II*\0\x08\0\0\0", 8))), "RAW/TIFF");
    EXPECT_EQ(unsupportedName(bytesOf(std::string("MM\0*\0\0\0\x08", 8))), "RAW/TIFF");
    EXPECT_EQ(unsupportedName(bytesOf(std::string("II*\0\x10\0\0\0CR\x02\0", 12))), "RAW/TIFF");
    EXPECT_EQ(unsupportedName(bytesOf("GIF89a\x01\0\x01\0"sv)), "GIF");
    EXPECT_EQ(unsupportedName(bytesOf("GIF87a\x01\0\x01\0"sv)), "GIF");
    EXPECT_EQ(unsupportedName(bytesOf(std::string("BM\x46\0\0\0\0\0\0\0\x36\0\0\0\x28\0\0\0", 18))),
              "BMP");
    EXPECT_EQ(unsupportedName(bytesOf("8BPS\0\x01"sv)), "PSD");
    EXPECT_EQ(unsupportedName(bytesOf("<?xml version=\"1.0\"?>\n<svg xmlns=...>")), "SVG");
    EXPECT_EQ(unsupportedName(bytesOf("\xEF\xBB\xBF  <svg width=\"10\">")), "SVG");
    EXPECT_EQ(unsupportedName(bytesOf("<?xml version=\"1.0\"?><catalog/>")), "XML");
}

TEST(ImageType, UnknownBytesAreNotAnImage) {
    for (const char* text :
         {"hello world", "BMW is a car maker", "PK\x03\x04zipfile", "\xFF\xD8"}) {
        const auto result = sniffFormat(bytesOf(text));
        ASSERT_TRUE(std::holds_alternative<DecodeError>(result)) << text;
        EXPECT_EQ(std::get<DecodeError>(result).reason, RejectReason::NotAnImage) << text;
        EXPECT_EQ(std::get<DecodeError>(result).detectedType, "") << text;
    }
}

TEST(ImageType, NoBytesIsEmptyFile) {
    const auto result = sniffFormat({});
    ASSERT_TRUE(std::holds_alternative<DecodeError>(result));
    EXPECT_EQ(std::get<DecodeError>(result).reason, RejectReason::EmptyFile);
}

} // namespace
} // namespace vitrin::imaging
