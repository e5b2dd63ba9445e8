#pragma once
// The command line (DESIGN.md's contract), parsed into plain data.

#include "core/Lang.h"
#include "core/Result.h"
#include "platform/RenderPath.h"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace vitrin::app {

struct Options {
    enum class Mode {
        Kiosk,
        Check,
        Import,
        Status,
        Headless,
        SetPin,
        StatsMerge,
        Help,
        Version
    } mode = Mode::Kiosk;
    bool windowed = false;
    int windowWidth = 0, windowHeight = 0;
    std::optional<std::filesystem::path> media;
    std::optional<std::string> layout;
    std::optional<core::Lang> lang;
    std::optional<int> rotation; // degrees clockwise: 0, 90, 180 or 270; none: the setting
    std::optional<std::filesystem::path> stateDir;
    std::optional<platform::RenderPreference> renderer; // --renderer; none: auto
    std::filesystem::path checkDir;
    std::filesystem::path importDir;
    std::vector<std::filesystem::path> statsDirs; // --stats-merge DIR...
    std::filesystem::path outDir;                 // --out DIR
    bool json = false;                            // --status --json
    std::filesystem::path script;
    std::filesystem::path shotsDir;
    std::filesystem::path speechOut; // --speech-out FILE.wav; empty: the loudspeakers
};

// Parses argv[1..]; an error means bad usage (exit 2).
core::Result<Options> parseOptions(const std::vector<std::string>& arguments);
// The --help text.
std::string usage();

} // namespace vitrin::app
