// The tasks' planner: the province's innovation and S&T tasks (nhiệm vụ) of the demo year and the
// two before it — about five provincial tasks a year and a few grassroots ones, mostly awarded by
// ordering — led by enterprises of the register or by a handful of Khánh Hòa organisations, each
// carried as far along its lifecycle as the demo's clock allows: contracts on the programmes'
// envelopes, milestones reported on time or late, tranches paid, acceptances signed by the
// director (one of them failed), a transfer with its use report, an extension, a termination and
// support applications delivered within a task.
#pragma once

#include "demo/demo_run.h"

namespace innodesk::demo {

void PlanTasks(DemoRun& run);

}  // namespace innodesk::demo
