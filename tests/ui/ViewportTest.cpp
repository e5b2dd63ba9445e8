#include "ui/Viewport.h"
#include "ui/Tiles.h"

#include <gtest/gtest.h>

#include <cmath>
#include <random>

using namespace vitrin::ui;

namespace {

const Rect kBox{48, 152, 1216, 880};

// The picture is never lost: on each axis it covers the box where it is larger, and sits in
// the middle where it is smaller.
void expectWithinLimits(const Rect& picture, const Rect& box) {
    constexpr float kTolerance = 0.01f;
    if (picture.w >= box.w) {
        EXPECT_LE(picture.x, box.x + kTolerance);
        EXPECT_GE(picture.right(), box.right() - kTolerance);
    } else {
        EXPECT_NEAR(picture.x + picture.w / 2, box.x + box.w / 2, kTolerance);
    }
    if (picture.h >= box.h) {
        EXPECT_LE(picture.y, box.y + kTolerance);
        EXPECT_GE(picture.bottom(), box.bottom() - kTolerance);
    } else {
        EXPECT_NEAR(picture.y + picture.h / 2, box.y + box.h / 2, kTolerance);
    }
}

} // namespace

TEST(Viewport, StartsWithTheWholePictureFittedAndCentred) {
    Viewport viewport;
    viewport.setFrame(kBox, 6000, 4000);
    EXPECT_FALSE(viewport.isZoomed());
    const Rect picture = viewport.pictureRect();
    EXPECT_FLOAT_EQ(picture.w, kBox.w);
    EXPECT_NEAR(picture.h, kBox.w * 4000 / 6000, 0.01f);
    expectWithinLimits(picture, kBox);
}

TEST(Viewport, ZoomAboutAPointKeepsThatPointUnderIt) {
    Viewport viewport;
    viewport.setFrame(kBox, 6000, 4000);
    const Point finger{500, 500};
    const Point before = viewport.pictureAt(finger);
    viewport.zoomAbout(finger, 3);
    EXPECT_FLOAT_EQ(viewport.zoom(), 3);
    const Point after = viewport.pictureAt(finger);
    EXPECT_NEAR(after.x, before.x, 1e-4f);
    EXPECT_NEAR(after.y, before.y, 1e-4f);
    // Zooming on from there about another point keeps that one.
    const Point other{900, 300};
    const Point under = viewport.pictureAt(other);
    viewport.zoomAbout(other, 5);
    EXPECT_NEAR(viewport.pictureAt(other).x, under.x, 1e-4f);
    EXPECT_NEAR(viewport.pictureAt(other).y, under.y, 1e-4f);
}

TEST(Viewport, ZoomNearAnEdgeMovesThePictureOnlyAsFarAsTheLimits) {
    Viewport viewport;
    viewport.setFrame(kBox, 6000, 4000);
    // The top-left corner of the box: the picture's corner stays there.
    viewport.zoomAbout({kBox.x, kBox.y}, 2);
    const Rect picture = viewport.pictureRect();
    EXPECT_NEAR(picture.x, kBox.x, 0.01f);
    EXPECT_NEAR(picture.y, kBox.y, 0.01f);
    expectWithinLimits(picture, kBox);
}

TEST(Viewport, ZoomIsLimitedToFitAndTheMaximum) {
    Viewport viewport;
    viewport.setFrame(kBox, 1600, 1200);
    viewport.zoomAbout(kBox.centre(), 0.3f);
    EXPECT_FLOAT_EQ(viewport.zoom(), 1);
    viewport.zoomAbout(kBox.centre(), 100);
    EXPECT_FLOAT_EQ(viewport.zoom(), Viewport::kMaxZoom);
}

