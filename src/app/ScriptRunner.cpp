#include "app/ScriptRunner.h"

#include "app/Input.h"
#include "app/Session.h"
#include "app/StaffMode.h"
#include "app/StaffSwap.h"
#include "app/Statistics.h"
#include "core/Log.h"
#include "script/Script.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <malloc.h>
#include <memory>
#include <sstream>

namespace vitrin::app {

namespace {

using ui::PointerEvent;

constexpr int kExitFailure = 1;
constexpr int kExitBadScript = 2;
constexpr int kExitExpectFailed = 3;
// A tap lasts a few frames, like a quick finger.
constexpr int kTapFrames = 5;
// A shot waits at most this long (virtual) for pictures to arrive and fade in.
constexpr int kMaxSettleFrames = 120;

int framesFor(core::Duration duration) {
    return std::max(1, static_cast<int>(std::lround(duration.count() * 60.0)));
}

// The soak (scripts/soak.sh) sets VITRIN_SOAK_LOG=FILE: the frames are then drawn as the
// interactive loop draws them (when the picture changes), with every picture they ask for decoded
// and uploaded first, at most VITRIN_SOAK_FPS times a virtual second (default 4: a week of the
// attract loop's 30 frames a second in software would take days); and every simulated hour a
// line "hour H rss_kb R peak_kb P heap_kb U frames F draws D texture_bytes T screen S" goes to
// FILE (U: the bytes malloc has handed out and not had back, so a leak shows apart from memory
// malloc keeps for reuse).
class SoakProbe {
  public:
    static constexpr std::int64_t kFramesPerHour = 60 * 60 * 60;

    static std::unique_ptr<SoakProbe> fromEnvironment() {
        const char* log = std::getenv("VITRIN_SOAK_LOG");
        if (log == nullptr || *log == '\0') {
            return nullptr;
        }
        double fps = 4;
        if (const char* text = std::getenv("VITRIN_SOAK_FPS")) {
            fps = std::clamp(std::atof(text), 0.1, 60.0);
        }
        return std::make_unique<SoakProbe>(log, fps);
    }
    SoakProbe(std::filesystem::path file, double fps)
        : file_(std::move(file)), drawEvery_(1.0 / fps) {}

    // True when a frame that wants drawing may be drawn now.
    bool mayDraw(core::TimePoint now) const {
        return (now - lastDraw_).count() >= drawEvery_.count() - 1e-9;
    }
    void drew(core::TimePoint now) {
        lastDraw_ = now;
        ++draws_;
    }
    // Counts a frame; on the hour, appends the hour's line.
    void counted(std::size_t textureBytes, std::string_view screen) {
        if (++frames_ % kFramesPerHour != 0) {
            return;
        }
        const auto [resident, peak] = memoryKb();
        std::ofstream out(file_, std::ios::app);
        const struct mallinfo2 heap = mallinfo2();
        out << "hour " << frames_ / kFramesPerHour << " rss_kb " << resident << " peak_kb " << peak
            << " heap_kb " << (heap.uordblks + heap.hblkhd) / 1024 << " frames " << frames_
            << " draws " << draws_ << " texture_bytes " << textureBytes << " screen " << screen
            << "\n";
    }

  private:
    // VmRSS and VmHWM of this process, in kB (0 when /proc cannot tell).
    static std::pair<long, long> memoryKb() {
        std::ifstream in("/proc/self/status");
        std::string word;
        long resident = 0, peak = 0;
        while (in >> word) {
            if (word == "VmRSS:") {
                in >> resident;
            } else if (word == "VmHWM:") {
                in >> peak;
            }
        }
        return {resident, peak};
    }

    std::filesystem::path file_;
    core::Duration drawEvery_;
    core::TimePoint lastDraw_{-1000.0};
    std::int64_t frames_ = 0;
    std::int64_t draws_ = 0;
};

class Replay {
  public:
    Replay(Session& session, StaffSwap& staff, StaffMode& staffMode, Statistics& statistics,
           std::filesystem::path shotsDir)
        : session_(session), staff_(staff), staffMode_(staffMode), statistics_(statistics),
          kiosk_(session.kiosk()), shotsDir_(std::move(shotsDir)) {}

    // Runs one script line; an empty string means it passed, otherwise why it failed.
    std::optional<std::string> run(const script::Command& command);
    int failureCode() const { return failureCode_; }

