// Applications page and its dialogs.
#include "applications_page.h"

#include "enterprise_cache.h"
#include "error_dialog.h"
#include "list_dialog.h"
#include "reviewers_dialog.h"
#include "save_shortcut.h"
#include "typed_fields.h"
#include "wx_text.h"

#include "domain/application_service.h"
#include "domain/enterprise_service.h"
#include "domain/programme_service.h"
#include "domain/review_service.h"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/msgdlg.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/textdlg.h>

namespace innodesk::gui {
namespace {

wxString CriterionLabel(const domain::ReviewCriterion& criterion) {
    return U(CurrentLanguage() == domain::Language::Vietnamese ? criterion.label_vi : criterion.label_en);
}

// A new application: enterprise by tax code, programme, year, support content, title, amounts.
class NewApplicationDialog final : public wxDialog {
public:
    NewApplicationDialog(wxWindow* parent, app::Workspace& session)
        : wxDialog(parent, wxID_ANY, _("New application")), m_session(session) {
        SetName("application_dialog");
        auto* sizer = new wxBoxSizer(wxVERTICAL);
        auto* grid = new wxFlexGridSizer(2, 6, 10);
        grid->AddGrowableCol(1);
        const auto text = [&](const wxString& label, const char* name) {
            grid->Add(new wxStaticText(this, wxID_ANY, label + " *"), 0, wxALIGN_CENTER_VERTICAL);
            auto* field =
                new wxTextCtrl(this, wxID_ANY, wxEmptyString, wxDefaultPosition, FromDIP(wxSize(360, -1)));
            field->SetName(name);
            grid->Add(field, 1, wxEXPAND);
            return field;
        };
        m_tax_code = text(_("Enterprise tax code"), "enterprise");
        grid->Add(new wxStaticText(this, wxID_ANY, _("Programme") + " *"), 0, wxALIGN_CENTER_VERTICAL);
        m_programme = new wxChoice(this, wxID_ANY);
        m_programme->SetName("programme");
        m_programmes = session.Programmes().List();
        for (const auto& programme : m_programmes)
            m_programme->Append(U(programme.code + " — " + programme.name));
        if (!m_programmes.empty()) m_programme->SetSelection(0);
        grid->Add(m_programme, 1, wxEXPAND);
        grid->Add(new wxStaticText(this, wxID_ANY, _("Year") + " *"), 0, wxALIGN_CENTER_VERTICAL);
        m_year = NewWholeNumberField(this, "year", session.Clock().Today().Year());
        grid->Add(m_year, 0);
        grid->Add(new wxStaticText(this, wxID_ANY, _("Support content") + " *"), 0, wxALIGN_CENTER_VERTICAL);
        m_content = new wxChoice(this, wxID_ANY);
        m_content->SetName("content");
        for (const auto& entry : domain::SupportContents())
            m_content->Append(
                U(std::string(CurrentLanguage() == domain::Language::Vietnamese ? entry.vi : entry.en)));
        m_content->SetSelection(0);
        grid->Add(m_content, 1, wxEXPAND);
        m_title = text(_("Title"), "title");
        m_requested = text(_("Requested support (VND)"), "requested");
        m_co_funding = text(_("Co-funding (VND)"), "co_funding");
        m_co_funding->SetValue("0");
        sizer->Add(grid, 1, wxEXPAND | wxALL, 12);
        auto* buttons = new wxStdDialogButtonSizer();
        auto* save = new wxButton(this, wxID_SAVE, _("Save"));
        save->SetDefault();
        AddSaveShortcut(this, save);
        buttons->AddButton(save);
        buttons->AddButton(new wxButton(this, wxID_CANCEL, _("Cancel")));
        buttons->Realize();
        sizer->Add(buttons, 0, wxALL | wxEXPAND, 12);
        SetSizerAndFit(sizer);
        save->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { Save(); });
    }

    domain::ApplicationId Created() const { return m_created; }

private:
    void Save() {
        Attempt(this, [&] {
            if (m_programme->GetSelection() == wxNOT_FOUND)
                throw domain::DomainError(domain::ErrorCode::NotFound,
                                          {"Chưa có chương trình nào.", "There is no programme yet."},
                                          "programme");
            domain::Application draft;
            draft.enterprise_id = m_session.Enterprises().GetByTaxCode(S(m_tax_code->GetValue())).id;
            draft.programme_id = m_programmes[static_cast<std::size_t>(m_programme->GetSelection())].id;
            draft.year = WholeNumberTyped(m_year, _("Year"), 2000, 2100);
            draft.content =
                domain::SupportContents()[static_cast<std::size_t>(m_content->GetSelection())].value;
            draft.title = S(m_title->GetValue());
            draft.requested_amount = domain::Money::Parse(S(m_requested->GetValue()), "requested");
            draft.co_funding_amount = domain::Money::Parse(S(m_co_funding->GetValue()), "co_funding");
            m_created = m_session.Applications().Create(draft, m_session.Actor()).id;
            EndModal(wxID_OK);
        });
    }

