#include "content/WithoutPictures.h"

#include <algorithm>

namespace vitrin::content {

Exhibition withoutPictures(const Exhibition& exhibition,
                           const std::set<std::filesystem::path>& broken) {
    Exhibition result = exhibition;
    result.sections.clear();
    for (const Section& section : exhibition.sections) {
        Section kept = section;
        kept.items.clear();
        for (const Item& item : section.items) {
            if (item.image.empty() || !broken.contains(item.image)) {
                kept.items.push_back(item);
            } else if (section.kind == SectionKind::Timeline && item.hasCaptionRow) {
                Item entry = item;
                entry.image.clear();
                entry.width = 0;
                entry.height = 0;
                entry.exifOrientation = 1;
                entry.recordings = {}; // as the loader: recordings belong to a shown picture
                kept.items.push_back(std::move(entry));
            }
        }
        if (!kept.items.empty()) {
            result.sections.push_back(std::move(kept));
        }
    }
    return result;
}

bool showsAnyOf(const Exhibition& exhibition, const std::set<std::filesystem::path>& pictures) {
    return std::any_of(
        exhibition.sections.begin(), exhibition.sections.end(), [&](const Section& section) {
            return std::any_of(section.items.begin(), section.items.end(), [&](const Item& item) {
                return !item.image.empty() && pictures.contains(item.image);
            });
        });
}

} // namespace vitrin::content
