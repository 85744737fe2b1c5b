// The dialog that records a task's results in use after acceptance (ứng dụng): where, since when,
// the evidence, and the day of the report.
#pragma once

#include "form_dialog.h"

#include "domain/task.h"

namespace innodesk::gui {

class TaskUseDialog final : public FormDialog {
public:
    TaskUseDialog(wxWindow* parent, app::Workspace& session, const domain::Task& task);

    bool TransferDataToWindow() override { return true; }
    bool TransferDataFromWindow() override;

private:
    app::Workspace& m_session;
    domain::Task m_task;
    DateInput m_reported_on;
    wxTextCtrl* m_place;
    DateInput m_since;
    wxTextCtrl* m_evidence;
};

}  // namespace innodesk::gui
