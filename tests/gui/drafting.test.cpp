// The decision draft's approved amounts (prefilled, checked as typed, totalled, drafted as typed),
// Escape in a date field or its calendar (the dialog and its input stay), and the review dialog's
// weighted total as the scores are typed.
#include "gui_fixture.h"

#include "gui/applications_page.h"
#include "gui/decisions_page.h"
#include "gui/draft_decision_dialog.h"
#include "gui/wx_text.h"

#include "domain/application_service.h"
#include "domain/decision_service.h"
#include "domain/enterprise_service.h"
#include "domain/programme_service.h"
#include "domain/review_service.h"
#include "domain/support_content.h"

#include <wx/button.h>
#include <wx/calctrl.h>
#include <wx/choice.h>
#include <wx/dataview.h>
#include <wx/textctrl.h>

using namespace innodesk;
using namespace innodesk::gui::testing;
using gui::U;
using Column = gui::DraftDecisionDialog::Column;

namespace {

// An application of the demo's first enterprise and programme, submitted and under review with
// `reviewer` named.
domain::Application UnderReview(app::Workspace& officer, const std::string& title,
                                const std::string& reviewer) {
    domain::Application draft;
    draft.enterprise_id = officer.Enterprises().Search("", 1).at(0).id;
    draft.programme_id = officer.Programmes().List().at(0).id;
    draft.year = 2026;
    draft.content = domain::SupportContents()[0].value;
    draft.title = title;
    draft.requested_amount = domain::Money::Parse("150.000.000");
    draft.co_funding_amount = domain::Money::Parse("150.000.000");
    auto applications = officer.Applications();
    const auto created = applications.Create(draft, officer.Actor());
    applications.Move(created.id, domain::ApplicationState::Submitted, officer.Actor(), "");
    applications.Move(created.id, domain::ApplicationState::UnderReview, officer.Actor(), "");
    officer.Reviews().Assign(created.id, {reviewer}, officer.Actor());
    return applications.Get(created.id);
}

// The same, scored by the officer at every criterion's maximum and recommended.
domain::Application Recommended(app::Workspace& officer, const std::string& title) {
    const auto application = UnderReview(officer, title, officer.Actor().user_name);
    auto reviews = officer.Reviews();
    reviews.Declare(application.id, officer.Actor(), false, "");
    std::vector<domain::CriterionScore> scores;
    for (const auto& criterion : reviews.RubricFor(application.programme_id).criteria)
        scores.push_back({criterion.code, criterion.max_score});
    reviews.Score(application.id, officer.Actor(), scores, "");
    return officer.Applications().Move(application.id, domain::ApplicationState::Recommended, officer.Actor(),
                                       "");
}

int RowOfApplication(wxDataViewListCtrl& list, domain::ApplicationId id) {
    const wxString prefix = wxString::Format("#%lld ", static_cast<long long>(id));
    for (int row = 0; row < list.GetItemCount(); ++row)
        if (list.GetTextValue(static_cast<unsigned>(row), Column::kApplication).StartsWith(prefix))
            return row;
    return -1;
}

// A cell changed as the user changes it (a tick, an amount typed), with the event it causes.
void SetCell(wxDataViewListCtrl& list, int row, unsigned column, const wxVariant& value) {
    list.SetValue(value, static_cast<unsigned>(row), column);
    wxDataViewEvent changed(wxEVT_DATAVIEW_ITEM_VALUE_CHANGED, &list, list.RowToItem(row));
    changed.SetColumn(static_cast<int>(column));
    list.HandleWindowEvent(changed);
}

void PressEscape(wxWindow& window) {
    wxKeyEvent escape(wxEVT_CHAR_HOOK);
    escape.m_keyCode = WXK_ESCAPE;
    escape.SetEventObject(&window);
    window.HandleWindowEvent(escape);
}

}  // namespace

