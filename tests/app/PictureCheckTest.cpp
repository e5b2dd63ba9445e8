#include "app/PictureCheck.h"

#include "TempFolder.h"

#include <gtest/gtest.h>

#include <atomic>

using namespace vitrin;
using namespace vitrin::app;
using content::testing::TempFolder;
using content::testing::testImageBytes;
namespace fs = std::filesystem;

namespace {

constexpr std::string_view kJpeg = "libjpeg-turbo/testorig.jpg"; // 227 x 149
constexpr std::string_view kPng = "pngsuite/basn2c08.png";

// A gallery of a good JPEG, the same JPEG cut in half (its header is intact) and a good PNG.
struct BrokenFolder {
    TempFolder temp;
    fs::path good = temp.copyTestImage(kJpeg, "media/1-Bilder/1_Bra.jpg");
    fs::path half = temp.write("media/1-Bilder/2_Halv.jpg",
                               testImageBytes(kJpeg).substr(0, testImageBytes(kJpeg).size() / 2));
    fs::path png = temp.copyTestImage(kPng, "media/1-Bilder/3_Ruta.png");

    content::Exhibition exhibition() const {
        content::Section section;
        section.folder = "1-Bilder";
        for (const fs::path& file : {good, half, png}) {
            content::Item item;
            item.image = file;
            section.items.push_back(item);
        }
        content::Exhibition exhibition;
        exhibition.sections = {section};
        return exhibition;
    }
};

const std::vector<imaging::Box> kBoxes{{160, 120}, {64, 64}};

} // namespace

TEST(PictureCheck, FindsWhatDoesNotDecodeAndFillsTheCacheForTheRest) {
    BrokenFolder folder;
    imaging::ImageCache cache(folder.temp / "cache");
    std::atomic<int> woken{0};
    {
        PictureCheck check(folder.exhibition(), cache, kBoxes, PictureCheck::Priority::Idle,
                           [&woken] { woken.fetch_add(1); });
        check.waitDone();
        EXPECT_TRUE(check.isDone());
        const std::vector<BrokenPicture> broken = check.takeBroken();
        ASSERT_EQ(broken.size(), 1u);
        EXPECT_EQ(broken[0].file, folder.half);
        EXPECT_NE(broken[0].reason.find("Truncated"), std::string::npos) << broken[0].reason;
        EXPECT_TRUE(check.takeBroken().empty());
    }
    // Once, at the end: the broken picture was handed out with it.
    EXPECT_EQ(woken.load(), 1);
    // Both sizes of both good pictures were decoded and stored, so the screens find them; the
    // broken one was tried at both sizes, and nothing of it is stored.
    EXPECT_EQ(cache.stats().misses, 6u);
    PictureCheck again(folder.exhibition(), cache, kBoxes, PictureCheck::Priority::Normal);
    again.waitDone();
    EXPECT_EQ(again.takeBroken().size(), 1u);
    EXPECT_EQ(cache.stats().hits, 4u);
}

TEST(PictureCheck, StopsEarlyWhenDestroyed) {
    BrokenFolder folder;
    imaging::ImageCache cache(folder.temp / "cache");
    content::Exhibition many = folder.exhibition();
    for (int i = 0; i < 200; ++i) {
        content::Item item;
        item.image = folder.temp / ("missing-" + std::to_string(i) + ".jpg");
        many.sections[0].items.push_back(item);
    }
    PictureCheck check(many, cache, kBoxes, PictureCheck::Priority::Normal);
    // Destroyed at once: it must not hang or crash.
}
