// The dialog that drafts a decision approving the recommended applications or refusing the
// not recommended ones.
#pragma once

#include "form_dialog.h"

#include "domain/application.h"
#include "domain/decision.h"

#include <vector>

#include <wx/checklst.h>

namespace innodesk::gui {

// Each ticked application is approved at the amount requested; number, date (typed, refused
// unless it is on the calendar), legal basis and the approver who will sign.
class DraftDecisionDialog final : public FormDialog {
public:
    DraftDecisionDialog(wxWindow* parent, app::Workspace& session);
    domain::DecisionId Drafted() const { return m_drafted; }

    bool TransferDataToWindow() override;
    bool TransferDataFromWindow() override;

private:
    domain::DecisionKind Kind() const;
    // The applications the chosen kind of decision may cover.
    void FillApplications();

    app::Workspace& m_session;
    std::vector<domain::Application> m_candidates;
    wxChoice* m_kind;
    wxTextCtrl* m_number;
    DateInput m_date;
    wxTextCtrl* m_basis;
    wxTextCtrl* m_conditions;
    wxChoice* m_signer;
    wxCheckListBox* m_applications;
    domain::DecisionId m_drafted = 0;
};

}  // namespace innodesk::gui
