// The register's planner: the enterprise list an officer would import (companies,
// cooperatives, household businesses, branches with their parents), at any size, imported through
// the ordinary enterprise import.
#pragma once

#include "demo/demo_run.h"

namespace innodesk::demo {

// Plans spec.enterprises rows into run.register_sheet and run.enterprises.
void PlanRegister(DemoRun& run);
// Imports the sheet all-or-nothing; throws if the import refuses a generated row.
void ImportRegister(DemoRun& run);

}  // namespace innodesk::demo
