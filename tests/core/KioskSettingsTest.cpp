#include "core/KioskSettings.h"

#include "TempDir.h"

#include <gtest/gtest.h>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace vitrin::core;
using tests::readFile;
using tests::TempDir;
using tests::writeFile;

namespace {

KioskSettings someSettings() {
    KioskSettings settings;
    settings.usbMount = "/srv/usb \"stick\" å";
    settings.staffLanguage = Lang::En;
    settings.pinHash = "$argon2id$v=19$m=16384,t=2,p=1$c2FsdA$aGFzaA";
    settings.rotation = 270;
    settings.layout = "portrait-1080p";
    settings.idleTimeoutSeconds = 120;
    settings.visitorLanguage = Lang::Ru;
    settings.venue = "Hammerdals bibliotek";
    settings.tallScreen = true;
    settings.highContrast = true;
    settings.reducedMotion = true;
    settings.speechVolume = 35;
    return settings;
}

bool mentions(const std::vector<std::string>& warnings, std::string_view text) {
    for (const std::string& warning : warnings) {
        if (warning.find(text) != std::string::npos) {
            return true;
        }
    }
    return false;
}

} // namespace

TEST(KioskSettings, AnEmptyFileGivesTheDefaults) {
    const KioskSettingsParse parse = parseKioskSettings("# nothing set yet\n");
    EXPECT_TRUE(parse.warnings.empty());
    EXPECT_EQ(parse.settings, KioskSettings{});
    EXPECT_EQ(parse.settings.usbMount, "/media/vitrin-usb");
    EXPECT_EQ(parse.settings.staffLanguage, Lang::Sv);
    EXPECT_TRUE(parse.settings.pinHash.empty());
}

TEST(KioskSettings, WhatIsFormattedParsesBackTheSame) {
    const std::string text = formatKioskSettings(someSettings());
    EXPECT_NE(text.find("# usb_mount"), std::string::npos);
    EXPECT_NE(text.find("# staff_language"), std::string::npos);
    EXPECT_NE(text.find("# pin_hash"), std::string::npos);
    const KioskSettingsParse parse = parseKioskSettings(text);
    EXPECT_TRUE(parse.warnings.empty()) << parse.warnings.front();
    EXPECT_EQ(parse.settings, someSettings());
}

TEST(KioskSettings, ABadValueIsAWarningAndItsDefault) {
    const KioskSettingsParse parse = parseKioskSettings("staff_language = \"en\"\n"
                                                        "usb_mount = \"usb\"\n"
                                                        "pin_hash = \"1234\"\n");
    EXPECT_EQ(parse.settings.staffLanguage, Lang::En);
    EXPECT_EQ(parse.settings.usbMount, "/media/vitrin-usb");
    EXPECT_TRUE(parse.settings.pinHash.empty());
    ASSERT_EQ(parse.warnings.size(), 2u);
    EXPECT_EQ(parse.warnings[0], "line 2: usb_mount = \"usb\" cannot be used: it must be a full "
                                 "folder path in quotation marks; the default "
                                 "\"/media/vitrin-usb\" is used");
    EXPECT_EQ(parse.warnings[1].rfind("line 3: pin_hash cannot be used", 0), 0u);
    EXPECT_FALSE(mentions(parse.warnings, "1234")) << "a PIN written as digits must not be logged";
}

TEST(KioskSettings, TheStaffScreensSpeakSwedishOrEnglish) {
    EXPECT_EQ(parseKioskSettings("staff_language = \"EN\"").settings.staffLanguage, Lang::En);
    for (const char* text :
         {"staff_language = \"ru\"", "staff_language = 1", "staff_language = [\"sv\"]"}) {
        const KioskSettingsParse parse = parseKioskSettings(text);
        EXPECT_EQ(parse.settings.staffLanguage, Lang::Sv) << text;
        EXPECT_TRUE(mentions(parse.warnings, "line 1: staff_language = ")) << text;
    }
    EXPECT_TRUE(mentions(parseKioskSettings("usb_mount = 5").warnings, "usb_mount = 5 cannot"));
}

TEST(KioskSettings, AnUnknownKeyIsAWarning) {
    const KioskSettingsParse parse =
        parseKioskSettings("staff_language = \"en\"\n\nvenu = \"Strömsund\"\n[screen]\n");
    EXPECT_EQ(parse.settings.staffLanguage, Lang::En);
    ASSERT_EQ(parse.warnings.size(), 2u);
    EXPECT_EQ(parse.warnings[0], "line 3: there is no setting 'venu'; it is not used");
    EXPECT_EQ(parse.warnings[1], "line 4: there is no setting 'screen'; it is not used");
}

TEST(KioskSettings, ASyntaxErrorGivesAllDefaults) {
    const KioskSettingsParse parse =
        parseKioskSettings("staff_language = \"en\"\nusb_mount = /media/usb\n");
    EXPECT_EQ(parse.settings, KioskSettings{});
    ASSERT_EQ(parse.warnings.size(), 1u);
    EXPECT_EQ(parse.warnings[0].rfind("line 2: syntax error (", 0), 0u) << parse.warnings[0];
    EXPECT_TRUE(mentions(parse.warnings, "defaults apply"));
}

