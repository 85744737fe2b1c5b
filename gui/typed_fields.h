// Fields whose value is read exactly as the officer typed it: a date as dd/mm/yyyy text and a
// whole number as digits, each refused with a message naming the field instead of being
// replaced (a date picker turns 31/02 into today; a spin control clamps 99 to its maximum).
#pragma once

#include "domain/calendar_date.h"

#include <wx/string.h>
#include <wx/textctrl.h>

#include <optional>

namespace innodesk::gui {

// A text field for a date, showing `initial` (or nothing) as dd/mm/yyyy with "dd/mm/yyyy" as its
// (native, never saved) hint. Escape in it does not reach the dialog: it would close the form and
// drop its input, as a calendar's Escape did.
wxTextCtrl* NewDateField(wxWindow* parent, const char* name, const domain::CalendarDate& initial);
wxTextCtrl* NewDateField(wxWindow* parent, const char* name,
                         const std::optional<domain::CalendarDate>& initial);
void ShowDate(wxTextCtrl* field, const domain::CalendarDate& date);

// The date typed: dd/mm/yyyy (or -, .), ISO, or eight digits ddmmyyyy. A date that is not on
// the calendar (31/02/2026, 31022026) or not a date at all throws a DomainError naming `label`.
domain::CalendarDate DateTyped(const wxTextCtrl* field, const wxString& label);
domain::CalendarDate ParseTypedDate(const wxString& text, const wxString& label);
// The same for a field that may stay empty.
std::optional<domain::CalendarDate> OptionalDateTyped(const wxTextCtrl* field, const wxString& label);

// A month's calendar in a small dialog of its own (named "date_calendar"): the date double-clicked
// or confirmed, or nothing when it was closed (Escape closes the calendar, not the form under it).
std::optional<domain::CalendarDate> ChooseOnCalendar(wxWindow* parent, const domain::CalendarDate& shown);

// A text field for a whole number.
wxTextCtrl* NewWholeNumberField(wxWindow* parent, const char* name, int initial);
// The whole number typed, from `min` to `max`; anything else (99 for a score out of 10, 7.5,
// empty) throws a DomainError naming `label` and the limits.
int WholeNumberTyped(const wxTextCtrl* field, const wxString& label, int min, int max);
int ParseWholeNumber(const wxString& text, const wxString& label, int min, int max);

}  // namespace innodesk::gui
