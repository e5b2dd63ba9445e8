// validateImageFile and probeImageFile: what the content module relies on.
#include "TestImages.h"
#include "imaging/Decode.h"

#include <gtest/gtest.h>

namespace vitrin::imaging {
namespace {

using test::ByteVector;
using test::TempDir;

const std::filesystem::path kJpegTestData =
    std::filesystem::path(VITRIN_TESTDATA_DIR) / "libjpeg-turbo";

RejectReason reasonOf(const DecodeResult<ImageInfo>& result) {
    const auto* error = std::get_if<DecodeError>(&result);
    EXPECT_NE(error, nullptr) << "expected a rejection";
    return error != nullptr ? error->reason : RejectReason::ReadFailed;
}

bool isTruncatedOrCorrupt(const DecodeResult<ImageInfo>& result) {
    const auto* error = std::get_if<DecodeError>(&result);
    return error != nullptr &&
           (error->reason == RejectReason::Truncated || error->reason == RejectReason::Corrupt);
}

class ValidateTest : public ::testing::Test {
  protected:
    TempDir dir;
    ByteVector jpeg = test::encodeJpeg(test::makePattern(40, 24));
    ByteVector png = test::encodePng(test::makePattern(40, 24, true));
    ByteVector webp = test::encodeWebp(test::makePattern(40, 24), false);
};

TEST_F(ValidateTest, AcceptsEachDecodableFormatWithItsSize) {
    const ByteVector files[] = {jpeg,
                                test::encodeJpeg(test::makePattern(40, 24), {.progressive = true}),
                                test::encodeJpeg(test::makePattern(40, 24), {.grey = true}),
                                test::encodeJpeg(test::makePattern(40, 24), {.subsample420 = true}),
                                png,
                                test::encodePng(test::makePattern(40, 24), true),
                                webp,
                                test::encodeWebp(test::makePattern(40, 24, true), true)};
    const Format formats[] = {Format::Jpeg, Format::Jpeg, Format::Jpeg, Format::Jpeg,
                              Format::Png,  Format::Png,  Format::Webp, Format::Webp};
    for (std::size_t i = 0; i < std::size(files); ++i) {
        // The name lies on purpose: only the bytes count.
        const auto file = dir.write("picture" + std::to_string(i) + ".gif", files[i]);
        for (const auto& result : {validateImageFile(file), probeImageFile(file)}) {
            ASSERT_TRUE(std::holds_alternative<ImageInfo>(result))
                << i << ": " << std::get<DecodeError>(result).detail;
            const auto& info = std::get<ImageInfo>(result);
            EXPECT_EQ(info.format, formats[i]) << i;
            EXPECT_EQ(info.width, 40) << i;
            EXPECT_EQ(info.height, 24) << i;
            EXPECT_EQ(info.exifOrientation, 1) << i;
        }
    }
}

TEST_F(ValidateTest, EmptyMissingAndTooLargeFiles) {
    const auto empty = dir.write("empty.jpg", {});
    EXPECT_EQ(reasonOf(validateImageFile(empty)), RejectReason::EmptyFile);
    EXPECT_EQ(reasonOf(probeImageFile(empty)), RejectReason::EmptyFile);
    EXPECT_EQ(reasonOf(validateImageFile(dir.path() / "missing.jpg")), RejectReason::ReadFailed);
    EXPECT_EQ(reasonOf(validateImageFile(dir.path())), RejectReason::ReadFailed);
    const auto file = dir.write("big.jpg", jpeg);
    const Limits small{.maxFileBytes = jpeg.size() - 1};
    EXPECT_EQ(reasonOf(validateImageFile(file, small)), RejectReason::FileTooLarge);
    EXPECT_EQ(reasonOf(probeImageFile(file, small)), RejectReason::FileTooLarge);
    const Limits exact{.maxFileBytes = jpeg.size()};
    EXPECT_TRUE(std::holds_alternative<ImageInfo>(validateImageFile(file, exact)));
}

TEST_F(ValidateTest, HugeHeaderOnlyPngIsRejectedBeforeDecoding) {
    // 30000 x 30000 RGBA would need 3.6 GB; the file is 45 bytes.
    const auto file = dir.write("bomb.png", test::pngHeaderOnly(30000, 30000));
    for (const auto& result : {validateImageFile(file), probeImageFile(file)}) {
        ASSERT_EQ(reasonOf(result), RejectReason::TooManyPixels);
        EXPECT_EQ(std::get<DecodeError>(result).detectedType, "PNG");
    }
    const Limits tight{.maxPixels = 40 * 24 - 1};
    EXPECT_EQ(reasonOf(validateImageFile(dir.write("a.jpg", jpeg), tight)),
              RejectReason::TooManyPixels);
    EXPECT_EQ(reasonOf(probeImageFile(dir.write("b.webp", webp), tight)),
              RejectReason::TooManyPixels);
}

TEST_F(ValidateTest, UnsupportedTypesAreNamed) {
    const auto heic =
        dir.write("photo.jpg", {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c',
                                0, 0, 0, 0,    'm', 'i', 'f', '1', 'h', 'e', 'i', 'c'});
    const auto result = validateImageFile(heic);
    ASSERT_EQ(reasonOf(result), RejectReason::UnsupportedType);
    EXPECT_EQ(std::get<DecodeError>(result).detectedType, "HEIC");
    const auto text = dir.write("notes.png", {'h', 'e', 'l', 'l', 'o'});
    EXPECT_EQ(reasonOf(probeImageFile(text)), RejectReason::NotAnImage);
}

TEST_F(ValidateTest, TruncatedFilesAreRejected) {
    for (const ByteVector* original : {&jpeg, &png, &webp}) {
        for (std::size_t keep : {std::size_t{12}, std::size_t{20}, original->size() / 2,
                                 original->size() - 30, original->size() - 1}) {
            const ByteVector cut(original->begin(), original->begin() + static_cast<long>(keep));
            const auto result = validateImageFile(dir.write("cut", cut));
            EXPECT_TRUE(isTruncatedOrCorrupt(result))
                << "kept " << keep << " of " << original->size() << ": "
                << (std::holds_alternative<ImageInfo>(result)
                        ? "accepted"
                        : rejectReasonName(std::get<DecodeError>(result).reason));
        }
    }
}

// Found by fuzz_decode_png: an 86-byte PNG whose tEXt chunk claimed 1.9 GB made libpng allocate
// that much before finding the file too short. A chunk longer than what is left is now refused
// before libpng starts.
TEST_F(ValidateTest, APngChunkLongerThanTheFileIsRefusedBeforeLibpngAllocatesIt) {
    ByteVector lying(png.begin(), png.begin() + 33); // signature and IHDR
    const ByteVector text{0x73, 0x50, 0x4C, 0x54, 't', 'E', 'X', 't', 'a', 'b', 'c'};
    lying.insert(lying.end(), text.begin(), text.end()); // length 0x73504C54, then 3 bytes
    const auto result = decodeImageBytes(lying, 64, 64);
    ASSERT_TRUE(std::holds_alternative<DecodeError>(result));
    EXPECT_EQ(std::get<DecodeError>(result).reason, RejectReason::Truncated);
    EXPECT_NE(std::get<DecodeError>(result).detail.find("1934642260 bytes"), std::string::npos)
        << std::get<DecodeError>(result).detail;
}

TEST_F(ValidateTest, EveryBitFlipInAPngIsRejected) {
    // Each PNG chunk carries a CRC, so no single damaged byte may slip through.
    for (std::size_t at = 8; at < png.size(); ++at) {
        ByteVector damaged = png;
        damaged[at] ^= 0x10;
        const auto result = validateImageFile(dir.write("flip.png", damaged));
        ASSERT_TRUE(std::holds_alternative<DecodeError>(result)) << "byte " << at;
    }
}

TEST_F(ValidateTest, FlippedJpegAndWebpBytesNeverCrash) {
    // JPEG and WebP carry no checksum: a flip in entropy-coded data can decode silently.
    // What must hold is that every damaged copy is either decoded or rejected.
    for (const ByteVector* original : {&jpeg, &webp}) {
        int rejected = 0;
        for (std::size_t at = 2; at < original->size(); ++at) {
            ByteVector damaged = *original;
            damaged[at] ^= 0xA5;
            const auto result = validateImageFile(dir.write("flip", damaged));
            rejected += std::holds_alternative<DecodeError>(result) ? 1 : 0;
        }
        EXPECT_GT(rejected, 0);
    }
}

TEST_F(ValidateTest, LyingHeadersAreRejected) {
    // A JPEG frame header claiming more rows than the data holds.
    ByteVector tallJpeg = jpeg;
    for (std::size_t i = 2; i + 8 < tallJpeg.size(); ++i) {
        if (tallJpeg[i] == 0xFF && tallJpeg[i + 1] == 0xC0) {
            tallJpeg[i + 5] = 0x01; // height 24 -> 280
            break;
        }
    }
    EXPECT_TRUE(isTruncatedOrCorrupt(validateImageFile(dir.write("tall.jpg", tallJpeg))));

    // A PNG whose IHDR (with a recomputed CRC) claims more rows than IDAT holds.
    ByteVector tallPng = test::pngHeaderOnly(40, 240);
    tallPng.resize(33); // signature + IHDR
    tallPng.insert(tallPng.end(), png.begin() + 33, png.end());
    EXPECT_TRUE(isTruncatedOrCorrupt(validateImageFile(dir.write("tall.png", tallPng))));

    // A WebP whose RIFF size promises more bytes than the file has.
    ByteVector longWebp = webp;
    longWebp[5] = static_cast<std::uint8_t>(longWebp[5] + 1);
    EXPECT_TRUE(isTruncatedOrCorrupt(validateImageFile(dir.write("long.webp", longWebp))));
}

TEST_F(ValidateTest, ReadsExifOrientationInProbe) {
    for (int orientation = 1; orientation <= 8; ++orientation) {
        const auto file =
            dir.write("o.jpg", test::withExifOrientation(jpeg, orientation, orientation % 2 == 0));
        const auto probed = probeImageFile(file);
        ASSERT_TRUE(std::holds_alternative<ImageInfo>(probed));
        EXPECT_EQ(std::get<ImageInfo>(probed).exifOrientation, orientation);
        EXPECT_EQ(std::get<ImageInfo>(probed).width, 40); // stored, not displayed
    }
}

TEST_F(ValidateTest, ProbeReadsPastLongMetadata) {
    // Five near-maximal APP2 segments push the frame header past the first read.
    ByteVector padded = jpeg;
    for (int i = 0; i < 5; ++i) {
        padded = test::withAppSegment(padded, 0xE2, 65000);
    }
    const auto probed = probeImageFile(dir.write("padded.jpg", padded));
    ASSERT_TRUE(std::holds_alternative<ImageInfo>(probed));
    EXPECT_EQ(std::get<ImageInfo>(probed).height, 24);
}

TEST_F(ValidateTest, RareJpegVariantsAreDecodedOrNamed) {
    const auto twelveBit = validateImageFile(kJpegTestData / "monkey12.jpg");
    ASSERT_EQ(reasonOf(twelveBit), RejectReason::UnsupportedVariant);
    EXPECT_EQ(std::get<DecodeError>(twelveBit).detectedType, "JPEG");
    EXPECT_TRUE(
        std::holds_alternative<ImageInfo>(validateImageFile(kJpegTestData / "testimgari.jpg")));
    EXPECT_TRUE(
        std::holds_alternative<ImageInfo>(validateImageFile(kJpegTestData / "testimgint.jpg")));
}

} // namespace
} // namespace vitrin::imaging
