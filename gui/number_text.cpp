// Numbers and amounts in the window's language.
#include "number_text.h"

#include "wx_text.h"

#include "app/grouped_number.h"

namespace innodesk::gui {

wxString GroupedIn(std::int64_t number, domain::Language language) {
    return U(app::GroupedNumber(number, language));
}

wxString AmountIn(domain::Money amount, domain::Language language) {
    return GroupedIn(amount.Dong(), language) + wxString::FromUTF8(" \u20AB");
}

wxString AmountText(domain::Money amount) {
    return AmountIn(amount, CurrentLanguage());
}

}  // namespace innodesk::gui
