#include "content/WithoutPictures.h"

#include "OggEncode.h"
#include "TempFolder.h"
#include "content/ContentLoader.h"

#include <gtest/gtest.h>

using namespace vitrin::content;
using vitrin::content::testing::TempFolder;
using vitrin::content::testing::testImageBytes;
using vitrin::core::Lang;
namespace fs = std::filesystem;

namespace {

constexpr std::string_view kJpeg = "libjpeg-turbo/testorig.jpg";
constexpr std::string_view kPng = "pngsuite/basn2c08.png";

// Per section: its folder and the English titles of its items, with "*" for a picture.
std::vector<std::string> outline(const Exhibition& exhibition) {
    std::vector<std::string> out;
    for (const Section& section : exhibition.sections) {
        std::string line = section.folder + ":";
        for (const Item& item : section.items) {
            line += " " + item.title.in(Lang::En) + (item.image.empty() ? "" : "*");
        }
        out.push_back(line);
    }
    return out;
}

// The pictures of exhibition that do not decode, as the kiosk's background check finds them.
std::set<fs::path> undecodable(const Exhibition& exhibition) {
    std::set<fs::path> broken;
    for (const Section& section : exhibition.sections) {
        for (const Item& item : section.items) {
            if (!item.image.empty() && std::holds_alternative<vitrin::imaging::DecodeError>(
                                           vitrin::imaging::validateImageFile(item.image))) {
                broken.insert(item.image);
            }
        }
    }
    return broken;
}

} // namespace

TEST(WithoutPictures, TakesOffWhatTheFullCheckRejects) {
    TempFolder temp;
    const std::string jpeg = testImageBytes(kJpeg);
    std::string png = testImageBytes(kPng);
    png[png.size() / 2] = static_cast<char>(png[png.size() / 2] ^ 0x55);
    temp.copyTestImage(kJpeg, "1-Konst/a.jpg");
    temp.write("1-Konst/b.jpg", jpeg.substr(0, jpeg.size() / 2));
    temp.write("1-Konst/c.png", png);
    temp.write("1-Konst/bildtexter.csv", "fil;titel_en\nc.png;Sea\n");
    temp.write("2-Trasigt/bara.jpg", jpeg.substr(0, jpeg.size() / 3));
    temp.copyTestImage(kPng, "3-Historia/1999_Start.png");
    temp.write("3-Historia/2001_Besök.jpg", jpeg.substr(0, jpeg.size() / 2));
    temp.write("3-Historia/2005_Brev.png", png);
    temp.write("3-Historia/2005_Brev.txt", "Ett brev");
    temp.write("3-Historia/2001_Besök.sv.ogg", vitrin::speech::testing::oggTone(0.2));
    temp.write("3-Historia/tidslinje.csv", "år;fil;titel_en\n"
                                           "1999;1999_Start.png;The start\n"
                                           "2001;2001_Besök.jpg;The visit\n");
    temp.write("exhibition.toml", "[[section]]\nfolder = \"3-Historia\"\nkind = \"timeline\"\n");

    LoadOptions quick;
    quick.imageCheck = ImageCheck::Header;
    const Exhibition shown = loadContentFolder(temp.path(), quick).exhibition;
    const Exhibition checked = loadContentFolder(temp.path()).exhibition;
    const std::set<fs::path> broken = undecodable(shown);
    EXPECT_EQ(broken.size(), 5u);
    EXPECT_TRUE(showsAnyOf(shown, broken));

    const Exhibition dropped = withoutPictures(shown, broken);
    // A gallery loses the item, a timeline row keeps its text, a section left empty goes.
    EXPECT_EQ(outline(dropped),
              (std::vector<std::string>{"3-Historia: The start* The visit", "1-Konst: a*"}));
    EXPECT_EQ(outline(dropped), outline(checked));
    EXPECT_EQ(dropped.itemCount(), checked.itemCount());
    EXPECT_EQ(dropped.sections[0].items[1].year, "2001");
    EXPECT_EQ(dropped.sections[0].items[1].width, 0);
    EXPECT_FALSE(shown.sections[0].items[1].recordings.sv.empty());
    EXPECT_TRUE(dropped.sections[0].items[1].recordings.empty());
    EXPECT_EQ(dropped.sections[0].items[1].recordings, checked.sections[0].items[1].recordings);
    EXPECT_FALSE(showsAnyOf(dropped, broken));
    EXPECT_EQ(dropped.title.in(Lang::Sv), shown.title.in(Lang::Sv));
}

TEST(WithoutPictures, NothingBrokenChangesNothing) {
    Exhibition exhibition;
    Section section;
    section.folder = "1-A";
    Item item;
    item.image = "/x/a.jpg";
    item.title = vitrin::core::LocalText::same("A");
    section.items = {item};
    exhibition.sections = {section};
    exhibition.defaultLanguage = Lang::Ru;
    const Exhibition same = withoutPictures(exhibition, {"/x/b.jpg"});
    EXPECT_EQ(outline(same), outline(exhibition));
    EXPECT_EQ(same.defaultLanguage, Lang::Ru);
    EXPECT_FALSE(showsAnyOf(exhibition, {"/x/b.jpg"}));
    EXPECT_TRUE(withoutPictures(exhibition, {"/x/a.jpg"}).sections.empty());
}
