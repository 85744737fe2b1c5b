// Date and whole-number fields read as typed.
#include "typed_fields.h"

#include "wx_text.h"

#include "domain/errors.h"

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
    auto* field = new wxTextCtrl(parent, wxID_ANY, U(initial.Format()), wxDefaultPosition,
                                 parent->FromDIP(wxSize(120, -1)));
    field->SetName(name);
    // A single-line GTK entry shows this as a placeholder of its own: it is never the value.
    field->SetHint(_("dd/mm/yyyy"));
    return field;
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
