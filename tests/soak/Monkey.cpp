#include "soak/Monkey.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <limits>

namespace vitrin::soak {
namespace {

using script::Command;
using script::Duration;

// The script runner's frames: 60 a second, a tap lasts 5 frames and one more after it.
constexpr double kFramesPerSecond = 60;
constexpr std::int64_t kTapFrames = 6;
// Taps and swipes keep away from the top-left corner, where five quick taps call staff mode.
constexpr float kStaffCorner = 160;

std::int64_t framesFor(Duration duration) {
    return std::max<std::int64_t>(1, std::llround(duration.count() * kFramesPerSecond));
}

// splitmix64: tiny, fast, and the same numbers from the same seed everywhere (the standard
// library's distributions may differ between implementations; these do not).
class Rng {
  public:
    explicit Rng(std::uint64_t seed) : state_(seed) {}
    std::uint64_t next() {
        std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    // In [0, 1).
    double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    double between(double low, double high) { return low + (high - low) * unit(); }
    // In [0, count).
    std::size_t below(std::size_t count) { return static_cast<std::size_t>(next() % count); }
    bool chance(double probability) { return unit() < probability; }
    // Whole milliseconds, so the script reads back exactly.
    Duration millis(double lowSeconds, double highSeconds) {
        return Duration(std::round(between(lowSeconds, highSeconds) * 1000.0) / 1000.0);
    }

  private:
    std::uint64_t state_;
};

float whole(double value) {
    return static_cast<float>(std::round(value));
}

constexpr std::array<VisitorWords, 3> kWords{{
    {"Tillgänglighet", "Större text", "Hög kontrast", "Mindre rörelse", "Skärmläsare", "På", "Av",
     "Lyssna", "Tyst", "Förstora", "Förminska"},
    {"Accessibility", "Larger text", "High contrast", "Less motion", "Screen reader", "On", "Off",
     "Listen", "Stop", "Zoom in", "Zoom out"},
    {"Доступность", "Крупный текст", "Высокий контраст", "Меньше движения", "Экранный диктор",
     "Вкл.", "Выкл.", "Слушать", "Стоп", "Увеличить", "Уменьшить"},
}};

// What the monkey believes the kiosk shows: the language and the access modes its own taps
// chose. A random tap may have changed either; then what it looks for is not there and its
// try-tap-on only passes the time of a tap.
struct Belief {
    core::Lang lang;
    bool largeText = false, highContrast = false, reducedMotion = false, screenReader = false;
};

class Generator {
  public:
    explicit Generator(const MonkeyOptions& options)
        : options_(options), rng_(options.seed), width_(options.width), height_(options.height),
          endFrame_(std::llround(options.hours * 3600 * kFramesPerSecond)),
          dayFrames_(
              std::max<std::int64_t>(1, std::llround(options.dayHours * 3600 * kFramesPerSecond))) {
        // The day's swap comes a quarter into it (early morning, before the visitors).
        nextSwap_ =
            options_.sticks.empty() ? std::numeric_limits<std::int64_t>::max() : dayFrames_ / 4;
        const double idle = options_.idleTimeoutSeconds;
        countdownStart_ = idle - std::min(15.0, idle / 3);
        belief_.lang = options_.startLang;
    }

    MonkeyScript run() {
        while (frame_ < endFrame_) {
            if (frame_ >= nextSwap_) {
                swap();
                nextSwap_ += dayFrames_;
                continue;
            }
            visitor();
        }
        script_.virtualSeconds = static_cast<double>(frame_) / kFramesPerSecond;
        return std::move(script_);
    }

  private:
    void emit(const Command& command, std::int64_t frames) {
        script_.lines.push_back(script::formatCommand(command));
        frame_ += frames;
        onAttract_ = false;
        // What surely touches the kiosk restarts its idle time; a try-tap-on may find nothing to
        // tap, and a key is a command, which restarts it too.
        if (std::holds_alternative<script::Tap>(command) ||
            std::holds_alternative<script::TapOn>(command) ||
            std::holds_alternative<script::LongPress>(command) ||
            std::holds_alternative<script::Swipe>(command) ||
            std::holds_alternative<script::Pinch>(command) ||
            std::holds_alternative<script::Key>(command)) {
            lastTouch_ = frame_;
        }
    }
    void comment(const std::string& text) { script_.lines.push_back("# " + text); }
    void wait(Duration duration) { emit(script::Wait{duration}, framesFor(duration)); }
    // A visitor's pause, which must end before untilSeconds have passed since they last touched
    // the kiosk (the countdown or the idle reset would come): when try-tap-ons found nothing to
    // tap, the visitor touches the screen again first.
    void pause(Duration duration, double untilSeconds) {
        const double since = static_cast<double>(frame_ - lastTouch_) / kFramesPerSecond;
        if (since + duration.count() >= untilSeconds) {
            tap();
        }
        wait(duration);
    }
    // A pause that stays clear of the countdown.
    void look(Duration duration) { pause(duration, countdownStart_ - 1); }
    void tapOn(const std::string& text) { emit(script::TapOn{text}, kTapFrames); }
    void tryTapOn(const std::string& text) { emit(script::TryTapOn{text}, kTapFrames); }
    const VisitorWords& words() const { return visitorWords(belief_.lang); }

