// Tools › Reconciliation…: the same reconciliation as `innodesk-cli check` (app/reconciliation.h),
// its summary, each finding (table, record, field, stored and audited value) and what was not
// compared.
#pragma once

#include "app/reconciliation.h"
#include "app/workspace.h"

#include <wx/dialog.h>

class wxDataViewListCtrl;
class wxStaticText;
class wxTextCtrl;

namespace innodesk::gui {

class ReconciliationDialog : public wxDialog {
public:
    // Runs the reconciliation (with a busy cursor) and shows its report.
    ReconciliationDialog(wxWindow* parent, app::Workspace& session);
    // For tests: the report shown.
    const app::ReconciliationReport& Report() const { return m_report; }

private:
    void ShowReport(const app::ReconciliationReport& report);
    void RunAgain();

    app::Workspace& m_session;
    app::ReconciliationReport m_report;
    wxStaticText* m_summary = nullptr;
    wxDataViewListCtrl* m_findings = nullptr;
    wxTextCtrl* m_notes = nullptr;
};

}  // namespace innodesk::gui