TEST(Viewport, PanningNeverLosesThePicture) {
    std::mt19937 random(7);
    std::uniform_real_distribution<float> step(-3000, 3000);
    std::uniform_real_distribution<float> zoom(0.5f, 10);
    for (const auto& [w, h] : {std::pair{6000.f, 4000.f}, {1200.f, 1600.f}, {8000.f, 500.f}}) {
        Viewport viewport;
        viewport.setFrame(kBox, w, h);
        for (int i = 0; i < 500; ++i) {
            if (i % 5 == 0) {
                viewport.zoomAbout({kBox.x + step(random) / 6 + 600, kBox.y + 400}, zoom(random));
            } else {
                viewport.pan({step(random), step(random)});
            }
            expectWithinLimits(viewport.pictureRect(), kBox);
        }
    }
}

TEST(Viewport, APictureNarrowerThanTheBoxPansOnlyAlongItsLongSide) {
    Viewport viewport;
    viewport.setFrame(kBox, 1200, 1600); // portrait: fitted 660 wide in a 1216 box
    viewport.zoomAbout(kBox.centre(), 1.5f);
    const Rect before = viewport.pictureRect();
    ASSERT_LT(before.w, kBox.w);
    viewport.pan({300, -200});
    const Rect after = viewport.pictureRect();
    EXPECT_FLOAT_EQ(after.x, before.x); // still centred across
    EXPECT_FLOAT_EQ(after.y, before.y - 200);
}

TEST(Viewport, ANewBoxPullsThePictureBackWithinLimits) {
    Viewport viewport;
    viewport.setFrame(kBox, 6000, 4000);
    viewport.zoomAbout({kBox.right(), kBox.bottom()}, 2);
    // The caption hidden: the box grows.
    const Rect wider{48, 152, 1824, 760};
    viewport.setFrame(wider, 6000, 4000);
    expectWithinLimits(viewport.pictureRect(), wider);
}

TEST(Viewport, ResetGoesBackToTheFittedPicture) {
    Viewport viewport;
    viewport.setFrame(kBox, 6000, 4000);
    viewport.zoomAbout({300, 300}, 4);
    viewport.reset();
    EXPECT_FALSE(viewport.isZoomed());
    EXPECT_FLOAT_EQ(viewport.pictureRect().w, kBox.w);
}

TEST(PlacePicture, TheRendererAndTheViewportAgree) {
    Viewport viewport;
    viewport.setFrame(kBox, 3000, 2000);
    viewport.zoomAbout({400, 700}, 3.5f);
    const Rect a = viewport.pictureRect();
    // The renderer knows only the texture's size, a fraction of the file's.
    const Rect b = placePicture(1620, 1080, kBox, viewport.zoom(), viewport.focus());
    EXPECT_NEAR(a.x, b.x, 0.01f);
    EXPECT_NEAR(a.y, b.y, 0.01f);
    EXPECT_NEAR(a.w, b.w, 0.01f);
    EXPECT_NEAR(a.h, b.h, 0.01f);
}

