// The dialog that drafts a decision approving the recommended applications or refusing the
// not recommended ones.
#pragma once

#include "column_fit.h"
#include "form_dialog.h"

#include "domain/application.h"
#include "domain/decision.h"
#include "domain/money.h"

#include <optional>
#include <vector>

#include <wx/dataview.h>

namespace innodesk::gui {

// Number, date (typed, refused unless it is on the calendar, or chosen on a calendar), legal
// basis, conditions and the approver who will sign; then the applications, each ticked to be
// covered, with the amount approved for it — prefilled with the amount requested, editable, and
// checked as it is typed (whole đồng, more than nothing, not above the request) — and the total.
// A refusal grants nothing and has no amount column. The programme's caps and budget are checked
// by the domain when the draft is saved; its refusal is shown and the form stays.
class DraftDecisionDialog final : public FormDialog {
public:
    // The list's columns.
    enum Column : unsigned { kTicked, kApplication, kEnterprise, kRequested, kApproved };

    DraftDecisionDialog(wxWindow* parent, app::Workspace& session);
    domain::DecisionId Drafted() const { return m_drafted; }

    bool TransferDataToWindow() override;
    bool TransferDataFromWindow() override;

private:
    domain::DecisionKind Kind() const;
    // The applications the chosen kind of decision may cover.
    void FillApplications();
    // The amount typed on a row, or a DomainError naming the application and what is wrong.
    domain::Money ApprovedOn(unsigned row) const;
    // Checks every amount, shows the first problem and the total ticked, and enables Save.
    void CheckAmounts();

    app::Workspace& m_session;
    std::vector<domain::Application> m_candidates;
    wxChoice* m_kind;
    wxTextCtrl* m_number;
    DateInput m_date;
    wxTextCtrl* m_basis;
    wxTextCtrl* m_conditions;
    wxChoice* m_signer;
    wxDataViewListCtrl* m_applications;
    std::vector<ColumnFit> m_fits;
    wxStaticText* m_total;
    wxStaticText* m_amount_problem;
    domain::DecisionId m_drafted = 0;
};

}  // namespace innodesk::gui
