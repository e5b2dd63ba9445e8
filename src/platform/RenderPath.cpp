#include "platform/RenderPath.h"

#include "core/StateFile.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace vitrin::platform {

std::optional<RenderPreference> parseRenderPreference(std::string_view text) {
    if (text == "auto") {
        return RenderPreference::Auto;
    }
    if (text == "opengl") {
        return RenderPreference::OpenGL;
    }
    if (text == "software") {
        return RenderPreference::Software;
    }
    return std::nullopt;
}

std::string_view renderPathName(RenderPath path) {
    return path == RenderPath::OpenGL ? "opengl" : "software";
}

bool isSoftwareGl(std::string_view glRenderer) {
    std::string lower(glRenderer);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (lower.find_first_not_of(" \t\r\n") == std::string::npos) {
        return true;
    }
    static constexpr std::array<std::string_view, 7> kSoftware{
        "llvmpipe",   "softpipe", "software rasterizer",
        "swrast",     "swr (",    "microsoft basic render",
        "gdi generic"};
    return std::any_of(kSoftware.begin(), kSoftware.end(), [&](std::string_view name) {
        return lower.find(name) != std::string::npos;
    });
}

RenderPath chooseRenderPath(RenderPreference preference,
                            const std::optional<std::string>& rememberedGlRenderer) {
    switch (preference) {
    case RenderPreference::OpenGL:
        return RenderPath::OpenGL;
    case RenderPreference::Software:
        return RenderPath::Software;
    case RenderPreference::Auto:
        break;
    }
    if (!rememberedGlRenderer) {
        return RenderPath::OpenGL;
    }
    return isSoftwareGl(*rememberedGlRenderer) ? RenderPath::Software : RenderPath::OpenGL;
}

std::filesystem::path glRendererFile(const std::filesystem::path& stateDir) {
    return stateDir / "gl-renderer";
}

std::optional<std::string> loadGlRenderer(const std::filesystem::path& stateDir) {
    auto read = core::readStateFile(glRendererFile(stateDir), 4096);
    if (!read || !*read) {
        return std::nullopt;
    }
    std::string text = std::move(**read);
    if (const auto end = text.find('\n'); end != std::string::npos) {
        text.resize(end);
    }
    return text;
}

bool saveGlRenderer(const std::filesystem::path& stateDir, std::string_view glRenderer) {
    std::error_code error;
    std::filesystem::create_directories(stateDir, error);
    return static_cast<bool>(
        core::writeStateFile(glRendererFile(stateDir), std::string(glRenderer) + "\n"));
}

} // namespace vitrin::platform
