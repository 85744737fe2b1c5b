// The supported work's planner: for each approval, the contract, the start, the payments
// (an advance, sometimes a second instalment, the balance after acceptance), acceptance with its
// outcomes, monitoring and closing, as far as the application's planned end; withdrawals last.
#pragma once

#include "demo/demo_run.h"

namespace innodesk::demo {

void CarryOutApplications(DemoRun& run);

}  // namespace innodesk::demo
