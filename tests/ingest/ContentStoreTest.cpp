#include "ingest/ContentStore.h"
#include "content/CatalogJson.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <utility>

namespace vitrin::ingest {
namespace {

ImportRecord sampleRecord(int version) {
    ImportRecord record;
    record.version = version;
    record.source = ImportSource::Inbox;
    record.sourcePath = "/var/lib/vitrin/inbox";
    record.startedAt = "2026-12-02 10:14";
    record.finishedAt = "2026-12-02 10:15";
    record.outcome = ImportOutcome::Imported;
    record.title = {"Min stad Irkutsk", "My City Irkutsk", "Мой город Иркутск"};
    record.sections = {{{"Barnens Irkutsk", "", ""}, 20}, {{"Svenskbyn", "", ""}, 9}};
    record.warnings = 2;
    record.skipped = 1;
    record.bytes = 123456789;
    record.fingerprint = "42";
    return record;
}

TEST(ContentStore, StateSurvivesTheRoundTripThroughJson) {
    StoreState state;
    state.current = sampleRecord(3);
    state.previous = sampleRecord(2);
    state.lastImport = sampleRecord(3);
    state.lastImport->outcome = ImportOutcome::NothingUsable;
    state.lastImport->reasonSv = "Inget på USB-minnet kan visas";
    state.lastInboxFingerprint = "42";
    const auto read = stateFromJson(stateToJson(state));
    ASSERT_TRUE(read) << read.error().message;
    EXPECT_EQ(read->current->version, 3);
    EXPECT_EQ(read->current->title.ru, "Мой город Иркутск");
    EXPECT_EQ(read->current->sections[1].second, 9u);
    EXPECT_EQ(read->previous->source, ImportSource::Inbox);
    EXPECT_EQ(read->lastImport->outcome, ImportOutcome::NothingUsable);
    EXPECT_EQ(read->lastImport->reasonSv, "Inget på USB-minnet kan visas");
    EXPECT_EQ(read->lastInboxFingerprint, "42");
}

TEST(ContentStore, DamagedStateIsAnErrorNotAGuess) {
    EXPECT_FALSE(stateFromJson(""));
    EXPECT_FALSE(stateFromJson("{}"));
    EXPECT_FALSE(stateFromJson("{\"format\": 2}"));
    StoreState state;
    state.current = sampleRecord(0); // names no exhibition
    EXPECT_FALSE(stateFromJson(stateToJson(state)));
    std::string text = stateToJson(StoreState{});
    text.replace(text.find("null"), 4, "{\"version\": 1}");
    EXPECT_FALSE(stateFromJson(text));
}

TEST(ContentStore, ACountThatIsNoWholeNumberFromZeroUpIsRefusedNotCast) {
    StoreState state;
    state.current = sampleRecord(3);
    const std::string good = stateToJson(state);
    ASSERT_TRUE(stateFromJson(good));
    // The first from fuzz_store_state: a size too large for 64 bits, which nlohmann keeps as a
    // double; casting it was undefined behaviour.
    for (const auto& [field, bad] :
         {std::pair{"\"bytes\": 123456789", "\"bytes\": 123444444444444444444444444"},
          std::pair{"\"bytes\": 123456789", "\"bytes\": 1.5"},
          std::pair{"\"warnings\": 2", "\"warnings\": -1"},
          std::pair{"\"skipped\": 1", "\"skipped\": 1e300"},
          std::pair{"\"items\": 20", "\"items\": -20"}}) {
        std::string text = good;
        const std::size_t at = text.find(field);
        ASSERT_NE(at, std::string::npos) << field;
        text.replace(at, std::string_view(field).size(), bad);
        const auto read = stateFromJson(text);
        EXPECT_FALSE(read) << bad;
    }
}

TEST(CatalogJson, ExhibitionSurvivesTheRoundTripWithPathsInTheStore) {
    content::Exhibition exhibition;
    exhibition.title = {"Min stad Irkutsk", "My City Irkutsk", "Мой город Иркутск"};
    exhibition.languages = {core::Lang::Sv, core::Lang::Ru};
    exhibition.defaultLanguage = core::Lang::Ru;
    exhibition.idleTimeout = std::chrono::seconds(120);
    exhibition.tour = {{{"Hammerdals bibliotek", "", ""}, "2027-01-11", "2027-02-26"}};
    exhibition.summary = {"En mening.", "One sentence.", ""};
    exhibition.about = {"Stycke ett.\n\nStycke två.", "", "Текст."};
    exhibition.credits = {"", "Pictures: the schools", ""};
    content::Section photos;
    photos.folder = "2-Svenskbyn";
    photos.noun = content::ItemNoun::Photo;
    photos.items.push_back({});
    exhibition.sections.push_back(photos);
    content::Section section;
    section.folder = "3-Historia";
    section.title = {"Vänortssamarbetet", "", ""};
    section.kind = content::SectionKind::Timeline;
    content::Item withPicture;
    withPicture.image = "/state/exhibitions/4/content/3-Historia/1999_Besöket.jpg";
    withPicture.title = {"Första besöket", "The first visit", ""};
    withPicture.year = "1999";
    withPicture.width = 640;
    withPicture.height = 480;
    withPicture.exifOrientation = 6;
    withPicture.recordings.sv = "/state/exhibitions/4/content/3-Historia/1999_Besöket.sv.ogg";
    withPicture.recordings.ru = "/state/exhibitions/4/content/3-Historia/1999_Besöket.ru.ogg";
    content::Item textOnly;
    textOnly.year = "2009";
    textOnly.description = {"Text", "", ""};
    section.items = {withPicture, textOnly};
    exhibition.sections.push_back(section);

    const std::string json = content::catalogToJson(exhibition, "/state/exhibitions/4/content");
    EXPECT_EQ(json.find("/state/"), std::string::npos) << "paths are stored relative";
    // The store may move: paths are resolved against wherever it is now.
    const auto read = content::catalogFromJson(json, "/moved/4/content");
    ASSERT_TRUE(read) << read.error().message;
    EXPECT_EQ(read->title, exhibition.title);
    EXPECT_EQ(read->defaultLanguage, core::Lang::Ru);
    EXPECT_EQ(read->languages.size(), 2u);
    EXPECT_EQ(read->idleTimeout.count(), 120);
    EXPECT_EQ(read->tour[0].to, "2027-02-26");
    EXPECT_EQ(read->summary, exhibition.summary);
    EXPECT_EQ(read->about, exhibition.about);
    EXPECT_EQ(read->credits, exhibition.credits);
    EXPECT_EQ(read->sections.at(0).noun, content::ItemNoun::Photo);
    const content::Section& back = read->sections.at(1);
    EXPECT_EQ(back.noun, content::ItemNoun::Work) << "as set, whatever the kind";
    EXPECT_EQ(back.kind, content::SectionKind::Timeline);
    EXPECT_EQ(back.items[0].image, "/moved/4/content/3-Historia/1999_Besöket.jpg");
    EXPECT_EQ(back.items[0].exifOrientation, 6);
    EXPECT_TRUE(back.items[1].image.empty());
    EXPECT_EQ(back.items[0].recordings.sv, "/moved/4/content/3-Historia/1999_Besöket.sv.ogg");
    EXPECT_TRUE(back.items[0].recordings.en.empty());
    EXPECT_EQ(back.items[0].recordings.ru, "/moved/4/content/3-Historia/1999_Besöket.ru.ogg");
    EXPECT_TRUE(back.items[1].recordings.empty());
}

TEST(CatalogJson, ACatalogWrittenBeforeTheAboutTextIsStillRead) {
    const std::string old = R"({"format": 1, "title": {"sv": "A", "en": "", "ru": ""},
        "languages": ["sv"], "defaultLanguage": "sv", "idleTimeoutSeconds": 90, "tour": [],
        "sections": [{"folder": "3-H", "title": {"sv": "H", "en": "", "ru": ""},
            "kind": "timeline", "items": [{"image": "", "title": {"sv": "", "en": "", "ru": ""},
            "artist": {"sv": "", "en": "", "ru": ""}, "age": "",
            "school": {"sv": "", "en": "", "ru": ""},
            "description": {"sv": "", "en": "", "ru": ""}, "year": "1999", "date": "",
            "width": 0, "height": 0, "exifOrientation": 1}]}]})";
    const auto read = content::catalogFromJson(old, "/s");
    ASSERT_TRUE(read) << read.error().message;
    EXPECT_TRUE(read->about.empty());
    EXPECT_TRUE(read->sections.at(0).items.at(0).recordings.empty()); // written before them
    EXPECT_EQ(read->sections.at(0).noun, content::ItemNoun::Event);
    std::string unknownNoun = content::catalogToJson(*read, "/s");
    unknownNoun.replace(unknownNoun.find("\"event\""), 7, "\"thing\"");
    EXPECT_FALSE(content::catalogFromJson(unknownNoun, "/s"));
}

