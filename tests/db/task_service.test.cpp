// Innovation tasks in storage: the whole lifecycle from proposal to use after acceptance, each
// step dated, attributed and audited; the refusals (out of order, open milestones or tranches,
// over the budget, the wrong role); the envelope commitment; and the acceptance decision signed
// like an approval, whose signature breaks when the evaluation is changed behind InnoDesk's back.
#include "fixed_clock.h"
#include "scenario.h"
#include "test_helpers.h"

#include "domain/deadline_service.h"
#include "domain/task_service.h"

#include <catch2/catch.hpp>

using namespace innodesk;
using namespace innodesk::domain;
using innodesk::testing::Refusal;
using S = TaskState;

namespace {

CalendarDate Day(const char* iso) {
    return CalendarDate::Parse(iso);
}

// Today is 10/12/2026 for these tests: the task's steps lie earlier in the year.
struct TaskScenario {
    explicit TaskScenario(testing::TestDatabase& db) : s(db) {}
    testing::Scenario s;
    testing::FixedClock clock{CalendarDate::FromYmd(2026, 12, 10)};
    TaskService Tasks() { return {s.db.Store(), s.db.Text(), clock}; }
    DecisionService Decisions() { return {s.db.Store(), s.db.Text(), clock}; }

    Task NewTask(const std::string& code = "ĐTCT.2026.01") {
        Task task;
        task.code = code;
        task.title = "Nghiên cứu ứng dụng công nghệ nuôi tôm hùm trong lồng HDPE tại vịnh Vân Phong";
        task.level = TaskLevel::Provincial;
        task.award_mode = AwardMode::Ordering;
        task.year = 2026;
        task.programme_id = s.programme.id;
        task.plan_code = "KH-DMST-DN-2026";
        task.plan_line = "II.2";
        task.lead_enterprise_id = s.parent.id;
        task.principal_investigator = "TS. Nguyễn Văn Hải";
        task.ordering_unit = "Sở Nông nghiệp và Môi trường";
        task.applying_unit = "Hợp tác xã nuôi trồng thủy sản Vạn Ninh";
        task.state_budget = Money::Dong(300'000'000);
        task.co_funding = {{"Công ty, vốn tự có", Money::Dong(120'000'000)}};
        task.outputs = {{OutputKind::Process, 1, "Quy trình nuôi tôm hùm trong lồng HDPE", "HTX Vạn Ninh"},
                        {OutputKind::Model, 1, "Mô hình nuôi 10 lồng", "HTX Vạn Ninh"}};
        return task;
    }

    // Proposed on 05/01, awarded 20/01, contracted 01/02 (runs 01/02–30/11), started 05/02.
    Task UnderWay(const std::string& code = "ĐTCT.2026.01") {
        auto tasks = Tasks();
        Task task = tasks.Propose(NewTask(code), Day("2026-01-05"), s.officer);
        tasks.Award(task.id, Day("2026-01-20"), "Quyết định đặt hàng 12/QĐ-SKHCN", s.officer);
        tasks.Contract(task.id,
                       {"05/2026/HĐ-KHCN", Day("2026-02-01"), Day("2026-02-01"), Day("2026-11-30"),
                        s.testing_envelope.id},
                       s.officer);
        return tasks.Start(task.id, Day("2026-02-05"), s.officer);
    }
};

Milestone MilestoneDue(const char* content, const char* product, const CalendarDate& due_on) {
    Milestone milestone;
    milestone.content = content;
    milestone.product = product;
    milestone.due_on = due_on;
    return milestone;
}

Decision AcceptanceDecision(TaskId task, const char* number, const char* date_iso) {
    Decision decision;
    decision.kind = DecisionKind::TaskAcceptance;
    decision.task_id = task;
    decision.number = number;
    decision.date = Day(date_iso);
    decision.legal_basis = "Căn cứ Thông tư 02/2024/TT-BKHCN";
    decision.signer_name = "Phó Giám đốc Trần Văn Bình";
    return decision;
}

}  // namespace

