// Turning command-line text into domain values, with the domain's own validation and messages.
#pragma once

#include "domain/enum_table.h"

#include <span>
#include <string>

namespace innodesk::cli {

// Accepts a code ("technology_transfer") or a label in either language.
template <typename Enum>
Enum ParseOption(std::span<const domain::EnumEntry<Enum>> table, const std::string& text, const char* option) {
    return domain::ParseEnum(table, text, option, std::string("Giá trị của ") + option,
                             std::string("The value of ") + option);
}

}  // namespace innodesk::cli
