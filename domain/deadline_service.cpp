// Upcoming deadlines from the stored plans and vouchers.
#include "deadline_service.h"

#include "plan_repositories.h"
#include "reporting_duty_service.h"
#include "task.h"
#include "work_item_service.h"

#include <algorithm>
#include <map>
#include <string>
#include <utility>

namespace innodesk::domain {

namespace {

// Vouchers that expired within this many days are listed one by one: an officer follows each
// up with its enterprise. Older ones are a clean-up for the programme (cancel or close them) and
// are counted in one line, so that years of neglected vouchers neither bury the near deadlines
// nor cost the dashboard a read of every one of them.
constexpr int kOverdueListedDays = 90;
// Up to this many vouchers expiring on one day are named one by one; more (a programme's vouchers
// often all end on 31/12) make one line with their number, the Vouchers page lists them.
constexpr std::int64_t kVouchersNamedPerDay = 3;

Deadline VoucherExpiry(const VoucherFact& voucher) {
    Deadline d;
    d.due = voucher.valid_until;
    d.kind = DeadlineKind::VoucherExpiry;
    d.label = {"Phiếu " + voucher.serial + " hết hạn sử dụng", "Voucher " + voucher.serial + " expires"};
    d.entity = "voucher";
    d.entity_id = voucher.id;
    d.enterprise_id = voucher.enterprise_id;
    return d;
}

// One line standing for `count` records of a kind, dated `due`.
Deadline CountedLine(const CalendarDate& due, DeadlineKind kind, const char* entity, std::int64_t count,
                     LocalisedText label) {
    Deadline d;
    d.due = due;
    d.kind = kind;
    d.count = count;
    d.label = std::move(label);
    d.entity = entity;
    return d;
}

Deadline VouchersExpiringOn(const ExpiryDay& day) {
    const std::string n = std::to_string(day.count);
    return CountedLine(day.date, DeadlineKind::VoucherExpiry, "voucher", day.count,
                       {n + " phiếu hết hạn sử dụng ngày " + day.date.Format(),
                        n + " vouchers expire on " + day.date.Format()});
}

Deadline LongExpired(const PastDue& expired, const CalendarDate& listed_from) {
    const std::string n = std::to_string(expired.count);
    return CountedLine(*expired.latest, DeadlineKind::VoucherExpiry, "voucher", expired.count,
                       {n + " phiếu hết hạn trước " + listed_from.Format() + " vẫn chưa được sử dụng hay huỷ",
                        n + (expired.count == 1 ? " voucher" : " vouchers") + " expired before " +
                            listed_from.Format() + ", still neither redeemed nor cancelled"});
}

Deadline ContractEnds(const ContractDue& contract) {
    Deadline d;
    d.due = contract.ends_on;
    d.kind = DeadlineKind::ContractEnd;
    d.label = {"Nghiệm thu hợp đồng " + contract.contract_number + " (" + contract.enterprise_name +
                   "): hợp đồng hết hạn",
               "Acceptance of contract " + contract.contract_number + " (" + contract.enterprise_name +
                   "): the contract ends"};
    d.entity = "application";
    d.entity_id = contract.application_id;
    d.enterprise_id = contract.enterprise_id;
    return d;
}

Deadline LongUnaccepted(const PastDue& past, const CalendarDate& listed_from) {
    const std::string n = std::to_string(past.count);
    return CountedLine(*past.latest, DeadlineKind::ContractEnd, "application", past.count,
                       {n + " hợp đồng hết hạn trước " + listed_from.Format() + " vẫn chưa nghiệm thu",
                        n + (past.count == 1 ? " contract" : " contracts") + " ended before " +
                            listed_from.Format() + ", still not accepted"});
}

Deadline TaskDate(const TaskDue& due) {
    Deadline d;
    d.due = due.due;
    d.entity = "task";
    d.entity_id = due.task_id;
    if (due.milestone == 0) {
        d.kind = DeadlineKind::TaskContractEnd;
        d.label = {"Nghiệm thu nhiệm vụ " + due.code + " (hợp đồng " + due.what + " hết hạn)",
                   "Acceptance of task " + due.code + " (contract " + due.what + " ends)"};
    } else {
        d.kind = DeadlineKind::TaskMilestone;
        d.label = {"Nhiệm vụ " + due.code + ", mốc " + std::to_string(due.milestone) + ": " + due.what,
                   "Task " + due.code + ", milestone " + std::to_string(due.milestone) + ": " + due.what};
    }
    return d;
}

// Task dates long past: counted in one line each, like the vouchers and contracts above.
void AddTaskDates(Transaction& tx, const CalendarDate& listed_from, const CalendarDate& until,
                  std::vector<Deadline>& deadlines) {
    if (const auto past = tx.Tasks().OpenMilestonesDueBefore(listed_from); past.count > 0) {
        const std::string n = std::to_string(past.count);
        deadlines.push_back(CountedLine(
            *past.latest, DeadlineKind::TaskMilestone, "task", past.count,
            {n + " mốc tiến độ nhiệm vụ đến hạn trước " + listed_from.Format() + " vẫn chưa báo cáo",
             n + (past.count == 1 ? " task milestone" : " task milestones") + " due before " +
                 listed_from.Format() + ", still not reported"}));
    }
    if (const auto past = tx.Tasks().ContractsEndedBefore(listed_from); past.count > 0) {
        const std::string n = std::to_string(past.count);
        deadlines.push_back(CountedLine(
            *past.latest, DeadlineKind::TaskContractEnd, "task", past.count,
            {n + " nhiệm vụ hết hạn hợp đồng trước " + listed_from.Format() + " vẫn chưa nghiệm thu",
             n + (past.count == 1 ? " task" : " tasks") + " whose contract ended before " +
                 listed_from.Format() + ", still not accepted"}));
    }
    for (const auto& task : tx.Tasks().FollowedTasks()) {
        const auto due = NextFollowUpDue(task.accepted_on, task.follow_up_years, task.uses_reported);
        if (!due || *due > until) continue;
        const std::string year = std::to_string(task.uses_reported + 1);
        Deadline d;
        d.due = *due;
        d.kind = DeadlineKind::TaskFollowUp;
        d.entity = "task";
        d.entity_id = task.task_id;
        d.label = {
            "Nhiệm vụ " + task.code + ": báo cáo ứng dụng kết quả năm thứ " + year + " sau nghiệm thu",
            "Task " + task.code + ": report on its results in use, year " + year + " after acceptance"};
        deadlines.push_back(std::move(d));
    }
    for (const auto& due : tx.Tasks().OpenMilestonesDue({listed_from, until}, 10000))
        deadlines.push_back(TaskDate(due));
    for (const auto& due : tx.Tasks().ContractsEnding({listed_from, until}, 10000))
        deadlines.push_back(TaskDate(due));
}

// Up to this many overdue work items of a plan, or due on one day, are named; more make one line.
constexpr std::size_t kWorkItemsNamed = 3;

// The first `limit` bytes of `text` or fewer, cut between characters, with "…" when cut.
std::string Shortened(const std::string& text, std::size_t limit) {
    if (text.size() <= limit) return text;
    std::size_t end = limit;
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
    return text.substr(0, end) + "…";
}

Deadline DutyDue(const DutyOccurrenceView& view) {
    Deadline d;
    d.due = view.occurrence.due;
    d.kind = DeadlineKind::Report;
    d.label = {view.duty.label.vi + " (" + view.occurrence.period_label.vi + ")",
               view.duty.label.en + " (" + view.occurrence.period_label.en + ")"};
    d.plan_code = view.plan_code;
    d.entity = "duty";
    return d;
}

// A duty's occurrences past their date and not received: one line, dated with the earliest.
Deadline DutyLate(const std::vector<const DutyOccurrenceView*>& late) {
    std::string vi, en;
    for (const auto* view : late) {
        vi += (vi.empty() ? "" : ", ") + view->occurrence.period_label.vi;
        en += (en.empty() ? "" : ", ") + view->occurrence.period_label.en;
    }
    const auto& duty = late.front()->duty;
    Deadline d;
    d.due = late.front()->occurrence.due;
    d.kind = DeadlineKind::Report;
    d.label = {duty.label.vi + ": trễ hạn, chưa nhận (" + vi + ")",
               duty.label.en + ": late, not received (" + en + ")"};
    d.plan_code = late.front()->plan_code;
    d.entity = "duty";
    d.count = static_cast<std::int64_t>(late.size());
    return d;
}

Deadline WorkItemLine(const std::string& plan_code, const WorkItemView& view, bool overdue) {
    Deadline d;
    d.due = *view.due;
    d.kind = DeadlineKind::WorkItem;
    const std::string content_vi = Shortened(view.item.content.vi, 90),
                      content_en = Shortened(view.item.content.en, 90);
    d.label =
        overdue ? LocalisedText{"Nhiệm vụ " + view.item.code + " (" + plan_code + ") quá hạn: " + content_vi,
                                "Work item " + view.item.code + " (" + plan_code + ") overdue: " + content_en}
                : LocalisedText{"Nhiệm vụ " + view.item.code + " (" + plan_code + ") đến hạn: " + content_vi,
                                "Work item " + view.item.code + " (" + plan_code + ") due: " + content_en};
    d.plan_code = plan_code;
    d.entity = "work_item";
    return d;
}

Deadline WorkItemsCounted(const std::string& plan_code, const CalendarDate& due, std::size_t count,
                          bool overdue) {
    const std::string n = std::to_string(count);
    return CountedLine(
        due, DeadlineKind::WorkItem, "work_item", static_cast<std::int64_t>(count),
        overdue ? LocalisedText{n + " nhiệm vụ của kế hoạch " + plan_code + " quá hạn, chưa hoàn thành",
                                n + " work items of plan " + plan_code + " overdue, not done"}
                : LocalisedText{n + " nhiệm vụ của kế hoạch " + plan_code + " đến hạn ngày " + due.Format(),
                                n + " work items of plan " + plan_code + " due on " + due.Format()});
}

// A plan's duties due in [today, until] and not received, and those late, one line a duty.
void AddDuties(const Plan& plan, const std::vector<DutyReceipt>& receipts, const CalendarDate& today,
               const CalendarDate& until, std::vector<Deadline>& deadlines) {
    const auto views = ViewDuties(plan, receipts, today, today, until);
    std::map<std::string, std::vector<const DutyOccurrenceView*>> late;
    for (const auto& view : views) {
        if (view.state == DutyState::Late)
            late[view.duty.code].push_back(&view);
        else if (view.state == DutyState::Due)
            deadlines.push_back(DutyDue(view));
    }
    for (const auto& [code, occurrences] : late) deadlines.push_back(DutyLate(occurrences));
}

// A plan's work items overdue on `today` and those due by `until` that are not done or dropped.
void AddWorkItems(const Plan& plan, const std::vector<WorkItemProgress>& progress, const CalendarDate& today,
                  const CalendarDate& until, std::vector<Deadline>& deadlines) {
    std::vector<const WorkItemView*> overdue;
    std::map<CalendarDate, std::vector<const WorkItemView*>> due_on;
    const auto views = ViewWorkItems(plan, progress, today);
    for (const auto& view : views) {
        if (view.overdue) {
            overdue.push_back(&view);
            continue;
        }
        const bool closed = view.latest && (view.latest->status == WorkItemStatus::Done ||
                                            view.latest->status == WorkItemStatus::Dropped);
        if (!closed && view.due && *view.due >= today && *view.due <= until)
            due_on[*view.due].push_back(&view);
    }
    if (overdue.size() > kWorkItemsNamed) {
        CalendarDate earliest = today;
        for (const auto* view : overdue)
            if (view->due && *view->due < earliest) earliest = *view->due;
        deadlines.push_back(WorkItemsCounted(plan.code, earliest, overdue.size(), true));
    } else {
        for (const auto* view : overdue) {
            WorkItemView dated = *view;
            // A recurring item is overdue for the last year it missed; date it at that year's end.
            if (!dated.due || *dated.due >= today)
                dated.due = CalendarDate::FromYmd(today.Year() - 1, 12, 31);
            deadlines.push_back(WorkItemLine(plan.code, dated, true));
        }
    }
    for (const auto& [date, items] : due_on) {
        if (items.size() > kWorkItemsNamed)
            deadlines.push_back(WorkItemsCounted(plan.code, date, items.size(), false));
        else
            for (const auto* view : items) deadlines.push_back(WorkItemLine(plan.code, *view, false));
    }
}

}  // namespace

std::vector<Deadline> DeadlineService::Upcoming(std::optional<CalendarDate> as_of, int horizon_days) {
    const CalendarDate today = as_of.value_or(m_clock.Today());
    const CalendarDate until = today.AddDays(std::max(horizon_days, 0));
    const CalendarDate listed_from = today.AddDays(-kOverdueListedDays);
    auto tx = m_store.Begin(TransactionMode::Read);
    std::vector<Deadline> deadlines;
    const auto receipts = tx->DutyReceipts().ForPlan({});
    for (const auto& plan : tx->Plans().List()) {
        AddDuties(plan, receipts, today, until, deadlines);
        if (!plan.work_items.empty())
            AddWorkItems(plan, tx->WorkItemProgress().ForPlan(plan.code), today, until, deadlines);
    }
    if (const auto expired = tx->Metrics().IssuedVouchersExpiredBefore(listed_from); expired.count > 0)
        deadlines.push_back(LongExpired(expired, listed_from));
    for (const auto& day : tx->Metrics().IssuedVoucherExpiryDays({listed_from, until})) {
        if (day.count > kVouchersNamedPerDay) {
            deadlines.push_back(VouchersExpiringOn(day));
            continue;
        }
        for (const auto& voucher :
             tx->Metrics().IssuedVouchersExpiring({day.date, day.date}, kVouchersNamedPerDay))
            deadlines.push_back(VoucherExpiry(voucher));
    }
    if (const auto past = tx->Metrics().OpenContractsEndedBefore(listed_from); past.count > 0)
        deadlines.push_back(LongUnaccepted(past, listed_from));
    for (const auto& contract : tx->Metrics().OpenContractsEnding({listed_from, until}, 10000))
        deadlines.push_back(ContractEnds(contract));
    AddTaskDates(*tx, listed_from, until, deadlines);
    for (auto& d : deadlines) d.escalation = EscalationFor(d.due, today);
    std::stable_sort(deadlines.begin(), deadlines.end(),
                     [](const Deadline& a, const Deadline& b) { return a.due < b.due; });
    return deadlines;
}

}  // namespace innodesk::domain
