// The dialog that plans a tranche of the state budget: its amount and when it falls due, with what
// is planned already and what the contract leaves.
#pragma once

#include "form_dialog.h"

#include "domain/task_service.h"

namespace innodesk::gui {

class TrancheDialog final : public FormDialog {
public:
    TrancheDialog(wxWindow* parent, app::Workspace& session, const domain::TaskFile& file);

    bool TransferDataToWindow() override { return true; }
    bool TransferDataFromWindow() override;

private:
    app::Workspace& m_session;
    domain::TaskId m_task;
    wxTextCtrl* m_amount;
    DateInput m_due;
};

}  // namespace innodesk::gui
