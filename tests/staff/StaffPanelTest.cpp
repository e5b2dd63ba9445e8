// The staff panel in every layout, on an off-screen software renderer: the PIN, the pages, and
// an audit of what the layout audit checks on the visitor screens: every button at least a
// touch target (80 px at 1080p) both ways, nothing past the screen's right edge, and every
// page reachable by touch alone, scrolling included.

#include "staff/StaffPanel.h"
#include "core/StaffPin.h"

#include <SDL.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>

using namespace vitrin;
using staff::StaffPanel;

namespace {

const std::filesystem::path kSource(VITRIN_SOURCE_DIR);

struct FakeHost final : staff::StaffHost {
    core::KioskSettings kept;
    int saves = 0;
    staff::Overview overview(core::Lang) override {
        staff::Overview o;
        o.title = "Min stad Irkutsk — en mycket lång titel som måste brytas på flera rader i "
                  "stående format";
        o.version = "3, inläst 2026-12-02 14:05";
        o.sections = {"Barnens Irkutsk: 20 bilder", "Svenskbyn: 9 bilder",
                      "Vänortssamarbetet: 17 händelser"};
        o.lastImport = "2026-12-02 14:05: inläst";
        o.disk = "Ledigt på disken: 81,7 GB av 271 GB";
        o.cache = "Utställningar och bildcache: 18,5 MB";
        o.uptime = "Igång sedan 2 h 3 min";
        o.program = "Vitrin 0.1.0";
        return o;
    }
    const core::KioskSettings& settings() const override { return kept; }
    staff::HostReply saveSettings(const core::KioskSettings& settings, core::Lang) override {
        kept = settings;
        ++saves;
        return {true, "Sparat."};
    }
    std::vector<std::string> layoutNames() const override {
        return {"landscape-1080p", "landscape-1280x800", "landscape-4k", "portrait-1080p"};
    }
    staff::HostReply power(Power, core::Lang) override { return {false, "Inte här."}; }
    std::vector<staff::TourStop> tour(core::Lang) const override {
        return {{"Strömsunds kommunkontor", "Strömsunds kommunkontor",
                 "2 november 2026 – 8 januari 2027"},
                {"Fjällsjöskolan, Backe", "Fjällsjöskolan, Backe", "1 mars 2027 – 16 april 2027"}};
    }
    std::string tourLine(core::Lang) const override {
        return "Visas nu på Strömsunds kommunkontor · Därefter: Fjällsjöskolan, Backe från 1 mars "
               "2027";
    }
    bool stick = true;
    int imports = 0;
    bool hasStick() const override { return stick; }
    bool canRestore() const override { return true; }
    std::string checkStick(core::Lang) override {
        return "Visas: 20 bilder.\nHoppas över: affisch.pdf (inte en bild)";
    }
    std::string lastReport(core::Lang) override { return "Rapport\n\nVisas: 3 bilder."; }
    void importFromStick() override { ++imports; }
    void restorePrevious() override {}
    core::Result<stats::StatsTables> statistics() override {
        stats::StatsTables tables;
        for (int day = 1; day <= 20; ++day) {
            const std::string iso =
                "2026-11-" + std::string(day < 10 ? "0" : "") + std::to_string(day);
            tables.days.push_back({iso, "Strömsunds kommunkontor", day, 60.0 * day, day, 0, 0, 0});
        }
        tables.hours = {{"Strömsunds kommunkontor", 10, 120}, {"Strömsunds kommunkontor", 14, 90}};
        tables.places = {{"Strömsunds kommunkontor", true, "1/babr.jpg",
                          "Babr, Irkutsks vapendjur, med en mycket lång titel som måste brytas",
                          "Barnens Irkutsk", 42, 600}};
        return tables;
    }
    int exports = 0;
    staff::HostReply exportStatistics(core::Lang) override {
        ++exports;
        return {true, "Statistiken är sparad."};
    }
    staff::HostReply exportLogs(core::Lang) override { return {true, "Loggen är sparad."}; }
};

class Bench {
  public:
    explicit Bench(const ui::Layout& layout) : layout_(layout) {
        surface_ = SDL_CreateRGBSurfaceWithFormat(0, layout.width, layout.height, 32,
                                                  SDL_PIXELFORMAT_ARGB8888);
        renderer_ = SDL_CreateSoftwareRenderer(surface_);
        char pattern[] = "/tmp/vitrin-staff-XXXXXX";
        state_ = mkdtemp(pattern);
        host_.kept.pinHash = *core::hashPin("1234");
        access_ =
            std::make_unique<core::StaffAccess>(state_, host_.kept.pinHash, core::TimePoint(0));
        auto opened = StaffPanel::open(renderer_, layout, kSource / "fonts", host_, *access_,
                                       core::TimePoint(0));
        EXPECT_TRUE(opened) << opened.error().message;
        panel_ = std::move(*opened);
        frames(1);
    }
    ~Bench() {
        panel_.reset();
        SDL_DestroyRenderer(renderer_);
        SDL_FreeSurface(surface_);
        std::filesystem::remove_all(state_);
    }
    void frames(int count) {
        for (int i = 0; i < count; ++i) {
            now_ += 1.0 / 60;
            panel_->frame(core::TimePoint(now_));
        }
        panel_->render(); // drawing must work too
    }
    void press(ui::Point at, ui::Point to) {
        panel_->feed({1, ui::PointerEvent::Phase::Down, at, core::TimePoint(now_)});
        frames(1);
        for (int i = 1; i <= 10; ++i) {
            const float t = static_cast<float>(i) / 10;
            panel_->feed({1,
                          ui::PointerEvent::Phase::Move,
                          {at.x + (to.x - at.x) * t, at.y + (to.y - at.y) * t},
                          core::TimePoint(now_)});
            frames(1);
        }
        panel_->feed({1, ui::PointerEvent::Phase::Up, to, core::TimePoint(now_)});
        frames(2);
    }
    bool tapOn(const std::string& label) {
        for (const staff::DrawnItem& item : panel_->items()) {
            if (item.isButton && item.label == label) {
                press(item.rect.centre(), item.rect.centre());
                return true;
            }
        }
        return false;
    }
    bool shows(const std::string& label) const {
        for (const staff::DrawnItem& item : panel_->items()) {
            if (item.label == label) {
                return true;
            }
        }
        return false;
    }
    // What a visitor-screen audit checks, for the page on show.
    void audit(const std::string& page) const {
        const float minimum = 80 * layout_.scale();
        for (const staff::DrawnItem& item : panel_->items()) {
            if (item.isButton) {
                EXPECT_GE(item.whole.w, minimum)
                    << layout_.name << " " << page << ": " << item.label;
                EXPECT_GE(item.whole.h, minimum)
                    << layout_.name << " " << page << ": " << item.label;
            }
            EXPECT_LE(item.whole.right(), static_cast<float>(layout_.width) + 0.5f)
                << layout_.name << " " << page << ": '" << item.label << "' past the edge";
            EXPECT_GE(item.whole.x, 0) << layout_.name << " " << page << ": " << item.label;
            // Checked where wholly in sight: a sliver at the page's edge may hold no ink.
            if (!item.label.empty() && item.rect.h >= item.whole.h - 0.5f) {
                EXPECT_GE(inkContrast(item.rect), 4.5)
                    << layout_.name << " " << page << ": '" << item.label << "'";
            }
        }
    }
    // The contrast between the lightest and the darkest pixel drawn in rect: a text's ink and
    // what it stands on (WCAG's relative luminance).
    double inkContrast(const ui::Rect& rect) const {
        SDL_RenderFlush(renderer_);
        double lightest = 0, darkest = 1;
        const int x0 = std::max(0, static_cast<int>(rect.x));
        const int y0 = std::max(0, static_cast<int>(rect.y));
        const int x1 = std::min(surface_->w, static_cast<int>(rect.right()));
        const int y1 = std::min(surface_->h, static_cast<int>(rect.y + rect.h));
        for (int y = y0; y < y1; ++y) {
            for (int x = x0; x < x1; ++x) {
                const SDL_Color c = drawnPixel(x, y);
                const auto linear = [](Uint8 v) {
                    const double s = v / 255.0;
                    return s <= 0.03928 ? s / 12.92 : std::pow((s + 0.055) / 1.055, 2.4);
                };
                const double luminance =
                    0.2126 * linear(c.r) + 0.7152 * linear(c.g) + 0.0722 * linear(c.b);
                lightest = std::max(lightest, luminance);
                darkest = std::min(darkest, luminance);
            }
        }
        return (lightest + 0.05) / (darkest + 0.05);
    }
    // The colour drawn at (x, y) in the last frame.
    SDL_Color pixel(int x, int y) const {
        SDL_RenderFlush(renderer_);
        return drawnPixel(x, y);
    }
    // The colour at (x, y) of what has been flushed to the surface.
    SDL_Color drawnPixel(int x, int y) const {
        const auto* row = static_cast<const std::uint8_t*>(surface_->pixels) + y * surface_->pitch;
        std::uint32_t value = 0;
        std::memcpy(&value, row + x * 4, 4);
        SDL_Color color{};
        SDL_GetRGBA(value, surface_->format, &color.r, &color.g, &color.b, &color.a);
        return color;
    }
    StaffPanel& panel() { return *panel_; }
    FakeHost& host() { return host_; }

