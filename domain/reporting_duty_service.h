// The plans' reporting duties occurrence by occurrence: received/sent (with date and number), due,
// or late — a late one stays listed until it is received — and marking one received (officers).
#pragma once

#include "actor.h"
#include "calendar_date.h"
#include "period.h"
#include "plan.h"
#include "store.h"

#include <optional>
#include <string>
#include <vector>

namespace innodesk::domain {

struct DutyOccurrenceView {
    std::string plan_code;
    ReportingDuty duty;
    DutyOccurrence occurrence;
    DutyState state = DutyState::Due;
    std::optional<DutyReceipt> receipt;
    int days_late = 0;  // late: days past its date on the as-of date; received: days it came late
};

// The occurrences of `plan`'s duties due within [from, to], and every earlier one still late on
// `as_of`; by due date, then duty code. Receipts dated after `as_of` do not count yet.
std::vector<DutyOccurrenceView> ViewDuties(const Plan& plan, const std::vector<DutyReceipt>& receipts,
                                           const CalendarDate& as_of, const CalendarDate& from,
                                           const CalendarDate& to);

class ReportingDutyService {
public:
    ReportingDutyService(Store& store, const Clock& clock) : m_store(store), m_clock(clock) {}
    // Every stored plan's (or one plan's) occurrences due in `period` (default: the as-of date's
    // year) and every earlier one still late, as of `as_of` (default today). `late_only` keeps
    // the late ones.
    std::vector<DutyOccurrenceView> List(const std::string& plan_code = {}, std::optional<Period> period = {},
                                         std::optional<CalendarDate> as_of = {}, bool late_only = false);
    // Officers and administrators. `period` is an occurrence's period as List gives it ("2026-Q4",
    // "2026-H1", "2026", "2026-07"). Refuses an unknown plan, duty or period, a date after today,
    // an empty document number, and a period already received (Duplicate). Audited as
    // "duty.receive" on the plan, in the same transaction.
    DutyReceipt Receive(const std::string& plan_code, const std::string& duty_code, const std::string& period,
                        const CalendarDate& received_on, const std::string& document_number,
                        const Actor& actor);

private:
    Store& m_store;
    const Clock& m_clock;
};

}  // namespace innodesk::domain