    app::Workspace& m_session;
    std::vector<domain::Programme> m_programmes;
    wxTextCtrl* m_tax_code;
    wxChoice* m_programme;
    wxTextCtrl* m_year;
    wxChoice* m_content;
    wxTextCtrl* m_title;
    wxTextCtrl* m_requested;
    wxTextCtrl* m_co_funding;
    domain::ApplicationId m_created = 0;
};

// The reviewer's own review: the conflict declaration first; only without a conflict do the
// rubric's criteria open for scoring.
class ReviewDialog final : public wxDialog {
public:
    ReviewDialog(wxWindow* parent, app::Workspace& session, domain::ApplicationId id)
        : wxDialog(parent, wxID_ANY,
                   wxString::Format(_("Review of application %lld"), static_cast<long long>(id))),
          m_session(session),
          m_id(id) {
        SetName("review_dialog");
        auto reviews = session.Reviews();
        const auto application = session.Applications().Get(id);
        m_rubric = reviews.RubricFor(application.programme_id);
        auto* sizer = new wxBoxSizer(wxVERTICAL);
        sizer->Add(new wxStaticText(this, wxID_ANY, U(application.title)), 0, wxALL, 12);
        m_conflict = new wxCheckBox(this, wxID_ANY, _("I have a conflict of interest with this application"));
        m_conflict->SetName("conflict");
        sizer->Add(m_conflict, 0, wxLEFT | wxRIGHT, 12);
        m_note = new wxTextCtrl(this, wxID_ANY, wxEmptyString, wxDefaultPosition, FromDIP(wxSize(420, -1)));
        m_note->SetHint(_("What the conflict is"));
        m_note->SetName("conflict_note");
        sizer->Add(m_note, 0, wxALL | wxEXPAND, 12);
        auto* declare = new wxButton(this, wxID_ANY, _("Declare"));
        declare->SetName("declare");
        sizer->Add(declare, 0, wxLEFT | wxRIGHT | wxBOTTOM, 12);
        auto* grid = new wxFlexGridSizer(2, 4, 10);
        grid->AddGrowableCol(0);
        for (const auto& criterion : m_rubric.criteria) {
            grid->Add(
                new wxStaticText(this, wxID_ANY,
                                 wxString::Format("%s (×%d)", CriterionLabel(criterion), criterion.weight)),
                0, wxALIGN_CENTER_VERTICAL);
            // Typed, not spun: a spin control would clamp 99 to the maximum without a word.
            auto* score =
                new wxTextCtrl(this, wxID_ANY, wxEmptyString, wxDefaultPosition, FromDIP(wxSize(70, -1)));
            score->SetName("score_" + criterion.code);
            score->SetHint(wxString::Format("0–%d", criterion.max_score));
            grid->Add(score, 0);
            m_scores.push_back(score);
        }
        sizer->Add(grid, 1, wxEXPAND | wxLEFT | wxRIGHT, 12);
        // A label, not a hint: GTK has no hint for a multi-line field, and wx's stand-in puts the
        // hint's words into the field, where they were saved with the comment.
        sizer->Add(new wxStaticText(this, wxID_ANY, _("Comment")), 0, wxLEFT | wxRIGHT | wxTOP, 12);
        m_comment = new wxTextCtrl(this, wxID_ANY, wxEmptyString, wxDefaultPosition, FromDIP(wxSize(420, 60)),
                                   wxTE_MULTILINE);
        m_comment->SetName("comment");
        sizer->Add(m_comment, 0, wxALL | wxEXPAND, 12);
        auto* buttons = new wxStdDialogButtonSizer();
        m_submit = new wxButton(this, wxID_OK, _("Submit scores"));
        m_submit->SetName("submit_scores");
        buttons->AddButton(m_submit);
        buttons->AddButton(new wxButton(this, wxID_CANCEL, _("Close")));
        buttons->Realize();
        sizer->Add(buttons, 0, wxALL | wxEXPAND, 12);
        SetSizerAndFit(sizer);
        if (const auto mine = Mine(); mine) m_declared = true, m_has_conflict = mine->has_conflict;
        UpdateState();
        declare->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { Declare(); });
        m_submit->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { Submit(); });
    }

private:
    std::optional<domain::Review> Mine() {
        for (const auto& result : m_session.Reviews().Show(m_id).reviews)
            if (result.review.reviewer == m_session.Actor().user_name) return result.review;
        return std::nullopt;
    }
    void UpdateState() {
        m_conflict->Enable(!m_has_conflict);
        for (auto* score : m_scores) score->Enable(m_declared && !m_has_conflict);
        m_comment->Enable(m_declared && !m_has_conflict);
        m_submit->Enable(m_declared && !m_has_conflict);
    }
    void Declare() {
        Attempt(this, [&] {
            const auto review = m_session.Reviews().Declare(m_id, m_session.Actor(), m_conflict->GetValue(),
                                                            S(m_note->GetValue()));
            m_declared = true;
            m_has_conflict = review.has_conflict;
            UpdateState();
        });
    }
    void Submit() {
        Attempt(this, [&] {
            std::vector<domain::CriterionScore> scores;
            for (std::size_t i = 0; i < m_scores.size(); ++i)
                scores.push_back({m_rubric.criteria[i].code,
                                  WholeNumberTyped(m_scores[i], CriterionLabel(m_rubric.criteria[i]), 0,
                                                   m_rubric.criteria[i].max_score)});
            m_session.Reviews().Score(m_id, m_session.Actor(), std::move(scores), S(m_comment->GetValue()));
            EndModal(wxID_OK);
        });
    }

    app::Workspace& m_session;
    domain::ApplicationId m_id;
    domain::Rubric m_rubric;
    bool m_declared = false;
    bool m_has_conflict = false;
    wxCheckBox* m_conflict;
    wxTextCtrl* m_note;
    std::vector<wxTextCtrl*> m_scores;
    wxTextCtrl* m_comment;
    wxButton* m_submit;
};

}  // namespace

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
        rows.push_back(
            {a.id,
             {wxString::Format("%lld", static_cast<long long>(a.id)),
              U(enterprises.Get(a.enterprise_id).name), U(a.title),
              EnumLabel(domain::SupportContents(), a.content), wxString::Format("%d", a.year),
              U(a.requested_amount.Format()), a.approved_amount ? U(a.approved_amount->Format()) : wxString(),
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
