// Judging a target: met, on track, at risk or behind, by the pace toward the period's end.
#pragma once

#include "calendar_date.h"
#include "period.h"
#include "plan.h"
#include "target_evaluation.h"

#include <optional>

namespace innodesk::domain {

// Whether `actual` reaches the bound. "About" is soft: one below its figure still meets it
// (domain.md). A range is met from its low end; going beyond the high end still meets it.
bool MeetsBound(const Bound& bound, double actual);

// No actual: NoData. Met when MeetsBound. Otherwise, once the period is over: Behind. Before
// that, counts and sums (enterprises, objects, person-times, events, money) are judged by pace:
// the goal × the share of the period's days elapsed by `as_of`; at or above it OnTrack, at or
// above half of it AtRisk, below that Behind. Percentages and ranks have no pace: AtRisk.
TargetStatus TargetStatusFor(const Bound& bound, TargetKind kind, std::optional<double> actual,
                             const Period& period, const CalendarDate& as_of);

}  // namespace innodesk::domain
