#include "ui/Strings.h"

#include "core/Text.h"

#include <gtest/gtest.h>

using namespace vitrin;

TEST(Strings, EveryStringExistsInEveryLanguage) {
    for (int id = 0; id < static_cast<int>(ui::StringId::Count_); ++id) {
        for (core::Lang lang : core::kAllLangs) {
            const std::string_view text = ui::tr(static_cast<ui::StringId>(id), lang);
            EXPECT_FALSE(text.empty()) << "string " << id << " lacks " << core::langCode(lang);
            EXPECT_TRUE(core::isValidUtf8(text));
        }
    }
}

TEST(Strings, RussianIsCyrillicAndSwedishIsNotEnglish) {
    for (int id = 0; id < static_cast<int>(ui::StringId::Count_); ++id) {
        const auto sid = static_cast<ui::StringId>(id);
        const auto codepoints = core::decodeUtf8(ui::tr(sid, core::Lang::Ru));
        const bool hasCyrillic = std::any_of(codepoints.begin(), codepoints.end(),
                                             [](char32_t c) { return c >= 0x400 && c <= 0x4FF; });
        EXPECT_TRUE(hasCyrillic) << "string " << id << " is not translated to Russian";
    }
}
