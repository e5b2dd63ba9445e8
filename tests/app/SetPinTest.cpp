#include "app/SetPin.h"

#include "../core/TempDir.h"
#include "core/KioskSettings.h"
#include "core/StaffPin.h"

#include <gtest/gtest.h>

#include <sstream>

using namespace vitrin;
using core::tests::readFile;
using core::tests::TempDir;
using core::tests::writeFile;

namespace {

struct SetPinRun {
    int exitCode;
    std::string out, err;
};

SetPinRun setPin(const std::filesystem::path& stateDir, const std::string& input) {
    std::istringstream in(input);
    std::ostringstream out, err;
    const int exitCode = app::runSetPin(stateDir, in, out, err, false);
    return {exitCode, out.str(), err.str()};
}

} // namespace

TEST(SetPin, StoresTheHashAndKeepsTheOtherSettings) {
    TempDir state;
    writeFile(state / "settings.toml", "staff_language = \"en\"\nusb_mount = \"/mnt/stick\"\n");
    const SetPinRun run = setPin(state.path(), "48213\n");
    EXPECT_EQ(run.exitCode, 0) << run.err;
    EXPECT_EQ(run.out, "PIN set in " + (state / "settings.toml").string() + "\n");
    const auto loaded = core::loadKioskSettings(state / "settings.toml");
    ASSERT_TRUE(loaded.ok());
    EXPECT_TRUE(loaded->warnings.empty());
    EXPECT_EQ(loaded->settings.staffLanguage, core::Lang::En);
    EXPECT_EQ(loaded->settings.usbMount, "/mnt/stick");
    EXPECT_TRUE(core::verifyPin(loaded->settings.pinHash, "48213"));
    EXPECT_EQ(readFile(state / "settings.toml").find("48213"), std::string::npos);
}

TEST(SetPin, CreatesTheStateFolder) {
    TempDir root;
    EXPECT_EQ(setPin(root / "state", "1234").exitCode, 0); // no newline at the end of input
    EXPECT_TRUE(std::filesystem::exists(root / "state" / "settings.toml"));
}

TEST(SetPin, ANonPinIsBadUsageAndChangesNothing) {
    TempDir state;
    writeFile(state / "settings.toml", "staff_language = \"en\"\n");
    for (const char* input : {"", "\n", "123\n", "123456789\n", "12 34\n", "abcd\n"}) {
        const SetPinRun run = setPin(state.path(), input);
        EXPECT_EQ(run.exitCode, 2) << input;
        EXPECT_NE(run.err.find("4 to 8 digits"), std::string::npos) << run.err;
    }
    EXPECT_EQ(readFile(state / "settings.toml"), "staff_language = \"en\"\n");
}

TEST(SetPin, SettingsThatCannotBeSavedFailTheJob) {
    TempDir root;
    writeFile(root / "file", "");
    const SetPinRun run =
        setPin(root / "file", "1234\n"); // a file where the state folder should be
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_NE(run.err.find("cannot create the state folder"), std::string::npos) << run.err;
}

TEST(SetPin, WarnsAboutBadValuesItReplaces) {
    TempDir state;
    writeFile(state / "settings.toml", "staff_language = \"ru\"\n");
    const SetPinRun run = setPin(state.path(), "1234\n");
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_NE(run.err.find("settings.toml, line 1: staff_language = \"ru\" cannot be used"),
              std::string::npos)
        << run.err;
}
