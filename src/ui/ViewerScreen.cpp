#include "ui/ViewerScreen.h"

#include "imaging/Resize.h"
#include "ui/ScrollingText.h"
#include "ui/Strings.h"
#include "ui/Theme.h"

#include <algorithm>
#include <cmath>

namespace vitrin::ui {

namespace {
// Past this share of the picture's width, or this fast, a swipe turns the page.
constexpr float kTurnFraction = 0.18f;
constexpr float kTurnVelocity = 600; // px/s at 1080p
// Slower than this, a zoomed picture stops with the finger instead of gliding on.
constexpr float kGlideVelocity = 60; // px/s at 1080p

// The picture as displayed (EXIF orientation applied); 0 x 0 when not known.
imaging::Size displayedSize(const content::Item& item) {
    const bool turned = item.exifOrientation >= 5 && item.exifOrientation <= 8;
    return turned ? imaging::Size{item.height, item.width} : imaging::Size{item.width, item.height};
}

// The sharper picture behind a deep zoom and the width of the display-size one it replaces.
struct DeepZoom {
    ImageKey key;
    float displayWidth = 0;
};

// None when the display-size picture already holds every pixel of the file.
std::optional<DeepZoom> deepZoomFor(const content::Item& item, const Layout& layout) {
    const imaging::Size size = displayedSize(item);
    if (item.image.empty() || size.width <= 0 || size.height <= 0) {
        return std::nullopt;
    }
    // The same fitting the decoder applies to displayKey.
    const imaging::Size display =
        imaging::fitInside(size.width, size.height, layout.width, layout.height);
    const double pixels = static_cast<double>(size.width) * size.height;
    const double shrink = std::min(1.0, std::sqrt(ViewerScreen::kDetailMaxPixels / pixels));
    const int width = std::max(1, static_cast<int>(size.width * shrink));
    const int height = std::max(1, static_cast<int>(size.height * shrink));
    if (width <= display.width) {
        return std::nullopt;
    }
    return DeepZoom{{item.image, width, height}, static_cast<float>(display.width)};
}

float easeOut(double t) {
    return static_cast<float>(1 - std::pow(1 - std::min(1.0, t), 3)); // cubic
}
} // namespace

size_t ViewerScreen::itemCount(const ScreenContext& context) const {
    return context.exhibition.sections[section_].items.size();
}

float ViewerScreen::positionHeight(const Layout& layout) {
    return layout.text.caption * 1.4f + layout.gap / 2;
}

ViewerScreen::Areas ViewerScreen::areas(const ScreenContext& context) const {
    const Layout& layout = context.layout;
    const Rect area = contentArea(layout);
    // The position stands in its own strip under the picture, never over the artwork.
    const float strip = positionHeight(layout) + layout.gap;
    // Without the text the picture has the whole area.
    if (!captionVisible_) {
        return {{area.x, area.y, area.w, area.h - strip}, {}};
    }
    if (layout.isPortrait()) {
        const float panelHeight = area.h * 0.36f;
        return {{area.x, area.y, area.w, area.h - panelHeight - layout.gap - strip},
                {area.x, area.bottom() - panelHeight, area.w, panelHeight}};
    }
    // Larger text gets a wider column, so that a long word still fits its line.
    const float panelWidth = area.w * (context.access.largeText ? 0.4f : 0.32f);
    return {{area.x, area.y, area.w - panelWidth - layout.gap, area.h - strip},
            {area.right() - panelWidth, area.y, panelWidth, area.h}};
}

Rect ViewerScreen::captionView(const ScreenContext& context) const {
    const Layout& layout = context.layout;
    const Rect inner = areas(context).panel.inset(layout.gap);
    const float buttonRow = layout.touchTarget + layout.gap;
    return {inner.x, inner.y, inner.w, std::max(0.f, inner.h - buttonRow)};
}

void ViewerScreen::syncViewport(const ScreenContext& context) {
    const Rect box = areas(context).picture;
    const imaging::Size size = displayedSize(context.exhibition.sections[section_].items[item_]);
    // Without a known size the picture is taken to be the box's shape.
    if (size.width > 0 && size.height > 0) {
        viewport_.setFrame(box, static_cast<float>(size.width), static_cast<float>(size.height));
    } else {
        viewport_.setFrame(box, box.w, box.h);
    }
}

void ViewerScreen::noteZoom(const ScreenContext& context) {
    const auto deep =
        deepZoomFor(context.exhibition.sections[section_].items[item_], context.layout);
    if (deep && viewport_.pictureRect().w > deep->displayWidth * kDeepZoomScale) {
        detailWanted_ = true;
    }
}

void ViewerScreen::buildPicture(SceneBuilder& scene, const ScreenContext& context, size_t item,
                                float dx) const {
    const content::Item& entry = context.exhibition.sections[section_].items[item];
    const Rect picture = areas(context).picture;
    Rect box{picture.x + dx, picture.y, picture.w, picture.h};
    if (entry.image.empty() || !box.intersects(picture)) {
        return;
    }
    ImageElement image;
    image.box = box;
    image.key = displayKey(entry.image, context.layout);
    if (item == item_) {
        image.zoom = viewport_.zoom();
        image.focus = viewport_.focus();
        if (detailWanted_) {
            if (const auto deep = deepZoomFor(entry, context.layout)) {
                image.detail = deep->key;
            }
        }
    }
    scene.image(image);
}

void ViewerScreen::buildCaption(SceneBuilder& scene, const ScreenContext& context,
                                const Rect& panel) const {
    const Layout& layout = context.layout;
    const content::Item& item = context.exhibition.sections[section_].items[item_];
    const core::Lang lang = context.lang;
    scene.fill(panel, scene.palette().surface);
    const Rect view = captionView(context);
    std::string byline = item.artist.in(lang);
    if (!item.age.empty()) {
        byline +=
            (byline.empty() ? "" : ", ") + item.age + " " + std::string(tr(StringId::Age, lang));
    }
    const std::string& title = item.title.in(lang);
    const TextStyle muted{FontRole::Body, false, scene.palette().textMuted};
    captionRange_ = buildScrollingText(
        scene, view,
        {{title, {headingOrSmaller(scene, title, view.w), true, scene.palette().text}},
         {byline, muted, layout.gap / 2},
         {item.school.in(lang), muted, byline.empty() ? layout.gap / 2 : 0},
         {item.description.in(lang), {FontRole::Body, false, scene.palette().text}, layout.gap}},
        caption_.offset(), scene.palette().surface);
}

void ViewerScreen::buildPosition(SceneBuilder& scene, const ScreenContext& context,
                                 const Rect& picture, const Rect& avoid) const {
    const Layout& layout = context.layout;
    const size_t count = itemCount(context);
    const std::string label = std::to_string(item_ + 1) + " / " + std::to_string(count);
    // A dot for each picture while they fit in a glance; beyond that a bar filled to here.
    const float dot = 14 * layout.scale();
    const float pitch = dot * 1.9f;
    const bool dots = count <= kMaxDots;
    const float track = dots ? static_cast<float>(count) * pitch : kMaxDots * pitch;
    const float height = positionHeight(layout);
    const float labelWidth = scene.measure(label, FontRole::Caption, true);
    const float width = height / 2 + track + layout.gap / 2 + labelWidth + height / 2;
    Rect pill{picture.x + (picture.w - width) / 2, picture.bottom() + layout.gap, width, height};
    if (avoid.w > 0 && pill.right() > avoid.x - layout.gap) {
        pill.x = avoid.x - layout.gap - pill.w;
        if (pill.x < picture.x) {
            pill.x = picture.x + (picture.w - width) / 2;
            pill.y = avoid.y - layout.gap / 2 - height;
        }
    }
    // Round ends: a disc at each, the middle filled between their centres.
    scene.icon({pill.x, pill.y, height, height}, Icon::Disc, scene.palette().positionPill);
    scene.icon({pill.right() - height, pill.y, height, height}, Icon::Disc,
               scene.palette().positionPill);
    scene.fill({pill.x + height / 2, pill.y, pill.w - height, height},
               scene.palette().positionPill);
    float x = pill.x + height / 2;
    const float centreY = pill.y + height / 2;
    if (dots) {
        for (size_t i = 0; i < count; ++i) {
            const bool current = i == item_;
            const float side = current ? dot * 1.35f : dot;
            const float cx = x + (static_cast<float>(i) + 0.5f) * pitch;
            scene.icon({cx - side / 2, centreY - side / 2, side, side}, Icon::Disc,
                       current ? scene.palette().accent : scene.palette().textMuted,
                       current ? 1.f : 0.55f);
        }
    } else {
        const float bar = dot / 2;
        scene.fill({x, centreY - bar / 2, track, bar}, scene.palette().placeholder);
        const float done = track * static_cast<float>(item_ + 1) / static_cast<float>(count);
        scene.fill({x, centreY - bar / 2, done, bar}, scene.palette().accent);
    }
    x += track + layout.gap / 2;
    scene.text({x, pill.y, labelWidth + 1, height}, label,
               {FontRole::Caption, true, scene.palette().text, Align::Left, true});
}

void ViewerScreen::build(SceneBuilder& scene, const ScreenContext& context) const {
    const Layout& layout = context.layout;
    const auto& items = context.exhibition.sections[section_].items;
    const Areas a = areas(context);
    const float pageWidth = a.picture.w + layout.gap;
    buildPicture(scene, context, item_, offset_);
    if (offset_ > 0 && item_ > 0) {
        buildPicture(scene, context, item_ - 1, offset_ - pageWidth);
    }
    if (offset_ < 0 && item_ + 1 < items.size()) {
        buildPicture(scene, context, item_ + 1, offset_ + pageWidth);
    }
    for (size_t neighbour : {item_ - 1, item_ + 1}) {
        if (neighbour < items.size() && !items[neighbour].image.empty()) {
            scene.scene().prefetch.push_back(displayKey(items[neighbour].image, layout));
        }
    }
    // Neighbours slide in under the caption panel and the bar, which are drawn over them.
    if (captionVisible_) {
        buildCaption(scene, context, a.panel);
    }

    // The text switch: at the foot of the panel, or over the picture's corner without it.
    const std::string_view toggle =
        tr(captionVisible_ ? StringId::HideCaption : StringId::ShowCaption, context.lang);
    const float toggleWidth = scene.buttonWidth(toggle, true);
    const Rect toggleBox = captionVisible_
                               ? Rect{a.panel.right() - layout.gap - toggleWidth,
                                      a.panel.bottom() - layout.touchTarget - layout.gap / 2,
                                      toggleWidth, layout.touchTarget}
                               : Rect{a.picture.right() - toggleWidth,
                                      contentArea(layout).bottom() - layout.touchTarget,
                                      toggleWidth, layout.touchTarget};
    scene.button(toggleBox, toggle, ToggleCaption{}, scene.palette().button, scene.palette().text,
                 true, captionVisible_ ? Icon::TextHide : Icon::TextShow);
    // "Lyssna" reads the caption: at the panel's foot on the left, or beside the text switch;
    // only its icon where the panel is too narrow for both words.
    float listenWidth = listenButtonWidth(scene, context);
    if (captionVisible_ && listenWidth + layout.gap + toggleWidth > a.panel.w - 2 * layout.gap) {
        listenWidth = layout.touchTarget * 1.1f;
    }
    const Rect listenBox = captionVisible_
                               ? Rect{a.panel.x + layout.gap, toggleBox.y, listenWidth, toggleBox.h}
                               : Rect{toggleBox.x - layout.gap / 2 - listenWidth, toggleBox.y,
                                      listenWidth, toggleBox.h};
    buildListenButton(scene, context, listenBox);

    // Previous and next as round buttons on the picture's edges, visible on any picture:
    // halfway up it, or where the controls must be low at its foot, clear of the buttons.
    const float arrow = layout.touchTarget * 1.15f;
    const float inset = layout.gap / 2;
    float arrowY = a.picture.y + (a.picture.h - arrow) / 2;
    if (layout.controlsLow()) {
        arrowY = std::max(a.picture.bottom() - arrow - inset, layout.reachTop() - arrow / 2);
        if (!captionVisible_) {
            arrowY = std::min(arrowY, toggleBox.y - inset - arrow);
        }
    }
    if (item_ > 0) {
        scene.iconButton({a.picture.x + inset, arrowY, arrow, arrow}, Icon::Previous,
                         std::string(tr(StringId::Previous, context.lang)), ShowPrevious{},
                         scene.palette().controlDisc, scene.palette().text);
    }
    if (item_ + 1 < items.size()) {
        scene.iconButton({a.picture.right() - inset - arrow, arrowY, arrow, arrow}, Icon::Next,
                         std::string(tr(StringId::Next, context.lang)), ShowNext{},
                         scene.palette().controlDisc, scene.palette().text);
    }
    // Zoom without pinching: in the picture's lower right corner (left of the next arrow where
    // that stands there too); "−" only while zoomed in.
    const float zoomSide = layout.touchTarget;
    float zoomX = a.picture.right() - inset - zoomSide;
    if (layout.controlsLow()) {
        zoomX -= arrow + inset;
    }
    float zoomY = layout.controlsLow() ? arrowY + (arrow - zoomSide) / 2
                                       : a.picture.bottom() - inset - zoomSide;
    if (!captionVisible_) {
        zoomY = std::min(zoomY, toggleBox.y - inset - zoomSide);
    }
    if (viewport_.zoom() < Viewport::kMaxZoom) {
        scene.iconButton({zoomX, zoomY, zoomSide, zoomSide}, Icon::ZoomIn,
                         std::string(tr(StringId::ZoomIn, context.lang)), ZoomIn{},
                         scene.palette().controlDisc, scene.palette().text);
    }
    if (viewport_.isZoomed()) {
        scene.iconButton({zoomX - inset - zoomSide, zoomY, zoomSide, zoomSide}, Icon::ZoomOut,
                         std::string(tr(StringId::ZoomOut, context.lang)), ZoomOut{},
                         scene.palette().controlDisc, scene.palette().text);
    }

    buildPosition(scene, context, a.picture,
                  captionVisible_
                      ? Rect{}
                      : Rect{toggleBox.x - layout.gap / 2 - listenWidth, toggleBox.y,
                             toggleBox.right() - toggleBox.x + layout.gap / 2 + listenWidth,
                             toggleBox.h});

    buildTopBar(scene, context, context.exhibition.sections[section_].title.in(context.lang), true);
}

void ViewerScreen::snapTo(float offset, core::TimePoint now) {
    animationFrom_ = offset;
    offset_ = offset;
    animationStart_ = now;
    animating_ = offset != 0;
}

void ViewerScreen::zoomTo(Point at, float zoom, core::TimePoint now) {
    gliding_ = false;
    zooming_ = true;
    zoomFrom_ = viewport_.zoom();
    zoomTo_ = zoom;
    zoomAnchorScreen_ = at;
    zoomAnchorPicture_ = viewport_.pictureAt(at);
    zoomStart_ = now;
}

void ViewerScreen::resetPicture() {
    viewport_.reset();
    detailWanted_ = false;
    zooming_ = false;
    gliding_ = false;
    caption_ = Kinetic{};
}

std::optional<Command> ViewerScreen::onGesture(const Gesture& gesture,
                                               const ScreenContext& context) {
    syncViewport(context);
    if (const auto* pan = std::get_if<Pan>(&gesture)) {
        return onPan(*pan, context);
    }
    if (const auto* pinch = std::get_if<Pinch>(&gesture)) {
        onPinch(*pinch, context);
    } else if (const auto* doubleTap = std::get_if<DoubleTap>(&gesture)) {
        // A second tap on a zoomed picture goes back to the whole picture.
        if (areas(context).picture.contains(doubleTap->pos)) {
            zoomTo(doubleTap->pos, viewport_.isZoomed() ? 1 : kDoubleTapZoom, context.now);
        }
    }
    return std::nullopt;
}

void ViewerScreen::onPinch(const Pinch& pinch, const ScreenContext& context) {
    switch (pinch.phase) {
    case GesturePhase::Began:
        zooming_ = false;
        gliding_ = false;
        pinchZoom_ = viewport_.zoom();
        pinchAnchor_ = viewport_.pictureAt(pinch.centre);
        break;
    case GesturePhase::Moved:
    case GesturePhase::Ended:
        // The picture point that was under the fingers stays under them as they move apart
        // and along: zoom and pan at once, as on a phone.
        viewport_.place(pinchAnchor_, pinch.centre, pinchZoom_ * pinch.scale);
        noteZoom(context);
        break;
    case GesturePhase::Cancelled:
        break;
    }
}

std::optional<Command> ViewerScreen::onPan(const Pan& pan, const ScreenContext& context) {
    if (pan.phase == GesturePhase::Began) {
        zooming_ = false;
        gliding_ = false;
        if (captionVisible_ && captionRange_ > 0 && captionView(context).contains(pan.start)) {
            drag_ = Drag::Caption;
        } else if (viewport_.isZoomed()) {
            drag_ = Drag::Picture;
        } else {
            drag_ = Drag::Page;
        }
    }
    const bool moving = pan.phase == GesturePhase::Began || pan.phase == GesturePhase::Moved;
    const Drag drag = drag_;
    if (!moving) {
        drag_ = Drag::None;
    }
    switch (drag) {
    case Drag::None:
        return std::nullopt;
    case Drag::Caption:
        caption_.setRange(0, captionRange_);
        caption_.follow(pan, Kinetic::Axis::Vertical, context.now);
        return std::nullopt;
    case Drag::Picture:
        if (moving) {
            viewport_.pan(pan.delta);
        } else if (pan.phase == GesturePhase::Ended &&
                   std::hypot(pan.velocity.x, pan.velocity.y) >
                       kGlideVelocity * context.layout.scale()) {
            gliding_ = true;
            glideVelocity_ = pan.velocity;
            glided_ = {};
            glideStart_ = context.now;
        }
        return std::nullopt;
    case Drag::Page:
        break;
    }

    const size_t count = itemCount(context);
    const float width = areas(context).picture.w;
    switch (pan.phase) {
    case GesturePhase::Began:
    case GesturePhase::Moved: {
        animating_ = false;
        const bool pastEnd = (offset_ + pan.delta.x > 0 && item_ == 0) ||
                             (offset_ + pan.delta.x < 0 && item_ + 1 >= count);
        // At the first and last picture the finger meets resistance instead of emptiness.
        offset_ += pastEnd ? pan.delta.x * 0.3f : pan.delta.x;
        return std::nullopt;
    }
    case GesturePhase::Ended: {
        const float turnVelocity = kTurnVelocity * context.layout.scale();
        if ((offset_ < -kTurnFraction * width || pan.velocity.x < -turnVelocity) &&
            item_ + 1 < count) {
            return ShowNext{};
        }
        if ((offset_ > kTurnFraction * width || pan.velocity.x > turnVelocity) && item_ > 0) {
            return ShowPrevious{};
        }
        snapTo(offset_, context.now);
        return std::nullopt;
    }
    case GesturePhase::Cancelled:
        snapTo(offset_, context.now);
        return std::nullopt;
    }
    return std::nullopt;
}

bool ViewerScreen::handleCommand(const Command& command, const ScreenContext& context) {
    const float pageWidth = areas(context).picture.w + context.layout.gap;
    if (std::holds_alternative<ShowNext>(command)) {
        if (item_ + 1 < itemCount(context)) {
            ++item_;
            resetPicture();
            // The new picture starts where it was as the right-hand neighbour.
            snapTo(offset_ + pageWidth, context.now);
        }
        return true;
    }
    if (std::holds_alternative<ShowPrevious>(command)) {
        if (item_ > 0) {
            --item_;
            resetPicture();
            snapTo(offset_ - pageWidth, context.now);
        }
        return true;
    }
    if (std::holds_alternative<ZoomIn>(command) || std::holds_alternative<ZoomOut>(command)) {
        // About the middle of what is in view, a step as large as a double tap's at most.
        const float step = std::holds_alternative<ZoomIn>(command) ? 2.f : 0.5f;
        syncViewport(context);
        zoomTo(areas(context).picture.centre(), viewport_.zoom() * step, context.now);
        return true;
    }
    if (std::holds_alternative<ToggleCaption>(command)) {
        captionVisible_ = !captionVisible_;
        syncViewport(context);
        return true;
    }
    return false;
}

std::optional<Spoken> ViewerScreen::spoken(const ScreenContext& context) const {
    const content::Item& item = context.exhibition.sections[section_].items[item_];
    const core::LocalText age =
        item.age.empty()
            ? core::LocalText{}
            : core::LocalText{item.age + " " + std::string(tr(StringId::Age, core::Lang::Sv)),
                              item.age + " " + std::string(tr(StringId::Age, core::Lang::En)),
                              item.age + " " + std::string(tr(StringId::Age, core::Lang::Ru))};
    Spoken spoken = speakParts({&item.title, &item.artist, &age, &item.school, &item.description},
                               context.lang);
    spoken.recording = item.recordings.in(context.lang);
    return spoken;
}

bool ViewerScreen::isAnimating(core::TimePoint) const {
    return animating_ || zooming_ || gliding_ || caption_.isMoving();
}

void ViewerScreen::update(const ScreenContext& context) {
    syncViewport(context);
    const core::TimePoint now = context.now;
    // With less motion a picture is in place at once, and a zoom jumps to its end.
    const bool still = context.access.reducedMotion;
    if (animating_) {
        const double t = still ? 1 : (now - animationStart_).count() / kSnapSeconds;
        offset_ = animationFrom_ * (1 - easeOut(t));
        if (t >= 1) {
            offset_ = 0;
            animating_ = false;
        }
    }
    if (zooming_) {
        const double t = still ? 1 : (now - zoomStart_).count() / kZoomSeconds;
        viewport_.place(zoomAnchorPicture_, zoomAnchorScreen_,
                        zoomFrom_ + (zoomTo_ - zoomFrom_) * easeOut(t));
        noteZoom(context);
        zooming_ = t < 1;
    }
    if (gliding_) {
        // The same exponential glide as a flung list.
        const double t = (now - glideStart_).count();
        const auto travelled = static_cast<float>(Kinetic::kTimeConstant *
                                                  (1 - std::exp(-t / Kinetic::kTimeConstant)));
        const Point to{glideVelocity_.x * travelled, glideVelocity_.y * travelled};
        const Point step{to.x - glided_.x, to.y - glided_.y};
        const Point before = viewport_.focus();
        viewport_.pan(step);
        glided_ = to;
        // Against the limits on both sides there is nothing left to glide.
        const bool stuck = std::hypot(step.x, step.y) > 0.01f && viewport_.focus().x == before.x &&
                           viewport_.focus().y == before.y;
        gliding_ = !stuck && t < 6 * Kinetic::kTimeConstant;
    }
    caption_.setRange(0, captionRange_);
    caption_.update(now);
}

} // namespace vitrin::ui
