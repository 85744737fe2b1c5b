// The task metrics' rules over one task.
#include "task_metrics.h"

#include <algorithm>

namespace innodesk::domain {
namespace {

bool In(const DateRange& range, const CalendarDate& date) {
    return date >= range.from && date <= range.to;
}

std::optional<CalendarDate> ClosedOn(const TaskFact& task) {
    for (const auto state : {TaskState::Accepted, TaskState::Failed, TaskState::Terminated})
        if (const auto on = task.ReachedOn(state)) return on;
    return std::nullopt;
}

}  // namespace

std::optional<CalendarDate> TaskFact::ReachedOn(TaskState reached) const {
    std::optional<CalendarDate> on;
    for (const auto& [step, date] : steps)
        if (step == reached) on = date;
    return on;
}

bool CarriedOutWithin(const TaskFact& task, const DateRange& range) {
    if (!task.contract_signed_on || *task.contract_signed_on > range.to) return false;
    const auto closed = ClosedOn(task);
    return !closed || *closed >= range.from;
}

bool AcceptedWithin(const TaskFact& task, const DateRange& range) {
    const auto accepted = task.ReachedOn(TaskState::Accepted);
    return accepted && In(range, *accepted);
}

bool StateFundedAwardWithin(const TaskFact& task, const DateRange& range) {
    const auto awarded = task.ReachedOn(TaskState::Awarded);
    return task.state_funded && awarded && In(range, *awarded);
}

bool AppliedBy(const TaskFact& task, const CalendarDate& date) {
    if (const auto applied = task.ReachedOn(TaskState::Applied); applied && *applied <= date) return true;
    return std::any_of(task.uses_reported.begin(), task.uses_reported.end(),
                       [&](const CalendarDate& on) { return on <= date; });
}

bool FullyTracked(const TaskFact& task, const CalendarDate& date) {
    auto reached = [&](TaskState state) {
        const auto on = task.ReachedOn(state);
        return on && *on <= date;
    };
    if (reached(TaskState::Awarded) && task.award_mode == AwardMode::Ordering && !task.has_ordering_unit)
        return false;
    if (reached(TaskState::Contracted) && !task.has_contract) return false;
    if (reached(TaskState::InProgress)) {
        if (task.tranches.empty()) return false;
        for (const auto& [due, paid] : task.tranches)
            if (due < date && (!paid || *paid > date)) return false;  // past due, unpaid then
    }
    if ((reached(TaskState::Accepted) || reached(TaskState::Failed)) && !task.acceptance_recorded)
        return false;
    if (reached(TaskState::Transferred) && !task.transfer_recorded) return false;
    if (const auto accepted = task.ReachedOn(TaskState::Accepted); accepted && *accepted <= date) {
        const int uses = static_cast<int>(std::count_if(task.uses_reported.begin(), task.uses_reported.end(),
                                                        [&](const CalendarDate& on) { return on <= date; }));
        const auto next = NextFollowUpDue(*accepted, task.follow_up_years, uses);
        if (next && *next < date) return false;
    }
    return true;
}

}  // namespace innodesk::domain
