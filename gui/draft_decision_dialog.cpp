// The decision drafting dialog.
#include "draft_decision_dialog.h"

#include "wx_text.h"

#include "domain/application_service.h"
#include "domain/decision_service.h"
#include "domain/enterprise_service.h"
#include "domain/user_service.h"

#include <wx/msgdlg.h>

namespace innodesk::gui {

DraftDecisionDialog::DraftDecisionDialog(wxWindow* parent, app::Workspace& session)
    : FormDialog(parent, _("Draft a decision"), "draft_decision_dialog",
                 wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      m_session(session) {
    m_kind = Choice(_("Kind"), "kind");
    m_number = Text(_("Number") + " *", "number");
    m_number->SetHint("125/QĐ-SKHCN");
    m_date = Date(_("Date") + " *", "date", session.Clock().Today());
    m_date.label = _("Date");
    m_basis = Text(_("Legal basis"), "legal_basis");
    m_conditions = Text(_("Conditions"), "conditions");
    m_signer = Choice(_("Signed by"), "signer");
    Below()->Add(
        new wxStaticText(this, wxID_ANY, _("Applications (the amount granted is what was requested)")), 0,
        wxLEFT | wxRIGHT, 12);
    m_applications = new wxCheckListBox(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(620, 220)));
    m_applications->SetName("applications");
    Below()->Add(m_applications, 1, wxEXPAND | wxALL, 12);
    Finish({}, FormButtons(_("Save draft"), "save_draft"));
    m_kind->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { FillApplications(); });
}

bool DraftDecisionDialog::TransferDataToWindow() {
    m_kind->Clear();
    // A task's acceptance decision is drafted from the Tasks page, over its task; it is the last
    // kind, so the choice's indices stay those of DecisionKinds().
    for (const auto& entry : domain::DecisionKinds())
        if (entry.value != domain::DecisionKind::TaskAcceptance)
            m_kind->Append(EnumLabel(domain::DecisionKinds(), entry.value));
    m_kind->SetSelection(0);
    m_date.Show(m_session.Clock().Today());
    m_signer->Clear();
    for (const auto& user : m_session.Users().List(m_session.Actor()))
        if (user.role == domain::Role::Approver && !user.disabled) m_signer->Append(U(user.display_name));
    if (m_signer->GetCount() > 0) m_signer->SetSelection(0);
    FillApplications();
    return true;
}

domain::DecisionKind DraftDecisionDialog::Kind() const {
    return domain::DecisionKinds()[static_cast<std::size_t>(m_kind->GetSelection())].value;
}

void DraftDecisionDialog::FillApplications() {
    m_candidates.clear();
    m_applications->Clear();
    domain::ApplicationFilter filter;
    filter.state = Kind() == domain::DecisionKind::Approval ? domain::ApplicationState::Recommended
                                                            : domain::ApplicationState::NotRecommended;
    filter.limit = 2000;
    auto enterprises = m_session.Enterprises();
    for (const auto& a : m_session.Applications().List(filter)) {
        m_candidates.push_back(a);
        m_applications->Append(wxString::Format("#%lld  %s — %s — %s", static_cast<long long>(a.id),
                                                U(enterprises.Get(a.enterprise_id).name), U(a.title),
                                                U(a.requested_amount.Format())));
    }
}

bool DraftDecisionDialog::TransferDataFromWindow() {
    domain::Decision decision;
    decision.kind = Kind();
    decision.number = S(m_number->GetValue());
    decision.date = m_date.Value();
    decision.legal_basis = S(m_basis->GetValue());
    decision.conditions = S(m_conditions->GetValue());
    decision.signer_name = S(m_signer->GetStringSelection());
    for (unsigned i = 0; i < m_applications->GetCount(); ++i)
        if (m_applications->IsChecked(i))
            decision.items.push_back({m_candidates[i].id, decision.kind == domain::DecisionKind::Approval
                                                              ? m_candidates[i].requested_amount
                                                              : domain::Money()});
    const auto outcome = m_session.Decisions().Draft(decision, m_session.Actor());
    m_drafted = outcome.decision.id;
    if (!outcome.warnings.empty()) {
        wxString text;
        for (const auto& warning : outcome.warnings) text += Say(warning.message) + "\n";
        wxMessageBox(text, _("Double-funding warning"), wxOK | wxICON_WARNING, this);
    }
    return true;
}

}  // namespace innodesk::gui
