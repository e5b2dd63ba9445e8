// The layout audit: every screen in every layout, language and accessibility mode, on the
// sample exhibition and on a stress exhibition, built with the real fonts. It checks what a
// visitor would notice: text that does not fit, touch targets under 80 px at 1080p, text
// contrast under 4.5:1 (7:1 in high contrast), text cut by the screen's edge, buttons on top
// of each other, and, where the controls must be low, a control out of reach from a
// wheelchair.

#include "content/ContentLoader.h"
#include "ui/Kiosk.h"
#include "ui/TextEngine.h"

#include <SDL_ttf.h>
#include <gtest/gtest.h>

#include <array>
#include <cmath>
#include <sstream>

using namespace vitrin;
using namespace vitrin::ui;

namespace {

const std::filesystem::path kSource(VITRIN_SOURCE_DIR);

// Relative luminance of an sRGB colour (WCAG 2).
double luminance(double r, double g, double b) {
    const auto linear = [](double c) {
        c /= 255.0;
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

struct Rgb {
    double r, g, b;
};

Rgb over(Color top, float alpha, Rgb below) {
    const double a = top.a / 255.0 * alpha;
    return {top.r * a + below.r * (1 - a), top.g * a + below.g * (1 - a),
            top.b * a + below.b * (1 - a)};
}

double contrast(Rgb a, Rgb b) {
    const double la = luminance(a.r, a.g, a.b);
    const double lb = luminance(b.r, b.g, b.b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// The worst contrast of text element `index` against what is drawn beneath it. A picture
// beneath may be any colour: both black and white are tried.
double worstContrast(const Scene& scene, size_t index) {
    const auto& text = std::get<TextElement>(scene.elements[index]);
    double worst = 21;
    for (const TextLine& line : text.lines) {
        const Point probe{line.pos.x + line.width / 2, line.pos.y + 4};
        for (const Rgb picture : {Rgb{0, 0, 0}, Rgb{255, 255, 255}}) {
            Rgb background{static_cast<double>(scene.background.r),
                           static_cast<double>(scene.background.g),
                           static_cast<double>(scene.background.b)};
            for (size_t i = 0; i < index; ++i) {
                if (const auto* fill = std::get_if<FillElement>(&scene.elements[i])) {
                    if (fill->rect.contains(probe)) {
                        background = over(fill->color, 1, background);
                    }
                } else if (const auto* image = std::get_if<ImageElement>(&scene.elements[i])) {
                    if (image->box.contains(probe)) {
                        background = over({static_cast<std::uint8_t>(picture.r),
                                           static_cast<std::uint8_t>(picture.g),
                                           static_cast<std::uint8_t>(picture.b), 255},
                                          image->alpha, background);
                    }
                }
            }
            const Rgb ink = over(text.style.color, text.alpha, background);
            worst = std::min(worst, contrast(ink, background));
        }
    }
    return worst;
}

content::Exhibition stressExhibition() {
    content::Exhibition exhibition;
    exhibition.summary = {"En mycket lång mening om vad utställningen visar, skriven för att pröva "
                          "hur startskärmen bryter raden när texten inte får plats på en rad",
                          "",
                          "Очень длинное предложение о том, что показывает выставка, чтобы "
                          "проверить перенос строк на главном экране"};
    exhibition.title = {"Mycket lång utställningstitel för att pröva radbrytningen på startskärmen",
                        "A very long exhibition title to try the line breaking on the start screen",
                        "Очень длинное название выставки для проверки переноса строк на экране"};
    std::string words;
    for (int i = 0; i < 300; ++i) {
        words += (i % 7 == 0 ? "достопримечательности " : "слово ");
    }
    exhibition.about = {words, words, words};
    exhibition.credits = {"Tack till\nKonstantin Konstantinopolskij\n" + words, "", words};
    const std::string longRussian =
        "Достопримечательности Иркутска глазами школьников: деревянные дома, церкви и мосты";
    for (int s = 0; s < 3; ++s) {
        content::Section section;
        section.title = {"Sektion med en lång titel nummer " + std::to_string(s + 1),
                         "Section with a long title number " + std::to_string(s + 1),
                         "Раздел с очень длинным названием номер " + std::to_string(s + 1)};
        section.kind = s == 2 ? content::SectionKind::Timeline : content::SectionKind::Gallery;
        const int count = s == 0 ? 200 : 40;
        for (int i = 0; i < count; ++i) {
            content::Item item;
            item.image = "/stress/" + std::to_string(i) + ".jpg";
            item.title = {"Titel " + std::to_string(i) + " " + longRussian, "",
                          longRussian + " " + std::to_string(i)};
            item.artist = {"Konstantin Konstantinopolskij", "", "Константин Константинопольский"};
            item.age = "15";
            item.school = {"Gymnasiet nr 47 med fördjupad matematik, Irkutsk", "",
                           "Гимназия № 47 с углублённым изучением математики, Иркутск"};
            item.description = {words, words, words};
            item.year =
                s == 2 ? std::to_string(1999 + i % 12) + "–" + std::to_string(2000 + i % 12) : "";
            item.date = s == 2 ? "13 februari 2009" : "";
            section.items.push_back(item);
        }
        exhibition.sections.push_back(section);
    }
    return exhibition;
}

content::Exhibition sampleExhibition() {
    return content::loadContentFolder(kSource / "media", {content::ImageCheck::Header, {}, {}})
        .exhibition;
}

// The controls a visitor needs, which must be within reach.
bool isControl(const Command& command) {
    return std::holds_alternative<GoBack>(command) || std::holds_alternative<GoHome>(command) ||
           std::holds_alternative<SetLanguage>(command) ||
           std::holds_alternative<ShowNext>(command) ||
           std::holds_alternative<ShowPrevious>(command) ||
           std::holds_alternative<ZoomIn>(command) || std::holds_alternative<ZoomOut>(command) ||
           std::holds_alternative<ToggleCaption>(command) ||
           std::holds_alternative<OpenAccess>(command) ||
           std::holds_alternative<ToggleAccess>(command) || std::holds_alternative<Listen>(command);
}

class Audit {
  public:
    Audit(const content::Exhibition& exhibition, const Layout& layout, core::Lang lang,
          AccessModes modes)
        : layout_(layout), lang_(lang), modes_(modes) {
        auto engine = TextEngine::open(kSource / "fonts", layout);
        EXPECT_TRUE(engine.ok());
        text_ = std::make_unique<TextEngine>(std::move(*engine));
        kiosk_ =
            std::make_unique<Kiosk>(exhibition, layout, *text_, core::TimePoint(0), "2026-11-26");
        kiosk_->setAccessDefaults(modes);
    }

    // Checks the current scene; adds one line per problem.
    void check(const std::string& state) {
        const Scene& scene = kiosk_->scene();
        const std::string where = layout_.name + (layout_.tall ? "-tall" : "") + "/" +
                                  std::string(core::langCode(lang_)) + "/" + modeName() + "/" +
                                  state + ": ";
        EXPECT_EQ(kiosk_->access(), modes_) << where << "the modes were lost";
        const float minimumTarget = 80 * layout_.scale();
        const Rect screen = layout_.bounds();
        for (size_t i = 0; i < scene.elements.size(); ++i) {
            const auto* text = std::get_if<TextElement>(&scene.elements[i]);
            if (text == nullptr || text->lines.empty()) {
                continue;
            }
            if (text->overflowed && !text->style.ellipsize) {
                problems_ << where << "text does not fit: '" << text->text.substr(0, 60) << "'\n";
            }
            for (const TextLine& line : text->lines) {
                if (line.width > text->box.w + 1) {
                    problems_ << where << "line wider than its box: '" << line.text << "'\n";
                }
                const Rect lineBox{line.pos.x, line.pos.y, line.width,
                                   text_->lineHeight(text->style.role, text->style.size)};
                const bool inside = lineBox.x >= -0.5f && lineBox.y >= -0.5f &&
                                    lineBox.right() <= screen.right() + 0.5f &&
                                    lineBox.bottom() <= screen.bottom() + 0.5f;
                if (!inside && !text->style.scrolled && lineBox.intersects(screen)) {
                    problems_ << where << "text cut by the screen edge: '" << line.text << "'\n";
                }
            }
            if (text->alpha > 0.05f) {
                const double ratio = worstContrast(scene, i);
                if (ratio < (modes_.highContrast ? 7.0 : 4.5)) {
                    problems_ << where << "contrast " << ratio << ":1 for '"
                              << text->text.substr(0, 40) << "'\n";
                }
            }
        }
        const Rect area = contentArea(layout_);
        for (const HitRegion& hit : scene.hits) {
            // A tile scrolled half out of view is smaller; scrolling brings it back.
            const bool partlyScrolledOut = hit.rect.y <= area.y + 1 ||
                                           hit.rect.bottom() >= area.bottom() - 1 ||
                                           hit.rect.x <= 0 || hit.rect.right() >= screen.right();
            if ((hit.rect.w < minimumTarget || hit.rect.h < minimumTarget) && !partlyScrolledOut) {
                problems_ << where << "touch target " << hit.rect.w << "x" << hit.rect.h << " for '"
                          << hit.label << "'\n";
            }
            if (isControl(hit.command) && hit.rect.centre().y < layout_.reachTop()) {
                problems_ << where << "out of reach from a wheelchair: '" << hit.label << "' at y "
                          << hit.rect.centre().y << "\n";
            }
        }
        // Buttons on top of each other: a finger would hit the wrong one.
        for (size_t i = 0; i < scene.hits.size(); ++i) {
            for (size_t j = i + 1; j < scene.hits.size(); ++j) {
                const HitRegion& a = scene.hits[i];
                const HitRegion& b = scene.hits[j];
                if (isControl(a.command) && isControl(b.command) &&
                    a.rect.intersect(b.rect).w > 1 && a.rect.intersect(b.rect).h > 1) {
                    problems_ << where << "buttons overlap: '" << a.label << "' and '" << b.label
                              << "'\n";
                }
            }
        }
        ++checked_;
    }

    void walk(const content::Exhibition& exhibition) {
        for (double t : {0.0, 1.5, 7.5}) {
            kiosk_->update(core::TimePoint(t));
            check("attract@" + std::to_string(t));
        }
        kiosk_->dispatch(Wake{});
        kiosk_->dispatch(SetLanguage{lang_});
        check("home");
        kiosk_->dispatch(OpenAccess{});
        check("access");
        kiosk_->dispatch(GoHome{});
        kiosk_->dispatch(OpenAbout{});
        check("about");
        scrollToEnd();
        check("about-end");
        kiosk_->dispatch(GoHome{});
        for (size_t s = 0; s < exhibition.sections.size(); ++s) {
            kiosk_->dispatch(OpenSection{s});
            check("section" + std::to_string(s));
            scrollToEnd();
            check("section" + std::to_string(s) + "-end");
            const size_t count = exhibition.sections[s].items.size();
            for (size_t item : {size_t{0}, count / 2, count - 1}) {
                if (item >= count) {
                    continue;
                }
                kiosk_->dispatch(OpenItem{s, item});
                check("section" + std::to_string(s) + "-item" + std::to_string(item));
                kiosk_->dispatch(ToggleCaption{});
                check("section" + std::to_string(s) + "-item" + std::to_string(item) +
                      "-nocaption");
                kiosk_->dispatch(GoBack{});
            }
            kiosk_->dispatch(GoHome{});
        }
        kiosk_->update(core::TimePoint(now_ + 80));
        check("countdown");
        kiosk_->dispatch(StayLonger{});
        walkImport(exhibition);
    }

    // The staff's USB import screens, in Swedish or English, over whatever was on screen.
    void walkImport(const content::Exhibition& exhibition) {
        ImportView view;
        view.lang = lang_ == core::Lang::Sv ? core::Lang::Sv : core::Lang::En;
        view.title = exhibition.title.in(view.lang);
        for (const content::Section& section : exhibition.sections) {
            view.sections.push_back({section.title.in(view.lang), section.items.size(),
                                     section.kind == content::SectionKind::Timeline});
        }
        view.warnings = 12;
        view.skipped = 3;
        view.isUsable = true;
        view.canRestore = true;
        view.pinLength = 8;
        view.pinMessage = "För många fel försök. Försök igen om 5 min.";
        view.fraction = 0.42;
        view.filesDone = 123;
        view.filesTotal = 456;
        view.bytesDone = 1'234'000'000;
        view.bytesTotal = 4'567'000'000;
        view.secondsLeft = 754;
        view.headline = "Utställningen byttes inte";
        view.notes = "Kioskens disk blev full. Utställningen är för stor; ta bort bilder eller "
                     "minska dem och försök igen.\nDu kan ta ut USB-minnet nu.";
        for (int i = 0; i < 200; ++i) {
            view.report += "Visas inte: Mycket_långt_filnamn_" + std::to_string(i) +
                           ".jpg – Bilden är ofullständig: filen tar slut för tidigt.\n";
        }
        view.isSwitchPending = true;
        kiosk_->showImport(view);
        for (const auto stage :
             {ImportView::Stage::Reading, ImportView::Stage::Found, ImportView::Stage::Pin,
              ImportView::Stage::Copying, ImportView::Stage::Done}) {
            view.stage = stage;
            kiosk_->showImport(view);
            EXPECT_EQ(kiosk_->scene().screen, "import");
            check("import-" + std::to_string(static_cast<int>(stage)));
        }
        view.isUsable = false;
        view.stage = ImportView::Stage::Found;
        kiosk_->showImport(view);
        check("import-nothing-usable");
        kiosk_->closeImport();
    }

    std::string problems() const { return problems_.str(); }
    std::string modeName() const {
        std::string name;
        for (const auto& [on, word] : {std::pair{modes_.largeText, "large"},
                                       {modes_.highContrast, "contrast"},
                                       {modes_.reducedMotion, "still"},
                                       {modes_.screenReader, "reader"}}) {
            if (on) {
                name += (name.empty() ? "" : "+") + std::string(word);
            }
        }
        return name.empty() ? "standard" : name;
    }
    int checked() const { return checked_; }

  private:
    void scrollToEnd() {
        // A long drag up and to the left reaches the end of any list.
        const Point from{layout_.bounds().w * 0.8f, layout_.bounds().h * 0.8f};
        kiosk_->feed({1, PointerEvent::Phase::Down, from, core::TimePoint(now_)});
        for (int i = 1; i <= 400; ++i) {
            now_ += 1.0 / 60;
            kiosk_->feed({1,
                          PointerEvent::Phase::Move,
                          {from.x - static_cast<float>(i % 2 ? 2000 : 0),
                           from.y - static_cast<float>(i % 2 ? 2000 : 0)},
                          core::TimePoint(now_)});
        }
        kiosk_->feed({1, PointerEvent::Phase::Up, from, core::TimePoint(now_ + 0.5)});
        now_ += 1;
        kiosk_->update(core::TimePoint(now_));
    }

    const Layout& layout_;
    core::Lang lang_;
    AccessModes modes_;
    std::unique_ptr<TextEngine> text_;
    std::unique_ptr<Kiosk> kiosk_;
    std::ostringstream problems_;
    int checked_ = 0;
    double now_ = 10;
};

enum class Mode { Standard, LargeText, HighContrast, StillWithReader };

AccessModes modesOf(Mode mode) {
    switch (mode) {
    case Mode::Standard:
        return {};
    case Mode::LargeText:
        return {.largeText = true};
    case Mode::HighContrast:
        return {.largeText = true, .highContrast = true};
    case Mode::StillWithReader:
        return {.reducedMotion = true, .screenReader = true};
    }
    return {};
}

std::string auditName(const ::testing::TestParamInfo<std::tuple<bool, Mode>>& info) {
    static constexpr std::array<const char*, 4> kModes{"Standard", "LargeText", "HighContrast",
                                                       "StillWithReader"};
    return std::string(std::get<0>(info.param) ? "Stress" : "Sample") +
           kModes.at(static_cast<size_t>(std::get<1>(info.param)));
}

class LayoutAudit : public ::testing::TestWithParam<std::tuple<bool, Mode>> {
  protected:
    static void SetUpTestSuite() { ASSERT_EQ(TTF_Init(), 0); }
    static void TearDownTestSuite() { TTF_Quit(); }
};

TEST_P(LayoutAudit, EveryScreenFitsInEveryLayoutAndLanguage) {
    const auto [stress, mode] = GetParam();
    const content::Exhibition exhibition = stress ? stressExhibition() : sampleExhibition();
    ASSERT_FALSE(exhibition.sections.empty());
    std::vector<Layout> layouts = loadLayouts(kSource / "layouts");
    ASSERT_GE(layouts.size(), 4u);
    // A landscape screen standing tall: its controls go low, as on a portrait one.
    for (Layout layout : layouts) {
        if (layout.name == "landscape-1080p") {
            layout.tall = true;
            layouts.push_back(layout);
            break;
        }
    }
    std::string problems;
    int checked = 0;
    for (const Layout& layout : layouts) {
        for (core::Lang lang : core::kAllLangs) {
            Audit audit(exhibition, layout, lang, modesOf(mode));
            audit.walk(exhibition);
            problems += audit.problems();
            checked += audit.checked();
        }
    }
    EXPECT_GT(checked, 100);
    // The first problems are enough to act on; the count says how widespread they are.
    const auto count = std::count(problems.begin(), problems.end(), '\n');
    size_t cut = 0;
    for (int line = 0; line < 30 && cut != std::string::npos; ++line) {
        cut = problems.find('\n', cut + 1);
    }
    EXPECT_EQ(count, 0) << problems.substr(0, cut);
}

INSTANTIATE_TEST_SUITE_P(Exhibitions, LayoutAudit,
                         ::testing::Combine(::testing::Values(false, true),
                                            ::testing::Values(Mode::Standard, Mode::LargeText,
                                                              Mode::HighContrast,
                                                              Mode::StillWithReader)),
                         auditName);

} // namespace
