// The decision drafting dialog.
#include "draft_decision_dialog.h"
#include "number_text.h"

#include "column_fit.h"
#include "enterprise_cache.h"
#include "error_dialog.h"
#include "wx_text.h"

#include "domain/application_service.h"
#include "domain/decision_service.h"
#include "domain/enterprise_service.h"
#include "domain/errors.h"
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
        new wxStaticText(this, wxID_ANY,
                         _("Applications: tick those the decision covers; the amount approved may be "
                           "lowered (double-click it to type)")),
        0, wxLEFT | wxRIGHT, 12);
    m_applications = new wxDataViewListCtrl(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(760, 240)),
                                            wxDV_ROW_LINES | wxDV_SINGLE);
    m_applications->SetName("applications");
    m_applications->AppendToggleColumn(wxString::FromUTF8("✓"), wxDATAVIEW_CELL_ACTIVATABLE, FromDIP(36));
    m_applications->AppendTextColumn(_("Application"), wxDATAVIEW_CELL_INERT, FromDIP(260));
    m_applications->AppendTextColumn(_("Enterprise"), wxDATAVIEW_CELL_INERT, FromDIP(200));
    m_applications->AppendTextColumn(_("Requested"), wxDATAVIEW_CELL_INERT, FromDIP(120), wxALIGN_RIGHT);
    m_applications->AppendTextColumn(_("Approved amount"), wxDATAVIEW_CELL_EDITABLE, FromDIP(130),
                                     wxALIGN_RIGHT);
    m_fits = {
        {FromDIP(36), false}, {FromDIP(260)}, {FromDIP(200)}, {FromDIP(120), false}, {FromDIP(130), false}};
    KeepColumnsFitted(*m_applications, m_fits);
    Below()->Add(m_applications, 1, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, 12);
    m_total = new wxStaticText(this, wxID_ANY, wxEmptyString, wxDefaultPosition, wxDefaultSize,
                               wxST_NO_AUTORESIZE | wxALIGN_RIGHT);
    m_total->SetName("approved_total");
    m_total->SetMinSize(wxSize(-1, m_total->GetCharHeight() + FromDIP(4)));
    Below()->Add(m_total, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, 12);
    // Its room reserved: a problem shown or cleared moves nothing.
    m_amount_problem =
        new wxStaticText(this, wxID_ANY, wxEmptyString, wxDefaultPosition, wxDefaultSize, wxST_NO_AUTORESIZE);
    m_amount_problem->SetName("amount_problem");
    m_amount_problem->SetMinSize(wxSize(FromDIP(700), 2 * m_amount_problem->GetCharHeight() + FromDIP(2)));
    Below()->Add(m_amount_problem, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 12);
    Finish({}, FormButtons(_("Save draft"), "save_draft"));
    m_kind->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { FillApplications(); });
    m_applications->Bind(wxEVT_DATAVIEW_ITEM_VALUE_CHANGED, [this](wxDataViewEvent&) { CheckAmounts(); });
    CheckAmounts();
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
    m_applications->DeleteAllItems();
    const bool approval = Kind() == domain::DecisionKind::Approval;
    domain::ApplicationFilter filter;
    filter.state =
        approval ? domain::ApplicationState::Recommended : domain::ApplicationState::NotRecommended;
    filter.limit = 2000;
    const auto applications = m_session.Applications().List(filter);
    EnterpriseCache enterprises(m_session);
    enterprises.Preload(applications, [](const auto& a) { return a.enterprise_id; });
    for (const auto& a : applications) {
        m_candidates.push_back(a);
        wxVector<wxVariant> row;
        row.push_back(wxVariant(false));
        row.push_back(wxVariant(wxString::Format("#%lld  %s", static_cast<long long>(a.id), U(a.title))));
        row.push_back(wxVariant(U(enterprises.Get(a.enterprise_id).name)));
        row.push_back(wxVariant(AmountText(a.requested_amount)));
        // A refusal grants nothing: no amount to type.
        row.push_back(wxVariant(approval ? Grouped(a.requested_amount.Dong()) : wxString()));
        m_applications->AppendItem(row);
    }
    m_applications->GetColumn(kApproved)->SetHidden(!approval);
    FitColumns(*m_applications, m_fits);  // the others take the amount's room, or give it back
    CheckAmounts();
}

domain::Money DraftDecisionDialog::ApprovedOn(unsigned row) const {
    const auto& application = m_candidates.at(row);
    const std::string id = std::to_string(application.id);
    const std::string typed = S(m_applications->GetTextValue(row, kApproved));
    domain::Money amount;
    try {
        amount = domain::Money::Parse(typed, "approved_amount");
    } catch (const domain::DomainError& error) {
        throw domain::DomainError(error.Code(),
                                  {"Hồ sơ số " + id + ", số tiền duyệt: " + error.Text().vi,
                                   "Application " + id + ", amount approved: " + error.Text().en},
                                  "approved_amount");
    }
    if (amount.IsNegative() || amount.IsZero())
        throw domain::DomainError(
            domain::ErrorCode::InvalidValue,
            {"Hồ sơ số " + id + ": số tiền duyệt phải lớn hơn 0 ₫; bỏ đánh dấu hồ sơ nếu không duyệt.",
             "Application " + id +
                 ": the amount approved must be more than 0 ₫; untick the application to leave it out."},
            "approved_amount");
    if (amount > application.requested_amount)
        throw domain::DomainError(
            domain::ErrorCode::InvalidValue,
            {"Hồ sơ số " + id + ": số tiền duyệt " + amount.Format() + " vượt số tiền đề nghị " +
                 application.requested_amount.Format() + ".",
             "Application " + id + ": the amount approved, " + amount.Format() + ", is above the " +
                 application.requested_amount.Format() + " requested."},
            "approved_amount");
    return amount;
}

void DraftDecisionDialog::CheckAmounts() {
    const bool approval = Kind() == domain::DecisionKind::Approval;
    wxString problem;
    domain::Money total;
    int ticked = 0;
    for (unsigned row = 0; row < m_candidates.size(); ++row) {
        const bool covered = m_applications->GetToggleValue(row, kTicked);
        if (covered) ++ticked;
        if (!approval) continue;
        try {
            const domain::Money amount = ApprovedOn(row);
            if (covered) total += amount;
        } catch (const domain::DomainError& error) {
            if (problem.empty()) problem = Say(error.Text());
        }
    }
    if (approval)
        m_total->SetLabel(
            wxString::Format(_("Total approved: %s (applications ticked: %d)"), AmountText(total), ticked));
    else
        m_total->SetLabel(wxString::Format(_("Applications ticked to refuse: %d"), ticked));
    ShowFeedback(m_amount_problem, problem, true);
    if (SaveButton()) SaveButton()->Enable(problem.empty());  // none yet while Finish fills the form
}

bool DraftDecisionDialog::TransferDataFromWindow() {
    domain::Decision decision;
    decision.kind = Kind();
    decision.number = S(m_number->GetValue());
    decision.date = m_date.Value();
    decision.legal_basis = S(m_basis->GetValue());
    decision.conditions = S(m_conditions->GetValue());
    decision.signer_name = S(m_signer->GetStringSelection());
    const bool approval = decision.kind == domain::DecisionKind::Approval;
    for (unsigned row = 0; row < m_candidates.size(); ++row)
        if (m_applications->GetToggleValue(row, kTicked))
            decision.items.push_back({m_candidates[row].id, approval ? ApprovedOn(row) : domain::Money()});
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
