// Feeds arbitrary bytes to the layout reader: a layout file is TOML that the IT technician may
// edit; it must be read or refused with its line, never crash, and a layout that is read must
// be usable by the screens.

#include "FuzzCheck.h"
#include "ui/Layout.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using vitrin::fuzz::check;
    const auto layout = vitrin::ui::parseLayout(
        std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.toml");
    if (!layout) {
        check(!layout.error().message.empty(), "a refusal says why");
        return 0;
    }
    check(layout->width > 0 && layout->height > 0, "a layout has a size");
    check(layout->text.title > 0 && layout->text.heading > 0 && layout->text.body > 0 &&
              layout->text.caption > 0 && layout->text.button > 0,
          "text sizes are positive");
    check(layout->margin > 0 && layout->gap > 0 && layout->touchTarget > 0 && layout->barHeight > 0,
          "spacings are positive");
    check(layout->homeColumns > 0 && layout->galleryColumns > 0, "columns are positive");
    check(layout->scale() > 0, "a layout scales");
    return 0;
}
