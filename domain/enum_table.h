// One table per enumeration: its stable storage code and its Vietnamese and English labels.
#pragma once

#include "errors.h"

#include <span>
#include <string>
#include <string_view>

namespace innodesk::domain {

template <typename Enum>
struct EnumEntry {
    Enum value;
    std::string_view code;  // stored in the database and files; never changes
    std::string_view vi;
    std::string_view en;
};

template <typename Enum>
const EnumEntry<Enum>& EntryOf(std::span<const EnumEntry<Enum>> table, Enum value) {
    for (const auto& entry : table)
        if (entry.value == value) return entry;
    throw DomainError(ErrorCode::InvalidValue,
                      {"Giá trị liệt kê không xác định.", "Unknown enumeration value."});
}

// Finds an entry by its code or by either label, ignoring ASCII case; throws InvalidValue
// listing the accepted codes.
template <typename Enum>
Enum ParseEnum(std::span<const EnumEntry<Enum>> table, std::string_view text, std::string_view field,
               std::string_view what_vi, std::string_view what_en) {
    auto equal_ignoring_case = [](std::string_view a, std::string_view b) {
        if (a.size() != b.size()) return false;
        for (std::size_t i = 0; i < a.size(); ++i) {
            const auto lower = [](char c) {
                return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
            };
            if (lower(a[i]) != lower(b[i])) return false;
        }
        return true;
    };
    for (const auto& entry : table)
        if (equal_ignoring_case(text, entry.code) || text == entry.vi || equal_ignoring_case(text, entry.en))
            return entry.value;
    std::string accepted;
    for (const auto& entry : table) accepted += (accepted.empty() ? "" : ", ") + std::string(entry.code);
    throw DomainError(
        ErrorCode::InvalidValue,
        {std::string(what_vi) + " '" + std::string(text) + "' không hợp lệ; dùng một trong: " + accepted +
             ".",
         std::string(what_en) + " '" + std::string(text) + "' is not valid; use one of: " + accepted + "."},
        std::string(field));
}

}  // namespace innodesk::domain
