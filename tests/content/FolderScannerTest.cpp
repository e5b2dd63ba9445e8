#include "content/FolderScanner.h"

#include "TempFolder.h"

#include <gtest/gtest.h>

#include <sys/stat.h>

using namespace vitrin::content;
using vitrin::content::testing::TempFolder;
namespace fs = std::filesystem;

namespace {

std::vector<std::string> names(const FolderListing& listing) {
    std::vector<std::string> out;
    for (const FolderEntry& entry : listing.entries) {
        out.push_back(entry.name);
    }
    return out;
}

FolderListing listRoot(const TempFolder& temp, Report& report) {
    const fs::path root = fs::canonical(temp.path());
    return listFolder(root, root, {}, report);
}

} // namespace

TEST(FolderScanner, JunkIsRecognised) {
    for (std::string_view junk :
         {".DS_Store", "._bild.jpg", "Thumbs.db", "THUMBS.DB", "desktop.ini",
          "System Volume Information", "$RECYCLE.BIN", ".Trashes", ".Spotlight-V100",
          "~$bildtexter.xlsx", "ehthumbs.db"}) {
        EXPECT_TRUE(isJunk(junk)) << junk;
    }
    for (std::string_view content : {"bild.jpg", "Thumbs.jpg", "1-Historia", "desktop.ini.jpg"}) {
        EXPECT_FALSE(isJunk(content)) << content;
    }
}

TEST(FolderScanner, NaturalOrderComparesNumbersByValue) {
    EXPECT_TRUE(naturalLess("2-svenskbyn", "10-historia"));
    EXPECT_FALSE(naturalLess("10-historia", "2-svenskbyn"));
    EXPECT_TRUE(naturalLess("bild 9.jpg", "bild 10.jpg"));
    EXPECT_TRUE(naturalLess("02 b", "3 a"));
    EXPECT_TRUE(naturalLess("a", "b"));
    EXPECT_FALSE(naturalLess("a", "a"));
    EXPECT_TRUE(naturalLess("a", "a1"));
}

TEST(FolderScanner, ListsInNaturalOrderAndSkipsJunkSilently) {
    TempFolder temp;
    temp.write("10-c/x.jpg", "x");
    temp.write("2-b/x.jpg", "x");
    temp.write("1-a/x.jpg", "x");
    temp.write(".DS_Store", "junk");
    temp.write("Thumbs.db", "junk");
    temp.folder("$RECYCLE.BIN/S-1-5-21");
    temp.folder("System Volume Information");
    Report report;
    const FolderListing listing = listRoot(temp, report);
    EXPECT_EQ(names(listing), (std::vector<std::string>{"1-a", "2-b", "10-c"}));
    EXPECT_TRUE(listing.entries[0].isFolder);
    EXPECT_TRUE(report.findings.empty());
}

TEST(FolderScanner, DecomposedNamesAreShownComposed) {
    TempFolder temp;
    temp.write("a\xCC\x8A"
               "ngare.jpg",
               "x");
    Report report;
    const FolderListing listing = listRoot(temp, report);
    ASSERT_EQ(listing.entries.size(), 1u);
    EXPECT_EQ(listing.entries[0].name, "ångare.jpg");
    EXPECT_EQ(listing.entries[0].relative, "ångare.jpg");
}

TEST(FolderScanner, Latin1NamesAreShownAsWindowsWroteThemNotAsReplacementCharacters) {
    TempFolder temp;
    temp.write("N\xE4mnd \x96 \xC5ngbr\xE5.jpg", "x"); // Windows-1252 bytes, not UTF-8
    temp.write("🌲 Skog.jpg", "x");
    Report report;
    const FolderListing listing = listRoot(temp, report);
    ASSERT_EQ(listing.entries.size(), 2u);
    EXPECT_EQ(names(listing), (std::vector<std::string>{"Nämnd – Ångbrå.jpg", "🌲 Skog.jpg"}));
    // The file is still opened by its name on disk.
    EXPECT_TRUE(fs::exists(listing.entries[0].path));
}

TEST(FolderScanner, LinksOutOfTheFolderAreRejected) {
    TempFolder temp;
    temp.link("passwd.jpg", "/etc/passwd");
    temp.link("up", "..");
    temp.link("absolute-up", temp.path().parent_path());
    Report report;
    const FolderListing listing = listRoot(temp, report);
    EXPECT_TRUE(listing.entries.empty());
    EXPECT_TRUE(report.has(FindingCode::LinkOutside, "passwd.jpg"));
    EXPECT_TRUE(report.has(FindingCode::LinkOutside, "up"));
    EXPECT_TRUE(report.has(FindingCode::LinkOutside, "absolute-up"));
    EXPECT_EQ(report.count(Severity::Rejected), 3u);
}

TEST(FolderScanner, BrokenAndLoopingLinksAreRejected) {
    TempFolder temp;
    temp.link("nowhere.jpg", temp / "missing.jpg");
    temp.link("a", "b");
    temp.link("b", "a");
    temp.link("self", ".");
    Report report;
    const FolderListing listing = listRoot(temp, report);
    EXPECT_TRUE(listing.entries.empty());
    for (std::string_view name : {"nowhere.jpg", "a", "b", "self"}) {
        EXPECT_TRUE(report.has(FindingCode::LinkBroken, name)) << name;
    }
}

TEST(FolderScanner, LinkToAnEnclosingFolderIsRejectedInASection) {
    TempFolder temp;
    temp.link("1-a/loop", "..");
    temp.link("1-a/here", ".");
    Report report;
    const fs::path root = fs::canonical(temp.path());
    const FolderListing listing = listFolder(root, root / "1-a", "1-a", report);
    EXPECT_TRUE(listing.entries.empty());
    EXPECT_TRUE(report.has(FindingCode::LinkBroken, "1-a/loop"));
    EXPECT_TRUE(report.has(FindingCode::LinkBroken, "1-a/here"));
}

TEST(FolderScanner, LinksInsideAreFollowedToTheirTarget) {
    TempFolder temp;
    temp.write("1-a/real.jpg", "x");
    temp.link("2-b/alias.jpg", "../1-a/real.jpg");
    Report report;
    const fs::path root = fs::canonical(temp.path());
    const FolderListing listing = listFolder(root, root / "2-b", "2-b", report);
    ASSERT_EQ(listing.entries.size(), 1u);
    EXPECT_EQ(listing.entries[0].name, "alias.jpg");
    EXPECT_EQ(listing.entries[0].path, root / "1-a/real.jpg");
    EXPECT_TRUE(report.findings.empty());
}

TEST(FolderScanner, SpecialFilesAreRejectedWithoutOpeningThem) {
    TempFolder temp;
    // Opening a pipe would block for ever; it must only be looked at.
    ASSERT_EQ(mkfifo((temp / "pipe.jpg").c_str(), 0600), 0);
    Report report;
    EXPECT_TRUE(listRoot(temp, report).entries.empty());
    EXPECT_TRUE(report.has(FindingCode::SpecialFile, "pipe.jpg"));
}

TEST(FolderScanner, MissingFolderIsUnreadable) {
    TempFolder temp;
    Report report;
    const fs::path root = fs::canonical(temp.path());
    EXPECT_FALSE(listFolder(root, root / "missing", "missing", report).isReadable);
}
