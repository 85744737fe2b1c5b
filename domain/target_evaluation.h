// A plan's targets evaluated for a period as of a date: what the dashboard shows and the report
// writers (XLSX/PDF/CSV) render. Produced by TargetService::Evaluate (target_service.h).
#pragma once

#include "calendar_date.h"
#include "enum_table.h"
#include "errors.h"
#include "period.h"
#include "plan.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace innodesk::domain {

// Where a target stands (see TargetStatusFor in target_status.h for the rule).
enum class TargetStatus {
    Met,      // the bound is reached (an "about" bound within the plan's tolerance below its figure)
    OnTrack,  // not yet, but at or above the pace toward the period's end
    AtRisk,   // below the pace, still before the period's end
    Behind,   // far below the pace, or the period is over and the bound is not reached
    NoData,   // nothing to judge: a manual value not entered, or a percentage of an empty base
};
std::span<const EnumEntry<TargetStatus>> TargetStatuses();  // codes: met, on_track, at_risk, behind, no_data

// A target's value over one quarter of the evaluated period (for sparklines).
struct QuarterValue {
    std::string period;           // "2026-Q1"
    std::optional<double> value;  // counted within that quarter alone; nullopt for a manual target
};

// A yearly minimum's value and status in one year of a multi-year period.
struct YearValue {
    int year = 0;
    std::optional<double> value;  // nullopt: the year has not begun, or a manual target
    TargetStatus status = TargetStatus::NoData;
};

struct TargetEvaluation {
    int order = 0;     // 1, 2, … in the plan's order
    std::string stt;   // the source's row number: "II.1", "18"
    std::string code;  // "T01"
    LocalisedText label;
    TargetKind kind = TargetKind::DistinctEnterprises;
    Bound bound;
    LocalisedText bound_text;  // DescribeBound: "từ 15 doanh nghiệp" / "at least 15 enterprises"
    LocalisedText unit;
    LocalisedText lead_unit;
    std::vector<LocalisedText> cooperating_units;  // đơn vị phối hợp
    std::vector<LocalisedText> monitoring_units;   // cơ quan theo dõi, tổng hợp
    std::string source;                            // the source row: "000 Phụ lục, dòng 18"
    // The actual; nullopt when there is none (manual value not entered, empty base).
    std::optional<double> actual;
    // For a percentage: the count and its base (actual = 100 × numerator / denominator).
    std::optional<std::int64_t> numerator;
    std::optional<std::int64_t> denominator;
    TargetStatus status = TargetStatus::NoData;
    // Computed targets: the metric code ("supported_enterprises?contents=consulting"); empty
    // when manual.
    std::string metric;
    bool manual = false;
    std::optional<ManualIndicator> manual_value;  // the value entered, its source, date and author
    std::vector<QuarterValue> quarters;           // the quarters of the evaluated period
    // A per-year target ("tối thiểu … /năm") over several years: each year on its own, against
    // the yearly bound. The target is behind when a past year missed it; its actual is the
    // latest year's. Empty otherwise.
    std::vector<YearValue> years;
};

struct PlanEvaluation {
    std::string plan_code;
    LocalisedText plan_title;
    std::string document;
    Period period;       // what was evaluated
    CalendarDate as_of;  // records dated after it are left out
    std::vector<TargetEvaluation> targets;
};

// One row of a breakdown of the support given in the period: by support content or by commune.
struct BreakdownRow {
    std::string key;               // the content's code ("consulting") or the commune as recorded
    LocalisedText label;           // the content's labels; the commune twice
    std::int64_t enterprises = 0;  // distinct enterprises supported
    std::int64_t supports = 0;     // applications approved and vouchers issued
    std::int64_t amount_vnd = 0;   // approved amounts and voucher state shares, whole đồng
};

struct SupportBreakdown {
    Period period;
    CalendarDate as_of;
    std::vector<BreakdownRow> by_content;  // in catalogue order (appendix rows 18–28)
    std::vector<BreakdownRow> by_commune;  // most enterprises first
};

// A record that counts toward a target's actual (the drill-down).
struct CountedRecord {
    std::string entity;  // "application", "voucher", "outcome", "ip_filing", "training_event",
                         // "enterprise"
    std::int64_t id = 0;
    std::int64_t enterprise_id = 0;  // 0 when the record has none (an event)
    std::optional<CalendarDate> on;  // the date that placed it in the period
    std::string detail;              // what it is: content code, outcome kind, IP type, event title…
    double contributes = 1;          // what it adds to the actual (person-times of an event, VND…)
};

}  // namespace innodesk::domain