TEST(TileGrid, TilesCoverABigPictureExactlyOnce) {
    // Every pixel holds its own coordinates, so a tile read at the wrong place shows.
    const auto pattern = [](int width, int height) {
        vitrin::imaging::Pixels pixels{width, height, {}};
        pixels.rgba.resize(static_cast<size_t>(width) * static_cast<size_t>(height) * 4);
        for (int y = 0; y < height; ++y) {
            for (int x = 0; x < width; ++x) {
                std::uint8_t* p =
                    pixels.rgba.data() +
                    (static_cast<size_t>(y) * static_cast<size_t>(width) + static_cast<size_t>(x)) *
                        4;
                p[0] = static_cast<std::uint8_t>(x);
                p[1] = static_cast<std::uint8_t>(x >> 8);
                p[2] = static_cast<std::uint8_t>(y);
                p[3] = static_cast<std::uint8_t>(y >> 8);
            }
        }
        return pixels;
    };
    for (const auto& [w, h, side] :
         {std::tuple{9000, 300, 4096}, {4096, 5, 4096}, {4097, 3, 4096}, {37, 23, 8}}) {
        const vitrin::imaging::Pixels pixels = pattern(w, h);
        std::vector<std::uint8_t> covered(static_cast<size_t>(w) * static_cast<size_t>(h), 0);
        long misplaced = 0;
        for (const TileRect& tile : tileGrid(w, h, side)) {
            ASSERT_GT(tile.w, 0);
            ASSERT_GT(tile.h, 0);
            ASSERT_LE(tile.w, side);
            ASSERT_LE(tile.h, side);
            ASSERT_GE(tile.x, 0);
            ASSERT_GE(tile.y, 0);
            ASSERT_LE(tile.x + tile.w, w);
            ASSERT_LE(tile.y + tile.h, h);
            // Read as the texture upload does: rows at the picture's stride.
            const std::uint8_t* start = tileStart(pixels, tile);
            for (int row = 0; row < tile.h; ++row) {
                for (int column = 0; column < tile.w; ++column) {
                    const std::uint8_t* p = start +
                                            static_cast<size_t>(row) * 4 * static_cast<size_t>(w) +
                                            static_cast<size_t>(column) * 4;
                    const int x = p[0] | p[1] << 8;
                    const int y = p[2] | p[3] << 8;
                    if (x != tile.x + column || y != tile.y + row) {
                        ++misplaced;
                        continue;
                    }
                    ++covered[static_cast<size_t>(y) * static_cast<size_t>(w) +
                              static_cast<size_t>(x)];
                }
            }
        }
        EXPECT_EQ(misplaced, 0) << w << "x" << h << " in tiles of " << side;
        EXPECT_EQ(std::count(covered.begin(), covered.end(), 1), static_cast<long>(covered.size()))
            << w << "x" << h << " in tiles of " << side;
    }
    EXPECT_EQ(tileGrid(9000, 300, 4096).size(), 3u);
    EXPECT_EQ(tileGrid(4096, 5, 4096).size(), 1u);
    EXPECT_TRUE(tileGrid(0, 100, 4096).empty());
}

TEST(Viewport, AOnePixelLinePictureIsAtLeastOnePixelWideAndCentred) {
    // 1 x 20000 fitted into 880 pixels would be 0.044 pixels wide: drawn as nothing.
    const Rect tall = fitPicture(1, 20000, kBox);
    EXPECT_FLOAT_EQ(tall.w, kMinPictureSide);
    EXPECT_FLOAT_EQ(tall.h, kBox.h);
    // Centred, on a whole pixel (the box's centre is at 656: the line covers 655..656).
    EXPECT_FLOAT_EQ(tall.x, std::floor(kBox.x + (kBox.w - kMinPictureSide) / 2));
    EXPECT_NEAR(tall.x + tall.w / 2, kBox.x + kBox.w / 2, 0.5f);
    const Rect wide = fitPicture(20000, 1, kBox);
    EXPECT_FLOAT_EQ(wide.w, kBox.w);
    EXPECT_FLOAT_EQ(wide.h, kMinPictureSide);
    EXPECT_FLOAT_EQ(wide.y, std::floor(wide.y));
    EXPECT_NEAR(wide.y + wide.h / 2, kBox.y + kBox.h / 2, 0.5f);
    // Ordinary pictures are not touched.
    const Rect photo = fitPicture(6000, 4000, kBox);
    EXPECT_FLOAT_EQ(photo.w, kBox.w);
    EXPECT_NEAR(photo.h, kBox.w * 4000 / 6000, 0.01f);

    // The viewer shows it the same way, and zooms and pans it within the limits.
    Viewport viewport;
    viewport.setFrame(kBox, 3, 20000);
    EXPECT_FLOAT_EQ(viewport.pictureRect().w, kMinPictureSide);
    viewport.zoomAbout(kBox.centre(), 4);
    EXPECT_FLOAT_EQ(viewport.pictureRect().w, 4 * kMinPictureSide);
    viewport.pan({0, -300});
    expectWithinLimits(viewport.pictureRect(), kBox);
    EXPECT_FLOAT_EQ(placePicture(20000, 1, kBox, 1, {0.5f, 0.5f}).h, kMinPictureSide);
}
