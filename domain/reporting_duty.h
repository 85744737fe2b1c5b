// A reporting duty of a plan: which unit reports what to whom and by when (001 §IV, 000 §V.7,
// 004 §IV), each occurrence of it, and the receipt that closes an occurrence.
#pragma once

#include "calendar_date.h"
#include "enum_table.h"
#include "errors.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace innodesk::domain {

// When reports fall due (domain.md, "Reporting rhythm"). `day` and `date` are the last day the
// report is on time: "trước ngày 20" is stored as day 19.
enum class ReportRule {
    Quarterly,   // `day` of each quarter's last month
    HalfYearly,  // `month`/`day` each year, for the first half
    Yearly,      // `month`/`day` each year
    Once,        // `date`
    Monthly,     // `day` of each month; day 0: the month's last day
};
std::span<const EnumEntry<ReportRule>> ReportRules();

// Who receives the report.
enum class ReportRecipient {
    Dost,                     // Sở KH&CN
    PeoplesCommittee,         // UBND tỉnh / thành phố
    Ministry,                 // Bộ KH&CN
    CentralMonitoringSystem,  // hệ thống giám sát của Trung ương
};
std::span<const EnumEntry<ReportRecipient>> ReportRecipients();

struct ReportingDuty {
    // The fields plans had before duties said who reports to whom come first, in their order.
    LocalisedText label;  // what: "Báo cáo quý gửi Sở KH&CN" / "Quarterly report to DOST"
    ReportRule rule = ReportRule::Yearly;
    int month = 12;                    // HalfYearly, Yearly
    int day = 1;                       // the day due by; all but Once (Monthly: 0 = last day)
    std::optional<CalendarDate> date;  // Once: the day due by
    std::string source;
    std::string code{};    // unique in the plan: "R01"; "R1", "R2"… by position when a file has none
    LocalisedText from{};  // who reports: "Các sở, ban, ngành, UBND cấp xã"; empty: not stated
    ReportRecipient to = ReportRecipient::Dost;
    int line = 0;  // in the plan file, 0 when not from a file
};
// The name plans used before duties said who reports to whom.
using ReportDeadline = ReportingDuty;

// One time a duty falls due: the period it reports on and the day it is due by.
struct DutyOccurrence {
    std::string period;  // "2026-Q3", "2026-H1", "2026", "2026-07"; Once: the plan's period code
    LocalisedText period_label;
    CalendarDate due;
};

// Every occurrence of the duty over the plan's years, in date order. A once-only duty has one,
// for the plan's whole period.
std::vector<DutyOccurrence> Occurrences(const ReportingDuty& duty, int plan_first_year, int plan_last_year);

// "trước ngày 20" → 19: the source's "before" day turned into the day due by. Returns the date
// before (year, month, day), so "trước ngày 01 tháng 12" is 30/11.
CalendarDate DayBefore(int year, int month, int day);

// The record that an occurrence was received (units → DOST) or sent (DOST → others).
struct DutyReceipt {
    std::int64_t id = 0;
    std::string plan_code;
    std::string duty_code;
    std::string period;  // as DutyOccurrence::period
    CalendarDate received_on;
    std::string document_number;  // "125/BC-SKHCN"
    std::string recorded_by;
    std::int64_t recorded_at_unix = 0;
};

enum class DutyState { Received, Due, Late };
std::span<const EnumEntry<DutyState>> DutyStates();

// Received when a receipt exists; otherwise due on or before its date, late after it. A late
// occurrence stays late until it is received.
DutyState StateOf(const DutyOccurrence& occurrence, const std::optional<DutyReceipt>& receipt,
                  const CalendarDate& as_of);

}  // namespace innodesk::domain
