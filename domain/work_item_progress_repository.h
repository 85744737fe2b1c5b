// What work item progress needs from storage: records keyed by plan and item code, never
// rewritten (a correction is a newer record). Runs inside the Transaction it came from.
#pragma once

#include "work_item.h"

#include <cstdint>
#include <string>
#include <vector>

namespace innodesk::domain {

class WorkItemProgressRepository {
public:
    virtual ~WorkItemProgressRepository() = default;
    virtual std::int64_t Add(const WorkItemProgress& progress) = 0;  // returns its id
    // A plan's progress records, by item code, then date, then id.
    virtual std::vector<WorkItemProgress> ForPlan(const std::string& plan_code) = 0;
};

}  // namespace innodesk::domain
