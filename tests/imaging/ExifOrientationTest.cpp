#include "imaging/ExifOrientation.h"

#include <gtest/gtest.h>
#include <random>
#include <vector>

namespace vitrin::imaging {
namespace {

using Bytes = std::vector<std::uint8_t>;

// push_back rather than insert(end, {...}): GCC 12 at -O3 misreports the latter as overflow.
void append(Bytes& bytes, std::initializer_list<std::uint8_t> values) {
    for (const std::uint8_t value : values) {
        bytes.push_back(value);
    }
}

// "Exif\0\0" + little-endian TIFF header + one IFD entry (tag, type, count, value).
Bytes exifWithEntry(std::uint16_t tag, std::uint16_t type, std::uint32_t count, std::uint16_t value,
                    std::uint32_t ifdOffset = 8) {
    Bytes b{'E', 'x', 'i', 'f', 0, 0, 'I', 'I', 42, 0};
    for (int i = 0; i < 4; ++i) {
        b.push_back(static_cast<std::uint8_t>(ifdOffset >> (8 * i)));
    }
    append(b, {1, 0, static_cast<std::uint8_t>(tag), static_cast<std::uint8_t>(tag >> 8),
               static_cast<std::uint8_t>(type), 0});
    for (int i = 0; i < 4; ++i) {
        b.push_back(static_cast<std::uint8_t>(count >> (8 * i)));
    }
    append(b, {static_cast<std::uint8_t>(value), 0, 0, 0, 0, 0, 0, 0});
    return b;
}

TEST(ExifOrientation, ReadsAWellFormedEntry) {
    EXPECT_EQ(parseExifOrientation(exifWithEntry(0x0112, 3, 1, 6)), 6);
    EXPECT_EQ(parseExifOrientation(exifWithEntry(0x0112, 3, 1, 8)), 8);
}

TEST(ExifOrientation, MalformedDataMeansUpright) {
    EXPECT_EQ(parseExifOrientation(exifWithEntry(0x0112, 3, 1, 9)), 1);       // out of range
    EXPECT_EQ(parseExifOrientation(exifWithEntry(0x0112, 3, 1, 0)), 1);       // out of range
    EXPECT_EQ(parseExifOrientation(exifWithEntry(0x0112, 4, 1, 6)), 1);       // LONG, not SHORT
    EXPECT_EQ(parseExifOrientation(exifWithEntry(0x0112, 3, 2, 6)), 1);       // two values
    EXPECT_EQ(parseExifOrientation(exifWithEntry(0x0110, 3, 1, 6)), 1);       // another tag
    EXPECT_EQ(parseExifOrientation(exifWithEntry(0x0112, 3, 1, 6, 4000)), 1); // IFD outside
    EXPECT_EQ(parseExifOrientation(exifWithEntry(0x0112, 3, 1, 6, 0xFFFFFFF0u)), 1);
    Bytes wrongOrder = exifWithEntry(0x0112, 3, 1, 6);
    wrongOrder[6] = 'X';
    EXPECT_EQ(parseExifOrientation(wrongOrder), 1);
    Bytes manyEntries = exifWithEntry(0x0110, 3, 1, 6);
    manyEntries[14] = 0xFF; // 0x00FF entries claimed, one present
    EXPECT_EQ(parseExifOrientation(manyEntries), 1);
    EXPECT_EQ(parseExifOrientation(Bytes{'E', 'x', 'i', 'f', 0, 0}), 1);
    EXPECT_EQ(parseExifOrientation(Bytes{}), 1);
}

TEST(ExifOrientation, EveryTruncationAndRandomDamageIsSafe) {
    const Bytes good = exifWithEntry(0x0112, 3, 1, 3);
    for (std::size_t keep = 0; keep < good.size(); ++keep) {
        const int value = parseExifOrientation(Bytes(good.begin(), good.begin() + keep));
        EXPECT_TRUE(value == 1 || value == 3) << keep;
    }
    std::mt19937 random(1234);
    for (int round = 0; round < 2000; ++round) {
        Bytes damaged = good;
        damaged[6 + random() % (damaged.size() - 6)] = static_cast<std::uint8_t>(random());
        const int value = parseExifOrientation(damaged);
        EXPECT_GE(value, 1);
        EXPECT_LE(value, 8);
    }
}

TEST(ExifOrientation, TurnsPixelsAndSwapsSides) {
    // Stored 3 x 2, pixel values 0..5 in the red channel, row by row.
    Pixels stored{3, 2, {}};
    for (std::uint8_t v = 0; v < 6; ++v) {
        append(stored.rgba, {v, 0, 0, 255});
    }
    auto reds = [](const Pixels& p) {
        std::vector<int> out;
        for (std::size_t i = 0; i < p.rgba.size(); i += 4) {
            out.push_back(p.rgba[i]);
        }
        return out;
    };
    const Pixels right = applyExifOrientation(stored, 6); // rotate 90 degrees clockwise
    EXPECT_EQ(right.width, 2);
    EXPECT_EQ(right.height, 3);
    EXPECT_EQ(reds(right), (std::vector<int>{3, 0, 4, 1, 5, 2}));
    EXPECT_EQ(reds(applyExifOrientation(stored, 8)), (std::vector<int>{2, 5, 1, 4, 0, 3}));
    EXPECT_EQ(reds(applyExifOrientation(stored, 3)), (std::vector<int>{5, 4, 3, 2, 1, 0}));
    EXPECT_EQ(reds(applyExifOrientation(stored, 2)), (std::vector<int>{2, 1, 0, 5, 4, 3}));
    EXPECT_EQ(reds(applyExifOrientation(stored, 4)), (std::vector<int>{3, 4, 5, 0, 1, 2}));
    EXPECT_EQ(reds(applyExifOrientation(stored, 5)), (std::vector<int>{0, 3, 1, 4, 2, 5}));
    EXPECT_EQ(reds(applyExifOrientation(stored, 7)), (std::vector<int>{5, 2, 4, 1, 3, 0}));
    // Mirrors and the half turn keep the picture's own memory: no second copy.
    Pixels big{3, 2, stored.rgba};
    const std::uint8_t* memory = big.rgba.data();
    const Pixels turned = applyExifOrientation(std::move(big), 3);
    EXPECT_EQ(turned.rgba.data(), memory);
    EXPECT_EQ(reds(applyExifOrientation(stored, 1)), (std::vector<int>{0, 1, 2, 3, 4, 5}));
    EXPECT_EQ(reds(applyExifOrientation(stored, 42)), (std::vector<int>{0, 1, 2, 3, 4, 5}));
    EXPECT_TRUE(swapsAxes(5));
    EXPECT_FALSE(swapsAxes(4));
}

} // namespace
} // namespace vitrin::imaging
