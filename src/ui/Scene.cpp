#include "ui/Scene.h"

#include "core/Text.h"
#include "ui/Theme.h"

#include <algorithm>

namespace vitrin::ui {

const HitRegion* Scene::hitAt(Point p) const {
    for (auto it = hits.rbegin(); it != hits.rend(); ++it) {
        if (it->rect.contains(p)) {
            return &*it;
        }
    }
    return nullptr;
}

const TextElement* Scene::findText(std::string_view wanted) const {
    const TextElement* containing = nullptr;
    for (const Element& element : elements) {
        const auto* text = std::get_if<TextElement>(&element);
        if (text == nullptr || text->alpha <= 0.05f) {
            continue;
        }
        if (text->text == wanted) {
            return text;
        }
        if (containing == nullptr && text->text.find(wanted) != std::string::npos) {
            containing = text;
        }
    }
    return containing;
}

float fontSizeFor(const Layout& layout, FontRole role, TextSize size) {
    const float factor = size == TextSize::Large ? kLargeTextFactor : 1.0f;
    switch (role) {
    case FontRole::Title:
    case FontRole::Number:
        return layout.text.title;
    case FontRole::Heading:
        return layout.text.heading * factor;
    case FontRole::Body:
        return layout.text.body * factor;
    case FontRole::Caption:
        return layout.text.caption * factor;
    case FontRole::Button:
        return layout.text.button; // already larger than the body; the bar must keep its row
    }
    return layout.text.body * factor;
}

SceneBuilder::SceneBuilder(Scene& scene, const Layout& layout, const TextMeasurer& measurer,
                           AccessModes modes)
    : scene_(scene), layout_(layout), measurer_(measurer), modes_(modes) {
    scene_.background = palette().background;
    scene_.placeholder = palette().placeholder;
}

const Palette& SceneBuilder::palette() const {
    return modes_.highContrast ? kHighContrastPalette : kStandardPalette;
}

float SceneBuilder::fontSize(FontRole role) const {
    return fontSizeFor(layout_, role, textSize());
}

void SceneBuilder::fill(const Rect& rect, Color color) {
    scene_.elements.emplace_back(FillElement{rect, color});
}

void SceneBuilder::image(const ImageElement& image) {
    scene_.elements.emplace_back(image);
}

void SceneBuilder::hit(const Rect& rect, Command command, std::string label) {
    scene_.hits.push_back(HitRegion{rect, command, std::move(label)});
}

namespace {

// Splits text into words and explicit line breaks ("\n" becomes its own token).
std::vector<std::string> tokens(std::string_view text) {
    std::vector<std::string> out;
    std::string word;
    for (char c : text) {
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
            if (!word.empty()) {
                out.push_back(word);
                word.clear();
            }
            if (c == '\n') {
                out.emplace_back("\n");
            }
        } else {
            word += c;
        }
    }
    if (!word.empty()) {
        out.push_back(word);
    }
    return out;
}

// Drops whole code points from the end until text + "…" fits in width.
std::string ellipsize(const std::string& text, float width, const TextMeasurer& measurer,
                      const TextStyle& style) {
    std::vector<char32_t> codepoints = core::decodeUtf8(text);
    while (!codepoints.empty()) {
        std::string candidate = core::encodeUtf8(codepoints) + "…";
        if (measurer.measure(candidate, style.role, style.bold, style.size) <= width) {
            return candidate;
        }
        codepoints.pop_back();
    }
    return "…";
}

} // namespace

