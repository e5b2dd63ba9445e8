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
    {"Tillgänglighet", "Accessibility", "Доступность"},
    {"Större text", "Larger text", "Крупный текст"},
    {"All text blir ungefär 40 % större.", "All text becomes about 40% larger.",
     "Весь текст становится примерно на 40 % крупнее."},
    {"Hög kontrast", "High contrast", "Высокий контраст"},
    {"Vit text på svart, utan mellantoner.", "White text on black, without shades in between.",
     "Белый текст на чёрном, без полутонов."},
    {"Mindre rörelse", "Less motion", "Меньше движения"},
    {"Bilderna står still och byts utan glidning.",
     "Pictures stand still and change without sliding.",
     "Изображения не движутся и сменяются без скольжения."},
    {"Skärmläsare", "Screen reader", "Экранный диктор"},
    {"Kiosken läser upp det du rör vid. Dubbeltryck för att välja, svep åt sidan för att gå "
     "vidare. Slå på eller av: håll två fingrar stilla på skärmen i tre sekunder.",
     "The kiosk reads aloud what you touch. Double-tap to choose, swipe sideways to move on. "
     "To turn it on or off, hold two fingers still on the screen for three seconds.",
     "Киоск читает вслух то, чего вы касаетесь. Дважды коснитесь, чтобы выбрать, проведите в "
     "сторону, чтобы перейти дальше. Включить или выключить: удерживайте два пальца на экране "
     "три секунды."},
    {"På", "On", "Вкл."},
    {"Av", "Off", "Выкл."},
    {"Lyssna", "Listen", "Слушать"},
    {"Tyst", "Stop", "Стоп"},
    {"Skärmläsaren är på. Tryck på skärmen för att höra vad som finns där. Dubbeltryck för att "
     "välja. Svep åt vänster eller höger för att gå till nästa eller föregående.",
     "The screen reader is on. Touch the screen to hear what is there. Double-tap to choose. "
     "Swipe left or right to go to the next or previous item.",
     "Экранный диктор включён. Коснитесь экрана, чтобы услышать, что там. Дважды коснитесь, "
     "чтобы выбрать. Проведите влево или вправо, чтобы перейти к следующему или предыдущему."},
    {"Skärmläsaren är av.", "The screen reader is off.", "Экранный диктор выключен."},
    {"knapp", "button", "кнопка"},
    {"Förstora", "Zoom in", "Увеличить"},
    {"Förminska", "Zoom out", "Уменьшить"},
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
