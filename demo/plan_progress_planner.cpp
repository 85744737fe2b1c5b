// The plans' progress planner. Deterministic: what happens to an occurrence or an item follows from
// its place in the plan's lists, so a seed's database is the same from run to run.
#include "demo/plan_progress_planner.h"

#include "domain/reporting_duty_service.h"
#include "domain/target_service.h"
#include "domain/work_item_service.h"

#include <algorithm>
#include <string>

namespace innodesk::demo {
namespace {

using domain::CalendarDate;

// Not after today, not before `floor`.
CalendarDate Clamp(const CalendarDate& date, const CalendarDate& floor, const CalendarDate& today) {
    return std::min(std::max(date, floor), today);
}

void ReceiveReports(domain::ReportingDutyService duties, const std::string& plan_code,
                    const CalendarDate& today, const domain::Actor& officer, PlanProgressSummary& summary) {
    std::size_t n = 0;
    for (const auto& view : duties.List(plan_code, std::nullopt, today)) {
        if (view.state == domain::DutyState::Received || view.occurrence.due >= today) continue;
        const std::size_t turn = n++ % 4;
        if (turn == 3) continue;  // not yet received: it stays late on the Dashboard
        const bool late = turn == 1;
        const CalendarDate on =
            Clamp(view.occurrence.due.AddDays(late ? 6 : -2), view.occurrence.due.AddDays(-20), today);
        duties.Receive(plan_code, view.duty.code, view.occurrence.period, on,
                       std::to_string(100 + summary.receipts) + "/BC-" + std::to_string(on.Year()), officer);
        ++summary.receipts;
        if (on > view.occurrence.due) ++summary.late_receipts;
    }
}

void ReportWork(domain::WorkItemService items, const std::string& plan_code, const CalendarDate& today,
                const domain::Actor& officer, PlanProgressSummary& summary) {
    std::size_t n = 0;
    for (const auto& view : items.List(plan_code, today)) {
        const std::size_t turn = n++ % 3;
        const bool past = view.due && *view.due < today;
        domain::WorkItemStatus status = domain::WorkItemStatus::InProgress;
        CalendarDate on = today.AddDays(-10);
        std::string result = "Đang triển khai theo kế hoạch.";
        if (past && turn == 0) {
            status = domain::WorkItemStatus::Done;
            on = view.due->AddDays(-3);
            result = "Đã hoàn thành; báo cáo kết quả gửi Sở KH&CN.";
        } else if (past && turn == 1) {
            status = domain::WorkItemStatus::Late;
            on = view.due->AddDays(5);
            result = "Chậm tiến độ do chờ bố trí kinh phí.";
        } else if (past || turn == 2) {
            continue;  // no word from the lead unit: overdue once its date passes
        }
        items.Record(plan_code, view.item.code, status,
                     Clamp(on, CalendarDate::FromYmd(today.Year() - 1, 1, 1), today), result, {}, officer);
        ++summary.progress;
    }
}

}  // namespace

PlanProgressSummary RecordPlanProgress(domain::Store& store, const domain::Clock& clock,
                                       const domain::Actor& officer) {
    PlanProgressSummary summary;
    const CalendarDate today = clock.Today();
    for (const auto& plan : domain::TargetService(store, clock).List()) {
        ReceiveReports(domain::ReportingDutyService(store, clock), plan.code, today, officer, summary);
        ReportWork(domain::WorkItemService(store, clock), plan.code, today, officer, summary);
    }
    return summary;
}

}  // namespace innodesk::demo
