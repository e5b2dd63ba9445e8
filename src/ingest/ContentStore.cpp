#include "ingest/ContentStore.h"

#include "content/CatalogJson.h"
#include "content/JsonInt.h"
#include "core/Log.h"
#include "core/StateFile.h"

#include <charconv>
#include <fcntl.h>
#include <nlohmann/json.hpp>
#include <sys/file.h>
#include <unistd.h>

namespace vitrin::ingest {

namespace fs = std::filesystem;
using Json = nlohmann::json;

namespace {

constexpr int kFormat = 1;
constexpr std::size_t kMaxStateBytes = 4 * 1024 * 1024;
constexpr std::size_t kMaxCatalogBytes = 64 * 1024 * 1024;
constexpr const char* kStateFile = "store.json";

Json toJson(const core::LocalText& text) {
    return Json{{"sv", text.sv}, {"en", text.en}, {"ru", text.ru}};
}

core::LocalText localText(const Json& json) {
    return {json.at("sv").get<std::string>(), json.at("en").get<std::string>(),
            json.at("ru").get<std::string>()};
}

template <typename Enum, std::size_t N>
Enum parseName(const Json& json, const std::array<Enum, N>& values,
               std::string_view (*name)(Enum)) {
    const std::string text = json.get<std::string>();
    for (Enum value : values) {
        if (name(value) == text) {
            return value;
        }
    }
    throw std::invalid_argument("unknown value " + text);
}

Json toJson(const ImportRecord& record) {
    Json sections = Json::array();
    for (const auto& [title, items] : record.sections) {
        sections.push_back({{"title", toJson(title)}, {"items", items}});
    }
    return Json{{"version", record.version},       {"source", sourceName(record.source)},
                {"sourcePath", record.sourcePath}, {"startedAt", record.startedAt},
                {"finishedAt", record.finishedAt}, {"outcome", outcomeName(record.outcome)},
                {"reasonSv", record.reasonSv},     {"reasonEn", record.reasonEn},
                {"title", toJson(record.title)},   {"sections", std::move(sections)},
                {"warnings", record.warnings},     {"skipped", record.skipped},
                {"bytes", record.bytes},           {"fingerprint", record.fingerprint}};
}

ImportRecord recordFrom(const Json& json) {
    ImportRecord record;
    record.version = content::intField(json, "version");
    record.source =
        parseName(json.at("source"),
                  std::array{ImportSource::Stick, ImportSource::Inbox, ImportSource::CommandLine},
                  sourceName);
    record.sourcePath = json.at("sourcePath").get<std::string>();
    record.startedAt = json.at("startedAt").get<std::string>();
    record.finishedAt = json.at("finishedAt").get<std::string>();
    record.outcome = parseName(json.at("outcome"),
                               std::array{ImportOutcome::Imported, ImportOutcome::NothingUsable,
                                          ImportOutcome::Failed, ImportOutcome::Cancelled},
                               outcomeName);
    record.reasonSv = json.at("reasonSv").get<std::string>();
    record.reasonEn = json.at("reasonEn").get<std::string>();
    record.title = localText(json.at("title"));
    for (const Json& section : json.at("sections")) {
        record.sections.emplace_back(localText(section.at("title")),
                                     content::countField(section, "items"));
    }
    record.warnings = content::countField(json, "warnings");
    record.skipped = content::countField(json, "skipped");
    record.bytes = content::countField(json, "bytes");
    record.fingerprint = json.at("fingerprint").get<std::string>();
    return record;
}

Json optionalRecord(const std::optional<ImportRecord>& record) {
    return record ? toJson(*record) : Json(nullptr);
}

std::optional<ImportRecord> optionalRecordFrom(const Json& json) {
    if (json.is_null()) {
        return std::nullopt;
    }
    return recordFrom(json);
}

// The version a folder name under exhibitions/ stands for; nullopt for anything else.
std::optional<int> versionOf(const std::string& name) {
    int version = 0;
    const auto [end, error] = std::from_chars(name.data(), name.data() + name.size(), version);
    if (error != std::errc() || end != name.data() + name.size() || version <= 0) {
        return std::nullopt;
    }
    return version;
}

} // namespace

std::string_view sourceName(ImportSource source) {
    switch (source) {
    case ImportSource::Stick:
        return "usb";
    case ImportSource::Inbox:
        return "inbox";
    case ImportSource::CommandLine:
        return "command-line";
    }
    return "usb";
}

std::string_view outcomeName(ImportOutcome outcome) {
    switch (outcome) {
    case ImportOutcome::Imported:
        return "imported";
    case ImportOutcome::NothingUsable:
        return "nothing-usable";
    case ImportOutcome::Failed:
        return "failed";
    case ImportOutcome::Cancelled:
        return "cancelled";
    }
    return "failed";
}

std::string stateToJson(const StoreState& state) {
    const Json json{{"format", kFormat},
                    {"current", optionalRecord(state.current)},
                    {"previous", optionalRecord(state.previous)},
                    {"lastImport", optionalRecord(state.lastImport)},
                    {"lastInboxFingerprint", state.lastInboxFingerprint}};
    return json.dump(1);
}

core::Result<StoreState> stateFromJson(std::string_view text) {
    try {
        const Json json = Json::parse(text);
        if (content::intField(json, "format") != kFormat) {
            return core::Error{"store.json has an unknown format"};
        }
        StoreState state;
        state.current = optionalRecordFrom(json.at("current"));
        state.previous = optionalRecordFrom(json.at("previous"));
        state.lastImport = optionalRecordFrom(json.at("lastImport"));
        state.lastInboxFingerprint = json.at("lastInboxFingerprint").get<std::string>();
        if ((state.current && state.current->version <= 0) ||
            (state.previous && state.previous->version <= 0)) {
            return core::Error{"store.json names an exhibition without a version"};
        }
        return state;
    } catch (const std::exception& error) {
        return core::Error{std::string("store.json is damaged: ") + error.what()};
    }
}

ContentStore::ContentStore(fs::path stateDir) : stateDir_(std::move(stateDir)) {
    std::error_code error;
    fs::create_directories(stateDir_ / "exhibitions", error);
    if (error) {
        core::logWarning("content store: cannot create " + (stateDir_ / "exhibitions").string() +
                         ": " + error.message());
    }
}

fs::path ContentStore::exhibitionDir(int version) const {
    return stateDir_ / "exhibitions" / std::to_string(version);
}

core::Result<StoreState> ContentStore::read() const {
    auto bytes = core::readStateFile(stateDir_ / kStateFile, kMaxStateBytes);
    if (!bytes) {
        return bytes.error();
    }
    if (!*bytes) {
        return StoreState{};
    }
    return stateFromJson(**bytes);
}

core::Result<void> ContentStore::write(const StoreState& state) const {
    return core::writeStateFile(stateDir_ / kStateFile, stateToJson(state));
}

std::optional<ContentStore::Shown> ContentStore::loadCurrent() const {
    const auto state = read();
    if (!state) {
        core::logError("content store: " + state.error().message);
        return std::nullopt;
    }
    if (!state->current) {
        return std::nullopt;
    }
    const int version = state->current->version;
    auto bytes = core::readStateFile(exhibitionDir(version) / "catalog.json", kMaxCatalogBytes);
    if (!bytes || !*bytes) {
        core::logError("content store: the catalog of exhibition " + std::to_string(version) +
                       (bytes ? std::string(" is missing") : ": " + bytes.error().message));
        return std::nullopt;
    }
    auto exhibition = content::catalogFromJson(**bytes, contentDir(version));
    if (!exhibition) {
        core::logError("content store: exhibition " + std::to_string(version) + ": " +
                       exhibition.error().message);
        return std::nullopt;
    }
    return Shown{version, std::move(*exhibition)};
}

int ContentStore::nextVersion() const {
    int highest = 0;
    if (const auto state = read(); state) {
        for (const auto* record : {&state->current, &state->previous, &state->lastImport}) {
            if (*record) {
                highest = std::max(highest, (*record)->version);
            }
        }
    }
    std::error_code error;
    for (const auto& entry : fs::directory_iterator(stateDir_ / "exhibitions", error)) {
        highest = std::max(highest, versionOf(entry.path().filename().string()).value_or(0));
    }
    return highest + 1;
}

core::Result<void> ContentStore::restorePrevious() const {
    auto state = read();
    if (!state) {
        return state.error();
    }
    if (!state->previous) {
        return core::Error{"there is no previous exhibition to restore"};
    }
    std::swap(state->current, state->previous);
    return write(*state);
}

int ContentStore::removeUnreferenced() const {
    const auto state = read();
    if (!state) {
        return 0; // a damaged store.json must not cost the exhibitions it may still name
    }
    int removed = 0;
    std::error_code error;
    for (const auto& entry : fs::directory_iterator(stateDir_ / "exhibitions", error)) {
        const std::optional<int> version = versionOf(entry.path().filename().string());
        if (version && ((state->current && state->current->version == *version) ||
                        (state->previous && state->previous->version == *version))) {
            continue;
        }
        std::error_code ignored;
        fs::remove_all(entry.path(), ignored);
        if (ignored) {
            core::logWarning("content store: cannot remove " + entry.path().string() + ": " +
                             ignored.message());
        } else {
            ++removed;
        }
    }
    for (const auto& entry : fs::directory_iterator(stateDir_, error)) {
        // writeStateFile's temporary files, left by a power cut
        if (entry.path().filename().string().starts_with("." + std::string(kStateFile) + ".")) {
            std::error_code ignored;
            fs::remove(entry.path(), ignored);
        }
    }
    return removed;
}

} // namespace vitrin::ingest

namespace vitrin::ingest {

std::optional<StoreLock> StoreLock::tryTake(const fs::path& stateDir) {
    std::error_code error;
    fs::create_directories(stateDir, error);
    const int fd = ::open((stateDir / "import.lock").c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0) {
        return std::nullopt;
    }
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        ::close(fd);
        return std::nullopt;
    }
    return StoreLock(fd);
}

StoreLock::~StoreLock() {
    if (fd_ >= 0) {
        ::close(fd_); // closing the last descriptor releases the flock
    }
}

} // namespace vitrin::ingest
