// Upcoming deadlines from the stored plans and vouchers.
#include "deadline_service.h"

#include "plan_repositories.h"
#include "task.h"

#include <algorithm>
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

}  // namespace

std::vector<Deadline> DeadlineService::Upcoming(std::optional<CalendarDate> as_of, int horizon_days) {
    const CalendarDate today = as_of.value_or(m_clock.Today());
    const CalendarDate until = today.AddDays(std::max(horizon_days, 0));
    const CalendarDate listed_from = today.AddDays(-kOverdueListedDays);
    auto tx = m_store.Begin(TransactionMode::Read);
    std::vector<Deadline> deadlines;
    for (const auto& plan : tx->Plans().List())
        for (auto& deadline : ReportDueDates(plan, today, until)) deadlines.push_back(std::move(deadline));
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
