// The approver's dialog that varies an approved amount, with the reason; the original approval
// stays on record.
#pragma once

#include "form_dialog.h"

#include "domain/application.h"

namespace innodesk::gui {

class ApplicationVaryDialog final : public FormDialog {
public:
    ApplicationVaryDialog(wxWindow* parent, app::Workspace& session, const domain::Application& application);
    const domain::Application& Varied() const { return m_application; }

    bool TransferDataFromWindow() override;

private:
    app::Workspace& m_session;
    domain::Application m_application;
    wxTextCtrl* m_amount;
    wxTextCtrl* m_reason;
};

}  // namespace innodesk::gui
