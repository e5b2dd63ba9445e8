#include "app/StaffMode.h"

#include "app/DataDir.h"
#include "content/ContentLoader.h"
#include "core/Log.h"
#include "core/StateFile.h"
#include "core/Text.h"
#include "core/Words.h"
#include "ingest/ContentStore.h"
#include "ui/TourLine.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>

#include <cmath>
#include <cstdlib>

extern char** environ;

namespace vitrin::app {

namespace fs = std::filesystem;

namespace {

const char* say(core::Lang lang, const char* sv, const char* en) {
    return lang == core::Lang::En ? en : sv;
}

// "12,3 GB" in Swedish, "12.3 GB" in English: one decimal below 100 of the unit.
std::string size(std::uintmax_t bytes, core::Lang lang) {
    const char* units[] = {"B", "kB", "MB", "GB", "TB"};
    double value = static_cast<double>(bytes);
    int unit = 0;
    while (value >= 1000 && unit < 4) {
        value /= 1000;
        ++unit;
    }
    std::string text;
    if (value < 100 && unit > 0) {
        const auto tenths = static_cast<long long>(std::lround(value * 10));
        text = std::to_string(tenths / 10) + (lang == core::Lang::En ? "." : ",") +
               std::to_string(tenths % 10);
    } else {
        text = std::to_string(static_cast<long long>(std::lround(value)));
    }
    return text + " " + units[unit];
}

std::uintmax_t folderBytes(const fs::path& dir) {
    std::uintmax_t total = 0;
    std::error_code ec;
    for (fs::recursive_directory_iterator
             it(dir, fs::directory_options::skip_permission_denied, ec),
         end;
         !ec && it != end; it.increment(ec)) {
        std::error_code sizeError;
        if (it->is_regular_file(sizeError)) {
            const std::uintmax_t bytes = it->file_size(sizeError);
            total += sizeError ? 0 : bytes;
        }
    }
    return total;
}

std::string outcomeText(ingest::ImportOutcome outcome, core::Lang lang) {
    switch (outcome) {
    case ingest::ImportOutcome::Imported:
        return say(lang, "inläst", "imported");
    case ingest::ImportOutcome::NothingUsable:
        return say(lang, "inget kunde visas", "nothing could be shown");
    case ingest::ImportOutcome::Failed:
        return say(lang, "misslyckades", "failed");
    case ingest::ImportOutcome::Cancelled:
        return say(lang, "avbruten", "cancelled");
    }
    return {};
}

} // namespace

StaffMode::StaffMode(Session& session, StaffSwap& swap, core::StaffAccess& access,
                     Statistics& statistics, core::TimePoint started, bool realSystem)
    : session_(session), swap_(swap), access_(access), statistics_(statistics), started_(started),
      now_(started), realSystem_(realSystem) {
    session_.kiosk().setStaffHandler([this] { open(now_); });
    session_.setOverlay([this] {
        if (panel_) {
            panel_->render();
        }
    });
}

StaffMode::~StaffMode() {
    session_.kiosk().setStaffHandler({});
    session_.setOverlay({});
}

void StaffMode::open(core::TimePoint now) {
    if (panel_) {
        return;
    }
    auto panel = staff::StaffPanel::open(session_.display().renderer(), session_.kiosk().layout(),
                                         dataDir() / "fonts", *this, access_, now);
    if (!panel) {
        core::logError(panel.error().message);
        return;
    }
    core::logInfo("staff mode opened");
    panel_ = std::move(*panel);
    panel_->frame(now);
}

void StaffMode::close() {
    panel_.reset();
    core::logInfo("staff mode closed");
    const HandOver handOver = handOver_;
    handOver_ = HandOver::None;
    if (handOver == HandOver::Stick) {
        swap_.reviewStickAuthorised();
    } else if (handOver == HandOver::Restore) {
        swap_.restoreAuthorised();
    } else {
        session_.kiosk().returnToAttract();
    }
}

std::vector<staff::TourStop> StaffMode::tour(core::Lang lang) const {
    std::vector<staff::TourStop> stops;
    for (const content::Venue& venue : session_.kiosk().exhibition().tour) {
        std::string dates;
        if (!venue.from.empty()) {
            dates = core::humanDate(venue.from, lang) + " – " + core::humanDate(venue.to, lang);
        }
        stops.push_back({venue.name.sv, venue.name.in(lang), dates});
    }
    return stops;
}

std::string StaffMode::tourLine(core::Lang lang) const {
    return ui::tourLine(session_.kiosk().exhibition().tour, todayIso(), session_.settings().venue,
                        lang);
}

std::string StaffMode::checkStick(core::Lang lang) {
    if (!swap_.stick()) {
        return say(lang, "Inget USB-minne är isatt.", "No USB stick is in.");
    }
    const content::LoadResult checked =
        content::loadContentFolder(*swap_.stick(), {content::ImageCheck::Header, {}, {}});
    return content::formatReport(checked, lang);
}

std::string StaffMode::lastReport(core::Lang lang) {
    const ingest::ContentStore store(session_.stateDir());
    const auto state = store.read();
    const int version = !state ? 0
                        : state->lastImport && state->lastImport->version > 0
                            ? state->lastImport->version
                        : state->current ? state->current->version
                                         : 0;
    if (version == 0) {
        return say(lang, "Ingen utställning har lästs in än.",
                   "No exhibition has been imported yet.");
    }
    const fs::path file =
        store.exhibitionDir(version) / (lang == core::Lang::En ? "report-en.txt" : "report-sv.txt");
    auto text = core::readStateFile(file);
    if (!text || !text->has_value()) {
        return std::string(say(lang, "Rapporten finns inte längre: ", "The report is gone: ")) +
               file.string();
    }
    return **text;
}

void StaffMode::feed(const ui::PointerEvent& event) {
    if (panel_) {
        panel_->feed(event);
    }
}

void StaffMode::update(core::TimePoint now) {
    now_ = now;
    if (!panel_) {
        return;
    }
    panel_->frame(now);
    if (panel_->wantsClose() || (now - panel_->lastTouch()).count() >= kIdleCloseSeconds) {
        close();
    }
}

const std::vector<staff::DrawnItem>& StaffMode::items() const {
    static const std::vector<staff::DrawnItem> none;
    return panel_ ? panel_->items() : none;
}

staff::Overview StaffMode::overview(core::Lang lang) {
    staff::Overview overview;
    const content::Exhibition& exhibition = session_.kiosk().exhibition();
    overview.title = exhibition.title.in(lang);
    const ingest::ContentStore store(session_.stateDir());
    const auto state = store.read();
    if (session_.shownVersion() == 0) {
        overview.version = say(lang, "ingen inläst (utställningen som följer med programmet)",
                               "none imported (the exhibition bundled with the program)");
    } else {
        overview.version = std::to_string(session_.shownVersion());
        if (state && state->current) {
            overview.version +=
                std::string(say(lang, ", inläst ", ", imported ")) + state->current->finishedAt;
            overview.findings = std::to_string(state->current->warnings) +
                                say(lang, " varningar · ", " warnings · ") +
                                std::to_string(state->current->skipped) +
                                say(lang, " filer hoppades över", " files skipped");
        }
    }
    for (const content::Section& section : exhibition.sections) {
        const std::size_t items = section.items.size();
        const bool timeline = section.kind == content::SectionKind::Timeline;
        overview.sections.push_back(
            section.title.in(lang) + ": " + std::to_string(items) + " " +
            (timeline
                 ? (items == 1 ? say(lang, "händelse", "entry") : say(lang, "händelser", "entries"))
                 : (items == 1 ? say(lang, "bild", "picture") : say(lang, "bilder", "pictures"))));
    }
    if (!state) {
        overview.lastImport =
            say(lang,
                "Kiosken kan inte läsa sin förteckning: ", "The kiosk cannot read its record: ") +
            state.error().message;
    } else if (!state->lastImport) {
        overview.lastImport = say(lang, "Ingen än.", "None yet.");
    } else {
        const ingest::ImportRecord& last = *state->lastImport;
        overview.lastImport = last.finishedAt + ": " + outcomeText(last.outcome, lang);
        const std::string& reason = lang == core::Lang::En ? last.reasonEn : last.reasonSv;
        if (!reason.empty()) {
            overview.lastImport += " (" + reason + ")";
        }
    }
    std::error_code ec;
    const fs::space_info space = fs::space(session_.stateDir(), ec);
    overview.disk =
        ec ? std::string(say(lang, "Diskens storlek okänd: ", "Disk size unknown: ")) + ec.message()
           : std::string(say(lang, "Ledigt på disken: ", "Free on the disk: ")) +
                 size(space.available, lang) + say(lang, " av ", " of ") +
                 size(space.capacity, lang);
    overview.cache =
        std::string(say(lang, "Utställningar och bildcache: ", "Exhibitions and picture cache: ")) +
        size(folderBytes(session_.stateDir() / "exhibitions") +
                 folderBytes(session_.stateDir() / "cache"),
             lang);
    const auto minutes = static_cast<long long>((now_ - started_).count() / 60);
    overview.uptime = std::string(say(lang, "Igång sedan ", "Running for ")) +
                      (minutes >= 60 ? std::to_string(minutes / 60) + " h " : std::string()) +
                      std::to_string(minutes % 60) + " min";
    const std::string& venue = session_.settings().venue;
    const std::size_t onShow = ui::venueOnShow(exhibition.tour, todayIso(), "");
    const std::string byDates =
        onShow < exhibition.tour.size() ? exhibition.tour[onShow].name.in(lang) : std::string();
    overview.venue =
        !venue.empty() ? std::string(say(lang, "Plats: ", "Venue: ")) + venue +
                             say(lang, " (inställd på sidan Turné)", " (set on the Tour page)")
        : !byDates.empty() ? std::string(say(lang, "Plats: ", "Venue: ")) + byDates +
                                 say(lang, " (enligt turnéns datum)", " (from the tour's dates)")
                           : say(lang, "Plats: ingen vald", "Venue: none chosen");
    overview.program = "Vitrin " VITRIN_VERSION;
    return overview;
}

staff::HostReply StaffMode::saveSettings(const core::KioskSettings& settings, core::Lang lang) {
    if (auto saved = session_.saveSettings(settings); !saved) {
        core::logWarning("settings not saved: " + saved.error().message);
        return {false, std::string(say(lang, "Kunde inte sparas: ", "Could not be saved: ")) +
                           saved.error().message};
    }
    core::logInfo("settings saved by staff");
    return {true, say(lang, "Sparat.", "Saved.")};
}

std::vector<std::string> StaffMode::layoutNames() const {
    std::vector<std::string> names;
    for (const ui::Layout& layout : ui::loadLayouts(dataDir() / "layouts")) {
        names.push_back(layout.name);
    }
    return names;
}

staff::HostReply StaffMode::exportStatistics(core::Lang lang) {
    const auto stick = swap_.stick();
    if (!stick) {
        return {false, say(lang, "Inget USB-minne är isatt.", "No USB stick is in.")};
    }
    const auto written = statistics_.writeExport(session_.stateDir() / "stick-files");
    if (!written) {
        core::logWarning("statistics export failed: " + written.error().message);
        return {false, say(lang, "Statistiken kunde inte läsas eller skrivas på kioskens disk.",
                           "The statistics could not be read or written on the kiosk's disk.")};
    }
    const StickDeliveryResult delivered =
        StickDelivery(session_.stateDir()).deliverAndRemove(*stick, written->files);
    return {delivered.outcome != StickDeliveryResult::Outcome::Failed,
            Statistics::deliveryNote(delivered, written->base, lang)};
}

staff::HostReply StaffMode::exportLogs(core::Lang lang) {
    const auto stick = swap_.stick();
    if (!stick) {
        return {false, say(lang, "Inget USB-minne är isatt.", "No USB stick is in.")};
    }
    const char* configured = std::getenv("VITRIN_JOURNALCTL");
    if (configured == nullptr && !realSystem_) {
        return {false, say(lang, "Inte i en skriptkörning.", "Not in a script run.")};
    }
    const std::string program = configured != nullptr ? configured : "journalctl";
    const fs::path staging = session_.stateDir() / "stick-files";
    const fs::path file = staging / ("Vitrin-logg " + todayIso() + ".txt");
    std::error_code made;
    fs::create_directories(staging, made);
    // The kiosk's own lines of the last seven days, as the journal keeps them.
    const char* argv[] = {program.c_str(), "-t", "vitrin",    "--since=-7d",
                          "--no-pager",    "-o", "short-iso", nullptr};
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, file.c_str(),
                                     O_WRONLY | O_CREAT | O_TRUNC, 0644);
    pid_t pid = 0;
    int status = 0;
    const int spawned = posix_spawnp(&pid, program.c_str(), &actions, nullptr,
                                     const_cast<char* const*>(argv), environ);
    posix_spawn_file_actions_destroy(&actions);
    const bool ran = spawned == 0 && waitpid(pid, &status, 0) == pid;
    if (made || !ran || !WIFEXITED(status) || WEXITSTATUS(status) != 0 ||
        fs::file_size(file, made) == 0 || made) {
        core::logWarning(
            "log export failed: " + program +
            (ran ? " exited with " + std::to_string(WEXITSTATUS(status)) : " could not be run"));
        fs::remove(file, made);
        return {false, say(lang, "Loggen kunde inte läsas.", "The log could not be read.")};
    }
    const StickDeliveryResult delivered =
        StickDelivery(session_.stateDir()).deliverAndRemove(*stick, {file});
    const std::string name = file.filename().string();
    switch (delivered.outcome) {
    case StickDeliveryResult::Outcome::Written:
        return {true, std::string(say(lang, "Loggen är sparad på USB-minnet i mappen Vitrin som \"",
                                      "The log is saved on the USB stick in the folder Vitrin as "
                                      "\"")) +
                          name + "\"."};
    case StickDeliveryResult::Outcome::Queued:
        return {true, std::string(say(lang, "Loggen sparas på USB-minnet i mappen Vitrin som \"",
                                      "The log is being saved on the USB stick in the folder "
                                      "Vitrin as \"")) +
                          name +
                          say(lang, "\". Vänta några sekunder innan du tar ut minnet.",
                              "\". Wait a few seconds before you take out the stick.")};
    case StickDeliveryResult::Outcome::Failed:
        break;
    }
    return {false, std::string(say(lang, "Loggen kunde inte sparas på USB-minnet: ",
                                   "The log could not be saved on the USB stick: ")) +
                       (lang == core::Lang::En ? delivered.reasonEn : delivered.reasonSv)};
}

