#include "ui/Kiosk.h"

#include "core/Words.h"

#include "ui/AboutScreen.h"
#include "ui/AccessScreen.h"
#include "ui/AttractScreen.h"
#include "ui/GalleryScreen.h"
#include "ui/HomeScreen.h"
#include "ui/ImportScreen.h"
#include "ui/Strings.h"
#include "ui/Theme.h"
#include "ui/TimelineScreen.h"
#include "ui/ViewerScreen.h"

#include <algorithm>
#include <cmath>

namespace vitrin::ui {

Kiosk::Kiosk(content::Exhibition exhibition, Layout layout, const TextMeasurer& measurer,
             core::TimePoint now, std::string today)
    : exhibition_(std::move(exhibition)), layout_(std::move(layout)), measurer_(measurer),
      gestures_(layout_.scale()), lang_(exhibition_.defaultLanguage), now_(now), lastInput_(now),
      today_(std::move(today)) {
    screens_.push_back(std::make_unique<AttractScreen>(exhibition_, now_, access_.reducedMotion));
}

ScreenContext Kiosk::context() const {
    return ScreenContext{exhibition_, lang_, layout_, now_, today_, venue_, access_, speaking_};
}

double Kiosk::idleSeconds() const {
    return static_cast<double>(exhibition_.idleTimeout.count());
}

bool Kiosk::isCountingDown() const {
    const double countdownStart = idleSeconds() - std::min(kCountdownSeconds, idleSeconds() / 3);
    return holdingCountdown_ || (screenName() != "attract" && !screens_.back()->holdsIdle() &&
                                 (now_ - lastInput_).count() >= countdownStart);
}

void Kiosk::touched() {
    lastInput_ = now_;
    dirty_ = true;
}

void Kiosk::feed(const PointerEvent& event) {
    now_ = std::max(now_, event.time);
    if (event.phase == PointerEvent::Phase::Down && isCountingDown()) {
        holdingCountdown_ = true;
    }
    if (event.phase == PointerEvent::Phase::Cancel) {
        dirty_ = true; // a cancel (focus lost) ends gestures but is no sign of a visitor
    } else {
        touched();
    }
    for (const Gesture& gesture : gestures_.feed(event)) {
        handle(gesture);
    }
    if (!gestures_.isTouching()) {
        holdingCountdown_ = false;
    }
}

void Kiosk::handle(const Gesture& gesture) {
    if (std::holds_alternative<StaffCall>(gesture)) {
        dispatch(OpenStaff{});
        return;
    }
    if (std::holds_alternative<TwoFingerHold>(gesture)) {
        if (screenName() == "attract") {
            dispatch(Wake{});
        }
        dispatch(ToggleAccess{AccessFeature::ScreenReader});
        return;
    }
    if (access_.screenReader && screenName() != "attract" && readerHandles(gesture)) {
        return;
    }
    if (screenName() == "attract") {
        // Any touch wakes the kiosk, whatever the gesture.
        if (std::holds_alternative<Tap>(gesture) || std::holds_alternative<LongPress>(gesture) ||
            std::holds_alternative<DoubleTap>(gesture) ||
            (std::holds_alternative<Pan>(gesture) &&
             std::get<Pan>(gesture).phase == GesturePhase::Ended)) {
            dispatch(Wake{});
        }
        return;
    }
    std::optional<Point> tapAt;
    if (const auto* tap = std::get_if<Tap>(&gesture)) {
        tapAt = tap->pos;
    } else if (const auto* doubleTap = std::get_if<DoubleTap>(&gesture)) {
        tapAt = doubleTap->pos; // the second tap of a quick pair still presses buttons
    }
    if (tapAt) {
        if (const HitRegion* hit = scene().hitAt(*tapAt)) {
            dispatch(hit->command);
            return;
        }
    }
    if (auto command = screens_.back()->onGesture(gesture, context())) {
        dispatch(*command);
    }
}

bool Kiosk::readerHandles(const Gesture& gesture) {
    const std::optional<ScreenReader::Outcome> outcome = reader_.onGesture(
        gesture, [this]() -> const Scene& { return scene(); }, lang_, now_);
    if (!outcome) {
        return false;
    }
    followReader(*outcome);
    return true;
}

void Kiosk::followReader(const ScreenReader::Outcome& outcome) {
    if (!outcome.say.empty()) {
        say(outcome.say);
    }
    if (outcome.command) {
        dispatch(*outcome.command);
    }
    if (!outcome.say.empty()) {
        dirty_ = true; // the focus frame moves
    }
}

void Kiosk::say(std::string text) {
    say(Spoken{std::move(text), lang_, {}});
}

void Kiosk::say(const Spoken& spoken) {
    if (speech_ != nullptr && !spoken.text.empty()) {
        speech_->say(spoken);
        speaking_ = true;
        dirty_ = true;
    }
}

void Kiosk::stopSpeech() {
    if (speech_ != nullptr) {
        speech_->stop();
    }
}

void Kiosk::toggle(AccessFeature feature) {
    switch (feature) {
    case AccessFeature::LargeText:
        access_.largeText = !access_.largeText;
        break;
    case AccessFeature::HighContrast:
        access_.highContrast = !access_.highContrast;
        break;
    case AccessFeature::ReducedMotion:
        access_.reducedMotion = !access_.reducedMotion;
        break;
    case AccessFeature::ScreenReader:
        access_.screenReader = !access_.screenReader;
        reader_.reset();
        dirty_ = true;
        say(access_.screenReader
                ? std::string(tr(StringId::ScreenReaderOn, lang_)) + " " + scene().heading
                : std::string(tr(StringId::ScreenReaderOff, lang_)));
        break;
    }
}

void Kiosk::dispatch(const Command& command) {
    touched();
    const Screen* before = screens_.back().get();
    const ScreenContext ctx = context();
    if (std::holds_alternative<Wake>(command) || std::holds_alternative<GoHome>(command)) {
        screens_.clear();
        screens_.push_back(std::make_unique<HomeScreen>());
    } else if (std::holds_alternative<GoBack>(command)) {
        if (screens_.size() > 1) {
            screens_.pop_back();
        }
    } else if (const auto* open = std::get_if<OpenSection>(&command)) {
        if (open->section < exhibition_.sections.size()) {
            if (exhibition_.sections[open->section].kind == content::SectionKind::Timeline) {
                screens_.push_back(std::make_unique<TimelineScreen>(open->section));
            } else {
                screens_.push_back(std::make_unique<GalleryScreen>(open->section));
            }
        }
    } else if (const auto* item = std::get_if<OpenItem>(&command)) {
        if (item->section < exhibition_.sections.size() &&
            item->item < exhibition_.sections[item->section].items.size()) {
            if (exhibition_.sections[item->section].kind == content::SectionKind::Timeline) {
                screens_.push_back(std::make_unique<EntryScreen>(item->section, item->item));
            } else {
                screens_.push_back(std::make_unique<ViewerScreen>(item->section, item->item));
            }
        }
    } else if (std::holds_alternative<OpenAbout>(command)) {
        screens_.push_back(std::make_unique<AboutScreen>());
    } else if (std::holds_alternative<OpenAccess>(command)) {
        screens_.push_back(std::make_unique<AccessScreen>());
    } else if (const auto* toggled = std::get_if<ToggleAccess>(&command)) {
        toggle(toggled->feature);
    } else if (std::holds_alternative<Listen>(command)) {
        if (speaking_) {
            stopSpeech();
        } else if (std::optional<Spoken> spoken = screens_.back()->spoken(ctx)) {
            say(*spoken);
        }
    } else if (const auto* language = std::get_if<SetLanguage>(&command)) {
        lang_ = language->lang;
    } else if (const auto* import = std::get_if<ImportAction>(&command)) {
        if (importHandler_) {
            importHandler_(*import);
        }
    } else if (std::holds_alternative<OpenStaff>(command)) {
        if (staffHandler_) {
            staffHandler_();
        }
    } else if (std::holds_alternative<StayLonger>(command)) {
        // touched() above already restarted the idle time.
    } else {
        screens_.back()->handleCommand(command, ctx);
    }
    if (screens_.back().get() != before) {
        // Speech belongs to the screen it was asked on; the screen reader names the new one.
        stopSpeech();
        reader_.reset();
        if (access_.screenReader && screenName() != "import") {
            say(scene().heading);
        }
    }
}

void Kiosk::resetToAttract() {
    stopSpeech();
    access_ = accessDefaults_;
    reader_.reset();
    screens_.clear();
    screens_.push_back(std::make_unique<AttractScreen>(exhibition_, now_, access_.reducedMotion));
    lang_ = exhibition_.defaultLanguage;
    lastInput_ = now_;
    dirty_ = true;
}

void Kiosk::replaceExhibition(content::Exhibition exhibition) {
    exhibition_ = std::move(exhibition);
    if (screenName() == "attract") {
        resetToAttract();
        return;
    }
    screens_.clear();
    screens_.push_back(std::make_unique<HomeScreen>());
    if (std::find(exhibition_.languages.begin(), exhibition_.languages.end(), lang_) ==
        exhibition_.languages.end()) {
        lang_ = exhibition_.defaultLanguage;
    }
    dirty_ = true;
}

void Kiosk::showImport(const ImportView& view) {
    if (!isShowingImport()) {
        screens_.push_back(std::make_unique<ImportScreen>(view));
    }
    dirty_ = true;
}

void Kiosk::closeImport() {
    while (isShowingImport()) {
        screens_.pop_back();
    }
    dirty_ = true;
}

bool Kiosk::isShowingImport() const {
    return screenName() == "import";
}

std::string_view Kiosk::visitorScreenName() const {
    return visitorView().screen;
}

Kiosk::VisitorView Kiosk::visitorView() const {
    for (auto screen = screens_.rbegin(); screen != screens_.rend(); ++screen) {
        if ((*screen)->name() != "import") {
            return VisitorView{(*screen)->name(),
                               (*screen)->shownSection(),
                               (*screen)->shownItem(),
                               (*screen)->isZoomed(),
                               lang_,
                               lastInput_};
        }
    }
    return VisitorView{"attract", std::nullopt, std::nullopt, false, lang_, lastInput_};
}

void Kiosk::setImportHandler(std::function<void(const ImportAction&)> handler) {
    importHandler_ = std::move(handler);
}

void Kiosk::setStaffHandler(std::function<void()> handler) {
    staffHandler_ = std::move(handler);
}

void Kiosk::setAccessDefaults(AccessModes modes) {
    const bool wasDefault = access_ == accessDefaults_;
    accessDefaults_ = modes;
    if (screenName() == "attract") {
        resetToAttract();
    } else if (wasDefault) {
        access_ = modes;
    }
    dirty_ = true;
}

void Kiosk::update(core::TimePoint now) {
    const bool wasCountingDown = isCountingDown();
    now_ = std::max(now_, now);
    if (const bool speaking = speech_ != nullptr && speech_->isSpeaking(); speaking != speaking_) {
        speaking_ = speaking;
        dirty_ = true;
    }
    for (const Gesture& gesture : gestures_.update(now_)) {
        handle(gesture);
    }
    if (access_.screenReader && reader_.hasPendingTap() && screenName() != "attract") {
        followReader(reader_.update(scene(), lang_, now_));
    }
    if (!gestures_.isTouching()) {
        holdingCountdown_ = false; // a stale finger was cancelled
    }
    if (screens_.back()->holdsIdle()) {
        lastInput_ = now_; // the idle time starts when the screen lets go
    } else if (screenName() != "attract" && !gestures_.isTouching() &&
               (now_ - lastInput_).count() >= idleSeconds()) {
        resetToAttract();
    }
    // The update that ends an animation moves things one last time: that frame must be built.
    const bool wasAnimating = screens_.back()->isAnimating(now_);
    screens_.back()->update(context());
    if (wasCountingDown != isCountingDown() ||
        (wasAnimating && !screens_.back()->isAnimating(now_))) {
        dirty_ = true;
    }
    if (!wasCountingDown && isCountingDown() && access_.screenReader) {
        say(std::string(tr(StringId::StillThere, lang_)) + " " +
            std::string(tr(StringId::StayButton, lang_)));
    }
}

double Kiosk::animationFrameSeconds() const {
    if (screens_.back()->isAnimating(now_)) {
        return screens_.back()->frameSeconds();
    }
    if (speaking_) {
        return kSpeechCheckSeconds; // "Tyst" turns back into "Lyssna" when the reading ends
    }
    // The countdown only changes its number once a second.
    return isCountingDown() ? 0.25 : -1;
}

bool Kiosk::needsFrame() const {
    const double interval = animationFrameSeconds();
    return dirty_ || (interval >= 0 && (now_ - sceneBuilt_).count() >= interval);
}

double Kiosk::secondsUntilChange() const {
    if (needsFrame()) {
        return 0;
    }
    if (const double interval = animationFrameSeconds(); interval >= 0) {
        return std::max(0.0, interval - (now_ - sceneBuilt_).count());
    }
    if (screenName() == "attract") {
        return screens_.back()->secondsUntilAnimating(now_).value_or(3600);
    }
    const double countdownStart = idleSeconds() - std::min(kCountdownSeconds, idleSeconds() / 3);
    return std::max(0.0, countdownStart - (now_ - lastInput_).count());
}

void Kiosk::buildCountdown(SceneBuilder& builder) const {
    const Layout& layout = layout_;
    const auto width = static_cast<float>(layout.width);
    const auto height = static_cast<float>(layout.height);
    builder.fill({0, 0, width, height}, builder.palette().dim);
    const int secondsLeft =
        std::max(0, static_cast<int>(std::ceil(idleSeconds() - (now_ - lastInput_).count())));
    const std::string_view stay = tr(StringId::StayButton, lang_);
    const float boxWidth = std::min(width - 2 * layout.margin, 1100 * layout.scale());
    const float innerWidth = boxWidth - 2 * layout.margin;
    const float buttonWidth = std::min(
        innerWidth, std::max(layout.touchTarget * 4,
                             builder.measure(stay, FontRole::Button, true) + 3 * layout.gap));
    const float buttonHeight = layout.touchTarget * 1.2f;
    // The question, the seconds left large, what happens then, and the button: the box is as
    // tall as they are.
    const float questionHeight = builder.lineHeight(FontRole::Heading) * 2;
    const float numberHeight = builder.lineHeight(FontRole::Number);
    const float sentenceHeight = builder.lineHeight(FontRole::Body) * 2;
    const float boxHeight = 2 * layout.margin + questionHeight + numberHeight + sentenceHeight +
                            layout.gap + buttonHeight;
    const Rect box{(width - boxWidth) / 2, (height - boxHeight) / 2, boxWidth, boxHeight};
    builder.fill(box, builder.palette().surface);
    const Rect inner = box.inset(layout.margin);
    float y = inner.y;
    builder.text({inner.x, y, inner.w, questionHeight}, tr(StringId::StillThere, lang_),
                 {FontRole::Heading, true, builder.palette().text, Align::Centre, true});
    y += questionHeight;
    builder.text({inner.x, y, inner.w, numberHeight}, std::to_string(secondsLeft),
                 {FontRole::Number, true, builder.palette().accent, Align::Centre});
    y += numberHeight;
    builder.text({inner.x, y, inner.w, sentenceHeight},
                 std::string(tr(StringId::SecondsLeft, lang_)) + " " +
                     core::countText(secondsLeft, core::Counted::Seconds, lang_),
                 {FontRole::Body, false, builder.palette().text, Align::Centre});
    builder.button({box.centre().x - buttonWidth / 2, inner.bottom() - buttonHeight, buttonWidth,
                    buttonHeight},
                   stay, StayLonger{}, builder.palette().accent, builder.palette().onAccent);
    // The whole dimmed screen counts as "still here": any touch keeps the visitor's place.
    builder.scene().hits.insert(builder.scene().hits.end() - 1,
                                HitRegion{{0, 0, width, height}, StayLonger{}, ""});
}

const Scene& Kiosk::scene() {
    if (!needsFrame() && !scene_.screen.empty()) {
        return scene_;
    }
    scene_ = Scene{};
    scene_.screen = std::string(screenName());
    // The attract loop's words are display-sized already and stay so: larger, they would not
    // fit the screen beside the picture.
    AccessModes modes = access_;
    modes.largeText = modes.largeText && screenName() != "attract";
    SceneBuilder builder(scene_, layout_, measurer_, modes);
    screens_.back()->build(builder, context());
    if (isCountingDown()) {
        buildCountdown(builder);
    }
    if (access_.screenReader) {
        if (const std::optional<Rect> focus = reader_.focus(scene_, lang_)) {
            const float ring = 3 * layout_.scale();
            builder.outline(Rect{focus->x - 2 * ring, focus->y - 2 * ring, focus->w + 4 * ring,
                                 focus->h + 4 * ring},
                            builder.palette().focus);
        }
    }
    dirty_ = false;
    sceneBuilt_ = now_;
    return scene_;
}

} // namespace vitrin::ui