  private:
    ui::Layout layout_;
    SDL_Surface* surface_ = nullptr;
    SDL_Renderer* renderer_ = nullptr;
    std::filesystem::path state_;
    FakeHost host_;
    std::unique_ptr<core::StaffAccess> access_;
    std::unique_ptr<StaffPanel> panel_;
    double now_ = 0;
};

} // namespace

std::vector<std::string> layoutNames() {
    std::vector<std::string> names;
    for (const ui::Layout& layout : ui::loadLayouts(kSource / "layouts")) {
        names.push_back(layout.name);
    }
    return names;
}

class EveryLayout : public testing::TestWithParam<std::string> {};

TEST_P(EveryLayout, EveryPageIsReachableByTouchWithFullSizeControls) {
    ASSERT_EQ(SDL_Init(SDL_INIT_VIDEO), 0) << SDL_GetError();
    const auto resolved = ui::resolveLayout(kSource / "layouts", GetParam());
    ASSERT_TRUE(resolved);
    {
        const ui::Layout& layout = *resolved;
        Bench bench(layout);
        EXPECT_TRUE(bench.shows("Personalläge"));
        bench.audit("PIN");
        for (const char* digit : {"1", "2", "3", "5"}) {
            ASSERT_TRUE(bench.tapOn(digit)) << layout.name;
        }
        ASSERT_TRUE(bench.tapOn("OK"));
        EXPECT_TRUE(bench.shows("Fel PIN-kod. 4 försök kvar.")) << layout.name;
        for (const char* digit : {"1", "2", "3", "9", "Radera", "4"}) {
            ASSERT_TRUE(bench.tapOn(digit)) << layout.name;
        }
        ASSERT_TRUE(bench.tapOn("OK"));
        ASSERT_EQ(bench.panel().page(), StaffPanel::Page::Overview) << layout.name;
        bench.audit("Översikt");
        ASSERT_TRUE(bench.tapOn("Utställning"));
        bench.audit("Utställning");
        ASSERT_TRUE(bench.tapOn("Kontrollera USB-minnet"));
        EXPECT_TRUE(bench.shows("Hoppas över: affisch.pdf (inte en bild)")) << layout.name;
        bench.audit("Utställning, the stick's report");
        ASSERT_TRUE(bench.tapOn("Visa senaste rapporten"));
        EXPECT_TRUE(bench.shows("Visas: 3 bilder.")) << layout.name;
        ASSERT_TRUE(bench.tapOn("Turné"));
        bench.audit("Turné");
        ASSERT_TRUE(bench.tapOn("Fjällsjöskolan, Backe")) << layout.name;
        EXPECT_EQ(bench.host().kept.venue, "Fjällsjöskolan, Backe");
        ASSERT_TRUE(bench.tapOn("Statistik"));
        bench.audit("Statistik");
        EXPECT_TRUE(bench.shows("210 besök sammanlagt, i snitt 1 min 0 s långa")) << layout.name;
        ASSERT_TRUE(bench.tapOn("Exportera statistiken till USB-minnet")) << layout.name;
        EXPECT_TRUE(bench.shows("Statistiken är sparad.")) << layout.name;
        EXPECT_EQ(bench.host().exports, 1);
        for (int i = 0; i < 6 && !bench.shows("Babr, Irkutsks vapendjur, med en mycket lång titel "
                                              "som måste brytas");
             ++i) {
            const auto w = static_cast<float>(layout.width), h = static_cast<float>(layout.height);
            bench.press({w / 2, h * 0.85f}, {w / 2, h * 0.3f});
            bench.audit("Statistik, scrolled");
        }
        EXPECT_TRUE(bench.shows("20 november 2026")) << layout.name;
        EXPECT_TRUE(bench.shows("42")) << layout.name;
        ASSERT_TRUE(bench.tapOn("Skärm"));
        bench.audit("Skärm");
        // The Skärm page is longer than the screen: a drag up scrolls to its end.
        for (int i = 0; i < 4 && !bench.tapOn("Testbild"); ++i) {
            const auto w = static_cast<float>(layout.width), h = static_cast<float>(layout.height);
            bench.press({w / 2, h * 0.85f}, {w / 2, h * 0.3f});
            bench.audit("Skärm, scrolled");
        }
        ASSERT_EQ(bench.panel().page(), StaffPanel::Page::TestPattern) << layout.name;
        bench.audit("Testbild");
        // The pattern fills the screen: the second colour bar is yellow.
        const SDL_Color bar = bench.pixel(layout.width * 3 / 16, layout.height * 3 / 10);
        EXPECT_GT(bar.r, 240) << layout.name;
        EXPECT_GT(bar.g, 240) << layout.name;
        EXPECT_LT(bar.b, 20) << layout.name;
        ASSERT_TRUE(bench.tapOn("Klar"));
        ASSERT_TRUE(bench.tapOn("System"));
        bench.audit("System");
        ASSERT_TRUE(bench.tapOn("Spara loggen på USB-minnet"));
        EXPECT_TRUE(bench.shows("Loggen är sparad."));
        ASSERT_TRUE(bench.tapOn("Stäng av datorn"));
        ASSERT_TRUE(bench.tapOn("Ja"));
        EXPECT_TRUE(bench.shows("Inte här."));
        ASSERT_TRUE(bench.tapOn("Stäng"));
        EXPECT_TRUE(bench.panel().wantsClose());
    }
}