    // With the screen reader on, a tap only reads what it touches: the visitor waits for it to
    // be read, then double-taps anywhere to choose it.
    void chooseWhatWasRead() {
        if (!belief_.screenReader) {
            return;
        }
        look(rng_.millis(0.5, 1.5));
        const auto [x, y] = point();
        emit(script::Tap{x, y}, kTapFrames);
        wait(rng_.millis(0.05, 0.2));
        emit(script::Tap{x, y}, kTapFrames);
        ++script_.counts.readerChoices;
    }
    // A button the visitor looks for by its name, on whatever screen their gestures led to.
    void press(std::string_view name) {
        tryTapOn(std::string(name));
        chooseWhatWasRead();
    }

    std::string clockText() const {
        const auto minutes = frame_ / static_cast<std::int64_t>(kFramesPerSecond * 60);
        char text[48];
        std::snprintf(text, sizeof(text), "day %lld %02lld:%02lld",
                      static_cast<long long>(minutes / (24 * 60) + 1),
                      static_cast<long long>(minutes / 60 % 24),
                      static_cast<long long>(minutes % 60));
        return text;
    }

    // A point on the screen, away from the staff corner.
    std::pair<float, float> point() {
        while (true) {
            const float x = whole(rng_.between(4, width_ - 4));
            const float y = whole(rng_.between(4, height_ - 4));
            if (x > kStaffCorner || y > kStaffCorner) {
                return {x, y};
            }
        }
    }

