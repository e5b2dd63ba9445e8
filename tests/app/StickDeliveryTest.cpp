#include "app/StickDelivery.h"

#include "TempFolder.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

using namespace vitrin;
using app::StickDelivery;
using Outcome = app::StickDeliveryResult::Outcome;
using content::testing::TempFolder;
namespace fs = std::filesystem;

namespace {

std::string readFile(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

// A stick mounted read-only, as vitrin-usb-mount.sh mounts every stick on a kiosk. (The tests
// may run as root, whom a folder's mode does not stop.)
bool readOnly(const fs::path&) {
    return true;
}

StickDelivery::Options readOnlyWithHelper(std::vector<std::string> command) {
    StickDelivery::Options options;
    options.helperCommand = std::move(command);
    options.isReadOnly = readOnly;
    return options;
}

} // namespace

TEST(StickDelivery, AWritableStickGetsTheFilesInItsVitrinFolderAtOnce) {
    TempFolder temp;
    const fs::path report = temp.write("out/Vitrin-rapport 2026-12-02.txt", "Rapport");
    const fs::path chart = temp.write("out/statistik.csv", "dag;besök\n");
    temp.write("stick/Vitrin/statistik.csv", "old");
    const StickDelivery delivery(temp / "state");
    const auto result = delivery.deliver(temp / "stick", {report, chart});
    EXPECT_EQ(result.outcome, Outcome::Written) << result.reasonEn;
    EXPECT_EQ(readFile(temp / "stick/Vitrin/Vitrin-rapport 2026-12-02.txt"), "Rapport");
    EXPECT_EQ(readFile(temp / "stick/Vitrin/statistik.csv"), "dag;besök\n");
    EXPECT_FALSE(fs::exists(delivery.outbox()));
    // Nothing half-written is left beside them.
    EXPECT_EQ(
        std::distance(fs::directory_iterator(temp / "stick/Vitrin"), fs::directory_iterator()), 2);
}

TEST(StickDelivery, StagedCopiesAreRemovedOnceDelivered) {
    TempFolder temp;
    const fs::path csv = temp.write("stick-files/besök.csv", "a");
    const fs::path png = temp.write("stick-files/besök.png", "b");
    temp.folder("stick");
    EXPECT_EQ(StickDelivery(temp / "state").deliverAndRemove(temp / "stick", {csv, png}).outcome,
              Outcome::Written);
    EXPECT_TRUE(fs::exists(temp / "stick/Vitrin/besök.csv"));
    EXPECT_TRUE(fs::exists(temp / "stick/Vitrin/besök.png"));
    EXPECT_FALSE(fs::exists(csv));
    EXPECT_FALSE(fs::exists(png));
}

TEST(StickDelivery, AReadOnlyStickQueuesTheFilesAndAsksTheHelper) {
    TempFolder temp;
    const fs::path report = temp.write("out/Vitrin-rapport.txt", "Rapport");
    temp.folder("stick");
    const fs::path asked = temp / "asked";
    const StickDelivery delivery(temp / "state", readOnlyWithHelper({"touch", asked.string()}));
    const auto result = delivery.deliver(temp / "stick", {report});
    EXPECT_EQ(result.outcome, Outcome::Queued) << result.reasonEn;
    EXPECT_EQ(readFile(delivery.outbox() / "Vitrin-rapport.txt"), "Rapport");
    EXPECT_TRUE(fs::exists(asked)) << "the helper was not asked";
    EXPECT_FALSE(fs::exists(temp / "stick/Vitrin"));
}

TEST(StickDelivery, AHelperThatCannotBeStartedIsAFailureWithAReason) {
    TempFolder temp;
    const fs::path report = temp.write("out/Vitrin-rapport.txt", "Rapport");
    temp.folder("stick");
    for (const std::vector<std::string>& command :
         {std::vector<std::string>{"false"}, {"/finns/inte/systemctl", "start"}}) {
        const auto result = StickDelivery(temp / "state", readOnlyWithHelper(command))
                                .deliver(temp / "stick", {report});
        EXPECT_EQ(result.outcome, Outcome::Failed);
        EXPECT_NE(result.reasonSv.find("skrivskyddat"), std::string::npos) << result.reasonSv;
        EXPECT_NE(result.reasonEn.find("read-only"), std::string::npos) << result.reasonEn;
    }
}

TEST(StickDelivery, AnOutboxThatCannotBeMadeIsAFailure) {
    TempFolder temp;
    const fs::path report = temp.write("out/Vitrin-rapport.txt", "Rapport");
    temp.folder("stick");
    temp.write("state", "a file where the state folder should be");
    const auto result = StickDelivery(temp / "state", readOnlyWithHelper({"true"}))
                            .deliver(temp / "stick", {report});
    EXPECT_EQ(result.outcome, Outcome::Failed);
    EXPECT_FALSE(result.reasonSv.empty());
}

TEST(StickDelivery, AMissingFileIsAFailure) {
    TempFolder temp;
    temp.folder("stick");
    const auto result =
        StickDelivery(temp / "state").deliver(temp / "stick", {temp / "finns-inte.txt"});
    EXPECT_EQ(result.outcome, Outcome::Failed);
    EXPECT_FALSE(fs::exists(temp / "stick/Vitrin"));
}
