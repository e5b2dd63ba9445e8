#include "stats/StatsChart.h"

#include "core/Text.h"
#include "platform/Sdl.h"

#include <SDL_image.h>

#include <algorithm>
#include <map>
#include <string>

namespace vitrin::stats {

namespace fs = std::filesystem;
using platform::FontPtr;
using platform::SurfacePtr;

namespace {

// At most this many days are drawn: the last ones.
constexpr int kChartDays = 62;
constexpr SDL_Color kInk{30, 30, 30, 255};
constexpr SDL_Color kMuted{100, 100, 100, 255};
constexpr Uint32 kBarRgb = 0x2A5D9F;
constexpr Uint32 kGridRgb = 0xDDDDDD;

class Canvas {
  public:
    Canvas(SDL_Surface* surface, TTF_Font* large, TTF_Font* small)
        : surface_(surface), large_(large), small_(small) {}

    void fill(int x, int y, int w, int h, Uint32 rgb) {
        const SDL_Rect rect{x, y, std::max(w, 0), std::max(h, 0)};
        SDL_FillRect(surface_, &rect,
                     SDL_MapRGB(surface_->format, static_cast<Uint8>(rgb >> 16),
                                static_cast<Uint8>(rgb >> 8), static_cast<Uint8>(rgb)));
    }
    // Text with its left edge at x, or its right edge at x when alignRight; cut to maxWidth.
    int text(const std::string& text, int x, int y, bool large, SDL_Color colour,
             bool alignRight = false, int maxWidth = 100000) {
        if (text.empty()) {
            return 0;
        }
        SurfacePtr drawn(TTF_RenderUTF8_Blended(large ? large_ : small_, text.c_str(), colour));
        if (!drawn) {
            return 0;
        }
        SDL_Rect source{0, 0, std::min(drawn->w, maxWidth), drawn->h};
        SDL_Rect target{alignRight ? x - source.w : x, y, source.w, source.h};
        SDL_BlitSurface(drawn.get(), &source, surface_, &target);
        return source.w;
    }
    int textWidth(const std::string& text, bool large) {
        int width = 0;
        TTF_SizeUTF8(large ? large_ : small_, text.c_str(), &width, nullptr);
        return width;
    }

