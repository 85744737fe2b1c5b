// The plans' work items and reporting duties on both backends: progress recorded, audited, kept
// when the plan is imported again; overdue items; duty occurrences late until received; both in
// the deadlines; role checks.
#include "scenario.h"
#include "test_helpers.h"

#include "domain/deadline_service.h"
#include "domain/reporting_duty_service.h"
#include "domain/target_service.h"
#include "domain/work_item_service.h"
#include "interchange/plan_file.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace innodesk;
using namespace innodesk::domain;
using innodesk::testing::FixedClock;
using innodesk::testing::Refusal;

namespace {

CalendarDate D(int y, unsigned m, unsigned d) {
    return CalendarDate::FromYmd(y, m, d);
}

Plan Import(testing::Scenario& s, const char* file) {
    TargetService service(s.db.Store(), s.clock);
    return service.Import(
        interchange::ReadPlanFile(std::filesystem::path(INNODESK_SOURCE_DIR) / "data" / "plans" / file,
                                  s.db.Text()),
        s.officer);
}

const WorkItemView& Item(const std::vector<WorkItemView>& views, const std::string& code) {
    const auto found =
        std::find_if(views.begin(), views.end(), [&](const WorkItemView& v) { return v.item.code == code; });
    REQUIRE(found != views.end());
    return *found;
}

std::vector<DutyOccurrenceView> Of(const std::vector<DutyOccurrenceView>& views, const std::string& duty) {
    std::vector<DutyOccurrenceView> out;
    for (const auto& v : views)
        if (v.duty.code == duty) out.push_back(v);
    return out;
}

}  // namespace

TEST_CASE(
    "A work item due 31/07/2026 and not done is overdue on 01/08/2026, and its progress survives re-import",
    "[db]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    Import(s, "000-khanh-hoa-dmst-dn-2026.yaml");
    const FixedClock august(D(2026, 8, 10));
    WorkItemService items(db.Store(), august);

    CHECK_FALSE(Item(items.List("KH-DMST-DN-2026", D(2026, 7, 31)), "PL01").overdue);
    const auto on_first = items.List("KH-DMST-DN-2026", D(2026, 8, 1));
    CHECK(on_first.size() == 24);
    CHECK(Item(on_first, "PL01").overdue);
    CHECK(Item(on_first, "PL01").due == D(2026, 7, 31));
    CHECK_FALSE(Item(on_first, "PL12").overdue);  // "Thường xuyên": due at the end of the year
    CHECK(Item(on_first, "PL12").due == D(2026, 12, 31));
    CHECK_FALSE(Item(on_first, "PL08").overdue);  // per Plan No. 1489: no date here
    CHECK_FALSE(Item(on_first, "PL08").due.has_value());

    // Done without saying what was done, by a viewer, or linked to a record that is not there.
    CHECK(Refusal([&] {
              items.Record("KH-DMST-DN-2026", "PL01", WorkItemStatus::Done, D(2026, 8, 5), "", {}, s.officer);
          }).Field() == "result");
    CHECK(Refusal([&] {
              items.Record("KH-DMST-DN-2026", "PL01", WorkItemStatus::InProgress, D(2026, 8, 5), "", {},
                           s.viewer);
          }).Code() == ErrorCode::PermissionDenied);
    CHECK(Refusal([&] {
              items.Record("KH-DMST-DN-2026", "PL01", WorkItemStatus::Done, D(2026, 8, 5), "Đã trình",
                           {WorkItemLink::Parse("application:999999")}, s.officer);
          }).Code() == ErrorCode::NotFound);
    CHECK(Refusal([&] {
              items.Record("KH-DMST-DN-2026", "PL01", WorkItemStatus::Done, D(2026, 8, 5), "Đã trình",
                           {WorkItemLink::Parse("task:999999")}, s.officer);
          }).Code() == ErrorCode::NotFound);
    CHECK(Refusal([&] {
              items.Record("KH-DMST-DN-2026", "PL99", WorkItemStatus::InProgress, D(2026, 8, 5), "", {},
                           s.officer);
          }).Code() == ErrorCode::NotFound);
    CHECK(Refusal([&] {
              items.Record("KH-DMST-DN-2026", "PL01", WorkItemStatus::InProgress, D(2026, 8, 11), "", {},
                           s.officer);
          }).Field() == "date");

    const auto application = s.Recommended(s.parent, 100'000'000, 0);
    items.Record("KH-DMST-DN-2026", "PL01", WorkItemStatus::Late, D(2026, 8, 2), "Chờ ý kiến Sở Tư pháp", {},
                 s.officer);
    const auto done = items.Record("KH-DMST-DN-2026", "PL01", WorkItemStatus::Done, D(2026, 8, 5),
                                   "Đã trình UBND tỉnh dự thảo Nghị quyết",
                                   {WorkItemLink{WorkItemLinkKind::Application, application.id}}, s.officer);
    CHECK(done.id > 0);
    CHECK(done.recorded_by == s.officer.user_name);
    CHECK(Item(items.List("KH-DMST-DN-2026", D(2026, 8, 4)), "PL01").overdue);  // done only on 05/08
    const auto after = Item(items.List("KH-DMST-DN-2026", D(2026, 8, 6)), "PL01");
    CHECK_FALSE(after.overdue);
    REQUIRE(after.latest);
    CHECK(after.latest->status == WorkItemStatus::Done);
    CHECK(after.latest->links.at(0).id == application.id);

    // Imported again (version 2): the progress is keyed by plan and item code and stays.
    const Plan again = Import(s, "000-khanh-hoa-dmst-dn-2026.yaml");
    CHECK(again.version == 2);
    const auto detail = items.Show("KH-DMST-DN-2026", "PL01", D(2026, 8, 6));
    CHECK(detail.history.size() == 2);
    CHECK_FALSE(detail.view.overdue);

    auto tx = db.Store().Begin(TransactionMode::Read);
    const auto entries = tx->Audit().ForEntity("plan", again.id);
    CHECK(std::count_if(entries.begin(), entries.end(),
                        [](const auto& e) { return e.action == "workitem.progress"; }) == 2);
}

