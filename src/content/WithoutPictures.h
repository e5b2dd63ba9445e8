#pragma once
// Takes pictures that turned out not to decode off an exhibition loaded with a quick header
// check, so the kiosk shows what `vitrin --check` (which decodes everything) says it will.

#include "content/Catalog.h"

#include <filesystem>
#include <set>

namespace vitrin::content {

// exhibition without the pictures in broken, as the content loader treats a rejected picture:
// a gallery item goes; a timeline entry from a caption sheet row stays, without its picture,
// and one made from the picture alone goes; a section left empty goes.
Exhibition withoutPictures(const Exhibition& exhibition,
                           const std::set<std::filesystem::path>& broken);

// True when some item of exhibition shows a picture in pictures.
bool showsAnyOf(const Exhibition& exhibition, const std::set<std::filesystem::path>& pictures);

} // namespace vitrin::content
