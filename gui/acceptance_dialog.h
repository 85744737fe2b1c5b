// The dialog that records the council's acceptance evaluation (nghiệm thu) of a task: the council,
// the day it met, its result and the minutes' number. An approver issues it by signing the
// acceptance decision drafted afterwards.
#pragma once

#include "form_dialog.h"

#include "domain/task.h"

namespace innodesk::gui {

class AcceptanceDialog final : public FormDialog {
public:
    AcceptanceDialog(wxWindow* parent, app::Workspace& session, const domain::Task& task);

    bool TransferDataToWindow() override;
    bool TransferDataFromWindow() override;

private:
    app::Workspace& m_session;
    domain::Task m_task;
    wxTextCtrl* m_council;
    DateInput m_held_on;
    wxChoice* m_result;
    wxTextCtrl* m_minutes;
};

}  // namespace innodesk::gui