  private:
    void frame() {
        clock_.advanceFrame();
        kiosk_.update(clock_.now());
        staff_.update(clock_.now());
        staffMode_.update(clock_.now());
        statistics_.observe(clock_.now(), staffMode_.isOpen() || kiosk_.isShowingImport());
        if (soak_) {
            soakFrame();
        }
    }
    // What the interactive loop does after its updates, pictures decoded without waiting in
    // real time.
    void soakFrame() {
        const core::TimePoint now = clock_.now();
        ui::ImageStore& images = session_.images(); // new after an exhibition switch
        const bool arrived = images.poll(now);
        session_.dropBrokenPictures();
        if ((kiosk_.needsFrame() || arrived || images.isFading(now) || staffMode_.isOpen()) &&
            soak_->mayDraw(now)) {
            session_.draw(now);
            SDL_RenderPresent(session_.display().renderer());
            images.waitIdle(now);
            soak_->drew(now);
        }
        soak_->counted(images.bytesHeld(), screenName());
    }
    std::string_view screenName() const {
        return staffMode_.isOpen() ? "staff" : kiosk_.screenName();
    }
    // The staff panel's button or text showing text in the last frame; a text, as on the
    // visitor screens, may also be one containing it.
    const staff::DrawnItem* staffItem(const std::string& text, bool button) const {
        for (const staff::DrawnItem& item : staffMode_.items()) {
            if ((!button || item.isButton) && item.label == text) {
                return &item;
            }
        }
        if (!button) {
            for (const staff::DrawnItem& item : staffMode_.items()) {
                if (item.label.find(text) != std::string::npos) {
                    return &item;
                }
            }
        }
        return nullptr;
    }
    void frames(int count) {
        for (int i = 0; i < count; ++i) {
            frame();
        }
    }
    // While staff mode is open it gets every pointer event, as in the interactive loop.
    void pointer(std::int64_t id, PointerEvent::Phase phase, ui::Point pos) {
        const PointerEvent event{id, phase, pos, clock_.now()};
        if (staffMode_.isOpen()) {
            staffMode_.feed(event);
        } else {
            kiosk_.feed(event);
        }
    }
    // Where tap-on TEXT taps: the middle of the button named TEXT, else of the text showing it
    // (in staff mode, of the staff screen's button or text); none when nothing shows it.
    std::optional<ui::Point> whereShown(const std::string& wanted) const {
        if (staffMode_.isOpen()) {
            const staff::DrawnItem* item = staffItem(wanted, true);
            if (item == nullptr) {
                item = staffItem(wanted, false);
            }
            return item == nullptr ? std::nullopt : std::optional(item->rect.centre());
        }
        const ui::Scene& scene = kiosk_.scene();
        for (const ui::HitRegion& hit : scene.hits) {
            if (hit.label == wanted) {
                return hit.rect.centre();
            }
        }
        const ui::TextElement* text = scene.findText(wanted);
        return text == nullptr ? std::nullopt : std::optional(text->box.centre());
    }
    void tap(ui::Point pos) {
        pointer(1, PointerEvent::Phase::Down, pos);
        frames(kTapFrames);
        pointer(1, PointerEvent::Phase::Up, pos);
        frame();
    }
    // Moves fingers from `from` to `to` over duration, one step a frame.
    void move(const std::vector<std::pair<ui::Point, ui::Point>>& paths, core::Duration duration) {
        for (size_t f = 0; f < paths.size(); ++f) {
            pointer(static_cast<std::int64_t>(f + 1), PointerEvent::Phase::Down, paths[f].first);
        }
        const int steps = framesFor(duration);
        for (int step = 1; step <= steps; ++step) {
            frame();
            const float t = static_cast<float>(step) / static_cast<float>(steps);
            for (size_t f = 0; f < paths.size(); ++f) {
                const auto& [a, b] = paths[f];
                pointer(static_cast<std::int64_t>(f + 1), PointerEvent::Phase::Move,
                        {a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t});
            }
        }
        for (size_t f = 0; f < paths.size(); ++f) {
            pointer(static_cast<std::int64_t>(f + 1), PointerEvent::Phase::Up, paths[f].second);
        }
        frame();
    }
    std::optional<std::string> shot(const std::string& fileName);

