#include "ui/ScreenReader.h"

#include "ui/Strings.h"

#include <algorithm>
#include <cmath>

namespace vitrin::ui {

namespace {

bool sameElement(const Readable& a, const Readable& b) {
    // A screen rebuilt (scrolled, a new frame) moves things a little; the words stay.
    return a.text == b.text && std::abs(a.rect.x - b.rect.x) < 2 * a.rect.w + 1 &&
           std::abs(a.rect.y - b.rect.y) < 2 * a.rect.h + 1;
}

Rect linesBox(const TextElement& text) {
    float left = text.box.right(), top = text.box.bottom(), right = text.box.x, bottom = text.box.y;
    const float lineHeight = text.lines.size() > 1
                                 ? text.lines[1].pos.y - text.lines[0].pos.y
                                 : std::min(text.box.h, text.box.bottom() - text.lines[0].pos.y);
    for (const TextLine& line : text.lines) {
        left = std::min(left, line.pos.x);
        top = std::min(top, line.pos.y);
        right = std::max(right, line.pos.x + line.width);
        bottom = std::max(bottom, line.pos.y + lineHeight);
    }
    return Rect{left, top, right - left, bottom - top}.intersect(text.box);
}

} // namespace

std::vector<Readable> readingOrder(const Scene& scene, core::Lang lang) {
    std::vector<Readable> order;
    for (const HitRegion& hit : scene.hits) {
        if (!hit.label.empty()) {
            order.push_back({hit.rect, hit.label + ", " + std::string(tr(StringId::Button, lang)),
                             hit.command});
        }
    }
    for (const Element& element : scene.elements) {
        const auto* text = std::get_if<TextElement>(&element);
        if (text == nullptr || text->lines.empty() || text->alpha <= 0.05f) {
            continue;
        }
        const Rect box = linesBox(*text);
        const bool isButtonFace =
            std::any_of(scene.hits.begin(), scene.hits.end(), [&](const HitRegion& hit) {
                return !hit.label.empty() && hit.rect.contains(box.centre());
            });
        if (!isButtonFace && box.w > 0 && box.h > 0) {
            order.push_back({box, text->text, std::nullopt});
        }
    }
    // Rows: things whose tops are within half a line of each other read left to right.
    std::stable_sort(order.begin(), order.end(), [](const Readable& a, const Readable& b) {
        const float rowTolerance = std::min(a.rect.h, b.rect.h) / 2;
        if (std::abs(a.rect.y - b.rect.y) > rowTolerance) {
            return a.rect.y < b.rect.y;
        }
        return a.rect.x < b.rect.x;
    });
    return order;
}

std::optional<size_t> ScreenReader::focusIndex(const std::vector<Readable>& order) const {
    if (!focused_) {
        return std::nullopt;
    }
    for (size_t i = 0; i < order.size(); ++i) {
        if (sameElement(order[i], *focused_)) {
            return i;
        }
    }
    return std::nullopt;
}

ScreenReader::Outcome ScreenReader::readAt(const std::vector<Readable>& order, size_t index) {
    focused_ = order[index];
    return {order[index].text, std::nullopt};
}

std::optional<ScreenReader::Outcome>
ScreenReader::onGesture(const Gesture& gesture, const std::function<const Scene&()>& currentScene,
                        core::Lang lang, core::TimePoint now) {
    if (const auto* tap = std::get_if<Tap>(&gesture)) {
        pendingTap_ = tap->pos;
        pendingSince_ = now;
        return Outcome{};
    }
    if (std::holds_alternative<DoubleTap>(gesture)) {
        pendingTap_.reset();
        const std::vector<Readable> order = readingOrder(currentScene(), lang);
        const std::optional<size_t> index = focusIndex(order);
        if (!index) {
            return Outcome{};
        }
        if (order[*index].command) {
            return Outcome{"", order[*index].command};
        }
        return Outcome{order[*index].text, std::nullopt};
    }
    if (std::holds_alternative<LongPress>(gesture)) {
        return Outcome{};
    }
    if (const auto* pan = std::get_if<Pan>(&gesture)) {
        const float dx = pan->pos.x - pan->start.x;
        const float dy = pan->pos.y - pan->start.y;
        if (pan->phase == GesturePhase::Began) {
            panIsReaders_ = std::abs(dx) >= std::abs(dy);
        }
        if (!panIsReaders_) {
            return std::nullopt; // scrolls, as without the reader
        }
        if (pan->phase != GesturePhase::Ended) {
            return Outcome{};
        }
        panIsReaders_ = false;
        const std::vector<Readable> order = readingOrder(currentScene(), lang);
        if (order.empty()) {
            return Outcome{};
        }
        const std::optional<size_t> index = focusIndex(order);
        // A swipe to the right moves on, as on a phone.
        if (dx > 0) {
            return readAt(order, index ? std::min(*index + 1, order.size() - 1) : 0);
        }
        return readAt(order, index && *index > 0 ? *index - 1 : 0);
    }
    return std::nullopt;
}

ScreenReader::Outcome ScreenReader::update(const Scene& scene, core::Lang lang,
                                           core::TimePoint now) {
    if (!pendingTap_ || (now - pendingSince_).count() < doubleTapSeconds_) {
        return {};
    }
    const Point at = *pendingTap_;
    pendingTap_.reset();
    const std::vector<Readable> order = readingOrder(scene, lang);
    // The smallest element under the finger: a button before the panel it sits on.
    std::optional<size_t> best;
    for (size_t i = 0; i < order.size(); ++i) {
        if (order[i].rect.contains(at) &&
            (!best ||
             order[i].rect.w * order[i].rect.h < order[*best].rect.w * order[*best].rect.h)) {
            best = i;
        }
    }
    if (!best) {
        return {};
    }
    return readAt(order, *best);
}

std::optional<Rect> ScreenReader::focus(const Scene& scene, core::Lang lang) const {
    const std::vector<Readable> order = readingOrder(scene, lang);
    if (const std::optional<size_t> index = focusIndex(order)) {
        return order[*index].rect;
    }
    return std::nullopt;
}

void ScreenReader::reset() {
    focused_.reset();
    pendingTap_.reset();
    panIsReaders_ = false;
}

} // namespace vitrin::ui
