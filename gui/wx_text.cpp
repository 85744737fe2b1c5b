// The window's language.
#include "wx_text.h"

#include "domain/calendar_date.h"

namespace innodesk::gui {
namespace {
domain::Language g_language = domain::Language::Vietnamese;
}

domain::Language CurrentLanguage() {
    return g_language;
}
void SetCurrentLanguage(domain::Language language) {
    g_language = language;
}

wxString Grouped(std::int64_t number) {
    const std::string digits = std::to_string(number < 0 ? -number : number);
    std::string grouped = number < 0 ? "-" : "";
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) grouped += '.';
        grouped += digits[i];
    }
    return U(grouped);
}

}  // namespace innodesk::gui
