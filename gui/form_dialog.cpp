// Form dialogs: their fields, their layout and their one Save/Cancel bar.
#include "form_dialog.h"

#include "error_dialog.h"
#include "save_shortcut.h"
#include "wx_text.h"

#include "domain/enterprise_service.h"
#include "domain/tax_code.h"

#include <wx/button.h>

namespace innodesk::gui {

domain::CalendarDate DateOf(const wxDatePickerCtrl* picker) {
    const wxDateTime date = picker->GetValue();
    return domain::CalendarDate::FromYmd(date.GetYear(), static_cast<unsigned>(date.GetMonth()) + 1,
                                         static_cast<unsigned>(date.GetDay()));
}

wxDateTime WxDate(const domain::CalendarDate& date) {
    return wxDateTime(static_cast<wxDateTime::wxDateTime_t>(date.Day()),
                      static_cast<wxDateTime::Month>(date.Month() - 1), date.Year());
}

EnterpriseField::EnterpriseField(wxWindow* parent, app::Workspace& session, wxTextCtrl* field,
                                 wxStaticText* feedback)
    : m_session(session), m_field(field), m_feedback(feedback) {
    m_field->SetHint("0300588569");
    m_field->Bind(wxEVT_TEXT, [this, parent](wxCommandEvent&) {
        Update();
        parent->Layout();
    });
}

domain::Enterprise EnterpriseField::Resolve() const {
    const auto code = domain::TaxCode::Parse(S(m_field->GetValue()));
    return m_session.Enterprises().GetByTaxCode(code.Value());
}

void EnterpriseField::Update() {
    if (m_field->GetValue().Strip(wxString::both).empty()) {
        m_feedback->SetLabel(wxEmptyString);
        return;
    }
    try {
        m_feedback->SetLabel("✓ " + U(Resolve().name));
        m_feedback->SetForegroundColour(wxColour(0x1B, 0x5E, 0x20));
    } catch (const domain::DomainError& error) {
        // Shown under the field while typing; Save refuses the same code with the same reason.
        m_feedback->SetLabel(Say(error.Text()));
        m_feedback->SetForegroundColour(wxColour(0xB7, 0x1C, 0x1C));
    }
    m_feedback->Wrap(m_field->GetSize().GetWidth());
}

FormDialog::FormDialog(wxWindow* parent, const wxString& title, const char* name, long style)
    : wxDialog(parent, wxID_ANY, title, wxDefaultPosition, wxDefaultSize, style) {
    SetName(name);
    m_grid = new wxFlexGridSizer(2, 6, 10);
    m_grid->AddGrowableCol(1);
    m_below = new wxBoxSizer(wxVERTICAL);
    // Finish has filled the widgets already; wx's own handler would fill them a second time when
    // the dialog is shown (appending every choice twice).
    Bind(wxEVT_INIT_DIALOG, [this](wxInitDialogEvent&) { UpdateWindowUI(wxUPDATE_UI_RECURSE); });
}

void FormDialog::Label(const wxString& label) {
    m_grid->Add(new wxStaticText(this, wxID_ANY, label), 0, wxALIGN_CENTER_VERTICAL);
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

DateInput FormDialog::Date(const wxString& label, const char* name, const domain::CalendarDate& initial) {
    Label(label);
    auto* field = NewDateField(this, name, initial);
    m_grid->Add(field, 0);
    return {field, label};
}

WholeNumberInput FormDialog::Number(const wxString& label, const char* name, int min, int max, int value) {
    Label(label);
    auto* field = NewWholeNumberField(this, name, value);
    m_grid->Add(field, 0);
    return {field, label, min, max};
}

EnterpriseField FormDialog::Enterprise(const wxString& label, const char* name, app::Workspace& session) {
    auto* field = Text(label, name);
    m_grid->AddSpacer(0);
    auto* feedback = new wxStaticText(this, wxID_ANY, wxEmptyString);
    feedback->SetName(wxString(name) + "_feedback");
    m_grid->Add(feedback, 1, wxEXPAND);
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
