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

// What a section's items are, for the word that counts them: "20 verk", "9 foton",
// "14 händelser". A gallery holds works unless exhibition.toml says photos; a timeline holds
// events.
enum class ItemNoun { Work, Photo, Event };

// Recorded descriptions of a picture, one file per language (bild.sv.ogg, bild.en.ogg,
// bild.ru.ogg beside bild.jpg): absolute paths, empty where there is none. Unlike LocalText
// there is no fallback: a Swedish recording is never played to an English-speaking visitor
// (the speech synthesiser reads the English text instead).
struct Recordings {
    std::filesystem::path sv, en, ru;

    const std::filesystem::path& in(Lang lang) const {
        return lang == Lang::Sv ? sv : lang == Lang::En ? en : ru;
    }
    std::filesystem::path& slot(Lang lang) {
        return lang == Lang::Sv ? sv : lang == Lang::En ? en : ru;
    }
    bool empty() const { return sv.empty() && en.empty() && ru.empty(); }
    bool operator==(const Recordings&) const = default;
};

// An artwork, a photo or a timeline entry.
struct Item {
    std::filesystem::path image; // absolute path; empty for a timeline entry without a picture
    LocalText title;
    LocalText artist;
    std::string age; // the artist's age as written, e.g. "11"
    LocalText school;
    LocalText description;
    LocalText theme;  // timeline: the group of an entry without a year ("Utbildning")
    std::string year; // timeline: "1999"; galleries may leave it empty
    std::string date; // optional, as written: "2001-11" or "13 februari 2009"
    int width = 0;    // the image as stored (before EXIF orientation); 0 without a picture
    int height = 0;
    int exifOrientation = 1; // 1..8, as imaging::ImageInfo
    Recordings recordings;   // only for an item with a picture
    // Made from a caption sheet row: a timeline entry keeps its row's text when its picture
    // cannot be shown.
    bool hasCaptionRow = false;
};

struct Section {
    std::string folder; // folder name on disk, e.g. "1-Min stad Irkutsk"
    LocalText title;
    SectionKind kind = SectionKind::Gallery;
    ItemNoun noun = ItemNoun::Work;
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
    // "Om utställningen", from om-utstallningen.toml; each may be empty in every language.
    // summary: one sentence for the home screen, what the visitor is looking at.
    // about: what the exhibition is, the competition, who made it possible.
    // credits: who made what, and the rights to the pictures.
    // about and credits are paragraphs separated by one empty line ("\n\n"); a single "\n"
    // inside a paragraph is a line break the writer meant (a list of names).
    LocalText summary;
    LocalText about;
    LocalText credits;

    size_t itemCount() const {
        size_t count = 0;
        for (const Section& section : sections) {
            count += section.items.size();
        }
        return count;
    }
};

} // namespace vitrin::content
