#include "core/StaffPin.h"

#include "TempDir.h"

#include <gtest/gtest.h>

using namespace vitrin::core;
using tests::readFile;
using tests::TempDir;
using tests::writeFile;
using Verdict = PinGate::Verdict;

namespace {

// One hash for all the gate tests: hashing costs tens of milliseconds.
const std::string& hashOf1234() {
    static const std::string hash = *hashPin("1234");
    return hash;
}

void typeWrongPins(PinGate& gate, int count, TimePoint now) {
    for (int i = 0; i < count; ++i) {
        EXPECT_EQ(gate.check("0000", now), Verdict::Wrong) << "try " << i + 1;
    }
}

} // namespace

TEST(StaffPin, APinIsFourToEightDigits) {
    for (const char* pin : {"1234", "0000", "12345678"}) {
        EXPECT_TRUE(isValidPin(pin)) << pin;
    }
    for (const char* pin : {"", "123", "123456789", "12a4", " 1234", "1234\n", "١٢٣٤", "-123"}) {
        EXPECT_FALSE(isValidPin(pin)) << pin;
    }
}

TEST(StaffPin, TheRightPinVerifiesAndAWrongOneDoesNot) {
    const auto hash = hashPin("4711");
    ASSERT_TRUE(hash.ok());
    EXPECT_EQ(hash->rfind("$argon2id$", 0), 0u) << *hash;
    EXPECT_NE(hash->find("m=16384,t=2"), std::string::npos) << *hash;
    EXPECT_EQ(hash->find("4711"), std::string::npos);
    EXPECT_TRUE(verifyPin(*hash, "4711"));
    EXPECT_FALSE(verifyPin(*hash, "4712"));
    EXPECT_FALSE(verifyPin(*hash, "47110"));
    EXPECT_FALSE(verifyPin(*hash, ""));
}

TEST(StaffPin, TheSamePinHashesDifferentlyEachTime) {
    const auto first = hashPin("1234");
    const auto second = hashPin("1234");
    ASSERT_TRUE(first.ok() && second.ok());
    EXPECT_NE(*first, *second); // a fresh salt each time
    EXPECT_TRUE(verifyPin(*first, "1234"));
    EXPECT_TRUE(verifyPin(*second, "1234"));
}

TEST(StaffPin, SomethingThatIsNoHashVerifiesNothing) {
    EXPECT_FALSE(verifyPin("", ""));
    EXPECT_FALSE(verifyPin("1234", "1234"));
    EXPECT_FALSE(verifyPin("$argon2id$v=19$m=16384,t=2,p=1$broken", "1234"));
}

TEST(PinGate, WithoutAHashNoPinIsAccepted) {
    PinGate gate("");
    EXPECT_EQ(gate.check("1234", TimePoint{}), Verdict::NoPinSet);
    EXPECT_EQ(gate.check("", TimePoint{}), Verdict::NoPinSet);
}

TEST(PinGate, TheRightPinIsAccepted) {
    PinGate gate(hashOf1234());
    EXPECT_EQ(gate.triesLeft(), kMaxWrongPins);
    EXPECT_EQ(gate.check("1234", TimePoint{}), Verdict::Accepted);
}

TEST(PinGate, FiveWrongPinsLockForFiveMinutes) {
    PinGate gate(hashOf1234());
    const TimePoint start{100.0};
    for (int tries = 1; tries < kMaxWrongPins; ++tries) {
        EXPECT_EQ(gate.check("9999", start), Verdict::Wrong);
        EXPECT_EQ(gate.triesLeft(), kMaxWrongPins - tries);
    }
    EXPECT_EQ(gate.secondsLocked(start), 0);
    EXPECT_EQ(gate.check("9999", start), Verdict::Locked);
    EXPECT_EQ(gate.secondsLocked(start), 300);
    // Locked: not even the right PIN is accepted, and trying does not extend the lock-out.
    EXPECT_EQ(gate.check("1234", start + Duration(60)), Verdict::Locked);
    EXPECT_EQ(gate.secondsLocked(start + Duration(60)), 240);
    EXPECT_EQ(gate.secondsLocked(start + Duration(299.5)), 1);
    EXPECT_EQ(gate.check("1234", start + Duration(299.9)), Verdict::Locked);
    // Five minutes later the right PIN is accepted.
    EXPECT_EQ(gate.secondsLocked(start + kPinLockDuration), 0);
    EXPECT_EQ(gate.check("1234", start + kPinLockDuration), Verdict::Accepted);
}

