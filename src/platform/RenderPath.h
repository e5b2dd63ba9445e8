#pragma once
// Which of SDL's renderers draws the kiosk: OpenGL where OpenGL is a GPU, SDL's software
// renderer on the window's own MIT-SHM surface where OpenGL would be Mesa's software rasteriser
// (llvmpipe, softpipe) anyway. There the software renderer starts without loading libGL and
// LLVM, and copies pictures that are drawn at their own size instead of rasterising them.
//
// The choice needs the OpenGL renderer's name, which costs an OpenGL context to learn (about
// 150 ms on llvmpipe), so the first start asks for it and remembers it in the state directory
// (<state>/gl-renderer); later starts read the file.

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace vitrin::platform {

enum class RenderPath { OpenGL, Software };

// What the command line (--renderer) or a technician asks for; Auto decides from the machine.
enum class RenderPreference { Auto, OpenGL, Software };

// "auto", "opengl" or "software"; nothing for anything else.
std::optional<RenderPreference> parseRenderPreference(std::string_view text);
std::string_view renderPathName(RenderPath path);

// True when an OpenGL renderer string (GL_RENDERER) names a rasteriser that runs on the CPU:
// Mesa's llvmpipe, softpipe and swrast ("Software Rasterizer"), OpenSWR, Microsoft's GDI
// Generic and Basic Render driver. Empty (no OpenGL at all) counts as software.
bool isSoftwareGl(std::string_view glRenderer);

// The path to take. Auto with no remembered renderer string: OpenGL, which then probes (the
// caller learns the string from the context it made and calls this again).
RenderPath chooseRenderPath(RenderPreference preference,
                            const std::optional<std::string>& rememberedGlRenderer);

// <state>/gl-renderer: the OpenGL renderer string found on this machine, one line.
std::filesystem::path glRendererFile(const std::filesystem::path& stateDir);
std::optional<std::string> loadGlRenderer(const std::filesystem::path& stateDir);
// Writes it atomically; false when the state directory cannot be written (then the next start
// probes again).
bool saveGlRenderer(const std::filesystem::path& stateDir, std::string_view glRenderer);

} // namespace vitrin::platform
