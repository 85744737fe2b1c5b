// Work items' progress: reading it as of a date and recording it.
#include "work_item_service.h"

#include "audit_recorder.h"
#include "record_lookup.h"

#include <algorithm>
#include <map>

namespace innodesk::domain {
namespace {

const WorkItem& RequireItem(const Plan& plan, const std::string& code) {
    if (const WorkItem* item = plan.FindWorkItem(code)) return *item;
    throw DomainError(ErrorCode::NotFound,
                      {"Kế hoạch '" + plan.code + "' không có nhiệm vụ mã '" + code +
                           "'. Xem danh sách bằng 'innodesk-cli workitem list --plan " + plan.code + "'.",
                       "Plan '" + plan.code + "' has no work item '" + code +
                           "'. List them with 'innodesk-cli workitem list --plan " + plan.code + "'."},
                      "item");
}

std::optional<CalendarDate> MeasuredDue(const WorkItem& item, const Plan& plan, const CalendarDate& as_of) {
    if (item.timing.kind == TimingKind::Reference) return std::nullopt;
    if (item.timing.kind != TimingKind::Recurring) return item.timing.Due();
    const int year = std::clamp(as_of.Year(), plan.first_year, plan.last_year);
    return CalendarDate::FromYmd(year, 12, 31);
}

}  // namespace

std::vector<WorkItemView> ViewWorkItems(const Plan& plan, const std::vector<WorkItemProgress>& progress,
                                        const CalendarDate& as_of) {
    std::map<std::string, std::vector<WorkItemProgress>> by_item;
    for (const auto& p : progress)
        if (p.date <= as_of) by_item[p.item_code].push_back(p);
    std::vector<WorkItemView> views;
    views.reserve(plan.work_items.size());
    for (const auto& item : plan.work_items) {
        WorkItemView view;
        view.item = item;
        const auto& records = by_item[item.code];
        if (const WorkItemProgress* latest = LatestProgress(records)) view.latest = *latest;
        view.overdue = IsOverdue(item, records, as_of, plan.first_year, plan.last_year);
        view.due = MeasuredDue(item, plan, as_of);
        views.push_back(std::move(view));
    }
    return views;
}

std::vector<WorkItemView> WorkItemService::List(const std::string& plan_code,
                                                std::optional<CalendarDate> as_of) {
    auto tx = m_store.Begin(TransactionMode::Read);
    const Plan plan = RequirePlan(*tx, plan_code);
    return ViewWorkItems(plan, tx->WorkItemProgress().ForPlan(plan.code), as_of.value_or(m_clock.Today()));
}

WorkItemDetail WorkItemService::Show(const std::string& plan_code, const std::string& item_code,
                                     std::optional<CalendarDate> as_of) {
    auto tx = m_store.Begin(TransactionMode::Read);
    Plan plan = RequirePlan(*tx, plan_code);
    const WorkItem item = RequireItem(plan, item_code);
    std::vector<WorkItemProgress> history;
    for (auto& p : tx->WorkItemProgress().ForPlan(plan.code))
        if (p.item_code == item.code) history.push_back(std::move(p));
    plan.work_items = {item};
    WorkItemDetail detail;
    detail.view = ViewWorkItems(plan, history, as_of.value_or(m_clock.Today())).at(0);
    detail.history = std::move(history);
    return detail;
}

WorkItemProgress WorkItemService::Record(const std::string& plan_code, const std::string& item_code,
                                         WorkItemStatus status, const CalendarDate& date,
                                         const std::string& result, const std::vector<WorkItemLink>& links,
                                         const Actor& actor) {
    RequireRole(m_store, actor, {Role::Officer, Role::Admin}, "ghi tiến độ nhiệm vụ của kế hoạch",
                "record work item progress");
    if (date > m_clock.Today())
        throw DomainError(ErrorCode::InvalidValue,
                          {"Ngày ghi tiến độ " + date.Format() + " chưa tới.",
                           "The progress date " + date.Format() + " is after today."},
                          "date");
    WorkItemProgress progress;
    progress.status = status;
    progress.date = date;
    progress.result = result;
    progress.links = links;
    ValidateProgress(progress);
    auto tx = m_store.Begin(TransactionMode::Write);
    const Plan plan = RequirePlan(*tx, plan_code);
    const WorkItem& item = RequireItem(plan, item_code);
    for (const auto& link : links) {
        const bool found =
            link.kind == WorkItemLinkKind::Application ? tx->Applications().FindById(link.id).has_value()
            : link.kind == WorkItemLinkKind::Decision  ? tx->Decisions().FindById(link.id).has_value()
                                                       : tx->Tasks().FindById(link.id).has_value();
        if (!found)
            throw DomainError(ErrorCode::NotFound,
                              {"Không có " + std::string(EntryOf(WorkItemLinkKinds(), link.kind).vi) +
                                   " số " + std::to_string(link.id) + " để liên kết.",
                               "There is no " + std::string(EntryOf(WorkItemLinkKinds(), link.kind).en) +
                                   " " + std::to_string(link.id) + " to link."},
                              "link");
    }
    progress.plan_code = plan.code;
    progress.item_code = item.code;
    progress.recorded_by = actor.user_name;
    progress.recorded_at_unix = m_clock.NowUnixSeconds();
    progress.id = tx->WorkItemProgress().Add(progress);
    JsonValue::Array link_codes;
    for (const auto& link : links) link_codes.push_back(link.Code());
    RecordChange(*tx, m_clock, actor, "workitem.progress", "plan", plan.id, nullptr,
                 JsonValue::Object{{"plan", plan.code},
                                   {"item", item.code},
                                   {"status", std::string(EntryOf(WorkItemStatuses(), status).code)},
                                   {"date", date.Iso()},
                                   {"result", result},
                                   {"links", link_codes},
                                   {"progress_id", progress.id}});
    tx->Commit();
    return progress;
}

}  // namespace innodesk::domain