TEST_CASE(
    "The decision draft's approved amounts are prefilled, checked as typed and totalled, and drafted as "
    "typed",
    "[gui][drafting]") {
    GuiFixture fixture;
    auto& officer = fixture.SignIn("canbo.an");
    const auto application = Recommended(officer, "Hệ thống truy xuất nguồn gốc yến sào (số tiền duyệt)");
    auto& frame = fixture.OpenWindow(officer);
    ShowPage(frame, "decisions");
    auto* page = frame.FindPage<gui::DecisionsPage>();
    REQUIRE(page != nullptr);
    const std::string number = "DUYET-" + std::to_string(application.id) + "/QĐ-SKHCN";
    fixture.Modals().AllowErrorBoxes(true);
    fixture.Modals().Expect("draft_decision_dialog", [&](wxDialog& dialog) {
        auto& list = Find<wxDataViewListCtrl>(dialog, "applications");
        auto& save = Find<wxButton>(dialog, "save_draft");
        const int row = RowOfApplication(list, application.id);
        REQUIRE(row >= 0);
        CHECK(list.GetTextValue(static_cast<unsigned>(row), Column::kRequested) == U("150,000,000 ₫"));
        CHECK(domain::Money::Parse(gui::S(list.GetTextValue(
                  static_cast<unsigned>(row), Column::kApproved))) == application.requested_amount);
        CHECK_FALSE(list.GetColumn(Column::kApproved)->IsHidden());
        Type(dialog, "number", U(number));
        SetCell(list, row, Column::kTicked, wxVariant(true));
        CHECK(Find<wxStaticText>(dialog, "approved_total").GetLabel() ==
              U("Total approved: 150,000,000 ₫ (applications ticked: 1)"));

        // Above the request, or not whole đồng: said under the list, and Save waits.
        SetCell(list, row, Column::kApproved, wxVariant("160.000.000"));
        CHECK(UnwrappedLabel(dialog, "amount_problem") ==
              U("Application " + std::to_string(application.id) +
                ": the amount approved, 160.000.000 ₫, is above the 150.000.000 ₫ requested."));
        CHECK_FALSE(save.IsEnabled());
        SetCell(list, row, Column::kApproved, wxVariant("120.000.000,5"));
        CHECK(UnwrappedLabel(dialog, "amount_problem")
                  .StartsWith(U("Application " + std::to_string(application.id) + ", amount approved: ")));
        CHECK_FALSE(save.IsEnabled());
        SetCell(list, row, Column::kApproved, wxVariant("0"));
        CHECK(UnwrappedLabel(dialog, "amount_problem").Contains("must be more than 0"));

        SetCell(list, row, Column::kApproved, wxVariant("120.000.000"));
        CHECK(UnwrappedLabel(dialog, "amount_problem").empty());
        CHECK(Find<wxStaticText>(dialog, "approved_total").GetLabel() ==
              U("Total approved: 120,000,000 ₫ (applications ticked: 1)"));
        REQUIRE(save.IsEnabled());

        // Escape in the date field: the dialog stays, with everything typed.
        PressEscape(Find<wxTextCtrl>(dialog, "date"));
        REQUIRE(dialog.IsModal());
        // Escape in its calendar closes the calendar only.
        fixture.Modals().Expect("date_calendar", [&](wxDialog& calendar) {
            PressEscape(*FindNamed(calendar, "calendar"));
            CHECK_FALSE(calendar.IsModal());
        });
        Click(dialog, "date_calendar");
        REQUIRE(dialog.IsModal());
        CHECK(Find<wxTextCtrl>(dialog, "number").GetValue() == U(number));
        CHECK(list.GetTextValue(static_cast<unsigned>(row), Column::kApproved) == "120.000.000");
        Pump(std::chrono::milliseconds(300));
        CHECK(Screenshot(dialog, GuiFixture::OutputDir() / "gui-draft-decision-amounts.png"));
        Click(save);
    });
    Click(*page, "draft_decision");
    fixture.Modals().Verify();

    domain::DecisionFilter all;
    all.limit = 100'000;
    bool found = false;
    for (const auto& decision : fixture.Checker().Decisions().List(all)) {
        if (decision.number != number) continue;
        found = true;
        REQUIRE(decision.items.size() == 1);
        CHECK(decision.items.front().application_id == application.id);
        CHECK(decision.items.front().approved_amount == domain::Money::Parse("120.000.000"));
    }
    CHECK(found);
}

