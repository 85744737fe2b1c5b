// The reviewer's own review dialog.
#include "review_dialog.h"

#include "error_dialog.h"
#include "wx_text.h"

#include "domain/application_service.h"
#include "domain/review_service.h"

namespace innodesk::gui {
namespace {

wxString CriterionLabel(const domain::ReviewCriterion& criterion) {
    return U(CurrentLanguage() == domain::Language::Vietnamese ? criterion.label_vi : criterion.label_en);
}

}  // namespace

ReviewDialog::ReviewDialog(wxWindow* parent, app::Workspace& session, domain::ApplicationId id)
    : FormDialog(parent, wxString::Format(_("Review of application %lld"), static_cast<long long>(id)),
                 "review_dialog"),
      m_session(session),
      m_id(id) {
    const auto application = session.Applications().Get(id);
    m_rubric = session.Reviews().RubricFor(application.programme_id);
    auto* below = Below();
    m_conflict = new wxCheckBox(this, wxID_ANY, _("I have a conflict of interest with this application"));
    m_conflict->SetName("conflict");
    below->Add(m_conflict, 0, wxLEFT | wxRIGHT | wxTOP, 12);
    m_note = new wxTextCtrl(this, wxID_ANY, wxEmptyString, wxDefaultPosition, FromDIP(wxSize(420, -1)));
    m_note->SetHint(_("What the conflict is"));
    m_note->SetName("conflict_note");
    below->Add(m_note, 0, wxALL | wxEXPAND, 12);
    auto* declare = new wxButton(this, wxID_ANY, _("Declare"));
    declare->SetName("declare");
    below->Add(declare, 0, wxLEFT | wxRIGHT | wxBOTTOM, 12);
    auto* grid = new wxFlexGridSizer(2, 4, 10);
    grid->AddGrowableCol(0);
    for (const auto& criterion : m_rubric.criteria) {
        grid->Add(new wxStaticText(this, wxID_ANY,
                                   wxString::Format("%s (×%d)", CriterionLabel(criterion), criterion.weight)),
                  0, wxALIGN_CENTER_VERTICAL);
        // Typed, not spun: a spin control would clamp 99 to the maximum without a word.
        auto* score =
            new wxTextCtrl(this, wxID_ANY, wxEmptyString, wxDefaultPosition, FromDIP(wxSize(70, -1)));
        score->SetName("score_" + criterion.code);
        score->SetHint(wxString::Format("0–%d", criterion.max_score));
        grid->Add(score, 0);
        m_scores.push_back(score);
        score->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { ShowTotal(); });
    }
    below->Add(grid, 1, wxEXPAND | wxLEFT | wxRIGHT, 12);
    m_total =
        new wxStaticText(this, wxID_ANY, wxEmptyString, wxDefaultPosition, wxDefaultSize, wxST_NO_AUTORESIZE);
    m_total->SetName("weighted_total");
    m_total->SetMinSize(wxSize(FromDIP(420), m_total->GetCharHeight() + FromDIP(4)));
    below->Add(m_total, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, 12);
    // Its room reserved, as under a form's fields: a problem shown or cleared moves nothing.
    m_score_problem =
        new wxStaticText(this, wxID_ANY, wxEmptyString, wxDefaultPosition, wxDefaultSize, wxST_NO_AUTORESIZE);
    m_score_problem->SetName("weighted_total_problem");
    m_score_problem->SetMinSize(wxSize(FromDIP(420), 2 * m_score_problem->GetCharHeight() + FromDIP(2)));
    below->Add(m_score_problem, 0, wxEXPAND | wxLEFT | wxRIGHT, 12);
    // A label, not a hint: GTK has no hint for a multi-line field, and wx's stand-in puts the
    // hint's words into the field, where they were saved with the comment.
    below->Add(new wxStaticText(this, wxID_ANY, _("Comment")), 0, wxLEFT | wxRIGHT | wxTOP, 12);
    m_comment = new wxTextCtrl(this, wxID_ANY, wxEmptyString, wxDefaultPosition, FromDIP(wxSize(420, 60)),
                               wxTE_MULTILINE);
    m_comment->SetName("comment");
    below->Add(m_comment, 0, wxALL | wxEXPAND, 12);
    Finish(U(application.title),
           FormButtons(_("Submit scores"), "submit_scores", wxID_OK, _("Close"), false));
    declare->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { Declare(); });
    UpdateState();
    ShowTotal();
}

