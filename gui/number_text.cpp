// Numbers and amounts in the window's language.
#include "number_text.h"

#include "wx_text.h"

#include <string>

namespace innodesk::gui {

wxString GroupedIn(std::int64_t number, domain::Language language) {
    const char separator = language == domain::Language::Vietnamese ? '.' : ',';
    // The magnitude through unsigned arithmetic: -INT64_MIN does not fit an int64.
    const auto magnitude =
        number < 0 ? 0 - static_cast<std::uint64_t>(number) : static_cast<std::uint64_t>(number);
    const std::string digits = std::to_string(magnitude);
    std::string grouped = number < 0 ? "-" : "";
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) grouped += separator;
        grouped += digits[i];
    }
    return U(grouped);
}

wxString AmountIn(domain::Money amount, domain::Language language) {
    return GroupedIn(amount.Dong(), language) + wxString::FromUTF8(" \u20AB");
}

wxString AmountText(domain::Money amount) {
    return AmountIn(amount, CurrentLanguage());
}

}  // namespace innodesk::gui
