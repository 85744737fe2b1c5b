// Applications page.
#include "applications_page.h"
#include "number_text.h"

#include "application_contract_dialog.h"
#include "application_disburse_dialog.h"
#include "application_vary_dialog.h"
#include "application_view.h"
#include "enterprise_cache.h"
#include "error_dialog.h"
#include "list_dialog.h"
#include "new_application_dialog.h"
#include "review_dialog.h"
#include "reviewers_dialog.h"
#include "wx_text.h"

#include "domain/application_service.h"
#include "domain/enterprise_service.h"

#include <wx/accel.h>
#include <wx/button.h>
#include <wx/choice.h>
#include <wx/msgdlg.h>
#include <wx/textdlg.h>

namespace innodesk::gui {
namespace {

using domain::ApplicationState;

long long Id(domain::ApplicationId id) {
    return static_cast<long long>(id);
}

// Why the lifecycle does not allow the move, in the domain's own words (as a click would be refused).
wxString WhyNotMove(const domain::Application& application, ApplicationState to) {
    if (domain::ApplicationLifecycle().Allows(application.state, to)) return {};
    try {
        domain::ApplicationLifecycle().RequireMove(application.state, to);
    } catch (const domain::DomainError& refusal) {
        return Say(refusal.Text());
    }
    return {};
}

bool Editable(const domain::Application& a) {
    return a.state == ApplicationState::Draft || a.state == ApplicationState::Submitted;
}

wxString StateOf(const domain::Application& a) {
    return EnumLabel(domain::ApplicationLifecycle().states, a.state);
}

wxString MovedMessage(ApplicationState to, domain::ApplicationId id) {
    switch (to) {
        case ApplicationState::Submitted:
            return wxString::Format(_("Application %lld submitted."), Id(id));
        case ApplicationState::UnderReview:
            return wxString::Format(_("Review of application %lld started."), Id(id));
        case ApplicationState::Recommended:
            return wxString::Format(_("Application %lld recommended for support."), Id(id));
        case ApplicationState::NotRecommended:
            return wxString::Format(_("Application %lld not recommended for support."), Id(id));
        case ApplicationState::InProgress:
            return wxString::Format(_("Work on application %lld started."), Id(id));
        case ApplicationState::Accepted:
            return wxString::Format(_("Acceptance of application %lld recorded."), Id(id));
        case ApplicationState::Monitoring:
            return wxString::Format(_("Post-acceptance monitoring of application %lld started."), Id(id));
        case ApplicationState::Closed:
            return wxString::Format(_("Application %lld closed."), Id(id));
        case ApplicationState::Withdrawn:
            return wxString::Format(_("Application %lld withdrawn."), Id(id));
        default:
            return wxString::Format(_("Application %lld is now '%s'."), Id(id),
                                    EnumLabel(domain::ApplicationLifecycle().states, to));
    }
}

}  // namespace

ApplicationsPage::ApplicationsPage(wxWindow* parent, app::Workspace& session)
    : TablePage(parent, session,
                {{"#", 50, ColumnKind::Number},
                 {_("Enterprise"), 260},
                 {_("Proposal title"), 280},
                 {_("Support content"), 200},
                 {_("Year"), 50, ColumnKind::Number},
                 {_("Requested"), 130, ColumnKind::Money},
                 {_("Approved"), 130, ColumnKind::Money},
                 {_("State"), 140}},
                "applications") {
    const bool officer = session.Is(domain::Role::Officer);
    const wxString why = CannotCreateReason();
    const auto move = [](ApplicationState to) {
        return [to](const domain::Application& a) { return WhyNotMove(a, to); };
    };
    AddStep(
        _("New…"), "new_application", officer, why, {}, [this] { CreateRecord(); }, false);
    AddStep(_("Open…"), "open_application", true, {}, {}, [this] { OpenSelected(); });
    AddStep(
        _("Edit…"), "edit_application", officer, why,
        [](const domain::Application& a) {
            return Editable(a) ? wxString()
                               : wxString::Format(_("Only a draft or submitted application can be edited; "
                                                    "application %lld is '%s'."),
                                                  Id(a.id), StateOf(a));
        },
        [this] { EditSelected(); });
    AddStep(_("Submit"), "submit", officer, why, move(ApplicationState::Submitted),
            [this] { MoveSelected(ApplicationState::Submitted); });
    AddStep(
        _("Undo submission"), "undo_submission", officer, why,
        [this](const domain::Application&) {
            return m_undoable
                       ? wxString()
                       : _("Nothing to undo: a submission made in this window can be undone the same day.");
        },
        [this] { UndoSubmission(); }, false);
    AddStep(_("Start review"), "start_review", officer, why, move(ApplicationState::UnderReview),
            [this] { MoveSelected(ApplicationState::UnderReview); });
    AddStep(
        _("Reviewers…"), "reviewers", officer, why, {}, [this] { ChooseReviewers(); }, false);
    AddStep(
        _("My review…"), "review", officer, why, {}, [this] { ReviewSelected(); }, false);
    AddStep(_("Recommend"), "recommend", officer, why, move(ApplicationState::Recommended),
            [this] { MoveSelected(ApplicationState::Recommended); });
    AddStep(_("Not recommend"), "not_recommend", officer, why, move(ApplicationState::NotRecommended),
            [this] { MoveSelected(ApplicationState::NotRecommended); });
    AddStep(_("Contract…"), "contract", officer, why, move(ApplicationState::Contracted),
            [this] { ContractSelected(); });
    AddStep(
        _("Disburse…"), "disburse", officer, why,
        [](const domain::Application& a) {
            return domain::AcceptsPayments(a)
                       ? wxString()
                       : wxString::Format(_("Payments are made only on contracted applications; "
                                            "application %lld is '%s'."),
                                          Id(a.id), StateOf(a));
        },
        [this] { DisburseSelected(); });
    AddStep(_("Start work"), "start_work", officer, why, move(ApplicationState::InProgress),
            [this] { MoveSelected(ApplicationState::InProgress); });
    AddStep(_("Accept"), "accept", officer, why, move(ApplicationState::Accepted),
            [this] { MoveSelected(ApplicationState::Accepted); });
    AddStep(_("Monitor"), "monitor", officer, why, move(ApplicationState::Monitoring),
            [this] { MoveSelected(ApplicationState::Monitoring); });
    AddStep(_("Close application"), "close", officer, why, move(ApplicationState::Closed),
            [this] { MoveSelected(ApplicationState::Closed); });
    AddStep(_("Withdraw"), "withdraw", officer, why, move(ApplicationState::Withdrawn),
            [this] { MoveSelected(ApplicationState::Withdrawn); });
    AddStep(
        _("Draft variation…"), "vary", officer,
        _("Officers draft a decision varying an approved amount; approvers sign it. Your role cannot draft."),
        [](const domain::Application& a) {
            const bool variable = domain::HoldsCommitment(a.state) && a.state != ApplicationState::Closed &&
                                  a.approved_amount.has_value();
            return variable ? wxString()
                            : wxString::Format(_("Only the amount of an approved application that is not "
                                                 "closed can be varied; application %lld is '%s'."),
                                               Id(a.id), StateOf(a));
        },
        [this] { VarySelected(); });
    AddStep(
        _("History…"), "history", true, {}, {}, [this] { ShowHistory(); }, false);

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

    List()->Bind(wxEVT_DATAVIEW_SELECTION_CHANGED, [this](wxDataViewEvent& event) {
        UpdateActions();
        event.Skip();
    });
    List()->Bind(wxEVT_DATAVIEW_ITEM_ACTIVATED,
                 [this](wxDataViewEvent&) { Attempt(this, [this] { Activate(); }); });
    List()->Bind(wxEVT_DATAVIEW_ITEM_CONTEXT_MENU, [this](wxDataViewEvent& event) {
        // The row under the pointer is the one the menu acts on.
        if (event.GetItem().IsOk()) {
            List()->UnselectAll();
            List()->Select(event.GetItem());
        }
        UpdateActions();
        PopupMenu(ContextMenu().get());
    });
    // A menu item (or Ctrl+Z) does what its button does.
    Bind(wxEVT_MENU, [this](wxCommandEvent& event) {
        for (const auto& step : m_steps)
            if (step.button->GetId() == event.GetId()) {
                if (!step.button->IsEnabled()) return;
                wxCommandEvent click(wxEVT_BUTTON, step.button->GetId());
                click.SetEventObject(step.button);
                step.button->HandleWindowEvent(click);
                return;
            }
        event.Skip();
    });
    for (const auto& step : m_steps)
        if (step.button->GetName() == "undo_submission") {
            wxAcceleratorEntry undo(wxACCEL_CTRL, 'Z', step.button->GetId());
            SetAcceleratorTable(wxAcceleratorTable(1, &undo));
        }
    UpdateActions();
}

wxButton* ApplicationsPage::AddStep(const wxString& label, const char* name, bool role_allows,
                                    const wxString& role_reason, StepCheck check,
                                    std::function<void()> action, bool needs_selection) {
    auto* button = AddAction(label, name, role_allows, role_reason, std::move(action));
    m_steps.push_back({button, role_allows, role_reason, std::move(check), needs_selection});
    return button;
}

wxString ApplicationsPage::CannotCreateReason() const {
    return _("Only officers create applications and move them along; your role reads them.");
}

void ApplicationsPage::Reload() {
    TablePage::Reload();
    UpdateActions();
}

std::optional<domain::Application> ApplicationsPage::Selected() const {
    const auto id = SelectedId();
    if (!id) return std::nullopt;
    const auto found = m_loaded.find(*id);
    if (found == m_loaded.end()) return std::nullopt;
    return found->second;
}

void ApplicationsPage::UpdateActions() {
    const auto selected = Selected();
    for (auto& step : m_steps) {
        wxString why_not;
        if (!step.role_allows)
            why_not = step.role_reason;
        else if (step.needs_selection && !selected)
            why_not = _("Select an application in the list first.");
        else if (step.check && (selected || !step.needs_selection))
            why_not = step.check(selected.value_or(domain::Application{}));
        step.button->Enable(why_not.empty());
        if (step.button->GetToolTipText() != why_not) step.button->SetToolTip(why_not);
    }
}

std::unique_ptr<wxMenu> ApplicationsPage::ContextMenu() const {
    auto menu = std::make_unique<wxMenu>();
    for (const auto& step : m_steps) {
        if (step.button->GetName() == "new_application" || step.button->GetName() == "undo_submission")
            continue;
        auto* item = menu->Append(step.button->GetId(), step.button->GetLabel());
        item->Enable(step.button->IsEnabled());
        if (step.button->GetName() == "edit_application" || step.button->GetName() == "vary")
            menu->AppendSeparator();
    }
    return menu;
}

void ApplicationsPage::CreateRecord() {
    if (!CanCreate()) return;
    NewApplicationDialog dialog(this, m_session);
    if (dialog.ShowModal() == wxID_OK)
        Done(dialog.Created(),
             wxString::Format(_("Application %lld created as a draft."), Id(dialog.Created())));
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
    m_loaded.clear();
    for (const auto& a : applications) {
        rows.push_back({a.id,
                        {TableCell::Number(a.id), U(enterprises.Get(a.enterprise_id).name), U(a.title),
                         EnumLabel(domain::SupportContents(), a.content), TableCell::Number(a.year),
                         TableCell::Amount(a.requested_amount),
                         a.approved_amount ? TableCell::Amount(*a.approved_amount) : TableCell(),
                         EnumLabel(domain::ApplicationLifecycle().states, a.state)}});
        m_loaded.emplace(a.id, a);
    }
    if (applications.size() == filter.limit) NoteLimitReached(filter.limit);
    return rows;
}

void ApplicationsPage::Done(domain::ApplicationId id, const wxString& what) {
    ShowRecord(id);
    UpdateActions();
    SayDone(what);
}

void ApplicationsPage::MoveSelected(ApplicationState to) {
    const auto application = Selected();
    if (!application) return;
    wxString note;
    if (to == ApplicationState::Withdrawn || to == ApplicationState::NotRecommended) {
        wxTextEntryDialog ask(this, _("Note (why):"), EnumLabel(domain::ApplicationLifecycle().states, to));
        if (ask.ShowModal() != wxID_OK) return;
        note = ask.GetValue();
    }
    // The version shown: a change someone made since is refused, naming who and when.
    const auto moved =
        m_session.Applications().Move(application->id, to, m_session.Actor(), S(note), application->version);
    wxString said = MovedMessage(to, moved.id);
    if (to == ApplicationState::Submitted) {
        m_undoable = moved;
        said += " " + _("Undo it today with Ctrl+Z or Undo submission.");
    } else {
        m_undoable.reset();
    }
    Done(moved.id, said);
}

void ApplicationsPage::UndoSubmission() {
    if (!m_undoable) return;
    const auto submitted = *m_undoable;
    // Once tried, it is spent: refused or done, there is nothing left to undo.
    m_undoable.reset();
    UpdateActions();
    const auto undone =
        m_session.Applications().UndoSubmission(submitted.id, m_session.Actor(), submitted.version);
    Done(undone.id,
         wxString::Format(_("Submission of application %lld undone: it is a draft again."), Id(undone.id)));
}

void ApplicationsPage::EditSelected() {
    const auto application = Selected();
    if (!application || !m_session.Is(domain::Role::Officer)) return;
    NewApplicationDialog dialog(this, m_session, *application);
    if (dialog.ShowModal() == wxID_OK) {
        if (m_undoable && m_undoable->id == application->id) m_undoable.reset();  // its version moved on
        Done(application->id, wxString::Format(_("Application %lld saved."), Id(application->id)));
    }
}

void ApplicationsPage::OpenSelected() {
    const auto id = SelectedId();
    if (!id) return;
    ApplicationView view(this, m_session, *id);
    view.ShowModal();
}

void ApplicationsPage::Activate() {
    const auto application = Selected();
    if (!application) return;
    if (m_session.Is(domain::Role::Officer) && Editable(*application))
        EditSelected();
    else
        OpenSelected();
}

void ApplicationsPage::ContractSelected() {
    const auto application = Selected();
    if (!application) return;
    ApplicationContractDialog dialog(this, m_session, *application);
    if (dialog.ShowModal() != wxID_OK) return;
    m_undoable.reset();
    Done(application->id, wxString::Format(_("Contract %s recorded for application %lld."),
                                           U(dialog.Contracted().contract_number), Id(application->id)));
}

void ApplicationsPage::DisburseSelected() {
    const auto application = Selected();
    if (!application) return;
    ApplicationDisburseDialog dialog(this, m_session, *application);
    if (dialog.ShowModal() != wxID_OK) return;
    const auto totals = TotalsOf(*application, m_session.Applications().Disbursements(application->id));
    m_undoable.reset();
    Done(application->id,
         wxString::Format(_("Payment of %s recorded on application %lld; %s remaining."),
                          AmountText(dialog.Paid()), Id(application->id), AmountText(totals.remaining)));
}

void ApplicationsPage::VarySelected() {
    const auto application = Selected();
    if (!application) return;
    ApplicationVaryDialog dialog(this, m_session, *application);
    if (dialog.ShowModal() != wxID_OK) return;
    m_undoable.reset();
    const auto& drafted = dialog.Drafted();
    Done(application->id,
         wxString::Format(
             _("Drafted decision %s varying application %lld from %s to %s; the amount changes "
               "when an approver signs it."),
             U(drafted.number), Id(application->id),
             AmountText(application->approved_amount.value_or(domain::Money())),
             AmountText(drafted.items.empty() ? domain::Money() : drafted.items.front().approved_amount)));
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
