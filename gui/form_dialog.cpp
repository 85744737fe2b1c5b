// Form dialogs: their fields, their layout and their one Save/Cancel bar.
#include "form_dialog.h"

#include "error_dialog.h"
#include "save_shortcut.h"
#include "wx_text.h"

#include "domain/enterprise_service.h"
#include "domain/tax_code.h"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/checklst.h>
#include <wx/dataview.h>
#include <wx/msgdlg.h>
#include <wx/spinctrl.h>

namespace innodesk::gui {

namespace {

// What an input shows, for telling whether the form changed; empty for what is not an input.
wxString StateOf(const wxWindow& window) {
    if (const auto* text = dynamic_cast<const wxTextCtrl*>(&window)) return text->GetValue();
    if (const auto* check_list = dynamic_cast<const wxCheckListBox*>(&window)) {
        wxString ticked;
        for (unsigned i = 0; i < check_list->GetCount(); ++i) ticked += check_list->IsChecked(i) ? '1' : '0';
        return ticked;
    }
    if (const auto* choice = dynamic_cast<const wxChoice*>(&window))
        return wxString::Format("%d", choice->GetSelection());
    if (const auto* box = dynamic_cast<const wxCheckBox*>(&window)) return box->GetValue() ? "1" : "0";
    if (const auto* spin = dynamic_cast<const wxSpinCtrl*>(&window))
        return wxString::Format("%d", spin->GetValue());
    if (const auto* list = dynamic_cast<const wxDataViewListCtrl*>(&window)) {
        wxString cells;
        for (int row = 0; row < list->GetItemCount(); ++row)
            for (unsigned column = 0; column < list->GetColumnCount(); ++column) {
                wxVariant value;
                list->GetStore()->GetValueByRow(value, static_cast<unsigned>(row), column);
                cells += value.MakeString() + '\t';
            }
        return cells;
    }
    return {};
}

void CollectState(const wxWindow& window, wxString& state) {
    for (const wxWindow* child : window.GetChildren()) {
        if (child->IsTopLevel()) continue;  // a dialog opened from this one is not its input
        state += StateOf(*child) + '\n';
        CollectState(*child, state);
    }
}

}  // namespace

void ShowFeedback(wxStaticText* line, const wxString& text, bool problem) {
    line->SetForegroundColour(problem ? wxColour(0xB7, 0x1C, 0x1C) : wxColour(0x1B, 0x5E, 0x20));
    line->SetLabel(text);
    line->SetToolTip(text);
    // Wrapped within the reserved room, which never grows (wxST_NO_AUTORESIZE).
    line->Wrap(line->GetMinSize().GetWidth());
}

domain::CalendarDate DateOf(const wxDatePickerCtrl* picker) {
    const wxDateTime date = picker->GetValue();
    return domain::CalendarDate::FromYmd(date.GetYear(), static_cast<unsigned>(date.GetMonth()) + 1,
                                         static_cast<unsigned>(date.GetDay()));
}

wxDateTime WxDate(const domain::CalendarDate& date) {
    return wxDateTime(static_cast<wxDateTime::wxDateTime_t>(date.Day()),
                      static_cast<wxDateTime::Month>(date.Month() - 1), date.Year());
}

EnterpriseField::EnterpriseField(wxWindow*, app::Workspace& session, wxTextCtrl* field,
                                 wxStaticText* feedback)
    : m_session(session), m_field(field), m_feedback(feedback) {
    m_field->SetHint("0300588569");
    m_field->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { Update(); });
}

domain::Enterprise EnterpriseField::Resolve() const {
    const auto code = domain::TaxCode::Parse(S(m_field->GetValue()));
    return m_session.Enterprises().GetByTaxCode(code.Value());
}

void EnterpriseField::Update() {
    if (m_field->GetValue().Strip(wxString::both).empty()) {
        ShowFeedback(m_feedback, wxEmptyString, false);
        return;
    }
    try {
        ShowFeedback(m_feedback, "✓ " + U(Resolve().name), false);
    } catch (const domain::DomainError& error) {
        // Shown under the field while typing; Save refuses the same code with the same reason.
        ShowFeedback(m_feedback, Say(error.Text()), true);
    }
}

