#pragma once
// Lists one folder of a content folder safely: junk left by computers is skipped silently,
// links are resolved but never lead out of the content folder, and nothing is ever opened,
// entered recursively or run.

#include "content/Report.h"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace vitrin::content {

struct FolderEntry {
    std::string name;           // as shown to staff: valid UTF-8 in NFC
    std::string key;            // matchKey(name), for comparing names
    std::string relative;       // relative to the content folder, '/'-separated, for findings
    std::filesystem::path path; // where to read it; a link is replaced by its target
    bool isFolder = false;      // otherwise a regular file
};

struct FolderListing {
    bool isReadable = true;
    std::vector<FolderEntry> entries; // natural name order (2 before 10), junk left out
};

// Lists `folder`, which is `root` or inside it (both canonical). Links leading out of root,
// nowhere or round in a circle, and special files, become Rejected findings in report.
FolderListing listFolder(const std::filesystem::path& root, const std::filesystem::path& folder,
                         const std::string& relative, Report& report);

// Whether a name is something computers leave behind (.DS_Store, Thumbs.db, ...), never content.
bool isJunk(std::string_view name);

// Name order as Explorer shows it: case-insensitive, runs of digits compared as numbers.
bool naturalLess(std::string_view leftKey, std::string_view rightKey);

} // namespace vitrin::content
