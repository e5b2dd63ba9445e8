#include "app/KioskLoop.h"

#include "app/Input.h"
#include "app/LoopWait.h"
#include "app/Session.h"
#include "app/StaffMode.h"
#include "app/StaffSwap.h"
#include "app/Statistics.h"
#include "core/Log.h"
#include "ingest/SourceWatcher.h"
#include "platform/ScreenPower.h"
#include "platform/Watchdog.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <ctime>
#include <memory>

namespace vitrin::app {

namespace {

bool isInput(const SDL_Event& event) {
    switch (event.type) {
    case SDL_MOUSEBUTTONDOWN:
    case SDL_FINGERDOWN:
    case SDL_KEYDOWN:
        return true;
    default:
        return false;
    }
}

int runLoop(const Options& options, platform::Watchdog& watchdog) {
    core::RealClock clock;
    const auto mode = options.windowed ? platform::DisplayOptions::Mode::Windowed
                                       : platform::DisplayOptions::Mode::Fullscreen;
    auto session = Session::open(options, mode, clock.now());
    if (!session) {
        core::logError(session.error().message);
        return 1;
    }
    ui::Kiosk& kiosk = (*session)->kiosk();
    // Workers post this event when a picture is decoded or found broken: the loop sleeps until
    // then instead of looking every few milliseconds. One at a time is queued.
    const Uint32 wakeEvent = SDL_RegisterEvents(1);
    const auto wakeQueued = std::make_shared<std::atomic<bool>>(false);
    std::function<void()> wake;
    if (wakeEvent != static_cast<Uint32>(-1)) {
        wake = [wakeEvent, wakeQueued] {
            if (!wakeQueued->exchange(true)) {
                SDL_Event event{};
                event.type = wakeEvent;
                if (SDL_PushEvent(&event) <= 0) {
                    wakeQueued->store(false);
                }
            }
        };
        (*session)->setWake(wake);
    }
    const core::KioskSettings settings = loadSettingsOrDefaults((*session)->stateDir());
    core::StaffAccess access((*session)->stateDir(), settings.pinHash, clock.now());
    Statistics statistics(**session);
    StaffSwap staff(**session, settings, access, statistics, wake);
    StaffMode staffMode(**session, staff, access, statistics, clock.now(), true);
    // Sticks the system mounts, and exhibitions a sync tool delivers to the inbox.
    ingest::SourceWatcher sources({settings.usbMount, (*session)->stateDir() / "inbox"}, wake);
    // Alt+F4 ends a windowed kiosk; a full-screen one ignores it and ends only when stopped.
    const bool allowQuit = options.windowed;
    // Outside opening hours the screen is off; a touch lights it for a few minutes.
    core::ScreenSchedule schedule(settings.openingHours);
    platform::ScreenPower screenPower((*session)->display().window());
    bool screenOn = true;
    bool needsPresent = true;
    bool checkStarted = false;
    const bool software = (*session)->display().renderPath() == platform::RenderPath::Software;
    core::TimePoint lastFrame{-1000.0};
    const core::TimePoint openedAt = clock.now();
    int framesDrawn = 0;
    bool firstFrameTextSet = false;
    for (;;) {
        watchdog.ping(clock.now());
        const core::LocalMoment local = core::localMoment(std::time(nullptr));
        const bool hoursOpen = core::isOpen(schedule.hours(), local);
        if (const bool on = schedule.screenOn(local, clock.now()); on != screenOn) {
            screenOn = on;
            const bool switched = screenPower.set(on);
            core::logInfo(std::string(on ? (hoursOpen ? "opening hours: screen on"
                                                      : "touched while closed: screen on for "
                                                        "5 minutes")
                                         : "outside opening hours: screen off") +
                          (switched || !screenPower.available() ? "" : " (DPMS refused)"));
            needsPresent = true;
        }
        if (!screenOn) {
            // Started outside opening hours: nothing is drawn, but the kiosk is up.
            watchdog.ready(clock.now());
        }
        // Sleep until input arrives, a picture is decoded, or the picture must change by
        // itself (LoopWait.h).
        ui::ImageStore& images = (*session)->images();
        const double frameGap = minFrameSeconds(software, kiosk.screenName() == "attract");
        LoopState wait;
        wait.screenOn = screenOn;
        wait.secondsUntilChange = kiosk.secondsUntilChange();
        wait.frameWanted = wait.secondsUntilChange <= 0 || needsPresent ||
                           images.isFading(clock.now()) || staffMode.isBusy();
        const double held = firstFrameHoldSeconds(framesDrawn, images.isLoading(),
                                                  (clock.now() - openedAt).count());
        if (held > 0 && !firstFrameTextSet) {
            (*session)->setFirstFrameText();
            firstFrameTextSet = true;
        }
        wait.secondsToNextFrame =
            std::max(held, (lastFrame + core::Duration(frameGap) - clock.now()).count());
        wait.staffOpen = staffMode.isOpen() || staff.isWaitingForStick();
        wait.loading = images.isLoading();
        wait.wokenByWorkers = wakeEvent != static_cast<Uint32>(-1);
        if (const auto untilPing = watchdog.untilPing(clock.now())) {
            wait.secondsUntilPing = untilPing->count();
        }
        const int timeoutMs = waitTimeoutMs(wait);
        SDL_Event event;
        bool haveEvent = SDL_WaitEventTimeout(&event, timeoutMs) != 0;
        while (haveEvent) {
            if (!hoursOpen && isInput(event)) {
                // Closed: a touch or a key lights the screen (and keeps it lit) for a while.
                // The touch that wakes a dark screen does nothing else.
                const bool wasOff = !screenOn;
                schedule.touched(clock.now());
                if (wasOff) {
                    haveEvent = SDL_PollEvent(&event) != 0;
                    continue;
                }
            }
            const InputAction action =
                translate(event, kiosk.layout(), (*session)->rotation(), clock.now(), allowQuit);
            if (event.type == wakeEvent) {
                wakeQueued->store(false);
            }
            if (std::holds_alternative<Quit>(action)) {
                return 0;
            }
            if (const auto* pointer = std::get_if<ui::PointerEvent>(&action)) {
                // While staff mode is open it gets every pointer event first.
                if (staffMode.isOpen()) {
                    staffMode.feed(*pointer);
                } else {
                    kiosk.feed(*pointer);
                }
            } else if (const auto* command = std::get_if<ui::Command>(&action);
                       command != nullptr && !staffMode.isOpen()) {
                kiosk.dispatch(*command);
            } else if (event.type == SDL_WINDOWEVENT) {
                needsPresent = true; // exposed or resized: draw again
            }
            haveEvent = SDL_PollEvent(&event) != 0;
        }
        for (const ingest::SourceEvent& source : sources.takeEvents()) {
            switch (source.kind) {
            case ingest::SourceEvent::Kind::StickInserted:
                staff.stickInserted(source.dir);
                break;
            case ingest::SourceEvent::Kind::StickRemoved:
                staff.stickRemoved();
                break;
            case ingest::SourceEvent::Kind::InboxReady:
                staff.inboxReady(source.dir);
                break;
            }
        }
        kiosk.update(clock.now());
        staff.update(clock.now());
        const bool staffWasOpen = staffMode.isOpen();
        staffMode.update(clock.now());
        statistics.observe(clock.now(), staffMode.isOpen() || kiosk.isShowingImport());
        if (staffMode.exitCode()) {
            return *staffMode.exitCode();
        }
        ui::ImageStore& shownImages = (*session)->images(); // new after an exhibition switch
        const bool arrived = shownImages.poll(clock.now());
        (*session)->dropBrokenPictures();
        // Without vsync (software rendering) the frames keep to the pace of minFrameSeconds:
        // a frame wanted sooner waits for its time (in the next pass's wait, which input can
        // cut short). A picture that arrives is drawn at the next 1/60 s, and a window exposed
        // at once.
        const double drawGap =
            arrived ? 1.0 / 60 : minFrameSeconds(software, kiosk.screenName() == "attract");
        // The first frame waits a moment for its picture (firstFrameHoldSeconds).
        const bool frameDue =
            (needsPresent || (clock.now() - lastFrame).count() >= drawGap - 0.0005) &&
            firstFrameHoldSeconds(framesDrawn, shownImages.isLoading(),
                                  (clock.now() - openedAt).count()) <= 0;
        if (screenOn && frameDue &&
            (kiosk.needsFrame() || needsPresent || arrived || shownImages.isFading(clock.now()) ||
             staffWasOpen)) {
            lastFrame = clock.now();
            ++framesDrawn;
            (*session)->draw(lastFrame);
            SDL_RenderPresent((*session)->display().renderer());
            needsPresent = false;
            // The first frame is on screen: systemd's start-up of the service is complete.
            watchdog.ready(clock.now());
        }
        // The background check of every picture starts once the first ones are on screen.
        if (!checkStarted && !needsPresent && !shownImages.isLoading()) {
            (*session)->startPictureCheck();
            checkStarted = true;
        }
    }
}

} // namespace

int runKiosk(const Options& options) {
    platform::Watchdog watchdog = platform::Watchdog::fromEnvironment();
    const int code = runLoop(options, watchdog);
    watchdog.stopping();
    return code;
}

} // namespace vitrin::app