INSTANTIATE_TEST_SUITE_P(StaffPanel, EveryLayout, testing::ValuesIn(layoutNames()),
                         [](const testing::TestParamInfo<std::string>& param) {
                             std::string name = param.param;
                             std::replace(name.begin(), name.end(), '-', '_');
                             return name;
                         });

TEST(StaffPanel, TheStickIsHandedToTheImportScreens) {
    ASSERT_EQ(SDL_Init(SDL_INIT_VIDEO), 0) << SDL_GetError();
    const auto layout = ui::resolveLayout(kSource / "layouts", "portrait-1080p");
    ASSERT_TRUE(layout);
    Bench bench(*layout);
    bench.host().stick = false;
    for (const char* key : {"1", "2", "3", "4", "OK"}) {
        ASSERT_TRUE(bench.tapOn(key));
    }
    ASSERT_TRUE(bench.tapOn("Utställning"));
    EXPECT_TRUE(bench.shows("Inget USB-minne är isatt."));
    EXPECT_FALSE(bench.tapOn("Byt till USB-minnets utställning"));
    bench.host().stick = true;
    bench.frames(1);
    ASSERT_TRUE(bench.tapOn("Byt till USB-minnets utställning"));
    EXPECT_EQ(bench.host().imports, 1);
    EXPECT_TRUE(bench.panel().wantsClose());
}

