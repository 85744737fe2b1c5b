// Turning command-line text into domain values, with the domain's own validation and messages.
#pragma once

#include "domain/calendar_date.h"
#include "domain/enum_table.h"

#include <optional>
#include <span>
#include <string>

namespace innodesk::cli {

// Accepts a code ("technology_transfer") or a label in either language.
template <typename Enum>
Enum ParseOption(std::span<const domain::EnumEntry<Enum>> table, const std::string& text,
                 const char* option) {
    return domain::ParseEnum(table, text, option, std::string("Giá trị của ") + option,
                             std::string("The value of ") + option);
}

// An optional date option: nothing when not given, else dd/mm/yyyy (or yyyy-mm-dd) checked.
inline std::optional<domain::CalendarDate> OptionalDate(const std::string& text, const char* option) {
    if (text.empty()) return std::nullopt;
    return domain::CalendarDate::Parse(text, option);
}

}  // namespace innodesk::cli
