// The IP filings' planner: marks, designs, inventions and geographical indications filed at
// home or abroad in the programme year or the one before, each taken through the office's steps
// towards its planned status as far as today allows, with office numbers in each series' style.
#pragma once

#include "demo/demo_run.h"

namespace innodesk::demo {

void FileIp(DemoRun& run);

}  // namespace innodesk::demo
