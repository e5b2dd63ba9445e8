#include "app/StaffSwap.h"

#include "TempFolder.h"

#include <gtest/gtest.h>

using namespace vitrin;
using namespace vitrin::app;
using content::testing::TempFolder;
namespace fs = std::filesystem;

namespace {

constexpr std::string_view kJpeg = "libjpeg-turbo/testorig.jpg";

// Two content folders with their own titles, and a kiosk state folder.
struct Folders {
    TempFolder temp;
    Folders() {
        temp.copyTestImage(kJpeg, "shown/1-Bilder/a.jpg");
        temp.write("shown/exhibition.toml", "title = \"Den som visas\"\n");
        temp.copyTestImage(kJpeg, "other/1-Bilder/b.jpg");
        temp.write("other/exhibition.toml", "title = \"Den andra\"\n");
    }
    Options options() const {
        Options options;
        options.media = temp / "shown";
        options.stateDir = temp / "state";
        return options;
    }
    ingest::ImportResult importOther() const {
        const ingest::ContentStore store(temp / "state");
        ingest::PosixSourceFiles files;
        ingest::ImportControl control;
        return ingest::runImport(store, {temp / "other", ingest::ImportSource::CommandLine, {}},
                                 files, control);
    }
};

std::string shownTitle(Session& session) {
    return session.kiosk().exhibition().title.sv;
}

} // namespace

TEST(StaffSwap, AnImportFromOutsideIsShownOnTheAttractLoopNotBeforeAVisitorLeaves) {
    Folders folders;
    auto session = Session::open(folders.options(), platform::DisplayOptions::Mode::Headless, {});
    ASSERT_TRUE(session) << session.error().message;
    core::StaffAccess access((*session)->stateDir(), {}, {});
    Statistics statistics(**session);
    StaffSwap staff(**session, {}, access, statistics, {});
    staff.update(core::TimePoint(0));
    EXPECT_EQ(shownTitle(**session), "Den som visas"); // --media is shown at start

    (*session)->kiosk().dispatch(ui::Wake{}); // a visitor is looking
    ASSERT_EQ(folders.importOther().record.outcome, ingest::ImportOutcome::Imported);
    staff.update(core::TimePoint(40));
    EXPECT_EQ(shownTitle(**session), "Den som visas");

    (*session)->kiosk().update(core::TimePoint(200)); // the visitor left: the idle reset
    ASSERT_EQ((*session)->kiosk().screenName(), "attract");
    staff.update(core::TimePoint(200));
    EXPECT_EQ(shownTitle(**session), "Den andra");
}

TEST(StaffSwap, WithoutAPinNothingChangesAndStaffAreTold) {
    Folders folders;
    auto session = Session::open(folders.options(), platform::DisplayOptions::Mode::Headless, {});
    ASSERT_TRUE(session) << session.error().message;
    core::StaffAccess access((*session)->stateDir(), {}, {});
    Statistics statistics(**session);
    StaffSwap staff(**session, {}, access, statistics, {}); // settings without a PIN
    ui::Kiosk& kiosk = (*session)->kiosk();
    staff.stickInserted(folders.temp / "other");
    staff.settle();
    ASSERT_EQ(kiosk.screenName(), "import");
    EXPECT_NE(kiosk.scene().findText("Den andra"), nullptr);
    kiosk.dispatch(ui::ImportAction{ui::ImportAction::Kind::Swap});
    for (int digit : {1, 2, 3, 4}) {
        kiosk.dispatch(ui::ImportAction{ui::ImportAction::Kind::Digit, digit});
    }
    kiosk.dispatch(ui::ImportAction{ui::ImportAction::Kind::SubmitPin});
    staff.settle();
    EXPECT_FALSE(staff.isBusy());
    EXPECT_NE(kiosk.scene().findText("Ingen PIN-kod är inställd på kiosken. IT-teknikern ställer "
                                     "in den (kiosk-setup/install.sh --pin)."),
              nullptr);
    EXPECT_FALSE(ingest::ContentStore(folders.temp / "state").loadCurrent());
    // Pulled out before anything started: the screens go with it.
    staff.stickRemoved();
    staff.update(core::TimePoint(1));
    EXPECT_EQ(kiosk.screenName(), "attract");
}

TEST(StaffSwap, AnInboxDeliveryIsImportedOnceAndShownWhenNobodyLooks) {
    Folders folders;
    auto session = Session::open(folders.options(), platform::DisplayOptions::Mode::Headless, {});
    ASSERT_TRUE(session) << session.error().message;
    core::StaffAccess access((*session)->stateDir(), {}, {});
    Statistics statistics(**session);
    StaffSwap staff(**session, {}, access, statistics, {});
    staff.inboxReady(folders.temp / "other");
    staff.settle();
    EXPECT_EQ(shownTitle(**session), "Den andra"); // the kiosk was on the attract loop
    const ingest::ContentStore store(folders.temp / "state");
    ASSERT_EQ(store.read()->current->source, ingest::ImportSource::Inbox);
    // The same delivery again (a sync tool touching the folder): not imported twice.
    staff.inboxReady(folders.temp / "other");
    staff.settle();
    EXPECT_EQ(store.read()->current->version, 1);
    EXPECT_FALSE(staff.isBusy());
}
