#pragma once
// The exhibition as the kiosk shows it: plain data, produced by the content readers,
// only read by the screens.

#include "core/Lang.h"

#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

namespace vitrin::content {

using core::Lang;
using core::LocalText;

enum class SectionKind { Gallery, Timeline };

// An artwork, a photo or a timeline entry.
struct Item {
    std::filesystem::path image; // absolute path; empty for a timeline entry without a picture
    LocalText title;
    LocalText artist;
    std::string age; // the artist's age as written, e.g. "11"
    LocalText school;
    LocalText description;
    std::string year; // timeline: "1999"; galleries may leave it empty
    std::string date; // optional, as written: "2001-11" or "13 februari 2009"
    int width = 0;    // the image as stored (before EXIF orientation); 0 without a picture
    int height = 0;
    int exifOrientation = 1; // 1..8, as imaging::ImageInfo
    // Made from a caption sheet row: a timeline entry keeps its row's text when its picture
    // cannot be shown.
    bool hasCaptionRow = false;
};

struct Section {
    std::string folder; // folder name on disk, e.g. "1-Min stad Irkutsk"
    LocalText title;
    SectionKind kind = SectionKind::Gallery;
    std::vector<Item> items;
};

// A stop on the exhibition's tour.
struct Venue {
    LocalText name;
    std::string from; // ISO date, e.g. "2010-02-01"
    std::string to;   // ISO date, inclusive
    // The Swedish preposition before the name: "Visas nu på biblioteket", "… i Hammerdal".
    std::string preposition = "på";
};

struct Exhibition {
    LocalText title;
    std::vector<Lang> languages{Lang::Sv, Lang::En, Lang::Ru};
    Lang defaultLanguage = Lang::Sv;
    std::chrono::seconds idleTimeout{90};
    std::vector<Venue> tour;
    std::vector<Section> sections;

    size_t itemCount() const {
        size_t count = 0;
        for (const Section& section : sections) {
            count += section.items.size();
        }
        return count;
    }
};

} // namespace vitrin::content
