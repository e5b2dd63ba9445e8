#include "staff/StaffPanel.h"

#include "core/Text.h"
#include "core/Words.h"

#include <SDL.h>
#include <imgui.h>
#include <imgui_impl_sdlrenderer.h>
#include <imgui_internal.h> // ClearActiveID, the window's clip rectangle

#include <algorithm>
#include <cfloat>
#include <cmath>

namespace vitrin::staff {

static_assert(sizeof(ImWchar) == sizeof(unsigned short), "glyph ranges are kept as 16 bits");

namespace {

// The ImGui colours, from the visitor theme (every text/background pair ≥ 4.5:1).
ImVec4 rgb(int r, int g, int b, int a = 255) {
    return {static_cast<float>(r) / 255.0f, static_cast<float>(g) / 255.0f,
            static_cast<float>(b) / 255.0f, static_cast<float>(a) / 255.0f};
}
const ImVec4 kBackground = rgb(24, 26, 31);
const ImVec4 kSurface = rgb(40, 44, 52);
const ImVec4 kSurfacePressed = rgb(70, 76, 88);
const ImVec4 kAccent = rgb(242, 180, 65);
const ImVec4 kOnAccent = rgb(24, 26, 31);
const ImVec4 kText = rgb(255, 255, 255);
const ImVec4 kTextMuted = rgb(201, 205, 212);

ImFont* font(void* handle) {
    return static_cast<ImFont*>(handle);
}

} // namespace

StaffPanel::StaffPanel(const ui::Layout& layout, StaffHost& host, core::StaffAccess& access)
    : layout_(layout), host_(host), access_(access) {
}

core::Result<std::unique_ptr<StaffPanel>>
StaffPanel::open(SDL_Renderer* renderer, const ui::Layout& layout,
                 const std::filesystem::path& fontsDir, StaffHost& host, core::StaffAccess& access,
                 core::TimePoint now) {
    std::unique_ptr<StaffPanel> panel(new StaffPanel(layout, host, access));
    panel->lang_ =
        host.settings().staffLanguage == core::Lang::En ? core::Lang::En : core::Lang::Sv;
    panel->now_ = panel->lastFrame_ = panel->lastTouch_ = now;
    panel->pinMessage_ = access.lockedMessage(now, panel->lang_);
    ImGuiContext* previous = ImGui::GetCurrentContext();
    panel->context_ = ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr; // nothing written to the working folder
    io.LogFilename = nullptr;
    io.DisplaySize = {static_cast<float>(layout.width), static_cast<float>(layout.height)};
    io.MousePos = {-FLT_MAX, -FLT_MAX};
    io.MouseDragThreshold = 24 * layout.scale(); // the gesture recogniser's tap slop

    // Latin-1, Latin Extended-A and B, Cyrillic and the punctuation of the texts (— – … « »
    // „ “ ” ‹ › ·), which ImGui's own ranges leave out.
    ImFontGlyphRangesBuilder builder;
    builder.AddRanges(io.Fonts->GetGlyphRangesDefault());
    builder.AddRanges(io.Fonts->GetGlyphRangesCyrillic());
    static const ImWchar latinExtended[] = {0x0100, 0x024F, 0};
    builder.AddRanges(latinExtended);
    builder.AddText("—–…«»„“”‘’‹›·•°№€");
    ImVector<ImWchar> ranges;
    builder.BuildRanges(&ranges);
    panel->glyphRanges_.assign(ranges.begin(), ranges.end());
    const std::string regular = (fontsDir / "NotoSans-Regular.ttf").string();
    const std::string bold = (fontsDir / "NotoSans-Bold.ttf").string();
    // As large as the visitor screens' body text and headings.
    panel->bodyFont_ = io.Fonts->AddFontFromFileTTF(regular.c_str(), layout.text.body, nullptr,
                                                    panel->glyphRanges_.data());
    panel->headingFont_ = io.Fonts->AddFontFromFileTTF(bold.c_str(), layout.text.heading, nullptr,
                                                       panel->glyphRanges_.data());
    if (panel->bodyFont_ == nullptr || panel->headingFont_ == nullptr) {
        ImGui::DestroyContext(panel->context_);
        panel->context_ = nullptr;
        ImGui::SetCurrentContext(previous);
        return core::Error{"staff mode: cannot load the fonts in " + fontsDir.string()};
    }

    ImGuiStyle& style = ImGui::GetStyle();
    ImGui::StyleColorsDark(&style);
    const float gap = layout.gap;
    style.WindowPadding = {layout.margin, layout.margin / 2};
    style.FramePadding = {gap, gap / 2};
    style.ItemSpacing = {gap / 2, gap / 2};
    style.ItemInnerSpacing = {gap / 2, gap / 2};
    style.ScrollbarSize = std::max(12.0f, layout.gap); // shows where one is; dragging scrolls
    style.FrameRounding = 6 * layout.scale();
    style.WindowRounding = 0;
    style.WindowBorderSize = 0;
    style.ChildBorderSize = 0;
    style.Colors[ImGuiCol_WindowBg] = kBackground;
    style.Colors[ImGuiCol_ChildBg] = kBackground;
    style.Colors[ImGuiCol_Text] = kText;
    style.Colors[ImGuiCol_Button] = kSurface;
    // No hover colour: a finger has no hover, and a mouse must not show more than a finger.
    style.Colors[ImGuiCol_ButtonHovered] = kSurface;
    style.Colors[ImGuiCol_ButtonActive] = kSurfacePressed;
    style.Colors[ImGuiCol_ScrollbarBg] = kBackground;
    style.Colors[ImGuiCol_ScrollbarGrab] = kSurfacePressed;
    style.Colors[ImGuiCol_ScrollbarGrabHovered] = kSurfacePressed;
    style.Colors[ImGuiCol_ScrollbarGrabActive] = kTextMuted;

    if (!ImGui_ImplSDLRenderer_Init(renderer)) {
        ImGui::DestroyContext(panel->context_);
        panel->context_ = nullptr;
        ImGui::SetCurrentContext(previous);
        return core::Error{"staff mode: the ImGui renderer cannot start"};
    }
    panel->rendererReady_ = true;
    return panel;
}

StaffPanel::~StaffPanel() {
    if (context_ == nullptr) {
        return;
    }
    ImGui::SetCurrentContext(context_);
    if (rendererReady_) {
        ImGui_ImplSDLRenderer_Shutdown();
    }
    ImGui::DestroyContext(context_);
}

const char* StaffPanel::say(const char* sv, const char* en) const {
    return lang_ == core::Lang::En ? en : sv;
}

void StaffPanel::feed(const ui::PointerEvent& event) {
    using Phase = ui::PointerEvent::Phase;
    if (event.phase != Phase::Cancel) {
        lastTouch_ = std::max(lastTouch_, event.time);
    }
    if (event.phase == Phase::Cancel && event.id == ui::PointerEvent::kAllPointers) {
        fingers_.clear();
        if (primary_) {
            input_.push_back({Transition::Kind::Up, {-FLT_MAX, -FLT_MAX}});
            primary_.reset();
        }
        return;
    }
    switch (event.phase) {
    case Phase::Down:
        fingers_[event.id] = event.pos;
        if (!primary_) {
            primary_ = event.id;
            input_.push_back({Transition::Kind::Down, event.pos});
        }
        break;
    case Phase::Move:
        if (fingers_.count(event.id) != 0) {
            fingers_[event.id] = event.pos;
        }
        if (primary_ == event.id) {
            input_.push_back({Transition::Kind::Move, event.pos});
        }
        break;
    case Phase::Up:
    case Phase::Cancel:
        fingers_.erase(event.id);
        if (primary_ == event.id) {
            input_.push_back({Transition::Kind::Up, event.pos});
            primary_.reset();
        }
        break;
    }
}

bool StaffPanel::isBusy() const {
    return !input_.empty() || primary_.has_value() || parkNext_ || page_ == Page::TouchTest;
}

void StaffPanel::applyInput() {
    ImGuiIO& io = ImGui::GetIO();
    if (parkNext_) {
        // After a release the pointer leaves, or the button it was on stays "hovered".
        io.MousePos = {-FLT_MAX, -FLT_MAX};
        parkNext_ = false;
    }
    // Moves until the next press or release, then that one transition: ImGui sees a press or
    // release only when it lasts a frame, so two in one frame would lose a tap.
    while (!input_.empty()) {
        const Transition next = input_.front();
        input_.pop_front();
        io.MousePos = {next.pos.x, next.pos.y};
        if (next.kind == Transition::Kind::Down) {
            io.MouseDown[0] = true;
            break;
        }
        if (next.kind == Transition::Kind::Up) {
            io.MouseDown[0] = false;
            parkNext_ = true;
            break;
        }
    }
}

void StaffPanel::record(const std::string& label, bool isButton) {
    const ImVec2 min = ImGui::GetItemRectMin();
    const ImVec2 max = ImGui::GetItemRectMax();
    const ImRect clip = ImGui::GetCurrentWindow()->ClipRect;
    const float x0 = std::max(min.x, clip.Min.x), y0 = std::max(min.y, clip.Min.y);
    const float x1 = std::min(max.x, clip.Max.x), y1 = std::min(max.y, clip.Max.y);
    if (x1 > x0 && y1 > y0) {
        items_.push_back({{x0, y0, x1 - x0, y1 - y0},
                          {min.x, min.y, max.x - min.x, max.y - min.y},
                          label,
                          isButton});
    }
}

bool StaffPanel::button(const std::string& label, float width, bool selected) {
    const float textWidth = ImGui::CalcTextSize(label.c_str(), nullptr, true).x;
    const float w =
        width > 0 ? width : std::max(layout_.touchTarget * 1.4f, textWidth + 2 * layout_.gap);
    if (selected) {
        ImGui::PushStyleColor(ImGuiCol_Button, kAccent);
        ImGui::PushStyleColor(ImGuiCol_ButtonHovered, kAccent);
        ImGui::PushStyleColor(ImGuiCol_Text, kOnAccent);
    }
    const bool pressed = ImGui::Button(label.c_str(), {w, layout_.touchTarget});
    if (selected) {
        ImGui::PopStyleColor(3);
    }
    record(label, true);
    if (pressed) {
        lastTouch_ = now_;
        changed_ = true;
    }
    return pressed;
}

int StaffPanel::choice(const std::vector<std::string>& labels, int selected) {
    // Rows may share a label ("Svenska"): each row gets its own ImGui ID scope.
    ImGui::PushID(choiceRows_++);
    int pressed = -1;
    const float right = ImGui::GetWindowContentRegionMax().x;
    for (std::size_t i = 0; i < labels.size(); ++i) {
        const float w = std::max(layout_.touchTarget * 1.4f,
                                 ImGui::CalcTextSize(labels[i].c_str()).x + 2 * layout_.gap);
        if (i > 0) {
            ImGui::SameLine();
            if (ImGui::GetCursorPosX() + w > right) {
                ImGui::NewLine();
            }
        }
        if (button(labels[i], w, static_cast<int>(i) == selected)) {
            pressed = static_cast<int>(i);
        }
    }
    ImGui::PopID();
    return pressed;
}

void StaffPanel::text(const std::string& line, bool heading, bool muted) {
    if (heading) {
        ImGui::PushFont(font(headingFont_));
    }
    ImGui::PushStyleColor(ImGuiCol_Text, muted ? kTextMuted : heading ? kAccent : kText);
    ImGui::TextWrapped("%s", line.c_str());
    ImGui::PopStyleColor();
    if (heading) {
        ImGui::PopFont();
    }
    record(line, false);
}

void StaffPanel::rule() {
    // A filled band whole pixels high rather than ImGui's one-pixel separator, which SDL's
    // software renderer rasterises as two triangles a pixel apart.
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float thickness = std::max(2.0f, std::round(2 * layout_.scale()));
    const float top = std::round(at.y + layout_.gap / 4);
    ImGui::GetWindowDrawList()->AddRectFilled(
        {std::round(at.x), top},
        {std::round(at.x + ImGui::GetContentRegionAvail().x), top + thickness},
        ImGui::GetColorU32(kSurfacePressed));
    ImGui::Dummy({1, layout_.gap / 2 + thickness});
}

void StaffPanel::dragToScroll() {
    // A finger that moves beyond the tap slop scrolls the page and presses nothing.
    ImGuiIO& io = ImGui::GetIO();
    if (!io.MouseDown[0]) {
        dragging_ = false;
        return;
    }
    if (!dragging_ && ImGui::IsMouseDragging(ImGuiMouseButton_Left) &&
        ImGui::IsWindowHovered(ImGuiHoveredFlags_AllowWhenBlockedByActiveItem)) {
        dragging_ = true;
        ImGui::ClearActiveID();
    }
    if (dragging_) {
        ImGui::SetScrollY(ImGui::GetScrollY() - io.MouseDelta.y);
    }
}

void StaffPanel::goTo(Page page) {
    page_ = page;
    saveMessage_.clear();
    systemMessage_.clear();
    confirming_.reset();
    report_.clear();
    exportMessage_.clear();
    if (page == Page::Overview) {
        overview_ = host_.overview(lang_);
    }
    if (page == Page::Statistics) {
        statistics_ = host_.statistics();
    }
}

void StaffPanel::frame(core::TimePoint now) {
    now_ = now;
    ImGui::SetCurrentContext(context_);
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = {static_cast<float>(layout_.width), static_cast<float>(layout_.height)};
    io.DeltaTime = static_cast<float>(std::max(1e-4, (now - lastFrame_).count()));
    lastFrame_ = now;
    applyInput();
    buildFrame();
    // A press shows its effect in the frame it happened: what ImGui drew above the button
    // before it was pressed is drawn again (no input is applied twice: the press is over).
    if (changed_) {
        changed_ = false;
        io.DeltaTime = 1e-4f;
        buildFrame();
    }
}

void StaffPanel::buildFrame() {
    ImGuiIO& io = ImGui::GetIO();
    ImGui_ImplSDLRenderer_NewFrame();
    ImGui::NewFrame();
    items_.clear();
    choiceRows_ = 0;
    ImGui::SetNextWindowPos({0, 0});
    ImGui::SetNextWindowSize(io.DisplaySize);
    // The test pattern is drawn behind the window, edge to edge: the window lets it through.
    if (page_ == Page::TestPattern) {
        ImGui::SetNextWindowBgAlpha(0);
    }
    ImGui::Begin("staff", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                     ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus);
    switch (page_) {
    case Page::Pin:
        buildPin();
        break;
    case Page::TouchTest:
        buildTouchTest();
        break;
    case Page::TestPattern:
        buildTestPattern();
        break;
    default:
        buildTabs();
        ImGui::BeginChild("page", {0, 0}, false, ImGuiWindowFlags_NoScrollWithMouse);
        if (page_ == Page::Overview) {
            buildOverview();
        } else if (page_ == Page::Exhibition) {
            buildExhibition();
        } else if (page_ == Page::Tour) {
            buildTour();
        } else if (page_ == Page::Statistics) {
            buildStatistics();
        } else if (page_ == Page::Screen) {
            buildScreen();
        } else {
            buildSystem();
        }
        dragToScroll();
        ImGui::EndChild();
        break;
    }
    ImGui::End();
    ImGui::Render();
}

void StaffPanel::render() {
    ImGui::SetCurrentContext(context_);
    ImGui_ImplSDLRenderer_RenderDrawData(ImGui::GetDrawData());
}

void StaffPanel::buildPin() {
    text(say("Personalläge", "Staff mode"), true);
    text(say("Skriv personalens PIN-kod.", "Enter the staff PIN."), false, true);
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x;
    // A square for each digit typed, never the digits themselves.
    const float dot = layout_.text.title / 3;
    const float rowHeight = layout_.text.title;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const auto typed = static_cast<float>(pin_.size());
    for (std::size_t i = 0; i < pin_.size(); ++i) {
        const float left =
            origin.x + width / 2 - (typed * 2 - 1) * dot / 2 + static_cast<float>(i) * 2 * dot;
        draw->AddRectFilled({left, origin.y + dot}, {left + dot, origin.y + 2 * dot},
                            ImGui::GetColorU32(kText));
    }
    ImGui::Dummy({width, rowHeight});
    if (!pinMessage_.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, kAccent);
        ImGui::TextWrapped("%s", pinMessage_.c_str());
        ImGui::PopStyleColor();
        record(pinMessage_, false);
    }
    // Four rows of three keys in what is left above the Avbryt row, never under a touch target.
    const float gap = layout_.gap;
    const float room = ImGui::GetContentRegionAvail().y - layout_.touchTarget - 2 * gap;
    const float key =
        std::max(layout_.touchTarget, std::min((room - 3 * gap) / 4, 1.6f * layout_.touchTarget));
    const float keyWidth = std::min(1.8f * key, (width - 2 * gap) / 3);
    const float padWidth = 3 * keyWidth + 2 * gap;
    const std::string erase = say("Radera", "Erase");
    const char* labels[12] = {"1", "2", "3", "4",           "5", "6",
                              "7", "8", "9", erase.c_str(), "0", "OK"};
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, {gap, gap});
    for (int i = 0; i < 12; ++i) {
        if (i % 3 == 0) {
            ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (width - padWidth) / 2);
        } else {
            ImGui::SameLine();
        }
        const bool ok = i == 11;
        if (ok) {
            ImGui::PushStyleColor(ImGuiCol_Button, kAccent);
            ImGui::PushStyleColor(ImGuiCol_ButtonHovered, kAccent);
            ImGui::PushStyleColor(ImGuiCol_Text, kOnAccent);
        }
        const bool pressed = ImGui::Button(labels[i], {keyWidth, key});
        if (ok) {
            ImGui::PopStyleColor(3);
        }
        record(labels[i], true);
        if (!pressed) {
            continue;
        }
        changed_ = true;
        if (i == 9) {
            if (!pin_.empty()) {
                pin_.pop_back();
            }
        } else if (i == 11) {
            const core::StaffAccess::Outcome outcome = access_.submit(pin_, now_, lang_);
            pin_.clear();
            pinMessage_ = outcome.message;
            if (outcome.accepted) {
                goTo(Page::Overview);
            }
        } else if (pin_.size() < core::kMaxPinDigits) {
            pin_ += static_cast<char>('0' + (i == 10 ? 0 : i + 1));
        }
    }
    ImGui::PopStyleVar();
    ImGui::Dummy({width, gap});
    if (button(say("Avbryt", "Cancel"))) {
        wantsClose_ = true;
    }
}

