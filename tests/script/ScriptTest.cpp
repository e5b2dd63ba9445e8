#include "script/Script.h"

#include <gtest/gtest.h>

using namespace vitrin::script;

TEST(ScriptDuration, ParsesUnits) {
    EXPECT_DOUBLE_EQ(parseDuration("500ms")->count(), 0.5);
    EXPECT_DOUBLE_EQ(parseDuration("2s")->count(), 2.0);
    EXPECT_DOUBLE_EQ(parseDuration("1.5s")->count(), 1.5);
    EXPECT_DOUBLE_EQ(parseDuration("5m")->count(), 300.0);
    EXPECT_FALSE(parseDuration("5").ok());
    EXPECT_FALSE(parseDuration("ms").ok());
    EXPECT_FALSE(parseDuration("2h").ok());
    EXPECT_FALSE(parseDuration("-1s").ok());
}

TEST(Script, ParsesEveryCommand) {
    auto script = parseScript("# a visitor\n"
                              "wait 2s\n"
                              "tap 100 200   # comment\n"
                              "tap-on Svenskbyn\n"
                              "longpress 10 20 1200\n"
                              "swipe 900 500 100 500\n"
                              "swipe 1 2 3 4 400ms\n"
                              "pinch 960 540 100 300\n"
                              "key alt+F4\n"
                              "shot home.png\n"
                              "expect screen home\n"
                              "expect lang ru\n"
                              "expect text Мой город Иркутск\n");
    ASSERT_TRUE(script.ok()) << script.error().message;
    const auto& lines = *script;
    ASSERT_EQ(lines.size(), 12u);
    EXPECT_EQ(lines[0].number, 2);
    EXPECT_DOUBLE_EQ(std::get<Wait>(lines[0].command).duration.count(), 2.0);
    EXPECT_FLOAT_EQ(std::get<Tap>(lines[1].command).y, 200.0f);
    EXPECT_EQ(std::get<TapOn>(lines[2].command).text, "Svenskbyn");
    EXPECT_DOUBLE_EQ(std::get<LongPress>(lines[3].command).duration.count(), 1.2);
    EXPECT_DOUBLE_EQ(std::get<Swipe>(lines[4].command).duration.count(), 0.25);
    EXPECT_DOUBLE_EQ(std::get<Swipe>(lines[5].command).duration.count(), 0.4);
    EXPECT_FLOAT_EQ(std::get<Pinch>(lines[6].command).toPx, 300.0f);
    const Key& key = std::get<Key>(lines[7].command);
    EXPECT_TRUE(key.alt);
    EXPECT_FALSE(key.ctrl);
    EXPECT_EQ(key.name, "F4");
    EXPECT_EQ(std::get<Shot>(lines[8].command).fileName, "home.png");
    EXPECT_EQ(std::get<ExpectScreen>(lines[9].command).name, "home");
    EXPECT_EQ(std::get<ExpectLang>(lines[10].command).lang, vitrin::core::Lang::Ru);
    EXPECT_EQ(std::get<ExpectText>(lines[11].command).text, "Мой город Иркутск");
}

TEST(Script, UsbCommandsSimulateAStick) {
    auto script = parseScript("usb-insert sticks/Vår utställning\nusb-remove\n");
    ASSERT_TRUE(script.ok()) << script.error().message;
    EXPECT_EQ(std::get<UsbInsert>((*script)[0].command).dir, "sticks/Vår utställning");
    EXPECT_TRUE(std::holds_alternative<UsbRemove>((*script)[1].command));
    EXPECT_FALSE(parseScript("usb-insert").ok());
    EXPECT_FALSE(parseScript("usb-remove now").ok());
}

TEST(Script, TryTapOnTakesTheTextAsTapOnDoes) {
    auto script = parseScript("try-tap-on Hög kontrast: Av\ntry-tap-on \"Nr #7\"\n");
    ASSERT_TRUE(script.ok()) << script.error().message;
    EXPECT_EQ(std::get<TryTapOn>((*script)[0].command).text, "Hög kontrast: Av");
    EXPECT_EQ(std::get<TryTapOn>((*script)[1].command).text, "Nr #7");
    EXPECT_FALSE(parseScript("try-tap-on").ok());
}

TEST(Script, QuotedTextKeepsHash) {
    auto script = parseScript("tap-on \"Nr #7\"\n");
    ASSERT_TRUE(script.ok());
    EXPECT_EQ(std::get<TapOn>((*script)[0].command).text, "Nr #7");
}

