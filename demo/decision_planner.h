// The decisions' planner: approvals and refusals in batches of one to ten, dated April to
// September, each drafted by the officer and signed by an approver; approvals fitted to the caps
// and the envelopes, and refused, as a leader would, when too little is left.
#pragma once

#include "demo/demo_run.h"

namespace innodesk::demo {

// Decides every planned application whose verdict is Approve or Refuse; sets approved and
// decided_on on the plans and draws down run.budget.
void DecideApplications(DemoRun& run);

}  // namespace innodesk::demo