  private:
    SDL_Surface* surface_;
    TTF_Font* large_;
    TTF_Font* small_;
};

// Vertical bars of values in the box, labelled below by labels (empty: none), with the
// largest value written on the axis.
void bars(Canvas& canvas, const std::string& heading, const std::vector<int>& values,
          const std::vector<std::string>& labels, int left, int top, int width, int height) {
    canvas.text(heading, left, top, true, kInk);
    const int plotTop = top + 60;
    const int plotHeight = height - 60 - 40;
    const int largest = std::max(1, *std::max_element(values.begin(), values.end()));
    canvas.fill(left + 60, plotTop + plotHeight, width - 60, 2, kGridRgb);
    canvas.fill(left + 60, plotTop, width - 60, 1, kGridRgb);
    canvas.text(std::to_string(largest), left + 50, plotTop - 12, false, kMuted, true);
    canvas.text("0", left + 50, plotTop + plotHeight - 14, false, kMuted, true);
    // Bars no wider than a few days' worth, so that a single day is not one block.
    const int slot = std::min(60, (width - 60) / static_cast<int>(values.size()));
    for (size_t i = 0; i < values.size(); ++i) {
        const int x = left + 60 + static_cast<int>(i) * slot;
        const int barHeight = values[i] * plotHeight / largest;
        canvas.fill(x + slot / 6, plotTop + plotHeight - barHeight, slot - slot / 3, barHeight,
                    kBarRgb);
        if (!labels[i].empty()) {
            canvas.text(labels[i], x, plotTop + plotHeight + 6, false, kMuted);
        }
    }
}

} // namespace

core::Result<void> writeChart(const StatsTables& tables, const fs::path& fontFile,
                              const fs::path& file) {
    if (TTF_Init() != 0) {
        return platform::sdlError("TTF_Init");
    }
    struct TtfQuit {
        ~TtfQuit() { TTF_Quit(); }
    } ttfQuit;
    const FontPtr large(TTF_OpenFont(fontFile.c_str(), 34));
    const FontPtr small(TTF_OpenFont(fontFile.c_str(), 22));
    if (!large || !small) {
        return platform::sdlError("TTF_OpenFont " + fontFile.string());
    }
    const SurfacePtr surface(
        SDL_CreateRGBSurfaceWithFormat(0, kChartWidth, kChartHeight, 32, SDL_PIXELFORMAT_RGB888));
    if (!surface) {
        return platform::sdlError("SDL_CreateRGBSurfaceWithFormat");
    }
    Canvas canvas(surface.get(), large.get(), small.get());
    canvas.fill(0, 0, kChartWidth, kChartHeight, 0xFFFFFF);

    std::string title = "Besök";
    const std::vector<std::string> venues = tables.venues();
    if (venues.size() == 1) {
        title += " på " + venues.front();
    } else if (venues.size() > 1) {
        title += " på " + std::to_string(venues.size()) + " platser";
    }
    title += ": " + std::to_string(tables.totalVisits()) + " sammanlagt";
    canvas.text(title, 60, 30, true, kInk);
    if (venues.size() > 1) {
        std::map<std::string, int> perVenue;
        for (const DayRow& row : tables.days) {
            perVenue[row.venue] += row.visits;
        }
        std::string line;
        for (const auto& [venue, visits] : perVenue) {
            line += (line.empty() ? "" : " · ") + venue + ": " + std::to_string(visits);
        }
        canvas.text(line, 60, 76, false, kMuted, false, kChartWidth - 120);
    }

    std::vector<int> dayValues;
    std::vector<std::string> dayLabels;
    const auto days = visitsPerDay(tables, kChartDays);
    for (size_t i = 0; i < days.size(); ++i) {
        dayValues.push_back(days[i].second);
        // A label every week from the first day: "2/12".
        const std::string& iso = days[i].first;
        dayLabels.push_back(i % 7 == 0 ? std::to_string(std::stoi(iso.substr(8, 2))) + "/" +
                                             std::to_string(std::stoi(iso.substr(5, 2)))
                                       : std::string());
    }
    if (days.empty()) {
        dayValues.push_back(0);
        dayLabels.emplace_back();
    }
    bars(canvas, "Besök per dag", dayValues, dayLabels, 60, 110, kChartWidth - 120, 400);

    std::vector<int> hourValues(24, 0);
    std::vector<std::string> hourLabels(24);
    for (const HourRow& row : tables.hours) {
        hourValues[static_cast<size_t>(row.hour)] += row.visits;
    }
    for (int hour = 0; hour < 24; hour += 3) {
        hourLabels[static_cast<size_t>(hour)] = (hour < 10 ? "0" : "") + std::to_string(hour);
    }
    bars(canvas, "Besök per timme (när besöket började)", hourValues, hourLabels, 60, 560,
         kChartWidth - 120, 340);

    // The ten most viewed works as horizontal bars, their titles on the left.
    const int top = 950;
    canvas.text("De tio mest sedda verken och bilderna", 60, top, true, kInk);
    const std::vector<TopItem> items = topItems(tables, 10);
    if (items.empty()) {
        canvas.text("Inga ännu.", 60, top + 60, false, kMuted);
    }
    const int titleWidth = 620;
    const int barLeft = 60 + titleWidth + 20;
    const int barMax = kChartWidth - 60 - barLeft - 120;
    const int most = items.empty() ? 1 : std::max(1, items.front().opens);
    for (size_t i = 0; i < items.size(); ++i) {
        const int y = top + 60 + static_cast<int>(i) * 38;
        canvas.text(std::to_string(i + 1) + ". " + items[i].title, 60, y, false, kInk, false,
                    titleWidth);
        const int length = std::max(2, items[i].opens * barMax / most);
        canvas.fill(barLeft, y + 4, length, 26, kBarRgb);
        canvas.text(std::to_string(items[i].opens), barLeft + length + 10, y, false, kMuted);
    }

    const fs::path temporary = file.string() + ".tmp";
    if (IMG_SavePNG(surface.get(), temporary.c_str()) != 0) {
        return platform::sdlError("IMG_SavePNG " + temporary.string());
    }
    std::error_code renamed;
    fs::rename(temporary, file, renamed);
    if (renamed) {
        fs::remove(temporary, renamed);
        return core::Error{"cannot write " + file.string()};
    }
    return {};
}

} // namespace vitrin::stats