void StaffPanel::buildTabs() {
    const std::vector<std::string> tabs{
        say("Översikt", "Overview"),    say("Utställning", "Exhibition"), say("Turné", "Tour"),
        say("Statistik", "Statistics"), say("Skärm", "Screen"),           say("System", "System")};
    const Page pages[] = {Page::Overview,   Page::Exhibition, Page::Tour,
                          Page::Statistics, Page::Screen,     Page::System};
    int current = 0;
    for (int i = 0; i < static_cast<int>(std::size(pages)); ++i) {
        current = page_ == pages[i] ? i : current;
    }
    if (const int pressed = choice(tabs, current); pressed >= 0) {
        goTo(pages[pressed]);
    }
    // Stäng at the right end of the row, or on a row of its own where the tabs fill it.
    const std::string close = say("Stäng", "Close");
    const float w = std::max(layout_.touchTarget * 1.4f,
                             ImGui::CalcTextSize(close.c_str()).x + 2 * layout_.gap);
    ImGui::SameLine();
    const float right = ImGui::GetWindowContentRegionMax().x;
    if (ImGui::GetCursorPosX() + w > right) {
        ImGui::NewLine();
    } else {
        ImGui::SetCursorPosX(right - w);
    }
    if (button(close, w)) {
        wantsClose_ = true;
    }
    rule();
}