TEST(PinGate, AfterALockOutFiveMoreWrongPinsLockAgain) {
    PinGate gate(hashOf1234());
    typeWrongPins(gate, kMaxWrongPins - 1, TimePoint{});
    EXPECT_EQ(gate.check("9999", TimePoint{}), Verdict::Locked);
    const TimePoint later = TimePoint{} + kPinLockDuration;
    EXPECT_EQ(gate.triesLeft(), kMaxWrongPins);
    typeWrongPins(gate, kMaxWrongPins - 1, later);
    EXPECT_EQ(gate.check("9999", later), Verdict::Locked);
}

TEST(PinGate, TheRightPinResetsTheCount) {
    PinGate gate(hashOf1234());
    typeWrongPins(gate, kMaxWrongPins - 1, TimePoint{});
    EXPECT_EQ(gate.triesLeft(), 1);
    EXPECT_EQ(gate.check("1234", TimePoint{}), Verdict::Accepted);
    EXPECT_EQ(gate.triesLeft(), kMaxWrongPins);
    typeWrongPins(gate, kMaxWrongPins - 1, TimePoint{});
}

TEST(PinGate, ARestoredLockOutLastsAtMostFiveMinutes) {
    PinGate gate(hashOf1234());
    gate.lockFor(Duration(-10), TimePoint{});
    EXPECT_EQ(gate.secondsLocked(TimePoint{}), 0);
    gate.lockFor(Duration(90), TimePoint{});
    EXPECT_EQ(gate.secondsLocked(TimePoint{}), 90);
    EXPECT_EQ(gate.check("1234", TimePoint{}), Verdict::Locked);
    gate.lockFor(std::chrono::hours(24 * 365), TimePoint{}); // the clock was set back a year
    EXPECT_EQ(gate.secondsLocked(TimePoint{}), 300);
}

TEST(PinLockFile, SavedLockOutLoadsBackToTheSecond) {
    TempDir dir;
    const auto file = pinLockPath(dir.path());
    EXPECT_EQ(file, dir / "pin-lock");
    const WallTime until = std::chrono::sys_days(std::chrono::year(2026) / 11 / 26) +
                           std::chrono::hours(10) + std::chrono::minutes(15) +
                           std::chrono::milliseconds(2500);
    ASSERT_TRUE(savePinLock(file, until).ok());
    EXPECT_NE(readFile(file).find("locked_until = 2026-11-26T10:15:02Z\n"), std::string::npos);
    EXPECT_EQ(loadPinLock(file), std::chrono::floor<std::chrono::seconds>(until));
}

TEST(PinLockFile, NoFileOrNoTimeIsNoLockOut) {
    TempDir dir;
    const auto file = pinLockPath(dir.path());
    EXPECT_FALSE(loadPinLock(file).has_value());
    for (const char* text :
         {"", "locked_until = ", "locked_until = 1795000000", "locked_until = 2026-11-26T10:15:00",
          "locked_until = 2026-02-30T10:15:00Z"}) {
        writeFile(file, text);
        EXPECT_FALSE(loadPinLock(file).has_value()) << text;
    }
    writeFile(file, "locked_until = 2026-11-26T12:15:00+02:00");
    EXPECT_EQ(loadPinLock(file), std::chrono::sys_days(std::chrono::year(2026) / 11 / 26) +
                                     std::chrono::hours(10) + std::chrono::minutes(15));
}

// What the kiosk does: save the lock-out when it starts; after a restart, lock the new gate for
// what is left of it.
TEST(PinLockFile, ALockOutSurvivesARestart) {
    TempDir dir;
    const auto file = pinLockPath(dir.path());
    const WallTime wallNow = std::chrono::system_clock::now();
    {
        PinGate gate(hashOf1234());
        typeWrongPins(gate, kMaxWrongPins - 1, TimePoint{});
        ASSERT_EQ(gate.check("9999", TimePoint{}), Verdict::Locked);
        ASSERT_TRUE(
            savePinLock(file, wallNow + std::chrono::seconds(gate.secondsLocked(TimePoint{})))
                .ok());
    }
    PinGate restarted(hashOf1234());
    const WallTime wallLater = wallNow + std::chrono::seconds(100); // the plug was out 100 s
    const auto until = loadPinLock(file);
    ASSERT_TRUE(until.has_value());
    restarted.lockFor(*until - wallLater, TimePoint{});
    EXPECT_EQ(restarted.check("1234", TimePoint{}), Verdict::Locked);
    EXPECT_NEAR(restarted.secondsLocked(TimePoint{}), 200, 1);
}
