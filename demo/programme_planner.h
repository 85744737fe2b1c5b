// The programme's planner: the demo programme (or the one an earlier run made), its support
// caps resembling Decree 80/2021, and a budget envelope per year and content sized to what the
// run plans to commit.
#pragma once

#include "demo/demo_run.h"

namespace innodesk::demo {

// Creates or finds the programme and sets its caps; fills run.programme, run.caps, run.years.
void SetUpProgramme(DemoRun& run);
// Adds the envelopes the run's planned approvals and vouchers need (run.budget's planned
// amounts), or reads the balance of those an earlier run added.
void SetUpBudget(DemoRun& run);

}  // namespace innodesk::demo