    void tap() {
        const auto [x, y] = point();
        emit(script::Tap{x, y}, kTapFrames);
        ++script_.counts.taps;
    }
    void doubleTap() {
        const auto [x, y] = point();
        emit(script::Tap{x, y}, kTapFrames);
        wait(rng_.millis(0.05, 0.2));
        emit(script::Tap{x + whole(rng_.between(-8, 8)), y + whole(rng_.between(-8, 8))},
             kTapFrames);
        ++script_.counts.doubleTaps;
    }
    void swipe() {
        const auto [x1, y1] = point();
        float x2 = x1, y2 = y1;
        // Mostly sideways (pages, the timeline), sometimes up and down (grids, captions).
        if (rng_.chance(0.7)) {
            x2 = std::clamp(whole(x1 + rng_.between(-0.8, 0.8) * width_), 2.0f,
                            static_cast<float>(width_ - 2));
        } else {
            y2 = std::clamp(whole(y1 + rng_.between(-0.8, 0.8) * height_), 2.0f,
                            static_cast<float>(height_ - 2));
        }
        const Duration duration = rng_.millis(0.08, 0.7);
        emit(script::Swipe{x1, y1, x2, y2, duration}, framesFor(duration) + 1);
        ++script_.counts.swipes;
    }
    void pinch() {
        const double from = rng_.between(80, 600);
        const double to =
            rng_.chance(0.6) ? from * rng_.between(1.3, 3) : from / rng_.between(1.3, 3);
        const double half = std::max(from, to) / 2 + 8;
        const float cx = whole(rng_.between(half, std::max(half + 1, width_ - half)));
        const float cy = whole(rng_.between(kStaffCorner + 8, height_ - 8));
        const Duration duration = rng_.millis(0.2, 0.9);
        emit(script::Pinch{cx, cy, whole(from), std::max(1.0f, whole(to)), duration},
             framesFor(duration) + 1);
        ++script_.counts.pinches;
    }
    void longPress() {
        const auto [x, y] = point();
        const Duration duration = rng_.millis(0.6, 2.5);
        emit(script::LongPress{x, y, duration}, framesFor(duration) + 1);
        ++script_.counts.longPresses;
    }
    void language() {
        static constexpr std::array<const char*, 3> kNames{"Svenska", "English", "Русский"};
        const std::size_t chosen = rng_.below(kNames.size());
        tapOn(kNames[chosen]);
        chooseWhatWasRead();
        belief_.lang = core::kAllLangs[chosen];
        ++script_.counts.languageChanges;
    }
    void key() {
        static constexpr std::array<const char*, 7> kKeys{"Escape", "Home", "Left", "Right",
                                                          "1",      "2",    "3"};
        script::Key key;
        key.name = kKeys[rng_.below(kKeys.size())];
        emit(key, 1);
        if (key.name.size() == 1) {
            belief_.lang = core::kAllLangs[static_cast<std::size_t>(key.name[0] - '1')];
        }
        ++script_.counts.keys;
    }
    // The bar's "A+" (its face is the same in every language).
    void largerText() {
        tryTapOn("A+");
        chooseWhatWasRead();
        belief_.largeText = !belief_.largeText;
        ++script_.counts.largerText;
    }
    // "Tillgänglighet" from the bar, then one to three of its switches, each named with its
    // state ("Hög kontrast: Av").
    void accessScreen() {
        press(words().access);
        ++script_.counts.accessScreens;
        const std::size_t switches = 1 + rng_.below(3);
        for (std::size_t i = 0; i < switches; ++i) {
            look(rng_.millis(0.5, 4));
            const VisitorWords& w = words();
            bool* state = nullptr;
            std::string_view name;
            switch (rng_.below(4)) {
            case 0:
                state = &belief_.largeText;
                name = w.largerText;
                break;
            case 1:
                state = &belief_.highContrast;
                name = w.highContrast;
                break;
            case 2:
                state = &belief_.reducedMotion;
                name = w.lessMotion;
                break;
            default:
                state = &belief_.screenReader;
                name = w.screenReader;
                break;
            }
            const std::string face = std::string(name) + ": " + std::string(*state ? w.on : w.off);
            press(face);
            *state = !*state;
            ++script_.counts.accessSwitches;
        }
    }
    void listen() {
        press(rng_.chance(0.8) ? words().listen : words().stop);
        ++script_.counts.listens;
    }
    void zoom() {
        const std::size_t presses = 1 + rng_.below(3);
        for (std::size_t i = 0; i < presses; ++i) {
            press(rng_.chance(0.6) ? words().zoomIn : words().zoomOut);
            look(rng_.millis(0.3, 2));
        }
        ++script_.counts.zooms;
    }
    // Two fingers held still for longer than the three seconds that turn the screen reader on
    // or off (on the attract loop they also wake the kiosk).
    void readerHold() {
        const double span = rng_.between(60, 300);
        const double half = span / 2 + 8;
        const float cx = whole(rng_.between(half, std::max(half + 1, width_ - half)));
        const float cy = whole(rng_.between(kStaffCorner + 8, height_ - 8));
        const Duration duration = rng_.millis(3.3, 5);
        emit(script::Pinch{cx, cy, whole(span), whole(span), duration}, framesFor(duration) + 1);
        belief_.screenReader = !belief_.screenReader;
        ++script_.counts.readerHolds;
    }

    void action() {
        const double roll = rng_.unit();
        if (roll < 0.26) {
            tap();
        } else if (roll < 0.31) {
            doubleTap();
        } else if (roll < 0.51) {
            swipe();
        } else if (roll < 0.58) {
            pinch();
        } else if (roll < 0.64) {
            longPress();
        } else if (roll < 0.74) {
            language();
        } else if (roll < 0.86) {
            key();
        } else if (roll < 0.89) {
            largerText();
        } else if (roll < 0.93) {
            accessScreen();
        } else if (roll < 0.96) {
            listen();
        } else if (roll < 0.985) {
            zoom();
        } else {
            readerHold();
        }
    }

    // One visitor: a touch wakes the kiosk (or lands on what the last one left), a few dozen
    // gestures with pauses to look, then they walk away.
    void visitor() {
        ++script_.counts.visitors;
        comment(clockText() + ", visitor " + std::to_string(script_.counts.visitors));
        if (onAttract_ && rng_.chance(0.05)) {
            readerHold(); // a visitor who knows the gesture wakes the kiosk with the reader on
        } else {
            tap();
        }
        const std::size_t gestures = 1 + rng_.below(rng_.chance(0.3) ? 60 : 15);
        for (std::size_t i = 0; i < gestures && frame_ < endFrame_ && frame_ < nextSwap_; ++i) {
            action();
            const double roll = rng_.unit();
            if (roll < 0.02) {
                // Long enough for "more time?", then a touch keeps the visitor's place.
                pause(rng_.millis(countdownStart_ + 1, options_.idleTimeoutSeconds - 2),
                      options_.idleTimeoutSeconds - 1);
                ++script_.counts.countdowns;
            } else if (roll < 0.06) {
                look(rng_.millis(8, countdownStart_ - 2));
            } else {
                look(rng_.millis(0.2, 6));
            }
        }
        if (rng_.chance(0.5)) {
            walkAway();
        } else {
            // The next visitor comes before the idle reset and finds the screen as it was.
            look(rng_.millis(1, countdownStart_ - 2));
            ++script_.counts.shortPauses;
        }
    }

