// Escalation levels and the due dates of a plan's reports.
#include "deadline.h"

#include <algorithm>
#include <array>

namespace innodesk::domain {
namespace {

constexpr std::array<EnumEntry<Escalation>, 4> kEscalations{{
    {Escalation::Overdue, "overdue", "Quá hạn", "Overdue"},
    {Escalation::Due7, "due_7", "Đến hạn trong 7 ngày", "Due within 7 days"},
    {Escalation::Due30, "due_30", "Đến hạn trong 30 ngày", "Due within 30 days"},
    {Escalation::Later, "later", "Còn hơn 30 ngày", "More than 30 days away"},
}};

constexpr std::array<EnumEntry<DeadlineKind>, 7> kKinds{{
    {DeadlineKind::Report, "report", "Báo cáo", "Report"},
    {DeadlineKind::VoucherExpiry, "voucher_expiry", "Phiếu hỗ trợ hết hạn", "Voucher expiry"},
    {DeadlineKind::ContractEnd, "contract_end", "Hợp đồng hết hạn, đến hạn nghiệm thu",
     "Contract ends, acceptance due"},
    {DeadlineKind::TaskMilestone, "task_milestone", "Mốc tiến độ nhiệm vụ", "Task milestone"},
    {DeadlineKind::TaskContractEnd, "task_contract_end", "Nhiệm vụ hết hạn hợp đồng, đến hạn nghiệm thu",
     "Task contract ends, acceptance due"},
    {DeadlineKind::TaskFollowUp, "task_follow_up", "Báo cáo ứng dụng kết quả nhiệm vụ",
     "Report on a task's results in use"},
    {DeadlineKind::WorkItem, "work_item", "Nhiệm vụ của kế hoạch", "Plan work item"},
}};

Deadline ReportDeadlineOn(const Plan& plan, const ReportDeadline& report, const CalendarDate& due,
                          const LocalisedText& covering) {
    Deadline d;
    d.due = due;
    d.kind = DeadlineKind::Report;
    d.label = covering.vi.empty() ? report.label
                                  : LocalisedText{report.label.vi + " (" + covering.vi + ")",
                                                  report.label.en + " (" + covering.en + ")"};
    d.plan_code = plan.code;
    return d;
}

}  // namespace

std::span<const EnumEntry<Escalation>> Escalations() {
    return kEscalations;
}
std::span<const EnumEntry<DeadlineKind>> DeadlineKinds() {
    return kKinds;
}

Escalation EscalationFor(const CalendarDate& due, const CalendarDate& as_of) {
    const int days = as_of.DaysUntil(due);
    if (days < 0) return Escalation::Overdue;
    if (days <= 7) return Escalation::Due7;
    if (days <= 30) return Escalation::Due30;
    return Escalation::Later;
}

std::vector<Deadline> ReportDueDates(const Plan& plan, const CalendarDate& from, const CalendarDate& to) {
    std::vector<Deadline> deadlines;
    for (const auto& report : plan.reports)
        for (const DutyOccurrence& occurrence : Occurrences(report, plan.first_year, plan.last_year))
            if (occurrence.due >= from && occurrence.due <= to)
                deadlines.push_back(ReportDeadlineOn(
                    plan, report, occurrence.due,
                    report.rule == ReportRule::Once ? LocalisedText{} : occurrence.period_label));
    std::stable_sort(deadlines.begin(), deadlines.end(),
                     [](const Deadline& a, const Deadline& b) { return a.due < b.due; });
    return deadlines;
}

}  // namespace innodesk::domain