void StaffPanel::buildOverview() {
    text(overview_.title, true);
    text(say("Version: ", "Version: ") + overview_.version);
    for (const std::string& section : overview_.sections) {
        text(section);
    }
    if (!overview_.findings.empty()) {
        text(overview_.findings, false, true);
    }
    ImGui::Spacing();
    text(say("Senaste inläsning", "Last import"), true);
    text(overview_.lastImport);
    ImGui::Spacing();
    text(say("Kiosken", "The kiosk"), true);
    text(overview_.venue);
    text(overview_.disk);
    text(overview_.cache);
    text(overview_.uptime);
    text(overview_.program);
}

void StaffPanel::buildExhibition() {
    const bool stick = host_.hasStick();
    text(say("USB-minnet", "The USB stick"), true);
    if (stick) {
        if (button(say("Byt till USB-minnets utställning", "Change to the stick's exhibition"))) {
            host_.importFromStick();
            wantsClose_ = true;
        }
        if (button(say("Kontrollera USB-minnet", "Check the USB stick"))) {
            report_ = host_.checkStick(lang_);
        }
    } else {
        text(say("Inget USB-minne är isatt.", "No USB stick is in."), false, true);
    }
    text(say("Utställningen", "The exhibition"), true);
    if (host_.canRestore() &&
        button(say("Återställ förra utställningen", "Restore the previous exhibition"))) {
        host_.restorePrevious();
        wantsClose_ = true;
    }
    if (button(say("Visa senaste rapporten", "Show the last report"))) {
        report_ = host_.lastReport(lang_);
    }
    if (!report_.empty()) {
        rule();
        // One text per line, so a script finds each and the page scrolls through them.
        std::size_t start = 0;
        while (start <= report_.size()) {
            const std::size_t end = std::min(report_.find('\n', start), report_.size());
            const std::string line = report_.substr(start, end - start);
            if (!line.empty()) {
                text(line);
            }
            start = end + 1;
        }
    }
}