TEST(KioskSettingsFile, SavedSettingsLoadBack) {
    TempDir dir;
    const auto file = kioskSettingsPath(dir.path());
    EXPECT_EQ(file, dir / "settings.toml");
    ASSERT_TRUE(saveKioskSettings(file, someSettings()).ok());
    KioskSettings changed = someSettings();
    changed.staffLanguage = Lang::Sv;
    ASSERT_TRUE(saveKioskSettings(file, changed).ok()); // replaces the first
    const auto loaded = loadKioskSettings(file);
    ASSERT_TRUE(loaded.ok()) << loaded.error().message;
    EXPECT_TRUE(loaded->warnings.empty());
    EXPECT_EQ(loaded->settings, changed);
    // Only the file itself: no temporary file left behind.
    EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir.path()), {}), 1);
}

TEST(KioskSettingsFile, AMissingFileGivesTheDefaultsWithoutWarnings) {
    TempDir dir;
    const auto loaded = loadKioskSettings(dir / "settings.toml");
    ASSERT_TRUE(loaded.ok());
    EXPECT_TRUE(loaded->warnings.empty());
    EXPECT_EQ(loaded->settings, KioskSettings{});
}

TEST(KioskSettingsFile, AFileThatCannotBeReadIsAnError) {
    TempDir dir;
    std::filesystem::create_directory(dir / "settings.toml");
    const auto loaded = loadKioskSettings(dir / "settings.toml");
    ASSERT_FALSE(loaded.ok());
    EXPECT_NE(loaded.error().message.find("settings.toml"), std::string::npos);
}

TEST(KioskSettingsFile, SavingIntoAMissingFolderFails) {
    TempDir dir;
    const auto saved = saveKioskSettings(dir / "no-such-folder" / "settings.toml", {});
    ASSERT_FALSE(saved.ok());
    EXPECT_NE(saved.error().message.find("no-such-folder"), std::string::npos);
    EXPECT_NE(saved.error().message.find("No such file or directory"), std::string::npos);
}

// A full disk, simulated with a file size limit (which binds root too): write() fails midway.
TEST(KioskSettingsFile, AFailedWriteLeavesTheOldFile) {
    TempDir dir;
    const auto file = dir / "settings.toml";
    writeFile(file, "staff_language = \"en\"\n");
    rlimit before{};
    ASSERT_EQ(getrlimit(RLIMIT_FSIZE, &before), 0);
    rlimit small = before;
    small.rlim_cur = 100;
    const auto oldSignal = std::signal(SIGXFSZ, SIG_IGN);
    ASSERT_EQ(setrlimit(RLIMIT_FSIZE, &small), 0);
    const auto saved = saveKioskSettings(file, someSettings());
    setrlimit(RLIMIT_FSIZE, &before);
    std::signal(SIGXFSZ, oldSignal);
    ASSERT_FALSE(saved.ok());
    EXPECT_NE(saved.error().message.find("cannot save " + file.string() + ": cannot write: "),
              std::string::npos)
        << saved.error().message;
    EXPECT_NE(saved.error().message.find("the old file is unchanged"), std::string::npos);
    EXPECT_EQ(readFile(file), "staff_language = \"en\"\n");
    EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir.path()), {}), 1);
}

TEST(KioskSettingsFile, AReadOnlyFolderLeavesTheOldFile) {
    if (geteuid() == 0) {
        GTEST_SKIP() << "root writes into read-only folders";
    }
    TempDir dir;
    const auto file = dir / "settings.toml";
    writeFile(file, "staff_language = \"en\"\n");
    std::filesystem::permissions(dir.path(), std::filesystem::perms::owner_read |
                                                 std::filesystem::perms::owner_exec);
    const auto saved = saveKioskSettings(file, someSettings());
    ASSERT_FALSE(saved.ok());
    EXPECT_NE(saved.error().message.find("Permission denied"), std::string::npos);
    EXPECT_EQ(readFile(file), "staff_language = \"en\"\n");
}

// `sudo vitrin --set-pin` must leave a file the kiosk user (the state folder's owner) can read.
TEST(KioskSettingsFile, SavedByRootTheFileBelongsToTheFolderOwner) {
    if (geteuid() != 0) {
        GTEST_SKIP() << "needs root";
    }
    TempDir dir;
    constexpr uid_t kNobody = 65534;
    ASSERT_EQ(chown(dir.path().c_str(), kNobody, kNobody), 0);
    ASSERT_TRUE(saveKioskSettings(dir / "settings.toml", someSettings()).ok());
    struct stat saved {};
    ASSERT_EQ(stat((dir / "settings.toml").c_str(), &saved), 0);
    EXPECT_EQ(saved.st_uid, kNobody);
    EXPECT_EQ(saved.st_gid, kNobody);
    EXPECT_EQ(saved.st_mode & 0777, 0600u);
}

