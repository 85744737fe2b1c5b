// The Tasks page driven through its real dialogs: a task proposed with co-funding and outputs,
// awarded, contracted on an envelope, started, its milestone and tranche recorded, the acceptance
// refused while they are open and then recorded, and its acceptance decision drafted; each step's
// button enabled only when the lifecycle and the role allow it; the filters; a viewer's window.
#include "gui_fixture.h"

#include "gui/tasks_page.h"
#include "gui/wx_text.h"

#include "domain/decision_service.h"
#include "domain/enterprise_service.h"
#include "domain/programme_service.h"
#include "domain/task_service.h"

#include <wx/button.h>
#include <wx/dataview.h>
#include <wx/grid.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

using namespace innodesk;
using namespace innodesk::gui::testing;
using gui::U;

namespace {

constexpr unsigned kState = 6;
constexpr unsigned kLate = 10;

// A programme of the test's own with a 2025 envelope large enough for the task.
domain::Programme NewProgramme(GuiFixture& fixture) {
    auto& officer = fixture.SignIn("canbo.an");
    auto programmes = officer.Programmes();
    const auto programme = programmes.Create(
        {0, "NV-GUI-2025", "Nhiệm vụ KH&CN cấp tỉnh (kiểm thử)", 2025, 2030}, officer.Actor());
    domain::BudgetEnvelope envelope;
    envelope.programme_id = programme.id;
    envelope.year = 2025;
    envelope.content = domain::SupportContent::OtherInnovation;
    envelope.amount = domain::Money::Dong(2'000'000'000);
    programmes.AddEnvelope(envelope, officer.Actor());
    return programme;
}

bool Enabled(gui::TasksPage& page, const char* button) {
    return Find<wxButton>(page, button).IsEnabled();
}

wxString LastBox(GuiFixture& fixture) {
    const auto& boxes = fixture.Modals().MessageBoxes();
    return boxes.empty() ? wxString() : boxes.back().message;
}

void SetDate(wxWindow& root, const wxString& name, const char* date) {
    Type(root, name, date);
}

}  // namespace

TEST_CASE("A task is proposed, awarded, contracted, paid, reported and accepted through the Tasks page",
          "[gui][tasks]") {
    GuiFixture fixture;
    const auto programme = NewProgramme(fixture);
    auto& checker = fixture.Checker();
    const auto enterprise = checker.Enterprises().Search("", 1).at(0);
    auto& frame = fixture.OpenWindow("canbo.an");
    ShowPage(frame, "tasks");
    auto* page = frame.FindPage<gui::TasksPage>();
    REQUIRE(page != nullptr);
    // Nothing selected (the page opens on the first task, if there is one): only a proposal.
    CHECK(Enabled(*page, "propose_task"));
    if (!page->SelectedId())
        for (const char* step :
             {"edit_task", "award_task", "contract_task", "record_acceptance", "record_use"})
            CHECK_FALSE(Enabled(*page, step));

    const wxString title = wxString::FromUTF8("Ứng dụng chế phẩm vi sinh nuôi tôm hùm (kiểm thử giao diện)");
    fixture.Modals().Expect("task_dialog", [&](wxDialog& dialog) {
        Type(dialog, "task_code", wxString::FromUTF8("ĐTCT.2025.91"));
        Type(dialog, "task_title", title);
        Choose(dialog, "award_mode", "Ordering");
        Type(dialog, "task_year", "2025");
        SetDate(dialog, "proposed_on", "05/01/2025");
        Choose(dialog, "task_programme", U(programme.code + " — " + programme.name));
        Type(dialog, "lead_tax_code", U(enterprise.tax_code.Value()));
        Type(dialog, "principal_investigator", wxString::FromUTF8("ThS. Nguyễn Thị Hoa"));
        Type(dialog, "applying_unit", wxString::FromUTF8("HTX Thủy sản Cam Thành Bắc"));
        Type(dialog, "state_budget", "600.000.000");
        auto& funding = Find<wxGrid>(dialog, "co_funding");
        funding.SetCellValue(0, 0, wxString::FromUTF8("  Vốn tự có của doanh nghiệp  "));
        funding.SetCellValue(0, 1, "250.000.000");
        auto& outputs = Find<wxGrid>(dialog, "outputs");
        outputs.SetCellValue(1, 0, "Product");
        outputs.SetCellValue(1, 1, "2");
        outputs.SetCellValue(1, 2, wxString::FromUTF8("Chế phẩm vi sinh xử lý nước"));
        Click(dialog, "save");
    });
    Click(*page, "propose_task");
    fixture.Modals().Verify();

    // Found by its code: the demo database may hold tasks of its own, led by the same enterprise.
    domain::TaskFilter filter;
    filter.year = 2025;
    filter.limit = 100'000;
    domain::TaskId id = 0;
    for (const auto& summary : checker.Tasks().List(filter))
        if (summary.task.code == "ĐTCT.2025.91") id = summary.task.id;
    REQUIRE(id != 0);
    {
        const auto task = checker.Tasks().Get(id);
        CHECK(task.title == title.utf8_string());
        CHECK(task.award_mode == domain::AwardMode::Ordering);
        CHECK(task.programme_id == programme.id);
        REQUIRE(task.co_funding.size() == 1);
        CHECK(task.co_funding[0].amount == domain::Money::Dong(250'000'000));
        REQUIRE(task.outputs.size() == 1);  // the empty first row is not an output
        CHECK(task.outputs[0].kind == domain::OutputKind::Product);
        CHECK(task.outputs[0].quantity == 2);
    }
    REQUIRE(page->SelectedId() == id);
    CHECK(Enabled(*page, "award_task"));
    CHECK(Enabled(*page, "edit_task"));
    CHECK_FALSE(Enabled(*page, "contract_task"));
    CHECK_FALSE(Enabled(*page, "start_task"));

    // An edit shows what is recorded and keeps it: only the plan line changes.
    fixture.Modals().Expect("task_dialog", [&](wxDialog& dialog) {
        CHECK(Find<wxTextCtrl>(dialog, "task_code").GetValue() == wxString::FromUTF8("ĐTCT.2025.91"));
        CHECK(Find<wxGrid>(dialog, "co_funding").GetCellValue(0, 1) == wxString::FromUTF8("250,000,000 ₫"));
        Type(dialog, "plan_line", wxString::FromUTF8("Dòng 2"));
        Click(dialog, "save");
    });
    Click(*page, "edit_task");
    fixture.Modals().Verify();
    {
        const auto task = checker.Tasks().Get(id);
        CHECK(task.plan_line == "Dòng 2");
        CHECK(task.co_funding.size() == 1);
        REQUIRE(task.outputs.size() == 1);
        CHECK(task.outputs[0].description == "Chế phẩm vi sinh xử lý nước");
        CHECK(task.state_budget == domain::Money::Dong(600'000'000));
        CHECK(task.lead_enterprise_id == enterprise.id);
    }

    fixture.Modals().Expect("award_task_dialog", [&](wxDialog& dialog) {
        SetDate(dialog, "step_date", "10/02/2025");
        Type(dialog, "step_note", wxString::FromUTF8("Quyết định đặt hàng 45/QĐ-UBND"));
        Click(dialog, "save");
    });
    Click(*page, "award_task");
    fixture.Modals().Verify();
    CHECK(checker.Tasks().Get(id).state == domain::TaskState::Awarded);
    CHECK(Cell(*page->List(), id, kState) == "Selected or assigned");
    CHECK(Enabled(*page, "contract_task"));
    CHECK_FALSE(Enabled(*page, "award_task"));

    fixture.Modals().Expect("contract_task_dialog", [&](wxDialog& dialog) {
        Type(dialog, "contract_number", wxString::FromUTF8("05/2025/HĐ-KHCN"));
        SetDate(dialog, "signed_on", "01/03/2025");
        SetDate(dialog, "starts_on", "01/03/2025");
        SetDate(dialog, "ends_on", "30/11/2025");
        Click(dialog, "save");
    });
    Click(*page, "contract_task");
    fixture.Modals().Verify();
    CHECK(checker.Tasks().Get(id).state == domain::TaskState::Contracted);

    fixture.Modals().Expect("start_task_dialog", [&](wxDialog& dialog) {
        SetDate(dialog, "step_date", "05/03/2025");
        Click(dialog, "save");
    });
    Click(*page, "start_task");
    fixture.Modals().Expect("milestone_dialog", [&](wxDialog& dialog) {
        Type(dialog, "milestone_content", wxString::FromUTF8("Thả nuôi thử nghiệm 20 lồng"));
        SetDate(dialog, "milestone_due", "30/06/2025");
        Click(dialog, "save");
    });
    Click(*page, "add_milestone");
    fixture.Modals().Expect("tranche_dialog", [&](wxDialog& dialog) {
        Type(dialog, "tranche_amount", "600.000.000");
        SetDate(dialog, "tranche_due", "15/03/2025");
        Click(dialog, "save");
    });
    Click(*page, "plan_tranche");
    fixture.Modals().Verify();
    CHECK(checker.Tasks().File(id).tranches.size() == 1);
    // The milestone is open and late (today is after 30/06/2025) and the tranche unpaid.
    CHECK(Cell(*page->List(), id, kLate) == "late");
    CHECK_FALSE(Enabled(*page, "record_acceptance"));
    CHECK(Enabled(*page, "report_milestone"));
    CHECK(Enabled(*page, "pay_tranche"));

    // Forced anyway, the service refuses with its reason and the dialog stays open.
    fixture.Modals().AllowErrorBoxes(true);
    fixture.Modals().Expect("acceptance_dialog", [&](wxDialog& dialog) {
        Type(dialog, "council", wxString::FromUTF8("Hội đồng KH&CN cấp tỉnh"));
        SetDate(dialog, "held_on", "10/12/2025");
        Type(dialog, "minutes_number", "12/BB-HĐNT");
        fixture.Modals().ClearMessageBoxes();
        Click(dialog, "save");
        REQUIRE(dialog.IsModal());
        CHECK_FALSE(LastBox(fixture).empty());
        dialog.EndModal(wxID_CANCEL);
    });
    ForceClick(Find<wxButton>(*page, "record_acceptance"));
    fixture.Modals().Verify();
    fixture.Modals().AllowErrorBoxes(false);
    CHECK_FALSE(checker.Tasks().Get(id).acceptance.has_value());

    fixture.Modals().Expect("report_milestone_dialog", [&](wxDialog& dialog) {
        SetDate(dialog, "reported_on", "07/07/2025");
        Type(dialog, "milestone_evidence", wxString::FromUTF8("Báo cáo 33/BC-VNC"));
        Click(dialog, "save");
    });
    Click(*page, "report_milestone");
    fixture.Modals().Expect("pay_tranche_dialog", [&](wxDialog& dialog) {
        SetDate(dialog, "paid_on", "20/03/2025");
        Type(dialog, "payment_reference", "UNC 1021/KBNN");
        Click(dialog, "save");
    });
    Click(*page, "pay_tranche");
    fixture.Modals().Verify();
    CHECK(Cell(*page->List(), id, kLate) == "");
    CHECK(Enabled(*page, "record_acceptance"));
    CHECK_FALSE(Enabled(*page, "draft_acceptance_decision"));

    fixture.Modals().Expect("acceptance_dialog", [&](wxDialog& dialog) {
        Type(dialog, "council", wxString::FromUTF8("Hội đồng KH&CN cấp tỉnh (QĐ 88/QĐ-SKHCN)"));
        SetDate(dialog, "held_on", "10/12/2025");
        Choose(dialog, "acceptance_result", "Excellent");
        Type(dialog, "minutes_number", wxString::FromUTF8("12/BB-HĐNT"));
        Click(dialog, "save");
    });
    Click(*page, "record_acceptance");
    fixture.Modals().Expect("acceptance_decision_dialog", [&](wxDialog& dialog) {
        Type(dialog, "decision_number", wxString::FromUTF8("310/QĐ-SKHCN"));
        SetDate(dialog, "decision_date", "15/12/2025");
        CHECK(Screenshot(dialog, GuiFixture::OutputDir() / "gui-acceptance-decision-dialog.png"));
        Click(dialog, "save_draft");
    });
    Click(*page, "draft_acceptance_decision");
    fixture.Modals().Verify();

    const auto file = checker.Tasks().File(id);
    REQUIRE(file.task.acceptance.has_value());
    CHECK(file.task.acceptance->result == domain::AcceptanceResult::Excellent);
    CHECK(file.milestones.at(0).status == domain::MilestoneStatus::Reported);
    CHECK(file.Paid() == domain::Money::Dong(600'000'000));
    domain::DecisionFilter decisions;
    decisions.status = domain::DecisionStatus::Draft;
    bool drafted = false;
    for (const auto& decision : checker.Decisions().List(decisions))
        drafted = drafted || (decision.kind == domain::DecisionKind::TaskAcceptance &&
                              decision.task_id == id && decision.number == "310/QĐ-SKHCN");
    CHECK(drafted);
    // The task stays in progress until an approver signs; transfer waits for that.
    CHECK(file.task.state == domain::TaskState::InProgress);
    CHECK_FALSE(Enabled(*page, "transfer_task"));
    // The panel shows the council as typed: "KH&CN" is text, not a mnemonic that would hide the '&'.
    CHECK(Find<wxStaticText>(*page, "task_uses_heading")
              .GetLabelText()
              .Contains(wxString::FromUTF8("Hội đồng KH&CN cấp tỉnh (QĐ 88/QĐ-SKHCN)")));
    CHECK(Screenshot(frame, GuiFixture::OutputDir() / "gui-tasks-page.png"));

    // The award-mode filter narrows the list to ordered tasks; selection shows them.
    Choose(*page, "tasks_award", "Competitive selection");
    CHECK(RowOf(*page->List(), id) < 0);
    Choose(*page, "tasks_award", "Ordering");
    CHECK(RowOf(*page->List(), id) >= 0);
}

TEST_CASE("A viewer reads the Tasks page and its task files but every step is disabled", "[gui][tasks]") {
    GuiFixture fixture;
    auto& officer = fixture.SignIn("canbo.an");
    const auto enterprise = officer.Enterprises().Search("", 1).at(0);
    domain::Task task;
    task.code = "ĐTCS.2025.92";
    task.title = "Mô hình nuôi yến trong nhà (kiểm thử)";
    task.level = domain::TaskLevel::Grassroots;
    task.award_mode = domain::AwardMode::Selection;
    task.year = 2025;
    task.lead_enterprise_id = enterprise.id;
    task.principal_investigator = "KS. Lê Văn Minh";
    task.state_budget = domain::Money::Dong(150'000'000);
    const auto id = officer.Tasks().Propose(task, officer.Actor()).id;

    auto& frame = fixture.OpenWindow("xem.giang");
    ShowPage(frame, "tasks");
    auto* page = frame.FindPage<gui::TasksPage>();
    REQUIRE(page != nullptr);
    SelectRow(*page->List(), id);
    REQUIRE(page->SelectedFile().has_value());
    CHECK(page->SelectedFile()->task.code == task.code);
    for (const char* step : {"propose_task", "edit_task", "award_task", "terminate_task", "add_milestone"})
        CHECK_FALSE(Enabled(*page, step));
    CHECK(Find<wxButton>(*page, "award_task").GetToolTipText().Contains("Only officers"));
}
