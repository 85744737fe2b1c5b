// Applications page.
#include "applications_page.h"

#include "enterprise_cache.h"
#include "error_dialog.h"
#include "list_dialog.h"
#include "new_application_dialog.h"
#include "review_dialog.h"
#include "reviewers_dialog.h"
#include "wx_text.h"

#include "domain/application_service.h"
#include "domain/enterprise_service.h"

#include <wx/choice.h>
#include <wx/msgdlg.h>
#include <wx/textdlg.h>

namespace innodesk::gui {

ApplicationsPage::ApplicationsPage(wxWindow* parent, app::Workspace& session)
    : TablePage(parent, session,
                {{"#", 50, ColumnKind::Number},
                 {_("Enterprise"), 260},
                 {_("Title"), 280},
                 {_("Support content"), 200},
                 {_("Year"), 50, ColumnKind::Number},
                 {_("Requested"), 130, ColumnKind::Money},
                 {_("Approved"), 130, ColumnKind::Money},
                 {_("State"), 140}},
                "applications") {
    const bool officer = session.Is(domain::Role::Officer);
    const wxString why = CannotCreateReason();
    AddAction(_("New…"), "new_application", officer, why, [this] { CreateRecord(); });
    AddAction(_("Submit"), "submit", officer, why,
              [this] { MoveSelected(domain::ApplicationState::Submitted); });
    AddAction(_("Start review"), "start_review", officer, why,
              [this] { MoveSelected(domain::ApplicationState::UnderReview); });
    AddAction(_("Reviewers…"), "reviewers", officer, why, [this] { ChooseReviewers(); });
    AddAction(_("My review…"), "review", officer, why, [this] { ReviewSelected(); });
    AddAction(_("Recommend"), "recommend", officer, why,
              [this] { MoveSelected(domain::ApplicationState::Recommended); });
    AddAction(_("Not recommend"), "not_recommend", officer, why,
              [this] { MoveSelected(domain::ApplicationState::NotRecommended); });
    AddAction(_("Withdraw"), "withdraw", officer, why,
              [this] { MoveSelected(domain::ApplicationState::Withdrawn); });
    AddAction(_("History…"), "history", true, {}, [this] { ShowHistory(); });

    // A province's archive holds tens of thousands of applications: a year, a state and a support
    // content narrow it.
    m_year = new wxChoice(this, wxID_ANY);
    m_year->SetName("applications_year");
    m_year->Append(_("All years"));
    const int this_year = session.Clock().Today().Year();
    for (int year = this_year + 1; year >= this_year - 10; --year)
        m_year->Append(wxString::Format("%d", year));
    m_year->SetSelection(0);
    AddToBar(m_year);
    m_state = new wxChoice(this, wxID_ANY);
    m_state->SetName("applications_state");
    m_state->Append(_("All states"));
    for (const auto& entry : domain::ApplicationLifecycle().states)
        m_state->Append(EnumLabel(domain::ApplicationLifecycle().states, entry.value));
    m_state->SetSelection(0);
    AddToBar(m_state);
    m_content = new wxChoice(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(280, -1)));
    m_content->SetName("applications_content");
    m_content->Append(_("All support contents"));
    for (const auto& entry : domain::SupportContents())
        m_content->Append(EnumLabel(domain::SupportContents(), entry.value));
    m_content->SetSelection(0);
    AddToBar(m_content);
    for (auto* filter : {m_year, m_state, m_content})
        filter->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { Reload(); });
}

wxString ApplicationsPage::CannotCreateReason() const {
    return _("Only officers create applications and move them along; your role reads them.");
}

void ApplicationsPage::CreateRecord() {
    if (!CanCreate()) return;
    NewApplicationDialog dialog(this, m_session);
    if (dialog.ShowModal() == wxID_OK) ShowRecord(dialog.Created());
}

std::vector<TableRow> ApplicationsPage::LoadRows() {
    domain::ApplicationFilter filter;
    filter.limit = 20'000;
    if (m_year->GetSelection() > 0) filter.year = std::stoi(S(m_year->GetStringSelection()));
    if (m_state->GetSelection() > 0)
        filter.state = domain::ApplicationLifecycle()
                           .states[static_cast<std::size_t>(m_state->GetSelection() - 1)]
                           .value;
    if (m_content->GetSelection() > 0)
        filter.content =
            domain::SupportContents()[static_cast<std::size_t>(m_content->GetSelection() - 1)].value;
    const auto applications = m_session.Applications().List(filter);
    EnterpriseCache enterprises(m_session);
    enterprises.Preload(applications, [](const auto& a) { return a.enterprise_id; });
    std::vector<TableRow> rows;
    for (const auto& a : applications) {
        rows.push_back({a.id,
                        {TableCell::Number(a.id), U(enterprises.Get(a.enterprise_id).name), U(a.title),
                         EnumLabel(domain::SupportContents(), a.content), TableCell::Number(a.year),
                         TableCell::Amount(a.requested_amount),
                         a.approved_amount ? TableCell::Amount(*a.approved_amount) : TableCell(),
                         EnumLabel(domain::ApplicationLifecycle().states, a.state)}});
    }
    if (applications.size() == filter.limit) NoteLimitReached(filter.limit);
    return rows;
}

void ApplicationsPage::MoveSelected(domain::ApplicationState to) {
    const auto id = SelectedId();
    if (!id) return;
    auto service = m_session.Applications();
    const auto application = service.Get(*id);
    wxString note;
    if (to == domain::ApplicationState::Withdrawn || to == domain::ApplicationState::NotRecommended) {
        wxTextEntryDialog ask(this, _("Note (why):"), EnumLabel(domain::ApplicationLifecycle().states, to));
        if (ask.ShowModal() != wxID_OK) return;
        note = ask.GetValue();
    }
    service.Move(*id, to, m_session.Actor(), S(note), application.version);
    Reload();
}

void ApplicationsPage::ReviewSelected() {
    const auto id = SelectedId();
    if (!id) return;
    ReviewDialog dialog(this, m_session, *id);
    dialog.ShowModal();
    Reload();
}

void ApplicationsPage::ChooseReviewers() {
    const auto id = SelectedId();
    if (!id) return;
    ReviewersDialog dialog(this, m_session, *id);
    if (dialog.ShowModal() == wxID_OK) Reload();
}

void ApplicationsPage::ShowHistory() {
    const auto id = SelectedId();
    if (!id) return;
    const auto history = m_session.Applications().History(*id);
    std::vector<std::vector<wxString>> rows;
    for (const auto& t : history)
        rows.push_back({U(m_session.Clock().FormatMoment(t.at_unix)),
                        EnumLabel(domain::ApplicationLifecycle().states, t.from),
                        EnumLabel(domain::ApplicationLifecycle().states, t.to), U(t.actor), U(t.note)});
    ShowListDialog(this, wxString::Format(_("History of application %lld"), static_cast<long long>(*id)),
                   "application_history", {},
                   {{_("When"), 140}, {_("From"), 130}, {_("To"), 130}, {_("Who"), 110}, {_("Note"), 220}},
                   rows);
}
}  // namespace innodesk::gui
