// Reporting duties: their occurrences over a plan's years and the state of each.
#include "reporting_duty.h"

#include "period.h"

#include <algorithm>
#include <array>

namespace innodesk::domain {
namespace {

constexpr std::array<EnumEntry<ReportRule>, 5> kReportRules{{
    {ReportRule::Quarterly, "quarterly", "hằng quý", "quarterly"},
    {ReportRule::HalfYearly, "half_yearly", "6 tháng", "half-yearly"},
    {ReportRule::Yearly, "yearly", "hằng năm", "yearly"},
    {ReportRule::Once, "once", "một lần", "once"},
    {ReportRule::Monthly, "monthly", "hằng tháng", "monthly"},
}};

constexpr std::array<EnumEntry<ReportRecipient>, 4> kReportRecipients{{
    {ReportRecipient::Dost, "dost", "Sở Khoa học và Công nghệ", "Department of Science and Technology"},
    {ReportRecipient::PeoplesCommittee, "peoples_committee", "Ủy ban nhân dân tỉnh",
     "Provincial People's Committee"},
    {ReportRecipient::Ministry, "ministry", "Bộ Khoa học và Công nghệ", "Ministry of Science and Technology"},
    {ReportRecipient::CentralMonitoringSystem, "central_monitoring", "Hệ thống giám sát của Trung ương",
     "Central monitoring system"},
}};

constexpr std::array<EnumEntry<DutyState>, 3> kDutyStates{{
    {DutyState::Received, "received", "đã nhận/gửi", "received/sent"},
    {DutyState::Due, "due", "chưa đến hạn", "due"},
    {DutyState::Late, "late", "trễ hạn", "late"},
}};

CalendarDate LastDayOfMonth(int year, int month) {
    return month == 12 ? CalendarDate::FromYmd(year, 12, 31)
                       : CalendarDate::FromYmd(year, static_cast<unsigned>(month + 1), 1).AddDays(-1);
}

std::string TwoDigits(int n) {
    return (n < 10 ? "0" : "") + std::to_string(n);
}

}  // namespace

std::span<const EnumEntry<ReportRule>> ReportRules() {
    return kReportRules;
}

std::span<const EnumEntry<ReportRecipient>> ReportRecipients() {
    return kReportRecipients;
}

std::span<const EnumEntry<DutyState>> DutyStates() {
    return kDutyStates;
}

CalendarDate DayBefore(int year, int month, int day) {
    return CalendarDate::FromYmd(year, static_cast<unsigned>(month), static_cast<unsigned>(day)).AddDays(-1);
}

std::vector<DutyOccurrence> Occurrences(const ReportingDuty& duty, int plan_first_year, int plan_last_year) {
    std::vector<DutyOccurrence> out;
    const auto on = [](int year, int month, int day) {
        return CalendarDate::FromYmd(year, static_cast<unsigned>(month), static_cast<unsigned>(day));
    };
    for (int year = plan_first_year; year <= plan_last_year; ++year) {
        switch (duty.rule) {
            case ReportRule::Quarterly:
                for (int q = 1; q <= 4; ++q) {
                    const Period period = Period::Quarter(year, q);
                    out.push_back({period.Code(), period.Label(), on(year, q * 3, duty.day)});
                }
                break;
            case ReportRule::HalfYearly: {
                const Period period = Period::HalfYear(year, 1);
                out.push_back({period.Code(), period.Label(), on(year, duty.month, duty.day)});
                break;
            }
            case ReportRule::Yearly: {
                const Period period = Period::Year(year);
                out.push_back({period.Code(), period.Label(), on(year, duty.month, duty.day)});
                break;
            }
            case ReportRule::Monthly:
                for (int m = 1; m <= 12; ++m) {
                    const std::string code = std::to_string(year) + "-" + TwoDigits(m);
                    const std::string label = TwoDigits(m) + "/" + std::to_string(year);
                    out.push_back({code,
                                   {"Tháng " + label, label},
                                   duty.day == 0 ? LastDayOfMonth(year, m) : on(year, m, duty.day)});
                }
                break;
            case ReportRule::Once:
                break;
        }
    }
    if (duty.rule == ReportRule::Once && duty.date) {
        const Period period = Period::Years(plan_first_year, plan_last_year);
        out.push_back({period.Code(), period.Label(), *duty.date});
    }
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.due < b.due; });
    return out;
}

DutyState StateOf(const DutyOccurrence& occurrence, const std::optional<DutyReceipt>& receipt,
                  const CalendarDate& as_of) {
    if (receipt) return DutyState::Received;
    return as_of > occurrence.due ? DutyState::Late : DutyState::Due;
}

}  // namespace innodesk::domain
