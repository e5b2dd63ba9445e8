#include "ui/Renderer.h"

#include "ui/Theme.h"
#include "ui/Viewport.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <span>
#include <string_view>

namespace vitrin::ui {

namespace {
// Two and a half screens of pixels: every thumbnail of a gallery screen and the row scrolled
// in, the viewer's picture and its neighbours; the attract loop's two pictures in a crossfade,
// each enlarged by AttractScreen::kDriftZoom (2.25 screens).
std::size_t stretchBudget(SDL_Renderer* renderer) {
    int width = 0, height = 0;
    if (renderer == nullptr || SDL_GetRendererOutputSize(renderer, &width, &height) != 0) {
        return 0;
    }
    return 5 * static_cast<std::size_t>(width) * static_cast<std::size_t>(height) * 4 / 2;
}
// How far, in screen pixels, a backdrop's copy reaches past the screen on each side: an attract
// slide drifts 115 pixels in all (AttractScreen::kDriftZoom), so a copy serves most of it.
constexpr float kDriftRoom = 128;
SDL_FRect toSdl(const Rect& r) {
    return SDL_FRect{r.x, r.y, r.w, r.h};
}
Uint8 scaled(Uint8 alpha, float factor) {
    return static_cast<Uint8>(std::clamp(static_cast<float>(alpha) * factor, 0.f, 255.f));
}
Rect intersection(const Rect& a, const Rect& b) {
    const float x = std::max(a.x, b.x), y = std::max(a.y, b.y);
    return {x, y, std::max(0.f, std::min(a.right(), b.right()) - x),
            std::max(0.f, std::min(a.bottom(), b.bottom()) - y)};
}
// A stretched copy's destination pulled in to the render target's edges where it reaches past
// them by at most maxPull pixels (its source is whole pixels, so it overshoots the clip by up
// to a source pixel). SDL's software renderer stretches a copy that crosses the target's edge
// into a temporary picture of the copy's size first: a full-screen allocation, page faults and
// a second pass a frame in the attract loop. The part pulled in is cut off by the clip anyway;
// the picture moves by at most maxPull at that edge (the software renderer places copies on
// whole pixels in any case).
SDL_FRect withinTarget(SDL_FRect to, const Rect& target, float maxPull) {
    const float left = target.x - to.x;
    if (left > 0 && left <= maxPull) {
        to.x += left;
        to.w -= left;
    }
    const float top = target.y - to.y;
    if (top > 0 && top <= maxPull) {
        to.y += top;
        to.h -= top;
    }
    const float right = to.x + to.w - target.right();
    if (right > 0 && right <= maxPull) {
        to.w -= right;
    }
    const float bottom = to.y + to.h - target.bottom();
    if (bottom > 0 && bottom <= maxPull) {
        to.h -= bottom;
    }
    return to;
}
// How far withinTarget may pull a picture's copy at this magnification: only for pictures shown
// about at their size (the attract loop, the gallery); one magnified further keeps its exact
// place.
float maxPullAt(float magnification) {
    return magnification <= 2 ? magnification + 0.5f : 0;
}
// Of a tile (in the picture's pixels) of a picture drawn to dest, kx x ky screen pixels a picture
// pixel: the whole source pixels that show where it meets visible, and where they go, pulled
// within target by at most maxPull; nothing where none show.
struct TileCopy {
    SDL_Rect from;
    SDL_FRect to;
};
std::optional<TileCopy> tileCopy(const TileRect& tile, const Rect& dest, float kx, float ky,
                                 const Rect& visible, const Rect& target, float maxPull) {
    const Rect onScreen{dest.x + static_cast<float>(tile.x) * kx,
                        dest.y + static_cast<float>(tile.y) * ky, static_cast<float>(tile.w) * kx,
                        static_cast<float>(tile.h) * ky};
    const Rect shown = intersection(onScreen, visible);
    if (shown.w <= 0 || shown.h <= 0) {
        return std::nullopt;
    }
    const auto first = [](float from, float k) {
        return std::max(0, static_cast<int>(std::floor(from / k)));
    };
    const auto last = [](float to, float k, int size) {
        return std::min(size, static_cast<int>(std::ceil(to / k)));
    };
    const int x0 = first(shown.x - onScreen.x, kx);
    const int y0 = first(shown.y - onScreen.y, ky);
    const int x1 = last(shown.right() - onScreen.x, kx, tile.w);
    const int y1 = last(shown.bottom() - onScreen.y, ky, tile.h);
    if (x1 <= x0 || y1 <= y0) {
        return std::nullopt;
    }
    return TileCopy{
        {x0, y0, x1 - x0, y1 - y0},
        withinTarget({onScreen.x + static_cast<float>(x0) * kx,
                      onScreen.y + static_cast<float>(y0) * ky, static_cast<float>(x1 - x0) * kx,
                      static_cast<float>(y1 - y0) * ky},
                     target, maxPull)};
}
bool isInside(const Rect& inner, const Rect& outer) {
    constexpr float kSlack = 0.5f;
    return inner.x >= outer.x - kSlack && inner.y >= outer.y - kSlack &&
           inner.right() <= outer.right() + kSlack && inner.bottom() <= outer.bottom() + kSlack;
}
} // namespace

PictureSpan pictureSpan(float start, float scale, float screen, int size, int pad) {
    const int first = std::max(0, static_cast<int>(std::floor(-start / scale)));
    if (pad == 0) {
        return {first, std::min(size, static_cast<int>(std::ceil((screen - start) / scale)))};
    }
    // Moved on in steps of pad, and as long whatever the fraction of a pixel: the same span for
    // every frame until the screen's edge has moved by pad pixels of the picture.
    const int from = std::max(0, first - pad) / pad * pad;
    const int length = static_cast<int>(std::ceil(screen / scale)) + 1 + 2 * pad;
    return {from, std::min(size, from + length)};
}

Rect coverPlace(float width, float height, const ImageElement& image) {
    const Rect& box = image.box;
    const float scale = std::max(box.w / width, box.h / height) * std::max(1.f, image.zoom);
    const float w = width * scale;
    const float h = height * scale;
    const float x =
        std::clamp(box.x - image.focus.x * (w - box.w) + image.drift, box.right() - w, box.x);
    return {x, box.y - image.focus.y * (h - box.h), w, h};
}

Renderer::Renderer(SDL_Renderer* renderer, TextEngine& text, ImageStore& images, IconSet& icons)
    : renderer_(renderer), text_(text), images_(images), icons_(icons),
      stretches_(stretchBudget(renderer)) {
    SDL_RendererInfo info{};
    software_ = SDL_GetRendererInfo(renderer_, &info) == 0 && info.name != nullptr &&
                std::string_view(info.name) == "software";
}

// SDL's software renderer scales a fill to the window and cuts its position and its size to
// whole pixels one by one, so two fills that meet in layout units could leave a row between them
// (bright hairlines across the attract loop's scrim in a 1280x720 window). Here each edge goes
// to a pixel of its own, the same pixel for every fill that shares it; half a pixel inside, so
// that SDL's cut lands on that pixel whatever the float rounding. (OpenGL fills by pixel
// centres, where fills that share an edge already meet.)
SDL_FRect onWholePixels(const SDL_FRect& logical, float scaleX, float scaleY) {
    const float left = std::floor(logical.x * scaleX);
    const float top = std::floor(logical.y * scaleY);
    const float right = std::floor((logical.x + logical.w) * scaleX);
    const float bottom = std::floor((logical.y + logical.h) * scaleY);
    return {(left + 0.5f) / scaleX, (top + 0.5f) / scaleY, (right - left + 0.5f) / scaleX,
            (bottom - top + 0.5f) / scaleY};
}

void Renderer::fillRect(const SDL_FRect& logical, Uint8 alpha) {
    float scaleX = 1, scaleY = 1;
    SDL_RenderGetScale(renderer_, &scaleX, &scaleY);
    const SDL_FRect rect = software_ ? onWholePixels(logical, scaleX, scaleY) : logical;
    // An opaque fill replaces what is under it. Blended, SDL's software renderer would mix
    // every pixel one at a time (the mats, bars and panels cover much of a screen).
    if (alpha == 255) {
        SDL_SetRenderDrawBlendMode(renderer_, SDL_BLENDMODE_NONE);
        SDL_RenderFillRectF(renderer_, &rect);
        SDL_SetRenderDrawBlendMode(renderer_, SDL_BLENDMODE_BLEND);
    } else {
        SDL_RenderFillRectF(renderer_, &rect);
    }
}

void Renderer::drawStretched(SDL_Texture* texture, bool opaque, const Rect& dest, const Rect& clip,
                             float alpha) {
    // Placed on whole pixels as SDL's software renderer places every copy (it truncates).
    const auto x = static_cast<int>(dest.x);
    const auto y = static_cast<int>(dest.y);
    int width = 0, height = 0;
    SDL_QueryTexture(texture, nullptr, nullptr, &width, &height);
    const auto left = std::max(x, static_cast<int>(std::lround(clip.x)));
    const auto top = std::max(y, static_cast<int>(std::lround(clip.y)));
    const auto right = std::min(x + width, static_cast<int>(std::lround(clip.right())));
    const auto bottom = std::min(y + height, static_cast<int>(std::lround(clip.bottom())));
    if (right <= left || bottom <= top) {
        return;
    }
    const SDL_Rect from{left - x, top - y, right - left, bottom - top};
    const SDL_FRect to{static_cast<float>(left), static_cast<float>(top),
                       static_cast<float>(right - left), static_cast<float>(bottom - top)};
    const Uint8 alphaMod = scaled(255, alpha);
    SDL_SetTextureBlendMode(texture,
                            opaque && alphaMod == 255 ? SDL_BLENDMODE_NONE : SDL_BLENDMODE_BLEND);
    SDL_SetTextureAlphaMod(texture, alphaMod);
    SDL_RenderCopyF(renderer_, texture, &from, &to);
}

void Renderer::drawPicture(const Picture& picture, const ImageKey& key, const Rect& dest,
                           const Rect& clip, float alpha) {
    const Rect visible = intersection(dest, clip);
    if (visible.w <= 0 || visible.h <= 0) {
        return;
    }
    // At another size than its own: where the software renderer draws, a copy stretched once
    // (StretchCache.h) is copied instead of stretching every frame.
    if (software_) {
        // The size SDL's software renderer would stretch it to (it truncates).
        const auto width = static_cast<int>(dest.w);
        const auto height = static_cast<int>(dest.h);
        if (width != picture.width || height != picture.height) {
            if (SDL_Texture* copy = stretches_.stretched(renderer_, key, picture, width, height)) {
                drawStretched(copy, picture.opaque, dest, clip, alpha);
                return;
            }
        }
    }
    // Screen pixels per picture pixel.
    const float kx = dest.w / static_cast<float>(picture.width);
    const float ky = dest.h / static_cast<float>(picture.height);
    // Source rectangles are whole pixels; the clip cuts what the rounding adds, so a magnified
    // picture moves smoothly instead of in steps of its pixels.
    const SDL_Rect c{static_cast<int>(std::lround(visible.x)),
                     static_cast<int>(std::lround(visible.y)),
                     static_cast<int>(std::lround(visible.right()) - std::lround(visible.x)),
                     static_cast<int>(std::lround(visible.bottom()) - std::lround(visible.y))};
    SDL_RenderSetClipRect(renderer_, &c);
    SDL_Rect viewport;
    SDL_RenderGetViewport(renderer_, &viewport);
    const Rect target{0, 0, static_cast<float>(viewport.w), static_cast<float>(viewport.h)};
    const float maxPull = software_ ? maxPullAt(std::max(kx, ky)) : 0;
    for (const Picture::Tile& tile : picture.tiles) {
        const std::optional<TileCopy> copy =
            tileCopy(tile.rect, dest, kx, ky, visible, target, maxPull);
        if (!copy) {
            continue; // only the tiles in view are drawn
        }
        const Uint8 alphaMod = scaled(255, alpha);
        // An opaque picture at full alpha replaces what is under it: no blending (which SDL's
        // software renderer would do through two temporary copies of the picture).
        SDL_SetTextureBlendMode(tile.texture.get(), picture.opaque && alphaMod == 255
                                                        ? SDL_BLENDMODE_NONE
                                                        : SDL_BLENDMODE_BLEND);
        SDL_SetTextureAlphaMod(tile.texture.get(), alphaMod);
        SDL_RenderCopyF(renderer_, tile.texture.get(), &copy->from, &copy->to);
    }
    SDL_RenderSetClipRect(renderer_, nullptr);
}

float Renderer::fadeIn(const ImageKey& key, core::TimePoint now) const {
    return static_cast<float>(std::min(1.0, images_.ageOf(key, now) / ImageStore::kFadeSeconds));
}

void Renderer::drawImage(const ImageElement& image, Color placeholder, core::TimePoint now) {
    const Picture* base = images_.picture(image.key);
    const Picture* detail = image.detail.path.empty() ? nullptr : images_.detail(image.detail);
    const Picture* shape = base != nullptr ? base : detail;
    if (shape == nullptr) {
        const Uint8 alpha = scaled(255, image.alpha);
        SDL_SetRenderDrawColor(renderer_, placeholder.r, placeholder.g, placeholder.b, alpha);
        fillRect(toSdl(image.box), alpha);
        return;
    }
    const auto w = static_cast<float>(shape->width);
    const auto h = static_cast<float>(shape->height);
    // Where the whole picture goes; the box clips it.
    const Rect dest = image.cover ? coverPlace(w, h, image)
                                  : placePicture(w, h, image.box, image.zoom, image.focus);
    // The sharper picture once the display-size one is blown up more than the sharper one
    // would be shrunk: without mipmaps both lose detail, equally at the switch.
    const bool useDetail =
        detail != nullptr &&
        (base == nullptr ||
         dest.w * dest.w >= static_cast<float>(base->width) * static_cast<float>(detail->width));
    if (base != nullptr && (!useDetail || fadeIn(image.detail, now) < 1)) {
        drawPicture(*base, image.key, dest, image.box, image.alpha * fadeIn(image.key, now));
    }
    if (useDetail) {
        drawPicture(*detail, image.detail, dest, image.box,
                    image.alpha * fadeIn(image.detail, now));
    }
}

std::size_t Renderer::drawBackdrop(const std::vector<Element>& elements, core::TimePoint now) {
    if (!software_) {
        return 0;
    }
    float scaleX = 1, scaleY = 1;
    SDL_RenderGetScale(renderer_, &scaleX, &scaleY);
    // What it draws into: the window, or the texture a rotated screen is drawn in first.
    int width = 0, height = 0;
    if (SDL_Texture* texture = SDL_GetRenderTarget(renderer_)) {
        SDL_QueryTexture(texture, nullptr, nullptr, &width, &height);
    } else {
        SDL_GetRendererOutputSize(renderer_, &width, &height);
    }
    const Rect target{0, 0, static_cast<float>(width), static_cast<float>(height)};
    if (scaleX != 1 || scaleY != 1) {
        return 0; // the fills' rows would be the scaled ones: not worth it for a window
    }
    std::size_t pictures = 0;
    while (pictures < elements.size()) {
        const auto* image = std::get_if<ImageElement>(&elements[pictures]);
        if (image == nullptr || !image->cover || image->box != target ||
            !image->detail.path.empty()) {
            break;
        }
        ++pictures;
    }
    std::size_t end = pictures;
    Shade shade;
    while (end < elements.size()) {
        const auto* fill = std::get_if<FillElement>(&elements[end]);
        if (fill == nullptr || fill->rect.x > 0 || fill->rect.right() < target.w) {
            break;
        }
        // The rows SDL's software renderer fills for it (Renderer::fillRect at scale 1).
        shade.push_back({static_cast<int>(std::floor(fill->rect.y)),
                         static_cast<int>(std::floor(fill->rect.bottom())), fill->color});
        ++end;
    }
    if (pictures == 0 || shade.empty()) {
        return 0;
    }
    struct Copy {
        const Picture* picture;
        SDL_Texture* texture;
        Rect place;
        float alpha;
    };
    std::vector<Copy> copies;
    bool everyCopyMade = true;
    for (std::size_t i = 0; i < pictures; ++i) {
        const auto& image = std::get<ImageElement>(elements[i]);
        const Picture* picture = images_.decoded(image.key);
        if (picture == nullptr || !picture->opaque) {
            return 0;
        }
        const float alpha = image.alpha * fadeIn(image.key, now);
        // A copy of the part of the picture on the screen (one covering a screen of another
        // shape reaches far past it), with room for a drift sideways: a copy then serves many
        // frames of a drift. Placed and sized on whole pixels as SDL's software renderer places
        // a copy.
        const Rect cover = coverPlace(static_cast<float>(picture->width),
                                      static_cast<float>(picture->height), image);
        const float scale = cover.h / static_cast<float>(picture->height);
        const PictureSpan rows = pictureSpan(cover.y, scale, target.h, picture->height, 0);
        const PictureSpan columns = pictureSpan(cover.x, scale, target.w, picture->width,
                                                static_cast<int>(std::ceil(kDriftRoom / scale)));
        const Rect place{std::trunc(cover.x + static_cast<float>(columns.first) * scale),
                         std::trunc(cover.y + static_cast<float>(rows.first) * scale),
                         std::trunc(static_cast<float>(columns.last - columns.first) * scale),
                         std::trunc(static_cast<float>(rows.last - rows.first) * scale)};
        // The first picture must hide everything under it, or the screen's background would
        // show through unshaded.
        if ((i == 0 && alpha < 1) || place.x > 0 || place.y > 0 || place.right() < target.w ||
            place.bottom() < target.h) {
            return 0;
        }
        Shade ownRows = shade;
        for (ShadeBand& band : ownRows) {
            band.top -= static_cast<int>(place.y);
            band.bottom -= static_cast<int>(place.y);
        }
        // A picture that waits as pixels is not uploaded for a copy; the next frame asks.
        SDL_Texture* copy =
            picture->tiles.empty()
                ? nullptr
                : stretches_.stretched(renderer_, image.key, *picture, static_cast<int>(place.w),
                                       static_cast<int>(place.h), ownRows,
                                       {columns.first, rows.first, columns.last - columns.first,
                                        rows.last - rows.first});
        everyCopyMade = everyCopyMade && copy != nullptr;
        copies.push_back({picture, copy, place, alpha});
    }
    if (everyCopyMade) {
        for (const Copy& copy : copies) {
            drawStretched(copy.texture, true, copy.place, target, copy.alpha);
        }
        return end;
    }
    // Until the copies are made (the next frame, StretchCache.h), the pictures are drawn and the
    // fills mixed into the frame where they lie: making the copies now would cost the first
    // frame of a slide a screen's worth of new memory for each (8 MB take 5.5 ms to map on the
    // bench's machine, docs/performance.md).
    SDL_Surface* frame = frameSurface();
    if (frame == nullptr) {
        return 0;
    }
    // What was drawn before goes under the first picture, which may be written straight into
    // the frame.
    SDL_RenderFlush(renderer_);
    for (std::size_t i = 0; i < pictures; ++i) {
        const auto& image = std::get<ImageElement>(elements[i]);
        if (i > 0 || !drawWaiting(*copies[i].picture, image, frame)) {
            drawImage(image, {}, now);
        }
    }
    SDL_RenderFlush(renderer_);
    mixShade(frame, shade);
    return end;
}

bool Renderer::drawWaiting(const Picture& picture, const ImageElement& image, SDL_Surface* frame) {
    const imaging::Pixels& pixels = picture.waiting;
    const Uint32 format = frame->format->format;
    // The pixels are RGBA bytes (ABGR8888 on a little-endian machine); stretched into a frame
    // whose bytes are B, G, R, they are stretched as RGBA, then red and blue swapped in place
    // (the bilinear filter treats each channel alike).
    const bool swapped = format == SDL_PIXELFORMAT_RGB888 || format == SDL_PIXELFORMAT_ARGB8888;
    if (pixels.rgba.empty() || SDL_BYTEORDER != SDL_LIL_ENDIAN ||
        (!swapped && format != SDL_PIXELFORMAT_BGR888 && format != SDL_PIXELFORMAT_ABGR8888)) {
        return false;
    }
    // Placed as drawPicture places a picture of one tile.
    const auto width = static_cast<float>(pixels.width);
    const auto height = static_cast<float>(pixels.height);
    const Rect dest = coverPlace(width, height, image);
    const float kx = dest.w / width;
    const float ky = dest.h / height;
    const std::optional<TileCopy> copy =
        tileCopy({0, 0, pixels.width, pixels.height}, dest, kx, ky, intersection(dest, image.box),
                 {0, 0, static_cast<float>(frame->w), static_cast<float>(frame->h)},
                 maxPullAt(std::max(kx, ky)));
    if (!copy) {
        return false;
    }
    // Whole pixels, as SDL's software renderer cuts a copy's place.
    SDL_Rect onFrame{static_cast<int>(copy->to.x), static_cast<int>(copy->to.y),
                     static_cast<int>(copy->to.w), static_cast<int>(copy->to.h)};
    if (onFrame.x < 0 || onFrame.y < 0 || onFrame.w <= 0 || onFrame.h <= 0 ||
        onFrame.x + onFrame.w > frame->w || onFrame.y + onFrame.h > frame->h) {
        return false;
    }
    if (SDL_LockSurface(frame) != 0) {
        return false;
    }
    // SDL stretches only between surfaces of one format: both are looked at as RGBA bytes.
    const platform::SurfacePtr source(SDL_CreateRGBSurfaceWithFormatFrom(
        const_cast<std::uint8_t*>(pixels.rgba.data()), pixels.width, pixels.height, 32,
        pixels.width * 4, SDL_PIXELFORMAT_ABGR8888));
    const platform::SurfacePtr into(SDL_CreateRGBSurfaceWithFormatFrom(
        frame->pixels, frame->w, frame->h, 32, frame->pitch, SDL_PIXELFORMAT_ABGR8888));
    const bool stretched =
        source && into &&
        SDL_SoftStretchLinear(source.get(), &copy->from, into.get(), &onFrame) == 0;
    if (stretched && swapped) {
        std::uint8_t* start = static_cast<std::uint8_t*>(frame->pixels) +
                              static_cast<std::ptrdiff_t>(onFrame.y) * frame->pitch + onFrame.x * 4;
        swapRedAndBlue(start, frame->pitch, start, frame->pitch, onFrame.w, onFrame.h);
    }
    SDL_UnlockSurface(frame);
    return stretched;
}

SDL_Surface* Renderer::frameSurface() const {
    SDL_Window* window = SDL_RenderGetWindow(renderer_);
    if (!software_ || window == nullptr || SDL_GetRenderTarget(renderer_) != nullptr) {
        return nullptr;
    }
    SDL_Surface* surface = SDL_GetWindowSurface(window);
    int width = 0, height = 0;
    SDL_GetRendererOutputSize(renderer_, &width, &height);
    return surface != nullptr && surface->w == width && surface->h == height ? surface : nullptr;
}

void Renderer::setText(const Scene& scene) {
    for (const Element& element : scene.elements) {
        if (const auto* text = std::get_if<TextElement>(&element)) {
            for (const TextLine& line : text->lines) {
                text_.lineTexture(renderer_, line.text, text->style.role, text->style.bold,
                                  text->style.size);
            }
        }
    }
}

void Renderer::drawText(const TextElement& element) {
    const TextStyle& style = element.style;
    const float lineHeight = text_.lineHeight(style.role, style.size);
    for (const TextLine& line : element.lines) {
        SDL_Texture* texture =
            text_.lineTexture(renderer_, line.text, style.role, style.bold, style.size);
        if (texture == nullptr) {
            continue;
        }
        int width = 0, height = 0;
        SDL_QueryTexture(texture, nullptr, nullptr, &width, &height);
        SDL_Rect from{0, 0, width, height};
        SDL_FRect to{line.pos.x, line.pos.y, static_cast<float>(width), static_cast<float>(height)};
        // A scrolled text's line half out of its box shows only the part inside.
        if (element.style.scrolled &&
            !isInside({line.pos.x, line.pos.y, line.width, lineHeight}, element.box)) {
            const int top =
                std::clamp(static_cast<int>(std::lround(element.box.y - line.pos.y)), 0, height);
            const int bottom = std::clamp(
                static_cast<int>(std::lround(element.box.bottom() - line.pos.y)), 0, height);
            if (bottom <= top) {
                continue;
            }
            from = {0, top, width, bottom - top};
            to = {line.pos.x, line.pos.y + static_cast<float>(top), static_cast<float>(width),
                  static_cast<float>(bottom - top)};
        }
        const Color& c = element.style.color;
        SDL_SetTextureColorMod(texture, c.r, c.g, c.b);
        SDL_SetTextureAlphaMod(texture, scaled(c.a, element.alpha));
        SDL_RenderCopyF(renderer_, texture, &from, &to);
    }
}

void Renderer::drawIcon(const IconElement& icon) {
    // Drawn at the pixel size it covers on the target, so the SVG stays sharp at every scale.
    float scaleX = 1, scaleY = 1;
    SDL_RenderGetScale(renderer_, &scaleX, &scaleY);
    const int side = std::max(1, static_cast<int>(std::lround(icon.box.w * std::max(1.f, scaleX))));
    SDL_Texture* texture = icons_.texture(renderer_, icon.icon, side);
    if (texture == nullptr) {
        return;
    }
    SDL_SetTextureColorMod(texture, icon.color.r, icon.color.g, icon.color.b);
    SDL_SetTextureAlphaMod(texture, scaled(icon.color.a, icon.alpha));
    const SDL_FRect to = toSdl(icon.box);
    SDL_RenderCopyF(renderer_, texture, nullptr, &to);
}

void Renderer::draw(const Scene& scene, core::TimePoint now) {
    for (const ImageKey& key : scene.prefetch) {
        images_.prefetch(key);
    }
    const std::size_t drawn = drawBackdrop(scene.elements, now);
    if (drawn == 0) {
        SDL_SetRenderDrawColor(renderer_, scene.background.r, scene.background.g,
                               scene.background.b, 255);
        SDL_RenderClear(renderer_);
    }
    for (const Element& element : std::span(scene.elements).subspan(drawn)) {
        if (const auto* fill = std::get_if<FillElement>(&element)) {
            SDL_SetRenderDrawColor(renderer_, fill->color.r, fill->color.g, fill->color.b,
                                   fill->color.a);
            const SDL_FRect rect = toSdl(fill->rect);
            fillRect(rect, fill->color.a);
        } else if (const auto* image = std::get_if<ImageElement>(&element)) {
            drawImage(*image, scene.placeholder, now);
        } else if (const auto* text = std::get_if<TextElement>(&element)) {
            drawText(*text);
        } else if (const auto* icon = std::get_if<IconElement>(&element)) {
            drawIcon(*icon);
        }
    }
    images_.endFrame();
    stretches_.endFrame();
}

} // namespace vitrin::ui
