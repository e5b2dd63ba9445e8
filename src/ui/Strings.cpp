#include "ui/Strings.h"

#include "core/Words.h"

#include <array>

namespace vitrin::ui {
namespace {

struct Entry {
    std::string_view sv, en, ru;
};

constexpr std::array<Entry, static_cast<size_t>(StringId::Count_)> kTable{{
    {"Tryck på skärmen för att börja", "Touch the screen to begin",
     "Коснитесь экрана, чтобы начать"},
    {"Start", "Home", "Главная"},
    {"Tillbaka", "Back", "Назад"},
    {"Välj vad du vill se", "Choose what to see", "Выберите раздел"},
    {"Visa text", "Show text", "Показать текст"},
    {"Dölj text", "Hide text", "Скрыть текст"},
    {"Vill du ha mer tid?", "Would you like more time?", "Нужно больше времени?"},
    {"Ja, jag tittar", "Yes, I'm still here", "Да, я смотрю"},
    {"Ingen utställning är inlagd ännu.", "No exhibition has been loaded yet.",
     "Выставка ещё не загружена."},
    {"år", "years old", "лет"},
    {"Startsidan visas igen om", "Returning to the start in", "Возврат к началу через"},
    {"Föregående", "Previous", "Предыдущая"},
    {"Nästa", "Next", "Следующая"},
    {"Om utställningen", "About the exhibition", "О выставке"},
    {"Läs mer", "Read more", "Читать дальше"},
}};

} // namespace

std::string_view tr(StringId id, core::Lang lang) {
    const Entry& entry = kTable[static_cast<size_t>(id)];
    switch (lang) {
    case core::Lang::Sv:
        return entry.sv;
    case core::Lang::En:
        return entry.en;
    case core::Lang::Ru:
        return entry.ru;
    }
    return entry.sv;
}

std::string sectionCount(const content::Section& section, core::Lang lang) {
    const auto count = static_cast<std::int64_t>(section.items.size());
    if (section.kind == content::SectionKind::Timeline) {
        return core::countText(count, core::Counted::Event, lang);
    }
    switch (section.noun) {
    case content::ItemNoun::Photo:
        return core::countText(count, core::Counted::Photo, lang);
    case content::ItemNoun::Event:
        return core::countText(count, core::Counted::Event, lang);
    case content::ItemNoun::Work:
        break;
    }
    return core::countText(count, core::Counted::Work, lang);
}

} // namespace vitrin::ui