TEST(Script, ErrorsNameTheLine) {
    auto script = parseScript("wait 1s\n\ntap 10\n");
    ASSERT_FALSE(script.ok());
    EXPECT_NE(script.error().message.find("line 3"), std::string::npos);
    EXPECT_FALSE(parseScript("jump 1 2").ok());
    EXPECT_FALSE(parseScript("tap x 2").ok());
    EXPECT_FALSE(parseScript("expect colour red").ok());
    EXPECT_FALSE(parseScript("expect lang de").ok());
    EXPECT_FALSE(parseScript("key hyper+A").ok());
    EXPECT_FALSE(parseScript("shot ../escape.png").ok());
    EXPECT_FALSE(parseScript("pinch 1 1 0 10").ok());
}

TEST(Script, ADurationGivenAsABareNumberMustNotBeNegative) {
    // Found by fuzz_script: "-140" read as -140 ms, a gesture that ends before it starts.
    EXPECT_FALSE(parseScript("pinch 270 640 200 500 -140").ok());
    EXPECT_FALSE(parseScript("swipe 1 2 3 4 -1").ok());
    EXPECT_FALSE(parseScript("longpress 1 2 -0.5").ok());
    EXPECT_TRUE(parseScript("longpress 1 2 0").ok());
}

TEST(Script, ExpectAccessNamesEveryModeThatIsOnOrNone) {
    auto script =
        parseScript("expect access none\n"
                    "expect access screen-reader high-contrast\n"
                    "expect access large-text high-contrast reduced-motion screen-reader\n");
    ASSERT_TRUE(script.ok()) << script.error().message;
    EXPECT_EQ(std::get<ExpectAccess>((*script)[0].command), ExpectAccess{});
    EXPECT_EQ(std::get<ExpectAccess>((*script)[1].command),
              (ExpectAccess{false, true, false, true}));
    EXPECT_EQ(std::get<ExpectAccess>((*script)[2].command), (ExpectAccess{true, true, true, true}));
    EXPECT_FALSE(parseScript("expect access").ok());
    EXPECT_FALSE(parseScript("expect access bigger-text").ok());
    EXPECT_FALSE(parseScript("expect access none large-text").ok());
    EXPECT_FALSE(parseScript("expect access large-text large-text").ok());
}

TEST(Script, EmptyAndCommentOnlyScriptsAreValid) {
    EXPECT_TRUE(parseScript("").ok());
    EXPECT_TRUE(parseScript("# nothing\n\n   \n")->empty());
}

TEST(ScriptFormat, EveryCommandReadsBackTheSame) {
    const std::vector<Command> commands{
        Wait{Duration(1.5)},
        Wait{Duration(1800.0)},
        Wait{Duration(200.0)},
        Tap{960.5f, 12.25f},
        TapOn{"Byt nu"},
        TapOn{"Русский"},
        TryTapOn{"Hög kontrast: Av"},
        LongPress{10, 20, Duration(1.2)},
        Swipe{900, 500, 100, 500, Duration(0.3)},
        Pinch{960, 540, 100, 300, Duration(0.4)},
        Key{"F4", false, true, false},
        Key{"Escape"},
        Shot{"day-1.png"},
        ExpectScreen{"attract"},
        ExpectLang{vitrin::core::Lang::Ru},
        ExpectText{"Klart: den nya utställningen är inläst"},
        ExpectText{"Sal #3"},
        ExpectAccess{},
        ExpectAccess{true, false, false, true},
        UsbInsert{"sticks/A"},
        UsbRemove{},
    };
    std::string text;
    for (const Command& command : commands) {
        text += formatCommand(command) + "\n";
    }
    auto parsed = parseScript(text);
    ASSERT_TRUE(parsed.ok()) << parsed.error().message << "\n" << text;
    ASSERT_EQ(parsed->size(), commands.size());
    for (size_t i = 0; i < commands.size(); ++i) {
        EXPECT_EQ(formatCommand((*parsed)[i].command), formatCommand(commands[i])) << text;
    }
    EXPECT_EQ(formatCommand(commands[0]), "wait 1500ms");
    EXPECT_EQ(formatCommand(commands[2]), "wait 200000ms"); // no exponent: "2e+05ms" is no duration
    EXPECT_EQ(formatCommand(commands[3]), "tap 960.5 12.25");
    EXPECT_EQ(formatCommand(commands[10]), "key alt+F4");
    EXPECT_EQ(formatCommand(commands[17]), "expect access none");
    EXPECT_EQ(formatCommand(commands[18]), "expect access large-text screen-reader");
    EXPECT_EQ(std::get<ExpectText>((*parsed)[16].command).text, "Sal #3");
    EXPECT_DOUBLE_EQ(std::get<Wait>((*parsed)[1].command).duration.count(), 1800.0);
    EXPECT_FLOAT_EQ(std::get<Pinch>((*parsed)[9].command).toPx, 300.0f);
}
