#pragma once
// Turns the imaging module's verdict on a file into advice a receptionist can act on.

#include "content/Report.h"
#include "imaging/Decode.h"

#include <filesystem>
#include <optional>

namespace vitrin::content {

// Why `file` cannot be shown and what to do instead, e.g. for HEIC "HEIC-bilder (från iPhone)
// kan inte visas. Spara bilden som JPEG och lägg in den igen."
StaffText describeRejection(const imaging::DecodeError& error, const std::filesystem::path& file,
                            const imaging::Limits& limits);

// A note when the file's name says another type than its content (a PNG named .jpg);
// nullopt when the name fits.
std::optional<StaffText> describeMisnaming(imaging::Format format,
                                           const std::filesystem::path& file);

// Advice for a file that is not an image but was meant as content (an Excel sheet, a Word
// document, a shortcut); nullopt when the extension says nothing useful.
std::optional<StaffText> adviceForExtension(const std::filesystem::path& file);

} // namespace vitrin::content
