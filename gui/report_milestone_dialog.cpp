// The milestone report dialog.
#include "report_milestone_dialog.h"

#include "wx_text.h"

namespace innodesk::gui {

ReportMilestoneDialog::ReportMilestoneDialog(wxWindow* parent, app::Workspace& session,
                                             const domain::TaskFile& file)
    : FormDialog(parent, wxString::Format(_("Milestone reported: %s"), U(file.task.code)),
                 "report_milestone_dialog"),
      m_session(session),
      m_file(file) {
    m_milestone = Choice(_("Milestone") + " *", "milestone");
    m_reported_on = Date(_("Reported on") + " *", "reported_on", session.Clock().Today());
    m_evidence = Text(_("Evidence"), "milestone_evidence");
    Finish();
}

bool ReportMilestoneDialog::TransferDataToWindow() {
    m_open.clear();
    m_milestone->Clear();
    for (const auto& milestone : m_file.milestones) {
        if (!milestone.Open()) continue;
        m_open.push_back(milestone);
        m_milestone->Append(wxString::Format("%d. %s — %s", milestone.position, U(milestone.content),
                                             U(milestone.due_on.Format())));
    }
    if (!m_open.empty()) m_milestone->SetSelection(0);
    return true;
}

bool ReportMilestoneDialog::TransferDataFromWindow() {
    if (m_milestone->GetSelection() == wxNOT_FOUND)
        throw domain::DomainError(
            domain::ErrorCode::InvalidValue,
            {"Nhiệm vụ không còn mốc nào chưa báo cáo.", "The task has no milestone left open."},
            "milestone");
    const auto& milestone = m_open[static_cast<std::size_t>(m_milestone->GetSelection())];
    m_session.Tasks().ReportMilestone(m_file.task.id, milestone.position, m_reported_on.Value(),
                                      S(m_evidence->GetValue()), m_session.Actor());
    return true;
}

}  // namespace innodesk::gui