TEST_CASE("A refusal has no amount column, and choosing a date on the calendar fills the field",
          "[gui][drafting]") {
    GuiFixture fixture;
    auto& frame = fixture.OpenWindow("canbo.an");
    ShowPage(frame, "decisions");
    auto* page = frame.FindPage<gui::DecisionsPage>();
    REQUIRE(page != nullptr);
    fixture.Modals().Expect("draft_decision_dialog", [&](wxDialog& dialog) {
        auto& list = Find<wxDataViewListCtrl>(dialog, "applications");
        Choose(dialog, "kind", "Refusal");
        CHECK(list.GetColumn(Column::kApproved)->IsHidden());
        CHECK(Find<wxStaticText>(dialog, "approved_total").GetLabel() == "Applications ticked to refuse: 0");
        fixture.Modals().Expect("date_calendar", [&](wxDialog& calendar) {
            auto& control = Find<wxCalendarCtrl>(calendar, "calendar");
            control.SetDate(wxDateTime(14, wxDateTime::Feb, 2026));
            Click(*calendar.FindWindow(wxID_OK));
        });
        Click(dialog, "date_calendar");
        CHECK(Find<wxTextCtrl>(dialog, "date").GetValue() == "14/02/2026");
        Click(*dialog.FindWindow(wxID_CANCEL));  // asks (answered Yes): the kind and date changed
    });
    Click(*page, "draft_decision");
    fixture.Modals().Verify();
    REQUIRE(fixture.Modals().MessageBoxes().size() == 1);
    CHECK(fixture.Modals().MessageBoxes().front().message == "Discard the unsaved changes?");
}

TEST_CASE("The review dialog shows the weighted total as the scores are typed", "[gui][drafting]") {
    GuiFixture fixture;
    auto& officer = fixture.SignIn("canbo.an");
    const auto application = UnderReview(officer, "Cảm biến độ mặn (tổng điểm khi gõ)", "canbo.an");
    const auto rubric = officer.Reviews().RubricFor(application.programme_id);
    REQUIRE(rubric.criteria.size() >= 2);
    auto& frame = fixture.OpenWindow(officer);
    ShowPage(frame, "applications");
    auto* page = frame.FindPage<gui::ApplicationsPage>();
    REQUIRE(page != nullptr);
    SelectRow(*page->List(), application.id);
    fixture.Modals().Expect("review_dialog", [&](wxDialog& dialog) {
        Click(dialog, "declare");
        CHECK(Find<wxStaticText>(dialog, "weighted_total").GetLabel() == "Weighted total: not scored yet");
        // The first criterion at its maximum: its weighted share of the whole, so far.
        const auto& first = rubric.criteria.front();
        Type(dialog, "score_" + first.code, wxString::Format("%d", first.max_score));
        int weights = 0;
        for (const auto& criterion : rubric.criteria) weights += criterion.weight * criterion.max_score;
        const auto share = domain::ScorePercent::FromRatio(first.weight * first.max_score, weights);
        CHECK(Find<wxStaticText>(dialog, "weighted_total").GetLabel() ==
              wxString::Format("Weighted total so far: %s %% (1 of %zu criteria scored)",
                               U(share.Format(domain::Language::English)), rubric.criteria.size()));
        // A score out of range says so, and the total leaves it out.
        Type(dialog, "score_" + rubric.criteria[1].code, "99");
        CHECK(UnwrappedLabel(dialog, "weighted_total_problem").Contains("typed '99'"));
        // Every criterion scored: the domain's weighted score, as it will be stored.
        std::vector<domain::CriterionScore> scores;
        for (const auto& criterion : rubric.criteria) {
            const int score = criterion.max_score / 2;
            Type(dialog, "score_" + criterion.code, wxString::Format("%d", score));
            scores.push_back({criterion.code, score});
        }
        CHECK(UnwrappedLabel(dialog, "weighted_total_problem").empty());
        domain::Review review;
        review.scores = scores;
        review.submitted_at_unix = 0;
        const auto total = domain::WeightedScore(rubric, review);
        CHECK(Find<wxStaticText>(dialog, "weighted_total").GetLabel() ==
              wxString::Format("Weighted total: %s %%", U(total.Format(domain::Language::English))));
        Click(dialog, "submit_scores");
    });
    Click(*page, "review");
    fixture.Modals().Verify();
    const auto shown = officer.Reviews().Show(application.id);
    REQUIRE(shown.reviews.size() == 1);
    REQUIRE(shown.reviews.front().weighted.has_value());
}
