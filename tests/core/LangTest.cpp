#include "core/Lang.h"

#include <gtest/gtest.h>

using namespace vitrin::core;

TEST(Lang, ParsesCodesCaseInsensitively) {
    EXPECT_EQ(parseLang("sv"), Lang::Sv);
    EXPECT_EQ(parseLang("EN"), Lang::En);
    EXPECT_EQ(parseLang("Ru"), Lang::Ru);
    EXPECT_FALSE(parseLang("de").has_value());
    EXPECT_FALSE(parseLang("").has_value());
}

TEST(Lang, CodesRoundTrip) {
    for (Lang lang : kAllLangs) {
        EXPECT_EQ(parseLang(langCode(lang)), lang);
    }
}

TEST(LocalText, FallsBackToSwedishThenEnglish) {
    LocalText all{"hus", "house", "дом"};
    EXPECT_EQ(all.in(Lang::Ru), "дом");
    LocalText swedishOnly{"hus", "", ""};
    EXPECT_EQ(swedishOnly.in(Lang::En), "hus");
    EXPECT_EQ(swedishOnly.in(Lang::Ru), "hus");
    LocalText englishOnly{"", "house", ""};
    EXPECT_EQ(englishOnly.in(Lang::Sv), "house");
    EXPECT_EQ(englishOnly.in(Lang::Ru), "house");
}
