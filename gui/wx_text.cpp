// The window's language.
#include "wx_text.h"

#include "number_text.h"

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
    return GroupedIn(number, g_language);
}

}  // namespace innodesk::gui
