#pragma once
// The history as a horizontal line of years spaced by time, then the entries without a year
// grouped by theme; a tap on an entry opens it.

#include "ui/Kinetic.h"
#include "ui/Screen.h"

namespace vitrin::ui {

// Where each card of a timeline goes along the line, from the line's start.
struct TimelinePlan {
    struct Card {
        size_t item;
        float x;
        std::string label; // the year where it changes, a theme's name where a group starts
        bool onAxis;       // dated: marked on the line of years
    };
    std::vector<Card> cards;
    std::vector<float> emptyYearTicks;
    float axisEnd = 0; // where the dated entries end
    float width = 0;
};
// At most this many empty years widen a gap between entries.
inline constexpr int kMaxEmptyYears = 4;
// Dated entries in their order, each year without an entry widening the gap by a fifth of a
// card; then the undated ones grouped by their theme in lang, in the order themes appear.
TimelinePlan planTimeline(const std::vector<content::Item>& items, core::Lang lang, float cardWidth,
                          float gap);

class TimelineScreen final : public Screen {
  public:
    explicit TimelineScreen(size_t section) : section_(section) {}
    std::string_view name() const override { return "timeline"; }
    void build(SceneBuilder& scene, const ScreenContext& context) const override;
    std::optional<Command> onGesture(const Gesture& gesture, const ScreenContext& context) override;
    void update(const ScreenContext& context) override { scroll_.update(context.now); }
    bool isAnimating(core::TimePoint) const override { return scroll_.isMoving(); }
    std::optional<size_t> shownSection() const override { return section_; }

  private:
    float cardWidth(const ScreenContext& context) const;
    size_t section_;
    Kinetic scroll_;
};

// One timeline entry: its year, title, text (scrolled when long) and picture.
class EntryScreen final : public Screen {
  public:
    EntryScreen(size_t section, size_t item) : section_(section), item_(item) {}
    std::string_view name() const override { return "entry"; }
    void build(SceneBuilder& scene, const ScreenContext& context) const override;
    std::optional<Command> onGesture(const Gesture& gesture, const ScreenContext& context) override;
    void update(const ScreenContext& context) override { text_.update(context.now); }
    bool isAnimating(core::TimePoint) const override { return text_.isMoving(); }
    std::optional<size_t> shownSection() const override { return section_; }
    std::optional<size_t> shownItem() const override { return item_; }
    std::optional<Spoken> spoken(const ScreenContext& context) const override;

  private:
    struct Areas {
        Rect picture, text;
    };
    Areas areas(const ScreenContext& context) const;
    Rect textView(const ScreenContext& context) const;

    size_t section_;
    size_t item_;
    Kinetic text_;
    mutable float textRange_ = 0; // learnt while building: how far the text can scroll
};

} // namespace vitrin::ui
