#include "speech/Sentences.h"

#include <gtest/gtest.h>

namespace vitrin::speech {
namespace {

using Pieces = std::vector<std::string>;

TEST(Sentences, CutsAfterSentenceEndsAndLineBreaks) {
    EXPECT_EQ(splitSentences("Första meningen. Andra? Tredje!\n\nFjärde stycket"),
              (Pieces{"Första meningen.", "Andra?", "Tredje!", "Fjärde stycket"}));
}

TEST(Sentences, KeepsDecimalsAndNamesTogether) {
    EXPECT_EQ(splitSentences("Den 3.5 meter höga bron. Slut."),
              (Pieces{"Den 3.5 meter höga bron.", "Slut."}));
}

TEST(Sentences, CutsAfterAnEllipsisCharacter) {
    EXPECT_EQ(splitSentences("И тогда… Всё."), (Pieces{"И тогда…", "Всё."}));
}

TEST(Sentences, EmptyAndBlankTextGiveNothing) {
    EXPECT_TRUE(splitSentences("").empty());
    EXPECT_TRUE(splitSentences(" \n\n \t").empty());
}

TEST(Sentences, ALongSentenceIsCutAtSpaces) {
    const std::string text = "ett två tre fyra fem sex sju åtta nio tio";
    for (const std::string& piece : splitSentences(text, 12)) {
        EXPECT_LE(piece.size(), 12u) << piece;
        EXPECT_FALSE(piece.empty());
    }
}

TEST(Sentences, AWordLongerThanTheLimitIsCutBetweenCharacters) {
    const std::string text = "ЖЖЖЖЖЖЖЖЖЖ"; // 20 bytes, two per letter
    const Pieces pieces = splitSentences(text, 5);
    std::string joined;
    for (const std::string& piece : pieces) {
        EXPECT_EQ(piece.size() % 2, 0u) << "cut inside a letter";
        joined += piece;
    }
    EXPECT_EQ(joined, text);
}

} // namespace
} // namespace vitrin::speech
