// Plans and targets as use cases: importing a plan, reading it, evaluating its targets for a
// period as of a date, drilling down to the records that count, entering manual values, and
// the support breakdowns of the dashboard.
#pragma once

#include "actor.h"
#include "calendar_date.h"
#include "period.h"
#include "plan.h"
#include "store.h"
#include "target_evaluation.h"

#include <optional>
#include <string>
#include <vector>

namespace innodesk::domain {

struct PlanSummary {
    std::string code;
    LocalisedText title;
    int first_year = 0;
    int last_year = 0;
    std::size_t targets = 0;
    std::int64_t version = 0;
};

// What the dashboard shows for a plan: its targets and, from the same records, the support
// given in the period by content and by commune (the plan's programme only, when it names one).
struct PlanDashboard {
    PlanEvaluation evaluation;
    SupportBreakdown breakdown;
};

class TargetService {
public:
    TargetService(Store& store, const Clock& clock) : m_store(store), m_clock(clock) {}

    // Officers and administrators: stores the plan, replacing a stored plan with the same code
    // (its manual values are kept for the targets that remain), in one audited transaction.
    Plan Import(Plan plan, const Actor& actor);
    std::vector<PlanSummary> List();
    Plan Get(const std::string& plan_code);  // NotFound naming the code

    // Every target of the plan for `period` (default: the plan's period; for a plan whose
    // targets are per year, the year of `as_of`) as of `as_of` (default: today).
    PlanEvaluation Evaluate(const std::string& plan_code, std::optional<Period> period = std::nullopt,
                            std::optional<CalendarDate> as_of = std::nullopt);
    // Evaluate and the breakdown of the same period, reading the records once.
    PlanDashboard Dashboard(const std::string& plan_code, std::optional<Period> period = std::nullopt,
                            std::optional<CalendarDate> as_of = std::nullopt);
    // The records that make a computed target's actual, at most `limit` of them.
    std::vector<CountedRecord> Records(const std::string& plan_code, const std::string& target_code,
                                       std::optional<Period> period = std::nullopt,
                                       std::optional<CalendarDate> as_of = std::nullopt,
                                       std::size_t limit = 1000);
    // Officers and administrators: the value of a manual target (not one the records compute).
    ManualIndicator SetIndicator(const std::string& plan_code, const std::string& target_code, double value,
                                 const std::string& source, const CalendarDate& as_of, const Actor& actor);
    // Officers and administrators: makes the plan's review rubric (002's ten criteria) the
    // programme's, before its first review is recorded (a rubric is fixed from then on, so that
    // scores already given keep their meaning). Without this the programme keeps the default.
    Rubric AdoptRubric(const std::string& plan_code, const std::string& programme_code, const Actor& actor);
    // Support given in the period under every programme, by content and by commune.
    SupportBreakdown Breakdown(const Period& period, std::optional<CalendarDate> as_of = std::nullopt);

private:
    Store& m_store;
    const Clock& m_clock;
};

}  // namespace innodesk::domain
