#include "platform/RenderPath.h"

#include <gtest/gtest.h>

#include <unistd.h>

using namespace vitrin::platform;

TEST(RenderPath, RasterisersOnTheCpuAreSoftware) {
    EXPECT_TRUE(isSoftwareGl("llvmpipe (LLVM 15.0.6, 256 bits)"));
    EXPECT_TRUE(isSoftwareGl("softpipe"));
    EXPECT_TRUE(isSoftwareGl("Software Rasterizer"));
    EXPECT_TRUE(isSoftwareGl("Mesa X11 swrast"));
    EXPECT_TRUE(isSoftwareGl("SWR (LLVM 12.0.0, 256 bits)"));
    EXPECT_TRUE(isSoftwareGl("GDI Generic"));
    EXPECT_TRUE(isSoftwareGl("Microsoft Basic Render Driver"));
    EXPECT_TRUE(isSoftwareGl(""));
    EXPECT_TRUE(isSoftwareGl("  \n"));
}

TEST(RenderPath, GpusAreOpenGl) {
    EXPECT_FALSE(isSoftwareGl("Mesa Intel(R) UHD Graphics 620 (KBL GT2)"));
    EXPECT_FALSE(isSoftwareGl("AMD Radeon Vega 8 Graphics (raven, LLVM 15.0.6, DRM 3.49, "
                              "6.1.0-18-amd64)"));
    EXPECT_FALSE(isSoftwareGl("V3D 4.2"));
    EXPECT_FALSE(isSoftwareGl("NVIDIA GeForce GT 710/PCIe/SSE2"));
    EXPECT_FALSE(isSoftwareGl("virgl (Intel HD Graphics)"));
}

TEST(RenderPath, TheChoiceFollowsThePreferenceThenWhatWasFound) {
    EXPECT_EQ(chooseRenderPath(RenderPreference::OpenGL, "llvmpipe"), RenderPath::OpenGL);
    EXPECT_EQ(chooseRenderPath(RenderPreference::Software, "V3D 4.2"), RenderPath::Software);
    EXPECT_EQ(chooseRenderPath(RenderPreference::Auto, "V3D 4.2"), RenderPath::OpenGL);
    EXPECT_EQ(chooseRenderPath(RenderPreference::Auto, "llvmpipe (LLVM 15.0.6, 256 bits)"),
              RenderPath::Software);
    // Not known yet: OpenGL, which tells what it is.
    EXPECT_EQ(chooseRenderPath(RenderPreference::Auto, std::nullopt), RenderPath::OpenGL);
}

TEST(RenderPath, PreferencesAreParsed) {
    EXPECT_EQ(parseRenderPreference("auto"), RenderPreference::Auto);
    EXPECT_EQ(parseRenderPreference("opengl"), RenderPreference::OpenGL);
    EXPECT_EQ(parseRenderPreference("software"), RenderPreference::Software);
    EXPECT_EQ(parseRenderPreference("OpenGL"), std::nullopt);
    EXPECT_EQ(parseRenderPreference(""), std::nullopt);
}

TEST(RenderPath, TheFoundRendererIsRememberedInTheStateFolder) {
    const std::filesystem::path dir =
        std::filesystem::temp_directory_path() / ("vitrin-render-path-" + std::to_string(getpid()));
    std::filesystem::remove_all(dir);
    EXPECT_EQ(loadGlRenderer(dir), std::nullopt);
    ASSERT_TRUE(saveGlRenderer(dir, "llvmpipe (LLVM 15.0.6, 256 bits)"));
    EXPECT_EQ(loadGlRenderer(dir), "llvmpipe (LLVM 15.0.6, 256 bits)");
    EXPECT_TRUE(std::filesystem::exists(glRendererFile(dir)));
    std::filesystem::remove_all(dir);
}
