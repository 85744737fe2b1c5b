// Between the domain's UTF-8 std::string and wxString, and the language the window speaks.
#pragma once

#include "domain/enum_table.h"
#include "domain/errors.h"

#include <wx/string.h>

#include <cstdint>
#include <string>

namespace innodesk::gui {

inline wxString U(const std::string& utf8) {
    return wxString::FromUTF8(utf8.data(), utf8.size());
}
inline std::string S(const wxString& text) {
    return text.utf8_string();
}

// Set once at start-up from Settings, --lang or the system locale.
domain::Language CurrentLanguage();
void SetCurrentLanguage(domain::Language language);

inline wxString Say(const domain::LocalisedText& text) {
    return U(text.In(CurrentLanguage()));
}
inline wxString Say(std::string_view vi, std::string_view en) {
    return U(std::string(CurrentLanguage() == domain::Language::Vietnamese ? vi : en));
}

// An enumeration's label in the window's language.
template <typename Enum>
wxString EnumLabel(std::span<const domain::EnumEntry<Enum>> entries, Enum value) {
    const auto& entry = domain::EntryOf(entries, value);
    return U(std::string(CurrentLanguage() == domain::Language::Vietnamese ? entry.vi : entry.en));
}

// 12345 → "12.345" in Vietnamese, "12,345" in English, for counts (number_text.h).
wxString Grouped(std::int64_t number);

}  // namespace innodesk::gui
