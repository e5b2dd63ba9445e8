#pragma once
// The exhibition swap as staff do it: a stick found, what it holds shown, the staff PIN asked,
// the import run while the kiosk keeps drawing, the result and report shown, and the new
// exhibition switched in when no visitor is looking (or at once, when staff ask). Deliveries to
// the inbox are imported the same way, without screens, and switched in the same way.

#include "app/Session.h"
#include "app/Statistics.h"
#include "app/StickDelivery.h"
#include "content/ContentLoader.h"
#include "core/KioskSettings.h"
#include "core/StaffAccess.h"
#include "ingest/ContentStore.h"
#include "ingest/Importer.h"
#include "ui/ImportView.h"

#include <functional>
#include <future>
#include <memory>
#include <optional>

namespace vitrin::app {

class StaffSwap {
  public:
    // Works on session's kiosk, with the store in session.stateDir(); asks access (shared with
    // staff mode, so wrong tries count together) for the PIN. wake is called on worker threads
    // when something is ready for update(); it must be quick and thread-safe.
    // With each import from a stick the statistics are exported onto it.
    StaffSwap(Session& session, const core::KioskSettings& settings, core::StaffAccess& access,
              Statistics& statistics, std::function<void()> wake);
    ~StaffSwap();
    StaffSwap(const StaffSwap&) = delete;
    StaffSwap& operator=(const StaffSwap&) = delete;

    // A stick mounted at dir: its contents are read and shown to staff.
    void stickInserted(const std::filesystem::path& dir);
    void stickRemoved();
    // A delivery has settled in the inbox folder dir: imported unless it was tried already.
    void inboxReady(const std::filesystem::path& dir);
    // Once a frame: progress, results, and the switch when nobody is looking.
    void update(core::TimePoint now);
    // The stick in now, if any.
    const std::optional<std::filesystem::path>& stick() const { return stick_; }
    // True when a previous exhibition can be brought back.
    bool canRestore() const;
    // From staff mode, where the PIN was given: the import screens show the stick's contents
    // (Byt utställning asks for no PIN again), or restore the previous exhibition at once.
    void reviewStickAuthorised();
    void restoreAuthorised();
    // True while a stick is being read or an import runs.
    bool isBusy() const;
    // True while the report waits in the outbox for the helper to put it on the stick: the loop
    // looks again every few hundred milliseconds, to tell staff when they may pull the stick.
    bool isWaitingForStick() const { return queuedReport_.has_value(); }
    // Blocks until nothing is being read or imported (scripts run on virtual time, so what a
    // real import takes must not count as time a visitor waits).
    void settle();

  private:
    enum class Intent { Swap, Restore };
    struct Pending {
        content::Exhibition exhibition;
        std::filesystem::path cacheDir;
        int version = 0;
    };

    void handle(const ui::ImportAction& action);
    void showFound(const content::LoadResult& preview);
    void askPin(Intent intent);
    void submitPin();
    void carryOut();
    void startImport(const std::filesystem::path& source, ingest::ImportSource kind);
    void finishImport();
    void restorePrevious();
    void close();
    void show();
    void switchWhenNobodyLooks();
    // The version store.json names as current; 0 for none.
    int storeVersion() const;
    const char* say(const char* sv, const char* en) const;
    // Puts the Swedish report (as name) and the visitor statistics into the stick's folder
    // Vitrin/, in one delivery (StickDelivery); returns what staff are told.
    std::string deliverToStick(const std::string& name, const content::LoadResult& forReport);
    // When the exhibition titled title will be shown, for the result screen.
    std::string switchNote(const core::LocalText& title) const;

    Session& session_;
    ingest::ContentStore store_;
    core::Lang lang_;
    core::StaffAccess& access_;
    Statistics& statistics_;
    std::function<void()> wake_;
    std::unique_ptr<ingest::SourceFiles> files_;
    ui::ImportView view_;
    bool isOpen_ = false; // the import screens are meant to be on show
    std::optional<std::filesystem::path> stick_;
    std::future<content::LoadResult> preview_;
    std::unique_ptr<ingest::ImportJob> job_;
    ingest::ImportSource jobKind_ = ingest::ImportSource::Stick;
    std::optional<std::filesystem::path> waitingInbox_;
    Intent intent_ = Intent::Swap;
    std::string pin_;
    bool authorised_ = false; // the PIN was given in this visit of the screens
    std::optional<Pending> pending_;
    // A report queued for vitrin-usb-export: done when it has left the outbox; saved when the
    // stick then has it.
    struct QueuedReport {
        std::filesystem::path inOutbox;
        std::filesystem::path onStick;
        std::string notes; // the result screen's notes before the line about the report
        core::TimePoint deadline;
    };
    std::optional<QueuedReport> queuedReport_;
    void checkQueuedReport();
    // The store's current version as this kiosk last took it; another differs: a change from
    // outside (`vitrin --import`), switched to like an import of its own.
    int storeVersion_ = 0;
    static constexpr double kStoreCheckSeconds = 30;
    core::TimePoint storeChecked_{-kStoreCheckSeconds};
    core::TimePoint now_{};
};

// How imports read their source: as it is, or as slowly as $VITRIN_IMPORT_READ_MBPS says (the
// fault tests and the benchmark make an import last long enough to interrupt or watch it).
std::unique_ptr<ingest::SourceFiles> importSourceFiles();

} // namespace vitrin::app
