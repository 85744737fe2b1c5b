// The applications' planner: this year's call and the start of next year's, each application
// with its content, amounts and the state it ends in (the spread a programme shows in its autumn
// report), then created, submitted and reviewed through the services.
#pragma once

#include "demo/demo_run.h"

namespace innodesk::demo {

// Plans run.volumes.applications into run.plans and adds the approvals they expect to
// run.budget (before the envelopes are made).
void PlanApplications(DemoRun& run);
// Creates the planned applications and takes them through review (the decisions come later).
void CreateApplications(DemoRun& run);

}  // namespace innodesk::demo
