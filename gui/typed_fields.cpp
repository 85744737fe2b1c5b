// Date and whole-number fields read as typed.
#include "typed_fields.h"

#include "wx_text.h"

#include "domain/errors.h"

#include <wx/calctrl.h>
#include <wx/dialog.h>
#include <wx/sizer.h>

#include <charconv>

namespace innodesk::gui {
namespace {

// The field's label without the " *" that marks it required.
std::string Named(const wxString& label) {
    wxString name = label;
    name.Trim();
    if (name.EndsWith("*")) name.RemoveLast().Trim();
    return S(name);
}

[[noreturn]] void Refuse(const wxString& label, const domain::LocalisedText& why, domain::ErrorCode code) {
    const std::string name = Named(label);
    throw domain::DomainError(code, {"«" + name + "»: " + why.vi, "'" + name + "': " + why.en}, name);
}

}  // namespace

wxTextCtrl* NewDateField(wxWindow* parent, const char* name, const domain::CalendarDate& initial) {
    return NewDateField(parent, name, std::optional<domain::CalendarDate>(initial));
}

wxTextCtrl* NewDateField(wxWindow* parent, const char* name,
                         const std::optional<domain::CalendarDate>& initial) {
    auto* field = new wxTextCtrl(parent, wxID_ANY, initial ? U(initial->Format()) : wxString(),
                                 wxDefaultPosition, parent->FromDIP(wxSize(120, -1)));
    field->SetName(name);
    field->SetMaxLength(10);  // dd/mm/yyyy
    // A single-line GTK entry shows this as a placeholder of its own: it is never the value.
    field->SetHint(_("dd/mm/yyyy"));
    // Not skipped, so the dialog's own Escape (Cancel) never sees it.
    field->Bind(wxEVT_CHAR_HOOK, [](wxKeyEvent& event) {
        if (event.GetKeyCode() != WXK_ESCAPE) event.Skip();
    });
    return field;
}

std::optional<domain::CalendarDate> OptionalDateTyped(const wxTextCtrl* field, const wxString& label) {
    if (field->GetValue().Strip(wxString::both).empty()) return std::nullopt;
    return DateTyped(field, label);
}

std::optional<domain::CalendarDate> ChooseOnCalendar(wxWindow* parent, const domain::CalendarDate& shown) {
    wxDialog dialog(parent, wxID_ANY, _("Choose a date"));
    dialog.SetName("date_calendar");
    auto* calendar =
        new wxCalendarCtrl(&dialog, wxID_ANY,
                           wxDateTime(static_cast<wxDateTime::wxDateTime_t>(shown.Day()),
                                      static_cast<wxDateTime::Month>(shown.Month() - 1), shown.Year()),
                           wxDefaultPosition, wxDefaultSize, wxCAL_MONDAY_FIRST | wxCAL_SHOW_HOLIDAYS);
    calendar->SetName("calendar");
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(calendar, 1, wxALL | wxEXPAND, 12);
    sizer->Add(dialog.CreateStdDialogButtonSizer(wxOK | wxCANCEL), 0, wxALL | wxEXPAND, 12);
    dialog.SetSizerAndFit(sizer);
    calendar->Bind(wxEVT_CALENDAR_DOUBLECLICKED, [&dialog](wxCalendarEvent&) { dialog.EndModal(wxID_OK); });
    if (dialog.ShowModal() != wxID_OK) return std::nullopt;
    const wxDateTime date = calendar->GetDate();
    return domain::CalendarDate::FromYmd(date.GetYear(), static_cast<unsigned>(date.GetMonth()) + 1,
                                         static_cast<unsigned>(date.GetDay()));
}

void ShowDate(wxTextCtrl* field, const domain::CalendarDate& date) {
    field->ChangeValue(U(date.Format()));
}

domain::CalendarDate ParseTypedDate(const wxString& text, const wxString& label) {
    std::string typed = S(text);
    const auto first = typed.find_first_not_of(" \t");
    const auto last = typed.find_last_not_of(" \t");
    typed = first == std::string::npos ? std::string() : typed.substr(first, last - first + 1);
    // Eight digits typed without separators, as on a keypad: ddmmyyyy.
    if (typed.size() == 8 && typed.find_first_not_of("0123456789") == std::string::npos)
        typed = typed.substr(0, 2) + "/" + typed.substr(2, 2) + "/" + typed.substr(4);
    try {
        return domain::CalendarDate::Parse(typed, Named(label));
    } catch (const domain::DomainError& error) {
        Refuse(label, error.Text(), error.Code());
    }
}

domain::CalendarDate DateTyped(const wxTextCtrl* field, const wxString& label) {
    return ParseTypedDate(field->GetValue(), label);
}

wxTextCtrl* NewWholeNumberField(wxWindow* parent, const char* name, int initial) {
    auto* field = new wxTextCtrl(parent, wxID_ANY, wxString::Format("%d", initial), wxDefaultPosition,
                                 parent->FromDIP(wxSize(90, -1)));
    field->SetName(name);
    return field;
}

int ParseWholeNumber(const wxString& text, const wxString& label, int min, int max) {
    wxString trimmed = text;
    trimmed.Trim(true).Trim(false);
    const std::string typed = S(trimmed);
    int value = 0;
    const auto [end, error] = std::from_chars(typed.data(), typed.data() + typed.size(), value);
    const bool whole = !typed.empty() && error == std::errc() && end == typed.data() + typed.size();
    if (!whole || value < min || value > max) {
        const std::string range = std::to_string(min) + " – " + std::to_string(max);
        Refuse(label,
               {"phải là số nguyên từ " + range +
                    (typed.empty() ? "; ô đang trống." : "; đã nhập '" + typed + "'."),
                "must be a whole number from " + range +
                    (typed.empty() ? "; the field is empty." : "; typed '" + typed + "'.")},
               domain::ErrorCode::InvalidValue);
    }
    return value;
}

int WholeNumberTyped(const wxTextCtrl* field, const wxString& label, int min, int max) {
    return ParseWholeNumber(field->GetValue(), label, min, max);
}

}  // namespace innodesk::gui
