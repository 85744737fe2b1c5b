// What the task metrics ask of one task (docs/PLANS.md, "Tasks"): when it was carried out,
// accepted, applied, and whether every step it reached is recorded. Pure rules over a TaskFact,
// so that a hand-computed dataset checks them without a database.
#pragma once

#include "plan_repositories.h"

namespace innodesk::domain {

// Contracted on or before the range's end and not closed (accepted, failed, terminated) before
// its start: the task was being carried out during the range.
bool CarriedOutWithin(const TaskFact& task, const DateRange& range);
// Accepted (xuất sắc or đạt: the accepted state) on a day of the range.
bool AcceptedWithin(const TaskFact& task, const DateRange& range);
// Awarded (selected, ordered or directly assigned) on a day of the range, with a state budget:
// the base of 003's shares ("nhiệm vụ sử dụng ngân sách nhà nước").
bool StateFundedAwardWithin(const TaskFact& task, const DateRange& range);
// A use of the results was reported by `date` (or the task reached "applied" by then).
bool AppliedBy(const TaskFact& task, const CalendarDate& date);
// 003 I.6: every step the task reached by `date` is recorded with its date and its data — the
// award (and, for an ordered task, the ordering unit), the contract (number and date), the
// disbursement (every tranche due by then paid, and at least one tranche planned once in
// progress), the acceptance (council, date, result, decision), the transfer (date, unit), and
// each yearly use report after acceptance that has fallen due.
bool FullyTracked(const TaskFact& task, const CalendarDate& date);

}  // namespace innodesk::domain
