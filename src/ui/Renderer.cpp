#include "ui/Renderer.h"

#include "ui/Theme.h"

#include <algorithm>

namespace vitrin::ui {

Renderer::Renderer(SDL_Renderer* renderer, TextEngine& text, ImageStore& images)
    : renderer_(renderer), text_(text), images_(images) {
}

namespace {
SDL_FRect toSdl(const Rect& r) {
    return SDL_FRect{r.x, r.y, r.w, r.h};
}
Uint8 scaled(Uint8 alpha, float factor) {
    return static_cast<Uint8>(std::clamp(static_cast<float>(alpha) * factor, 0.f, 255.f));
}
} // namespace

void Renderer::drawImage(const ImageElement& image, core::TimePoint now) {
    SDL_Texture* texture = images_.texture(image.key);
    if (texture == nullptr) {
        SDL_SetRenderDrawColor(renderer_, theme::kPlaceholder.r, theme::kPlaceholder.g,
                               theme::kPlaceholder.b, scaled(255, image.alpha));
        const SDL_FRect box = toSdl(image.box);
        SDL_RenderFillRectF(renderer_, &box);
        return;
    }
    int width = 0, height = 0;
    SDL_QueryTexture(texture, nullptr, nullptr, &width, &height);
    const auto w = static_cast<float>(width);
    const auto h = static_cast<float>(height);
    // The part of the picture to show: all of it, or the box's aspect cut out of it (cover),
    // narrowed by the zoom around the focus point.
    float sourceW = w, sourceH = h;
    if (image.cover) {
        const float boxAspect = image.box.w / std::max(1.f, image.box.h);
        if (w / h > boxAspect) {
            sourceW = h * boxAspect;
        } else {
            sourceH = w / boxAspect;
        }
    }
    sourceW /= std::max(1.f, image.zoom);
    sourceH /= std::max(1.f, image.zoom);
    const float sourceX = std::clamp(image.focus.x * w - sourceW / 2, 0.f, w - sourceW);
    const float sourceY = std::clamp(image.focus.y * h - sourceH / 2, 0.f, h - sourceH);
    const SDL_Rect source{static_cast<int>(sourceX), static_cast<int>(sourceY),
                          std::max(1, static_cast<int>(sourceW)),
                          std::max(1, static_cast<int>(sourceH))};
    const Rect dest = image.cover ? image.box : fitRect(sourceW, sourceH, image.box, false);
    const SDL_FRect target = toSdl(dest);
    // A picture that has just arrived fades in instead of popping.
    const float fade =
        static_cast<float>(std::min(1.0, images_.ageOf(image.key, now) / ImageStore::kFadeSeconds));
    SDL_SetTextureAlphaMod(texture, scaled(255, image.alpha * fade));
    SDL_RenderCopyF(renderer_, texture, &source, &target);
}

void Renderer::drawText(const TextElement& element) {
    for (const TextLine& line : element.lines) {
        SDL_Texture* texture =
            text_.lineTexture(renderer_, line.text, element.style.role, element.style.bold);
        if (texture == nullptr) {
            continue;
        }
        int width = 0, height = 0;
        SDL_QueryTexture(texture, nullptr, nullptr, &width, &height);
        const Color& c = element.style.color;
        SDL_SetTextureColorMod(texture, c.r, c.g, c.b);
        SDL_SetTextureAlphaMod(texture, scaled(c.a, element.alpha));
        const SDL_FRect target{line.pos.x, line.pos.y, static_cast<float>(width),
                               static_cast<float>(height)};
        SDL_RenderCopyF(renderer_, texture, nullptr, &target);
    }
}

void Renderer::draw(const Scene& scene, core::TimePoint now) {
    for (const ImageKey& key : scene.prefetch) {
        images_.prefetch(key);
    }
    SDL_SetRenderDrawColor(renderer_, scene.background.r, scene.background.g, scene.background.b,
                           255);
    SDL_RenderClear(renderer_);
    for (const Element& element : scene.elements) {
        if (const auto* fill = std::get_if<FillElement>(&element)) {
            SDL_SetRenderDrawColor(renderer_, fill->color.r, fill->color.g, fill->color.b,
                                   fill->color.a);
            const SDL_FRect rect = toSdl(fill->rect);
            SDL_RenderFillRectF(renderer_, &rect);
        } else if (const auto* image = std::get_if<ImageElement>(&element)) {
            drawImage(*image, now);
        } else if (const auto* text = std::get_if<TextElement>(&element)) {
            drawText(*text);
        }
    }
}

} // namespace vitrin::ui
