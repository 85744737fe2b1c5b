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
#include "task.h"
#include "training.h"
#include "work_item.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <utility>
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

// How the plan states the number: "từ 15" (at least), "khoảng 05" (about: soft by the plan's
// AboutTolerance), "100-150" (a range), "≤ 23" (at most, for ranks), "> 0,7" (strictly greater),
// "Tiên tiến, hiện đại" (qualitative: an officer assesses it achieved or not), "tăng trung bình
// ≥ 10%/năm" (a change per year, in percent).
enum class BoundForm { AtLeast, About, Range, AtMost, GreaterThan, Qualitative, ChangePerYear };
std::span<const EnumEntry<BoundForm>> BoundForms();

struct Bound {
    // A constructor rather than an aggregate, so that {form, min, max} needs no words.
    Bound() = default;
    Bound(BoundForm bound_form, double low, double high, LocalisedText words = {})
        : form(bound_form), min(low), max(high), quality(std::move(words)) {}

    BoundForm form = BoundForm::AtLeast;
    // AtLeast: the minimum; About: the figure (or the low end of "khoảng 3–5"); GreaterThan: the
    // figure to exceed; ChangePerYear: the yearly change in percent; Qualitative: 1 (achieved).
    double min = 0;
    double max = 0;         // AtMost: the maximum; Range/About: the high end; otherwise max = min
    LocalisedText quality;  // Qualitative: the plan's words, "Tiên tiến, hiện đại"; empty otherwise
    // The figure the pace is measured against: the low end, or the maximum of an AtMost bound.
    double Goal() const { return form == BoundForm::AtMost ? max : min; }
};

// How far below a "khoảng N" figure still counts as met: a figure, or a percent of N. The plan
// file's `about_tolerance` (docs/PLANS.md); a department's setting, 0 when the plan names none.
struct AboutTolerance {
    double amount = 0;
    bool percent = false;  // true: `amount` percent of the figure
    // How far below `figure` an actual may be and still meet "khoảng figure".
    double Below(double figure) const { return percent ? figure * amount / 100 : amount; }
    bool None() const { return amount == 0; }
    // "1", "0,5" / "0.5", "10%": what DescribeBound shows after "±".
    std::string Text(Language language) const;
    std::string Code() const;  // as files and the database write it: "1", "0.5", "10%"
    // Reads Code()'s form ("1", "10%"; a decimal point or comma); refuses a negative amount, a
    // percent above 100 or anything else with InvalidValue naming `field`.
    static AboutTolerance Parse(std::string_view code, std::string_view field = "about_tolerance");
    bool operator==(const AboutTolerance&) const = default;
};

// Refuses a negative figure, min > max, a percentage above 100, a qualitative bound without its
// words in both languages; `what` names the target.
void ValidateBound(const Bound& bound, TargetKind kind, const LocalisedText& what);
// "từ 15 doanh nghiệp" / "at least 15 enterprises"; "khoảng 3–5 %" / "about 3–5 %"; with a
// tolerance "khoảng 5 (±1) nhiệm vụ" / "about 5 (±1) tasks"; "> 0,7"; "tăng ≥ 10%/năm" /
// "up ≥ 10%/year"; a qualitative bound in the plan's words.
LocalisedText DescribeBound(const Bound& bound, const LocalisedText& unit,
                            const AboutTolerance& tolerance = {});
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
    std::optional<TaskLevel> level;  // tasks: provincial or grassroots; nullopt: every level
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
    LocalisedText unit;                            // "doanh nghiệp" / "enterprises"
    LocalisedText lead_unit;                       // đơn vị chủ trì
    std::vector<LocalisedText> cooperating_units;  // đơn vị phối hợp
    std::vector<LocalisedText> monitoring_units;   // cơ quan theo dõi, tổng hợp (003's column)
    std::string source;                            // where the target is stated: "000 mục II, ý 1"
    // Computed from the records; nullopt: entered by hand (GRDP shares, provincial ranks…).
    std::optional<MetricRequest> metric;
    bool per_year = false;  // the bound applies to each year of the plan ("/năm")
    // `by:` the year the target is due when before the plan's last year ("đến năm 2025" in a plan
    // to 2030); nullopt: due at the end of the plan.
    std::optional<int> due_year;
    int line = 0;  // line in the plan file it came from, 0 when not from a file
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
    AboutTolerance about_tolerance;       // how far below "khoảng N" still meets it
    std::string source_text;              // the imported file, kept as it was
    std::int64_t version = 0;

    const Target* FindTarget(const std::string& target_code) const;
    const WorkItem* FindWorkItem(const std::string& item_code) const;
    const ReportingDuty* FindDuty(const std::string& duty_code) const;
};

// A record code: 1–40 of A–Z a–z 0–9 _ - . ; throws InvalidValue naming `what` and `field`.
void RequireCode(const std::string& code, const std::string& what_vi, const std::string& what_en,
                 const std::string& field);

// A value entered by hand fits its target: a qualitative target's is its assessment, 1 (achieved)
// or 0 (not achieved). Throws InvalidValue naming "value".
void RequireManualValue(const Target& target, double value);
// The target is qualitative (assessed achieved or not); throws InvalidValue naming "target".
void RequireQualitative(const Target& target);

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