TEST_CASE("A provincial task goes from proposal to use after acceptance, each step dated", "[db]") {
    testing::TestDatabase db;
    TaskScenario t(db);
    auto tasks = t.Tasks();
    Task task = t.UnderWay();
    CHECK(task.state == S::InProgress);
    CHECK(task.envelope_id == t.s.testing_envelope.id);
    CHECK(task.contract_number == "05/2026/HĐ-KHCN");

    // The contract commits the state budget on the envelope.
    {
        auto tx = db.Store().Begin(TransactionMode::Read);
        CHECK(tx->Programmes().Balance(t.s.testing_envelope.id).committed == Money::Dong(300'000'000));
    }

    tasks.AddMilestone(task.id, MilestoneDue("Báo cáo giữa kỳ", "Báo cáo", Day("2026-06-30")), t.s.officer);
    tasks.AddMilestone(task.id, MilestoneDue("Thả nuôi 10 lồng", "Mô hình", Day("2026-08-31")), t.s.officer);
    tasks.PlanTranche(task.id, Money::Dong(180'000'000), Day("2026-02-15"), t.s.officer);
    tasks.PlanTranche(task.id, Money::Dong(120'000'000), Day("2026-09-15"), t.s.officer);
    tasks.PayTranche(task.id, 1, Day("2026-02-20"), "UNC 101/KBNN", t.s.officer);
    tasks.ReportMilestone(task.id, 1, Day("2026-07-05"), "Báo cáo 07/BC", t.s.officer);
    tasks.ReportMilestone(task.id, 2, Day("2026-08-28"), "Biên bản kiểm tra 15/BB", t.s.officer);
    tasks.PayTranche(task.id, 2, Day("2026-09-20"), "UNC 245/KBNN", t.s.officer);

    TaskAcceptance evaluation{"Hội đồng KH&CN cấp tỉnh (QĐ 88/QĐ-SKHCN)", Day("2026-11-25"),
                              AcceptanceResult::Passed, "BB-NT 17/2026", std::nullopt};
    tasks.RecordAcceptance(task.id, evaluation, t.s.officer);

    auto decisions = t.Decisions();
    const auto drafted =
        decisions.Draft(AcceptanceDecision(task.id, "201/QĐ-SKHCN", "2026-11-28"), t.s.officer);
    CHECK(tasks.Get(task.id).state == S::InProgress);  // drafting changes nothing
    decisions.Sign(drafted.decision.id, t.s.signer, t.s.verifier, t.s.approver);
    task = tasks.Get(task.id);
    CHECK(task.state == S::Accepted);
    REQUIRE(task.acceptance);
    CHECK(task.acceptance->decision_id == drafted.decision.id);
    CHECK(decisions.Verify(drafted.decision.id, t.s.verifier).Valid());
    CHECK(decisions.SignedPayload(decisions.Get(drafted.decision.id))
              .find("\"minutes_number\":\"BB-NT 17/2026\"") != std::string::npos);

    tasks.Transfer(task.id, {Day("2026-12-01"), "HTX Vạn Ninh", "BB-BG 03/2026", ""}, t.s.officer);
    tasks.RecordUse(
        task.id, {0, Day("2026-12-08"), "Vịnh Vân Phong, 10 lồng", Day("2026-12-02"), "Biên bản 22/BB", ""},
        t.s.officer);

    const TaskFile file = tasks.File(task.id);
    CHECK(file.task.state == S::Applied);
    CHECK(file.Paid() == Money::Dong(300'000'000));
    CHECK(file.uses.size() == 1);
    REQUIRE(file.history.size() == 7);
    const std::vector<std::pair<S, const char*>> expected{
        {S::Proposed, "2026-01-05"},   {S::Awarded, "2026-01-20"},  {S::Contracted, "2026-02-01"},
        {S::InProgress, "2026-02-05"}, {S::Accepted, "2026-11-28"}, {S::Transferred, "2026-12-01"},
        {S::Applied, "2026-12-08"}};
    for (std::size_t i = 0; i < expected.size(); ++i) {
        CHECK(file.history[i].to == expected[i].first);
        CHECK(file.history[i].on == Day(expected[i].second));
        CHECK_FALSE(file.history[i].actor.empty());
    }
    CHECK(file.lead_name == t.s.parent.name);

    long long audited = 0;
    db.Store().Session() << "SELECT COUNT(*) FROM audit_entry WHERE entity = 'task'", soci::into(audited);
    CHECK(audited >= 16);
}