void StaffPanel::buildTour() {
    core::KioskSettings settings = host_.settings();
    if (!saveMessage_.empty()) {
        text(saveMessage_, false, true);
    }
    text(say("Besökarna ser nu", "Visitors see now"), true);
    const std::string line = host_.tourLine(lang_);
    text(line.empty() ? say("(ingen turné)", "(no tour)") : line);
    const std::vector<TourStop> stops = host_.tour(lang_);
    if (stops.empty()) {
        text(say("Utställningen har ingen turné (se [[tour]] i exhibition.toml).",
                 "The exhibition has no tour (see [[tour]] in exhibition.toml)."),
             false, true);
        return;
    }
    text(say("Turnén", "The tour"), true);
    for (const TourStop& stop : stops) {
        text(stop.name + (stop.dates.empty() ? "" : ": " + stop.dates));
    }
    text(say("Den här kiosken står", "This kiosk stands"), true);
    std::vector<std::string> labels{say("Enligt datumen", "By the dates")};
    int selected = 0;
    for (const TourStop& stop : stops) {
        if (stop.key == settings.venue) {
            selected = static_cast<int>(labels.size());
        }
        labels.push_back(stop.name);
    }
    if (const int pressed = choice(labels, selected); pressed >= 0) {
        settings.venue =
            pressed == 0 ? std::string() : stops[static_cast<std::size_t>(pressed - 1)].key;
        save(settings);
    }
}