    Session& session_;
    StaffSwap& staff_;
    StaffMode& staffMode_;
    Statistics& statistics_;
    ui::Kiosk& kiosk_;
    std::filesystem::path shotsDir_;
    core::VirtualClock clock_;
    int failureCode_ = kExitExpectFailed;
    std::unique_ptr<SoakProbe> soak_ = SoakProbe::fromEnvironment();
};

std::optional<std::string> Replay::shot(const std::string& fileName) {
    if (shotsDir_.empty()) {
        failureCode_ = kExitBadScript;
        return "'shot' needs --shots DIR";
    }
    // Let the pictures on screen arrive and fade in, as a visitor would see them settle; a list
    // still gliding brings new pictures into view, which are waited for too.
    ui::ImageStore& images = session_.images();
    session_.draw(clock_.now());
    for (int i = 0; i < kMaxSettleFrames; ++i) {
        images.waitIdle(clock_.now());
        session_.draw(clock_.now());
        if (!images.isLoading() && !images.isFading(clock_.now())) {
            break;
        }
        frame();
    }
    std::error_code ec;
    std::filesystem::create_directories(shotsDir_, ec);
    if (auto saved = session_.display().savePng(shotsDir_ / fileName); !saved) {
        failureCode_ = kExitFailure;
        return saved.error().message;
    }
    return std::nullopt;
}

std::optional<std::string> Replay::run(const script::Command& command) {
    using namespace script;
    return std::visit(
        [&](const auto& c) -> std::optional<std::string> {
            using T = std::decay_t<decltype(c)>;
            if constexpr (std::is_same_v<T, Wait>) {
                // Reading a stick and importing take no virtual time: whatever they take in
                // real time, a wait sees them finished.
                staff_.settle();
                frames(framesFor(c.duration));
            } else if constexpr (std::is_same_v<T, UsbInsert>) {
                staff_.stickInserted(std::filesystem::absolute(c.dir));
                frame();
            } else if constexpr (std::is_same_v<T, UsbRemove>) {
                staff_.stickRemoved();
                frame();
            } else if constexpr (std::is_same_v<T, script::Tap>) {
                tap({c.x, c.y});
            } else if constexpr (std::is_same_v<T, TapOn>) {
                const std::optional<ui::Point> at = whereShown(c.text);
                if (!at) {
                    return "tap-on: no visible '" + c.text + "' on screen '" +
                           std::string(screenName()) + "'";
                }
                tap(*at);
            } else if constexpr (std::is_same_v<T, TryTapOn>) {
                if (const std::optional<ui::Point> at = whereShown(c.text)) {
                    tap(*at);
                } else {
                    frames(kTapFrames + 1); // as long as the tap would have taken
                }
            } else if constexpr (std::is_same_v<T, script::LongPress>) {
                pointer(1, PointerEvent::Phase::Down, {c.x, c.y});
                frames(framesFor(c.duration));
                pointer(1, PointerEvent::Phase::Up, {c.x, c.y});
                frame();
            } else if constexpr (std::is_same_v<T, Swipe>) {
                move({{{c.x1, c.y1}, {c.x2, c.y2}}}, c.duration);
            } else if constexpr (std::is_same_v<T, script::Pinch>) {
                const float from = c.fromPx / 2, to = c.toPx / 2;
                move({{{c.centreX - from, c.centreY}, {c.centreX - to, c.centreY}},
                      {{c.centreX + from, c.centreY}, {c.centreX + to, c.centreY}}},
                     c.duration);
            } else if constexpr (std::is_same_v<T, Key>) {
                if (auto action = commandForKey(c.name, c.ctrl, c.alt, c.shift);
                    action && !staffMode_.isOpen()) {
                    kiosk_.dispatch(*action);
                }
                frame();
            } else if constexpr (std::is_same_v<T, Shot>) {
                return shot(c.fileName);
            } else if constexpr (std::is_same_v<T, ExpectScreen>) {
                if (screenName() != c.name) {
                    return "expected screen '" + c.name + "' but it is '" +
                           std::string(screenName()) + "'";
                }
            } else if constexpr (std::is_same_v<T, ExpectLang>) {
                if (kiosk_.lang() != c.lang) {
                    return "expected language " + std::string(core::langCode(c.lang)) +
                           " but it is " + std::string(core::langCode(kiosk_.lang()));
                }
            } else if constexpr (std::is_same_v<T, ExpectText>) {
                const bool found = staffMode_.isOpen() ? staffItem(c.text, false) != nullptr
                                                       : kiosk_.scene().findText(c.text) != nullptr;
                if (!found) {
                    return "expected text '" + c.text + "' on screen '" +
                           std::string(screenName()) + "'";
                }
            } else if constexpr (std::is_same_v<T, ExpectAccess>) {
                const ui::AccessModes& on = kiosk_.access();
                const ExpectAccess actual{on.largeText, on.highContrast, on.reducedMotion,
                                          on.screenReader};
                if (actual != c) {
                    // "expect access none" read as "access none".
                    const auto modes = [](const ExpectAccess& access) {
                        return script::formatCommand(access).substr(
                            std::string_view("expect ").size());
                    };
                    return "expected " + modes(c) + " but it is " + modes(actual);
                }
            }
            return std::nullopt;
        },
        command);
}

} // namespace

int runScript(const Options& options) {
    std::ifstream in(options.script, std::ios::binary);
    if (!in) {
        std::cerr << "vitrin: cannot read script " << options.script << "\n";
        return kExitBadScript;
    }
    std::ostringstream text;
    text << in.rdbuf();
    auto lines = script::parseScript(text.str());
    if (!lines) {
        std::cerr << "vitrin: " << options.script.string() << ": " << lines.error().message << "\n";
        return kExitBadScript;
    }
    auto session = Session::open(options, platform::DisplayOptions::Mode::Headless, {});
    if (!session) {
        core::logError(session.error().message);
        return kExitFailure;
    }
    // Pictures that cannot be decoded are gone before the first line: runs are repeatable.
    (*session)->checkPicturesNow();
    const core::KioskSettings settings = loadSettingsOrDefaults((*session)->stateDir());
    core::StaffAccess access((*session)->stateDir(), settings.pinHash, {});
    Statistics statistics(**session);
    StaffSwap staff(**session, settings, access, statistics, {});
    StaffMode staffMode(**session, staff, access, statistics, {}, false);
    Replay replay(**session, staff, staffMode, statistics, options.shotsDir);
    for (const script::Line& line : *lines) {
        if (auto failure = replay.run(line.command)) {
            std::cerr << "vitrin: " << options.script.string() << ":" << line.number << ": "
                      << *failure << "\n";
            return replay.failureCode();
        }
    }
    return 0;
}

} // namespace vitrin::app