TEST_CASE("A recurring work item is overdue once a year of its plan ends without it done", "[db]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    Import(s, "000-khanh-hoa-dmst-dn-2026.yaml");
    const FixedClock december(D(2026, 12, 20));
    WorkItemService items(db.Store(), december);
    CHECK(Item(items.List("KH-DMST-DN-2026", D(2027, 1, 1)), "PL14").overdue);
    items.Record("KH-DMST-DN-2026", "PL14", WorkItemStatus::Done, D(2026, 12, 20),
                 "Đã thông báo kêu gọi đề xuất năm 2026", {}, s.officer);
    CHECK_FALSE(Item(items.List("KH-DMST-DN-2026", D(2027, 1, 1)), "PL14").overdue);
}

TEST_CASE("A duty due before 20/12 is late on 20/12 and still late on 15/03 until it is received", "[db]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    Import(s, "001-khanh-hoa-khcn-dmst-cds-2026.yaml");
    const FixedClock march(D(2027, 3, 20));
    ReportingDutyService duties(db.Store(), march);
    const std::string plan = "KH-KHCN-DMST-CDS-2026";

    const auto q4 = [&](const CalendarDate& as_of, std::optional<Period> period = std::nullopt) {
        for (const auto& v : Of(duties.List(plan, period, as_of), "R01"))
            if (v.occurrence.period == "2026-Q4") return v;
        FAIL("no 2026-Q4 occurrence listed");
        throw std::logic_error("unreachable");
    };
    CHECK(q4(D(2026, 12, 19)).occurrence.due == D(2026, 12, 19));  // "trước ngày 20": by the 19th
    CHECK(q4(D(2026, 12, 19)).state == DutyState::Due);
    CHECK(q4(D(2026, 12, 20)).state == DutyState::Late);
    // Next year, over next year's period, it is still listed: late, 85 days past its date.
    const auto still = q4(D(2027, 3, 15), Period::Year(2027));
    CHECK(still.state == DutyState::Late);
    CHECK(still.days_late == 86);
    CHECK_FALSE(Of(duties.List(plan, Period::Year(2027), D(2027, 3, 15), true), "R01").empty());

    CHECK(Refusal([&] {
              duties.Receive(plan, "R01", "2026-Q4", D(2027, 3, 16), "12/BC-SXD", s.viewer);
          }).Code() == ErrorCode::PermissionDenied);
    CHECK(Refusal([&] {
              duties.Receive(plan, "R01", "2026-Q5", D(2027, 3, 16), "12/BC-SXD", s.officer);
          }).Field() == "period");
    CHECK(Refusal([&] { duties.Receive(plan, "R01", "2026-Q4", D(2027, 3, 16), " ", s.officer); }).Field() ==
          "number");
    CHECK(Refusal([&] {
              duties.Receive(plan, "R01", "2026-Q4", D(2027, 3, 21), "12/BC", s.officer);
          }).Field() == "date");
    CHECK(Refusal([&] {
              duties.Receive(plan, "R99", "2026-Q4", D(2027, 3, 16), "12/BC", s.officer);
          }).Code() == ErrorCode::NotFound);

    const auto receipt = duties.Receive(plan, "R01", "2026-Q4", D(2027, 3, 16), "12/BC-SXD", s.officer);
    CHECK(receipt.id > 0);
    CHECK(q4(D(2027, 3, 15), Period::Year(2027)).state == DutyState::Late);  // not yet received that day
    const auto received = q4(D(2027, 3, 17), Period::Year(2026));
    CHECK(received.state == DutyState::Received);
    CHECK(received.receipt->document_number == "12/BC-SXD");
    CHECK(received.days_late == 87);
    CHECK(Of(duties.List(plan, Period::Year(2027), D(2027, 3, 17), true), "R01").size() == 3);  // Q1–Q3
    CHECK(Refusal([&] {
              duties.Receive(plan, "R01", "2026-Q4", D(2027, 3, 17), "13/BC", s.officer);
          }).Code() == ErrorCode::Duplicate);

    // Imported again: the receipt is kept.
    const Plan again = Import(s, "001-khanh-hoa-khcn-dmst-cds-2026.yaml");
    CHECK(q4(D(2027, 3, 17), Period::Year(2026)).state == DutyState::Received);
    auto tx = db.Store().Begin(TransactionMode::Read);
    const auto entries = tx->Audit().ForEntity("plan", again.id);
    CHECK(std::count_if(entries.begin(), entries.end(),
                        [](const auto& e) { return e.action == "duty.receive"; }) == 1);
}

