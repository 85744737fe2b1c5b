// Upcoming deadlines with escalation: the report due dates of the stored plans and the expiry
// of live vouchers.
#pragma once

#include "calendar_date.h"
#include "enum_table.h"
#include "errors.h"
#include "plan.h"

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace innodesk::domain {

enum class Escalation {
    Overdue,  // the date has passed and the thing is still open
    Due7,     // due within 7 days
    Due30,    // due within 30 days
    Later,    // further away (listed only when asked for)
};
std::span<const EnumEntry<Escalation>> Escalations();  // overdue, due_7, due_30, later
Escalation EscalationFor(const CalendarDate& due, const CalendarDate& as_of);

enum class DeadlineKind { Report, VoucherExpiry, ContractEnd, TaskMilestone, TaskContractEnd, TaskFollowUp };
// report, voucher_expiry, contract_end, task_milestone, task_contract_end, task_follow_up
std::span<const EnumEntry<DeadlineKind>> DeadlineKinds();

struct Deadline {
    CalendarDate due;
    DeadlineKind kind = DeadlineKind::Report;
    Escalation escalation = Escalation::Later;
    LocalisedText label;    // "Báo cáo quý III/2026 gửi Sở KH&CN" / "Q3 2026 report to DOST"
    std::string plan_code;  // for reports
    std::string entity;     // "voucher", "application", "task"; empty for reports
    std::int64_t entity_id = 0;
    std::int64_t enterprise_id = 0;
    std::int64_t count = 1;  // records behind the line: more than one when they are counted together
};

// The due dates a plan's report rules produce between `from` and `to` (inclusive), in order.
std::vector<Deadline> ReportDueDates(const Plan& plan, const CalendarDate& from, const CalendarDate& to);

}  // namespace innodesk::domain
