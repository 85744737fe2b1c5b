// Adding or editing an enterprise. The tax code, name, VSIC code, phone and e-mail are checked
// as they are typed, by the domain's own rules (enterprise_fields.h), and the exact reason shown
// under each; fields hold no more characters than the domain accepts; required fields are marked;
// Save stays disabled until the form is valid. When another officer saved the same enterprise
// meanwhile, the prompt says who and when, and the user reloads the stored record, overwrites it
// or goes back to the form — nothing is overwritten silently.
#pragma once

#include "form_dialog.h"

#include "domain/enterprise.h"

#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <functional>
#include <optional>
#include <string>

namespace innodesk::gui {

class EnterpriseDialog final : public FormDialog {
public:
    // `existing` empty: a new enterprise.
    EnterpriseDialog(wxWindow* parent, app::Workspace& session, std::optional<domain::Enterprise> existing);
    const domain::Enterprise& Saved() const { return m_saved; }

    bool TransferDataToWindow() override;
    // Registers or updates; on a conflict with another officer's save, asks (AskAboutConflict):
    // Reload refills the form from the stored record and stays open, Overwrite saves the form over
    // the stored version, Cancel goes back to the form as it is.
    bool TransferDataFromWindow() override;

private:
    wxTextCtrl* TrackedText(const wxString& label, bool required, const char* name,
                            std::size_t max_characters);
    void Fill(const domain::Enterprise& enterprise);
    domain::Enterprise Read() const;
    void CheckForm();
    // Runs one field's rule on what it holds, cleaned as the domain cleans it, and shows the
    // rule's refusal on its line; true when the field passes.
    bool CheckField(wxTextCtrl* field, wxStaticText* line, const char* name,
                    const std::function<void(const std::string&)>& rule);

    app::Workspace& m_session;
    std::optional<domain::Enterprise> m_existing;
    domain::Enterprise m_saved;
    wxTextCtrl* m_tax_code;
    wxStaticText* m_tax_code_status;
    wxTextCtrl* m_name;
    wxStaticText* m_name_status;
    wxStaticText* m_vsic_status;
    wxStaticText* m_phone_status;
    wxStaticText* m_email_status;
    wxChoice* m_legal_form;
    wxChoice* m_size;
    wxTextCtrl* m_vsic;
    wxTextCtrl* m_commune;
    wxTextCtrl* m_province;
    wxTextCtrl* m_address;
    wxTextCtrl* m_phone;
    wxTextCtrl* m_email;
    wxCheckBox* m_st_enterprise;
    wxCheckBox* m_startup;
    wxTextCtrl* m_st_since;
    wxTextCtrl* m_startup_since;
};

}  // namespace innodesk::gui
