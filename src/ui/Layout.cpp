#include "ui/Layout.h"

#include "core/Log.h"

#include <toml++/toml.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <sstream>

namespace vitrin::ui {

using core::Error;
using core::Result;

namespace {

// Reads a positive number at key into target; keeps the default when absent.
Result<void> readNumber(const toml::table& table, std::string_view key, float& target,
                        std::string_view sourceName) {
    const toml::node* node = table.get(key);
    if (node == nullptr) {
        return {};
    }
    auto value = node->value<double>();
    // Written so that NaN fails it too (every comparison with NaN is false).
    if (!value || !(*value > 0 && *value <= 20000)) {
        return Error{std::string(sourceName) + ":" + std::to_string(node->source().begin.line) +
                     ": '" + std::string(key) + "' must be a positive number"};
    }
    target = static_cast<float>(*value);
    return {};
}

Result<void> readInt(const toml::table& table, std::string_view key, int& target,
                     std::string_view sourceName) {
    float value = static_cast<float>(target);
    if (auto read = readNumber(table, key, value, sourceName); !read) {
        return read;
    }
    // A count or a size of 0 after rounding (0.4 columns) would divide by zero later.
    if (std::lround(value) < 1) {
        return Error{std::string(sourceName) + ": '" + std::string(key) +
                     "' must be a whole number of at least 1"};
    }
    target = static_cast<int>(std::lround(value));
    return {};
}

} // namespace

Result<Layout> parseLayout(std::string_view source, std::string_view sourceName) {
    toml::table root;
    try {
        // Debian's tomlplusplus is built with exceptions: parse errors arrive as one.
        root = toml::parse(source, sourceName);
    } catch (const toml::parse_error& error) {
        return Error{std::string(sourceName) + ":" + std::to_string(error.source().begin.line) +
                     ": " + std::string(error.description())};
    }
    Layout layout;
    layout.name = root["name"].value_or(std::string(sourceName));
    const toml::table empty;
    const toml::table* text = root["text"].as_table();
    const toml::table* spacing = root["spacing"].as_table();
    const toml::table* grid = root["grid"].as_table();
    const std::pair<const toml::table*, std::vector<std::pair<std::string_view, float*>>>
        numbers[] = {{&root, {}},
                     {text ? text : &empty,
                      {{"title", &layout.text.title},
                       {"heading", &layout.text.heading},
                       {"body", &layout.text.body},
                       {"caption", &layout.text.caption},
                       {"button", &layout.text.button}}},
                     {spacing ? spacing : &empty,
                      {{"margin", &layout.margin},
                       {"gap", &layout.gap},
                       {"touch_target", &layout.touchTarget},
                       {"bar_height", &layout.barHeight}}}};
    for (const auto& [table, keys] : numbers) {
        for (const auto& [key, target] : keys) {
            if (auto read = readNumber(*table, key, *target, sourceName); !read) {
                return read.error();
            }
        }
    }
    const std::pair<const toml::table*, std::pair<std::string_view, int*>> ints[] = {
        {&root, {"width", &layout.width}},
        {&root, {"height", &layout.height}},
        {grid ? grid : &empty, {"home_columns", &layout.homeColumns}},
        {grid ? grid : &empty, {"gallery_columns", &layout.galleryColumns}}};
    for (const auto& [table, entry] : ints) {
        if (auto read = readInt(*table, entry.first, *entry.second, sourceName); !read) {
            return read.error();
        }
    }
    if (const toml::node* tall = root.get("tall")) {
        if (!tall->is_boolean()) {
            return Error{std::string(sourceName) + ":" + std::to_string(tall->source().begin.line) +
                         ": 'tall' must be true or false"};
        }
        layout.tall = **tall->as_boolean();
    }
    if (!root.contains("width") || !root.contains("height")) {
        return Error{std::string(sourceName) + ": a layout needs width and height"};
    }
    return layout;
}

Result<Layout> loadLayoutFile(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        return Error{"cannot read layout file " + file.string()};
    }
    std::ostringstream text;
    text << in.rdbuf();
    return parseLayout(text.str(), file.filename().string());
}

std::vector<Layout> loadLayouts(const std::filesystem::path& dir) {
    std::vector<std::filesystem::path> files;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
        if (entry.path().extension() == ".toml") {
            files.push_back(entry.path());
        }
    }
    std::sort(files.begin(), files.end());
    std::vector<Layout> layouts;
    for (const auto& file : files) {
        if (auto layout = loadLayoutFile(file)) {
            layouts.push_back(std::move(*layout));
        } else {
            // The technician who edited it must be able to find out why it is not used.
            core::logWarning("layout not used: " + layout.error().message);
        }
    }
    return layouts;
}

const Layout& chooseLayout(const std::vector<Layout>& layouts, int displayWidth,
                           int displayHeight) {
    static const Layout fallback;
    const bool portrait = displayHeight > displayWidth;
    const Layout* best = nullptr;
    double bestScore = 0;
    for (const Layout& layout : layouts) {
        // Orientation first, then the nearest pixel count and aspect ratio.
        const double aspect =
            std::abs(std::log((static_cast<double>(layout.width) / layout.height) /
                              (static_cast<double>(displayWidth) / std::max(1, displayHeight))));
        const double size = std::abs(std::log(static_cast<double>(layout.width) * layout.height /
                                              std::max(1.0, 1.0 * displayWidth * displayHeight)));
        const double score = (layout.isPortrait() == portrait ? 0 : 100) + 10 * aspect + size;
        if (best == nullptr || score < bestScore) {
            best = &layout;
            bestScore = score;
        }
    }
    return best != nullptr ? *best : fallback;
}

Result<Layout> resolveLayout(const std::filesystem::path& dir, const std::string& nameOrFile) {
    std::error_code ec;
    if (std::filesystem::is_regular_file(nameOrFile, ec)) {
        return loadLayoutFile(nameOrFile);
    }
    for (Layout& layout : loadLayouts(dir)) {
        if (layout.name == nameOrFile) {
            return std::move(layout);
        }
    }
    return Error{"no layout named '" + nameOrFile + "' in " + dir.string()};
}

} // namespace vitrin::ui
