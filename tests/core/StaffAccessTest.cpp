#include "core/StaffAccess.h"

#include "TempDir.h"

#include <gtest/gtest.h>

using namespace vitrin::core;
using tests::TempDir;

namespace {
const std::string& hashOf1234() {
    static const std::string hash = *hashPin("1234");
    return hash;
}
} // namespace

TEST(StaffAccess, RightPinIsAcceptedAndWrongOnesCountDown) {
    TempDir dir;
    StaffAccess access(dir.path(), hashOf1234(), TimePoint(0));
    auto wrong = access.submit("1111", TimePoint(1), Lang::Sv);
    EXPECT_FALSE(wrong.accepted);
    EXPECT_EQ(wrong.message, "Fel PIN-kod. 4 försök kvar.");
    EXPECT_EQ(access.submit("1111", TimePoint(2), Lang::En).message, "Wrong PIN. 3 tries left.");
    EXPECT_TRUE(access.submit("1234", TimePoint(3), Lang::Sv).accepted);
}

TEST(StaffAccess, FiveWrongPinsLockAndTheLockOutSurvivesARestart) {
    TempDir dir;
    {
        StaffAccess access(dir.path(), hashOf1234(), TimePoint(0));
        for (int i = 0; i < 4; ++i) {
            EXPECT_FALSE(access.submit("0000", TimePoint(i), Lang::Sv).accepted);
        }
        const auto locked = access.submit("0000", TimePoint(5), Lang::Sv);
        EXPECT_EQ(locked.message, "För många fel försök. Försök igen om 5 min.");
        EXPECT_FALSE(access.submit("1234", TimePoint(6), Lang::Sv).accepted);
    }
    EXPECT_TRUE(std::filesystem::exists(pinLockPath(dir.path())));
    // A restarted kiosk (its clock starts anew) is still locked, even for the right PIN.
    StaffAccess restarted(dir.path(), hashOf1234(), TimePoint(0));
    EXPECT_FALSE(restarted.lockedMessage(TimePoint(1), Lang::En).empty());
    EXPECT_FALSE(restarted.submit("1234", TimePoint(1), Lang::Sv).accepted);
    EXPECT_TRUE(restarted.submit("1234", TimePoint(5 * 60 + 2), Lang::Sv).accepted);
}

TEST(StaffAccess, NoPinSetSaysWhoSetsOne) {
    TempDir dir;
    StaffAccess access(dir.path(), "", TimePoint(0));
    EXPECT_NE(access.submit("1234", TimePoint(1), Lang::Sv).message.find("install.sh --pin"),
              std::string::npos);
}