void ReviewDialog::ShowTotal() {
    std::vector<domain::CriterionScore> typed;
    wxString problem;
    std::int64_t got = 0, possible = 0;
    for (std::size_t i = 0; i < m_scores.size(); ++i) {
        const auto& criterion = m_rubric.criteria[i];
        possible += static_cast<std::int64_t>(criterion.weight) * criterion.max_score;
        if (m_scores[i]->GetValue().Strip(wxString::both).empty()) continue;
        try {
            const int score =
                WholeNumberTyped(m_scores[i], CriterionLabel(criterion), 0, criterion.max_score);
            typed.push_back({criterion.code, score});
            got += static_cast<std::int64_t>(criterion.weight) * score;
        } catch (const domain::DomainError& error) {
            if (problem.empty()) problem = Say(error.Text());
        }
    }
    ShowFeedback(m_score_problem, problem, true);
    if (typed.size() == m_scores.size() && !typed.empty()) {
        // Complete: the domain's own rule, as the office will see it once submitted.
        domain::Review review;
        review.scores = domain::ValidateScores(m_rubric, typed);
        review.submitted_at_unix = 0;
        const auto total = domain::WeightedScore(m_rubric, review);
        m_total->SetLabel(wxString::Format(_("Weighted total: %s %%"), U(total.Format(CurrentLanguage()))));
    } else if (!typed.empty() && possible > 0) {
        // The criteria not scored yet count as nothing, so the figure only rises as they are.
        const auto so_far = domain::ScorePercent::FromRatio(got, possible);
        m_total->SetLabel(wxString::Format(_("Weighted total so far: %s %% (%zu of %zu criteria scored)"),
                                           U(so_far.Format(CurrentLanguage())), typed.size(),
                                           m_scores.size()));
    } else {
        m_total->SetLabel(_("Weighted total: not scored yet"));
    }
}

bool ReviewDialog::TransferDataToWindow() {
    const auto mine = Mine();
    m_declared = mine.has_value();
    m_has_conflict = mine && mine->has_conflict;
    return true;
}

bool ReviewDialog::TransferDataFromWindow() {
    std::vector<domain::CriterionScore> scores;
    for (std::size_t i = 0; i < m_scores.size(); ++i)
        scores.push_back(
            {m_rubric.criteria[i].code, WholeNumberTyped(m_scores[i], CriterionLabel(m_rubric.criteria[i]), 0,
                                                         m_rubric.criteria[i].max_score)});
    m_session.Reviews().Score(m_id, m_session.Actor(), std::move(scores), S(m_comment->GetValue()));
    return true;
}

std::optional<domain::Review> ReviewDialog::Mine() {
    for (const auto& result : m_session.Reviews().Show(m_id).reviews)
        if (result.review.reviewer == m_session.Actor().user_name) return result.review;
    return std::nullopt;
}

void ReviewDialog::UpdateState() {
    m_conflict->Enable(!m_has_conflict);
    for (auto* score : m_scores) score->Enable(m_declared && !m_has_conflict);
    m_comment->Enable(m_declared && !m_has_conflict);
    SaveButton()->Enable(m_declared && !m_has_conflict);
}

void ReviewDialog::Declare() {
    Attempt(this, [&] {
        const auto review = m_session.Reviews().Declare(m_id, m_session.Actor(), m_conflict->GetValue(),
                                                        S(m_note->GetValue()));
        m_declared = true;
        m_has_conflict = review.has_conflict;
        UpdateState();
        MarkUnchanged();  // the declaration is saved; only the scores remain to be
    });
}

}  // namespace innodesk::gui
