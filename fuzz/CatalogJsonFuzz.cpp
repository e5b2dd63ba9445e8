// Feeds arbitrary bytes to the reader of an imported exhibition's catalog.json. A damaged
// catalog is refused whole; one that is read never names a picture or a recording outside its
// folder, and
// writing it again gives a catalog that reads back the same.

#include "FuzzCheck.h"
#include "content/CatalogJson.h"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace vitrin::content;
    using vitrin::fuzz::check;
    const std::filesystem::path base = "/state/exhibitions/7/content";
    const auto exhibition =
        catalogFromJson(std::string_view(reinterpret_cast<const char*>(data), size), base);
    if (!exhibition) {
        check(!exhibition.error().message.empty(), "a refusal says why");
        return 0;
    }
    const auto inside = [&base](const std::filesystem::path& file) {
        const auto relative = file.lexically_normal().lexically_relative(base);
        return !relative.empty() && *relative.begin() != "..";
    };
    for (const Section& section : exhibition->sections) {
        for (const Item& item : section.items) {
            check(item.image.empty() || inside(item.image),
                  "a picture lies inside the exhibition's folder");
            for (Lang lang : vitrin::core::kAllLangs) {
                const std::filesystem::path& recording = item.recordings.in(lang);
                check(recording.empty() || inside(recording),
                      "a recording lies inside the exhibition's folder");
            }
        }
    }
    const std::string written = catalogToJson(*exhibition, base);
    const auto again = catalogFromJson(written, base);
    check(static_cast<bool>(again), "a catalog read is written and read again");
    check(catalogToJson(*again, base) == written, "writing a catalog read back changes nothing");
    return 0;
}
