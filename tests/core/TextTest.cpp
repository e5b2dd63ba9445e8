#include "core/Text.h"

#include <gtest/gtest.h>

using namespace vitrin::core;

TEST(Text, TrimsWhitespace) {
    EXPECT_EQ(trim("  hej \t\n"), "hej");
    EXPECT_EQ(trim(""), "");
    EXPECT_EQ(trim("   "), "");
}

TEST(Text, Utf8RoundTrip) {
    const std::string text = "Strömsund — Иркутск";
    EXPECT_TRUE(isValidUtf8(text));
    EXPECT_EQ(encodeUtf8(decodeUtf8(text)), text);
}

TEST(Text, InvalidUtf8BecomesReplacementCharacter) {
    const std::string latin1 = "Str\xF6msund"; // Windows-1252 ö
    EXPECT_FALSE(isValidUtf8(latin1));
    auto codepoints = decodeUtf8(latin1);
    ASSERT_EQ(codepoints.size(), 9u);
    EXPECT_EQ(codepoints[3], U'\xFFFD');
}

TEST(Text, RejectsOverlongAndSurrogates) {
    EXPECT_FALSE(isValidUtf8("\xC0\xAF"));     // overlong '/'
    EXPECT_FALSE(isValidUtf8("\xED\xA0\x80")); // U+D800
    EXPECT_FALSE(isValidUtf8("\xE2\x82"));     // truncated
}
