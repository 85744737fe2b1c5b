// The dialog that records a milestone reported: which open milestone, when, and the evidence.
#pragma once

#include "form_dialog.h"

#include "domain/task_service.h"

#include <vector>

namespace innodesk::gui {

class ReportMilestoneDialog final : public FormDialog {
public:
    ReportMilestoneDialog(wxWindow* parent, app::Workspace& session, const domain::TaskFile& file);

    bool TransferDataToWindow() override;
    bool TransferDataFromWindow() override;

private:
    app::Workspace& m_session;
    domain::TaskFile m_file;
    std::vector<domain::Milestone> m_open;
    wxChoice* m_milestone;
    DateInput m_reported_on;
    wxTextCtrl* m_evidence;
};

}  // namespace innodesk::gui
