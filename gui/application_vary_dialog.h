// The officer's dialog that drafts a decision varying an approved amount, with its number, date and
// reason. Nothing changes until an approver signs that decision on the Decisions page: payments
// follow signed amounts only.
#pragma once

#include "form_dialog.h"

#include "domain/application.h"
#include "domain/decision.h"

namespace innodesk::gui {

class ApplicationVaryDialog final : public FormDialog {
public:
    ApplicationVaryDialog(wxWindow* parent, app::Workspace& session, const domain::Application& application);
    const domain::Decision& Drafted() const { return m_drafted; }

    bool TransferDataFromWindow() override;

private:
    app::Workspace& m_session;
    domain::Application m_application;
    domain::Decision m_drafted;
    wxTextCtrl* m_number;
    DateInput m_date;
    wxTextCtrl* m_amount;
    wxTextCtrl* m_reason;
};

}  // namespace innodesk::gui