float SceneBuilder::text(const Rect& box, std::string_view text, const TextStyle& style,
                         float alpha) {
    TextElement element;
    element.box = box;
    element.text = std::string(text);
    element.style = style;
    element.style.size = textSize();
    element.alpha = alpha;
    const float lineHeight = this->lineHeight(style.role);
    const int maxLines = std::max(1, static_cast<int>((box.h + 0.5f) / lineHeight));

    std::vector<std::string> lines;
    std::string current;
    bool overflowed = false;
    for (const std::string& token : tokens(text)) {
        if (token == "\n") {
            lines.push_back(current);
            current.clear();
            continue;
        }
        std::string candidate = current;
        if (!candidate.empty()) {
            candidate += ' ';
        }
        candidate += token;
        if (measure(candidate, style.role, style.bold) <= box.w || current.empty()) {
            current = candidate;
        } else {
            lines.push_back(current);
            current = token;
        }
    }
    if (!current.empty()) {
        lines.push_back(current);
    }
    if (static_cast<int>(lines.size()) > maxLines) {
        lines.resize(static_cast<size_t>(maxLines));
        overflowed = true;
    }
    for (std::string& line : lines) {
        // A single word wider than the box (a long Russian compound) is cut too.
        if (measure(line, style.role, style.bold) > box.w) {
            overflowed = true;
            line = ellipsize(line, box.w, measurer_, element.style);
        }
    }
    if (overflowed && !lines.empty() &&
        measure(lines.back() + "…", style.role, style.bold) > box.w) {
        lines.back() = ellipsize(lines.back(), box.w, measurer_, element.style);
    } else if (overflowed && !lines.empty() && lines.back().find("…") == std::string::npos) {
        lines.back() += "…";
    }
    element.overflowed = overflowed;

    const float used = static_cast<float>(lines.size()) * lineHeight;
    float y = style.centreVertically ? box.y + (box.h - used) / 2 : box.y;
    for (std::string& line : lines) {
        const float width = measure(line, style.role, style.bold);
        float x = box.x;
        if (style.align == Align::Centre) {
            x = box.x + (box.w - width) / 2;
        } else if (style.align == Align::Right) {
            x = box.right() - width;
        }
        element.lines.push_back(TextLine{std::move(line), {x, y}, width});
        y += lineHeight;
    }
    scene_.elements.emplace_back(std::move(element));
    return used;
}

void SceneBuilder::outline(const Rect& rect, Color color) {
    const float line = std::max(2.f, 3 * layout_.scale());
    fill({rect.x, rect.y, rect.w, line}, color);
    fill({rect.x, rect.bottom() - line, rect.w, line}, color);
    fill({rect.x, rect.y + line, line, rect.h - 2 * line}, color);
    fill({rect.right() - line, rect.y + line, line, rect.h - 2 * line}, color);
}

void SceneBuilder::icon(const Rect& box, Icon icon, Color color, float alpha) {
    scene_.elements.emplace_back(IconElement{box, icon, color, alpha});
}

float SceneBuilder::iconSide() const {
    // An icon beside a label is as tall as the label's capitals and descenders.
    return fontSize(FontRole::Button) * 1.15f;
}

float SceneBuilder::buttonWidth(std::string_view label, bool withIcon, bool bold) const {
    const float iconPart = withIcon ? iconSide() + layout_.gap / 2 : 0;
    return std::max(layout_.touchTarget * 1.4f,
                    iconPart + measure(label, FontRole::Button, bold) + 2 * layout_.gap);
}

void SceneBuilder::button(const Rect& rect, std::string_view label, Command command,
                          Color background, Color foreground, bool bold, std::optional<Icon> icon) {
    fill(rect, background);
    if (palette().buttonOutline.a > 0) {
        outline(rect, palette().buttonOutline);
    }
    TextStyle style{FontRole::Button, bold, foreground, Align::Centre, true};
    const float padding = layout_.gap / 2;
    if (icon) {
        // Icon and label centred together as one group.
        const float side = iconSide();
        const float labelWidth = measure(label, FontRole::Button, bold);
        const float group = std::min(rect.w - 2 * padding, side + layout_.gap / 2 + labelWidth);
        const float x = rect.x + (rect.w - group) / 2;
        this->icon({x, rect.y + (rect.h - side) / 2, side, side}, *icon, foreground);
        style.align = Align::Left;
        const float textX = x + side + layout_.gap / 2;
        text({textX, rect.y + padding, rect.right() - padding - textX, rect.h - 2 * padding}, label,
             style);
    } else {
        text(rect.inset(padding), label, style);
    }
    hit(rect, command, std::string(label));
}

void SceneBuilder::iconButton(const Rect& box, Icon icon, std::string label, Command command,
                              Color background, Color foreground) {
    // A light ring round the disc keeps it visible on a dark picture, the disc on a light one.
    this->icon(box, Icon::Disc, palette().controlRing);
    const float ring = std::max(2.f, 3 * layout_.scale());
    this->icon(box.inset(ring), Icon::Disc, background);
    const float inset = box.w * 0.25f;
    this->icon(box.inset(inset), icon, foreground);
    hit(box, command, std::move(label));
}

} // namespace vitrin::ui