TEST(StaffPanel, ADragScrollsAndPressesNothing) {
    ASSERT_EQ(SDL_Init(SDL_INIT_VIDEO), 0) << SDL_GetError();
    const auto layout = ui::resolveLayout(kSource / "layouts", "landscape-1080p");
    ASSERT_TRUE(layout);
    Bench bench(*layout);
    for (const char* key : {"1", "2", "3", "4", "OK"}) {
        ASSERT_TRUE(bench.tapOn(key));
    }
    ASSERT_TRUE(bench.tapOn("Skärm"));
    // A drag that starts on "90°" scrolls the page; the rotation is not changed.
    ui::Point start{};
    for (const staff::DrawnItem& item : bench.panel().items()) {
        if (item.label == "90°") {
            start = item.rect.centre();
        }
    }
    bench.press(start, {start.x, start.y - 300});
    EXPECT_EQ(bench.host().saves, 0);
    EXPECT_EQ(bench.host().kept.rotation, 0);
    // A plain tap on a choice saves it.
    ASSERT_TRUE(bench.tapOn("180 s"));
    EXPECT_EQ(bench.host().kept.idleTimeoutSeconds, 180);
}

TEST(StaffPanel, EveryFingerIsShownOnTheTouchTest) {
    ASSERT_EQ(SDL_Init(SDL_INIT_VIDEO), 0) << SDL_GetError();
    const auto layout = ui::resolveLayout(kSource / "layouts", "landscape-1080p");
    ASSERT_TRUE(layout);
    Bench bench(*layout);
    for (const char* key : {"1", "2", "3", "4", "OK"}) {
        ASSERT_TRUE(bench.tapOn(key));
    }
    ASSERT_TRUE(bench.tapOn("Skärm"));
    bench.press({960, 900}, {960, 100});
    ASSERT_TRUE(bench.tapOn("Pektest"));
    ASSERT_EQ(bench.panel().page(), StaffPanel::Page::TouchTest);
    EXPECT_TRUE(bench.panel().isBusy()); // frames keep coming while fingers move
    for (int finger = 0; finger < 3; ++finger) {
        bench.panel().feed({10 + finger,
                            ui::PointerEvent::Phase::Down,
                            {400.0f + 400 * static_cast<float>(finger), 600},
                            core::TimePoint(1)});
    }
    bench.frames(2);
    // A ring (the accent colour) under each finger, 45° round from its centre; none elsewhere.
    const float ring = layout->touchTarget * 0.6f * 0.7071f;
    for (int finger = 0; finger < 3; ++finger) {
        const SDL_Color at =
            bench.pixel(400 + 400 * finger + static_cast<int>(ring), 600 + static_cast<int>(ring));
        EXPECT_GT(at.r, 200) << "finger " << finger;
        EXPECT_LT(at.b, 140) << "finger " << finger;
    }
    const SDL_Color elsewhere =
        bench.pixel(1600 + static_cast<int>(ring), 600 + static_cast<int>(ring));
    EXPECT_LT(elsewhere.r, 60);
    for (int finger = 0; finger < 3; ++finger) {
        bench.panel().feed({10 + finger,
                            ui::PointerEvent::Phase::Up,
                            {400.0f + 400 * static_cast<float>(finger), 600},
                            core::TimePoint(1)});
    }
    bench.frames(2);
    ASSERT_TRUE(bench.tapOn("Klar"));
    EXPECT_EQ(bench.panel().page(), StaffPanel::Page::Screen);
}

