// What the officer types is what is saved, or is refused with the field named: a review's comment
// never takes the grey hint's words, a score above the criterion's maximum is refused instead of
// clamped, a date that is not on the calendar (31/02/2026, 31022026) is refused instead of
// becoming today; and after a record is created the list selects and shows it, so that the next
// action does not hit the row that was selected before.
#include "gui_fixture.h"
#include "test_records.h"

#include "gui/applications_page.h"
#include "gui/decisions_page.h"
#include "gui/enterprises_page.h"
#include "gui/training_page.h"
#include "gui/wx_text.h"

#include "domain/application_service.h"
#include "domain/decision_service.h"
#include "domain/enterprise_service.h"
#include "domain/programme_service.h"
#include "domain/review_service.h"
#include "domain/support_content.h"
#include "domain/tax_code.h"
#include "domain/training_service.h"

#include <wx/button.h>
#include <wx/dataview.h>
#include <wx/srchctrl.h>
#include <wx/textctrl.h>

using namespace innodesk;
using namespace innodesk::gui::testing;
using app::Workspace;
using gui::U;

namespace {

// A draft application of the demo's first enterprise and programme, made through the service.
domain::Application NewApplication(app::Workspace& officer, const std::string& title) {
    const auto enterprise = officer.Enterprises().Search("", 1).at(0);
    const auto programme = officer.Programmes().List().at(0);
    domain::Application draft;
    draft.enterprise_id = enterprise.id;
    draft.programme_id = programme.id;
    draft.year = 2026;
    draft.content = domain::SupportContents()[0].value;
    draft.title = title;
    draft.requested_amount = domain::Money::Parse("150.000.000");
    draft.co_funding_amount = domain::Money::Parse("150.000.000");
    return officer.Applications().Create(draft, officer.Actor());
}

// The last message box's text, for the refusals below.
wxString LastBox(GuiFixture& fixture) {
    const auto& boxes = fixture.Modals().MessageBoxes();
    return boxes.empty() ? wxString() : boxes.back().message;
}

}  // namespace

TEST_CASE(
    "A review's comment is saved as typed, never with the hint, and a score above the maximum is refused",
    "[gui][typed]") {
    GuiFixture fixture;
    auto& officer = fixture.SignIn("canbo.an");
    const auto application = NewApplication(officer, "Cảm biến độ mặn cho đầm nuôi tôm (nhận xét)");
    auto applications = officer.Applications();
    applications.Move(application.id, domain::ApplicationState::Submitted, officer.Actor(), "");
    applications.Move(application.id, domain::ApplicationState::UnderReview, officer.Actor(), "");
    auto reviews = officer.Reviews();
    reviews.Assign(application.id, {"canbo.an"}, officer.Actor());
    const auto rubric = reviews.RubricFor(application.programme_id);
    REQUIRE(rubric.criteria.size() >= 2);
    const auto& first = rubric.criteria.front();

    auto& frame = fixture.OpenWindow(officer);
    ShowPage(frame, "applications");
    auto* page = frame.FindPage<gui::ApplicationsPage>();
    REQUIRE(page != nullptr);
    SelectRow(*page->List(), application.id);
    const wxString comment = wxString::FromUTF8("Đạt yêu cầu");
    fixture.Modals().AllowErrorBoxes(true);
    fixture.Modals().Expect("review_dialog", [&](wxDialog& dialog) {
        Click(dialog, "declare");
        for (const auto& criterion : rubric.criteria)
            Type(dialog, "score_" + criterion.code, wxString::Format("%d", criterion.max_score));
        // 99 for a criterion out of its maximum: refused, saying the limits, not saved as the maximum.
        Type(dialog, "score_" + first.code, "99");
        TypeAtCaret(dialog, "comment", comment);
        fixture.Modals().ClearMessageBoxes();
        Click(dialog, "submit_scores");
        REQUIRE(dialog.IsModal());  // still open, with the reason shown
        const wxString refusal = LastBox(fixture);
        INFO(refusal.utf8_string());
        CHECK(refusal.Contains("'" + U(first.label_en) + "': must be a whole number from 0 – " +
                               wxString::Format("%d", first.max_score) + "; typed '99'."));
        CHECK(reviews.Show(application.id).reviews.front().review.scores.empty());
        Type(dialog, "score_" + first.code, "7,5");
        Click(dialog, "submit_scores");
        CHECK(LastBox(fixture).Contains("typed '7,5'"));
        Type(dialog, "score_" + first.code, wxString::Format("%d", first.max_score - 1));
        CHECK(Screenshot(dialog, GuiFixture::OutputDir() / "gui-review-dialog.png"));
        Click(dialog, "submit_scores");
    });
    Click(*page, "review");
    fixture.Modals().Verify();

    const auto shown = reviews.Show(application.id);
    REQUIRE(shown.reviews.size() == 1);
    const auto& review = shown.reviews.front().review;
    CHECK(review.comment == comment.utf8_string());
    REQUIRE(review.scores.size() == rubric.criteria.size());
    for (const auto& score : review.scores) {
        INFO(score.code);
        CHECK(score.score ==
              (score.code == first.code ? first.max_score - 1 : rubric.Find(score.code)->max_score));
    }
}

