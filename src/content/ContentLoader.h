#pragma once
// Reads a content folder (the bundled media/ or a USB stick) into an Exhibition and a Report:
// one folder per section, images checked by their bytes, caption sheets, text files and
// exhibition.toml read, and everything that cannot be used explained to staff.

#include "content/Catalog.h"
#include "content/FolderScanner.h"
#include "content/Report.h"
#include "core/Lang.h"
#include "imaging/Decode.h"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>

namespace vitrin::content {

// Header: probe only (kiosk start); Full: decode every image (--check, import).
enum class ImageCheck { Header, Full };

// A verdict on one picture that someone else has reached already (an import decodes each
// picture once while copying it): the file and its path relative to the content folder.
using ImageVerdict = std::function<imaging::DecodeResult<imaging::ImageInfo>(
    const std::filesystem::path& file, const std::string& relative)>;

struct LoadOptions {
    ImageCheck imageCheck = ImageCheck::Full;
    imaging::Limits limits{};
    ImageVerdict verdict; // when set, used instead of imageCheck
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

// Whether a file in a section folder is read as a picture (by its bytes), rather than as a
// caption sheet, a text or a spreadsheet; key as FolderEntry::key.
bool isPictureCandidate(std::string_view key);

// A recorded description larger than this is neither read nor imported: 20 minutes (the
// longest a recording may be) of Ogg Vorbis at its highest quality fit.
inline constexpr std::uintmax_t kMaxRecordingBytes = 128 * 1024 * 1024;

// Whether a file in a section folder is read as a recorded description (.ogg, .oga); key as
// FolderEntry::key.
bool isRecordingCandidate(std::string_view key);

// What a kiosk itself writes at the top of a stick, never read as content: the folder "Vitrin"
// (statistics, logs) and an import's report ("Vitrin-rapport 2026-12-02.txt").
bool isKioskOutput(const FolderEntry& entry);

// A title from a name: a numeric prefix ("1-", "02 ", "3_", "04.") dropped and '_' read as a
// space; for a file also the extension dropped and '-' read as a space. Never empty for a
// non-empty name: when nothing would be left, the name is used as it is.
std::string titleFromName(std::string_view name, bool isFile);

} // namespace vitrin::content
