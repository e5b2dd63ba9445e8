#pragma once
// exhibition.toml, the exhibition's settings: its title per language, the languages offered,
// the idle timeout, the order, kind and title of sections, and the tour. TOML because staff
// edit it in Notepad: comments with #, no nesting to get wrong, and every value has a line.
// A pure parser: bytes in, settings and findings (with line numbers) out.

#include "content/Catalog.h"
#include "content/Report.h"

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vitrin::content {

inline constexpr std::chrono::seconds kDefaultIdleTimeout{90};
inline constexpr std::chrono::seconds kMinIdleTimeout{15};
inline constexpr std::chrono::seconds kMaxIdleTimeout{3600};

// One [[section]] table.
struct SectionSettings {
    std::string folder; // the folder name as written
    std::optional<SectionKind> kind;
    bool photos = false; // kind = "photos": a gallery of photos, counted "9 foton"
    LocalText title;     // empty: the title comes from the folder name
    int line = 0;        // where the table starts, for findings about it
};

struct ExhibitionSettings {
    LocalText title;                                           // empty: none given
    std::vector<Lang> languages{Lang::Sv, Lang::En, Lang::Ru}; // the first one is the default
    std::chrono::seconds idleTimeout = kDefaultIdleTimeout;
    std::vector<SectionSettings> sections; // in the order written
    std::vector<Venue> tour;
};

struct SettingsParse {
    ExhibitionSettings settings;   // defaults wherever a value was missing or bad
    std::vector<Finding> findings; // with lines; file is left for the caller to fill in
};

// Reads exhibition.toml; never fails: a bad value becomes a finding and its default is used,
// a syntax error a finding and all defaults.
SettingsParse parseExhibitionSettings(std::string_view bytes);

} // namespace vitrin::content