TEST_CASE("A task's steps are refused out of order, in the future or before the previous step", "[db]") {
    testing::TestDatabase db;
    TaskScenario t(db);
    auto tasks = t.Tasks();
    const Task task = tasks.Propose(t.NewTask(), Day("2026-03-01"), t.s.officer);
    CHECK(Refusal([&] { tasks.Start(task.id, Day("2026-03-05"), t.s.officer); }).Code() ==
          ErrorCode::InvalidTransition);
    CHECK(Refusal([&] { tasks.Award(task.id, Day("2026-02-01"), "", t.s.officer); }).Field() == "on");
    CHECK(Refusal([&] { tasks.Award(task.id, Day("2027-01-01"), "", t.s.officer); }).Field() == "on");
    CHECK(Refusal([&] { tasks.Propose(t.NewTask(), t.s.officer); }).Code() == ErrorCode::Duplicate);
    CHECK(Refusal([&] { tasks.Award(task.id, Day("2026-03-02"), "", t.s.viewer); }).Code() ==
          ErrorCode::PermissionDenied);
    CHECK(Refusal([&] {
              tasks.Contract(
                  task.id,
                  {"01/HĐ", Day("2026-03-10"), Day("2026-03-09"), Day("2026-12-01"), t.s.testing_envelope.id},
                  t.s.officer);
          }).Field() == "ends_on");
    CHECK(tasks.Get(task.id).state == S::Proposed);

    Task without_lead = t.NewTask("ĐTCT.2026.09");
    without_lead.lead_enterprise_id.reset();
    CHECK(Refusal([&] { tasks.Propose(without_lead, t.s.officer); }).Field() == "lead");
}

TEST_CASE("Acceptance is refused while a milestone is open or a tranche unpaid", "[db]") {
    testing::TestDatabase db;
    TaskScenario t(db);
    auto tasks = t.Tasks();
    const Task task = t.UnderWay();
    tasks.AddMilestone(task.id, MilestoneDue("Báo cáo giữa kỳ", "Báo cáo", Day("2026-06-30")), t.s.officer);
    tasks.PlanTranche(task.id, Money::Dong(100'000'000), Day("2026-03-01"), t.s.officer);
    const TaskAcceptance evaluation{"Hội đồng", Day("2026-11-25"), AcceptanceResult::Passed, "BB 1",
                                    std::nullopt};

    const auto refusal = Refusal([&] { tasks.RecordAcceptance(task.id, evaluation, t.s.officer); });
    CHECK(refusal.Code() == ErrorCode::InvalidTransition);
    CHECK_THAT(refusal.Message(Language::English),
               Catch::Contains("milestone 1") && Catch::Contains("tranche 1"));
    CHECK_FALSE(tasks.Get(task.id).acceptance.has_value());

    tasks.ReportMilestone(task.id, 1, Day("2026-07-01"), "Báo cáo 3/BC", t.s.officer);
    CHECK(Refusal([&] { tasks.RecordAcceptance(task.id, evaluation, t.s.officer); }).Code() ==
          ErrorCode::InvalidTransition);
    tasks.CancelTranche(task.id, 1, "Chuyển sang cấp một lần khi nghiệm thu", t.s.officer);
    tasks.RecordAcceptance(task.id, evaluation, t.s.officer);

    // An acceptance decision over a task with an open milestone is refused when drafted, too.
    tasks.AddMilestone(task.id, MilestoneDue("Hội thảo", "Kỷ yếu", Day("2026-11-20")), t.s.officer);
    auto decisions = t.Decisions();
    CHECK(Refusal([&] {
              decisions.Draft(AcceptanceDecision(task.id, "202/QĐ-SKHCN", "2026-11-28"), t.s.officer);
          }).Code() == ErrorCode::InvalidTransition);
}

TEST_CASE("Tranches never exceed the contracted budget, and a failed acceptance releases the rest", "[db]") {
    testing::TestDatabase db;
    TaskScenario t(db);
    auto tasks = t.Tasks();
    const Task task = t.UnderWay();
    tasks.PlanTranche(task.id, Money::Dong(200'000'000), Day("2026-03-01"), t.s.officer);
    const auto over = Refusal(
        [&] { tasks.PlanTranche(task.id, Money::Dong(100'000'001), Day("2026-09-01"), t.s.officer); });
    CHECK(over.Code() == ErrorCode::BudgetExceeded);
    CHECK_THAT(over.Message(Language::Vietnamese), Catch::Contains("300.000.000"));
    CHECK(Refusal([&] { tasks.PayTranche(task.id, 1, Day("2026-01-15"), "UNC 1", t.s.officer); }).Field() ==
          "paid_on");
    tasks.PayTranche(task.id, 1, Day("2026-03-02"), "UNC 1", t.s.officer);
    CHECK(Refusal([&] { tasks.PayTranche(task.id, 1, Day("2026-03-03"), "UNC 2", t.s.officer); }).Code() ==
          ErrorCode::InvalidTransition);

    tasks.RecordAcceptance(task.id,
                           {"Hội đồng", Day("2026-11-25"), AcceptanceResult::Failed, "BB 2", std::nullopt},
                           t.s.officer);
    auto decisions = t.Decisions();
    const auto drafted =
        decisions.Draft(AcceptanceDecision(task.id, "203/QĐ-SKHCN", "2026-11-30"), t.s.officer);
    decisions.Sign(drafted.decision.id, t.s.signer, t.s.verifier, t.s.approver);
    CHECK(tasks.Get(task.id).state == S::Failed);
    auto tx = db.Store().Begin(TransactionMode::Read);
    const auto balance = tx->Programmes().Balance(t.s.testing_envelope.id);
    CHECK(balance.committed == Money::Dong(200'000'000));  // what was paid, no longer the whole budget
    CHECK(balance.disbursed == Money::Dong(200'000'000));
}

