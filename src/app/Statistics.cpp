#include "app/Statistics.h"

#include "app/DataDir.h"
#include "app/Session.h"
#include "core/Log.h"
#include "core/Text.h"
#include "stats/StatsExport.h"
#include "ui/TourLine.h"

#include <chrono>
#include <ctime>

namespace vitrin::app {

namespace fs = std::filesystem;

namespace {

// The local date and hour of a moment secondsAgo before now.
stats::VisitStamp stampOf(double secondsAgo, std::string venue) {
    const std::time_t then =
        std::time(nullptr) - static_cast<std::time_t>(std::max(0.0, secondsAgo));
    std::tm local{};
    localtime_r(&then, &local);
    char day[16];
    std::strftime(day, sizeof day, "%Y-%m-%d", &local);
    return stats::VisitStamp{day, local.tm_hour, std::move(venue)};
}

} // namespace

Statistics::Statistics(Session& session) : session_(session) {
    auto opened = stats::StatsStore::open(session.stateDir() / "statistics.sqlite");
    if (!opened) {
        core::logError(opened.error().message + "; no statistics are recorded");
        return;
    }
    store_ = std::move(*opened);
    rolledUp_ = todayIso();
    if (auto rolled = store_->rollUp(rolledUp_); !rolled) {
        core::logWarning(rolled.error().message);
    }
}

std::string Statistics::venue() const {
    const std::string& configured = session_.settings().venue;
    if (!configured.empty()) {
        return configured;
    }
    const auto& tour = session_.kiosk().exhibition().tour;
    const size_t onShow = ui::venueOnShow(tour, todayIso(), "");
    return onShow < tour.size() ? tour[onShow].name.sv : std::string();
}

stats::Sample Statistics::sample() const {
    const ui::Kiosk& kiosk = session_.kiosk();
    const ui::Kiosk::VisitorView view = kiosk.visitorView();
    stats::Sample sample;
    sample.attract = view.screen == "attract";
    sample.lang = view.lang;
    sample.zoomed = view.zoomed;
    sample.lastTouch = view.lastTouch;
    if (sample.attract) {
        return sample; // nobody there: no place to name, every frame of the attract loop
    }
    const auto& sections = kiosk.exhibition().sections;
    if (!view.section || *view.section >= sections.size()) {
        sample.place = {stats::Place::Kind::Screen, std::string(view.screen),
                        view.screen == "home" ? "Start" : std::string(view.screen), ""};
        return sample;
    }
    const content::Section& section = sections[*view.section];
    if (!view.item || *view.item >= section.items.size()) {
        sample.place = {stats::Place::Kind::Screen, std::string(view.screen) + "/" + section.folder,
                        section.title.sv, section.title.sv};
        return sample;
    }
    const content::Item& item = section.items[*view.item];
    const std::string name =
        !item.image.empty() ? item.image.filename().string() : item.year + " " + item.title.sv;
    sample.place = {stats::Place::Kind::Item, section.folder + "/" + name,
                    item.title.sv.empty() ? name : item.title.sv, section.title.sv};
    return sample;
}

void Statistics::store(const stats::Visit& visit, core::TimePoint now) {
    const stats::VisitStamp stamp = stampOf((now - visit.start).count(), venue());
    if (auto added = store_->add(visit, stamp); !added) {
        core::logWarning(added.error().message + "; a visit was not recorded");
    }
    if (stamp.day != rolledUp_) {
        rolledUp_ = stamp.day;
        if (auto rolled = store_->rollUp(rolledUp_); !rolled) {
            core::logWarning(rolled.error().message);
        }
    }
}

void Statistics::observe(core::TimePoint now, bool staffAtScreen) {
    if (!store_) {
        return;
    }
    if (staffAtScreen) {
        recorder_.discard();
        return;
    }
    if (auto visit = recorder_.observe(now, sample())) {
        store(*visit, now);
    }
}

core::Result<stats::StatsTables> Statistics::tables() {
    if (!store_) {
        return core::Error{"the statistics database could not be opened"};
    }
    auto tables = store_->tables();
    if (tables) {
        tables->exported = core::localTimeText("%Y-%m-%d %H:%M");
    }
    return tables;
}

core::Result<Statistics::Export> Statistics::writeExport(const fs::path& folder) {
    auto all = tables();
    if (!all) {
        return all.error();
    }
    Export written{stats::exportBaseName(venue(), todayIso()), {}};
    auto files = stats::writeExport(*all, folder, written.base,
                                    dataDir() / "fonts" / "NotoSans-Regular.ttf");
    if (!files) {
        return files.error();
    }
    written.files = std::move(*files);
    return written;
}

std::string Statistics::deliveryNote(const StickDeliveryResult& delivery, const std::string& base,
                                     core::Lang lang) {
    const bool en = lang == core::Lang::En;
    switch (delivery.outcome) {
    case StickDeliveryResult::Outcome::Written:
        return (en ? "The visitor statistics are saved on the USB stick in the folder Vitrin as \""
                   : "Besöksstatistiken är sparad på USB-minnet i mappen Vitrin som \"") +
               base + " …\".";
    case StickDeliveryResult::Outcome::Queued:
        return (en ? "The visitor statistics are being saved on the USB stick in the folder Vitrin "
                     "as \""
                   : "Besöksstatistiken sparas på USB-minnet i mappen Vitrin som \"") +
               base + " …\".";
    case StickDeliveryResult::Outcome::Failed:
        break;
    }
    return (en ? "The visitor statistics could not be saved on the USB stick: " + delivery.reasonEn
               : "Besöksstatistiken kunde inte sparas på USB-minnet: " + delivery.reasonSv);
}

} // namespace vitrin::app