TEST_CASE("A date that is not on the calendar is refused naming the field, typed with or without separators",
          "[gui][typed]") {
    GuiFixture fixture;
    auto& officer = fixture.SignIn("canbo.an");
    auto& frame = fixture.OpenWindow(officer);
    fixture.Modals().AllowErrorBoxes(true);

    SECTION("the decision's date") {
        ShowPage(frame, "decisions");
        auto* page = frame.FindPage<gui::DecisionsPage>();
        REQUIRE(page != nullptr);
        const std::string number = "31-02/QĐ-SKHCN";
        fixture.Modals().Expect("draft_decision_dialog", [&](wxDialog& dialog) {
            // The department's today by default, as dd/mm/yyyy.
            CHECK(Find<wxTextCtrl>(dialog, "date").GetValue() == U(officer.Clock().Today().Format()));
            Type(dialog, "number", U(number));
            for (const char* typed :
                 {"31/02/2026", "31022026", "29/02/2026", "2026-02-30", "32/01/2026", "3/2"}) {
                INFO(typed);
                Type(dialog, "date", typed);
                fixture.Modals().ClearMessageBoxes();
                Click(dialog, "save_draft");
                REQUIRE(dialog.IsModal());
                CHECK(LastBox(fixture).StartsWith("'Date': Date "));
            }
            CHECK(LastBox(fixture).Contains("'3/2'"));
            Type(dialog, "date", "31022026");
            Click(dialog, "save_draft");
            CHECK(LastBox(fixture).Contains("31/02/2026 does not exist in the calendar"));
            Pump(std::chrono::milliseconds(300));  // painted before the picture is taken
            CHECK(Screenshot(dialog, GuiFixture::OutputDir() / "gui-decision-date.png"));
            Click(*dialog.FindWindow(wxID_CANCEL));
        });
        Click(*page, "draft_decision");
        fixture.Modals().Verify();
        auto& checker = fixture.Checker();
        domain::DecisionFilter all;
        all.limit = 100'000;
        for (const auto& decision : checker.Decisions().List(all)) CHECK(decision.number != number);
    }

    SECTION("a form's dates: eight digits are taken when they make a real date") {
        ShowPage(frame, "training");
        auto* page = frame.FindPage<gui::TrainingPage>();
        REQUIRE(page != nullptr);
        const std::string title = "Hội thảo sở hữu trí tuệ (ngày gõ liền)";
        fixture.Modals().Expect("new_event_dialog", [&](wxDialog& dialog) {
            Type(dialog, "event_title", U(title));
            Type(dialog, "starts_on", "31022026");
            Type(dialog, "ends_on", "01032026");
            fixture.Modals().ClearMessageBoxes();
            Click(dialog, "save");
            REQUIRE(dialog.IsModal());
            CHECK(LastBox(fixture).StartsWith("'Starts': Date 31/02/2026 does not exist in the calendar"));
            Type(dialog, "starts_on", "28022026");
            Click(dialog, "save");
        });
        Click(*page, "new_event");
        fixture.Modals().Verify();
        auto& checker = fixture.Checker();
        bool found = false;
        for (const auto& summary : checker.Training().ListEvents({}))
            if (summary.event.title == title) {
                found = true;
                CHECK(summary.event.starts_on == domain::CalendarDate::FromYmd(2026, 2, 28));
                CHECK(summary.event.ends_on == domain::CalendarDate::FromYmd(2026, 3, 1));
                CHECK(page->SelectedId() == summary.event.id);
            }
        CHECK(found);
    }
}

