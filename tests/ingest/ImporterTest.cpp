#include "FatStick.h"
#include "OggEncode.h"
#include "TestStick.h"

#include "content/ContentLoader.h"
#include "ingest/ContentStore.h"
#include "ingest/Importer.h"

#include <gtest/gtest.h>

#include <atomic>
#include <cerrno>
#include <fstream>
#include <sys/mount.h>
#include <thread>

namespace vitrin::ingest {
namespace {

namespace fs = std::filesystem;
using test::kioskBoxes;
using test::makeStick;
using test::TempDir;

// Reads through the file system, failing the n-th open or read (counted from 0) as a pulled
// stick does; counts every operation so a test can try each one in turn.
class FaultySourceFiles final : public SourceFiles {
  public:
    explicit FaultySourceFiles(long failAt = -1, int error = EIO)
        : failAt_(failAt), error_(error) {}

    std::unique_ptr<SourceFile> open(const fs::path& file, int& error) override {
        if (step()) {
            error = error_;
            return nullptr;
        }
        auto inner = posix_.open(file, error);
        return inner ? std::make_unique<File>(std::move(inner), *this) : nullptr;
    }
    long operations() const { return count_; }

  private:
    class File final : public SourceFile {
      public:
        File(std::unique_ptr<SourceFile> inner, FaultySourceFiles& owner)
            : inner_(std::move(inner)), owner_(owner) {}
        long read(std::span<std::uint8_t> buffer) override {
            return owner_.step() ? -owner_.error_ : inner_->read(buffer);
        }

      private:
        std::unique_ptr<SourceFile> inner_;
        FaultySourceFiles& owner_;
    };
    bool step() { return count_++ == failAt_; }