FormDialog::FormDialog(wxWindow* parent, const wxString& title, const char* name, long style)
    : wxDialog(parent, wxID_ANY, title, wxDefaultPosition, wxDefaultSize, style) {
    SetName(name);
    m_grid = new wxFlexGridSizer(2, 6, 10);
    m_grid->AddGrowableCol(1);
    m_below = new wxBoxSizer(wxVERTICAL);
    // Finish has filled the widgets already; wx's own handler would fill them a second time when
    // the dialog is shown (appending every choice twice). What they show now is the unchanged form.
    Bind(wxEVT_INIT_DIALOG, [this](wxInitDialogEvent&) {
        UpdateWindowUI(wxUPDATE_UI_RECURSE);
        MarkUnchanged();
    });
    // Escape and the close box press Cancel (wxDialog's own handlers); Cancel asks first.
    Bind(
        wxEVT_BUTTON, [this](wxCommandEvent&) { CancelAsked(); }, wxID_CANCEL);
    Bind(wxEVT_CLOSE_WINDOW, [this](wxCloseEvent& event) {
        if (!event.CanVeto() || !IsModal()) return event.Skip();
        CancelAsked();
    });
}

wxString FormDialog::InputState() const {
    wxString state;
    CollectState(*this, state);
    return state;
}

bool FormDialog::HasUnsavedInput() const {
    return InputState() != m_unchanged;
}

void FormDialog::MarkUnchanged() {
    m_unchanged = InputState();
}

void FormDialog::CancelAsked() {
    if (HasUnsavedInput() && wxMessageBox(_("Discard the unsaved changes?"), GetTitle(),
                                          wxYES_NO | wxNO_DEFAULT | wxICON_QUESTION, this) != wxYES)
        return;
    if (IsModal())
        EndModal(wxID_CANCEL);
    else
        Hide();
}

void FormDialog::Label(const wxString& label) {
    // A label's "&" is a letter ("KH&CN", "S&T"), never a keyboard mnemonic.
    m_grid->Add(new wxStaticText(this, wxID_ANY, wxControl::EscapeMnemonics(label)), 0,
                wxALIGN_CENTER_VERTICAL);
}

wxTextCtrl* FormDialog::Text(const wxString& label, const char* name, const wxString& value) {
    Label(label);
    auto* field = new wxTextCtrl(this, wxID_ANY, value, wxDefaultPosition, FromDIP(wxSize(320, -1)));
    field->SetName(name);
    m_grid->Add(field, 1, wxEXPAND);
    return field;
}

void FormDialog::Field(const wxString& label, wxWindow* field, int proportion) {
    Label(label);
    m_grid->Add(field, proportion, wxEXPAND);
}

wxStaticText* FormDialog::Figure(const wxString& label, const char* name, const wxString& value) {
    auto* text = new wxStaticText(this, wxID_ANY, value);
    text->SetName(name);
    Field(label, text);
    return text;
}

void FormDialog::UnderField(wxWindow* line) {
    m_grid->AddSpacer(0);
    m_grid->Add(line, 1, wxEXPAND);
}

wxChoice* FormDialog::Choice(const wxString& label, const char* name) {
    Label(label);
    auto* field = new wxChoice(this, wxID_ANY);
    field->SetName(name);
    m_grid->Add(field, 1, wxEXPAND);
    return field;
}

