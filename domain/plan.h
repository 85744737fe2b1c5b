// A plan (kế hoạch) as data: its period, its targets with their bounds, the metric that computes
// each, its reporting deadlines and, for a framework plan, the review rubric. See docs/PLANS.md.
#pragma once

#include "calendar_date.h"
#include "enum_table.h"
#include "errors.h"
#include "ip_filing.h"
#include "outcome.h"
#include "reporting_duty.h"
#include "review.h"
#include "support_content.h"
#include "training.h"
#include "work_item.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace innodesk::domain {

using PlanId = std::int64_t;

// What a target counts.
enum class TargetKind {
    DistinctEnterprises,  // each enterprise once
    Objects,              // products, models, IP objects, networks, initiatives…
    PersonTimes,          // lượt người: one person at one course once
    Events,               // courses, workshops, forums
    Money,                // whole VND
    Percentage,           // a share of a base, in percent
    Rank,                 // a position in a ranking: smaller is better
};
std::span<const EnumEntry<TargetKind>> TargetKinds();

// How the plan states the number: "từ 15" (at least), "khoảng 05" (about: soft, ±1 does not
// fail it), "100-150" (a range), "≤ 23" (at most, for ranks).
enum class BoundForm { AtLeast, About, Range, AtMost };
std::span<const EnumEntry<BoundForm>> BoundForms();

struct Bound {
    BoundForm form = BoundForm::AtLeast;
    double min = 0;  // AtLeast: the minimum; About: the figure (or the low end of "khoảng 3–5")
    double max = 0;  // AtMost: the maximum; Range/About: the high end (About N: max = min = N)
    // The figure the pace is measured against: the low end, or the maximum of an AtMost bound.
    double Goal() const { return form == BoundForm::AtMost ? max : min; }
};
// Refuses a negative figure, min > max, a percentage above 100; `what` names the target.
void ValidateBound(const Bound& bound, TargetKind kind, const LocalisedText& what);
// "từ 15 doanh nghiệp" / "at least 15 enterprises"; "khoảng 3–5 %" / "about 3–5 %".
LocalisedText DescribeBound(const Bound& bound, const LocalisedText& unit);
// A figure as people read it: "1.234" / "1,234", "70,5" / "70.5"; money without decimals.
std::string FormatFigure(double value, Language language);
// A figure as officers type it, with either decimal mark: "4,5", "4.5", " 12 ", "-3". Anything
// else (empty, "4,5%", "1.234,5", "abc", "inf") is refused with a DomainError naming `field`
// and quoting what was typed.
double ParseFigure(std::string_view typed, std::string_view field = "value");

// Which records a computed target counts: a metric of the catalogue (metric_catalogue.h) and
// the parameters it accepts. Written in files and the database as its Code():
// "supported_enterprises?contents=consulting,testing_certification".
struct MetricRequest {
    std::string id;
    std::vector<SupportContent> contents;  // empty: every content
    std::optional<OutcomeKind> outcome;
    std::vector<IpType> ip_types;  // empty: every type
    std::optional<EventKind> event_kind;
    std::string Code() const;
    // Reads Code()'s form; throws InvalidValue naming the unknown metric or parameter.
    static MetricRequest Parse(std::string_view code);
    bool operator==(const MetricRequest&) const = default;
};

struct Target {
    std::string code;     // unique in the plan: "T01", "PL18"
    std::string stt;      // the row number as printed in the source: "II.1", "18"
    LocalisedText label;  // the plan's own words (vi) and a translation (en)
    TargetKind kind = TargetKind::DistinctEnterprises;
    Bound bound;
    LocalisedText unit;                           // "doanh nghiệp" / "enterprises"
    LocalisedText lead_unit;                      // đơn vị chủ trì
    std::vector<LocalisedText> monitoring_units;  // đơn vị phối hợp / theo dõi
    std::string source;                           // where the target is stated: "000 mục II, ý 1"
    // Computed from the records; nullopt: entered by hand (GRDP shares, provincial ranks…).
    std::optional<MetricRequest> metric;
    bool per_year = false;  // the bound applies to each year of the plan ("/năm")
    int line = 0;           // line in the plan file it came from, 0 when not from a file
};

// One criterion of a plan's review rubric, with an optional minimum score of its own.
struct PlanCriterion {
    ReviewCriterion criterion;
    std::optional<int> threshold;
};

struct Plan {
    PlanId id = 0;
    std::string code;  // "KH-DMST-2026"; importing a plan with the same code replaces it
    LocalisedText title;
    std::string document;        // the source: "Kế hoạch triển khai Chương trình … (000)"
    std::string programme_code;  // the programme it belongs to, empty when none is recorded
    std::string province;        // the plan's province (data/provinces.tsv), empty when not named
    int first_year = 0;          // the plan period
    int last_year = 0;
    std::vector<Target> targets;          // in the order of the source
    std::vector<ReportingDuty> reports;   // the reporting duties, in the order of the file
    std::vector<WorkItem> work_items;     // the plan's activity rows, in the order of the source
    std::vector<PlanCriterion> rubric;    // empty: the plan carries no rubric
    std::optional<int> rubric_threshold;  // overall pass mark in percent of the weighted score
    std::string source_text;              // the imported file, kept as it was
    std::int64_t version = 0;

    const Target* FindTarget(const std::string& target_code) const;
    const WorkItem* FindWorkItem(const std::string& item_code) const;
    const ReportingDuty* FindDuty(const std::string& duty_code) const;
};

// A record code: 1–40 of A–Z a–z 0–9 _ - . ; throws InvalidValue naming `what` and `field`.
void RequireCode(const std::string& code, const std::string& what_vi, const std::string& what_en,
                 const std::string& field);

// Checks what no single field can: a code, a title, the period, unique target codes, each
// target's bound and metric, unique duty and work item codes, each work item's timing; the
// rubric by ValidateRubric. Throws the first DomainError.
void ValidatePlan(const Plan& plan);

// A value entered by hand for a target InnoDesk cannot compute.
struct ManualIndicator {
    std::string plan_code;
    std::string target_code;
    double value = 0;
    std::string source;  // "Cục Thống kê tỉnh, niên giám 2026"
    CalendarDate as_of;  // the date the value is for
    std::string entered_by;
    std::int64_t entered_at_unix = 0;
};

}  // namespace innodesk::domain