TEST_CASE("Deadlines list late duties and overdue work items until they are received or done", "[db]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    Import(s, "000-khanh-hoa-dmst-dn-2026.yaml");
    const FixedClock august(D(2026, 8, 10));
    DeadlineService deadlines(db.Store(), august);
    const auto on = [&](const CalendarDate& date, DeadlineKind kind) {
        std::vector<Deadline> out;
        for (auto& d : deadlines.Upcoming(date, 30))
            if (d.kind == kind) out.push_back(d);
        return out;
    };
    // 01/08/2026: rows 1–5 (Tháng 7/2026) are overdue: more than three, one counted line.
    const auto overdue = on(D(2026, 8, 1), DeadlineKind::WorkItem);
    REQUIRE(overdue.size() == 1);
    CHECK(overdue[0].count == 5);
    CHECK(overdue[0].escalation == Escalation::Overdue);
    CHECK(overdue[0].label.en == "5 work items of plan KH-DMST-DN-2026 overdue, not done");
    WorkItemService items(db.Store(), august);
    for (const char* code : {"PL01", "PL02", "PL03"})
        items.Record("KH-DMST-DN-2026", code, WorkItemStatus::Done, D(2026, 8, 5), "Đã trình", {}, s.officer);
    const auto named = on(D(2026, 8, 6), DeadlineKind::WorkItem);
    REQUIRE(named.size() == 2);  // PL04 and PL05, named
    CHECK_THAT(named[0].label.vi, Catch::StartsWith("Nhiệm vụ PL04 (KH-DMST-DN-2026) quá hạn: Nghiên cứu"));

    // 000's duty: the units' report before 10/01/2027 (by 09/01) is late from 10/01 until received.
    const auto reports = on(D(2027, 1, 10), DeadlineKind::Report);
    REQUIRE(reports.size() == 1);
    CHECK(reports[0].escalation == Escalation::Overdue);
    CHECK(reports[0].due == D(2027, 1, 9));
    CHECK_THAT(reports[0].label.en, Catch::Contains("late, not received"));
    const FixedClock january(D(2027, 1, 12));
    ReportingDutyService(db.Store(), january)
        .Receive("KH-DMST-DN-2026", "R01", "2026", D(2027, 1, 12), "05/BC-UBND", s.officer);
    CHECK(on(D(2027, 1, 12), DeadlineKind::Report).empty());
}
