// The status rule of targets.
#include "target_status.h"

#include <algorithm>

namespace innodesk::domain {

bool MeetsBound(const Bound& bound, double actual) {
    switch (bound.form) {
        case BoundForm::AtLeast:
        case BoundForm::Range:
            return actual >= bound.min;
        case BoundForm::About:
            return actual >= bound.min - 1;
        case BoundForm::AtMost:
            return actual <= bound.max;
    }
    return false;
}

TargetStatus TargetStatusFor(const Bound& bound, TargetKind kind, std::optional<double> actual,
                             const Period& period, const CalendarDate& as_of) {
    if (!actual) return TargetStatus::NoData;
    if (MeetsBound(bound, *actual)) return TargetStatus::Met;
    if (as_of > period.To()) return TargetStatus::Behind;
    if (kind == TargetKind::Percentage || kind == TargetKind::Rank || bound.form == BoundForm::AtMost)
        return TargetStatus::AtRisk;
    const int elapsed = std::clamp(period.From().DaysUntil(as_of) + 1, 0, period.Days());
    const double expected = bound.Goal() * elapsed / period.Days();
    const double slack = bound.form == BoundForm::About ? 1 : 0;  // a soft target keeps its ±1 on the way too
    if (*actual + slack >= expected) return TargetStatus::OnTrack;
    if (*actual + slack >= expected / 2) return TargetStatus::AtRisk;
    return TargetStatus::Behind;
}

}  // namespace innodesk::domain
