// The dialog that records a task's contract: its number, when it was signed, its start and end,
// and the budget envelope the state budget is committed on.
#pragma once

#include "form_dialog.h"

#include "domain/programme_service.h"
#include "domain/task.h"

#include <vector>

namespace innodesk::gui {

class ContractTaskDialog final : public FormDialog {
public:
    ContractTaskDialog(wxWindow* parent, app::Workspace& session, const domain::Task& task);

    bool TransferDataToWindow() override;
    bool TransferDataFromWindow() override;

private:
    app::Workspace& m_session;
    domain::Task m_task;
    std::vector<domain::EnvelopeReport> m_envelopes;
    wxTextCtrl* m_number;
    DateInput m_signed_on;
    DateInput m_starts_on;
    DateInput m_ends_on;
    wxChoice* m_envelope;
};

}  // namespace innodesk::gui
