// The plans' progress as a department would have recorded it: for every stored plan, the reports
// units owe received — most on time, some a few days late, one in four not yet — and the plans'
// work items reported done, late or under way, some left without a word (overdue). Run after the
// shipped plans are imported; every record goes through WorkItemService and ReportingDutyService
// and is dated no later than the clock's today.
#pragma once

#include "domain/actor.h"
#include "domain/calendar_date.h"
#include "domain/store.h"

#include <cstddef>

namespace innodesk::demo {

struct PlanProgressSummary {
    std::size_t receipts = 0;       // duty occurrences received
    std::size_t late_receipts = 0;  // of which received after their date
    std::size_t progress = 0;       // work item progress records
};

PlanProgressSummary RecordPlanProgress(domain::Store& store, const domain::Clock& clock,
                                       const domain::Actor& officer);

}  // namespace innodesk::demo