TEST(StaffPanel, TheSkarmPageShowsTheOpeningHours) {
    ASSERT_EQ(SDL_Init(SDL_INIT_VIDEO), 0) << SDL_GetError();
    const auto layout = ui::resolveLayout(kSource / "layouts", "landscape-1080p");
    ASSERT_TRUE(layout);
    Bench bench(*layout);
    core::OpeningHours& hours = bench.host().kept.openingHours;
    for (std::size_t day = 0; day < 5; ++day) {
        hours.days.at(day) = *core::parseDayHours("08:00-17:00");
    }
    hours.days.at(5) = *core::parseDayHours("10:00-14:00");
    hours.days.at(6) = core::DayHours::closedAllDay();
    for (const char* key : {"1", "2", "3", "4", "OK"}) {
        ASSERT_TRUE(bench.tapOn(key));
    }
    ASSERT_TRUE(bench.tapOn("Skärm"));
    const std::string shown = "mån–fre 08:00-17:00, lör 10:00-14:00, sön stängt";
    for (int i = 0; i < 4 && !bench.shows(shown); ++i) {
        bench.press({960, 900}, {960, 300});
    }
    EXPECT_TRUE(bench.shows(shown));
    EXPECT_EQ(bench.host().saves, 0) << "shown, not changed";
}
