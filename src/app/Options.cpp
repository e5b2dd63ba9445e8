#include "app/Options.h"

#include <charconv>

namespace vitrin::app {

using core::Error;
using core::Result;

std::string usage() {
    return "Usage: vitrin [options]\n"
           "\n"
           "  (no options)              full screen kiosk on the configured content\n"
           "  --windowed [WxH]          in a window (default 1280x720)\n"
           "  --media DIR               show the content folder DIR (default: bundled media/)\n"
           "  --layout NAME|FILE        force a layout from layouts/ (default: from the display)\n"
           "  --lang sv|en|ru           start language, and the language of --check's report\n"
           "  --rotate 0|90|180|270     turn the picture (and touch) clockwise, for a screen on "
           "its side\n"
           "  --state DIR               where the kiosk keeps its cache, settings and state\n"
           "  --renderer auto|opengl|software\n"
           "                            what draws: OpenGL, or SDL's software renderer where\n"
           "                            OpenGL runs on the CPU (auto, the default; found once and\n"
           "                            remembered in <state>/gl-renderer)\n"
           "  --check DIR               validate a content folder or USB stick, print the report;\n"
           "                            exit 0 usable, 1 nothing usable, 2 bad arguments\n"
           "  --import DIR              import DIR into the kiosk's content store as a USB swap\n"
           "                            does; exit 0 imported, 1 not (the old one stays)\n"
           "  --status [--json]         the exhibition shown, the last import, what restore "
           "brings\n"
           "  --set-pin                 read a staff PIN (4 to 8 digits) from standard input and\n"
           "                            store its hash in the settings of --state DIR;\n"
           "                            exit 0 set, 1 cannot be saved, 2 not a valid PIN\n"
           "  --stats-merge DIR... --out DIR\n"
           "                            merge the statistics exported by several kiosks (each\n"
           "                            DIR an export folder, or a folder holding them) into\n"
           "                            one report in DIR; exit 0 written, 1 not\n"
           "  --speech-out FILE.wav     write what is read aloud to FILE.wav instead of the\n"
           "                            loudspeakers\n"
           "  --headless --script FILE --shots DIR\n"
           "                            no display: replay FILE, write screenshots to DIR;\n"
           "                            exit 3 when an 'expect' fails\n"
           "  --help                    this text\n"
           "  --version                 the version\n";
}

namespace {

bool parseSize(const std::string& text, int& width, int& height) {
    const size_t x = text.find('x');
    if (x == std::string::npos) {
        return false;
    }
    const char* begin = text.data();
    auto [widthEnd, widthError] = std::from_chars(begin, begin + x, width);
    auto [heightEnd, heightError] = std::from_chars(begin + x + 1, begin + text.size(), height);
    return widthError == std::errc() && heightError == std::errc() && widthEnd == begin + x &&
           heightEnd == begin + text.size() && width >= 320 && height >= 240 && width <= 16384 &&
           height <= 16384;
}

} // namespace

Result<Options> parseOptions(const std::vector<std::string>& arguments) {
    Options options;
    std::vector<std::string> jobs; // at most one of --check, --import, ... per run
    for (size_t i = 0; i < arguments.size(); ++i) {
        const std::string& argument = arguments[i];
        const auto value = [&](const char* what) -> Result<std::string> {
            if (i + 1 >= arguments.size() || arguments[i + 1].rfind("--", 0) == 0) {
                return Error{argument + " needs " + what};
            }
            return arguments[++i];
        };
        if (argument == "--help" || argument == "-h") {
            options.mode = Options::Mode::Help;
            return options;
        }
        if (argument == "--version") {
            options.mode = Options::Mode::Version;
            return options;
        }
        if (argument == "--windowed") {
            options.windowed = true;
            if (i + 1 < arguments.size() && arguments[i + 1].rfind("--", 0) != 0) {
                if (!parseSize(arguments[i + 1], options.windowWidth, options.windowHeight)) {
                    return Error{"--windowed takes a size like 1280x720, not '" + arguments[i + 1] +
                                 "'"};
                }
                ++i;
            }
        } else if (argument == "--headless") {
            jobs.push_back(argument);
            options.mode = Options::Mode::Headless;
        } else if (argument == "--set-pin") {
            jobs.push_back(argument);
            options.mode = Options::Mode::SetPin;
        } else if (argument == "--status") {
            jobs.push_back(argument);
            options.mode = Options::Mode::Status;
        } else if (argument == "--json") {
            options.json = true;
        } else if (argument == "--stats-merge") {
            jobs.push_back(argument);
            options.mode = Options::Mode::StatsMerge;
            while (i + 1 < arguments.size() && arguments[i + 1].rfind("--", 0) != 0) {
                options.statsDirs.emplace_back(arguments[++i]);
            }
            if (options.statsDirs.empty()) {
                return Error{"--stats-merge needs at least one folder"};
            }
        } else if (argument == "--out") {
            auto text = value("a folder");
            if (!text) {
                return text.error();
            }
            options.outDir = *text;
        } else if (argument == "--speech-out") {
            auto text = value("a .wav file");
            if (!text) {
                return text.error();
            }
            options.speechOut = *text;
        } else if (argument == "--media" || argument == "--layout" || argument == "--lang" ||
                   argument == "--check" || argument == "--script" || argument == "--shots" ||
                   argument == "--state" || argument == "--rotate" || argument == "--import" ||
                   argument == "--renderer") {
            auto text = value(argument == "--lang" ? "sv, en or ru" : "an argument");
            if (!text) {
                return text.error();
            }
            if (argument == "--media") {
                options.media = *text;
            } else if (argument == "--layout") {
                options.layout = *text;
            } else if (argument == "--lang") {
                options.lang = core::parseLang(*text);
                if (!options.lang) {
                    return Error{"--lang takes sv, en or ru, not '" + *text + "'"};
                }
            } else if (argument == "--check") {
                jobs.push_back(argument);
                options.mode = Options::Mode::Check;
                options.checkDir = *text;
            } else if (argument == "--import") {
                jobs.push_back(argument);
                options.mode = Options::Mode::Import;
                options.importDir = *text;
            } else if (argument == "--rotate") {
                if (*text != "0" && *text != "90" && *text != "180" && *text != "270") {
                    return Error{"--rotate takes 0, 90, 180 or 270, not '" + *text + "'"};
                }
                options.rotation = std::stoi(*text);
            } else if (argument == "--state") {
                options.stateDir = *text;
            } else if (argument == "--renderer") {
                options.renderer = platform::parseRenderPreference(*text);
                if (!options.renderer) {
                    return Error{"--renderer takes auto, opengl or software, not '" + *text + "'"};
                }
            } else if (argument == "--script") {
                options.script = *text;
            } else {
                options.shotsDir = *text;
            }
        } else {
            return Error{"unknown option '" + argument + "'"};
        }
    }
    if (jobs.size() > 1) {
        return Error{jobs[0] + " and " + jobs[1] + " do not go together"};
    }
    if (options.json && options.mode != Options::Mode::Status) {
        return Error{"--json goes with --status"};
    }
    if ((options.mode == Options::Mode::StatsMerge) != !options.outDir.empty()) {
        return Error{options.outDir.empty() ? "--stats-merge needs --out DIR"
                                            : "--out goes with --stats-merge"};
    }
    if (options.mode == Options::Mode::Headless) {
        if (options.script.empty()) {
            return Error{"--headless needs --script FILE"};
        }
    } else if (!options.script.empty() || !options.shotsDir.empty()) {
        return Error{"--script and --shots go with --headless"};
    }
    return options;
}

} // namespace vitrin::app