TEST_CASE("A contract that would overdraw the envelope is refused", "[db]") {
    testing::TestDatabase db;
    TaskScenario t(db);
    auto tasks = t.Tasks();
    Task big = t.NewTask();
    big.state_budget = Money::Dong(1'000'000'001);
    const Task task = tasks.Propose(big, Day("2026-01-05"), t.s.officer);
    tasks.Award(task.id, Day("2026-01-20"), "", t.s.officer);
    CHECK(Refusal([&] {
              tasks.Contract(
                  task.id,
                  {"06/HĐ", Day("2026-02-01"), Day("2026-02-01"), Day("2026-11-30"), t.s.testing_envelope.id},
                  t.s.officer);
          }).Code() == ErrorCode::BudgetExceeded);
    CHECK(tasks.Get(task.id).state == S::Awarded);
}

TEST_CASE("An acceptance decision's signature fails when the evaluation is changed in the database", "[db]") {
    testing::TestDatabase db;
    TaskScenario t(db);
    auto tasks = t.Tasks();
    const Task task = t.UnderWay();
    tasks.RecordAcceptance(task.id,
                           {"Hội đồng", Day("2026-11-25"), AcceptanceResult::Passed, "BB 3", std::nullopt},
                           t.s.officer);
    auto decisions = t.Decisions();
    const auto drafted =
        decisions.Draft(AcceptanceDecision(task.id, "204/QĐ-SKHCN", "2026-11-30"), t.s.officer);
    decisions.Sign(drafted.decision.id, t.s.signer, t.s.verifier, t.s.approver);
    CHECK(decisions.Verify(drafted.decision.id, t.s.verifier).Valid());

    const long long id = task.id;
    db.Store().Session() << "UPDATE task SET acceptance_result = 'excellent' WHERE id = :id", soci::use(id);
    const auto verification = decisions.Verify(drafted.decision.id, t.s.verifier);
    CHECK(verification.status == VerificationStatus::Invalid);
}

TEST_CASE("Extensions move the end, termination cancels what is unpaid, links are one task each", "[db]") {
    testing::TestDatabase db;
    TaskScenario t(db);
    auto tasks = t.Tasks();
    const Task task = t.UnderWay();
    CHECK(Refusal([&] {
              tasks.Extend(task.id, Day("2026-11-30"), "Thời tiết", "CV 1", t.s.officer);
          }).Field() == "new_end");
    const Task extended =
        tasks.Extend(task.id, Day("2027-03-31"), "Bão số 13 làm hỏng lồng", "CV 55/SKHCN", t.s.officer);
    CHECK(extended.ends_on == Day("2027-03-31"));
    REQUIRE(tasks.File(task.id).extensions.size() == 1);
    CHECK(tasks.File(task.id).extensions[0].from_end == Day("2026-11-30"));

    const auto application = t.s.Draft(t.s.other, 50'000'000, 50'000'000);
    tasks.LinkApplication(task.id, application.id, t.s.officer);
    const Task second = tasks.Propose(t.NewTask("ĐTCT.2026.02"), t.s.officer);
    CHECK(Refusal([&] { tasks.LinkApplication(second.id, application.id, t.s.officer); }).Code() ==
          ErrorCode::Duplicate);
    CHECK(tasks.File(task.id).applications == std::vector<ApplicationId>{application.id});

    tasks.PlanTranche(task.id, Money::Dong(100'000'000), Day("2026-12-20"), t.s.officer);
    tasks.Terminate(task.id, Day("2026-12-09"), "Chủ nhiệm xin dừng", t.s.officer);
    const TaskFile file = tasks.File(task.id);
    CHECK(file.task.state == S::Terminated);
    CHECK(file.tranches[0].status == TrancheStatus::Cancelled);
    CHECK(Refusal([&] { tasks.Start(task.id, Day("2026-12-10"), t.s.officer); }).Code() ==
          ErrorCode::InvalidTransition);
}

TEST_CASE("Tasks are listed and filtered by level, award mode, state and lead", "[db]") {
    testing::TestDatabase db;
    TaskScenario t(db);
    auto tasks = t.Tasks();
    t.UnderWay("ĐTCT.2026.01");
    Task grassroots = t.NewTask("CS.2026.01");
    grassroots.level = TaskLevel::Grassroots;
    grassroots.award_mode = AwardMode::Selection;
    grassroots.lead_enterprise_id.reset();
    grassroots.lead_organisation_id =
        tasks
            .AddOrganisation(
                {0, "Viện Hải dương học", OrganisationKind::ResearchInstitute, "", "Nha Trang", ""},
                t.s.officer)
            .id;
    tasks.Propose(grassroots, t.s.officer);
    CHECK(Refusal([&] {
              tasks.AddOrganisation(
                  {0, "Viện Hải dương học", OrganisationKind::ResearchInstitute, "", "", ""}, t.s.officer);
          }).Code() == ErrorCode::Duplicate);

    CHECK(tasks.List({}).size() == 2);
    TaskFilter provincial;
    provincial.level = TaskLevel::Provincial;
    const auto found = tasks.List(provincial);
    REQUIRE(found.size() == 1);
    CHECK(found[0].task.code == "ĐTCT.2026.01");
    CHECK(found[0].lead_name == t.s.parent.name);
    CHECK(found[0].task.CoFunded());  // the list carries what the targets and the page need
    CHECK(found[0].task.outputs.size() == 2);
    TaskFilter by_selection;
    by_selection.award_mode = AwardMode::Selection;
    const auto selected = tasks.List(by_selection);
    REQUIRE(selected.size() == 1);
    CHECK(selected[0].lead_name == "Viện Hải dương học");
    TaskFilter in_progress;
    in_progress.state = S::InProgress;
    CHECK(tasks.List(in_progress).size() == 1);
}

TEST_CASE("A task's unreported milestones and its contract's end are in the deadlines until done", "[db]") {
    testing::TestDatabase db;
    TaskScenario t(db);
    auto tasks = t.Tasks();
    const Task task = t.UnderWay();  // the contract ends 30/11/2026
    tasks.AddMilestone(task.id, MilestoneDue("Báo cáo giữa kỳ", "Báo cáo", Day("2026-06-30")), t.s.officer);
    tasks.AddMilestone(task.id, MilestoneDue("Hội thảo", "Kỷ yếu", Day("2026-12-20")), t.s.officer);
    DeadlineService deadlines(db.Store(), t.clock);
    auto of_tasks = [&](int horizon) {
        auto all = deadlines.Upcoming(std::nullopt, horizon);
        std::erase_if(all, [](const Deadline& d) { return d.entity != "task"; });
        return all;
    };
    // As of 10/12/2026: the June milestone is more than 90 days late (counted), the contract's end
    // has passed (listed, overdue), the December milestone is due within 30 days.
    auto due = of_tasks(30);
    REQUIRE(due.size() == 3);
    CHECK(due[0].kind == DeadlineKind::TaskMilestone);
    CHECK(due[0].count == 1);
    CHECK(due[0].escalation == Escalation::Overdue);
    CHECK(due[1].kind == DeadlineKind::TaskContractEnd);
    CHECK(due[1].entity_id == task.id);
    CHECK(due[1].escalation == Escalation::Overdue);
    CHECK_THAT(due[1].label.vi, Catch::Contains("ĐTCT.2026.01") && Catch::Contains("05/2026/HĐ-KHCN"));
    CHECK(due[2].kind == DeadlineKind::TaskMilestone);
    CHECK(due[2].escalation == Escalation::Due30);
    CHECK_THAT(due[2].label.en, Catch::Contains("milestone 2: Hội thảo"));

    tasks.ReportMilestone(task.id, 1, Day("2026-12-01"), "Báo cáo 9/BC", t.s.officer);
    tasks.DropMilestone(task.id, 2, "Gộp vào hội thảo tổng kết", t.s.officer);
    tasks.RecordAcceptance(task.id,
                           {"Hội đồng", Day("2026-12-05"), AcceptanceResult::Passed, "BB 5", std::nullopt},
                           t.s.officer);
    auto decisions = t.Decisions();
    const auto drafted =
        decisions.Draft(AcceptanceDecision(task.id, "205/QĐ-SKHCN", "2026-12-08"), t.s.officer);
    decisions.Sign(drafted.decision.id, t.s.signer, t.s.verifier, t.s.approver);
    CHECK(of_tasks(30).empty());
    // Accepted on 08/12/2026, followed for 3 years: the first report is due on 08/12/2027.
    const auto year_ahead = of_tasks(400);
    REQUIRE(year_ahead.size() == 1);
    CHECK(year_ahead[0].kind == DeadlineKind::TaskFollowUp);
    CHECK(year_ahead[0].due == Day("2027-12-08"));
}
