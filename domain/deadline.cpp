// Escalation levels and the due dates of a plan's reports.
#include "deadline.h"

#include "period.h"

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

constexpr std::array<EnumEntry<DeadlineKind>, 6> kKinds{{
    {DeadlineKind::Report, "report", "Báo cáo", "Report"},
    {DeadlineKind::VoucherExpiry, "voucher_expiry", "Phiếu hỗ trợ hết hạn", "Voucher expiry"},
    {DeadlineKind::ContractEnd, "contract_end", "Hợp đồng hết hạn, đến hạn nghiệm thu",
     "Contract ends, acceptance due"},
    {DeadlineKind::TaskMilestone, "task_milestone", "Mốc tiến độ nhiệm vụ", "Task milestone"},
    {DeadlineKind::TaskContractEnd, "task_contract_end", "Nhiệm vụ hết hạn hợp đồng, đến hạn nghiệm thu",
     "Task contract ends, acceptance due"},
    {DeadlineKind::TaskFollowUp, "task_follow_up", "Báo cáo ứng dụng kết quả nhiệm vụ",
     "Report on a task's results in use"},
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
    auto add = [&](const ReportDeadline& report, const CalendarDate& due, const LocalisedText& covering) {
        if (due >= from && due <= to) deadlines.push_back(ReportDeadlineOn(plan, report, due, covering));
    };
    for (const auto& report : plan.reports) {
        if (report.rule == ReportRule::Once) {
            add(report, *report.date, {});
            continue;
        }
        for (int year = plan.first_year; year <= plan.last_year; ++year) {
            switch (report.rule) {
                case ReportRule::Quarterly:
                    for (int q = 1; q <= 4; ++q)
                        add(report,
                            CalendarDate::FromYmd(year, static_cast<unsigned>(q * 3),
                                                  static_cast<unsigned>(report.day)),
                            Period::Quarter(year, q).Label());
                    break;
                case ReportRule::HalfYearly:
                    add(report,
                        CalendarDate::FromYmd(year, static_cast<unsigned>(report.month),
                                              static_cast<unsigned>(report.day)),
                        Period::HalfYear(year, 1).Label());
                    break;
                case ReportRule::Yearly:
                    add(report,
                        CalendarDate::FromYmd(year, static_cast<unsigned>(report.month),
                                              static_cast<unsigned>(report.day)),
                        Period::Year(year).Label());
                    break;
                case ReportRule::Once:
                    break;
            }
        }
    }
    std::stable_sort(deadlines.begin(), deadlines.end(),
                     [](const Deadline& a, const Deadline& b) { return a.due < b.due; });
    return deadlines;
}

}  // namespace innodesk::domain
