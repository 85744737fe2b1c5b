// The base of every dialog that edits or records something: labelled fields in two columns, room
// below them for what does not fit a row, and the one Save (also Ctrl+S and Enter) / Cancel bar.
// Data moves in two methods, as in KiCad's dialogs: TransferDataToWindow fills the widgets from
// the records, TransferDataFromWindow validates what was typed, reads it back and saves it. A
// refused value keeps the form open with the reason shown. Required fields are marked " *".
// What is wrong with a field as it is typed shows on a line under it whose room is reserved, so
// that no other field moves. A form whose input changed asks before Cancel, Escape or the close
// box drops it; Escape in a date field stays in the field.
#pragma once

#include "typed_fields.h"

#include "app/workspace.h"
#include "domain/calendar_date.h"
#include "domain/enterprise.h"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/datectrl.h>  // DateOf: the pages' "as of" pickers
#include <wx/dialog.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <optional>
#include <utility>

namespace innodesk::gui {

// Shows what is wrong with a field (red) or what it resolved to (green) on its feedback line; an
// empty text clears it. The line keeps its size; the whole text is also its tooltip.
void ShowFeedback(wxStaticText* line, const wxString& text, bool problem);

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

// The bar's buttons: Save (wxID_SAVE, with Ctrl+S) unless a dialog names its own affirmative
// button ("Sign", "Submit scores"); an empty label is "Save" or "Cancel".
struct FormButtons {
    // Positional, so that a dialog names only what differs: FormButtons(_("Sign"), "sign", wxID_OK).
    FormButtons(wxString save_label_ = {}, const char* save_name_ = "save", wxWindowID save_id_ = wxID_SAVE,
                wxString cancel_label_ = {}, bool save_is_default_ = true)
        : save_label(std::move(save_label_)),
          save_name(save_name_),
          save_id(save_id_),
          cancel_label(std::move(cancel_label_)),
          save_is_default(save_is_default_) {}
    wxString save_label;
    const char* save_name;
    wxWindowID save_id;
    wxString cancel_label;
    bool save_is_default;  // Enter in a field presses it
};

class FormDialog : public wxDialog {
protected:
    FormDialog(wxWindow* parent, const wxString& title, const char* name,
               long style = wxDEFAULT_DIALOG_STYLE);

    wxTextCtrl* Text(const wxString& label, const char* name, const wxString& value = {});
    // A field of the dialog's own making (a password field, a choice of its own) on a row of the grid.
    void Field(const wxString& label, wxWindow* field, int proportion = 1);
    // A figure the form is measured against (a signed amount, what was paid), read-only, on a row.
    wxStaticText* Figure(const wxString& label, const char* name, const wxString& value);
    // A line under the previous field, in its column (what is wrong with a tax code as it is typed).
    void UnderField(wxWindow* line);
    wxChoice* Choice(const wxString& label, const char* name);
    // A typed date with a calendar button beside it (named `name` + "_calendar").
    DateInput Date(const wxString& label, const char* name, const domain::CalendarDate& initial);
    // The same for a date that may stay empty: read it with OptionalDateTyped.
    wxTextCtrl* OptionalDate(const wxString& label, const char* name);
    // A line under the previous field for what is wrong with it as it is typed (ShowFeedback),
    // with room for two lines reserved.
    wxStaticText* Feedback(const wxString& name);
    WholeNumberInput Number(const wxString& label, const char* name, int min, int max, int value);
    // A tax-code field with its live feedback line.
    EnterpriseField Enterprise(const wxString& label, const char* name, app::Workspace& session);
    // What goes under the fields (a list to tick, a multi-line comment), with the dialog's own flags.
    wxBoxSizer* Below() { return m_below; }
    // Lays the dialog out (heading, fields, Below(), the button bar) after filling it once with
    // TransferDataToWindow, so that it is sized to what it shows. The last call of a constructor.
    void Finish(const wxString& heading = {}, const FormButtons& buttons = {});
    wxButton* SaveButton() const { return m_save; }

    // Validate, then TransferDataFromWindow inside Attempt: closes with wxID_OK when it returns
    // true, and stays open when it returns false or throws (the reason is shown).
    void Save();

    // Whether the fields hold anything other than what they held when the dialog opened or was
    // last marked unchanged (after a reload, or after a part of the form was saved on its own).
    bool HasUnsavedInput() const;
    void MarkUnchanged();

private:
    void Label(const wxString& label);
    wxSizer* WithCalendar(wxTextCtrl* field, const char* name);
    // Cancel, Escape and the close box: closes at once when nothing changed, else asks first.
    void CancelAsked();
    wxString InputState() const;
    wxString m_unchanged;
    wxFlexGridSizer* m_grid;
    wxBoxSizer* m_below;
    wxButton* m_save = nullptr;
};

}  // namespace innodesk::gui
