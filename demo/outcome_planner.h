// The outcomes' planner: what an accepted application left behind (technology applied, new
// products, standards, in-depth consulting), by its content and the enterprise's sector.
#pragma once

#include "demo/demo_run.h"

namespace innodesk::demo {

// Records the application's outcomes soon after `accepted_on`, within its year and never after
// today (the service takes no later date).
void RecordOutcomes(DemoRun& run, const PlannedApplication& plan, const domain::CalendarDate& accepted_on);

}  // namespace innodesk::demo