void StaffPanel::save(const core::KioskSettings& settings) {
    const HostReply reply = host_.saveSettings(settings, lang_);
    saveMessage_ = reply.message;
}

namespace {

// "mån–fre 08:00-17:00, lör 10:00-14:00, sön stängt"; days with the same hours run together.
std::string openingHoursText(const core::OpeningHours& hours, core::Lang lang) {
    if (hours.isAlwaysOpen()) {
        return lang == core::Lang::En ? "On at all hours." : "På dygnet runt.";
    }
    static constexpr const char* kSv[] = {"mån", "tis", "ons", "tor", "fre", "lör", "sön"};
    static constexpr const char* kEn[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    const auto* names = lang == core::Lang::En ? kEn : kSv;
    std::string text;
    for (std::size_t first = 0; first < hours.days.size();) {
        std::size_t last = first;
        while (last + 1 < hours.days.size() && hours.days.at(last + 1) == hours.days.at(first)) {
            ++last;
        }
        const core::DayHours& day = hours.days.at(first);
        if (!text.empty()) {
            text += ", ";
        }
        text += names[first];
        if (last > first) {
            text += std::string("–") + names[last];
        }
        text += " ";
        text += day.isClosed()   ? (lang == core::Lang::En ? "closed" : "stängt")
                : day.isAllDay() ? (lang == core::Lang::En ? "all day" : "hela dygnet")
                                 : core::formatDayHours(day);
        first = last + 1;
    }
    return text;
}

} // namespace

void StaffPanel::buildScreen() {
    core::KioskSettings settings = host_.settings();
    if (!saveMessage_.empty()) {
        text(saveMessage_, false, true);
    }
    text(say("Vridning (gäller efter omstart)", "Rotation (after a restart)"), true);
    const int rotations[] = {0, 90, 180, 270};
    int selected = 0;
    for (int i = 0; i < 4; ++i) {
        selected = settings.rotation == rotations[i] ? i : selected;
    }
    if (const int pressed = choice({"0°", "90°", "180°", "270°"}, selected); pressed >= 0) {
        settings.rotation = rotations[pressed];
        save(settings);
    }

    text(say("Layout (gäller efter omstart)", "Layout (after a restart)"), true);
    std::vector<std::string> layouts{say("Efter skärmen", "From the display")};
    int current = 0;
    for (const std::string& name : host_.layoutNames()) {
        if (name == settings.layout) {
            current = static_cast<int>(layouts.size());
        }
        layouts.push_back(name);
    }
    if (const int pressed = choice(layouts, current); pressed >= 0) {
        settings.layout = pressed == 0 ? std::string() : layouts[static_cast<std::size_t>(pressed)];
        save(settings);
    }

    text(say("Tid utan beröring före startbilden", "Time without a touch before the start loop"),
         true);
    const int timeouts[] = {0, 60, 90, 120, 180, 300};
    std::vector<std::string> timeoutLabels{say("Som utställningen", "As the exhibition")};
    int timeout = 0;
    for (int i = 1; i < 6; ++i) {
        timeoutLabels.push_back(std::to_string(timeouts[i]) + " s");
        timeout = settings.idleTimeoutSeconds == timeouts[i] ? i : timeout;
    }
    if (const int pressed = choice(timeoutLabels, timeout); pressed >= 0) {
        settings.idleTimeoutSeconds = timeouts[pressed];
        save(settings);
    }

    text(say("Besökarnas startspråk", "The visitors' start language"), true);
    const int language =
        !settings.visitorLanguage ? 0 : static_cast<int>(*settings.visitorLanguage) + 1;
    if (const int pressed = choice(
            {say("Utställningens", "The exhibition's"), "Svenska", "English", "Русский"}, language);
        pressed >= 0) {
        if (pressed == 0) {
            settings.visitorLanguage.reset();
        } else {
            settings.visitorLanguage = core::kAllLangs[static_cast<std::size_t>(pressed - 1)];
        }
        save(settings);
    }

    text(say("Personalens språk", "The staff language"), true);
    if (const int pressed =
            choice({"På svenska", "In English"}, settings.staffLanguage == core::Lang::En ? 1 : 0);
        pressed >= 0) {
        settings.staffLanguage = pressed == 1 ? core::Lang::En : core::Lang::Sv;
        lang_ = settings.staffLanguage; // the answer comes in the language chosen
        save(settings);
    }

    // Shown, not edited here: a time picker per weekday is more than a touch page should hold.
    text(say("Öppettider (skärmen är släckt utanför dem)",
             "Opening hours (the screen is off outside them)"),
         true);
    text(openingHoursText(settings.openingHours, lang_));
    text(say("Ändras av IT-teknikern: install.sh --hours, eller [opening_hours] i settings.toml.",
             "Changed by the IT technician: install.sh --hours, or [opening_hours] in "
             "settings.toml."),
         false, true);

    text(say("Prova skärmen", "Check the screen"), true);
    if (button(say("Pektest", "Touch test"))) {
        goTo(Page::TouchTest);
    }
    ImGui::SameLine();
    if (button(say("Testbild", "Test pattern"))) {
        goTo(Page::TestPattern);
    }
}

void StaffPanel::buildSystem() {
    text(overview_.program.empty() ? host_.overview(lang_).program : overview_.program, true);
    if (!systemMessage_.empty()) {
        text(systemMessage_);
    }
    if (confirming_) {
        text(*confirming_ == StaffHost::Power::RestartKiosk
                 ? say("Starta om kiosken? Besökarna ser startbilden igen om en stund.",
                       "Restart the kiosk? Visitors see the start loop again shortly.")
             : *confirming_ == StaffHost::Power::Reboot
                 ? say("Starta om datorn? Kiosken är borta någon minut.",
                       "Restart the computer? The kiosk is gone for a minute or so.")
                 : say("Stänga av datorn? Någon måste sätta på den igen.",
                       "Shut the computer down? Someone must switch it on again."));
        if (button(say("Ja", "Yes"), 0, true)) {
            systemMessage_ = host_.power(*confirming_, lang_).message;
            confirming_.reset();
        }
        ImGui::SameLine();
        if (button(say("Nej", "No"))) {
            confirming_.reset();
        }
        return;
    }
    if (host_.hasStick() &&
        button(say("Spara loggen på USB-minnet", "Save the log on the USB stick"))) {
        systemMessage_ = host_.exportLogs(lang_).message;
    }
    if (button(say("Starta om kiosken", "Restart the kiosk"))) {
        confirming_ = StaffHost::Power::RestartKiosk;
    }
    if (button(say("Starta om datorn", "Restart the computer"))) {
        confirming_ = StaffHost::Power::Reboot;
    }
    if (button(say("Stäng av datorn", "Shut down the computer"))) {
        confirming_ = StaffHost::Power::PowerOff;
    }
}

namespace {

// "1 min 8 s", "45 s".
std::string minutesAndSeconds(double seconds) {
    const long whole = std::lround(seconds);
    return whole < 60 ? std::to_string(whole) + " s"
                      : std::to_string(whole / 60) + " min " + std::to_string(whole % 60) + " s";
}

} // namespace

void StaffPanel::tableRow(const std::vector<std::string>& cells) {
    ImGui::TableNextRow();
    for (const std::string& cell : cells) {
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(cell.c_str());
        record(cell, false);
    }
}

void StaffPanel::buildStatistics() {
    if (!statistics_) {
        text(say("Statistiken kan inte läsas: ", "The statistics cannot be read: ") +
                 statistics_.error().message,
             false, true);
        return;
    }
    const stats::StatsTables& all = *statistics_;
    const int visits = all.totalVisits();
    double seconds = 0;
    for (const stats::DayRow& row : all.days) {
        seconds += row.seconds;
    }
    text(say("Besök", "Visits"), true);
    text(std::to_string(visits) + say(" besök sammanlagt", " visits in all") +
         (visits > 0 ? say(", i snitt ", ", on average ") + minutesAndSeconds(seconds / visits) +
                           say(" långa", " long")
                     : std::string()));
    if (host_.hasStick()) {
        if (button(say("Exportera statistiken till USB-minnet",
                       "Export the statistics to the USB stick"))) {
            exportMessage_ = host_.exportStatistics(lang_).message;
        }
    } else {
        text(say("Sätt i ett USB-minne för att exportera statistiken (kalkylblad, diagram och "
                 "sammanfattning).",
                 "Put in a USB stick to export the statistics (spreadsheet, chart and summary)."),
             false, true);
    }
    if (!exportMessage_.empty()) {
        text(exportMessage_);
    }
    if (visits == 0) {
        text(say("Inga besök är registrerade ännu.", "No visits have been recorded yet."), false,
             true);
        return;
    }
    const float width = ImGui::GetContentRegionAvail().x;
    const float chartHeight = layout_.touchTarget * 2.5f;
    ImGui::PushStyleColor(ImGuiCol_PlotHistogram, kAccent);
    ImGui::PushStyleColor(ImGuiCol_PlotHistogramHovered, kAccent);
    ImGui::PushStyleColor(ImGuiCol_FrameBg, kSurface);

    // Plots show no tooltip: nothing may depend on hovering, and a finger dragging over a
    // plot would leave one behind.
    ImGui::PushStyleVar(ImGuiStyleVar_DisabledAlpha, 1.0f);
    ImGui::BeginDisabled();
    const auto days = stats::visitsPerDay(all, 14);
    std::vector<float> dayValues;
    dayValues.reserve(days.size());
    for (const auto& [day, count] : days) {
        dayValues.push_back(static_cast<float>(count));
    }
    ImGui::Spacing();
    text(say("Besök per dag", "Visits per day"), true);
    ImGui::PlotHistogram("##days", dayValues.data(), static_cast<int>(dayValues.size()), 0, nullptr,
                         0, FLT_MAX, {width, chartHeight});
    text(days.size() == 1 ? core::humanDate(days.front().first, lang_)
                          : core::humanDate(days.front().first, lang_) + " – " +
                                core::humanDate(days.back().first, lang_),
         false, true);

    std::vector<float> hourValues(24, 0);
    for (const stats::HourRow& row : all.hours) {
        hourValues[static_cast<size_t>(row.hour)] += static_cast<float>(row.visits);
    }
    text(say("Besök per timme", "Visits per hour"), true);
    ImGui::PlotHistogram("##hours", hourValues.data(), 24, 0, nullptr, 0, FLT_MAX,
                         {width, chartHeight});
    text(say("kl. 00 till kl. 24", "00:00 to 24:00"), false, true);
    ImGui::EndDisabled();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor(3);

    const ImGuiTableFlags tableFlags =
        ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
    ImGui::Spacing();
    text(say("Per dag och plats", "Per day and venue"), true);
    if (ImGui::BeginTable("days", 4, tableFlags)) {
        tableRow({say("Dag", "Day"), say("Plats", "Venue"), say("Besök", "Visits"),
                  say("Medeltid", "Average")});
        for (auto row = all.days.rbegin(); row != all.days.rend() && row - all.days.rbegin() < 28;
             ++row) {
            tableRow({core::humanDate(row->day, lang_),
                      row->venue.empty() ? say("(ingen vald)", "(none chosen)") : row->venue,
                      std::to_string(row->visits),
                      row->visits > 0 ? minutesAndSeconds(row->seconds / row->visits) : ""});
        }
        ImGui::EndTable();
    }
    ImGui::Spacing();
    text(say("Mest sedda verk och bilder", "Most viewed works and pictures"), true);
    if (ImGui::BeginTable("items", 3, tableFlags)) {
        tableRow({say("Titel", "Title"), say("Avsnitt", "Section"), say("Öppnad", "Opened")});
        for (const stats::TopItem& item : stats::topItems(all, 10)) {
            tableRow({item.title, item.section, std::to_string(item.opens)});
        }
        ImGui::EndTable();
    }
}

void StaffPanel::buildTouchTest() {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    text(say("Pektest: rör skärmen med ett eller flera fingrar. Ringarna ska hamna under "
             "fingrarna.",
             "Touch test: touch the screen with one or more fingers. The rings should be under "
             "the fingers."),
         false, true);
    if (button(say("Klar", "Done"), 0, true)) {
        goTo(Page::Screen);
    }
    const float radius = layout_.touchTarget * 0.6f;
    const float thickness = std::max(2.0f, 4 * layout_.scale());
    int number = 1;
    for (const auto& [id, pos] : fingers_) {
        const ImVec2 centre{pos.x, pos.y};
        draw->AddCircle(centre, radius, ImGui::GetColorU32(kAccent), 48, thickness);
        draw->AddLine({pos.x - radius * 1.5f, pos.y}, {pos.x + radius * 1.5f, pos.y},
                      ImGui::GetColorU32(kText), thickness / 2);
        draw->AddLine({pos.x, pos.y - radius * 1.5f}, {pos.x, pos.y + radius * 1.5f},
                      ImGui::GetColorU32(kText), thickness / 2);
        const std::string label = std::to_string(number++) + ": " +
                                  std::to_string(static_cast<int>(pos.x)) + ", " +
                                  std::to_string(static_cast<int>(pos.y));
        draw->AddText({pos.x + radius, pos.y + radius}, ImGui::GetColorU32(kText), label.c_str());
    }
}

void StaffPanel::buildTestPattern() {
    // Grey steps, colour bars, a grid with a circle, and the corners marked: to set a
    // projector's focus, keystone and colours, or to see a screen's dead pixels.
    ImDrawList* draw = ImGui::GetBackgroundDrawList();
    const auto w = static_cast<float>(layout_.width), h = static_cast<float>(layout_.height);
    draw->AddRectFilled({0, 0}, {w, h}, IM_COL32(0, 0, 0, 255));
    const float step = layout_.touchTarget;
    for (float x = 0; x <= w; x += step) {
        draw->AddLine({x, 0}, {x, h}, IM_COL32(90, 90, 90, 255));
    }
    for (float y = 0; y <= h; y += step) {
        draw->AddLine({0, y}, {w, y}, IM_COL32(90, 90, 90, 255));
    }
    const ImU32 bars[] = {IM_COL32(255, 255, 255, 255), IM_COL32(255, 255, 0, 255),
                          IM_COL32(0, 255, 255, 255),   IM_COL32(0, 255, 0, 255),
                          IM_COL32(255, 0, 255, 255),   IM_COL32(255, 0, 0, 255),
                          IM_COL32(0, 0, 255, 255),     IM_COL32(0, 0, 0, 255)};
    const float barTop = h * 0.15f, barBottom = h * 0.4f;
    for (int i = 0; i < 8; ++i) {
        draw->AddRectFilled({w * static_cast<float>(i) / 8, barTop},
                            {w * static_cast<float>(i + 1) / 8, barBottom}, bars[i]);
    }
    const float greyTop = h * 0.6f, greyBottom = h * 0.8f;
    for (int i = 0; i < 11; ++i) {
        const auto level = static_cast<int>(std::lround(255.0 * i / 10));
        draw->AddRectFilled({w * static_cast<float>(i) / 11, greyTop},
                            {w * static_cast<float>(i + 1) / 11, greyBottom},
                            IM_COL32(level, level, level, 255));
    }
    draw->AddCircle({w / 2, h / 2}, std::min(w, h) * 0.45f, IM_COL32(255, 255, 255, 255), 96,
                    2 * layout_.scale());
    draw->AddRect({1, 1}, {w - 1, h - 1}, IM_COL32(255, 0, 0, 255), 0, 0, 2);
    ImGui::SetCursorPos({w / 2 - layout_.touchTarget, h / 2 - layout_.touchTarget / 2});
    if (button(say("Klar", "Done"), 2 * layout_.touchTarget, true)) {
        goTo(Page::Screen);
    }
}

} // namespace vitrin::staff
