#pragma once
// Reads a content folder (the bundled media/ or a USB stick) into an Exhibition and a Report:
// one folder per section, images checked by their bytes, caption sheets, text files and
// exhibition.toml read, and everything that cannot be used explained to staff.

#include "content/Catalog.h"
#include "content/Report.h"
#include "core/Lang.h"
#include "imaging/Decode.h"

#include <filesystem>
#include <string>

namespace vitrin::content {

// Header: probe only (kiosk start); Full: decode every image (--check, import).
enum class ImageCheck { Header, Full };

struct LoadOptions {
    ImageCheck imageCheck = ImageCheck::Full;
    imaging::Limits limits{};
};

struct LoadResult {
    Exhibition exhibition; // only sections with something to show
    Report report;
};

// Reads a content folder (media/ or a USB stick); never throws, never crashes on bad input.
LoadResult loadContentFolder(const std::filesystem::path& dir, const LoadOptions& options = {});

// The --check report for staff: Swedish for Lang::Sv, English for En (Ru falls back to English).
std::string formatReport(const LoadResult& result, core::Lang lang);

// 0 when something can be shown (warnings allowed), 1 when nothing usable.
int checkExitCode(const LoadResult& result);

// A title from a name: a numeric prefix ("1-", "02 ", "3_", "04.") dropped and '_' read as a
// space; for a file also the extension dropped and '-' read as a space. Never empty for a
// non-empty name: when nothing would be left, the name is used as it is.
std::string titleFromName(std::string_view name, bool isFile);

} // namespace vitrin::content
