#include "ui/Strings.h"

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
    {"verk", "works", "работ"},
    {"händelser", "events", "событий"},
    {"Visa text", "Show text", "Показать текст"},
    {"Dölj text", "Hide text", "Скрыть текст"},
    {"Vill du ha mer tid?", "Would you like more time?", "Нужно больше времени?"},
    {"Ja, jag tittar", "Yes, I'm still here", "Да, я смотрю"},
    {"Ingen utställning är inlagd ännu.", "No exhibition has been loaded yet.",
     "Выставка ещё не загружена."},
    {"Visas nu i", "Now showing at", "Сейчас в"},
    {"Därefter", "Next stop", "Затем"},
    {"år", "years old", "лет"},
    {"Startsidan visas igen om", "Returning to the start in", "Возврат к началу через"},
    {"Föregående", "Previous", "Предыдущая"},
    {"Nästa", "Next", "Следующая"},
    {"Om utställningen", "About the exhibition", "О выставке"},
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

} // namespace vitrin::ui
