#include "app/StaffSwap.h"

#include "content/ContentLoader.h"
#include "core/Log.h"

#include <chrono>
#include <cstdlib>
#include <fstream>

namespace vitrin::app {

namespace fs = std::filesystem;
using Kind = ui::ImportAction::Kind;
using Stage = ui::ImportView::Stage;

std::unique_ptr<ingest::SourceFiles> importSourceFiles() {
    struct Slowed final : ingest::SourceFiles {
        explicit Slowed(double bytesPerSecond) : throttled(posix, bytesPerSecond) {}
        std::unique_ptr<ingest::SourceFile> open(const fs::path& file, int& error) override {
            return throttled.open(file, error);
        }
        ingest::PosixSourceFiles posix;
        ingest::ThrottledSourceFiles throttled;
    };
    if (const char* limit = std::getenv("VITRIN_IMPORT_READ_MBPS")) {
        const double mbps = std::atof(limit);
        if (mbps > 0) {
            core::logInfo("imports read at most " + std::string(limit) + " MB/s");
            return std::make_unique<Slowed>(mbps * 1e6);
        }
    }
    return std::make_unique<ingest::PosixSourceFiles>();
}

StaffSwap::StaffSwap(Session& session, const core::KioskSettings& settings,
                     core::StaffAccess& access, Statistics& statistics, std::function<void()> wake)
    : session_(session), store_(session.stateDir()),
      lang_(settings.staffLanguage == core::Lang::En ? core::Lang::En : core::Lang::Sv),
      access_(access), statistics_(statistics), wake_(std::move(wake)),
      files_(importSourceFiles()) {
    storeVersion_ = storeVersion();
    session_.kiosk().setImportHandler([this](const ui::ImportAction& action) { handle(action); });
}

StaffSwap::~StaffSwap() {
    session_.kiosk().setImportHandler({});
}

const char* StaffSwap::say(const char* sv, const char* en) const {
    return lang_ == core::Lang::En ? en : sv;
}

void StaffSwap::show() {
    view_.lang = lang_;
    isOpen_ = true;
    session_.kiosk().showImport(view_);
}

void StaffSwap::close() {
    isOpen_ = false;
    authorised_ = false;
    pin_.clear();
    view_ = {};
    session_.kiosk().closeImport();
}

bool StaffSwap::canRestore() const {
    const auto state = store_.read();
    return state && state->previous.has_value();
}

void StaffSwap::stickInserted(const fs::path& dir) {
    stick_ = dir;
    if (job_) {
        core::logWarning("a stick at " + dir.string() + " waits: an import is running");
        return;
    }
    core::logInfo("USB stick at " + dir.string());
    view_ = {};
    view_.stage = Stage::Reading;
    show();
    preview_ = std::async(std::launch::async, [dir, wake = wake_] {
        content::LoadResult preview =
            content::loadContentFolder(dir, {content::ImageCheck::Header, {}, {}});
        if (wake) {
            wake();
        }
        return preview;
    });
}

void StaffSwap::reviewStickAuthorised() {
    if (!stick_ || job_) {
        return;
    }
    stickInserted(*stick_);
    authorised_ = true;
}

void StaffSwap::restoreAuthorised() {
    if (job_) {
        return;
    }
    authorised_ = true;
    intent_ = Intent::Restore;
    carryOut();
}

void StaffSwap::stickRemoved() {
    core::logInfo("USB stick removed");
    stick_.reset();
    // Nothing has changed before the import starts: the screens go with the stick. An import
    // that was reading it ends by itself and says why.
    if (isOpen_ && (view_.stage == Stage::Reading || view_.stage == Stage::Found ||
                    view_.stage == Stage::Pin)) {
        if (preview_.valid()) {
            preview_.wait();
            preview_ = {};
        }
        close();
    }
}

void StaffSwap::inboxReady(const fs::path& dir) {
    const auto state = store_.read();
    if (state && state->lastInboxFingerprint == ingest::folderFingerprint(dir)) {
        return; // this delivery was tried already, whatever came of it
    }
    if (job_) {
        waitingInbox_ = dir;
        return;
    }
    core::logInfo("importing the delivery in " + dir.string());
    startImport(dir, ingest::ImportSource::Inbox);
}

void StaffSwap::showFound(const content::LoadResult& preview) {
    const content::Exhibition& exhibition = preview.exhibition;
    view_.stage = Stage::Found;
    view_.title = exhibition.title.in(lang_);
    view_.sections.clear();
    for (const content::SectionSummary& section : preview.report.sections) {
        if (section.isShown()) {
            view_.sections.push_back({section.title.in(lang_), section.items(),
                                      section.kind == content::SectionKind::Timeline});
        }
    }
    view_.warnings = preview.report.count(content::Severity::Warning);
    view_.skipped = preview.report.count(content::Severity::Rejected);
    view_.isUsable = exhibition.itemCount() > 0;
    view_.report = view_.isUsable ? std::string() : content::formatReport(preview, lang_);
    view_.canRestore = canRestore();
    show();
}

void StaffSwap::askPin(Intent intent) {
    intent_ = intent;
    if (authorised_) {
        carryOut();
        return;
    }
    pin_.clear();
    view_.stage = Stage::Pin;
    view_.isRestoring = intent == Intent::Restore;
    view_.pinLength = 0;
    view_.pinMessage = access_.lockedMessage(now_, lang_);
    show();
}

void StaffSwap::submitPin() {
    const core::StaffAccess::Outcome outcome = access_.submit(pin_, now_, lang_);
    pin_.clear();
    view_.pinLength = 0;
    if (outcome.accepted) {
        authorised_ = true;
        carryOut();
        return;
    }
    view_.pinMessage = outcome.message;
    show();
}

void StaffSwap::carryOut() {
    if (intent_ == Intent::Restore) {
        restorePrevious();
    } else if (stick_) {
        startImport(*stick_, ingest::ImportSource::Stick);
    } else {
        close();
    }
}

void StaffSwap::startImport(const fs::path& source, ingest::ImportSource kind) {
    jobKind_ = kind;
    ingest::ImportRequest request{source, kind, session_.cacheBoxes()};
    job_ = std::make_unique<ingest::ImportJob>(store_, std::move(request), *files_, wake_);
    if (kind == ingest::ImportSource::Stick) {
        view_.stage = Stage::Copying;
        view_.fraction = 0;
        show();
    }
}

void StaffSwap::finishImport() {
    job_->wait();
    const ingest::ImportResult& result = job_->result();
    const ingest::ImportRecord& record = result.record;
    const bool imported = record.outcome == ingest::ImportOutcome::Imported;
    if (imported) {
        pending_ = Pending{*result.exhibition, result.cacheDir, record.version};
    }
    if (jobKind_ == ingest::ImportSource::Inbox) {
        core::logInfo("inbox import: " + std::string(ingest::outcomeName(record.outcome)) +
                      (record.reasonEn.empty() ? "" : ": " + record.reasonEn));
        job_.reset();
        return;
    }
    view_.stage = Stage::Done;
    view_.succeeded = imported;
    view_.headline = imported ? say("Klart: den nya utställningen är inläst",
                                    "Done: the new exhibition has been imported")
                              : say("Utställningen byttes inte", "The exhibition was not changed");
    const content::LoadResult forReport{result.exhibition.value_or(content::Exhibition{}),
                                        result.report};
    view_.report = result.report.sections.empty() && result.report.findings.empty()
                       ? std::string()
                       : content::formatReport(forReport, lang_);
    std::string notes = imported
                            ? std::string()
                            : (lang_ == core::Lang::En ? record.reasonEn : record.reasonSv) + "\n";
    if (imported) {
        notes += switchNote(result.exhibition->title) + "\n";
    }
    if (stick_) {
        // The only things ever written to a stick: the report and the statistics, into its
        // folder Vitrin/.
        notes += deliverToStick("Vitrin-rapport " + todayIso() + ".txt", forReport);
    }
    view_.notes = notes;
    view_.isSwitchPending = pending_.has_value();
    view_.canRestore = canRestore();
    job_.reset();
    if (isOpen_) {
        show();
    }
}

std::string StaffSwap::deliverToStick(const std::string& name,
                                      const content::LoadResult& forReport) {
    // Written whole in the state folder first; StickDelivery copies them onto the stick, all in
    // one go (the root helper empties the outbox for one stick at a time).
    const fs::path staging = session_.stateDir() / "stick-files";
    std::error_code error;
    fs::create_directories(staging, error);
    const fs::path report = staging / name;
    std::ofstream out(report, std::ios::binary);
    out << content::formatReport(forReport, core::Lang::Sv);
    out.close();
    std::vector<fs::path> files;
    if (out) {
        files.push_back(report);
    }
    const auto statistics = statistics_.writeExport(staging);
    if (statistics) {
        files.insert(files.end(), statistics->files.begin(), statistics->files.end());
    } else {
        core::logWarning("statistics not exported: " + statistics.error().message);
    }
    StickDeliveryResult delivered;
    delivered.reasonSv = "kioskens disk är full eller skrivskyddad.";
    delivered.reasonEn = "the kiosk's disk is full or read-only.";
    if (!files.empty()) {
        delivered = StickDelivery(session_.stateDir()).deliverAndRemove(*stick_, files);
    }

    std::string notes;
    switch (out ? delivered.outcome : StickDeliveryResult::Outcome::Failed) {
    case StickDeliveryResult::Outcome::Written:
        notes += std::string(say("Rapporten är sparad på USB-minnet i mappen Vitrin som \"",
                                 "The report is saved on the USB stick in the folder Vitrin "
                                 "as \"")) +
                 name + "\".\n";
        break;
    case StickDeliveryResult::Outcome::Queued:
        notes += std::string(say("Rapporten sparas på USB-minnet i mappen Vitrin som \"",
                                 "The report is being saved on the USB stick in the folder "
                                 "Vitrin as \"")) +
                 name + "\".\n";
        break;
    case StickDeliveryResult::Outcome::Failed:
        notes += std::string(say("Rapporten kunde inte sparas på USB-minnet: ",
                                 "The report could not be saved on the USB stick: ")) +
                 (lang_ == core::Lang::En ? delivered.reasonEn : delivered.reasonSv) + "\n";
        break;
    }
    if (statistics) {
        notes += Statistics::deliveryNote(delivered, statistics->base, lang_) + "\n";
    }
    notes += delivered.outcome == StickDeliveryResult::Outcome::Queued
                 ? say("Vänta några sekunder innan du tar ut minnet.",
                       "Wait a few seconds before you take out the stick.")
                 : say("Du kan ta ut USB-minnet nu.", "You can take out the USB stick now.");
    return notes;
}

std::string StaffSwap::switchNote(const core::LocalText& title) const {
    const std::string quoted = "\"" + title.in(lang_) + "\" ";
    return quoted + (session_.kiosk().visitorScreenName() == "attract"
                         ? say("visas när du stänger.", "is shown when you close this.")
                         : say("visas när besökaren vid skärmen har slutat titta, eller nu om du "
                               "trycker Byt nu.",
                               "is shown once the visitor at the screen has finished, or now if "
                               "you press Switch now."));
}

void StaffSwap::restorePrevious() {
    auto lock = ingest::StoreLock::tryTake(session_.stateDir());
    const auto restored =
        lock ? store_.restorePrevious() : core::Result<void>(core::Error{"the store is busy"});
    view_.stage = Stage::Done;
    view_.report.clear();
    view_.isSwitchPending = false;
    if (!restored) {
        core::logWarning("restore: " + restored.error().message);
        view_.succeeded = false;
        view_.headline = say("Förra utställningen kunde inte återställas",
                             "The previous exhibition could not be restored");
        view_.notes = restored.error().message;
    } else if (auto shown = store_.loadCurrent()) {
        core::logInfo("restored exhibition " + std::to_string(shown->version));
        pending_ =
            Pending{std::move(shown->exhibition), store_.cacheDir(shown->version), shown->version};
        view_.succeeded = true;
        view_.headline =
            say("Förra utställningen är återställd", "The previous exhibition is restored");
        view_.notes = switchNote(pending_->exhibition.title);
        view_.isSwitchPending = true;
    }
    view_.canRestore = canRestore();
    show();
}

void StaffSwap::handle(const ui::ImportAction& action) {
    switch (action.kind) {
    case Kind::Swap:
        askPin(Intent::Swap);
        return;
    case Kind::Restore:
        askPin(Intent::Restore);
        return;
    case Kind::Digit:
        if (pin_.size() < core::kMaxPinDigits && action.digit >= 0 && action.digit <= 9) {
            pin_ += static_cast<char>('0' + action.digit);
            view_.pinLength = pin_.size();
            show();
        }
        return;
    case Kind::Erase:
        if (!pin_.empty()) {
            pin_.pop_back();
            view_.pinLength = pin_.size();
            show();
        }
        return;
    case Kind::SubmitPin:
        submitPin();
        return;
    case Kind::Cancel:
        if (job_ && view_.stage == Stage::Copying) {
            job_->cancel(); // ends as Cancelled; the result says so
            return;
        }
        close();
        return;
    case Kind::Close:
        close();
        return;
    case Kind::SwitchNow:
        if (pending_) {
            Pending pending = std::move(*pending_);
            pending_.reset();
            close();
            storeVersion_ = pending.version;
            session_.replaceContent(std::move(pending.exhibition), pending.cacheDir,
                                    pending.version);
        }
        return;
    }
}

int StaffSwap::storeVersion() const {
    const auto state = store_.read();
    return state && state->current ? state->current->version : 0;
}

void StaffSwap::switchWhenNobodyLooks() {
    if (session_.kiosk().screenName() != "attract") {
        return;
    }
    // `vitrin --import` or another process changed the store: looked for now and then, as
    // reading store.json on every frame of the attract loop would be wasted work.
    if (!pending_ && !job_ && (now_ - storeChecked_).count() >= kStoreCheckSeconds) {
        storeChecked_ = now_;
        if (const int version = storeVersion(); version != 0 && version != storeVersion_) {
            if (auto shown = store_.loadCurrent()) {
                pending_ = Pending{std::move(shown->exhibition), store_.cacheDir(shown->version),
                                   shown->version};
            }
        }
    }
    if (!pending_) {
        return;
    }
    Pending pending = std::move(*pending_);
    pending_.reset();
    storeVersion_ = pending.version;
    session_.replaceContent(std::move(pending.exhibition), pending.cacheDir, pending.version);
}

void StaffSwap::update(core::TimePoint now) {
    now_ = now;
    if (preview_.valid() &&
        preview_.wait_for(std::chrono::seconds(0)) == std::future_status::ready) {
        const content::LoadResult preview = preview_.get();
        if (isOpen_ && view_.stage == Stage::Reading) {
            showFound(preview);
        }
    }
    if (job_) {
        if (job_->isFinished()) {
            finishImport();
        } else if (isOpen_ && view_.stage == Stage::Copying) {
            const ingest::ImportProgress progress = job_->progress();
            view_.fraction = progress.fraction;
            view_.filesDone = progress.filesDone;
            view_.filesTotal = progress.filesTotal;
            view_.bytesDone = progress.bytesDone;
            view_.bytesTotal = progress.bytesTotal;
            view_.secondsLeft = progress.secondsLeft;
        }
    }
    if (!job_ && waitingInbox_) {
        const fs::path inbox = *waitingInbox_;
        waitingInbox_.reset();
        inboxReady(inbox);
    }
    // The idle reset (or a visitor's Home) took the screens away: the next stick starts anew.
    if (isOpen_ && !session_.kiosk().isShowingImport() &&
        !(job_ && view_.stage == Stage::Copying)) {
        isOpen_ = false;
        authorised_ = false;
        pin_.clear();
    }
    switchWhenNobodyLooks();
}

bool StaffSwap::isBusy() const {
    return preview_.valid() || job_ != nullptr;
}

void StaffSwap::settle() {
    while (isBusy()) {
        if (preview_.valid()) {
            preview_.wait();
        }
        if (job_) {
            job_->wait();
        }
        update(now_);
    }
}

} // namespace vitrin::app
