// The Dashboard: a plan file imported from the window, its targets shown with the same actuals
// and statuses as the service computes, a target's records opened by clicking it, and a manual
// target's value entered with its source; a qualitative target assessed achieved or not.
#include "gui_fixture.h"
#include "test_records.h"

#include "gui/dashboard_page.h"
#include "gui/file_choice.h"
#include "gui/target_card.h"

#include "app/install_paths.h"
#include "domain/target_service.h"

#include <wx/dataview.h>
#include <wx/dialog.h>
#include <wx/stattext.h>

#include <algorithm>

using namespace innodesk;
using namespace innodesk::gui::testing;

namespace {

const std::filesystem::path kPlan000 = app::PlansDirectory() / "000-khanh-hoa-dmst-dn-2026.yaml";
const std::filesystem::path kPlan001 = app::PlansDirectory() / "001-khanh-hoa-khcn-dmst-cds-2026.yaml";

}  // namespace

TEST_CASE("A plan imported from the Dashboard shows every target as the service evaluates it", "[gui]") {
    REQUIRE(std::filesystem::exists(kPlan000));
    GuiFixture fixture;
    auto& frame = fixture.OpenWindow("canbo.an");
    ShowPage(frame, "dashboard");
    auto* page = frame.FindPage<gui::DashboardPage>();
    REQUIRE(page != nullptr);
    {
        const AnswerFiles answer("import_plan_file", kPlan000);
        Click(*page, "import_plan");
    }
    fixture.Modals().Verify();
    REQUIRE(fixture.Modals().MessageBoxes().size() == 1);
    CHECK(fixture.Modals().MessageBoxes()[0].message.StartsWith("Plan KH-DMST-DN-2026 imported"));

    const auto& shown = page->Shown();
    REQUIRE(shown.has_value());
    CHECK(shown->plan_code == "KH-DMST-DN-2026");
    auto& checker = fixture.Checker();
    const auto expected = checker.Targets().Evaluate("KH-DMST-DN-2026", shown->period, shown->as_of);
    REQUIRE(expected.targets.size() == shown->targets.size());
    REQUIRE(expected.targets.size() >= 10);
    for (const auto& target : expected.targets) {
        INFO("target " << target.code);
        auto& status = Find<wxStaticText>(*page, "status_" + wxString::FromUTF8(target.code));
        CHECK(status.GetLabel() == gui::StatusLabel(target.status));
        // A long actual is wrapped onto two lines; its words are the service's.
        CHECK(UnwrappedLabel(*page, "actual_" + wxString::FromUTF8(target.code)) == gui::ActualText(target));
    }

    // A computed target opens the records that make its actual.
    const auto computed = std::find_if(
        expected.targets.begin(), expected.targets.end(),
        [](const domain::TargetEvaluation& t) { return !t.manual && t.actual && *t.actual > 0; });
    REQUIRE(computed != expected.targets.end());
    fixture.Modals().Expect("target_records_dialog", [&](wxDialog& dialog) {
        auto& list = Find<wxDataViewListCtrl>(dialog, "target_records_list");
        CHECK(list.GetItemCount() > 0);
        Click(*dialog.FindWindow(wxID_OK));
    });
    auto& card = Find<wxWindow>(*page, "target_" + wxString::FromUTF8(computed->code));
    wxMouseEvent click(wxEVT_LEFT_UP);
    click.SetEventObject(&card);
    card.HandleWindowEvent(click);
    fixture.Modals().Verify();

    // A quarter chosen stays chosen when the page is refreshed (F5, or a new "as of" date).
    const auto third_quarter = domain::Period::Quarter(2026, 3);
    Choose(*page, "dashboard_period",
           wxString::FromUTF8(third_quarter.Label().In(domain::Language::English)));
    REQUIRE(page->Shown().has_value());
    CHECK(page->Shown()->period == third_quarter);
    Menu(frame, "View", "Refresh");
    REQUIRE(page->Shown().has_value());
    CHECK(page->Shown()->period == third_quarter);
    CHECK(page->Shown()->plan_code == "KH-DMST-DN-2026");
}

TEST_CASE("A qualitative target is assessed achieved or not from the Dashboard, with a note", "[gui]") {
    REQUIRE(std::filesystem::exists(kPlan001));
    GuiFixture fixture;
    auto& frame = fixture.OpenWindow("canbo.an");
    ShowPage(frame, "dashboard");
    auto* page = frame.FindPage<gui::DashboardPage>();
    REQUIRE(page != nullptr);
    {
        const AnswerFiles answer("import_plan_file", kPlan001);
        Click(*page, "import_plan");
    }
    fixture.Modals().Verify();
    REQUIRE(page->Shown().has_value());
    REQUIRE(page->Shown()->plan_code == "KH-KHCN-DMST-CDS-2026");

    // 001's indicator 2, "Hạ tầng số: Tiên tiến, hiện đại": no figure to type, an assessment to choose.
    fixture.Modals().Expect("indicator_dialog", [&](wxDialog& dialog) {
        CHECK(dialog.FindWindow("indicator_value") == nullptr);
        Choose(dialog, "indicator_achieved", "Not achieved");
        Type(dialog, "indicator_source", "12 communes without 5G (operator's report)");
        Click(dialog, "save");
    });
    auto& card = Find<wxWindow>(*page, "target_2");
    wxMouseEvent click(wxEVT_LEFT_UP);
    click.SetEventObject(&card);
    card.HandleWindowEvent(click);
    fixture.Modals().Verify();

    const auto& shown = page->Shown();
    REQUIRE(shown.has_value());
    const auto evaluation =
        fixture.Checker().Targets().Evaluate("KH-KHCN-DMST-CDS-2026", shown->period, shown->as_of);
    const auto infrastructure = std::find_if(evaluation.targets.begin(), evaluation.targets.end(),
                                             [](const domain::TargetEvaluation& t) { return t.code == "2"; });
    REQUIRE(infrastructure != evaluation.targets.end());
    CHECK(infrastructure->actual == 0.0);
    CHECK(infrastructure->status == domain::TargetStatus::Behind);
    REQUIRE(infrastructure->manual_value.has_value());
    CHECK(infrastructure->manual_value->source == "12 communes without 5G (operator's report)");
    CHECK(Find<wxStaticText>(*page, "status_2").GetLabel() == gui::StatusLabel(domain::TargetStatus::Behind));
}
