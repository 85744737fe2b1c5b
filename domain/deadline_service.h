// Listing what falls due around a date, for the dashboard and `innodesk-cli deadlines`.
#pragma once

#include "calendar_date.h"
#include "deadline.h"
#include "store.h"

#include <optional>
#include <vector>

namespace innodesk::domain {

class DeadlineService {
public:
    DeadlineService(Store& store, const Clock& clock) : m_store(store), m_clock(clock) {}
    // What falls due from `as_of` (default today) to `horizon_days` after it: the stored plans'
    // reporting duties not yet received, and those past their date and still not received (late:
    // one line a duty naming its periods, until each is received); the plans' work items due in
    // that time and not done, and those overdue (named up to three a plan, else counted); issued
    // vouchers near their expiry — or past it and still not redeemed (overdue) — named when a
    // day has three or fewer, else counted in one line for the day; those that expired more than
    // 90 days ago are counted in a single line — and support contracts not yet accepted whose
    // end is near or past (their acceptance is due; also counted in one line past 90 days).
    // Soonest first.
    std::vector<Deadline> Upcoming(std::optional<CalendarDate> as_of = std::nullopt, int horizon_days = 30);

private:
    Store& m_store;
    const Clock& m_clock;
};

}  // namespace innodesk::domain
