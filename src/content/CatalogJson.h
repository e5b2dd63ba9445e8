#pragma once
// An Exhibition as JSON: how the content store keeps exactly what an import found, so the kiosk
// shows what the report promised without scanning and probing the folder again at start-up.
// Picture and recording paths are stored relative to a base folder.

#include "content/Catalog.h"
#include "core/Result.h"

#include <filesystem>
#include <string>
#include <string_view>

namespace vitrin::content {

// The exhibition as JSON; item pictures and recordings are written relative to base.
std::string catalogToJson(const Exhibition& exhibition, const std::filesystem::path& base);

// Reads catalogToJson's output; files are resolved against base. A file path that leads
// out of base, or anything malformed, is an error: a damaged catalog is never half-used.
core::Result<Exhibition> catalogFromJson(std::string_view json, const std::filesystem::path& base);

} // namespace vitrin::content