    PosixSourceFiles posix_;
    long failAt_;
    int error_;
    long count_ = 0;
};

ImportResult importFrom(const ContentStore& store, const fs::path& source, SourceFiles& files,
                        ImportSource kind = ImportSource::Stick) {
    ImportControl control;
    return runImport(store, {source, kind, kioskBoxes()}, files, control);
}

ImportResult importFrom(const ContentStore& store, const fs::path& source) {
    PosixSourceFiles files;
    return importFrom(store, source, files);
}

// The names of the exhibition folders in the store.
std::vector<std::string> exhibitionFolders(const ContentStore& store) {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(store.stateDir() / "exhibitions")) {
        names.push_back(entry.path().filename().string());
    }
    std::sort(names.begin(), names.end());
    return names;
}

std::string currentTitle(const ContentStore& store) {
    const auto shown = store.loadCurrent();
    return shown ? shown->exhibition.title.sv : "(none)";
}

TEST(Importer, StickBecomesTheCurrentExhibitionWithItsCacheAndReports) {
    TempDir stick, state;
    makeStick(stick.path(), "A");
    // What a kiosk wrote on the stick before is not content and is not copied.
    test::writeFile(stick.path(), "Vitrin/Statistik Biblioteket 2026-12-02.json", "{}");
    const ContentStore store(state.path());
    const ImportResult result = importFrom(store, stick.path());

    ASSERT_EQ(result.record.outcome, ImportOutcome::Imported) << result.record.reasonEn;
    EXPECT_EQ(result.record.version, 1);
    EXPECT_FALSE(fs::exists(store.contentDir(1) / "Vitrin"));
    const auto current = store.loadCurrent();
    ASSERT_TRUE(current);
    EXPECT_EQ(current->version, 1);
    const content::Exhibition* shown = &current->exhibition;
    EXPECT_EQ(shown->title.sv, "Testutställning A");
    // The same exhibition `vitrin --check` describes, its pictures now in the store.
    const content::LoadResult checked = content::loadContentFolder(stick.path());
    ASSERT_EQ(shown->sections.size(), checked.exhibition.sections.size());
    for (std::size_t s = 0; s < shown->sections.size(); ++s) {
        EXPECT_EQ(shown->sections[s].items.size(), checked.exhibition.sections[s].items.size());
        for (const content::Item& item : shown->sections[s].items) {
            EXPECT_TRUE(fs::is_regular_file(item.image)) << item.image;
            EXPECT_EQ(item.image.string().rfind(store.contentDir(1).string(), 0), 0u);
        }
    }
    // exhibition.toml names the timeline, so it comes first; the gallery follows.
    EXPECT_EQ(shown->sections[0].folder, "2 Historia");
    EXPECT_EQ(shown->sections[1].items[1].title.sv, "Bild 2 A");
    EXPECT_EQ(result.cacheDir, store.cacheDir(1));
    // Thumbnails of all five pictures, made during the import; for the screen, pictures this
    // small are shown from their own files (a JPEG at its own size is its own best entry).
    std::size_t entries = 0;
    for (const auto& entry : fs::directory_iterator(store.cacheDir(1))) {
        entries += entry.path().extension() == ".px" ? 1 : 0;
    }
    EXPECT_EQ(entries, 5u);
    EXPECT_TRUE(fs::is_regular_file(store.exhibitionDir(1) / "report-sv.txt"));
    EXPECT_TRUE(fs::is_regular_file(store.exhibitionDir(1) / "report-en.txt"));
    const auto state1 = store.read();
    ASSERT_TRUE(state1);
    ASSERT_TRUE(state1->lastImport);
    EXPECT_EQ(state1->lastImport->sections.size(), 2u);
    EXPECT_FALSE(state1->previous);
}

TEST(Importer, KeepsOnlyThePreviousExhibitionForRestore) {
    TempDir a, b, c, state;
    makeStick(a.path(), "A");
    makeStick(b.path(), "B");
    makeStick(c.path(), "C");
    const ContentStore store(state.path());
    ASSERT_EQ(importFrom(store, a.path()).record.outcome, ImportOutcome::Imported);
    ASSERT_EQ(importFrom(store, b.path()).record.outcome, ImportOutcome::Imported);
    EXPECT_EQ(exhibitionFolders(store), (std::vector<std::string>{"1", "2"}));
    ASSERT_EQ(importFrom(store, c.path()).record.outcome, ImportOutcome::Imported);
    // The oldest exhibition and its cache are gone: the state folder does not grow.
    EXPECT_EQ(exhibitionFolders(store), (std::vector<std::string>{"2", "3"}));
    EXPECT_EQ(currentTitle(store), "Testutställning C");

    ASSERT_TRUE(store.restorePrevious());
    EXPECT_EQ(currentTitle(store), "Testutställning B");
    ASSERT_TRUE(store.restorePrevious());
    EXPECT_EQ(currentTitle(store), "Testutställning C");
}

TEST(Importer, NothingUsableChangesNothingAndSaysWhy) {
    TempDir good, bad, state;
    makeStick(good.path(), "A");
    test::writeFile(bad.path(), "1 Bilder/affisch.jpg", "%PDF-1.4 not a picture");
    test::writeFile(bad.path(), "1 Bilder/trasig.jpg", "\xFF\xD8\xFF\xE0 cut short");
    const ContentStore store(state.path());
    ASSERT_EQ(importFrom(store, good.path()).record.outcome, ImportOutcome::Imported);

    const ImportResult result = importFrom(store, bad.path());
    EXPECT_EQ(result.record.outcome, ImportOutcome::NothingUsable);
    EXPECT_NE(result.record.reasonSv.find("Inget på USB-minnet kan visas"), std::string::npos);
    EXPECT_EQ(result.record.skipped, 2u);
    EXPECT_EQ(currentTitle(store), "Testutställning A");
    EXPECT_EQ(exhibitionFolders(store), (std::vector<std::string>{"1"}));
    const auto state1 = store.read();
    ASSERT_TRUE(state1 && state1->lastImport);
    EXPECT_EQ(state1->lastImport->outcome, ImportOutcome::NothingUsable);
}

TEST(Importer, BrokenPicturesAreLeftOutAndReportedAsCheckDoes) {
    TempDir stick, state;
    makeStick(stick.path(), "A");
    // Cut a picture short: its header passes, its data does not.
    const fs::path cut = stick.path() / "1 Bilder/bild2.jpg";
    fs::resize_file(cut, fs::file_size(cut) / 2);
    const ContentStore store(state.path());
    const ImportResult result = importFrom(store, stick.path());
    ASSERT_EQ(result.record.outcome, ImportOutcome::Imported);
    EXPECT_EQ(result.record.skipped, 1u);
    const content::LoadResult checked = content::loadContentFolder(stick.path());
    EXPECT_EQ(result.exhibition->itemCount(), checked.exhibition.itemCount());
    EXPECT_EQ(store.loadCurrent()->exhibition.sections[1].items.size(), 2u);
    EXPECT_EQ(result.report.count(content::Severity::Rejected),
              checked.report.count(content::Severity::Rejected));
}

TEST(Importer, RecordingsTravelWithTheirPictures) {
    TempDir stick, state;
    makeStick(stick.path(), "A");
    const std::string tone = speech::testing::oggTone(0.5);
    test::writeFile(stick.path(), "1 Bilder/bild1.sv.ogg", tone);
    test::writeFile(stick.path(), "1 Bilder/bild1.ru.ogg", tone);
    test::writeFile(stick.path(), "2 Historia/1999_Första besöket.en.ogg", tone);
    test::writeFile(stick.path(), "1 Bilder/bild2.en.ogg", "not a recording"); // reported
    test::writeFile(stick.path(), "1 Bilder/borta.sv.ogg", tone); // no picture of that name
    const ContentStore store(state.path());
    const ImportResult result = importFrom(store, stick.path());
    ASSERT_EQ(result.record.outcome, ImportOutcome::Imported) << result.record.reasonEn;

    const auto current = store.loadCurrent();
    ASSERT_TRUE(current);
    const content::Item& first = current->exhibition.sections.at(1).items.at(0);
    EXPECT_EQ(first.recordings.sv, store.contentDir(1) / "1 Bilder/bild1.sv.ogg");
    EXPECT_EQ(first.recordings.ru, store.contentDir(1) / "1 Bilder/bild1.ru.ogg");
    EXPECT_TRUE(first.recordings.en.empty());
    std::ifstream copied(first.recordings.sv, std::ios::binary);
    EXPECT_EQ(std::string(std::istreambuf_iterator<char>(copied), {}), tone); // copied whole
    EXPECT_TRUE(current->exhibition.sections.at(1).items.at(1).recordings.empty());
    const content::Item& entry = current->exhibition.sections.at(0).items.at(0);
    EXPECT_EQ(entry.recordings.en, store.contentDir(1) / "2 Historia/1999_Första besöket.en.ogg");
    // The report is --check's: the damaged recording and the stray one are named.
    EXPECT_TRUE(
        result.report.has(content::FindingCode::RecordingRejected, "1 Bilder/bild2.en.ogg"));
    EXPECT_TRUE(
        result.report.has(content::FindingCode::RecordingWithoutImage, "1 Bilder/borta.sv.ogg"));
    EXPECT_EQ(result.record.skipped, 0u) << "a recording that does not play hides no picture";
}

TEST(Importer, StickPulledAtAnyReadLeavesTheOldExhibitionWhole) {
    TempDir good, next, state;
    makeStick(good.path(), "A");
    makeStick(next.path(), "B", 4);
    const ContentStore store(state.path());
    ASSERT_EQ(importFrom(store, good.path()).record.outcome, ImportOutcome::Imported);

    FaultySourceFiles counting;
    {
        TempDir probeState;
        const ContentStore probe(probeState.path());
        ASSERT_EQ(importFrom(probe, next.path(), counting).record.outcome, ImportOutcome::Imported);
    }
    ASSERT_GT(counting.operations(), 8);
    for (long at = 0; at < counting.operations(); ++at) {
        FaultySourceFiles faulty(at, at % 2 == 0 ? EIO : ENODEV);
        const ImportResult result = importFrom(store, next.path(), faulty);
        ASSERT_EQ(result.record.outcome, ImportOutcome::Failed) << "fault at operation " << at;
        EXPECT_NE(result.record.reasonSv.find("USB-minnet"), std::string::npos);
        EXPECT_EQ(currentTitle(store), "Testutställning A") << "fault at operation " << at;
        EXPECT_EQ(exhibitionFolders(store), (std::vector<std::string>{"1"}));
    }
    EXPECT_EQ(importFrom(store, next.path()).record.outcome, ImportOutcome::Imported);
    EXPECT_EQ(currentTitle(store), "Testutställning B");
}

TEST(Importer, CancelLeavesTheOldExhibition) {
    TempDir good, next, state;
    makeStick(good.path(), "A");
    makeStick(next.path(), "B", 12, 640, 480);
    const ContentStore store(state.path());
    ASSERT_EQ(importFrom(store, good.path()).record.outcome, ImportOutcome::Imported);

    PosixSourceFiles posix;
    ThrottledSourceFiles slow(posix, 2e6); // the pictures take about a second to read
    ImportControl control;
    std::thread canceller([&] {
        while (control.progress().bytesDone == 0) {
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
        control.cancel();
    });
    const ImportResult result =
        runImport(store, {next.path(), ImportSource::Stick, kioskBoxes()}, slow, control);
    canceller.join();
    EXPECT_EQ(result.record.outcome, ImportOutcome::Cancelled);
    EXPECT_EQ(currentTitle(store), "Testutställning A");
    EXPECT_EQ(exhibitionFolders(store), (std::vector<std::string>{"1"}));
}

TEST(Importer, ProgressMovesWhileCopying) {
    TempDir stick, state;
    makeStick(stick.path(), "A", 12, 1600, 1200);
    const ContentStore store(state.path());
    PosixSourceFiles posix;
    ThrottledSourceFiles slow(posix, 2e6);
    ImportJob job(store, {stick.path(), ImportSource::Stick, kioskBoxes()}, slow, {});
    std::vector<double> fractions;
    while (!job.isFinished()) {
        const ImportProgress progress = job.progress();
        if (fractions.empty() || progress.fraction != fractions.back()) {
            fractions.push_back(progress.fraction);
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    job.wait();
    EXPECT_EQ(job.result().record.outcome, ImportOutcome::Imported);
    EXPECT_GT(fractions.size(), 5u); // moved in steps, not at the end only
    EXPECT_TRUE(std::is_sorted(fractions.begin(), fractions.end()));
    EXPECT_EQ(job.progress().fraction, 1.0);
    EXPECT_EQ(job.progress().filesDone, job.progress().filesTotal);
    EXPECT_TRUE(job.progress().sourceReleased);
}

TEST(Importer, OneImportAtATime) {
    TempDir stick, state;
    makeStick(stick.path(), "A");
    const ContentStore store(state.path());
    const auto held = StoreLock::tryTake(state.path());
    ASSERT_TRUE(held);
    const ImportResult result = importFrom(store, stick.path());
    EXPECT_EQ(result.record.outcome, ImportOutcome::Failed);
    EXPECT_NE(result.record.reasonSv.find("En annan import"), std::string::npos);
    EXPECT_FALSE(store.loadCurrent());
}

TEST(Importer, LeftoversOfAnInterruptedImportAreRemoved) {
    TempDir stick, state;
    makeStick(stick.path(), "A");
    const ContentStore store(state.path());
    ASSERT_EQ(importFrom(store, stick.path()).record.outcome, ImportOutcome::Imported);
    // What a power cut in the middle of the next import leaves.
    test::writeFile(store.contentDir(2), "1 Bilder/bild1.jpg", "half");
    test::writeFile(state.path(), ".store.json.Ab12Cd", "{");
    EXPECT_EQ(store.removeUnreferenced(), 1);
    EXPECT_EQ(exhibitionFolders(store), (std::vector<std::string>{"1"}));
    EXPECT_FALSE(fs::exists(state.path() / ".store.json.Ab12Cd"));
    EXPECT_EQ(currentTitle(store), "Testutställning A");
}

TEST(Importer, DamagedStoreFileShowsTheBundledExhibitionAndIsNotTrusted) {
    TempDir state;
    const ContentStore store(state.path());
    test::writeFile(state.path(), "store.json", "{\"format\": 1, \"current\": {\"vers");
    EXPECT_FALSE(store.read());
    EXPECT_FALSE(store.loadCurrent());
    // It names nothing for sure, so nothing is removed on its word.
    test::writeFile(store.contentDir(7), "x.jpg", "x");
    EXPECT_EQ(store.removeUnreferenced(), 0);
}

TEST(Importer, InboxDeliveryIsRememberedByItsFingerprint) {
    TempDir inbox, state;
    makeStick(inbox.path(), "A");
    const ContentStore store(state.path());
    PosixSourceFiles files;
    ASSERT_EQ(importFrom(store, inbox.path(), files, ImportSource::Inbox).record.outcome,
              ImportOutcome::Imported);
    EXPECT_EQ(store.read()->lastInboxFingerprint, folderFingerprint(inbox.path()));
    test::writeFile(inbox.path(), "1 Bilder/bildtexter.csv", "fil;titel_sv\nbild1.jpg;Ny titel\n");
    EXPECT_NE(store.read()->lastInboxFingerprint, folderFingerprint(inbox.path()));
}

// A real full disk: the state folder on a small tmpfs (needs the right to mount, as root has).
class SmallDisk {
  public:
    explicit SmallDisk(const fs::path& dir, const char* size) : dir_(dir) {
        const std::string options = std::string("size=") + size;
        mounted_ = ::mount("tmpfs", dir.c_str(), "tmpfs", 0, options.c_str()) == 0;
    }
    ~SmallDisk() {
        if (mounted_) {
            ::umount2(dir_.c_str(), MNT_DETACH);
        }
    }
    bool mounted() const { return mounted_; }

  private:
    fs::path dir_;
    bool mounted_ = false;
};

TEST(Importer, DiskTooSmallIsRefusedBeforeCopying) {
    TempDir stick, state;
    makeStick(stick.path(), "A");
    const SmallDisk disk(state.path(), "8m");
    if (!disk.mounted()) {
        GTEST_SKIP() << "cannot mount a tmpfs here (needs root)";
    }
    const ContentStore store(state.path());
    const ImportResult result = importFrom(store, stick.path());
    EXPECT_EQ(result.record.outcome, ImportOutcome::Failed);
    EXPECT_NE(result.record.reasonSv.find("får inte plats"), std::string::npos);
    EXPECT_EQ(exhibitionFolders(store), std::vector<std::string>{});
}

TEST(Importer, DiskFillingUpDuringTheImportLeavesTheOldExhibition) {
    TempDir good, next, state;
    makeStick(good.path(), "A");
    makeStick(next.path(), "B", 12, 640, 480);
    const SmallDisk disk(state.path(), "80m");
    if (!disk.mounted()) {
        GTEST_SKIP() << "cannot mount a tmpfs here (needs root)";
    }
    const ContentStore store(state.path());
    ASSERT_EQ(importFrom(store, good.path()).record.outcome, ImportOutcome::Imported);

    PosixSourceFiles posix;
    ThrottledSourceFiles slow(posix, 1e6);
    ImportControl control;
    // Something else (a log gone wild) fills the disk once the copy has begun.
    std::thread filler([&] {
        while (control.progress().bytesDone == 0 &&
               control.progress().stage != ImportProgress::Stage::Finished) {
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
        }
        std::ofstream out(state.path() / "filler", std::ios::binary);
        const std::string block(1 << 20, 'x');
        while (out.write(block.data(), static_cast<std::streamsize>(block.size())) && out.flush()) {
        }
    });
    const ImportResult result =
        runImport(store, {next.path(), ImportSource::Stick, kioskBoxes()}, slow, control);
    filler.join();
    EXPECT_EQ(result.record.outcome, ImportOutcome::Failed);
    EXPECT_NE(result.record.reasonSv.find("disk"), std::string::npos) << result.record.reasonSv;
    fs::remove(state.path() / "filler");
    EXPECT_EQ(currentTitle(store), "Testutställning A");
    EXPECT_EQ(exhibitionFolders(store), (std::vector<std::string>{"1"}));
}

} // namespace
} // namespace vitrin::ingest

namespace vitrin::ingest {
namespace {

// A real FAT stick through FUSE, pulled out (its file system's process killed) mid-import.
TEST(Importer, RealFatStickPulledOutMidImportLeavesTheOldExhibition) {
    TempDir good, next, state, sticks;
    makeStick(good.path(), "A");
    makeStick(next.path(), "B", 12, 1200, 900);
    test::FatStick stick(sticks.path() / "stick.img", next.path(), 32);
    if (!stick.whyNot().empty()) {
        GTEST_SKIP() << stick.whyNot();
    }
    const ContentStore store(state.path());
    ASSERT_EQ(importFrom(store, good.path()).record.outcome, ImportOutcome::Imported);

    ASSERT_TRUE(stick.mount(sticks.path() / "mounted"));
    // The copy it makes of a whole, unpulled stick is complete: the fixture is sound.
    {
        TempDir probeState;
        const ContentStore probe(probeState.path());
        ASSERT_EQ(importFrom(probe, sticks.path() / "mounted").record.outcome,
                  ImportOutcome::Imported);
    }
    PosixSourceFiles posix;
    ThrottledSourceFiles slow(posix, 1e6);
    ImportControl control;
    std::thread puller([&] {
        while (control.progress().bytesDone < 200'000 &&
               control.progress().stage != ImportProgress::Stage::Finished) {
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
        }
        stick.pull();
    });
    const ImportResult result = runImport(
        store, {sticks.path() / "mounted", ImportSource::Stick, kioskBoxes()}, slow, control);
    puller.join();
    EXPECT_EQ(result.record.outcome, ImportOutcome::Failed);
    EXPECT_NE(result.record.reasonSv.find("USB-minnet"), std::string::npos)
        << result.record.reasonSv;
    EXPECT_EQ(currentTitle(store), "Testutställning A");
    EXPECT_EQ(exhibitionFolders(store), (std::vector<std::string>{"1"}));
}

} // namespace
} // namespace vitrin::ingest
