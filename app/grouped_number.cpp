// Thousands grouped by language.
#include "grouped_number.h"

namespace innodesk::app {

std::string GroupedNumber(std::int64_t number, domain::Language language) {
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
    return grouped;
}

}  // namespace innodesk::app