staff::HostReply StaffMode::power(Power request, core::Lang lang) {
    if (request == Power::RestartKiosk) {
        core::logInfo("restart asked for by staff");
        exitCode_ = kExitRestartAsked;
        return {true, say(lang, "Kiosken startar om.", "The kiosk restarts.")};
    }
    // systemctl asks logind, which lets the kiosk's seat user reboot or power off when polkit
    // allows it (kiosk-setup installs such a rule); otherwise it answers with an error.
    const char* configured = std::getenv("VITRIN_SYSTEMCTL");
    if (configured == nullptr && !realSystem_) {
        return {false, say(lang, "Inte i en skriptkörning.", "Not in a script run.")};
    }
    const std::string program = configured != nullptr ? configured : "systemctl";
    const char* verb = request == Power::Reboot ? "reboot" : "poweroff";
    char* argv[] = {const_cast<char*>(program.c_str()), const_cast<char*>(verb), nullptr};
    pid_t pid = 0;
    int status = 0;
    const int spawned = posix_spawnp(&pid, program.c_str(), nullptr, nullptr, argv, environ);
    const bool ran = spawned == 0 && waitpid(pid, &status, 0) == pid;
    if (ran && WIFEXITED(status) && WEXITSTATUS(status) == 0) {
        core::logInfo(std::string("staff asked for ") + verb);
        return {true, request == Power::Reboot
                          ? say(lang, "Datorn startar om.", "The computer restarts.")
                          : say(lang, "Datorn stängs av.", "The computer shuts down.")};
    }
    core::logWarning(
        std::string(verb) + " refused: " + program +
        (ran ? " exited with " + std::to_string(WEXITSTATUS(status)) : " could not be run"));
    return {false, say(lang,
                       "Kiosken får inte göra det på den här datorn. Be IT-teknikern ge den rätten "
                       "(se kiosk-setup/README.md), eller använd datorns strömknapp.",
                       "The kiosk is not allowed to do that on this computer. Ask the IT "
                       "technician to give it the right (see kiosk-setup/README.md), or use the "
                       "computer's power button.")};
}

} // namespace vitrin::app
