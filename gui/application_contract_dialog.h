// The dialog that records an approved application's support contract: its number, the day it was
// signed and its end (when its acceptance falls due).
#pragma once

#include "form_dialog.h"

#include "domain/application.h"

namespace innodesk::gui {

class ApplicationContractDialog final : public FormDialog {
public:
    ApplicationContractDialog(wxWindow* parent, app::Workspace& session,
                              const domain::Application& application);
    const domain::Application& Contracted() const { return m_application; }

    bool TransferDataFromWindow() override;

private:
    app::Workspace& m_session;
    domain::Application m_application;
    wxTextCtrl* m_number;
    DateInput m_signed_on;
    DateInput m_ends_on;
};

}  // namespace innodesk::gui
