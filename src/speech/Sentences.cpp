#include "speech/Sentences.h"

namespace vitrin::speech {

namespace {

bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

bool isContinuation(char c) {
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

std::string_view trimmed(std::string_view piece) {
    while (!piece.empty() && isSpace(piece.front())) {
        piece.remove_prefix(1);
    }
    while (!piece.empty() && isSpace(piece.back())) {
        piece.remove_suffix(1);
    }
    return piece;
}

// Adds piece, cut into parts of at most maxBytes.
void addPiece(std::vector<std::string>& out, std::string_view piece, std::size_t maxBytes) {
    piece = trimmed(piece);
    while (piece.size() > maxBytes) {
        std::size_t cut = piece.rfind(' ', maxBytes);
        if (cut == std::string_view::npos || cut == 0) {
            cut = maxBytes;
            while (cut > 0 && isContinuation(piece[cut])) {
                --cut; // never inside a UTF-8 character
            }
            if (cut == 0) {
                cut = maxBytes;
            }
        }
        if (const std::string_view part = trimmed(piece.substr(0, cut)); !part.empty()) {
            out.emplace_back(part);
        }
        piece = trimmed(piece.substr(cut));
    }
    if (!piece.empty()) {
        out.emplace_back(piece);
    }
}

} // namespace

std::vector<std::string> splitSentences(std::string_view text, std::size_t maxBytes) {
    std::vector<std::string> out;
    if (maxBytes == 0) {
        maxBytes = 1;
    }
    std::size_t start = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        std::size_t end = std::string_view::npos; // one past the sentence's last byte
        if (c == '\n') {
            end = i;
        } else if ((c == '.' || c == '!' || c == '?') &&
                   (i + 1 == text.size() || isSpace(text[i + 1]))) {
            end = i + 1;
        } else if (text.substr(i, 3) == "\xE2\x80\xA6" &&
                   (i + 3 == text.size() || isSpace(text[i + 3]))) {
            end = i + 3;
            i += 2;
        }
        if (end != std::string_view::npos) {
            addPiece(out, text.substr(start, end - start), maxBytes);
            start = end;
        }
    }
    addPiece(out, text.substr(start), maxBytes);
    return out;
}

} // namespace vitrin::speech