wxSizer* FormDialog::WithCalendar(wxTextCtrl* field, const char* name) {
    auto* row = new wxBoxSizer(wxHORIZONTAL);
    row->Add(field, 0, wxALIGN_CENTER_VERTICAL);
    auto* calendar =
        new wxButton(this, wxID_ANY, _("Calendar…"), wxDefaultPosition, wxDefaultSize, wxBU_EXACTFIT);
    calendar->SetName(wxString(name) + "_calendar");
    calendar->SetToolTip(_("Choose the date on a calendar"));
    row->Add(calendar, 0, wxLEFT | wxALIGN_CENTER_VERTICAL, 4);
    calendar->Bind(wxEVT_BUTTON, [this, field](wxCommandEvent&) {
        // The month of the date typed, or of today while the field holds no date.
        const auto shown = [&] {
            try {
                return ParseTypedDate(field->GetValue(), {});
            } catch (const domain::DomainError&) {
                const wxDateTime today = wxDateTime::Today();
                return domain::CalendarDate::FromYmd(today.GetYear(),
                                                     static_cast<unsigned>(today.GetMonth()) + 1,
                                                     static_cast<unsigned>(today.GetDay()));
            }
        }();
        if (const auto chosen = ChooseOnCalendar(this, shown)) {
            ShowDate(field, *chosen);
            // As if typed: the form's own checks see the new date.
            wxCommandEvent typed(wxEVT_TEXT, field->GetId());
            typed.SetEventObject(field);
            typed.SetString(field->GetValue());
            field->HandleWindowEvent(typed);
        }
        field->SetFocus();
    });
    return row;
}

DateInput FormDialog::Date(const wxString& label, const char* name, const domain::CalendarDate& initial) {
    Label(label);
    auto* field = NewDateField(this, name, initial);
    m_grid->Add(WithCalendar(field, name), 0);
    return {field, label};
}

wxTextCtrl* FormDialog::OptionalDate(const wxString& label, const char* name) {
    Label(label);
    auto* field = NewDateField(this, name, std::nullopt);
    m_grid->Add(WithCalendar(field, name), 0);
    return field;
}

wxStaticText* FormDialog::Feedback(const wxString& name) {
    auto* line =
        new wxStaticText(this, wxID_ANY, wxEmptyString, wxDefaultPosition, wxDefaultSize, wxST_NO_AUTORESIZE);
    line->SetName(name);
    line->SetMinSize(wxSize(FromDIP(320), 2 * line->GetCharHeight() + FromDIP(2)));
    UnderField(line);
    return line;
}

WholeNumberInput FormDialog::Number(const wxString& label, const char* name, int min, int max, int value) {
    Label(label);
    auto* field = NewWholeNumberField(this, name, value);
    m_grid->Add(field, 0);
    return {field, label, min, max};
}

EnterpriseField FormDialog::Enterprise(const wxString& label, const char* name, app::Workspace& session) {
    auto* field = Text(label, name);
    auto* feedback = Feedback(wxString(name) + "_feedback");
    return EnterpriseField(this, session, field, feedback);
}

void FormDialog::Finish(const wxString& heading, const FormButtons& buttons) {
    TransferDataToWindow();
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    if (!heading.empty())
        sizer->Add(new wxStaticText(this, wxID_ANY, heading), 0, wxLEFT | wxRIGHT | wxTOP, 12);
    const bool below = !m_below->IsEmpty();
    if (!m_grid->IsEmpty()) sizer->Add(m_grid, below ? 0 : 1, wxEXPAND | wxALL, 12);
    if (below) sizer->Add(m_below, 1, wxEXPAND);
    auto* bar = new wxStdDialogButtonSizer();
    m_save = new wxButton(this, buttons.save_id, buttons.save_label.empty() ? _("Save") : buttons.save_label);
    m_save->SetName(buttons.save_name);
    if (buttons.save_is_default) m_save->SetDefault();
    if (buttons.save_id == wxID_SAVE) AddSaveShortcut(this, m_save);
    bar->AddButton(m_save);
    bar->AddButton(
        new wxButton(this, wxID_CANCEL, buttons.cancel_label.empty() ? _("Cancel") : buttons.cancel_label));
    bar->Realize();
    sizer->Add(bar, 0, wxALL | wxEXPAND, 12);
    SetSizerAndFit(sizer);
    m_save->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { Save(); });
}

void FormDialog::Save() {
    bool saved = false;
    Attempt(this, [&] { saved = Validate() && TransferDataFromWindow(); });
    if (saved) EndModal(wxID_OK);
}

}  // namespace innodesk::gui
