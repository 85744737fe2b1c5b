// A dialog of labelled fields in two columns with Save (also Ctrl+S and Enter) and Cancel; Save
// runs the dialog's `save` and closes only when it succeeds, so a refused value keeps the form
// open with the reason shown. Required fields are marked with " *".
#pragma once

#include "typed_fields.h"

#include "app/workspace.h"
#include "domain/calendar_date.h"
#include "domain/enterprise.h"

#include <wx/choice.h>
#include <wx/datectrl.h>  // DateOf: the pages' "as of" pickers
#include <wx/dialog.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <functional>
#include <optional>

namespace innodesk::gui {

// The date a picker shows, and a date for a picker.
domain::CalendarDate DateOf(const wxDatePickerCtrl* picker);
wxDateTime WxDate(const domain::CalendarDate& date);

// A form's date field with its label, read as typed (see typed_fields.h).
struct DateInput {
    wxTextCtrl* field = nullptr;
    wxString label;
    domain::CalendarDate Value() const { return DateTyped(field, label); }
    void Show(const domain::CalendarDate& date) const { ShowDate(field, date); }
};

// A form's whole-number field with its label and limits, read as typed.
struct WholeNumberInput {
    wxTextCtrl* field = nullptr;
    wxString label;
    int min = 0;
    int max = 0;
    int Value() const { return WholeNumberTyped(field, label, min, max); }
};

// A tax code typed into a field, resolved to a registered enterprise as it is typed: the line
// under it shows the enterprise's name, or why the code is not one (check digit, not registered).
class EnterpriseField {
public:
    EnterpriseField(wxWindow* parent, app::Workspace& session, wxTextCtrl* field, wxStaticText* feedback);
    // The enterprise, or a DomainError saying what is wrong with the code.
    domain::Enterprise Resolve() const;

private:
    void Update();
    app::Workspace& m_session;
    wxTextCtrl* m_field;
    wxStaticText* m_feedback;
};

class FormDialog : public wxDialog {
protected:
    FormDialog(wxWindow* parent, const wxString& title, const char* name);

    wxTextCtrl* Text(const wxString& label, const char* name, const wxString& value = {});
    wxChoice* Choice(const wxString& label, const char* name);
    DateInput Date(const wxString& label, const char* name, const domain::CalendarDate& initial);
    WholeNumberInput Number(const wxString& label, const char* name, int min, int max, int value);
    // A tax-code field with its live feedback line.
    EnterpriseField Enterprise(const wxString& label, const char* name, app::Workspace& session);
    void Finish(const wxString& heading, std::function<void()> save);

private:
    void Label(const wxString& label);
    wxFlexGridSizer* m_grid;
};

}  // namespace innodesk::gui