TEST_CASE("A new application is selected and shown, not the row selected before, even under a filter",
          "[gui][typed]") {
    GuiFixture fixture;
    auto& officer = fixture.SignIn("canbo.an");
    const auto earlier = NewApplication(officer, "Ứng dụng chọn trước (lựa chọn)");
    const auto enterprise = officer.Enterprises().Get(earlier.enterprise_id);
    const auto programme = officer.Programmes().List().at(0);
    auto& frame = fixture.OpenWindow(officer);
    ShowPage(frame, "applications");
    auto* page = frame.FindPage<gui::ApplicationsPage>();
    REQUIRE(page != nullptr);
    auto& list = *page->List();
    SelectRow(list, earlier.id);
    // A filter that shows only the earlier application: the new one would be hidden by it.
    Type(*page, "applications_filter", wxString::FromUTF8("chọn trước"));
    REQUIRE(list.GetItemCount() == 1);

    const std::string title = "Ứng dụng vừa tạo (lựa chọn)";
    fixture.Modals().Expect("application_dialog", [&](wxDialog& dialog) {
        Type(dialog, "enterprise", U(enterprise.tax_code.Value()));
        Choose(dialog, "programme", U(programme.code + " — " + programme.name));
        Type(dialog, "year", "2026");
        Type(dialog, "title", U(title));
        Type(dialog, "requested", "150.000.000");
        Type(dialog, "co_funding", "150.000.000");
        Click(*dialog.FindWindow(wxID_SAVE));
    });
    Click(*page, "new_application");
    fixture.Modals().Verify();

    domain::ApplicationFilter filter;
    filter.enterprise_id = enterprise.id;
    filter.limit = 10'000;
    domain::ApplicationId created = 0;
    for (const auto& a : officer.Applications().List(filter))
        if (a.title == title) created = a.id;
    REQUIRE(created != 0);
    CHECK(page->SelectedId() == std::optional<std::int64_t>(created));
    CHECK(list.GetSelectedItemsCount() == 1);
    CHECK(RowOf(list, created) >= 0);
    CHECK(Find<wxSearchCtrl>(*page, "applications_filter").GetValue().empty());

    // "Submit" now applies to the new application and leaves the earlier one alone.
    Click(*page, "submit");
    fixture.Modals().Verify();
    auto service = officer.Applications();
    CHECK(service.Get(created).state == domain::ApplicationState::Submitted);
    CHECK(service.Get(earlier.id).state == domain::ApplicationState::Draft);
}

TEST_CASE("A year typed out of range is refused in the new-application form instead of clamped",
          "[gui][typed]") {
    GuiFixture fixture;
    auto& officer = fixture.SignIn("canbo.an");
    const auto enterprise = officer.Enterprises().Search("", 1).at(0);
    auto& frame = fixture.OpenWindow(officer);
    ShowPage(frame, "applications");
    auto* page = frame.FindPage<gui::ApplicationsPage>();
    REQUIRE(page != nullptr);
    fixture.Modals().AllowErrorBoxes(true);
    fixture.Modals().Expect("application_dialog", [&](wxDialog& dialog) {
        CHECK(Find<wxTextCtrl>(dialog, "year").GetValue() ==
              wxString::Format("%d", officer.Clock().Today().Year()));
        Type(dialog, "enterprise", U(enterprise.tax_code.Value()));
        Type(dialog, "year", "20266");
        fixture.Modals().ClearMessageBoxes();
        Click(*dialog.FindWindow(wxID_SAVE));
        REQUIRE(dialog.IsModal());
        CHECK(LastBox(fixture).Contains("'Year': must be a whole number from 2000 – 2100; typed '20266'."));
        Click(*dialog.FindWindow(wxID_CANCEL));
    });
    Click(*page, "new_application");
    fixture.Modals().Verify();
}
