// The reconciliation dialog.
#include "reconciliation_dialog.h"

#include "wx_text.h"

#include <wx/button.h>
#include <wx/dataview.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/utils.h>

namespace innodesk::gui {

ReconciliationDialog::ReconciliationDialog(wxWindow* parent, app::Workspace& session)
    : wxDialog(parent, wxID_ANY, _("Reconciliation"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      m_session(session) {
    SetName("reconciliation_dialog");
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    m_summary = new wxStaticText(this, wxID_ANY, wxString());
    m_summary->SetName("reconciliation_summary");
    sizer->Add(m_summary, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, 8);
    m_findings = new wxDataViewListCtrl(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(1000, 300)));
    m_findings->SetName("reconciliation_findings");
    m_findings->AppendTextColumn(_("Table"), wxDATAVIEW_CELL_INERT, FromDIP(110));
    m_findings->AppendTextColumn(_("Record"), wxDATAVIEW_CELL_INERT, FromDIP(70));
    m_findings->AppendTextColumn(_("Field"), wxDATAVIEW_CELL_INERT, FromDIP(130));
    m_findings->AppendTextColumn(_("Stored"), wxDATAVIEW_CELL_INERT, FromDIP(140));
    m_findings->AppendTextColumn(_("Audit trail says"), wxDATAVIEW_CELL_INERT, FromDIP(140));
    m_findings->AppendTextColumn(_("What was found"), wxDATAVIEW_CELL_INERT, FromDIP(400));
    sizer->Add(m_findings, 1, wxEXPAND | wxALL, 8);
    sizer->Add(new wxStaticText(this, wxID_ANY, _("Not compared, and why:")), 0, wxLEFT | wxRIGHT, 8);
    m_notes = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, FromDIP(wxSize(1000, 90)),
                             wxTE_MULTILINE | wxTE_READONLY);
    m_notes->SetName("reconciliation_notes");
    sizer->Add(m_notes, 0, wxEXPAND | wxALL, 8);
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    auto* again = new wxButton(this, wxID_ANY, _("Check &again"));
    again->SetName("reconciliation_again");
    again->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { RunAgain(); });
    buttons->Add(again, 0, wxRIGHT, 8);
    buttons->AddStretchSpacer();
    buttons->Add(new wxButton(this, wxID_OK, _("Close")));
    sizer->Add(buttons, 0, wxEXPAND | wxALL, 8);
    SetSizerAndFit(sizer);
    RunAgain();
}

void ReconciliationDialog::RunAgain() {
    wxBusyCursor busy;
    ShowReport(app::Reconcile(m_session));
}

void ReconciliationDialog::ShowReport(const app::ReconciliationReport& report) {
    m_report = report;
    const auto total = static_cast<std::int64_t>(report.findings.size()) + report.findings_left_out;
    wxString summary =
        report.Clean()
            ? wxString::Format(
                  _("No discrepancies: %s audit entries, %s records (%s fields), %s decisions, %s "
                    "budget envelopes checked in %.1f s."),
                  Grouped(report.audit_entries), Grouped(report.records_compared),
                  Grouped(report.fields_compared), Grouped(report.decisions_verified),
                  Grouped(report.envelopes_summed), report.seconds)
            : wxString::Format(
                  _("%s discrepancies with the audit trail: %s audit entries, %s records (%s fields), "
                    "%s decisions, %s budget envelopes checked in %.1f s."),
                  Grouped(total), Grouped(report.audit_entries), Grouped(report.records_compared),
                  Grouped(report.fields_compared), Grouped(report.decisions_verified),
                  Grouped(report.envelopes_summed), report.seconds);
    summary += "\n" + _("Checkpoint:") + " " + Say(report.checkpoint.explanation);
    m_summary->SetLabel(summary);
    m_summary->Wrap(FromDIP(1000));
    m_findings->DeleteAllItems();
    for (const auto& finding : report.findings) {
        wxVector<wxVariant> row;
        row.push_back(U(finding.table));
        row.push_back(wxString::Format("%lld", static_cast<long long>(finding.record)));
        row.push_back(U(finding.field));
        row.push_back(U(finding.stored));
        row.push_back(U(finding.audited));
        row.push_back(Say(finding.explanation));
        m_findings->AppendItem(row);
    }
    wxString notes;
    for (const auto& note : report.notes) notes += Say(note) + "\n";
    if (report.findings_left_out > 0)
        notes +=
            wxString::Format(_("%s more discrepancies are not listed."), Grouped(report.findings_left_out));
    m_notes->SetValue(notes);
    Layout();
}

}  // namespace innodesk::gui
