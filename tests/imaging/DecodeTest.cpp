// Pixel correctness of decodeImage: conformance files, CMYK, orientation, fitting.
#include "imaging/Decode.h"
#include "TestImages.h"
#include "imaging/JpegDecoder.h"

#include <gtest/gtest.h>
#include <stb_image.h>

namespace vitrin::imaging {
namespace {

using test::ByteVector;
using test::TempDir;

const std::filesystem::path kTestData(VITRIN_TESTDATA_DIR);

Pixels decodeOrFail(const std::filesystem::path& file, int maxWidth = 0, int maxHeight = 0) {
    auto result = decodeImage(file, maxWidth, maxHeight);
    if (auto* error = std::get_if<DecodeError>(&result)) {
        ADD_FAILURE() << file << ": " << rejectReasonName(error->reason) << " " << error->detail;
        return {};
    }
    return std::move(std::get<Pixels>(result));
}

Pixels decodeBytesOrFail(const ByteVector& bytes, int maxWidth = 0, int maxHeight = 0) {
    auto result = decodeImageBytes(bytes, maxWidth, maxHeight);
    if (auto* error = std::get_if<DecodeError>(&result)) {
        ADD_FAILURE() << rejectReasonName(error->reason) << " " << error->detail;
        return {};
    }
    return std::move(std::get<Pixels>(result));
}

Pixels loadWithStb(const std::filesystem::path& file) {
    const ByteVector bytes = test::readBytes(file);
    int width = 0;
    int height = 0;
    int channels = 0;
    stbi_uc* data = stbi_load_from_memory(bytes.data(), static_cast<int>(bytes.size()), &width,
                                          &height, &channels, 4);
    if (data == nullptr) {
        ADD_FAILURE() << "stb_image cannot read " << file;
        return {};
    }
    Pixels pixels{width, height, ByteVector(data, data + std::size_t{4} * width * height)};
    stbi_image_free(data);
    return pixels;
}

TEST(Decode, EveryPngSuiteFileMatchesStbImage) {
    int files = 0;
    for (const auto& entry : std::filesystem::directory_iterator(kTestData / "pngsuite")) {
        if (entry.path().extension() != ".png") {
            continue;
        }
        ++files;
        const Pixels ours = decodeOrFail(entry.path());
        const Pixels reference = loadWithStb(entry.path());
        ASSERT_EQ(ours.width, reference.width) << entry.path();
        ASSERT_EQ(ours.height, reference.height) << entry.path();
        EXPECT_TRUE(ours.rgba == reference.rgba) << entry.path();
    }
    EXPECT_GE(files, 60);
}

double meanDifference(const Pixels& a, const Pixels& b) {
    double total = 0;
    for (std::size_t i = 0; i < a.rgba.size(); ++i) {
        total += std::abs(int{a.rgba[i]} - int{b.rgba[i]});
    }
    return total / static_cast<double>(a.rgba.size());
}

TEST(Decode, ArithmeticAndProgressiveJpegsMatchTheBaseline) {
    // The three libjpeg-turbo files carry the same image coded three ways; they differ only
    // by rounding, while a wrong decode differs by tens of levels.
    const Pixels baseline = decodeOrFail(kTestData / "libjpeg-turbo" / "testorig.jpg");
    const Pixels arithmetic = decodeOrFail(kTestData / "libjpeg-turbo" / "testimgari.jpg");
    const Pixels progressive = decodeOrFail(kTestData / "libjpeg-turbo" / "testimgint.jpg");
    ASSERT_EQ(baseline.width, 227);
    ASSERT_EQ(baseline.height, 149);
    for (const Pixels* other : {&arithmetic, &progressive}) {
        ASSERT_EQ(other->width, 227);
        ASSERT_EQ(other->height, 149);
        EXPECT_LT(meanDifference(baseline, *other), 1.0);
    }
}

TEST(Decode, BaselineJpegMatchesTheReferenceGreyDecode) {
    // testorig.png is a greyscale (Rec. 709 luma) rendering of testorig.jpg: our colour decode
    // turned to luma must agree with it.
    const Pixels decoded = decodeOrFail(kTestData / "libjpeg-turbo" / "testorig.jpg");
    const Pixels grey = loadWithStb(kTestData / "libjpeg-turbo" / "testorig.png");
    ASSERT_EQ(decoded.width, grey.width);
    ASSERT_EQ(decoded.height, grey.height);
    double total = 0;
    for (std::size_t i = 0; i < decoded.rgba.size(); i += 4) {
        const double luma =
            0.2126 * decoded.rgba[i] + 0.7152 * decoded.rgba[i + 1] + 0.0722 * decoded.rgba[i + 2];
        total += std::abs(luma - grey.rgba[i]);
    }
    EXPECT_LT(total / static_cast<double>(decoded.rgba.size() / 4), 1.5);
}

TEST(Decode, AdobeCmykJpegComesOutInTheRightColours) {
    // Inverted CMYK as Photoshop stores it: 255 = no ink. Four 16 x 16 swatches.
    struct Swatch {
        std::uint8_t c, m, y, k;
        int r, g, b;
    };
    const Swatch swatches[] = {
        {0, 255, 255, 255, 0, 255, 255},    // full cyan
        {255, 0, 255, 255, 255, 0, 255},    // full magenta
        {255, 255, 255, 0, 0, 0, 0},        // full black
        {255, 255, 128, 200, 200, 200, 100} // some yellow, some black
    };
    const int size = 16;
    const int width = size * 4;
    ByteVector cmyk;
    for (int y = 0; y < size; ++y) {
        for (int x = 0; x < width; ++x) {
            const Swatch& s = swatches[x / size];
            cmyk.insert(cmyk.end(), {s.c, s.m, s.y, s.k});
        }
    }
    const Pixels decoded = decodeBytesOrFail(test::encodeCmykJpeg(cmyk, width, size));
    ASSERT_EQ(decoded.width, width);
    for (int i = 0; i < 4; ++i) {
        const auto pixel = test::pixelAt(decoded, i * size + size / 2, size / 2);
        EXPECT_NEAR(pixel[0], swatches[i].r, 4) << "swatch " << i;
        EXPECT_NEAR(pixel[1], swatches[i].g, 4) << "swatch " << i;
        EXPECT_NEAR(pixel[2], swatches[i].b, 4) << "swatch " << i;
        EXPECT_EQ(pixel[3], 255);
    }
}

TEST(Decode, GreyJpegBecomesGreyRgba) {
    const Pixels decoded =
        decodeBytesOrFail(test::encodeJpeg(test::makeSolid(16, 16, 90, 90, 90), {.grey = true}));
    EXPECT_EQ(test::pixelAt(decoded, 8, 8), (std::vector<int>{90, 90, 90, 255}));
}

TEST(Decode, AlphaSurvivesPngAndLosslessWebp) {
    const Pixels source = test::makePattern(30, 20, true);
    EXPECT_EQ(test::maxChannelDifference(decodeBytesOrFail(test::encodePng(source)), source), 0);
    EXPECT_EQ(test::maxChannelDifference(decodeBytesOrFail(test::encodeWebp(source, true)), source),
              0);
    EXPECT_LE(
        test::maxChannelDifference(decodeBytesOrFail(test::encodeWebp(source, false)), source), 40);
}

// Four solid quadrants so that JPEG artefacts cannot blur the corners.
enum Colour { Red, Green, Blue, White };

ByteVector quadrantJpeg() {
    Pixels pixels = test::makeSolid(32, 16, 255, 0, 0);
    for (int y = 0; y < 16; ++y) {
        for (int x = 0; x < 32; ++x) {
            const std::size_t i = 4 * (static_cast<std::size_t>(y) * 32 + x);
            const bool right = x >= 16;
            const bool bottom = y >= 8;
            const std::uint8_t r = !right || bottom ? 255 : 0;
            const std::uint8_t g = right ? 255 : 0;
            const std::uint8_t b = bottom ? 255 : 0;
            pixels.rgba[i] = right && !bottom ? 0 : (bottom && !right ? 0 : r);
            pixels.rgba[i + 1] = g;
            pixels.rgba[i + 2] = b;
        }
    }
    return test::encodeJpeg(pixels);
}

Colour colourAt(const Pixels& pixels, int x, int y) {
    const auto p = test::pixelAt(pixels, x, y);
    if (p[0] > 200 && p[1] > 200 && p[2] > 200) {
        return White;
    }
    if (p[0] > 200) {
        return Red;
    }
    return p[1] > 200 ? Green : Blue;
}

TEST(Decode, AppliesEachExifOrientation) {
    // Corners as displayed (top-left, top-right, bottom-left, bottom-right), from the EXIF
    // definitions of where stored row 0 and column 0 go. Stored: red green / blue white.
    const Colour expected[9][4] = {
        {},
        {Red, Green, Blue, White},
        {Green, Red, White, Blue},
        {White, Blue, Green, Red},
        {Blue, White, Red, Green},
        {Red, Blue, Green, White},
        {Blue, Red, White, Green},
        {White, Green, Blue, Red},
        {Green, White, Red, Blue},
    };
    const ByteVector jpeg = quadrantJpeg();
    for (int orientation = 1; orientation <= 8; ++orientation) {
        for (bool bigEndian : {false, true}) {
            const Pixels shown =
                decodeBytesOrFail(test::withExifOrientation(jpeg, orientation, bigEndian));
            const bool turned = orientation >= 5;
            ASSERT_EQ(shown.width, turned ? 16 : 32) << orientation;
            ASSERT_EQ(shown.height, turned ? 32 : 16) << orientation;
            const int right = shown.width - 2;
            const int bottom = shown.height - 2;
            const Colour corners[4] = {colourAt(shown, 1, 1), colourAt(shown, right, 1),
                                       colourAt(shown, 1, bottom), colourAt(shown, right, bottom)};
            for (int c = 0; c < 4; ++c) {
                EXPECT_EQ(corners[c], expected[orientation][c])
                    << "orientation " << orientation << " corner " << c;
            }
        }
    }
}

TEST(Decode, FitsInsideTheBoxAsDisplayed) {
    const ByteVector jpeg = test::encodeJpeg(test::makePattern(400, 300));
    auto sizeOf = [](const Pixels& p) {
        return std::pair{p.width, p.height};
    };
    EXPECT_EQ(sizeOf(decodeBytesOrFail(jpeg, 100, 100)), std::pair(100, 75));
    EXPECT_EQ(sizeOf(decodeBytesOrFail(jpeg, 0, 60)), std::pair(80, 60));
    EXPECT_EQ(sizeOf(decodeBytesOrFail(jpeg, 1000, 1000)), std::pair(400, 300));
    EXPECT_EQ(sizeOf(decodeBytesOrFail(jpeg, 0, 0)), std::pair(400, 300));
    EXPECT_EQ(sizeOf(decodeBytesOrFail(jpeg, 1, 1)), std::pair(1, 1));
    // Turned by EXIF: the box applies to the displayed 300 x 400.
    EXPECT_EQ(sizeOf(decodeBytesOrFail(test::withExifOrientation(jpeg, 6, false), 100, 50)),
              std::pair(38, 50));
    const ByteVector png = test::encodePng(test::makePattern(400, 300, true));
    EXPECT_EQ(sizeOf(decodeBytesOrFail(png, 200, 200)), std::pair(200, 150));
}

TEST(Decode, ScaledJpegLooksLikeTheScaledFullDecode) {
    const Pixels source = test::makePattern(640, 480);
    const ByteVector jpeg = test::encodeJpeg(source);
    const Pixels scaled = decodeBytesOrFail(jpeg, 100, 100);
    const Pixels viaPng = decodeBytesOrFail(test::encodePng(source), 100, 100);
    ASSERT_EQ(scaled.width, 100);
    EXPECT_LE(test::maxChannelDifference(scaled, viaPng), 12);
}

TEST(Decode, TransparentNeighboursDoNotBleedWhenShrinking) {
    // Left half opaque blue, right half fully transparent red: no red may appear.
    Pixels pixels = test::makeSolid(64, 64, 0, 0, 255);
    for (int y = 0; y < 64; ++y) {
        for (int x = 32; x < 64; ++x) {
            const std::size_t i = 4 * (static_cast<std::size_t>(y) * 64 + x);
            pixels.rgba[i] = 255;
            pixels.rgba[i + 2] = 0;
            pixels.rgba[i + 3] = 0;
        }
    }
    const Pixels shrunk = decodeBytesOrFail(test::encodePng(pixels), 16, 16);
    for (int x = 0; x < 16; ++x) {
        const auto p = test::pixelAt(shrunk, x, 8);
        if (p[3] > 16) {
            EXPECT_LT(p[0], 8) << "x " << x;
        }
    }
}

// A JPEG resized row by row as libjpeg decodes it has the very pixels of the decode followed by
// the resize: baseline, progressive, arithmetic, grey and CMYK, at the scales 1, 1/2 and 1/4.
TEST(Decode, AJpegResizedAsItIsDecodedIsTheDecodeThenTheResize) {
    ByteVector cmyk;
    for (int i = 0; i < 96 * 64; ++i) {
        cmyk.insert(cmyk.end(), {static_cast<std::uint8_t>(i % 251), 255, 128,
                                 static_cast<std::uint8_t>(200 + i % 50)});
    }
    const std::vector<std::pair<std::string, ByteVector>> jpegs = {
        {"testorig.jpg", test::readBytes(kTestData / "libjpeg-turbo" / "testorig.jpg")},
        {"testimgint.jpg", test::readBytes(kTestData / "libjpeg-turbo" / "testimgint.jpg")},
        {"testimgari.jpg", test::readBytes(kTestData / "libjpeg-turbo" / "testimgari.jpg")},
        {"grey", test::encodeJpeg(test::makePattern(200, 150), {.grey = true})},
        {"4:2:0", test::encodeJpeg(test::makePattern(640, 480), {.subsample420 = true})},
        {"cmyk", test::encodeCmykJpeg(cmyk, 96, 64)},
    };
    for (const auto& [name, bytes] : jpegs) {
        for (const int divisor : {3, 5, 9}) {
            const auto info = probeJpeg(bytes);
            ASSERT_TRUE(std::holds_alternative<ImageInfo>(info)) << name;
            const int width = std::max(1, std::get<ImageInfo>(info).width / divisor);
            const int height = std::max(1, std::get<ImageInfo>(info).height / divisor);
            SCOPED_TRACE(name + " to " + std::to_string(width) + " x " + std::to_string(height));
            auto whole = decodeJpeg(bytes, width, height);
            ASSERT_TRUE(std::holds_alternative<Pixels>(whole));
            const Pixels expected = resizePixels(std::get<Pixels>(whole), width, height);
            auto resized = decodeJpegResized(bytes, width, height);
            ASSERT_TRUE(std::holds_alternative<Pixels>(resized));
            const Pixels& actual = std::get<Pixels>(resized);
            EXPECT_EQ(actual.width, width);
            EXPECT_EQ(actual.height, height);
            EXPECT_EQ(actual.rgba, expected.rgba);
        }
    }
}

// A JPEG that breaks off or goes wrong part of the way through is refused as the whole decode
// refuses it, and the thread resizing its rows is not left waiting for the rest.
TEST(Decode, AJpegBrokenWhileItsRowsAreResizedIsRefusedLikeTheWholeDecode) {
    const ByteVector whole = test::encodeJpeg(test::makePattern(640, 480));
    const ByteVector cut(whole.begin(),
                         whole.begin() + static_cast<std::ptrdiff_t>(whole.size() * 3 / 5));
    ByteVector garbled = whole;
    for (std::size_t i = garbled.size() / 2; i < garbled.size() / 2 + 64; ++i) {
        garbled[i] = 0xFF; // markers where entropy-coded data belongs
    }
    for (const ByteVector* bytes : std::initializer_list<const ByteVector*>{&cut, &garbled}) {
        const auto expected = decodeJpeg(*bytes, 100, 75);
        const auto actual = decodeJpegResized(*bytes, 100, 75);
        ASSERT_TRUE(std::holds_alternative<DecodeError>(expected));
        ASSERT_TRUE(std::holds_alternative<DecodeError>(actual));
        EXPECT_EQ(std::get<DecodeError>(actual).reason, std::get<DecodeError>(expected).reason);
        EXPECT_EQ(std::get<DecodeError>(actual).detail, std::get<DecodeError>(expected).detail);
    }
    const auto truncated = decodeImageBytes(cut, 100, 75);
    ASSERT_TRUE(std::holds_alternative<DecodeError>(truncated));
    EXPECT_EQ(std::get<DecodeError>(truncated).reason, RejectReason::Truncated);
}

} // namespace
} // namespace vitrin::imaging
