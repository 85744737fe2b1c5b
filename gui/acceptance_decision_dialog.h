// The dialog that drafts the decision issuing a task's recorded acceptance: number, date, legal
// basis and the approver who will sign it (on the Decisions page, as any decision).
#pragma once

#include "form_dialog.h"

#include "domain/decision.h"
#include "domain/task.h"

namespace innodesk::gui {

class AcceptanceDecisionDialog final : public FormDialog {
public:
    AcceptanceDecisionDialog(wxWindow* parent, app::Workspace& session, const domain::Task& task);
    domain::DecisionId Drafted() const { return m_drafted; }

    bool TransferDataToWindow() override;
    bool TransferDataFromWindow() override;

private:
    app::Workspace& m_session;
    domain::Task m_task;
    wxTextCtrl* m_number;
    DateInput m_date;
    wxTextCtrl* m_basis;
    wxChoice* m_signer;
    domain::DecisionId m_drafted = 0;
};

}  // namespace innodesk::gui
