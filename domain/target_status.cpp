// The status rule of targets.
#include "target_status.h"

#include <algorithm>

namespace innodesk::domain {

bool MeetsBound(const Bound& bound, double actual, const AboutTolerance& tolerance) {
    switch (bound.form) {
        case BoundForm::AtLeast:
        case BoundForm::Range:
        case BoundForm::ChangePerYear:
            return actual >= bound.min;
        case BoundForm::About:
            return actual >= bound.min - tolerance.Below(bound.min);
        case BoundForm::AtMost:
            return actual <= bound.max;
        case BoundForm::GreaterThan:
            return actual > bound.min;
        case BoundForm::Qualitative:
            return actual >= 1;
    }
    return false;
}

TargetStatus TargetStatusFor(const Bound& bound, TargetKind kind, std::optional<double> actual,
                             const Period& period, const CalendarDate& as_of,
                             const AboutTolerance& tolerance) {
    if (!actual) return TargetStatus::NoData;
    if (MeetsBound(bound, *actual, tolerance)) return TargetStatus::Met;
    // An officer's assessment is final for the date it is for: not achieved is not a pace.
    if (bound.form == BoundForm::Qualitative) return TargetStatus::Behind;
    if (as_of > period.To()) return TargetStatus::Behind;
    if (kind == TargetKind::Percentage || kind == TargetKind::Rank || bound.form == BoundForm::AtMost)
        return TargetStatus::AtRisk;
    const int elapsed = std::clamp(period.From().DaysUntil(as_of) + 1, 0, period.Days());
    const double expected = bound.Goal() * elapsed / period.Days();
    // A soft target keeps its tolerance on the way too.
    const double slack = bound.form == BoundForm::About ? tolerance.Below(bound.min) : 0;
    if (*actual + slack >= expected) return TargetStatus::OnTrack;
    if (*actual + slack >= expected / 2) return TargetStatus::AtRisk;
    return TargetStatus::Behind;
}

}  // namespace innodesk::domain
