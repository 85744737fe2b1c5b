// Adding or editing an enterprise. The tax code is checked as it is typed and the exact reason
// shown under it; required fields are marked; Save stays disabled until the form is valid. When
// another officer saved the same enterprise meanwhile, the conflict is explained and the user
// chooses to reload their copy or keep editing — nothing is overwritten silently.
#pragma once

#include "form_dialog.h"

#include "domain/enterprise.h"

#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <optional>

namespace innodesk::gui {

class EnterpriseDialog final : public FormDialog {
public:
    // `existing` empty: a new enterprise.
    EnterpriseDialog(wxWindow* parent, app::Workspace& session, std::optional<domain::Enterprise> existing);
    const domain::Enterprise& Saved() const { return m_saved; }

    bool TransferDataToWindow() override;
    // Registers or updates; on a conflict with another officer's save, asks whether to reload
    // their version or keep editing, and stays open either way.
    bool TransferDataFromWindow() override;

private:
    wxTextCtrl* TrackedText(const wxString& label, bool required, const char* name);
    void Fill(const domain::Enterprise& enterprise);
    domain::Enterprise Read() const;
    void CheckForm();
    void OnCancel(wxCommandEvent& event);

    app::Workspace& m_session;
    std::optional<domain::Enterprise> m_existing;
    domain::Enterprise m_saved;
    bool m_modified = false;
    wxTextCtrl* m_tax_code;
    wxStaticText* m_tax_code_status;
    wxTextCtrl* m_name;
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
