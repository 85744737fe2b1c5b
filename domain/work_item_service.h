// The plans' work items with their progress: listing a plan's items with the latest progress
// and whether each is overdue, and recording progress (officers).
#pragma once

#include "actor.h"
#include "calendar_date.h"
#include "plan.h"
#include "store.h"

#include <optional>
#include <string>
#include <vector>

namespace innodesk::domain {

// A work item as of a date.
struct WorkItemView {
    WorkItem item;
    std::optional<WorkItemProgress> latest;  // the latest progress dated on or before the as-of date
    bool overdue = false;
    // The date it is measured against: its due date; for a recurring item the end of the as-of
    // date's year (kept within the plan's years); none for an item due by another document.
    std::optional<CalendarDate> due;
};

// Every work item of `plan` as of `as_of`, in the plan's order, from its progress records.
std::vector<WorkItemView> ViewWorkItems(const Plan& plan, const std::vector<WorkItemProgress>& progress,
                                        const CalendarDate& as_of);

struct WorkItemDetail {
    WorkItemView view;
    std::vector<WorkItemProgress> history;  // oldest first
};

class WorkItemService {
public:
    WorkItemService(Store& store, const Clock& clock) : m_store(store), m_clock(clock) {}
    // The plan's items as of `as_of` (default today); NotFound when the plan is not stored.
    std::vector<WorkItemView> List(const std::string& plan_code,
                                   std::optional<CalendarDate> as_of = std::nullopt);
    WorkItemDetail Show(const std::string& plan_code, const std::string& item_code,
                        std::optional<CalendarDate> as_of = std::nullopt);
    // Officers and administrators. Refuses a date after today, an unknown plan or item, a done or
    // dropped status without a result, and a link to an application or decision not stored.
    // Audited as "workitem.progress" on the plan, in the same transaction.
    WorkItemProgress Record(const std::string& plan_code, const std::string& item_code, WorkItemStatus status,
                            const CalendarDate& date, const std::string& result,
                            const std::vector<WorkItemLink>& links, const Actor& actor);

private:
    Store& m_store;
    const Clock& m_clock;
};

}  // namespace innodesk::domain
