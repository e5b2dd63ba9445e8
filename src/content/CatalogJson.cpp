#include "content/CatalogJson.h"

#include "content/JsonInt.h"

#include <nlohmann/json.hpp>

namespace vitrin::content {

namespace fs = std::filesystem;
using Json = nlohmann::json;

namespace {

constexpr int kFormat = 1;

Json toJson(const LocalText& text) {
    return Json{{"sv", text.sv}, {"en", text.en}, {"ru", text.ru}};
}

LocalText localText(const Json& json) {
    return LocalText{json.at("sv").get<std::string>(), json.at("en").get<std::string>(),
                     json.at("ru").get<std::string>()};
}

Lang lang(const Json& json) {
    const auto parsed = core::parseLang(json.get<std::string>());
    if (!parsed) {
        throw std::invalid_argument("unknown language " + json.get<std::string>());
    }
    return *parsed;
}

// A file's path (a picture, a recording) inside base; throws for anything that would lead out
// of it.
fs::path resolve(const fs::path& base, const std::string& relative) {
    const fs::path path(relative);
    if (path.is_absolute()) {
        throw std::invalid_argument("absolute file path");
    }
    for (const fs::path& part : path) {
        if (part == "..") {
            throw std::invalid_argument("file path leads out of the store");
        }
    }
    return base / path;
}

const char* nounName(ItemNoun noun) {
    switch (noun) {
    case ItemNoun::Photo:
        return "photo";
    case ItemNoun::Event:
        return "event";
    case ItemNoun::Work:
        break;
    }
    return "work";
}

// A catalog written before a section said what its items are: works in a gallery, events in
// a timeline.
ItemNoun noun(const Json& section, SectionKind kind) {
    const std::string name =
        section.value("noun", std::string(kind == SectionKind::Timeline ? "event" : "work"));
    if (name == "work" || name == "photo" || name == "event") {
        return name == "photo"   ? ItemNoun::Photo
               : name == "event" ? ItemNoun::Event
                                 : ItemNoun::Work;
    }
    throw std::invalid_argument("unknown item noun " + name);
}

Json toJson(const Recordings& recordings, const fs::path& base) {
    Json json = Json::object();
    for (Lang language : core::kAllLangs) {
        const fs::path& file = recordings.in(language);
        json[std::string(core::langCode(language))] =
            file.empty() ? std::string() : file.lexically_relative(base).generic_string();
    }
    return json;
}

// An item's recordings; a catalog written before recordings were kept has none.
Recordings recordings(const Json& item, const fs::path& base) {
    Recordings out;
    const auto found = item.find("recordings");
    if (found == item.end()) {
        return out;
    }
    for (Lang language : core::kAllLangs) {
        const std::string file =
            found->at(std::string(core::langCode(language))).get<std::string>();
        out.slot(language) = file.empty() ? fs::path() : resolve(base, file);
    }
    return out;
}

// A text that a catalog written before it existed does not have.
LocalText optionalText(const Json& json, const char* key) {
    const auto found = json.find(key);
    return found == json.end() ? LocalText{} : localText(*found);
}

} // namespace

std::string catalogToJson(const Exhibition& exhibition, const fs::path& base) {
    Json sections = Json::array();
    for (const Section& section : exhibition.sections) {
        Json items = Json::array();
        for (const Item& item : section.items) {
            items.push_back({{"image", item.image.empty()
                                           ? std::string()
                                           : item.image.lexically_relative(base).generic_string()},
                             {"title", toJson(item.title)},
                             {"artist", toJson(item.artist)},
                             {"age", item.age},
                             {"school", toJson(item.school)},
                             {"description", toJson(item.description)},
                             {"theme", toJson(item.theme)},
                             {"year", item.year},
                             {"date", item.date},
                             {"width", item.width},
                             {"height", item.height},
                             {"exifOrientation", item.exifOrientation},
                             {"recordings", toJson(item.recordings, base)}});
        }
        sections.push_back(
            {{"folder", section.folder},
             {"title", toJson(section.title)},
             {"kind", section.kind == SectionKind::Timeline ? "timeline" : "gallery"},
             {"noun", nounName(section.noun)},
             {"items", std::move(items)}});
    }
    Json languages = Json::array();
    for (Lang language : exhibition.languages) {
        languages.push_back(core::langCode(language));
    }
    Json tour = Json::array();
    for (const Venue& venue : exhibition.tour) {
        tour.push_back({{"name", toJson(venue.name)},
                        {"from", venue.from},
                        {"to", venue.to},
                        {"preposition", venue.preposition}});
    }
    const Json json{{"format", kFormat},
                    {"title", toJson(exhibition.title)},
                    {"languages", std::move(languages)},
                    {"defaultLanguage", core::langCode(exhibition.defaultLanguage)},
                    {"idleTimeoutSeconds", exhibition.idleTimeout.count()},
                    {"tour", std::move(tour)},
                    {"summary", toJson(exhibition.summary)},
                    {"about", toJson(exhibition.about)},
                    {"credits", toJson(exhibition.credits)},
                    {"sections", std::move(sections)}};
    return json.dump(1);
}

core::Result<Exhibition> catalogFromJson(std::string_view text, const fs::path& base) {
    try {
        const Json json = Json::parse(text);
        if (intField(json, "format") != kFormat) {
            return core::Error{"catalog format " + json.at("format").dump() + " is not known"};
        }
        Exhibition exhibition;
        exhibition.title = localText(json.at("title"));
        exhibition.languages.clear();
        for (const Json& language : json.at("languages")) {
            exhibition.languages.push_back(lang(language));
        }
        if (exhibition.languages.empty()) {
            return core::Error{"catalog has no languages"};
        }
        exhibition.defaultLanguage = lang(json.at("defaultLanguage"));
        exhibition.idleTimeout = std::chrono::seconds(intField(json, "idleTimeoutSeconds"));
        for (const Json& venue : json.at("tour")) {
            // Catalogs written before the preposition was kept say nothing: "på".
            exhibition.tour.push_back(
                {localText(venue.at("name")), venue.at("from").get<std::string>(),
                 venue.at("to").get<std::string>(), venue.value("preposition", std::string("på"))});
        }
        exhibition.summary = optionalText(json, "summary");
        exhibition.about = optionalText(json, "about");
        exhibition.credits = optionalText(json, "credits");
        for (const Json& sectionJson : json.at("sections")) {
            Section section;
            section.folder = sectionJson.at("folder").get<std::string>();
            section.title = localText(sectionJson.at("title"));
            const std::string kind = sectionJson.at("kind").get<std::string>();
            if (kind != "gallery" && kind != "timeline") {
                return core::Error{"unknown section kind " + kind};
            }
            section.kind = kind == "timeline" ? SectionKind::Timeline : SectionKind::Gallery;
            section.noun = noun(sectionJson, section.kind);
            for (const Json& itemJson : sectionJson.at("items")) {
                Item item;
                const std::string image = itemJson.at("image").get<std::string>();
                item.image = image.empty() ? fs::path() : resolve(base, image);
                item.title = localText(itemJson.at("title"));
                item.artist = localText(itemJson.at("artist"));
                item.age = itemJson.at("age").get<std::string>();
                item.school = localText(itemJson.at("school"));
                item.description = localText(itemJson.at("description"));
                item.theme = optionalText(itemJson, "theme");
                item.year = itemJson.at("year").get<std::string>();
                item.date = itemJson.at("date").get<std::string>();
                item.width = intField(itemJson, "width");
                item.height = intField(itemJson, "height");
                item.exifOrientation = intField(itemJson, "exifOrientation");
                item.recordings = recordings(itemJson, base);
                if (item.width < 0 || item.height < 0 || item.exifOrientation < 1 ||
                    item.exifOrientation > 8) {
                    return core::Error{"item with a bad size or orientation"};
                }
                section.items.push_back(std::move(item));
            }
            if (section.items.empty()) {
                return core::Error{"section without items"};
            }
            exhibition.sections.push_back(std::move(section));
        }
        return exhibition;
    } catch (const std::exception& error) {
        return core::Error{std::string("damaged catalog: ") + error.what()};
    }
}

} // namespace vitrin::content
