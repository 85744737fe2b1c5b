// Judging a target: met, on track, at risk or behind, by the pace toward the period's end.
#pragma once

#include "calendar_date.h"
#include "period.h"
#include "plan.h"
#include "target_evaluation.h"

#include <optional>

namespace innodesk::domain {

// Whether `actual` reaches the bound. "About" is soft: an actual `tolerance` below its figure
// (the plan's setting) still meets it. A range is met from its low end; going beyond the high end
// still meets it. "Greater than" needs more than its figure; a change per year at least its
// percent; a qualitative target the value 1 (assessed achieved).
bool MeetsBound(const Bound& bound, double actual, const AboutTolerance& tolerance = {});

// No actual: NoData. Met when MeetsBound. A qualitative target is Met or Behind as assessed.
// Otherwise, once the period is over: Behind. Before that, counts and sums (enterprises, objects,
// person-times, events, money) are judged by pace: the goal × the share of the period's days
// elapsed by `as_of`; at or above it OnTrack, at or above half of it AtRisk, below that Behind
// (an "about" target keeps its tolerance on the way too). Percentages and ranks have no pace:
// AtRisk.
TargetStatus TargetStatusFor(const Bound& bound, TargetKind kind, std::optional<double> actual,
                             const Period& period, const CalendarDate& as_of,
                             const AboutTolerance& tolerance);

}  // namespace innodesk::domain
