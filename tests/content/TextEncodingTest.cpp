#include "content/TextEncoding.h"
#include "content/Unicode.h"

#include <gtest/gtest.h>

using namespace vitrin::content;

TEST(TextEncoding, PlainUtf8IsTakenAsItIs) {
    const DecodedText decoded =
        decodeText("Vänort \xD0\x98\xD1\x80\xD0\xBA\xD1\x83\xD1\x82\xD1\x81\xD0\xBA");
    EXPECT_EQ(decoded.encoding, TextEncoding::Utf8);
    EXPECT_EQ(decoded.text, "Vänort Иркутск");
}

TEST(TextEncoding, ByteOrderMarkIsRemoved) {
    const DecodedText decoded = decodeText("\xEF\xBB\xBF"
                                           "fil;titel");
    EXPECT_EQ(decoded.encoding, TextEncoding::Utf8Bom);
    EXPECT_EQ(decoded.text, "fil;titel");
}

TEST(TextEncoding, Windows1252SwedishLettersComeThrough) {
    // "Åsa ärvde öns bärplockare" plus the euro sign and curly quotes from 0x80..0x9F.
    const DecodedText decoded =
        decodeText("\xC5sa \xE4rvde \xF6ns b\xE4rplockare \x80 \x93hej\x94");
    EXPECT_EQ(decoded.encoding, TextEncoding::Windows1252);
    EXPECT_EQ(decoded.text, "Åsa ärvde öns bärplockare € “hej”");
}

TEST(TextEncoding, Windows1252UnassignedBytesBecomeReplacementCharacters) {
    EXPECT_EQ(decodeText("a\x81"
                         "b")
                  .text,
              "a\xEF\xBF\xBD"
              "b");
}

TEST(TextEncoding, Utf16LittleAndBigEndianAsNotepadSavesThem) {
    const std::string little("\xFF\xFE"
                             "\xE5\x00"
                             "r\x00"
                             "\x18\x04",
                             8); // "år" + Cyrillic И
    EXPECT_EQ(decodeText(little).text, "årИ");
    EXPECT_EQ(decodeText(little).encoding, TextEncoding::Utf16);
    const std::string big("\xFE\xFF"
                          "\x00\xE5"
                          "\x00r",
                          6);
    EXPECT_EQ(decodeText(big).text, "år");
}

TEST(TextEncoding, Utf16SurrogatesPairAndBrokenOnesAreReplaced) {
    const std::string pair("\xFF\xFE"
                           "\x3D\xD8\x00\xDE",
                           6); // U+1F600
    EXPECT_EQ(decodeText(pair).text, "\xF0\x9F\x98\x80");
    const std::string lone("\xFF\xFE"
                           "\x3D\xD8"
                           "a\x00"
                           "b",
                           7); // lone high surrogate, odd byte
    EXPECT_EQ(decodeText(lone).text, "\xEF\xBF\xBD"
                                     "a\xEF\xBF\xBD");
}

TEST(TextEncoding, DecomposedTextIsComposed) {
    // A Mac writes å as a + U+030A.
    EXPECT_EQ(decodeText("a\xCC\x8A"
                         "ngare")
                  .text,
              "ångare");
}

TEST(Unicode, NormalizeComposesAndRepairsInvalidBytes) {
    EXPECT_EQ(normalizeNfc("A\xCC\x8A"
                           "ngermanland"),
              "Ångermanland");
    EXPECT_EQ(normalizeNfc("bad\xFF"), "bad\xEF\xBF\xBD");
}

TEST(Unicode, MatchKeyFoldsCaseInEveryScriptAndForm) {
    EXPECT_EQ(matchKey("ÄLVEN.JPG"), matchKey("a\xCC\x88"
                                              "lven.jpg"));
    EXPECT_EQ(matchKey("ИРКУТСК"), matchKey("иркутск"));
    EXPECT_NE(matchKey("alven.jpg"), matchKey("älven.jpg"));
}