TEST(KioskSettings, TheScreenSettingsStaffChoose) {
    const KioskSettingsParse good =
        parseKioskSettings("rotation = 90\nlayout = \"landscape-4k\"\n"
                           "idle_timeout = 45\nvisitor_language = \"en\"\n");
    EXPECT_TRUE(good.warnings.empty());
    EXPECT_EQ(good.settings.rotation, 90);
    EXPECT_EQ(good.settings.layout, "landscape-4k");
    EXPECT_EQ(good.settings.idleTimeoutSeconds, 45);
    EXPECT_EQ(good.settings.visitorLanguage, Lang::En);
    EXPECT_FALSE(parseKioskSettings("visitor_language = \"\"").settings.visitorLanguage);
    const KioskSettingsParse bad =
        parseKioskSettings("rotation = 45\nlayout = \"../x\"\n"
                           "idle_timeout = 5\nvisitor_language = \"de\"\n");
    EXPECT_EQ(bad.settings, KioskSettings{});
    ASSERT_EQ(bad.warnings.size(), 4u);
    EXPECT_EQ(bad.warnings[0], "line 1: rotation = 45 cannot be used: it is 0, 90, 180 or 270; the "
                               "default 0 is used");
    EXPECT_TRUE(mentions(bad.warnings, "line 3: idle_timeout = 5 cannot be used"));
}

TEST(KioskSettings, OpeningHoursPerDayReadBackAndBadDaysAreWarnedAbout) {
    const KioskSettingsParse parse = parseKioskSettings("venue = \"Strömsund\"\n"
                                                        "[opening_hours]\n"
                                                        "mon = \"08:00-17:00\"\n"
                                                        "tue = \"8-17\"\n"
                                                        "sun = \"closed\"\n"
                                                        "fre = \"08:00-17:00\"\n"
                                                        "sat = 10\n");
    const OpeningHours& hours = parse.settings.openingHours;
    EXPECT_EQ(hours.days[0], (DayHours{8 * 60, 17 * 60}));
    EXPECT_TRUE(hours.days[1].isAllDay()) << "a bad value: on all that day";
    EXPECT_TRUE(hours.days[4].isAllDay()) << "a day not given: on all day";
    EXPECT_TRUE(hours.days[5].isAllDay());
    EXPECT_TRUE(hours.days[6].isClosed());
    ASSERT_EQ(parse.warnings.size(), 3u);
    EXPECT_EQ(parse.warnings[0], "line 4: tue = \"8-17\" cannot be used: it is \"HH:MM-HH:MM\" "
                                 "(such as \"08:00-17:00\") or \"closed\"; the screen stays on "
                                 "all that day");
    EXPECT_EQ(parse.warnings[1].rfind("line 6: there is no day 'fre'", 0), 0u);
    EXPECT_EQ(parse.warnings[2].rfind("line 7: sat = 10 cannot be used", 0), 0u);
    // Written and read back the same, without a warning; always open writes no table.
    KioskSettings settings = parse.settings;
    settings.openingHours.days[2] = *parseDayHours("22:00-02:00");
    const std::string text = formatKioskSettings(settings);
    EXPECT_NE(text.find("[opening_hours]\nmon = \"08:00-17:00\"\nwed = \"22:00-02:00\"\n"
                        "sun = \"closed\"\n"),
              std::string::npos)
        << text;
    const KioskSettingsParse again = parseKioskSettings(text);
    EXPECT_TRUE(again.warnings.empty());
    EXPECT_EQ(again.settings, settings);
    EXPECT_EQ(formatKioskSettings(KioskSettings{}).find("[opening_hours]\n"), std::string::npos);
    const KioskSettingsParse notATable = parseKioskSettings("opening_hours = \"08:00-17:00\"\n");
    EXPECT_TRUE(notATable.settings.openingHours.isAlwaysOpen());
    ASSERT_EQ(notATable.warnings.size(), 1u);
}

TEST(KioskSettings, AccessibilityValuesOutsideTheirRangeAreWarningsAndDefaults) {
    const KioskSettingsParse parse = parseKioskSettings("large_text = true\n"
                                                        "high_contrast = \"yes\"\n"
                                                        "speech_volume = 140\n"
                                                        "reduced_motion = 1\n");
    EXPECT_TRUE(parse.settings.largeText);
    EXPECT_FALSE(parse.settings.highContrast);
    EXPECT_FALSE(parse.settings.reducedMotion);
    EXPECT_EQ(parse.settings.speechVolume, 80);
    ASSERT_EQ(parse.warnings.size(), 3u);
    EXPECT_EQ(parse.warnings[0], "line 2: high_contrast = \"yes\" cannot be used: it is true or "
                                 "false; the default false is used");
    EXPECT_TRUE(mentions(parse.warnings, "speech_volume = 140"));
}
