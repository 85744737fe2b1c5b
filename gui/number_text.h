// Numbers and amounts as the window's language writes them: 1.250.000 in Vietnamese, 1,250,000 in
// English. domain::Money::Format stays the Vietnamese notation of files, reports and the CLI;
// the desktop shows amounts through these. Typed amounts are read by domain::Money::Parse, which
// takes either separator as grouping (a dot or comma followed by exactly three digits).
#pragma once

#include "domain/errors.h"
#include "domain/money.h"

#include <wx/string.h>

#include <cstdint>

namespace innodesk::gui {

// 1250000 → "1.250.000" (Vietnamese) or "1,250,000" (English).
wxString GroupedIn(std::int64_t number, domain::Language language);
// An amount in đồng with the currency sign: "1.250.000 ₫" or "1,250,000 ₫".
wxString AmountIn(domain::Money amount, domain::Language language);
// The same in the window's language (CurrentLanguage()).
wxString AmountText(domain::Money amount);

}  // namespace innodesk::gui