TEST(CatalogJson, ANumberBeyondAnIntIsRefusedNotCast) {
    // Found by fuzz_catalog_json: nlohmann's get<int>() cast 1.08e50 to int.
    const std::string huge = R"({"format": 1, "title": {"sv": "", "en": "", "ru": ""},
        "languages": ["sv"], "defaultLanguage": "sv",
        "idleTimeoutSeconds": 108555555555555555555555555555555555555555555555550,
        "tour": [], "sections": []})";
    EXPECT_FALSE(content::catalogFromJson(huge, "/s"));
    EXPECT_FALSE(content::catalogFromJson(R"({"format": 1.5})", "/s"));
}

TEST(CatalogJson, APathOutOfTheStoreOrAnyDamageIsRefused) {
    content::Exhibition exhibition;
    content::Section section;
    content::Item item;
    item.image = "/etc/passwd";
    section.items.push_back(item);
    exhibition.sections.push_back(section);
    EXPECT_FALSE(content::catalogFromJson(content::catalogToJson(exhibition, "/state/4"), "/s"));
    EXPECT_FALSE(content::catalogFromJson("{\"format\": 1}", "/s"));
    EXPECT_FALSE(content::catalogFromJson("[1, 2", "/s"));
    exhibition.sections[0].items[0].image = "/state/4/a.jpg";
    exhibition.sections[0].items[0].recordings.en = "/state/a.en.ogg"; // beside the store
    EXPECT_FALSE(content::catalogFromJson(content::catalogToJson(exhibition, "/state/4"), "/s"));
    exhibition.sections[0].items[0].recordings.en = "/state/4/a.en.ogg";
    EXPECT_TRUE(content::catalogFromJson(content::catalogToJson(exhibition, "/state/4"), "/s"));
    exhibition.sections[0].items[0].exifOrientation = 9;
    EXPECT_FALSE(content::catalogFromJson(content::catalogToJson(exhibition, "/state/4"), "/s"));
}

} // namespace
} // namespace vitrin::ingest