    // Nobody for longer than the idle timeout: the attract loop must be back, in the start
    // language, with every access mode a visitor chose ended (the soak's kiosk starts with
    // none).
    void walkAway() {
        const double roll = rng_.unit();
        const double extra = roll < 0.7    ? rng_.between(0, 3 * 60)
                             : roll < 0.95 ? rng_.between(3 * 60, 20 * 60)
                                           : rng_.between(20 * 60, 90 * 60);
        // Not far past the end: a one-hour run stays about an hour.
        const double remaining = static_cast<double>(endFrame_ - frame_) / kFramesPerSecond;
        const double idle = options_.idleTimeoutSeconds + 1;
        wait(Duration(std::round(std::max(idle, std::min(idle + extra, remaining)))));
        emit(script::ExpectScreen{"attract"}, 0);
        emit(script::ExpectLang{options_.startLang}, 0);
        emit(script::ExpectAccess{}, 0);
        ++script_.counts.longPauses;
        onAttract_ = true;
        belief_ = Belief{options_.startLang};
    }

    // The day's new exhibition, as staff bring it (tests/e2e/usb-swap.sh): a visitor looks at
    // home, the stick goes in, the PIN, the import, "Byt nu", the stick comes out.
    void swap() {
        const Stick& stick =
            options_
                .sticks[static_cast<std::size_t>(script_.counts.swaps) % options_.sticks.size()];
        if (!onAttract_) {
            walkAway(); // the last visitor leaves first
        }
        ++script_.counts.swaps;
        comment(clockText() + ", USB swap " + std::to_string(script_.counts.swaps) + " to " +
                stick.dir);
        tap();
        emit(script::ExpectScreen{"home"}, 0);
        emit(script::UsbInsert{stick.dir}, 1);
        wait(Duration(0.5));
        emit(script::ExpectScreen{"import"}, 0);
        emit(script::ExpectText{"USB-minne hittat"}, 0);
        tapOn("Byt utställning");
        for (const char digit : options_.pin) {
            tapOn(std::string(1, digit));
        }
        tapOn("OK");
        wait(Duration(0.5));
        emit(script::ExpectText{"Klart: den nya utställningen är inläst"}, 0);
        tapOn("Byt nu");
        emit(script::ExpectScreen{"home"}, 0);
        if (!stick.homeText.empty()) {
            emit(script::ExpectText{stick.homeText}, 0);
        }
        emit(script::UsbRemove{}, 1);
        walkAway();
    }

    const MonkeyOptions& options_;
    Rng rng_;
    double width_, height_;
    std::int64_t frame_ = 0;
    std::int64_t lastTouch_ = 0;
    bool onAttract_ = true; // the kiosk starts on the attract loop
    std::int64_t endFrame_;
    std::int64_t dayFrames_;
    std::int64_t nextSwap_;
    double countdownStart_;
    Belief belief_;
    MonkeyScript script_;
};

} // namespace

const VisitorWords& visitorWords(core::Lang lang) {
    return kWords[static_cast<std::size_t>(lang)];
}

MonkeyScript generateMonkey(const MonkeyOptions& options) {
    return Generator(options).run();
}

std::string monkeyText(const MonkeyOptions& options, const MonkeyScript& script) {
    const MonkeyCounts& c = script.counts;
    std::string text = "# A week of visitors, simulated: written by vitrin-monkey, not by hand.\n";
    char line[768];
    std::snprintf(line, sizeof(line),
                  "# seed %llu, %g hours, %dx%d, idle timeout %g s, a swap every %g hours\n"
                  "# %d visitors: %d taps, %d double taps, %d swipes, %d pinches, %d long "
                  "presses, %d keys, %d language changes, %d A+, %d access screens, %d access "
                  "switches, %d listens, %d zooms, %d reader holds, %d reader choices, %d short "
                  "pauses, %d countdowns, %d long pauses, %d swaps\n",
                  static_cast<unsigned long long>(options.seed), options.hours, options.width,
                  options.height, options.idleTimeoutSeconds, options.dayHours, c.visitors, c.taps,
                  c.doubleTaps, c.swipes, c.pinches, c.longPresses, c.keys, c.languageChanges,
                  c.largerText, c.accessScreens, c.accessSwitches, c.listens, c.zooms,
                  c.readerHolds, c.readerChoices, c.shortPauses, c.countdowns, c.longPauses,
                  c.swaps);
    text += line;
    for (const std::string& scriptLine : script.lines) {
        text += scriptLine;
        text += '\n';
    }
    return text;
}

} // namespace vitrin::soak
