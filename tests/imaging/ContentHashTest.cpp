#include "imaging/ContentHash.h"

#include <gtest/gtest.h>

#include <cstring>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace vitrin::imaging {
namespace {

std::span<const std::uint8_t> bytesOf(std::string_view text) {
    return {reinterpret_cast<const std::uint8_t*>(text.data()), text.size()};
}

// The cache names its entries by this hash: the values must never change under it, or every
// kiosk's cache would be orphaned (a new hash needs a new cache format version).
TEST(ContentHash, IsXxh3WithItsPublishedValues) {
    EXPECT_EQ(hashBytes({}), 0x2D06800538D394C2ull); // XXH3-64 of nothing, seed 0
    EXPECT_EQ(hashBytes(bytesOf("Vitrin")), 0x5CED5E2CB63FF46Eull);
    EXPECT_EQ(hashBytes(bytesOf("Vitrin"), 42), 0xF1B16FF221BAED1Eull);
}

// Pictures that differ in one bit or one counter must get different entries: a collision would
// show the wrong picture.
TEST(ContentHash, NearlyEqualInputsDoNotCollide) {
    std::unordered_set<std::uint64_t> seen;
    std::vector<std::uint8_t> block(4096, 0x5A);
    for (std::size_t bit = 0; bit < block.size() * 8; ++bit) {
        block[bit / 8] ^= static_cast<std::uint8_t>(1u << (bit % 8));
        EXPECT_TRUE(seen.insert(hashBytes(block)).second) << "bit " << bit;
        block[bit / 8] ^= static_cast<std::uint8_t>(1u << (bit % 8));
    }
    for (std::uint32_t counter = 0; counter < 100'000; ++counter) {
        std::uint8_t small[4];
        std::memcpy(small, &counter, sizeof small);
        EXPECT_TRUE(seen.insert(hashBytes(small)).second) << "counter " << counter;
    }
    // Every length of the same bytes, and the seed, change it too.
    for (std::size_t length = 0; length < 300; ++length) {
        EXPECT_TRUE(seen.insert(hashBytes(std::span(block).first(length), 7)).second) << length;
    }
}

} // namespace
} // namespace vitrin::imaging
